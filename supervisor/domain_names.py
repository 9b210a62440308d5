"""Chinese names of the enumerated codes, as printed on forms and ledgers.

The database stores short English codes (``CheckResult.PROBLEM == "problem"``); printed records
and exported ledgers use these names whatever the window's language. The window's own labels
are in ``supervisor.ui.labels``.
"""

from __future__ import annotations

from supervisor.db.models import (
    CheckCategory,
    CheckResult,
    CommonArea,
    RectificationStatus,
    Severity,
    StepStatus,
)

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
