"""Rectification items (整改): the loop from a problem to its re-check (DOMAIN §4).

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

Evidence: field practice reports "after" photos reused from elsewhere or taken before the
notice was issued; ``evidence_warnings`` compares capture times, file hashes and perceptual
fingerprints of the project's photos.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from supervisor import errors
from supervisor.codes import CheckCategory, PhotoRole, RectificationStatus, Severity
from supervisor.db.audit import current_user, log_change
from supervisor.db.calendar import load_calendar
from supervisor.db.models import (
    Compound,
    PhotoLink,
    Project,
    ProjectStep,
    Rectification,
    RectificationEvent,
    SiteCheck,
)
from supervisor.db.paging import PagedList, project_condition
from supervisor.i18n import QT_TRANSLATE_NOOP
from supervisor.site.checks import get_check, now_minute
from supervisor.site.search import text_filter
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

    One more than the highest number stored, so numbers of deleted items in between are never
    given again.
    """
    prefix = f"{NUMBER_PREFIX}-{year}-"
    numbers = session.scalars(
        select(Rectification.number).where(
            Rectification.project_id == project_id,
            Rectification.number.startswith(prefix, autoescape=True),
        )
    )
    serials = (n[len(prefix):] for n in numbers)
    highest = max((int(s) for s in serials if s.isascii() and s.isdigit()), default=0)
    return f"{prefix}{highest + 1:03d}"


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


def data_from_check(session: Session, check_id: int) -> RectificationData:
    """A notice pre-filled from a site check: project, place, category, step and problem."""
    check = get_check(session, check_id)
    return RectificationData(
        project_id=check.project_id,
        check_id=check.id,
        compound_id=check.compound_id,
        location_text=check.location_text,
        category=check.category,
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


# --- detail --------------------------------------------------------------------------------


def overdue_days(
    status: str, deadline: dt.date, today: dt.date, replied_at: dt.datetime | None
) -> int:
    """Days past the deadline: still counting while the item waits for its reply; fixed at the
    reply's date once the party has replied late; none once closed or replied in time."""
    if status == OPEN:
        return max(0, (today - deadline).days)
    if status == REPLIED and replied_at is not None:
        return max(0, (replied_at.date() - deadline).days)
    return 0


@dataclass(frozen=True)
class RectDetail:
    """Everything about one item that a form, a notice or a print needs."""

    id: int
    uuid: str
    project_id: int
    number: str
    status: str
    check_id: int | None
    compound_id: int | None
    compound_name: str
    location_text: str
    category: str
    source: str
    responsible_party: str
    severity: str
    problem: str
    requirement: str
    basis: str
    issued_at: dt.datetime
    issued_by: str
    deadline_days: int
    deadline: dt.date
    deadline_estimated: bool
    overdue_days: int
    reply_measures: str
    replied_at: dt.datetime | None
    replied_by: str
    recheck_opinion: str
    rechecked_at: dt.datetime | None
    rechecked_by: str
    resident_confirmed_by: str
    resident_confirmed_at: dt.datetime | None
    closed_at: dt.datetime | None
    step_id: int | None
    step_code: str
    created_at: dt.datetime
    created_by: str
    updated_at: dt.datetime
    updated_by: str

    def to_data(self) -> RectificationData:
        """The editable part, for ``update``."""
        return RectificationData(
            project_id=self.project_id,
            check_id=self.check_id,
            compound_id=self.compound_id,
            location_text=self.location_text,
            category=self.category,
            source=self.source,
            responsible_party=self.responsible_party,
            severity=self.severity,
            problem=self.problem,
            requirement=self.requirement,
            basis=self.basis,
            deadline_days=self.deadline_days,
            issued_at=self.issued_at,
            step_id=self.step_id,
        )


def rectification_detail(
    session: Session, rect_id: int, today: dt.date | None = None
) -> RectDetail:
    r = get_rectification(session, rect_id)
    today = today or dt.date.today()
    compound_name = (
        session.scalar(select(Compound.name).where(Compound.id == r.compound_id))
        if r.compound_id is not None
        else None
    )
    step_code = (
        session.scalar(select(ProjectStep.code).where(ProjectStep.id == r.step_id))
        if r.step_id is not None
        else None
    )
    return RectDetail(
        id=r.id,
        uuid=r.uuid,
        project_id=r.project_id,
        number=r.number,
        status=r.status,
        check_id=r.check_id,
        compound_id=r.compound_id,
        compound_name=compound_name or "",
        location_text=r.location_text,
        category=r.category,
        source=r.source,
        responsible_party=r.responsible_party,
        severity=r.severity,
        problem=r.problem,
        requirement=r.requirement,
        basis=r.basis,
        issued_at=r.issued_at,
        issued_by=r.issued_by,
        deadline_days=r.deadline_days,
        deadline=r.deadline,
        deadline_estimated=r.deadline_estimated,
        overdue_days=overdue_days(r.status, r.deadline, today, r.replied_at),
        reply_measures=r.reply_measures,
        replied_at=r.replied_at,
        replied_by=r.replied_by,
        recheck_opinion=r.recheck_opinion,
        rechecked_at=r.rechecked_at,
        rechecked_by=r.rechecked_by,
        resident_confirmed_by=r.resident_confirmed_by,
        resident_confirmed_at=r.resident_confirmed_at,
        closed_at=r.closed_at,
        step_id=r.step_id,
        step_code=step_code or "",
        created_at=r.created_at,
        created_by=r.created_by,
        updated_at=r.updated_at,
        updated_by=r.updated_by,
    )


# --- lists ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class RectFilter:
    """What the rectification list shows; dates (inclusive) are on the issue date."""

    project_id: int | None = None
    status: str = ""
    overdue_only: bool = False
    responsible_party: str = ""
    compound_id: int | None = None
    category: str = ""
    severity: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    search: str = ""


@dataclass(frozen=True)
class RectRow:
    """One line of the rectification list (the ledger)."""

    id: int
    project_id: int
    number: str
    status: str
    severity: str
    responsible_party: str
    compound_name: str
    location_text: str
    category: str
    problem: str  # the first 200 characters
    issued_at: dt.datetime
    deadline: dt.date
    deadline_estimated: bool
    overdue_days: int  # open past the deadline: days so far; replied late: days late
    replied_at: dt.datetime | None
    closed_at: dt.datetime | None
    before_count: int
    after_count: int


def _narrowed(f: RectFilter) -> bool:
    """Whether ``f`` has an indexed condition besides the project."""
    return bool(
        f.status
        or f.overdue_only
        or f.responsible_party.strip()
        or f.compound_id is not None
        or f.category
        or f.date_from
        or f.date_to
    )


def conditions(f: RectFilter, today: dt.date, *, project_index: bool = True) -> list:
    """The WHERE conditions of the items ``f`` lets through (the list, its count, the ledger);
    ``today`` decides what is overdue. ``project_index=False`` keeps SQLite off the project's
    index (``paging.project_condition``)."""
    where = []
    if f.project_id is not None:
        where.append(project_condition(Rectification.project_id, f.project_id, use_index=project_index))
    if f.status:
        where.append(Rectification.status == f.status)
    if f.overdue_only:
        where.append(
            or_(
                and_(Rectification.status == OPEN.value, Rectification.deadline < today),
                and_(
                    Rectification.status == REPLIED.value,
                    func.date(Rectification.replied_at) > Rectification.deadline,
                ),
            )
        )
    if f.responsible_party.strip():
        where.append(Rectification.responsible_party == f.responsible_party.strip())
    if f.compound_id is not None:
        where.append(Rectification.compound_id == f.compound_id)
    if f.category:
        where.append(Rectification.category == f.category)
    if f.severity:
        where.append(Rectification.severity == f.severity)
    if f.date_from is not None:
        where.append(Rectification.issued_at >= dt.datetime.combine(f.date_from, dt.time()))
    if f.date_to is not None:
        where.append(
            Rectification.issued_at
            < dt.datetime.combine(f.date_to + dt.timedelta(days=1), dt.time())
        )
    found = text_filter(Rectification, "rectification_fts", f.search)
    if found is not None:
        where.append(found)
    return where


_LIST = PagedList(
    Rectification,
    sorts={
        "deadline": [Rectification.deadline],
        # "ZG-2026-" then the serial by length then text, so that 999 comes before 1000.
        "number": [
            func.substr(Rectification.number, 1, len(NUMBER_PREFIX) + 6),
            func.length(Rectification.number),
            Rectification.number,
        ],
        "issued_at": [Rectification.issued_at],
        "status": [Rectification.status],
        "responsible_party": [Rectification.responsible_party],
        "severity": [Rectification.severity],
    },
    # Sort columns with an index of their own (its entries are in (value, id) order: ties by id).
    indexed_sorts=frozenset({"deadline", "issued_at", "status", "responsible_party"}),
)
RECT_SORT_KEYS = _LIST.sort_keys


def count_rectifications(session: Session, f: RectFilter, today: dt.date | None = None) -> int:
    where = conditions(f, today or dt.date.today(), project_index=_LIST.uses_project_index(_narrowed(f)))
    return _LIST.count(session, where)


def _photo_count(role: PhotoRole):
    return (
        select(func.count())
        .select_from(PhotoLink)
        .where(PhotoLink.rectification_id == Rectification.id, PhotoLink.role == role.value)
        .correlate(Rectification)
        .scalar_subquery()
    )


def list_rectifications(
    session: Session,
    f: RectFilter,
    *,
    sort: str = "deadline",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = 200,
    today: dt.date | None = None,
) -> list[RectRow]:
    """One page of the list (``limit=None``: every row), sorted, ties broken by id."""
    today = today or dt.date.today()
    where = conditions(f, today, project_index=_LIST.uses_project_index(_narrowed(f), sort))
    columns = (
        Rectification.id,
        Rectification.project_id,
        Rectification.number,
        Rectification.status,
        Rectification.severity,
        Rectification.responsible_party,
        Compound.name,
        Rectification.location_text,
        Rectification.category,
        func.substr(Rectification.problem, 1, PROBLEM_PREVIEW),
        Rectification.issued_at,
        Rectification.deadline,
        Rectification.deadline_estimated,
        Rectification.replied_at,
        Rectification.closed_at,
        _photo_count(PhotoRole.BEFORE),
        _photo_count(PhotoRole.AFTER),
    )
    query = _LIST.select_page(
        columns, where, sort=sort, descending=descending, offset=offset, limit=limit
    ).outerjoin(Compound, Compound.id == Rectification.compound_id)
    return [
        RectRow(
            id=r[0],
            project_id=r[1],
            number=r[2],
            status=r[3],
            severity=r[4],
            responsible_party=r[5],
            compound_name=r[6] or "",
            location_text=r[7],
            category=r[8],
            problem=r[9] or "",
            issued_at=r[10],
            deadline=r[11],
            deadline_estimated=bool(r[12]),
            overdue_days=overdue_days(r[3], r[11], today, r[13]),
            replied_at=r[13],
            closed_at=r[14],
            before_count=int(r[15]),
            after_count=int(r[16]),
        )
        for r in session.execute(query)
    ]


def responsible_parties(session: Session, project_id: int | None = None) -> list[str]:
    """The responsible parties named on items (for a filter's choices), sorted."""
    query = select(Rectification.responsible_party).where(Rectification.responsible_party != "")
    if project_id is not None:
        query = query.where(Rectification.project_id == project_id)
    return list(session.scalars(query.distinct().order_by(Rectification.responsible_party)))


# --- evidence ------------------------------------------------------------------------------


