"""Amounts of money as people type and read them: parsed exactly from text ("1,234.5", "¥800"),
written with thousands separators ("1,234.50"), and shares split to the fen so that the parts
always add up to the whole."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from supervisor import errors
from supervisor.i18n import QT_TRANSLATE_NOOP

FEN = Decimal("0.01")
ZERO = Decimal("0.00")
LIMIT = Decimal("10000000000")  # ¥10 billion: more is a typing mistake


def fen(value) -> Decimal:
    """``value`` rounded to the fen (half up, as money is rounded)."""
    if isinstance(value, float):
        raise TypeError("amounts are Decimal, never float")
    return Decimal(value).quantize(FEN, rounding=ROUND_HALF_UP)


def parse(text, field: str = "amount", *, allow_zero: bool = True) -> Decimal:
    """The amount written in ``text`` (or a Decimal/int already), exact to the fen. Refuses
    anything else with a message naming the text: letters, more than two decimals, negative
    amounts, amounts beyond ¥10 billion."""
    if isinstance(text, float):
        raise TypeError("amounts are Decimal, never float")
    if isinstance(text, (Decimal, int)):
        value = Decimal(text)
        shown = str(text)
    else:
        shown = str(text or "").strip()
        cleaned = shown.replace(",", "").replace("，", "").replace("¥", "").replace("￥", "").replace("元", "").strip()
        try:
            value = Decimal(cleaned)
        except InvalidOperation:
            raise errors.ValidationError(
                QT_TRANSLATE_NOOP("errors", "“{text}” is not an amount of money (write e.g. 12,345.67)."),
                field=field, text=shown,
            ) from None
    if not value.is_finite() or value.as_tuple().exponent < -2 and value != value.quantize(FEN):
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{text}” has more than two decimals: amounts are exact to the fen."),
            field=field, text=shown,
        )
    if value < 0 or (not allow_zero and value == 0):
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{text}” must be an amount above zero."), field=field, text=shown,
        )
    if value >= LIMIT:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{text}” is too large for an amount of money."), field=field, text=shown,
        )
    return fen(value)


def parse_percent(text, field: str = "percent", *, maximum: Decimal = Decimal("100")) -> Decimal:
    """A percentage (0–``maximum``) with at most two decimals."""
    shown = str(text).strip().rstrip("%％").strip()
    try:
        value = Decimal(shown)
    except InvalidOperation:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{text}” is not a percentage."), field=field, text=str(text),
        ) from None
    if not value.is_finite() or value < 0 or value > maximum:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "“{text}” must be a percentage between 0 and {maximum}."),
            field=field, text=str(text), maximum=f"{maximum.normalize():f}",
        )
    return value.quantize(FEN, rounding=ROUND_HALF_UP)


def of(percent: Decimal, amount: Decimal) -> Decimal:
    """``percent`` % of ``amount``, to the fen."""
    return fen(Decimal(amount) * Decimal(percent) / 100)


def yuan(value: Decimal | None, blank: str = "") -> str:
    """"1,234,567.80" (two decimals, thousands separators); ``blank`` for None."""
    if value is None:
        return blank
    return f"{fen(value):,.2f}"


def plain(value: Decimal | None) -> str | None:
    """The amount as exact text for machines ("1234567.80"), None for None."""
    return None if value is None else f"{fen(value):.2f}"


def total(values) -> Decimal:
    return fen(sum((Decimal(v) for v in values if v is not None), ZERO))


def split(amount: Decimal, shares: list[Decimal]) -> list[Decimal]:
    """``amount`` divided in proportion to ``shares``, each part to the fen, the parts adding up
    to ``amount`` exactly (the fen left over by rounding goes to the largest parts first)."""
    amount = fen(amount)
    whole = sum(shares, Decimal(0))
    if whole == 0:
        return [ZERO for _ in shares]
    exact = [amount * Decimal(s) / whole for s in shares]
    parts = [e.quantize(FEN, rounding="ROUND_DOWN") for e in exact]
    left = int((amount - sum(parts, ZERO)) / FEN)
    order = sorted(range(len(shares)), key=lambda i: (exact[i] - parts[i], shares[i]), reverse=True)
    for i in order[:left]:
        parts[i] += FEN
    return parts


_DIGITS = "零壹贰叁肆伍陆柒捌玖"
_PLACES = ("仟", "佰", "拾", "")
_SECTIONS = ("", "万", "亿", "万亿")


def _section(number: int) -> str:
    """0 < ``number`` < 10000 in capitals, its inner zeros read as one 零 (1001: 壹仟零壹)."""
    text, zero = "", False
    for digit, place in zip(f"{number:04d}", _PLACES):
        if digit == "0":
            zero = bool(text)
            continue
        if zero:
            text += "零"
        text, zero = text + _DIGITS[int(digit)] + place, False
    return text


def capital(value: Decimal) -> str:
    """The amount in Chinese capitals as written on payment documents (大写金额):
    123,456.78 → 壹拾贰万叁仟肆佰伍拾陆元柒角捌分, 10,000 → 壹万元整, 1,001.05 →
    壹仟零壹元零伍分, 100,000.50 → 壹拾万元零伍角, 0.30 → 叁角.

    The 零 rules of the payment rules (支付结算办法): zeros inside the figure are written as one
    零, also across 万 and 亿 (10,001 → 壹万零壹, 1,000,010 → 壹佰万零壹拾); a 元 digit of zero
    before a 角, or a 角 of zero before a 分, is a 零 (壹拾元零伍分); a whole number of yuan
    ends in 整, an amount under a yuan starts at its 角 or 分. 拾 is always written with its
    digit (壹拾, never a bare 拾) so that nothing can be added in front."""
    if isinstance(value, float):
        raise TypeError("amounts are Decimal, never float")
    amount = fen(value)
    sign = "负" if amount < 0 else ""
    cents = int(abs(amount) * 100)
    whole, jiao, fen_ = cents // 100, cents // 10 % 10, cents % 10
    text = ""
    if whole:
        groups = []
        rest = whole
        while rest:
            rest, group = divmod(rest, 10000)
            groups.append(group)
        zero = False
        for index in range(len(groups) - 1, -1, -1):
            group = groups[index]
            if group == 0:
                zero = bool(text)
                continue
            if text and (zero or group < 1000):
                text += "零"
            text, zero = text + _section(group) + _SECTIONS[index], False
        text += "元"
    if not jiao and not fen_:
        return sign + (text + "整" if whole else "零元整")
    if jiao:
        text += ("零" if whole and whole % 10 == 0 else "") + _DIGITS[jiao] + "角"
    if fen_:
        text += ("零" if whole and not jiao else "") + _DIGITS[fen_] + "分"
    return sign + text
