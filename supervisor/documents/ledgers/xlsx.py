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
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Callable, Iterable

HEADER_ROW = 4
TOTAL_FILL = "F2F2F2"  # the totals rows under a table
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
    an inert string cell (see the module's docstring). The one way values reach a sheet here.
    In a copy for posting (``public``) every text has its phone and ID numbers masked."""

    def __init__(self, sheet, public: bool = False):
        from openpyxl.cell import Cell, WriteOnlyCell

        self.sheet = sheet
        self.cell = WriteOnlyCell
        self.styled_cell = Cell
        self.known_cell = _known_style_cell()
        self.style_ids: dict[int, tuple[object, int]] = {}  # id(template) -> (template, style id)
        self.public = public

    def text(self, value):
        text = safe_text(value)
        if text is not None and self.public:
            from supervisor.documents.masking import mask

            text = mask(text)
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

    def styled(self, value, style):
        """One cell of ``value`` in the style of ``style`` (a template's ``_style``): borders,
        font, alignment and number format; text stays inert as in ``text``."""
        value = value if hasattr(value, "data_type") else self.value(value)
        if hasattr(value, "data_type"):  # a text kept inert, or a cell styled already
            cell = self.styled_cell(self.sheet, 1, 1, value=value.value, style_array=style)
            cell.data_type = value.data_type
            if value.quotePrefix:
                cell.quotePrefix = True
            return cell
        known = self.style_ids.get(id(style))
        if known is None or known[0] is not style:
            known = self.style_ids[id(style)] = (style, self.sheet.parent._cell_styles.add(style))
        return self.known_cell(self.sheet, value, style, known[1])

    def styled_row(self, values, styles) -> list:
        return [self.styled(v, style) for v, style in zip(values, styles)]


_KnownStyleCell = None


def _known_style_cell():
    """A cell class whose style's number in the workbook is given when the cell is made: the
    writer asks each cell for it, and openpyxl would look it up anew in the workbook's list of
    styles every time (a tenth of an export's time, when every cell has borders)."""
    global _KnownStyleCell
    if _KnownStyleCell is None:
        from openpyxl.cell import Cell

        class KnownStyleCell(Cell):
            __slots__ = ("_known",)

            def __init__(self, sheet, value, style, style_id: int):
                super().__init__(sheet, 1, 1, value=value, style_array=style)  # a copy of ``style``
                self._known = (style, style_id)

            @property
            def style_id(self) -> int:
                style, known = self._known
                if self._style == style:
                    return known
                return super().style_id  # restyled after it was made (a number format set)

        _KnownStyleCell = KnownStyleCell
    return _KnownStyleCell


class _Styles:
    """The look of a sheet's cells, made once as templates (a style per cell would cost more
    than the rest of the export)."""

    def __init__(self, sheet):
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

        from supervisor.documents.ledgers import layout

        self._cell = WriteOnlyCell
        self.sheet = sheet
        thin = Side(style="thin", color="000000")
        self.border = Border(top=thin, bottom=thin, left=thin, right=thin)
        self.body = Font(name=layout.BODY_FONT, size=layout.BODY_SIZE)
        self.bold = Font(name=layout.BODY_FONT, size=layout.BODY_SIZE, bold=True)
        self.Alignment, self.Font, self.PatternFill = Alignment, Font, PatternFill

    def make(self, *, font=None, border=True, horizontal=None, wrap=True, number_format=None, fill=None):
        cell = self._cell(self.sheet)
        cell.font = font or self.body
        if border:
            cell.border = self.border
        cell.alignment = self.Alignment(horizontal=horizontal, vertical="center", wrap_text=wrap)
        if number_format:
            cell.number_format = number_format
        if fill:
            cell.fill = self.PatternFill("solid", fgColor=fill)
        return cell._style

    def header(self):
        return self.make(font=self.bold, horizontal="center", fill="DDDDDD")

    def column(self, kind: str, *, total: bool = False):
        """A cell of a column of ``kind``; of a totals row (bold on grey) when ``total``."""
        from supervisor.documents.ledgers import layout

        look = {"font": self.bold, "fill": TOTAL_FILL} if total else {}
        if kind == "date":
            return self.make(horizontal="center", wrap=False, number_format=layout.DATE_FORMAT, **look)
        if kind == "datetime":
            return self.make(horizontal="center", wrap=False, number_format=layout.DATETIME_FORMAT, **look)
        if kind == "decimal":
            return self.make(wrap=False, number_format=layout.MONEY_FORMAT, **look)
        if kind == "percent":
            return self.make(wrap=False, number_format=layout.PERCENT_FORMAT, **look)
        if kind == "rate":
            return self.make(wrap=False, number_format=layout.RATE_FORMAT, **look)
        if kind == "int":
            return self.make(wrap=False, **look)
        return self.make(**look)

    def plain(self, *, size=None, bold=False, horizontal=None, wrap=False):
        from supervisor.documents.ledgers import layout

        font = self.Font(name=layout.BODY_FONT, size=size or layout.BODY_SIZE, bold=bold)
        return self.make(font=font, border=False, horizontal=horizontal, wrap=wrap)


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


@dataclass(frozen=True)
class SummaryTable:
    """A table on the summary sheet beside the counts: a heading, column headers, rows, the
    kind of each column (as ``Column.kind``, plus "rate" for a rate to one decimal) and a note."""

    heading: str
    headers: tuple[str, ...]
    rows: list[tuple]
    kinds: tuple[str, ...] = ()
    note: str = ""
    widths: tuple[float, ...] = ()  # the summary sheet's columns for this table (amounts of money)
    totals: int = 0  # the last rows are totals (bold on grey)


SUMMARY_WIDTHS = (14, 12, 19, 7, 7, 7, 7, 7, 7, 8, 22, 8)


class _Sheet:
    """One printed sheet being written: its columns, cell styles and the rows written so far."""

    def __init__(self, workbook, name: str, widths, public: bool):
        from openpyxl.utils import get_column_letter

        self.sheet = workbook.create_sheet(name[:31])
        self.widths = list(widths)
        self.last = get_column_letter(len(self.widths))
        self.letter = get_column_letter
        for index, width in enumerate(self.widths, 1):
            self.sheet.column_dimensions[get_column_letter(index)].width = width
        # Written with the first row, so set now (the rest of the page set-up is written last).
        self.sheet.sheet_properties.pageSetUpPr.fitToPage = True
        self.sheet._values_to_row = self._values_to_row  # every cell here is made already
        self.cells = _Cells(self.sheet, public)
        self.styles = _Styles(self.sheet)
        self.row = 0  # rows written

    def _values_to_row(self, values, row_idx):
        """openpyxl's own, without trying each cell as a value first and making a spare cell
        after each styled one (that doubled the time of a ledger whose every cell has borders)."""
        from openpyxl.cell import Cell, WriteOnlyCell

        for col_idx, value in enumerate(values, 1):
            if value is None:
                continue
            cell = value if isinstance(value, Cell) else WriteOnlyCell(self.sheet, value)
            cell.column = col_idx
            cell.row = row_idx
            yield cell

    def append(self, values, height: float | None = None) -> int:
        self.row += 1
        if height:
            self.sheet.row_dimensions[self.row].height = height
        self.sheet.append(values)
        return self.row

    def merge(self, first: int, last: int) -> None:
        if last > first:
            self.sheet.merged_cells.add(f"{self.letter(first)}{self.row + 1}:{self.letter(last)}{self.row + 1}")

    def line(self, text: str, *, size: float = 10, bold: bool = False, centre: bool = False,
             height: float | None = None, first: int = 1, merge: bool = True) -> int:
        """One line of text across the sheet (merged, so it wraps within the table's width)."""
        from supervisor.documents.ledgers import layout

        style = self.styles.plain(size=size, bold=bold, horizontal="center" if centre else "left", wrap=merge)
        if merge:
            self.merge(first, len(self.widths))
            room = sum(self.widths[first - 1:])
            height = height or layout.row_height(layout.lines_shown(text, room), size)
        values = [None] * (first - 1) + [self.cells.styled(text, style)]
        return self.append(values, height)

    def table_row(self, values, styles, kinds=None) -> int:
        from supervisor.documents.ledgers import layout

        lines = 1
        for value, width, kind in zip(values, self.widths, kinds or [None] * len(values)):
            if isinstance(value, str) and kind not in ("date", "datetime", "int", "decimal", "percent", "rate"):
                lines = max(lines, layout.lines_shown(value, width))
        return self.append(self.cells.styled_row(values, styles), layout.row_height(lines))

    def signoff(self, prepared_by: str) -> int:
        """A blank row, then the 制表人 / 审核人 / 日期 lines; the last row printed."""
        from supervisor.documents.ledgers import layout

        self.append([])
        style = self.styles.plain(size=10.5)
        values = [None] * len(self.widths)
        for (first, last), text in zip(layout.signoff_groups(self.widths), layout.signoff_texts(prepared_by)):
            self.merge(first, last)
            values[first - 1] = self.cells.styled(text, style)
        return self.append(values, 28)


def write_ledger(path: Path, spec, scope_text: str, rows: Iterable[tuple], *, total: int | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None, exported_by: str = "",
                 exported_at: dt.datetime | None = None, public: bool = False,
                 tables: Iterable[SummaryTable] = (), footer: Iterable[tuple] = ()) -> int:
    """Write ``rows`` (tuples in the order of ``spec.columns``) as a ledger at ``path``; a copy
    for posting (``public``) has its phone and ID numbers masked. ``footer`` rows (totals, in
    the same order, their label first) follow the records, bold on grey, outside the filter;
    each label spans the text columns before the first amount."""
    from openpyxl import Workbook
    from openpyxl.formatting.rule import CellIsRule
    from openpyxl.styles import Font, PatternFill

    from supervisor.documents.ledgers import Cancelled, layout

    _load_patterns()
    path = Path(path)
    exported_at = exported_at or dt.datetime.now().replace(microsecond=0)
    workbook = Workbook(write_only=True)
    columns = spec.columns
    widths = [max(c.width, layout.MIN_WIDTH.get(c.kind, 0)) for c in columns]
    page = _Sheet(workbook, spec.title, widths, public)
    sheet, last = page.sheet, page.last
    wide = layout.pages_wide(widths)
    sheet.freeze_panes = f"A{HEADER_ROW + 1}"
    title = spec.title + ("（公示版）" if public else "")
    page.line(title, size=16, bold=True, centre=wide == 1, height=30, merge=wide == 1)
    posting = "；公示版，电话及身份证号已隐去部分数字" if public else ""
    page.line(f"范围：{scope_text}{posting}", merge=wide == 1)
    by = f"    导出人：{exported_by}" if exported_by else ""
    page.line(f"导出时间：{exported_at:%Y-%m-%d %H:%M}{by}", merge=wide == 1)
    header = page.styles.header()
    page.table_row([c.header for c in columns], [header] * len(columns))

    styles = [page.styles.column(c.kind) for c in columns]
    wrapped = [i for i, c in enumerate(columns) if c.kind in ("user", "text", "lines")]
    counted = [(c.header, i) for i, c in enumerate(columns) if c.header in spec.count_by]
    counters = {header: Counter() for header, _i in counted}
    cells = page.cells
    written = 0
    try:
        for row in rows:
            lines = 1
            for i in wrapped:
                value = row[i]
                if isinstance(value, str) and (len(value) * 2 > widths[i] - 1 or "\n" in value):
                    lines = max(lines, layout.lines_shown(value, widths[i]))
            page.append(cells.styled_row(row, styles), layout.row_height(lines))
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
                letter = page.letter(index)
                ref = f"{letter}{HEADER_ROW + 1}:{letter}{last_row}"
                for value, colour in spec.colours.get(column.header, {}).items():
                    sheet.conditional_formatting.add(ref, CellIsRule(
                        operator="equal", formula=[f'"{value}"'], fill=PatternFill("solid", fgColor=colour)
                    ))
                if column.header == spec.overdue_column:
                    sheet.conditional_formatting.add(ref, CellIsRule(
                        operator="greaterThan", formula=["0"], fill=PatternFill("solid", fgColor="FDE2E1"),
                        font=Font(color="9C0006", bold=True),
                    ))
        _footer(page, columns, footer)
        end = page.signoff(exported_by)
        repeat = f"A:{page.letter(spec.repeat_columns)}" if wide > 1 and spec.repeat_columns else None
        layout.page_setup(sheet, title, last, end, wide=wide, title_rows=f"{HEADER_ROW}:{HEADER_ROW}",
                          title_columns=repeat)
        _summary(workbook, spec, title, scope_text + posting, exported_at, exported_by, written, counters,
                 list(tables), public)
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


def _footer(page: "_Sheet", columns, footer: Iterable[tuple]) -> None:
    """The totals rows under the records: the label over the columns before the first amount."""
    from supervisor.documents.ledgers import layout

    kinds = [c.kind for c in columns]
    styles = [page.styles.column(kind, total=True) for kind in kinds]
    span = next((i for i, kind in enumerate(kinds) if kind == "decimal"), len(kinds))
    for values in footer:
        values = list(values) + [None] * (len(columns) - len(values))
        last = max(1, min(span, next((i for i in range(1, len(values)) if values[i] is not None), span)))
        page.merge(1, last)
        lines = layout.lines_shown(str(values[0] or ""), sum(page.widths[:last]))
        page.append(page.cells.styled_row(values, styles), layout.row_height(lines))


def _summary(workbook, spec, title: str, scope_text: str, exported_at: dt.datetime, exported_by: str,
             rows: int, counters: dict[str, Counter], tables: list[SummaryTable], public: bool) -> None:
    from supervisor.documents.ledgers import layout

    widths = list(SUMMARY_WIDTHS)
    sized = [t.widths for t in tables if t.widths]
    if sized:  # tables of money: their own columns, the first two wide enough for the facts
        widths = [max([w[i] for w in sized if i < len(w)] + ([SUMMARY_WIDTHS[i]] if i < 2 else []))
                  for i in range(max(len(w) for w in sized))]
    page = _Sheet(workbook, "汇总", widths, public)
    styles = page.styles
    page.line(f"{title}汇总", size=14, bold=True, centre=True, height=26)
    key = styles.plain(bold=True)
    value = styles.plain(horizontal="left", wrap=True)
    count = styles.plain(horizontal="left")
    facts = [("台账", spec.title), ("范围", scope_text), ("导出时间", exported_at)]
    if exported_by:
        facts.append(("导出人", exported_by))
    facts.append(("记录数", rows))
    for name, fact in facts:
        page.merge(2, len(widths))
        cell = page.cells.styled(fact, count if isinstance(fact, (int, dt.datetime)) else value)
        if isinstance(fact, dt.datetime):
            cell.number_format = layout.DATETIME_FORMAT
        lines = layout.lines_shown(fact, sum(widths[1:])) if isinstance(fact, str) else 1
        page.append([page.cells.styled(name, key), cell], layout.row_height(lines))
    header, text, number = styles.header(), styles.column("text"), styles.column("int")
    for table in tables:
        page.append([])
        page.line(table.heading, bold=True)
        kinds = table.kinds or ("text",) * len(table.headers)
        page.table_row(table.headers, [header] * len(table.headers))
        table_styles = [styles.column(kind) for kind in kinds]
        total_styles = [styles.column(kind, total=True) for kind in kinds]
        for position, row in enumerate(table.rows, 1):
            totals = position > len(table.rows) - table.totals
            page.table_row(row, total_styles if totals else table_styles, kinds)
        if table.note:
            page.line(table.note, size=9)
    for name, counter in counters.items():
        page.append([])
        page.table_row([f"按{name}统计", "数量"], [header, header])
        for item, n in counter.most_common():
            page.table_row([item, n], [text, number])
    end = page.signoff(exported_by)
    layout.page_setup(page.sheet, f"{title}汇总", page.last, end)

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
