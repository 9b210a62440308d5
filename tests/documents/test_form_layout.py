"""How forms are set: Chinese line breaking, page breaks, photo grids, typefaces, the letterhead.

Each test reads what a clerk would see: the lines and pages of the PDF's text, the fonts it
embeds, where the photos fall.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from supervisor.documents import forms
from supervisor.documents.forms import fonts
from supervisor.documents.forms.layout import FormData, PhotoItem, load_template
from supervisor.documents.forms.linebreak import CLOSING, OPENING, break_lines
from supervisor.documents.forms.render import render
from supervisor.documents.letterhead import Letterhead
from tests.conftest import SAMPLE_PHOTOS

PRINTED = dt.date(2026, 11, 6)


def lines_of(pdf: bytes) -> list[list[str]]:
    """Each page's text lines as the PDF draws them (one drawn string per line)."""
    return [
        [line.strip() for line in (page.extract_text() or "").split("\n") if line.strip()]
        for page in PdfReader(io.BytesIO(pdf)).pages
    ]


def table_form(tmp_path, columns: str, font_size: float = 9.5):
    (tmp_path / "grid.toml").write_text(
        f'title = "排版测试表"\nfont_size = {font_size}\n'
        f'[[sections]]\nkind = "table"\nkey = "rows"\ncolumns = [{columns}]\n',
        encoding="utf-8",
    )
    return load_template("grid", tmp_path)


def draw(template, data: FormData) -> bytes:
    out = io.BytesIO()
    render(template, data, out, fonts.choose_font(), PRINTED)
    return out.getvalue()


def width_of_chars(char: str) -> float:
    return 1.0 if ord(char) > 0x2E7F else 0.5


# --- line breaking ----------------------------------------------------------------------------

TEXT = ("经查，外墙（东侧）保温层空鼓、开裂；ZG-2026-04001号通知要求于2026-11-06前整改完毕。"
        "施工单位回复：已于11月5日返工，观察、尺量、手扳检查合格。“同意销项”。")


@pytest.mark.parametrize("width", [3, 4, 5, 6, 7, 9, 12, 17])
def test_no_line_starts_with_closing_punctuation_or_ends_with_an_opening_bracket(width):
    lines = break_lines(TEXT, width, width_of_chars)
    assert "".join(lines) == TEXT
    for line in lines[1:]:
        assert line[0] not in CLOSING, (width, lines)
    for line in lines:
        assert line[-1] not in OPENING, (width, lines)


@pytest.mark.parametrize("width", [7, 8, 10, 13])
def test_codes_dates_and_numbers_stay_whole(width):
    lines = break_lines(TEXT, width, width_of_chars)
    for whole in ("ZG-2026-04001", "2026-11-06", "11", "5"):
        assert any(whole in line for line in lines), (whole, lines)


def test_a_code_wider_than_the_line_is_cut_only_because_it_must():
    assert "".join(break_lines("ZG-2026-04001", 3, width_of_chars)) == "ZG-2026-04001"


def test_a_paragraph_does_not_end_on_a_lone_character():
    assert break_lines("开工前准备", 4, width_of_chars) == ["开工前", "准备"]
    assert break_lines("观察、尺量、手扳检查", 7, width_of_chars) == ["观察、尺量、", "手扳检查"]


def test_words_separated_by_a_space_or_a_marked_boundary_stay_whole():
    assert break_lines("不同意 弃权 未入户", 4, width_of_chars) == ["不同意", "弃权", "未入户"]
    assert break_lines("愿缴\u200b物业费", 4, width_of_chars) == ["愿缴", "物业费"]
    assert break_lines("愿缴\u200b物业费", 9, width_of_chars) == ["愿缴物业费"]


def test_a_printed_table_follows_the_rules_in_its_cells(tmp_path):
    template = table_form(
        tmp_path, '{ label = "序号", key = "n", width = 1 }, { label = "存在问题", key = "text", width = 3 },'
        '{ label = "检查\u200b方法", key = "method", width = 0.8 }, { label = "备注", key = "note", width = 8 }',
    )
    rows = [{"n": str(i), "text": TEXT, "method": "观察、尺量、手扳检查", "note": f"行{i}"} for i in range(1, 6)]
    pages = lines_of(draw(template, FormData(number="T-1", tables={"rows": rows})))
    drawn = [line for page in pages for line in page]
    assert not [line for line in drawn if line[0] in CLOSING]
    assert not [line for line in drawn if line[-1] in OPENING]
    assert any("ZG-2026-04001" in line for line in drawn)
    assert "检查" in drawn and "方法" in drawn  # the heading broke between its words


# --- page breaks ------------------------------------------------------------------------------


def test_a_header_row_never_stands_alone_at_a_page_foot(tmp_path):
    template = table_form(tmp_path, '{ label = "编号栏", key = "n" }, { label = "内容栏", key = "text", width = 4 }')
    for count in range(8, 20):
        rows = [{"n": f"R{i:02d}", "text": "墙面空鼓需返工。" * 40} for i in range(count)]
        pages = lines_of(draw(template, FormData(number="T-1", tables={"rows": rows})))
        for lines in pages:
            headers = [i for i, line in enumerate(lines) if line.startswith("编号栏") or line == "编号栏"]
            if headers:
                after = lines[headers[-1] + 1:]
                assert any(line.startswith("R") and line[1:3].isdigit() for line in after), (count, lines)


def test_a_row_taller_than_a_page_goes_on_in_rows_below_it_and_keeps_every_word(tmp_path):
    template = table_form(tmp_path, '{ label = "编号", key = "n" }, { label = "内容", key = "text", width = 4 }')
    text = "".join(f"第{i}句墙面空鼓。" for i in range(900)) + "结束标记"
    pdf = draw(template, FormData(number="T-1", tables={"rows": [{"n": "R1", "text": text}]}))
    pages = lines_of(pdf)
    joined = "".join("".join(page) for page in pages)
    assert len(pages) >= 3
    assert "第0句" in joined and "第899句" in joined and "结束标记" in joined
    assert all(any(line == "内容" for line in page) for page in pages)  # the header on every page


def test_a_new_projects_procedure_sheet_has_steps_under_every_header(database, project):
    with database.read() as session:
        data = forms.form_data(session, "procedure", project)
    out = io.BytesIO()
    forms.render_form("procedure", data, out, printed_on=PRINTED)
    pages = lines_of(out.getvalue())
    with_header = 0
    for number, lines in enumerate(pages, 1):
        headers = [i for i, line in enumerate(lines) if "程序步骤" in line]
        if headers:
            with_header += 1
            assert any(line.isdigit() for line in lines[headers[-1] + 1:]), (number, lines[headers[-1]:])
    assert with_header >= 3


def photo_items(count: int) -> list[PhotoItem]:
    data = (SAMPLE_PHOTOS / "Canon_40D.jpg").read_bytes()
    return [PhotoItem(data, f"IMG_{i}.jpg", f"照片说明{i}", dt.datetime(2026, 11, 5, 9, i)) for i in range(1, count + 1)]


def test_photos_flow_in_a_grid_that_fills_the_pages(tmp_path):
    (tmp_path / "photos.toml").write_text(
        'title = "照片测试表"\n[[sections]]\nkind = "text"\nfields = [{ label = "存在问题", key = "problem" }]\n'
        '[[sections]]\nkind = "photos"\ntitle = "整改前照片"\nkey = "before"\nper_row = 2\nheight = 70\n',
        encoding="utf-8",
    )
    data = FormData(number="ZG-2026-001", values={"problem": "外墙保温层空鼓。" * 30}, photos={"before": photo_items(5)})
    pages = ["".join(lines) for lines in lines_of(draw(load_template("photos", tmp_path), data))]
    assert "照片说明1" in pages[0] and "照片说明2" in pages[0]  # the grid starts under the text
    assert len(pages) == 2 and "照片说明5" in pages[1]


# --- typefaces, dates and the letterhead ------------------------------------------------------


def embedded_fonts(pdf: bytes) -> dict[str, bool]:
    found: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found[str(font["/BaseFont"]).split("+")[-1]] = embedded
    return found


def test_body_in_song_and_titles_in_hei_every_font_embedded():
    candidates = {path.name.lower() for path in fonts.system_candidates()}
    if not candidates & set(fonts.SONG_FILES) or not candidates & set(fonts.HEI_FILES):
        pytest.skip("no Song and Hei TrueType fonts here (CI installs fonts-arphic-uming and fonts-wqy-zenhei)")
    out = io.BytesIO()
    result = forms.render_form("rectification", None, out, printed_on=PRINTED)
    assert result.font.warning is None
    assert result.font.path.name.lower() in fonts.SONG_FILES
    assert result.font.heading_path.name.lower() in fonts.HEI_FILES
    found = embedded_fonts(out.getvalue())
    assert all(found.values()), found  # nothing the reader must supply, not even Helvetica
    names = " ".join(found).lower()
    assert ("uming" in names or "simsun" in names) and ("zenhei" in names or "simhei" in names), found


def test_without_a_song_the_body_is_set_in_the_hei_and_the_user_is_told(monkeypatch):
    hei = [path for path in fonts.system_candidates() if path.name.lower() in fonts.HEI_FILES]
    if not hei:
        pytest.skip("no Hei TrueType font here")
    monkeypatch.setattr(fonts, "system_candidates", lambda: hei)
    chosen = fonts.choose_font()
    assert chosen.embedded and chosen.path == hei[0]
    assert "Song" in chosen.warning_text() and hei[0].name in chosen.warning_text()


def test_the_letterhead_heads_the_first_page_and_dates_are_chinese():
    from PIL import Image

    logo = io.BytesIO()
    Image.new("RGB", (300, 120), "red").save(logo, "PNG")
    head = Letterhead("东湖街道办事处", "华信工程监理有限公司", logo.getvalue())
    out = io.BytesIO()
    forms.render_form("site-check", FormData(number="XC-1", letterhead=head), out, printed_on=PRINTED)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    first = reader.pages[0].extract_text()
    assert first.index("东湖街道办事处") < first.index("巡查记录表")
    assert "监理单位：华信工程监理有限公司" in first
    assert "打印日期：2026年11月06日" in first
    assert len(reader.pages[0].images) == 1  # the logo


def test_a_logo_that_does_not_decode_is_left_out_and_the_form_prints():
    head = Letterhead("东湖街道办事处", "", b"\x89PNG broken")
    out = io.BytesIO()
    result = forms.render_form("site-check", FormData(number="XC-1", letterhead=head), out, printed_on=PRINTED)
    assert result.pages >= 1 and "东湖街道办事处" in PdfReader(io.BytesIO(out.getvalue())).pages[0].extract_text()
