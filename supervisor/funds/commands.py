"""The command ``supervisor funds``: a project's money as the street office reads it — budget,
contracts, what was applied for, certified, disbursed, retained and still to pay, by source and
by contract, the residents' share, urgent repairs, and the deadlines after acceptance with the
overdue ones (``--json`` for scripts: amounts as exact decimal strings). ``add_parsers`` is
given the function that opens a database signed in (the command line's)."""

from __future__ import annotations

import json
from collections.abc import Callable

EXIT_OK = 0


def add_parsers(commands, opener: Callable, parse_day: Callable) -> None:
    funds = commands.add_parser(
        "funds", help="print a project's money: budget, contracts, certified, disbursed, retained, deadlines"
    )
    funds.add_argument("--db", dest="sub_db", required=True, metavar="PATH_OR_URL")
    funds.add_argument("--project", required=True, metavar="CODE")
    funds.add_argument("--json", action="store_true", help="print JSON (amounts as exact decimal strings)")
    funds.add_argument("--today", metavar="YYYY-MM-DD", help="count the deadlines as of this day")
    funds.set_defaults(run=lambda args: run_funds(args, opener, parse_day))


def run_funds(args, opener: Callable, parse_day: Callable) -> int:
    from supervisor.funds import summary
    from supervisor.projects.project import find_project

    today = parse_day(args.today)
    database = opener(args.sub_db)
    try:
        with database.read() as session:
            funds = summary.project_funds(session, find_project(session, args.project), today)
    finally:
        database.close()
    if args.json:
        print(json.dumps({"date": funds.today.isoformat(), **summary.to_json(funds)}, ensure_ascii=False, indent=2))
    else:
        print(format_text(funds), end="")
    return EXIT_OK


def format_text(funds) -> str:
    from supervisor.codes import CONTRACT_KIND_NAMES
    from supervisor.funds import rules
    from supervisor.funds.amounts import yuan

    rule = rules.RULES.get(funds.payment_rule)
    lines = [
        f"{funds.code}  {funds.name}",
        f"  payment rule: {rule.code if rule else funds.payment_rule} ({rule.name if rule else ''}), "
        f"retention {funds.retention_percent:.2f} %",
        f"  budget      {yuan(funds.budget):>18}",
        f"  contracts   {yuan(funds.contract_total):>18}",
        f"  applied     {yuan(funds.applied):>18}",
        f"  certified   {yuan(funds.certified):>18}",
        f"  disbursed   {yuan(funds.disbursed):>18}",
        f"  due         {yuan(funds.due):>18}   (certified, not yet disbursed)",
        f"  retained    {yuan(funds.retained):>18}",
        "  by source (budget / disbursed / remaining):",
    ]
    for s in funds.sources:
        lines.append(f"    {s.name}  {yuan(s.budget)} / {yuan(s.disbursed)} / {yuan(s.remaining)}")
    if funds.sources and funds.sources_total != funds.budget:
        lines.append(f"    note: the sources add up to {yuan(funds.sources_total)}, not the budget {yuan(funds.budget)}")
    if not funds.sources:
        lines.append("    none entered")
    lines.append("  by contract (price / certified / disbursed / retained):")
    for c in funds.contracts:
        lines.append(f"    {CONTRACT_KIND_NAMES.get(c.kind, c.kind)} {c.party}  {yuan(c.price)} / "
                     f"{yuan(c.certified)} / {yuan(c.disbursed)} / {yuan(c.retained)}"
                     + (f", retention due {c.retention_due_on.isoformat()}" if c.retention_due_on and c.retained else ""))
    if not funds.contracts:
        lines.append("    none entered")
    if funds.contribution_households:
        lines.append(f"  residents' contributions: {funds.contribution_households} households, due "
                     f"{yuan(funds.contributions_due)}, paid {yuan(funds.contributions_paid)}, "
                     f"outstanding {yuan(funds.contributions_outstanding)}")
    if funds.repairs:
        lines.append(f"  urgent repairs: {funds.repairs}, cost {yuan(funds.repairs_cost)} "
                     f"(owners {yuan(funds.repairs_owners)}, government {yuan(funds.repairs_government)})")
    for d in funds.deadlines:
        if d.done:
            state = f"done {d.done.isoformat()}"
        elif d.overdue:
            state = f"OVERDUE, {d.overdue_days} day{'' if d.overdue_days == 1 else 's'} late"
        else:
            state = "open"
        lines.append(f"  {d.name} due {d.due.isoformat()}: {state}")
    lines.append(f"  overdue: {len(funds.overdue) or 'none'}")
    return "\n".join(lines) + "\n"
