"""What a write changed: kinds of records, as flags the window refreshes from.

Every write session records the kinds of the records it inserted, updated or deleted, whether
through the ORM's flush or a bulk statement (``supervisor.db.audit`` installs the hooks), so no
operation has to list what it touched and none can forget. ``changed_in(session)`` reads them
after the commit. A record kind no open view shows (drafts, the change log, templates,
checklists, the acceptance record) maps to ``Changed.NONE``: the dialogs that edit those reload
themselves.

No SQLAlchemy here: the window imports this module at start-up.
"""

from __future__ import annotations

import enum


class Changed(enum.Flag):
    NONE = 0
    PROJECTS = enum.auto()  # a project's record or parties
    PLACES = enum.auto()  # compounds, buildings, units
    PEOPLE = enum.auto()
    PROCEDURE = enum.auto()  # a project's steps, materials, attachments
    CALENDAR = enum.auto()  # holidays and make-up days entered by hand
    CHECKS = enum.auto()
    PHOTOS = enum.auto()
    RECTIFICATIONS = enum.auto()
    HOUSEHOLDS = enum.auto()
    CONSULTATION = enum.auto()
    OPINIONS = enum.auto()
    SUPERVISION_DAYS = enum.auto()
    SURVEYS = enum.auto()
    SETTINGS = enum.auto()  # database-wide rules (consent threshold, reply period)
    FUNDS = enum.auto()  # budgets, sources, contracts, payments, contributions, urgent repairs


KINDS: dict[str, Changed] = {
    "project": Changed.PROJECTS,
    "project_party": Changed.PROJECTS,
    "compound": Changed.PLACES,
    "building": Changed.PLACES,
    "unit": Changed.PLACES,
    "person": Changed.PEOPLE,
    "project_step": Changed.PROCEDURE,
    "step_material": Changed.PROCEDURE,
    "attachment": Changed.PROCEDURE,
    "attachment_blob": Changed.PROCEDURE,
    "calendar_day": Changed.CALENDAR,
    "site_check": Changed.CHECKS,
    "photo": Changed.PHOTOS,
    "photo_blob": Changed.PHOTOS,
    "photo_link": Changed.PHOTOS,
    "rectification": Changed.RECTIFICATIONS,
    "rectification_event": Changed.RECTIFICATIONS,
    "household": Changed.HOUSEHOLDS,
    "consultation": Changed.CONSULTATION,
    "opinion": Changed.OPINIONS,
    "supervision_day": Changed.SUPERVISION_DAYS,
    "supervision_issue": Changed.SUPERVISION_DAYS,
    "survey": Changed.SURVEYS,
    "setting": Changed.SETTINGS,
    "funding": Changed.FUNDS,
    "budget_line": Changed.FUNDS,
    "fund_source": Changed.FUNDS,
    "contract": Changed.FUNDS,
    "payment": Changed.FUNDS,
    "payment_item": Changed.FUNDS,
    "payment_split": Changed.FUNDS,
    "contribution": Changed.FUNDS,
    "urgent_repair": Changed.FUNDS,
    # Shown by no view that must follow them (their editors reload themselves):
    "procedure_template": Changed.NONE,
    "template_phase": Changed.NONE,
    "template_step": Changed.NONE,
    "template_material": Changed.NONE,
    "checklist_item": Changed.NONE,
    "draft": Changed.NONE,
    "change_log": Changed.NONE,
    "history": Changed.NONE,  # written with every change; the history views read it when shown
    "history_state": Changed.NONE,
    "history_pending": Changed.NONE,
    "history_head": Changed.NONE,
    "number_counter": Changed.NONE,  # the numbers given out show on the records that hold them
    "acceptance": Changed.NONE,
    "acceptance_item": Changed.NONE,
    "users": Changed.NONE,
    "project_member": Changed.NONE,
}

_KEY = "supervisor.changed"


def kind_of(table: str) -> Changed:
    """The kind of a table's records; a table missing here is a programming error."""
    try:
        return KINDS[table]
    except KeyError:
        raise KeyError(f"no change kind for table {table!r}: add it to supervisor.db.changes.KINDS") from None


def record(info: dict, table: str) -> None:
    """Note in a session's ``info`` that records of ``table`` changed."""
    info[_KEY] = info.get(_KEY, Changed.NONE) | kind_of(table)


def changed_in(session) -> Changed:
    """Every kind of record the session changed (read it after the commit)."""
    return session.info.get(_KEY, Changed.NONE)
