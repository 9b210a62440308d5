"""Projects: what a valid project is, unique codes, budgets kept exactly."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from supervisor import errors
from supervisor.db.engine import open_database
from supervisor.db.models import Project
from supervisor.procedure import templates
from supervisor.projects.project import (
    PartyData,
    ProjectData,
    find_project,
    parse_budget,
    project_data,
    update_project,
)


def project_count(database) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(Project))


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"code": ""}, "code"),
        ({"code": "   "}, "code"),
        ({"code": "东湖 01"}, "code"),
        ({"name": "  "}, "name"),
        ({"planned_start": dt.date(2026, 5, 1), "planned_end": dt.date(2026, 4, 30)}, "planned_end"),
        ({"budget": Decimal("-1")}, "budget"),
        ({"budget": Decimal("NaN")}, "budget"),
        ({"budget": Decimal("1e14")}, "budget"),
        ({"parties": {"contractor": PartyData("城建三公司", "刘强", "call me")}}, "phone_contractor"),
        ({"parties": {"supervisor": PartyData("华建监理", "张伟", "1380001abcd")}}, "phone_supervisor"),
    ],
)
def test_invalid_project_is_refused_and_nothing_is_written(database, changes, field):
    data = ProjectData(code="DH-01", name="一片区")
    for key, value in changes.items():
        setattr(data, key, value)
    with pytest.raises(errors.ValidationError) as caught:
        with database.write() as session:
            templates.create_project(session, data)
    assert caught.value.field == field
    assert project_count(database) == 0


def test_valid_phone_formats_are_accepted(database):
    data = ProjectData(
        code="DH-01",
        name="一片区",
        parties={
            "client": PartyData("东湖街道办事处", "王建国", "138-0001-0001"),
            "contractor": PartyData("城建三公司", "刘强", "(027) 8888 1234"),
        },
    )
    with database.write() as session:
        templates.create_project(session, data)
    assert project_count(database) == 1


def test_duplicate_project_code_is_refused(database, project):
    with pytest.raises(errors.ValidationError) as caught:
        with database.write() as session:
            templates.create_project(session, ProjectData(code=" T-01 ", name="另一个"))
    assert caught.value.field == "code" and "T-01" in str(caught.value)
    assert project_count(database) == 1
    with database.write() as session:
        other = templates.create_project(session, ProjectData(code="T-02", name="二片区"))
        # keeping its own code on update is fine, taking another project's is not
        update_project(session, other, project_data(other))
        data = project_data(other)
        data.code = "T-01"
        with pytest.raises(errors.ValidationError):
            update_project(session, other, data)


def test_budget_parsing():
    assert parse_budget("1,234,567.89") == Decimal("1234567.89")
    assert parse_budget("¥ 3，500，000") == Decimal("3500000")
    assert parse_budget("   ") is None
    for text in ("500万", "¥500万", "about 5 million", "NaN", "inf"):
        with pytest.raises(errors.ValidationError) as caught:
            parse_budget(text)
        assert caught.value.field == "budget", text


def test_budget_is_stored_exactly(db_path, database):
    with database.write() as session:
        templates.create_project(
            session,
            ProjectData(code="B-1", name="预算", budget=parse_budget("1,234,567.89")),
        )
    database.close()
    reopened = open_database(db_path, create=False)
    with reopened.read() as session:
        assert find_project(session, "B-1").budget == Decimal("1234567.89")
    reopened.close()
