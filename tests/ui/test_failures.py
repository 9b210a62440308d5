"""Failures reach the user one way: expected ones as their message, unexpected ones logged with
their traceback behind a calm dialog; background work reports both the same way."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from supervisor import errors, log
from supervisor.i18n import QT_TRANSLATE_NOOP
from supervisor.ui import failures, runner


@pytest.fixture
def shown(monkeypatch):
    """The texts of the message boxes that would have been shown."""
    texts = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: texts.append(box.text()) or 0)
    return texts


@pytest.fixture
def log_file(tmp_path):
    path = log.configure(tmp_path / "logs")
    yield path
    log.configure(tmp_path / "afterwards")


class Page(QWidget):
    def __init__(self):
        super().__init__()
        self.calls = []

    @failures.shows_errors
    def remove(self):
        self.calls.append("remove")
        raise errors.RuleViolation(QT_TRANSLATE_NOOP("errors", "The step no longer exists."))


def test_a_slot_that_fails_shows_the_message_and_takes_no_signal_arguments(qtbot, shown):
    page = Page()
    qtbot.addWidget(page)
    button = QPushButton(page)
    button.clicked.connect(page.remove)  # clicked(bool): the slot takes no argument
    button.click()
    assert page.calls == ["remove"] and shown == ["The step no longer exists."]


def test_attempt_says_whether_it_worked(qtbot, shown):
    assert failures.attempt(None, lambda: None) is True
    assert failures.attempt(None, lambda: (_ for _ in ()).throw(errors.NotFound("Gone."))) is False
    assert shown == ["Gone."]


def test_an_unexpected_error_is_logged_with_its_traceback_and_told_calmly(qtbot, shown, log_file, capsys):
    try:
        {}["missing"]
    except KeyError as error:
        failures._excepthook(type(error), error, error.__traceback__)
    text = log_file.read_text(encoding="utf-8")
    assert "Traceback" in text and "KeyError: 'missing'" in text
    assert len(shown) == 1 and str(log_file) in shown[0] and "Traceback" not in shown[0]


def test_background_work_delivers_on_the_ui_thread(qtbot):
    ui_thread = threading.get_ident()
    seen = {}

    def work(task):
        task.report(1, 2, "half")
        seen["worker"] = threading.get_ident()
        return 42

    progress = []
    runner.run_in_background(work, progress=lambda *a: progress.append(a),
                             done=lambda r: seen.update(result=(r, threading.get_ident())))
    qtbot.waitUntil(lambda: "result" in seen, timeout=10000)
    assert seen["result"] == (42, ui_thread) and seen["worker"] != ui_thread
    assert progress == [(1, 2, "half")]


def test_cancelled_work_stops_and_says_so(qtbot):
    outcome = []
    gate = threading.Event()

    def work(task):
        gate.wait(5)
        if task.cancelled:
            raise errors.Cancelled()
        return "finished anyway"

    task = runner.run_in_background(work, done=outcome.append, cancelled=lambda: outcome.append("stopped"))
    task.cancel()
    gate.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=10000)
    assert outcome == ["stopped"] and not task.is_running()


def test_failed_background_work_is_reported_in_one_place(qtbot, shown, log_file):
    def expected(_task):
        raise errors.ValidationError(QT_TRANSLATE_NOOP("errors", "The file is empty (0 bytes)."))

    def unexpected(_task):
        raise ZeroDivisionError("a bug")

    for work in (expected, unexpected):
        task = runner.run_in_background(work, what="Reading")
        qtbot.waitUntil(lambda t=task: not t.is_running(), timeout=10000)
    assert shown[0] == "The file is empty (0 bytes)."
    assert shown[1].startswith("Reading stopped because of an error inside Supervisor.")
    assert "ZeroDivisionError: a bug" in log_file.read_text(encoding="utf-8")


def test_closing_waits_for_running_work(qtbot):
    started = threading.Event()

    def work(task):
        started.set()
        while not task.cancelled:
            threading.Event().wait(0.01)
        return "stopped cleanly"

    task = runner.run_in_background(work)
    started.wait(5)
    runner.stop_all(timeout=5)
    assert task.wait(0) and task.cancelled
    qtbot.waitUntil(lambda: not task.is_running(), timeout=5000)


def test_help_opens_the_log_folder(qtbot, window, log_file, monkeypatch):
    from PySide6.QtGui import QAction, QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    window.findChild(QAction, "openLogFolder").trigger()
    assert opened == [str(log_file.parent)]
