"""The rows of each ledger, read from the records as the ledger prints them (in Chinese).

``rows(session, ledger, scope, today)`` yields tuples in the order of the ledger's columns;
large tables are read with ``yield_per`` so memory stays flat however many rows there are.
``count`` gives the total for the progress bar, ``describe_scope`` the scope line of the sheet;
the optional folder of photos is ``supervisor.documents.ledgers.photos``.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable, Iterator

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from supervisor.codes import (
    CATEGORY_NAMES,
    RESULT_NAMES,
    ROUND_NAMES,
    SEVERITY_NAMES,
    SOURCE_NAMES,
    STATUS_NAMES,
    STEP_STATUS_NAMES,
    PhotoRole,
    yes_no,
)
from supervisor.db.models import (
    Attachment,
    Building,
    Compound,
    Consultation,
    Household,
    Photo,
    PhotoLink,
    Project,
    ProjectStep,
    Rectification,
    RectificationEvent,
    SiteCheck,
    StepMaterial,
    Survey,
    Unit,
)
from supervisor.site.checks import check_number, join_place, place_text

BATCH = 2000


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def _datetime_range(column, scope) -> list:
    conditions = []
    if scope.date_from is not None:
        conditions.append(column >= _day_start(scope.date_from))
    if scope.date_to is not None:
        conditions.append(column < _day_start(scope.date_to + dt.timedelta(days=1)))
    return conditions


def _date_range(column, scope) -> list:
    conditions = []
    if scope.date_from is not None:
        conditions.append(column >= scope.date_from)
    if scope.date_to is not None:
        conditions.append(column <= scope.date_to)
    return conditions


def _project_codes(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Project.id, Project.code)).all())


# --- site checks ------------------------------------------------------------------------------


def _check_filter(scope):
    from supervisor.site.checks import CheckFilter

    if scope.view is not None:
        return scope.view
    return CheckFilter(project_id=scope.project_id, date_from=scope.date_from, date_to=scope.date_to)


def _checks_query(scope):
    from supervisor.site.checks import conditions

    photos = (
        select(PhotoLink.check_id.label("check_id"), func.count().label("n"))
        .where(PhotoLink.check_id.is_not(None))
        .group_by(PhotoLink.check_id)
        .subquery()
    )
    rects = (
        select(Rectification.check_id.label("check_id"), func.count().label("n"))
        .where(Rectification.check_id.is_not(None))
        .group_by(Rectification.check_id)
        .subquery()
    )
    return (
        select(
            SiteCheck.id, SiteCheck.checked_at, Project.code, Compound.name, Building.name, Unit.name,
            Household.number, SiteCheck.common_area, SiteCheck.location_text, SiteCheck.category,
            SiteCheck.work_type, SiteCheck.description, SiteCheck.result, SiteCheck.inspector,
            SiteCheck.weather, ProjectStep.code, photos.c.n, rects.c.n,
        )
        .join(Project, Project.id == SiteCheck.project_id)
        .outerjoin(Compound, Compound.id == SiteCheck.compound_id)
        .outerjoin(Building, Building.id == SiteCheck.building_id)
        .outerjoin(Unit, Unit.id == SiteCheck.unit_id)
        .outerjoin(Household, Household.id == SiteCheck.household_id)
        .outerjoin(ProjectStep, ProjectStep.id == SiteCheck.step_id)
        .outerjoin(photos, photos.c.check_id == SiteCheck.id)
        .outerjoin(rects, rects.c.check_id == SiteCheck.id)
        .where(*conditions(_check_filter(scope)))
        .order_by(SiteCheck.checked_at, SiteCheck.id)
    )


def _stream(session: Session, query):
    """Plain rows in batches, without the ORM's per-row work (a third of the time here)."""
    return session.connection().execution_options(yield_per=BATCH).execute(query)


def site_check_rows(session: Session, scope, today: dt.date) -> Iterator[tuple]:
    for (check_id, checked_at, code, compound, building, unit, number, common_area, typed, category,
         work_type, description, result, inspector, weather, step, photo_count, rect_count) in _stream(
             session, _checks_query(scope)):
        yield (
            check_number(check_id, checked_at), code, checked_at, compound or "",
            join_place(place_text(None, building, unit, number, common_area), typed or ""), CATEGORY_NAMES.get(category, category),
            work_type, description, RESULT_NAMES.get(result, result), inspector, weather, step or "",
            photo_count or 0, rect_count or 0,
        )


def _count_checks(session: Session, scope, today) -> int:
    from supervisor.site.checks import count_checks

    return count_checks(session, _check_filter(scope))


# --- rectifications ---------------------------------------------------------------------------


def _rect_filter(scope):
    from supervisor.site.rectification_register import RectFilter

    if scope.view is not None:
        return scope.view
    return RectFilter(project_id=scope.project_id, date_from=scope.date_from, date_to=scope.date_to)


def rectification_rows(session: Session, scope, today: dt.date) -> Iterator[tuple]:
    from supervisor.site.rectification_register import conditions, overdue_days

    def photo_counts(role):
        return (
            select(PhotoLink.rectification_id.label("rect_id"), func.count().label("n"))
            .where(PhotoLink.rectification_id.is_not(None), PhotoLink.role == role.value)
            .group_by(PhotoLink.rectification_id)
            .subquery()
        )

    before, after = photo_counts(PhotoRole.BEFORE), photo_counts(PhotoRole.AFTER)
    reopened = (
        select(RectificationEvent.rectification_id.label("rect_id"), func.count().label("n"))
        .where(RectificationEvent.action == "reopen")
        .group_by(RectificationEvent.rectification_id)
        .subquery()
    )
    query = (
        select(
            Rectification.number, Project.code, Rectification.status, Rectification.severity,
            Rectification.source, SiteCheck.id, SiteCheck.checked_at, Rectification.responsible_party,
            Compound.name, Rectification.location_text, Rectification.category, Rectification.problem,
            Rectification.requirement, Rectification.issued_by, Rectification.issued_at,
            Rectification.deadline, Rectification.reply_measures, Rectification.replied_at,
            Rectification.rechecked_by, Rectification.recheck_opinion, Rectification.closed_at,
            reopened.c.n, before.c.n, after.c.n,
        )
        .join(Project, Project.id == Rectification.project_id)
        .outerjoin(Compound, Compound.id == Rectification.compound_id)
        .outerjoin(SiteCheck, SiteCheck.id == Rectification.check_id)
        .outerjoin(before, before.c.rect_id == Rectification.id)
        .outerjoin(after, after.c.rect_id == Rectification.id)
        .outerjoin(reopened, reopened.c.rect_id == Rectification.id)
        .where(*conditions(_rect_filter(scope), today))
        .order_by(Rectification.issued_at, Rectification.id)
    )
    for (number, code, status, severity, source, check_id, checked_at, party, compound, place, category,
         problem, requirement, issued_by, issued, deadline, measures, replied, rechecked_by, opinion, closed,
         reopen_count, before_n, after_n) in _stream(session, query):
        yield (
            number, code, STATUS_NAMES.get(status, status), SEVERITY_NAMES.get(severity, severity),
            SOURCE_NAMES.get(source, source), check_number(check_id, checked_at) if check_id else "", party,
            compound or "", place, CATEGORY_NAMES.get(category, category), problem, requirement, issued_by,
            issued, deadline, overdue_days(status, deadline, today, replied), measures, replied, rechecked_by,
            opinion, closed, _reopened(reopen_count), before_n or 0, after_n or 0,
        )


def _reopened(times: int | None) -> str:
    """The 重新打开 flag: 否, 是, or 是（2次） for an item reopened more than once."""
    if not times:
        return "否"
    return "是" if times == 1 else f"是（{times}次）"


def _count_rectifications(session: Session, scope, today) -> int:
    from supervisor.site.rectification_register import count_rectifications

    return count_rectifications(session, _rect_filter(scope), today)


# --- procedure and projects -------------------------------------------------------------------


def _projects(session: Session, scope) -> list[Project]:
    query = select(Project).order_by(Project.code)
    if scope.project_id is not None:
        query = query.where(Project.id == scope.project_id)
    return list(session.scalars(query))


def procedure_rows(session: Session, scope, today: dt.date) -> Iterator[tuple]:
    from supervisor.procedure.snapshots import procedure_snapshot

    for project in _projects(session, scope):
        snapshot = procedure_snapshot(session, project, today)
        for phase in snapshot.phases:
            for step in phase.steps:
                if (scope.date_from or scope.date_to) and not (
                    (step.planned_end and scope.contains(step.planned_end))
                    or (step.actual_end and scope.contains(step.actual_end))
                ):
                    continue
                remarks = "；".join(x for x in (step.notes, step.override_reason and f"提前完成：{step.override_reason}") if x)
                yield (
                    project.code, project.name, phase.name, int(step.code) if step.code.isdigit() else step.code,
                    step.name, STEP_STATUS_NAMES.get(step.status, str(step.status)), step.planned_start,
                    step.planned_end, step.actual_start, step.actual_end, step.materials_done,
                    step.materials_required, step.responsible_party, step.responsible_person,
                    step.overdue_days if step.overdue else 0, remarks,
                )


def project_rows(session: Session, scope, today: dt.date) -> Iterator[tuple]:
    from supervisor.codes import ProjectClass, RectificationStatus
    from supervisor.procedure import steps

    class_names = {ProjectClass.BASIC: "基础类", ProjectClass.IMPROVEMENT: "完善类", ProjectClass.UPGRADE: "提升类"}
    open_rects = dict(
        session.execute(
            select(Rectification.project_id, func.count())
            .where(Rectification.status != RectificationStatus.CLOSED.value)
            .group_by(Rectification.project_id)
        ).all()
    )
    for project in _projects(session, scope):
        progress = steps.progress(session, project, today)
        phases = [p.done / p.total if p.total else None for p in progress.phases][:5]
        phases += [None] * (5 - len(phases))
        yield (
            project.code, project.name, project.district, project.street, project.community,
            class_names.get(project.project_class, project.project_class), project.budget,
            project.planned_start, project.planned_end, progress.total, progress.done,
            progress.done / progress.total if progress.total else None, *phases, len(progress.overdue),
            open_rects.get(project.id, 0), "是" if project.archived else "否",
        )


# --- attachments ------------------------------------------------------------------------------


def attachment_rows(session: Session, scope, today: dt.date) -> Iterator[tuple]:
    documents = (
        select(Project.code, ProjectStep.code, ProjectStep.name, StepMaterial.name, Attachment.filename,
               Attachment.size, Attachment.sha256, Attachment.created_by, Attachment.created_at)
        .join(StepMaterial, StepMaterial.id == Attachment.material_id)
        .join(ProjectStep, ProjectStep.id == StepMaterial.step_id)
        .join(Project, Project.id == ProjectStep.project_id)
        .where(*_datetime_range(Attachment.created_at, scope))
        .order_by(Project.code, ProjectStep.position, Attachment.id)
    )
    if scope.project_id is not None:
        documents = documents.where(Project.id == scope.project_id)
    for code, step_code, step_name, material, name, size, sha, by, at in _stream(session, documents):
        yield (code, "资料附件", f"{step_code} {step_name}：{material}", name, size, sha, by, at, None, "")
    photos = (
        select(Project.code, SiteCheck.id, SiteCheck.checked_at, Rectification.number, PhotoLink.role,
               Photo.filename, Photo.size, Photo.sha256, Photo.created_by, Photo.created_at, Photo.taken_at,
               PhotoLink.caption)
        .join(Photo, Photo.id == PhotoLink.photo_id)
        .join(Project, Project.id == PhotoLink.project_id)
        .outerjoin(SiteCheck, SiteCheck.id == PhotoLink.check_id)
        .outerjoin(Rectification, Rectification.id == PhotoLink.rectification_id)
        .where(*_datetime_range(Photo.created_at, scope))
        .order_by(Project.code, PhotoLink.id)
    )
    if scope.project_id is not None:
        photos = photos.where(Project.id == scope.project_id)
    roles = {PhotoRole.BEFORE.value: "整改前", PhotoRole.AFTER.value: "整改后"}
    for code, check_id, checked_at, number, role, name, size, sha, by, at, taken, caption in _stream(session, photos):
        if number:
            owner = f"{number} {roles.get(role, '')}".strip()
        elif check_id is not None:
            owner = f"巡查 {check_number(check_id, checked_at)}"
        else:
            owner = "项目照片"
        yield (code, "照片", owner, name, size, sha, by, at, taken, caption)


# --- residents --------------------------------------------------------------------------------


def opinion_rows(session: Session, scope, today: dt.date) -> Iterator[tuple]:
    from supervisor.residents.catalog import OPINION_CATEGORIES, OPINION_CHANNELS, OPINION_STATUSES, zh
    from supervisor.residents.opinions import OpinionFilter, list_opinions

    codes = _project_codes(session)
    view = scope.view if scope.view is not None else OpinionFilter(project_id=scope.project_id)
    for r in sorted(list_opinions(session, view, today), key=lambda r: (r.received_on, r.id)):
        if scope.view is None and not scope.contains(r.received_on):
            continue
        yield (
            r.received_on, codes.get(r.project_id, ""), r.compound, r.household, r.person, r.phone,
            zh(OPINION_CHANNELS, r.channel), zh(OPINION_CATEGORIES, r.category), r.content, r.handler,
            r.reply, r.replied_on, r.reply_due, zh(OPINION_STATUSES, r.status), r.overdue_days,
        )


def consultation_rows(session: Session, scope, today: dt.date) -> Iterator[tuple]:
    from supervisor.residents.catalog import ANSWERS, wanted_text, zh

    query = (
        select(Project.code, Compound.name, Consultation, Building.name, Unit.name, Household.number,
               Household.owner_name, Household.phone)
        .join(Household, Household.id == Consultation.household_id)
        .join(Unit, Unit.id == Household.unit_id)
        .join(Building, Building.id == Unit.building_id)
        .join(Compound, Compound.id == Building.compound_id)
        .join(Project, Project.id == Compound.project_id)
        .where(*_date_range(Consultation.visited_on, scope))
        .order_by(Project.code, Compound.name, Consultation.round, Building.name, Unit.name, Household.number)
        .execution_options(yield_per=BATCH)
    )
    if scope.project_id is not None:
        query = query.where(Project.id == scope.project_id)
    for code, compound, answer, building, unit, number, owner, phone in session.execute(query):
        yield (
            code, compound, ROUND_NAMES.get(answer.round, str(answer.round)), building, unit, number, owner,
            phone, zh(ANSWERS, answer.answer), wanted_text(answer.wanted or []), yes_no(answer.co_fund),
            yes_no(answer.pay_property), answer.comments, answer.visitor, answer.visited_on,
        )


def satisfaction_rows(session: Session, scope, today: dt.date) -> Iterator[tuple]:
    from supervisor.residents.catalog import RATINGS, SURVEY_ITEM_KEYS, SURVEY_METHODS, zh
    from supervisor.residents.roster import label

    query = (
        select(Project.code, Compound.name, Survey, Building.name, Unit.name, Household.number)
        .join(Compound, Compound.id == Survey.compound_id)
        .join(Project, Project.id == Compound.project_id)
        .outerjoin(Household, Household.id == Survey.household_id)
        .outerjoin(Unit, Unit.id == Household.unit_id)
        .outerjoin(Building, Building.id == Unit.building_id)
        .where(*_date_range(Survey.surveyed_on, scope))
        .order_by(Project.code, Compound.name, Survey.surveyed_on, Survey.id)
        .execution_options(yield_per=BATCH)
    )
    if scope.project_id is not None:
        query = query.where(Project.id == scope.project_id)
    for code, compound, survey, building, unit, number in session.execute(query):
        ratings = survey.ratings or {}
        yield (
            code, compound, label(building, unit, number) if number is not None else "（匿名）",
            survey.respondent, zh(SURVEY_METHODS, survey.method),
            *(zh(RATINGS, ratings[key]) if ratings.get(key) else "" for key in SURVEY_ITEM_KEYS),
            survey.comments, survey.phone, survey.surveyor, survey.surveyed_on,
        )


# --- dispatch ---------------------------------------------------------------------------------

ROWS: dict[str, Callable] = {
    "procedure": procedure_rows,
    "projects": project_rows,
    "site-checks": site_check_rows,
    "rectifications": rectification_rows,
    "attachments": attachment_rows,
    "opinions": opinion_rows,
    "consultation": consultation_rows,
    "satisfaction": satisfaction_rows,
    "audit-log": lambda session, scope, today: _audit_log().rows(session, scope, today),
    "funds": lambda session, scope, today: _money().payment_rows(session, scope, today),
    "funds-detail": lambda session, scope, today: _money().split_rows(session, scope, today),
    "retention": lambda session, scope, today: _money().retention_rows(session, scope, today),
    "contributions": lambda session, scope, today: _money().contribution_rows(session, scope, today),
    "urgent-repairs": lambda session, scope, today: _money().repair_rows(session, scope, today),
}


def _money():
    from supervisor.documents.ledgers import money

    return money


def columns(session: Session, spec, scope):
    """``spec`` with the columns it has for ``scope``: the payments ledger's one per fund source."""
    if spec.name == "funds":
        from dataclasses import replace

        return replace(spec, columns=spec.columns + _money().source_columns(session, scope))
    return spec


def footer(session: Session, ledger: str, scope, today: dt.date) -> list[tuple]:
    """The totals rows under a ledger's records (in the order of its columns, the label first),
    for the money ledgers; none for the others."""
    make = _money().FOOTERS.get(ledger)
    return make(session, scope, today) if make is not None else []


def _audit_log():
    from supervisor.documents.ledgers import audit_log

    return audit_log


def rows(session: Session, ledger: str, scope, today: dt.date) -> Iterator[tuple]:
    return ROWS[ledger](session, scope, today)


def count(session: Session, ledger: str, scope, today: dt.date) -> int | None:
    """The number of rows, for the progress bar (None when it costs as much as the export)."""
    if ledger == "site-checks":
        return _count_checks(session, scope, today)
    if ledger == "rectifications":
        return _count_rectifications(session, scope, today)
    if ledger == "audit-log":
        return _audit_log().count(session, scope, today)
    return None


def describe_scope(session: Session, spec, scope) -> str:
    if spec.name == "audit-log":
        return _audit_log().describe(session, scope)
    if scope.view is not None:
        described = _describe_view(session, scope.view)
        where = "与列表当前筛选一致" + (f"（{described}）" if described else "")
        project_id = getattr(scope.view, "project_id", None)
    else:
        where = ""
        project_id = scope.project_id
    project = session.get(Project, project_id) if project_id is not None else None
    parts = [f"项目 {project.code} {project.name}" if project else "全部项目"]
    if scope.view is None and (scope.date_from or scope.date_to):
        start = f"{scope.date_from:%Y-%m-%d}" if scope.date_from else "…"
        end = f"{scope.date_to:%Y-%m-%d}" if scope.date_to else "…"
        parts.append(f"{start} 至 {end}")
    if where:
        parts.append(where)
    return "；".join(parts)


def _describe_view(session: Session, view) -> str:
    """A list's filter in words, so a partial ledger says what it holds."""
    from supervisor.residents.catalog import OPINION_STATUSES, zh

    parts = []
    compound_id = getattr(view, "compound_id", None)
    if compound_id is not None:
        compound = session.get(Compound, compound_id)
        parts.append(f"小区：{compound.name if compound else compound_id}")
    category = getattr(view, "category", "")
    if category:
        parts.append(f"类别：{CATEGORY_NAMES.get(category, category)}")
    result = getattr(view, "result", "")
    if result:
        parts.append(f"结果：{RESULT_NAMES.get(result, result)}")
    status = getattr(view, "status", "") or ""
    if status:
        name = STATUS_NAMES.get(status) or zh(OPINION_STATUSES, status)
        parts.append(f"状态：{name}")
    severity = getattr(view, "severity", "")
    if severity:
        parts.append(f"严重程度：{SEVERITY_NAMES.get(severity, severity)}")
    for attribute, label in (("inspector", "巡查人"), ("responsible_party", "责任单位")):
        value = (getattr(view, attribute, "") or "").strip()
        if value:
            parts.append(f"{label}：{value}")
    if getattr(view, "overdue_only", False):
        parts.append("仅逾期")
    start, end = getattr(view, "date_from", None), getattr(view, "date_to", None)
    if start or end:
        parts.append(f"日期：{start or '…'} 至 {end or '…'}")
    text = (getattr(view, "search", "") or getattr(view, "text", "") or "").strip()
    if text:
        parts.append(f"搜索：{text}")
    return "，".join(parts)
