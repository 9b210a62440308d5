"""The project's archive file: one PDF of the index (卷内目录) and every form, its page numbers
read back from the printed index and checked against the pages; ``supervisor archive``."""

from __future__ import annotations

import re

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from supervisor import errors
from supervisor.documents.archive import archive, parts
from supervisor.documents.forms import FORMS
from supervisor.documents.ledgers import LEDGERS
from tests import pg
from tests.conftest import PgSource, assert_one_line_error, copy_database, make_url_database, run_cli

HEADER = "序号文件编号文件题名日期页次备注"
DATE = r"\d{4}-\d{2}-\d{2}(?:至\d{4}-\d{2}-\d{2})?"


def squeezed(page) -> str:
    return "".join((page.extract_text() or "").split())


@pytest.fixture(scope="module")
def demo_copy(demo_source, tmp_path_factory):
    """One copy of the demo for the module's tests that only read it."""
    from supervisor.db.audit import set_current_user
    from supervisor.db.engine import open_database

    copy = copy_database(demo_source, tmp_path_factory.mktemp("archive") / "demo.sqlite")
    set_current_user("tester")
    database = open_database(copy)
    yield copy, database
    database.close()
    if isinstance(demo_source, PgSource):
        pg.drop_database(demo_source.server, make_url_database(copy))


def project_id(database, code: str) -> int:
    from supervisor.projects.project import find_project

    with database.read() as session:
        return find_project(session, code).id


@pytest.fixture(scope="module")
def largest(demo_copy, tmp_path_factory):
    """The archive file of the demo's largest project: its path, result and pages' text."""
    _path, database = demo_copy
    out = tmp_path_factory.mktemp("out") / "卷内文件.pdf"
    result = archive(database, project_id(database, "DH-2026-01"), out)
    return out, result, [squeezed(page) for page in PdfReader(str(out)).pages]


def printed_index(texts: list[str]) -> list[tuple[str, str, int, int]]:
    """The index's rows as printed: (number, title, first page, last page), read from the
    text of its pages (those before the first document)."""
    text = "".join(t for t in texts if "卷内目录" in t and HEADER in t)
    text = text[text.index(HEADER) + len(HEADER):]
    kinds = "|".join(spec.zh for spec in FORMS.values())
    found, serial, cursor = [], 1, 0
    while (match := re.compile(rf"{serial}((?:DH|XC|ZG)-\S+?)(?={kinds})").search(text, cursor)) is not None:
        found.append(match)
        cursor, serial = match.end(), serial + 1
    rows = []
    for match, following in zip(found, [*found[1:], None]):
        segment = text[match.end(): following.start() if following else len(text)]
        pages = re.search(rf"{DATE}(\d+)(?:–(\d+))?", segment)  # the date, then the pages
        first = int(pages.group(1))
        rows.append((match.group(1), segment[: pages.start()], first, int(pages.group(2) or first)))
    return rows


def test_the_index_page_numbers_are_where_each_document_starts_and_ends(largest):
    out, result, texts = largest
    rows = printed_index(texts)
    assert len(rows) == result.documents > 50
    assert rows[0][2] == result.index_pages + 1 and result.index_pages > 1  # the index is two pages long
    assert rows[-1][3] == len(texts) == result.pages
    for (number, title, first, last), following in zip(rows, [*rows[1:], None]):
        if following is not None:
            assert following[2] == last + 1, (number, following)
        count = last - first + 1
        head, tail = texts[first - 1], texts[last - 1]
        kind = next(spec.zh for spec in FORMS.values() if title.startswith(spec.zh))
        assert number in head and kind in head, (number, first, head[:80])
        assert f"第1页共{count}页" in head, (number, first)
        assert f"第{count}页共{count}页" in tail, (number, last)
        assert head.endswith(str(first)) and tail.endswith(str(last))  # the page's number in the file


def test_every_check_and_notice_of_the_project_is_filed_once(largest, demo_copy):
    from sqlalchemy import select

    from supervisor.db.models import Rectification, SiteCheck
    from supervisor.site.checks import check_number

    _path, database = demo_copy
    _out, result, texts = largest
    pid = project_id(database, "DH-2026-01")
    with database.read() as session:
        checks = [check_number(i, at) for i, at in session.execute(
            select(SiteCheck.id, SiteCheck.checked_at).where(SiteCheck.project_id == pid))]
        notices = session.scalars(select(Rectification.number).where(Rectification.project_id == pid)).all()
    printed = [number for number, *_ in printed_index(texts)]
    assert len(checks) == 42 and len(notices) == 7
    for number in [*checks, *notices]:
        assert printed.count(number) == 1, number
    kinds = [entry.part.form for entry in result.entries]
    assert kinds == sorted(kinds, key=["procedure", "site-check", "rectification", "acceptance", "opinions",
                                       "satisfaction", "site-checks"].index)


def test_bookmarks_name_every_document_grouped_by_kind(largest):
    out, result, _texts = largest
    reader = PdfReader(str(out))
    outline = reader.outline  # an item's children are the list after it
    top = [item["/Title"] for item in outline if not isinstance(item, list)]
    children = {item["/Title"]: following for item, following in zip(outline, [*outline[1:], None])
                if not isinstance(item, list) and isinstance(following, list)}
    assert top[:3] == ["卷内目录", "DH-2026-01 实施程序表", "巡查记录表（42 份）"]
    assert "整改通知单（7 份）" in top and "居民意见登记表（6 份）" in top
    assert len(top) + sum(len(c) for c in children.values()) - len(children) == result.documents + 1
    checks = children["巡查记录表（42 份）"]
    assert len(checks) == 42 and checks[0]["/Title"].startswith("XC-2026-")
    first_check = next(e for e in result.entries if e.part.form == "site-check")
    assert reader.get_destination_page_number(checks[0]) == first_check.first - 1


def test_what_a_finished_project_and_one_without_checks_file(demo_copy, tmp_path):
    _path, database = demo_copy
    finished = archive(database, project_id(database, "DH-2025-03"), tmp_path / "a.pdf")
    titles = [entry.part.title for entry in finished.entries]
    # 和平里小区: both rounds, its surveys, the acceptance record after the works.
    order = ["竣工逐项验收记录", "居民意见登记表：和平里小区 第一轮（改造意愿）",
             "居民意见登记表：和平里小区 第二轮（改造方案）", "满意度调查登记表：和平里小区"]
    assert titles[0] == "实施程序表" and [titles.index(t) for t in order] == sorted(titles.index(t) for t in order)
    with database.read() as session:
        early = [p.title for p in parts(session, project_id(database, "DH-2026-02"))]
    # 电业局宿舍 has answers in the first round only; nobody has been surveyed or accepted yet.
    assert "居民意见登记表：电业局宿舍 第一轮（改造意愿）" in early
    assert "居民意见登记表：电业局宿舍 第二轮（改造方案）" not in early
    assert not [t for t in early if t.startswith(("竣工", "满意度"))]


def test_a_cancelled_archive_leaves_no_file_and_keeps_the_old_one(demo_copy, tmp_path):
    _path, database = demo_copy
    pid = project_id(database, "DH-2026-01")
    out = tmp_path / "卷内文件.pdf"
    out.write_bytes(b"last week's file")
    ledgers = tmp_path / "台账"
    seen = []
    for stop_after in (5, 60):  # while drawing the forms; while writing the ledgers
        seen.clear()

        def progress(done, total, title):
            seen.append(title)

        with pytest.raises(errors.Cancelled):
            archive(database, pid, out, ledgers_dir=ledgers, progress=progress,
                    cancelled=lambda limit=stop_after: len(seen) >= limit)
        assert out.read_bytes() == b"last week's file"
        assert sorted(p.name for p in tmp_path.iterdir()) == ["卷内文件.pdf"]
        assert len(seen) == stop_after
    assert seen[-1] in {spec.title for spec in LEDGERS.values()}


def test_the_command_writes_the_file_and_the_ledgers(demo_copy, tmp_path, capsys):
    path, _database = demo_copy
    out, folder = tmp_path / "和平里.pdf", tmp_path / "台账"
    code, lines, err = run_cli(capsys, "archive", "--db", str(path), "--project", "DH-2025-03", "--out", str(out),
                               "--ledgers", str(folder))
    assert code == 0, err
    reader = PdfReader(str(out))
    assert lines == [
        f"Wrote the archive file of DH-2025-03 to {out}: 5 document(s), {len(reader.pages)} pages "
        "(1 of them the index).",
        f"Wrote {len(LEDGERS)} ledgers to {folder}.",
    ]
    assert "\r" not in err  # progress only on a terminal
    assert "卷内目录" in squeezed(reader.pages[0])
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(f"{spec.title} DH-2025-03.xlsx" for spec in LEDGERS.values())
    sheet = load_workbook(folder / "满意度台账 DH-2025-03.xlsx").worksheets[0]
    codes = {row[0] for row in sheet.iter_rows(min_row=5, values_only=True) if str(row[0]).startswith("DH-")}
    assert codes == {"DH-2025-03"}


def test_command_errors_are_one_line_and_write_nothing(demo_copy, tmp_path, capsys):
    path, _database = demo_copy
    keep = tmp_path / "keep.pdf"
    keep.write_bytes(b"the clerk's earlier file")
    cases = [
        (["--project", "NOPE", "--out", str(keep)], "NOPE"),
        (["--project", "DH-2025-03", "--out", str(tmp_path / "missing" / "x.pdf")], "missing"),
    ]
    for argv, words in cases:
        code, lines, err = run_cli(capsys, "archive", "--db", str(path), *argv)
        assert code == 2 and lines == [], argv
        assert words in assert_one_line_error(err), argv
    assert keep.read_bytes() == b"the clerk's earlier file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.pdf"]
    with pytest.raises(SystemExit) as usage:
        run_cli(capsys, "archive", "--db", str(path), "--project", "DH-2025-03")
    assert usage.value.code == 2 and "--out" in capsys.readouterr().err
