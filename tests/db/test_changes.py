"""Every write records what kinds of records it changed, however it changed them."""

from __future__ import annotations

from sqlalchemy import select, update

from supervisor.db.changes import KINDS, Changed, changed_in
from supervisor.db.models import Base, Household
from supervisor.projects import places
from supervisor.projects.project import get_project
from supervisor.residents import roster
from supervisor.residents.roster import HouseholdData


def test_every_table_has_a_kind():
    """A new table without a kind would make the window miss its changes: refuse it here."""
    assert sorted(set(Base.metadata.tables) - set(KINDS)) == []


def test_a_write_reports_what_it_changed(database, project):
    with database.write() as session:
        compound = places.add_compound(session, get_project(session, project), places.CompoundData("幸福里"))
        roster.add_household(session, compound, HouseholdData("1号楼", "1", "101", "张三"))
    changed = changed_in(session)
    assert Changed.PLACES in changed and Changed.HOUSEHOLDS in changed
    assert Changed.CHECKS not in changed


def test_a_read_reports_nothing(database, project):
    with database.read() as session:
        get_project(session, project)
    assert changed_in(session) == Changed.NONE


def test_cascaded_deletes_and_bulk_statements_are_seen(database, project):
    with database.write() as session:
        compound = places.add_compound(session, get_project(session, project), places.CompoundData("光明"))
        roster.add_household(session, compound, HouseholdData("2号楼", "1", "202", "李四"))
        compound_id = compound.id
    with database.write() as session:
        household_id = session.scalar(select(Household.id))
        session.execute(update(Household), [{"id": household_id, "notes": "bulk"}])
    assert changed_in(session) == Changed.HOUSEHOLDS
    with database.write() as session:
        places.remove_compound(session, places.get_compound(session, compound_id))
    # the households went with their compound through the ORM's cascade
    assert Changed.HOUSEHOLDS in changed_in(session) and Changed.PLACES in changed_in(session)
