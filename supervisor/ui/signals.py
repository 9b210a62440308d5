"""Emitting a Qt signal from Python: every ``emit`` of the window goes through ``emit`` here.

PySide6 6.12.0's ``SignalInstance.emit`` returns ``True`` without taking a reference to it. On
Python 3.11, where ``True`` is an ordinary counted object (3.12 made it immortal), each emit
then takes one reference away from ``True``; after a few thousand, in a long session or a big
import, the interpreter aborts ("Fatal Python error: bool_dealloc: deallocating True or False")
and the window vanishes with whatever was being typed. ``emit`` measures once whether the
running PySide6 has that defect and, if so, gives back the reference each emit takes.
"""

from __future__ import annotations

import sys

_loses_a_reference: bool | None = None


def _emit_loses_a_reference() -> bool:
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        pinged = Signal()

    probe = _Probe()
    tries = 16
    before = sys.getrefcount(True)
    for _ in range(tries):
        probe.pinged.emit()
    return sys.getrefcount(True) <= before - tries // 2


def emit(signal, *args) -> None:
    """``signal.emit(*args)``, without the reference PySide6 6.12.0 loses on Python 3.11."""
    global _loses_a_reference
    if _loses_a_reference is None:
        _loses_a_reference = _emit_loses_a_reference()
    result = signal.emit(*args)
    if _loses_a_reference and result is True:
        import ctypes

        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
