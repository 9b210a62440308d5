"""Checklists per work type (外墙, 屋面, 雨污分流 ...) that a site check ticks off: seeded from
``resources/checklists.json``, then edited by an administrator (Tools → Site check lists).
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from supervisor import errors
from supervisor.db.audit import log_change
from supervisor.db.models import ChecklistItem
from supervisor.i18n import QT_TRANSLATE_NOOP
from supervisor.paths import RESOURCES

CHECKLISTS_FILE: Path = RESOURCES / "checklists.json"


def _invalid(template: str, field_name: str, **params) -> errors.ValidationError:
    return errors.ValidationError(template, field=field_name, **params)


def load_checklist_file(path: Path = CHECKLISTS_FILE) -> dict[str, list[str]]:
    """The seed checklists: work type -> check items, in the file's order."""
    with path.open(encoding="utf-8") as handle:
        data = json.load(handle)
    return {work_type: list(items) for work_type, items in data["work_types"].items()}


def seed_checklist(session: Session, path: Path = CHECKLISTS_FILE) -> int:
    """Fill an empty checklist table from the seed file; returns how many items were added."""
    if session.scalar(select(func.count()).select_from(ChecklistItem)):
        return 0
    added = 0
    for work_type, items in load_checklist_file(path).items():
        for position, text in enumerate(items):
            session.add(ChecklistItem(work_type=work_type, text=text, position=position))
            added += 1
    session.flush()
    return added


def work_types(session: Session) -> list[str]:
    """The work types having checklist items, in the order they were first added."""
    query = (
        select(ChecklistItem.work_type)
        .group_by(ChecklistItem.work_type)
        .order_by(func.min(ChecklistItem.id))
    )
    return list(session.scalars(query))


def seeded_work_types(session: Session) -> list[str]:
    """The work types, after seeding an empty checklist table from the file (a write)."""
    seed_checklist(session)
    return work_types(session)


def checklist_items(session: Session, work_type: str) -> list[tuple[int, str]]:
    """``(id, text)`` of a work type's check items, in order."""
    query = (
        select(ChecklistItem.id, ChecklistItem.text)
        .where(ChecklistItem.work_type == work_type)
        .order_by(ChecklistItem.position, ChecklistItem.id)
    )
    return [(row.id, row.text) for row in session.execute(query)]


def _item_text(text: str) -> str:
    cleaned = (text or "").strip()
    if not cleaned:
        raise _invalid(QT_TRANSLATE_NOOP("errors", "The check item needs a text."), "text")
    return cleaned


def _get_item(session: Session, item_id: int) -> ChecklistItem:
    item = session.get(ChecklistItem, item_id)
    if item is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The check item no longer exists."))
    return item


def add_checklist_item(session: Session, work_type: str, text: str) -> ChecklistItem:
    """A new check item at the end of ``work_type`` (a new work type if it has none yet)."""
    work_type = (work_type or "").strip()
    if not work_type:
        raise _invalid(QT_TRANSLATE_NOOP("errors", "The work type needs a name."), "work_type")
    if len(work_type) > 50:
        raise _invalid(
            QT_TRANSLATE_NOOP("errors", "The work type is longer than 50 characters."),
            "work_type",
        )
    last = session.scalar(
        select(func.max(ChecklistItem.position)).where(ChecklistItem.work_type == work_type)
    )
    item = ChecklistItem(
        work_type=work_type, text=_item_text(text), position=0 if last is None else last + 1
    )
    session.add(item)
    session.flush()
    log_change(session, item, "checklist.add", work_type=work_type, text=item.text)
    return item


def update_checklist_item(session: Session, item_id: int, text: str) -> None:
    item = _get_item(session, item_id)
    item.text = _item_text(text)
    log_change(session, item, "checklist.update", text=item.text)


def remove_checklist_item(session: Session, item_id: int) -> None:
    item = _get_item(session, item_id)
    log_change(session, item, "checklist.remove", work_type=item.work_type, text=item.text)
    session.delete(item)
    session.flush()


def move_checklist_item(session: Session, item_id: int, offset: int) -> None:
    """Move an item ``offset`` places down (negative: up) its list, stopping at either end."""
    item = _get_item(session, item_id)
    items = list(
        session.scalars(
            select(ChecklistItem)
            .where(ChecklistItem.work_type == item.work_type)
            .order_by(ChecklistItem.position, ChecklistItem.id)
        )
    )
    index = items.index(item)
    target = min(max(index + offset, 0), len(items) - 1)
    items.insert(target, items.pop(index))
    for position, each in enumerate(items):
        if each.position != position:
            each.position = position
    session.flush()

