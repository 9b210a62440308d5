"""Demo residents: owners on every household, both consultation rounds, opinions, supervision days
and satisfaction surveys.

Each project gets its own story: the first passed both rounds everywhere; in the second,
电业局宿舍 stays below the threshold in round 1 (so its step 1 was completed with an override)
and round 2 is still under way; the finished project carries the satisfaction survey.
Deterministic: the same ``today`` gives the same records.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sqlalchemy import select

from supervisor.db.models import Building, Compound, Household, Project, Unit
from supervisor.residents import consultation, opinions, roster, supervision_days, surveys
from supervisor.residents.catalog import MENU_GROUPS, SURVEY_ITEM_KEYS
from supervisor.residents.consultation import AnswerData
from supervisor.site import resident_issues

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江"
GIVEN = [
    "建国", "秀英", "桂兰", "志强", "淑珍", "玉梅", "德明", "丽华", "国华", "春梅", "文华", "海燕",
    "宝山", "凤英", "建华", "玉兰", "振华", "红霞", "明亮", "素芬", "立新", "翠花", "永福", "金凤",
    "卫东", "小红", "俊杰", "雪梅", "长庚", "美玲", "家明", "淑英", "福生", "桂芳", "国强", "慧敏",
]
VISITORS = ["李秀英", "陈静", "周桂兰"]
COMMENTS = [
    "希望尽快加装电动自行车充电桩",
    "楼道灯经常不亮，请一并维修",
    "担心施工期间停水停电，请提前通知",
    "同意改造，希望外墙颜色征求大家意见",
    "家里有老人，希望增加扶手",
    "停车位太少，希望规划停车位",
    "",
]

# Round-1 and round-2 agreement per compound: (agreeing share, disagreeing share, visited share).
CONSENT = {
    "幸福里小区": ((0.92, 0.05, 1.0), (0.88, 0.06, 1.0)),
    "光明新村": ((0.88, 0.08, 1.0), (0.85, 0.08, 1.0)),
    "纺织厂宿舍": ((0.88, 0.04, 1.0), (0.84, 0.08, 1.0)),
    "新华里": ((0.91, 0.05, 1.0), (0.55, 0.04, 0.62)),
    "电业局宿舍": ((0.72, 0.17, 0.95), None),
    "和平里小区": ((0.90, 0.06, 1.0), (0.88, 0.06, 1.0)),
}

# What residents of each compound put first among the renovation items.
FAVOURITES = {
    "幸福里小区": ["drainage", "roof", "walls", "bike_charging", "parking"],
    "光明新村": ["stairwells", "cables", "elder_friendly", "greening"],
    "纺织厂宿舍": ["roof", "drainage", "power", "security"],
    "新华里": ["elevator", "parking", "car_charging", "meals"],
    "电业局宿舍": ["elevator", "elder_friendly", "stairwells", "clinic"],
    "和平里小区": ["roads", "lighting", "greening", "parcels"],
}
ALL_ITEMS = [item.key for _group, items in MENU_GROUPS for item in items]


def _households(session, compound_id: int) -> list[Household]:
    return list(
        session.scalars(
            select(Household)
            .join(Unit, Household.unit_id == Unit.id)
            .join(Building, Unit.building_id == Building.id)
            .where(Building.compound_id == compound_id)
            .order_by(Household.id)
        )
    )


def name_owners(session, compound: Compound, rng: random.Random) -> None:
    """Owners, phones, floor areas and who lives there, for the households of ``compound``."""
    for household in _households(session, compound.id):
        unit = household.unit
        phone = "" if rng.random() < 0.1 else f"1{rng.choice('3589')}{rng.randrange(10**9):09d}"
        data = roster.HouseholdData(
            building=unit.building.name,
            unit=unit.name,
            number=household.number,
            owner_name=rng.choice(SURNAMES) + rng.choice(GIVEN),
            phone=phone,
            resident=rng.random() < 0.88,
            elderly=rng.random() < 0.38,
            area=Decimal(rng.randrange(4200, 9800)) / 100,
            notes="出租" if rng.random() < 0.06 else "",
        )
        roster.update_household(session, household, data)


def _visit_day(rng: random.Random, first: dt.date, last: dt.date, drawn_over: int | None = None) -> dt.date:
    """A day from ``first`` to ``last``. ``drawn_over`` days: the span the random draw is made
    over, scaled into ``first``..``last`` (the draw stays the one it always was, so the rest of
    the demo, drawn after it, stays the same)."""
    days = (last - first).days
    drawn = rng.randrange(max(1, (drawn_over if drawn_over is not None else days) + 1))
    if drawn_over is not None and drawn_over > 0:
        drawn = drawn * days // drawn_over
    return first + dt.timedelta(days=drawn)


def consult(session, compound: Compound, round_: int, shares, first: dt.date, last: dt.date,
            rng: random.Random, drawn_over: int | None = None) -> None:
    """Answers for ``round_``: the given shares agree, disagree; the rest abstain or were missed."""
    agree_share, disagree_share, visited_share = shares
    households = _households(session, compound.id)
    order = list(range(len(households)))
    rng.shuffle(order)
    size = len(households)
    visited = round(size * visited_share)
    agreeing = round(size * agree_share)
    disagreeing = round(size * disagree_share)
    favourites = FAVOURITES.get(compound.name, ALL_ITEMS[:4])
    for rank, index in enumerate(order):
        household = households[index]
        if rank >= visited:
            if round_ == 1 or visited_share == 1.0:
                consultation.set_answer(session, household, round_, AnswerData(answer="not_visited"))
            continue
        if rank < agreeing:
            answer = "agree"
        elif rank < agreeing + disagreeing:
            answer = "disagree"
        else:
            answer = "abstain"
        wanted = []
        if answer == "agree":
            wanted = sorted(set(rng.sample(favourites, k=min(len(favourites), rng.randint(1, 3)))
                                + rng.sample(ALL_ITEMS, k=rng.randint(0, 2))))
        consultation.set_answer(
            session,
            household,
            round_,
            AnswerData(
                answer=answer,
                wanted=wanted,
                co_fund=None if answer != "agree" else rng.random() < 0.6,
                pay_property=None if answer != "agree" else rng.random() < 0.7,
                comments=rng.choice(COMMENTS) if rng.random() < 0.3 else (
                    "认为改造方案不合理，不愿出资" if answer == "disagree" else ""
                ),
                visitor=VISITORS[rank % len(VISITORS)],
                visited_on=_visit_day(rng, first, last, drawn_over),
            ),
        )


def populate_consultation(session, project: Project, today: dt.date, rng: random.Random,
                          round_2_by: dt.date | None = None) -> None:
    """Owners and both rounds for every compound of ``project``: round 1 before its step 1 was
    done, round 2 before ``round_2_by`` (the day its step 2 was done; None: still under way)."""
    start = project.planned_start
    for compound in project.compounds:
        name_owners(session, compound, rng)
        shares = CONSENT.get(compound.name)
        if shares is None:
            continue
        consult(session, compound, 1, shares[0], start - dt.timedelta(days=40),
                start - dt.timedelta(days=20), rng)
        if shares[1] is not None:
            first = start - dt.timedelta(days=15)
            last = min(today - dt.timedelta(days=1), start + dt.timedelta(days=20))
            if round_2_by is not None and round_2_by <= last:
                drawn_over = (last - first).days
                consult(session, compound, 2, shares[1], first, round_2_by - dt.timedelta(days=1), rng,
                        drawn_over)
            else:
                consult(session, compound, 2, shares[1], first, last, rng)


OPINIONS = [
    # (project index, compound, days ago received, channel, category, content, reply, replied after, closed)
    (0, "幸福里小区", 2, "visit", "disturbance", "3号楼东侧夜间切割作业噪音大，影响老人休息", "", None, False),
    (0, "幸福里小区", 16, "hotline", "quality", "2号楼顶层屋面防水施工后客厅仍有渗水", "", None, False),
    (0, "光明新村", 9, "online", "progress", "楼道粉刷已停工一周，何时恢复？", "", None, False),
    (0, "幸福里小区", 20, "phone", "funds", "询问居民出资部分的收取标准和公示方式",
     "已在社区公示栏和业主群公示出资标准，按户面积分摊，可到社区查阅明细。", 3, False),
    (0, "纺织厂宿舍", 30, "letter", "scheme", "希望保留甲栋北侧的两棵老槐树",
     "经设计单位复核，调整绿化方案，保留两棵槐树并加设护栏。", 12, False),
    (0, "光明新村", 40, "visit", "safety", "施工材料堆放占用消防通道",
     "已要求施工单位当日清理，监理单位每日巡查。", 1, True),
    (0, "幸福里小区", 28, "supervision_day", "quality", "外墙涂料颜色与公示样板不一致",
     "经三方现场比对，确认为光线差异，颜色符合样板；已邀请居民代表见证。", 4, True),
    (1, "电业局宿舍", 6, "visit", "scheme", "低层住户反对加装电梯，担心采光和噪音",
     "", None, False),
    (1, "新华里", 25, "online", "property", "改造后是否引入物业，费用多少？",
     "拟引入专业物业，收费标准将由业主大会表决确定。", 5, True),
    (2, "和平里小区", 80, "hotline", "quality", "1号楼单元门禁刷卡失灵",
     "已由施工单位在保修期内更换读卡器。", 3, True),
    (2, "和平里小区", 35, "visit", "property", "物业进场后垃圾清运不及时",
     "已约谈物业公司，清运改为每日两次。", 2, True),
]


def populate_opinions(session, projects: list[Project], today: dt.date) -> None:
    handlers = ["陈静", "王建国", "刘强"]
    for number, (index, compound_name, ago, channel, category, content, reply, after, closed) in enumerate(
        OPINIONS
    ):
        project = projects[index]
        compound = next(c for c in project.compounds if c.name == compound_name)
        household = _households(session, compound.id)[(number * 7) % 20]
        received = today - dt.timedelta(days=ago)
        opinion = opinions.create_opinion(
            session,
            opinions.OpinionData(
                project_id=project.id,
                content=content,
                received_on=received,
                compound_id=compound.id,
                household_id=household.id,
                person=household.owner_name,
                phone=household.phone,
                channel=channel,
                category=category,
                handler=handlers[number % len(handlers)],
                reply=reply,
                replied_on=received + dt.timedelta(days=after) if after is not None else None,
            ),
            today=today,
        )
        if closed:
            opinions.set_closed(session, opinion, True)


def populate_days(session, project: Project, today: dt.date) -> None:
    """Two supervision days in the project under construction; issues became an opinion and a
    rectification, others wait for an answer."""
    by_name = {c.name: c for c in project.compounds}
    first = supervision_days.save_day(
        session,
        supervision_days.DayData(
            project_id=project.id,
            held_on=today - dt.timedelta(days=28),
            compound_id=by_name["幸福里小区"].id,
            place="幸福里社区党群服务中心",
            attendees="李秀英、周桂兰、王德明、张淑珍、刘国华、陈静（街道）、张伟（监理）、刘强（施工）",
            notes="通报本月施工进度及首批工程款拨付情况，现场答复居民提问。",
            issues=[
                supervision_days.IssueData("3号楼雨水立管错接入污水井", "王德明", "城建第三工程有限公司",
                                   today - dt.timedelta(days=21)),
                supervision_days.IssueData("希望公示首批工程款拨付明细", "张淑珍", "东湖街道办事处"),
                supervision_days.IssueData("施工车辆早晚进出，建议错开上学时间", "刘国华", "城建第三工程有限公司"),
            ],
        ),
    )
    resident_issues.issue_to_rectification(
        session,
        first.issues[0].id,
        requirement="改正错接，雨水立管接入雨水井，完成后通水检查",
        location_text="幸福里小区 3号楼",
        basis="《建筑给水排水及采暖工程施工质量验收规范》GB 50242",
        category="workmanship",
        issued_at=dt.datetime.combine(first.held_on, dt.time(16, 0)),
    )
    opinion = supervision_days.issue_to_opinion(session, first.issues[1].id)
    opinions.update_opinion(
        session,
        opinion,
        opinions.OpinionData(
            **{
                **opinions.opinion_data(opinion).__dict__,
                "category": "funds",
                "reply": "首批工程款拨付明细已在小区公示栏和业主群公示7天。",
                "replied_on": first.held_on + dt.timedelta(days=3),
            }
        ),
    )
    supervision_days.save_day(
        session,
        supervision_days.DayData(
            project_id=project.id,
            held_on=today - dt.timedelta(days=7),
            compound_id=by_name["光明新村"].id,
            place="光明新村2栋架空层",
            attendees="李秀英、孙美玲、赵长庚、钟福生、陈静（街道）",
            notes="居民代表随同监理查看楼道改造样板段。",
            issues=[
                supervision_days.IssueData("楼道扶手安装高度偏低，老人使用不便", "赵长庚", "城建第三工程有限公司",
                                   today + dt.timedelta(days=7)),
                supervision_days.IssueData("绿化带施工后未恢复", "孙美玲", "城建第三工程有限公司"),
            ],
        ),
    )


SURVEY_SPREAD = {
    # item: weights of (very satisfied, satisfied, basically satisfied, unsatisfied)
    "default": (45, 38, 11, 6),
    "parking": (20, 35, 25, 20),
    "duration": (30, 35, 20, 15),
    "site_tidiness": (35, 40, 15, 10),
}
RATING_KEYS = ("very_satisfied", "satisfied", "basically_satisfied", "unsatisfied")


def populate_surveys(session, project: Project, day: dt.date, rng: random.Random) -> None:
    """Satisfaction forms from most households of the finished project, around ``day``."""
    for compound in project.compounds:
        households = _households(session, compound.id)
        for number, household in enumerate(households):
            if rng.random() < 0.15:
                continue  # not reached
            ratings = {}
            for item in SURVEY_ITEM_KEYS:
                if item == "elevator" or (item == "gas" and rng.random() < 0.3):
                    continue  # nothing done there, or the household would not say
                weights = SURVEY_SPREAD.get(item, SURVEY_SPREAD["default"])
                ratings[item] = rng.choices(RATING_KEYS, weights)[0]
            unsatisfied = ratings["overall"] == "unsatisfied"
            surveys.save_survey(
                session,
                surveys.SurveyData(
                    compound_id=compound.id,
                    household_id=household.id,
                    method=rng.choice(("visit", "visit", "qr_code", "phone")),
                    ratings=ratings,
                    comments="停车位仍然紧张" if unsatisfied else (
                        "改造后环境好多了，感谢" if rng.random() < 0.2 else ""
                    ),
                    respondent=household.owner_name,
                    phone=household.phone,
                    surveyor=VISITORS[number % len(VISITORS)],
                    surveyed_on=day - dt.timedelta(days=rng.randrange(0, 12)),
                ),
            )
