"""The rectification register (整改台账): one item's detail as the window and the printed notice
show it, and the list of items filtered, sorted and paged in SQL (what the list on screen and
the ledger show). The loop itself is in ``supervisor.site.rectifications``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from supervisor.codes import PhotoRole
from supervisor.db.models import Compound, PhotoLink, Project, ProjectStep, Rectification
from supervisor.db.paging import PagedList, project_condition
from supervisor.site.rectifications import (
    NUMBER_PREFIX,
    OPEN,
    PROBLEM_PREVIEW,
    REPLIED,
    RectificationData,
    get_rectification,
)
from supervisor.site.search import text_filter


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
    version: int

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
            version=self.version,
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
        version=r.version,
    )


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


def overdue_findings(session: Session, today: dt.date | None = None) -> list:
    """Rectification items open past their deadline, or replied after it and not yet closed, as
    ``supervisor check`` warns of them (``integrity.Problem``)."""
    from supervisor.db.integrity import Problem

    today = today or dt.date.today()
    rows = session.execute(
        select(Project.code, Rectification.number, Rectification.status, Rectification.deadline,
               Rectification.replied_at)
        .join(Project, Project.id == Rectification.project_id)
        .where(Project.archived.is_(False), *conditions(RectFilter(overdue_only=True), today))
        .order_by(Project.code, Rectification.deadline, Rectification.number)
    )
    return [
        Problem("overdue", f"{code} rectification {number}: deadline {deadline.isoformat()}, "
                f"{overdue_days(status, deadline, today, replied_at)} day(s) "
                + ("late" if status == OPEN.value else "late in its reply"))
        for code, number, status, deadline, replied_at in rows
    ]

