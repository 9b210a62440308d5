"""Database-wide settings, stored as JSON in the ``setting`` table so that every laptop and
server sharing a database follows the same local rules. What each setting means belongs to its
feature (the consent rule and reply period: ``supervisor.residents.rules``).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from supervisor.db.audit import current_user
from supervisor.db.models import Setting, utcnow


def stored_setting(session: Session, key: str) -> dict:
    """The stored value of ``key`` ({} when never set or not a JSON object)."""
    row = session.get(Setting, key)
    return dict(row.value) if row is not None and isinstance(row.value, dict) else {}


def store_setting(session: Session, key: str, value: dict) -> None:
    """Store ``value`` under ``key``, stamped with who and when."""
    row = session.get(Setting, key)
    if row is None:
        row = Setting(key=key, value=value)
        session.add(row)
    row.value = value
    row.updated_at = utcnow()
    row.updated_by = current_user()
