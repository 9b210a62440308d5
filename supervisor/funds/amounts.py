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
