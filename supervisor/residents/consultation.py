"""Consultation rounds (征询): each household's answer, the tally against the city's threshold.

Round 1 asks whether a household wants the renovation, round 2 what it thinks of the scheme.
A compound passes a round when its agreement meets the rule in the settings (default: 80 % of
all households agree). "All households" is the larger of the roster and the household count
declared on the compound, so an incomplete roster never makes the rate look better than it is.
Procedure steps gated on a round cannot be completed while a compound of the project has not
passed it, unless an override with a reason is recorded (``supervisor.procedure.gates``).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from supervisor import errors
from supervisor.codes import ConsentAnswer
from supervisor.db.audit import log_change
from supervisor.db.models import Building, Compound, Consultation, Household, Unit
from supervisor.i18n import QT_TRANSLATE_NOOP
from supervisor.residents.catalog import MENU_ITEMS
from supervisor.residents.roster import label, natural_key
from supervisor.residents.rules import ConsentRule, ConsentSettings, consent_settings

ROUNDS = (1, 2)
VOTED = (ConsentAnswer.AGREE, ConsentAnswer.DISAGREE, ConsentAnswer.ABSTAIN)


@dataclass
class AnswerData:
    answer: str = ConsentAnswer.AGREE
    wanted: list[str] = field(default_factory=list)
    co_fund: bool | None = None
    pay_property: bool | None = None
    comments: str = ""
    visitor: str = ""
    visited_on: dt.date | None = None


def _check_round(round_: int) -> None:
    if round_ not in ROUNDS:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The consultation round must be 1 or 2."), field="round"
        )


def validate_answer(data: AnswerData, today: dt.date | None = None) -> None:
    try:
        ConsentAnswer(data.answer)
    except ValueError:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the household's answer."), field="answer"
        ) from None
    unknown = [k for k in data.wanted if k not in MENU_ITEMS]
    if unknown:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown renovation items: {items}."),
            field="wanted",
            items=", ".join(unknown),
        )
    today = today or dt.date.today()
    if data.visited_on is not None and data.visited_on > today:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The visit date cannot be in the future."),
            field="visited_on",
        )
    if data.answer != ConsentAnswer.NOT_VISITED and data.visited_on is None:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the date of the visit."), field="visited_on"
        )


def set_answer(session: Session, household: Household, round_: int, data: AnswerData) -> Consultation:
    """Record (or change) ``household``'s answer in ``round_``."""
    _check_round(round_)
    validate_answer(data)
    answer = session.scalar(
        select(Consultation).where(
            Consultation.household_id == household.id, Consultation.round == round_
        )
    )
    old = answer.answer if answer is not None else None
    if answer is None:
        answer = Consultation(household_id=household.id, round=round_)
        session.add(answer)
    answer.answer = str(data.answer)
    answer.wanted = [k for k in MENU_ITEMS if k in set(data.wanted)]
    answer.co_fund = data.co_fund
    answer.pay_property = data.pay_property
    answer.comments = data.comments.strip()
    answer.visitor = data.visitor.strip()
    answer.visited_on = data.visited_on
    session.flush()
    unit = household.unit
    log_change(
        session,
        answer,
        "consultation.answer",
        round=round_,
        household=label(unit.building.name, unit.name, household.number),
        old=old,
        new=answer.answer,
    )
    return answer


def clear_answer(session: Session, household_id: int, round_: int) -> None:
    answer = session.scalar(
        select(Consultation).where(
            Consultation.household_id == household_id, Consultation.round == round_
        )
    )
    if answer is not None:
        log_change(session, answer, "consultation.clear", round=round_, old=answer.answer)
        session.delete(answer)


def answer_data(answer: Consultation) -> AnswerData:
    return AnswerData(
        answer.answer,
        list(answer.wanted or []),
        answer.co_fund,
        answer.pay_property,
        answer.comments,
        answer.visitor,
        answer.visited_on,
    )


# --- the register --------------------------------------------------------------------------


@dataclass(frozen=True)
class RegisterRow:
    """One household in one round: the row of the resident opinion register."""

    household_id: int
    building: str
    unit: str
    number: str
    owner_name: str
    phone: str
    answer: str | None  # None: nothing recorded yet
    wanted: tuple[str, ...]
    co_fund: bool | None
    pay_property: bool | None
    comments: str
    visitor: str
    visited_on: dt.date | None

    @property
    def label(self) -> str:
        return label(self.building, self.unit, self.number)


def register(session: Session, compound_id: int, round_: int) -> list[RegisterRow]:
    """Every household of the compound with its answer in ``round_`` (None when not asked)."""
    _check_round(round_)
    rows = session.execute(
        select(
            Household.id,
            Building.name,
            Unit.name,
            Household.number,
            Household.owner_name,
            Household.phone,
            Consultation.answer,
            Consultation.wanted,
            Consultation.co_fund,
            Consultation.pay_property,
            Consultation.comments,
            Consultation.visitor,
            Consultation.visited_on,
            Building.position,
            Unit.position,
        )
        .join(Unit, Household.unit_id == Unit.id)
        .join(Building, Unit.building_id == Building.id)
        .outerjoin(
            Consultation,
            (Consultation.household_id == Household.id) & (Consultation.round == round_),
        )
        .where(Building.compound_id == compound_id)
    ).all()
    rows.sort(key=lambda r: (r[13], natural_key(r[1]), r[14], natural_key(r[2]), natural_key(r[3])))
    return [
        RegisterRow(
            r[0], r[1], r[2], r[3], r[4], r[5], r[6], tuple(r[7] or ()), r[8], r[9],
            r[10] or "", r[11] or "", r[12],
        )
        for r in rows
    ]


# --- the tally -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Count:
    """Households and floor area of a group (a compound or one entrance)."""

    households: int
    listed: int
    visited: int
    agreeing: int
    disagreeing: int
    abstaining: int
    area_total: Decimal
    area_voted: Decimal
    area_agreeing: Decimal
    area_missing: int  # households without a floor area

    @property
    def rate(self) -> float:
        return self.agreeing / self.households if self.households else 0.0

    @property
    def area_rate(self) -> float:
        return float(self.area_agreeing / self.area_total) if self.area_total else 0.0

    @property
    def voted(self) -> int:
        return self.agreeing + self.disagreeing + self.abstaining


@dataclass(frozen=True)
class Verdict:
    passed: bool
    needed: int  # more agreeing households the count rule needs (0 when met)
    reasons: tuple[tuple[str, dict], ...]  # translatable reasons it failed


def meets(rate: float, percent: float) -> bool:
    """``rate`` reaches ``percent`` as people read it: 2 of 3 (66.67 %) meets a 66.67 % rule."""
    return round(rate * 100, 2) >= percent


def households_needed(households: int, percent: float) -> int:
    """The fewest agreeing households of ``households`` that meet ``percent``."""
    needed = math.ceil(households * percent / 100)
    while needed > 0 and meets((needed - 1) / households, percent):
        needed -= 1
    return needed


def judge(count: Count, settings: ConsentSettings) -> Verdict:
    """Whether ``count`` meets the rule in ``settings``, and what is missing."""
    reasons: list[tuple[str, dict]] = []
    if count.households == 0:
        return Verdict(False, 0, ((QT_TRANSLATE_NOOP("consent", "no households in the roster"), {}),))
    if settings.rule in (ConsentRule.HOUSEHOLDS, ConsentRule.HOUSEHOLDS_AND_AREA):
        needed = max(0, households_needed(count.households, settings.percent) - count.agreeing)
        if needed:
            reasons.append(
                (
                    QT_TRANSLATE_NOOP("consent", "{agreeing} of {households} households agree, {needed} more needed"),
                    {"agreeing": count.agreeing, "households": count.households, "needed": needed},
                )
            )
        if settings.rule == ConsentRule.HOUSEHOLDS_AND_AREA:
            if count.area_missing:
                reasons.append(
                    (
                        QT_TRANSLATE_NOOP("consent", "{missing} households have no floor area"),
                        {"missing": count.area_missing},
                    )
                )
            elif not meets(count.area_rate, settings.percent):
                reasons.append(
                    (
                        QT_TRANSLATE_NOOP("consent", "agreeing floor area is {rate} of the total"),
                        {"rate": f"{count.area_rate:.1%}"},
                    )
                )
        return Verdict(not reasons, needed, tuple(reasons))
    # Civil Code: 2/3 take part (households and area), 3/4 of those agree (households and area).
    needed = 0
    if count.voted * 3 < count.households * 2:
        needed = math.ceil(count.households * 2 / 3) - count.voted
        reasons.append(
            (
                QT_TRANSLATE_NOOP("consent", "{voted} of {households} households took part, two thirds needed"),
                {"voted": count.voted, "households": count.households},
            )
        )
    if count.agreeing * 4 < count.voted * 3 or count.voted == 0:
        reasons.append(
            (
                QT_TRANSLATE_NOOP("consent", "{agreeing} of {voted} households taking part agree, three quarters needed"),
                {"agreeing": count.agreeing, "voted": count.voted},
            )
        )
        needed = max(needed, math.ceil(count.voted * 3 / 4) - count.agreeing)
    if count.area_missing:
        reasons.append(
            (
                QT_TRANSLATE_NOOP("consent", "{missing} households have no floor area"),
                {"missing": count.area_missing},
            )
        )
    else:
        if count.area_voted * 3 < count.area_total * 2:
            reasons.append((QT_TRANSLATE_NOOP("consent", "less than two thirds of the floor area took part"), {}))
        if count.area_agreeing * 4 < count.area_voted * 3 or not count.area_voted:
            reasons.append(
                (QT_TRANSLATE_NOOP("consent", "less than three quarters of the floor area taking part agrees"), {})
            )
    return Verdict(not reasons, max(0, needed), tuple(reasons))


@dataclass(frozen=True)
class UnitTally:
    building: str
    unit: str
    count: Count
    verdict: Verdict


@dataclass(frozen=True)
class Tally:
    """A compound's result in one round."""

    compound_id: int
    compound: str
    round: int
    count: Count
    declared: int | None
    settings: ConsentSettings
    verdict: Verdict
    units: tuple[UnitTally, ...] = ()

    @property
    def passed(self) -> bool:
        return self.verdict.passed

    @property
    def rate(self) -> float:
        return self.count.rate

    def summary(self) -> str:
        """``name rate (agreeing/households)``, e.g. ``幸福小区 62.0% (124/200)``."""
        return f"{self.compound} {self.rate:.1%} ({self.count.agreeing}/{self.count.households})"

    def threshold_text(self) -> str:
        """The rule in a few words, in Chinese as it is printed."""
        if self.settings.rule == ConsentRule.CIVIL_CODE:
            text = "参与≥2/3（户数、面积），同意≥参与的3/4"
        elif self.settings.rule == ConsentRule.HOUSEHOLDS_AND_AREA:
            text = f"同意户数及面积均≥{self.settings.percent:g}%"
        else:
            text = f"同意户数≥总户数{self.settings.percent:g}%"
        return text + ("（按单元）" if self.settings.per_unit else "")


def _count(rows: list[tuple], declared: int | None = None) -> Count:
    listed = len(rows)
    households = max(listed, declared or 0)
    agreeing = sum(1 for r in rows if r[1] == ConsentAnswer.AGREE)
    disagreeing = sum(1 for r in rows if r[1] == ConsentAnswer.DISAGREE)
    abstaining = sum(1 for r in rows if r[1] == ConsentAnswer.ABSTAIN)
    zero = Decimal(0)
    area_total = sum((r[2] or zero for r in rows), zero)
    area_voted = sum((r[2] or zero for r in rows if r[1] in VOTED), zero)
    area_agreeing = sum((r[2] or zero for r in rows if r[1] == ConsentAnswer.AGREE), zero)
    missing = sum(1 for r in rows if r[2] is None) + (households - listed)
    return Count(
        households, listed, agreeing + disagreeing + abstaining, agreeing, disagreeing, abstaining,
        area_total, area_voted, area_agreeing, missing,
    )


def tally(
    session: Session, compound: Compound, round_: int, settings: ConsentSettings | None = None
) -> Tally:
    _check_round(round_)
    settings = settings or consent_settings(session)
    rows = session.execute(
        select(Household.id, Consultation.answer, Household.area, Building.name, Unit.name)
        .join(Unit, Household.unit_id == Unit.id)
        .join(Building, Unit.building_id == Building.id)
        .outerjoin(
            Consultation,
            (Consultation.household_id == Household.id) & (Consultation.round == round_),
        )
        .where(Building.compound_id == compound.id)
    ).all()
    count = _count(rows, compound.households)
    units: list[UnitTally] = []
    if settings.per_unit:
        groups: dict[tuple[str, str], list] = {}
        for r in rows:
            groups.setdefault((r[3], r[4]), []).append(r)
        for (b, u) in sorted(groups, key=lambda k: (natural_key(k[0]), natural_key(k[1]))):
            unit_count = _count(groups[(b, u)])
            units.append(UnitTally(b, u, unit_count, judge(unit_count, settings)))
        failing = [u for u in units if not u.verdict.passed]
        if not rows:
            verdict = judge(count, settings)
        elif failing:
            verdict = Verdict(
                False,
                sum(u.verdict.needed for u in failing),
                (
                    (
                        QT_TRANSLATE_NOOP("consent", "{failing} of {units} entrances below the threshold"),
                        {"failing": len(failing), "units": len(units)},
                    ),
                ),
            )
        else:
            verdict = Verdict(True, 0, ())
    else:
        verdict = judge(count, settings)
    return Tally(
        compound.id, compound.name, round_, count, compound.households, settings, verdict, tuple(units)
    )


def project_tallies(session: Session, project_id: int, round_: int) -> list[Tally]:
    """Every compound of a project in ``round_``, the best agreement rate first."""
    settings = consent_settings(session)
    compounds = session.scalars(select(Compound).where(Compound.project_id == project_id))
    tallies = [tally(session, c, round_, settings) for c in compounds]
    tallies.sort(key=lambda t: (-t.rate, natural_key(t.compound)))
    return tallies


def wanted_counts(session: Session, compound_id: int, round_: int) -> dict[str, int]:
    """How many households asked for each renovation item."""
    counts: dict[str, int] = {}
    for wanted in session.scalars(
        select(Consultation.wanted)
        .join(Household, Consultation.household_id == Household.id)
        .join(Unit, Household.unit_id == Unit.id)
        .join(Building, Unit.building_id == Building.id)
        .where(Building.compound_id == compound_id, Consultation.round == round_)
    ):
        for key in wanted or ():
            counts[key] = counts.get(key, 0) + 1
    return counts
