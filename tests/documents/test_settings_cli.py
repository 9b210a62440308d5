"""``supervisor settings``: the letterhead set, shown and removed on the command line."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image

from supervisor.db.engine import open_database
from supervisor.documents.letterhead import letterhead
from tests.accounts.conftest import PASSWORD, add_staff
from tests.conftest import SAMPLE_PHOTOS, assert_one_line_error, run_cli


@pytest.fixture
def db(database, db_path) -> str:
    """A new database for the commands to open (the test's own connection closed)."""
    database.close()
    return str(db_path)


def stored(db: str):
    database = open_database(db)
    try:
        with database.read() as session:
            return letterhead(session)
    finally:
        database.close()


def test_set_show_and_unset(db, capsys):
    code, lines, _ = run_cli(capsys, "settings", "show", "--db", db)
    assert code == 0 and lines[:3] == [
        "Issuing unit (unit-name):             (none)",
        "Supervision firm (supervision-firm):  (none)",
        "Logo (logo):                          (none)",
    ]
    code, lines, _ = run_cli(capsys, "settings", "set", "unit-name", " 东湖街道办事处 ", "--db", db)
    assert code == 0 and lines == ["Issuing unit set to 东湖街道办事处; it is printed at the head of every form."]
    assert run_cli(capsys, "settings", "set", "supervision-firm", "浙江诚信工程监理有限公司", "--db", db)[0] == 0
    photo = SAMPLE_PHOTOS / "gps_DSCN0010.jpg"
    code, lines, _ = run_cli(capsys, "settings", "set", "logo", str(photo), "--db", db)
    assert code == 0 and lines[0].startswith(f"Logo set from {photo} (600×450 px PNG, ")
    code, lines, _ = run_cli(capsys, "settings", "show", "--db", db)
    assert code == 0 and lines[:2] == [
        "Issuing unit (unit-name):             东湖街道办事处",
        "Supervision firm (supervision-firm):  浙江诚信工程监理有限公司",
    ]
    assert lines[2].startswith("Logo (logo):                          600×450 px PNG, ") and len(lines) == 3
    code, lines, _ = run_cli(capsys, "settings", "show", "--json", "--db", db)
    shown = json.loads("\n".join(lines))
    head = stored(db)
    assert shown == {"unit-name": "东湖街道办事处", "supervision-firm": "浙江诚信工程监理有限公司",
                     "logo": {"width": 600, "height": 450, "bytes": len(head.logo)}}
    with Image.open(io.BytesIO(head.logo)) as image:
        assert image.format == "PNG" and image.size == (600, 450)

    assert run_cli(capsys, "settings", "unset", "logo", "--db", db)[1] == ["Logo removed."]
    assert run_cli(capsys, "settings", "unset", "supervision-firm", "--db", db)[1] == ["Supervision firm emptied."]
    assert stored(db) == type(head)("东湖街道办事处")
    shown = json.loads("\n".join(run_cli(capsys, "settings", "show", "--json", "--db", db)[1]))
    assert shown == {"unit-name": "东湖街道办事处", "supervision-firm": "", "logo": None}


def test_bad_values_are_refused_in_one_line_and_change_nothing(db, tmp_path, capsys):
    assert run_cli(capsys, "settings", "set", "unit-name", "东湖街道办事处", "--db", db)[0] == 0
    assert run_cli(capsys, "settings", "set", "logo", str(SAMPLE_PHOTOS / "Canon_40D.jpg"), "--db", db)[0] == 0
    before = stored(db)
    not_a_picture = tmp_path / "徽标.png"
    not_a_picture.write_text("不是图片")
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    cases = [
        (["set", "logo", str(not_a_picture)], "supervisor: The logo must be a picture file (PNG, JPEG, BMP or GIF)."),
        (["set", "logo", str(empty)], "supervisor: The logo must be a picture file (PNG, JPEG, BMP or GIF)."),
        (["set", "logo", str(tmp_path / "missing.png")], "supervisor: missing.png cannot be read: No such file or directory"),
        (["set", "logo", str(tmp_path)], f"supervisor: {tmp_path.name} is a folder, not a file."),
        (["set", "unit-name", "街" * 61], "supervisor: A name printed at the head of the forms can have at most 60 characters."),
    ]
    for argv, message in cases:
        code, lines, err = run_cli(capsys, "settings", *argv, "--db", db)
        assert (code, lines) == (2, []), argv
        assert assert_one_line_error(err) == message
    assert stored(db) == before


def test_an_unknown_setting_is_a_usage_error(db, capsys):
    with pytest.raises(SystemExit) as raised:
        run_cli(capsys, "settings", "set", "colour", "red", "--db", db)
    assert raised.value.code == 2
    assert "invalid choice: 'colour'" in capsys.readouterr().err


def test_only_an_administrator_changes_them(database, db_path, capsys, monkeypatch):
    add_staff(database)
    database.close()
    db = str(db_path)
    monkeypatch.setenv("SUPERVISOR_PASSWORD", PASSWORD)
    code, lines, err = run_cli(capsys, "settings", "set", "unit-name", "东湖街道办事处", "--db", db, "--user", "admin")
    assert code == 0, err
    code, lines, err = run_cli(capsys, "settings", "set", "unit-name", "别的名称", "--db", db, "--user", "clerk")
    assert (code, lines) == (2, [])
    assert assert_one_line_error(err) == (
        "supervisor: 王资料 (clerk) may not change templates, checklists, holidays, rules or the letterhead "
        "of the forms."
    )
    code, lines, err = run_cli(capsys, "settings", "show", "--db", db, "--user", "audit")  # anyone reads them
    assert code == 0 and lines[0].endswith("东湖街道办事处")
    monkeypatch.delenv("SUPERVISOR_PASSWORD")
    code, lines, err = run_cli(capsys, "settings", "show", "--db", db)
    assert code == 2 and "has users: give --user NAME" in assert_one_line_error(err)

