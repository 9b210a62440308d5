"""Compounds and buildings: households numbered per floor, bad buildings refused."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from supervisor import errors
from supervisor.db.engine import open_database
from supervisor.db.models import Compound, Household
from supervisor.projects import places
from supervisor.projects.project import get_project


def test_add_building_creates_numbered_households(db_path, database, project):
    with database.write() as session:
        compound = places.add_compound(
            session, get_project(session, project), places.CompoundData("幸福里小区", year_built=1992)
        )
        building = places.add_building(session, compound, " 1号楼 ", units=2, floors=6, flats_per_floor=2)
        compound_id = compound.id
        assert building.name == "1号楼"
    database.close()
    reopened = open_database(db_path, create=False)
    try:
        with reopened.read() as session:
            assert places.household_count(session, compound_id) == 2 * 6 * 2
            compound = session.get(Compound, compound_id)
            (building,) = compound.buildings
            assert building.floors == 6
            assert [u.name for u in building.units] == ["1", "2"]
            numbers = sorted(h.number for h in building.units[0].households)
            assert numbers == sorted(f"{f}0{n}" for f in range(1, 7) for n in (1, 2))
            (row,) = places.list_compounds(session, project)
            assert (row.name, row.buildings, row.households_recorded) == ("幸福里小区", 1, 24)
    finally:
        reopened.close()


def test_tall_building_household_numbers_are_unique(database, project):
    with database.write() as session:
        compound = places.add_compound(
            session, get_project(session, project), places.CompoundData("高层小区")
        )
        building = places.add_building(session, compound, "A座", units=1, floors=12, flats_per_floor=10)
        numbers = [h.number for h in building.units[0].households]
        assert len(numbers) == len(set(numbers)) == 120
        assert {"101", "110", "1001", "1210"} <= set(numbers)


@pytest.mark.parametrize(
    ("name", "units", "floors", "flats"),
    [("", 1, 6, 2), ("2号楼", 0, 6, 2), ("2号楼", 1, 61, 2), ("2号楼", 1, 6, 21), ("1号楼", 1, 6, 2)],
)
def test_bad_building_is_refused(database, project, name, units, floors, flats):
    with database.write() as session:
        compound = places.add_compound(
            session, get_project(session, project), places.CompoundData("幸福里小区")
        )
        places.add_building(session, compound, "1号楼", 1, 2, 1)
        compound_id = compound.id
    with pytest.raises(errors.ValidationError):
        with database.write() as session:
            places.add_building(session, session.get(Compound, compound_id), name, units, floors, flats)
    with database.read() as session:
        assert places.household_count(session, compound_id) == 2
        assert session.scalar(select(func.count()).select_from(Household)) == 2
