"""Demo site work: site checks with photos, and rectification items in every state.

The photos are drawn here (the kind of thing they show, with a caption burnt in that is also the
link's caption and the JPEG's ImageDescription) and carry EXIF capture times. Every photo fits the
record it is on: a passed check shows sound work, a problem check and its notice's "before" photo
show the problem, an "after" photo shows the repair. One reply sends the "before" photo back as
its "after" photo (so also taken before the notice): the window and the printed notice warn of
it, and the supervisor sent that reply back."""

from __future__ import annotations

import datetime as dt
import io
import random
from dataclasses import dataclass

from sqlalchemy import select

from supervisor.codes import CheckResult, PhotoRole, Severity
from supervisor.db.audit import set_current_user
from supervisor.db.models import Building, Compound, Household, Project, ProjectStep, Unit
from supervisor.site import checklists, checks, photo_analysis, photos, rectifications


@dataclass(frozen=True)
class Routine:
    """A routine (passed) check: what was seen, where, and the checklist points it covered."""

    description: str
    work_type: str
    where: str  # "unit", "building", "compound", or a common area code (roof, road, pipes, ...)
    photo: str  # the photo's caption, when the check has one
    points: tuple[int, ...] = ()  # checklist items of ``work_type`` checked and found right


# Six kinds of routine check in turn (category, then three variants each, in the order the work
# goes: two weeks each of insulation, levelling, coating; of screed, membrane, protective layer).
ROUTINE = [
    ("workmanship", [
        Routine("外墙保温板粘贴牢固，锚栓数量及位置符合设计", "外墙", "unit", "外墙保温板锚栓抽查", (1, 2)),
        Routine("外墙基层平整度2米靠尺抽查，偏差均不大于4毫米", "外墙", "unit", "外墙基层靠尺检查", (3,)),
        Routine("外墙涂料面层均匀，无起皮、脱落，颜色与公示样板一致", "外墙", "unit", "外墙涂料面层完成效果", (4, 5)),
    ]),
    ("materials", [
        Routine("进场水泥、砂浆合格证齐全，已见证取样送检", "", "parking", "进场水泥合格证核对"),
        Routine("进场保温板合格证、型式检验报告齐全，已见证取样送检", "外墙", "parking", "进场保温板见证取样", (0,)),
        Routine("进场PVC排水管合格证齐全，外观及壁厚抽检合格", "", "parking", "进场排水管抽检"),
    ]),
    ("progress", [
        Routine("屋面找平层施工完成，排水坡度符合设计，进度正常", "屋面", "roof", "屋面找平层完成", (4,)),
        Routine("屋面防水卷材铺贴约完成六成，搭接、收头符合要求", "屋面", "roof", "屋面卷材铺贴进度", (3,)),
        Routine("屋面淋水试验2小时无渗漏，保护层施工中，进度符合计划", "屋面", "roof", "屋面保护层施工", (1,)),
    ]),
    ("funds", [
        Routine("核对本期已完工程量，与施工单位计量申报一致", "", "compound", "已完工程量现场核对"),
        Routine("抽量外墙保温完成面积，与计量申报一致", "", "compound", "外墙保温完成面积丈量"),
        Routine("核对进度款申请，与监理审核的已完工程量一致", "", "compound", "进度款计量资料核对"),
    ]),
    ("safety", [
        Routine("脚手架连墙件齐全，密目安全网完好", "", "building", "脚手架安全网检查"),
        Routine("临时用电一机一闸一漏，配电箱上锁", "", "road", "临时配电箱检查"),
        Routine("施工人员安全帽、安全带佩戴规范", "", "building", "高处作业防护检查"),
    ]),
    ("workmanship", [
        Routine("雨污管道闭水试验水位稳定，30分钟无渗漏", "雨污分流", "pipes", "雨污管道闭水试验", (0,)),
        Routine("新建雨水管道坡度、接口符合设计", "雨污分流", "pipes", "雨水管道接口检查", (4,)),
        Routine("检查井与管道接口砂浆饱满，接口严密", "雨污分流", "pipes", "检查井管道接口检查", (4,)),
    ]),
]


@dataclass(frozen=True)
class Problem:
    """A problem found on a check, the notice raised from it and what came of it."""

    description: str
    requirement: str
    basis: str
    category: str
    work_type: str
    where: str
    failed: tuple[int, ...]  # checklist items of ``work_type`` found wrong
    before: str  # caption of the photo of the problem
    after: str  # caption of the photo of the repair
    measures: str  # the contractor's reply
    days_ago: int
    outcome: str


PROBLEMS = [
    Problem("外墙保温板粘结面积不足，局部空鼓约2平方米", "铲除空鼓部位，按规范重新粘贴并做拉拔试验",
            "《建筑节能工程施工质量验收标准》GB 50411", "workmanship", "外墙", "unit", (2, 5),
            "外墙保温层空鼓", "", "", 24, "open_overdue"),
    Problem("屋面卷材搭接宽度不足80毫米，女儿墙泛水高度不够", "返工搭接部位，泛水高度不小于250毫米，完成后淋水试验2小时",
            "《屋面工程质量验收规范》GB 50207", "workmanship", "屋面", "roof", (2, 3),
            "屋面卷材搭接宽度不足", "", "", 3, "open"),
    Problem("进场防水卷材无合格证及复验报告", "补交合格证，见证取样复验合格前不得使用",
            "《屋面工程质量验收规范》GB 50207", "materials", "屋面", "parking", (0,),
            "进场防水卷材无合格证", "防水卷材合格证及复验报告",
            "已补交防水卷材出厂合格证及见证取样复验报告，复验合格。", 12, "replied"),
    Problem("检查井盖未标注雨污，缺防坠网", "全部井盖标注雨/污字样并加装防坠网",
            "《给水排水管道工程施工及验收规范》GB 50268", "safety", "雨污分流", "pipes", (2, 3),
            "检查井盖未标注、无防坠网", "",
            "已对全部检查井盖喷涂“雨”“污”字样，加装防坠网12套。", 10, "returned_reused_photo"),
    Problem("楼道内飞线未穿管，废弃线缆未拆除", "线缆穿管敷设并标识，拆除废弃线缆",
            "《建筑电气工程施工质量验收规范》GB 50303", "workmanship", "线缆", "stairwell", (2, 3),
            "楼道飞线未穿管", "楼道线缆穿管敷设完成",
            "楼道线缆已穿PVC管敷设并挂牌标识，废弃线缆已全部拆除。", 30, "closed"),
    Problem("施工围挡缺失，材料堆放占用消防通道", "恢复围挡，清理消防通道，宽度不小于4米",
            "《建设工程施工现场消防安全技术规范》GB 50720", "safety", "停车", "road", (1,),
            "围挡缺失、材料占用消防通道", "围挡恢复、消防通道畅通",
            "已恢复施工围挡，清运消防通道内堆放的材料，通道净宽4.5米。", 35, "reopened"),
]

# The colours of the drawn scenes, by the kind of thing photographed.
COLOURS = {
    "外墙": (196, 180, 160), "屋面": (90, 90, 100), "雨污分流": (120, 110, 95), "线缆": (210, 205, 190),
    "停车": (150, 150, 150), "": (170, 175, 165),
}


def _photo(title: str, colour: tuple[int, int, int], taken: dt.datetime, seed: int, *,
           defect: bool) -> bytes:
    """A drawn 960x720 JPEG of a site scene with a caption and an EXIF capture time: panels or
    bricks, with cracks and loose lines where it shows a ``defect``, neat rows where it does not."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    image = Image.new("RGB", (960, 720), colour)
    draw = ImageDraw.Draw(image)
    if defect:
        for _ in range(40):  # uneven patches
            x, y = rng.randrange(0, 900), rng.randrange(0, 660)
            w, h = rng.randrange(40, 200), rng.randrange(20, 120)
            shade = tuple(max(0, min(255, c + rng.randrange(-40, 40))) for c in colour)
            draw.rectangle([x, y, x + w, y + h], fill=shade, outline=(60, 60, 60))
        for _ in range(rng.randrange(2, 5)):  # cracks, loose cables
            points = [(rng.randrange(0, 960), rng.randrange(0, 650)) for _ in range(4)]
            draw.line(points, fill=(40, 40, 40), width=rng.randrange(3, 8))
    else:
        # a scene of its own: sky above a wall at some height, neat courses of panels on
        # the wall, openings and materials in front
        horizon = rng.randrange(0, 400)
        draw.rectangle([0, 0, 960, horizon], fill=(200, 215, 230))
        height = rng.randrange(40, 110)
        width = rng.randrange(80, 200)
        for row, y in enumerate(range(horizon, 650, height)):
            shade = tuple(max(0, min(255, c + 14 * (row % 2) + rng.randrange(-6, 6))) for c in colour)
            offset = (row % 2) * width // 2
            for x in range(-offset, 960, width):
                draw.rectangle([x, y, x + width - 2, y + height - 2], fill=shade, outline=(90, 90, 90))
        for _ in range(rng.randrange(3, 7)):  # windows, doorways, stacked materials
            x, y = rng.randrange(0, 800), rng.randrange(0, 560)
            shade = tuple(c // 3 for c in colour) if rng.random() < 0.5 else tuple(min(255, c + 60) for c in colour)
            draw.rectangle([x, y, x + rng.randrange(60, 260), min(650, y + rng.randrange(60, 260))],
                           fill=shade, outline=(40, 40, 40))
    draw.rectangle([0, 650, 960, 720], fill=(0, 0, 0))
    try:
        from PIL import ImageFont

        font = ImageFont.truetype("wqy-zenhei.ttc", 36)
    except OSError:
        font = None
    draw.text((20, 662), f"{title}  {taken:%Y-%m-%d %H:%M}", fill=(255, 255, 255), font=font)
    exif = Image.Exif()
    exif[0x010E] = title.encode("utf-8")  # ImageDescription, in UTF-8
    exif[0x0110] = "Supervisor demo camera"  # Model
    exif[0x010F] = "Demo"  # Make
    exif.get_ifd(0x8769)[0x9003] = taken.strftime("%Y:%m:%d %H:%M:%S")  # DateTimeOriginal
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80, exif=exif)
    return out.getvalue()


def _store_photo(session, data: bytes, name: str, project_id: int, caption: str, **target) -> int:
    info = photo_analysis.analyse(data, name)
    return photos.store(session, info, data, project_id, caption=caption, **target).photo_id


def _locations(session, project_id: int):
    rows = session.execute(
        select(Compound.id, Building.id, Unit.id, Household.id)
        .join(Building, Building.compound_id == Compound.id)
        .join(Unit, Unit.building_id == Building.id)
        .join(Household, Household.unit_id == Unit.id)
        .where(Compound.project_id == project_id)
        .order_by(Household.id)
    ).all()
    return rows


def _place(where: str, place, household: bool) -> dict:
    """The location fields of a check made ``where`` (see ``Routine.where``) at ``place``."""
    compound_id, building_id, unit_id, household_id = place
    if where == "compound":
        return {"compound_id": compound_id}
    if where == "building":
        return {"compound_id": compound_id, "building_id": building_id}
    if where == "unit":
        return {"compound_id": compound_id, "building_id": building_id, "unit_id": unit_id,
                "household_id": household_id if household else None}
    if where == "roof":
        return {"compound_id": compound_id, "building_id": building_id, "common_area": "roof"}
    if where == "stairwell":
        return {"compound_id": compound_id, "building_id": building_id, "unit_id": unit_id,
                "common_area": "stairwell"}
    return {"compound_id": compound_id, "common_area": where}


def _step_at(step: ProjectStep | None, day: dt.date) -> int | None:
    """``step``'s id if it was under way on ``day`` (a check belongs to a step while it runs)."""
    if step is None or step.actual_start is None or day < step.actual_start:
        return None
    return step.id if step.actual_end is None or day <= step.actual_end else None


def _checklist(session, work_type: str, ticked: tuple[int, ...], ok: bool) -> list[dict]:
    """The checklist points of ``work_type`` a check covered, all found ``ok`` (or all wrong)."""
    if not work_type:
        return []
    items = [text for _id, text in checklists.checklist_items(session, work_type)]
    return [{"item": items[i], "ok": ok} for i in ticked if i < len(items)]


def populate_site(session, today: dt.date, inspectors: list[str]) -> None:
    """Site checks and rectifications for the first demo project (the one under construction),
    from two days after its start order (开工令, step 20) to the day before yesterday."""
    project = session.scalars(select(Project).order_by(Project.id)).first()
    project_steps = session.scalars(select(ProjectStep).where(ProjectStep.project_id == project.id)).all()
    steps = {s.code: s.id for s in project_steps}
    by_code = {s.code: s for s in project_steps}
    start_order = by_code["20"].actual_end
    checklists.seed_checklist(session)
    rng = random.Random(2026)
    places = _locations(session, project.id)
    first_day = start_order + dt.timedelta(days=2)
    span = max(1, (today - dt.timedelta(days=2) - first_day).days)
    for index in range(36):
        place = places[rng.randrange(len(places))]
        category, variants = ROUTINE[index % len(ROUTINE)]
        routine = variants[min(index // len(ROUTINE) // 2, len(variants) - 1)]
        day = first_day + dt.timedelta(days=int(index * span / 35))
        when = dt.datetime.combine(day, dt.time(8 + rng.randrange(0, 9), rng.choice((0, 15, 30, 45))))
        data = checks.CheckData(
            project_id=project.id,
            **_place(routine.where, place, household=rng.random() < 0.5),
            category=category,
            work_type=routine.work_type,
            checklist=_checklist(session, routine.work_type, routine.points, True),
            result=CheckResult.PASS,
            description=routine.description,
            inspector=inspectors[index % len(inspectors)],
            checked_at=when.replace(second=0, microsecond=0),
            weather=rng.choice(["晴", "多云", "阴", "小雨"]),
            step_id=_step_at(by_code.get({"materials": "21", "workmanship": "22", "funds": "28"}.get(category, "")),
                             day),
        )
        check = checks.create_check(session, data)
        if index % 3 == 0:
            data = _photo(routine.photo, COLOURS.get(routine.work_type, COLOURS[""]), when, index, defect=False)
            _store_photo(session, data, f"IMG_{2000 + index}.jpg", project.id, routine.photo, check_id=check.id)
    for index, problem in enumerate(PROBLEMS):
        _problem(session, project, steps, places[(index * 17) % len(places)], index, problem, today,
                 inspectors[index % len(inspectors)])


def _problem(session, project, steps, place, index: int, problem: Problem, today: dt.date, inspector: str) -> None:
    """A problem check, the notice raised from it, and the notice's life up to today."""
    when = dt.datetime.combine(today - dt.timedelta(days=problem.days_ago), dt.time(10, 30))
    check = checks.create_check(session, checks.CheckData(
        project_id=project.id, **_place(problem.where, place, household=False),
        category=problem.category, work_type=problem.work_type,
        checklist=_checklist(session, problem.work_type, problem.failed, False),
        result=CheckResult.PROBLEM, description=problem.description,
        inspector=inspector, checked_at=when, weather="晴", step_id=steps.get("26"),
    ))
    colour = COLOURS.get(problem.work_type, COLOURS[""])
    before_bytes = _photo(problem.before, colour, when - dt.timedelta(minutes=5), 100 + index, defect=True)
    _store_photo(session, before_bytes, f"IMG_{3000 + index}.jpg", project.id, problem.before, check_id=check.id)
    set_current_user(inspector)
    item = rectifications.create_from_check(
        session, check.id, responsible_party="城建第三工程有限公司", requirement=problem.requirement,
        basis=problem.basis, severity=Severity.SERIOUS if index in (0, 3) else Severity.NORMAL,
        deadline_days=5, issued_at=when + dt.timedelta(hours=1), step_id=steps.get("26"),
    )
    outcome = problem.outcome
    if outcome.startswith("open"):
        return
    replied_at = when + dt.timedelta(days=4)
    if outcome == "returned_reused_photo":
        # the "before" photo sent back as "after" (so also taken before the notice): flagged,
        # and the supervisor sends the reply back
        after, caption = before_bytes, problem.before
    else:
        caption = problem.after
        after = _photo(caption, colour, replied_at - dt.timedelta(hours=2), 300 + index, defect=False)
    _store_photo(session, after, f"IMG_{4000 + index}.jpg", project.id, caption,
                 rectification_id=item.id, role=PhotoRole.AFTER)
    set_current_user("刘强")
    rectifications.reply(session, item.id, problem.measures, at=replied_at)
    if outcome == "returned_reused_photo":
        set_current_user("张伟")
        rectifications.recheck(
            session, item.id, False,
            "整改后照片与整改前为同一照片，拍摄于通知签发之前，不能证明已整改。退回，整改后重新拍照回复。",
            at=replied_at + dt.timedelta(days=1, hours=2))
    if outcome in ("closed", "reopened"):
        set_current_user("张伟")
        rectifications.recheck(session, item.id, True, f"复查合格：{problem.after}，同意销项。",
                               resident_confirmed_by="李秀英", at=replied_at + dt.timedelta(days=1, hours=2))
    if outcome == "reopened":
        set_current_user("王建国")
        rectifications.reopen(session, item.id, "巡查发现围挡再次缺失，材料又堆进消防通道，重新整改。",
                              at=replied_at + dt.timedelta(days=6))
