"""A step's attachment "Open": documents and images open from a fresh temporary folder under a
safe name; anything else (a program, a script) is offered for saving instead, never run."""

from __future__ import annotations

import sqlite3
import stat
import tempfile

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.ui.conftest import create_project_by_dialog, select_step


def attach(qtbot, panel, monkeypatch, paths) -> None:
    panel.materials.setCurrentItem(panel.materials.topLevelItem(0))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], ""))
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)


def click_open(qtbot, panel, name: str) -> None:
    material = panel.materials.topLevelItem(0)
    item = next(material.child(i) for i in range(material.childCount()) if material.child(i).text(0) == name)
    panel.materials.setCurrentItem(item)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)


def test_open_shows_documents_and_offers_to_save_programs(qtbot, window, db_path, tmp_path, monkeypatch):
    create_project_by_dialog(qtbot, window)
    qtbot.waitUntil(lambda: window.workspace.project_id is not None)
    panel = select_step(qtbot, window, "1")
    files = {"图纸.pdf": b"%PDF-1.4 drawing", "setup.exe": b"MZ program", "run.bat": b"del *.*"}
    paths = []
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        paths.append(tmp_path / name)
    attach(qtbot, panel, monkeypatch, paths)
    # A name from another database: it climbs out of any folder it is written into.
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE attachment SET filename = '../../逃逸.pdf' WHERE filename = '图纸.pdf'")
    temporary = tmp_path / "temp"
    temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temporary))
    opened, asked, offered = [], [], []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))

    def question(parent, title, text, *args):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    saved_to = tmp_path / "saved"
    saved_to.mkdir()

    def save_name(parent, caption, suggested, *args, **kwargs):
        offered.append(suggested)
        return str(saved_to / suggested), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    answers = []

    click_open(qtbot, panel, "图纸.pdf")
    (path,) = opened
    assert path.endswith("/.._.._逃逸.pdf")
    folder = temporary / path.split("/")[-2]
    assert folder.name.startswith("supervisor-") and (folder / ".._.._逃逸.pdf").read_bytes() == files["图纸.pdf"]
    assert not stat.S_IMODE((folder / ".._.._逃逸.pdf").stat().st_mode) & 0o222  # read-only
    assert sorted(p.name for p in tmp_path.rglob("*逃逸*")) == [".._.._逃逸.pdf"]

    answers.append(QMessageBox.StandardButton.Yes)
    click_open(qtbot, panel, "setup.exe")
    assert opened == [path]  # the program was not handed to the system
    assert asked == ["setup.exe is not a document or an image, so Supervisor does not open it: opening it "
                     "could run a program.\n\nSave it to a folder instead?"]
    assert offered == ["setup.exe"] and (saved_to / "setup.exe").read_bytes() == files["setup.exe"]

    answers.append(QMessageBox.StandardButton.No)
    click_open(qtbot, panel, "run.bat")
    assert opened == [path] and len(asked) == 2 and offered == ["setup.exe"]
    assert sorted(p.name for p in saved_to.iterdir()) == ["setup.exe"]
    for item in temporary.rglob("*"):  # let pytest clean up the read-only copy
        item.chmod(0o700)
