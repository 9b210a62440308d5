"""Rectification items (整改): the loop from a problem to its re-check.

A problem gets a notice with a number (``ZG-2026-001``) and a deadline in working days; the
responsible party replies with the measures taken and "after" photos; the supervisor re-checks,
with a resident supervisor confirming, and closes the item (销项) or sends it back. A closed
item is no longer editable; it can be reopened with a reason. Every transition is stamped with
who and when in a ``RectificationEvent``, and in the audit trail.

Status flow::

    OPEN --reply--> REPLIED --recheck(passed)--> CLOSED --reopen--> OPEN
                       \\--recheck(not passed, "退回")--> OPEN

Times written here (issued, replied, re-checked, closed) are local wall-clock times, like the
capture times of photos they are compared with.

An item's detail and the register of items (lists, filters, counts) are in
``supervisor.site.rectification_register``; the warnings about its photos as evidence in
``supervisor.site.evidence``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from supervisor import errors
from supervisor.codes import CheckCategory, PartyRole, PhotoRole, RectificationStatus, Severity
from supervisor.db import conflicts, numbers
from supervisor.db.audit import current_user, log_change
from supervisor.db.calendar import load_calendar
from supervisor.db.models import (
    Compound,
    Person,
    PhotoLink,
    Project,
    ProjectParty,
    ProjectStep,
    Rectification,
    RectificationEvent,
    SiteCheck,
)
from supervisor.i18n import QT_TRANSLATE_NOOP
from supervisor.site.checks import get_check, now_minute
from supervisor.workdays import WorkCalendar

NUMBER_PREFIX = "ZG"
SOURCES = ("supervisor", "resident", "complaint", "acceptance")
MAX_DEADLINE_DAYS = 365
PROBLEM_PREVIEW = 200
FUTURE_TOLERANCE = dt.timedelta(days=1)

OPEN = RectificationStatus.OPEN
REPLIED = RectificationStatus.REPLIED
CLOSED = RectificationStatus.CLOSED


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def _invalid(template: str, field_name: str, **params) -> errors.ValidationError:
    return errors.ValidationError(template, field=field_name, **params)


# --- numbers -------------------------------------------------------------------------------


def next_number(session: Session, project_id: int, year: int) -> str:
    """The next notice number of a project for a year: ``ZG-2026-001``, ``ZG-2026-1000``...

    Taken from the project's counter for the year (``supervisor.db.numbers``): two people
    raising items at once get different numbers, and a number is never given again, not even
    after the item holding it was deleted.
    """
    prefix = f"{NUMBER_PREFIX}-{year}-"

    def highest_in_use() -> int:
        stored = session.scalars(
            select(Rectification.number).where(
                Rectification.project_id == project_id,
                Rectification.number.startswith(prefix, autoescape=True),
            )
        )
        serials = (n[len(prefix):] for n in stored)
        return max((int(s) for s in serials if s.isascii() and s.isdigit()), default=0)

    serial = numbers.take_next(session, f"rectification {project_id} {year}", highest_in_use)
    return f"{prefix}{serial:03d}"


# --- the data a form hands in --------------------------------------------------------------


@dataclass
class RectificationData:
    """A rectification notice as typed."""

    project_id: int
    check_id: int | None = None
    compound_id: int | None = None
    location_text: str = ""
    category: str = ""
    source: str = "supervisor"  # supervisor | resident | complaint | acceptance
    responsible_party: str = ""
    severity: str = Severity.NORMAL
    problem: str = ""
    requirement: str = ""
    basis: str = ""
    deadline_days: int = 5
    issued_at: dt.datetime | None = None  # None: now (on update: unchanged)
    step_id: int | None = None
    version: int | None = None  # of the stored item the form was filled from (None: new)


# What an edit conflict shows of an item (``supervisor.db.conflicts``).
CONFLICT_LABELS = {
    "problem": QT_TRANSLATE_NOOP("errors", "Problem"),
    "requirement": QT_TRANSLATE_NOOP("errors", "Requirement"),
    "basis": QT_TRANSLATE_NOOP("errors", "Basis"),
    "responsible_party": QT_TRANSLATE_NOOP("errors", "Responsible party"),
    "severity": QT_TRANSLATE_NOOP("errors", "Severity"),
    "location_text": QT_TRANSLATE_NOOP("errors", "Location"),
    "deadline_days": QT_TRANSLATE_NOOP("errors", "Days to rectify"),
}


def validate_rectification(session: Session, data: RectificationData) -> None:
    """Raise ``ValidationError`` (with ``field``) for the first thing wrong with ``data``."""
    if session.get(Project, data.project_id) is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The project no longer exists."))
    if not (data.problem or "").strip():
        raise _invalid(QT_TRANSLATE_NOOP("errors", "Describe the problem to rectify."), "problem")
    if data.severity not in {s.value for s in Severity}:
        raise _invalid(QT_TRANSLATE_NOOP("errors", "Unknown severity."), "severity")
    if data.source not in SOURCES:
        raise _invalid(QT_TRANSLATE_NOOP("errors", "Unknown source of the problem."), "source")
    if data.category and data.category not in {c.value for c in CheckCategory}:
        raise _invalid(QT_TRANSLATE_NOOP("errors", "Unknown check category."), "category")
    if len((data.responsible_party or "").strip()) > 200:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "The responsible party is longer than 200 characters."),
            "responsible_party",
        )
    if len((data.location_text or "").strip()) > 300:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "The location is longer than 300 characters."),
            "location_text",
        )
    if (
        isinstance(data.deadline_days, bool)
        or not isinstance(data.deadline_days, int)
        or not 0 <= data.deadline_days <= MAX_DEADLINE_DAYS
    ):
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "The deadline must be 0 to {max} working days."),
            "deadline_days",
            max=MAX_DEADLINE_DAYS,
        )
    if data.issued_at is not None and data.issued_at > dt.datetime.now() + FUTURE_TOLERANCE:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "The issue time {time} is in the future."),
            "issued_at",
            time=data.issued_at.strftime("%Y-%m-%d %H:%M"),
        )
    for model, value, field_name, template in (
        (
            Compound,
            data.compound_id,
            "compound_id",
            QT_TRANSLATE_NOOP("errors", "The compound is not part of this project."),
        ),
        (
            SiteCheck,
            data.check_id,
            "check_id",
            QT_TRANSLATE_NOOP("errors", "The site check is not part of this project."),
        ),
        (
            ProjectStep,
            data.step_id,
            "step_id",
            QT_TRANSLATE_NOOP("errors", "The step is not part of this project."),
        ),
    ):
        if value is not None:
            owner = session.scalar(select(model.project_id).where(model.id == value))
            if owner != data.project_id:
                raise _invalid(template, field_name)


# --- create and edit -----------------------------------------------------------------------


def get_rectification(session: Session, rect_id: int) -> Rectification:
    rect = session.get(Rectification, rect_id)
    if rect is None:
        raise errors.NotFound(
            QT_TRANSLATE_NOOP("errors", "The rectification item no longer exists.")
        )
    return rect


def _set_deadline(rect: Rectification, calendar: WorkCalendar) -> None:
    due = calendar.add(rect.issued_at.date(), rect.deadline_days, "wd")
    rect.deadline = due.date
    rect.deadline_estimated = due.estimated


def _apply(session: Session, rect: Rectification, data: RectificationData) -> None:
    rect.check_id = data.check_id
    rect.compound_id = data.compound_id
    location = (data.location_text or "").strip()
    if not location and data.compound_id is not None:
        location = session.scalar(select(Compound.name).where(Compound.id == data.compound_id))
    rect.location_text = location or ""
    rect.category = str(data.category or "")
    rect.source = data.source
    rect.responsible_party = (data.responsible_party or "").strip()
    rect.severity = str(data.severity)
    rect.problem = data.problem.strip()
    rect.requirement = (data.requirement or "").strip()
    rect.basis = (data.basis or "").strip()
    rect.deadline_days = data.deadline_days
    rect.step_id = data.step_id


def _event(
    session: Session,
    rect: Rectification,
    action: str,
    from_status: str,
    to_status: str,
    note: str,
    at: dt.datetime,
) -> None:
    session.add(
        RectificationEvent(
            rectification_id=rect.id,
            at=at,
            by=current_user(),
            action=action,
            from_status=str(from_status),
            to_status=str(to_status),
            note=note,
        )
    )
    log_change(
        session,
        rect,
        f"rectification.{action}",
        number=rect.number,
        old=str(from_status),
        new=str(to_status),
        note=note,
    )


def create(
    session: Session, data: RectificationData, calendar: WorkCalendar | None = None
) -> Rectification:
    """A new open item: numbered, its deadline ``deadline_days`` working days after issue."""
    validate_rectification(session, data)
    calendar = calendar or load_calendar(session)
    issued_at = (data.issued_at or now_minute()).replace(microsecond=0)
    rect = Rectification(
        project_id=data.project_id,
        number=next_number(session, data.project_id, issued_at.year),
        issued_at=issued_at,
        issued_by=current_user(),
        status=OPEN,
    )
    _apply(session, rect, data)
    _set_deadline(rect, calendar)
    session.add(rect)
    session.flush()
    _event(session, rect, "issue", "", OPEN, "", issued_at)
    session.flush()
    return rect


def contractor(session: Session, project_id: int) -> str:
    """The project's contractor (施工单位), the party a notice usually goes to; "" if not named."""
    return session.scalar(
        select(ProjectParty.organisation).where(
            ProjectParty.project_id == project_id, ProjectParty.role == PartyRole.CONTRACTOR
        )
    ) or ""


def is_resident_supervisor(role: str) -> bool:
    """Whether a person's role (free text) names a resident quality supervisor (群众质量监督员)."""
    role = (role or "").lower()
    return ("监督" in role and any(word in role for word in ("群众", "居民", "业主"))) or "resident" in role


def found_by(session: Session, check: SiteCheck) -> str:
    """Who found a check's problem: "resident" when its inspector is a resident quality
    supervisor in the list of people (by the person chosen, else by name), else "supervisor"."""
    if check.inspector_id is not None:
        roles = session.scalars(select(Person.role).where(Person.id == check.inspector_id)).all()
    else:
        roles = session.scalars(select(Person.role).where(Person.name == (check.inspector or "").strip())).all()
    return "resident" if any(is_resident_supervisor(role) for role in roles) else "supervisor"


def new_notice(session: Session, project_id: int) -> RectificationData:
    """A blank notice of the project, to its contractor."""
    return RectificationData(project_id=project_id, responsible_party=contractor(session, project_id))


def data_from_check(session: Session, check_id: int) -> RectificationData:
    """A notice pre-filled from a site check: project, place, category, step and problem, found
    by the check's inspector (``found_by``), to the project's contractor."""
    check = get_check(session, check_id)
    return RectificationData(
        project_id=check.project_id,
        check_id=check.id,
        compound_id=check.compound_id,
        location_text=check.location_text,
        category=check.category,
        source=found_by(session, check),
        responsible_party=contractor(session, check.project_id),
        problem=check.description,
        step_id=check.step_id,
    )


def create_from_check(session: Session, check_id: int, **overrides) -> Rectification:
    """An item raised from a site check, its photos linked as the item's "before" photos.

    ``overrides`` replace any ``RectificationData`` field pre-filled from the check
    (``data_from_check``); ``calendar=`` is passed on to ``create``.
    """
    calendar = overrides.pop("calendar", None)
    data = dataclasses.replace(data_from_check(session, check_id), **overrides)
    rect = create(session, data, calendar)
    links = session.scalars(
        select(PhotoLink)
        .where(PhotoLink.check_id == check_id)
        .order_by(PhotoLink.position, PhotoLink.id)
    ).all()
    for position, link in enumerate(links):
        session.add(
            PhotoLink(
                photo_id=link.photo_id,
                project_id=rect.project_id,
                rectification_id=rect.id,
                role=PhotoRole.BEFORE,
                caption=link.caption,
                position=position,
            )
        )
    session.flush()
    return rect


def update(
    session: Session,
    rect_id: int,
    data: RectificationData,
    calendar: WorkCalendar | None = None,
) -> Rectification:
    """Change an item that is not closed; its deadline follows a new issue date or period."""
    rect = get_rectification(session, rect_id)
    if rect.status == CLOSED:
        raise errors.RuleViolation(
            QT_TRANSLATE_NOOP(
                "errors", "A closed item cannot be edited; reopen it with a reason first."
            )
        )
    if data.project_id != rect.project_id:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "A rectification item cannot be moved to another project."),
            "project_id",
        )
    from supervisor.site.rectification_register import rectification_detail

    conflicts.ensure_unchanged(
        rect, data.version, rect.number, lambda: rectification_detail(session, rect_id).to_data(),
        data, CONFLICT_LABELS,
    )
    validate_rectification(session, data)
    old_days, old_issued = rect.deadline_days, rect.issued_at
    _apply(session, rect, data)
    if data.issued_at is not None:
        rect.issued_at = data.issued_at.replace(microsecond=0)
    if rect.deadline_days != old_days or rect.issued_at.date() != old_issued.date():
        _set_deadline(rect, calendar or load_calendar(session))
    session.flush()
    log_change(session, rect, "rectification.update", number=rect.number)
    return rect


# --- transitions ---------------------------------------------------------------------------


_REFUSALS = {
    ("reply", REPLIED): QT_TRANSLATE_NOOP(
        "errors", "{number} has already been replied to; it must be re-checked first."
    ),
    ("reply", CLOSED): QT_TRANSLATE_NOOP(
        "errors", "{number} is closed; reopen it with a reason before replying."
    ),
    ("recheck", OPEN): QT_TRANSLATE_NOOP(
        "errors", "{number} has no reply yet; there is nothing to re-check."
    ),
    ("recheck", CLOSED): QT_TRANSLATE_NOOP(
        "errors", "{number} is already closed; reopen it with a reason to re-check it again."
    ),
    ("reopen", OPEN): QT_TRANSLATE_NOOP(
        "errors", "{number} is not closed; only a closed item can be reopened."
    ),
    ("reopen", REPLIED): QT_TRANSLATE_NOOP(
        "errors", "{number} is not closed; only a closed item can be reopened."
    ),
}


def _require_status(rect: Rectification, allowed: RectificationStatus, action: str) -> None:
    """Refuse ``action`` with a ``RuleViolation`` unless the item is in status ``allowed``."""
    if rect.status == allowed:
        return
    template = _REFUSALS.get(
        (action, rect.status),
        QT_TRANSLATE_NOOP("errors", "{number} cannot change from its status {status} this way."),
    )
    raise errors.RuleViolation(template, number=rect.number, status=rect.status)


def _when(rect: Rectification, at: dt.datetime | None) -> dt.datetime:
    """When a step of the loop happened: now, or a time given for one entered afterwards,
    which can be neither in the future nor before the notice."""
    now = _now()
    if at is None:
        return now
    if at > now or at < rect.issued_at:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "The time must be between the notice and now."), "at"
        )
    return at.replace(microsecond=0)


def reply(session: Session, rect_id: int, measures: str, at: dt.datetime | None = None) -> Rectification:
    """The responsible party's reply: the measures taken. OPEN -> REPLIED. ``at`` is when it
    came, for a reply entered afterwards (default: now)."""
    rect = get_rectification(session, rect_id)
    _require_status(rect, OPEN, "reply")
    measures = (measures or "").strip()
    if not measures:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "Describe the measures taken in the reply."), "measures"
        )
    now = _when(rect, at)
    rect.reply_measures = measures
    rect.replied_at = now
    rect.replied_by = current_user()
    rect.status = REPLIED
    _event(session, rect, "reply", OPEN, REPLIED, measures, now)
    session.flush()
    return rect


def recheck(
    session: Session,
    rect_id: int,
    passed: bool,
    opinion: str,
    resident_confirmed_by: str = "",
    at: dt.datetime | None = None,
) -> Rectification:
    """The supervisor's re-check of a reply: passed closes the item (销项), else back to OPEN."""
    rect = get_rectification(session, rect_id)
    _require_status(rect, REPLIED, "recheck")
    opinion = (opinion or "").strip()
    if not opinion:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "Write the re-check opinion.")
            if passed
            else QT_TRANSLATE_NOOP("errors", "Give the reason for sending the item back."),
            "opinion",
        )
    now = _when(rect, at)
    rect.recheck_opinion = opinion
    rect.rechecked_at = now
    rect.rechecked_by = current_user()
    if passed:
        # The confirmation belongs to this closing: a reopened item closed again without one
        # must not show the earlier resident's.
        confirmed = (resident_confirmed_by or "").strip()
        rect.resident_confirmed_by = confirmed
        rect.resident_confirmed_at = now if confirmed else None
        rect.closed_at = now
        rect.status = CLOSED
        _event(session, rect, "close", REPLIED, CLOSED, opinion, now)
    else:
        rect.status = OPEN
        _event(session, rect, "return", REPLIED, OPEN, opinion, now)
    session.flush()
    return rect


def reopen(session: Session, rect_id: int, reason: str, at: dt.datetime | None = None) -> Rectification:
    """Open a closed item again, with a reason. CLOSED -> OPEN."""
    rect = get_rectification(session, rect_id)
    _require_status(rect, CLOSED, "reopen")
    reason = (reason or "").strip()
    if not reason:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "Give the reason for reopening the item."), "reason"
        )
    rect.closed_at = None
    rect.status = OPEN
    _event(session, rect, "reopen", CLOSED, OPEN, reason, _when(rect, at))
    session.flush()
    return rect


@dataclass(frozen=True)
class EventRow:
    at: dt.datetime
    by: str
    action: str  # issue | reply | close | return | reopen
    from_status: str
    to_status: str
    note: str


def events(session: Session, rect_id: int) -> list[EventRow]:
    """The item's history, oldest first."""
    query = (
        select(
            RectificationEvent.at,
            RectificationEvent.by,
            RectificationEvent.action,
            RectificationEvent.from_status,
            RectificationEvent.to_status,
            RectificationEvent.note,
        )
        .where(RectificationEvent.rectification_id == rect_id)
        .order_by(RectificationEvent.at, RectificationEvent.id)
    )
    return [EventRow(*row) for row in session.execute(query)]
