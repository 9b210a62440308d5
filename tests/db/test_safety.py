"""What the database layer does before it touches a file: a damaged file takes no writes, a
foreign file is left as it was, a read-only file is opened for viewing, and readers do not
wait for a writer."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing

import pytest
from sqlalchemy import func, select

from supervisor import errors
from supervisor.db.engine import open_database
from supervisor.db.models import Project
from supervisor.projects.project import get_project
from tests.conftest import damage_page, read_only_folder, write_old_database

# About SQLite files (damage, foreign files, WAL readers, read-only media, kills). Two writers'
# read-modify-write on PostgreSQL is the version columns' concern, not this module's.
pytestmark = pytest.mark.sqlite_only


def _name_of(path, project_id: int) -> str:
    with closing(sqlite3.connect(path)) as raw:
        return raw.execute("SELECT name FROM project WHERE id = ?", (project_id,)).fetchone()[0]


# --- a damaged file (item 6) --------------------------------------------------------------


def test_a_damaged_file_takes_no_write_but_can_still_be_read(db_path, database, project):
    database.close()
    damage_page(db_path)
    before = db_path.read_bytes()
    damaged = open_database(db_path, create=False)
    try:
        with damaged.read() as session:  # viewing what can be read still works
            assert get_project(session, project).name == "测试片区"
        with pytest.raises(errors.DatabaseDamaged) as caught:
            with damaged.write() as session:
                get_project(session, project).name = "写进坏文件"
        message = str(caught.value)
        assert "test.sqlite is damaged" in message and "Nothing was written" in message
        assert "supervisor check" in message
        assert "\n" not in message
    finally:
        damaged.close()
    assert db_path.read_bytes() == before
    assert _name_of(db_path, project) == "测试片区"


def test_the_health_check_runs_once_per_opening(db_path, database, project, monkeypatch):
    from supervisor.db import sqlite_file

    calls = []
    real = sqlite_file.quick_check
    monkeypatch.setattr(sqlite_file, "quick_check", lambda connection: calls.append(1) or real(connection))
    for name in ("一", "二", "三"):
        with database.write() as session:
            get_project(session, project).name = name
    assert len(calls) == 1
    assert _name_of(db_path, project) == "三"


def test_an_older_damaged_file_is_not_upgraded(tmp_path):
    path = write_old_database(tmp_path / "old.sqlite", "0003")
    damage_page(path, "ix_change_log_at")
    before = path.read_bytes()
    with pytest.raises(errors.DatabaseDamaged):
        open_database(path)
    assert path.read_bytes() == before
    assert list(tmp_path.glob("*backup*")) == []


# --- a foreign SQLite file (item 10) --------------------------------------------------------


def test_a_foreign_sqlite_file_is_refused_without_a_change(tmp_path):
    path = tmp_path / "recipes.db"
    with closing(sqlite3.connect(path)) as raw, raw:
        raw.execute("CREATE TABLE recipe (name TEXT, minutes INTEGER)")
        raw.execute("INSERT INTO recipe VALUES ('红烧肉', 90)")
    before = path.read_bytes()
    with pytest.raises(errors.NotASupervisorDatabase) as caught:
        open_database(path)
    assert "not a Supervisor database" in str(caught.value) and "not changed" in str(caught.value)
    assert path.read_bytes() == before  # its journal mode (in the header) included
    with closing(sqlite3.connect(path)) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["recipes.db"]


def test_a_newer_database_is_refused_before_it_is_touched(db_path, database):
    database.close()
    with closing(sqlite3.connect(db_path)) as raw, raw:
        raw.execute("PRAGMA journal_mode=DELETE")  # as a copy made by another tool might be
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    before = db_path.read_bytes()
    with pytest.raises(errors.DatabaseTooNew):
        open_database(db_path)
    assert db_path.read_bytes() == before


# --- readers beside a writer (item 8) -------------------------------------------------------


@pytest.fixture
def quick_timeout(monkeypatch):
    """A short busy timeout, so that a read which waited for the lock would fail at once."""
    import supervisor.db.engine as engine_module

    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)


def test_a_read_does_not_wait_for_a_long_write(db_path, database, project, quick_timeout):
    reader = open_database(db_path)
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # a long import, half done
    writer.execute("UPDATE project SET name = '导入中' WHERE id = ?", (project,))
    try:
        with reader.read() as session:  # sees the last committed state, at once
            assert get_project(session, project).name == "测试片区"
            assert session.scalar(select(func.count()).select_from(Project)) == 1
        with pytest.raises(errors.DatabaseLocked):  # a second writer still waits, then says so
            with reader.write() as session:
                get_project(session, project).name = "另一个写入"
    finally:
        writer.execute("COMMIT")
        writer.close()
    with reader.read() as session:
        assert get_project(session, project).name == "导入中"
    reader.close()


def test_writes_from_two_threads_all_land(db_path, database, project):
    """Writers still queue for the write lock instead of failing (their BEGIN IMMEDIATE)."""
    failures, written = [], []

    def write_many(tag: str):
        try:
            for number in range(20):
                with database.write() as session:
                    stored = get_project(session, project)
                    stored.notes = f"{stored.notes} {tag}{number}".strip()
                written.append(tag)
        except Exception as error:  # noqa: BLE001 - collected for the assertion
            failures.append(error)

    threads = [threading.Thread(target=write_many, args=(tag,)) for tag in "AB"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == [] and len(written) == 40
    with database.read() as session:
        notes = get_project(session, project).notes.split()
    assert sorted(notes) == sorted(f"{tag}{n}" for tag in "AB" for n in range(20))


# --- a read-only file (item 13) -------------------------------------------------------------


def test_a_database_in_a_read_only_folder_opens_read_only(db_path, database, project):
    database.close()
    before = db_path.read_bytes()
    with read_only_folder(db_path.parent):
        viewed = open_database(db_path, create=False)
        try:
            assert viewed.read_only
            with viewed.read() as session:
                assert get_project(session, project).name == "测试片区"
            with pytest.raises(errors.DatabaseReadOnly) as caught:
                with viewed.write() as session:
                    get_project(session, project).name = "改不了"
            assert "read-only" in str(caught.value) and "Nothing was changed" in str(caught.value)
        finally:
            viewed.close()
    assert db_path.read_bytes() == before
    assert [p.name for p in db_path.parent.iterdir()] == [db_path.name]


def test_a_read_only_folder_the_permissions_do_not_show_still_opens_read_only(db_path, database, project, monkeypatch):
    """On Windows a read-only share looks writable to ``os.access``; SQLite then cannot make
    its side files there, and the file is opened read-only all the same."""
    from supervisor.db import sqlite_file

    database.close()
    monkeypatch.setattr(sqlite_file, "access", lambda path: sqlite_file.Access.WRITE)
    with read_only_folder(db_path.parent):
        viewed = open_database(db_path, create=False)
        try:
            assert viewed.read_only
            with viewed.read() as session:
                assert get_project(session, project).name == "测试片区"
        finally:
            viewed.close()


def test_read_only_can_be_asked_for(db_path, database, project):
    database.close()
    viewed = open_database(db_path, create=False, read_only=True)
    try:
        with viewed.read() as session:
            assert get_project(session, project).name == "测试片区"
        with pytest.raises(errors.DatabaseReadOnly):
            with viewed.write() as session:
                get_project(session, project).name = "改不了"
    finally:
        viewed.close()
    assert _name_of(db_path, project) == "测试片区"


def test_an_older_read_only_database_says_it_needs_upgrading(tmp_path):
    path = write_old_database(tmp_path / "old.sqlite", "0003")
    with pytest.raises(errors.DatabaseReadOnly) as caught:
        open_database(path, read_only=True)
    assert "older version" in str(caught.value) and "writable folder" in str(caught.value)


# --- a kill during writes (kept from before) ------------------------------------------------

_WRITER = """
import sys
from supervisor.db.engine import open_database
from supervisor.projects.people import add_person

database = open_database(sys.argv[1])
number = 0
while True:
    with database.write() as session:
        add_person(session, f"写入{number}", "", "", "")
    print(number, flush=True)  # acknowledged: committed
    number += 1
"""


@pytest.mark.parametrize("kill_after", [5, 40, 120])
def test_rows_acknowledged_before_a_kill_are_kept(db_path, database, kill_after):
    import signal
    import subprocess
    import sys

    from supervisor.db.models import Person
    from tests.conftest import REPO

    database.close()
    acknowledged = []
    with subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(db_path)], stdout=subprocess.PIPE, text=True, cwd=REPO
    ) as writer:
        for line in writer.stdout:
            acknowledged.append(int(line))
            if len(acknowledged) >= kill_after:
                writer.send_signal(signal.SIGKILL)  # in the middle of the next write
                break
        acknowledged += [int(line) for line in writer.stdout]  # printed before the kill landed
    assert writer.returncode == -signal.SIGKILL
    with closing(sqlite3.connect(db_path)) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    reopened = open_database(db_path, create=False)
    try:
        with reopened.read() as session:
            names = set(session.scalars(select(Person.name)))
    finally:
        reopened.close()
    assert {f"写入{number}" for number in acknowledged} <= names
