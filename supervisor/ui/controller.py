"""The open database and the operations the window performs on it, with undo.

Every user action goes through one method here: it opens one write session, calls the core,
commits, and emits ``changed`` with what changed, so views refresh from that and never from
each other. Actions that make sense to undo are pushed on ``undo_stack`` as commands that
re-run the core on redo and put the records back on undo.
"""

from __future__ import annotations

import datetime as dt
from typing import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from supervisor import errors


class Change:
    """What a ``changed`` signal is about."""

    PROJECTS = "projects"  # the project list (names, counts, archive state)
    PROCEDURE = "procedure"  # the steps of the current project
    COMPOUNDS = "compounds"
    TEMPLATES = "templates"
    PEOPLE = "people"
    CHECKS = "checks"
    RECTIFICATIONS = "rectifications"
    PHOTOS = "photos"
    RESIDENTS = "residents"  # roster, consultation answers, opinions, supervision days, surveys
    ACCEPTANCE = "acceptance"  # a project's completion acceptance record


class DatabaseCommand(QUndoCommand):
    """An undoable change: ``do`` and ``undo`` each run in their own write transaction.

    The first ``redo`` (which Qt calls on push) is skipped: the controller ran ``do`` before
    pushing, so a failed action never lands on the stack.
    """

    def __init__(self, controller: "Controller", text: str, do, undo, changes: tuple[str, ...]):
        super().__init__(text)
        self.controller = controller
        self.do = do
        self.undo_action = undo
        self.changes = changes
        self._first = True

    def redo(self):
        if self._first:
            self._first = False
            return
        self.controller._run(self.do, self.changes, report=True)

    def undo(self):
        self.controller._run(self.undo_action, self.changes, report=True)


class Controller(QObject):
    """The database the window works on.

    Signals:
        changed(tuple): kinds of records that changed (``Change`` constants).
        failed(object): a ``SupervisorError`` from an undo or redo, for the window to show.
    """

    changed = Signal(tuple)
    failed = Signal(object)

    def __init__(self, database, parent=None):
        super().__init__(parent)
        self.database = database
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)

    # --- running things ---

    def read(self, work: Callable):
        with self.database.read() as session:
            return work(session)

    def _run(self, work: Callable, changes: tuple[str, ...], report: bool = False):
        try:
            with self.database.write() as session:
                result = work(session)
        except errors.SupervisorError as error:
            if report:
                self.failed.emit(error)
                return None
            raise
        self.changed.emit(changes)
        return result

    def write(self, work: Callable, *changes: str):
        """Run ``work(session)`` in one transaction; raises ``SupervisorError`` on failure."""
        return self._run(work, changes)

    def undoable(self, text: str, do: Callable, undo: Callable, *changes: str):
        """Run ``do`` now; on success push a command that can undo and redo it."""
        result = self._run(do, changes)
        self.undo_stack.push(DatabaseCommand(self, text, do, undo, changes))
        return result

    def close(self) -> None:
        self.undo_stack.clear()
        self.database.close()

    # --- projects ---

    def projects(self, include_archived: bool):
        from supervisor.projects.project import list_projects

        return self.read(lambda s: list_projects(s, include_archived))

    def project_data(self, project_id: int):
        from supervisor.projects.project import get_project, project_data

        return self.read(lambda s: project_data(get_project(s, project_id)))

    def create_project(self, data, template_id: int | None = None) -> int:
        from supervisor.procedure.templates import create_project, get_template

        def create(session):
            template = get_template(session, template_id) if template_id else None
            return create_project(session, data, template).id

        return self.write(create, Change.PROJECTS, Change.TEMPLATES)

    def update_project(self, project_id: int, data) -> None:
        from supervisor.projects.project import get_project, update_project

        before = self.project_data(project_id)
        self.undoable(
            self.tr("Edit project {code}").format(code=data.code),
            lambda s: update_project(s, get_project(s, project_id), data),
            lambda s: update_project(s, get_project(s, project_id), before),
            Change.PROJECTS, Change.PROCEDURE,
        )

    def set_archived(self, project_id: int, archived: bool) -> None:
        from supervisor.projects.project import get_project, set_archived

        text = self.tr("Archive project") if archived else self.tr("Restore project")
        self.undoable(
            text,
            lambda s: set_archived(s, get_project(s, project_id), archived),
            lambda s: set_archived(s, get_project(s, project_id), not archived),
            Change.PROJECTS,
        )

    # --- the procedure ---

    def snapshot(self, project_id: int, today: dt.date | None = None):
        from supervisor.procedure.snapshots import procedure_snapshot
        from supervisor.projects.project import get_project

        return self.read(lambda s: procedure_snapshot(s, get_project(s, project_id), today))

    def people(self):
        from supervisor.projects.people import list_people

        return self.read(lambda s: [(p.id, p.name, p.organisation) for p in list_people(s)])

    def _step_change(self, text: str, step_id: int, change: Callable) -> None:
        from supervisor.procedure import steps

        saved: dict = {}

        def do(session):
            step = steps.get_step(session, step_id)
            saved.setdefault("before", steps.save_step(step))
            change(session, step)

        def undo(session):
            steps.restore_step(session, steps.get_step(session, step_id), saved["before"])

        self.undoable(text, do, undo, Change.PROCEDURE, Change.PROJECTS)

    def set_status(self, step_id: int, status: str, override_reason: str | None = None) -> None:
        """Raises ``NeedsConfirmation`` (nothing changed) when an override reason is needed."""
        from supervisor.procedure import steps
        from supervisor.ui.labels import status_label

        def change(session, step):
            steps.set_status(session, step, status, override_reason=override_reason)

        code = self.read(lambda s: steps.get_step(s, step_id).code)
        self._step_change(
            self.tr("Step {code}: {status}").format(code=code, status=status_label(status)),
            step_id,
            change,
        )

    def update_step(self, step_id: int, edit) -> None:
        from supervisor.procedure import steps

        code = self.read(lambda s: steps.get_step(s, step_id).code)
        self._step_change(
            self.tr("Edit step {code}").format(code=code),
            step_id,
            lambda session, step: steps.update_step(session, step, edit),
        )

    def _material_change(self, text: str, material_id: int, do: Callable) -> None:
        from supervisor.procedure import materials

        saved: dict = {}

        def run(session):
            material = materials.get_material(session, material_id)
            saved.setdefault(
                "before", (material.provided, material.waived, material.waive_reason)
            )
            do(session, material)

        def undo(session):
            material = materials.get_material(session, material_id)
            material.provided, material.waived, material.waive_reason = saved["before"]

        self.undoable(text, run, undo, Change.PROCEDURE)

    def set_provided(self, material_id: int, provided: bool) -> None:
        from supervisor.procedure import materials

        self._material_change(
            self.tr("Mark material provided") if provided else self.tr("Mark material missing"),
            material_id,
            lambda s, m: materials.set_provided(s, m, provided),
        )

    def waive(self, material_id: int, reason: str) -> None:
        from supervisor.procedure import materials

        self._material_change(
            self.tr("Waive material"), material_id, lambda s, m: materials.waive(s, m, reason)
        )

    def unwaive(self, material_id: int) -> None:
        from supervisor.procedure import materials

        self._material_change(
            self.tr("Cancel waiver"), material_id, lambda s, m: materials.unwaive(s, m)
        )

    def attach(self, material_id: int, files: list[tuple[str, bytes]]) -> None:
        """Attach several files in one transaction (all or none), as one undo step."""
        from supervisor.procedure import materials

        ids: list[int] = []
        saved: dict = {}

        def do(session):
            material = materials.get_material(session, material_id)
            saved.setdefault("provided", material.provided)
            ids.clear()
            for name, data in files:
                ids.append(materials.attach(session, material, name, data).id)

        def undo(session):
            for attachment_id in ids:
                materials.remove_attachment(session, attachment_id)
            materials.get_material(session, material_id).provided = saved["provided"]

        text = (
            self.tr("Attach {file}").format(file=files[0][0])
            if len(files) == 1
            else self.tr("Attach %n file(s)", "", len(files))
        )
        self.undoable(text, do, undo, Change.PROCEDURE)

    def attachment_bytes(self, attachment_id: int) -> tuple[str, bytes]:
        from supervisor.procedure import materials

        return self.read(lambda s: materials.attachment_bytes(s, attachment_id))

    def remove_attachment(self, attachment_id: int) -> None:
        from supervisor.db.models import Attachment
        from supervisor.procedure import materials

        name, data = self.attachment_bytes(attachment_id)
        material_id = self.read(lambda s: s.get(Attachment, attachment_id).material_id)
        current = {"id": attachment_id}

        def do(session):
            materials.remove_attachment(session, current["id"])

        def undo(session):
            material = materials.get_material(session, material_id)
            current["id"] = materials.attach(session, material, name, data).id

        self.undoable(self.tr("Remove {file}").format(file=name), do, undo, Change.PROCEDURE)

    # --- compounds ---

    def compounds(self, project_id: int):
        from supervisor.projects.places import list_compounds

        return self.read(lambda s: list_compounds(s, project_id))

    def compound_data(self, compound_id: int):
        from supervisor.projects.places import compound_data, get_compound

        return self.read(lambda s: compound_data(get_compound(s, compound_id)))

    def add_compound(self, project_id: int, data) -> int:
        from supervisor.projects.places import add_compound
        from supervisor.projects.project import get_project

        return self.write(
            lambda s: add_compound(s, get_project(s, project_id), data).id,
            Change.COMPOUNDS, Change.PROJECTS,
        )

    def update_compound(self, compound_id: int, data) -> None:
        from supervisor.projects.places import get_compound, update_compound

        before = self.compound_data(compound_id)
        self.undoable(
            self.tr("Edit compound {name}").format(name=data.name),
            lambda s: update_compound(s, get_compound(s, compound_id), data),
            lambda s: update_compound(s, get_compound(s, compound_id), before),
            Change.COMPOUNDS,
        )

    def remove_compound(self, compound_id: int) -> None:
        from supervisor.projects.places import get_compound, remove_compound

        self.write(lambda s: remove_compound(s, get_compound(s, compound_id)), Change.COMPOUNDS, Change.PROJECTS)

    def add_building(self, compound_id: int, name: str, units: int, floors: int, flats: int) -> None:
        from supervisor.projects.places import add_building, get_compound

        self.write(
            lambda s: add_building(s, get_compound(s, compound_id), name, units, floors, flats),
            Change.COMPOUNDS,
        )

    # --- templates ---

    def templates(self):
        from supervisor.procedure.templates import template_summaries

        return self.write(template_summaries)

    def template_outline(self, template_id: int):
        from supervisor.procedure.templates import get_template, template_outline

        return self.read(lambda s: template_outline(get_template(s, template_id)))

    def copy_template(self, template_id: int, name: str) -> int:
        from supervisor.procedure.templates import copy_template, get_template

        return self.write(
            lambda s: copy_template(s, get_template(s, template_id), name).id, Change.TEMPLATES
        )

    def edit_template(self, template_id: int, work: Callable):
        """Run ``work(session, template)`` on an editable template, in one transaction."""
        from supervisor.procedure.templates import get_template

        return self.write(lambda s: work(s, get_template(s, template_id)), Change.TEMPLATES)

    # --- people and the calendar ---

    def person_rows(self):
        from supervisor.projects.people import person_rows

        return self.read(person_rows)

    def add_person(self, name: str, role: str, organisation: str, phone: str) -> int:
        from supervisor.projects.people import add_person

        return self.write(lambda s: add_person(s, name, role, organisation, phone).id, Change.PEOPLE)

    def update_person(self, person_id: int, name: str, role: str, organisation: str, phone: str) -> None:
        from supervisor.projects.people import update_person

        self.write(
            lambda s: update_person(s, person_id, name, role, organisation, phone),
            Change.PEOPLE, Change.PROCEDURE,
        )

    def calendar_days(self):
        from supervisor.db.calendar import list_days

        return self.read(list_days)

    def years_needing_entries(self):
        from supervisor.db.calendar import years_needing_entries

        return self.read(years_needing_entries)

    def set_calendar_day(self, day, is_workday: bool, note: str) -> None:
        from supervisor.db.calendar import set_day

        self.write(lambda s: set_day(s, day, is_workday, note), Change.PROCEDURE)

    def remove_calendar_day(self, day_id: int) -> None:
        from supervisor.db.calendar import remove_day

        self.write(lambda s: remove_day(s, day_id), Change.PROCEDURE)

    def compound_outline(self, compound_id: int):
        from supervisor.projects.places import compound_outline

        return self.read(lambda s: compound_outline(s, compound_id))

    # --- site checks ---

    def check_page(self, check_filter, offset, limit, sort_key, descending):
        from supervisor.site import checks

        return self.read(
            lambda s: checks.list_checks(
                s, check_filter, sort=sort_key or "checked_at", descending=descending,
                offset=offset, limit=limit,
            )
        )

    def check_count(self, check_filter) -> int:
        from supervisor.site import checks

        return self.read(lambda s: checks.count_checks(s, check_filter))

    def check_data(self, check_id: int):
        from supervisor.site import checks

        return self.read(lambda s: checks.check_data(s, check_id))

    def save_check(self, check_id: int | None, data, photo_link_ids=()) -> int:
        """Create or update a check; photos imported while it was being typed join it."""
        from supervisor.db.models import PhotoLink
        from supervisor.site import checks

        def save(session):
            if check_id is None:
                saved_id = checks.create_check(session, data).id
            else:
                checks.update_check(session, check_id, data)
                saved_id = check_id
            for link_id in photo_link_ids:
                link = session.get(PhotoLink, link_id)
                if link is not None and link.check_id is None and link.rectification_id is None:
                    link.check_id = saved_id
            return saved_id

        return self.write(save, Change.CHECKS, Change.PHOTOS, Change.PROCEDURE)

    def delete_check(self, check_id: int) -> None:
        from supervisor.site import checks

        self.write(lambda s: checks.delete_check(s, check_id), Change.CHECKS, Change.PROCEDURE)

    def checks_for_step(self, step_id: int):
        from supervisor.site import checks

        return self.read(lambda s: checks.checks_for_step(s, step_id))

    def work_types(self):
        from supervisor.site import checklists

        def load(session):
            checklists.seed_checklist(session)
            return checklists.work_types(session)

        return self.write(load)

    def checklist_items(self, work_type: str):
        from supervisor.site import checklists

        return self.read(lambda s: checklists.checklist_items(s, work_type))

    def add_checklist_item(self, work_type: str, text: str) -> int:
        from supervisor.site import checklists

        return self.write(lambda s: checklists.add_checklist_item(s, work_type, text).id)

    def update_checklist_item(self, item_id: int, text: str) -> None:
        from supervisor.site import checklists

        self.write(lambda s: checklists.update_checklist_item(s, item_id, text))

    def remove_checklist_item(self, item_id: int) -> None:
        from supervisor.site import checklists

        self.write(lambda s: checklists.remove_checklist_item(s, item_id))

    def move_checklist_item(self, item_id: int, offset: int) -> None:
        from supervisor.site import checklists

        self.write(lambda s: checklists.move_checklist_item(s, item_id, offset))

    def compound_choices(self, project_id: int):
        return self.compounds(project_id)

    def step_choices(self, project_id: int):
        snapshot = self.snapshot(project_id)
        return [(s.id, f"{s.code}. {s.name}") for s in snapshot.steps()]

    def save_draft(self, kind: str, key: str, payload: dict) -> None:
        from supervisor.site import drafts

        self.write(lambda s: drafts.save_draft(s, kind, key, payload))

    def load_draft(self, kind: str, key: str):
        from supervisor.site import drafts

        return self.read(lambda s: drafts.load_draft(s, kind, key))

    def discard_draft(self, kind: str, key: str) -> None:
        from supervisor.site import drafts

        self.write(lambda s: drafts.discard_draft(s, kind, key))

    # --- photos ---

    def photo_rows(self, **where):
        from supervisor.site import photos

        return self.read(lambda s: photos.photo_rows(s, **where))

    def photo_preview(self, photo_id: int) -> bytes:
        from supervisor.site import photos

        return self.read(lambda s: photos.preview(s, photo_id))

    def photo_original(self, photo_id: int):
        from supervisor.site import photos

        return self.read(lambda s: photos.original(s, photo_id))

    def set_photo_caption(self, link_id: int, caption: str) -> None:
        from supervisor.site import photos

        self.write(lambda s: photos.set_caption(s, link_id, caption), Change.PHOTOS)

    def unlink_photo(self, link_id: int) -> None:
        from supervisor.site import photos

        self.write(lambda s: photos.unlink(s, link_id), Change.PHOTOS, Change.CHECKS, Change.RECTIFICATIONS)

    # --- rectifications ---

    def rect_page(self, rect_filter, offset, limit, sort_key, descending):
        from supervisor.site import rectifications

        return self.read(
            lambda s: rectifications.list_rectifications(
                s, rect_filter, sort=sort_key or "deadline", descending=descending,
                offset=offset, limit=limit,
            )
        )

    def rect_count(self, rect_filter) -> int:
        from supervisor.site import rectifications

        return self.read(lambda s: rectifications.count_rectifications(s, rect_filter))

    def rect_detail(self, rect_id: int):
        from supervisor.site import rectifications

        return self.read(lambda s: rectifications.rectification_detail(s, rect_id))

    def rect_events(self, rect_id: int):
        from supervisor.site import rectifications

        return self.read(lambda s: rectifications.events(s, rect_id))

    def evidence_warnings(self, rect_id: int):
        from supervisor.site import evidence

        return self.read(lambda s: evidence.evidence_warnings(s, rect_id))

    def create_rectification(self, data) -> int:
        from supervisor.site import rectifications

        return self.write(lambda s: rectifications.create(s, data).id, Change.RECTIFICATIONS, Change.CHECKS)

    def rectification_from_check(self, check_id: int, **overrides) -> int:
        from supervisor.site import rectifications

        return self.write(
            lambda s: rectifications.create_from_check(s, check_id, **overrides).id,
            Change.RECTIFICATIONS, Change.CHECKS,
        )

    def update_rectification(self, rect_id: int, data) -> None:
        from supervisor.site import rectifications

        self.write(lambda s: rectifications.update(s, rect_id, data), Change.RECTIFICATIONS)

    def reply_rectification(self, rect_id: int, measures: str) -> None:
        from supervisor.site import rectifications

        self.write(lambda s: rectifications.reply(s, rect_id, measures), Change.RECTIFICATIONS)

    def recheck_rectification(self, rect_id: int, passed: bool, opinion: str, resident: str) -> None:
        from supervisor.site import rectifications

        self.write(
            lambda s: rectifications.recheck(s, rect_id, passed, opinion, resident),
            Change.RECTIFICATIONS,
        )

    def reopen_rectification(self, rect_id: int, reason: str) -> None:
        from supervisor.site import rectifications

        self.write(lambda s: rectifications.reopen(s, rect_id, reason), Change.RECTIFICATIONS)

    def location_tree(self, compound_id: int):
        from supervisor.projects.places import location_tree

        return self.read(lambda s: location_tree(s, compound_id))

    def party_names(self, project_id: int) -> list[str]:
        """Organisations named as parties of the project (for responsible-party choices)."""
        from supervisor.projects.project import get_project, project_data

        data = self.read(lambda s: project_data(get_project(s, project_id)))
        return [p.organisation for p in data.parties.values() if p.organisation]

    def check_location(self, check_id: int) -> str:
        from supervisor.site import checks

        return self.read(lambda s: checks.get_check(s, check_id).location_text)

    def newest_photo_link_id(self) -> int:
        from sqlalchemy import func, select

        from supervisor.db.models import PhotoLink

        return self.read(lambda s: s.scalar(select(func.max(PhotoLink.id))) or 0)

    def unattached_links(self, project_id: int, photo_ids) -> list[int]:
        """Links of these photos to the project alone (imported for a record not saved yet)."""
        from sqlalchemy import select

        from supervisor.db.models import PhotoLink

        ids = list(photo_ids)
        if not ids:
            return []
        return self.read(
            lambda s: list(
                s.scalars(
                    select(PhotoLink.id).where(
                        PhotoLink.project_id == project_id,
                        PhotoLink.photo_id.in_(ids),
                        PhotoLink.check_id.is_(None),
                        PhotoLink.rectification_id.is_(None),
                    ).order_by(PhotoLink.id)
                )
            )
        )

    # --- residents ---

    def households(self, compound_id: int):
        from supervisor.residents import roster

        return self.read(lambda s: roster.list_households(s, compound_id))

    def add_household(self, compound_id: int, data) -> int:
        from supervisor.projects import places
        from supervisor.residents import roster

        return self.write(
            lambda s: roster.add_household(s, places.get_compound(s, compound_id), data).id,
            Change.RESIDENTS, Change.COMPOUNDS,
        )

    def update_household(self, household_id: int, data) -> None:
        from supervisor.residents import roster

        self.write(
            lambda s: roster.update_household(s, roster.get_household(s, household_id), data),
            Change.RESIDENTS, Change.COMPOUNDS,
        )

    def remove_households(self, household_ids: list[int]) -> None:
        from supervisor.residents import roster

        def remove(session):
            for household_id in household_ids:
                roster.remove_household(session, roster.get_household(session, household_id))

        self.write(remove, Change.RESIDENTS, Change.COMPOUNDS)

    def existing_households(self, compound_id: int):
        from supervisor.residents import roster_xlsx

        return self.read(lambda s: roster_xlsx.existing_households(s, compound_id))

    def import_roster(self, compound_id: int, rows):
        from supervisor.projects import places
        from supervisor.residents import roster_xlsx

        return self.write(
            lambda s: roster_xlsx.import_rows(s, places.get_compound(s, compound_id), rows),
            Change.RESIDENTS, Change.COMPOUNDS,
        )

    def unmet_gates(self, compound_id: int):
        """Completed steps whose residents' consent the compound's project no longer has."""
        from supervisor.procedure import gates
        from supervisor.projects import places

        return self.read(
            lambda s: gates.unmet_gates(s, places.get_compound(s, compound_id).project_id)
        )

    def consultation_register(self, compound_id: int, round_: int):
        from supervisor.residents import consultation

        return self.read(lambda s: consultation.register(s, compound_id, round_))

    def tally(self, compound_id: int, round_: int):
        from supervisor.projects import places
        from supervisor.residents import consultation

        return self.read(lambda s: consultation.tally(s, places.get_compound(s, compound_id), round_))

    def project_tallies(self, project_id: int, round_: int):
        from supervisor.residents import consultation

        return self.read(lambda s: consultation.project_tallies(s, project_id, round_))

    def wanted_counts(self, compound_id: int, round_: int):
        from supervisor.residents import consultation

        return self.read(lambda s: consultation.wanted_counts(s, compound_id, round_))

    def set_answers(self, household_ids: list[int], round_: int, data) -> None:
        """Record the same answer for several households (one transaction)."""
        from supervisor.residents import consultation, roster

        def save(session):
            for household_id in household_ids:
                consultation.set_answer(session, roster.get_household(session, household_id), round_, data)

        self.write(save, Change.RESIDENTS)

    def clear_answers(self, household_ids: list[int], round_: int) -> None:
        from supervisor.residents import consultation

        def clear(session):
            for household_id in household_ids:
                consultation.clear_answer(session, household_id, round_)

        self.write(clear, Change.RESIDENTS)

    def resident_settings(self):
        from supervisor.residents import rules

        return self.read(lambda s: (rules.consent_settings(s), rules.opinion_settings(s)))

    def set_resident_settings(self, consent, opinion) -> None:
        from supervisor.residents import rules

        def save(session):
            rules.set_consent_settings(session, consent)
            rules.set_opinion_settings(session, opinion)

        self.write(save, Change.RESIDENTS)

    def opinions(self, opinion_filter):
        from supervisor.residents import opinions

        return self.read(lambda s: opinions.list_opinions(s, opinion_filter))

    def opinion_data(self, opinion_id: int):
        from supervisor.residents import opinions

        return self.read(lambda s: opinions.opinion_data(opinions.get_opinion(s, opinion_id)))

    def save_opinion(self, opinion_id: int | None, data) -> int:
        from supervisor.residents import opinions

        def save(session):
            if opinion_id is None:
                return opinions.create_opinion(session, data).id
            opinions.update_opinion(session, opinions.get_opinion(session, opinion_id), data)
            return opinion_id

        return self.write(save, Change.RESIDENTS)

    def close_opinion(self, opinion_id: int, closed: bool) -> None:
        from supervisor.residents import opinions

        self.write(lambda s: opinions.set_closed(s, opinions.get_opinion(s, opinion_id), closed), Change.RESIDENTS)

    def remove_opinion(self, opinion_id: int) -> None:
        from supervisor.residents import opinions

        self.write(lambda s: opinions.remove_opinion(s, opinions.get_opinion(s, opinion_id)), Change.RESIDENTS)

    def supervision_days(self, project_id: int):
        from supervisor.residents import supervision_days

        return self.read(lambda s: supervision_days.list_days(s, project_id))

    def save_day(self, day_id: int | None, data) -> int:
        from supervisor.residents import supervision_days

        return self.write(
            lambda s: supervision_days.save_day(s, data, supervision_days.get_day(s, day_id) if day_id else None).id,
            Change.RESIDENTS,
        )

    def remove_day(self, day_id: int) -> None:
        from supervisor.residents import supervision_days

        self.write(lambda s: supervision_days.remove_day(s, supervision_days.get_day(s, day_id)), Change.RESIDENTS)

    def issue_to_opinion(self, issue_id: int) -> int:
        from supervisor.residents import supervision_days

        return self.write(lambda s: supervision_days.issue_to_opinion(s, issue_id).id, Change.RESIDENTS)

    def issue_rectification_data(self, issue_id: int):
        from supervisor.site import resident_issues

        return self.read(lambda s: resident_issues.issue_rectification_data(s, issue_id))

    def rectification_from_issue(self, issue_id: int, data) -> int:
        from supervisor.residents import supervision_days
        from supervisor.site import rectifications

        def create(session):
            rect = rectifications.create(session, data)
            supervision_days.link_rectification(session, issue_id, rect.id)
            return rect.id

        return self.write(create, Change.RESIDENTS, Change.RECTIFICATIONS)

    def surveys(self, compound_id: int):
        from supervisor.residents import surveys

        return self.read(lambda s: surveys.list_surveys(s, compound_id))

    def survey_data(self, survey_id: int):
        from supervisor.residents import surveys

        return self.read(lambda s: surveys.survey_data(surveys.get_survey(s, survey_id)))

    def save_survey(self, survey_id: int | None, data) -> int:
        from supervisor.residents import surveys

        return self.write(
            lambda s: surveys.save_survey(s, data, surveys.get_survey(s, survey_id) if survey_id else None).id,
            Change.RESIDENTS,
        )

    def remove_survey(self, survey_id: int) -> None:
        from supervisor.residents import surveys

        self.write(lambda s: surveys.remove_survey(s, surveys.get_survey(s, survey_id)), Change.RESIDENTS)

    def compound_satisfaction(self, compound_id: int):
        from supervisor.residents import surveys

        return self.read(lambda s: surveys.compound_satisfaction(s, compound_id))

    def project_satisfaction(self, project_id: int):
        from supervisor.residents import surveys

        return self.read(lambda s: surveys.project_satisfaction(s, project_id))

    def compare_projects(self):
        from supervisor.residents import surveys

        return self.read(lambda s: surveys.compare_projects(s))

    # --- completion acceptance ---

    def acceptance_record(self, project_id: int):
        """The project's ``AcceptanceRecord`` (a blank one when none was entered)."""
        from supervisor.site import acceptance

        return self.read(lambda s: acceptance.load_record(s, project_id))

    def save_acceptance(self, project_id: int, data) -> None:
        from supervisor.site import acceptance

        self.write(lambda s: acceptance.save_record(s, project_id, data).id, Change.ACCEPTANCE)
