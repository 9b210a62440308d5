"""The window on a database it can only read, and on a damaged one: it shows what it can, says
so in the title, and saves nothing into the file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.conftest import copy_database, damage_page, read_only_folder
from tests.ui.conftest import open_window, select_step, when_modal


def test_a_database_on_read_only_media_is_viewed_and_the_title_says_so(qtbot, tmp_path, demo_source, monkeypatch):
    refusals = []  # a refusal to open would be a warning box: noted, so the test fails instead of waiting
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: refusals.append(text))
    media = tmp_path / "media"
    media.mkdir()
    path = copy_database(demo_source, media / "demo.sqlite")
    before = path.read_bytes()
    with read_only_folder(media):
        window = open_window(qtbot, path, project="DH-2026-01")
        assert refusals == []
        assert window.windowTitle().endswith("demo.sqlite — sample data (read-only)")
        assert "read-only" in window.statusBar().currentMessage()
        projects = window.workspace.projects
        codes = {projects.project(row).code for row in range(projects.rowCount())}
        assert codes == {"DH-2025-03", "DH-2026-01", "DH-2026-02"}
        assert window.export_action.isEnabled()
        assert not window.new_project_action.isEnabled() and not window.new_check_action.isEnabled()
        panel = select_step(qtbot, window, "30")
        assert not panel.step.materials[0].provided
        messages = []
        when_modal(lambda box: (messages.append(box.text()), box.close()))
        panel.materials.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)  # a tick, refused
        qtbot.waitUntil(lambda: bool(messages))
        assert "is open read-only" in messages[0] and "Nothing was changed" in messages[0]
        assert not panel.step.materials[0].provided
        window.close()
    assert path.read_bytes() == before


def test_a_damaged_database_is_named_when_it_is_opened(qtbot, tmp_path, demo_source):
    path = copy_database(demo_source, tmp_path / "demo.sqlite")
    damage_page(path)
    messages = []
    when_modal(lambda box: (messages.append(box.text()), box.close()), timeout_ms=20000)
    window = open_window(qtbot, path)
    qtbot.waitUntil(lambda: bool(messages), timeout=20000)
    assert "demo.sqlite is damaged" in messages[0] and "supervisor check" in messages[0]
    assert window.windowTitle().endswith("demo.sqlite — sample data (damaged)")
