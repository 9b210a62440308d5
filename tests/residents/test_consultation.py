"""Consultation rounds: answers, the tally under each rule, ranking, the gate on step 1."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from supervisor import errors
from supervisor.codes import StepStatus
from supervisor.db.engine import open_database
from supervisor.db.models import ChangeLog, ProjectStep
from supervisor.procedure import materials, steps
from supervisor.projects import places
from supervisor.projects.project import get_project
from supervisor.residents import consultation, roster, rules
from supervisor.residents.consultation import AnswerData
from supervisor.residents.roster import HouseholdData
from supervisor.residents.rules import ConsentRule, ConsentSettings

VISIT = dt.date(2026, 3, 5)


def make_compound(session, project_id, name, flats, *, units=1, area=Decimal("80"), declared=None):
    p = get_project(session, project_id)
    compound = places.add_compound(session, p, places.CompoundData(name, households=declared))
    households = []
    for i in range(flats):
        unit = str(i % units + 1)
        households.append(
            roster.add_household(
                session, compound, HouseholdData("1号楼", unit, str(101 + i), f"户主{i}", area=area)
            )
        )
    return compound, households


def answer(session, households, answers, round_=1):
    for household, given in zip(households, answers):
        consultation.set_answer(session, household, round_, AnswerData(given, visited_on=VISIT, visitor="社区小王"))


def tally_of(database, compound_id, round_=1, rule=None):
    with database.read() as session:
        compound = places.get_compound(session, compound_id)
        return consultation.tally(session, compound, round_, rule)


def test_eighty_percent_of_all_households_is_the_default(database, project):
    with database.write() as session:
        compound, hs = make_compound(session, project, "幸福里", 10)
        answer(session, hs, ["agree"] * 7 + ["disagree", "abstain"])  # the 10th not asked
    t = tally_of(database, compound.id)
    assert (t.count.households, t.count.visited, t.count.agreeing, t.rate) == (10, 9, 7, 0.7)
    assert not t.passed and t.verdict.needed == 1
    assert t.threshold_text() == "同意户数≥总户数80%"
    with database.write() as session:
        answer(session, hs[9:], ["agree"])
    assert tally_of(database, compound.id).passed


def test_a_declared_household_count_above_the_roster_counts_as_not_agreeing(database, project):
    with database.write() as session:
        compound, hs = make_compound(session, project, "幸福里", 8, declared=10)
        answer(session, hs, ["agree"] * 8)
    t = tally_of(database, compound.id)
    assert (t.count.households, t.count.listed, t.rate, t.passed) == (10, 8, 0.8, True)
    with database.write() as session:
        c = places.get_compound(session, compound.id)
        places.update_compound(session, c, places.CompoundData("幸福里", households=11))
    assert not tally_of(database, compound.id).passed


def test_the_threshold_is_a_setting_that_survives_reopening(database, db_path, project):
    with database.write() as session:
        compound, hs = make_compound(session, project, "幸福里", 3)
        answer(session, hs, ["agree", "agree", "disagree"])
        rules.set_consent_settings(session, ConsentSettings(ConsentRule.HOUSEHOLDS, 66.67))
    database.close()
    again = open_database(db_path)
    with again.read() as session:
        assert rules.consent_settings(session).percent == pytest.approx(66.67)
        assert consultation.tally(session, places.get_compound(session, compound.id), 1).passed
    again.close()


@pytest.mark.parametrize("typed, percent", [("80", 80.0), ("66.67%", 66.67), ("2/3", 66.67), ("３/４", 75.0)])
def test_a_threshold_can_be_typed_as_a_percentage_or_a_fraction(typed, percent):
    assert rules.parse_percent(typed) == percent


@pytest.mark.parametrize("typed", ["0", "101", "abc", "", "1/0", "nan"])
def test_a_threshold_out_of_range_is_refused(typed):
    with pytest.raises(errors.ValidationError):
        rules.parse_percent(typed)


def test_households_and_area_rule_needs_both_shares(database, project):
    rule = ConsentSettings(ConsentRule.HOUSEHOLDS_AND_AREA, 66.67)
    with database.write() as session:
        compound, hs = make_compound(session, project, "幸福里", 3)
        hs[2].area = Decimal("300")  # the big flat disagrees
        answer(session, hs, ["agree", "agree", "disagree"])
    t = tally_of(database, compound.id, rule=rule)
    assert t.count.rate == pytest.approx(2 / 3) and t.count.area_rate == pytest.approx(160 / 460)
    assert not t.passed
    assert [template for template, _ in t.verdict.reasons] == ["agreeing floor area is {rate} of the total"]


def test_civil_code_rule_counts_those_who_took_part(database, project):
    rule = ConsentSettings(ConsentRule.CIVIL_CODE)
    with database.write() as session:
        compound, hs = make_compound(session, project, "幸福里", 12)
        # 8 of 12 take part (2/3), 6 of those 8 agree (3/4): passes though only half of all agree.
        answer(session, hs, ["agree"] * 6 + ["disagree", "abstain"])
    t = tally_of(database, compound.id, rule=rule)
    assert t.rate == 0.5 and t.passed
    with database.write() as session:
        consultation.clear_answer(session, hs[0].id, 1)
    t = tally_of(database, compound.id, rule=rule)
    assert not t.passed
    # 7 of 12 take part, 5 of those 7 agree; the same shortfalls by floor area.
    assert len(t.verdict.reasons) == 4


def test_per_entrance_rule_judges_each_unit(database, project):
    rule = ConsentSettings(ConsentRule.HOUSEHOLDS, 80, per_unit=True)
    with database.write() as session:
        compound, hs = make_compound(session, project, "幸福里", 10, units=2)
        # Unit 1 (even indexes) all agree; unit 2 has 3 of 5.
        answer(session, hs, ["agree", "agree", "agree", "disagree", "agree", "agree", "agree", "disagree", "agree", "agree"])
    t = tally_of(database, compound.id, rule=rule)
    assert t.rate == 0.8  # the compound as a whole would pass
    assert [(u.unit, u.verdict.passed) for u in t.units] == [("1", True), ("2", False)]
    assert not t.passed
    assert t.threshold_text() == "同意户数≥总户数80%（按单元）"


def test_compounds_are_ranked_by_agreement(database, project):
    with database.write() as session:
        a, ha = make_compound(session, project, "甲小区", 4)
        b, hb = make_compound(session, project, "乙小区", 4)
        c, _hc = make_compound(session, project, "丙小区", 4)
        answer(session, ha, ["agree", "agree", "disagree", "disagree"])
        answer(session, hb, ["agree"] * 4)
    with database.read() as session:
        ranked = consultation.project_tallies(session, project, 1)
    assert [(t.compound, t.rate, t.passed) for t in ranked] == [
        ("乙小区", 1.0, True), ("甲小区", 0.5, False), ("丙小区", 0.0, False)
    ]


def test_rounds_are_separate_and_answers_keep_their_details(database, db_path, project):
    with database.write() as session:
        compound, hs = make_compound(session, project, "幸福里", 2)
        consultation.set_answer(
            session, hs[0], 2,
            AnswerData("agree", ["elevator", "roof", "parking"], True, False, "希望加装电梯", "王主任", VISIT),
        )
    database.close()
    again = open_database(db_path)
    with again.read() as session:
        first = consultation.register(session, compound.id, 1)
        second = consultation.register(session, compound.id, 2)
        counts = consultation.wanted_counts(session, compound.id, 2)
    again.close()
    assert [r.answer for r in first] == [None, None]
    row = second[0]
    # Stored in menu order: basic items first.
    assert (row.answer, row.wanted, row.co_fund, row.pay_property, row.comments, row.visitor, row.visited_on) == (
        "agree", ("roof", "parking", "elevator"), True, False, "希望加装电梯", "王主任", VISIT
    )
    assert counts == {"roof": 1, "parking": 1, "elevator": 1}


@pytest.mark.parametrize(
    "data, field",
    [
        (AnswerData("maybe", visited_on=VISIT), "answer"),
        (AnswerData("agree", ["spaceship"], visited_on=VISIT), "wanted"),
        (AnswerData("agree"), "visited_on"),
        (AnswerData("agree", visited_on=dt.date.today() + dt.timedelta(days=1)), "visited_on"),
    ],
)
def test_bad_answers_are_refused_and_change_nothing(database, project, data, field):
    with database.write() as session:
        compound, hs = make_compound(session, project, "幸福里", 1)
        answer(session, hs, ["disagree"])
    with pytest.raises(errors.ValidationError) as raised, database.write() as session:
        consultation.set_answer(session, roster.get_household(session, hs[0].id), 1, data)
    assert raised.value.field == field
    with database.read() as session:
        assert [r.answer for r in consultation.register(session, compound.id, 1)] == ["disagree"]


def step1(session, project_id) -> ProjectStep:
    step = session.scalars(
        select(ProjectStep).where(ProjectStep.project_id == project_id, ProjectStep.code == "1")
    ).one()
    for material in step.materials:
        materials.set_provided(session, material, True)
    return step


def test_step_one_waits_until_every_compound_passes(database, project):
    with database.write() as session:
        _a, ha = make_compound(session, project, "甲小区", 5)
        _b, hb = make_compound(session, project, "乙小区", 5)
        answer(session, ha, ["agree"] * 5)
        answer(session, hb, ["agree"] * 3 + ["disagree"] * 2)
    with pytest.raises(errors.NeedsConfirmation) as raised, database.write() as session:
        steps.set_status(session, step1(session, project), StepStatus.DONE)
    assert raised.value.reasons == ["乙小区 60.0% (3/5)"]
    assert "below the threshold" in str(raised.value)
    with database.read() as session:
        assert step1(session, project).status == StepStatus.NOT_STARTED
    with database.write() as session:
        answer(session, hb[3:], ["agree", "agree"])
        steps.set_status(session, step1(session, project), StepStatus.DONE)
    with database.read() as session:
        step = step1(session, project)
        assert step.status == StepStatus.DONE and step.override_reason == ""


def test_step_one_can_be_completed_below_the_threshold_with_a_recorded_reason(database, project):
    with database.write() as session:
        _a, ha = make_compound(session, project, "甲小区", 5)
        answer(session, ha, ["agree"] * 2)
        steps.set_status(
            session, step1(session, project), StepStatus.DONE, override_reason="区政府会议纪要同意先行启动"
        )
    with database.read() as session:
        step = step1(session, project)
        assert (step.status, step.override_reason, step.override_by) == (
            StepStatus.DONE, "区政府会议纪要同意先行启动", "tester"
        )
        logged = session.scalars(select(ChangeLog).where(ChangeLog.action == "step.override_consent")).one()
        assert logged.detail["compounds"] == ["甲小区 40.0% (2/5)"]


def test_a_project_without_compounds_cannot_show_consent(database, project):
    with pytest.raises(errors.NeedsConfirmation) as raised, database.write() as session:
        steps.set_status(session, step1(session, project), StepStatus.DONE)
    assert "no compounds" in str(raised.value)


def test_the_gate_is_kept_by_template_copies_and_set_on_old_databases(database, project):
    from supervisor.procedure import templates

    with database.read() as session:
        step = step1(session, project)
        assert step.gate == "consent:1"
        data = templates.template_to_data(get_project(session, project).template)
    assert data["phases"][0]["steps"][0]["gate"] == "consent:1"
    bad = {**data}
    bad["phases"] = [dict(data["phases"][0], steps=[dict(data["phases"][0]["steps"][0], gate="vote:9")])]
    with pytest.raises(errors.ValidationError):
        templates.validate_template_data(bad)
