"""Translated display names for the core's enumerations (status, class, party role)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from supervisor.db.models import PartyRole, ProjectClass, StepStatus


def status_label(status: StepStatus | str) -> str:
    names = {
        StepStatus.NOT_STARTED: QCoreApplication.translate("labels", "Not started"),
        StepStatus.IN_PROGRESS: QCoreApplication.translate("labels", "In progress"),
        StepStatus.DONE: QCoreApplication.translate("labels", "Done"),
        StepStatus.NOT_APPLICABLE: QCoreApplication.translate("labels", "Not applicable"),
    }
    return names[StepStatus(status)]


def class_label(value: ProjectClass | str) -> str:
    names = {
        ProjectClass.BASIC: QCoreApplication.translate("labels", "Basic"),
        ProjectClass.IMPROVEMENT: QCoreApplication.translate("labels", "Improvement"),
        ProjectClass.UPGRADE: QCoreApplication.translate("labels", "Upgrade"),
    }
    return names.get(value, str(value))


def role_label(role: PartyRole | str) -> str:
    names = {
        PartyRole.CLIENT: QCoreApplication.translate("labels", "Client"),
        PartyRole.CONTRACTOR: QCoreApplication.translate("labels", "Contractor"),
        PartyRole.SUPERVISOR: QCoreApplication.translate("labels", "Supervision firm"),
        PartyRole.DESIGNER: QCoreApplication.translate("labels", "Designer"),
    }
    return names.get(role, str(role))


# Background tints that read well with dark text; the overdue colour is for text.
STATUS_COLOURS = {
    StepStatus.NOT_STARTED: QColor("#ffffff"),
    StepStatus.IN_PROGRESS: QColor("#fff4c2"),
    StepStatus.DONE: QColor("#d8f0d2"),
    StepStatus.NOT_APPLICABLE: QColor("#e6e6e6"),
}
OVERDUE_COLOUR = QColor("#c0392b")


def uses_chinese() -> bool:
    """True when the window speaks Chinese (then Chinese names are shown, not English ones)."""
    from PySide6.QtCore import QLocale

    return QLocale().language() == QLocale.Language.Chinese
