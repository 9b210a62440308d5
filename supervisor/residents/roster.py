"""The household roster of a compound: buildings, units and households with their owners.

Households are entered one by one here or imported from a spreadsheet (``roster_xlsx``); both
go through the same checks (``household_problems``), so a phone number the form refuses is
refused by the import too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from supervisor import errors
from supervisor.db.audit import log_change
from supervisor.db.models import Building, Compound, Consultation, Household, Opinion, SiteCheck, Survey, Unit
from supervisor.i18n import QT_TRANSLATE_NOOP

DEFAULT_UNIT = "1"

_MOBILE = re.compile(r"^(?:\+?86)?1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}(?:-\d{1,6})?$")
_LOCAL = re.compile(r"^[2-9]\d{6,7}$")
_SERVICE = re.compile(r"^[48]00-?\d{3}-?\d{4}$")
_PHONE_SEPARATORS = re.compile(r"[/、,，;；]+")


@dataclass(frozen=True)
class Problem:
    """Why a household cannot be stored: a field and a translatable reason."""

    field: str
    template: str
    params: dict = field(default_factory=dict)

    def message(self, translate=None) -> str:
        text = translate(self.template) if translate else self.template
        try:
            return text.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**self.params)


@dataclass(slots=True)  # a roster import holds one per row
class HouseholdData:
    building: str
    unit: str
    number: str
    owner_name: str = ""
    phone: str = ""
    resident: bool = True
    elderly: bool = False
    area: Decimal | None = None
    notes: str = ""

    def key(self) -> tuple[str, str, str]:
        return (self.building.strip(), (self.unit.strip() or DEFAULT_UNIT), self.number.strip())


def normalise_phone(text: str) -> str | None:
    """The phone number(s) in ``text`` in a standard spelling, or None when one is not a number.

    Accepts mobiles (with or without +86), landlines with area code, 7-8 digit local numbers
    and 400/800 numbers; several numbers separated by ``/ 、 , ;`` are kept, joined by ``/``.
    """
    parts = [p for p in _PHONE_SEPARATORS.split(text.strip()) if p.strip()]
    clean = []
    for part in parts:
        number = re.sub(r"[\s()（）]", "", part).replace("—", "-").replace("－", "-")
        if number.startswith("+86-"):
            number = "+86" + number[4:]
        compact = number.replace("-", "")
        if _MOBILE.match(compact):
            clean.append(compact[-11:])
        elif _LANDLINE.match(number) or _LOCAL.match(number) or _SERVICE.match(number):
            clean.append(number)
        else:
            return None
    return "/".join(clean)


def household_problems(data: HouseholdData) -> list[Problem]:
    """Everything wrong with ``data``, field by field (empty when it can be stored)."""
    problems = []
    if not data.building.strip():
        problems.append(Problem("building", QT_TRANSLATE_NOOP("roster", "missing building")))
    elif len(data.building.strip()) > 50:
        problems.append(Problem("building", QT_TRANSLATE_NOOP("roster", "building name too long")))
    if len(data.unit.strip()) > 50:
        problems.append(Problem("unit", QT_TRANSLATE_NOOP("roster", "unit name too long")))
    if not data.number.strip():
        problems.append(Problem("number", QT_TRANSLATE_NOOP("roster", "missing flat number")))
    elif len(data.number.strip()) > 20:
        problems.append(Problem("number", QT_TRANSLATE_NOOP("roster", "flat number too long")))
    if not data.owner_name.strip():
        problems.append(Problem("owner_name", QT_TRANSLATE_NOOP("roster", "empty name")))
    elif len(data.owner_name.strip()) > 100:
        problems.append(Problem("owner_name", QT_TRANSLATE_NOOP("roster", "name too long")))
    if data.phone.strip() and normalise_phone(data.phone) is None:
        problems.append(
            Problem("phone", QT_TRANSLATE_NOOP("roster", "bad phone {phone}"), {"phone": data.phone.strip()})
        )
    if data.area is not None and not Decimal(0) < data.area < Decimal(10000):
        problems.append(
            Problem("area", QT_TRANSLATE_NOOP("roster", "bad floor area {area}"), {"area": str(data.area)})
        )
    return problems


def parse_area(text: str) -> Decimal | None:
    """Floor area typed as ``85.5``, ``85.5㎡`` or ``85.5 m2``; None when empty.

    Raises ``ValueError`` for text that is not an area.
    """
    value = re.sub(r"\s|㎡|m²|m2|平方米|平米", "", str(text), flags=re.IGNORECASE)
    if not value:
        return None
    try:
        area = Decimal(value)
    except InvalidOperation:
        raise ValueError(text) from None
    if not area.is_finite():
        raise ValueError(text)
    return area.quantize(Decimal("0.01"))


def label(building: str, unit: str, number: str) -> str:
    """How forms print a household: 楼栋-单元-户号."""
    return f"{building}-{unit}-{number}"


def natural_key(text: str) -> tuple:
    """Sort key that puts 2号楼 before 10号楼 and 301 before 1001."""
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text))


# --- places ----------------------------------------------------------------------------------


def find_or_create_unit(session: Session, compound: Compound, building_name: str, unit_name: str) -> Unit:
    building_name = building_name.strip()
    unit_name = unit_name.strip() or DEFAULT_UNIT
    building = session.scalar(
        select(Building).where(Building.compound_id == compound.id, Building.name == building_name)
    )
    if building is None:
        position = len(compound.buildings)
        building = Building(name=building_name, position=position)
        compound.buildings.append(building)
        session.flush()
    unit = session.scalar(select(Unit).where(Unit.building_id == building.id, Unit.name == unit_name))
    if unit is None:
        unit = Unit(name=unit_name, position=len(building.units))
        building.units.append(unit)
        session.flush()
    return unit


def find_household(session: Session, compound_id: int, key: tuple[str, str, str]) -> Household | None:
    building, unit, number = key
    return session.scalar(
        select(Household)
        .join(Unit, Household.unit_id == Unit.id)
        .join(Building, Unit.building_id == Building.id)
        .where(
            Building.compound_id == compound_id,
            Building.name == building,
            Unit.name == unit,
            Household.number == number,
        )
    )


# --- households ------------------------------------------------------------------------------


def _apply(household: Household, data: HouseholdData) -> None:
    household.owner_name = data.owner_name.strip()
    household.phone = normalise_phone(data.phone) or ""
    household.resident = bool(data.resident)
    household.elderly = bool(data.elderly)
    household.area = data.area
    household.notes = data.notes.strip()


def get_household(session: Session, household_id: int) -> Household:
    household = session.get(Household, household_id)
    if household is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The household no longer exists."))
    return household


def compound_of(household: Household) -> Compound:
    return household.unit.building.compound


def add_household(session: Session, compound: Compound, data: HouseholdData) -> Household:
    _validate(data)
    if find_household(session, compound.id, data.key()) is not None:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The compound already has household {household}."),
            field="number",
            household=label(*data.key()),
        )
    unit = find_or_create_unit(session, compound, data.building, data.unit)
    household = Household(number=data.number.strip())
    _apply(household, data)
    unit.households.append(household)
    session.flush()
    log_change(session, household, "household.create", household=label(*data.key()))
    return household


def update_household(session: Session, household: Household, data: HouseholdData) -> None:
    """Change a household's details; a new building/unit/number moves it (its answers go along)."""
    _validate(data)
    compound = compound_of(household)
    clash = find_household(session, compound.id, data.key())
    if clash is not None and clash.id != household.id:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The compound already has household {household}."),
            field="number",
            household=label(*data.key()),
        )
    unit = household.unit
    if (unit.building.name, unit.name) != data.key()[:2]:
        household.unit = find_or_create_unit(session, compound, data.building, data.unit)
    household.number = data.number.strip()
    _apply(household, data)
    log_change(session, household, "household.update", household=label(*data.key()))


def remove_household(session: Session, household: Household) -> None:
    unit = household.unit
    log_change(
        session,
        household,
        "household.remove",
        household=label(unit.building.name, unit.name, household.number),
    )
    session.delete(household)


@dataclass(frozen=True)
class HouseholdRemoval:
    """What removing households takes with them (their consultation answers) and the records
    that stay without the household (``removal_summary``)."""

    households: int
    answers: int
    opinions: int
    surveys: int
    checks: int


def removal_summary(session: Session, household_ids: list[int]) -> HouseholdRemoval:
    """What removing these households would take with them, counted."""
    ids = list(household_ids)

    def count(model, column) -> int:
        return session.scalar(select(func.count()).select_from(model).where(column.in_(ids))) or 0

    return HouseholdRemoval(
        households=count(Household, Household.id),
        answers=count(Consultation, Consultation.household_id),
        opinions=count(Opinion, Opinion.household_id),
        surveys=count(Survey, Survey.household_id),
        checks=count(SiteCheck, SiteCheck.household_id),
    )


def _validate(data: HouseholdData) -> None:
    problems = household_problems(data)
    if problems:
        first = problems[0]
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The household cannot be saved: {reason}."),
            field=first.field,
            reason=first.message(),
        )


@dataclass(frozen=True)
class HouseholdRow:
    id: int
    building: str
    unit: str
    number: str
    owner_name: str
    phone: str
    resident: bool
    elderly: bool
    area: Decimal | None
    notes: str

    @property
    def label(self) -> str:
        return label(self.building, self.unit, self.number)

    def to_data(self) -> HouseholdData:
        return HouseholdData(
            self.building,
            self.unit,
            self.number,
            self.owner_name,
            self.phone,
            self.resident,
            self.elderly,
            self.area,
            self.notes,
        )


def list_households(session: Session, compound_id: int) -> list[HouseholdRow]:
    """The compound's households in building, unit and flat order."""
    rows = session.execute(
        select(
            Household.id,
            Building.name,
            Unit.name,
            Household.number,
            Household.owner_name,
            Household.phone,
            Household.resident,
            Household.elderly,
            Household.area,
            Household.notes,
            Building.position,
            Unit.position,
        )
        .join(Unit, Household.unit_id == Unit.id)
        .join(Building, Unit.building_id == Building.id)
        .where(Building.compound_id == compound_id)
    ).all()
    rows.sort(key=lambda r: (r[10], natural_key(r[1]), r[11], natural_key(r[2]), natural_key(r[3])))
    return [HouseholdRow(*r[:10]) for r in rows]


# --- spellings of the same building, entrance and flat -----------------------------------------

_CHINESE_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_BUILDING = re.compile(r"^第?\s*(\d+|[零〇一二两三四五六七八九十]+)\s*(?:#|＃|号楼|号|栋|幢|座|楼)?$")
_UNIT = re.compile(r"^第?\s*(\d+|[零〇一二两三四五六七八九十]+)\s*(?:单元|门|#|＃)?$")
_FLAT = re.compile(r"^(\d+)\s*(?:室|号|户)$")


def _number_of(text: str) -> int | None:
    """12 for "12" or "十二"; None if ``text`` is not a number up to 99."""
    if text.isdigit():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        if len(tens) > 1 or len(ones) > 1:
            return None
        high = _CHINESE_DIGITS.get(tens, None) if tens else 1
        low = _CHINESE_DIGITS.get(ones, None) if ones else 0
        return None if high is None or low is None else high * 10 + low
    if len(text) == 1 and text in _CHINESE_DIGITS:
        return _CHINESE_DIGITS[text]
    return None


def building_number(name: str) -> int | None:
    """5 for "5号楼", "5#", "5栋", "五号楼"; None for "甲栋" or "A座"."""
    match = _BUILDING.match(name.strip())
    return _number_of(match.group(1)) if match else None


def unit_number(name: str) -> int | None:
    """2 for "2", "2单元", "二单元", "第二单元"."""
    match = _UNIT.match(name.strip())
    return _number_of(match.group(1)) if match else None


def plain_flat(number: str) -> str:
    """"302" for "302室" or "302号"; other spellings as typed."""
    match = _FLAT.match(number.strip())
    return match.group(1) if match else number.strip()


def same_as_known(name: str, known, number_of) -> str:
    """``name`` as the compound already spells it: "5#" is "5号楼" when that is the only
    building numbered 5; otherwise ``name`` unchanged."""
    name = name.strip()
    if not name or name in known:
        return name
    number = number_of(name)
    if number is None:
        return name
    candidates = [k for k in known if number_of(k) == number]
    return candidates[0] if len(candidates) == 1 else name
