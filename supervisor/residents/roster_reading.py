"""Reading a roster workbook: the sheet streamed row by row, so memory stays small.

``read_sheet`` finds the roster among the sheets (a header row naming roster columns within the
first rows; a title row or a two-level header above it is fine), then streams the data rows
once: empty rows and footers (合计, 制表…) are dropped as they come, cells of merged ranges take
the value of the range's first cell (a 楼栋 merged down over its flats), formulas give the
value Excel or WPS saved with them, and a formula saved without one is remembered so the row
can be refused. A file holds at most ``ROW_LIMIT`` data rows: reading stops beyond it with a
message saying so. Password-protected workbooks and old .xls files are recognised before
openpyxl (imported when first used) sees them.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
import zlib
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from supervisor import errors
from supervisor.i18n import QT_TRANSLATE_NOOP

ROW_LIMIT = 200_000  # data rows one roster file may hold; stated in the README and the error
HEADER_SEARCH_ROWS = 10
FIELDS = ("building", "unit", "number", "owner_name", "phone", "resident", "elderly", "area", "notes")

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
_FOOTER = re.compile(r"^(合计|总计|小计|共计|填表|制表)")

# An OLE2 compound file: an old .xls, or an .xlsx encrypted with a password (Excel and WPS
# keep the encrypted workbook in a stream named EncryptedPackage inside one).
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")

# What openpyxl and the XML and zip layers under it raise on a damaged or foreign file.
_DAMAGED = (zipfile.BadZipFile, zlib.error, SyntaxError, KeyError, ValueError, TypeError, IndexError,
            AttributeError, OSError, EOFError)


def _header_key(value: Any) -> str | None:
    if value is None:
        return None
    text = re.sub(r"[（(【\[].*?[）)】\]]", "", str(value))
    text = re.sub(r"[\s:：*]", "", text).lower()
    return _LOOKUP.get(text)


@dataclass
class Sheet:
    """The cells of a roster sheet: its header and its data rows with their row numbers.

    ``formula_cells`` are the (row, 0-based column) cells holding a formula saved without its
    value (written by a program, never opened in Excel or WPS)."""

    path: Path
    sheet_name: str
    header_row: int
    headers: list[str]
    rows: list[tuple[int, tuple[Any, ...]]]
    mapping: dict[str, int | None]
    formula_cells: set[tuple[int, int]] = field(default_factory=set)


def cell_text(value: Any) -> str:
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


class Dedupe:
    """The same object for equal texts while a column has few of them (楼栋, 单元, 是/否): a
    large roster then holds each once. A column of many different texts (names, phones) soon
    stops being looked up."""

    def __init__(self, limit: int = 2000):
        self.seen: dict[str, str] | None = {}
        self.limit = limit

    def __call__(self, text):
        seen = self.seen
        if seen is None or type(text) is not str:
            return text
        found = seen.get(text)
        if found is not None:
            return found
        if len(seen) >= self.limit:
            self.seen = None
        else:
            seen[text] = text
        return text


def _blank(values: list[Any]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)


def _unreadable(path: Path, reason: str) -> errors.ValidationError:
    return errors.ValidationError(
        QT_TRANSLATE_NOOP("errors", "{file} cannot be read as an Excel roster: {reason}"),
        file=path.name,
        reason=reason,
    )


def _damaged(path: Path) -> errors.ValidationError:
    return _unreadable(path, QT_TRANSLATE_NOOP("errors", "it is not an .xlsx file, or it is damaged."))


def _is_encrypted(path: Path) -> bool:
    """An OLE2 file holding an EncryptedPackage stream: a password-protected workbook."""
    tail = b""
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            if _ENCRYPTED in tail + chunk:
                return True
            tail = chunk[-len(_ENCRYPTED):]
    return False


def _check_file(path: Path) -> None:
    """Refuse what openpyxl cannot read, each with its own reason."""
    if not path.exists():
        raise errors.ValidationError(QT_TRANSLATE_NOOP("errors", "{file} does not exist."), file=str(path))
    try:
        with path.open("rb") as handle:
            magic = handle.read(len(_OLE_MAGIC))
        if magic == _OLE_MAGIC and _is_encrypted(path):
            raise errors.ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{file} is protected with a password, so it cannot be read. Open it in Excel or WPS, "
                    "remove the password (File → Info → Protect Workbook, or 文件 → 文档加密), save it and "
                    "import it again.",
                ),
                file=path.name,
            )
    except PermissionError:
        raise _permission_denied(path) from None
    except OSError as error:
        raise _unreadable(path, error.strerror or str(error)) from error
    if magic == _OLE_MAGIC or path.suffix.lower() in (".xls", ".et", ".csv"):
        raise _unreadable(path, QT_TRANSLATE_NOOP("errors", "only .xlsx files are read; save it as .xlsx first."))


def _permission_denied(path: Path) -> errors.ValidationError:
    return errors.ValidationError(
        QT_TRANSLATE_NOOP("errors", "{file} cannot be opened: permission denied, or it is open in another program."),
        file=path.name,
    )


def open_workbook(path: Path, *, data_only: bool = True, read_only: bool = True):
    """The workbook at ``path`` (streamed: read-only mode), or a ``ValidationError`` saying why not."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    _check_file(path)
    try:
        return load_workbook(path, data_only=data_only, read_only=read_only)
    except PermissionError:
        raise _permission_denied(path) from None
    except (InvalidFileException, *_DAMAGED) as error:
        raise _damaged(path) from error


def _find_header(grid: list[list[Any]]) -> tuple[int, dict[str, int | None], list[str]] | None:
    """The header row among the first rows: the one naming most roster columns, counting the
    names in the row above where its own cells are empty (a header merged down over two rows)."""

    def mapping_of(index: int) -> dict[str, int | None]:
        mapping: dict[str, int | None] = {}
        for col, value in enumerate(grid[index]):
            key = _header_key(value)
            if key and key not in mapping:
                mapping[key] = col
        if index > 0:
            own = grid[index]
            for col, value in enumerate(grid[index - 1]):
                key = _header_key(value)
                if key and key not in mapping and (col >= len(own) or own[col] is None or own[col] == ""):
                    mapping[key] = col
        return mapping

    best = None
    for index in range(min(len(grid), HEADER_SEARCH_ROWS)):
        mapping = mapping_of(index)
        if len(mapping) and (best is None or len(mapping) > len(best[1])):
            best = (index, mapping)
    if best is None or len(best[1]) < 2:
        return None
    index, mapping = best
    headers = [cell_text(v) for v in grid[index]]
    for key, col in mapping.items():
        while len(headers) <= col:
            headers.append("")
        if not headers[col] and index > 0 and col < len(grid[index - 1]):
            headers[col] = cell_text(grid[index - 1][col])
    return index, {f: mapping.get(f) for f in FIELDS}, headers


class _Rows:
    """The rows of one sheet as (row number, values), straight from its XML, one pass.

    Mirrors what openpyxl's read-only worksheet does, with one parser that also notes formulas
    saved without a value (``unsaved``) and, once the rows are read, the merged ranges
    (``merges``, which the file lists after the rows)."""

    def __init__(self, worksheet):
        self.worksheet = worksheet
        self.unsaved: set[tuple[int, int]] = set()
        self.merges: list[tuple[int, int, int, int]] = []

    def __iter__(self):
        from openpyxl.utils.cell import range_boundaries
        from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

        unsaved = self.unsaved

        class Parser(WorkSheetParser):
            def parse_cell(self, element):
                cell = super().parse_cell(element)
                # Excel marks a formula's text result t="str"; an empty one is still a value.
                if cell["value"] is None and element.get("t") != "str" and element.find(FORMULA_TAG) is not None:
                    unsaved.add((cell["row"], cell["column"] - 1))
                return cell

        book = self.worksheet.parent
        with self.worksheet._get_source() as source:
            parser = Parser(source, self.worksheet._shared_strings, data_only=True, epoch=book.epoch,
                            date_formats=book._date_formats, timedelta_formats=book._timedelta_formats)
            columns: list[Dedupe] = []
            for number, cells in parser.parse():
                values: list[Any] = []
                for cell in cells:
                    column, value = cell["column"], cell["value"]
                    if value is None:
                        continue
                    if column > len(values):
                        values.extend([None] * (column - len(values)))
                    while len(columns) < column:
                        columns.append(Dedupe())
                    values[column - 1] = columns[column - 1](value)
                yield number, values
            if parser.merged_cells is not None:
                for merged in parser.merged_cells.mergeCell:
                    min_col, min_row, max_col, max_row = range_boundaries(merged.ref)
                    self.merges.append((min_row, min_col, max_row, max_col))


def _too_many(path: Path) -> errors.ValidationError:
    return errors.ValidationError(
        QT_TRANSLATE_NOOP(
            "errors",
            "{file} has more than {limit} rows of households; one roster file can hold at most {limit}. "
            "Split it into several files (for example by building) and import them one after another.",
        ),
        file=path.name,
        limit=f"{ROW_LIMIT:,}",
    )


def _read_roster(path: Path, worksheet) -> Sheet | None:
    """The roster in ``worksheet``, or None when its first rows hold no roster header."""
    rows = _Rows(worksheet)
    stream = iter(rows)
    grid: list[list[Any]] = []
    pending = None
    for number, values in stream:
        if number > HEADER_SEARCH_ROWS:
            pending = (number, values)
            break
        while len(grid) < number - 1:
            grid.append([])
        grid.append(values)
    found = _find_header(grid)
    if found is None:
        stream.close()
        return None
    index, mapping, headers = found
    header_row = index + 1
    data: list[tuple[int, list[Any]]] = []

    def keep(number: int, values: list[Any]) -> None:
        if number <= header_row or _blank(values):
            return
        first = next(cell_text(v) for v in values if cell_text(v))
        if _FOOTER.match(first):
            return
        if len(data) >= ROW_LIMIT:
            stream.close()
            raise _too_many(path)
        data.append((number, tuple(values)))

    for number, values in enumerate(grid, start=1):
        keep(number, values)
    if pending is not None:
        keep(*pending)
        for number, values in stream:
            keep(number, values)
    formulas = {cell for cell in rows.unsaved if cell[0] > header_row}
    _fill_merges(data, grid, rows.merges, formulas)
    return Sheet(path, worksheet.title, header_row, headers, data, mapping, formulas)


def _fill_merges(data: list[tuple[int, tuple[Any, ...]]], head: list[list[Any]],
                 merges: list[tuple[int, int, int, int]], formulas: set[tuple[int, int]]) -> None:
    """Give every cell hidden by a merge the value of the merge's first cell, in place."""
    numbers = [number for number, _values in data]

    def row_values(number: int):
        at = bisect_left(numbers, number)
        if at < len(numbers) and numbers[at] == number:
            return data[at][1]
        return head[number - 1] if number <= len(head) else None

    for min_row, min_col, max_row, max_col in merges:
        first = row_values(min_row)
        value = first[min_col - 1] if first is not None and min_col <= len(first) else None
        unsaved = (min_row, min_col - 1) in formulas
        if value is None and not unsaved:
            continue
        for at in range(bisect_left(numbers, min_row), len(numbers)):
            number, values = data[at]
            if number > max_row:
                break
            filled = list(values)
            for col in range(min_col - 1, max_col):
                if (number, col) == (min_row, min_col - 1):
                    continue
                if col >= len(filled):
                    filled.extend([None] * (col + 1 - len(filled)))
                if filled[col] is None:
                    filled[col] = value
                    if unsaved:
                        formulas.add((number, col))
            data[at] = (number, tuple(filled))


def read_sheet(path: str | Path) -> Sheet:
    """Read the roster in ``path``: the first sheet (the active one first) whose header names
    roster columns."""
    path = Path(path)
    workbook = open_workbook(path)
    try:
        sheets = [workbook.active, *[w for w in workbook.worksheets if w is not workbook.active]]
        for worksheet in sheets:
            if worksheet is None or not hasattr(worksheet, "_get_source"):  # a chart sheet
                continue
            sheet = _read_roster(path, worksheet)
            if sheet is not None:
                return sheet
    except errors.SupervisorError:
        raise
    except _DAMAGED as error:  # openpyxl reads lazily: damage may show only now
        raise _damaged(path) from error
    finally:
        workbook.close()
    raise _unreadable(
        path,
        QT_TRANSLATE_NOOP(
            "errors",
            "no sheet has a header row with at least two roster columns (楼栋, 单元, 户号, 姓名, 电话…).",
        ),
    )
