"""Site checks: validation, location text, lists (filters, sorts, paging), checklists, drafts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib

import pytest
from sqlalchemy import func, select

from supervisor import errors
from supervisor.codes import CATEGORY_NAMES, COMMON_AREA_NAMES, RESULT_NAMES, SEVERITY_NAMES, STATUS_NAMES
from supervisor.db.models import (
    ChangeLog,
    ChecklistItem,
    Photo,
    PhotoBlob,
    PhotoLink,
    ProjectStep,
    Rectification,
    SiteCheck,
)
from supervisor.procedure import templates
from supervisor.projects import people, places
from supervisor.projects.project import ProjectData, get_project
from supervisor.site import checklists, checks, drafts
from supervisor.site.checks import CheckData, CheckFilter
from tests.conftest import build_source

BASE = dt.datetime(2026, 5, 3, 9, 30)


@pytest.fixture
def place(request, database, project):
    """幸福里小区 (1号楼: units 1-2, 3 floors, 2 flats) and 电业局宿舍 in the project."""
    if "many_checks" in request.fixturenames:
        return request.getfixturevalue("listed_source")[1]["place"]
    return write_place(database, project)


def write_place(database, project: int) -> dict:
    with database.write() as session:
        p = get_project(session, project)
        xingfu = places.add_compound(session, p, places.CompoundData("幸福里小区"))
        other = places.add_compound(session, p, places.CompoundData("电业局宿舍"))
        building = places.add_building(session, xingfu, "1号楼", 2, 3, 2)
        other_building = places.add_building(session, other, "1号楼", 1, 2, 2)
        unit1, unit2 = building.units
        h301 = next(h for h in unit2.households if h.number == "301")
        h101_unit1 = next(h for h in unit1.households if h.number == "101")
        step = session.scalars(
            select(ProjectStep).where(ProjectStep.project_id == project, ProjectStep.code == "22")
        ).one()
        return {
            "project": project,
            "compound": xingfu.id,
            "other_compound": other.id,
            "building": building.id,
            "other_building": other_building.id,
            "other_unit": other_building.units[0].id,
            "unit1": unit1.id,
            "unit2": unit2.id,
            "household": h301.id,
            "household_unit1": h101_unit1.id,
            "step": step.id,
        }


@pytest.fixture
def other_project(request, database):
    if "many_checks" in request.fixturenames:
        return request.getfixturevalue("listed_source")[1]["other_project"]
    return write_other_project(database)


def write_other_project(database) -> dict:
    with database.write() as session:
        created = templates.create_project(session, ProjectData(code="T-02", name="另一片区"))
        compound = places.add_compound(session, created, places.CompoundData("别处小区"))
        step = session.scalars(select(ProjectStep).where(ProjectStep.project_id == created.id)).first()
        return {"project": created.id, "compound": compound.id, "step": step.id}


def household_check(place, **changes) -> CheckData:
    data = CheckData(
        project_id=place["project"],
        compound_id=place["compound"],
        building_id=place["building"],
        unit_id=place["unit2"],
        household_id=place["household"],
        work_type="外墙",
        checklist=[{"item": "无空鼓、开裂、渗漏", "ok": False}, {"item": "涂层均匀", "ok": None}],
        result="problem",
        description="外墙空鼓约两平方米",
        inspector="王阿姨",
        checked_at=BASE,
        weather="晴",
    )
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def count(database, model) -> int:
    with database.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def add_photo(session, project_id: int, name: str, check_id: int) -> int:
    photo = Photo(
        sha256=hashlib.sha256(name.encode()).hexdigest(),
        filename=name,
        size=10,
        media_type="image/jpeg",
        width=4,
        height=3,
        phash="0" * 16,
        thumbnail=b"thumb",
    )
    session.add(photo)
    session.flush()
    session.add(PhotoBlob(photo_id=photo.id, original=b"original", preview=b"preview"))
    session.add(PhotoLink(photo_id=photo.id, project_id=project_id, check_id=check_id, role="check"))
    session.flush()
    return photo.id


# --- names ---------------------------------------------------------------------------------


def test_domain_names_cover_every_code():
    from supervisor.codes import CheckCategory, CheckResult, CommonArea, RectificationStatus, Severity

    assert [COMMON_AREA_NAMES[a] for a in CommonArea] == ["道路", "屋面", "楼道", "绿地", "停车场", "管网"]
    assert [CATEGORY_NAMES[c] for c in CheckCategory] == [
        "原材料", "施工质量", "施工进度", "资金拨付", "安全文明施工"
    ]
    assert [RESULT_NAMES[r] for r in CheckResult] == ["合格", "发现问题"]
    assert [SEVERITY_NAMES[s] for s in Severity] == ["一般", "严重", "停工"]
    assert [STATUS_NAMES[s] for s in RectificationStatus] == ["待整改", "已回复", "已销项"]
    assert COMMON_AREA_NAMES["roof"] == "屋面"  # plain codes from the database work too


# --- create and location text --------------------------------------------------------------


def test_a_household_check_is_stored_with_its_location_text(database, place):
    with database.write() as session:
        check_id = checks.create_check(session, household_check(place)).id
    with database.read() as session:
        check = checks.get_check(session, check_id)
        assert check.location_text == "幸福里小区 1号楼 2单元 301"
        assert check.checked_at == BASE
        assert check.checklist[0] == {"item": "无空鼓、开裂、渗漏", "ok": False}
        assert check.created_by == "tester"
        actions = session.scalars(
            select(ChangeLog.action).where(ChangeLog.entity_uuid == check.uuid)
        ).all()
        assert actions == ["check.create"]


@pytest.mark.parametrize(
    "levels, area, expected",
    [
        (("compound",), "roof", "幸福里小区 屋面"),
        (("compound", "building"), "stairwell", "幸福里小区 1号楼 楼道"),
        (("compound", "building", "unit2"), "", "幸福里小区 1号楼 2单元"),
        (("compound",), "", "幸福里小区"),
        ((), "road", "道路"),
    ],
)
def test_location_text_of_common_areas_and_partial_locations(database, place, levels, area, expected):
    ids = {"compound_id": None, "building_id": None, "unit_id": None, "household_id": None}
    key_for = {"compound": "compound_id", "building": "building_id", "unit2": "unit_id"}
    for level in levels:
        ids[key_for[level]] = place[level]
    data = household_check(place, common_area=area, **ids)
    with database.write() as session:
        assert checks.create_check(session, data).location_text == expected


def test_numeric_building_and_unit_names_get_their_suffix(database, place):
    with database.write() as session:
        compound = places.get_compound(session, place["compound"])
        building = places.add_building(session, compound, "7", 1, 1, 1)
        unit = building.units[0]
        data = household_check(
            place, building_id=building.id, unit_id=unit.id, household_id=unit.households[0].id
        )
        assert checks.create_check(session, data).location_text == "幸福里小区 7号楼 1单元 101"


def test_checked_at_defaults_to_now_to_the_minute(database, place):
    before = dt.datetime.now().replace(second=0, microsecond=0)
    with database.write() as session:
        check = checks.create_check(session, household_check(place, checked_at=None))
        stored = check.checked_at
    after = dt.datetime.now()
    assert stored.second == 0 and stored.microsecond == 0
    assert before <= stored <= after


def test_a_check_time_up_to_a_day_ahead_is_accepted(database, place):
    """Clocks and time zones of laptops differ: a few hours ahead is not refused."""
    soon = dt.datetime.now() + dt.timedelta(hours=20)
    with database.write() as session:
        assert checks.create_check(session, household_check(place, checked_at=soon)).id


# --- validation ----------------------------------------------------------------------------


def _invalid_cases(place, other_project):
    return [
        ("inspector", {"inspector": "  "}),
        ("inspector", {"inspector": "名" * 101}),
        ("category", {"category": "beauty"}),
        ("result", {"result": "maybe"}),
        ("common_area", {"common_area": "attic", "household_id": None}),
        ("common_area", {"common_area": "roof"}),  # a household and a common area
        ("compound_id", {"compound_id": other_project["compound"], "building_id": None,
                         "unit_id": None, "household_id": None}),
        ("building_id", {"building_id": place["other_building"], "unit_id": None, "household_id": None}),
        ("building_id", {"compound_id": None}),  # a building needs its compound
        ("unit_id", {"unit_id": place["other_unit"], "household_id": None}),
        ("household_id", {"unit_id": place["unit1"]}),  # unit 1 with a household of unit 2
        ("household_id", {"household_id": place["household_unit1"]}),
        ("household_id", {"unit_id": None, "household_id": place["household"], "building_id": place["building"]}),
        ("checked_at", {"checked_at": dt.datetime.now() + dt.timedelta(days=2)}),
        ("step_id", {"step_id": other_project["step"]}),
        ("description", {"result": "problem", "description": "   "}),
        ("checklist", {"checklist": [{"item": "x", "ok": "yes"}]}),
        ("checklist", {"checklist": ["x"]}),
        ("work_type", {"work_type": "工" * 51}),
    ]


def test_each_invalid_entry_names_its_field_and_writes_nothing(database, place, other_project):
    for expected_field, changes in _invalid_cases(place, other_project):
        data = household_check(place, **changes)
        with pytest.raises(errors.ValidationError) as caught:
            with database.write() as session:
                checks.create_check(session, data)
        assert caught.value.field == expected_field, changes
        assert str(caught.value)
    assert count(database, SiteCheck) == 0


def test_a_passed_check_needs_no_description(database, place):
    with database.write() as session:
        check = checks.create_check(session, household_check(place, result="pass", description=""))
        assert check.result == "pass"


def test_unknown_project_and_unknown_check_are_not_found(database, place):
    with database.write() as session:
        with pytest.raises(errors.NotFound):
            checks.create_check(session, household_check(place, project_id=999))
        with pytest.raises(errors.NotFound):
            checks.get_check(session, 999)
        with pytest.raises(errors.NotFound):
            checks.delete_check(session, 999)


def test_an_inspector_id_must_be_a_known_person(database, place):
    with database.write() as session:
        person = people.add_person(session, "王阿姨")
        assert checks.create_check(session, household_check(place, inspector_id=person.id)).id
        with pytest.raises(errors.ValidationError) as caught:
            checks.create_check(session, household_check(place, inspector_id=person.id + 100))
        assert caught.value.field == "inspector_id"


# --- update and delete ---------------------------------------------------------------------


def test_update_recomputes_location_and_check_data_round_trips(database, place):
    with database.write() as session:
        check_id = checks.create_check(session, household_check(place)).id
    with database.read() as session:
        data = checks.check_data(session, check_id)
    assert data == dataclasses.replace(household_check(place), version=1)
    data.household_id = None
    data.unit_id = None
    data.common_area = "stairwell"
    data.description = "楼道扶手松动"
    with database.write() as session:
        checks.update_check(session, check_id, data)
    with database.read() as session:
        check = checks.get_check(session, check_id)
        assert check.location_text == "幸福里小区 1号楼 楼道"
        assert check.description == "楼道扶手松动"
        stored = checks.check_data(session, check_id)
        assert stored.version > 1 and dataclasses.replace(stored, version=None) == dataclasses.replace(data, version=None)
        actions = session.scalars(
            select(ChangeLog.action).where(ChangeLog.entity_uuid == check.uuid).order_by(ChangeLog.id)
        ).all()
        assert actions == ["check.create", "check.update"]


def test_update_validates_and_cannot_move_a_check_to_another_project(database, place, other_project):
    with database.write() as session:
        check_id = checks.create_check(session, household_check(place)).id
    with pytest.raises(errors.ValidationError) as caught:
        with database.write() as session:
            checks.update_check(session, check_id, household_check(place, inspector=""))
    assert caught.value.field == "inspector"
    with pytest.raises(errors.ValidationError) as caught:
        with database.write() as session:
            checks.update_check(
                session, check_id, household_check(place, project_id=other_project["project"])
            )
    assert caught.value.field == "project_id"
    with database.read() as session:
        assert checks.get_check(session, check_id).inspector == "王阿姨"


def test_delete_removes_the_check_and_its_photo_links_but_keeps_rectifications(database, place):
    from supervisor.site import rectifications

    with database.write() as session:
        check = checks.create_check(session, household_check(place))
        check_id, check_uuid = check.id, check.uuid
        photo_id = add_photo(session, place["project"], "a.jpg", check_id)
        rect_id = rectifications.create_from_check(session, check_id).id
    with database.write() as session:
        checks.delete_check(session, check_id)
    with database.read() as session:
        assert session.get(SiteCheck, check_id) is None
        assert session.scalar(select(func.count()).where(PhotoLink.check_id == check_id)) == 0
        assert session.get(Photo, photo_id) is not None  # the photo itself stays
        rect = session.get(Rectification, rect_id)
        assert rect is not None and rect.check_id is None
        # the rectification's own "before" link to the photo stays
        assert session.scalar(
            select(func.count()).where(PhotoLink.rectification_id == rect_id)
        ) == 1
        actions = session.scalars(
            select(ChangeLog.action).where(ChangeLog.entity_uuid == check_uuid).order_by(ChangeLog.id)
        ).all()
        assert actions == ["check.create", "check.delete"]


def test_the_deletion_summary_counts_what_goes_and_what_stays(database, place):
    from supervisor.site import rectifications

    with database.write() as session:
        check_id = checks.create_check(session, household_check(place)).id
        shared = add_photo(session, place["project"], "shared.jpg", check_id)
        rect = rectifications.create_from_check(session, check_id)  # shows shared.jpg too
        number = rect.number
        own = [add_photo(session, place["project"], name, check_id) for name in ("a.jpg", "b.jpg")]
        other_check = checks.create_check(session, household_check(place)).id
    with database.read() as session:
        summary = checks.deletion_summary(session, check_id)
        assert (summary.photos_deleted, summary.photos_kept, summary.rectifications) == (2, 1, (number,))
        assert summary.number == checks.check_number(check_id, BASE)
        assert summary.location == "幸福里小区 1号楼 2单元 301"
        empty = checks.deletion_summary(session, other_check)
        assert (empty.photos_deleted, empty.photos_kept, empty.rectifications) == (0, 0, ())
    with database.write() as session:
        checks.delete_check(session, check_id)
    with database.read() as session:  # the summary said what happened
        assert [session.get(Photo, i) is None for i in (shared, *own)] == [False, True, True]
        assert session.scalar(select(Rectification.check_id).where(Rectification.number == number)) is None


# --- lists ---------------------------------------------------------------------------------

INSPECTORS = ["王阿姨", "李师傅", "张老师", "刘师傅", "陈阿姨", "杨老师", "赵师傅"]
CATEGORIES = ["materials", "workmanship", "progress", "funds", "safety"]
AREAS = ["", "road", "roof", "stairwell", "green", "parking", "pipes"]


@pytest.fixture(scope="module")
def listed_source(tmp_path_factory, project_source):
    """The project with its ``place``, the ``other_project`` and ``many_checks``, written once
    for this module's list tests (each gets a copy, see ``database_source``)."""
    base, project_id = project_source

    def build(database):
        place = write_place(database, project_id)
        other_project = write_other_project(database)
        rows = write_many_checks(database, place, other_project)
        return {"place": place, "other_project": other_project, "many_checks": rows}

    return build_source(tmp_path_factory.mktemp("listed") / "listed.sqlite", base, build)


@pytest.fixture
def database_source(request, database_source):
    """The list tests start from ``listed_source``; the others as everywhere."""
    if "many_checks" in request.fixturenames:
        return request.getfixturevalue("listed_source")[0]
    return database_source


@pytest.fixture
def many_checks(request, database, place, other_project):
    """300 varied checks in the project (pairs share a time, for ties) and 5 elsewhere; returns
    their rows as dicts."""
    return request.getfixturevalue("listed_source")[1]["many_checks"]


def write_many_checks(database, place, other_project) -> list[dict]:
    made = []
    with database.write() as session:
        compounds = [place["compound"], place["other_compound"]]
        for i in range(300):
            area = AREAS[i % len(AREAS)]
            compound = compounds[i % 2]
            building = place["building"] if compound == place["compound"] and not area and i % 3 else None
            data = CheckData(
                project_id=place["project"],
                compound_id=compound if i % 11 else None,
                building_id=building if i % 11 else None,
                common_area=area,
                category=CATEGORIES[i % 5],
                work_type="外墙",
                result="problem" if i % 4 == 0 else "pass",
                description=("外墙空鼓" if i % 4 == 0 else "符合要求") + "。" + "说明" * (i % 150),
                inspector=INSPECTORS[i % 7],
                checked_at=BASE + dt.timedelta(hours=i // 2 * 7),
                step_id=place["step"] if i % 10 == 0 else None,
            )
            made.append(checks.create_check(session, data))
        for i in range(5):
            checks.create_check(
                session,
                CheckData(
                    project_id=other_project["project"],
                    compound_id=other_project["compound"],
                    inspector="外人",
                    checked_at=BASE + dt.timedelta(days=i),
                ),
            )
        rows = [
            {
                "id": c.id,
                "checked_at": c.checked_at,
                "location": c.location_text,
                "category": c.category,
                "result": c.result,
                "inspector": c.inspector,
                "compound_id": c.compound_id,
                "step_id": c.step_id,
                "description": c.description,
            }
            for c in made
        ]
        # photos on every 6th check, a rectification on every 50th
        for row in rows[::6]:
            add_photo(session, place["project"], f"p{row['id']}.jpg", row["id"])
        from supervisor.site import rectifications

        for row in rows[::50]:
            rectifications.create_from_check(session, row["id"], problem="问题")
    return rows


def expected_ids(rows, keep=lambda r: True, sort="checked_at", descending=True):
    chosen = [r for r in rows if keep(r)]
    chosen.sort(key=lambda r: (r[sort], r["id"]), reverse=descending)
    return [r["id"] for r in chosen]


def listed(database, f, **kw):
    with database.read() as session:
        return checks.list_checks(session, f, **kw)


def test_default_list_is_newest_first_with_ties_by_id(database, place, many_checks):
    f = CheckFilter(project_id=place["project"])
    rows = listed(database, f)
    assert [r.id for r in rows] == expected_ids(many_checks)[:200]
    assert rows[0].checked_at >= rows[-1].checked_at
    with database.read() as session:
        assert checks.count_checks(session, f) == 300
        assert checks.count_checks(session, CheckFilter()) == 305


def test_every_sort_key_pages_through_all_rows_in_order(database, place, many_checks):
    f = CheckFilter(project_id=place["project"])
    for sort in checks.SORT_KEYS:
        for descending in (False, True):
            pages = []
            for offset in range(0, 300, 70):
                page = listed(database, f, sort=sort, descending=descending, offset=offset, limit=70)
                pages.extend(r.id for r in page)
            assert pages == expected_ids(many_checks, sort=sort, descending=descending), (sort, descending)


def test_unknown_sort_key_is_refused(database, place):
    with database.read() as session:
        with pytest.raises(ValueError):
            checks.list_checks(session, CheckFilter(), sort="colour")


FILTER_CASES = [
    (lambda p: CheckFilter(project_id=p["project"], compound_id=p["compound"]),
     lambda p: lambda r: r["compound_id"] == p["compound"]),
    (lambda p: CheckFilter(project_id=p["project"], category="funds"),
     lambda p: lambda r: r["category"] == "funds"),
    (lambda p: CheckFilter(project_id=p["project"], result="problem"),
     lambda p: lambda r: r["result"] == "problem"),
    (lambda p: CheckFilter(project_id=p["project"], inspector="李师傅"),
     lambda p: lambda r: r["inspector"] == "李师傅"),
    (lambda p: CheckFilter(project_id=p["project"], step_id=p["step"]),
     lambda p: lambda r: r["step_id"] == p["step"]),
    (lambda p: CheckFilter(project_id=p["project"], date_from=dt.date(2026, 5, 10), date_to=dt.date(2026, 5, 20)),
     lambda p: lambda r: dt.date(2026, 5, 10) <= r["checked_at"].date() <= dt.date(2026, 5, 20)),
    (lambda p: CheckFilter(project_id=p["project"], date_to=dt.date(2026, 5, 3)),
     lambda p: lambda r: r["checked_at"].date() <= dt.date(2026, 5, 3)),
    (lambda p: CheckFilter(project_id=p["project"], search="外墙空鼓"),
     lambda p: lambda r: "外墙空鼓" in r["description"]),
    (lambda p: CheckFilter(project_id=p["project"], search="屋面"),
     lambda p: lambda r: "屋面" in r["location"]),
    (lambda p: CheckFilter(project_id=p["project"], compound_id=p["compound"],
                           result="problem", category="materials", search="空鼓"),
     lambda p: lambda r: r["compound_id"] == p["compound"] and r["result"] == "problem"
     and r["category"] == "materials"),
]


def test_filters_count_and_list_the_same_rows(database, place, many_checks):
    for make_filter, keep in FILTER_CASES:
        f = make_filter(place)
        expected = expected_ids(many_checks, keep(place))
        assert expected, f"the case should select something: {f}"
        with database.read() as session:
            assert checks.count_checks(session, f) == len(expected), f
            assert [r.id for r in checks.list_checks(session, f, limit=None)] == expected, f
            by_location = checks.list_checks(session, f, sort="location", descending=False, limit=None)
            assert [r.id for r in by_location] == expected_ids(
                many_checks, keep(place), sort="location", descending=False
            ), f
            first = checks.list_checks(session, f, sort="inspector", limit=7, offset=3)
            assert [r.id for r in first] == expected_ids(many_checks, keep(place), sort="inspector")[3:10], f


def test_rows_carry_names_counts_and_a_short_description(database, place, many_checks):
    with database.read() as session:
        rows = {r.id: r for r in checks.list_checks(session, CheckFilter(project_id=place["project"]), limit=None)}
        photo_counts = dict(
            session.execute(select(PhotoLink.check_id, func.count()).group_by(PhotoLink.check_id)).all()
        )
        rect_counts = dict(
            session.execute(
                select(Rectification.check_id, func.count()).group_by(Rectification.check_id)
            ).all()
        )
    for source in many_checks:
        row = rows[source["id"]]
        assert row.photo_count == photo_counts.get(row.id, 0)
        assert row.rectification_count == rect_counts.get(row.id, 0)
        assert row.description == source["description"][:200]
        assert row.location_text == source["location"]
        if source["compound_id"] == place["compound"]:
            assert row.compound_name == "幸福里小区"
        elif source["compound_id"] is None:
            assert row.compound_name == ""
        assert row.step_code == ("22" if source["step_id"] else "")
    assert sum(r.photo_count for r in rows.values()) == 50
    assert sum(r.rectification_count for r in rows.values()) == 6
    assert max(len(r.description) for r in rows.values()) == 200


def test_checks_for_step(database, place, many_checks):
    with database.read() as session:
        rows = checks.checks_for_step(session, place["step"])
    assert [r.id for r in rows] == expected_ids(many_checks, lambda r: r["step_id"] == place["step"])
    assert len(rows) == 30


def test_paging_past_the_end_is_empty(database, place, many_checks):
    assert listed(database, CheckFilter(project_id=place["project"]), offset=300) == []


# --- checklists ----------------------------------------------------------------------------

WORK_TYPES = ["外墙", "屋面", "雨污分流", "给水", "线缆", "道路", "照明", "绿化", "停车",
              "电动自行车充电", "电梯", "燃气"]


def test_the_checklist_file_has_every_work_type():
    seeds = checklists.load_checklist_file()
    assert list(seeds) == WORK_TYPES
    assert all(items and all(isinstance(i, str) and i.strip() for i in items) for items in seeds.values())
    assert any("250" in item for item in seeds["屋面"])
    assert any("闭水" in item for item in seeds["雨污分流"])


def test_seed_checklist_is_idempotent(database):
    with database.write() as session:
        added = checklists.seed_checklist(session)
        assert added == sum(len(v) for v in checklists.load_checklist_file().values())
        assert checklists.seed_checklist(session) == 0
    with database.write() as session:
        assert checklists.seed_checklist(session) == 0
        assert checklists.work_types(session) == WORK_TYPES
        items = checklists.checklist_items(session, "屋面")
        assert [text for _id, text in items] == checklists.load_checklist_file()["屋面"]
    assert count(database, ChecklistItem) == added


def test_an_edited_checklist_is_not_seeded_again(database):
    with database.write() as session:
        checklists.add_checklist_item(session, "外墙", "自定义检查点")
        assert checklists.seed_checklist(session) == 0
        assert checklists.work_types(session) == ["外墙"]


def test_checklist_items_can_be_added_edited_moved_and_removed(database):
    with database.write() as session:
        checklists.seed_checklist(session)
        new = checklists.add_checklist_item(session, " 燃气 ", " 燃气表具安装牢固 ")
        assert new.work_type == "燃气" and new.text == "燃气表具安装牢固"
        texts = lambda: [t for _i, t in checklists.checklist_items(session, "燃气")]  # noqa: E731
        assert texts()[-1] == "燃气表具安装牢固"
        checklists.move_checklist_item(session, new.id, -2)
        assert texts()[-3] == "燃气表具安装牢固"
        checklists.move_checklist_item(session, new.id, -100)
        assert texts()[0] == "燃气表具安装牢固"
        checklists.move_checklist_item(session, new.id, 100)
        assert texts()[-1] == "燃气表具安装牢固"
        checklists.update_checklist_item(session, new.id, "表具牢固")
        assert texts()[-1] == "表具牢固"
        checklists.remove_checklist_item(session, new.id)
        assert "表具牢固" not in texts()
        other = checklists.add_checklist_item(session, "室内改造", "门窗开关灵活")
        assert checklists.work_types(session)[-1] == "室内改造"
        assert checklists.checklist_items(session, "室内改造") == [(other.id, "门窗开关灵活")]


def test_checklist_edits_are_validated(database):
    with database.write() as session:
        with pytest.raises(errors.ValidationError) as caught:
            checklists.add_checklist_item(session, "外墙", "  ")
        assert caught.value.field == "text"
        with pytest.raises(errors.ValidationError) as caught:
            checklists.add_checklist_item(session, " ", "x")
        assert caught.value.field == "work_type"
        item = checklists.add_checklist_item(session, "外墙", "x")
        with pytest.raises(errors.ValidationError):
            checklists.update_checklist_item(session, item.id, "")
        with pytest.raises(errors.NotFound):
            checklists.remove_checklist_item(session, item.id + 1)
        with pytest.raises(errors.NotFound):
            checklists.move_checklist_item(session, item.id + 1, 1)


# --- drafts --------------------------------------------------------------------------------


def test_drafts_are_saved_replaced_loaded_and_discarded(database, place):
    payload = drafts.check_payload(household_check(place))
    with database.write() as session:
        assert drafts.load_draft(session, "check", "new") is None
        drafts.save_draft(session, "check", "new", payload)
    with database.write() as session:
        assert drafts.load_draft(session, "check", "new") == payload
        drafts.save_draft(session, "check", "new", {**payload, "description": "改了"})
        drafts.save_draft(session, "check", "17", {"other": 1})
    with database.read() as session:
        loaded = drafts.load_draft(session, "check", "new")
        assert loaded["description"] == "改了"
        assert drafts.check_from_payload(loaded) == household_check(place, description="改了")
        assert drafts.load_draft(session, "rectification", "new") is None
    with database.write() as session:
        drafts.discard_draft(session, "check", "new")
        drafts.discard_draft(session, "check", "nothing there")
    with database.read() as session:
        assert drafts.load_draft(session, "check", "new") is None
        assert drafts.load_draft(session, "check", "17") == {"other": 1}


def test_a_draft_must_be_json(database):
    with database.write() as session:
        with pytest.raises(TypeError):
            drafts.save_draft(session, "check", "new", {"when": dt.datetime.now()})


def test_payload_of_a_check_without_time_and_with_unknown_keys(database, place):
    data = household_check(place, checked_at=None)
    payload = drafts.check_payload(data)
    assert payload["checked_at"] is None
    assert drafts.check_from_payload({**payload, "photo_links": [1, 2]}) == data


@pytest.mark.sqlite_only
def test_the_default_first_page_reads_the_time_index_without_sorting(database, place, many_checks):
    """With 100,000 checks the project's rows must not all be sorted to show 200 of them."""
    from sqlalchemy import event

    seen = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        seen.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", remember)
    try:
        listed(database, CheckFilter(project_id=place["project"]))
    finally:
        event.remove(database.engine, "before_cursor_execute", remember)
    statement, parameters = next((s, p) for s, p in seen if "FROM site_check" in s)
    with database.read() as session:
        plan = [
            row[3]
            for row in session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
        ]
    page_plan = [step for step in plan if "site_check" in step and "USING INDEX" in step]
    assert any("ix_site_check_checked_at" in step for step in page_plan), plan
    # the only sort is of the page's 200 rows, after the join (one temp b-tree at most)
    assert sum("TEMP B-TREE" in step for step in plan) <= 1, plan


@pytest.mark.sqlite_only
def test_a_count_reads_the_narrowest_index(database, place, many_checks):
    """The project's index holds nearly every check of a district: a count filtered on an
    indexed column reads that column's index ("project_id + 0"), an unfiltered one the
    project's. The public conditions (the ledgers') let the same checks through."""
    from sqlalchemy import event

    def plan(work) -> list[str]:
        seen = []

        def remember(conn, cursor, statement, parameters, context, executemany):
            seen.append((statement, parameters))

        event.listen(database.engine, "before_cursor_execute", remember)
        try:
            with database.read() as session:
                work(session)
        finally:
            event.remove(database.engine, "before_cursor_execute", remember)
        statement, parameters = seen[-1]
        with database.read() as session:
            explain = session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            return [row[3] for row in explain]

    everything = CheckFilter(project_id=place["project"])
    funds = CheckFilter(project_id=place["project"], category="funds")
    assert "ix_site_check_project_id" in str(plan(lambda s: checks.count_checks(s, everything)))
    assert "ix_site_check_category" in str(plan(lambda s: checks.count_checks(s, funds)))
    by_ledger = select(func.count()).select_from(SiteCheck).where(*checks.conditions(funds))
    with database.read() as session:
        assert session.scalar(by_ledger) == checks.count_checks(session, funds) > 0


def test_deleting_a_check_deletes_the_photos_nothing_else_shows(database, place):
    from supervisor.db.models import PhotoBlob

    with database.write() as session:
        check_id = checks.create_check(session, household_check(place)).id
        only_here = add_photo(session, place["project"], "only.jpg", check_id)
    with database.write() as session:
        checks.delete_check(session, check_id)
    with database.read() as session:
        assert session.get(Photo, only_here) is None
        assert session.scalar(select(func.count()).select_from(PhotoBlob)) == 0


def test_a_check_edit_begun_before_someone_else_saved_it_is_refused(database, place):
    from supervisor.db.audit import current_user, set_current_user

    with database.write() as session:
        check_id = checks.save_check(session, None, household_check(place, description="外墙空鼓"))
    with database.read() as session:
        mine = checks.check_data(session, check_id)
    me = current_user()
    set_current_user("李秀英")
    try:
        with database.write() as session:
            theirs = checks.check_data(session, check_id)
            theirs.description = "外墙空鼓两处"
            checks.save_check(session, check_id, theirs)
    finally:
        set_current_user(me)
    mine.weather = "雨"
    with pytest.raises(errors.EditConflict) as caught:
        with database.write() as session:
            checks.save_check(session, check_id, mine)
    lines = str(caught.value).splitlines()
    assert "was changed by 李秀英 at " in lines[0] and lines[0].startswith("XC-")
    assert lines[-2:] == ["Description: 外墙空鼓两处 → 外墙空鼓", "Weather: 晴 → 雨"]
    with database.read() as session:
        assert checks.check_data(session, check_id).weather == "晴"
