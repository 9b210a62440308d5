"""Ledgers (台账): every register exported to an Excel workbook, streamed row by row.

``LEDGERS`` names each ledger with its Chinese title, its columns and the function in
``supervisor.documents.ledgers.sources`` that yields its rows for a ``Scope`` (one project or all, a date
range, or exactly the rows of a list on screen through that list's own filter). ``export``
writes the workbook, and the photos beside it, whole or not at all;
``supervisor.documents.ledgers.xlsx`` writes the workbook, ``...ledgers.photos`` the photos.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from supervisor.errors import Cancelled  # noqa: F401 - raised when the user stops an export
from supervisor.i18n import QT_TRANSLATE_NOOP

# Column kinds: how a value is written. "user" is text someone typed, "text" text the
# application wrote (names, codes), "lines" text of several lines (wrapped in its cell); any
# text, in any column, is written inert (see ``xlsx``).
KINDS = ("user", "text", "lines", "date", "datetime", "int", "decimal", "percent")


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = "text"
    width: float = 12


@dataclass(frozen=True)
class LedgerSpec:
    name: str  # as on the command line
    title: str  # the Chinese title printed on the sheet
    label: str  # translatable English name for menus
    columns: tuple[Column, ...]
    dated_by: str = ""  # what a date range filters on ("" = no date range)
    count_by: tuple[str, ...] = ()  # headers whose values the summary sheet counts
    colours: dict[str, dict[str, str]] = field(default_factory=dict)  # header -> value -> fill
    overdue_column: str = ""  # a number column shown red when above zero
    repeat_columns: int = 0  # first columns repeated on each page of a ledger printed two pages wide


RED, YELLOW, GREEN, GREY = "FDE2E1", "FFF4D6", "E3F4E1", "EEEEEE"

_C = Column
LEDGERS: dict[str, LedgerSpec] = {
    spec.name: spec
    for spec in (
        LedgerSpec(
            "procedure", "程序进度台账", QT_TRANSLATE_NOOP("ledgers", "Procedure progress"),
            (_C("项目编号", width=10.5), _C("项目名称", width=11), _C("阶段", width=7), _C("序号", "int", 5),
             _C("程序步骤", width=13), _C("状态", width=6), _C("计划开始", "date", 10.5),
             _C("计划完成", "date", 10.5), _C("实际开始", "date", 10.5), _C("实际完成", "date", 10.5),
             _C("已提供资料", "int", 5), _C("应提供资料", "int", 5), _C("责任单位", width=9),
             _C("经办人", width=6), _C("逾期天数", "int", 5), _C("备注", "user", 13)),
            dated_by=QT_TRANSLATE_NOOP("ledgers", "planned or actual completion"),
            count_by=("状态", "阶段"),
            colours={"状态": {"已完成": GREEN, "进行中": YELLOW, "不适用": GREY}},
            overdue_column="逾期天数",
        ),
        LedgerSpec(
            "projects", "项目进度总台账", QT_TRANSLATE_NOOP("ledgers", "Projects"),
            (_C("项目编号", width=10.5), _C("项目名称", width=11), _C("区", width=5), _C("街道", width=7),
             _C("社区", width=7), _C("类别", width=6), _C("预算（元）", "decimal", 13),
             _C("计划开工", "date", 10.5), _C("计划竣工", "date", 10.5), _C("总步数", "int", 5),
             _C("已完成", "int", 5), _C("完成率", "percent", 5), _C("招投标", "percent", 5),
             _C("开工前准备", "percent", 5), _C("开工建设", "percent", 5), _C("竣工验收", "percent", 5),
             _C("长效管理", "percent", 5), _C("逾期步数", "int", 5), _C("未销项整改", "int", 5),
             _C("已归档", width=5)),
            count_by=("类别",),
            overdue_column="逾期步数",
        ),
        LedgerSpec(
            "site-checks", "巡查台账", QT_TRANSLATE_NOOP("ledgers", "Site checks"),
            (_C("编号", width=13.5), _C("项目编号", width=10.5), _C("巡查时间", "datetime", 15.5),
             _C("小区", width=8), _C("巡查部位", "user", 12), _C("类别", width=7), _C("工程类型", "user", 7),
             _C("检查情况", "user", 30), _C("结果", width=7), _C("巡查人", "user", 6), _C("天气", "user", 5),
             _C("关联步骤", width=5), _C("照片数", "int", 5), _C("整改单数", "int", 5)),
            dated_by=QT_TRANSLATE_NOOP("ledgers", "check date"),
            count_by=("结果", "类别", "巡查人"),
            colours={"结果": {"发现问题": RED}},
        ),
        LedgerSpec(
            "rectifications", "整改台账", QT_TRANSLATE_NOOP("ledgers", "Rectifications"),
            (_C("编号", width=13), _C("项目编号", width=10.5), _C("状态", width=6), _C("严重程度", width=6),
             _C("问题来源", width=8), _C("巡查编号", width=13.5), _C("责任单位", "user", 12),
             _C("小区", width=8), _C("部位", "user", 12), _C("类别", width=7), _C("存在问题", "user", 22),
             _C("整改要求", "user", 18), _C("签发人", width=6), _C("签发时间", "datetime", 15.5),
             _C("整改期限", "date", 10.5), _C("逾期天数", "int", 5), _C("整改措施", "user", 18),
             _C("回复时间", "datetime", 15.5), _C("复查人", width=6), _C("复查意见", "user", 14),
             _C("销项时间", "datetime", 15.5), _C("重新打开", width=5), _C("整改前照片", "int", 5),
             _C("整改后照片", "int", 5)),
            dated_by=QT_TRANSLATE_NOOP("ledgers", "issue date"),
            count_by=("状态", "责任单位", "严重程度"),
            colours={"状态": {"待整改": YELLOW, "已回复": "DDEBF7", "已销项": GREEN}},
            overdue_column="逾期天数",
            repeat_columns=1,
        ),
        LedgerSpec(
            "attachments", "附件清单", QT_TRANSLATE_NOOP("ledgers", "Attachments and photos"),
            (_C("项目编号", width=10.5), _C("类型", width=6), _C("所属", width=16), _C("文件名", "user", 18),
             _C("大小（字节）", "int", 8), _C("SHA-256", width=30), _C("添加人", width=6),
             _C("添加时间", "datetime", 15.5), _C("拍摄时间", "datetime", 15.5), _C("说明", "user", 14)),
            dated_by=QT_TRANSLATE_NOOP("ledgers", "date added"),
            count_by=("类型",),
        ),
        LedgerSpec(
            "opinions", "居民意见台账", QT_TRANSLATE_NOOP("ledgers", "Opinions and complaints"),
            (_C("受理日期", "date", 10.5), _C("项目编号", width=10.5), _C("小区", width=7), _C("住户", width=9),
             _C("反映人", "user", 6), _C("电话", "user", 12), _C("渠道", width=6), _C("类别", width=7),
             _C("反映内容", "user", 18), _C("承办人", "user", 6), _C("答复内容", "user", 16),
             _C("答复日期", "date", 10.5), _C("答复期限", "date", 10.5), _C("状态", width=6),
             _C("逾期天数", "int", 5)),
            dated_by=QT_TRANSLATE_NOOP("ledgers", "date received"),
            count_by=("状态", "类别", "渠道"),
            colours={"状态": {"待答复": YELLOW, "已办结": GREEN}},
            overdue_column="逾期天数",
        ),
        LedgerSpec(
            "consultation", "征询台账", QT_TRANSLATE_NOOP("ledgers", "Consultation"),
            (_C("项目编号", width=10.5), _C("小区", width=8), _C("轮次", width=10), _C("楼栋", width=5),
             _C("单元", width=5), _C("户号", width=5), _C("户主姓名", "user", 7), _C("电话", "user", 12),
             _C("意见", width=6), _C("希望改造内容", width=22), _C("愿意出资", width=5), _C("愿缴物业费", width=5),
             _C("意见建议", "user", 20), _C("入户人", "user", 6), _C("入户日期", "date", 10.5)),
            dated_by=QT_TRANSLATE_NOOP("ledgers", "visit date"),
            count_by=("意见", "轮次", "小区"),
            colours={"意见": {"同意": GREEN, "不同意": RED, "弃权": YELLOW}},
        ),
        LedgerSpec(
            "satisfaction", "满意度台账", QT_TRANSLATE_NOOP("ledgers", "Satisfaction surveys"),
            (_C("项目编号", width=10.5), _C("小区", width=8), _C("住户", width=10.5), _C("受访人", "user", 6),
             _C("调查方式", width=6), *(_C(name, width=8.5) for name in (
                 "道路", "照明", "供水", "雨污管网", "线缆整治", "燃气", "外墙及屋面", "楼道", "绿化", "停车",
                 "充电设施", "消防安防", "电梯", "文明施工", "施工工期", "整体改造效果", "后续物业管理")),
             _C("意见建议", "user", 20), _C("电话", "user", 12), _C("调查人", "user", 6),
             _C("调查日期", "date", 10.5)),
            dated_by=QT_TRANSLATE_NOOP("ledgers", "survey date"),
            count_by=("整体改造效果", "小区", "调查方式"),
            colours={"整体改造效果": {"不满意": RED}},
            repeat_columns=3,
        ),
        # The money ledgers (rows, totals and summaries in ``supervisor.documents.ledgers.money``,
        # figures from ``supervisor.funds`` so they equal ``supervisor funds``). The payments
        # ledger gains a column per fund source after these.
        LedgerSpec(
            "funds", "资金拨付台账", QT_TRANSLATE_NOOP("ledgers", "Payments and disbursements"),
            (_C("项目编号", width=10.5), _C("付款编号", width=12), _C("收款单位", "user", 14), _C("款项", width=7),
             _C("申请日期", "date", 10.5), _C("申请金额", "decimal", 12.5), _C("监理核定", "decimal", 12.5),
             _C("审计审定", "decimal", 12.5), _C("审批金额", "decimal", 12.5), _C("拨付金额", "decimal", 12.5),
             _C("拨付日期", "date", 10.5), _C("凭证号", "user", 12), _C("状态", width=9)),
            count_by=("状态", "款项"),
            colours={"状态": {"已退回": GREY, "已公示": GREEN, "已拨付": GREEN}},
            repeat_columns=2,
        ),
        LedgerSpec(
            "funds-detail", "资金使用明细", QT_TRANSLATE_NOOP("ledgers", "Payments by fund source"),
            (_C("项目编号", width=10.5), _C("资金来源", width=16), _C("付款编号", width=12), _C("收款单位", "user", 21),
             _C("款项", width=7), _C("金额（元）", "decimal", 14), _C("拨付日期", "date", 10.5),
             _C("凭证号", "user", 13), _C("状态", width=7)),
            dated_by=QT_TRANSLATE_NOOP("ledgers", "disbursement date"),
            count_by=("资金来源",),
        ),
        LedgerSpec(
            "retention", "质保金台账", QT_TRANSLATE_NOOP("ledgers", "Retention"),
            (_C("项目编号", width=10.5), _C("合同编号", width=11), _C("合同类别", width=8), _C("承包单位", "user", 13),
             _C("合同价", "decimal", 13), _C("比例", width=6), _C("应留质保金", "decimal", 12.5),
             _C("到期日", "date", 10.5), _C("退还日期", "date", 10.5), _C("已退还", "decimal", 12.5),
             _C("未退还", "decimal", 12.5), _C("状态", width=9), _C("凭证号", "user", 10)),
            count_by=("状态", "合同类别"),
            colours={"状态": {"已到期未退还": RED, "已退还": GREEN, "不留质保金": GREY}},
        ),
        LedgerSpec(
            "contributions", "居民出资台账", QT_TRANSLATE_NOOP("ledgers", "Residents' contributions"),
            (_C("项目编号", width=10.5), _C("小区", width=10), _C("楼栋", width=7), _C("单元", width=5),
             _C("户号", width=5), _C("户主姓名", "user", 7), _C("电话", "user", 12), _C("面积（㎡）", "decimal", 8),
             _C("应缴金额", "decimal", 11), _C("已缴金额", "decimal", 11), _C("未缴金额", "decimal", 11),
             _C("缴费日期", "date", 10.5), _C("收据号", "user", 11), _C("状态", width=7)),
            count_by=("状态", "小区"),
            colours={"状态": {"已缴清": GREEN, "部分缴纳": YELLOW, "未缴": RED}},
        ),
        LedgerSpec(
            "urgent-repairs", "应急维修资金台账", QT_TRANSLATE_NOOP("ledgers", "Urgent repairs"),
            (_C("编号", width=12), _C("项目编号", width=10.5), _C("报修日期", "date", 10.5), _C("小区", width=7),
             _C("部位", "user", 10), _C("维修内容", "user", 16), _C("维修费用", "decimal", 11.5),
             _C("业主及公共收益承担20%", "decimal", 11.5), _C("政府承担80%", "decimal", 11.5), _C("状态", width=7),
             _C("完成日期", "date", 10.5), _C("支付日期", "date", 10.5), _C("凭证号", "user", 11)),
            count_by=("状态", "小区"),
            colours={"状态": {"已报修": YELLOW, "已支付": GREEN}},
        ),
        LedgerSpec(
            "audit-log", "操作日志", QT_TRANSLATE_NOOP("ledgers", "Audit log"),
            (_C("序号", "int", 6), _C("时间", "datetime", 15.5), _C("操作人", width=8), _C("记录类别", width=9),
             _C("记录编号", "user", 14), _C("操作", width=6), _C("变更内容", "lines", 75)),
            dated_by=QT_TRANSLATE_NOOP("ledgers", "date of the change"),
            count_by=("操作人", "记录类别", "操作"),
            colours={"操作": {"删除": RED}},
        ),
    )
}


@dataclass(frozen=True)
class Scope:
    """Which rows a ledger holds. ``view`` is a list's own filter (``CheckFilter``,
    ``RectFilter``, ``OpinionFilter``) for "export what I see"; it then decides alone."""

    project_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    view: object | None = None

    def contains(self, day: dt.date | dt.datetime | None) -> bool:
        if day is None:
            return self.date_from is None and self.date_to is None
        if isinstance(day, dt.datetime):
            day = day.date()
        return (self.date_from is None or day >= self.date_from) and (self.date_to is None or day <= self.date_to)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    photos: int = 0


def export(database, ledger: str, scope: Scope, path: str | Path, *, photos_dir: str | Path | None = None,
           progress: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None,
           today: dt.date | None = None, exported_by: str = "", public: bool = False) -> ExportResult:
    """Write ``ledger`` for ``scope`` to ``path`` (.xlsx), and optionally its photos to a folder.

    A copy for posting on a notice board (``public``, 公示版) has every phone and ID number in
    its cells masked (``supervisor.documents.masking``) and says so in its scope line.

    ``progress(done, total)`` is called every few hundred rows; when ``cancelled()`` turns true
    the export stops with ``Cancelled`` and leaves no file behind.
    """
    from supervisor.documents.ledgers import photos, sources, summaries, xlsx

    spec = LEDGERS[ledger]
    today = today or dt.date.today()
    # Photos go in under temporary names, renamed into place once the workbook is saved.
    staged = photos.Staged(Path(photos_dir)) if photos_dir is not None else None
    copied = 0
    try:
        with database.read() as session:
            spec = sources.columns(session, spec, scope)
            total = sources.count(session, ledger, scope, today)
            scope_text = sources.describe_scope(session, spec, scope)
            if staged is not None:
                copied = photos.copy_photos(session, ledger, scope, staged, today, cancelled)
            written = xlsx.write_ledger(
                Path(path), spec, scope_text, sources.rows(session, ledger, scope, today), total=total,
                progress=progress, cancelled=cancelled, exported_by=exported_by, public=public,
                tables=summaries.tables(session, ledger, scope),
                footer=sources.footer(session, ledger, scope, today),
            )
        if staged is not None:
            staged.commit()
    except BaseException:
        if staged is not None:
            staged.discard()
        raise
    return ExportResult(Path(path), written, copied)
