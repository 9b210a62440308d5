"""Lists over a large district: the site-check list, search, and the overdue rectifications.

Builds a synthetic district in a temporary SQLite file through the real schema
(``open_database``: migrations, trigram full-text tables and their triggers) with bulk inserts
in one transaction: 1 project, 20 compounds, 100,000 site checks with varied Chinese
descriptions, 20,000 photos (small generated JPEG thumbnails) linked to checks, and 5,000
rectification items. Then measures, warm, the median of several runs of what one user event
does (a fresh session, the exact count and the first page of 200 rows):

- the check list with the default sort (newest first);
- a search for a term of 3+ characters, 防水卷材 (the trigram index);
- searches for 2- and 1-character terms, 渗漏 and 漏 (``LIKE`` on the base table);
- the overdue rectification items;
- the evidence checks of one item's "after" photos against the project's 20,000 photos
  (reported, no target).

Nothing is cached in the repository; the file is deleted at the end.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
CHECKS = 100_000
PHOTOS = 20_000
RECTIFICATIONS = 5_000
COMPOUNDS = 20
BATCH = 5_000
TODAY = dt.date(2026, 11, 20)

PARTS = ["外墙", "屋面", "楼道", "雨水管", "污水管", "给水管道", "井盖", "电缆", "路面", "路灯",
         "绿地", "停车位", "充电桩", "电梯井道", "燃气管道", "窗台", "女儿墙", "檐口", "落水管", "化粪池"]
PROBLEMS = ["空鼓", "渗漏", "开裂", "破损", "脱落", "积水", "松动", "锈蚀", "错接", "标识缺失",
            "未压实", "不平整", "起皮", "堵塞", "漏电保护缺失", "保温层厚度不足", "防水卷材搭接不足",
            "接地不可靠", "试压未做", "闭水试验未做"]
DETAILS = ["已拍照留存", "要求施工单位尽快处理", "现场已口头告知", "涉及居民反映", "需复查",
           "面积约两平方米", "长度约三米", "靠近单元门口", "位于东侧", "位于北侧", "雨后明显",
           "材料进场未见合格证", "见证取样已完成", "防水卷材进场复验合格", "保温板粘结不牢",
           "井盖未标明雨污", "防坠网未安装", "线缆未穿管", "消防通道被占用", "灭火器未配置"]
PASS_NOTES = ["符合要求", "施工规范", "现场整洁", "材料合格证齐全", "按设计施工", "防护到位"]
INSPECTORS = [f"{s}{g}" for s in "王李张刘陈杨赵黄周吴" for g in ("师傅", "阿姨", "老师")]
WORK_TYPES = ["外墙", "屋面", "雨污分流", "给水", "线缆", "道路", "照明", "绿化", "停车",
              "电动自行车充电", "电梯", "燃气"]
WEATHER = ["晴", "多云", "阴", "小雨", "雨后", "晴转多云"]
CATEGORIES = ["materials", "workmanship", "workmanship", "workmanship", "progress", "funds", "safety"]
PARTIES = ["某某建设集团有限公司", "某市政工程有限公司", "某电力安装公司", "某燃气公司", "某园林公司"]


def _thumbnails(count: int) -> list[bytes]:
    """Small noisy JPEGs of 2–4 KB (cycled over the photos: only their size matters here)."""
    from PIL import Image

    rng = random.Random(7)
    thumbnails = []
    for i in range(count):
        image = Image.new("RGB", (96, 72), (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
        pixels = image.load()
        for _ in range(400):
            pixels[rng.randrange(96), rng.randrange(72)] = (
                rng.randrange(256), rng.randrange(256), rng.randrange(256))
        out = io.BytesIO()
        image.save(out, "JPEG", quality=80)
        thumbnails.append(out.getvalue())
    return thumbnails


def _tiny_jpeg() -> bytes:
    """One tiny original, made distinct per photo by a few trailing bytes (its SHA-256 is the
    photo's, as ``check`` verifies; lists read only the thumbnails)."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 8), (120, 120, 120)).save(out, "JPEG")
    return out.getvalue()


def _new_rows(count: int, now: dt.datetime, rng: random.Random) -> list[dict]:
    """The ``Tracked`` columns of ``count`` new rows."""
    return [
        {"uuid": "%032x" % rng.getrandbits(128), "created_at": now, "updated_at": now,
         "created_by": "bench", "updated_by": "bench"}
        for _ in range(count)
    ]


def build(path: Path) -> dict:
    """The synthetic district; returns the ids the measurements use."""
    from sqlalchemy import insert, select

    from supervisor.db.audit import set_current_user
    from supervisor.db.engine import open_database
    from supervisor.db.models import (
        Compound,
        Photo,
        PhotoBlob,
        PhotoLink,
        ProjectStep,
        Rectification,
        SiteCheck,
    )
    from supervisor.procedure.templates import create_project
    from supervisor.projects.project import ProjectData

    set_current_user("bench")
    rng = random.Random(2026)
    now = dt.datetime(2026, 11, 20, 8, 0)
    database = open_database(path)
    with database.write() as session:
        project_id = create_project(
            session, ProjectData(code="BENCH", name="基准片区", planned_start=dt.date(2025, 3, 1))
        ).id
        steps = list(session.scalars(select(ProjectStep.id).where(ProjectStep.project_id == project_id)))
        compound_rows = _new_rows(COMPOUNDS, now, rng)
        for i, row in enumerate(compound_rows):
            row.update(project_id=project_id, name=f"第{i + 1}小区", address="", year_built=1990)
        session.execute(insert(Compound), compound_rows)
        compounds = list(session.execute(select(Compound.id, Compound.name)))

        start = dt.datetime(2025, 3, 1, 8, 0)
        span_minutes = int((now - start).total_seconds() // 60)
        checks = _new_rows(CHECKS, now, rng)
        for row in checks:
            compound_id, compound_name = rng.choice(compounds)
            problem = rng.random() < 0.35
            part = rng.choice(PARTS)
            if problem:
                text = f"{part}{rng.choice(PROBLEMS)}，{rng.choice(DETAILS)}"
                if rng.random() < 0.5:
                    text += f"；{rng.choice(PARTS)}{rng.choice(PROBLEMS)}"
            else:
                text = f"{part}{rng.choice(PASS_NOTES)}" + (f"，{rng.choice(DETAILS)}" if rng.random() < 0.3 else "")
            row.update(
                project_id=project_id, compound_id=compound_id, building_id=None, unit_id=None,
                household_id=None, common_area="",
                location_text=f"{compound_name} {rng.randint(1, 12)}号楼 {rng.randint(1, 4)}单元",
                category=rng.choice(CATEGORIES), work_type=rng.choice(WORK_TYPES), checklist=[],
                result="problem" if problem else "pass", description=text,
                inspector=rng.choice(INSPECTORS), inspector_id=None,
                checked_at=start + dt.timedelta(minutes=rng.randrange(span_minutes)),
                weather=rng.choice(WEATHER),
                step_id=rng.choice(steps) if rng.random() < 0.3 else None,
            )
        for i in range(0, CHECKS, BATCH):
            session.execute(insert(SiteCheck), checks[i:i + BATCH])
        check_ids = list(session.scalars(select(SiteCheck.id)))

        thumbnails = _thumbnails(200)
        original = _tiny_jpeg()
        photos = _new_rows(PHOTOS, now, rng)
        for i, row in enumerate(photos):
            row.update(
                sha256=hashlib.sha256(original + b"%d" % i).hexdigest(), filename=f"IMG_{i:05d}.jpg",
                size=3_000_000, media_type="image/jpeg", width=4000, height=3000, orientation=1,
                taken_at=start + dt.timedelta(minutes=rng.randrange(span_minutes)),
                gps_lat=None, gps_lon=None, camera="bench", phash="%016x" % rng.getrandbits(64),
                thumbnail=thumbnails[i % len(thumbnails)],
            )
        for i in range(0, PHOTOS, BATCH):
            session.execute(insert(Photo), photos[i:i + BATCH])
        photo_ids = list(session.scalars(select(Photo.id).order_by(Photo.id)))
        for i in range(0, PHOTOS, BATCH):
            session.execute(
                insert(PhotoBlob),
                [{"photo_id": pid, "original": original + b"%d" % (i + n), "preview": original}
                 for n, pid in enumerate(photo_ids[i:i + BATCH])],
            )
        links = _new_rows(PHOTOS, now, rng)
        for row, photo_id in zip(links, photo_ids):
            row.update(photo_id=photo_id, project_id=project_id, check_id=rng.choice(check_ids),
                       rectification_id=None, role="check", caption="", position=0)
        session.execute(insert(PhotoLink), links)

        rects = _new_rows(RECTIFICATIONS, now, rng)
        serial: dict[int, int] = {}
        for row in rects:
            issued = start + dt.timedelta(minutes=rng.randrange(span_minutes))
            serial[issued.year] = serial.get(issued.year, 0) + 1
            status = rng.choices(["open", "replied", "closed"], weights=[2, 1, 7])[0]
            replied = issued + dt.timedelta(days=3) if status != "open" else None
            row.update(
                project_id=project_id, number=f"ZG-{issued.year}-{serial[issued.year]:03d}",
                check_id=rng.choice(check_ids), compound_id=rng.choice(compounds)[0],
                location_text="", category=rng.choice(CATEGORIES), source="supervisor",
                responsible_party=rng.choice(PARTIES), severity=rng.choice(["normal", "normal", "serious", "stop_work"]),
                problem=f"{rng.choice(PARTS)}{rng.choice(PROBLEMS)}", requirement="限期整改", basis="",
                issued_at=issued, issued_by="bench", deadline_days=5,
                deadline=(issued + dt.timedelta(days=7)).date(), deadline_estimated=False,
                status=status, reply_measures="已整改" if replied else "", replied_at=replied,
                replied_by="bench" if replied else "", recheck_opinion="", rechecked_at=None,
                rechecked_by="", resident_confirmed_by="", resident_confirmed_at=None,
                closed_at=replied if status == "closed" else None, step_id=None,
            )
        session.execute(insert(Rectification), rects)
        rect_ids = list(session.scalars(select(Rectification.id)))
        rect_links = _new_rows(2 * len(rect_ids), now, rng)
        for i, row in enumerate(rect_links):
            row.update(photo_id=rng.choice(photo_ids), project_id=project_id, check_id=None,
                       rectification_id=rect_ids[i // 2], role="before" if i % 2 == 0 else "after",
                       caption="", position=0)
        session.execute(insert(PhotoLink), rect_links)
    database.close()
    return {"project_id": project_id}


def _median_time(database, work) -> float:
    def once() -> float:
        begin = time.perf_counter()
        with database.read() as session:
            work(session)
        return time.perf_counter() - begin

    once()  # warm
    return statistics.median(once() for _ in range(RUNS))


def measure(path: Path, project_id: int) -> list[dict]:
    from supervisor.db.engine import open_database
    from supervisor.site import checks, rectification_register
    from supervisor.site.evidence import evidence_warnings

    database = open_database(path)
    results = []

    def check_page(search: str):
        def work(session):
            f = checks.CheckFilter(project_id=project_id, search=search)
            total = checks.count_checks(session, f)
            rows = checks.list_checks(session, f, limit=200)
            assert len(rows) == min(200, total)
        return work

    def overdue_page(session):
        f = rectification_register.RectFilter(project_id=project_id, overdue_only=True)
        total = rectification_register.count_rectifications(session, f, today=TODAY)
        rows = rectification_register.list_rectifications(session, f, limit=200, today=TODAY)
        assert len(rows) == min(200, total) and total > 0

    def evidence(session):
        evidence_warnings(session, 1)  # every item has an "after" photo

    for name, work, target in (
        ("checks_first_page", check_page(""), 0.3),
        ("checks_search_fts_4ch", check_page("防水卷材"), 0.2),
        ("checks_search_like_2ch", check_page("渗漏"), 0.5),
        ("checks_search_like_1ch", check_page("漏"), 0.5),
        ("rectifications_overdue_page", overdue_page, 0.3),
        ("rectification_evidence_warnings", evidence, None),
    ):
        value = _median_time(database, work)
        results.append({"name": name, "value": round(value, 4), "unit": "s",
                        "baseline": None, "ratio": None, "target": target})
    database.close()
    return results


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "district.sqlite"
        begin = time.perf_counter()
        ids = build(path)
        print(f"bench_lists: district built in {time.perf_counter() - begin:.1f} s "
              f"({path.stat().st_size / 1e6:.0f} MB)", file=sys.stderr)
        return measure(path, ids["project_id"])


if __name__ == "__main__":
    for result in run():
        print(result)
