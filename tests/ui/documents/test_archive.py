"""Project → Print archive file…: the whole file written in the background, or nothing when the
user cancels."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QPushButton

from tests.ui.conftest import open_window


def project_menu(window):
    return next(a.menu() for a in window.menuBar().actions() if a.menu() and "Project" in a.text())


def test_the_project_menu_prints_the_archive_file(qtbot, demo_path, tmp_path, monkeypatch):
    window = open_window(qtbot, demo_path, "DH-2025-03")
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "卷内文件"  # without .pdf, as a user may type it
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, suggested, *a, **k: asked.append(suggested) or (str(target), ""))
    said = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append((box.objectName(), box.text())) or 0)
    action = window.archive_file_action
    assert action in project_menu(window).actions() and action.isEnabled()
    action.trigger()
    written = folder / "卷内文件.pdf"
    qtbot.waitUntil(lambda: bool(said), timeout=60000)
    assert asked and "DH-2025-03" in asked[0] and asked[0].endswith(".pdf")
    reader = PdfReader(str(written))
    name, text = said[-1]
    assert name == "archiveDone"
    assert text.startswith(f"The archive file of DH-2025-03 was written to {written}: 5 documents, "
                           f"{len(reader.pages)} pages.")
    first = "".join(reader.pages[0].extract_text().split())
    assert "卷内目录" in first and "竣工逐项验收记录" in first
    assert [p.name for p in folder.iterdir()] == ["卷内文件.pdf"]  # no temporary file left
    assert not [d for d in window.findChildren(QProgressDialog, "archiveProgress") if d.isVisible()]


def test_cancel_leaves_no_file(qtbot, demo_path, tmp_path, monkeypatch):
    window = open_window(qtbot, demo_path, "DH-2026-01")
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "卷内文件.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    said = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or 0)
    from supervisor.ui.runner import running

    window.archive_file_action.trigger()
    task = next(t for t in running() if t.what == "Printing the archive file")
    progress = window.findChild(QProgressDialog, "archiveProgress")
    qtbot.waitUntil(lambda: progress.isVisible() and progress.labelText().startswith("Drawing"), timeout=20000)
    cancel = next(b for b in progress.findChildren(QPushButton) if b.text() == "Cancel")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not task.is_running(), timeout=30000)
    assert not said and not target.exists() and list(folder.iterdir()) == []
