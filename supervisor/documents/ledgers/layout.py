"""How a ledger sheet looks on paper: A4 landscape, the print area exactly over the title rows,
the table and the sign-off lines, the header row repeated on every page, the ledger's title in the
page header and "第 N 页 共 M 页" in the footer, thin borders on the table, long text wrapped with
row heights to match (spreadsheet programs do not fit rows to wrapped text on opening), dates
and times in columns wide enough to show them whole, and the 制表人 / 审核人 / 日期 lines.

Widths are in the spreadsheet's character units; a Chinese character of the 10 pt body text
takes about two. A sheet is fitted to the page width when its columns add up to at most
``ONE_PAGE_UNITS`` (then its text prints at 8 pt or more in LibreOffice, whose unit is the widest
of the common programs); a wider one is fitted to two pages wide, its first columns (the record's
number) repeated on the second page, rather than shrunk to micro-text.
"""

from __future__ import annotations

import math

BODY_SIZE = 10
BODY_FONT = "宋体"  # Song, as on government forms (LibreOffice on Linux falls back to a CJK font)
LINE_HEIGHT = 12.5  # points a wrapped line of 10 pt text takes (CJK fonts have tall lines)
ONE_PAGE_UNITS = 140  # columns up to this wide print at >= 8 pt on one A4 landscape page
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
MONEY_FORMAT = "#,##0.00"
PERCENT_FORMAT = "0%"
RATE_FORMAT = "0.0%"
PAGE_NUMBERS = "第 &P 页 共 &N 页"
MIN_WIDTH = {"date": 10.5, "datetime": 15.5}  # a date or time never shows as "###"


def lines_shown(text: str, width: float) -> int:
    """How many lines ``text`` takes in a wrapped cell ``width`` characters wide (a Chinese
    character counts two)."""
    room = max(width - 1, 1)
    total = 0
    for line in text.split("\n"):
        if len(line) * 2 <= room:  # short enough whatever its characters: no need to count
            total += 1
            continue
        wide = sum(2 if ord(c) > 0x2E7F else 1 for c in line)
        total += max(1, math.ceil(wide / room))
    return total


def row_height(lines: int, size: float = BODY_SIZE) -> float | None:
    """The height of a row showing ``lines`` lines (None: the program's own, for one line)."""
    if lines <= 1:
        return None
    return min(409, round(lines * LINE_HEIGHT * size / BODY_SIZE + 4, 1))


def pages_wide(widths) -> int:
    return 1 if sum(widths) <= ONE_PAGE_UNITS else 2


def escape(text: str) -> str:
    """``text`` as header or footer text (an ampersand starts a code there)."""
    return text.replace("&", "&&")


def page_setup(sheet, title: str, last_column: str, last_row: int, *, wide: int = 1,
               title_rows: str | None = None, title_columns: str | None = None) -> None:
    """A4 landscape, fitted to ``wide`` pages wide, the print area A1 to ``last_column`` /
    ``last_row``, the title in the header and the page numbers in the footer."""
    from openpyxl.worksheet.page import PageMargins

    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = "9"  # A4
    sheet.page_setup.fitToWidth = wide
    sheet.page_setup.fitToHeight = 0
    sheet.page_setup.pageOrder = "overThenDown"  # two pages wide: a row's halves on facing pages
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # in write-only mode, set before the first row
    sheet.page_margins = PageMargins(left=0.35, right=0.35, top=0.75, bottom=0.75, header=0.3, footer=0.3)
    sheet.print_options.horizontalCentered = wide == 1
    sheet.print_options.gridLines = False
    sheet.print_area = f"A1:{last_column}{last_row}"
    if title_rows:
        sheet.print_title_rows = title_rows
    if title_columns:
        sheet.print_title_cols = title_columns
    header = sheet.HeaderFooter.oddHeader.center
    header.text, header.size = escape(title), 12
    footer = sheet.HeaderFooter.oddFooter.center
    footer.text, footer.size = PAGE_NUMBERS, 10


def signoff_groups(widths) -> list[tuple[int, int]]:
    """Three runs of columns (first, last, 1-based) about a third of the width each, for the
    制表人, 审核人 and 日期 lines; on a sheet two pages wide, a third of the first page each."""
    if pages_wide(widths) > 1:
        running, first_page = 0.0, []
        for width in widths:
            running += width
            if running > ONE_PAGE_UNITS * 0.9:
                break
            first_page.append(width)
        widths = first_page
    n = len(widths)
    ends = [sum(widths[:i]) for i in range(1, n + 1)]  # where each column ends
    total = ends[-1]
    first = min(range(1, n - 1), key=lambda i: abs(ends[i - 1] - total / 3))
    second = min(range(first + 1, n), key=lambda i: abs(ends[i - 1] - total * 2 / 3))
    return [(1, first), (first + 1, second), (second + 1, n)]


def signoff_texts(prepared_by: str) -> tuple[str, str, str]:
    return (f"制表人：{prepared_by}", "审核人：", "日期：　　　　年　　月　　日")
