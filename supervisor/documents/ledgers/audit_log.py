"""The 操作日志 ledger: the history's entries, oldest first, as a reader checks them — who
changed which record, when (local time), what was done, and each field "字段：旧 → 新" on a line
of its own, every value by its Chinese name.

The rows follow a ``Scope``: a project and a date range (from the command line and File →
Export ledger), or exactly the audit log window's filters (``scope.view`` is its
``supervisor.history.reading.Filter``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import cache
from typing import Iterator

from sqlalchemy.orm import Session

from supervisor.history import fields, reading

BATCH = 2000
LINE_LIMIT = 1000  # characters of one value in a cell (a long text stays readable; Excel holds 32,767)


@cache
def words() -> fields.Words:
    """The ledger's Chinese: the kernel's names and the residents' lists and roles."""
    from supervisor.accounts.roles import Role
    from supervisor.residents import catalog

    def by_key(entries) -> dict[str, str]:
        return {entry.key: entry.zh for entry in entries}

    names = dict(fields.CHINESE)
    names.update({
        "answer": by_key(catalog.ANSWERS), "rating": by_key(catalog.RATINGS),
        "survey_item": by_key(catalog.SURVEY_ITEMS), "survey_method": by_key(catalog.SURVEY_METHODS),
        "channel": by_key(catalog.OPINION_CHANNELS), "opinion_category": by_key(catalog.OPINION_CATEGORIES),
        "opinion_status": by_key(catalog.OPINION_STATUSES),
        "menu_item": {key: item.zh for key, item in catalog.MENU_ITEMS.items()},
        "role": {Role.ADMINISTRATOR: "管理员", Role.PROJECT_MANAGER: "项目经理", Role.SUPERVISOR: "监理",
                 Role.CLERK: "资料员", Role.AUDITOR: "审计"},
    })
    base = fields.CHINESE_WORDS
    return fields.Words(field=base.field, kind=base.kind, names=names, limit=LINE_LIMIT)


def scope_filter(scope) -> reading.Filter:
    """The entries a scope asks for: the window's filter as it is, or a project and local days."""
    if isinstance(scope.view, reading.Filter):
        return scope.view
    since = reading.utc_from_local(scope.date_from) if scope.date_from else None
    until = reading.utc_from_local(scope.date_to + dt.timedelta(days=1)) if scope.date_to else None
    return reading.Filter(project_id=scope.project_id, since=since, until=until)


def row_of(number: int, entry: reading.Entry) -> tuple:
    w = words()
    return (
        number, reading.local_time(entry.at).replace(microsecond=0), entry.person,
        w.kind(entry.kind), entry.label, fields.action_name(entry.action, entry.operation).zh,
        "\n".join(fields.change_lines(entry, w))[:32000],
    )


def rows(session: Session, scope, today: dt.date) -> Iterator[tuple]:
    """The entries, oldest first, read a batch at a time (by id, so memory stays flat)."""
    which = scope_filter(scope)
    number, after = 0, which.after_id
    while True:
        batch = reading.entries(session, replace(which, after_id=after), newest_first=False, limit=BATCH)
        for entry in batch:
            number += 1
            yield row_of(number, entry)
        if len(batch) < BATCH:
            return
        after = batch[-1].id


def count(session: Session, scope, today: dt.date) -> int:
    return reading.count(session, scope_filter(scope))


def describe(session: Session, scope) -> str:
    """The scope line: the project, the days, and the window's other filters."""
    from supervisor.db.models import Project

    which = scope_filter(scope)
    project = session.get(Project, which.project_id) if which.project_id is not None else None
    parts = [f"项目 {project.code} {project.name}" if project else "全部项目"]
    if which.since or which.until:
        start = f"{reading.local_time(which.since):%Y-%m-%d}" if which.since else "…"
        end = f"{reading.local_time(which.until) - dt.timedelta(days=1):%Y-%m-%d}" if which.until else "…"
        parts.append(f"{start} 至 {end}")
    if which.person:
        parts.append(f"操作人：{which.person}")
    kinds = which.kinds or ((which.kind,) if which.kind else ())
    if kinds:
        parts.append("记录类别：" + "、".join(fields.KIND_ZH.get(k, k) for k in kinds))
    if which.label_contains:
        parts.append(f"记录编号含：{which.label_contains}")
    return "；".join(parts)

