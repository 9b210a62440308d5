"""The history's fields and values in the window's language, and an entry as rows of text.

Field names, kinds of record and what was done are the core's English labels
(``supervisor.history.fields``) translated in context "history"; coded values use the window's
own labels (``supervisor.ui.labels``, the residents' catalog, the role names), so a check's
result reads in the History view exactly as in the list of checks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from supervisor.history import audited, fields, reading
from supervisor.i18n import QT_TRANSLATE_NOOP

VALUE_LIMIT = 120  # characters of one value in a list (the entry's details show it whole)


def _tr(text: str) -> str:
    """A text the core marked in context "history" (a field's or a kind's name)."""
    return QCoreApplication.translate("history", text)


def _names() -> dict[str, dict[str, str]]:
    from supervisor.accounts.roles import ROLE_NAMES
    from supervisor.codes import (
        CheckCategory,
        CheckResult,
        CommonArea,
        PartyRole,
        ProjectClass,
        RectificationStatus,
        Severity,
        StepStatus,
    )
    from supervisor.residents import catalog
    from supervisor.ui import labels

    def entries(items) -> dict[str, str]:
        return {entry.key: QCoreApplication.translate("catalog", entry.label) for entry in items}

    return {
        "step_status": {str(s): labels.status_label(s) for s in StepStatus},
        "check_result": {str(r): labels.result_label(r) for r in CheckResult},
        "acceptance_result": {"pass": QCoreApplication.translate("history", "Passed"), "fail": QCoreApplication.translate("history", "Failed")},
        "check_category": {str(c): labels.category_label(c) for c in CheckCategory},
        "common_area": {str(a): labels.common_area_label(a) for a in CommonArea},
        "severity": {str(s): labels.severity_label(s) for s in Severity},
        "rect_status": {str(s): labels.rect_status_label(s) for s in RectificationStatus},
        "source": {s: labels.source_label(s) for s in ("supervisor", "resident", "complaint", "acceptance")},
        "rect_action": {
            "issue": QCoreApplication.translate("history", "Issued"), "reply": QCoreApplication.translate("history", "Replied"), "close": QCoreApplication.translate("history", "Re-checked and closed"),
            "return": QCoreApplication.translate("history", "Re-checked and sent back"), "reopen": QCoreApplication.translate("history", "Reopened"),
        },
        "photo_role": {"check": QCoreApplication.translate("history", "Site check photo"), "before": QCoreApplication.translate("history", "Before"), "after": QCoreApplication.translate("history", "After")},
        "project_class": {str(c): labels.class_label(c) for c in ProjectClass},
        "party_role": {str(r): labels.role_label(r) for r in PartyRole},
        "answer": entries(catalog.ANSWERS), "rating": entries(catalog.RATINGS),
        "survey_item": entries(catalog.SURVEY_ITEMS), "survey_method": entries(catalog.SURVEY_METHODS),
        "channel": entries(catalog.OPINION_CHANNELS), "opinion_category": entries(catalog.OPINION_CATEGORIES),
        "opinion_status": entries(catalog.OPINION_STATUSES),
        "menu_item": entries(catalog.MENU_ITEMS.values()),
        "role": {str(r): QCoreApplication.translate("errors", name) for r, name in ROLE_NAMES.items()},
        **{domain: {code: QCoreApplication.translate("funds" if domain == "payment_rule" else "history", label)
                    for code, label in names.items()} for domain, names in MONEY_NAMES.items()},
    }


MONEY_NAMES: dict[str, dict[str, str]] = {
    "fund_source": {
        "central": QT_TRANSLATE_NOOP("history", "Central subsidy"),
        "provincial": QT_TRANSLATE_NOOP("history", "Provincial finance"),
        "local": QT_TRANSLATE_NOOP("history", "City and district finance"),
        "bond": QT_TRANSLATE_NOOP("history", "Special bonds"),
        "residents": QT_TRANSLATE_NOOP("history", "Residents' contributions"),
        "maintenance_fund": QT_TRANSLATE_NOOP("history", "Maintenance fund"),
        "public_income": QT_TRANSLATE_NOOP("history", "Public income"),
        "utility": QT_TRANSLATE_NOOP("history", "Utility companies"),
        "property_unit": QT_TRANSLATE_NOOP("history", "Original property unit"),
        "social_capital": QT_TRANSLATE_NOOP("history", "Social capital"),
        "other": QT_TRANSLATE_NOOP("history", "Other"),
    },
    "contract_kind": {
        "works": QT_TRANSLATE_NOOP("history", "Works contract"),
        "supervision": QT_TRANSLATE_NOOP("history", "Supervision contract"),
        "design": QT_TRANSLATE_NOOP("history", "Design contract"),
        "audit": QT_TRANSLATE_NOOP("history", "Tracking audit contract"),
    },
    "payment_kind": {
        "advance": QT_TRANSLATE_NOOP("history", "Advance"), "progress": QT_TRANSLATE_NOOP("history", "Progress payment"),
        "milestone": QT_TRANSLATE_NOOP("history", "Milestone payment"),
        "final": QT_TRANSLATE_NOOP("history", "Final account payment"),
        "retention": QT_TRANSLATE_NOOP("history", "Retention"),
    },
    "payment_status": {
        "applied": QT_TRANSLATE_NOOP("history", "Applied for"), "certified": QT_TRANSLATE_NOOP("history", "Certified"),
        "audited": QT_TRANSLATE_NOOP("history", "Audited"), "approved": QT_TRANSLATE_NOOP("history", "Approved"),
        "disbursed": QT_TRANSLATE_NOOP("history", "Disbursed"), "published": QT_TRANSLATE_NOOP("history", "Published"),
        "rejected": QT_TRANSLATE_NOOP("history", "Sent back"),
    },
    "repair_status": {
        "reported": QT_TRANSLATE_NOOP("history", "Reported"), "repaired": QT_TRANSLATE_NOOP("history", "Repaired"),
        "paid": QT_TRANSLATE_NOOP("history", "Paid"),
    },
    "payment_rule": {
        "progress": QT_TRANSLATE_NOOP("funds", "Progress payments: 80 % of the accepted work"),
        "progress-90": QT_TRANSLATE_NOOP("funds", "Progress payments: 90 % of the accepted work"),
        "monthly-70": QT_TRANSLATE_NOOP("funds", "Monthly payments: 70 % of the audited work"),
        "milestone": QT_TRANSLATE_NOOP(
            "funds", "Milestones: 10 % at site entry, 20 % at 30/50/70/90 % complete, 5 % at acceptance"),
    },
}
"""The money's coded values in the window's language (the payment rules as the Funds tab names them)."""


def window_words(limit: int = VALUE_LIMIT) -> fields.Words:
    """Words in the window's language; values longer than ``limit`` characters are cut (0: whole)."""
    from supervisor.ui.labels import list_separator, yes_no_label

    return fields.Words(
        field=lambda name: _tr(name.label), kind=kind_name, names=_names(),
        yes=yes_no_label(True), no=yes_no_label(False), empty="—",
        file_replaced=QCoreApplication.translate("history", "file replaced"), changed=QCoreApplication.translate("history", "changed"), colon=QCoreApplication.translate("history", ": "),
        items=QCoreApplication.translate("history", ", "), pairs=list_separator(), limit=limit,
    )


def kind_name(kind: str) -> str:
    return _tr(audited.KIND_NAMES.get(kind, kind))


def action_text(entry: reading.Entry) -> str:
    return _tr(fields.action_name(entry.action, entry.operation).label)


def record_text(entry: reading.Entry) -> str:
    """The kind of record and its number or name ("site check XC-2026-00012"); a record with
    no name of its own (a photo on a record, an event) by its kind alone."""
    name = kind_name(entry.kind)
    return name if entry.label.startswith("#") else f"{name} {entry.label}"


def when_text(entry: reading.Entry) -> str:
    return f"{reading.local_time(entry.at):%Y-%m-%d %H:%M:%S}"


def details_text(entry: reading.Entry) -> str:
    """An entry in full: who, when, which record, what, and every change whole."""
    lines = fields.change_lines(entry, window_words(limit=0))
    head = [
        QCoreApplication.translate("history", "When: {when}").format(when=when_text(entry)),
        QCoreApplication.translate("history", "Who: {person}").format(person=entry.person or "—"),
        QCoreApplication.translate("history", "Record: {record}").format(record=record_text(entry)),
        QCoreApplication.translate("history", "What: {what}").format(what=action_text(entry)),
    ]
    if entry.uuid:
        head.append(QCoreApplication.translate("history", "Record's identity: {uuid}").format(uuid=entry.uuid))
    return "\n".join(head) + "\n\n" + ("\n".join(lines) if lines else QCoreApplication.translate("history", "(no fields to show)"))


def list_text(lines: list[str]) -> str:
    """An entry's changes on one line (a list's cell)."""
    return QCoreApplication.translate("history", "; ").join(lines)
