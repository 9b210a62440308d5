"""``supervisor print FORM``: a PDF with the record's values, blank forms, one-line errors."""

from __future__ import annotations


from pypdf import PdfReader

from tests.conftest import assert_one_line_error, copy_database, run_cli


def text_of(path) -> str:
    return "".join("".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages)


def test_print_each_kind_of_record_from_the_demo(demo_source, tmp_path, capsys):
    db = copy_database(demo_source, tmp_path / "demo.sqlite")
    cases = [
        (["procedure", "--project", "DH-2026-01"], ["实施程序表", "DH-2026-01"]),
        (["rectification", "--project", "DH-2026-01", "--record", "ZG-2026-005"], ["整改通知单", "ZG-2026-005"]),
        # The reply reused the "before" photo and was sent back: the notice prints the return and why.
        (["rectification", "--project", "DH-2026-01", "--record", "ZG-2026-004"],
         ["当前状态待整改", "复查不合格", "整改后照片与整改前为同一照片"]),
        (["site-check", "--project", "DH-2026-01", "--record", "1"], ["巡查记录表", "XC-2026-00001"]),
        (["opinions", "--project", "DH-2026-02", "--compound", "电业局宿舍"], ["居民意见登记表", "电业局宿舍", "72.2%"]),
        (["satisfaction", "--project", "DH-2025-03"], ["满意度调查登记表", "和平里小区"]),  # its only compound
        (["acceptance", "--project", "DH-2025-03"], ["竣工逐项验收记录", "雨污分流管网", "不合格"]),
        (["site-checks", "--project", "DH-2026-01"], ["巡查登记表", "XC-2026-00042"]),
    ]
    for index, (argv, words) in enumerate(cases):
        out = tmp_path / f"{index}.pdf"
        code, lines, err = run_cli(capsys, "print", *argv, "--db", str(db), "--out", str(out))
        assert code == 0, (argv, err)
        assert lines[-1].startswith(f"Wrote the {argv[0]} form to {out} (")
        text = text_of(out)
        for word in words:
            assert word in text, (argv, word)


def test_a_blank_form_needs_no_database(tmp_path, capsys):
    out = tmp_path / "blank.pdf"
    code, lines, err = run_cli(capsys, "print", "rectification", "--blank", "--out", str(out))
    assert code == 0 and lines == [f"Wrote the blank rectification form to {out} (4 pages)."]
    text = text_of(out)
    assert "整改通知单" in text and "整改回复单" in text and "ZG-" not in text


def test_a_blank_form_printed_for_a_database_carries_its_letterhead(demo_source, tmp_path, capsys):
    db = copy_database(demo_source, tmp_path / "demo.sqlite")
    assert run_cli(capsys, "settings", "set", "unit-name", "东湖街道办事处", "--db", str(db))[0] == 0
    out = tmp_path / "blank.pdf"
    code, _lines, err = run_cli(capsys, "print", "site-check", "--blank", "--db", str(db), "--out", str(out))
    assert code == 0, err
    first = "".join((PdfReader(str(out)).pages[0].extract_text() or "").split())
    assert first.startswith("东湖街道办事处") or first.index("东湖街道办事处") < first.index("巡查记录表")


def test_errors_are_one_line_and_leave_an_existing_file_alone(demo_source, tmp_path, capsys):
    db = copy_database(demo_source, tmp_path / "demo.sqlite")
    out = tmp_path / "keep.pdf"
    out.write_bytes(b"the clerk's earlier file")
    cases = [
        (["rectification", "--project", "DH-2026-01", "--record", "ZG-1999-999"], "ZG-1999-999"),
        (["site-check", "--project", "DH-2026-01"], "--record"),
        (["opinions", "--project", "DH-2026-01", "--compound", "不存在小区"], "不存在小区"),
        (["procedure", "--project", "NOPE"], "NOPE"),
        (["procedure"], "--blank"),
    ]
    for argv, words in cases:
        code, lines, err = run_cli(capsys, "print", *argv, "--db", str(db), "--out", str(out))
        assert code == 2 and lines == [], argv
        assert words in assert_one_line_error(err), argv
    code, lines, err = run_cli(capsys, "print", "procedure", "--blank", "--out", str(tmp_path / "no" / "x.pdf"))
    assert code == 2 and "Cannot write" in assert_one_line_error(err)
    assert out.read_bytes() == b"the clerk's earlier file"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_copy_for_posting_masks_the_residents_numbers(demo_source, tmp_path, capsys):
    import re

    db = copy_database(demo_source, tmp_path / "demo.sqlite")
    argv = ["opinions", "--project", "DH-2026-02", "--compound", "电业局宿舍", "--db", str(db)]
    full, public = tmp_path / "full.pdf", tmp_path / "public.pdf"
    assert run_cli(capsys, "print", *argv, "--out", str(full))[0] == 0
    code, lines, err = run_cli(capsys, "print", *argv, "--public", "--out", str(public))
    assert code == 0, err
    assert lines[-1].startswith(f"Wrote the public copy of the opinions form to {public} (")
    phones = re.findall(r"1[3-9]\d{9}", text_of(full))
    assert len(phones) >= 5
    shown = text_of(public)
    assert not re.findall(r"1[3-9]\d{9}", shown)
    assert [f"{p[:3]}****{p[-4:]}" for p in phones] == re.findall(r"1[3-9]\d\*{4}\d{4}", shown)
    assert "居民意见登记表" in shown and "电业局宿舍" in shown
