"""Opinions and complaints, supervision days, satisfaction surveys and their rates."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from supervisor import errors
from supervisor.db.engine import open_database
from supervisor.db.models import Opinion, Rectification
from supervisor.procedure import templates
from supervisor.projects import places
from supervisor.projects.project import ProjectData, get_project
from supervisor.residents import opinions, roster, rules, supervision_days, surveys
from supervisor.residents.opinions import OpinionData, OpinionFilter
from supervisor.residents.roster import HouseholdData
from supervisor.residents.supervision_days import DayData, IssueData
from supervisor.residents.surveys import SurveyData
from supervisor.site import resident_issues

MONDAY = dt.date(2026, 6, 1)


@pytest.fixture
def place(database, project):
    with database.write() as session:
        p = get_project(session, project)
        compound = places.add_compound(session, p, places.CompoundData("幸福里小区"))
        households = [
            roster.add_household(session, compound, HouseholdData("1号楼", "1", str(101 + i), f"户主{i}"))
            for i in range(4)
        ]
        return {"project": project, "compound": compound.id, "households": [h.id for h in households]}


def opinion(place, **changes) -> OpinionData:
    data = OpinionData(
        project_id=place["project"],
        compound_id=place["compound"],
        household_id=place["households"][0],
        person="户主0",
        phone="13812345678",
        channel="hotline",
        category="disturbance",
        content="晚上十点后还在切割钢管，噪音太大",
        received_on=MONDAY,
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def test_a_reply_is_due_in_working_days_and_an_open_opinion_goes_overdue(database, place):
    with database.write() as session:
        created = opinions.create_opinion(session, opinion(place))
    assert created.reply_due == dt.date(2026, 6, 8)  # 5 working days after Monday 1 June
    with database.read() as session:
        (row,) = opinions.list_opinions(session, OpinionFilter(place["project"]), today=dt.date(2026, 6, 10))
        assert (row.status, row.overdue_days, row.household) == ("open", 2, "1号楼-1-101")
        overdue = opinions.list_opinions(
            session, OpinionFilter(place["project"], overdue_only=True), today=dt.date(2026, 6, 8)
        )
        assert overdue == []
        assert opinions.open_opinion_count(session, place["project"], dt.date(2026, 6, 10)) == (1, 1)


def test_the_reply_period_is_a_setting(database, place):
    with database.write() as session:
        rules.set_opinion_settings(session, rules.OpinionSettings(reply_days=3))
        created = opinions.create_opinion(session, opinion(place))
    assert created.reply_due == dt.date(2026, 6, 4)
    with pytest.raises(errors.ValidationError), database.write() as session:
        rules.set_opinion_settings(session, rules.OpinionSettings(reply_days=0))


def test_a_reply_closes_the_overdue_count_and_survives_reopening(database, db_path, place):
    with database.write() as session:
        created = opinions.create_opinion(session, opinion(place))
        data = opinions.opinion_data(created)
        data.reply, data.replied_on, data.handler = "已要求施工单位22点后停止高噪音作业", dt.date(2026, 6, 10), "街道城建办"
        opinions.update_opinion(session, created, data)
        opinion_id = created.id
    database.close()
    again = open_database(db_path)
    with again.read() as session:
        (row,) = opinions.list_opinions(session, OpinionFilter(place["project"]), today=dt.date(2026, 6, 20))
        assert (row.status, row.reply, row.handler, row.overdue_days) == (
            "replied", "已要求施工单位22点后停止高噪音作业", "街道城建办", 2
        )
        assert opinions.open_opinion_count(session, place["project"], dt.date(2026, 6, 20)) == (0, 0)
    with again.write() as session:
        opinions.set_closed(session, opinions.get_opinion(session, opinion_id), True)
    with again.read() as session:
        assert opinions.get_opinion(session, opinion_id).status == "closed"
    again.close()


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"content": "  "}, "content"),
        ({"received_on": None}, "received_on"),
        ({"received_on": dt.date.today() + dt.timedelta(days=2)}, "received_on"),
        ({"phone": "12345"}, "phone"),
        ({"channel": "pigeon"}, "channel"),
        ({"reply": "已处理"}, "replied_on"),
        ({"reply": "已处理", "replied_on": dt.date(2026, 5, 1)}, "replied_on"),
        ({"replied_on": dt.date(2026, 6, 3)}, "reply"),
    ],
)
def test_bad_opinions_are_refused_and_nothing_is_stored(database, place, changes, field):
    with pytest.raises(errors.ValidationError) as raised, database.write() as session:
        opinions.create_opinion(session, opinion(place, **changes))
    assert raised.value.field == field
    with database.read() as session:
        assert session.scalars(select(Opinion)).all() == []


def test_an_opinion_cannot_be_closed_before_it_is_answered(database, place):
    with database.write() as session:
        created = opinions.create_opinion(session, opinion(place))
        with pytest.raises(errors.RuleViolation):
            opinions.set_closed(session, created, True)


def test_opinions_are_found_by_text_and_status(database, place):
    with database.write() as session:
        opinions.create_opinion(session, opinion(place))
        opinions.create_opinion(session, opinion(place, content="楼道灯不亮", category="quality"))
    with database.read() as session:
        found = opinions.list_opinions(session, OpinionFilter(place["project"], text="灯"))
        assert [r.content for r in found] == ["楼道灯不亮"]
        assert len(opinions.list_opinions(session, OpinionFilter(place["project"], status="open"))) == 2
        assert opinions.list_opinions(session, OpinionFilter(place["project"], status="replied")) == []


def test_a_supervision_day_issue_becomes_an_opinion_or_a_rectification(database, place):
    with database.write() as session:
        day = supervision_days.save_day(
            session,
            DayData(
                place["project"], dt.date(2026, 6, 15), place["compound"], "社区活动室",
                "张桂兰、李建国\n王秀英",
                issues=[
                    IssueData("3号楼雨水管接入污水井", "李建国", "施工单位", dt.date(2026, 6, 22)),
                    IssueData("希望公示工程款拨付情况", "王秀英", "街道"),
                ],
            ),
        )
        first, second = (i.id for i in day.issues)
        rect = resident_issues.issue_to_rectification(session, first, responsible_party="某建设集团", deadline_days=5)
        made = supervision_days.issue_to_opinion(session, second)
        with pytest.raises(errors.RuleViolation):
            supervision_days.issue_to_opinion(session, second)
    with database.read() as session:
        (row,) = supervision_days.list_days(session, place["project"])
        assert row.attendee_count == 3 and row.compound == "幸福里小区"
        assert [(i.rectification_number, i.opinion_id) for i in row.issues] == [(rect.number, None), ("", made.id)]
        stored = session.get(Rectification, rect.id)
        assert (stored.source, stored.problem, stored.compound_id) == ("resident", "3号楼雨水管接入污水井", place["compound"])
        registered = session.get(Opinion, made.id)
        assert (registered.channel, registered.received_on, registered.person) == (
            "supervision_day", dt.date(2026, 6, 15), "王秀英"
        )


def test_editing_a_supervision_day_keeps_the_links_of_its_issues(database, place):
    with database.write() as session:
        day = supervision_days.save_day(
            session, DayData(place["project"], dt.date(2026, 6, 15), issues=[IssueData("甲"), IssueData("乙")])
        )
        made = supervision_days.issue_to_opinion(session, day.issues[0].id)
    with database.write() as session:
        (row,) = supervision_days.list_days(session, place["project"])
        data = row.to_data(place["project"])
        data.issues = data.issues[:1]
        data.issues[0].content = "甲（补充）"
        supervision_days.save_day(session, data, supervision_days.get_day(session, row.id))
    with database.read() as session:
        (row,) = supervision_days.list_days(session, place["project"])
        assert [(i.content, i.opinion_id) for i in row.issues] == [("甲（补充）", made.id)]


def test_an_issue_due_before_its_day_is_refused(database, place):
    with pytest.raises(errors.ValidationError), database.write() as session:
        supervision_days.save_day(
            session, DayData(place["project"], MONDAY, issues=[IssueData("x", due=MONDAY - dt.timedelta(days=1))])
        )


# --- surveys ------------------------------------------------------------------------------


def survey(place, index, overall, **ratings) -> SurveyData:
    return SurveyData(
        place["compound"],
        place["households"][index] if index is not None else None,
        "visit",
        {"overall": overall, **ratings} if overall else dict(ratings),
        surveyor="社区小李",
        surveyed_on=dt.date(2026, 10, 10),
    )


def test_satisfaction_rate_counts_valid_forms(database, place):
    with database.write() as session:
        surveys.save_survey(session, survey(place, 0, "very_satisfied", roads="satisfied"))
        surveys.save_survey(session, survey(place, 1, "basically_satisfied", roads="unsatisfied"))
        surveys.save_survey(session, survey(place, 2, "unsatisfied"))
        surveys.save_survey(session, survey(place, None, None, roads="satisfied"))  # no overall: not valid
    with database.read() as session:
        result = surveys.compound_satisfaction(session, place["compound"])
        total, per_compound = surveys.project_satisfaction(session, place["project"])
    assert (result.overall.forms, result.overall.valid, result.overall.satisfied) == (4, 3, 2)
    assert result.overall.rate == pytest.approx(2 / 3)
    assert result.items["roads"].rate == pytest.approx(2 / 3)
    assert result.items["elevator"].rate is None
    assert result.coverage == 1.0  # 4 forms for 4 households
    assert total.overall.rate == pytest.approx(2 / 3) and per_compound[0].name == "幸福里小区"


def test_one_form_per_household_and_bad_ratings_are_refused(database, place):
    with database.write() as session:
        surveys.save_survey(session, survey(place, 0, "satisfied"))
    for data, field in [
        (survey(place, 0, "satisfied"), "household"),
        (survey(place, 1, "thrilled"), "ratings"),
        (survey(place, 1, None), "ratings"),
        (SurveyData(place["compound"], None, "visit", {"overall": "satisfied"}), "surveyed_on"),
    ]:
        with pytest.raises(errors.ValidationError) as raised, database.write() as session:
            surveys.save_survey(session, data)
        assert raised.value.field == field
    with database.read() as session:
        assert len(surveys.list_surveys(session, place["compound"])) == 1


def test_projects_are_compared_by_satisfaction(database, place):
    with database.write() as session:
        other = templates.create_project(session, ProjectData(code="T-02", name="二片区"))
        c2 = places.add_compound(session, other, places.CompoundData("电业局宿舍"))
        h = roster.add_household(session, c2, HouseholdData("1", "1", "101", "甲"))
        templates.create_project(session, ProjectData(code="T-03", name="未调查片区"))
        surveys.save_survey(session, survey(place, 0, "unsatisfied"))
        surveys.save_survey(session, survey(place, 1, "satisfied"))
        surveys.save_survey(
            session, SurveyData(c2.id, h.id, "qr_code", {"overall": "satisfied"}, surveyed_on=dt.date(2026, 10, 1))
        )
    with database.read() as session:
        compared = surveys.compare_projects(session)
    assert [(p.code, p.satisfaction.overall.rate) for p in compared] == [("T-02", 1.0), ("T-01", 0.5), ("T-03", None)]

