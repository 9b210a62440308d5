"""The rates on a ledger's summary sheet, from the same core counts the window shows.

The consultation ledger's summary gives each compound's 同意率 per round (``residents.consultation.
tally``: households, visited, agreeing, 不同意, 弃权, 未入户, the rate and whether it meets the
consent rule); the satisfaction ledger's gives each compound's 满意率 (``residents.surveys.
compound_satisfaction``). Both count every answer of the compounds in scope, whatever the ledger's
date range, as a rate is only meaningful over the whole round.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from supervisor.codes import ROUND_NAMES
from supervisor.db.models import Building, Compound, Consultation, Household, Project, Unit
from supervisor.documents.ledgers.xlsx import SummaryTable

WHOLE_ROUND = "按全部入户记录计算（不受日期范围限制）；同意率＝同意户数÷总户数。"


def _compounds(session: Session, scope) -> list[tuple[str, Compound]]:
    query = select(Project.code, Compound).join(Project, Project.id == Compound.project_id)
    if scope.project_id is not None:
        query = query.where(Project.id == scope.project_id)
    from supervisor.residents.roster import natural_key

    return sorted(session.execute(query).all(), key=lambda r: (r[0], natural_key(r[1].name)))


def consultation_tables(session: Session, scope) -> list[SummaryTable]:
    from supervisor.residents.consultation import consent_settings, tally

    held = set(
        session.execute(
            select(Building.compound_id, Consultation.round)
            .join(Unit, Unit.building_id == Building.id)
            .join(Household, Household.unit_id == Unit.id)
            .join(Consultation, Consultation.household_id == Household.id)
            .distinct()
        ).all()
    )
    settings = consent_settings(session)
    rows = []
    for code, compound in _compounds(session, scope):
        for round_ in sorted(ROUND_NAMES):
            if (compound.id, round_) not in held:
                continue
            result = tally(session, compound, round_, settings)
            count = result.count
            rows.append((
                code, compound.name, ROUND_NAMES[round_], count.households, count.visited, count.agreeing,
                count.disagreeing, count.abstaining, count.households - count.visited, count.rate,
                result.threshold_text(), "是" if result.passed else "否",
            ))
    return [SummaryTable(
        "同意率（按小区、轮次）",
        ("项目编号", "小区", "轮次", "总户数", "已入户", "同意", "不同意", "弃权", "未入户", "同意率", "表决规则",
         "是否达到"),
        rows,
        ("text", "text", "text", "int", "int", "int", "int", "int", "int", "rate", "text", "text"),
        WHOLE_ROUND,
    )]


def satisfaction_tables(session: Session, scope) -> list[SummaryTable]:
    from supervisor.residents.surveys import compound_satisfaction

    rows = []
    for code, compound in _compounds(session, scope):
        result = compound_satisfaction(session, compound.id)
        overall = result.overall
        if not overall.forms:
            continue
        counts = overall.counts
        rows.append((
            code, compound.name, result.households, overall.forms, overall.valid,
            counts.get("very_satisfied", 0), counts.get("satisfied", 0), counts.get("basically_satisfied", 0),
            counts.get("unsatisfied", 0), overall.rate, result.coverage,
        ))
    return [SummaryTable(
        "满意率（按小区，整体改造效果）",
        ("项目编号", "小区", "总户数", "调查份数", "有效份数", "非常满意", "满意", "基本满意", "不满意", "满意率",
         "覆盖率"),
        rows,
        ("text", "text", "int", "int", "int", "int", "int", "int", "int", "rate", "rate"),
        "按全部调查表计算（不受日期范围限制）；满意率＝（非常满意＋满意＋基本满意）÷有效份数，"
        "覆盖率＝调查份数÷总户数。",
    )]


def _source_tables(session: Session, scope) -> list[SummaryTable]:
    from supervisor.documents.ledgers.money import source_tables

    return source_tables(session, scope)


TABLES = {"consultation": consultation_tables, "satisfaction": satisfaction_tables, "funds": _source_tables,
          "funds-detail": _source_tables}


def tables(session: Session, ledger: str, scope) -> list[SummaryTable]:
    """The rate tables of ``ledger``'s summary sheet (none for most ledgers, and none for a
    ledger of exactly a list's rows, whose summary counts only those)."""
    make = TABLES.get(ledger)
    if make is None or scope.view is not None:
        return []
    return make(session, scope)
