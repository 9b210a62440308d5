"""Roles and the permission map: which role may change which records.

A write is allowed when one of the person's roles holds the permission its records need
(``TABLE_PERMISSIONS``); a few changes inside a table need more (closing or reopening a
rectification item needs ``CLOSE_RECTIFICATION``). Every table must be in the map: a table
missing from it is refused to everyone signed in (a test checks the map is complete).
"""

from __future__ import annotations

import enum

from supervisor.i18n import QT_TRANSLATE_NOOP


class Role(enum.StrEnum):
    ADMINISTRATOR = "administrator"
    PROJECT_MANAGER = "project manager"
    SUPERVISOR = "supervisor"
    CLERK = "clerk"
    AUDITOR = "auditor"


ROLE_NAMES = {
    Role.ADMINISTRATOR: QT_TRANSLATE_NOOP("errors", "administrator"),
    Role.PROJECT_MANAGER: QT_TRANSLATE_NOOP("errors", "project manager"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("errors", "supervisor"),
    Role.CLERK: QT_TRANSLATE_NOOP("errors", "clerk"),
    Role.AUDITOR: QT_TRANSLATE_NOOP("errors", "auditor"),
}
"""English names (translated in messages: 管理员, 项目经理, 监理/质量监督员, 资料员, 审计/只读)."""

_NO_ROLE = QT_TRANSLATE_NOOP("errors", "no role")

ALIASES = {
    "administrator": Role.ADMINISTRATOR, "admin": Role.ADMINISTRATOR, "管理员": Role.ADMINISTRATOR,
    "project manager": Role.PROJECT_MANAGER, "project-manager": Role.PROJECT_MANAGER,
    "manager": Role.PROJECT_MANAGER, "项目经理": Role.PROJECT_MANAGER,
    "supervisor": Role.SUPERVISOR, "监理": Role.SUPERVISOR, "质量监督员": Role.SUPERVISOR,
    "clerk": Role.CLERK, "资料员": Role.CLERK,
    "auditor": Role.AUDITOR, "审计": Role.AUDITOR, "只读": Role.AUDITOR,
}


def parse_role(text: str) -> Role | None:
    """The role named by ``text`` (English or Chinese, any case), or None."""
    return ALIASES.get(" ".join(text.strip().lower().replace("_", " ").split()))


class Permission(enum.Enum):
    """What a write needs; each names the sentence of its refusal."""

    USERS = QT_TRANSLATE_NOOP("errors", "{name} ({roles}) may not manage users.")
    REFERENCE = QT_TRANSLATE_NOOP(
        "errors",
        "{name} ({roles}) may not change templates, checklists, holidays, rules or the letterhead of the forms.",
    )
    PROJECTS = QT_TRANSLATE_NOOP(
        "errors", "{name} ({roles}) may not change projects, compounds or procedure steps."
    )
    MEMBERS = QT_TRANSLATE_NOOP("errors", "{name} ({roles}) may not change who works on a project.")
    ACCEPTANCE = QT_TRANSLATE_NOOP("errors", "{name} ({roles}) may not change the acceptance record.")
    RESIDENTS = QT_TRANSLATE_NOOP(
        "errors", "{name} ({roles}) may not change residents, consultation, opinions or surveys."
    )
    SITE = QT_TRANSLATE_NOOP("errors", "{name} ({roles}) may not change site checks or photos.")
    SUPERVISION_DAYS = QT_TRANSLATE_NOOP(
        "errors", "{name} ({roles}) may not change resident supervision days."
    )
    RECTIFICATIONS = QT_TRANSLATE_NOOP("errors", "{name} ({roles}) may not change rectification items.")
    CLOSE_RECTIFICATION = QT_TRANSLATE_NOOP(
        "errors", "{name} ({roles}) may not close or reopen rectification items."
    )
    FUNDS = QT_TRANSLATE_NOOP(
        "errors",
        "{name} ({roles}) may not change budgets, fund sources, contracts, residents' contributions or urgent repairs.",
    )
    PAYMENTS = QT_TRANSLATE_NOOP("errors", "{name} ({roles}) may not change payments.")
    CERTIFY_PAYMENT = QT_TRANSLATE_NOOP(
        "errors", "{name} ({roles}) may not certify payments: only the supervision firm may."
    )
    RECORD_PAYMENT = QT_TRANSLATE_NOOP(
        "errors", "{name} ({roles}) may not record a payment's audit, disbursement or publicity."
    )
    APPROVE_PAYMENT = QT_TRANSLATE_NOOP(
        "errors", "{name} ({roles}) may not approve payments: only a project manager may."
    )
    SIGN_OFF_MILESTONE = QT_TRANSLATE_NOOP(
        "errors", "{name} ({roles}) may not sign off a milestone: only a quality supervisor may."
    )
    DRAFTS = QT_TRANSLATE_NOOP("errors", "{name} ({roles}) may not keep drafts.")
    CHANGE_LOG = QT_TRANSLATE_NOOP("errors", "{name} ({roles}) may not write the change log.")
    RESTORE = QT_TRANSLATE_NOOP(
        "errors", "{name} ({roles}) may not restore a backup: only an administrator may."
    )
    UNLISTED = QT_TRANSLATE_NOOP("errors", "{name} ({roles}) may not change {table} records.")


P = Permission
TABLE_PERMISSIONS: dict[str, Permission] = {
    "users": P.USERS,
    "procedure_template": P.REFERENCE, "template_phase": P.REFERENCE,
    "template_step": P.REFERENCE, "template_material": P.REFERENCE,
    "checklist_item": P.REFERENCE, "calendar_day": P.REFERENCE, "setting": P.REFERENCE,
    "project": P.PROJECTS, "project_party": P.PROJECTS, "compound": P.PROJECTS,
    "building": P.PROJECTS, "unit": P.PROJECTS, "person": P.PROJECTS,
    "project_step": P.PROJECTS, "step_material": P.PROJECTS,
    "attachment": P.PROJECTS, "attachment_blob": P.PROJECTS,
    "project_member": P.MEMBERS,
    "acceptance": P.ACCEPTANCE, "acceptance_item": P.ACCEPTANCE,
    "household": P.RESIDENTS, "consultation": P.RESIDENTS, "opinion": P.RESIDENTS,
    "survey": P.RESIDENTS,
    "supervision_day": P.SUPERVISION_DAYS, "supervision_issue": P.SUPERVISION_DAYS,
    "site_check": P.SITE, "photo": P.SITE, "photo_blob": P.SITE, "photo_link": P.SITE,
    "rectification": P.RECTIFICATIONS, "rectification_event": P.RECTIFICATIONS,
    "number_counter": P.RECTIFICATIONS,  # the rectification numbers given out
    "funding": P.FUNDS, "budget_line": P.FUNDS, "fund_source": P.FUNDS, "contract": P.FUNDS,
    "contribution": P.FUNDS, "urgent_repair": P.FUNDS,
    "payment": P.PAYMENTS, "payment_item": P.PAYMENTS, "payment_split": P.PAYMENTS,
    "draft": P.DRAFTS,
    "change_log": P.CHANGE_LOG,
    # written by the database's triggers and the recorder with every permitted change:
    "history": P.CHANGE_LOG, "history_state": P.CHANGE_LOG,
    "history_pending": P.CHANGE_LOG, "history_head": P.CHANGE_LOG,
}

_WRITERS = {Role.ADMINISTRATOR, Role.PROJECT_MANAGER, Role.SUPERVISOR, Role.CLERK}

ALLOWED: dict[Permission, frozenset[Role]] = {
    P.USERS: frozenset({Role.ADMINISTRATOR}),
    P.REFERENCE: frozenset({Role.ADMINISTRATOR}),
    P.PROJECTS: frozenset({Role.PROJECT_MANAGER}),
    P.MEMBERS: frozenset({Role.ADMINISTRATOR, Role.PROJECT_MANAGER}),
    P.ACCEPTANCE: frozenset({Role.PROJECT_MANAGER}),
    P.RESIDENTS: frozenset({Role.PROJECT_MANAGER, Role.CLERK}),
    P.SUPERVISION_DAYS: frozenset({Role.SUPERVISOR, Role.CLERK}),
    P.SITE: frozenset({Role.SUPERVISOR}),
    P.RECTIFICATIONS: frozenset({Role.SUPERVISOR, Role.CLERK}),
    P.CLOSE_RECTIFICATION: frozenset({Role.SUPERVISOR}),
    P.FUNDS: frozenset({Role.PROJECT_MANAGER, Role.CLERK}),
    P.PAYMENTS: frozenset({Role.PROJECT_MANAGER, Role.CLERK, Role.SUPERVISOR}),
    P.CERTIFY_PAYMENT: frozenset({Role.SUPERVISOR}),
    P.RECORD_PAYMENT: frozenset({Role.PROJECT_MANAGER, Role.CLERK}),
    P.APPROVE_PAYMENT: frozenset({Role.PROJECT_MANAGER}),
    P.SIGN_OFF_MILESTONE: frozenset({Role.SUPERVISOR}),
    P.DRAFTS: frozenset(_WRITERS),
    P.CHANGE_LOG: frozenset(_WRITERS),
    P.RESTORE: frozenset({Role.ADMINISTRATOR}),  # it replaces every record
    P.UNLISTED: frozenset(),
}
"""Who holds each permission. The auditor holds none: reading, printing and exporting write
nothing, so an auditor does all of them and changes nothing."""


def allows(roles, permission: Permission) -> bool:
    return bool(ALLOWED[permission] & set(roles))


def may(roles, table: str) -> bool:
    """Whether ``roles`` may change records of ``table``."""
    return allows(roles, TABLE_PERMISSIONS.get(table, P.UNLISTED))


def role_names(roles) -> list[str]:
    """The English names of ``roles`` in a fixed order (for messages and lists)."""
    return [ROLE_NAMES[role] for role in Role if role in set(roles)] or [_NO_ROLE]
