"""The history's commands: ``supervisor log`` (the entries, filtered) and ``supervisor verify``
(a printed form's verification code). ``add_parsers`` is given the function that opens a
database signed in, which belongs to the accounts above this layer."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable

from supervisor.history import audited, reading

EXIT_OK, EXIT_PROBLEMS = 0, 1


def add_parsers(commands, opener: Callable, parse_day: Callable) -> None:
    log = commands.add_parser("log", help="the history of changes: who changed which record, when, old → new")
    log.add_argument("--db", dest="sub_db", required=True, metavar="PATH_OR_URL")
    log.add_argument("--record", metavar="NUMBER",
                     help="only this record (its number or name: XC-2026-00012, ZG-2026-003, a project code)")
    log.add_argument("--since", metavar="YYYY-MM-DD", help="only changes on or after this day")
    log.add_argument("--json", action="store_true", help="print JSON")
    log.set_defaults(run=lambda args: run_log(args, opener, parse_day))


def run_log(args, opener: Callable, parse_day: Callable) -> int:
    since = parse_day(args.since)
    which = reading.Filter(label=args.record, since=reading.utc_from_local(since) if since else None)
    database = opener(args.sub_db)
    try:
        with database.read() as session:
            found = reading.entries(session, which, newest_first=False)
    finally:
        database.close()
    if args.json:
        print(json.dumps([reading.as_json(e) for e in found], ensure_ascii=False, indent=2))
        return EXIT_OK
    if not found:
        print("No changes recorded" + (f" for {args.record}." if args.record else "."))
        return EXIT_OK
    out = sys.stdout
    for entry in found:
        what = audited.KIND_NAMES.get(entry.kind, entry.kind)
        doing = entry.action + (f" ({entry.operation})" if entry.operation else "")
        out.write(f"{reading.local_time(entry.at):%Y-%m-%d %H:%M:%S}  {entry.person or '—'}  "
                  f"{what} {entry.label}  {doing}\n")
        if entry.action == "update":
            for name, old, new in entry.shown_changes():
                out.write(f"    {name}: {reading.shown_value(old)} → {reading.shown_value(new)}\n")
    return EXIT_OK
