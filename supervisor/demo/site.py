"""Demo site work: site checks with photos, and rectification items in every state.

The photos are drawn here (walls, roofs, pipes with a caption burnt in) and carry EXIF capture
times, so the gallery, the viewer and the evidence warnings have something real to show: one
reply reuses a "before" photo, another has an "after" photo taken before its notice.
"""

from __future__ import annotations

import datetime as dt
import io
import random

from sqlalchemy import select

from supervisor.codes import CheckResult, PhotoRole, Severity
from supervisor.db.audit import set_current_user
from supervisor.db.models import Building, Compound, Household, Project, ProjectStep, Unit
from supervisor.site import checklists, checks, photo_analysis, photos, rectifications

SCENES = [
    ("外墙保温层空鼓", (196, 180, 160)),
    ("屋面防水卷材搭接", (90, 90, 100)),
    ("雨污分流检查井", (120, 110, 95)),
    ("楼道线缆整理", (210, 205, 190)),
    ("小区道路铺装", (150, 150, 150)),
    ("电动自行车充电棚", (170, 190, 200)),
    ("给水管道试压", (130, 150, 170)),
    ("绿化补植", (110, 160, 100)),
]

PROBLEMS = [
    ("外墙保温板粘结面积不足，局部空鼓约2平方米", "铲除空鼓部位，按规范重新粘贴并做拉拔试验", "workmanship", "外墙"),
    ("屋面卷材搭接宽度不足80毫米，女儿墙泛水高度不够", "返工搭接部位，泛水高度不小于250毫米，完成后淋水试验2小时", "workmanship", "屋面"),
    ("进场防水卷材无合格证及复验报告", "补交合格证，见证取样复验合格前不得使用", "materials", "屋面"),
    ("检查井盖未标注雨污，缺防坠网", "全部井盖标注雨/污字样并加装防坠网", "safety", "雨污分流"),
    ("楼道内飞线未穿管，废弃线缆未拆除", "线缆穿管敷设并标识，拆除废弃线缆", "workmanship", "线缆"),
    ("施工围挡缺失，材料堆放占用消防通道", "恢复围挡，清理消防通道，宽度不小于4米", "safety", "停车"),
]

CHECK_NOTES = [
    ("外墙保温板粘贴牢固，锚栓数量符合设计", "workmanship", "外墙"),
    ("到场水泥、砂浆合格证齐全，已见证取样", "materials", ""),
    ("本周完成2号楼屋面找平层，进度正常", "progress", "屋面"),
    ("第二批工程款拨付已在小区公示栏公示", "funds", ""),
    ("现场围挡完好，材料堆放整齐", "safety", ""),
    ("雨污管道闭水试验水位稳定，无渗漏", "workmanship", "雨污分流"),
]


def _photo(title: str, colour: tuple[int, int, int], taken: dt.datetime, seed: int) -> bytes:
    """A drawn 960x720 JPEG of a site scene with an EXIF capture time."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    image = Image.new("RGB", (960, 720), colour)
    draw = ImageDraw.Draw(image)
    for _ in range(40):  # bricks, panels, patches
        x, y = rng.randrange(0, 900), rng.randrange(0, 660)
        w, h = rng.randrange(40, 200), rng.randrange(20, 120)
        shade = tuple(max(0, min(255, c + rng.randrange(-40, 40))) for c in colour)
        draw.rectangle([x, y, x + w, y + h], fill=shade, outline=(60, 60, 60))
    for _ in range(rng.randrange(1, 4)):  # a crack or a pipe
        points = [(rng.randrange(0, 960), rng.randrange(0, 720)) for _ in range(4)]
        draw.line(points, fill=(40, 40, 40), width=rng.randrange(2, 8))
    draw.rectangle([0, 650, 960, 720], fill=(0, 0, 0))
    try:
        from PIL import ImageFont

        font = ImageFont.truetype("wqy-zenhei.ttc", 36)
    except OSError:
        font = None
    draw.text((20, 662), f"{title}  {taken:%Y-%m-%d %H:%M}", fill=(255, 255, 255), font=font)
    exif = Image.Exif()
    exif[0x0110] = "Supervisor demo camera"  # Model
    exif[0x010F] = "Demo"  # Make
    exif.get_ifd(0x8769)[0x9003] = taken.strftime("%Y:%m:%d %H:%M:%S")  # DateTimeOriginal
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80, exif=exif)
    return out.getvalue()


def _store_photo(session, data: bytes, name: str, project_id: int, **target) -> int:
    info = photo_analysis.analyse(data, name)
    return photos.store(session, info, data, project_id, **target).photo_id


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


def populate_site(session, today: dt.date, inspectors: list[str]) -> None:
    """Site checks and rectifications for the first demo project (the one under construction)."""
    project = session.scalars(select(Project).order_by(Project.id)).first()
    steps = {s.code: s.id for s in session.scalars(select(ProjectStep).where(ProjectStep.project_id == project.id))}
    checklists.seed_checklist(session)
    rng = random.Random(2026)
    places = _locations(session, project.id)
    start = dt.datetime.combine(today - dt.timedelta(days=56), dt.time(9, 0))
    made_checks = []
    # Routine checks over eight weeks, some with a photo.
    for index in range(36):
        compound_id, building_id, unit_id, household_id = places[rng.randrange(len(places))]
        note, category, work_type = CHECK_NOTES[index % len(CHECK_NOTES)]
        day = start.date() + dt.timedelta(days=int(index * 1.5))
        when = dt.datetime.combine(day, dt.time(8 + rng.randrange(0, 9), rng.choice((0, 15, 30, 45))))
        common = rng.random() < 0.35
        data = checks.CheckData(
            project_id=project.id,
            compound_id=compound_id,
            building_id=None if common else building_id,
            unit_id=None if common else unit_id,
            household_id=None if common or rng.random() < 0.5 else household_id,
            common_area=rng.choice(["road", "roof", "stairwell", "green", "parking", "pipes"]) if common else "",
            category=category,
            work_type=work_type,
            result=CheckResult.PASS,
            description=note,
            inspector=inspectors[index % len(inspectors)],
            checked_at=when.replace(second=0, microsecond=0),
            weather=rng.choice(["晴", "多云", "阴", "小雨"]),
            step_id=steps.get({"materials": "21", "workmanship": "22", "funds": "28"}.get(category, ""), None),
        )
        check = checks.create_check(session, data)
        made_checks.append(check)
        if index % 3 == 0:
            title, colour = SCENES[index % len(SCENES)]
            _store_photo(session, _photo(title, colour, when, index), f"IMG_{2000 + index}.jpg",
                         project.id, check_id=check.id)

    # Problems found, each becoming a rectification item in a different state.
    outcomes = ["open_overdue", "open", "replied", "replied_reused_photo", "closed", "reopened"]
    for index, (problem, requirement, category, work_type) in enumerate(PROBLEMS):
        compound_id, building_id, unit_id, _household = places[(index * 17) % len(places)]
        days_ago = [24, 3, 12, 10, 30, 35][index]
        when = dt.datetime.combine(today - dt.timedelta(days=days_ago), dt.time(10, 30))
        check = checks.create_check(session, checks.CheckData(
            project_id=project.id, compound_id=compound_id, building_id=building_id, unit_id=unit_id,
            category=category, work_type=work_type, result=CheckResult.PROBLEM, description=problem,
            inspector=inspectors[index % len(inspectors)], checked_at=when, weather="晴",
            step_id=steps.get("26"),
        ))
        title, colour = SCENES[index % len(SCENES)]
        before_bytes = _photo(title + "（整改前）", colour, when - dt.timedelta(minutes=5), 100 + index)
        _store_photo(session, before_bytes, f"IMG_{3000 + index}.jpg", project.id, check_id=check.id)
        set_current_user(inspectors[index % len(inspectors)])
        item = rectifications.create_from_check(
            session, check.id, responsible_party="城建第三工程有限公司", requirement=requirement,
            severity=Severity.SERIOUS if index in (0, 3) else Severity.NORMAL,
            deadline_days=5, issued_at=when + dt.timedelta(hours=1), step_id=steps.get("26"),
        )
        outcome = outcomes[index]
        if outcome.startswith("open"):
            continue
        replied_at = when + dt.timedelta(days=4)
        if outcome == "replied_reused_photo":
            after = before_bytes  # the same file sent back as "after": flagged
        elif outcome == "replied":
            after = _photo(title + "（整改后）", colour, when - dt.timedelta(days=2), 200 + index)  # taken before the notice
        else:
            after = _photo(title + "（整改后）", tuple(min(255, c + 25) for c in colour), replied_at, 300 + index)
        _store_photo(session, after, f"IMG_{4000 + index}.jpg", project.id,
                     rectification_id=item.id, role=PhotoRole.AFTER)
        set_current_user("刘强")
        rectifications.reply(session, item.id, "已按要求整改完毕，请复查。", at=replied_at)
        if outcome in ("closed", "reopened"):
            set_current_user("张伟")
            rectifications.recheck(session, item.id, True, "复查合格，同意销项。", resident_confirmed_by="李秀英",
                                   at=replied_at + dt.timedelta(days=1, hours=2))
        if outcome == "reopened":
            set_current_user("王建国")
            rectifications.reopen(session, item.id, "巡查发现围挡再次缺失，材料又堆进消防通道，重新整改。",
                                  at=replied_at + dt.timedelta(days=6))
