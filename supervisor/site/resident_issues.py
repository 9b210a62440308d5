"""Issues raised on resident supervision days (``supervisor.residents.supervision_days``) that
become rectification items, linked both ways."""

from __future__ import annotations

from sqlalchemy.orm import Session

from supervisor.db.models import Rectification
from supervisor.residents.supervision_days import get_issue, link_rectification
from supervisor.site import rectifications
from supervisor.site.rectifications import RectificationData


def issue_rectification_data(session: Session, issue_id: int) -> RectificationData:
    """A rectification notice pre-filled from a supervision-day issue (source: resident)."""
    issue = get_issue(session, issue_id)
    day = issue.day
    return RectificationData(
        project_id=day.project_id,
        compound_id=day.compound_id,
        location_text=day.place,
        source="resident",
        responsible_party=issue.action_by or rectifications.contractor(session, day.project_id),
        problem=issue.content,
    )


def issue_to_rectification(
    session: Session, issue_id: int, data: RectificationData | None = None, **overrides
) -> Rectification:
    """A rectification item for the issue, from ``data`` as the user completed it (else the
    pre-filled data with ``overrides``), linked to the issue."""
    if data is None:
        data = issue_rectification_data(session, issue_id)
        for key, value in overrides.items():
            setattr(data, key, value)
    rect = rectifications.create(session, data)
    link_rectification(session, issue_id, rect.id)
    return rect
