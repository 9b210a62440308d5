"""Verification codes on printed forms: the code printed, read back from the PDF, verified as
unchanged; changes through the application named with who and when; changes to other records
not counted; made-up, mistyped and foreign codes refused; a tampered history flagged."""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader
from sqlalchemy import select, text

from supervisor.db.audit import set_current_user
from supervisor.db.engine import open_database
from supervisor.documents.forms import FORMS
from supervisor.history import canonical, codes
from tests.conftest import raw_sql, run_cli

CODE = re.compile(r"核验码：([0-9A-Z-]+)")


@pytest.fixture
def demo(demo_path):
    set_current_user("tester")
    database = open_database(demo_path, create=False)
    yield demo_path, database
    database.close()


def _ids(database):
    from supervisor.db.models import Compound, Consultation, Household, Project, Rectification, SiteCheck
    from supervisor.db.models import Building, Unit

    with database.read() as session:
        project = session.scalar(select(Project).where(Project.code == "DH-2026-01"))
        checks = session.scalars(select(SiteCheck.id).where(SiteCheck.project_id == project.id)
                                 .order_by(SiteCheck.id)).all()
        rect = session.scalars(select(Rectification.id).where(Rectification.project_id == project.id,
                                                              Rectification.status == "open")).first()
        answered = session.execute(
            select(Compound.id, Household.id).join(Building, Building.compound_id == Compound.id)
            .join(Unit, Unit.building_id == Building.id).join(Household, Household.unit_id == Unit.id)
            .join(Consultation, Consultation.household_id == Household.id)
            .where(Compound.project_id == project.id, Consultation.round == 1).order_by(Household.id)).all()
        code = project.code
    return code, checks, rect, answered


def printed_code(capsys, path, tmp_path, form: str, *args: str) -> str:
    """Print ``form`` with the command and read its code from the PDF's text, as on every page."""
    out = tmp_path / f"{form}.pdf"
    code, lines, err = run_cli(capsys, "print", form, "--db", str(path), *args, "--out", str(out))
    assert code == 0, err
    pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(out.read_bytes())).pages]
    found = [CODE.search(page).group(1) for page in pages]
    assert len(set(found)) == 1, found  # the same code on every page
    return found[0]


def verify(capsys, path, code: str, *more: str) -> tuple[int, str]:
    status, lines, err = run_cli(capsys, "verify", "--db", str(path), code, *more)
    assert "Traceback" not in err
    return status, "\n".join(lines)


def _change_check(database, check_id: int, person: str, **values):
    from supervisor.site import checks

    set_current_user(person)
    try:
        with database.write() as session:
            data = dataclasses.replace(checks.check_data(session, check_id), **values)
            checks.update_check(session, check_id, data)
    finally:
        set_current_user("tester")


def test_a_printed_check_form_verifies_then_names_a_change_and_who_made_it(demo, capsys, tmp_path):
    path, database = demo
    project, checks, _rect, _answered = _ids(database)
    code = printed_code(capsys, path, tmp_path, "site-check", "--project", project, "--record", str(checks[0]))

    status, out = verify(capsys, path, code)
    assert status == 0, out
    assert out.startswith("Unchanged: Site check record XC-")

    _change_check(database, checks[1], "王工")  # another check: not this form's business
    _change_check(database, checks[1], "王工", description="另一处：墙面空鼓")
    status, out = verify(capsys, path, code)
    assert status == 0, out

    _change_check(database, checks[0], "李监理", result="problem", description="外墙保温层空鼓，需返工")
    status, out = verify(capsys, path, code)
    assert status == 1, out
    assert "Changed since it was printed: Site check record XC-" in out
    assert "has 1 change(s) recorded after printing." in out
    change = [line for line in out.splitlines() if "李监理" in line]
    assert len(change) == 1 and "site check XC-" in change[0] and "update" in change[0]
    assert "      result: pass → problem" in out
    assert "      description: " in out and "→ 外墙保温层空鼓，需返工" in out

    status, lines, _ = run_cli(capsys, "verify", "--db", str(path), code.lower().replace("-", " "), "--json")
    import json

    report = json.loads("\n".join(lines))
    assert status == 1 and report["status"] == "changed" and report["subject"].startswith("XC-")
    assert [(c["person"], c["changes"]["result"]) for c in report["changes"]] == [("李监理", {"old": "pass", "new": "problem"})]


def test_a_photo_taken_off_the_check_changes_its_form(demo, capsys, tmp_path):
    from supervisor.db.models import PhotoLink
    from supervisor.site import photos

    path, database = demo
    project, checks, _rect, _answered = _ids(database)
    with database.read() as session:
        link_id, check_id, caption = session.execute(select(PhotoLink.id, PhotoLink.check_id, PhotoLink.caption)
                                                     .where(PhotoLink.check_id.is_not(None))).first()
    code = printed_code(capsys, path, tmp_path, "site-check", "--project", project, "--record", str(check_id))
    with database.write() as session:
        photos.unlink(session, link_id)
    status, out = verify(capsys, path, code)
    assert status == 1, out
    label = re.escape(caption) if caption else "#%d" % link_id  # a link is named by its caption
    assert re.search(r"tester {2}photo on a record %s {2}delete" % label, out), out


def test_a_rectification_notice_lists_the_reply_and_its_event(demo, capsys, tmp_path):
    from supervisor.site import rectifications

    path, database = demo
    project, _checks, rect, _answered = _ids(database)
    code = printed_code(capsys, path, tmp_path, "rectification", "--project", project, "--record", str(rect))
    assert verify(capsys, path, code)[0] == 0
    set_current_user("施工方张工")
    with database.write() as session:
        rectifications.reply(session, rect, "已铲除空鼓部位并重新粉刷")
    set_current_user("tester")
    status, out = verify(capsys, path, code)
    assert status == 1, out
    assert "Rectification notice ZG-" in out
    assert "status: open → replied" in out
    assert re.search(r"施工方张工 {2}rectification event .* {2}insert", out), out


def test_the_opinion_register_counts_its_compound_and_round_only(demo, capsys, tmp_path):
    from supervisor.db.models import Consultation, Household
    from supervisor.residents import consultation

    path, database = demo
    project, _checks, _rect, answered = _ids(database)
    compounds = sorted({c for c, _ in answered})
    assert len(compounds) >= 2  # the demo project has several compounds with answers
    first, other = compounds[0], compounds[1]
    code = printed_code(capsys, path, tmp_path, "opinions", "--project", project, "--record", str(first))
    round_two = printed_code(capsys, path, tmp_path, "opinions", "--project", project, "--record", str(first),
                             "--round", "2")
    assert code != round_two

    def change(household_id: int) -> None:
        with database.write() as session:
            household = session.get(Household, household_id)
            stored = session.scalar(select(Consultation).where(Consultation.household_id == household_id,
                                                               Consultation.round == 1))
            answer = consultation.answer_data(stored)
            consultation.set_answer(session, household, 1, dataclasses.replace(answer, comments="希望加装电梯"))

    change(next(h for c, h in answered if c == other))
    assert verify(capsys, path, code)[0] == 0
    change(next(h for c, h in answered if c == first))
    status, out = verify(capsys, path, code)
    assert status == 1 and "comments: " in out and "→ 希望加装电梯" in out, out
    assert verify(capsys, path, round_two)[0] == 0  # round 2's register is not changed by round 1


def test_made_up_mistyped_and_foreign_codes_are_refused(demo, capsys, tmp_path):
    path, database = demo
    project, checks, _rect, _answered = _ids(database)
    code = printed_code(capsys, path, tmp_path, "site-check", "--project", project, "--record", str(checks[0]))

    status, out = verify(capsys, path, "ABCD-EFGH-JKMN-PQRS")
    assert status == 2 and "is not a verification code: it is too short or incomplete" in out
    status, out = verify(capsys, path, "1234-5678-9ABC-DEFG")
    assert status == 2 and "is not a verification code: a character is wrong or two are swapped" in out
    status, out = verify(capsys, path, "12U4-ABCD")
    assert status == 2 and "“12U4-ABCD” is not a verification code: it has the character “U”" in out
    mistyped = code[:-3] + ("0" if code[-3] != "0" else "1") + code[-2:]
    status, out = verify(capsys, path, mistyped)
    assert status == 2 and "a character is wrong or two are swapped" in out
    # a well-formed code for this record, but bound to another database's history
    parsed = codes.parse(code)
    foreign = codes.encode("site-check", 1, parsed.record, parsed.head_id, "f" * 64)
    status, out = verify(capsys, path, foreign)
    assert status == 2 and "This code does not match this database's history" in out
    beyond = codes.encode("site-check", 1, parsed.record, parsed.head_id + 50, "f" * 64)
    status, out = verify(capsys, path, beyond)
    assert status == 2 and f"names history entry {parsed.head_id + 50}" in out


def test_a_tampered_history_is_flagged(demo, capsys, tmp_path):
    path, database = demo
    project, checks, _rect, _answered = _ids(database)
    code = printed_code(capsys, path, tmp_path, "site-check", "--project", project, "--record", str(checks[0]))
    _change_check(database, checks[0], "李监理", result="problem")
    last = raw_sql(path, "SELECT max(id) FROM history")[0][0]
    # the change's entry rewritten to hide it (its hash left as it was)
    raw_sql(path, "UPDATE history SET person = 'tester' WHERE id = ?", last)
    status, out = verify(capsys, path, code)
    assert status == 1, out
    assert out.startswith("The history was changed after this form was printed")
    assert f"History entry {last} (site check XC-" in out and "was changed after it was written" in out


def test_a_rewritten_history_no_longer_matches_the_code(demo, capsys, tmp_path):
    """An entry before printing edited and every hash after it recomputed, the head rewritten:
    the chain is whole again, but the printed code no longer matches it."""
    path, database = demo
    project, checks, _rect, _answered = _ids(database)
    code = printed_code(capsys, path, tmp_path, "site-check", "--project", project, "--record", str(checks[0]))
    head_id = codes.parse(code).head_id
    with database.engine.begin() as connection:
        rows = connection.execute(text("SELECT * FROM history WHERE id >= :id ORDER BY id"), {"id": head_id - 5}).mappings().all()
        previous = connection.execute(text("SELECT hash FROM history WHERE id = :id"), {"id": head_id - 6}).scalar()
        for row in rows:
            entry = dict(row)
            if entry["id"] == head_id - 5:
                entry["person"] = "someone else"
            entry["prev_hash"] = previous
            entry["hash"] = previous = canonical.entry_hash(entry)
            connection.execute(text("UPDATE history SET person = :person, prev_hash = :prev_hash, hash = :hash "
                                    "WHERE id = :id"), entry)
        connection.execute(text("UPDATE history_head SET last_hash = :hash WHERE id = 1"), {"hash": previous})
    status, out = verify(capsys, path, code)
    assert status == 2, out
    assert "This code does not match this database's history" in out and "rewritten" in out


def test_a_record_changed_outside_the_application_is_flagged(demo, capsys, tmp_path):
    path, database = demo
    project, checks, _rect, _answered = _ids(database)
    code = printed_code(capsys, path, tmp_path, "site-check", "--project", project, "--record", str(checks[0]))
    raw_sql(path, "UPDATE site_check SET result = 'problem' WHERE id = ?", checks[0])
    status, out = verify(capsys, path, code)
    assert status == 1, out
    assert re.search(r"The site check XC-\S+ was changed outside the application \(result\)\.", out), out


def test_a_blank_form_has_no_code_and_every_form_has_one(demo, capsys, tmp_path):
    path, database = demo
    out = tmp_path / "blank.pdf"
    assert run_cli(capsys, "print", "site-check", "--blank", "--out", str(out))[0] == 0
    assert "核验码" not in "".join(p.extract_text() or "" for p in PdfReader(str(out)).pages)
    assert {form for form, _round in codes.FORM_NUMBERS} == set(FORMS)
    assert set(codes.FORM_TITLES) == set(FORMS)
    assert all(codes.FORM_TITLES[name] == spec.title for name, spec in FORMS.items())
    project = _ids(database)[0]
    for form in ("procedure", "acceptance", "site-checks"):
        code = printed_code(capsys, path, tmp_path, form, "--project", project)
        status, said = verify(capsys, path, code)
        assert status == 0 and said.startswith(f"Unchanged: {codes.FORM_TITLES[form]} {project}"), said


@pytest.mark.skipif(shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
                    reason="needs zbarimg (zbar-tools) and pdftoppm (poppler-utils)")
@pytest.mark.sqlite_only
def test_the_qr_code_scans_from_the_page_at_100_dpi(demo, capsys, tmp_path):
    path, database = demo
    project, checks, _rect, _answered = _ids(database)
    code = printed_code(capsys, path, tmp_path, "site-check", "--project", project, "--record", str(checks[0]))
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-f", "1", "-l", "1", str(tmp_path / "site-check.pdf"),
                    str(tmp_path / "page")], check=True)
    page = next(tmp_path.glob("page*.png"))
    scanned = subprocess.run(["zbarimg", "-q", "--raw", str(page)], capture_output=True, text=True)
    assert scanned.stdout.strip() == code


# --- the code's text ----------------------------------------------------------------------


def test_a_code_reads_back_and_forgives_how_it_was_typed():
    code = codes.encode("opinions", 2, 1234, 98765, "a" * 64)
    parsed = codes.parse(code)
    assert (parsed.form, parsed.round, parsed.record, parsed.head_id) == ("opinions", 2, 1234, 98765)
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4})+", code)
    typed = "核验码：" + code.lower().replace("0", "o").replace("1", "l").replace("-", " ")
    assert codes.parse(typed).text == code
    wide = code.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789ABCDEFGHJKMNPQRSTVWXYZ-"})
    assert codes.parse(wide).text == code


def test_every_mistyped_character_is_caught():
    code = codes.encode("site-check", 1, 12, 4321, "b" * 64)
    compact = code.replace("-", "")
    for position, char in enumerate(compact):
        for other in codes.ALPHABET:
            if other != char:
                wrong = compact[:position] + other + compact[position + 1:]
                with pytest.raises(codes.NotACode):
                    codes.parse(wrong)
    for position in range(len(compact) - 1):
        a, b = compact[position], compact[position + 1]
        if a != b and {a, b} != {"0", "Z"}:  # Luhn mod 32 misses this one pair swapped
            with pytest.raises(codes.NotACode):
                codes.parse(compact[:position] + b + a + compact[position + 2:])
