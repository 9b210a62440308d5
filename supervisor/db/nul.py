"""NUL characters are dropped from text before it is stored, on every database.

PostgreSQL refuses a NUL (``\\x00``) in text and in JSON ("text fields cannot contain NUL
bytes"); SQLite stores it, but printed forms, ledgers and the window cut the text short at it.
A NUL is never something a person meant to type: it arrives from a pasted binary, a broken
spreadsheet cell or a camera's padded EXIF text. So a ``before_flush`` hook drops NULs from the
text attributes (and the text inside JSON values) of every new or changed record, silently, and
the same record is stored on SQLite and on PostgreSQL. Search terms drop them too
(``supervisor.site.search``).
"""

from __future__ import annotations

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

NUL = "\x00"


def without_nul(value):
    """``value`` with NUL characters removed from every string in it (dicts and lists too)."""
    if isinstance(value, str):
        return value.replace(NUL, "") if NUL in value else value
    if isinstance(value, dict):
        return {without_nul(k): without_nul(v) for k, v in value.items()}
    if isinstance(value, list):
        return [without_nul(v) for v in value]
    if isinstance(value, tuple):
        return tuple(without_nul(v) for v in value)
    return value


def _has_nul(value) -> bool:
    if isinstance(value, str):
        return NUL in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return any(_has_nul(v) for v in value)
    return False


@event.listens_for(Session, "before_flush")
def _drop_nul(session: Session, flush_context, instances) -> None:
    for obj in (*session.new, *session.dirty):
        state = inspect(obj)
        for attribute in state.mapper.column_attrs:
            value = state.dict.get(attribute.key)
            if _has_nul(value):
                setattr(obj, attribute.key, without_nul(value))


def clean_rows(rows: list[dict]) -> list[dict]:
    """Rows for a bulk ``insert``/``update`` statement (which skips the flush hook), without NULs."""
    return [without_nul(row) if _has_nul(row) else row for row in rows]
