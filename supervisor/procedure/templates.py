"""Procedure templates: the built-in 45-step default, copies, versions and their editing, and
new projects on them.

The default template is a data file (``resources/procedure/default.json``) loaded into the
database the first time it is needed. Templates are versioned: once a project uses a version,
that version is frozen, and editing it means making a new version. The built-in template is
never edited; an administrator copies it and edits the copy. Projects keep their own copy of
the steps, so no template edit ever reaches a project already started: ``create_project``
makes the project record (``supervisor.projects.project``) and gives it that copy.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from supervisor import errors
from supervisor.codes import PeriodKind, PeriodUnit, StepStatus
from supervisor.db.audit import log_change
from supervisor.db.models import (
    ProcedureTemplate,
    Project,
    ProjectStep,
    StepMaterial,
    TemplateMaterial,
    TemplatePhase,
    TemplateStep,
)
from supervisor.i18n import QT_TRANSLATE_NOOP
from supervisor.paths import DEFAULT_TEMPLATE
from supervisor.projects.project import ProjectData, new_project_record

PERIOD_KEYS = {"days", "unit", "from", "kind", "note"}
# A gated step cannot be completed until its condition holds (or an override is recorded):
# "consent:N" means every compound of the project passed consultation round N.
GATES = ("", "consent:1", "consent:2")


def _invalid(template: str, **params) -> errors.ValidationError:
    return errors.ValidationError(template, **params)


def validate_period(period: dict | None, step_codes: set[str], where: str) -> None:
    if period is None:
        return
    if not isinstance(period, dict) or not {"days", "unit"} <= set(period) or set(period) - PERIOD_KEYS:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "Step {step}: the period is malformed."), step=where
        )
    if not isinstance(period["days"], int) or period["days"] < 0:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "Step {step}: the period must be a whole number of days."),
            step=where,
        )
    if period["unit"] not in {u.value for u in PeriodUnit}:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "Step {step}: the period unit must be 'wd' or 'd'."),
            step=where,
        )
    if period.get("kind", "deadline") not in {k.value for k in PeriodKind}:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "Step {step}: unknown period kind."), step=where
        )
    anchor = period.get("from", "start")
    if anchor not in {"start", "project_start"} and not (
        isinstance(anchor, str) and anchor.startswith("step:") and anchor[5:] in step_codes
    ):
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "Step {step}: the period counts from an unknown step."),
            step=where,
        )


def validate_template_data(data: dict) -> None:
    """Check a template data structure; raises ``ValidationError`` naming the first problem."""
    phases = data.get("phases")
    if not isinstance(phases, list) or not phases:
        raise _invalid(QT_TRANSLATE_NOOP("errors", "A procedure needs at least one phase."))
    codes: list[str] = []
    for phase in phases:
        for step in phase.get("steps", []):
            code = str(step.get("code", "")).strip()
            if not code or not str(step.get("name", "")).strip():
                raise _invalid(
                    QT_TRANSLATE_NOOP("errors", "Every step needs a code and a name.")
                )
            if code in codes:
                raise _invalid(
                    QT_TRANSLATE_NOOP("errors", "The step code {step} is used twice."), step=code
                )
            codes.append(code)
    known = set(codes)
    for phase in phases:
        for step in phase.get("steps", []):
            for prerequisite in step.get("prerequisites", []):
                if prerequisite not in known or prerequisite == step["code"]:
                    raise _invalid(
                        QT_TRANSLATE_NOOP(
                            "errors", "Step {step} requires an unknown step {prerequisite}."
                        ),
                        step=step["code"],
                        prerequisite=prerequisite,
                    )
            validate_period(step.get("period"), known, step["code"])
            if str(step.get("gate", "")) not in GATES:
                raise _invalid(
                    QT_TRANSLATE_NOOP(
                        "errors", "Step {step} has an unknown gate {gate}; known: {known}."
                    ),
                    step=step["code"],
                    gate=step.get("gate"),
                    known=", ".join(g for g in GATES if g),
                )


def load_template_file(path: Path = DEFAULT_TEMPLATE) -> dict:
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    validate_template_data(data)
    return data


def template_from_data(data: dict, *, builtin: bool = False) -> ProcedureTemplate:
    template = ProcedureTemplate(
        name=data["name"],
        name_en=data.get("name_en", ""),
        version=int(data.get("version", 1)),
        is_builtin=builtin,
    )
    for p_index, phase_data in enumerate(data["phases"]):
        phase = TemplatePhase(
            code=phase_data["code"],
            name=phase_data["name"],
            name_en=phase_data.get("name_en", ""),
            position=p_index,
        )
        for s_index, step_data in enumerate(phase_data.get("steps", [])):
            step = TemplateStep(
                code=str(step_data["code"]),
                name=step_data["name"],
                name_en=step_data.get("name_en", ""),
                description=step_data.get("description", ""),
                responsible=step_data.get("responsible", ""),
                period=step_data.get("period"),
                prerequisites=list(step_data.get("prerequisites", [])),
                gate=str(step_data.get("gate", "")),
                position=s_index,
            )
            for m_index, material in enumerate(step_data.get("materials", [])):
                step.materials.append(
                    TemplateMaterial(
                        name=material["name"],
                        required=bool(material.get("required", True)),
                        position=m_index,
                    )
                )
            phase.steps.append(step)
        template.phases.append(phase)
    return template


def template_to_data(template: ProcedureTemplate) -> dict:
    """The template as the data-file structure (for export and for copying)."""
    return {
        "name": template.name,
        "name_en": template.name_en,
        "version": template.version,
        "phases": [
            {
                "code": phase.code,
                "name": phase.name,
                "name_en": phase.name_en,
                "steps": [
                    {
                        "code": step.code,
                        "name": step.name,
                        "name_en": step.name_en,
                        "description": step.description,
                        "responsible": step.responsible,
                        "materials": [
                            {"name": m.name, "required": m.required} for m in step.materials
                        ],
                        "period": step.period,
                        "prerequisites": list(step.prerequisites or []),
                        **({"gate": step.gate} if step.gate else {}),
                    }
                    for step in phase.steps
                ],
            }
            for phase in template.phases
        ],
    }


def _with_tree():
    return selectinload(ProcedureTemplate.phases).selectinload(TemplatePhase.steps).selectinload(
        TemplateStep.materials
    )


def default_template(session: Session) -> ProcedureTemplate:
    """The built-in template, loaded from the data file into the database if not there yet."""
    data = load_template_file()
    existing = session.scalars(
        select(ProcedureTemplate)
        .where(
            ProcedureTemplate.is_builtin.is_(True),
            ProcedureTemplate.name == data["name"],
            ProcedureTemplate.version == int(data.get("version", 1)),
        )
        .options(_with_tree())
    ).first()
    if existing is not None:
        return existing
    template = template_from_data(data, builtin=True)
    session.add(template)
    session.flush()
    return template


def list_templates(session: Session) -> list[ProcedureTemplate]:
    return list(
        session.scalars(
            select(ProcedureTemplate).order_by(ProcedureTemplate.name, ProcedureTemplate.version)
        )
    )


def get_template(session: Session, template_id: int) -> ProcedureTemplate:
    template = session.scalars(
        select(ProcedureTemplate).where(ProcedureTemplate.id == template_id).options(_with_tree())
    ).first()
    if template is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The template no longer exists."))
    return template


def projects_using(session: Session, template: ProcedureTemplate) -> int:
    return session.scalar(
        select(func.count()).select_from(Project).where(Project.template_id == template.id)
    )


def is_editable(session: Session, template: ProcedureTemplate) -> bool:
    return not template.is_builtin and projects_using(session, template) == 0


def copy_template(session: Session, template: ProcedureTemplate, name: str | None = None) -> ProcedureTemplate:
    """A new editable template from ``template``: a new version of the same name, or a new name.

    The built-in default keeps its name only with a new version number too.
    """
    data = template_to_data(template)
    new_name = (name or template.name).strip()
    if not new_name:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "A template needs a name."), field="name"
        )
    highest = session.scalar(
        select(func.max(ProcedureTemplate.version)).where(ProcedureTemplate.name == new_name)
    )
    data["name"] = new_name
    data["version"] = (highest or 0) + 1
    copy = template_from_data(data)
    copy.derived_from_id = template.id
    session.add(copy)
    session.flush()
    log_change(session, copy, "template.copy", source=template.uuid)
    return copy


# --- editing a template copy -------------------------------------------------------------


def _ensure_editable(session: Session, template: ProcedureTemplate) -> None:
    if template.is_builtin:
        raise errors.RuleViolation(
            QT_TRANSLATE_NOOP(
                "errors", "The built-in procedure cannot be edited; make a copy and edit that."
            )
        )
    if projects_using(session, template):
        raise errors.RuleViolation(
            QT_TRANSLATE_NOOP(
                "errors",
                "This template version is used by projects already started; make a new version "
                "to change it.",
            )
        )


@dataclass
class StepFields:
    """The editable fields of a template step."""

    code: str
    name: str
    name_en: str = ""
    description: str = ""
    responsible: str = ""


def _all_steps(template: ProcedureTemplate) -> list[TemplateStep]:
    return [step for phase in template.phases for step in phase.steps]


def _check_step_fields(template: ProcedureTemplate, fields: StepFields, current: TemplateStep | None) -> None:
    if not fields.code.strip():
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "A step needs a code."), field="code"
        )
    if not fields.name.strip():
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "A step needs a name."), field="name"
        )
    for step in _all_steps(template):
        if step is not current and step.code == fields.code.strip():
            raise errors.ValidationError(
                QT_TRANSLATE_NOOP("errors", "The step code {step} is used twice."),
                field="code",
                step=fields.code.strip(),
            )


def update_step(session: Session, template: ProcedureTemplate, step: TemplateStep, fields: StepFields) -> None:
    _ensure_editable(session, template)
    _check_step_fields(template, fields, step)
    old_code = step.code
    step.code = fields.code.strip()
    step.name = fields.name.strip()
    step.name_en = fields.name_en.strip()
    step.description = fields.description
    step.responsible = fields.responsible.strip()
    if old_code != step.code:
        for other in _all_steps(template):
            if old_code in (other.prerequisites or []):
                other.prerequisites = [step.code if c == old_code else c for c in other.prerequisites]
            period = other.period
            if period and period.get("from") == f"step:{old_code}":
                other.period = {**period, "from": f"step:{step.code}"}


def add_step(session: Session, template: ProcedureTemplate, phase: TemplatePhase, fields: StepFields, index: int | None = None) -> TemplateStep:
    _ensure_editable(session, template)
    _check_step_fields(template, fields, None)
    step = TemplateStep(
        code=fields.code.strip(),
        name=fields.name.strip(),
        name_en=fields.name_en.strip(),
        description=fields.description,
        responsible=fields.responsible.strip(),
        prerequisites=[],
    )
    index = len(phase.steps) if index is None else index
    phase.steps.insert(index, step)
    _renumber(phase.steps)
    session.flush()
    return step


def remove_step(session: Session, template: ProcedureTemplate, step: TemplateStep) -> None:
    _ensure_editable(session, template)
    for other in _all_steps(template):
        if step.code in (other.prerequisites or []):
            other.prerequisites = [c for c in other.prerequisites if c != step.code]
        if other.period and other.period.get("from") == f"step:{step.code}":
            other.period = {**other.period, "from": "start"}
    phase = step.phase
    phase.steps.remove(step)
    _renumber(phase.steps)
    session.flush()


def move_step(session: Session, template: ProcedureTemplate, step: TemplateStep, offset: int) -> None:
    """Move a step up (-1) or down (+1) inside its phase, or into the neighbouring phase."""
    _ensure_editable(session, template)
    phase = step.phase
    index = phase.steps.index(step)
    target = index + offset
    if 0 <= target < len(phase.steps):
        phase.steps.insert(target, phase.steps.pop(index))
        _renumber(phase.steps)
    else:
        phases = template.phases
        p_index = phases.index(phase) + (1 if offset > 0 else -1)
        if not 0 <= p_index < len(phases):
            return
        phase.steps.remove(step)
        _renumber(phase.steps)
        neighbour = phases[p_index]
        if offset > 0:
            neighbour.steps.insert(0, step)
        else:
            neighbour.steps.append(step)
        _renumber(neighbour.steps)
    session.flush()


def add_material(session: Session, template: ProcedureTemplate, step: TemplateStep, name: str, required: bool = True) -> TemplateMaterial:
    _ensure_editable(session, template)
    if not name.strip():
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "A material needs a name."), field="name"
        )
    material = TemplateMaterial(name=name.strip(), required=required)
    step.materials.append(material)
    _renumber(step.materials)
    session.flush()
    return material


def update_material(session: Session, template: ProcedureTemplate, material: TemplateMaterial, name: str, required: bool) -> None:
    _ensure_editable(session, template)
    if not name.strip():
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "A material needs a name."), field="name"
        )
    material.name = name.strip()
    material.required = required


def remove_material(session: Session, template: ProcedureTemplate, material: TemplateMaterial) -> None:
    _ensure_editable(session, template)
    step = material.step
    step.materials.remove(material)
    _renumber(step.materials)
    session.flush()


def move_material(session: Session, template: ProcedureTemplate, material: TemplateMaterial, offset: int) -> None:
    _ensure_editable(session, template)
    items = material.step.materials
    index = items.index(material)
    target = index + offset
    if 0 <= target < len(items):
        items.insert(target, items.pop(index))
        _renumber(items)
        session.flush()


def _renumber(items) -> None:
    for position, item in enumerate(items):
        item.position = position


# --- plain outlines for the editor ---------------------------------------------------------


@dataclass(frozen=True)
class TemplateSummary:
    id: int
    name: str
    version: int
    builtin: bool
    projects: int
    steps: int

    @property
    def editable(self) -> bool:
        return not self.builtin and self.projects == 0


def template_summaries(session: Session) -> list[TemplateSummary]:
    default_template(session)  # make sure the built-in one is there to copy
    used = dict(
        session.execute(
            select(Project.template_id, func.count()).group_by(Project.template_id)
        ).all()
    )
    counts = dict(
        session.execute(
            select(TemplatePhase.template_id, func.count(TemplateStep.id))
            .join(TemplateStep, TemplateStep.phase_id == TemplatePhase.id)
            .group_by(TemplatePhase.template_id)
        ).all()
    )
    return [
        TemplateSummary(t.id, t.name, t.version, t.is_builtin, used.get(t.id, 0), counts.get(t.id, 0))
        for t in list_templates(session)
    ]


def find_step(template: ProcedureTemplate, step_id: int) -> TemplateStep:
    for step in _all_steps(template):
        if step.id == step_id:
            return step
    raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The step no longer exists."))


def find_material(template: ProcedureTemplate, material_id: int) -> TemplateMaterial:
    for step in _all_steps(template):
        for material in step.materials:
            if material.id == material_id:
                return material
    raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The material no longer exists."))


def find_phase(template: ProcedureTemplate, phase_id: int) -> TemplatePhase:
    for phase in template.phases:
        if phase.id == phase_id:
            return phase
    raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The phase no longer exists."))


def template_outline(template: ProcedureTemplate) -> list[dict]:
    """Phases → steps → materials as plain dicts with their ids (for the template editor)."""
    return [
        {
            "id": phase.id,
            "code": phase.code,
            "name": phase.name,
            "name_en": phase.name_en,
            "steps": [
                {
                    "id": step.id,
                    "code": step.code,
                    "name": step.name,
                    "name_en": step.name_en,
                    "description": step.description,
                    "responsible": step.responsible,
                    "materials": [
                        {"id": m.id, "name": m.name, "required": m.required}
                        for m in step.materials
                    ],
                }
                for step in phase.steps
            ],
        }
        for phase in template.phases
    ]


def instantiate(project: Project, template: ProcedureTemplate) -> None:
    """Give ``project`` its own copy of every step and material of ``template``."""
    project.template = template
    position = 0
    for phase in template.phases:
        for tstep in phase.steps:
            step = ProjectStep(
                template_step_id=tstep.id,
                phase_code=phase.code,
                phase_name=phase.name,
                phase_name_en=phase.name_en,
                code=tstep.code,
                name=tstep.name,
                name_en=tstep.name_en,
                description=tstep.description,
                responsible_party=tstep.responsible,
                period=tstep.period,
                prerequisites=list(tstep.prerequisites or []),
                gate=tstep.gate or "",
                position=position,
                status=StepStatus.NOT_STARTED,
            )
            for m_index, tmaterial in enumerate(tstep.materials):
                step.materials.append(
                    StepMaterial(name=tmaterial.name, required=tmaterial.required, position=m_index)
                )
            project.steps.append(step)
            position += 1


def create_project(
    session: Session, data: ProjectData, template: ProcedureTemplate | None = None
) -> Project:
    """A new project with its own copy of the procedure (the default template if none given)."""
    project = new_project_record(session, data)
    instantiate(project, template or default_template(session))
    session.add(project)
    session.flush()
    log_change(session, project, "project.create", code=project.code, template=project.template.uuid)
    return project
