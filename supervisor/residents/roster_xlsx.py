"""Household rosters in Excel: reading a filled-in sheet, checking it, importing it; the template.

Reading finds the header row among the first rows (a title row or a two-level header above it
is fine), matches columns by their header text, fills cells of vertically merged ranges (a 楼栋
merged over its flats), and keeps numbers typed as numbers or as text alike (101, "101",
1.0). ``preview`` marks every row that cannot be stored with its reasons; ``import_rows``
stores the valid rows of a preview in one transaction the caller commits, so a roster goes in
whole or not at all. openpyxl is imported when first used.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from supervisor import errors
from supervisor.db.audit import current_user, log_change
from supervisor.db.models import Building, Compound, Household, Unit, new_uuid, utcnow
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

FIELDS = ("building", "unit", "number", "owner_name", "phone", "resident", "elderly", "area", "notes")
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

# Header texts seen in real rosters, after removing spaces, brackets and their contents.
SYNONYMS = {
    "building": ("楼栋", "楼栋号", "楼号", "栋", "栋号", "幢", "幢号", "楼", "楼宇", "building"),
    "unit": ("单元", "单元号", "门洞", "unit", "entrance"),
    "number": ("户号", "房号", "室号", "门牌号", "房间号", "室", "房屋号", "flat", "room", "number"),
    "owner_name": ("姓名", "户主", "户主姓名", "业主", "业主姓名", "产权人", "居民姓名", "name", "owner"),
    "phone": ("电话", "联系电话", "手机", "手机号", "手机号码", "联系方式", "电话号码", "phone", "mobile", "tel"),
    "resident": ("是否常住", "常住", "是否在住", "在住", "居住情况", "是否居住", "resident"),
    "elderly": ("是否老年人", "老年人", "是否有老人", "老人", "60岁以上", "是否60岁以上", "elderly"),
    "area": ("建筑面积", "面积", "房屋面积", "住房面积", "area"),
    "notes": ("备注", "说明", "notes", "remarks"),
}
_LOOKUP = {name.lower(): key for key, names in SYNONYMS.items() for name in names}

HEADER_SEARCH_ROWS = 10
_TRUE = {"是", "y", "yes", "true", "1", "√", "✓", "✔", "常住", "在住", "有", "t"}
_FALSE = {"否", "n", "no", "false", "0", "×", "✗", "非常住", "不在住", "无", "空置", "f"}
_FOOTER = re.compile(r"^(合计|总计|小计|共计|填表|制表)")


def _header_key(value: Any) -> str | None:
    if value is None:
        return None
    text = re.sub(r"[（(【\[].*?[）)】\]]", "", str(value))
    text = re.sub(r"[\s:：*]", "", text).lower()
    return _LOOKUP.get(text)


@dataclass
class Sheet:
    """The cells of a roster sheet: its header and its data rows with their row numbers."""

    path: Path
    sheet_name: str
    header_row: int
    headers: list[str]
    rows: list[tuple[int, list[Any]]]
    mapping: dict[str, int | None]
    formula_cells: set[tuple[int, int]] = field(default_factory=set)


def _cell_text(value: Any) -> str:
    """A cell as text: 101.0 -> "101", 1.38e10 -> "13800000000", dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value).replace("\u3000", " ").strip()


# What openpyxl raises on a damaged or foreign file.
_DAMAGED = (zipfile.BadZipFile, KeyError, ValueError, TypeError, IndexError, AttributeError, OSError, EOFError)


def _unreadable(path: Path, reason: str) -> errors.ValidationError:
    return errors.ValidationError(
        QT_TRANSLATE_NOOP("errors", "{file} cannot be read as an Excel roster: {reason}"),
        file=path.name,
        reason=reason,
    )


def _open_workbook(path: Path, *, data_only: bool, read_only: bool):
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    if not path.exists():
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "{file} does not exist."), file=str(path)
        )
    if path.suffix.lower() in (".xls", ".et", ".csv"):
        raise _unreadable(
            path, QT_TRANSLATE_NOOP("errors", "only .xlsx files are read; save it as .xlsx first.")
        )
    try:
        return load_workbook(path, data_only=data_only, read_only=read_only)
    except PermissionError:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "{file} cannot be opened: permission denied, or it is open in another program."),
            file=path.name,
        ) from None
    except (InvalidFileException, *_DAMAGED) as error:
        raise _unreadable(
            path, QT_TRANSLATE_NOOP("errors", "it is not an .xlsx file, or it is damaged.")
        ) from error


def _merged_fill(ws) -> dict[tuple[int, int], Any]:
    """Value of every cell hidden by a merge: the merge's top-left value (row, col 1-based)."""
    fill = {}
    for merged in ws.merged_cells.ranges:
        top_left = ws.cell(merged.min_row, merged.min_col).value
        for row in range(merged.min_row, merged.max_row + 1):
            for col in range(merged.min_col, merged.max_col + 1):
                if (row, col) != (merged.min_row, merged.min_col):
                    fill[(row, col)] = top_left
    return fill


def _find_header(grid: list[list[Any]]) -> tuple[int, dict[str, int | None], list[str]] | None:
    best = None
    for index, values in enumerate(grid[:HEADER_SEARCH_ROWS]):
        mapping: dict[str, int | None] = {}
        for col, value in enumerate(values):
            key = _header_key(value)
            if key and key not in mapping:
                mapping[key] = col
        score = len(mapping)
        if score and (best is None or score > best[0]):
            best = (score, index, mapping)
    if best is None or best[0] < 2:
        return None
    _score, index, mapping = best
    headers = [_cell_text(v) for v in grid[index]]
    # A column whose header sits in the row above (a two-level header with a cell merged
    # downwards) is still found.
    if index > 0:
        for col, value in enumerate(grid[index - 1]):
            key = _header_key(value)
            if key and key not in mapping and (col >= len(headers) or not headers[col]):
                mapping[key] = col
                while len(headers) <= col:
                    headers.append("")
                headers[col] = _cell_text(value)
    return index, {f: mapping.get(f) for f in FIELDS}, headers


def read_sheet(path: str | Path) -> Sheet:
    """Read the roster in ``path``: the first sheet whose header names roster columns."""
    path = Path(path)
    workbook = _open_workbook(path, data_only=True, read_only=False)
    try:
        return _first_roster_sheet(path, workbook)
    except _DAMAGED as error:  # openpyxl reads lazily: damage may show only now
        raise _unreadable(
            path, QT_TRANSLATE_NOOP("errors", "it is not an .xlsx file, or it is damaged.")
        ) from error
    finally:
        workbook.close()


def _first_roster_sheet(path: Path, workbook) -> Sheet:
    for ws in [workbook.active, *[w for w in workbook.worksheets if w is not workbook.active]]:
        if ws is None:
            continue
        fill = _merged_fill(ws)
        grid = []
        for r, values in enumerate(ws.iter_rows(values_only=True), start=1):
            row = list(values)
            for c in range(len(row)):
                if row[c] is None and (r, c + 1) in fill:
                    row[c] = fill[(r, c + 1)]
            grid.append(row)
        found = _find_header(grid)
        if found is None:
            continue
        index, mapping, headers = found
        rows = []
        for offset, values in enumerate(grid[index + 1:], start=index + 2):
            texts = [_cell_text(v) for v in values]
            if not any(texts):
                continue
            first = next(t for t in texts if t)
            if _FOOTER.match(first):
                continue
            rows.append((offset, list(values)))
        return Sheet(path, ws.title, index + 1, headers, rows, mapping)
    raise _unreadable(
        path,
        QT_TRANSLATE_NOOP(
            "errors",
            "no sheet has a header row with at least two roster columns (楼栋, 单元, 户号, 姓名, 电话…).",
        ),
    )


def _find_formulas(sheet: Sheet) -> set[tuple[int, int]]:
    """Cells holding a formula (row, 0-based column); read only when a value is missing."""
    workbook = _open_workbook(sheet.path, data_only=False, read_only=True)
    try:
        ws = workbook[sheet.sheet_name]
        found = set()
        for r, values in enumerate(ws.iter_rows(values_only=True), start=1):
            for c, value in enumerate(values):
                if isinstance(value, str) and value.startswith("="):
                    found.add((r, c))
        return found
    finally:
        workbook.close()


def _yes_no(text: str, default: bool) -> bool | None:
    if not text:
        return default
    lowered = text.strip().lower()
    if lowered in _TRUE:
        return True
    if lowered in _FALSE:
        return False
    return None


@dataclass
class PreviewRow:
    row: int  # the spreadsheet's row number
    data: HouseholdData
    problems: list[Problem]
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
    )
    return {(b, u, n): hid for b, u, n, hid in rows}


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
    formulas: set[tuple[int, int]] | None = None
    seen: dict[tuple[str, str, str], int] = {}
    result = []
    for row_number, values in sheet.rows:

        def text(name: str) -> str:
            col = mapping.get(name)
            return _cell_text(values[col]) if col is not None and col < len(values) else ""

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
        try:
            area = parse_area(text("area"))
        except ValueError:
            area = None
            problems.append(
                Problem("area", QT_TRANSLATE_NOOP("roster", "bad floor area {area}"), {"area": text("area")})
            )
        # "5#", "二单元", "302室" are the compound's "5号楼", "2", "302".
        building = same_as_known(text("building"), known_buildings, building_number)
        unit = text("unit")
        if unit:
            unit = same_as_known(unit, known_units.get(building, set()), unit_number)
            if unit not in known_units.get(building, set()) and unit_number(unit) is not None:
                unit = str(unit_number(unit))
        data = HouseholdData(
            building=building,
            unit=unit or DEFAULT_UNIT,
            number=plain_flat(text("number")),
            owner_name=text("owner_name"),
            phone=text("phone"),
            resident=bool(resident) if resident is not None else True,
            elderly=bool(elderly),
            area=area,
            notes=text("notes"),
        )
        problems = household_problems(data) + problems
        blank = [p.field for p in problems if p.field in REQUIRED_FIELDS and not text(p.field)]
        if blank:
            if formulas is None:
                formulas = _find_formulas(sheet)
            for problem_field in blank:
                if (row_number, mapping[problem_field]) in formulas:
                    problems = [p for p in problems if p.field != problem_field]
                    problems.append(
                        Problem(
                            problem_field,
                            QT_TRANSLATE_NOOP(
                                "roster",
                                "{column} is a formula with no saved value (open and save the file in Excel or WPS)",
                            ),
                            {"column": HEADERS[problem_field]},
                        )
                    )
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
        result.append(PreviewRow(row_number, data, problems, existing.get(key)))
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
        else:
            updates.append({**values, "id": household_id})
    if inserts:
        session.execute(insert(Household), inserts)
    if updates:
        session.execute(update(Household), updates)
    log_change(
        session,
        compound,
        "roster.import",
        added=len(inserts),
        updated=len(updates),
    )
    return ImportResult(len(inserts), len(updates), 0)


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
