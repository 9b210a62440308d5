"""Site checks (巡查记录): what a supervisor saw where, with a checklist, photos and a result.

``CheckData`` is what the check form hands in; ``validate_check`` refuses it with a
``ValidationError`` naming the field before anything is written. The location of a check is
stored twice: as ids (compound, building, unit, then a household or a shared area such as the
stairwell, which may name its building and unit) for filtering, and as ``location_text``
("幸福里小区 1号楼 2单元 301", "幸福里小区 1号楼 1单元 楼道") for lists, search and printing.

Lists are filtered, sorted and paged in SQL (``count_checks``, ``list_checks``, through
``db.paging``): a district keeps hundreds of thousands of checks, so only the rows of the page
shown are ever read, and the photo and rectification counts are computed for those rows only.
``conditions`` turns a ``CheckFilter`` into SQL conditions; the ledger exports with them too.

The checklists per work type are in ``supervisor.site.checklists``, the drafts that keep a
check being typed when the window closes in ``supervisor.site.drafts``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from supervisor import errors
from supervisor.codes import COMMON_AREA_NAMES, CheckCategory, CheckResult, CommonArea
from supervisor.db import conflicts
from supervisor.db.audit import log_change
from supervisor.history.audited import check_number  # noqa: F401 - the printed number, here for callers
from supervisor.db.models import (
    Building,
    Compound,
    Household,
    Person,
    PhotoLink,
    Project,
    ProjectStep,
    Rectification,
    SiteCheck,
    Unit,
)
from supervisor.db.paging import PagedList, project_condition
from supervisor.i18n import QT_TRANSLATE_NOOP
from supervisor.site.search import text_filter

DESCRIPTION_PREVIEW = 200
FUTURE_TOLERANCE = dt.timedelta(days=1)


def now_minute() -> dt.datetime:
    """The local wall-clock time to the minute: what a user writes on a record."""
    return dt.datetime.now().replace(second=0, microsecond=0)


# --- the data a form hands in --------------------------------------------------------------


@dataclass
class CheckData:
    """A site check as typed: where, what, the result, who and when."""

    project_id: int
    compound_id: int | None = None
    building_id: int | None = None
    unit_id: int | None = None
    household_id: int | None = None
    common_area: str = ""
    category: str = CheckCategory.WORKMANSHIP
    work_type: str = ""
    checklist: list[dict] = field(default_factory=list)  # [{"item": str, "ok": bool | None}]
    result: str = CheckResult.PASS
    description: str = ""
    inspector: str = ""
    inspector_id: int | None = None
    checked_at: dt.datetime | None = None  # None: now, to the minute
    weather: str = ""
    step_id: int | None = None
    version: int | None = None  # of the stored check the form was filled from (None: new)


# What an edit conflict shows of a check (``supervisor.db.conflicts``).
CONFLICT_LABELS = {
    "result": QT_TRANSLATE_NOOP("errors", "Result"),
    "description": QT_TRANSLATE_NOOP("errors", "Description"),
    "inspector": QT_TRANSLATE_NOOP("errors", "Inspector"),
    "checked_at": QT_TRANSLATE_NOOP("errors", "Checked at"),
    "weather": QT_TRANSLATE_NOOP("errors", "Weather"),
    "common_area": QT_TRANSLATE_NOOP("errors", "Area"),
    "work_type": QT_TRANSLATE_NOOP("errors", "Work type"),
}


def _invalid(template: str, field_name: str, **params) -> errors.ValidationError:
    return errors.ValidationError(template, field=field_name, **params)


def _validate_checklist(checklist) -> None:
    if not isinstance(checklist, list):
        raise _invalid(QT_TRANSLATE_NOOP("errors", "The checklist is not a list."), "checklist")
    for entry in checklist:
        if (
            not isinstance(entry, dict)
            or not isinstance(entry.get("item"), str)
            or entry.get("ok") not in (True, False, None)
        ):
            raise _invalid(
                QT_TRANSLATE_NOOP("errors", "A checklist entry is not valid: {entry}."),
                "checklist",
                entry=repr(entry)[:100],
            )


def _validate_location(session: Session, data: CheckData) -> None:
    """The compound belongs to the project, each lower level to the one above it."""
    if data.compound_id is not None:
        compound_project = session.scalar(
            select(Compound.project_id).where(Compound.id == data.compound_id)
        )
        if compound_project != data.project_id:
            raise _invalid(
                QT_TRANSLATE_NOOP("errors", "The compound is not part of this project."),
                "compound_id",
            )
    if data.building_id is not None:
        building_compound = session.scalar(
            select(Building.compound_id).where(Building.id == data.building_id)
        )
        if data.compound_id is None or building_compound != data.compound_id:
            raise _invalid(
                QT_TRANSLATE_NOOP("errors", "The building is not in the chosen compound."),
                "building_id",
            )
    if data.unit_id is not None:
        unit_building = session.scalar(select(Unit.building_id).where(Unit.id == data.unit_id))
        if data.building_id is None or unit_building != data.building_id:
            raise _invalid(
                QT_TRANSLATE_NOOP("errors", "The unit is not in the chosen building."), "unit_id"
            )
    if data.household_id is not None:
        household_unit = session.scalar(
            select(Household.unit_id).where(Household.id == data.household_id)
        )
        if data.unit_id is None or household_unit != data.unit_id:
            raise _invalid(
                QT_TRANSLATE_NOOP("errors", "The household is not in the chosen unit."),
                "household_id",
            )
    if data.common_area and data.household_id is not None:
        raise _invalid(
            QT_TRANSLATE_NOOP(
                "errors", "Choose either a household or a common area, not both."
            ),
            "common_area",
        )


def validate_check(session: Session, data: CheckData) -> None:
    """Raise ``ValidationError`` (with ``field``) for the first thing wrong with ``data``."""
    if session.get(Project, data.project_id) is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The project no longer exists."))
    inspector = (data.inspector or "").strip()
    if not inspector:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "Who made the check? Enter the inspector's name."),
            "inspector",
        )
    if len(inspector) > 100:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "The inspector's name is longer than 100 characters."),
            "inspector",
        )
    if data.inspector_id is not None and session.get(Person, data.inspector_id) is None:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "The inspector is not in the list of people."),
            "inspector_id",
        )
    if data.category not in {c.value for c in CheckCategory}:
        raise _invalid(QT_TRANSLATE_NOOP("errors", "Unknown check category."), "category")
    if data.result not in {r.value for r in CheckResult}:
        raise _invalid(QT_TRANSLATE_NOOP("errors", "Unknown check result."), "result")
    if data.common_area and data.common_area not in {a.value for a in CommonArea}:
        raise _invalid(QT_TRANSLATE_NOOP("errors", "Unknown common area."), "common_area")
    if len((data.work_type or "").strip()) > 50:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "The work type is longer than 50 characters."),
            "work_type",
        )
    if len((data.weather or "").strip()) > 50:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "The weather is longer than 50 characters."), "weather"
        )
    _validate_location(session, data)
    if data.checked_at is not None and data.checked_at > dt.datetime.now() + FUTURE_TOLERANCE:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "The check time {time} is in the future."),
            "checked_at",
            time=data.checked_at.strftime("%Y-%m-%d %H:%M"),
        )
    if data.step_id is not None:
        step_project = session.scalar(
            select(ProjectStep.project_id).where(ProjectStep.id == data.step_id)
        )
        if step_project != data.project_id:
            raise _invalid(
                QT_TRANSLATE_NOOP("errors", "The step is not part of this project."), "step_id"
            )
    if data.result == CheckResult.PROBLEM and not (data.description or "").strip():
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "Describe the problem that was found."), "description"
        )
    _validate_checklist(data.checklist)


# --- location ------------------------------------------------------------------------------


def _building_label(name: str) -> str:
    return f"{name}号楼" if name.isdigit() else name


def _unit_label(name: str) -> str:
    return f"{name}单元" if name.isdigit() else name


def describe_location(
    session: Session,
    compound_id: int | None = None,
    building_id: int | None = None,
    unit_id: int | None = None,
    household_id: int | None = None,
    common_area: str = "",
) -> str:
    """The location as printed: "幸福里小区 1号楼 2单元 301", "幸福里小区 屋面"."""

    def name_of(column, key):
        return session.scalar(select(column).where(column.class_.id == key)) if key is not None else None

    return place_text(
        name_of(Compound.name, compound_id),
        name_of(Building.name, building_id),
        name_of(Unit.name, unit_id),
        name_of(Household.number, household_id),
        common_area,
    )


def place_text(compound: str | None, building: str | None, unit: str | None, number: str | None,
               common_area: str = "") -> str:
    """The names of a place joined as printed: "幸福里小区 1号楼 2单元 301"."""
    parts = [compound] if compound else []
    if building:
        parts.append(_building_label(building))
    if unit:
        parts.append(_unit_label(unit))
    if number:
        parts.append(number)
    if common_area:
        parts.append(COMMON_AREA_NAMES.get(common_area, common_area))
    return " ".join(parts)


def join_place(described: str, typed: str) -> str:
    """The place from the records and the place as typed, without saying it twice."""
    if not typed or typed in described:
        return described
    if described in typed:
        return typed
    return f"{described} {typed}"


# --- create, change, delete ----------------------------------------------------------------


def _apply(session: Session, check: SiteCheck, data: CheckData) -> None:
    check.project_id = data.project_id
    check.compound_id = data.compound_id
    check.building_id = data.building_id
    check.unit_id = data.unit_id
    check.household_id = data.household_id
    check.common_area = str(data.common_area or "")
    check.location_text = describe_location(
        session,
        data.compound_id,
        data.building_id,
        data.unit_id,
        data.household_id,
        data.common_area,
    )
    check.category = str(data.category)
    check.work_type = (data.work_type or "").strip()
    check.checklist = [
        {"item": entry["item"], "ok": entry.get("ok")} for entry in data.checklist
    ]
    check.result = str(data.result)
    check.description = (data.description or "").strip()
    check.inspector = data.inspector.strip()
    check.inspector_id = data.inspector_id
    check.checked_at = (
        data.checked_at.replace(second=0, microsecond=0) if data.checked_at else now_minute()
    )
    check.weather = (data.weather or "").strip()
    check.step_id = data.step_id


def get_check(session: Session, check_id: int) -> SiteCheck:
    check = session.get(SiteCheck, check_id)
    if check is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The site check no longer exists."))
    return check


def create_check(session: Session, data: CheckData) -> SiteCheck:
    validate_check(session, data)
    check = SiteCheck()
    _apply(session, check, data)
    session.add(check)
    session.flush()
    log_change(
        session,
        check,
        "check.create",
        project_id=check.project_id,
        location=check.location_text,
        result=check.result,
    )
    return check


def update_check(session: Session, check_id: int, data: CheckData) -> SiteCheck:
    check = get_check(session, check_id)
    if data.project_id != check.project_id:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "A site check cannot be moved to another project."),
            "project_id",
        )
    conflicts.ensure_unchanged(
        check, data.version, check_number(check.id, check.checked_at), lambda: check_data(session, check_id),
        data, CONFLICT_LABELS,
    )
    validate_check(session, data)
    _apply(session, check, data)
    session.flush()
    log_change(session, check, "check.update", location=check.location_text, result=check.result)
    return check


def save_check(session: Session, check_id: int | None, data: CheckData, photo_link_ids=()) -> int:
    """Create (``check_id`` None) or update a check; photos imported while it was being typed
    (``photo_link_ids``, links to the project alone) join it. Returns the check's id."""
    from supervisor.site import photos

    if check_id is None:
        check_id = create_check(session, data).id
    else:
        update_check(session, check_id, data)
    photos.adopt_links(session, photo_link_ids, check_id)
    return check_id


def delete_check(session: Session, check_id: int) -> None:
    """Delete a check and its photo links; a photo nothing else shows is deleted with it.
    Rectification items raised from the check stay (with their own links to its photos)."""
    from supervisor.site import photos

    check = get_check(session, check_id)
    link_ids = list(session.scalars(select(PhotoLink.id).where(PhotoLink.check_id == check_id)))
    log_change(
        session,
        check,
        "check.delete",
        location=check.location_text,
        checked_at=check.checked_at.isoformat(sep=" ", timespec="minutes"),
        description=check.description[:DESCRIPTION_PREVIEW],
    )
    for link_id in link_ids:
        photos.unlink(session, link_id)
    session.delete(check)
    session.flush()


@dataclass(frozen=True)
class CheckDeletion:
    """What deleting a check takes with it, and what stays (``deletion_summary``).

    ``photos_deleted``: photos no other record shows, deleted with the check;
    ``photos_kept``: its photos also shown elsewhere (on a rectification item raised from it...);
    ``rectifications``: the numbers of the items raised from it, which stay without the link.
    """

    number: str
    checked_at: dt.datetime
    location: str
    photos_deleted: int
    photos_kept: int
    rectifications: tuple[str, ...]


def deletion_summary(session: Session, check_id: int) -> CheckDeletion:
    """What ``delete_check`` would take with it, counted, for the question asked first."""
    check = get_check(session, check_id)
    photo_ids = set(session.scalars(select(PhotoLink.photo_id).where(PhotoLink.check_id == check_id)))
    shown_elsewhere = set(
        session.scalars(
            select(PhotoLink.photo_id).where(
                PhotoLink.photo_id.in_(photo_ids),
                (PhotoLink.check_id != check_id) | PhotoLink.check_id.is_(None),
            )
        )
    ) if photo_ids else set()
    numbers = tuple(
        session.scalars(
            select(Rectification.number).where(Rectification.check_id == check_id).order_by(Rectification.number)
        )
    )
    return CheckDeletion(
        number=check_number(check.id, check.checked_at),
        checked_at=check.checked_at,
        location=check.location_text,
        photos_deleted=len(photo_ids - shown_elsewhere),
        photos_kept=len(photo_ids & shown_elsewhere),
        rectifications=numbers,
    )


def check_data(session: Session, check_id: int) -> CheckData:
    """The stored check as form data, to edit it."""
    c = get_check(session, check_id)
    return CheckData(
        project_id=c.project_id,
        compound_id=c.compound_id,
        building_id=c.building_id,
        unit_id=c.unit_id,
        household_id=c.household_id,
        common_area=c.common_area,
        category=c.category,
        work_type=c.work_type,
        checklist=[dict(entry) for entry in (c.checklist or [])],
        result=c.result,
        description=c.description,
        inspector=c.inspector,
        inspector_id=c.inspector_id,
        checked_at=c.checked_at,
        weather=c.weather,
        step_id=c.step_id,
        version=c.version,
    )


# --- lists ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckFilter:
    """What the check list shows. Empty strings and None mean "any"; dates are inclusive."""

    project_id: int | None = None
    compound_id: int | None = None
    category: str = ""
    result: str = ""
    inspector: str = ""
    step_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    search: str = ""


@dataclass(frozen=True)
class CheckRow:
    """One line of the check list."""

    id: int
    project_id: int
    checked_at: dt.datetime
    compound_id: int | None
    compound_name: str
    location_text: str
    category: str
    work_type: str
    result: str
    description: str  # the first 200 characters
    inspector: str
    weather: str
    step_id: int | None
    step_code: str
    photo_count: int
    rectification_count: int


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def _narrowed(f: CheckFilter) -> bool:
    """Whether ``f`` has an indexed condition besides the project."""
    return bool(
        f.compound_id is not None
        or f.category
        or f.result
        or f.inspector.strip()
        or f.step_id is not None
        or f.date_from
        or f.date_to
    )


def conditions(f: CheckFilter, *, project_index: bool = True) -> list:
    """The WHERE conditions of the checks ``f`` lets through (the list, its count, the ledger).
    ``project_index=False`` keeps SQLite off the project's index (``paging.project_condition``)."""
    where = []
    if f.project_id is not None:
        where.append(project_condition(SiteCheck.project_id, f.project_id, use_index=project_index))
    if f.compound_id is not None:
        where.append(SiteCheck.compound_id == f.compound_id)
    if f.category:
        where.append(SiteCheck.category == f.category)
    if f.result:
        where.append(SiteCheck.result == f.result)
    if f.inspector.strip():
        where.append(SiteCheck.inspector == f.inspector.strip())
    if f.step_id is not None:
        where.append(SiteCheck.step_id == f.step_id)
    if f.date_from is not None:
        where.append(SiteCheck.checked_at >= _day_start(f.date_from))
    if f.date_to is not None:
        where.append(SiteCheck.checked_at < _day_start(f.date_to + dt.timedelta(days=1)))
    found = text_filter(SiteCheck, "site_check_fts", f.search)
    if found is not None:
        where.append(found)
    return where


_LIST = PagedList(
    SiteCheck,
    sorts={
        "checked_at": [SiteCheck.checked_at],
        "location": [SiteCheck.location_text],
        "category": [SiteCheck.category],
        "result": [SiteCheck.result],
        "inspector": [SiteCheck.inspector],
    },
    # Sort columns with an index of their own (its entries are in (value, id) order: ties by id).
    indexed_sorts=frozenset({"checked_at", "category", "result", "inspector"}),
)
SORT_KEYS = _LIST.sort_keys


def count_checks(session: Session, f: CheckFilter) -> int:
    """How many checks ``f`` lets through (exact)."""
    return _LIST.count(session, conditions(f, project_index=_LIST.uses_project_index(_narrowed(f))))


def list_checks(
    session: Session,
    f: CheckFilter,
    *,
    sort: str = "checked_at",
    descending: bool = True,
    offset: int = 0,
    limit: int | None = 200,
) -> list[CheckRow]:
    """One page of the check list (``limit=None``: every row), sorted, ties broken by id."""
    where = conditions(f, project_index=_LIST.uses_project_index(_narrowed(f), sort))
    photos = (
        select(func.count())
        .select_from(PhotoLink)
        .where(PhotoLink.check_id == SiteCheck.id)
        .correlate(SiteCheck)
        .scalar_subquery()
    )
    rectifications = (
        select(func.count())
        .select_from(Rectification)
        .where(Rectification.check_id == SiteCheck.id)
        .correlate(SiteCheck)
        .scalar_subquery()
    )
    columns = (
        SiteCheck.id,
        SiteCheck.project_id,
        SiteCheck.checked_at,
        SiteCheck.compound_id,
        Compound.name,
        SiteCheck.location_text,
        SiteCheck.category,
        SiteCheck.work_type,
        SiteCheck.result,
        func.substr(SiteCheck.description, 1, DESCRIPTION_PREVIEW),
        SiteCheck.inspector,
        SiteCheck.weather,
        SiteCheck.step_id,
        ProjectStep.code,
        photos,
        rectifications,
    )
    query = (
        _LIST.select_page(columns, where, sort=sort, descending=descending, offset=offset, limit=limit)
        .outerjoin(Compound, Compound.id == SiteCheck.compound_id)
        .outerjoin(ProjectStep, ProjectStep.id == SiteCheck.step_id)
    )
    return [
        CheckRow(
            id=r[0],
            project_id=r[1],
            checked_at=r[2],
            compound_id=r[3],
            compound_name=r[4] or "",
            location_text=r[5],
            category=r[6],
            work_type=r[7],
            result=r[8],
            description=r[9] or "",
            inspector=r[10],
            weather=r[11],
            step_id=r[12],
            step_code=r[13] or "",
            photo_count=int(r[14]),
            rectification_count=int(r[15]),
        )
        for r in session.execute(query)
    ]


def checks_for_step(session: Session, step_id: int) -> list[CheckRow]:
    """Every check recorded against a procedure step, newest first."""
    return list_checks(session, CheckFilter(step_id=step_id), limit=None)
