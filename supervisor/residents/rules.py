"""Residents' participation rules that differ between cities: the consent rule and threshold,
the reply period for opinions (Tools → Resident participation rules).

They are database-wide settings (``supervisor.db.settings``), so every laptop and server sharing
a database follows the same local rules. Unknown or damaged values fall back to the defaults.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from sqlalchemy.orm import Session

from supervisor import errors
from supervisor.db.settings import store_setting, stored_setting
from supervisor.i18n import QT_TRANSLATE_NOOP

CONSENT_KEY = "consent"
OPINIONS_KEY = "opinions"


class ConsentRule(StrEnum):
    # Agreeing households reach the threshold share of all households (default 80 %).
    HOUSEHOLDS = "households"
    # Agreeing households reach the threshold share of all households and of all floor area.
    HOUSEHOLDS_AND_AREA = "households_and_area"
    # Civil Code art. 278: owners with 2/3 of households and area take part, and 3/4 of those
    # taking part (by households and by area) agree.
    CIVIL_CODE = "civil_code"


@dataclass(frozen=True)
class ConsentSettings:
    rule: str = ConsentRule.HOUSEHOLDS
    percent: float = 80.0
    per_unit: bool = False  # judge each entrance (单元) on its own, as for added elevators


@dataclass(frozen=True)
class OpinionSettings:
    reply_days: int = 5  # working days to answer an opinion


def consent_settings(session: Session) -> ConsentSettings:
    raw = stored_setting(session, CONSENT_KEY)
    default = ConsentSettings()
    try:
        rule = ConsentRule(raw.get("rule", default.rule))
    except ValueError:
        rule = ConsentRule(default.rule)
    try:
        percent = float(raw.get("percent", default.percent))
    except (TypeError, ValueError):
        percent = default.percent
    if not 0 < percent <= 100:
        percent = default.percent
    return ConsentSettings(rule, percent, bool(raw.get("per_unit", default.per_unit)))


def parse_percent(text: str | float) -> float:
    typed = str(text).strip().rstrip("%％").strip()
    try:
        if "/" in typed:  # "2/3" as written in the rules
            top, bottom = typed.split("/", 1)
            value = (Decimal(top) / Decimal(bottom) * 100).quantize(Decimal("0.01"))
        else:
            value = Decimal(typed)
    except (InvalidOperation, ArithmeticError, ValueError):
        value = Decimal(-1)
    if not value.is_finite():
        value = Decimal(-1)
    if not Decimal(0) < value <= Decimal(100):
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The threshold must be a percentage above 0 and at most 100."),
            field="percent",
        )
    return float(value)


def set_consent_settings(session: Session, settings: ConsentSettings) -> None:
    ConsentRule(settings.rule)
    parse_percent(settings.percent)
    store_setting(session, CONSENT_KEY, {**asdict(settings), "rule": str(settings.rule)})


def opinion_settings(session: Session) -> OpinionSettings:
    raw = stored_setting(session, OPINIONS_KEY)
    try:
        days = int(raw.get("reply_days", OpinionSettings.reply_days))
    except (TypeError, ValueError):
        days = OpinionSettings.reply_days
    return OpinionSettings(days if 1 <= days <= 60 else OpinionSettings.reply_days)


def set_opinion_settings(session: Session, settings: OpinionSettings) -> None:
    if not 1 <= settings.reply_days <= 60:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The reply period must be 1 to 60 working days."),
            field="reply_days",
        )
    store_setting(session, OPINIONS_KEY, asdict(settings))
