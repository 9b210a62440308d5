"""Emitting signals does not wear away ``True`` (PySide6 6.12.0 on Python 3.11: see
``supervisor.ui.signals``)."""

from __future__ import annotations

import re
import sys

from PySide6.QtCore import QObject, Signal

import supervisor.ui
from supervisor.ui.signals import emit


class _Sender(QObject):
    counted = Signal(int)


def test_a_thousand_emits_leave_true_as_it_was(qapp):
    sender, seen = _Sender(), []
    sender.counted.connect(seen.append)
    before = sys.getrefcount(True)
    for number in range(1000):
        emit(sender.counted, number)
    assert seen == list(range(1000))
    assert abs(sys.getrefcount(True) - before) < 50  # without the fix: 1000 fewer


def test_the_window_emits_only_through_the_helper():
    """A raw ``.emit(`` in the window's code would bring the lost references back."""
    package = supervisor.ui.__path__[0]
    from pathlib import Path

    raw = [
        f"{path.name}:{number}"
        for path in Path(package).rglob("*.py") if path.name != "signals.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"\.emit\(", line)
    ]
    assert raw == []
