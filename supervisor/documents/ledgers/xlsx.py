"""Writing a ledger workbook: openpyxl write-only mode, one row at a time, whole or not at all.

The sheet has three title rows (ledger, scope, exported at/by), the Chinese header row (frozen,
repeated on every printed page, with an auto-filter), dates as dates and numbers as numbers,
status colours and overdue days in red (conditional formats, so they follow edits), A4
landscape fitted to the page width; a second sheet counts the rows by status and category.

No text becomes a formula, whatever column or title it fills and whoever wrote it: every text
is a string cell, and one that starts like a formula or a DDE call (``=``, ``+``, ``-``, ``@``,
their full-width forms, a tab, CR or LF: OWASP's list for spreadsheet injection) also carries
Excel's quote-prefix style, so editing the cell in Excel or WPS keeps it text. The reader sees
the text exactly as stored (no visible apostrophe). Characters XML cannot hold are dropped.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Callable, Iterable

HEADER_ROW = 4
DANGEROUS_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
CHECK_EVERY = 500  # rows between progress reports and cancel checks
_ILLEGAL = None  # openpyxl's pattern of characters XML cannot hold, loaded with openpyxl


def safe_text(value) -> str | None:
    """``value`` as text an XML cell can hold (other control characters dropped); an empty
    text is no cell at all."""
    if value is None or value == "":
        return None
    text = str(value)
    if not text.isprintable():  # a line break or tab is fine; other control characters go
        text = _ILLEGAL.sub("", text)
    return text or None


def _load_patterns() -> None:
    global _ILLEGAL
    if _ILLEGAL is None:
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        _ILLEGAL = ILLEGAL_CHARACTERS_RE


class _Cells:
    """Values as the cells of one sheet: numbers as numbers, dates as dates, and every text as
    an inert string cell (see the module's docstring). The one way values reach a sheet here."""

    def __init__(self, sheet):
        from openpyxl.cell import WriteOnlyCell

        self.sheet = sheet
        self.cell = WriteOnlyCell

    def text(self, value):
        text = safe_text(value)
        if text is None or not text.startswith(DANGEROUS_STARTS):
            return text  # openpyxl writes a plain string not starting with "=" as a string
        cell = self.cell(self.sheet)
        cell.value = text
        cell.data_type = "s"  # not the formula openpyxl makes of "=..."
        cell.quotePrefix = True
        return cell

    def value(self, value):
        if value is None or value == "":
            return None
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, Decimal):
            return float(value)
        return value

    def row(self, values) -> list:
        return [v if hasattr(v, "data_type") else self.value(v) for v in values]


def _lines_shown(text: str, width: float) -> int:
    """How many lines ``text`` takes in a wrapped cell ``width`` characters wide (a Chinese
    character counts two)."""
    import math

    total = 0
    for line in text.split("\n"):
        wide = sum(2 if ord(c) > 0x2E7F else 1 for c in line)
        total += max(1, math.ceil(wide / max(width - 1, 1)))
    return total


def _discard(workbook) -> None:
    """Remove the temporary files of a write-only workbook that will not be saved."""
    for sheet in workbook.worksheets:
        writer = getattr(sheet, "_writer", None)
        if writer is None:
            continue
        try:
            sheet.close()  # ends the sheet's XML stream, so nothing complains when it is collected
        except Exception:  # noqa: BLE001 - a sheet already closed or half written
            pass
        try:
            writer.cleanup()
        except (OSError, ValueError):
            pass


def write_ledger(path: Path, spec, scope_text: str, rows: Iterable[tuple], *, total: int | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None, exported_by: str = "",
                 exported_at: dt.datetime | None = None) -> int:
    """Write ``rows`` (tuples in the order of ``spec.columns``) as a ledger at ``path``."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    from supervisor.documents.ledgers import Cancelled

    _load_patterns()
    path = Path(path)
    exported_at = exported_at or dt.datetime.now().replace(microsecond=0)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(spec.title[:31])
    columns = spec.columns
    last = get_column_letter(len(columns))
    for index, column in enumerate(columns, 1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.gridLines = True

    cells = _Cells(sheet)
    title = WriteOnlyCell(sheet, spec.title)
    title.font = Font(size=16, bold=True)
    sheet.append([title])
    sheet.append(cells.row([f"范围：{scope_text}"]))
    by = f"    导出人：{exported_by}" if exported_by else ""
    sheet.append(cells.row([f"导出时间：{exported_at:%Y-%m-%d %H:%M}{by}"]))
    thin = Side(style="thin", color="999999")
    header_cells = []
    for column in columns:
        cell = WriteOnlyCell(sheet, column.header)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDDDDD")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        header_cells.append(cell)
    sheet.append(header_cells)

    percent_columns = [i for i, c in enumerate(columns) if c.kind == "percent"]
    lines_columns = [i for i, c in enumerate(columns) if c.kind == "lines"]
    wrapped = Alignment(wrap_text=True, vertical="top")
    counted = [(c.header, i) for i, c in enumerate(columns) if c.header in spec.count_by]
    counters = {header: Counter() for header, _i in counted}
    written = 0
    try:
        for row in rows:
            values = [cells.value(value) for value in row]
            for i in percent_columns:
                if isinstance(values[i], (int, float)):
                    cell = WriteOnlyCell(sheet, values[i])
                    cell.number_format = "0%"
                    values[i] = cell
            height = 0
            for i in lines_columns:
                if values[i] is not None:
                    cell = values[i] if hasattr(values[i], "data_type") else WriteOnlyCell(sheet, values[i])
                    cell.alignment = wrapped
                    values[i] = cell
                    height = max(height, _lines_shown(str(row[i]), columns[i].width))
            if height > 1:  # spreadsheet programs do not fit a row to wrapped text on opening
                sheet.row_dimensions[HEADER_ROW + written + 1].height = min(409, 15 * height)
            sheet.append(values)
            for header, i in counted:
                counters[header][row[i] if row[i] not in (None, "") else "（空）"] += 1
            written += 1
            if written % CHECK_EVERY == 0:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                if progress is not None:
                    progress(written, total or written)
        last_row = HEADER_ROW + max(written, 0)
        sheet.auto_filter.ref = f"A{HEADER_ROW}:{last}{last_row}"
        if written:
            for index, column in enumerate(columns, 1):
                letter = get_column_letter(index)
                cells = f"{letter}{HEADER_ROW + 1}:{letter}{last_row}"
                for value, colour in spec.colours.get(column.header, {}).items():
                    sheet.conditional_formatting.add(cells, CellIsRule(
                        operator="equal", formula=[f'"{value}"'], fill=PatternFill("solid", fgColor=colour)
                    ))
                if column.header == spec.overdue_column:
                    sheet.conditional_formatting.add(cells, CellIsRule(
                        operator="greaterThan", formula=["0"], fill=PatternFill("solid", fgColor="FDE2E1"),
                        font=Font(color="9C0006", bold=True),
                    ))
        _summary(workbook, spec, scope_text, exported_at, exported_by, written, counters)
        if cancelled is not None and cancelled():
            raise Cancelled()
        _save(workbook, path)
    except OSError as error:  # openpyxl streams the rows through temporary files
        _discard(workbook)
        import tempfile

        from supervisor.files import storage_error

        raise storage_error(error, error.filename or tempfile.gettempdir()) from error
    except BaseException:
        _discard(workbook)
        raise
    if progress is not None:
        progress(written, written)
    return written


def _summary(workbook, spec, scope_text: str, exported_at: dt.datetime, exported_by: str, rows: int,
             counters: dict[str, Counter]) -> None:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    sheet = workbook.create_sheet("汇总")
    cells = _Cells(sheet)
    sheet.column_dimensions["A"].width = 24
    sheet.column_dimensions["B"].width = 40
    title = WriteOnlyCell(sheet, f"{spec.title}汇总")
    title.font = Font(size=14, bold=True)
    sheet.append([title])
    sheet.append(cells.row(["台账", spec.title]))
    sheet.append(cells.row(["范围", scope_text]))
    sheet.append(cells.row(["导出时间", exported_at]))
    if exported_by:
        sheet.append(cells.row(["导出人", exported_by]))
    sheet.append(cells.row(["记录数", rows]))
    for header, counter in counters.items():
        sheet.append([])
        heading = WriteOnlyCell(sheet, f"按{header}统计")
        heading.font = Font(bold=True)
        sheet.append(cells.row([heading, "数量"]))
        for value, count in counter.most_common():
            sheet.append(cells.row([value, count]))


def _save(workbook, path: Path) -> None:
    """Save next to ``path`` and rename, so a failure never leaves half a file.

    What ``Workbook.save`` does, except that a failure (a full disk) closes the half-written
    archive at once: left to the garbage collector, it would try again and print a traceback."""
    import contextlib
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    from supervisor.files import replacing

    with replacing(path) as temporary:
        archive = ZipFile(temporary, "w", ZIP_DEFLATED, allowZip64=True)
        try:
            workbook.properties.modified = dt.datetime.now(tz=dt.timezone.utc).replace(tzinfo=None)
            ExcelWriter(workbook, archive).save()
        except BaseException:
            with contextlib.suppress(OSError, ValueError):
                archive.close()
            raise
