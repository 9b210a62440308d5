"""Household rosters in Excel: checking a filled-in sheet, importing it; the template.

Reading (``supervisor.residents.roster_reading``, re-exported here) streams the sheet, finds
its header and keeps numbers typed as numbers or as text alike (101, "101", 1.0).
``preview`` marks every row that cannot be stored with its reasons (a formula saved without its
value, in any column, is one; so is a date where a building, unit or flat belongs, which Excel
makes of "3-2" or "3/2": the row is refused rather than guessed at); ``import_rows`` stores the
valid rows of a preview in one transaction the caller commits, so a roster goes in whole or not
at all. openpyxl is imported when first used.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from supervisor import errors
from supervisor.db.audit import current_user, log_change
from supervisor.db.models import Building, Compound, Household, Unit, new_uuid, utcnow
from supervisor.db.nul import clean_rows
from supervisor.i18n import QT_TRANSLATE_NOOP
from supervisor.residents.roster import (
    DEFAULT_UNIT,
    HouseholdData,
    Problem,
    building_number,
    household_problems,
    label,
    normalise_phone,
    parse_area,
    plain_flat,
    same_as_known,
    unit_number,
)
from supervisor.residents.roster_reading import (  # noqa: F401 - the reading half, re-exported
    FIELDS,
    ROW_LIMIT,
    SYNONYMS,
    Dedupe,
    Sheet,
    cell_text,
    read_sheet,
)

REQUIRED_FIELDS = ("building", "number", "owner_name")

# The header written into the template, and the first name looked for when reading.
HEADERS = {
    "building": "楼栋",
    "unit": "单元",
    "number": "户号",
    "owner_name": "姓名",
    "phone": "电话",
    "resident": "是否常住",
    "elderly": "是否老年人",
    "area": "建筑面积(㎡)",
    "notes": "备注",
}
FIELD_LABELS = {
    "building": QT_TRANSLATE_NOOP("roster", "Building"),
    "unit": QT_TRANSLATE_NOOP("roster", "Unit"),
    "number": QT_TRANSLATE_NOOP("roster", "Flat"),
    "owner_name": QT_TRANSLATE_NOOP("roster", "Owner"),
    "phone": QT_TRANSLATE_NOOP("roster", "Phone"),
    "resident": QT_TRANSLATE_NOOP("roster", "Lives here"),
    "elderly": QT_TRANSLATE_NOOP("roster", "Elderly"),
    "area": QT_TRANSLATE_NOOP("roster", "Floor area (m²)"),
    "notes": QT_TRANSLATE_NOOP("roster", "Notes"),
}

_TRUE = {"是", "y", "yes", "true", "1", "√", "✓", "✔", "常住", "在住", "有", "t"}
_FALSE = {"否", "n", "no", "false", "0", "×", "✗", "非常住", "不在住", "无", "空置", "f"}
INSERT_BATCH = 5000  # households per INSERT or UPDATE statement: memory stays flat
_ADDRESS = ("building", "unit", "number")  # fields where a date is what Excel made of "3-2"
_DATES = (dt.date, dt.time, dt.timedelta)


def _yes_no(text: str, default: bool) -> bool | None:
    if not text:
        return default
    lowered = text.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    return None


@dataclass(slots=True)
class PreviewRow:
    row: int  # the spreadsheet's row number
    data: HouseholdData
    problems: list[Problem] | tuple[()]  # () when the row can be imported
    existing_id: int | None = None

    @property
    def valid(self) -> bool:
        return not self.problems


@dataclass
class Preview:
    sheet: Sheet
    mapping: dict[str, int | None]
    rows: list[PreviewRow]

    @property
    def valid_rows(self) -> list[PreviewRow]:
        return [r for r in self.rows if r.valid]

    @property
    def bad_rows(self) -> list[PreviewRow]:
        return [r for r in self.rows if not r.valid]

    @property
    def new_count(self) -> int:
        return sum(1 for r in self.rows if r.valid and r.existing_id is None)

    @property
    def update_count(self) -> int:
        return sum(1 for r in self.rows if r.valid and r.existing_id is not None)


def check_mapping(mapping: dict[str, int | None]) -> None:
    missing = [HEADERS[f] for f in REQUIRED_FIELDS if mapping.get(f) is None]
    if missing:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the column for {fields}."),
            field="mapping",
            fields="、".join(missing),
        )
    used = [c for c in mapping.values() if c is not None]
    if len(used) != len(set(used)):
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "One column is chosen for two fields."), field="mapping"
        )


def existing_households(session: Session, compound_id: int) -> dict[tuple[str, str, str], int]:
    rows = session.execute(
        select(Building.name, Unit.name, Household.number, Household.id)
        .join(Unit, Household.unit_id == Unit.id)
        .join(Building, Unit.building_id == Building.id)
        .where(Building.compound_id == compound_id)
        .execution_options(yield_per=INSERT_BATCH)  # not all rows at once
    )
    building_of, unit_of, number_of = Dedupe(), Dedupe(), Dedupe()  # each name held once
    return {(building_of(b), unit_of(u), number_of(n)): hid for b, u, n, hid in rows}


def _unusable_cell(name: str, row_number: int, col: int, values: list, sheet: Sheet) -> Problem | None:
    """Why the cell of field ``name`` holds no value the import can trust, or None."""
    if (row_number, col) in sheet.formula_cells:
        return Problem(
            name,
            QT_TRANSLATE_NOOP(
                "roster", "{column} is a formula with no saved value (open and save the file in Excel or WPS)"
            ),
            {"column": HEADERS[name]},
        )
    if name in _ADDRESS and col < len(values) and isinstance(values[col], _DATES):
        return Problem(
            name,
            QT_TRANSLATE_NOOP(
                "roster",
                "{column} is a date ({value}): Excel or WPS turned what was typed into a date "
                "(format the column as text and type it again)",
            ),
            {"column": HEADERS[name], "value": cell_text(values[col])},
        )
    return None


def preview(
    sheet: Sheet,
    mapping: dict[str, int | None] | None = None,
    existing: dict[tuple[str, str, str], int] | None = None,
) -> Preview:
    """Every data row of ``sheet`` as a household, with the reasons it cannot be imported.

    ``existing`` maps the compound's stored households (``existing_households``) so rows for
    them are marked as updates rather than new households.
    """
    mapping = dict(sheet.mapping if mapping is None else mapping)
    check_mapping(mapping)
    existing = existing or {}
    known_buildings = {b for b, _u, _n in existing}
    known_units: dict[str, set[str]] = {}
    for b, u, _n in existing:
        known_units.setdefault(b, set()).add(u)
    # Fields whose cells may hold what cannot be trusted: formulas without a value, and dates.
    checked = [(name, col) for name, col in mapping.items()
               if col is not None and (sheet.formula_cells or name in _ADDRESS)]
    seen: dict[tuple[str, str, str], int] = {}
    result = []
    building_of, unit_of, number_of = Dedupe(), Dedupe(), Dedupe()
    areas: dict[str, Decimal | None] = {}  # floor areas repeat: one Decimal for each
    for row_number, values in sheet.rows:

        def text(name: str) -> str:
            col = mapping.get(name)
            return cell_text(values[col]) if col is not None and col < len(values) else ""

        problems: list[Problem] = []
        resident = _yes_no(text("resident"), True)
        elderly = _yes_no(text("elderly"), False)
        for name, value in (("resident", resident), ("elderly", elderly)):
            if value is None:
                problems.append(
                    Problem(
                        name,
                        QT_TRANSLATE_NOOP("roster", "{column} must be 是 or 否, not {value}"),
                        {"column": HEADERS[name], "value": text(name)},
                    )
                )
        area_text = text("area")
        try:
            area = areas[area_text] if area_text in areas else areas.setdefault(area_text, parse_area(area_text))
        except ValueError:
            area = None
            problems.append(
                Problem("area", QT_TRANSLATE_NOOP("roster", "bad floor area {area}"), {"area": area_text})
            )
        # "5#", "二单元", "302室" are the compound's "5号楼", "2", "302".
        building = same_as_known(text("building"), known_buildings, building_number)
        unit = text("unit")
        if unit:
            unit = same_as_known(unit, known_units.get(building, set()), unit_number)
            if unit not in known_units.get(building, set()) and unit_number(unit) is not None:
                unit = str(unit_number(unit))
        data = HouseholdData(
            building=building_of(building),
            unit=unit_of(unit or DEFAULT_UNIT),
            number=number_of(plain_flat(text("number"))),
            owner_name=text("owner_name"),
            phone=text("phone"),
            resident=bool(resident) if resident is not None else True,
            elderly=bool(elderly),
            area=area,
            notes=text("notes"),
        )
        problems = household_problems(data) + problems
        for name, col in checked:
            unusable = _unusable_cell(name, row_number, col, values, sheet)
            if unusable is not None:  # says more than what was made of the cell
                problems = [p for p in problems if p.field != name] + [unusable]
        key = data.key()
        if data.building.strip() and data.number.strip():
            if key in seen:
                problems.append(
                    Problem(
                        "number",
                        QT_TRANSLATE_NOOP("roster", "duplicate household {household} (also row {row})"),
                        {"household": label(*key), "row": seen[key]},
                    )
                )
            else:
                seen[key] = row_number
        result.append(PreviewRow(row_number, data, problems or (), existing.get(key)))
    return Preview(sheet, mapping, result)


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    rejected: int


def import_rows(session: Session, compound: Compound, rows: list[PreviewRow]) -> ImportResult:
    """Store ``rows`` (valid preview rows) in ``compound``; the caller commits or rolls back.

    New households are inserted in bulk; rows for households already in the compound update
    their owner, phone and the other details.
    """
    if any(not r.valid for r in rows):
        raise errors.RuleViolation(
            QT_TRANSLATE_NOOP("errors", "Rows with problems cannot be imported.")
        )
    units: dict[tuple[str, str], int] = {}
    for building in session.scalars(select(Building).where(Building.compound_id == compound.id)):
        for unit in building.units:
            units[(building.name, unit.name)] = unit.id
    existing = existing_households(session, compound.id)
    buildings = {b.name: b for b in compound.buildings}
    for r in rows:
        b_name, u_name, _number = r.data.key()
        if (b_name, u_name) in units:
            continue
        building = buildings.get(b_name)
        if building is None:
            building = Building(name=b_name, position=len(compound.buildings))
            compound.buildings.append(building)
            buildings[b_name] = building
        unit = Unit(name=u_name, position=len(building.units))
        building.units.append(unit)
        session.flush()
        units[(b_name, u_name)] = unit.id

    now = utcnow()
    user = current_user()
    inserts, updates = [], []
    added = updated = 0

    def store() -> None:  # a batch at a time, so a large roster needs no list of them all
        if inserts:
            session.execute(insert(Household), clean_rows(inserts))
            inserts.clear()
        if updates:
            session.execute(update(Household), clean_rows(updates))
            updates.clear()

    for r in rows:
        key = r.data.key()
        values = {
            "owner_name": r.data.owner_name.strip(),
            "phone": normalise_phone(r.data.phone) or "",
            "resident": r.data.resident,
            "elderly": r.data.elderly,
            "area": r.data.area,
            "notes": r.data.notes.strip(),
            "updated_at": now,
            "updated_by": user,
        }
        household_id = existing.get(key)
        if household_id is None:
            inserts.append(
                {
                    **values,
                    "unit_id": units[key[:2]],
                    "number": key[2],
                    "uuid": new_uuid(),
                    "created_at": now,
                    "created_by": user,
                }
            )
            added += 1
        else:
            updates.append({**values, "id": household_id})
            updated += 1
        if len(inserts) + len(updates) >= INSERT_BATCH:
            store()
    store()
    log_change(session, compound, "roster.import", added=added, updated=updated)
    return ImportResult(added, updated, 0)


def write_template(path: str | Path) -> Path:
    """A blank roster workbook with the expected headers and an instructions sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    path = Path(path)
    workbook = Workbook()
    ws = workbook.active
    ws.title = "住户花名册"
    ws.append([HEADERS[f] for f in FIELDS])
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    widths = {"building": 10, "unit": 8, "number": 10, "owner_name": 12, "phone": 18,
              "resident": 10, "elderly": 12, "area": 14, "notes": 30}
    from openpyxl.utils import get_column_letter

    for col, name in enumerate(FIELDS, start=1):
        cell = ws.cell(1, col)
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(horizontal="center")
        letter = get_column_letter(col)
        ws.column_dimensions[letter].width = widths[name]
        if name in ("building", "unit", "number", "phone"):
            # Text format, so Excel keeps 0-leading numbers and does not show phones as 1.38E+10.
            for row in range(2, 2001):
                ws.cell(row, col).number_format = "@"
    yes_no = DataValidation(type="list", formula1='"是,否"', allow_blank=True)
    ws.add_data_validation(yes_no)
    for name in ("resident", "elderly"):
        letter = get_column_letter(FIELDS.index(name) + 1)
        yes_no.add(f"{letter}2:{letter}2000")
    ws.freeze_panes = "A2"
    notes = workbook.create_sheet("填写说明")
    for line in (
        "住户花名册填写说明",
        "1. 每户一行；楼栋、户号、姓名必填，单元留空时按“1”单元处理。",
        "2. 电话填手机号（11位）或带区号的固定电话，多个号码用“/”分隔。",
        "3. 是否常住、是否老年人填“是”或“否”，留空分别按“是”“否”处理。",
        "4. 建筑面积以平方米计，可留空；按面积计算同意比例的规则需要填写。",
        "5. 同一楼栋、单元、户号只能出现一次。",
    ):
        notes.append([line])
    notes.column_dimensions["A"].width = 80
    notes["A1"].font = bold
    try:
        workbook.save(path)
    except OSError as error:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The template cannot be saved to {file}: {reason}"),
            file=str(path),
            reason=error.strerror or str(error),
        ) from error
    return path
