"""Backups of a SQLite file: backup → change → restore brings back exactly the earlier state;
what is kept; files that cannot be restored are refused with nothing changed; a backup that
fails its check is deleted; who may restore; ``check`` on a damaged file names the newest good
backup; a server database is dumped with pg_dump."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.conftest import assert_one_line_error, damage_page, raw_sql, run_cli, write_project


def _status(capsys, db) -> dict:
    code, out, err = run_cli(capsys, "status", "--db", str(db), "--json", "--today", "2026-11-20")
    assert code == 0, err
    return json.loads("\n".join(out))


def _add_project(db) -> None:
    from supervisor.db.engine import open_database

    database = open_database(db)
    try:
        write_project(database)
    finally:
        database.close()


def _backups(db) -> list[Path]:
    from supervisor.backups import store

    return [backup.path for backup in store.list_backups(Path(db))]


@pytest.mark.sqlite_only
def test_backup_change_restore_brings_back_exactly_the_earlier_status(demo_path, capsys):
    before = _status(capsys, demo_path)
    code, out, err = run_cli(capsys, "backup", "--db", str(demo_path))
    assert code == 0, err
    backup = Path(out[0].split(" to ", 1)[1].split(" (", 1)[0])
    assert backup.parent == demo_path.with_name("demo-backups") and backup.exists()
    assert "MB" in out[0] and dt.date.today().isoformat() in out[0]
    _add_project(demo_path)
    changed = _status(capsys, demo_path)
    assert changed != before and "T-01" in {p["code"] for p in changed["projects"]}

    code, out, err = run_cli(capsys, "restore", "--db", str(demo_path), str(backup))
    assert code == 0, err
    assert _status(capsys, demo_path) == before
    # the state it replaced was backed up first, named, and holds the change
    kept = Path(out[0].split(" backed up in ", 1)[1].rstrip("."))
    assert kept.exists() and kept != backup
    assert raw_sql(kept, "SELECT count(*) FROM project WHERE code = 'T-01'") == [(1,)]
    code, out, err = run_cli(capsys, "backups", "--db", str(demo_path))
    assert code == 0 and [line.rsplit("  ", 1)[1] for line in out] == [str(kept), str(backup)]


@pytest.mark.sqlite_only
def test_backups_says_when_there_are_none(demo_path, capsys):
    code, out, err = run_cli(capsys, "backups", "--db", str(demo_path))
    assert code == 0 and out == [f"No backups of {demo_path} yet (they are kept in {demo_path.with_name('demo-backups')})."]


@pytest.mark.sqlite_only
def test_backup_to_a_named_file_is_one_checked_file(demo_path, tmp_path, capsys):
    out_file = tmp_path / "elsewhere" / "copy.sqlite"
    out_file.parent.mkdir()
    code, out, err = run_cli(capsys, "backup", "--db", str(demo_path), "--out", str(out_file))
    assert code == 0, err
    assert out_file.exists() and not Path(f"{out_file}-wal").exists()
    assert raw_sql(out_file, "PRAGMA journal_mode") == [("delete",)]
    assert raw_sql(out_file, "SELECT count(*) FROM project") == raw_sql(demo_path, "SELECT count(*) FROM project")
    code, out, err = run_cli(capsys, "backup", "--db", str(demo_path), "--out", str(out_file))
    assert code == 2 and "already exists" in assert_one_line_error(err)


def _at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def test_retention_keeps_12_of_today_10_days_and_9_months(tmp_path):
    from supervisor.backups import store

    now = _at("2026-12-01T18:00:00")
    stamps = [_at(f"2026-12-01T{h:02d}:{m:02d}:00") for h in range(3, 18) for m in (0, 30)]  # 30 today
    stamps += [_at("2026-12-01T19:00:00")]  # the clock was put back: kept
    for day in range(1, 31):  # November: three a day
        stamps += [_at(f"2026-11-{day:02d}T{h:02d}:00:00") for h in (9, 12, 17)]
    for month in range(1, 11):  # January to October: two a month
        stamps += [_at(f"2026-{month:02d}-03T10:00:00"), _at(f"2026-{month:02d}-20T10:00:00")]
    stamps += [_at("2025-02-20T10:00:00"), _at("2025-03-20T10:00:00")]
    database = tmp_path / "district.sqlite"
    folder = store.beside(database)
    folder.mkdir()
    for stamp in stamps:
        store.new_name(folder, database, stamp).write_bytes(b"x")
    (folder / "district-2026-12-01-050000-2.sqlite").write_bytes(b"x")  # a second in the same second
    (folder / "notes.txt").write_text("mine")  # not a backup: never touched
    (folder / "district-2020-01-01-000000-damaged.sqlite").write_bytes(b"x")

    deleted = store.prune(database, now)

    kept = sorted(p.name for p in folder.iterdir())
    expected_today = [f"district-2026-12-01-{h:02d}{m:02d}00.sqlite" for h, m in
                      [(12, 30), (13, 0), (13, 30), (14, 0), (14, 30), (15, 0), (15, 30), (16, 0),
                       (16, 30), (17, 0), (17, 30)]] + ["district-2026-12-01-190000.sqlite"]
    # the 12 newest of today up to now: 17:30 back to 12:00 (the 19:00 one is kept besides)
    expected_today.append("district-2026-12-01-120000.sqlite")
    expected_days = [f"district-2026-11-{day:02d}-170000.sqlite" for day in range(21, 31)]
    expected_months = [f"district-2026-{month:02d}-20-100000.sqlite" for month in range(3, 11)]
    expected_months.append("district-2026-11-30-170000.sqlite")  # November's newest: also a day
    assert kept == sorted(set(expected_today + expected_days + expected_months
                              + ["notes.txt", "district-2020-01-01-000000-damaged.sqlite"]))
    assert len(deleted) == len(stamps) + 1 - (len(kept) - 2)


def test_retention_keeps_the_newest_of_a_second_taken_twice():
    from supervisor.backups.store import Backup, keep

    now = _at("2026-12-01T10:00:00")
    same = _at("2026-11-30T09:00:00")
    first, second = Backup(Path("a/d-1.sqlite"), same, 1, 1), Backup(Path("a/d-2.sqlite"), same, 1, 2)
    assert keep([first, second], now) == [second]


@pytest.mark.sqlite_only
def test_a_file_that_is_not_a_sound_supervisor_backup_is_refused_and_nothing_changes(demo_path, tmp_path, capsys):
    from supervisor.backups import store

    good = tmp_path / "good.sqlite"
    assert run_cli(capsys, "backup", "--db", str(demo_path), "--out", str(good))[0] == 0
    damaged = tmp_path / "damaged.sqlite"
    shutil.copyfile(good, damaged)
    damage_page(damaged)
    newer = tmp_path / "newer.sqlite"
    shutil.copyfile(good, newer)
    raw_sql(newer, "UPDATE alembic_version SET version_num = '9999'")
    other = tmp_path / "other.sqlite"
    with closing(sqlite3.connect(other)) as raw:
        raw.execute("CREATE TABLE notes (text TEXT)")
    text = tmp_path / "text.sqlite"
    text.write_text("not a database at all")
    before = demo_path.read_bytes()
    cases = {
        damaged: "is damaged or is not a database",
        text: "is damaged or is not a database",
        other: "is not a Supervisor database",
        newer: "was written by a newer version of Supervisor (schema 9999)",
        tmp_path / "missing.sqlite": "There is no backup file",
    }
    for file, message in cases.items():
        code, out, err = run_cli(capsys, "restore", "--db", str(demo_path), str(file))
        line = assert_one_line_error(err)
        assert code == 2 and message in line and "Nothing was changed" in line, line
        assert out == []
    assert demo_path.read_bytes() == before
    assert store.list_backups(demo_path) == []  # not even the copy of the current state


@pytest.mark.sqlite_only
def test_a_backup_that_fails_its_check_is_deleted_and_the_failure_reported(demo_path, capsys):
    damage_page(demo_path)
    code, out, err = run_cli(capsys, "backup", "--db", str(demo_path))
    line = assert_one_line_error(err)
    assert code == 2 and "failed its check and was deleted" in line, line
    folder = demo_path.with_name("demo-backups")
    assert list(folder.iterdir()) == []


@pytest.mark.sqlite_only
def test_only_an_administrator_restores_a_database_with_users(demo_path, tmp_path, capsys, monkeypatch):
    from supervisor.accounts import people
    from supervisor.db.engine import open_database

    backup = tmp_path / "before-users.sqlite"
    assert run_cli(capsys, "backup", "--db", str(demo_path), "--out", str(backup))[0] == 0
    database = open_database(demo_path)
    with database.write() as session:
        people.add_user(session, "admin", "password-1", ["administrator"])
        people.add_user(session, "clerk", "password-2", ["clerk"])
    database.close()
    monkeypatch.setenv("SUPERVISOR_PASSWORD", "password-2")
    before = demo_path.read_bytes()
    code, out, err = run_cli(capsys, "restore", "--db", str(demo_path), str(backup), "--user", "clerk")
    assert code == 2 and "may not restore a backup: only an administrator may" in assert_one_line_error(err)
    code, out, err = run_cli(capsys, "restore", "--db", str(demo_path), str(backup))
    assert code == 2 and "has users" in assert_one_line_error(err)
    assert demo_path.read_bytes() == before
    monkeypatch.setenv("SUPERVISOR_PASSWORD", "password-1")
    code, out, err = run_cli(capsys, "restore", "--db", str(demo_path), str(backup), "--user", "admin")
    assert code == 0, err
    assert raw_sql(demo_path, "SELECT count(*) FROM users") == [(0,)]


@pytest.mark.sqlite_only
def test_check_on_a_damaged_file_names_the_newest_good_backup_and_the_restore_command(demo_path, capsys):
    from supervisor.backups import sqlite

    older = sqlite.take(demo_path, now=_at("2026-11-30T10:30:00")).path
    newer = sqlite.take(demo_path, now=_at("2026-12-01T09:15:00")).path
    damage_page(newer)  # the newest backup is bad itself
    damage_page(demo_path)
    code, out, err = run_cli(capsys, "check", "--db", str(demo_path))
    assert code == 1
    assert f"The newest backup that passes the check is from 2026-11-30 10:30:00: {older}" in out
    command = f"To restore it: supervisor restore --db {demo_path} {older}"
    assert command in out
    argv = command.split(": supervisor ", 1)[1].split()
    code, out, err = run_cli(capsys, *argv)
    assert code == 0, err
    assert run_cli(capsys, "check", "--db", str(demo_path))[0] == 0


@pytest.mark.sqlite_only
def test_restore_into_a_file_too_damaged_to_open_keeps_the_damaged_one(demo_path, tmp_path, capsys):
    backup = tmp_path / "good.sqlite"
    assert run_cli(capsys, "backup", "--db", str(demo_path), "--out", str(backup))[0] == 0
    before = _status(capsys, demo_path)
    with open(demo_path, "r+b") as handle:  # the header itself: no longer a database
        handle.write(b"\0" * 100)
    damaged = demo_path.read_bytes()
    code, out, err = run_cli(capsys, "restore", "--db", str(demo_path), str(backup))
    assert code == 0, err
    kept = Path(out[0].split(" in ", 1)[1].rstrip("."))
    assert kept.name.endswith("-damaged.sqlite") and kept.read_bytes() == damaged
    assert _status(capsys, demo_path) == before


@pytest.mark.postgresql_only
def test_a_server_database_is_dumped_with_pg_dump(demo_path, tmp_path, capsys, monkeypatch):
    import subprocess

    if shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not on PATH")
    out_file = tmp_path / "district.dump"
    code, out, err = run_cli(capsys, "backup", "--db", demo_path, "--out", str(out_file))
    assert code == 0, err
    assert str(out_file) in out[0]
    listed = subprocess.run(["pg_restore", "--list", str(out_file)], capture_output=True, text=True, check=True)
    assert "TABLE DATA public project " in listed.stdout
    code, out, err = run_cli(capsys, "restore", "--db", demo_path, str(out_file))
    assert code == 2 and "pg_restore" in assert_one_line_error(err)
    monkeypatch.setenv("PATH", str(tmp_path))
    code, out, err = run_cli(capsys, "backup", "--db", demo_path, "--out", str(tmp_path / "again.dump"))
    assert code == 2 and "pg_dump was not found" in assert_one_line_error(err)
