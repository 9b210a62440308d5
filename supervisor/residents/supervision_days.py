"""Resident supervision days (民主监督日): who came, the issues raised, and what each issue
became: an opinion to answer (here) or a rectification item (``supervisor.site.resident_issues``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from supervisor import errors
from supervisor.db.audit import log_change
from supervisor.db.models import Compound, Opinion, Project, Rectification, SupervisionDay, SupervisionIssue
from supervisor.i18n import QT_TRANSLATE_NOOP
from supervisor.residents.opinions import OpinionData, check_date, create_opinion
from supervisor.workdays import WorkCalendar


def _invalid(template: str, field_name: str, **params) -> errors.ValidationError:
    return errors.ValidationError(template, field=field_name, **params)


@dataclass
class IssueData:
    content: str
    raised_by: str = ""
    action_by: str = ""
    due: dt.date | None = None


@dataclass
class DayData:
    project_id: int
    held_on: dt.date | None = None
    compound_id: int | None = None
    place: str = ""
    attendees: str = ""
    notes: str = ""
    issues: list[IssueData] = field(default_factory=list)


def validate_day(session: Session, data: DayData, today: dt.date | None = None) -> None:
    today = today or dt.date.today()
    if session.get(Project, data.project_id) is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The project no longer exists."))
    if data.held_on is None:
        raise _invalid(QT_TRANSLATE_NOOP("errors", "Enter the day of the supervision day."), "held_on")
    check_date(data.held_on, "held_on", today)
    if data.compound_id is not None:
        compound = session.get(Compound, data.compound_id)
        if compound is None or compound.project_id != data.project_id:
            raise _invalid(QT_TRANSLATE_NOOP("errors", "Choose a compound of this project."), "compound")
    for issue in data.issues:
        if not issue.content.strip():
            raise _invalid(QT_TRANSLATE_NOOP("errors", "Every issue needs a description."), "issues")
        if issue.due is not None and issue.due < data.held_on:
            raise _invalid(
                QT_TRANSLATE_NOOP("errors", "An issue cannot be due before the day it was raised."),
                "issues",
            )


def get_day(session: Session, day_id: int) -> SupervisionDay:
    day = session.get(SupervisionDay, day_id)
    if day is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The supervision day no longer exists."))
    return day


def save_day(session: Session, data: DayData, day: SupervisionDay | None = None) -> SupervisionDay:
    """Create a supervision day, or update one: issues are matched by position.

    Issues already turned into an opinion or a rectification keep that link; an issue
    removed from the list is deleted (what it became stays).
    """
    validate_day(session, data)
    if day is None:
        day = SupervisionDay(project_id=data.project_id)
        session.add(day)
    day.held_on = data.held_on
    day.compound_id = data.compound_id
    day.place = data.place.strip()
    day.attendees = data.attendees.strip()
    day.notes = data.notes.strip()
    existing = list(day.issues)
    for index, issue_data in enumerate(data.issues):
        issue = existing[index] if index < len(existing) else SupervisionIssue()
        issue.position = index
        issue.content = issue_data.content.strip()
        issue.raised_by = issue_data.raised_by.strip()
        issue.action_by = issue_data.action_by.strip()
        issue.due = issue_data.due
        if index >= len(existing):
            day.issues.append(issue)
    for extra in existing[len(data.issues):]:
        day.issues.remove(extra)
    session.flush()
    log_change(session, day, "supervision_day.save", held_on=day.held_on.isoformat(), issues=len(day.issues))
    return day


def remove_day(session: Session, day: SupervisionDay) -> None:
    log_change(session, day, "supervision_day.remove", held_on=day.held_on.isoformat())
    session.delete(day)


@dataclass(frozen=True)
class IssueRow:
    id: int
    content: str
    raised_by: str
    action_by: str
    due: dt.date | None
    opinion_id: int | None
    rectification_id: int | None
    rectification_number: str


@dataclass(frozen=True)
class DayRow:
    id: int
    held_on: dt.date
    compound_id: int | None
    compound: str
    place: str
    attendees: str
    notes: str
    issues: tuple[IssueRow, ...]

    @property
    def attendee_count(self) -> int:
        return len(attendee_names(self.attendees))

    def to_data(self, project_id: int) -> DayData:
        return DayData(
            project_id,
            self.held_on,
            self.compound_id,
            self.place,
            self.attendees,
            self.notes,
            [IssueData(i.content, i.raised_by, i.action_by, i.due) for i in self.issues],
        )


def attendee_names(text: str) -> list[str]:
    import re

    return [n for n in (p.strip() for p in re.split(r"[\n,，、;；]+", text)) if n]


def list_days(session: Session, project_id: int) -> list[DayRow]:
    days = session.scalars(
        select(SupervisionDay)
        .where(SupervisionDay.project_id == project_id)
        .order_by(SupervisionDay.held_on.desc(), SupervisionDay.id.desc())
        .options(selectinload(SupervisionDay.issues))
    ).all()
    compounds = dict(session.execute(select(Compound.id, Compound.name).where(Compound.project_id == project_id)).all())
    rect_ids = [i.rectification_id for d in days for i in d.issues if i.rectification_id]
    numbers = dict(
        session.execute(select(Rectification.id, Rectification.number).where(Rectification.id.in_(rect_ids))).all()
    ) if rect_ids else {}
    return [
        DayRow(
            d.id,
            d.held_on,
            d.compound_id,
            compounds.get(d.compound_id, ""),
            d.place,
            d.attendees,
            d.notes,
            tuple(
                IssueRow(
                    i.id, i.content, i.raised_by, i.action_by, i.due, i.opinion_id,
                    i.rectification_id, numbers.get(i.rectification_id, ""),
                )
                for i in d.issues
            ),
        )
        for d in days
    ]


def get_issue(session: Session, issue_id: int) -> SupervisionIssue:
    issue = session.get(SupervisionIssue, issue_id)
    if issue is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The issue no longer exists."))
    return issue


def issue_to_opinion(session: Session, issue_id: int, calendar: WorkCalendar | None = None) -> Opinion:
    """Register an issue raised on a supervision day as an opinion to answer."""
    issue = get_issue(session, issue_id)
    if issue.opinion_id is not None and session.get(Opinion, issue.opinion_id) is not None:
        raise errors.RuleViolation(
            QT_TRANSLATE_NOOP("errors", "This issue is already registered as an opinion.")
        )
    day = issue.day
    opinion = create_opinion(
        session,
        OpinionData(
            project_id=day.project_id,
            content=issue.content,
            received_on=day.held_on,
            compound_id=day.compound_id,
            person=issue.raised_by,
            channel="supervision_day",
            category="other",
            handler=issue.action_by,
        ),
        calendar,
    )
    issue.opinion_id = opinion.id
    return opinion


def link_rectification(session: Session, issue_id: int, rectification_id: int) -> None:
    issue = get_issue(session, issue_id)
    if issue.rectification_id is not None and session.get(Rectification, issue.rectification_id) is not None:
        raise errors.RuleViolation(
            QT_TRANSLATE_NOOP("errors", "This issue already has a rectification item.")
        )
    issue.rectification_id = rectification_id
    log_change(session, issue, "supervision_issue.rectification", rectification_id=rectification_id)
