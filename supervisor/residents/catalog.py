"""Fixed lists of the resident records: the renovation menu, survey items, channels, categories.

Each entry has a stable key (stored in the database), its Chinese name (printed on forms and
ledgers) and an English label marked for Qt's translation system (shown in the window).
"""

from __future__ import annotations

from dataclasses import dataclass

from supervisor.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Entry:
    key: str
    zh: str
    label: str  # English source text; the UI translates it in context "catalog"


def _e(key: str, zh: str, label: str) -> Entry:
    return Entry(key, zh, label)


# The renovation menu (改造菜单) a household picks from, in the national classes (DOMAIN §1).
MENU_GROUPS: tuple[tuple[Entry, tuple[Entry, ...]], ...] = (
    (
        _e("basic", "基础类", QT_TRANSLATE_NOOP("catalog", "Basic")),
        (
            _e("water", "供水", QT_TRANSLATE_NOOP("catalog", "Water supply")),
            _e("drainage", "排水及雨污分流", QT_TRANSLATE_NOOP("catalog", "Drainage, rain-sewage separation")),
            _e("power", "供电", QT_TRANSLATE_NOOP("catalog", "Power supply")),
            _e("gas", "燃气", QT_TRANSLATE_NOOP("catalog", "Gas")),
            _e("roads", "道路", QT_TRANSLATE_NOOP("catalog", "Roads")),
            _e("lighting", "照明", QT_TRANSLATE_NOOP("catalog", "Lighting")),
            _e("fire", "消防", QT_TRANSLATE_NOOP("catalog", "Fire safety")),
            _e("security", "安防", QT_TRANSLATE_NOOP("catalog", "Security")),
            _e("roof", "屋面修缮", QT_TRANSLATE_NOOP("catalog", "Roof repair")),
            _e("walls", "外墙修缮", QT_TRANSLATE_NOOP("catalog", "Outer wall repair")),
            _e("stairwells", "楼道修缮", QT_TRANSLATE_NOOP("catalog", "Stairwell repair")),
            _e("cables", "线缆整治", QT_TRANSLATE_NOOP("catalog", "Overhead cables tidied")),
        ),
    ),
    (
        _e("improvement", "完善类", QT_TRANSLATE_NOOP("catalog", "Improvement")),
        (
            _e("illegal_structures", "拆除违建", QT_TRANSLATE_NOOP("catalog", "Illegal structures removed")),
            _e("greening", "绿化", QT_TRANSLATE_NOOP("catalog", "Greening")),
            _e("sanitation", "环卫设施", QT_TRANSLATE_NOOP("catalog", "Sanitation")),
            _e("elder_friendly", "适老化及无障碍", QT_TRANSLATE_NOOP("catalog", "Elder-friendly, barrier-free")),
            _e("parking", "停车", QT_TRANSLATE_NOOP("catalog", "Parking")),
            _e("car_charging", "汽车充电", QT_TRANSLATE_NOOP("catalog", "Car charging")),
            _e("bike_charging", "电动自行车充电", QT_TRANSLATE_NOOP("catalog", "E-bike charging")),
            _e("energy_saving", "建筑节能", QT_TRANSLATE_NOOP("catalog", "Energy saving")),
            _e("elevator", "加装电梯", QT_TRANSLATE_NOOP("catalog", "Added elevator")),
        ),
    ),
    (
        _e("upgrade", "提升类", QT_TRANSLATE_NOOP("catalog", "Upgrade")),
        (
            _e("elderly_care", "养老服务", QT_TRANSLATE_NOOP("catalog", "Elderly care")),
            _e("childcare", "托育", QT_TRANSLATE_NOOP("catalog", "Childcare")),
            _e("meals", "助餐", QT_TRANSLATE_NOOP("catalog", "Meal service")),
            _e("shops", "便民商业", QT_TRANSLATE_NOOP("catalog", "Shops")),
            _e("parcels", "快递驿站", QT_TRANSLATE_NOOP("catalog", "Parcel station")),
            _e("clinic", "卫生服务站", QT_TRANSLATE_NOOP("catalog", "Clinic")),
            _e("smart_security", "智慧安防", QT_TRANSLATE_NOOP("catalog", "Smart security")),
        ),
    ),
)

MENU_ITEMS: dict[str, Entry] = {item.key: item for _group, items in MENU_GROUPS for item in items}
MENU_GROUP_OF: dict[str, Entry] = {item.key: group for group, items in MENU_GROUPS for item in items}

# The items rated on the satisfaction survey form (DOMAIN §3). ``overall`` decides whether a
# form counts as satisfied.
SURVEY_ITEMS: tuple[Entry, ...] = (
    _e("roads", "道路", QT_TRANSLATE_NOOP("catalog", "Roads")),
    _e("lighting", "照明", QT_TRANSLATE_NOOP("catalog", "Lighting")),
    _e("water", "供水", QT_TRANSLATE_NOOP("catalog", "Water supply")),
    _e("pipes", "雨污管网", QT_TRANSLATE_NOOP("catalog", "Rain and sewage pipes")),
    _e("cables", "线缆整治", QT_TRANSLATE_NOOP("catalog", "Cable tidiness")),
    _e("gas", "燃气", QT_TRANSLATE_NOOP("catalog", "Gas")),
    _e("walls_roofs", "外墙及屋面", QT_TRANSLATE_NOOP("catalog", "Walls and roofs")),
    _e("stairwells", "楼道", QT_TRANSLATE_NOOP("catalog", "Stairwells")),
    _e("greening", "绿化", QT_TRANSLATE_NOOP("catalog", "Greening")),
    _e("parking", "停车", QT_TRANSLATE_NOOP("catalog", "Parking")),
    _e("charging", "充电设施", QT_TRANSLATE_NOOP("catalog", "Charging")),
    _e("fire_security", "消防安防", QT_TRANSLATE_NOOP("catalog", "Fire safety and security")),
    _e("elevator", "电梯", QT_TRANSLATE_NOOP("catalog", "Elevator")),
    _e("site_tidiness", "施工期间文明施工", QT_TRANSLATE_NOOP("catalog", "Site tidiness during works")),
    _e("duration", "施工工期", QT_TRANSLATE_NOOP("catalog", "Duration of works")),
    _e("overall", "整体改造效果", QT_TRANSLATE_NOOP("catalog", "Overall result")),
    _e("property", "后续物业管理", QT_TRANSLATE_NOOP("catalog", "Property management afterwards")),
)
SURVEY_ITEM_KEYS = tuple(item.key for item in SURVEY_ITEMS)
OVERALL = "overall"

RATINGS: tuple[Entry, ...] = (
    _e("very_satisfied", "非常满意", QT_TRANSLATE_NOOP("catalog", "Very satisfied")),
    _e("satisfied", "满意", QT_TRANSLATE_NOOP("catalog", "Satisfied")),
    _e("basically_satisfied", "基本满意", QT_TRANSLATE_NOOP("catalog", "Basically satisfied")),
    _e("unsatisfied", "不满意", QT_TRANSLATE_NOOP("catalog", "Unsatisfied")),
)
SATISFIED_RATINGS = frozenset(r.key for r in RATINGS[:3])

ANSWERS: tuple[Entry, ...] = (
    _e("agree", "同意", QT_TRANSLATE_NOOP("catalog", "Agree")),
    _e("disagree", "不同意", QT_TRANSLATE_NOOP("catalog", "Disagree")),
    _e("abstain", "弃权", QT_TRANSLATE_NOOP("catalog", "Abstain")),
    _e("not_visited", "未入户", QT_TRANSLATE_NOOP("catalog", "Not visited")),
)

SURVEY_METHODS: tuple[Entry, ...] = (
    _e("visit", "入户", QT_TRANSLATE_NOOP("catalog", "Home visit")),
    _e("qr_code", "扫码", QT_TRANSLATE_NOOP("catalog", "QR code")),
    _e("phone", "电话", QT_TRANSLATE_NOOP("catalog", "Phone")),
)

OPINION_CHANNELS: tuple[Entry, ...] = (
    _e("visit", "走访", QT_TRANSLATE_NOOP("catalog", "Visit")),
    _e("phone", "电话", QT_TRANSLATE_NOOP("catalog", "Phone")),
    _e("hotline", "12345热线", QT_TRANSLATE_NOOP("catalog", "12345 hotline")),
    _e("online", "网络/微信", QT_TRANSLATE_NOOP("catalog", "Online / WeChat")),
    _e("letter", "来信来访", QT_TRANSLATE_NOOP("catalog", "Letter or call-in")),
    _e("supervision_day", "民主监督日", QT_TRANSLATE_NOOP("catalog", "Supervision day")),
    _e("other", "其他", QT_TRANSLATE_NOOP("catalog", "Other")),
)

OPINION_CATEGORIES: tuple[Entry, ...] = (
    _e("scheme", "改造方案", QT_TRANSLATE_NOOP("catalog", "Scheme")),
    _e("quality", "施工质量", QT_TRANSLATE_NOOP("catalog", "Quality")),
    _e("progress", "施工进度", QT_TRANSLATE_NOOP("catalog", "Progress")),
    _e("safety", "安全", QT_TRANSLATE_NOOP("catalog", "Safety")),
    _e("disturbance", "噪音扬尘扰民", QT_TRANSLATE_NOOP("catalog", "Noise, dust, disturbance")),
    _e("funds", "资金", QT_TRANSLATE_NOOP("catalog", "Funds")),
    _e("property", "物业管理", QT_TRANSLATE_NOOP("catalog", "Property management")),
    _e("other", "其他", QT_TRANSLATE_NOOP("catalog", "Other")),
)

OPINION_STATUSES: tuple[Entry, ...] = (
    _e("open", "待答复", QT_TRANSLATE_NOOP("catalog", "Awaiting reply")),
    _e("replied", "已答复", QT_TRANSLATE_NOOP("catalog", "Replied")),
    _e("closed", "已办结", QT_TRANSLATE_NOOP("catalog", "Closed")),
)


def by_key(entries) -> dict[str, Entry]:
    return {entry.key: entry for entry in entries}


def zh(entries, key: str) -> str:
    """The Chinese name of ``key`` in ``entries`` ('' for an unknown or empty key)."""
    entry = by_key(entries).get(key)
    return entry.zh if entry else ""


def wanted_text(keys) -> str:
    """Wanted items in Chinese, grouped as on the register: "基础：供水、道路；完善：停车"."""
    groups: dict[str, list[str]] = {}
    for key in keys:
        if key in MENU_ITEMS:
            groups.setdefault(MENU_GROUP_OF[key].zh[:2], []).append(MENU_ITEMS[key].zh)
    return "；".join(f"{group}：{'、'.join(items)}" for group, items in groups.items())
