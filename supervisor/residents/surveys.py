"""Satisfaction surveys (满意度调查) after completion, and satisfaction rates.

Each form rates the items of ``resident_catalog.SURVEY_ITEMS`` 非常满意 / 满意 / 基本满意 /
不满意 (an item may be left out, e.g. no elevator). A form is valid when its overall result is
rated; the satisfaction rate is the valid forms rated 非常满意, 满意 or 基本满意 overall, over
the valid forms, per compound and per project. Item rates are counted the same way.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from supervisor import errors
from supervisor.db.audit import log_change
from supervisor.db.models import Building, Compound, Household, Project, Survey, Unit
from supervisor.i18n import QT_TRANSLATE_NOOP
from supervisor.residents.catalog import (
    OVERALL,
    RATINGS,
    SATISFIED_RATINGS,
    SURVEY_ITEM_KEYS,
    SURVEY_METHODS,
    by_key,
)
from supervisor.residents.roster import label, natural_key, normalise_phone


@dataclass
class SurveyData:
    compound_id: int
    household_id: int | None = None
    method: str = "visit"
    ratings: dict[str, str] = field(default_factory=dict)
    comments: str = ""
    respondent: str = ""
    phone: str = ""
    surveyor: str = ""
    surveyed_on: dt.date | None = None


def _invalid(template: str, field_name: str, **params) -> errors.ValidationError:
    return errors.ValidationError(template, field=field_name, **params)


def validate_survey(session: Session, data: SurveyData, existing: Survey | None = None,
                    today: dt.date | None = None) -> Compound:
    today = today or dt.date.today()
    compound = session.get(Compound, data.compound_id)
    if compound is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The compound no longer exists."))
    if data.household_id is not None:
        household = session.get(Household, data.household_id)
        if household is None or household.unit.building.compound_id != compound.id:
            raise _invalid(QT_TRANSLATE_NOOP("errors", "Choose a household of this compound."), "household")
        clash = session.scalar(select(Survey.id).where(Survey.household_id == data.household_id))
        if clash is not None and (existing is None or clash != existing.id):
            raise _invalid(
                QT_TRANSLATE_NOOP("errors", "This household already has a survey form."), "household"
            )
    if data.method not in by_key(SURVEY_METHODS):
        raise _invalid(QT_TRANSLATE_NOOP("errors", "Choose how the survey was made."), "method")
    ratings = by_key(RATINGS)
    for key, value in data.ratings.items():
        if key not in SURVEY_ITEM_KEYS or value not in ratings:
            raise _invalid(
                QT_TRANSLATE_NOOP("errors", "Unknown rating {value} for {item}."),
                "ratings",
                value=value,
                item=key,
            )
    if not data.ratings:
        raise _invalid(QT_TRANSLATE_NOOP("errors", "Rate at least one item."), "ratings")
    if data.surveyed_on is None:
        raise _invalid(QT_TRANSLATE_NOOP("errors", "Enter the day of the survey."), "surveyed_on")
    if data.surveyed_on > today:
        raise _invalid(QT_TRANSLATE_NOOP("errors", "The date cannot be in the future."), "surveyed_on")
    if data.phone.strip() and normalise_phone(data.phone) is None:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "{phone} is not a phone number."), "phone", phone=data.phone.strip()
        )
    return compound


def _apply(survey: Survey, data: SurveyData) -> None:
    survey.household_id = data.household_id
    survey.method = data.method
    survey.ratings = {k: data.ratings[k] for k in SURVEY_ITEM_KEYS if k in data.ratings}
    survey.comments = data.comments.strip()
    survey.respondent = data.respondent.strip()
    survey.phone = normalise_phone(data.phone) or ""
    survey.surveyor = data.surveyor.strip()
    survey.surveyed_on = data.surveyed_on


def save_survey(session: Session, data: SurveyData, survey: Survey | None = None) -> Survey:
    compound = validate_survey(session, data, survey)
    if survey is None:
        survey = Survey(project_id=compound.project_id, compound_id=compound.id)
        session.add(survey)
    elif survey.compound_id != compound.id:
        survey.compound_id = compound.id
        survey.project_id = compound.project_id
    _apply(survey, data)
    session.flush()
    log_change(session, survey, "survey.save", overall=survey.ratings.get(OVERALL))
    return survey


def get_survey(session: Session, survey_id: int) -> Survey:
    survey = session.get(Survey, survey_id)
    if survey is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The survey form no longer exists."))
    return survey


def remove_survey(session: Session, survey: Survey) -> None:
    log_change(session, survey, "survey.remove")
    session.delete(survey)


def survey_data(survey: Survey) -> SurveyData:
    return SurveyData(
        survey.compound_id,
        survey.household_id,
        survey.method,
        dict(survey.ratings or {}),
        survey.comments,
        survey.respondent,
        survey.phone,
        survey.surveyor,
        survey.surveyed_on,
    )


@dataclass(frozen=True)
class SurveyRow:
    id: int
    compound_id: int
    compound: str
    household_id: int | None
    household: str
    owner_name: str
    method: str
    ratings: dict
    comments: str
    respondent: str
    phone: str
    surveyor: str
    surveyed_on: dt.date

    @property
    def overall(self) -> str | None:
        return self.ratings.get(OVERALL)


def list_surveys(session: Session, compound_id: int) -> list[SurveyRow]:
    rows = session.execute(
        select(Survey, Compound.name, Building.name, Unit.name, Household.number, Household.owner_name)
        .join(Compound, Survey.compound_id == Compound.id)
        .outerjoin(Household, Survey.household_id == Household.id)
        .outerjoin(Unit, Household.unit_id == Unit.id)
        .outerjoin(Building, Unit.building_id == Building.id)
        .where(Survey.compound_id == compound_id)
    ).all()
    result = [
        SurveyRow(
            s.id, s.compound_id, compound, s.household_id,
            label(b, u, n) if n is not None else "", owner or "",
            s.method, dict(s.ratings or {}), s.comments, s.respondent, s.phone, s.surveyor, s.surveyed_on,
        )
        for s, compound, b, u, n, owner in rows
    ]
    result.sort(key=lambda r: (r.household == "", natural_key(r.household), r.id))
    return result


@dataclass(frozen=True)
class Rate:
    """Satisfaction of a group of forms: counts per rating and the rate."""

    forms: int
    valid: int
    counts: dict  # rating key -> forms

    @property
    def satisfied(self) -> int:
        return sum(self.counts.get(k, 0) for k in SATISFIED_RATINGS)

    @property
    def rate(self) -> float | None:
        return self.satisfied / self.valid if self.valid else None


def _rate(ratings: list[dict], item: str = OVERALL) -> Rate:
    counts: dict[str, int] = {}
    for r in ratings:
        value = r.get(item)
        if value:
            counts[value] = counts.get(value, 0) + 1
    return Rate(len(ratings), sum(counts.values()), counts)


@dataclass(frozen=True)
class Satisfaction:
    """A compound's or project's satisfaction: overall and per item."""

    name: str
    households: int
    overall: Rate
    items: dict  # item key -> Rate

    @property
    def coverage(self) -> float | None:
        return self.overall.forms / self.households if self.households else None


def _household_total(session: Session, compound_ids: list[int]) -> int:
    from sqlalchemy import func

    if not compound_ids:
        return 0
    listed = dict(
        session.execute(
            select(Building.compound_id, func.count(Household.id))
            .join(Unit, Household.unit_id == Unit.id)
            .join(Building, Unit.building_id == Building.id)
            .where(Building.compound_id.in_(compound_ids))
            .group_by(Building.compound_id)
        ).all()
    )
    declared = dict(
        session.execute(select(Compound.id, Compound.households).where(Compound.id.in_(compound_ids))).all()
    )
    return sum(max(listed.get(c, 0), declared.get(c) or 0) for c in compound_ids)


def _satisfaction(name: str, households: int, ratings: list[dict]) -> Satisfaction:
    return Satisfaction(name, households, _rate(ratings), {k: _rate(ratings, k) for k in SURVEY_ITEM_KEYS})


def compound_satisfaction(session: Session, compound_id: int) -> Satisfaction:
    compound = session.get(Compound, compound_id)
    if compound is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The compound no longer exists."))
    ratings = list(session.scalars(select(Survey.ratings).where(Survey.compound_id == compound_id)))
    return _satisfaction(compound.name, _household_total(session, [compound_id]), ratings)


def project_satisfaction(session: Session, project_id: int) -> tuple[Satisfaction, list[Satisfaction]]:
    """The project's satisfaction and each compound's, the best rate first."""
    project = session.get(Project, project_id)
    if project is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The project no longer exists."))
    compounds = session.execute(
        select(Compound.id, Compound.name).where(Compound.project_id == project_id)
    ).all()
    by_compound: dict[int, list[dict]] = {c: [] for c, _n in compounds}
    for compound_id, ratings in session.execute(
        select(Survey.compound_id, Survey.ratings).where(Survey.project_id == project_id)
    ):
        by_compound.setdefault(compound_id, []).append(ratings or {})
    per_compound = [
        _satisfaction(name, _household_total(session, [cid]), by_compound.get(cid, []))
        for cid, name in compounds
    ]
    per_compound.sort(key=lambda s: (-(s.overall.rate if s.overall.rate is not None else -1), natural_key(s.name)))
    everything = [r for rs in by_compound.values() for r in rs]
    total = _satisfaction(
        project.name, _household_total(session, [c for c, _n in compounds]), everything
    )
    return total, per_compound


@dataclass(frozen=True)
class ProjectComparison:
    project_id: int
    code: str
    name: str
    satisfaction: Satisfaction


def compare_projects(session: Session, include_archived: bool = False) -> list[ProjectComparison]:
    """Every project's satisfaction, the best rate first; projects without forms last."""
    query = select(Project.id, Project.code, Project.name)
    if not include_archived:
        query = query.where(Project.archived.is_(False))
    result = []
    for project_id, code, name in session.execute(query):
        total, _compounds = project_satisfaction(session, project_id)
        result.append(ProjectComparison(project_id, code, name, total))
    result.sort(
        key=lambda p: (
            p.satisfaction.overall.rate is None,
            -(p.satisfaction.overall.rate or 0),
            p.code,
        )
    )
    return result
