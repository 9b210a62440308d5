"""The enumerated codes the database stores, and their printed Chinese names.

Records store short English codes (``CheckResult.PROBLEM == "problem"``): these enumerations
are plain Python, so the window can use them without importing SQLAlchemy. Printed forms and
exported ledgers use the Chinese names below whatever the window's language; the window's own
(translated) labels are in ``supervisor.ui.labels``.
"""

from __future__ import annotations

from enum import StrEnum


class StepStatus(StrEnum):
    NOT_STARTED = "not_started"  # 未开始
    IN_PROGRESS = "in_progress"  # 进行中
    DONE = "done"  # 已完成
    NOT_APPLICABLE = "not_applicable"  # 不适用


class ProjectClass(StrEnum):
    BASIC = "basic"  # 基础类
    IMPROVEMENT = "improvement"  # 完善类
    UPGRADE = "upgrade"  # 提升类


class PartyRole(StrEnum):
    CLIENT = "client"  # 建设单位
    CONTRACTOR = "contractor"  # 施工单位
    SUPERVISOR = "supervisor"  # 监理单位
    DESIGNER = "designer"  # 设计单位


class PeriodUnit(StrEnum):
    WORKING_DAYS = "wd"
    CALENDAR_DAYS = "d"


class PeriodKind(StrEnum):
    DEADLINE = "deadline"  # finish within N days of the anchor
    MINIMUM = "minimum"  # not before N days after the anchor


class CheckCategory(StrEnum):
    MATERIALS = "materials"  # 原材料
    WORKMANSHIP = "workmanship"  # 施工质量
    PROGRESS = "progress"  # 施工进度
    FUNDS = "funds"  # 资金拨付
    SAFETY = "safety"  # 安全文明施工


class CheckResult(StrEnum):
    PASS = "pass"  # 合格
    PROBLEM = "problem"  # 发现问题


class CommonArea(StrEnum):
    ROAD = "road"  # 道路
    ROOF = "roof"  # 屋面
    STAIRWELL = "stairwell"  # 楼道
    GREEN = "green"  # 绿地
    PARKING = "parking"  # 停车场
    PIPES = "pipes"  # 管网


class Severity(StrEnum):
    NORMAL = "normal"  # 一般
    SERIOUS = "serious"  # 严重
    STOP_WORK = "stop_work"  # 停工


class RectificationStatus(StrEnum):
    OPEN = "open"  # 待整改
    REPLIED = "replied"  # 已回复
    CLOSED = "closed"  # 已销项


class PhotoRole(StrEnum):
    CHECK = "check"  # taken during a site check
    BEFORE = "before"  # the problem, on a rectification notice
    AFTER = "after"  # the repair, in the reply


class ConsentAnswer(StrEnum):
    AGREE = "agree"
    DISAGREE = "disagree"
    ABSTAIN = "abstain"
    NOT_VISITED = "not_visited"


class OpinionStatus(StrEnum):
    OPEN = "open"
    REPLIED = "replied"
    CLOSED = "closed"


class Rating(StrEnum):
    VERY_SATISFIED = "very_satisfied"
    SATISFIED = "satisfied"
    BASICALLY_SATISFIED = "basically_satisfied"
    UNSATISFIED = "unsatisfied"


class AcceptanceResult(StrEnum):
    PASS = "pass"  # 合格
    FAIL = "fail"  # 不合格


# --- printed names ------------------------------------------------------------------------

COMMON_AREA_NAMES: dict[str, str] = {
    CommonArea.ROAD: "道路",
    CommonArea.ROOF: "屋面",
    CommonArea.STAIRWELL: "楼道",
    CommonArea.GREEN: "绿地",
    CommonArea.PARKING: "停车场",
    CommonArea.PIPES: "管网",
}

CATEGORY_NAMES: dict[str, str] = {
    CheckCategory.MATERIALS: "原材料",
    CheckCategory.WORKMANSHIP: "施工质量",
    CheckCategory.PROGRESS: "施工进度",
    CheckCategory.FUNDS: "资金拨付",
    CheckCategory.SAFETY: "安全文明施工",
}

RESULT_NAMES: dict[str, str] = {
    CheckResult.PASS: "合格",
    CheckResult.PROBLEM: "发现问题",
}

SEVERITY_NAMES: dict[str, str] = {
    Severity.NORMAL: "一般",
    Severity.SERIOUS: "严重",
    Severity.STOP_WORK: "停工",
}

STATUS_NAMES: dict[str, str] = {
    RectificationStatus.OPEN: "待整改",
    RectificationStatus.REPLIED: "已回复",
    RectificationStatus.CLOSED: "已销项",
}

SOURCE_NAMES: dict[str, str] = {
    "supervisor": "监理巡查",
    "resident": "群众质量监督员",
    "complaint": "居民投诉",
    "acceptance": "验收",
}

STEP_STATUS_NAMES: dict[str, str] = {
    StepStatus.DONE: "已完成",
    StepStatus.IN_PROGRESS: "进行中",
    StepStatus.NOT_STARTED: "未开始",
    StepStatus.NOT_APPLICABLE: "不适用",
}

ROUND_NAMES: dict[int, str] = {1: "第一轮（改造意愿）", 2: "第二轮（改造方案）"}


def yes_no(value: bool | None) -> str:
    return "" if value is None else ("是" if value else "否")


# --- money ------------------------------------------------------------------------------------


class FundSourceKind(StrEnum):
    CENTRAL = "central"  # 中央补助资金
    PROVINCIAL = "provincial"  # 省级财政资金
    LOCAL = "local"  # 市/区级财政资金
    BOND = "bond"  # 专项债
    RESIDENTS = "residents"  # 居民直接出资
    MAINTENANCE_FUND = "maintenance_fund"  # 住宅专项维修资金
    PUBLIC_INCOME = "public_income"  # 公共收益
    UTILITY = "utility"  # 专营单位
    PROPERTY_UNIT = "property_unit"  # 原产权单位
    SOCIAL_CAPITAL = "social_capital"  # 社会资本
    OTHER = "other"  # 其他


RESIDENT_SOURCES = frozenset({FundSourceKind.RESIDENTS, FundSourceKind.MAINTENANCE_FUND, FundSourceKind.PUBLIC_INCOME})
"""Sources that are the residents' own share (居民出资)."""


class ContractKind(StrEnum):
    WORKS = "works"  # 施工合同
    SUPERVISION = "supervision"  # 监理合同
    DESIGN = "design"  # 设计合同
    AUDIT = "audit"  # 跟踪审计合同


class PaymentKind(StrEnum):
    ADVANCE = "advance"  # 预付款
    PROGRESS = "progress"  # 进度款
    MILESTONE = "milestone"  # 节点款
    FINAL = "final"  # 结算款
    RETENTION = "retention"  # 质保金


class PaymentStatus(StrEnum):
    """The path of one payment, in order."""

    APPLIED = "applied"  # 已报审 (工程款支付报审表)
    CERTIFIED = "certified"  # 已签发支付证书 (监理)
    AUDITED = "audited"  # 跟踪审计已审核
    APPROVED = "approved"  # 街道已审批
    DISBURSED = "disbursed"  # 已拨付
    PUBLISHED = "published"  # 已公示
    REJECTED = "rejected"  # 退回


PAYMENT_PATH = (
    PaymentStatus.APPLIED, PaymentStatus.CERTIFIED, PaymentStatus.AUDITED,
    PaymentStatus.APPROVED, PaymentStatus.DISBURSED, PaymentStatus.PUBLISHED,
)


class RepairStatus(StrEnum):
    REPORTED = "reported"  # 已报修
    REPAIRED = "repaired"  # 已修复
    PAID = "paid"  # 已支付


FUND_SOURCE_NAMES: dict[str, str] = {
    FundSourceKind.CENTRAL: "中央补助资金",
    FundSourceKind.PROVINCIAL: "省级财政资金",
    FundSourceKind.LOCAL: "市区财政资金",
    FundSourceKind.BOND: "专项债",
    FundSourceKind.RESIDENTS: "居民出资",
    FundSourceKind.MAINTENANCE_FUND: "住宅专项维修资金",
    FundSourceKind.PUBLIC_INCOME: "公共收益",
    FundSourceKind.UTILITY: "专营单位",
    FundSourceKind.PROPERTY_UNIT: "原产权单位",
    FundSourceKind.SOCIAL_CAPITAL: "社会资本",
    FundSourceKind.OTHER: "其他",
}

CONTRACT_KIND_NAMES: dict[str, str] = {
    ContractKind.WORKS: "施工合同",
    ContractKind.SUPERVISION: "监理合同",
    ContractKind.DESIGN: "设计合同",
    ContractKind.AUDIT: "跟踪审计合同",
}

PAYMENT_KIND_NAMES: dict[str, str] = {
    PaymentKind.ADVANCE: "预付款",
    PaymentKind.PROGRESS: "进度款",
    PaymentKind.MILESTONE: "节点款",
    PaymentKind.FINAL: "结算款",
    PaymentKind.RETENTION: "质保金",
}

PAYMENT_STATUS_NAMES: dict[str, str] = {
    PaymentStatus.APPLIED: "已报审",
    PaymentStatus.CERTIFIED: "已签发支付证书",
    PaymentStatus.AUDITED: "已审计",
    PaymentStatus.APPROVED: "已审批",
    PaymentStatus.DISBURSED: "已拨付",
    PaymentStatus.PUBLISHED: "已公示",
    PaymentStatus.REJECTED: "已退回",
}

PROJECT_CLASS_NAMES: dict[str, str] = {
    ProjectClass.BASIC: "基础类",
    ProjectClass.IMPROVEMENT: "完善类",
    ProjectClass.UPGRADE: "提升类",
}

REPAIR_STATUS_NAMES: dict[str, str] = {
    RepairStatus.REPORTED: "已报修",
    RepairStatus.REPAIRED: "已修复",
    RepairStatus.PAID: "已支付",
}
