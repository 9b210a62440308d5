"""Print… in the window: the preview shows the form's pages, saves the PDF and prints it."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.ui.conftest import open_window, when_modal


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def text_of(path) -> str:
    return "".join("".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages)


def test_a_site_check_is_previewed_and_saved_as_pdf(qtbot, demo_path, tmp_path, monkeypatch):
    window = open_window(qtbot, demo_path, "DH-2026-01")
    checks = window.workspace.checks
    window.workspace.tabs.setCurrentWidget(checks)
    checks.table.selectRow(0)
    row = checks.model.row(0)
    target = tmp_path / "巡查记录.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    seen = {}

    def look(dialog):
        qtbot.waitUntil(lambda: dialog.document.pageCount() > 0, timeout=20000)
        seen["pages"] = dialog.document.pageCount()
        seen["status"] = dialog.status.text()
        click(qtbot, dialog.save_button)
        dialog.reject()

    when_modal(look, timeout_ms=20000)
    click(qtbot, checks.print_button)
    assert seen["pages"] >= 1 and "page" in seen["status"]
    text = text_of(target)
    assert "巡查记录表" in text and f"XC-{row.checked_at:%Y}-{row.id:05d}" in text
    assert not list(tmp_path.glob(".*"))


def test_a_blank_form_from_the_forms_menu_and_printing_it(qtbot, demo_path, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from supervisor.ui.documents.print_preview import print_document

    window = open_window(qtbot, demo_path, "DH-2026-01")
    printed = tmp_path / "printed.pdf"
    seen = {}

    def look(dialog):
        qtbot.waitUntil(lambda: dialog.document.pageCount() > 0, timeout=20000)
        seen["pages"] = dialog.document.pageCount()
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        seen["printed"] = print_document(dialog.document, printer)
        dialog.reject()

    when_modal(look, timeout_ms=20000)
    window.blank_form_actions["procedure"].trigger()
    assert seen["printed"] and seen["pages"] == 5  # the 45 standard steps, pre-printed
    assert len(PdfReader(str(printed)).pages) == 5


def test_a_blank_form_carries_the_databases_letterhead(qtbot, demo_path):
    from supervisor.documents.letterhead import set_letterhead

    window = open_window(qtbot, demo_path, "DH-2026-01")
    with window.controller.database.write() as session:
        set_letterhead(session, unit="东湖街道办事处", firm="华信工程监理有限公司")
    seen = {}

    def look(dialog):
        qtbot.waitUntil(lambda: bool(dialog.pdf), timeout=20000)
        seen["text"] = PdfReader(io.BytesIO(dialog.pdf)).pages[0].extract_text()
        dialog.reject()

    when_modal(look, timeout_ms=20000)
    window.blank_form_actions["site-check"].trigger()
    assert "东湖街道办事处" in seen["text"] and "监理单位：华信工程监理有限公司" in seen["text"]


def test_the_procedure_sheet_of_the_current_project(qtbot, demo_path):
    window = open_window(qtbot, demo_path, "DH-2026-01")
    assert window.print_procedure_action.isEnabled()
    seen = {}

    def look(dialog):
        qtbot.waitUntil(lambda: dialog.document.pageCount() > 0, timeout=20000)
        seen["pdf"] = dialog.pdf
        dialog.reject()

    when_modal(look, timeout_ms=20000)
    window.print_procedure_action.trigger()
    text = "".join("".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(seen["pdf"])).pages)
    assert "实施程序表" in text and "东湖街道2026年老旧小区改造一片区" in text and "改造意愿征询" in text


def test_a_record_gone_before_printing_says_so(qtbot, demo_path, monkeypatch):
    window = open_window(qtbot, demo_path, "DH-2026-01")
    shown = {}
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.setdefault("text", box.text()))

    from supervisor.ui.documents.print_preview import PrintPreviewDialog

    dialog = PrintPreviewDialog(window.controller.database, "site-check", window.workspace.project_id,
                                record=999_999, parent=window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "text" in shown, timeout=20000)
    assert "site check" in shown["text"] and not dialog.save_button.isEnabled()


def test_a_copy_for_posting_masks_the_phone_numbers_and_back(qtbot, demo_path, tmp_path, monkeypatch):
    import re

    from sqlalchemy import select

    from supervisor.db.models import Compound
    from supervisor.ui.documents.print_preview import PrintPreviewDialog

    window = open_window(qtbot, demo_path, "DH-2026-02")
    project_id = window.workspace.project_id
    compound = window.controller.read(lambda s: s.scalars(
        select(Compound.id).where(Compound.project_id == project_id, Compound.name == "电业局宿舍")).one())
    dialog = PrintPreviewDialog(window.controller.database, "opinions", project_id, record=compound,
                                file_name="居民意见登记表 电业局宿舍", parent=window)
    qtbot.addWidget(dialog)
    dialog.show()

    def drawn_text() -> str:
        qtbot.waitUntil(dialog.done_loading, timeout=20000)
        assert dialog.save_button.isEnabled() and dialog.document.pageCount() >= 1
        return "".join("".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(dialog.pdf)).pages)

    full = drawn_text()
    phones = re.findall(r"1[3-9]\d{9}", full)
    assert len(phones) >= 5 and not dialog.public.isChecked() and dialog.public.isVisible()
    click(qtbot, dialog.public)
    assert dialog.public.isChecked() and not dialog.save_button.isEnabled()  # drawn again
    public = drawn_text()
    assert not re.findall(r"1[3-9]\d{9}", public)
    assert re.findall(r"1[3-9]\d\*{4}\d{4}", public) == [f"{p[:3]}****{p[-4:]}" for p in phones]
    assert "numbers are masked" in dialog.status.text()
    target = tmp_path / "saved.pdf"
    offered = {}

    def save_as(_parent, _title, suggested, _filter):
        offered["name"] = suggested
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    click(qtbot, dialog.save_button)
    assert offered["name"].endswith("居民意见登记表 电业局宿舍（公示）.pdf")
    assert not re.findall(r"1[3-9]\d{9}", text_of(target))
    click(qtbot, dialog.public)
    assert re.findall(r"1[3-9]\d{9}", drawn_text()) == phones
    dialog.reject()
