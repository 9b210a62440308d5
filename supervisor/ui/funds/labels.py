"""Translated names of the money's codes (kinds of source, contract and payment, a payment's
status, a repair's status) and amounts as the window shows them."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from supervisor.codes import ContractKind, FundSourceKind, PaymentKind, PaymentStatus, RepairStatus
from supervisor.funds import amounts


def money(value: Decimal | None) -> str:
    """"1,234,567.80"; empty for None."""
    return amounts.yuan(value)


def source_kinds() -> dict[str, str]:
    K = FundSourceKind
    return {
        K.CENTRAL: QCoreApplication.translate("funds", "Central subsidy"),
        K.PROVINCIAL: QCoreApplication.translate("funds", "Provincial funds"),
        K.LOCAL: QCoreApplication.translate("funds", "City or district funds"),
        K.BOND: QCoreApplication.translate("funds", "Special bond"),
        K.RESIDENTS: QCoreApplication.translate("funds", "Residents' contributions"),
        K.MAINTENANCE_FUND: QCoreApplication.translate("funds", "Housing maintenance fund"),
        K.PUBLIC_INCOME: QCoreApplication.translate("funds", "Public income"),
        K.UTILITY: QCoreApplication.translate("funds", "Utility companies"),
        K.PROPERTY_UNIT: QCoreApplication.translate("funds", "Original property unit"),
        K.SOCIAL_CAPITAL: QCoreApplication.translate("funds", "Social capital"),
        K.OTHER: QCoreApplication.translate("funds", "Other"),
    }


def contract_kinds() -> dict[str, str]:
    K = ContractKind
    return {
        K.WORKS: QCoreApplication.translate("funds", "Works"),
        K.SUPERVISION: QCoreApplication.translate("funds", "Supervision"),
        K.DESIGN: QCoreApplication.translate("funds", "Design"),
        K.AUDIT: QCoreApplication.translate("funds", "Tracking audit"),
    }


def payment_kinds() -> dict[str, str]:
    K = PaymentKind
    return {
        K.ADVANCE: QCoreApplication.translate("funds", "Advance"),
        K.PROGRESS: QCoreApplication.translate("funds", "Progress"),
        K.MILESTONE: QCoreApplication.translate("funds", "Milestone"),
        K.FINAL: QCoreApplication.translate("funds", "Final account"),
        K.RETENTION: QCoreApplication.translate("funds", "Retention"),
    }


def payment_statuses() -> dict[str, str]:
    S = PaymentStatus
    return {
        S.APPLIED: QCoreApplication.translate("funds", "Applied"),
        S.CERTIFIED: QCoreApplication.translate("funds", "Certified"),
        S.AUDITED: QCoreApplication.translate("funds", "Audited"),
        S.APPROVED: QCoreApplication.translate("funds", "Approved"),
        S.DISBURSED: QCoreApplication.translate("funds", "Disbursed"),
        S.PUBLISHED: QCoreApplication.translate("funds", "Published"),
        S.REJECTED: QCoreApplication.translate("funds", "Sent back"),
    }


def repair_statuses() -> dict[str, str]:
    R = RepairStatus
    return {
        R.REPORTED: QCoreApplication.translate("funds", "Reported"),
        R.REPAIRED: QCoreApplication.translate("funds", "Repaired"),
        R.PAID: QCoreApplication.translate("funds", "Paid"),
    }


def deadline_name(code: str) -> str:
    return {"final_account": QCoreApplication.translate("funds", "Final account submitted for audit"),
            "settlement": QCoreApplication.translate("funds", "Financial settlement")}.get(code, code)


def rule_label(rule) -> str:
    return QCoreApplication.translate("funds", rule.label)


def label(names: dict[str, str], key: str | None) -> str:
    return names.get(key or "", key or "")
