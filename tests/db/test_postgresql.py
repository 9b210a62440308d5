"""The same application on a PostgreSQL server: its schema there, a URL with "%", a server
that cannot be reached, NUL characters (both backends) and ``check`` on the server."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text

from supervisor import errors
from supervisor.db.engine import open_database
from supervisor.db.models import Project
from supervisor.db.settings import store_setting, stored_setting
from supervisor.procedure import templates
from supervisor.projects.project import ProjectData, get_project
from supervisor.site import checks
from supervisor.site.checks import CheckData
from supervisor.site.search import text_filter
from tests import pg
from tests.conftest import assert_one_line_error, run_cli

on_postgresql = pytest.mark.postgresql_only


@on_postgresql
def test_the_schema_has_jsonb_bytea_and_trigram_indexes(database):
    with database.read() as session:
        types = dict(session.execute(text(
            "SELECT table_name || '.' || column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = current_schema()"
        )).all())
        indexes = set(session.scalars(text(
            "SELECT indexname FROM pg_indexes WHERE indexname LIKE '%\\_trgm'"
        )))
        extension = session.scalar(text("SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'"))
    assert types["change_log.detail"] == "jsonb"
    assert types["setting.value"] == "jsonb"
    assert types["photo_blob.original"] == "bytea"
    assert extension == "pg_trgm"
    assert indexes == {
        *(f"ix_site_check_{c}_trgm" for c in ("location_text", "description", "inspector", "work_type")),
        *(f"ix_rectification_{c}_trgm" for c in
          ("number", "location_text", "problem", "requirement", "responsible_party")),
    }


@on_postgresql
def test_a_two_character_chinese_search_is_served_by_the_trigram_index(database, project):
    with database.write() as session:
        for n, description in enumerate(["屋面防水卷材搭接不足", "楼道墙面开裂", "防水层施工规范"]):
            checks.create_check(session, CheckData(
                project_id=project, result="problem", description=description, inspector="李师傅",
                checked_at=dt.datetime(2026, 5, 1, 9, n),
            ))
    condition = text_filter(models_site_check(), "site_check_fts", "防水")
    query = select(models_site_check().id).where(condition)
    with database.read() as session:
        session.execute(text("SET LOCAL enable_seqscan = off"))
        compiled = query.compile(session.bind, compile_kwargs={"literal_binds": True})
        plan = "\n".join(session.scalars(text(f"EXPLAIN {compiled}")))
        hits = session.scalars(query).all()
    assert len(hits) == 2
    assert "ix_site_check_description_trgm" in plan, plan


def models_site_check():
    from supervisor.db.models import SiteCheck

    return SiteCheck


@on_postgresql
def test_a_url_with_a_percent_sign_opens_and_migrates(postgres_server, backend):
    with pg.admin(postgres_server) as connection:
        connection.execute('CREATE DATABASE "percent"')
    # The password "p%ss" (the test server trusts loopback and ignores it) is written "p%25ss".
    url = f"postgresql+psycopg://{pg.USER}:p%25ss@127.0.0.1:{postgres_server.port}/percent"
    database = open_database(url)
    try:
        with database.read() as session:
            assert session.scalar(text("SELECT version_num FROM alembic_version"))
    finally:
        database.close()
        pg.drop_database(postgres_server, "percent")


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # closed again when the block ends: nobody listens


def test_a_server_that_cannot_be_reached_is_one_clear_line(capsys):
    url = f"postgresql+psycopg://someone@127.0.0.1:{_closed_port()}/district"
    with pytest.raises(errors.DatabaseUnavailable) as caught:
        open_database(url)
    assert "cannot be reached" in str(caught.value)
    code, _out, err = run_cli(capsys, "status", "--db", url)
    assert code != 0
    line = assert_one_line_error(err)
    assert "cannot be reached" in line and "127.0.0.1" in line


def test_nul_characters_are_dropped_before_storing(db_path, database, project):
    """Typed or imported text with a NUL is stored without it, the same on both backends
    (PostgreSQL would refuse it)."""
    with database.write() as session:
        stored = get_project(session, project)
        stored.name = "测试\x00片区"
        stored.notes = "a\x00b"
        store_setting(session, "nul-test", {"note\x00": ["x\x00y"]})
    database.close()
    reopened = open_database(db_path)
    try:
        with reopened.read() as session:
            stored = session.scalars(select(Project).where(Project.id == project)).one()
            assert (stored.name, stored.notes) == ("测试片区", "ab")
            assert stored_setting(session, "nul-test") == {"note": ["xy"]}
    finally:
        reopened.close()


@on_postgresql
def test_check_on_the_server_finds_nothing_in_a_sound_database(capsys, db_path, database, project):
    database.close()
    code, out, err = run_cli(capsys, "check", "--db", db_path)
    assert (code, out[-1], err) == (0, "No problems found.", "")


@on_postgresql
def test_check_on_the_server_reports_a_missing_table_and_an_invalid_index(capsys, db_path, database, project):
    with database.write() as session:
        session.execute(text("DROP TABLE survey CASCADE"))
        session.execute(text(
            "UPDATE pg_index SET indisvalid = false "
            "WHERE indexrelid = 'ix_site_check_description_trgm'::regclass"
        ))
    database.close()
    code, out, err = run_cli(capsys, "check", "--db", db_path)
    assert "Traceback" not in err
    assert code == 1
    assert "  table missing: survey" in out
    assert "  index invalid: ix_site_check_description_trgm" in out


def test_a_read_sees_one_snapshot_while_another_connection_writes(database, project):
    """A count and the page after it agree even when someone saves in between."""
    with database.read() as session:
        before = session.scalar(select(func.count()).select_from(Project))
        with database.write() as other:
            templates.create_project(other, ProjectData(code="T-02", name="二片区"))
        assert session.scalar(select(func.count()).select_from(Project)) == before
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Project)) == before + 1


README_ROLES = """
    CREATE ROLE {app} LOGIN PASSWORD 'app';
    GRANT USAGE ON SCHEMA public TO {app};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {app};
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {app};
    CREATE ROLE {audit} LOGIN PASSWORD 'audit';
    GRANT USAGE ON SCHEMA public TO {audit};
    GRANT SELECT ON ALL TABLES IN SCHEMA public TO {audit};
    ALTER ROLE {audit} SET default_transaction_read_only = on;
"""


@on_postgresql
def test_the_readme_roles_let_a_laptop_work_and_an_auditor_only_read(
    capsys, tmp_path, postgres_server, database, project
):
    """The roles the README tells a district to create: the application role reads and
    writes, the auditor's reads and every write is refused with a message."""
    import psycopg

    name = database.url.database
    database.close()
    app, audit = f"{name}_app", f"{name}_audit"
    with psycopg.connect(postgres_server.dsn(name), autocommit=True) as connection:
        connection.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC")
        for statement in README_ROLES.format(app=app, audit=audit).strip().split(";"):
            if statement.strip():
                connection.execute(statement)
    as_app = f"postgresql+psycopg://{app}:app@127.0.0.1:{postgres_server.port}/{name}"
    as_audit = f"postgresql+psycopg://{audit}:audit@127.0.0.1:{postgres_server.port}/{name}"
    written = run_cli(capsys, "roster", "import", "--db", as_app, "--project", "T-01",
                      "--compound", "幸福里小区", str(_roster(tmp_path)))
    assert written[0] == 0, written
    code, out, err = run_cli(capsys, "consent", "--db", as_audit, "--project", "T-01")
    assert (code, err) == (0, "") and any("幸福里小区" in line for line in out)
    code, _out, err = run_cli(capsys, "roster", "import", "--db", as_audit, "--project", "T-01",
                              "--compound", "和平里小区", str(_roster(tmp_path)))
    assert code == 2
    assert "cannot be written" in assert_one_line_error(err)


def _roster(folder):
    from tests.residents.conftest import HEADER, write_xlsx

    return write_xlsx(folder / "花名册.xlsx", [HEADER, ["1号楼", 1, 101, "张三", "13812345678"]])


def test_an_imported_roster_is_stored_without_nul_characters(database, project):
    """The roster import stores households in bulk (past the flush): NULs dropped there too,
    for new households and for updated ones."""
    from supervisor.db.models import Household
    from supervisor.residents.roster import HouseholdData
    from supervisor.residents.roster_xlsx import PreviewRow, existing_households, import_rows

    def import_one(owner: str, notes: str) -> None:
        with database.write() as session:
            compound = _compound(session, project)
            existing = existing_households(session, compound.id).get(("1号楼", "1", "101"))
            data = HouseholdData("1号楼", "1", "101", owner_name=owner, notes=notes)
            import_rows(session, compound, [PreviewRow(2, data, (), existing)])

    import_one("张\x00三", "a\x00")
    import_one("李\x00四", "b\x00")  # the same household again: an update
    with database.read() as session:
        stored = session.execute(select(Household.owner_name, Household.notes)).all()
    assert stored == [("李四", "b")]


def _compound(session, project_id):
    from supervisor.db.models import Compound
    from supervisor.projects import places

    found = session.scalars(select(Compound).where(Compound.name == "幸福里小区")).first()
    return found or places.add_compound(session, get_project(session, project_id), places.CompoundData("幸福里小区"))


@on_postgresql
def test_a_server_that_goes_away_and_comes_back(postgres_server, backend):
    """A server of its own, stopped in the middle of the work (every connection ended, as when
    it restarts or the network goes), then started again: meanwhile reads and writes say the server cannot be reached and
    leave nothing half-written; afterwards the same ``Database`` works again (what the window's
    retry relies on) and holds what was committed before, nothing of the failed write."""
    server = pg.start_server()
    try:
        with pg.admin(server) as connection:
            connection.execute('CREATE DATABASE "district"')
        database = open_database(server.url("district"))
        try:
            with database.write() as session:
                templates.create_project(session, ProjectData(code="DH-01", name="东湖一片区"))
            server.halt()
            with pytest.raises(errors.DatabaseUnavailable):
                with database.read() as session:
                    session.scalar(select(func.count()).select_from(Project))
            with pytest.raises(errors.DatabaseUnavailable):
                with database.write() as session:
                    templates.create_project(session, ProjectData(code="DH-02", name="东湖二片区"))
            server.resume()
            with database.read() as session:
                assert sorted(session.scalars(select(Project.code))) == ["DH-01"]
            with database.write() as session:  # and writing goes on
                templates.create_project(session, ProjectData(code="DH-02", name="东湖二片区"))
            with database.read() as session:
                assert sorted(session.scalars(select(Project.code))) == ["DH-01", "DH-02"]
        finally:
            database.close()
    finally:
        server.stop()
