"""What the window does with a project's procedure: its steps and materials (undoable) and the
site checks linked to a step, the procedure templates, and the holidays and make-up days of the
working-day calendar."""

from __future__ import annotations

import datetime as dt
from typing import Callable

from supervisor.db import calendar
from supervisor.db.models import ProjectStep, StepMaterial
from supervisor.db.records import part
from supervisor.procedure import materials, snapshots, steps, templates
from supervisor.projects import project
from supervisor.site import checks
from supervisor.ui.controller import Operations
from supervisor.ui.labels import status_label


class ProcedureOperations(Operations):
    # --- steps ---

    def snapshot(self, project_id: int, today: dt.date | None = None):
        return self.read(lambda s: snapshots.procedure_snapshot(s, project.get_project(s, project_id), today))

    def checks_for_step(self, step_id: int):
        """The site checks linked to a step, as its panel lists them."""
        return self.read(lambda s: checks.checks_for_step(s, step_id))

    def step_choices(self, project_id: int) -> list[tuple[int, str]]:
        """``(id, "code. name")`` of the project's steps, for linking a record to a step."""
        return [(s.id, f"{s.code}. {s.name}") for s in self.snapshot(project_id).steps()]

    def _step_change(self, text: str, step_id: int, change: Callable) -> None:
        self.undoable_write(
            text,
            lambda session: change(session, steps.get_step(session, step_id)),
            lambda _result: [part(ProjectStep, ProjectStep.id == step_id, links=False)],
        )

    def _step_code(self, step_id: int) -> str:
        return self.read(lambda s: steps.get_step(s, step_id).code)

    def set_status(self, step_id: int, status: str, override_reason: str | None = None) -> None:
        """Raises ``NeedsConfirmation`` (nothing changed) when an override reason is needed."""
        self._step_change(
            self.tr("Step {code}: {status}").format(code=self._step_code(step_id), status=status_label(status)),
            step_id,
            lambda session, step: steps.set_status(session, step, status, override_reason=override_reason),
        )

    def update_step(self, step_id: int, edit) -> None:
        self._step_change(
            self.tr("Edit step {code}").format(code=self._step_code(step_id)),
            step_id,
            lambda session, step: steps.update_step(session, step, edit),
        )

    # --- materials and attachments ---

    def _material_change(self, text: str, material_id: int, change: Callable) -> None:
        self.undoable_write(
            text,
            lambda session: change(session, materials.get_material(session, material_id)),
            lambda _result: [part(StepMaterial, StepMaterial.id == material_id, links=False)],
        )

    def set_provided(self, material_id: int, provided: bool) -> None:
        self._material_change(
            self.tr("Mark material provided") if provided else self.tr("Mark material missing"),
            material_id,
            lambda s, m: materials.set_provided(s, m, provided),
        )

    def waive(self, material_id: int, reason: str) -> None:
        self._material_change(self.tr("Waive material"), material_id, lambda s, m: materials.waive(s, m, reason))

    def unwaive(self, material_id: int) -> None:
        self._material_change(self.tr("Cancel waiver"), material_id, lambda s, m: materials.unwaive(s, m))

    def attach(self, material_id: int, files: list[tuple[str, bytes]]) -> None:
        """Attach several files in one transaction (all or none), as one undo step."""
        ids: list[int] = []
        saved: dict = {}

        def do(session):
            material = materials.get_material(session, material_id)
            saved.setdefault("before", materials.material_state(material))
            ids.clear()
            for name, data in files:
                ids.append(materials.attach(session, material, name, data).id)

        def undo(session):
            for attachment_id in ids:
                materials.remove_attachment(session, attachment_id)
            materials.restore_material(session, materials.get_material(session, material_id), saved["before"])

        text = (
            self.tr("Attach {file}").format(file=files[0][0])
            if len(files) == 1
            else self.tr("Attach %n file(s)", "", len(files))
        )
        self.undoable(text, do, undo)

    def attachment_bytes(self, attachment_id: int) -> tuple[str, bytes]:
        return self.read(lambda s: materials.attachment_bytes(s, attachment_id))

    def remove_attachment(self, attachment_id: int) -> None:
        name, data = self.attachment_bytes(attachment_id)
        material_id = self.read(lambda s: materials.attachment_material_id(s, attachment_id))
        current = {"id": attachment_id}

        def do(session):
            materials.remove_attachment(session, current["id"])

        def undo(session):
            material = materials.get_material(session, material_id)
            current["id"] = materials.attach(session, material, name, data).id

        self.undoable(self.tr("Remove {file}").format(file=name), do, undo)

    # --- templates ---

    def templates(self):
        """Every template (the built-in one is loaded into the database the first time)."""
        return self.write(templates.template_summaries)

    def template_outline(self, template_id: int):
        return self.read(lambda s: templates.template_outline(templates.get_template(s, template_id)))

    def copy_template(self, template_id: int, name: str) -> int:
        return self.write(lambda s: templates.copy_template(s, templates.get_template(s, template_id), name).id)

    def edit_template(self, template_id: int, work: Callable):
        """Run ``work(session, template)`` on an editable template, in one transaction."""
        return self.write(lambda s: work(s, templates.get_template(s, template_id)))

    # --- the working-day calendar ---

    def calendar_days(self):
        return self.read(calendar.list_days)

    def years_needing_entries(self):
        return self.read(calendar.years_needing_entries)

    def set_calendar_day(self, day: dt.date, is_workday: bool, note: str) -> None:
        self.write(lambda s: calendar.set_day(s, day, is_workday, note))

    def remove_calendar_day(self, day_id: int) -> None:
        self.write(lambda s: calendar.remove_day(s, day_id))
