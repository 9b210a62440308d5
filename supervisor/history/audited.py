"""Which tables the history records, and how it keys, names and places their records.

Every table of the schema is recorded except the history's own, the change log it supersedes,
drafts (unfinished typing, saved as the user types) and the number counters (the numbers show
on the records that hold them). A record is keyed by its primary key as text ("12", or "3/7"
for a composite key), named by its number, code or name, and placed in its project by its own
``project_id`` or its parent's (a household through its unit, building and compound).
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from sqlalchemy import Table, inspect

from supervisor.db.models import Base
from supervisor.i18n import QT_TRANSLATE_NOOP

NOT_RECORDED = frozenset(
    {"history", "history_state", "history_pending", "history_head", "change_log", "draft", "number_counter"}
)
SECRET = {"users": frozenset({"password_hash"})}
"""Columns recorded by their SHA-256 only (the history is readable by every user)."""

KIND_NAMES = {
    "project": QT_TRANSLATE_NOOP("history", "project"),
    "project_party": QT_TRANSLATE_NOOP("history", "project party"),
    "compound": QT_TRANSLATE_NOOP("history", "compound"),
    "building": QT_TRANSLATE_NOOP("history", "building"),
    "unit": QT_TRANSLATE_NOOP("history", "unit"),
    "person": QT_TRANSLATE_NOOP("history", "person"),
    "procedure_template": QT_TRANSLATE_NOOP("history", "procedure template"),
    "template_phase": QT_TRANSLATE_NOOP("history", "template phase"),
    "template_step": QT_TRANSLATE_NOOP("history", "template step"),
    "template_material": QT_TRANSLATE_NOOP("history", "template material"),
    "project_step": QT_TRANSLATE_NOOP("history", "procedure step"),
    "step_material": QT_TRANSLATE_NOOP("history", "step material"),
    "attachment": QT_TRANSLATE_NOOP("history", "attached file"),
    "attachment_blob": QT_TRANSLATE_NOOP("history", "attached file's contents"),
    "calendar_day": QT_TRANSLATE_NOOP("history", "calendar day"),
    "checklist_item": QT_TRANSLATE_NOOP("history", "checklist item"),
    "site_check": QT_TRANSLATE_NOOP("history", "site check"),
    "photo": QT_TRANSLATE_NOOP("history", "photo"),
    "photo_blob": QT_TRANSLATE_NOOP("history", "photo's original and preview"),
    "photo_link": QT_TRANSLATE_NOOP("history", "photo on a record"),
    "rectification": QT_TRANSLATE_NOOP("history", "rectification item"),
    "rectification_event": QT_TRANSLATE_NOOP("history", "rectification event"),
    "setting": QT_TRANSLATE_NOOP("history", "setting"),
    "household": QT_TRANSLATE_NOOP("history", "household"),
    "consultation": QT_TRANSLATE_NOOP("history", "consultation answer"),
    "opinion": QT_TRANSLATE_NOOP("history", "opinion"),
    "supervision_day": QT_TRANSLATE_NOOP("history", "supervision day"),
    "supervision_issue": QT_TRANSLATE_NOOP("history", "supervision day issue"),
    "survey": QT_TRANSLATE_NOOP("history", "satisfaction survey"),
    "acceptance": QT_TRANSLATE_NOOP("history", "acceptance record"),
    "acceptance_item": QT_TRANSLATE_NOOP("history", "acceptance item"),
    "users": QT_TRANSLATE_NOOP("history", "user"),
    "project_member": QT_TRANSLATE_NOOP("history", "project member"),
    "funding": QT_TRANSLATE_NOOP("history", "funding terms"),
    "budget_line": QT_TRANSLATE_NOOP("history", "budget line"),
    "fund_source": QT_TRANSLATE_NOOP("history", "fund source"),
    "contract": QT_TRANSLATE_NOOP("history", "contract"),
    "payment": QT_TRANSLATE_NOOP("history", "payment"),
    "payment_item": QT_TRANSLATE_NOOP("history", "measured item"),
    "payment_split": QT_TRANSLATE_NOOP("history", "payment's share of a source"),
    "contribution": QT_TRANSLATE_NOOP("history", "household contribution"),
    "urgent_repair": QT_TRANSLATE_NOOP("history", "urgent repair"),
}
"""What a record of each table is called (English; the window translates it)."""

_NAMING = ("number", "code", "filename", "name", "key", "day", "held_on", "text", "content", "caption", "item", "party")


@cache
def tables() -> dict[str, Table]:
    """The recorded tables by name, parents before children."""
    return {t.name: t for t in Base.metadata.sorted_tables if t.name not in NOT_RECORDED}


def present(connection) -> dict[str, Table]:
    """The recorded tables the database at ``connection`` has (a migration's view of the
    schema, which may be older than the models)."""
    names = set(inspect(connection).get_table_names())
    return {name: table for name, table in tables().items() if name in names}


def key_columns(table: Table) -> list:
    return list(table.primary_key.columns)


def key_of(table: Table, row) -> str:
    """The record's key as text, from a row or state holding its key columns."""
    return "/".join(str(row[c.name]) for c in key_columns(table))


def check_number(check_id: int, checked_at: dt.datetime | str) -> str:
    """The printed number of a site check: XC-<year>-<id>."""
    year = checked_at[:4] if isinstance(checked_at, str) else f"{checked_at:%Y}"
    return f"XC-{year}-{check_id:05d}"


def label(kind: str, state: dict) -> str:
    """The record's number, code or name as people know it (at most 60 characters)."""
    if kind == "site_check" and "id" in state and state.get("checked_at"):
        return check_number(state["id"], state["checked_at"])
    if kind == "project_step" and state.get("code"):
        return f"{state['code']} {state.get('name', '')}".strip()[:60]
    for column in _NAMING:
        value = state.get(column)
        if value not in (None, ""):
            return str(value)[:60]
    key = "/".join(str(state.get(c.name, "")) for c in key_columns(tables()[kind]))
    return f"#{key}"


@cache
def parent(kind: str) -> tuple[str, str] | None:
    """(foreign key column, parent table) leading towards the project, for a table without a
    ``project_id`` of its own; None when it has one or belongs to no project."""
    table = tables()[kind]
    if "project_id" in table.c or kind == "project":
        return None
    for column in table.columns:
        for foreign in column.foreign_keys:
            target = foreign.column.table.name
            if not column.nullable and target != kind and target in tables():
                if target == "project" or "project_id" in tables()[target].c or parent(target):
                    return column.name, target
    return None
