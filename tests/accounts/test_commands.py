"""The ``users`` commands and signing in on the command line."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import select

from supervisor.cli import main
from supervisor.db.engine import open_database
from supervisor.db.models import Photo
from tests.conftest import SAMPLE_PHOTOS, assert_one_line_error

PASSWORD = "district secret 9"


def run(capsys, monkeypatch, *argv: str, stdin: str = "", password: str | None = None):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    if password is None:
        monkeypatch.delenv("SUPERVISOR_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("SUPERVISOR_PASSWORD", password)
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def district(demo_path, capsys, monkeypatch):
    """The demo with an administrator 'boss' (周主任) and an auditor 'audit' (赵审计)."""
    db = str(demo_path)
    assert run(capsys, monkeypatch, "users", "add", "boss", "--role", "管理员",
               "--display-name", "周主任", "--db", db, stdin=PASSWORD + "\n")[0] == 0
    assert run(capsys, monkeypatch, "users", "add", "audit", "--role", "auditor", "--display-name",
               "赵审计", "--user", "boss", "--db", db, stdin=PASSWORD + "\n", password=PASSWORD)[0] == 0
    return db


def test_the_first_user_must_be_an_administrator(demo_path, capsys, monkeypatch):
    code, _, err = run(capsys, monkeypatch, "users", "add", "clerk", "--role", "clerk",
                       "--db", str(demo_path), stdin=PASSWORD + "\n")
    assert code == 2
    assert "first user must be an administrator" in assert_one_line_error(err)


def test_users_list_shows_people_and_roles(district, capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, "users", "list", "--db", district, "--user", "audit",
                       password=PASSWORD)
    assert code == 0
    assert out.splitlines() == ["audit\t赵审计\tauditor", "boss\t周主任\tadministrator"]


def test_only_an_administrator_adds_users(district, capsys, monkeypatch):
    code, _, err = run(capsys, monkeypatch, "--user", "audit", "users", "add", "newbie", "--role",
                       "clerk", "--db", district, stdin=PASSWORD + "\n", password=PASSWORD)
    assert code == 2
    assert assert_one_line_error(err) == "supervisor: 赵审计 (auditor) may not manage users."


def test_once_users_exist_commands_sign_in(district, capsys, monkeypatch):
    code, _, err = run(capsys, monkeypatch, "status", "--db", district)
    assert code == 2 and "has users: give --user NAME" in assert_one_line_error(err)
    code, _, err = run(capsys, monkeypatch, "status", "--db", district, "--user", "boss", password="wrong")
    assert code == 2
    assert assert_one_line_error(err) == "supervisor: Wrong name or password for boss."
    assert run(capsys, monkeypatch, "status", "--db", district, "--user", "boss", password=PASSWORD)[0] == 0


def test_an_auditors_import_is_refused_and_an_export_works(district, capsys, monkeypatch, tmp_path):
    code, _, err = run(capsys, monkeypatch, "photos", "import", "--db", district, "--project",
                       "DH-2026-01", str(SAMPLE_PHOTOS), "--user", "audit", password=PASSWORD)
    assert code == 2
    assert assert_one_line_error(err) == "supervisor: 赵审计 (auditor) may not change site checks or photos."
    database = open_database(district)
    with database.read() as session:
        assert not session.scalars(select(Photo).where(Photo.created_by == "赵审计")).first()
    database.close()
    out = tmp_path / "r.xlsx"
    code, _, err = run(capsys, monkeypatch, "export", "rectifications", "--db", district, "--out",
                       str(out), "--user", "audit", password=PASSWORD)
    assert code == 0, err
    assert out.exists()


def test_a_disabled_person_cannot_sign_in_and_passwd_changes_it(district, capsys, monkeypatch):
    assert run(capsys, monkeypatch, "users", "passwd", "audit", "--db", district, "--user", "audit",
               stdin="another secret 3\n", password=PASSWORD)[0] == 0
    assert run(capsys, monkeypatch, "status", "--db", district, "--user", "audit",
               password="another secret 3")[0] == 0
    assert run(capsys, monkeypatch, "users", "disable", "audit", "--db", district, "--user", "boss",
               password=PASSWORD)[0] == 0
    code, _, err = run(capsys, monkeypatch, "status", "--db", district, "--user", "audit",
                       password="another secret 3")
    assert code == 2 and "disabled" in assert_one_line_error(err)


def test_project_members_limit_who_imports(district, capsys, monkeypatch):
    db = district
    assert run(capsys, monkeypatch, "users", "add", "sup", "--role", "supervisor", "--db", db,
               "--user", "boss", stdin=PASSWORD + "\n", password=PASSWORD)[0] == 0
    code, out, _ = run(capsys, monkeypatch, "users", "members", "--project", "DH-2026-01", "boss",
                       "--db", db, "--user", "boss", password=PASSWORD)
    assert (code, out) == (0, "DH-2026-01: boss\n")
    code, _, err = run(capsys, monkeypatch, "photos", "import", "--db", db, "--project", "DH-2026-01",
                       str(SAMPLE_PHOTOS / "Canon_40D.jpg"), "--user", "sup", password=PASSWORD)
    assert code == 2
    assert "sup (supervisor) may not work on project DH-2026-01" in assert_one_line_error(err)
    code, out, _ = run(capsys, monkeypatch, "users", "members", "--project", "DH-2026-01", "--open",
                       "--db", db, "--user", "boss", password=PASSWORD)
    assert out == "DH-2026-01: open to everyone\n"
    code, _, err = run(capsys, monkeypatch, "photos", "import", "--db", db, "--project", "DH-2026-01",
                       str(SAMPLE_PHOTOS / "Canon_40D.jpg"), "--user", "sup", password=PASSWORD)
    assert code == 0, err
