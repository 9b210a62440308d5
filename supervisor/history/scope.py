"""Which records a printed form is about, and what became of them after it was printed.

Each form's records are given by ``RULES``: a site check record is the check, the photos on it
(its photo links, the photos and their originals and previews); a rectification notice is the
item, its events, its photo links and those of its site check (the "before" photos), the check
(its inspector and time are printed) and the photos; the procedure sheet is the project, its
parties, steps, materials and attached files; the acceptance record is the project's
acceptance and its items; the site check register is the project's checks; the opinion
register is the compound's buildings, units and households and their answers in that round;
the satisfaction register is the compound and its surveys. The project's name and parties,
printed at the top of every form, count only for the procedure sheet.

A rule reads: records of ``kind`` whose ``field`` is in the set ``source`` belong to the form,
and their ``collect`` fields fill further sets (a photo link's ``photo_id`` the photos). A
record belongs if it does now (its row), did as the history last recorded it (its copy in
``history_state``), or did at any change after printing (old or new values of its entries): a
photo link moved to another check or removed still counts for the check it left.

``gather`` also compares each of these records with the history: one that differs from its
last entry, was added or was removed outside the application is a problem.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from supervisor.history import audited, canonical, reading
from supervisor.history.codes import Message
from supervisor.history.schema import HistoryEntry, HistoryState
from supervisor.i18n import QT_TRANSLATE_NOOP

CHUNK = 500
LIKES = 40  # values looked for in one query of the history's copies


@dataclass(frozen=True)
class Rule:
    kind: str
    field: str
    source: str
    collect: tuple[tuple[str, str], ...] = ()  # (field, set): members' values fill the set
    where: tuple[tuple[str, object], ...] = ()  # further fields that must have these values


def _photos(source: str, by: str) -> list[Rule]:
    return [Rule("photo_link", by, source, (("photo_id", "photos"),))]


_PHOTOS = [Rule("photo", "id", "photos"), Rule("photo_blob", "photo_id", "photos")]


def rules(form: str, round_: int) -> tuple[str, list[Rule]]:
    """The kind of the form's main record (keyed by the code's record) and the form's rules."""
    if form == "site-check":
        return "site_check", [Rule("site_check", "id", "record"), *_photos("record", "check_id"), *_PHOTOS]
    if form == "rectification":
        return "rectification", [
            Rule("rectification", "id", "record", (("check_id", "checks"),)),
            Rule("rectification_event", "rectification_id", "record"),
            Rule("site_check", "id", "checks"),
            *_photos("record", "rectification_id"), *_photos("checks", "check_id"), *_PHOTOS,
        ]
    if form == "procedure":
        return "project", [
            Rule("project", "id", "record"), Rule("project_party", "project_id", "record"),
            Rule("project_step", "project_id", "record", (("id", "steps"),)),
            Rule("step_material", "step_id", "steps", (("id", "materials"),)),
            Rule("attachment", "material_id", "materials"),
        ]
    if form == "acceptance":
        return "project", [Rule("acceptance", "project_id", "record"), Rule("acceptance_item", "project_id", "record")]
    if form == "site-checks":
        return "project", [Rule("site_check", "project_id", "record")]
    if form == "opinions":
        return "compound", [
            Rule("compound", "id", "record"),
            Rule("building", "compound_id", "record", (("id", "buildings"),)),
            Rule("unit", "building_id", "buildings", (("id", "units"),)),
            Rule("household", "unit_id", "units", (("id", "households"),)),
            Rule("consultation", "household_id", "households", where=(("round", round_),)),
        ]
    if form == "satisfaction":
        return "compound", [Rule("compound", "id", "record"), Rule("survey", "compound_id", "record")]
    raise KeyError(form)


@dataclass
class Found:
    main: tuple[str, str]
    members: set[tuple[str, str]] = field(default_factory=set)
    changes: list[reading.Entry] = field(default_factory=list)  # after printing, oldest first
    problems: list[Message] = field(default_factory=list)
    last_entries: set[int] = field(default_factory=set)  # each member's last entry


class _Copies:
    """The history's copies (``history_state``) of records, read as needed."""

    def __init__(self, session: Session):
        self.session = session
        self.rows: dict[tuple[str, str], tuple[dict, str, str, int] | None] = {}

    def load(self, kind: str, keys) -> None:
        wanted = [k for k in keys if (kind, k) not in self.rows]
        table = HistoryState.__table__
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start:start + CHUNK]
            for key in chunk:
                self.rows[(kind, key)] = None
            rows = self.session.execute(select(table.c.row_key, table.c.state, table.c.state_hash, table.c.entry_id)
                                        .where(table.c.kind == kind, table.c.row_key.in_(chunk)))
            for key, text, state_hash, entry_id in rows:
                self.rows[(kind, key)] = (_loads(text), text, state_hash, entry_id)

    def matching(self, rule: Rule, values: set) -> list[tuple[str, dict]]:
        """The copies of ``rule.kind`` whose ``rule.field`` is one of ``values`` (looked for in
        the canonical JSON text, then checked)."""
        table = HistoryState.__table__
        found = []
        ordered = sorted(values, key=str)
        for start in range(0, len(ordered), LIKES):
            likes = []
            for value in ordered[start:start + LIKES]:
                text = canonical.encode(value)
                likes += [table.c.state.like(f'%"{rule.field}":{text},%'), table.c.state.like(f'%"{rule.field}":{text}}}%')]
            rows = self.session.execute(select(table.c.row_key, table.c.state, table.c.state_hash, table.c.entry_id)
                                        .where(table.c.kind == rule.kind, or_(*likes)))
            for key, text, state_hash, entry_id in rows:
                state = _loads(text)
                self.rows[(rule.kind, key)] = (state, text, state_hash, entry_id)
                if state.get(rule.field) in values:
                    found.append((key, state))
        return found


def _loads(text: str) -> dict:
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def gather(session: Session, form: str, round_: int, record: int, head_id: int) -> Found:
    """The form's records, the entries about them after entry ``head_id``, and the problems."""
    main_kind, form_rules = rules(form, round_)
    found = Found(main=(main_kind, str(record)))
    sets: dict[str, set] = {"record": {record}}
    after = _entries_after(session, head_id, {r.kind for r in form_rules}, _project_of(session, main_kind, record))
    touched: dict[tuple[str, str], list[reading.Entry]] = {}
    for entry in after:
        touched.setdefault((entry.kind, entry.row_key), []).append(entry)
    copies = _Copies(session)
    for kind in {k for k, _ in touched}:
        copies.load(kind, [key for k, key in touched if k == kind])
    live: dict[tuple[str, str], dict] = {}

    def values(kind: str, key: str, name: str) -> set:
        """Every value the record's field had: now, as last recorded, at each change after printing."""
        seen = set()
        for state in (live.get((kind, key)), (copies.rows.get((kind, key)) or (None,))[0]):
            if state and state.get(name) is not None:
                seen.add(state[name])
        for entry in touched.get((kind, key), ()):
            pair = entry.changes.get(name)
            if isinstance(pair, list):
                seen.update(v for v in pair if v is not None)
        return seen

    for rule in form_rules:
        wanted = sets.setdefault(rule.source, set())
        members = set()
        for key, state in _live_rows(session, rule, wanted):
            live[(rule.kind, key)] = state
            members.add(key)
        for key, _state in copies.matching(rule, wanted) if wanted else ():
            members.add(key)
        for kind, key in touched:
            if kind == rule.kind and values(kind, key, rule.field) & wanted:
                members.add(key)
        members = {key for key in members
                   if all(value in values(rule.kind, key, name) for name, value in rule.where)}
        for key in members:
            found.members.add((rule.kind, key))
            for name, target in rule.collect:
                sets.setdefault(target, set()).update(values(rule.kind, key, name))
    found.changes = [e for e in after if (e.kind, e.row_key) in found.members]
    _compare(session, found, copies)
    return found


def _project_of(session: Session, kind: str, record: int) -> int | None:
    if kind == "project":
        return record
    table = HistoryEntry.__table__
    return session.scalar(select(table.c.project_id).where(table.c.kind == kind, table.c.row_key == str(record))
                          .order_by(table.c.id.desc()).limit(1))


def _entries_after(session: Session, head_id: int, kinds: set[str], project_id: int | None) -> list[reading.Entry]:
    """The entries after ``head_id`` of ``kinds`` (in the project, or in none), oldest first."""
    t = HistoryEntry
    query = select(t).where(t.id > head_id, t.kind.in_(sorted(kinds))).order_by(t.id)
    if project_id is not None:
        query = query.where(or_(t.project_id == project_id, t.project_id.is_(None)))
    return [reading._entry(row) for row in session.scalars(query)]  # noqa: SLF001 - the one conversion


def _live_rows(session: Session, rule: Rule, wanted: set) -> list[tuple[str, dict]]:
    """The records of ``rule.kind`` now in the database with ``rule.field`` in ``wanted``."""
    if not wanted:
        return []
    table = audited.tables()[rule.kind]
    column = table.c[rule.field]
    names = {c.name for c in audited.key_columns(table)} | {rule.field} | {n for n, _ in rule.collect} \
        | {n for n, _ in rule.where}
    ordered = sorted(wanted, key=str)
    found = []
    for start in range(0, len(ordered), CHUNK):
        chunk = [v for v in ordered[start:start + CHUNK] if isinstance(v, int) or str(v).isdigit()]
        if not chunk:
            continue
        condition = and_(column.in_([int(v) for v in chunk]),
                         *[table.c[name] == value for name, value in rule.where])
        for row in session.execute(select(*[table.c[n] for n in sorted(names)]).where(condition)).mappings():
            found.append((audited.key_of(table, row), dict(row)))
    return found




def _compare(session: Session, found: Found, copies: _Copies) -> None:
    """Each member now against the history's copy of it and its last entry."""
    from supervisor.history.recorder import read_states

    by_kind: dict[str, list[str]] = {}
    for kind, key in sorted(found.members | {found.main}):
        by_kind.setdefault(kind, []).append(key)
    connection = session.connection()
    last_hashes: dict[int, str] = {}
    for kind, keys in by_kind.items():
        copies.load(kind, keys)
        now = read_states(connection, kind, keys)
        ids = [row[3] for key in keys if (row := copies.rows.get((kind, key)))]
        for start in range(0, len(ids), CHUNK):
            last_hashes.update(session.execute(
                select(HistoryEntry.id, HistoryEntry.state_hash).where(HistoryEntry.id.in_(ids[start:start + CHUNK]))
            ).all())
        what = audited.KIND_NAMES.get(kind, kind)
        for key in keys:
            state, copy = now.get((kind, key)), copies.rows.get((kind, key))
            if copy is not None:
                found.last_entries.add(copy[3])
            if state is None and copy is None:
                continue  # removed through the application (or never there)
            name = audited.label(kind, state if state is not None else copy[0])
            params = (("what", what), ("record", name))
            if copy is None:
                found.problems.append(Message(QT_TRANSLATE_NOOP("codes", "The {what} {record} is not in the history: it was "
                                                          "added outside the application."), params))
            elif state is None:
                found.problems.append(Message(QT_TRANSLATE_NOOP("codes", "The {what} {record} was removed outside the "
                                                          "application."), params))
            elif canonical.digest(copy[1]) != copy[2] or last_hashes.get(copy[3]) != copy[2]:
                found.problems.append(Message(QT_TRANSLATE_NOOP("codes", "The history's copy of the {what} {record} does not "
                                                          "match its last entry."), params))
            elif canonical.digest(canonical.encode(state)) != copy[2]:
                fields = sorted(n for n in set(state) | set(copy[0]) if state.get(n) != copy[0].get(n))
                found.problems.append(Message(QT_TRANSLATE_NOOP("codes", "The {what} {record} was changed outside the "
                                                          "application ({fields})."),
                                              (*params, ("fields", ", ".join(fields) or "?"))))
