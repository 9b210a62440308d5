"""The words people use for what a history entry shows: the fields of each kind of record, the
coded values, what was done; and an entry's changes as lines "字段：旧 → 新".

Each field has its Chinese name (printed in the 操作日志 ledger) and an English label marked
for Qt's translation system in context "history" (the window translates it; a test keeps the
two in step). Values are shown as people read them, by a ``Words`` given by the caller: coded
values (a check's result, a step's status, a consent answer…) by their names, yes/no for
booleans, times to the minute (those stored in UTC in local time), files as "file replaced",
secrets (a password hash) as "changed" only. The window's ``Words`` uses its translated labels;
the ledger's is Chinese (``supervisor.documents.ledgers.audit_log``).

Fields every write stamps (``reading.BOOKKEEPING``), references to other records (``*_id``) and
internal values (a photo's perceptual hash) are not shown.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from dataclasses import field as _default
from functools import cache
from typing import Callable

from sqlalchemy import Date, DateTime, LargeBinary

from supervisor import codes
from supervisor.history import audited, reading
from supervisor.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Name:
    zh: str
    label: str  # English; the window translates it in context "history"


def _n(zh: str, label: str) -> Name:
    return Name(zh, label)


COMMON: dict[str, Name] = {
    "name": _n("名称", QT_TRANSLATE_NOOP("history", "Name")), "code": _n("编号", QT_TRANSLATE_NOOP("history", "Code")),
    "number": _n("编号", QT_TRANSLATE_NOOP("history", "Number")), "notes": _n("备注", QT_TRANSLATE_NOOP("history", "Notes")),
    "note": _n("说明", QT_TRANSLATE_NOOP("history", "Note")), "position": _n("排序", QT_TRANSLATE_NOOP("history", "Order")),
    "phone": _n("电话", QT_TRANSLATE_NOOP("history", "Phone")), "description": _n("说明", QT_TRANSLATE_NOOP("history", "Description")),
    "filename": _n("文件名", QT_TRANSLATE_NOOP("history", "File name")), "size": _n("大小（字节）", QT_TRANSLATE_NOOP("history", "Size (bytes)")),
    "sha256": _n("文件", QT_TRANSLATE_NOOP("history", "File")), "media_type": _n("文件类型", QT_TRANSLATE_NOOP("history", "File type")),
    "category": _n("类别", QT_TRANSLATE_NOOP("history", "Category")), "location_text": _n("部位", QT_TRANSLATE_NOOP("history", "Location")),
    "work_type": _n("工程类型", QT_TRANSLATE_NOOP("history", "Work type")), "status": _n("状态", QT_TRANSLATE_NOOP("history", "Status")),
    "comments": _n("意见建议", QT_TRANSLATE_NOOP("history", "Comments")), "problem": _n("存在问题", QT_TRANSLATE_NOOP("history", "Problem")),
    "content": _n("内容", QT_TRANSLATE_NOOP("history", "Content")), "name_en": _n("英文名称", QT_TRANSLATE_NOOP("history", "English name")),
    "responsible_party": _n("责任单位", QT_TRANSLATE_NOOP("history", "Responsible party")),
    "responsible": _n("责任单位", QT_TRANSLATE_NOOP("history", "Responsible party")),
    "period": _n("办理时限", QT_TRANSLATE_NOOP("history", "Time limit")), "prerequisites": _n("前置步骤", QT_TRANSLATE_NOOP("history", "Prerequisites")),
    "gate": _n("办理条件", QT_TRANSLATE_NOOP("history", "Condition")), "required": _n("必须提供", QT_TRANSLATE_NOOP("history", "Required")),
    "planned_start": _n("计划开始", QT_TRANSLATE_NOOP("history", "Planned start")),
    "planned_end": _n("计划完成", QT_TRANSLATE_NOOP("history", "Planned end")),
    "deadline": _n("期限", QT_TRANSLATE_NOOP("history", "Deadline")), "day": _n("日期", QT_TRANSLATE_NOOP("history", "Date")),
    "is_workday": _n("工作日", QT_TRANSLATE_NOOP("history", "Working day")), "key": _n("设置项", QT_TRANSLATE_NOOP("history", "Setting")),
    "value": _n("值", QT_TRANSLATE_NOOP("history", "Value")), "display_name": _n("显示名称", QT_TRANSLATE_NOOP("history", "Display name")),
    "password_hash": _n("密码", QT_TRANSLATE_NOOP("history", "Password")), "roles": _n("角色", QT_TRANSLATE_NOOP("history", "Roles")),
    "disabled": _n("已停用", QT_TRANSLATE_NOOP("history", "Disabled")), "district": _n("区", QT_TRANSLATE_NOOP("history", "District")),
    "street": _n("街道", QT_TRANSLATE_NOOP("history", "Street")), "community": _n("社区", QT_TRANSLATE_NOOP("history", "Community")),
    "project_class": _n("类别", QT_TRANSLATE_NOOP("history", "Class")), "budget": _n("预算（元）", QT_TRANSLATE_NOOP("history", "Budget (yuan)")),
    "archived": _n("已归档", QT_TRANSLATE_NOOP("history", "Archived")),
    "contract_price": _n("合同价（元）", QT_TRANSLATE_NOOP("history", "Contract price (yuan)")),
    "started_on": _n("开工日期", QT_TRANSLATE_NOOP("history", "Started on")),
    "completed_on": _n("竣工日期", QT_TRANSLATE_NOOP("history", "Completed on")),
    "accepted_on": _n("验收日期", QT_TRANSLATE_NOOP("history", "Accepted on")),
    "sub_works_total": _n("分部工程数", QT_TRANSLATE_NOOP("history", "Sub-works")),
    "sub_works_passed": _n("合格分部工程数", QT_TRANSLATE_NOOP("history", "Sub-works passed")),
    "quality_documents": _n("质量控制资料", QT_TRANSLATE_NOOP("history", "Quality documents")),
    "safety_function": _n("安全和功能检验", QT_TRANSLATE_NOOP("history", "Safety and function tests")),
    "appearance": _n("观感质量", QT_TRANSLATE_NOOP("history", "Appearance")),
    "conclusion": _n("验收结论", QT_TRANSLATE_NOOP("history", "Conclusion")),
    "supervision_opinion": _n("监理意见", QT_TRANSLATE_NOOP("history", "Supervision opinion")),
    "address": _n("地址", QT_TRANSLATE_NOOP("history", "Address")), "year_built": _n("建成年份", QT_TRANSLATE_NOOP("history", "Year built")),
    "households": _n("户数", QT_TRANSLATE_NOOP("history", "Households")), "role": _n("职务", QT_TRANSLATE_NOOP("history", "Role")),
    "organisation": _n("单位", QT_TRANSLATE_NOOP("history", "Organisation")),
    "contact_name": _n("联系人", QT_TRANSLATE_NOOP("history", "Contact")),
    "contact_phone": _n("联系电话", QT_TRANSLATE_NOOP("history", "Contact phone")),
    "item": _n("验收项目", QT_TRANSLATE_NOOP("history", "Item")), "unit": _n("单位", QT_TRANSLATE_NOOP("history", "Unit")),
    "designed_quantity": _n("设计工程量", QT_TRANSLATE_NOOP("history", "Designed quantity")),
    "completed_quantity": _n("完成工程量", QT_TRANSLATE_NOOP("history", "Completed quantity")),
    "method": _n("方法", QT_TRANSLATE_NOOP("history", "Method")), "result": _n("结论", QT_TRANSLATE_NOOP("history", "Result")),
    "floors": _n("层数", QT_TRANSLATE_NOOP("history", "Floors")), "phase_code": _n("阶段编号", QT_TRANSLATE_NOOP("history", "Phase code")),
    "phase_name": _n("阶段", QT_TRANSLATE_NOOP("history", "Phase")), "phase_name_en": _n("阶段英文名", QT_TRANSLATE_NOOP("history", "Phase (English)")),
    "actual_start": _n("实际开始", QT_TRANSLATE_NOOP("history", "Actual start")),
    "actual_end": _n("实际完成", QT_TRANSLATE_NOOP("history", "Actual end")),
    "override_reason": _n("越序办理原因", QT_TRANSLATE_NOOP("history", "Reason for going ahead")),
    "override_by": _n("越序办理确认人", QT_TRANSLATE_NOOP("history", "Going ahead confirmed by")),
    "override_at": _n("越序办理时间", QT_TRANSLATE_NOOP("history", "Going ahead at")),
    "held_on": _n("活动日期", QT_TRANSLATE_NOOP("history", "Held on")), "place": _n("地点", QT_TRANSLATE_NOOP("history", "Place")),
    "attendees": _n("参加人员", QT_TRANSLATE_NOOP("history", "Attendees")), "provided": _n("已提供", QT_TRANSLATE_NOOP("history", "Provided")),
    "waived": _n("免于提供", QT_TRANSLATE_NOOP("history", "Waived")),
    "waive_reason": _n("免于提供的原因", QT_TRANSLATE_NOOP("history", "Reason for waiving")),
    "owner_name": _n("户主姓名", QT_TRANSLATE_NOOP("history", "Owner")), "resident": _n("在此居住", QT_TRANSLATE_NOOP("history", "Lives here")),
    "elderly": _n("有老年人", QT_TRANSLATE_NOOP("history", "Elderly residents")), "area": _n("面积（㎡）", QT_TRANSLATE_NOOP("history", "Area (m²)")),
    "round": _n("轮次", QT_TRANSLATE_NOOP("history", "Round")), "answer": _n("意见", QT_TRANSLATE_NOOP("history", "Answer")),
    "wanted": _n("希望改造内容", QT_TRANSLATE_NOOP("history", "Wanted")), "co_fund": _n("愿意出资", QT_TRANSLATE_NOOP("history", "Willing to co-fund")),
    "pay_property": _n("愿缴物业费", QT_TRANSLATE_NOOP("history", "Will pay property fees")),
    "visitor": _n("入户人", QT_TRANSLATE_NOOP("history", "Visitor")), "visited_on": _n("入户日期", QT_TRANSLATE_NOOP("history", "Visited on")),
    "person": _n("反映人", QT_TRANSLATE_NOOP("history", "Raised by")), "channel": _n("渠道", QT_TRANSLATE_NOOP("history", "Channel")),
    "received_on": _n("受理日期", QT_TRANSLATE_NOOP("history", "Received on")), "reply_due": _n("答复期限", QT_TRANSLATE_NOOP("history", "Reply due")),
    "handler": _n("承办人", QT_TRANSLATE_NOOP("history", "Handler")), "reply": _n("答复内容", QT_TRANSLATE_NOOP("history", "Reply")),
    "replied_on": _n("答复日期", QT_TRANSLATE_NOOP("history", "Replied on")),
    "common_area": _n("公共部位", QT_TRANSLATE_NOOP("history", "Common area")), "checklist": _n("检查项", QT_TRANSLATE_NOOP("history", "Checklist")),
    "inspector": _n("巡查人", QT_TRANSLATE_NOOP("history", "Inspector")), "checked_at": _n("巡查时间", QT_TRANSLATE_NOOP("history", "Checked at")),
    "weather": _n("天气", QT_TRANSLATE_NOOP("history", "Weather")), "taken_at": _n("拍摄时间", QT_TRANSLATE_NOOP("history", "Taken at")),
    "gps_lat": _n("纬度", QT_TRANSLATE_NOOP("history", "Latitude")), "gps_lon": _n("经度", QT_TRANSLATE_NOOP("history", "Longitude")),
    "camera": _n("相机", QT_TRANSLATE_NOOP("history", "Camera")), "width": _n("宽度", QT_TRANSLATE_NOOP("history", "Width")),
    "height": _n("高度", QT_TRANSLATE_NOOP("history", "Height")), "orientation": _n("方向", QT_TRANSLATE_NOOP("history", "Orientation")),
    "thumbnail": _n("缩略图", QT_TRANSLATE_NOOP("history", "Thumbnail")), "original": _n("原图", QT_TRANSLATE_NOOP("history", "Original")),
    "preview": _n("预览图", QT_TRANSLATE_NOOP("history", "Preview")), "data": _n("文件内容", QT_TRANSLATE_NOOP("history", "File contents")),
    "ratings": _n("评价", QT_TRANSLATE_NOOP("history", "Ratings")), "respondent": _n("受访人", QT_TRANSLATE_NOOP("history", "Respondent")),
    "surveyor": _n("调查人", QT_TRANSLATE_NOOP("history", "Surveyor")), "surveyed_on": _n("调查日期", QT_TRANSLATE_NOOP("history", "Surveyed on")),
    "source": _n("来源", QT_TRANSLATE_NOOP("history", "Source")), "severity": _n("严重程度", QT_TRANSLATE_NOOP("history", "Severity")),
    "requirement": _n("整改要求", QT_TRANSLATE_NOOP("history", "Requirement")), "basis": _n("依据", QT_TRANSLATE_NOOP("history", "Basis")),
    "issued_at": _n("签发时间", QT_TRANSLATE_NOOP("history", "Issued at")), "issued_by": _n("签发人", QT_TRANSLATE_NOOP("history", "Issued by")),
    "deadline_days": _n("整改天数", QT_TRANSLATE_NOOP("history", "Days to rectify")),
    "deadline_estimated": _n("期限为估算", QT_TRANSLATE_NOOP("history", "Deadline estimated")),
    "reply_measures": _n("整改措施", QT_TRANSLATE_NOOP("history", "Measures taken")),
    "replied_at": _n("回复时间", QT_TRANSLATE_NOOP("history", "Replied at")), "replied_by": _n("回复人", QT_TRANSLATE_NOOP("history", "Replied by")),
    "recheck_opinion": _n("复查意见", QT_TRANSLATE_NOOP("history", "Re-check opinion")),
    "rechecked_at": _n("复查时间", QT_TRANSLATE_NOOP("history", "Re-checked at")),
    "rechecked_by": _n("复查人", QT_TRANSLATE_NOOP("history", "Re-checked by")),
    "resident_confirmed_by": _n("居民确认人", QT_TRANSLATE_NOOP("history", "Confirmed by resident")),
    "resident_confirmed_at": _n("居民确认时间", QT_TRANSLATE_NOOP("history", "Resident confirmed at")),
    "closed_at": _n("销项时间", QT_TRANSLATE_NOOP("history", "Closed at")), "caption": _n("照片说明", QT_TRANSLATE_NOOP("history", "Caption")),
    "at": _n("时间", QT_TRANSLATE_NOOP("history", "Time")), "by": _n("操作人", QT_TRANSLATE_NOOP("history", "By")),
    "action": _n("操作", QT_TRANSLATE_NOOP("history", "Action")), "from_status": _n("原状态", QT_TRANSLATE_NOOP("history", "From status")),
    "to_status": _n("新状态", QT_TRANSLATE_NOOP("history", "To status")), "raised_by": _n("提出人", QT_TRANSLATE_NOOP("history", "Proposed by")),
    "action_by": _n("办理人", QT_TRANSLATE_NOOP("history", "Action by")), "due": _n("期限", QT_TRANSLATE_NOOP("history", "Due")),
    "text": _n("检查内容", QT_TRANSLATE_NOOP("history", "Text")), "is_builtin": _n("内置", QT_TRANSLATE_NOOP("history", "Built in")),
    "method@survey": _n("调查方式", QT_TRANSLATE_NOOP("history", "Survey method")),
    "role@project_party": _n("参建单位类别", QT_TRANSLATE_NOOP("history", "Party")),
    "role@photo_link": _n("照片类型", QT_TRANSLATE_NOOP("history", "Photo type")),
    "result@acceptance_item": _n("验收结论", QT_TRANSLATE_NOOP("history", "Acceptance result")),
    "deadline@rectification": _n("整改期限", QT_TRANSLATE_NOOP("history", "Deadline to rectify")),
    "content@opinion": _n("反映内容", QT_TRANSLATE_NOOP("history", "What was raised")),
    "content@supervision_issue": _n("问题", QT_TRANSLATE_NOOP("history", "Issue")),
    "description@site_check": _n("检查情况", QT_TRANSLATE_NOOP("history", "Findings")),
    "unit@acceptance_item": _n("计量单位", QT_TRANSLATE_NOOP("history", "Unit of measure")),
    # money
    "work_class": _n("改造类别", QT_TRANSLATE_NOOP("history", "Work class")),
    "amount": _n("金额（元）", QT_TRANSLATE_NOOP("history", "Amount (yuan)")),
    "kind@contract": _n("合同类别", QT_TRANSLATE_NOOP("history", "Contract kind")),
    "kind@fund_source": _n("资金来源类别", QT_TRANSLATE_NOOP("history", "Source kind")),
    "kind@payment": _n("款项类别", QT_TRANSLATE_NOOP("history", "Payment kind")),
    "party": _n("合同相对方", QT_TRANSLATE_NOOP("history", "Other party")),
    "price": _n("合同价（元）", QT_TRANSLATE_NOOP("history", "Contract price (yuan)")),
    "signed_on": _n("签订日期", QT_TRANSLATE_NOOP("history", "Signed on")),
    "retention_due_on": _n("质保金到期日", QT_TRANSLATE_NOOP("history", "Retention due on")),
    "retention_released_on": _n("质保金返还日期", QT_TRANSLATE_NOOP("history", "Retention released on")),
    "retention_released_by": _n("质保金返还经办人", QT_TRANSLATE_NOOP("history", "Retention released by")),
    "retention_voucher": _n("质保金返还凭证号", QT_TRANSLATE_NOOP("history", "Retention voucher")),
    "payment_rule": _n("支付方式", QT_TRANSLATE_NOOP("history", "Payment rule")),
    "retention_percent": _n("质保金比例（%）", QT_TRANSLATE_NOOP("history", "Retention (%)")),
    "final_account_months": _n("结算送审时限（月）", QT_TRANSLATE_NOOP("history", "Final account due (months)")),
    "settlement_months": _n("财务决算时限（月）", QT_TRANSLATE_NOOP("history", "Financial settlement due (months)")),
    "final_account_submitted_on": _n("结算送审日期", QT_TRANSLATE_NOOP("history", "Final account submitted on")),
    "final_account_audited_on": _n("结算审定日期", QT_TRANSLATE_NOOP("history", "Final account audited on")),
    "final_account_amount": _n("审定结算价（元）", QT_TRANSLATE_NOOP("history", "Audited final account (yuan)")),
    "settlement_done_on": _n("财务决算完成日期", QT_TRANSLATE_NOOP("history", "Financial settlement done on")),
    "location": _n("维修部位", QT_TRANSLATE_NOOP("history", "Where")),
    "reported_on": _n("报修日期", QT_TRANSLATE_NOOP("history", "Reported on")),
    "repaired_on": _n("修复日期", QT_TRANSLATE_NOOP("history", "Repaired on")),
    "cost": _n("维修费用（元）", QT_TRANSLATE_NOOP("history", "Cost (yuan)")),
    "owners_share": _n("业主分摊（元）", QT_TRANSLATE_NOOP("history", "Owners' share (yuan)")),
    "government_share": _n("政府补助（元）", QT_TRANSLATE_NOOP("history", "Government share (yuan)")),
    "paid_on": _n("支付日期", QT_TRANSLATE_NOOP("history", "Paid on")),
    "voucher": _n("凭证号", QT_TRANSLATE_NOOP("history", "Voucher")),
    "milestone": _n("支付节点", QT_TRANSLATE_NOOP("history", "Milestone")),
    "completed_value": _n("累计完成合格工程价款（元）", QT_TRANSLATE_NOOP("history", "Accepted work to date (yuan)")),
    "applied_amount": _n("申报金额（元）", QT_TRANSLATE_NOOP("history", "Amount applied (yuan)")),
    "applied_on": _n("申报日期", QT_TRANSLATE_NOOP("history", "Applied on")),
    "applicant": _n("申报人", QT_TRANSLATE_NOOP("history", "Applicant")),
    "entered_by": _n("录入人", QT_TRANSLATE_NOOP("history", "Entered by")),
    "certified_amount": _n("核定金额（元）", QT_TRANSLATE_NOOP("history", "Amount certified (yuan)")),
    "certified_on": _n("签发日期", QT_TRANSLATE_NOOP("history", "Certified on")),
    "certified_by": _n("总监理工程师", QT_TRANSLATE_NOOP("history", "Certified by")),
    "certificate_opinion": _n("监理审查意见", QT_TRANSLATE_NOOP("history", "Supervision's opinion")),
    "audited_amount": _n("审计核定金额（元）", QT_TRANSLATE_NOOP("history", "Amount audited (yuan)")),
    "audited_on": _n("审计日期", QT_TRANSLATE_NOOP("history", "Audited on")),
    "audited_by": _n("审计经办人", QT_TRANSLATE_NOOP("history", "Audited by")),
    "approved_on": _n("审批日期", QT_TRANSLATE_NOOP("history", "Approved on")),
    "approved_by": _n("审批人", QT_TRANSLATE_NOOP("history", "Approved by")),
    "disbursed_on": _n("拨付日期", QT_TRANSLATE_NOOP("history", "Disbursed on")),
    "disbursed_by": _n("拨付经办人", QT_TRANSLATE_NOOP("history", "Disbursed by")),
    "published_on": _n("公示日期", QT_TRANSLATE_NOOP("history", "Published on")),
    "published_by": _n("公示人", QT_TRANSLATE_NOOP("history", "Published by")),
    "rejected_on": _n("退回日期", QT_TRANSLATE_NOOP("history", "Sent back on")),
    "rejected_by": _n("退回人", QT_TRANSLATE_NOOP("history", "Sent back by")),
    "rejection_reason": _n("退回原因", QT_TRANSLATE_NOOP("history", "Reason sent back")),
    "signed_off_by": _n("群众质量监督员确认人", QT_TRANSLATE_NOOP("history", "Signed off by")),
    "signed_off_on": _n("群众质量监督员确认日期", QT_TRANSLATE_NOOP("history", "Signed off on")),
    "override_gates": _n("越过的支付条件", QT_TRANSLATE_NOOP("history", "Conditions overridden")),
    "override_reason@payment": _n("越权支付原因", QT_TRANSLATE_NOOP("history", "Reason for the override")),
    "override_by@payment": _n("越权支付确认人", QT_TRANSLATE_NOOP("history", "Override confirmed by")),
    "override_at@payment": _n("越权支付时间", QT_TRANSLATE_NOOP("history", "Override at")),
    "period@payment": _n("计量周期", QT_TRANSLATE_NOOP("history", "Period")),
    "status@payment": _n("支付状态", QT_TRANSLATE_NOOP("history", "Payment status")),
    "quantity": _n("本期申报工程量", QT_TRANSLATE_NOOP("history", "Quantity applied")),
    "accepted_quantity": _n("累计验收合格工程量", QT_TRANSLATE_NOOP("history", "Quantity accepted")),
    "unit_price": _n("单价（元）", QT_TRANSLATE_NOOP("history", "Unit price (yuan)")),
    "due@contribution": _n("应缴金额（元）", QT_TRANSLATE_NOOP("history", "Due (yuan)")),
    "paid": _n("已缴金额（元）", QT_TRANSLATE_NOOP("history", "Paid (yuan)")),
    "receipt": _n("收据号", QT_TRANSLATE_NOOP("history", "Receipt")),
    "number@contract": _n("合同编号", QT_TRANSLATE_NOOP("history", "Contract number")),
}
"""Field names by column, ``column@table`` where a table means something else by it."""

HIDDEN = frozenset({("photo", "phash")})
"""Internal values that say nothing to a reader."""

UTC_TIMES = frozenset({("project_step", "override_at"), ("payment", "override_at")})
"""Time columns stamped in UTC by the application (the others hold the local time people entered)."""

CODED: dict[tuple[str, str], str] = {
    ("project_step", "status"): "step_status",
    ("site_check", "result"): "check_result", ("acceptance_item", "result"): "acceptance_result",
    ("site_check", "category"): "check_category", ("rectification", "category"): "check_category",
    ("site_check", "common_area"): "common_area",
    ("rectification", "severity"): "severity", ("rectification", "status"): "rect_status",
    ("rectification_event", "from_status"): "rect_status", ("rectification_event", "to_status"): "rect_status",
    ("rectification_event", "action"): "rect_action", ("rectification", "source"): "source",
    ("photo_link", "role"): "photo_role", ("project", "project_class"): "project_class",
    ("project_party", "role"): "party_role", ("consultation", "answer"): "answer",
    ("consultation", "wanted"): "menu_item", ("survey", "method"): "survey_method",
    ("survey", "ratings"): "rating", ("opinion", "channel"): "channel",
    ("opinion", "category"): "opinion_category", ("opinion", "status"): "opinion_status",
    ("users", "roles"): "role",
    ("budget_line", "work_class"): "project_class", ("fund_source", "kind"): "fund_source",
    ("contract", "kind"): "contract_kind", ("payment", "kind"): "payment_kind",
    ("payment", "status"): "payment_status", ("urgent_repair", "status"): "repair_status",
    ("funding", "payment_rule"): "payment_rule",
}
"""Columns holding coded values, and the list of names (domain) that names them. A list is
named item by item; survey ratings (item → rating) by ``survey_item`` and ``rating``."""

CHINESE: dict[str, dict[str, str]] = {
    "step_status": dict(codes.STEP_STATUS_NAMES), "check_result": dict(codes.RESULT_NAMES),
    "acceptance_result": {"pass": "合格", "fail": "不合格"},
    "check_category": dict(codes.CATEGORY_NAMES), "common_area": dict(codes.COMMON_AREA_NAMES),
    "severity": dict(codes.SEVERITY_NAMES), "rect_status": dict(codes.STATUS_NAMES),
    "source": dict(codes.SOURCE_NAMES),
    "rect_action": {"issue": "签发", "reply": "回复", "close": "复查通过销项", "return": "复查退回",
                    "reopen": "重新打开"},
    "photo_role": {"check": "巡查照片", "before": "整改前", "after": "整改后"},
    "project_class": {"basic": "基础类", "improvement": "完善类", "upgrade": "提升类"},
    "party_role": {"client": "建设单位", "contractor": "施工单位", "supervisor": "监理单位", "designer": "设计单位"},
    "fund_source": dict(codes.FUND_SOURCE_NAMES), "contract_kind": dict(codes.CONTRACT_KIND_NAMES),
    "payment_kind": dict(codes.PAYMENT_KIND_NAMES), "payment_status": dict(codes.PAYMENT_STATUS_NAMES),
    "repair_status": dict(codes.REPAIR_STATUS_NAMES),
    "payment_rule": {  # the rules' names (``supervisor.funds.rules``, a layer above)
        "progress": "按进度支付（已完成合格工程价款的80%）", "progress-90": "按进度支付（已完成合格工程价款的90%）",
        "monthly-70": "按月支付（当月审核合格工程量的70%）",
        "milestone": "按节点支付（进场10%、完成30%/50%/70%/90%各20%、验收5%）",
    },
}
"""Chinese names of the coded values the kernel knows; the ledger adds the residents' lists and
the roles (``supervisor.documents.ledgers.audit_log``)."""

KIND_ZH = {
    "project": "项目", "project_party": "参建单位", "compound": "小区", "building": "楼栋", "unit": "单元",
    "person": "人员", "procedure_template": "程序模板", "template_phase": "模板阶段", "template_step": "模板步骤",
    "template_material": "模板资料", "project_step": "程序步骤", "step_material": "步骤资料",
    "attachment": "附件", "attachment_blob": "附件内容", "calendar_day": "节假日", "checklist_item": "检查项",
    "site_check": "巡查记录", "photo": "照片", "photo_blob": "照片原图", "photo_link": "记录照片",
    "rectification": "整改单", "rectification_event": "整改过程", "setting": "设置", "household": "住户",
    "consultation": "征询意见", "opinion": "居民意见", "supervision_day": "民主监督日",
    "supervision_issue": "监督日问题", "survey": "满意度调查", "acceptance": "竣工验收记录",
    "acceptance_item": "验收项目", "users": "用户", "project_member": "项目成员",
    "funding": "资金安排", "budget_line": "预算明细", "fund_source": "资金来源", "contract": "合同",
    "payment": "工程款支付", "payment_item": "计量项目", "payment_split": "支付资金来源",
    "contribution": "居民出资", "urgent_repair": "应急维修",
}
"""What a record of each kind is called in Chinese (``audited.KIND_NAMES`` in English)."""

ACTIONS: dict[str, Name] = {
    "insert": _n("新建", QT_TRANSLATE_NOOP("history", "Created")), "update": _n("修改", QT_TRANSLATE_NOOP("history", "Changed")),
    "delete": _n("删除", QT_TRANSLATE_NOOP("history", "Deleted")),
    "baseline": _n("记录现状", QT_TRANSLATE_NOOP("history", "Recorded as found")),
}
"""What an entry did to its record."""

OPERATIONS: dict[str, Name] = {
    "rectification.issue": _n("签发", QT_TRANSLATE_NOOP("history", "Issued")),
    "rectification.reply": _n("回复", QT_TRANSLATE_NOOP("history", "Replied")),
    "rectification.close": _n("复查通过销项", QT_TRANSLATE_NOOP("history", "Re-checked and closed")),
    "rectification.return": _n("复查退回", QT_TRANSLATE_NOOP("history", "Re-checked and sent back")),
    "rectification.reopen": _n("重新打开", QT_TRANSLATE_NOOP("history", "Reopened")),
    "step.status": _n("更改状态", QT_TRANSLATE_NOOP("history", "Status changed")),
    "step.override_prerequisites": _n("越序办理", QT_TRANSLATE_NOOP("history", "Went ahead of prerequisites")),
    "step.override_consent": _n("未达征询比例办理", QT_TRANSLATE_NOOP("history", "Went ahead without consent")),
    "material.waive": _n("免于提供", QT_TRANSLATE_NOOP("history", "Waived")),
    "material.restore": _n("恢复须提供", QT_TRANSLATE_NOOP("history", "Required again")),
    "attachment.add": _n("添加附件", QT_TRANSLATE_NOOP("history", "File attached")),
    "attachment.remove": _n("移除附件", QT_TRANSLATE_NOOP("history", "File removed")),
    "photo.import": _n("导入照片", QT_TRANSLATE_NOOP("history", "Photo imported")),
    "photo.link": _n("添加照片", QT_TRANSLATE_NOOP("history", "Photo added")),
    "photo.unlink": _n("移除照片", QT_TRANSLATE_NOOP("history", "Photo removed")),
    "photo.caption": _n("修改照片说明", QT_TRANSLATE_NOOP("history", "Caption changed")),
    "photo.delete": _n("删除照片", QT_TRANSLATE_NOOP("history", "Photo deleted")),
    "project.archive": _n("归档", QT_TRANSLATE_NOOP("history", "Put in the archive")),
    "project.unarchive": _n("取消归档", QT_TRANSLATE_NOOP("history", "Restored from the archive")),
    "opinion.close": _n("办结", QT_TRANSLATE_NOOP("history", "Closed")), "opinion.reopen": _n("重新打开", QT_TRANSLATE_NOOP("history", "Reopened")),
    "consultation.answer": _n("记录意见", QT_TRANSLATE_NOOP("history", "Answer recorded")),
    "consultation.clear": _n("清除意见", QT_TRANSLATE_NOOP("history", "Answer cleared")),
    "roster.import": _n("导入花名册", QT_TRANSLATE_NOOP("history", "Roster imported")),
    "template.copy": _n("复制模板", QT_TRANSLATE_NOOP("history", "Template copied")),
    "supervision_issue.rectification": _n("转整改", QT_TRANSLATE_NOOP("history", "Rectification raised")),
    "payment.apply": _n("支付报审", QT_TRANSLATE_NOOP("history", "Payment applied for")),
    "payment.sign_off": _n("群众质量监督员确认", QT_TRANSLATE_NOOP("history", "Signed off by the resident supervisor")),
    "payment.override": _n("越权签发", QT_TRANSLATE_NOOP("history", "Certified over a gate")),
    "payment.certify": _n("签发支付证书", QT_TRANSLATE_NOOP("history", "Payment certified")),
    "payment.audit": _n("跟踪审计审核", QT_TRANSLATE_NOOP("history", "Payment audited")),
    "payment.approve": _n("审批支付", QT_TRANSLATE_NOOP("history", "Payment approved")),
    "payment.disburse": _n("拨付", QT_TRANSLATE_NOOP("history", "Payment disbursed")),
    "payment.publish": _n("拨付公示", QT_TRANSLATE_NOOP("history", "Disbursement published")),
    "payment.reject": _n("退回支付申请", QT_TRANSLATE_NOOP("history", "Payment sent back")),
    "undo": _n("撤销", QT_TRANSLATE_NOOP("history", "Undone")), "redo": _n("重做", QT_TRANSLATE_NOOP("history", "Redone")),
}
"""What the user did, where it says more than created / changed / deleted."""


def field_name(kind: str, column: str) -> Name:
    """The name of ``column`` of ``kind`` (the column itself when it has none)."""
    return COMMON.get(f"{column}@{kind}") or COMMON.get(column) or Name(column, column)


CREATING = frozenset({
    "rectification.issue", "photo.import", "photo.link", "attachment.add", "roster.import", "template.copy",
    "supervision_issue.rectification", "consultation.answer", "undo", "redo",
})
REMOVING = frozenset({"photo.unlink", "photo.delete", "attachment.remove", "consultation.clear", "undo", "redo"})


def action_name(action: str, operation: str) -> Name:
    """What an entry did: the user's operation where it names this change (an item issued, a
    closed item reopened), else created / changed / deleted. An operation that changed one
    record and created others in passing (a status set with its first save) names only the
    change."""
    if operation in OPERATIONS and (
        action == "update" or (action == "insert" and operation in CREATING)
        or (action == "delete" and operation in REMOVING)
    ):
        return OPERATIONS[operation]
    return ACTIONS.get(action) or Name(action, action)


@cache
def _column_types() -> dict[tuple[str, str], str]:
    found = {}
    for kind, table in audited.tables().items():
        for column in table.columns:
            if isinstance(column.type, LargeBinary):
                found[(kind, column.name)] = "file"
            elif isinstance(column.type, DateTime):
                found[(kind, column.name)] = "time"
            elif isinstance(column.type, Date):
                found[(kind, column.name)] = "date"
    for kind in ("photo", "attachment"):
        found[(kind, "sha256")] = "file"
    for kind, secret in audited.SECRET.items():
        for name in secret:
            found[(kind, name)] = "secret"
    return found


def shown_columns() -> list[tuple[str, str]]:
    """Every (kind, column) a history view can show a change of."""
    return [
        (kind, column.name)
        for kind, table in audited.tables().items() for column in table.columns
        if column.name not in reading.BOOKKEEPING and not column.name.endswith("_id")
        and (kind, column.name) not in HIDDEN
    ]


@dataclass(frozen=True)
class Words:
    """How values read in one language.

    ``field(name)`` and ``action(name)`` pick the word of a ``Name``; ``kind(kind)`` names a kind
    of record; ``names[domain][code]`` names a coded value (a code not listed shows as is)."""

    field: Callable[[Name], str]
    kind: Callable[[str], str]
    names: dict[str, dict[str, str]] = _default(default_factory=dict)
    yes: str = "是"
    no: str = "否"
    empty: str = "—"
    file_replaced: str = "文件已更换"
    changed: str = "已更改"
    colon: str = "："
    arrow: str = " → "
    items: str = "、"  # between the items of a list
    pairs: str = "；"  # between "item: value" pairs
    limit: int = 0  # at most this many characters of a value (0: all)


CHINESE_WORDS = Words(field=lambda name: name.zh, kind=lambda kind: KIND_ZH.get(kind, kind), names=CHINESE)


def _time_text(kind: str, column: str, value: str) -> str:
    try:
        at = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return str(value)
    if (kind, column) in UTC_TIMES:
        at = reading.local_time(at)
    return f"{at:%Y-%m-%d %H:%M}"


def _coded(words: Words, domain: str, value) -> str:
    names = words.names.get(domain, {})
    return names.get(str(value), str(value))


def value_text(kind: str, column: str, value, words: Words) -> str:
    """One value as people read it."""
    if value is None or value == "" or value == [] or value == {}:
        return words.empty
    if isinstance(value, bool):
        return words.yes if value else words.no
    domain = CODED.get((kind, column))
    if domain == "rating" and isinstance(value, dict):
        text = words.pairs.join(
            f"{_coded(words, 'survey_item', item)}{words.colon}{_coded(words, 'rating', rating)}"
            for item, rating in value.items()
        )
    elif domain is not None and isinstance(value, list):
        text = words.items.join(_coded(words, domain, item) for item in value)
    elif domain is not None:
        text = _coded(words, domain, value)
    elif _column_types().get((kind, column)) == "time":
        text = _time_text(kind, column, value)
    elif isinstance(value, list):
        text = words.items.join(_item_text(item, words) for item in value)
    elif isinstance(value, dict):
        text = words.pairs.join(f"{k}{words.colon}{_item_text(v, words)}" for k, v in value.items())
    else:
        text = str(value)
    if words.limit and len(text) > words.limit:
        text = text[:words.limit - 1] + "…"
    return text


def _item_text(item, words: Words) -> str:
    """An item of a list: a checklist line {"item": …, "ok": …} reads "item：是"."""
    if isinstance(item, bool):
        return words.yes if item else words.no
    if isinstance(item, dict) and "item" in item:
        ok = item.get("ok")
        return str(item["item"]) + ("" if ok is None else words.colon + (words.yes if ok else words.no))
    if isinstance(item, dict):
        return words.pairs.join(f"{k}{words.colon}{_item_text(v, words)}" for k, v in item.items())
    return words.empty if item is None else str(item)


def change_lines(entry: reading.Entry, words: Words) -> list[str]:
    """The entry's changes, one line each: "字段：旧 → 新" for a change, "字段：值" for the
    values of a record created (or found) or deleted, "字段：文件已更换" for a file."""
    lines = []
    types = _column_types()
    table = audited.tables().get(entry.kind)
    order = {c.name: i for i, c in enumerate(table.columns)} if table is not None else {}
    for column, old, new in sorted(entry.shown_changes(), key=lambda change: order.get(change[0], 999)):
        if (entry.kind, column) in HIDDEN or (column == "position" and entry.action != "update"):
            continue
        name = words.field(field_name(entry.kind, column))
        kind_of = types.get((entry.kind, column))
        if kind_of == "file":
            if entry.action == "update" and old is not None and new is not None:
                lines.append(f"{name}{words.colon}{words.file_replaced}")
            continue
        if kind_of == "secret":
            if entry.action == "update":
                lines.append(f"{name}{words.colon}{words.changed}")
            continue
        if entry.action == "update":
            lines.append(f"{name}{words.colon}{value_text(entry.kind, column, old, words)}"
                         f"{words.arrow}{value_text(entry.kind, column, new, words)}")
        else:
            shown = new if entry.action in ("insert", "baseline") else old
            if shown not in (None, "", [], {}):
                lines.append(f"{name}{words.colon}{value_text(entry.kind, column, shown, words)}")
    return lines
