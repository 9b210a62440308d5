"""Printed forms: the text inside the PDFs, blank and filled, pages, fonts, bad input."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from supervisor.db.engine import open_database
from supervisor.documents import forms
from supervisor.documents.forms import fonts
from supervisor.documents.forms.layout import FormData, PhotoItem, load_template
from supervisor.documents.forms.render import render
from supervisor.procedure import templates
from supervisor.projects import places
from supervisor.projects.project import ProjectData, find_project
from supervisor.residents import roster
from tests.conftest import SAMPLE_PHOTOS, copy_database

PRINTED = dt.date(2026, 11, 30)


def pdf_pages(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


def draw(form: str, data: FormData | None, font_path=None) -> tuple[list[str], bytes, object]:
    out = io.BytesIO()
    result = forms.render_form(form, data, out, font_path, PRINTED)
    pages = pdf_pages(out.getvalue())
    assert len(pages) == result.pages
    return pages, out.getvalue(), result


def squeeze(text: str) -> str:
    """Text without line breaks and spaces (cells wrap Chinese anywhere)."""
    return "".join(text.replace("\u200b", "").split())


@pytest.fixture(scope="module")
def demo(demo_source, tmp_path_factory):
    """The demo database, read by this module's tests (a copy: the source stays untouched)."""
    path = copy_database(demo_source, tmp_path_factory.mktemp("forms") / "demo.sqlite")
    database = open_database(path, create=False)
    yield database
    database.close()


def records(database):
    """Something to print for every form of the demo."""
    from sqlalchemy import select

    from supervisor.db.models import Compound, Rectification, SiteCheck

    with database.read() as session:
        first = find_project(session, "DH-2026-01")
        finished = find_project(session, "DH-2025-03")
        check = session.scalars(
            select(SiteCheck).where(SiteCheck.project_id == first.id, SiteCheck.result == "problem")
        ).first()
        rect = session.scalars(
            select(Rectification).where(Rectification.project_id == first.id, Rectification.status == "closed")
        ).first()
        compound = session.scalars(select(Compound).where(Compound.name == "幸福里小区")).one()
        surveyed = session.scalars(select(Compound).where(Compound.name == "和平里小区")).one()
        return {
            "procedure": (first.id, None, ["实施程序表", "程序步骤", "需形成的资料", first.name, "改造意愿征询", "已完成"]),
            "site-check": (first.id, check.id, ["巡查记录表", "巡查部位", "检查内容及情况", check.description[:8], "拍摄时间"]),
            "rectification": (first.id, rect.id, ["整改通知单", "整改要求", "复查意见", rect.number, rect.problem[:8], "复查合格"]),
            "opinions": (first.id, compound.id, ["居民意见登记表", "户主姓名", "希望改造内容", "幸福里小区", "同意率", "1号楼-1-101"]),
            "satisfaction": (finished.id, surveyed.id, ["满意度调查登记表", "整体效果", "和平里小区", "满意率", "非常"]),
            "site-checks": (first.id, None, ["巡查登记表", "检查情况", "XC-2026-", first.code]),
            "acceptance": (finished.id, None, ["竣工逐项验收记录", "综合验收结论", "居民代表", "质监站",
                                               finished.name, "雨污分流管网", "845.5m", "不合格", "合格5项"]),
        }


def test_every_form_filled_from_the_demo_has_its_labels_and_the_records_values(demo):
    for form, (project_id, record, expected) in records(demo).items():
        with demo.read() as session:
            data = forms.form_data(session, form, project_id, record)
        pages, _pdf, result = draw(form, data)
        text = squeeze("\n".join(pages))
        for words in expected:
            assert squeeze(words) in text, (form, words)
        for number, page in enumerate(pages, 1):
            assert f"第{number}页共{len(pages)}页" in squeeze(page), (form, number)
            assert "打印日期：2026年11月30日" in squeeze(page)
            assert squeeze(data.number) in squeeze(page), (form, number)


def test_a_blank_form_has_its_labels_and_no_data(demo):
    for form in forms.FORMS:
        pages, _pdf, _result = draw(form, None)
        text = squeeze("\n".join(pages))
        template = load_template(forms.FORMS[form].template)
        assert squeeze(template.title) in text
        printed = template.printed(blank=True)  # a notice's status and evidence check are left out
        labels = [f.label for s in printed for f in s.fields] + [c.label for s in printed for c in s.columns]
        for label in labels:
            assert squeeze(label) in text, (form, label)
        for data_word in ("东湖街道", "DH-2026", "幸福里", "ZG-2026"):
            assert data_word not in text, (form, data_word)
        assert "编号：" in text


def test_the_pages_grow_with_the_households_and_the_header_repeats(db_path, migrated_source):
    database = open_database(copy_database(migrated_source, db_path))
    try:
        with database.write() as session:
            project = templates.create_project(session, ProjectData(code="F-1", name="打印测试"))
            small = places.add_compound(session, project, places.CompoundData("小区甲"))
            large = places.add_compound(session, project, places.CompoundData("小区乙"))
            for compound, count in ((small, 5), (large, 150)):
                for i in range(count):
                    roster.add_household(session, compound, roster.HouseholdData("1号楼", "1", str(100 + i), f"住户{i}"))
            ids = (project.id, small.id, large.id)
        with database.read() as session:
            few = forms.form_data(session, "opinions", ids[0], ids[1])
            many = forms.form_data(session, "opinions", ids[0], ids[2])
    finally:
        database.close()
    few_pages, _pdf, _r = draw("opinions", few)
    many_pages, _pdf, _r = draw("opinions", many)
    assert len(few_pages) == 1 and len(many_pages) > 3
    for page in many_pages:
        assert "户主姓名" in squeeze(page)  # the header row on every page
    assert "住户149" in squeeze("".join(many_pages))


def test_the_signature_blocks_never_split_across_pages(tmp_path):
    (tmp_path / "signed.toml").write_text(
        'title = "签字测试表"\n'
        '[[sections]]\nkind = "table"\nkey = "rows"\ncolumns = [{ label = "内容", key = "text" }]\n'
        '[[sections]]\nkind = "signatures"\nper_row = 3\nblocks = ['
        + ", ".join(f'{{ label = "单位{i}" }}' for i in range(1, 7)) + "]\n",
        encoding="utf-8",
    )
    template = load_template("signed", tmp_path)
    font = fonts.choose_font()
    seen_split_points = set()
    for count in range(20, 40):
        rows = [{"text": f"第{i}行"} for i in range(count)]
        out = io.BytesIO()
        render(template, FormData(number="X", tables={"rows": rows}), out, font, PRINTED)
        pages = [squeeze(p) for p in pdf_pages(out.getvalue())]
        holding = {i for i, page in enumerate(pages) for n in range(1, 7) if f"单位{n}" in page}
        assert len(holding) == 1, (count, holding)
        (page,) = holding
        assert all(f"单位{n}" in pages[page] for n in range(1, 7))
        seen_split_points.add(page > 0 and f"第{count - 1}行" in pages[page - 1])
    assert True in seen_split_points  # some counts pushed the blocks onto a page of their own


def test_a_five_thousand_character_remark_wraps_over_pages_and_keeps_every_word():
    remark = "".join(f"第{i}句：墙面空鼓需返工。" for i in range(420)) + "结束标记"
    assert len(remark) > 5000
    data = FormData(number="XC-1", values={"description": remark, "date": "2026-11-30"})
    pages, _pdf, _result = draw("site-check", data)
    text = squeeze("".join(pages))
    assert len(pages) >= 3
    assert "第0句" in text and "第419句" in text and "结束标记" in text


def test_a_photo_that_cannot_be_decoded_prints_its_name_in_a_box(tmp_path):
    sample = SAMPLE_PHOTOS / "Canon_40D.jpg"
    photos = [
        PhotoItem(b"\xff\xd8\xff\xe0 not really a jpeg", "IMG_broken.jpg", "东墙"),
        PhotoItem(None, "IMG_missing.jpg"),
        PhotoItem(sample.read_bytes(), "Canon_40D.jpg", "屋面", dt.datetime(2026, 3, 5, 9, 30)),
    ]
    pages, pdf, _result = draw("site-check", FormData(number="XC-1", photos={"photos": photos}))
    text = squeeze("".join(pages))
    assert "照片无法显示：IMG_broken.jpg" in text and "照片无法显示：IMG_missing.jpg" in text
    assert "拍摄时间：2026年03月05日09:30" in text
    images = [name for page in PdfReader(io.BytesIO(pdf)).pages for name in page.images]
    assert len(images) == 1


def embedded_font_files(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    found = []
    for page in reader.pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                found.append(str(font["/BaseFont"]))
    return found


def test_a_truetype_chinese_font_is_embedded_as_a_subset():
    if not fonts.system_candidates():
        pytest.skip("no TrueType Chinese font on this machine (CI installs fonts-wqy-zenhei)")
    _pages, pdf, result = draw("procedure", None)
    assert result.font.embedded and result.font.warning is None
    names = embedded_font_files(pdf)
    assert names and all("+" in name for name in names)  # subset fonts are named ABCDEF+Name


def test_without_a_truetype_font_the_form_still_prints_and_says_so(monkeypatch):
    monkeypatch.setattr(fonts, "system_candidates", lambda: [])
    pages, pdf, result = draw("procedure", None)
    assert result.font.name == "STSong-Light" and not result.font.embedded
    assert "STSong" in result.font.warning_text()
    assert "实施程序表" in squeeze(pages[0])
    assert embedded_font_files(pdf) == []


def test_a_configured_font_that_is_missing_or_not_chinese_falls_back_with_a_message(tmp_path):
    _pages, _pdf, result = draw("site-check", None, font_path=str(tmp_path / "simsun.ttc"))
    assert "simsun.ttc" in result.font.warning_text() and "not found" in result.font.warning_text()
    not_a_font = tmp_path / "fake.ttf"
    not_a_font.write_bytes(b"\0\1\0\0 not a font")
    _pages, _pdf, result = draw("site-check", None, font_path=str(not_a_font))
    assert "fake.ttf" in result.font.warning_text()


def test_a_bad_template_file_is_refused_with_its_name(tmp_path):
    from supervisor import errors

    (tmp_path / "broken.toml").write_text('title = "表"\n[[sections]]\nkind = "chart"\n', encoding="utf-8")
    with pytest.raises(errors.ValidationError) as caught:
        load_template("broken", tmp_path)
    assert "broken.toml" in caught.value.message() and "chart" in caught.value.message()
    template = load_template("site_check")
    render(template, None, io.BytesIO(), fonts.choose_font())


def test_no_form_ends_on_an_empty_page(demo):
    from sqlalchemy import select

    from supervisor.db.models import Compound

    with demo.read() as session:
        compounds = session.execute(select(Compound.project_id, Compound.id)).all()
        data = [forms.form_data(session, "opinions", p, c, round_=r) for p, c in compounds for r in (1, 2)]
    for form_data in data:
        pages, _pdf, _result = draw("opinions", form_data)
        assert "群众质量监督员" in pages[-1], (form_data.number, len(pages))
