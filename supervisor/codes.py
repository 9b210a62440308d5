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
