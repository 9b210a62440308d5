"""The data each printed form is filled with, read from the records (in Chinese, as printed).

One function per form: ``(session, project_id, record) -> FormData``. ``record`` is what the
form is about: a site check or rectification id, a compound id (with the round for the opinion
register), or nothing for whole-project forms. ``blank(form)`` is what a form printed blank
carries pre-printed (the 45 standard steps on the procedure sheet, the summary prompts of the
acceptance record).

Dates print as on government forms, 2026年11月06日 (``day``; with the time where it matters,
``minute``), in fields and wide columns; narrow table columns (a register's date, the
procedure sheet's planned and actual dates) keep the compact 2026-11-06 (``short_day``), which
fits on one line where the long form would wrap.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from supervisor import errors
from supervisor.codes import ROUND_NAMES, STEP_STATUS_NAMES, yes_no
from supervisor.db.models import Compound, Project
from supervisor.documents.forms.layout import FormData, PhotoItem
from supervisor.i18n import QT_TRANSLATE_NOOP
from supervisor.site.checks import check_number, join_place


def day(value: dt.date | dt.datetime | None) -> str:
    """A date as on a government form: 2026年11月06日."""
    if value is None:
        return ""
    return f"{value.year}年{value.month:02d}月{value.day:02d}日"


def minute(value: dt.datetime | None) -> str:
    """A date and time: 2026年11月06日 09:30."""
    return f"{day(value)} {value:%H:%M}" if value else ""


def short_day(value: dt.date | dt.datetime | None) -> str:
    """A date in a narrow table column: 2026-11-06."""
    return "" if value is None else f"{value:%Y-%m-%d}"


def span(start: dt.date | None, end: dt.date | None) -> str:
    if start is None and end is None:
        return ""
    return f"{day(start) or '—'} 至 {day(end) or '—'}"


def span_lines(start: dt.date | None, end: dt.date | None) -> str:
    """Start and end on two lines, for narrow table columns."""
    if start is None and end is None:
        return ""
    return f"{short_day(start) or '—'}\n{short_day(end) or '—'}"


def money(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f} 元"


def _project(session: Session, project_id: int) -> Project:
    from supervisor.projects.project import get_project

    return get_project(session, project_id)


def project_values(project: Project) -> dict[str, str]:
    parties = {p.role: p for p in project.parties}

    def party(role: str) -> str:
        p = parties.get(role)
        return p.organisation if p else ""

    return {
        "project_name": project.name,
        "project_code": project.code,
        "area": "".join(x for x in (project.district, project.street) if x),
        "community": project.community,
        "period": span(project.planned_start, project.planned_end),
        "budget": money(project.budget),
        "client": party("client"),
        "contractor": party("contractor"),
        "supervisor": party("supervisor"),
        "designer": party("designer"),
    }


def _compound(session: Session, project_id: int, compound_id: int | None) -> Compound:
    compound = session.get(Compound, compound_id) if compound_id is not None else None
    if compound is None or compound.project_id != project_id:
        raise errors.NotFound(
            QT_TRANSLATE_NOOP("errors", "Choose a compound of this project for this form.")
        )
    return compound


# --- 实施程序表 ------------------------------------------------------------------------------


def procedure(session: Session, project_id: int, record=None) -> FormData:
    from supervisor.procedure.snapshots import procedure_snapshot

    project = _project(session, project_id)
    snapshot = procedure_snapshot(session, project)
    rows = []
    for phase in snapshot.phases:
        for step in phase.steps:
            materials = "；".join(
                f"{m.name}{'√' if m.provided else '（免）' if m.waived else ''}"
                for m in step.materials
                if m.required or m.provided
            )
            remarks = [step.notes]
            if step.override_reason:
                remarks.append(f"提前完成：{step.override_reason}")
            if step.overdue:
                remarks.append(f"逾期{step.overdue_days}天")
            rows.append(
                {
                    "phase": phase.name,
                    "code": step.code,
                    "name": step.name,
                    "content": step.description,
                    "materials": materials,
                    "responsible": step.responsible_party,
                    "period": step.period_note,
                    "planned": span_lines(step.planned_start, step.planned_end),
                    "actual": span_lines(step.actual_start, step.actual_end),
                    "status": STEP_STATUS_NAMES.get(step.status, str(step.status)),
                    "attachments": str(sum(len(m.attachments) for m in step.materials) or ""),
                    "handled": step.responsible_person,
                    "remarks": "；".join(r for r in remarks if r),
                }
            )
    values = project_values(project)
    values["progress"] = (
        f"共 {snapshot.total} 步，已完成 {snapshot.done} 步，逾期 {snapshot.overdue} 步"
    )
    return FormData(number=project.code, values=values, tables={"steps": rows}, subject=project.name)


# --- 巡查记录表 and the register of site checks --------------------------------------------


def _photos(session: Session, seen: set[int] | None = None, **target) -> list[PhotoItem]:
    """The photos linked to ``target``, in order; photos in ``seen`` are left out (and added)."""
    from supervisor.site import photos

    seen = set() if seen is None else seen
    items = []
    for row in photos.photo_rows(session, **target):
        if row.photo_id in seen:
            continue
        seen.add(row.photo_id)
        try:
            data = photos.preview(session, row.photo_id)
        except errors.SupervisorError:
            data = None
        items.append(PhotoItem(data, row.filename, row.caption, row.taken_at))
    return items


def site_check(session: Session, project_id: int, record: int | None = None) -> FormData:
    from supervisor.codes import CATEGORY_NAMES, RESULT_NAMES
    from supervisor.db.models import Rectification
    from supervisor.site import checks

    if record is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "Choose the site check to print."))
    check = checks.get_check(session, record)
    if check.project_id != project_id:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The site check is not in this project."))
    project = _project(session, project_id)
    location = checks.describe_location(
        session, check.compound_id, check.building_id, check.unit_id, check.household_id, check.common_area
    )
    numbers = session.scalars(
        select(Rectification.number).where(Rectification.check_id == check.id).order_by(Rectification.id)
    ).all()
    checklist = "\n".join(
        f"{'√' if e.get('ok') else '×' if e.get('ok') is False else '○'} {e.get('item', '')}"
        for e in check.checklist or []
    )
    values = {
        **project_values(project),
        "date": day(check.checked_at),
        "time": f"{check.checked_at:%H:%M}",
        "weather": check.weather,
        "inspector": check.inspector,
        "location": join_place(location, check.location_text),
        "category": CATEGORY_NAMES.get(check.category, check.category),
        "work_type": check.work_type,
        "result": RESULT_NAMES.get(check.result, check.result),
        "description": check.description,
        "checklist": checklist,
        "follow_up": ("已发整改通知：" + "、".join(numbers)) if numbers else (
            "无需整改" if check.result == "pass" else ""
        ),
    }
    return FormData(
        number=check_number(check.id, check.checked_at),
        values=values,
        photos={"photos": _photos(session, check_id=check.id)},
        subject=f"{project.name} {values['location']}",
    )


def site_checks(session: Session, project_id: int, record=None, *, limit: int | None = None) -> FormData:
    """Every site check of the project, oldest first."""
    from supervisor.codes import CATEGORY_NAMES, RESULT_NAMES
    from supervisor.db.models import Rectification
    from supervisor.site import checks

    project = _project(session, project_id)
    rows = checks.list_checks(
        session, checks.CheckFilter(project_id=project_id), sort="checked_at", descending=False, limit=limit
    )
    notices: dict[int, list[str]] = {}
    for check_id, number in session.execute(
        select(Rectification.check_id, Rectification.number)
        .where(Rectification.project_id == project_id, Rectification.check_id.is_not(None))
        .order_by(Rectification.id)
    ):
        notices.setdefault(check_id, []).append(number)
    table = [
        {
            "number": check_number(r.id, r.checked_at),
            "date": f"{short_day(r.checked_at)} {r.checked_at:%H:%M}",
            "location": join_place(r.compound_name, r.location_text),
            "category": CATEGORY_NAMES.get(r.category, r.category),
            "work_type": r.work_type,
            "description": r.description,
            "result": RESULT_NAMES.get(r.result, r.result),
            "inspector": r.inspector,
            "photos": str(r.photo_count or ""),
            "rectifications": "、".join(notices.get(r.id, [])),
        }
        for r in rows
    ]
    values = project_values(project)
    problems = sum(1 for r in rows if r.result != "pass")
    issued = sum(len(notices.get(r.id, [])) for r in rows)
    values["summary"] = f"共 {len(rows)} 次巡查，发现问题 {problems} 次，发出整改通知 {issued} 份"
    return FormData(number=project.code, values=values, tables={"checks": table}, subject=project.name)


# --- 整改通知单 -------------------------------------------------------------------------------

# The printed wording of the evidence warnings (the window has them through its translation).
EVIDENCE_TEXT = {
    "taken_before_notice": "整改后照片 {filename} 的拍摄时间早于整改通知签发时间",
    "same_file": "整改后照片 {filename} 与{other}为同一照片文件",
    "looks_same": "整改后照片 {filename} 与{other}的照片几乎相同",
}
EVIDENCE_PLACES = {
    "{number} before": "{number} 整改前照片",
    "{number} after": "{number} 整改后照片",
    "{number}": "{number}",
    "site check {date} {location}": "{date} {location} 的巡查记录",
    "site check {date}": "{date} 的巡查记录",
    "another record": "其他记录",
}


def evidence_lines(session: Session, rect_id: int) -> str:
    """The evidence warnings of an item in Chinese, one per line, for the printed notice."""
    from supervisor.site import evidence

    lines = []
    for number, warning in enumerate(evidence.evidence_warnings(session, rect_id), 1):
        place = EVIDENCE_PLACES.get(warning.place_template, warning.other)
        try:
            other = place.format(**dict(warning.place_params))
        except (KeyError, IndexError, ValueError):
            other = warning.other
        template = EVIDENCE_TEXT.get(warning.kind, warning.detail)
        lines.append(f"{number}. " + template.format(filename=warning.filename, other=other))
    return "\n".join(lines)


# What each transition of an item is called on the notice's 处理记录.
EVENT_NAMES = {
    "issue": "签发整改通知",
    "reply": "整改回复",
    "close": "复查合格，销项",
    "return": "复查不合格，退回整改",
    "reopen": "重新打开",
}


def _history(d, events) -> list[dict[str, str]]:
    """The notice's 处理记录: every transition in order, who, when, what."""
    from supervisor.codes import STATUS_NAMES

    closes = [e for e in events if e.action == "close"]
    rows = []
    for index, e in enumerate(events, 1):
        note = e.note
        if e.action == "issue" and not note:
            note = f"限{d.deadline_days}个工作日内整改，期限至{day(d.deadline)}"
        if e.action == "close" and e is closes[-1] and d.resident_confirmed_by and d.resident_confirmed_at == e.at:
            note = f"{note}（群众质量监督员{d.resident_confirmed_by}确认）"
        if e.action == "reopen":
            note = f"重新打开原因：{note}"
        states = [STATUS_NAMES.get(x, x) for x in (e.from_status, e.to_status) if x]
        rows.append({
            "index": str(index),
            "at": minute(e.at),
            "by": e.by,
            "action": EVENT_NAMES.get(e.action, e.action),
            "status": "→".join(states),
            "note": note,
        })
    return rows


def _current_status(d, events) -> str:
    """The item's status as printed at the head of the notice, with how it came to be."""
    from supervisor.codes import RectificationStatus, STATUS_NAMES

    name = STATUS_NAMES.get(d.status, d.status)
    last = events[-1] if events else None
    if d.status == RectificationStatus.CLOSED:
        return f"{name}（{day(d.closed_at)}复查合格）" if d.closed_at else name
    if d.status == RectificationStatus.REPLIED:
        return f"{name}，待复查（{day(d.replied_at)}回复）" if d.replied_at else f"{name}，待复查"
    if last is not None and last.action == "reopen":
        return f"{name}（已销项后于{day(last.at)}重新打开，重新整改）"
    if last is not None and last.action == "return":
        return f"{name}（{day(last.at)}复查不合格，退回整改）"
    return f"{name}（整改期限{day(d.deadline)}）"


def rectification(session: Session, project_id: int, record: int | None = None) -> FormData:
    """The notice, its 处理记录 and its tear-off reply slip. The reply and re-check printed
    are the current round's: an item sent back or reopened has none yet (the earlier ones are
    in the 处理记录), a replied one a reply but no re-check."""
    from supervisor.codes import SEVERITY_NAMES, SOURCE_NAMES, PhotoRole, RectificationStatus
    from supervisor.site import rectification_register, rectifications

    if record is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "Choose the rectification item to print."))
    d = rectification_register.rectification_detail(session, record)
    if d.project_id != project_id:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The rectification item is not in this project."))
    project = _project(session, project_id)
    events = rectifications.events(session, d.id)
    inspector = ""
    check_time = ""
    shown: set[int] = set()
    before = []
    if d.check_id is not None:
        from supervisor.site import checks

        check = checks.get_check(session, d.check_id)
        inspector = check.inspector
        check_time = minute(check.checked_at)
        before = _photos(session, shown, check_id=d.check_id)
    before += _photos(session, shown, rectification_id=d.id, role=PhotoRole.BEFORE)
    replied = d.status in (RectificationStatus.REPLIED, RectificationStatus.CLOSED)
    closed = d.status == RectificationStatus.CLOSED
    after = _photos(session, set(), rectification_id=d.id, role=PhotoRole.AFTER) if replied else []
    values = project_values(project)
    values.update({
        "to": d.responsible_party,
        "issued_by": d.issued_by,
        "issued_at": minute(d.issued_at),
        "inspector": " ".join(x for x in (inspector, check_time) if x),
        "source": SOURCE_NAMES.get(d.source, d.source),
        "location": join_place(d.compound_name, d.location_text),
        "severity": SEVERITY_NAMES.get(d.severity, d.severity),
        "deadline": f"{day(d.deadline)}（{d.deadline_days}个工作日内）",
        "status": _current_status(d, events),
        "problem": d.problem,
        "basis": d.basis,
        "requirement": d.requirement,
        "copy_to": f"建设单位（{values['client']}）" if values["client"] else "建设单位",
        "notice_number": d.number,
        "measures": d.reply_measures if replied else "",
        "replied": " ".join(x for x in (d.replied_by, minute(d.replied_at)) if x) if replied else "",
        "replied_by": d.replied_by if replied else "",
        "replied_on": day(d.replied_at) if replied else "",
        "evidence": evidence_lines(session, d.id) if replied else "",
        "recheck": d.recheck_opinion if closed else "",
        "rechecked": " ".join(x for x in (d.rechecked_by, minute(d.rechecked_at)) if x) if closed else "",
        "resident": " ".join(x for x in (d.resident_confirmed_by, minute(d.resident_confirmed_at)) if x)
        if closed else "",
    })
    return FormData(
        number=d.number,
        values=values,
        tables={"history": _history(d, events)},
        photos={"before": before, "after": after},
        subject=f"{project.name} {d.number}",
    )


# --- 居民意见登记表 ---------------------------------------------------------------------------


def opinions(session: Session, project_id: int, record: int | None = None, *, round_: int = 1) -> FormData:
    """The resident opinion register of one compound in one consultation round."""
    from supervisor.residents import consultation
    from supervisor.residents.catalog import ANSWERS, wanted_text, zh

    compound = _compound(session, project_id, record)
    project = _project(session, project_id)
    rows = consultation.register(session, compound.id, round_)
    tally = consultation.tally(session, compound, round_)
    table = []
    for index, r in enumerate(rows, 1):
        table.append(
            {
                "index": str(index),
                "household": r.label,
                "owner": r.owner_name,
                "phone": r.phone,
                "answer": zh(ANSWERS, r.answer) if r.answer else "",
                "wanted": wanted_text(r.wanted),
                "co_fund": yes_no(r.co_fund),
                "pay_property": yes_no(r.pay_property),
                "comments": r.comments,
                "signature": "\n",  # two lines high: room to sign by hand
                "visitor": r.visitor,
                "date": short_day(r.visited_on),
            }
        )
    dates = sorted(r.visited_on for r in rows if r.visited_on)
    count = tally.count
    values = {
        **project_values(project),
        "compound": compound.name,
        "round": ROUND_NAMES.get(round_, str(round_)),
        "dates": span(dates[0], dates[-1]) if dates else "",
        "households": str(count.households),
        "visited": str(count.visited),
        "agreeing": str(count.agreeing),
        "disagreeing": str(count.disagreeing),
        "abstaining": str(count.abstaining),
        "not_visited": str(count.households - count.visited),
        "rate": f"{count.rate:.1%}",
        "verdict": ("达到" if tally.passed else "未达到") + f"（{tally.threshold_text()}）",
    }
    return FormData(
        number=f"{project.code}-{compound.name}-{round_}",
        values=values,
        tables={"households": table},
        subject=f"{compound.name} {values['round']}",
    )


# --- 满意度调查登记表 -------------------------------------------------------------------------

RATING_SHORT = {"very_satisfied": "非常", "satisfied": "满意", "basically_satisfied": "基本", "unsatisfied": "不满"}


def satisfaction(session: Session, project_id: int, record: int | None = None, *, round_: int = 1) -> FormData:
    """The satisfaction survey register of one compound, with the rate per item."""
    from supervisor.residents import surveys
    from supervisor.residents.catalog import SURVEY_ITEM_KEYS, SURVEY_METHODS, zh

    compound = _compound(session, project_id, record)
    project = _project(session, project_id)
    rows = surveys.list_surveys(session, compound.id)
    result = surveys.compound_satisfaction(session, compound.id)
    table = []
    for index, r in enumerate(rows, 1):
        row = {
            "index": str(index),
            "household": r.household or "（匿名）",
            "respondent": r.respondent or r.owner_name,
            "comments": r.comments,
            "phone": r.phone,
            "signature": "\n",  # two lines high: room to sign by hand
            "surveyor": r.surveyor,
            "date": short_day(r.surveyed_on),
        }
        row.update({key: RATING_SHORT.get(r.ratings.get(key, ""), "") for key in SURVEY_ITEM_KEYS})
        table.append(row)
    if rows:
        rates = {"index": "", "household": "满意率（%）"}
        for key in SURVEY_ITEM_KEYS:
            rate = result.items[key].rate
            rates[key] = "" if rate is None else f"{rate * 100:.0f}"  # "100%" would not fit
        table.append(rates)
    methods: dict[str, int] = {}
    for r in rows:
        methods[r.method] = methods.get(r.method, 0) + 1
    overall = result.overall
    buildings = sorted({r.household.split("-")[0] for r in rows if r.household})
    values = {
        **project_values(project),
        "compound": compound.name,
        "buildings": "、".join(buildings),
        "methods": "，".join(f"{zh(SURVEY_METHODS, m)} {n} 份" for m, n in methods.items()),
        "households": str(result.households),
        "forms": str(overall.forms),
        "valid": str(overall.valid),
        "satisfied": str(overall.satisfied),
        "unsatisfied": str(overall.counts.get("unsatisfied", 0)),
        "rate": "" if overall.rate is None else f"{overall.rate:.1%}",
    }
    return FormData(
        number=f"{project.code}-{compound.name}-MYD",
        values=values,
        tables={"surveys": table},
        subject=f"{compound.name} 满意度调查",
    )


# --- 竣工逐项验收记录 --------------------------------------------------------------------------

ACCEPTANCE_RESULTS = {"pass": "合格", "fail": "不合格"}


def _quantity(value: Decimal | None, unit: str) -> str:
    if value is None:
        return ""
    text = f"{value:f}".rstrip("0").rstrip(".") if "." in f"{value:f}" else f"{value:f}"
    return f"{text} {unit}".strip()


def _start_order_day(session: Session, project_id: int) -> dt.date | None:
    """When the project's start order (开工令) was signed: the day its step was done."""
    from supervisor.codes import StepStatus
    from supervisor.db.models import ProjectStep

    steps = session.execute(
        select(ProjectStep.name, ProjectStep.actual_end, ProjectStep.actual_start)
        .where(ProjectStep.project_id == project_id, ProjectStep.status == StepStatus.DONE)
        .order_by(ProjectStep.position)
    ).all()
    return next((end or start for name, end, start in steps if "开工令" in name), None)


def acceptance(session: Session, project_id: int, record=None) -> FormData:
    """The item-by-item completion acceptance record of a project, with its summary rows."""
    from supervisor.site import acceptance as records

    r = records.load_record(session, project_id)
    project = _project(session, project_id)
    table = [
        {
            "number": str(item.number),
            "category": item.category,
            "item": item.item + (f"（{item.compound}）" if item.compound else ""),
            "designed": _quantity(item.designed_quantity, item.unit),
            "completed": _quantity(item.completed_quantity, item.unit),
            "method": item.method,
            "result": ACCEPTANCE_RESULTS.get(item.result or "", ""),
            "problem": item.problem,
            "deadline": short_day(item.deadline),
        }
        for item in r.items
    ]
    if r.sub_works_total is not None:
        passed = f"共 {r.sub_works_total} 分部"
        passed += (f"，经查符合设计及标准规定 {r.sub_works_passed} 分部" if r.sub_works_passed is not None
                   else "，经查符合设计及标准规定＿＿＿分部")
    else:
        passed = ACCEPTANCE_PROMPTS["sub_works"]
    values = {
        **project_values(project),
        "contract_price": money(r.contract_price),
        "started_on": day(r.started_on or _start_order_day(session, project_id)),
        "completed_on": day(r.completed_on),
        "accepted_on": day(r.accepted_on),
        "items_summary": (
            f"共 {r.items_total} 项：合格 {r.items_passed} 项，不合格 {r.items_failed} 项"
            + (f"，未验 {r.items_unchecked} 项" if r.items_unchecked else "")
        ) if r.items_total else "共＿＿＿项：合格＿＿＿项，不合格＿＿＿项",
        "sub_works": passed,
        "quality_documents": r.quality_documents or ACCEPTANCE_PROMPTS["quality_documents"],
        "safety_function": r.safety_function or ACCEPTANCE_PROMPTS["safety_function"],
        "appearance": r.appearance or ACCEPTANCE_PROMPTS["appearance"],
        "conclusion": r.conclusion,
        "supervision_opinion": r.supervision_opinion,
    }
    return FormData(number=f"{project.code}-YS", values=values, tables={"items": table},
                    subject=f"{project.name} 竣工验收")


# --- what a form printed blank carries -------------------------------------------------------

ACCEPTANCE_PROMPTS = {
    "sub_works": "共＿＿＿分部，经查符合设计及标准规定＿＿＿分部",
    "quality_documents": "共＿＿＿项，经核查符合规定＿＿＿项",
    "safety_function": "共核查＿＿＿项，符合规定＿＿＿项；共抽查＿＿＿项，符合规定＿＿＿项；经返工处理符合规定＿＿＿项",
    "appearance": "共抽查＿＿＿项，达到“好”和“一般”的＿＿＿项，经返修处理符合要求的＿＿＿项",
}


def _period_text(period: dict | None) -> str:
    """A step's time limit as a person reads it: its note, else the rule in words."""
    if not period:
        return ""
    if period.get("note"):
        return str(period["note"])
    unit = "个工作日" if period.get("unit") == "wd" else "日"
    kind = "内" if period.get("kind") == "deadline" else "以上"
    return f"{period.get('days', '')}{unit}{kind}"


def blank_procedure() -> list[dict[str, str]]:
    """The 45 standard steps of the default procedure, as pre-printed on a blank sheet: their
    content, materials (each with a box to tick), responsible parties and time limits; the
    status, dates and handler are left to be written in."""
    from supervisor.procedure.templates import load_template_file

    rows = []
    for phase in load_template_file()["phases"]:
        for step in phase["steps"]:
            rows.append({
                "phase": phase["name"],
                "code": str(step["code"]),
                "name": step["name"],
                "content": step.get("description", ""),
                "materials": "；".join(
                    f"□{m['name']}" + ("" if m.get("required", True) else "（如有）")
                    for m in step.get("materials", [])
                ),
                "responsible": step.get("responsible", ""),
                "period": _period_text(step.get("period")),
                "planned": "\n",  # two lines at least: room to write a start and an end date
            })
    return rows


def blank(form: str) -> FormData:
    """What ``form`` printed blank carries pre-printed: marked ``hand`` (filled by hand)."""
    data = FormData(hand=True)
    if form == "procedure":
        data.tables["steps"] = blank_procedure()
    elif form == "acceptance":
        data.values.update(ACCEPTANCE_PROMPTS)
        data.values["items_summary"] = "共＿＿＿项：合格＿＿＿项，不合格＿＿＿项"
    elif form == "rectification":
        data.values["copy_to"] = "建设单位"
    return data
