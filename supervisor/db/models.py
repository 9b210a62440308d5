"""The database schema as SQLAlchemy 2 typed models.

Every record carries a UUID (for merging between laptops later), creation and update times and
the user who made each change; ``supervisor.db.audit`` stamps these on flush. Procedure
templates are versioned: a project copies the steps and materials of the template version it
starts with, so editing a template never changes a project already started.

Enumerated values are stored as short English codes (``StepStatus.DONE == "done"``), defined in
``supervisor.codes``; the window's labels for them are in ``supervisor.ui.labels``.

One module holds the whole schema (about 700 lines of declarations, no logic): its tables refer
to each other across features (a photo link names a check, a rectification and a project), and
it is reviewed beside the migrations in ``supervisor/db/migrations``.

The annotations are objects, not strings (no ``from __future__ import annotations``): otherwise
SQLAlchemy evaluates each of several hundred annotation strings on import, about a fifth of
the module's import time. Related classes are named in quotes (``Mapped["Project"]``).
"""

import datetime as dt
import uuid
from decimal import Decimal
from typing import Optional

from sqlalchemy import (
    JSON as _JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from supervisor.codes import (
    ConsentAnswer,
    OpinionStatus,
    PhotoRole,
    ProjectClass,
    RectificationStatus,
    Severity,
    StepStatus,
)

JSON = _JSON().with_variant(JSONB(), "postgresql")
"""JSON columns: JSONB on PostgreSQL, JSON text on SQLite."""

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_uuid() -> str:
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Tracked:
    """Columns every record has: identity for merging, and who changed it when."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    updated_by: Mapped[str] = mapped_column(String(100), default="")


# --- people and places -------------------------------------------------------------------


class Person(Tracked, Base):
    """Someone named on records: a manager, a supervisor, a contractor's contact..."""

    __tablename__ = "person"

    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(100), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")


class Project(Tracked, Base):
    """An area project (片区项目): a package of compounds renovated under one procedure."""

    __tablename__ = "project"

    code: Mapped[str] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    district: Mapped[str] = mapped_column(String(100), default="")
    street: Mapped[str] = mapped_column(String(100), default="")
    community: Mapped[str] = mapped_column(String(100), default="")
    project_class: Mapped[str] = mapped_column(String(20), default=ProjectClass.BASIC)
    budget: Mapped[Optional[Decimal]] = mapped_column(Numeric(16, 2))
    planned_start: Mapped[Optional[dt.date]] = mapped_column(Date)
    planned_end: Mapped[Optional[dt.date]] = mapped_column(Date)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    template_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("procedure_template.id", ondelete="RESTRICT")
    )

    template: Mapped[Optional["ProcedureTemplate"]] = relationship()
    parties: Mapped[list["ProjectParty"]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="ProjectParty.id"
    )
    compounds: Mapped[list["Compound"]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="Compound.name"
    )
    steps: Mapped[list["ProjectStep"]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="ProjectStep.position"
    )


class ProjectParty(Tracked, Base):
    """One of the parties to a project (建设/施工/监理/设计单位) with its contact."""

    __tablename__ = "project_party"
    __table_args__ = (UniqueConstraint("project_id", "role"),)

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(20))
    organisation: Mapped[str] = mapped_column(String(200), default="")
    contact_name: Mapped[str] = mapped_column(String(100), default="")
    contact_phone: Mapped[str] = mapped_column(String(50), default="")

    project: Mapped["Project"] = relationship(back_populates="parties")


class Compound(Tracked, Base):
    """A residential compound (小区) inside an area project."""

    __tablename__ = "compound"
    __table_args__ = (UniqueConstraint("project_id", "name"),)

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300), default="")
    year_built: Mapped[Optional[int]] = mapped_column(Integer)
    households: Mapped[Optional[int]] = mapped_column(Integer)

    project: Mapped["Project"] = relationship(back_populates="compounds")
    buildings: Mapped[list["Building"]] = relationship(
        back_populates="compound", cascade="all, delete-orphan", order_by="Building.position"
    )


class Building(Tracked, Base):
    """A building (楼栋) of a compound."""

    __tablename__ = "building"
    __table_args__ = (UniqueConstraint("compound_id", "name"),)

    compound_id: Mapped[int] = mapped_column(ForeignKey("compound.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(50))
    floors: Mapped[Optional[int]] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)

    compound: Mapped["Compound"] = relationship(back_populates="buildings")
    units: Mapped[list["Unit"]] = relationship(
        back_populates="building", cascade="all, delete-orphan", order_by="Unit.position"
    )


class Unit(Tracked, Base):
    """An entrance / stairwell (单元) of a building."""

    __tablename__ = "unit"
    __table_args__ = (UniqueConstraint("building_id", "name"),)

    building_id: Mapped[int] = mapped_column(ForeignKey("building.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(50))
    position: Mapped[int] = mapped_column(Integer, default=0)

    building: Mapped["Building"] = relationship(back_populates="units")
    households: Mapped[list["Household"]] = relationship(
        back_populates="unit", cascade="all, delete-orphan", order_by="Household.number"
    )


class Household(Tracked, Base):
    """A household (户): one flat in a unit."""

    __tablename__ = "household"
    __table_args__ = (UniqueConstraint("unit_id", "number"),)

    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"))
    number: Mapped[str] = mapped_column(String(20))
    owner_name: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    resident: Mapped[bool] = mapped_column(Boolean, default=True)
    elderly: Mapped[bool] = mapped_column(Boolean, default=False)
    area: Mapped[Optional[Decimal]] = mapped_column(Numeric(10, 2))
    notes: Mapped[str] = mapped_column(Text, default="")

    unit: Mapped["Unit"] = relationship(back_populates="households")


# --- procedure templates -----------------------------------------------------------------


class ProcedureTemplate(Tracked, Base):
    """A version of a procedure: phases, steps, materials. Frozen once a project uses it."""

    __tablename__ = "procedure_template"
    __table_args__ = (UniqueConstraint("name", "version"),)

    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    version: Mapped[int] = mapped_column(Integer, default=1)
    is_builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    derived_from_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("procedure_template.id", ondelete="SET NULL")
    )

    phases: Mapped[list["TemplatePhase"]] = relationship(
        back_populates="template", cascade="all, delete-orphan", order_by="TemplatePhase.position"
    )


class TemplatePhase(Tracked, Base):
    __tablename__ = "template_phase"

    template_id: Mapped[int] = mapped_column(
        ForeignKey("procedure_template.id", ondelete="CASCADE")
    )
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    template: Mapped["ProcedureTemplate"] = relationship(back_populates="phases")
    steps: Mapped[list["TemplateStep"]] = relationship(
        back_populates="phase", cascade="all, delete-orphan", order_by="TemplateStep.position"
    )


class TemplateStep(Tracked, Base):
    """A step of a template. ``period`` is the statutory period, ``prerequisites`` step codes."""

    __tablename__ = "template_step"

    phase_id: Mapped[int] = mapped_column(ForeignKey("template_phase.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    responsible: Mapped[str] = mapped_column(String(100), default="")
    period: Mapped[Optional[dict]] = mapped_column(JSON)
    prerequisites: Mapped[list] = mapped_column(JSON, default=list)
    gate: Mapped[str] = mapped_column(String(30), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    phase: Mapped["TemplatePhase"] = relationship(back_populates="steps")
    materials: Mapped[list["TemplateMaterial"]] = relationship(
        back_populates="step", cascade="all, delete-orphan", order_by="TemplateMaterial.position"
    )


class TemplateMaterial(Tracked, Base):
    __tablename__ = "template_material"

    step_id: Mapped[int] = mapped_column(ForeignKey("template_step.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    step: Mapped["TemplateStep"] = relationship(back_populates="materials")


# --- a project's procedure ---------------------------------------------------------------


class ProjectStep(Tracked, Base):
    """One step of one project: a copy of its template step plus the project's progress."""

    __tablename__ = "project_step"
    __table_args__ = (UniqueConstraint("project_id", "code"),)

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # an update of a row changed meanwhile fails

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    template_step_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("template_step.id", ondelete="SET NULL")
    )
    phase_code: Mapped[str] = mapped_column(String(20))
    phase_name: Mapped[str] = mapped_column(String(100))
    phase_name_en: Mapped[str] = mapped_column(String(100), default="")
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    responsible_party: Mapped[str] = mapped_column(String(100), default="")
    period: Mapped[Optional[dict]] = mapped_column(JSON)
    prerequisites: Mapped[list] = mapped_column(JSON, default=list)
    gate: Mapped[str] = mapped_column(String(30), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    status: Mapped[str] = mapped_column(String(20), default=StepStatus.NOT_STARTED, index=True)
    planned_start: Mapped[Optional[dt.date]] = mapped_column(Date)
    planned_end: Mapped[Optional[dt.date]] = mapped_column(Date)
    actual_start: Mapped[Optional[dt.date]] = mapped_column(Date)
    actual_end: Mapped[Optional[dt.date]] = mapped_column(Date)
    responsible_person_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL")
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    override_reason: Mapped[str] = mapped_column(Text, default="")
    override_by: Mapped[str] = mapped_column(String(100), default="")
    override_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime)

    project: Mapped["Project"] = relationship(back_populates="steps")
    responsible_person: Mapped[Optional["Person"]] = relationship()
    materials: Mapped[list["StepMaterial"]] = relationship(
        back_populates="step", cascade="all, delete-orphan", order_by="StepMaterial.position"
    )


class StepMaterial(Tracked, Base):
    """A document a project step must produce: provided, waived with a reason, or missing."""

    __tablename__ = "step_material"

    step_id: Mapped[int] = mapped_column(ForeignKey("project_step.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    provided: Mapped[bool] = mapped_column(Boolean, default=False)
    waived: Mapped[bool] = mapped_column(Boolean, default=False)
    waive_reason: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    step: Mapped["ProjectStep"] = relationship(back_populates="materials")
    attachments: Mapped[list["Attachment"]] = relationship(
        back_populates="material", cascade="all, delete-orphan", order_by="Attachment.id"
    )


class Attachment(Tracked, Base):
    """A file attached to a step material. Its bytes live in ``attachment_blob``."""

    __tablename__ = "attachment"

    material_id: Mapped[int] = mapped_column(
        ForeignKey("step_material.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")

    material: Mapped["StepMaterial"] = relationship(back_populates="attachments")
    blob: Mapped["AttachmentBlob"] = relationship(
        cascade="all, delete-orphan", single_parent=True, lazy="raise", passive_deletes=True
    )


class AttachmentBlob(Base):
    """The bytes of an attachment, apart from the metadata so lists never read them."""

    __tablename__ = "attachment_blob"

    attachment_id: Mapped[int] = mapped_column(
        ForeignKey("attachment.id", ondelete="CASCADE"), primary_key=True
    )
    data: Mapped[bytes] = mapped_column(LargeBinary)


# --- settings and history ----------------------------------------------------------------


class CalendarDay(Tracked, Base):
    """A holiday or make-up working day entered by an administrator (years the package lacks)."""

    __tablename__ = "calendar_day"

    day: Mapped[dt.date] = mapped_column(Date, unique=True)
    is_workday: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(String(100), default="")


class ChangeLog(Base):
    """The audit trail: one row per significant change, who and when."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user: Mapped[str] = mapped_column(String(100), default="")
    entity: Mapped[str] = mapped_column(String(50))
    entity_uuid: Mapped[str] = mapped_column(String(36), index=True)
    action: Mapped[str] = mapped_column(String(50))
    detail: Mapped[dict] = mapped_column(JSON, default=dict)


# --- site checks, photos, rectification ----------------------------------------------------


class ChecklistItem(Tracked, Base):
    """One point to look at for a work type (外墙, 屋面...), seeded from DOMAIN §7."""

    __tablename__ = "checklist_item"

    work_type: Mapped[str] = mapped_column(String(50), index=True)
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)


class SiteCheck(Tracked, Base):
    """A site check (巡查记录): where, what, who, when, the result, and its photos."""

    __tablename__ = "site_check"

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # an update of a row changed meanwhile fails

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    compound_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("compound.id", ondelete="SET NULL"), index=True
    )
    building_id: Mapped[Optional[int]] = mapped_column(ForeignKey("building.id", ondelete="SET NULL"))
    unit_id: Mapped[Optional[int]] = mapped_column(ForeignKey("unit.id", ondelete="SET NULL"))
    household_id: Mapped[Optional[int]] = mapped_column(ForeignKey("household.id", ondelete="SET NULL"))
    common_area: Mapped[str] = mapped_column(String(20), default="")
    location_text: Mapped[str] = mapped_column(String(300), default="")
    category: Mapped[str] = mapped_column(String(20), index=True)
    work_type: Mapped[str] = mapped_column(String(50), default="")
    checklist: Mapped[list] = mapped_column(JSON, default=list)
    result: Mapped[str] = mapped_column(String(20), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    inspector: Mapped[str] = mapped_column(String(100), default="", index=True)
    inspector_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    checked_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    weather: Mapped[str] = mapped_column(String(50), default="")
    step_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("project_step.id", ondelete="SET NULL"), index=True
    )


class Photo(Tracked, Base):
    """A photo, stored once however many records show it (its SHA-256 is unique).

    The original bytes and a screen-size preview live in ``photo_blob``; lists read only the
    thumbnail here. ``created_at``/``created_by`` are the import time and who imported it.
    """

    __tablename__ = "photo"

    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    filename: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(50))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    orientation: Mapped[Optional[int]] = mapped_column(Integer)
    taken_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime, index=True)
    gps_lat: Mapped[Optional[float]] = mapped_column(Float)
    gps_lon: Mapped[Optional[float]] = mapped_column(Float)
    camera: Mapped[str] = mapped_column(String(200), default="")
    phash: Mapped[str] = mapped_column(String(32), default="", index=True)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)


class PhotoBlob(Base):
    """The untouched original bytes of a photo and its screen-size preview."""

    __tablename__ = "photo_blob"

    photo_id: Mapped[int] = mapped_column(ForeignKey("photo.id", ondelete="CASCADE"), primary_key=True)
    original: Mapped[bytes] = mapped_column(LargeBinary)
    preview: Mapped[bytes] = mapped_column(LargeBinary)


class PhotoLink(Tracked, Base):
    """A photo shown on a site check or a rectification (as a "before" or "after" photo)."""

    __tablename__ = "photo_link"

    photo_id: Mapped[int] = mapped_column(ForeignKey("photo.id", ondelete="CASCADE"), index=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    check_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("site_check.id", ondelete="CASCADE"), index=True
    )
    rectification_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("rectification.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[str] = mapped_column(String(10), default=PhotoRole.CHECK)
    caption: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Rectification(Tracked, Base):
    """A rectification item (整改): a problem, the notice, the reply, the re-check."""

    __tablename__ = "rectification"
    __table_args__ = (UniqueConstraint("project_id", "number"),)

    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}  # an update of a row changed meanwhile fails

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(30))
    check_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("site_check.id", ondelete="SET NULL"), index=True
    )
    compound_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("compound.id", ondelete="SET NULL"), index=True
    )
    location_text: Mapped[str] = mapped_column(String(300), default="")
    category: Mapped[str] = mapped_column(String(20), default="", index=True)
    source: Mapped[str] = mapped_column(String(20), default="")
    responsible_party: Mapped[str] = mapped_column(String(200), default="", index=True)
    severity: Mapped[str] = mapped_column(String(20), default=Severity.NORMAL)
    problem: Mapped[str] = mapped_column(Text, default="")
    requirement: Mapped[str] = mapped_column(Text, default="")
    basis: Mapped[str] = mapped_column(Text, default="")
    issued_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    issued_by: Mapped[str] = mapped_column(String(100), default="")
    deadline_days: Mapped[int] = mapped_column(Integer, default=5)
    deadline: Mapped[dt.date] = mapped_column(Date, index=True)
    deadline_estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(20), default=RectificationStatus.OPEN, index=True)
    reply_measures: Mapped[str] = mapped_column(Text, default="")
    replied_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime)
    replied_by: Mapped[str] = mapped_column(String(100), default="")
    recheck_opinion: Mapped[str] = mapped_column(Text, default="")
    rechecked_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime)
    rechecked_by: Mapped[str] = mapped_column(String(100), default="")
    resident_confirmed_by: Mapped[str] = mapped_column(String(100), default="")
    resident_confirmed_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime)
    closed_at: Mapped[Optional[dt.datetime]] = mapped_column(DateTime)
    step_id: Mapped[Optional[int]] = mapped_column(ForeignKey("project_step.id", ondelete="SET NULL"))


class RectificationEvent(Tracked, Base):
    """One transition of a rectification item, stamped with who and when."""

    __tablename__ = "rectification_event"

    rectification_id: Mapped[int] = mapped_column(
        ForeignKey("rectification.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    by: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(20))
    from_status: Mapped[str] = mapped_column(String(20), default="")
    to_status: Mapped[str] = mapped_column(String(20), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class Draft(Tracked, Base):
    """Unfinished input (e.g. a site check being typed), saved as the user types."""

    __tablename__ = "draft"
    __table_args__ = (UniqueConstraint("kind", "key"),)

    kind: Mapped[str] = mapped_column(String(30))
    key: Mapped[str] = mapped_column(String(100), default="")
    payload: Mapped[dict] = mapped_column(JSON, default=dict)


# --- residents ------------------------------------------------------------------------------


class Setting(Base):
    """A database-wide setting (e.g. the consent threshold rule), stored as JSON."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict] = mapped_column(JSON, default=dict)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")


class Consultation(Tracked, Base):
    """One household's answer in one consultation round (征询): 1 willingness, 2 scheme."""

    __tablename__ = "consultation"
    __table_args__ = (UniqueConstraint("household_id", "round"),)

    household_id: Mapped[int] = mapped_column(
        ForeignKey("household.id", ondelete="CASCADE"), index=True
    )
    round: Mapped[int] = mapped_column(Integer)
    answer: Mapped[str] = mapped_column(String(20), default=ConsentAnswer.NOT_VISITED)
    wanted: Mapped[list] = mapped_column(JSON, default=list)
    co_fund: Mapped[Optional[bool]] = mapped_column(Boolean)
    pay_property: Mapped[Optional[bool]] = mapped_column(Boolean)
    comments: Mapped[str] = mapped_column(Text, default="")
    visitor: Mapped[str] = mapped_column(String(100), default="")
    visited_on: Mapped[Optional[dt.date]] = mapped_column(Date)


class Opinion(Tracked, Base):
    """An opinion or complaint from a resident (意见诉求), tracked until it is answered."""

    __tablename__ = "opinion"

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    compound_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("compound.id", ondelete="SET NULL"), index=True
    )
    household_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("household.id", ondelete="SET NULL")
    )
    person: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    channel: Mapped[str] = mapped_column(String(20), default="")
    category: Mapped[str] = mapped_column(String(20), default="")
    content: Mapped[str] = mapped_column(Text, default="")
    received_on: Mapped[dt.date] = mapped_column(Date, index=True)
    reply_due: Mapped[dt.date] = mapped_column(Date, index=True)
    handler: Mapped[str] = mapped_column(String(100), default="")
    reply: Mapped[str] = mapped_column(Text, default="")
    replied_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default=OpinionStatus.OPEN, index=True)


class SupervisionDay(Tracked, Base):
    """A resident supervision day (民主监督日): who came and what they raised."""

    __tablename__ = "supervision_day"

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    compound_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("compound.id", ondelete="SET NULL")
    )
    held_on: Mapped[dt.date] = mapped_column(Date, index=True)
    place: Mapped[str] = mapped_column(String(200), default="")
    attendees: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    issues: Mapped[list["SupervisionIssue"]] = relationship(
        back_populates="day", cascade="all, delete-orphan", order_by="SupervisionIssue.position"
    )


class SupervisionIssue(Tracked, Base):
    """An issue raised on a supervision day, and what it became (an opinion or a rectification)."""

    __tablename__ = "supervision_issue"

    day_id: Mapped[int] = mapped_column(ForeignKey("supervision_day.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    content: Mapped[str] = mapped_column(Text, default="")
    raised_by: Mapped[str] = mapped_column(String(100), default="")
    action_by: Mapped[str] = mapped_column(String(200), default="")
    due: Mapped[Optional[dt.date]] = mapped_column(Date)
    opinion_id: Mapped[Optional[int]] = mapped_column(ForeignKey("opinion.id", ondelete="SET NULL"))
    rectification_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("rectification.id", ondelete="SET NULL")
    )

    day: Mapped["SupervisionDay"] = relationship(back_populates="issues")


class Survey(Tracked, Base):
    """One household's satisfaction survey form (满意度调查) after completion."""

    __tablename__ = "survey"

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    compound_id: Mapped[int] = mapped_column(ForeignKey("compound.id", ondelete="CASCADE"), index=True)
    household_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("household.id", ondelete="SET NULL"), unique=True
    )
    method: Mapped[str] = mapped_column(String(20), default="visit")
    ratings: Mapped[dict] = mapped_column(JSON, default=dict)
    comments: Mapped[str] = mapped_column(Text, default="")
    respondent: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    surveyor: Mapped[str] = mapped_column(String(100), default="")
    surveyed_on: Mapped[dt.date] = mapped_column(Date, index=True)


# --- completion acceptance -------------------------------------------------------------------


class Acceptance(Tracked, Base):
    """A project's completion acceptance record (竣工逐项验收记录): the header and summary.

    ``started_on`` and ``completed_on`` are the works' actual start and completion,
    ``accepted_on`` the day of the acceptance meeting. The items checked are ``AcceptanceItem``.
    """

    __tablename__ = "acceptance"

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), unique=True)
    contract_price: Mapped[Optional[Decimal]] = mapped_column(Numeric(14, 2))
    started_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    completed_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    accepted_on: Mapped[Optional[dt.date]] = mapped_column(Date)
    sub_works_total: Mapped[Optional[int]] = mapped_column(Integer)
    sub_works_passed: Mapped[Optional[int]] = mapped_column(Integer)
    quality_documents: Mapped[str] = mapped_column(Text, default="")  # 质量控制资料核查
    safety_function: Mapped[str] = mapped_column(Text, default="")  # 安全和主要使用功能核查及抽查结果
    appearance: Mapped[str] = mapped_column(Text, default="")  # 观感质量验收
    conclusion: Mapped[str] = mapped_column(Text, default="")  # 综合验收结论
    supervision_opinion: Mapped[str] = mapped_column(Text, default="")  # 质监站监督意见


class AcceptanceItem(Tracked, Base):
    """One line of the acceptance record: an item checked, how, and the result.

    ``result`` is an ``AcceptanceResult`` or None while not yet checked; ``deadline`` is the
    rectification deadline of a failed item.
    """

    __tablename__ = "acceptance_item"

    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    compound_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("compound.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    category: Mapped[str] = mapped_column(String(100), default="")
    item: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(20), default="")
    designed_quantity: Mapped[Optional[Decimal]] = mapped_column(Numeric(14, 2))
    completed_quantity: Mapped[Optional[Decimal]] = mapped_column(Numeric(14, 2))
    method: Mapped[str] = mapped_column(String(100), default="")
    result: Mapped[Optional[str]] = mapped_column(String(10))
    problem: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[Optional[dt.date]] = mapped_column(Date)


class NumberCounter(Base):
    """The last number given out in a numbering scope ("rectification 3 2026"): taken with a
    row lock, so two people saving at once get different numbers, and a number is never given
    twice, even after the item holding the highest one was deleted."""

    __tablename__ = "number_counter"

    scope: Mapped[str] = mapped_column(String(100), primary_key=True)
    last: Mapped[int] = mapped_column(Integer)


# The tables of people who sign in live in their own module (this one is long enough).
from supervisor.db.users import ProjectMember, User  # noqa: E402,F401
from supervisor.history.schema import HistoryEntry, HistoryHead, HistoryPending, HistoryState  # noqa: E402,F401
# The money of a project (its own module: a feature's tables, reviewed beside ``supervisor.funds``).
from supervisor.db.funds import (  # noqa: E402,F401
    BudgetLine, Contract, Contribution, Funding, FundSource, Payment, PaymentItem, PaymentSplit, UrgentRepair,
)
