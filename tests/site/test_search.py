"""Chinese text search: trigram full-text index for 3+ characters, LIKE for 1–2 characters."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.dialects import postgresql, sqlite

from supervisor.db import models
from supervisor.db.models import Rectification, SiteCheck
from supervisor.projects import places
from supervisor.projects.project import get_project
from supervisor.site import checks, rectification_register, rectifications
from supervisor.site.checks import CheckData, CheckFilter
from supervisor.site.rectification_register import RectFilter
from supervisor.site.rectifications import RectificationData
from supervisor.site.search import fts_quote, like_pattern, text_filter

DESCRIPTIONS = [
    "外墙保温层空鼓，约两平方米",  # 0
    "屋面防水卷材搭接不足，雨后渗漏",  # 1
    "楼道墙面开裂",  # 2
    "雨水管渗漏，井盖未标明雨污",  # 3
    "防水层施工规范，符合要求",  # 4
    "电缆未穿管，存在漏电隐患",  # 5
    'He said "ok" *twice* (100% done_now) AND NEAR col:x',  # 6
    "进度正常",  # 7
]


@pytest.fixture
def searchable(database, project):
    """One check per description, in 幸福里小区; returns {index: check id}."""
    ids = {}
    with database.write() as session:
        compound = places.add_compound(
            session, get_project(session, project), places.CompoundData("幸福里小区")
        )
        for index, description in enumerate(DESCRIPTIONS):
            check = checks.create_check(
                session,
                CheckData(
                    project_id=project,
                    compound_id=compound.id,
                    common_area="roof" if index == 1 else "",
                    result="problem",
                    description=description,
                    inspector="王阿姨" if index % 2 else "李师傅",
                    work_type="屋面" if index == 1 else "外墙",
                    checked_at=dt.datetime(2026, 5, 1, 9, 0) + dt.timedelta(hours=index),
                ),
            )
            ids[index] = check.id
    return ids


def found(database, project, term: str) -> set[int]:
    with database.read() as session:
        rows = checks.list_checks(session, CheckFilter(project_id=project, search=term), limit=None)
        total = checks.count_checks(session, CheckFilter(project_id=project, search=term))
    assert total == len(rows)
    return {row.id for row in rows}


def ids_of(searchable, *indexes) -> set[int]:
    return {searchable[i] for i in indexes}


@pytest.fixture
def statements(database):
    """The SQL statements run, to see which path a search took."""
    seen: list[str] = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement)

    event.listen(database.engine, "before_cursor_execute", remember)
    yield seen
    event.remove(database.engine, "before_cursor_execute", remember)


# --- the condition itself ------------------------------------------------------------------


def test_an_empty_term_gives_no_condition():
    assert text_filter(SiteCheck, "site_check_fts", "") is None
    assert text_filter(SiteCheck, "site_check_fts", "  \t ") is None
    assert text_filter(SiteCheck, "site_check_fts", None) is None


def test_quoting_and_escaping():
    assert fts_quote('a"b') == '"a""b"'
    assert fts_quote("防水卷材") == '"防水卷材"'
    assert like_pattern("100%_a\\b") == "%100\\%\\_a\\\\b%"


def compiled(clause, dialect) -> str:
    return str(select(SiteCheck.id).where(clause).compile(dialect=dialect))


def test_three_characters_use_the_trigram_table_on_sqlite_and_like_elsewhere():
    clause = text_filter(SiteCheck, "site_check_fts", " 防水卷材 ")
    on_sqlite = compiled(clause, sqlite.dialect())
    assert "site_check.id IN (SELECT rowid" in on_sqlite
    assert "site_check_fts MATCH" in on_sqlite
    assert "LIKE" not in on_sqlite
    on_postgres = compiled(clause, postgresql.dialect())
    assert "MATCH" not in on_postgres and "_fts" not in on_postgres
    assert on_postgres.count("LIKE") == 4  # location, description, inspector, work type


def test_short_terms_use_like_on_the_base_table_columns():
    on_sqlite = compiled(text_filter(SiteCheck, "site_check_fts", "防水"), sqlite.dialect())
    assert "MATCH" not in on_sqlite
    for column in ("location_text", "description", "inspector", "work_type"):
        assert f"site_check.{column} LIKE" in on_sqlite
    rect = compiled(text_filter(Rectification, "rectification_fts", "漏"), sqlite.dialect())
    for column in ("number", "location_text", "problem", "requirement", "responsible_party"):
        assert f"rectification.{column} LIKE" in rect


def test_unknown_tables_are_refused():
    with pytest.raises(ValueError):
        text_filter(SiteCheck, "site_check_fts; DROP TABLE x", "abc")
    with pytest.raises(ValueError):
        text_filter(models.Project, "project_fts", "abc")


# --- finding Chinese text ------------------------------------------------------------------


@pytest.mark.sqlite_only  # SQLite's FTS5 tables
def test_a_three_character_term_is_found_through_the_full_text_index(
    database, project, searchable, statements
):
    assert found(database, project, "防水卷材") == ids_of(searchable, 1)
    assert any("site_check_fts MATCH" in s for s in statements)
    statements.clear()
    assert found(database, project, "保温层") == ids_of(searchable, 0)
    assert found(database, project, "幸福里小区") == set(searchable.values())  # location
    assert found(database, project, "李师傅") == ids_of(searchable, 0, 2, 4, 6)  # inspector
    assert all("LIKE" not in s for s in statements if "site_check" in s)


@pytest.mark.sqlite_only  # SQLite's FTS5 tables
def test_the_full_text_path_really_answers(database, project, searchable):
    """Emptying the trigram index makes 3+ character searches find nothing: it is used."""
    with database.write() as session:
        session.execute(text("INSERT INTO site_check_fts(site_check_fts) VALUES ('delete-all')"))
    assert found(database, project, "防水卷材") == set()
    assert found(database, project, "防水") == ids_of(searchable, 1, 4)  # LIKE: still found
    with database.write() as session:
        session.execute(text("INSERT INTO site_check_fts(site_check_fts) VALUES ('rebuild')"))
    assert found(database, project, "防水卷材") == ids_of(searchable, 1)


def test_one_and_two_character_terms_are_found_with_like(database, project, searchable, statements):
    assert found(database, project, "防水") == ids_of(searchable, 1, 4)
    assert found(database, project, "渗漏") == ids_of(searchable, 1, 3)
    assert found(database, project, "漏") == ids_of(searchable, 1, 3, 5)
    assert found(database, project, "屋面") == ids_of(searchable, 1)  # location and work type
    assert all("MATCH" not in s for s in statements)
    assert any("LIKE" in s for s in statements)


@pytest.mark.sqlite_only  # SQLite's FTS5 tables
def test_trigram_matching_alone_would_miss_two_character_words(database, searchable):
    """Why short terms go through LIKE: a trigram index cannot answer them."""
    with database.read() as session:
        hits = session.execute(
            text("SELECT count(*) FROM site_check_fts WHERE site_check_fts MATCH :q"),
            {"q": '"防水"'},
        ).scalar()
    assert hits == 0


def test_several_words_must_all_be_found(database, project, searchable):
    assert found(database, project, "防水 渗漏") == ids_of(searchable, 1)
    assert found(database, project, "防水卷材 雨后渗漏") == ids_of(searchable, 1)
    assert found(database, project, "渗漏  井盖") == ids_of(searchable, 3)
    assert found(database, project, "防水 井盖") == set()


def test_latin_text_and_special_characters(database, project, searchable):
    assert found(database, project, "twice") == ids_of(searchable, 6)
    assert found(database, project, "TWICE") == ids_of(searchable, 6)  # case-insensitive
    assert found(database, project, '"ok"') == ids_of(searchable, 6)
    assert found(database, project, "%") == ids_of(searchable, 6)  # not "everything"
    assert found(database, project, "_") == ids_of(searchable, 6)
    assert found(database, project, "e_") == ids_of(searchable, 6)  # done_now
    assert found(database, project, "100%") == ids_of(searchable, 6)


@pytest.mark.parametrize(
    "term",
    ['"', '""', "'", 'a"b', "***", "外墙*", "*外墙", "AND", "OR NOT", "NEAR(", "(", ")", "col:x",
     "^abc", "a - b", "-外墙", "{x}", "\\", "%%%", "__", "漏'", "\x00\x01", "🙂🙂🙂", "a" * 300],
)
def test_user_input_never_breaks_the_query(database, project, searchable, term):
    found(database, project, term)  # no exception, counts agree
    with database.read() as session:
        rectification_register.count_rectifications(session, RectFilter(project_id=project, search=term))


def test_the_index_follows_updates_and_deletes(database, project, searchable):
    check_id = searchable[2]
    with database.read() as session:
        data = checks.check_data(session, check_id)
    data.description = "楼梯扶手松动需加固"
    with database.write() as session:
        checks.update_check(session, check_id, data)
    assert found(database, project, "墙面开裂") == set()
    assert found(database, project, "扶手松动") == {check_id}
    assert found(database, project, "扶手") == {check_id}
    with database.write() as session:
        checks.delete_check(session, check_id)
    assert found(database, project, "扶手松动") == set()
    if database.is_sqlite:
        with database.read() as session:
            integrity = session.execute(
                text("INSERT INTO site_check_fts(site_check_fts, rank) VALUES ('integrity-check', 1)")
            )
            assert integrity is not None  # raises if the index and the table disagree


def test_statement_caching_keeps_each_term(database, project, searchable):
    """The same query shape with another term must not reuse the first term."""
    for _ in range(2):
        assert found(database, project, "防水卷材") == ids_of(searchable, 1)
        assert found(database, project, "保温层空鼓") == ids_of(searchable, 0)
        assert found(database, project, "楼道墙面") == ids_of(searchable, 2)


def test_search_combines_with_other_filters(database, project, searchable):
    with database.read() as session:
        f = CheckFilter(project_id=project, search="渗漏", inspector="王阿姨")
        assert {r.id for r in checks.list_checks(session, f)} == ids_of(searchable, 1, 3)
        f = CheckFilter(project_id=project, search="渗漏", date_to=dt.date(2026, 5, 1))
        assert checks.count_checks(session, f) == 2
        f = CheckFilter(project_id=project + 1, search="渗漏")
        assert checks.count_checks(session, f) == 0


# --- rectification items -------------------------------------------------------------------


def test_rectifications_are_searched_by_number_problem_requirement_and_party(database, project, searchable):
    with database.write() as session:
        first = rectifications.create(
            session,
            RectificationData(
                project_id=project,
                problem="屋面渗漏",
                requirement="重新铺贴防水卷材",
                responsible_party="城建第三工程有限公司",
                issued_at=dt.datetime(2026, 5, 2, 9, 0),
            ),
        )
        second = rectifications.create(
            session,
            RectificationData(
                project_id=project,
                problem="井盖缺失",
                requirement="补装",
                responsible_party="市政公司",
                location_text="幸福里小区 北门",
                issued_at=dt.datetime(2026, 5, 2, 10, 0),
            ),
        )
        assert (first.number, second.number) == ("ZG-2026-001", "ZG-2026-002")

    def search(term):
        with database.read() as session:
            f = RectFilter(project_id=project, search=term)
            rows = rectification_register.list_rectifications(session, f)
            assert rectification_register.count_rectifications(session, f) == len(rows)
            return {r.number for r in rows}

    assert search("ZG-2026-002") == {"ZG-2026-002"}
    assert search("2026") == {"ZG-2026-001", "ZG-2026-002"}
    assert search("防水卷材") == {"ZG-2026-001"}  # requirement, through the index
    assert search("渗漏") == {"ZG-2026-001"}
    assert search("第三工程") == {"ZG-2026-001"}
    assert search("北门") == {"ZG-2026-002"}
    assert search("缺") == {"ZG-2026-002"}
    with database.write() as session:
        rectifications.update(
            session,
            second.id,
            RectificationData(project_id=project, problem="井盖破损", responsible_party="市政公司"),
        )
    assert search("井盖缺失") == set()
    assert search("井盖破损") == {"ZG-2026-002"}
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Rectification)) == 2


# --- the same results on SQLite and PostgreSQL ---------------------------------------------

TERMS = [
    "防水", "渗漏", "漏", "屋面", "防水卷材", "保温层", "幸福里小区", "李师傅", "王阿姨", "防水 渗漏",
    "渗漏  井盖", "twice", "TWICE", "Twice", "roof", "ROOF LEAK", "leak", "%", "_", "e_", "100%",
    '"ok"', "near", "外墙*", "a\x00b", "ZG", "zg-2026", "第三工程", "北门", "缺", "Ärger", "ärger", "Ä",
]
# Not compared: a one- or two-letter term with a non-ASCII letter in the other case ("ä" for
# "Ä"): SQLite's LIKE folds ASCII letters only, PostgreSQL's ILIKE folds them all.


def _write_searchable(database) -> None:
    from tests.conftest import write_project

    project_id = write_project(database)
    extra = ["Roof leak at the NORTH gate", "roof LEAK, Ärger mit dem Dach"]
    with database.write() as session:
        compound = places.add_compound(
            session, get_project(session, project_id), places.CompoundData("幸福里小区")
        )
        for index, description in enumerate(DESCRIPTIONS + extra):
            checks.create_check(session, CheckData(
                project_id=project_id, compound_id=compound.id, result="problem",
                description=description, inspector="王阿姨" if index % 2 else "李师傅",
                work_type="屋面" if index == 1 else "外墙",
                checked_at=dt.datetime(2026, 5, 1, 9, 0) + dt.timedelta(hours=index),
            ))
        for n, (problem, party) in enumerate([("屋面渗漏", "城建第三工程有限公司"), ("井盖缺失 North gate", "市政公司")]):
            rectifications.create(session, RectificationData(
                project_id=project_id, problem=problem, responsible_party=party,
                location_text="幸福里小区 北门", issued_at=dt.datetime(2026, 5, 2, 9 + n, 0),
            ))


def _results(database) -> dict[str, tuple[list[str], list[str]]]:
    results = {}
    with database.read() as session:
        for term in TERMS:
            found_checks = checks.list_checks(session, CheckFilter(search=term), limit=None)
            found_rects = rectification_register.list_rectifications(session, RectFilter(search=term))
            results[term] = (
                sorted(row.description for row in found_checks),
                sorted(row.number for row in found_rects),
            )
    return results


def test_sqlite_and_postgresql_find_the_same_records(tmp_path, postgres_server):
    """The same data and the same search terms give the same records on both backends
    (FTS5 trigram tables and LIKE on SQLite, ILIKE over pg_trgm indexes on PostgreSQL)."""
    from supervisor.db.audit import set_current_user
    from supervisor.db.engine import open_database
    from tests import pg

    set_current_user("tester")
    with pg.admin(postgres_server) as connection:
        connection.execute('CREATE DATABASE "search_compare"')
    answers = []
    for target in (tmp_path / "search.sqlite", postgres_server.url("search_compare")):
        database = open_database(target)
        try:
            _write_searchable(database)
            answers.append(_results(database))
        finally:
            database.close()
    pg.drop_database(postgres_server, "search_compare")
    on_sqlite, on_postgresql = answers
    assert on_sqlite["twice"][0] and on_sqlite["TWICE"] == on_sqlite["twice"]
    assert len(on_sqlite["ROOF LEAK"][0]) == 2  # Latin case ignored
    assert {term: on_postgresql[term] for term in TERMS} == {term: on_sqlite[term] for term in TERMS}
