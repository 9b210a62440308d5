"""Marking user-visible strings in the Qt-free core for Qt's translation system.

The core cannot call Qt, so it marks its strings with ``QT_TRANSLATE_NOOP(context, text)``:
``pyside6-lupdate`` extracts them, the core itself uses the English source text, and the UI
translates them with ``QCoreApplication.translate(context, text)`` before formatting.
"""


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate knows
    """Return ``source`` unchanged; the call only marks it for extraction."""
    return source
