"""Amounts in Chinese capitals (大写金额) as payment documents write them, with the 零 rules."""

from __future__ import annotations

from decimal import Decimal

import pytest

from supervisor.funds.amounts import capital


@pytest.mark.parametrize("figure, words", [
    ("123456.78", "壹拾贰万叁仟肆佰伍拾陆元柒角捌分"),
    ("0", "零元整"),
    ("10", "壹拾元整"),  # 拾 always with its digit
    ("10000", "壹万元整"),
    ("1180000.50", "壹佰壹拾捌万元零伍角"),  # a 元 digit of zero before the 角: 零
    ("1409.50", "壹仟肆佰零玖元伍角"),  # a zero inside: 零
    ("6007.14", "陆仟零柒元壹角肆分"),  # two zeros inside: one 零
    ("1001.05", "壹仟零壹元零伍分"),  # no 角 before a 分: 零
    ("10.05", "壹拾元零伍分"),  # the 元 and 角 zeros read as one 零
    ("107000.53", "壹拾万柒仟元零伍角叁分"),
    ("10001", "壹万零壹元整"),  # a zero across 万
    ("1000010", "壹佰万零壹拾元整"),
    ("1001000", "壹佰万壹仟元整"),  # no zero between 万 and 仟
    ("20304050.06", "贰仟零叁拾万肆仟零伍拾元零陆分"),
    ("100000001", "壹亿零壹元整"),  # a whole 万 section of zeros
    ("120000000", "壹亿贰仟万元整"),
    ("0.30", "叁角"),  # under a yuan: from the 角
    ("0.05", "伍分"),
    ("9999999999.99", "玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
])
def test_capital_writes_the_figure_with_the_zero_rules(figure, words):
    assert capital(Decimal(figure)) == words


def test_capital_rounds_to_the_fen_and_refuses_floats():
    assert capital(Decimal("1.005")) == "壹元零壹分"
    with pytest.raises(TypeError):
        capital(1.5)
