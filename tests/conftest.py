"""Shared fixtures and helpers: a fresh database file per test, headless Qt, the sample photos.

The tests mirror the package: ``tests/<feature>/`` tests ``supervisor/<feature>/`` (db, projects,
procedure, residents, site, documents), ``tests/kernel/`` the top-level modules (cli, workdays),
``tests/ui/<feature>/`` the feature's part of the window and ``tests/ui/`` the window as a whole.
Checks of the whole package (layering, translations) sit here at the top. What several test
modules share lives in a ``conftest.py``; a test module never imports another test module.

Two backends: every test whose database comes from these fixtures (``database``, ``db_path``,
``project``, ``migrated_source``, ``demo_source``/``demo_path`` and the sources test modules
build with ``build_source``) runs once on SQLite and once on PostgreSQL (ids ``[sqlite]``,
``[postgresql]``), on the server this run starts (``tests/pg.py``; one per session, each test
gets a new database copied from a migrated template with ``CREATE DATABASE … TEMPLATE``). The
window's tests and those marked ``sqlite_only`` (about SQLite files themselves) run on SQLite
only; ``postgresql_only`` ones on PostgreSQL only. On PostgreSQL ``db_path`` and ``demo_path``
are URL strings, which ``open_database`` and ``--db`` take as they take a path.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests import pg

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
"""The repository's root folder: tests read nothing outside it."""

SAMPLE_PHOTOS = REPO / "tests" / "data" / "photos"
"""Real camera JPEGs (exif-samples, CC BY-SA 4.0; see the README in that folder)."""


@pytest.fixture(autouse=True)
def _sign_out_after_each_test():
    """A person signed in by one test is not signed in for the next."""
    yield
    from supervisor.db.audit import sign_out

    sign_out()


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_main_thread():
    """The window moves garbage collection to a UI-thread timer; between tests, collect here."""
    yield
    from supervisor.ui.gc_guard import collect_if_due

    collect_if_due()


BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "postgresql_only: the test is about PostgreSQL; it runs only there"
    )
    config.addinivalue_line(
        "markers",
        "sqlite_only: the test is about SQLite files themselves (damage, WAL, read-only media, "
        "paths, PRAGMAs); it does not run on PostgreSQL",
    )


def pytest_generate_tests(metafunc):
    """Every test using the ``database`` fixtures runs on SQLite and on PostgreSQL, except the
    window's tests and tests marked ``sqlite_only``."""
    if "backend" not in metafunc.fixturenames:
        return
    in_ui = "ui" in Path(str(metafunc.definition.path)).relative_to(REPO / "tests").parts[:-1]
    only_sqlite = in_ui or metafunc.definition.get_closest_marker("sqlite_only") is not None
    only_postgresql = metafunc.definition.get_closest_marker("postgresql_only") is not None
    backends = BACKENDS[1:] if only_postgresql else BACKENDS[:1] if only_sqlite else BACKENDS
    metafunc.parametrize("backend", backends, indirect=True, scope="session")


SKIPPED_WITHOUT_SERVER = "PostgreSQL tests skipped: "


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Every test skipped for want of PostgreSQL reports the one place, so that the summary
    says why in one line instead of one per test."""
    outcome = yield
    report = outcome.get_result()
    longrepr = report.longrepr
    if report.skipped and isinstance(longrepr, tuple) and SKIPPED_WITHOUT_SERVER in str(longrepr[2]):
        report.longrepr = (str(Path(pg.__file__)), pg.start_server.__code__.co_firstlineno, longrepr[2])


@pytest.fixture(scope="session")
def postgres_server():
    """The PostgreSQL server of this test run (see tests/pg.py); skips the test without one,
    fails it when ``SUPERVISOR_REQUIRE_POSTGRES=1``."""
    try:
        server = pg.start_server()
    except pg.Unavailable as error:
        if pg.required():
            pytest.fail(f"PostgreSQL is required ({pg.REQUIRE}=1) but cannot be used: {error}")
        pytest.skip(f"{SKIPPED_WITHOUT_SERVER}{error}")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def backend(request) -> str:
    """The database backend of this test: ``sqlite`` or ``postgresql`` (see pytest_generate_tests)."""
    name = getattr(request, "param", "sqlite")
    if name == "postgresql":
        request.getfixturevalue("postgres_server")
    return name


@dataclass(frozen=True)
class PgSource:
    """A database on the test server that tests copy (``CREATE DATABASE ... TEMPLATE``)."""

    server: pg.Server
    name: str

    @property
    def url(self) -> str:
        return self.server.url(self.name)


_pg_names = itertools.count(1)


def pg_copy(source: PgSource, stem: str) -> PgSource:
    """A new database on ``source``'s server copied from it."""
    name = f"{stem[:40]}_{next(_pg_names)}".lower()
    pg.copy_database(source.server, source.name, name)
    return PgSource(source.server, name)


def make_url_database(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).database


def copy_database(source: Path, target: Path) -> Path:
    """A private copy of the database file ``source`` at ``target``.

    Sources are closed cleanly (their write-ahead log checkpointed into the file and removed),
    so the one file holds everything; tests open copies, never a source. A PostgreSQL source
    (``PgSource``) is copied to a new database on its server, whose URL is returned instead.
    """
    if isinstance(source, PgSource):
        return pg_copy(source, "t").url
    wal = Path(f"{source}-wal")
    assert not wal.exists() or wal.stat().st_size == 0, f"{source} has unsaved changes in {wal.name}"
    shutil.copyfile(source, target)
    return target


def write_old_database(path: Path, revision: str) -> Path:
    """A database file at ``path`` migrated only up to ``revision`` (as an earlier version left it)."""
    from alembic import command

    from supervisor.db.engine import Database, make_engine, to_url
    from supervisor.db.migrate import alembic_config

    url = to_url(path)
    old = Database(url, make_engine(url))
    with old.engine.begin() as connection:
        command.upgrade(alembic_config(old, connection), revision)
    old.close()
    return path


def write_project(database):
    """The project every ``project`` fixture starts from, on the default 45-step template."""
    import datetime as dt

    from supervisor.procedure.templates import create_project
    from supervisor.projects.project import ProjectData

    with database.write() as session:
        created = create_project(
            session,
            ProjectData(code="T-01", name="测试片区", planned_start=dt.date(2026, 3, 2)),
        )
        return created.id


def build_source(target: Path, base: Path, build):
    """A database file made once for many tests: ``base`` copied to ``target``, opened as the
    application opens it, ``build(database)`` written into it, closed. Returns the file and what
    ``build`` returned (the ids the tests need)."""
    from supervisor.db.audit import set_current_user
    from supervisor.db.engine import open_database

    if isinstance(base, PgSource):
        target = pg_copy(base, Path(target).stem)
        opened = target.url
    else:
        opened = copy_database(base, target)
    set_current_user("tester")
    database = open_database(opened)
    try:
        built = build(database)
    finally:
        database.close()
    return target, built


@pytest.fixture(scope="session")
def migrated_source(request, tmp_path_factory, backend):
    """A new database brought to the current schema by the migrations, made once per run and
    backend (running them is most of the cost of a new database); tests get copies, never this
    file (on PostgreSQL, never this database: a ``PgSource``)."""
    from supervisor.db.audit import set_current_user
    from supervisor.db.engine import open_database

    set_current_user("tester")
    if backend == "postgresql":
        source = PgSource(request.getfixturevalue("postgres_server"), "migrated")
        with pg.admin(source.server) as connection:
            connection.execute(f'CREATE DATABASE "{source.name}"')
        open_database(source.url).close()
        return source
    path = tmp_path_factory.mktemp("migrated-source") / "migrated.sqlite"
    open_database(path).close()
    return path


@pytest.fixture(scope="session")
def project_source(tmp_path_factory, migrated_source) -> tuple[Path | PgSource, int]:
    """``migrated_source`` with the ``project`` written in it, made once per run; the file and
    the project's id."""
    target = tmp_path_factory.mktemp("project-source") / "project.sqlite"
    return build_source(target, migrated_source, write_project)


@pytest.fixture
def db_path(request, tmp_path):
    """Where this test's database is: a file path (SQLite) or, when the test's ``database``
    runs on PostgreSQL, the URL of a new database copied from its ``database_source`` (a
    string that ``open_database`` and ``--db`` take alike)."""
    if "database" in request.fixturenames:
        source = request.getfixturevalue("database_source")
        if isinstance(source, PgSource):
            copy = pg_copy(source, "t")
            yield copy.url
            pg.drop_database(copy.server, copy.name)
            return
    yield tmp_path / "test.sqlite"


@pytest.fixture
def database_source(request, backend) -> Path | PgSource:
    """The file this test's database is copied from: ``project_source`` when the test uses
    ``project``, else ``migrated_source``. A test module may override this fixture to start some
    of its tests from a file with more in it, made once with ``build_source``."""
    if "project" in request.fixturenames:
        return request.getfixturevalue("project_source")[0]
    return request.getfixturevalue("migrated_source")


@pytest.fixture
def database(database_source, db_path):
    """A fresh database file for this test, opened as the application opens one.

    The file is a private copy of ``database_source``: the same contents as migrating and
    writing here, without paying for it in every test.
    """
    from supervisor.db.audit import set_current_user
    from supervisor.db.engine import open_database

    if not isinstance(database_source, PgSource):  # else db_path is the copy's URL
        copy_database(database_source, db_path)
    set_current_user("tester")
    db = open_database(db_path)
    yield db
    db.close()


@pytest.fixture
def project(database):
    """A project on the default template (code T-01); returns its id.

    It is in the copied file already (see ``database_source``); when the test asked for it only
    after the database was made, it is written now.
    """
    from sqlalchemy import select

    from supervisor.db.models import Project

    with database.read() as session:
        found = session.scalar(select(Project.id).where(Project.code == "T-01"))
    return found if found is not None else write_project(database)


@pytest.fixture
def ungated_project(database, project):
    """The ``project`` with the residents' consent gate taken off its steps (for tests about
    materials, prerequisites and dates; the gate itself is tested with the consultation)."""
    from sqlalchemy import select

    from supervisor.db.models import ProjectStep

    with database.write() as session:
        for step in session.scalars(select(ProjectStep).where(ProjectStep.gate != "")):
            step.gate = ""
    return project


def step_by_code(session, project_id: int, code: str):
    """The project's step with ``code`` (a ``ProjectStep``)."""
    from sqlalchemy import select

    from supervisor.db.models import ProjectStep

    return session.scalars(
        select(ProjectStep).where(ProjectStep.project_id == project_id, ProjectStep.code == code)
    ).one()


def provide_all(session, step) -> None:
    """Tick every material of ``step`` as provided."""
    from supervisor.procedure import materials

    for material in step.materials:
        materials.set_provided(session, material, True)


def fill_the_disk_at(database, blob_insert: int, room: int = 0) -> None:
    """Make SQLite's writes fail with SQLITE_FULL ("database or disk is full") as a full disk
    would: at the ``blob_insert``-th statement storing originals, the file's page limit is
    lowered to its size plus ``room`` pages (4 KiB each)."""
    from sqlalchemy import event

    seen = []

    @event.listens_for(database.engine, "before_cursor_execute")
    def full(conn, cursor, statement, *args):
        if statement.startswith("INSERT INTO photo_blob"):
            seen.append(statement)
            if len(seen) == blob_insert:
                raw = conn.connection.dbapi_connection
                pages = raw.execute("PRAGMA page_count").fetchone()[0]
                raw.execute(f"PRAGMA max_page_count = {pages + room}")


def run_cli(capsys, *argv: str) -> tuple[int, list[str], str]:
    """Run ``supervisor *argv`` in this process: the exit code, stdout's lines, stderr."""
    from supervisor.cli import main

    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err


def assert_one_line_error(err: str) -> str:
    """``err`` is one ``supervisor: ...`` line and no traceback; returns that line."""
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("supervisor: ")
    return lines[0]


@pytest.fixture(scope="session")
def demo_day():
    """The day the demo database is written for (its dates are relative to it)."""
    import datetime as dt

    return dt.date.today()


@pytest.fixture(scope="session")
def demo_source(request, tmp_path_factory, demo_day, backend):
    """The demo database, written once per test run and backend (it takes a few seconds): a
    file, or on PostgreSQL a ``PgSource``."""
    from supervisor.demo.database import write_demo

    if backend == "postgresql":
        source = PgSource(request.getfixturevalue("postgres_server"), "demo")
        with pg.admin(source.server) as connection:
            connection.execute(f'CREATE DATABASE "{source.name}"')
        write_demo(source.url, today=demo_day)
        return source
    return write_demo(tmp_path_factory.mktemp("demo-source") / "demo.sqlite", today=demo_day)


@pytest.fixture
def demo_path(demo_source, tmp_path):
    """A private copy of the demo database that a test may change (on PostgreSQL, the copy's
    URL, dropped afterwards)."""
    copy = copy_database(demo_source, tmp_path / "demo.sqlite")
    yield copy
    if isinstance(demo_source, PgSource):
        pg.drop_database(demo_source.server, make_url_database(copy))


def raw_sql(target, statement: str, *params) -> list[tuple]:
    """Run one statement on the database ``target`` (a file path, or a PostgreSQL URL as
    ``db_path``/``demo_path`` give on that backend) with the plain driver, as someone tampering
    with it would; ``?`` placeholders. Returns the rows."""
    import sqlite3
    from contextlib import closing

    if isinstance(target, str) and "://" in target:
        import psycopg
        from sqlalchemy.engine import make_url

        url = make_url(target)
        with psycopg.connect(
            host=url.host, port=url.port, user=url.username, dbname=url.database, autocommit=True
        ) as connection:
            cursor = connection.execute(statement.replace("?", "%s"), params)
            return cursor.fetchall() if cursor.description else []
    with closing(sqlite3.connect(target)) as raw, raw:
        return raw.execute(statement, params).fetchall()


def damage_page(path: Path, name: str = "ix_change_log_at") -> int:
    """Overwrite, with fixed random bytes, the 4 KiB page of ``path`` that is the root of the
    table or index ``name`` (as a disk error or a bad copy would); returns its page number. An
    index of the change log by default: the records the window shows stay readable."""
    import random
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(path)) as raw:
        page_size = raw.execute("PRAGMA page_size").fetchone()[0]
        page = raw.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]
    noise = random.Random(13).randbytes(page_size)
    with open(path, "r+b") as handle:
        handle.seek((page - 1) * page_size)
        handle.write(noise)
    return page


@contextlib.contextmanager
def read_only_folder(folder: Path):
    """``folder`` and the files in it made read-only for this process, as on a read-only share
    or CD. Not running as root, permissions do it; root writes through permissions, so there
    the folder and its files are made immutable (``chattr +i``), which stops root too; where
    that is not allowed either, the test is skipped."""
    import stat
    import subprocess

    files = [path for path in folder.iterdir() if path.is_file()]
    if os.geteuid() != 0:
        modes = {path: path.stat().st_mode for path in [folder, *files]}
        for path in files:
            path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
        try:
            yield folder
        finally:
            for path, mode in modes.items():
                path.chmod(mode)
        return
    targets = [str(path) for path in [*files, folder]]
    try:
        done = subprocess.run(["chattr", "+i", *targets], capture_output=True, text=True)
    except OSError as error:  # no chattr
        done = subprocess.CompletedProcess([], 1, "", str(error))
    if done.returncode != 0:
        subprocess.run(["chattr", "-i", *targets], capture_output=True)
        pytest.skip(
            "running as root, where permissions do not stop writes, and chattr +i is not "
            f"allowed here ({done.stderr.strip()}): a read-only folder cannot be made"
        )
    try:
        yield folder
    finally:
        subprocess.run(["chattr", "-i", *targets], check=True)


def ledger_rows(sheet, values_only: bool = True) -> list[tuple]:
    """The data rows of a ledger's sheet read back with openpyxl: from under the header row to
    the end of its filter range (the sign-off lines below are not data)."""
    from openpyxl.utils.cell import range_boundaries

    last = range_boundaries(sheet.auto_filter.ref)[3]
    return list(sheet.iter_rows(min_row=5, max_row=last, values_only=values_only)) if last > 4 else []
