"""What the printed forms say: a notice's current status and history, the seals and signatures
of every party, blank forms that help the person filling them in by hand, the registers'
counts and rates, and dates as on government forms. Text is read back from the PDF."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pytest
from pypdf import PdfReader
from reportlab.platypus import BaseDocTemplate, KeepTogether, Table
from sqlalchemy import select

from supervisor.db.engine import open_database
from supervisor.documents import forms
from supervisor.documents.forms import fonts, sources
from supervisor.documents.forms.layout import SEAL_MM, FormData, load_template
from supervisor.documents.forms.render import MARGIN_MM, _Builder
from supervisor.projects.project import find_project
from tests.conftest import copy_database

PRINTED = dt.date(2026, 11, 30)
MM = 72 / 25.4


def squeeze(text: str) -> str:
    return "".join(text.split())


def draw(form: str, data: FormData | None) -> list[str]:
    """The squeezed text of each page of ``form`` printed with ``data`` (None: blank)."""
    out = io.BytesIO()
    forms.render_form(form, data, out, None, PRINTED)
    return [squeeze(page.extract_text() or "") for page in PdfReader(io.BytesIO(out.getvalue())).pages]


@pytest.fixture(scope="module")
def demo(demo_source, tmp_path_factory):
    path = copy_database(demo_source, tmp_path_factory.mktemp("content") / "demo.sqlite")
    database = open_database(path, create=False)
    yield database
    database.close()


def notice(database, number: str, project: str = "DH-2026-01") -> tuple[list[str], FormData]:
    from supervisor.db.models import Rectification

    with database.read() as session:
        project_id = find_project(session, project).id
        rect_id = session.scalars(
            select(Rectification.id).where(Rectification.project_id == project_id, Rectification.number == number)
        ).one()
        data = forms.form_data(session, "rectification", project_id, rect_id)
    return draw("rectification", data), data


def between(text: str, start: str, end: str) -> str:
    head = text.index(start) + len(start)
    return text[head : text.index(end, head)]


# --- item 1: a reopened item prints as open, with its history ------------------------------


def test_a_reopened_notice_prints_its_current_status_and_the_reopening_not_the_old_verdict(demo):
    pages, _data = notice(demo, "ZG-2026-006")
    text = "".join(pages)
    assert "当前状态待整改（已销项后于" in pages[0] and "重新打开，重新整改）" in pages[0]
    history = between(text, "处理记录", "整改回复（本轮）")
    steps = ["签发整改通知", "整改回复", "复查合格，销项", "重新打开"]
    positions = [history.index(step) for step in steps]
    assert positions == sorted(positions)
    assert "重新打开原因：巡查发现围挡再次缺失" in history
    assert "群众质量监督员李秀英确认" in history  # the earlier closing, with who confirmed it
    # The old verdict is history, not the current re-check: the 复查（本轮） box is empty.
    current = between(text, "复查（本轮）", "整改回复单")
    assert "同意销项" not in current and "李秀英" not in current and "张伟" not in current
    assert text.count("同意销项") == 1
    # Nor is the old reply the current one: the reply box and the reply slip are blank.
    old_reply = "已恢复施工围挡"  # the reply before the reopening, in the demo
    assert old_reply in text  # in the history of the item ...
    assert old_reply not in between(text, "整改回复（本轮）", "复查（本轮）")  # ... not as the current reply
    assert old_reply not in pages[-1] and "ZG-2026-006" in pages[-1]


def test_a_closed_notice_prints_its_reply_and_re_check_as_current(demo):
    pages, _data = notice(demo, "ZG-2026-005")
    text = "".join(pages)
    assert "当前状态已销项（" in pages[0]
    assert "复查合格：楼道线缆穿管敷设完成，同意销项。" in between(text, "复查（本轮）", "整改回复单")
    assert "李秀英" in between(text, "复查（本轮）", "整改回复单")
    slip = pages[-1]  # the tear-off reply slip, on its own page, filled with the reply
    assert slip.startswith("城镇老旧小区改造工程整改通知单（续）") or "整改回复单" in slip
    assert "整改回复单" in slip and "整改通知单编号ZG-2026-005" in slip
    assert "楼道线缆已穿PVC管敷设并挂牌标识" in slip and "施工项目经理部（盖章）" in slip


def test_an_item_sent_back_prints_the_return_and_no_current_reply(demo_path):
    from supervisor.db.audit import set_current_user
    from supervisor.db.models import Rectification
    from supervisor.site import rectifications

    database = open_database(demo_path, create=False)
    try:
        with database.write() as session:
            rect = session.scalars(select(Rectification).where(Rectification.number == "ZG-2026-002")).first()
            set_current_user("刘强")
            rectifications.reply(session, rect.id, "围挡已补齐。")
            set_current_user("张伟")
            rectifications.recheck(session, rect.id, False, "消防通道仍有材料堆放，退回。")
        pages, _data = notice(database, "ZG-2026-002")
    finally:
        database.close()
    text = "".join(pages)
    assert "复查不合格，退回整改）" in pages[0]
    history = between(text, "处理记录", "整改回复（本轮）")
    assert history.index("整改回复") < history.index("复查不合格，退回整改")
    assert "围挡已补齐" in history and "消防通道仍有材料堆放，退回。" in history
    assert "围挡已补齐" not in between(text, "整改回复（本轮）", "整改回复单")
    assert "退回。" not in between(text, "复查（本轮）", "整改回复单")


# --- item 8: seals and signatures --------------------------------------------------------------


def signature_rows(form: str) -> list[tuple[object, float, float]]:
    """(block row, row height mm, block width mm) of every signature row of ``form``'s template."""
    from reportlab.lib.pagesizes import A4, landscape

    template = load_template(forms.FORMS[form].template)
    page = landscape(A4) if template.orientation == "landscape" else A4
    width = page[0] - 2 * MARGIN_MM * MM
    builder = _Builder(template, FormData(), fonts.choose_font(), width)
    found = []
    for section in template.sections:
        if section.kind != "signatures":
            continue
        (together,) = builder._signatures(section)
        assert isinstance(together, KeepTogether)
        table = next(f for f in together._content if isinstance(f, Table))
        table.wrap(width, 10_000)
        per_row = max(1, section.per_row)
        for index, height in enumerate(table._rowHeights):
            blocks = section.blocks[index * per_row : (index + 1) * per_row]
            found.append((blocks, height / MM, width / per_row / MM))
    return found


def test_every_party_that_seals_has_room_for_a_round_seal():
    sealing = 0
    for form in forms.FORMS:
        for blocks, height, width in signature_rows(form):
            for block in blocks:
                # No label asks for a seal without the room for one.
                assert block.seal == ("盖章" in block.text), (form, block.label)
                if block.seal:
                    sealing += 1
                    assert SEAL_MM >= 42
                    assert height >= SEAL_MM + 5 and width >= SEAL_MM, (form, block.label, height, width)
    assert sealing >= 10  # notice 2 + reply slip 1 + acceptance 6 + procedure 1


def test_each_party_that_signs_or_seals_is_on_its_form(demo):
    with demo.read() as session:
        finished = find_project(session, "DH-2025-03").id
        acceptance = forms.form_data(session, "acceptance", finished)
    expected = {
        "rectification": ["项目监理机构（盖章）", "施工项目经理部（盖章）", "抄送建设单位", "整改回复单",
                          "整改通知单编号", "项目经理（签字）", "复查人（监理工程师）", "群众质量监督员"],
        "site-check": ["巡查人", "施工单位现场负责人", "监理工程师", "群众质量监督员"],
        "opinions": ["填表人", "审核人", "群众质量监督员"],
        "satisfaction": ["填表人（调查人）", "审核人"],
        "site-checks": ["填表人", "审核人"],
        "procedure": ["填表人", "审核人", "建设单位（盖章）"],
        "acceptance": ["建设单位（盖章）", "施工单位（盖章）", "监理单位（盖章）", "设计单位（盖章）",
                       "勘察单位（盖章）", "质量监督机构（质监站）（盖章）", "监督人员（签字）", "居民代表",
                       "共＿＿＿项，经核查符合规定＿＿＿项", "共＿＿＿分部，经查符合设计及标准规定＿＿＿分部"],
    }
    for form, labels in expected.items():
        text = "".join(draw(form, None))
        for label in labels:
            assert label in text, (form, label)
    filled = "".join(draw("acceptance", acceptance))
    for label in expected["acceptance"][:7]:
        assert label in filled, label
    assert "勘察单位" in filled and "共9分部，经查符合设计及标准规定8分部" in filled


def test_the_acceptance_record_takes_its_start_date_from_the_start_order_step(demo):
    from supervisor.db.models import ProjectStep

    with demo.read() as session:
        project_id = find_project(session, "DH-2026-01").id  # started, no acceptance record yet
        signed = session.scalars(
            select(ProjectStep.actual_end).where(ProjectStep.project_id == project_id,
                                                 ProjectStep.name.contains("开工令"))
        ).one()
        data = forms.form_data(session, "acceptance", project_id)
    assert signed is not None
    text = "".join(draw("acceptance", data))
    assert f"开工日期{signed.year}年{signed.month:02d}月{signed.day:02d}日" in text


# --- item 9: blank forms that help the hand ----------------------------------------------------


def test_the_blank_procedure_sheet_pre_prints_the_45_standard_steps():
    from supervisor.procedure.templates import load_template_file

    text = "".join(draw("procedure", None))
    steps = [(phase, step) for phase in load_template_file()["phases"] for step in phase["steps"]]
    assert len(steps) == 45
    for _phase, step in steps:
        assert squeeze(step["name"]) in text, step["name"]
        assert squeeze(step["responsible"]) in text
        for material in step["materials"]:
            assert "□" + squeeze(material["name"]) in text
    assert "方案公示不少于7日" in text and "征询居民改造意愿" in text  # time limits and content
    for filled_in in ("已完成√", "进行中", "逾期"):  # the status and dates are left to the hand
        assert filled_in not in text.replace("“已完成/进行中/未开始/不适用”", "")
    assert "核验码" not in text


def test_a_blank_notice_leaves_out_the_automatic_evidence_check_and_the_status():
    text = "".join(draw("rectification", None))
    assert "照片证据提示" not in text and "当前状态" not in text
    assert "整改通知单" in text and "整改回复单" in text


def register_rows(form: str, data=None) -> tuple[dict[int, int], list[str]]:
    """Body rows of the register's table on each page, and the pages' text."""
    counted: dict[int, int] = {}
    original = BaseDocTemplate.afterFlowable

    def record(doc, flowable):
        if isinstance(flowable, Table) and getattr(flowable, "repeatRows", 0):
            counted[doc.page] = counted.get(doc.page, 0) + len(flowable._cellvalues) - flowable.repeatRows

    BaseDocTemplate.afterFlowable = record
    try:
        pages = draw(form, data)
    finally:
        BaseDocTemplate.afterFlowable = original
    return counted, pages


@pytest.mark.parametrize("form", ["opinions", "satisfaction", "site-checks"])
def test_blank_registers_offer_at_least_15_rows_on_every_page(form):
    counted, pages = register_rows(form)
    assert counted and all(rows >= 15 for rows in counted.values()), counted
    assert set(counted) == set(range(1, len(pages) + 1))  # no page of signatures alone
    assert "填表人" in pages[-1] and "审核人" in pages[-1]


def test_the_satisfaction_register_is_large_print_with_a_signature_column():
    template = load_template("satisfaction")
    assert template.font_size >= 9
    table = next(s for s in template.sections if s.kind == "table")
    assert table.font_size is None or table.font_size >= 9
    keys = [c.key for c in table.columns]
    assert keys.index("signature") == keys.index("phone") + 1
    text = "".join(draw("satisfaction", None))
    assert "联系电话受访人签名" in text


# --- item 10: the registers' counts, rates and numbers -----------------------------------------


def test_the_registers_print_counts_rates_and_notice_numbers(demo):
    from supervisor.db.models import Compound, Rectification
    from supervisor.residents import consultation

    with demo.read() as session:
        first = find_project(session, "DH-2026-01").id
        finished = find_project(session, "DH-2025-03").id
        compound = session.scalars(select(Compound).where(Compound.name == "幸福里小区")).one()
        surveyed = session.scalars(select(Compound).where(Compound.name == "和平里小区")).one()
        count = consultation.tally(session, compound, 1).count
        opinions = forms.form_data(session, "opinions", first, compound.id)
        satisfaction = forms.form_data(session, "satisfaction", finished, surveyed.id)
        register = forms.form_data(session, "site-checks", first)
        numbers = session.scalars(select(Rectification.number).where(
            Rectification.project_id == first, Rectification.check_id.is_not(None))).all()
    text = "".join(draw("opinions", opinions))
    assert f"不同意户数{count.disagreeing}" in text and f"弃权户数{count.abstaining}" in text
    assert f"未入户户数{count.households - count.visited}" in text
    text = "".join(draw("satisfaction", satisfaction))
    assert "满意率" + satisfaction.values["rate"] in text and satisfaction.values["rate"].endswith("%")
    text = "".join(draw("site-checks", register))
    assert numbers and all(number in text for number in numbers)


def test_budgets_print_with_thousands_separators(demo):
    assert sources.money(Decimal("3856000")) == "3,856,000.00 元"
    with demo.read() as session:
        project = find_project(session, "DH-2026-01")
        data = forms.form_data(session, "procedure", project.id)
        budget = project.budget
    assert budget is not None and budget >= 1000
    assert f"项目预算{budget:,.2f}元" in "".join(draw("procedure", data))


# --- Chinese dates -----------------------------------------------------------------------------


def test_notices_and_records_print_chinese_dates(demo):
    assert sources.day(dt.date(2026, 11, 6)) == "2026年11月06日"
    assert sources.minute(dt.datetime(2026, 11, 6, 9, 30)) == "2026年11月06日 09:30"
    assert sources.short_day(dt.date(2026, 11, 6)) == "2026-11-06"
    pages, data = notice(demo, "ZG-2026-005")
    issued = data.values["issued_at"]
    assert "年" in issued and "签发时间" + squeeze(issued) in pages[0]
