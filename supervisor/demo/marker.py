"""The mark a demo database carries: it holds sample data, not anyone's work.

The window says so in its title bar and never reopens such a file by itself, so that a new user
does not type real work into the sample district.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from supervisor.db.settings import store_setting, stored_setting

SAMPLE_DATA_KEY = "sample_data"


def mark_as_sample(session: Session) -> None:
    store_setting(session, SAMPLE_DATA_KEY, {"sample": True})


def is_sample(session: Session) -> bool:
    """Whether the database was written as the demo."""
    return bool(stored_setting(session, SAMPLE_DATA_KEY).get("sample"))
