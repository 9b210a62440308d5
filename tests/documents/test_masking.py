"""Copies for posting: residents' numbers masked, everything else as it was."""

import pytest

from supervisor.documents.masking import mask, masked


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("13812345678", "138****5678"),
        ("电话 138 1234 5678。", "电话 138****5678。"),
        ("身份证330102199001011234，", "身份证330102********1234，"),
        ("33010219900101123X", "330102********123X"),
        ("0571-87654321", "0571-****4321"),
    ],
)
def test_numbers_that_identify_a_resident_are_masked(text, shown):
    assert mask(text) == shown


@pytest.mark.parametrize(
    "text", ["ZG-2026-04001", "XC-2026-00037", "2026-11-06 09:30", "3号楼2单元301", "合同价 1,234,567.00 元",
             "编号 20261106123456789"],
)
def test_codes_dates_and_amounts_are_left_alone(text):
    assert mask(text) == text


def test_only_text_of_a_public_copy_is_masked():
    assert masked("13812345678", public=False) == "13812345678"
    assert masked("13812345678", public=True) == "138****5678"
    assert masked(42, public=True) == 42
