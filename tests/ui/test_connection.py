"""The window when the database server stops answering: it says so, loses nothing typed, tries
again, and shows the server's record once it answers.

The loss is made at the boundary the window talks to (``Database.read`` and ``write`` raising
``DatabaseUnavailable``, as they do when a server is unreachable); the PostgreSQL tests show
that an unreachable server gives that error."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from supervisor import errors
from supervisor.ui import connection
from tests.ui.conftest import open_window, when_modal
from tests.ui.site.test_site_work import fill_check

GONE = "The database server does not answer."


@pytest.fixture
def server(monkeypatch):
    """``server.down = True`` makes the window's database stop answering."""

    class Server:
        down = False

    state = Server()
    monkeypatch.setattr(connection, "RETRY_SECONDS", 0.05)
    return state


def cut_off(monkeypatch, database, server) -> None:
    for name in ("read", "write"):
        real = getattr(database, name)

        def guarded(*args, _real=real, **kwargs):
            if server.down:
                raise errors.DatabaseUnavailable(GONE)
            return _real(*args, **kwargs)

        monkeypatch.setattr(database, name, guarded)


def test_a_check_typed_while_the_server_is_gone_is_kept_and_saved_once_it_is_back(
    qtbot, demo_path, server, monkeypatch
):
    window = open_window(qtbot, demo_path, "DH-2026-01")
    checks = window.workspace.checks
    window.workspace.tabs.setCurrentWidget(checks)
    qtbot.waitUntil(lambda: checks.model.total > 0)
    before = checks.model.total
    cut_off(monkeypatch, window.controller.database, server)
    seen = {}

    def fill(dialog):
        fill_check(qtbot, dialog, "断线时填写的巡查记录")
        server.down = True
        save = dialog.findChild(QPushButton, "saveCheck")
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        seen["open"] = dialog.isVisible()
        seen["message"] = dialog.message.text()
        seen["typed"] = dialog.description.toPlainText()
        seen["banner"] = window.status_connection.isVisibleTo(window) and window.status_connection.text()
        server.down = False
        qtbot.waitUntil(lambda: not window.status_connection.isVisibleTo(window), timeout=5000)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    when_modal(fill, timeout_ms=20000)
    window.new_check_action.trigger()
    assert seen["open"] and seen["message"] == GONE and seen["typed"] == "断线时填写的巡查记录"
    assert seen["banner"].startswith("The database server does not answer. Nothing unsaved is lost")
    assert "answers again" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: checks.model.total == before + 1)
