"""The consent gate seen ahead: which completed steps a change would leave without consent."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from supervisor.db.models import ChangeLog, Household, ProjectStep
from supervisor.procedure import materials, steps
from supervisor.procedure.gates import gates_lost_by, unmet_gates
from supervisor.projects import places
from supervisor.projects.project import get_project
from supervisor.residents import consultation, roster
from supervisor.residents.consultation import AnswerData


def consented_project(database, project_id: int) -> int:
    """幸福里小区: 5 households, all agreeing in round 1; step 1 completed on that. Its id."""
    with database.write() as session:
        compound = places.add_compound(session, get_project(session, project_id), places.CompoundData("幸福里小区"))
        for i in range(5):
            household = roster.add_household(session, compound, roster.HouseholdData("1号楼", "1", str(101 + i), f"户主{i}"))
            consultation.set_answer(session, household, 1, AnswerData(visited_on=dt.date(2026, 3, 1)))
        step = session.scalars(
            select(ProjectStep).where(ProjectStep.project_id == project_id, ProjectStep.code == "1")
        ).one()
        for material in step.materials:
            materials.set_provided(session, material, True)
        steps.set_status(session, step, "done")
        return compound.id


def add_households(compound_id: int, count: int):
    def change(session):
        compound = places.get_compound(session, compound_id)
        for i in range(count):
            roster.add_household(session, compound, roster.HouseholdData("2号楼", "1", str(101 + i), f"新户{i}"))
    return change


def test_a_change_that_would_undo_the_consent_is_named_and_nothing_is_kept(database, project):
    compound_id = consented_project(database, project)
    with database.read() as session:
        logged = session.scalar(select(func.count()).select_from(ChangeLog))
    with database.write() as session:
        lost = gates_lost_by(session, project, add_households(compound_id, 2))
        harmless = gates_lost_by(session, project, add_households(compound_id, 1))  # 5 of 6: 83 %
    assert [(g.step_code, g.compounds) for g in lost] == [("1", ("幸福里小区 71.4% (5/7)",))]
    assert harmless == []
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Household)) == 5
        assert session.scalar(select(func.count()).select_from(ChangeLog)) == logged
        assert unmet_gates(session, project) == []
