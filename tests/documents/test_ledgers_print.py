"""Ledgers as printed: the print settings read back with openpyxl, and every ledger of the demo
opened in LibreOffice (headless, converted to PDF) and read back page by page: a sensible page
count, text of a readable size, no "###" for a date too wide for its column, page numbers."""

from __future__ import annotations

import math
import shutil
import subprocess
from collections import Counter

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from supervisor.db.engine import open_database
from supervisor.documents import ledgers
from supervisor.documents.ledgers import LEDGERS, Scope
from supervisor.documents.ledgers.xlsx import write_ledger
from tests.conftest import ledger_rows

TWO_PAGES_WIDE = {"rectifications", "satisfaction", "funds"}


@pytest.fixture
def demo(demo_path):
    database = open_database(demo_path, create=False)
    yield database
    database.close()


def _scope(database, name: str) -> Scope:
    if name != "audit-log":
        return Scope()
    from supervisor.history import reading

    return Scope(view=reading.Filter(kind="rectification"))  # the demo's whole log runs to 230 pages


@pytest.fixture
def exported(demo, tmp_path):
    """Every ledger of the demo written to tmp_path: name -> (path, rows)."""
    result = {}
    for name in LEDGERS:
        path = tmp_path / f"{name}.xlsx"
        result[name] = (path, ledgers.export(demo, name, _scope(demo, name), path, exported_by="陈静").rows)
    return result


def test_every_sheet_prints_a4_landscape_over_its_data_with_titles_page_numbers_and_sign_off(exported):
    for name, (path, rows) in exported.items():
        spec = LEDGERS[name]
        workbook = load_workbook(path)
        for sheet in workbook.worksheets:
            assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9, name
            assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToHeight == 0
            area = sheet.print_area.split("!")[-1].replace("$", "")
            assert area == f"A1:{get_column_letter(sheet.max_column)}{sheet.max_row}", (name, sheet.title)
            assert sheet.oddHeader.center.text.startswith(spec.title), name
            assert sheet.oddFooter.center.text == "第 &P 页 共 &N 页"
            last = [c.value for c in sheet[sheet.max_row] if c.value]
            assert last == ["制表人：陈静", "审核人：", "日期：　　　　年　　月　　日"], (name, sheet.title)
        sheet = workbook.worksheets[0]
        assert sheet.print_title_rows == "$4:$4"
        wide = 2 if name in TWO_PAGES_WIDE else 1
        assert sheet.page_setup.fitToWidth == wide, name
        if wide == 2:
            assert sheet.print_title_cols and sheet.print_title_cols.startswith("$A:")  # the record's number again
            assert sheet.page_setup.pageOrder == "overThenDown"
        data = ledger_rows(sheet, values_only=False)
        assert len(data) == rows
        for row in data[:20]:
            for cell, column in zip(row, spec.columns):
                assert cell.border.left.style == "thin" and cell.border.bottom.style == "thin", (name, cell.coordinate)
                if column.kind in ("user", "lines"):
                    assert cell.alignment.wrap_text, (name, cell.coordinate)
                if column.kind == "date":
                    assert cell.number_format == "yyyy-mm-dd"
                if column.kind == "datetime":
                    assert cell.number_format == "yyyy-mm-dd hh:mm"
                    assert sheet.column_dimensions[cell.column_letter].width >= 15.5
                if column.kind == "decimal":
                    assert cell.number_format == "#,##0.00"


def test_a_row_of_long_or_several_lines_of_text_is_as_high_as_its_lines(tmp_path):
    spec = LEDGERS["audit-log"]
    out = tmp_path / "log.xlsx"
    write_ledger(out, spec, "测试", [(1, None, "甲", "巡查记录", "XC-1", "修改", "结论：合格\n天气：晴"),
                                    (2, None, "甲", "巡查记录", "XC-2", "修改", "说明：" + "很长的文字" * 40)])
    sheet = load_workbook(out).worksheets[0]
    assert sheet.row_dimensions[5].height >= 2 * 12
    assert sheet.row_dimensions[6].height >= 3 * 12


def _pdf_text_sizes(path) -> Counter:
    """Characters of the PDF by the size their text is printed at (points, one decimal)."""
    from pypdf import PdfReader

    sizes = Counter()
    for page in PdfReader(path).pages[:3]:
        def visit(text, cm, tm, font, size):
            if text.strip():
                scale = abs(tm[3] * cm[3]) or abs(tm[0] * cm[0])
                sizes[round(size * scale, 1)] += len(text.strip())

        page.extract_text(visitor_text=visit)
    return sizes


@pytest.mark.sqlite_only  # once is enough: LibreOffice takes half a minute
@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice (soffice) is not installed: .ci/run installs libreoffice-calc-nogui")
def test_every_ledger_opened_in_libreoffice_prints_readable_pages(exported, tmp_path):
    from pypdf import PdfReader

    profile = tmp_path / "libreoffice-profile"
    out = tmp_path / "pdf"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), *(str(path) for path, _rows in exported.values())],
        check=True, capture_output=True, timeout=300,
    )
    for name, (path, rows) in exported.items():
        pdf = out / f"{name}.pdf"
        pages = len(PdfReader(pdf).pages)
        wide = 2 if name in TWO_PAGES_WIDE else 1
        # 8 to 40 records a page (a page with a record of many lines holds fewer), plus the summary
        assert wide * math.ceil(rows / 40) <= pages <= wide * math.ceil(rows / 4) + 3, (name, rows, pages)
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                              text=True).stdout
        assert "###" not in text, name  # a date or time too wide for its column
        words = "".join(text.split())
        assert f"第1页共{pages}页" in words, name
        assert "制表人：陈静" in words and "审核人：" in words, name
        sizes = _pdf_text_sizes(pdf)
        body = sizes.most_common(1)[0][0]
        assert body >= 8, (name, sizes)  # the records themselves
        assert min(sizes) >= 7.5, (name, sizes)  # nothing smaller, headers and footers included
