"""Drafts: a record being typed (a site check) kept in the database, so that closing the window
or a crash loses nothing."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from supervisor.db.models import Draft
from supervisor.site.checks import CheckData


def _find_draft(session: Session, kind: str, key: str) -> Draft | None:
    return session.scalars(select(Draft).where(Draft.kind == kind, Draft.key == str(key))).first()


def save_draft(session: Session, kind: str, key: str, payload: dict) -> None:
    """Keep unfinished input (``payload`` must be JSON: use ``check_payload`` for a check)."""
    json.dumps(payload)  # fail here, not at flush, on what JSON cannot hold
    draft = _find_draft(session, kind, key)
    if draft is None:
        session.add(Draft(kind=kind, key=str(key), payload=payload))
    else:
        draft.payload = payload
    session.flush()


def load_draft(session: Session, kind: str, key: str) -> dict | None:
    draft = _find_draft(session, kind, key)
    return None if draft is None else dict(draft.payload)


def discard_draft(session: Session, kind: str, key: str) -> None:
    draft = _find_draft(session, kind, key)
    if draft is not None:
        session.delete(draft)
        session.flush()


def check_payload(data: CheckData) -> dict:
    """``data`` as JSON-ready values for a draft (the time as ISO text)."""
    payload = asdict(data)
    payload["checked_at"] = data.checked_at.isoformat() if data.checked_at else None
    payload["category"] = str(data.category)
    payload["result"] = str(data.result)
    return payload


def check_from_payload(payload: dict) -> CheckData:
    """The ``CheckData`` a draft holds; unknown keys (from another version) are ignored."""
    known = set(CheckData.__dataclass_fields__)
    values = {k: v for k, v in payload.items() if k in known}
    if values.get("checked_at"):
        values["checked_at"] = dt.datetime.fromisoformat(values["checked_at"])
    return CheckData(**values)
