"""Translated display names for the core's enumerations (status, class, party role)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from supervisor.codes import PartyRole, ProjectClass, StepStatus


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


def category_label(value: str) -> str:
    from supervisor.codes import CheckCategory as C

    names = {
        C.MATERIALS: QCoreApplication.translate("labels", "Materials"),
        C.WORKMANSHIP: QCoreApplication.translate("labels", "Workmanship"),
        C.PROGRESS: QCoreApplication.translate("labels", "Progress"),
        C.FUNDS: QCoreApplication.translate("labels", "Fund disbursement"),
        C.SAFETY: QCoreApplication.translate("labels", "Safety and tidiness"),
    }
    return names.get(value, value or "")


def result_label(value: str) -> str:
    from supervisor.codes import CheckResult as R

    names = {
        R.PASS: QCoreApplication.translate("labels", "Passed"),
        R.PROBLEM: QCoreApplication.translate("labels", "Problem found"),
    }
    return names.get(value, value or "")


def common_area_label(value: str) -> str:
    from supervisor.codes import CommonArea as A

    names = {
        A.ROAD: QCoreApplication.translate("labels", "Road"),
        A.ROOF: QCoreApplication.translate("labels", "Roof"),
        A.STAIRWELL: QCoreApplication.translate("labels", "Stairwell"),
        A.GREEN: QCoreApplication.translate("labels", "Green space"),
        A.PARKING: QCoreApplication.translate("labels", "Parking"),
        A.PIPES: QCoreApplication.translate("labels", "Pipe network"),
    }
    return names.get(value, value or "")


def severity_label(value: str) -> str:
    from supervisor.codes import Severity as S

    names = {
        S.NORMAL: QCoreApplication.translate("labels", "Normal"),
        S.SERIOUS: QCoreApplication.translate("labels", "Serious"),
        S.STOP_WORK: QCoreApplication.translate("labels", "Stop work"),
    }
    return names.get(value, value or "")


def rect_status_label(value: str) -> str:
    from supervisor.codes import RectificationStatus as R

    names = {
        R.OPEN: QCoreApplication.translate("labels", "To rectify"),
        R.REPLIED: QCoreApplication.translate("labels", "Replied"),
        R.CLOSED: QCoreApplication.translate("labels", "Closed"),
    }
    return names.get(value, value or "")


def source_label(value: str) -> str:
    names = {
        "supervisor": QCoreApplication.translate("labels", "Supervision firm"),
        "resident": QCoreApplication.translate("labels", "Resident supervisor"),
        "complaint": QCoreApplication.translate("labels", "Complaint"),
        "acceptance": QCoreApplication.translate("labels", "Acceptance"),
    }
    return names.get(value, value or "")


WEATHER = ["晴", "多云", "阴", "小雨", "中雨", "大雨", "雪", "大风", "雾"]
RESULT_COLOURS = {"pass": QColor("#d8f0d2"), "problem": QColor("#fde2dd")}
RECT_STATUS_COLOURS = {"open": QColor("#fde2dd"), "replied": QColor("#fff4c2"), "closed": QColor("#d8f0d2")}


def catalog_label(entries, key: str | None) -> str:
    """The translated label of ``key`` among ``resident_catalog`` entries ('' when unknown)."""
    for entry in entries:
        if entry.key == key:
            return QCoreApplication.translate("catalog", entry.label)
    return key or ""


def yes_no_label(value: bool | None) -> str:
    if value is None:
        return ""
    return QCoreApplication.translate("labels", "Yes") if value else QCoreApplication.translate("labels", "No")


def form_title(spec) -> str:
    """A printable form's name in the window's language (``supervisor.documents.forms.FORMS``)."""
    return QCoreApplication.translate("forms", spec.title)


def list_separator() -> str:
    """Between the items of a list in running text: "; " in English (items may hold commas),
    "；" or "、" in Chinese as the translation says."""
    return QCoreApplication.translate("labels", "; ")
