"""Edits that began before someone else saved the same record.

A step, a site check and a rectification item carry a ``version`` column, which SQLAlchemy
raises by one on every update (``version_id_col``: an UPDATE whose row changed under it in
another transaction fails instead of overwriting). A form remembers the version it was filled
from and hands it back with the edit; ``ensure_unchanged`` refuses the edit when the stored
record has moved on since, naming who saved it and when, with the stored and the typed value of
each field that differs, so that nothing is silently overwritten.
"""

from __future__ import annotations

import datetime as dt

from supervisor.errors import EditConflict
from supervisor.i18n import QT_TRANSLATE_NOOP

CHANGED = QT_TRANSLATE_NOOP(
    "errors",
    "{what} was changed by {name} at {time} while you were editing it, so your changes were not "
    "saved. Reload it and apply your changes again. What is stored now, and what you typed:",
)


def _shown(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    return text if len(text) <= 80 else text[:79] + "…"


def local_time(at: dt.datetime | None) -> str:
    """A stored UTC time as the local wall-clock time, to the minute."""
    if at is None:
        return "?"
    return at.replace(tzinfo=dt.timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M")


def ensure_unchanged(record, expected_version: int | None, what: str, stored_data, yours,
                     labels: dict[str, str]) -> None:
    """Raise ``EditConflict`` when ``record`` is no longer at ``expected_version`` (None: the
    caller did not read it first, nothing to compare). ``stored_data()`` gives the form data of
    the stored record (read only when there is a conflict), ``yours`` that of the edit;
    ``labels`` maps the fields to show to their labels."""
    if expected_version is None or record.version == expected_version:
        return
    stored = stored_data()
    differences = [
        (label, _shown(getattr(stored, name)), _shown(getattr(yours, name)))
        for name, label in labels.items()
        if getattr(stored, name) != getattr(yours, name)
    ]
    raise EditConflict(
        CHANGED, differences, what=what, name=record.updated_by or "?", time=local_time(record.updated_at)
    )
