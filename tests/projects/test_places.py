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


def test_the_removal_summary_counts_what_goes_and_what_stays(database, project):
    import datetime as dt

    from supervisor.db.models import Unit
    from supervisor.residents import consultation, opinions, roster, surveys
    from supervisor.residents.consultation import AnswerData
    from supervisor.residents.opinions import OpinionData
    from supervisor.residents.surveys import SurveyData
    from supervisor.site import checks, rectifications

    day = dt.date.today()
    with database.write() as session:
        p = get_project(session, project)
        compound = places.add_compound(session, p, places.CompoundData("幸福里小区"))
        other = places.add_compound(session, p, places.CompoundData("电业局宿舍"))
        places.add_building(session, compound, "1", units=2, floors=2, flats_per_floor=2)
        places.add_building(session, compound, "2", units=1, floors=1, flats_per_floor=2)
        places.add_building(session, other, "1", units=1, floors=1, flats_per_floor=1)
        households = session.scalars(
            select(Household).join(Unit).where(Unit.building_id.in_([b.id for b in compound.buildings]))
        ).all()
        for household in households[:3]:
            consultation.set_answer(session, household, 1, AnswerData("agree", visited_on=day))
        consultation.set_answer(session, households[0], 2, AnswerData("agree", visited_on=day))
        surveys.save_survey(session, SurveyData(
            compound_id=compound.id, household_id=households[0].id, ratings={"overall": "satisfied"},
            surveyor="社区小李", surveyed_on=day))
        check = checks.create_check(session, checks.CheckData(
            project_id=project, compound_id=compound.id, inspector="李秀英", result="problem",
            description="楼道墙面开裂"))
        rectifications.create_from_check(session, check.id, responsible_party="施工单位")
        opinions.create_opinion(session, OpinionData(
            project_id=project, compound_id=compound.id, content="楼道灯不亮", received_on=day))
        compound_id, other_id = compound.id, other.id
        roster_count = len(households)
    with database.read() as session:
        summary = places.removal_summary(session, compound_id)
        assert summary == places.CompoundRemoval(
            name="幸福里小区", buildings=2, units=3, households=roster_count, answers=4, surveys=1,
            checks=1, rectifications=1, opinions=1, supervision_days=0, acceptance_items=0,
        )
        assert roster_count == 2 * 2 * 2 + 2
        assert places.removal_summary(session, other_id).households == 1
    with database.write() as session:
        places.remove_compound(session, places.get_compound(session, compound_id))
    with database.read() as session:  # what the summary said went is gone, the rest stays
        assert session.scalar(select(func.count()).select_from(Household)) == 1
        assert roster.list_households(session, other_id)[0].number == "101"
        assert len(checks.list_checks(session, checks.CheckFilter(project_id=project))) == 1
