"""What the window does with work on site: site checks with their checklists, drafts and photos,
rectification items through their loop, and the completion acceptance record."""

from __future__ import annotations

from supervisor.db.models import Acceptance, AcceptanceItem, PhotoLink, Rectification, RectificationEvent, SiteCheck
from supervisor.db.records import CREATED, part
from supervisor.site import (
    acceptance,
    checklists,
    checks,
    drafts,
    evidence,
    photos,
    rectification_register,
    rectifications,
)
from supervisor.ui.controller import Operations


def _rect_parts(rect_id):
    """A rectification item with its history (the record of its steps through the loop)."""
    return [
        part(Rectification, Rectification.id == rect_id, links=False),
        part(RectificationEvent, RectificationEvent.rectification_id == rect_id),
    ]


def _new_rect_parts(rect_id):
    """A new rectification item, its history and photo links (the photos themselves stay)."""
    return [
        part(Rectification, Rectification.id == rect_id),
        part(RectificationEvent, RectificationEvent.rectification_id == rect_id),
        part(PhotoLink, PhotoLink.rectification_id == rect_id),
    ]


class SiteOperations(Operations):
    # --- site checks ---

    def check_page(self, check_filter, offset: int, limit: int, sort_key: str | None, descending: bool):
        return self.read(
            lambda s: checks.list_checks(
                s, check_filter, sort=sort_key or "checked_at", descending=descending, offset=offset, limit=limit
            )
        )

    def check_count(self, check_filter) -> int:
        return self.read(lambda s: checks.count_checks(s, check_filter))

    def check_data(self, check_id: int):
        return self.read(lambda s: checks.check_data(s, check_id))


    def save_check(self, check_id: int | None, data, photo_link_ids=()) -> int:
        """Create or update a check (undoable); photos imported while it was being typed join it
        (and go back to the project alone when the new check is undone)."""
        links = list(photo_link_ids)

        def touches(saved_id):
            shown = check_id if check_id is not None else saved_id
            return [
                part(SiteCheck, SiteCheck.id == shown, links=CREATED),
                part(PhotoLink, PhotoLink.id.in_(links)),
            ]

        def text(session, saved_id):
            check = checks.get_check(session, saved_id)
            number = checks.check_number(check.id, check.checked_at)
            if check_id is None:
                return self.tr("New site check {number}").format(number=number)
            return self.tr("Edit site check {number}").format(number=number)

        return self.undoable_write(text, lambda s: checks.save_check(s, check_id, data, links), touches)

    def check_deletion(self, check_id: int):
        """What deleting the check takes with it (``checks.CheckDeletion``)."""
        return self.read(lambda s: checks.deletion_summary(s, check_id))

    def delete_check(self, check_id: int) -> None:
        """Not undoable (its photos may go with it): the view asks first, naming what goes."""
        self.write(lambda s: checks.delete_check(s, check_id))

    # --- checklists and drafts ---

    def work_types(self) -> list[str]:
        return self.write(checklists.seeded_work_types)

    def checklist_items(self, work_type: str):
        return self.read(lambda s: checklists.checklist_items(s, work_type))

    def add_checklist_item(self, work_type: str, text: str) -> int:
        return self.write(lambda s: checklists.add_checklist_item(s, work_type, text).id)

    def update_checklist_item(self, item_id: int, text: str) -> None:
        self.write(lambda s: checklists.update_checklist_item(s, item_id, text))

    def remove_checklist_item(self, item_id: int) -> None:
        self.write(lambda s: checklists.remove_checklist_item(s, item_id))

    def move_checklist_item(self, item_id: int, offset: int) -> None:
        self.write(lambda s: checklists.move_checklist_item(s, item_id, offset))

    def save_draft(self, kind: str, key: str, payload: dict) -> None:
        self.write(lambda s: drafts.save_draft(s, kind, key, payload))

    def load_draft(self, kind: str, key: str):
        return self.read(lambda s: drafts.load_draft(s, kind, key))

    def discard_draft(self, kind: str, key: str) -> None:
        self.write(lambda s: drafts.discard_draft(s, kind, key))

    # --- photos ---

    def photo_rows(self, **where):
        return self.read(lambda s: photos.photo_rows(s, **where))

    def photo_preview(self, photo_id: int) -> bytes:
        return self.read(lambda s: photos.preview(s, photo_id))

    def photo_original(self, photo_id: int):
        return self.read(lambda s: photos.original(s, photo_id))

    def set_photo_caption(self, link_id: int, caption: str) -> None:
        self.undoable_write(
            self.tr("Edit photo caption"),
            lambda s: photos.set_caption(s, link_id, caption),
            lambda _result: [part(PhotoLink, PhotoLink.id == link_id, links=False)],
        )

    def photo_unlinking(self, link_id: int):
        """What taking the photo off its record takes with it (``photos.Unlinking``)."""
        return self.read(lambda s: photos.unlink_summary(s, link_id))

    def unlink_photo(self, link_id: int) -> None:
        """Not undoable (the photo goes when nothing else shows it): the dialog asks first."""
        self.write(lambda s: photos.unlink(s, link_id))

    def newest_photo_link_id(self) -> int:
        return self.read(photos.newest_link_id)

    def unattached_links(self, project_id: int, photo_ids) -> list[int]:
        return self.read(lambda s: photos.unattached_links(s, project_id, photo_ids))

    # --- rectifications ---

    def rect_page(self, rect_filter, offset: int, limit: int, sort_key: str | None, descending: bool):
        return self.read(
            lambda s: rectification_register.list_rectifications(
                s, rect_filter, sort=sort_key or "deadline", descending=descending, offset=offset, limit=limit
            )
        )

    def rect_count(self, rect_filter) -> int:
        return self.read(lambda s: rectification_register.count_rectifications(s, rect_filter))

    def rect_detail(self, rect_id: int):
        return self.read(lambda s: rectification_register.rectification_detail(s, rect_id))

    def rect_events(self, rect_id: int):
        return self.read(lambda s: rectifications.events(s, rect_id))

    def evidence_warnings(self, rect_id: int):
        return self.read(lambda s: evidence.evidence_warnings(s, rect_id))

    def _rect_change(self, text: str, rect_id: int, change) -> None:
        def named(session, _result):
            return text.format(number=rectifications.get_rectification(session, rect_id).number)

        self.undoable_write(named, change, lambda _result: _rect_parts(rect_id))

    def _raise(self, create) -> int:
        return self.undoable_write(
            lambda s, rect_id: self.tr("Raise rectification {number}").format(
                number=rectifications.get_rectification(s, rect_id).number),
            lambda s: create(s).id,
            _new_rect_parts,
        )

    def new_notice(self, project_id: int):
        """A blank notice (``RectificationData``) to the project's contractor."""
        return self.read(lambda s: rectifications.new_notice(s, project_id))

    def notice_from_check(self, check_id: int):
        """A notice (``RectificationData``) pre-filled from a site check."""
        return self.read(lambda s: rectifications.data_from_check(s, check_id))

    def create_rectification(self, data) -> int:
        return self._raise(lambda s: rectifications.create(s, data))

    def rectification_from_check(self, check_id: int, **overrides) -> int:
        return self._raise(lambda s: rectifications.create_from_check(s, check_id, **overrides))

    def update_rectification(self, rect_id: int, data) -> None:
        self._rect_change(self.tr("Edit rectification {number}"), rect_id,
                          lambda s: rectifications.update(s, rect_id, data))

    def reply_rectification(self, rect_id: int, measures: str) -> None:
        self._rect_change(self.tr("Reply to rectification {number}"), rect_id,
                          lambda s: rectifications.reply(s, rect_id, measures))

    def recheck_rectification(self, rect_id: int, passed: bool, opinion: str, resident: str) -> None:
        self._rect_change(
            self.tr("Pass and close rectification {number}") if passed
            else self.tr("Send back rectification {number}"),
            rect_id, lambda s: rectifications.recheck(s, rect_id, passed, opinion, resident),
        )

    def reopen_rectification(self, rect_id: int, reason: str) -> None:
        self._rect_change(self.tr("Reopen rectification {number}"), rect_id,
                          lambda s: rectifications.reopen(s, rect_id, reason))

    # --- completion acceptance ---

    def acceptance_record(self, project_id: int):
        """The project's ``AcceptanceRecord`` (a blank one when none was entered)."""
        return self.read(lambda s: acceptance.load_record(s, project_id))

    def save_acceptance(self, project_id: int, data) -> None:
        self.undoable_write(
            self.tr("Edit the completion acceptance record"),
            lambda s: acceptance.save_record(s, project_id, data).id,
            lambda _result: [
                part(Acceptance, Acceptance.project_id == project_id),
                part(AcceptanceItem, AcceptanceItem.project_id == project_id),
            ],
        )
