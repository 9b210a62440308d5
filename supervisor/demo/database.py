"""The demo database: a realistic sample district, dated relative to today.

Three area projects with six compounds (buildings, units, households), people and parties, and
procedure steps in every state: completed with attached files, in progress, not started, not
applicable, waived materials, an override of the consent gate, steps that went ahead of an
unfinished one with the reason recorded, and a few overdue steps; each step done after the steps
it depends on. The third project is finished and in long-term management, its acceptance record
dated by its steps (a failed item rectified and re-tested before acceptance was granted). Site
checks with photos and rectification items in every state come from ``demo_site``; owners,
consultation rounds, opinions, supervision days and satisfaction surveys from ``demo_residents``.
Everything goes through the same services a user's clicks do, so the rules hold.
"""

from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from supervisor import errors
from supervisor.codes import StepStatus
from supervisor.db.engine import Database, open_database, to_url
from supervisor.db.models import Project
from supervisor.demo.marker import mark_as_sample
from supervisor.documents.letterhead import set_letterhead
from supervisor.i18n import QT_TRANSLATE_NOOP
from supervisor.procedure import materials, templates
from supervisor.procedure.steps import load_steps, set_status
from supervisor.procedure.templates import create_project
from supervisor.projects import places
from supervisor.projects.people import add_person
from supervisor.projects.project import PartyData, ProjectData

PEOPLE = [
    ("王建国", "项目负责人", "东湖街道办事处", "13800010001"),
    ("李秀英", "群众质量监督员", "幸福里社区", "13800010002"),
    ("张伟", "总监理工程师", "华建工程监理有限公司", "13800010003"),
    ("刘强", "项目经理", "城建第三工程有限公司", "13800010004"),
    ("陈静", "资料员", "东湖街道办事处", "13800010005"),
    ("赵敏", "设计负责人", "市规划建筑设计院", "13800010006"),
]

PROJECTS = [
    {
        "data": ProjectData(
            code="DH-2026-01",
            name="东湖街道2026年老旧小区改造一片区",
            district="江北区",
            street="东湖街道",
            community="幸福里社区",
            project_class="basic",
            budget=Decimal("12860000.00"),
            notes="含幸福里、光明新村、纺织厂宿舍三个小区，一小区一方案。",
            parties={
                "client": PartyData("东湖街道办事处", "王建国", "13800010001"),
                "contractor": PartyData("城建第三工程有限公司", "刘强", "13800010004"),
                "supervisor": PartyData("华建工程监理有限公司", "张伟", "13800010003"),
                "designer": PartyData("市规划建筑设计院", "赵敏", "13800010006"),
            },
        ),
        "start_offset": -170,
        "length": 300,
        "compounds": [
            ("幸福里小区", "东湖路18号", 1992, [("1号楼", 3, 6, 2), ("2号楼", 2, 6, 2), ("3号楼", 2, 5, 2)]),
            ("光明新村", "光明街5号", 1988, [("1栋", 2, 5, 2), ("2栋", 2, 5, 2)]),
            ("纺织厂宿舍", "纺织路66号", 1985, [("甲栋", 2, 4, 3)]),
        ],
        # steps 1-20 done, 21-25 done or in progress, the rest not started
        "done_through": 24,
        "in_progress": ["25", "26", "28", "29", "31"],
        "not_applicable": ["34"],
        "overdue": {"26": -12, "28": -5},
        "overdue_note": "施工单位整改及计量资料报送滞后，已约谈项目经理。",
    },
    {
        "data": ProjectData(
            code="DH-2026-02",
            name="东湖街道2026年老旧小区改造二片区",
            district="江北区",
            street="东湖街道",
            community="新华社区",
            project_class="improvement",
            budget=Decimal("6420000.00"),
            notes="含新华里、电业局宿舍两个小区，拟加装电梯4部。施工单位待招标确定。",
            parties={
                "client": PartyData("东湖街道办事处", "王建国", "13800010001"),
                "supervisor": PartyData("华建工程监理有限公司", "张伟", "13800010003"),
                "designer": PartyData("市规划建筑设计院", "赵敏", "13800010006"),
            },
        ),
        "start_offset": -45,
        "length": 240,
        "compounds": [
            ("新华里", "新华路9号", 1995, [("A座", 2, 7, 2), ("B座", 2, 7, 2)]),
            ("电业局宿舍", "电力巷3号", 1990, [("1号楼", 3, 6, 2)]),
        ],
        "done_through": 5,
        # round 2 of the consultation is still under way in 新华里: the scheme step stays open,
        # and the meeting's decision let the approval and the tender go ahead of it
        "still_open": ["2"],
        "in_progress": ["6"],
        "not_applicable": [],
        "overdue": {"6": -3},
        "overdue_note": "资格审查材料需补正，进度滞后，已督促招标代理机构。",
        "consent_override": "电业局宿舍第一轮同意率未达80%，经街道联席会议研究，先行启动招标，"
        "同步继续入户做工作，开工前再次征询。",
        "early_reason": "经街道联席会议研究，第二轮方案征询与立项评审、招标准备并行推进，"
        "第二轮征询结果作为开工前提。",
    },
    {
        "data": ProjectData(
            code="DH-2025-03",
            name="东湖街道2025年老旧小区改造三片区",
            district="江北区",
            street="东湖街道",
            community="和平社区",
            project_class="basic",
            budget=Decimal("3980000.00"),
            notes="含和平里小区，已竣工验收，进入长效管理。",
            parties={
                "client": PartyData("东湖街道办事处", "王建国", "13800010001"),
                "contractor": PartyData("城建第三工程有限公司", "刘强", "13800010004"),
                "supervisor": PartyData("华建工程监理有限公司", "张伟", "13800010003"),
                "designer": PartyData("市规划建筑设计院", "赵敏", "13800010006"),
            },
        ),
        "start_offset": -430,
        "length": 400,
        "compounds": [
            ("和平里小区", "和平路27号", 1989, [("1号楼", 2, 6, 2), ("2号楼", 2, 6, 2)]),
        ],
        "done_through": 43,
        "in_progress": ["44", "45"],
        "not_applicable": [],
        "overdue": {},
    },
]


def _demo_file(step_code: str, material: str) -> tuple[str, bytes]:
    """A small, real text document standing in for a scanned material."""
    body = (
        f"{material}\n步骤 {step_code}\n"
        "（演示数据：此文件代表已归档的扫描件。）\n"
    ).encode("utf-8")
    return f"{material}.txt", body


def _complete(session, step, day: dt.date, attach_files: bool, override: str = "") -> None:
    for index, material in enumerate(step.materials):
        if not material.required:
            continue
        if attach_files and index == 0:
            name, data = _demo_file(step.code, material.name)
            materials.attach(session, material, name, data)
        else:
            materials.set_provided(session, material, True)
    step.actual_start = step.actual_start or day - dt.timedelta(days=3)
    step.actual_end = day
    set_status(session, step, StepStatus.DONE, today=day, override_reason=override)


def _emblem() -> bytes:
    """The demo street office's logo: a house under a roof in a ring, drawn here (PNG)."""
    import io

    from PIL import Image, ImageDraw

    size = 240
    image = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    red = (190, 30, 45, 255)
    draw.ellipse((6, 6, size - 6, size - 6), outline=red, width=14)
    draw.polygon([(size / 2, 48), (48, 124), (size - 48, 124)], fill=red)
    draw.rectangle((76, 124, size - 76, 186), fill=red)
    draw.rectangle((size / 2 - 14, 146, size / 2 + 14, 186), fill=(255, 255, 255, 255))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def populate(database: Database, today: dt.date | None = None) -> None:
    """Fill an empty database with the demo district."""
    today = today or dt.date.today()
    from supervisor.db.audit import current_user, set_current_user

    previous = current_user()
    set_current_user(PEOPLE[0][0])  # the demo's records are made by its project manager
    try:
        _populate(database, today)
    finally:
        set_current_user(previous)


def _populate(database: Database, today: dt.date) -> None:
    import random

    from supervisor.demo import residents

    rng = random.Random(2026)
    made = []
    with database.write() as session:
        mark_as_sample(session)
        set_letterhead(session, unit="江北区东湖街道办事处", firm="华建工程监理有限公司", logo=_emblem())
        template = templates.default_template(session)
        people = [add_person(session, *p) for p in PEOPLE]
        manager = people[0]
        for spec in PROJECTS:
            data = spec["data"]
            data.planned_start = today + dt.timedelta(days=spec["start_offset"])
            data.planned_end = data.planned_start + dt.timedelta(days=spec["length"])
            project = create_project(session, data, template)
            for name, address, year, buildings in spec["compounds"]:
                compound = places.add_compound(
                    session, project, places.CompoundData(name, address, year)
                )
                for b_name, units, floors, flats in buildings:
                    places.add_building(session, compound, b_name, units, floors, flats)
                compound.households = places.household_count(session, compound.id)
            session.flush()
            session.refresh(project)
            step_2_done = _done_day(spec, 2, project.planned_start, today)
            residents.populate_consultation(session, project, today, rng, round_2_by=step_2_done)
            _progress(session, project, spec, today, manager.id)
            made.append(project)
    with database.write() as session:
        from supervisor.demo.site import populate_site

        populate_site(session, today, inspectors=["李秀英", "张伟", "周桂兰"])
    with database.write() as session:
        made = [session.get(Project, p.id) for p in made]
        residents.populate_opinions(session, made, today)
        residents.populate_days(session, made[0], today)
        satisfaction_step = next(s for s in load_steps(session, made[2].id) if s.code == "39")
        residents.populate_surveys(session, made[2], satisfaction_step.actual_end, rng)
        _acceptance(session, made[2])


def _done_day(spec: dict, number: int, start: dt.date, today: dt.date) -> dt.date | None:
    """The day step ``number`` of a demo project was completed (None: it is not complete)."""
    if number > spec["done_through"] or str(number) in spec.get("still_open", ()):
        return None
    span = max(1, (today - start).days - 10)
    return start + dt.timedelta(days=int(number * span / (spec["done_through"] + 1)))


def _progress(session, project: Project, spec: dict, today: dt.date, manager_id: int) -> None:
    """Steps in order: each complete one after the steps it depends on (or with the reason it
    went ahead of them), each one under way started after them."""
    steps = load_steps(session, project.id)
    start = project.planned_start
    by_code = {s.code: s for s in steps}
    for index, step in enumerate(steps):
        number = int(step.code) if step.code.isdigit() else 0
        step.responsible_person_id = manager_id if number % 3 == 0 else None
        planned = start + dt.timedelta(days=int(index * spec["length"] / len(steps)))
        step.planned_start = planned
        step.planned_end = planned + dt.timedelta(days=7)
        day = _done_day(spec, number, start, today)
        if day is not None:
            step.planned_end = max(step.planned_end, day)
            if number == 1:
                override = spec.get("consent_override", "")
            elif any(by_code[code].status != StepStatus.DONE for code in step.prerequisites):
                override = spec["early_reason"]
            else:
                override = ""
            _complete(session, step, day, attach_files=number % 2 == 1, override=override)
        elif step.code in spec["not_applicable"]:
            step.notes = "本片区无电梯、燃气专项，不适用。"
            set_status(session, step, StepStatus.NOT_APPLICABLE, today=today)
        elif step.code in spec["in_progress"] or step.code in spec.get("still_open", ()):
            ends = [by_code[code].actual_end for code in step.prerequisites if by_code[code].actual_end]
            step.actual_start = max(ends) + dt.timedelta(days=1) if ends else today - dt.timedelta(days=10)
            set_status(session, step, StepStatus.IN_PROGRESS, today=today)
            if step.code in spec["overdue"]:
                step.planned_end = today + dt.timedelta(days=spec["overdue"][step.code])
                step.planned_start = min(step.planned_start, step.planned_end - dt.timedelta(days=7))
                step.notes = spec["overdue_note"]
            else:
                step.planned_end = max(step.planned_end, today + dt.timedelta(days=10))
    # a waived material
    if "26" in by_code:
        for material in by_code["26"].materials:
            if not material.required:
                materials.waive(session, material, "本期未下发暂停令/复工令")


def _acceptance(session, project: Project) -> None:
    """The finished project's item-by-item acceptance (逐项联合验收, step 36), dated by its steps:
    one item failed, was rectified by its deadline and passed its re-test before step 37
    (整改与复验) was completed, and the conclusion and the supervisor's opinion say so."""
    from supervisor.site import acceptance

    done = {s.code: s.actual_end for s in load_steps(session, project.id)}
    accepted = done["36"]
    deadline = accepted + dt.timedelta(days=7)
    retested = deadline - dt.timedelta(days=1)
    items = [
        acceptance.ItemData("基础类", "屋面防水", "㎡", Decimal("680"), Decimal("680"), "淋水试验、观察", "pass"),
        acceptance.ItemData("基础类", "外墙保温及涂料", "㎡", Decimal("3150"), Decimal("3150"), "拉拔试验、观察", "pass"),
        acceptance.ItemData("基础类", "雨污分流管网", "m", Decimal("860"), Decimal("845.5"), "闭水试验", "fail",
                            "2号楼北侧检查井与管道接口渗漏", deadline),
        acceptance.ItemData("基础类", "小区道路", "㎡", Decimal("2600"), Decimal("2600"), "尺量、观察", "pass"),
        acceptance.ItemData("完善类", "电动自行车充电棚", "处", Decimal("2"), Decimal("2"), "观察、通电试验", "pass"),
        acceptance.ItemData("完善类", "适老化扶手", "单元", Decimal("4"), Decimal("4"), "观察、手扳检查", "pass"),
    ]
    acceptance.save_record(session, project.id, acceptance.AcceptanceData(
        contract_price=Decimal("3856000.00"),
        started_on=done["20"],  # the start order (开工令)
        completed_on=done["32"],  # the contractor's completion report
        accepted_on=accepted,
        sub_works_total=9,
        sub_works_passed=8,
        quality_documents="共核查 12 项，资料齐全，符合要求。",
        safety_function="共核查 6 项：屋面淋水试验合格；雨污分流管网闭水试验2号楼北侧1处接口渗漏，"
        "其余合格。抽查 4 项，符合要求。",
        appearance="共抽查 18 项，达到“好”的 15 项，“一般”的 3 项，观感质量评价为好。",
        conclusion=f"逐项验收 6 项，合格 5 项；雨污分流管网2号楼北侧检查井接口渗漏，不合格，"
        f"限{deadline:%Y年%m月%d日}前整改。整改完成并经闭水试验复验合格后，通过竣工验收。",
        supervision_opinion=f"验收组织形式、程序符合规定。渗漏接口已返工，{retested:%Y年%m月%d日}"
        "闭水试验复验合格，同意通过竣工验收。",
        items=items,
    ))


def write_demo(path: Path | str, *, replace: bool = False, today: dt.date | None = None) -> Path | str:
    """Write the demo database at ``path``; an existing file is kept unless ``replace``.

    The demo is written to ``<name>.partial`` beside it and moved into place whole when it is
    complete, so a run that is killed or runs out of space leaves no half demo that looks like
    a database; the next run starts the partial file afresh.

    ``path`` may be a server's URL (PostgreSQL): the demo is then written into that database,
    which must hold no projects yet (``replace`` does not empty a shared database).
    """
    if "://" in str(path) and to_url(path).get_backend_name() != "sqlite":
        return _write_demo_on_server(str(path), today)
    path = Path(path).expanduser().absolute()
    if path.exists() and not replace:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{file} already exists; choose another file or replace it."
            ),
            file=str(path),
        )
    partial = path.with_name(f"{path.name}.partial")
    _remove_database_files(partial)  # left by a run that was killed
    try:
        database = open_database(partial)
        try:
            populate(database, today)
        finally:
            database.close()
        _settle(partial)
        _remove_database_files(path, main=False)  # an old log must not meet the new file
        os.replace(partial, path)
    except BaseException:
        _remove_database_files(partial)
        raise
    _sync_folder(path.parent)
    return path


def _write_demo_on_server(url: str, today: dt.date | None) -> str:
    database = open_database(url)
    try:
        with database.read() as session:
            has_projects = session.scalar(select(func.count()).select_from(Project)) > 0
        if has_projects:
            raise errors.ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "The database {file} already holds projects; the demo is written only "
                    "into an empty database. Create a new database for it.",
                ),
                file=database.name,
            )
        populate(database, today)
        return database.name
    finally:
        database.close()


def _remove_database_files(path: Path, main: bool = True) -> None:
    for suffix in ("", "-wal", "-shm", "-journal") if main else ("-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _settle(path: Path) -> None:
    """Make ``path`` one self-contained file on disk: its write-ahead log copied in and gone."""
    import sqlite3

    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()  # the last connection removes the -wal and -shm files
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` survive a power cut (POSIX; Windows has no folder handles)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)
