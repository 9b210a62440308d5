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
    check = commands.add_parser(
        "verify", help="verify a printed form's code (核验码): is its record unchanged since printing?")
    check.add_argument("--db", dest="sub_db", required=True, metavar="PATH_OR_URL")
    check.add_argument("code", metavar="CODE", help="the code printed beside the QR code, e.g. 1111-QFPG-ZD6K-6HZ")
    check.add_argument("--json", action="store_true", help="print JSON")
    check.set_defaults(run=lambda args: run_verify(args, opener))


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


def run_verify(args, opener: Callable) -> int:
    """Exit 0: unchanged; 1: changed since printing (or the history was tampered with);
    2: not a code of this database."""
    from supervisor.history import codes

    verdict = codes.parse_only(args.code)
    if verdict is None:
        database = opener(args.sub_db)
        try:
            with database.read() as session:
                verdict = codes.verify(session, args.code)
        finally:
            database.close()
    if args.json:
        print(json.dumps(verdict_json(verdict), ensure_ascii=False, indent=2))
    else:
        print_verdict(verdict, sys.stdout)
    return verdict.exit_code


def print_verdict(verdict, out) -> None:
    from supervisor.history import codes

    out.write(verdict.headline.text() + "\n")
    if verdict.form:
        out.write(f"Code {verdict.code}: {verdict.form_title} {verdict.subject}".rstrip()
                  + (f", round {verdict.round}" if verdict.form in codes.ROUNDS else "") + "\n")
        if verdict.head_at is not None:
            out.write(f"Printed after the change of {reading.local_time(verdict.head_at):%Y-%m-%d %H:%M:%S} "
                      f"(history entry {verdict.head_id}).\n")
    if verdict.problems:
        out.write("Found:\n")
        for problem in verdict.problems:
            out.write(f"  {problem.text()}\n")
    if verdict.changes:
        out.write("Changes since printing:\n")
        for line in change_lines(verdict.changes):
            out.write(line + "\n")


def change_lines(changes) -> list[str]:
    """Each change: time, person, record, action; then each field old → new."""
    lines = []
    for entry in changes:
        what = audited.KIND_NAMES.get(entry.kind, entry.kind)
        lines.append(f"  {reading.local_time(entry.at):%Y-%m-%d %H:%M:%S}  {entry.person or '—'}  "
                     f"{what} {entry.label}  {entry.action}")
        if entry.action == "update":
            for name, old, new in entry.shown_changes():
                lines.append(f"      {name}: {reading.shown_value(old)} → {reading.shown_value(new)}")
    return lines


def verdict_json(verdict) -> dict:
    return {
        "status": verdict.status, "message": verdict.headline.text(), "code": verdict.code,
        "form": verdict.form or None, "round": verdict.round if verdict.form else None,
        "record": verdict.record, "subject": verdict.subject or None, "printed_entry": verdict.head_id or None,
        "problems": [p.text() for p in verdict.problems],
        "changes": [reading.as_json(e) for e in verdict.changes],
    }
