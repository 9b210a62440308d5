"""The command line: starts the window, or runs a subcommand that needs no display.

``supervisor`` alone opens the window on the default database; ``--db``, ``--demo``, ``--lang``
and ``--smoke`` adjust that. Subcommands (``demo``, ``status``, ``check``, ``photos import``,
``roster import``, ``roster template``, ``consent``, ``print``, ``export``, ``archive``, ``users``, ``backup``,
``backups``, ``restore``, ``settings``) run headless; each is a small function registered in ``build_parser`` so later features add
theirs the same way.
Errors the user can act on print one clear line and exit non-zero, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

START = time.perf_counter()

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_ERROR = 2
EXIT_BUG = 3


class Names:
    """The names of a registry (forms, ledgers) as argparse choices, read only when a command
    line is checked against them or help is printed: the window's start-up skips them."""

    def __init__(self, module: str, registry: str):
        self.module, self.registry = module, registry

    def _names(self) -> list[str]:
        import importlib

        return list(getattr(importlib.import_module(self.module), self.registry))

    def __contains__(self, name) -> bool:
        return name in self._names()

    def __iter__(self):
        return iter(self._names())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="supervisor",
        description="Supervise the renovation of old residential compounds.",
    )
    parser.add_argument("--db", metavar="PATH_OR_URL", help="database file or URL to open")
    parser.add_argument(
        "--demo", action="store_true", help="open the demo database (created if missing)"
    )
    parser.add_argument("--lang", choices=["en", "zh_CN"], help="language of the window")
    parser.add_argument(
        "--smoke",
        nargs="?",
        const="window",
        choices=["window", "ready"],
        help="show the window, wait until idle, print seconds since process start, exit; "
        "--smoke=ready waits until the database is open and the projects are on screen",
    )
    parser.add_argument(
        "--user",
        help="who you are: signs in to a database that has users (password from "
        "SUPERVISOR_PASSWORD or asked); else the name recorded on changes (default: login name)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="write the demo database")
    demo.add_argument("--db", dest="sub_db", required=True, metavar="PATH_OR_URL")
    demo.add_argument("--replace", action="store_true", help="replace an existing file")
    demo.set_defaults(run=run_demo)

    copy = commands.add_parser(
        "copy", help="copy every record and photo into another, empty database (a laptop's file "
        "onto the district's server, or back)",
    )
    copy.add_argument("--from", dest="source", required=True, metavar="PATH_OR_URL")
    copy.add_argument("--to", dest="target", required=True, metavar="PATH_OR_URL",
                      help="an empty database; a new SQLite file is created")
    copy.set_defaults(run=run_copy)

    status = commands.add_parser("status", help="print each project's progress")
    status.add_argument("--db", dest="sub_db", required=True, metavar="PATH_OR_URL")
    status.add_argument("--project", metavar="CODE", help="only this project")
    status.add_argument("--json", action="store_true", help="print JSON")
    status.add_argument("--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    status.set_defaults(run=run_status)

    check = commands.add_parser(
        "check",
        help="report damage and broken records (exit 1 on any); warnings about the work "
        "(consent no longer met, overdue steps and items) do not change the exit code",
    )
    check.add_argument("--db", dest="sub_db", required=True, metavar="PATH_OR_URL")
    check.set_defaults(run=run_check)

    photos = commands.add_parser("photos", help="photo commands (import)")
    photo_commands = photos.add_subparsers(dest="photos_command", metavar="ACTION", required=True)
    photo_import = photo_commands.add_parser(
        "import",
        help="import JPEG/PNG/HEIC photos (files or folders); exit 1 if any is refused",
    )
    photo_import.add_argument("--db", dest="sub_db", required=True, metavar="PATH_OR_URL")
    photo_import.add_argument("--project", required=True, metavar="CODE")
    photo_import.add_argument("--check", type=int, metavar="ID", help="link to this site check")
    photo_import.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    photo_import.set_defaults(run=run_photos_import)

    roster = commands.add_parser("roster", help="household roster commands (import, template)")
    roster_commands = roster.add_subparsers(dest="roster_command", metavar="ACTION", required=True)
    roster_import = roster_commands.add_parser(
        "import",
        help="import households from an .xlsx roster; exit 1 if any row is rejected",
    )
    roster_import.add_argument("--db", dest="sub_db", required=True, metavar="PATH_OR_URL")
    roster_import.add_argument("--project", required=True, metavar="CODE")
    roster_import.add_argument(
        "--compound", required=True, metavar="NAME", help="created in the project if missing"
    )
    roster_import.add_argument(
        "--all-or-nothing",
        action="store_true",
        help="import nothing when any row is rejected (default: import the valid rows)",
    )
    roster_import.add_argument("file", metavar="FILE.xlsx")
    roster_import.set_defaults(run=run_roster_import)
    roster_template = roster_commands.add_parser(
        "template", help="save a blank roster workbook to fill in"
    )
    roster_template.add_argument("--out", required=True, metavar="FILE.xlsx")
    roster_template.set_defaults(run=run_roster_template)

    consent = commands.add_parser(
        "consent", help="consultation results per compound and round against the threshold"
    )
    consent.add_argument("--db", dest="sub_db", required=True, metavar="PATH_OR_URL")
    consent.add_argument("--project", required=True, metavar="CODE")
    consent.add_argument("--json", action="store_true", help="print JSON")
    consent.set_defaults(run=run_consent)

    printing = commands.add_parser("print", help="print a form as a PDF, filled or blank")
    printing.add_argument("form", choices=Names("supervisor.documents.forms", "FORMS"), metavar="FORM",
                          help="%(choices)s")
    printing.add_argument("--db", dest="sub_db", metavar="PATH_OR_URL", help="needed unless --blank")
    printing.add_argument("--project", metavar="CODE", help="needed unless --blank")
    printing.add_argument(
        "--record", metavar="ID",
        help="the site check (id or XC-… number), the rectification (id or ZG-… number) or the compound id",
    )
    printing.add_argument("--compound", metavar="NAME", help="the compound, for opinions and satisfaction")
    printing.add_argument("--round", type=int, choices=[1, 2], default=1, help="consultation round (opinions)")
    printing.add_argument("--blank", action="store_true", help="the empty form, to fill in by hand")
    printing.add_argument("--public", action="store_true",
                          help="a copy for posting (公示): phone and ID numbers masked, 138****5678")
    printing.add_argument("--font", metavar="FILE", help="a TrueType Chinese font (.ttf/.ttc) to embed")
    printing.add_argument("--out", required=True, metavar="FILE.pdf")
    printing.set_defaults(run=run_print)

    export = commands.add_parser("export", help="export a ledger (台账) to an Excel workbook")
    export.add_argument("ledger", choices=Names("supervisor.documents.ledgers", "LEDGERS"), metavar="LEDGER",
                        help="%(choices)s")
    export.add_argument("--db", dest="sub_db", required=True, metavar="PATH_OR_URL")
    export.add_argument("--project", metavar="CODE", help="only this project (default: all)")
    export.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="first day (inclusive)")
    export.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="last day (inclusive)")
    export.add_argument("--photos", metavar="FOLDER", help="also copy the records' photos into FOLDER")
    export.add_argument("--public", action="store_true",
                        help="a copy for posting (公示): phone and ID numbers masked")
    export.add_argument("--out", required=True, metavar="FILE.xlsx")
    export.set_defaults(run=run_export)

    from supervisor.documents.archive_commands import add_parsers as add_archive_parsers

    add_archive_parsers(commands, lambda target: _open(target))
    from supervisor.accounts.commands import add_parsers as add_users_parsers

    add_users_parsers(commands)
    from supervisor.history.commands import add_parsers as add_history_parsers

    add_history_parsers(commands, lambda target: _open(target), _parse_day)

    from supervisor.backups.commands import add_parsers as add_backup_parsers

    add_backup_parsers(commands, _sign_in)
    from supervisor.documents.commands import add_parsers as add_settings_parsers

    add_settings_parsers(commands, _open)
    from supervisor.funds.commands import add_parsers as add_funds_parsers

    add_funds_parsers(commands, _open, _parse_day)
    _take_user_everywhere(commands)
    return parser


def _take_user_everywhere(commands) -> None:
    """``--user`` after a command too (``supervisor status --user NAME --db ...``)."""
    for sub in commands.choices.values():
        nested = [a for a in sub._actions if isinstance(a, argparse._SubParsersAction)]
        for action in nested:
            _take_user_everywhere(action)
        if not nested:
            sub.add_argument("--user", default=argparse.SUPPRESS, help="who you are (see supervisor --help)")


_signing_in: str | None = None
"""The ``--user`` of this run: who signs in to a database that has users."""


def _open(target: str):
    """The existing database at ``target``, signed in to when it has users."""
    from supervisor.accounts.commands import open_signed_in

    return open_signed_in(target, _signing_in)


def _sign_in(database) -> None:
    """Sign in to the open ``database`` as ``_open`` does (for commands that open it themselves)."""
    from supervisor.accounts.commands import sign_in_for_command

    sign_in_for_command(database, _signing_in)


def run_demo(args) -> int:
    from supervisor.demo.database import write_demo

    path = write_demo(args.sub_db, replace=args.replace)
    print(f"Demo database written to {path}")
    return EXIT_OK


def run_copy(args) -> int:
    from supervisor.db.engine import open_database
    from supervisor.db.transfer import copy_database

    source = _open(args.source)
    try:
        target = open_database(args.target)
        try:
            show_progress = sys.stderr.isatty()

            def progress(done, total, table):
                if show_progress:
                    print(f"\r{done}/{total} {table}\033[K", end="", file=sys.stderr, flush=True)

            report = copy_database(source, target, progress)
            if show_progress:
                print("\r\033[K", end="", file=sys.stderr, flush=True)
        finally:
            target.close()
    finally:
        source.close()
    print(f"Copied {report.records} records ({report.photos} photos) from {source.name} to {target.name}.")
    return EXIT_OK


def _parse_day(text: str | None):
    import datetime as dt

    from supervisor import errors
    from supervisor.i18n import QT_TRANSLATE_NOOP

    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as error:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not a date (use YYYY-MM-DD)."), value=text
        ) from error


def run_status(args) -> int:
    from supervisor.procedure import status

    from supervisor.funds import summary

    today = _parse_day(args.today)
    database = _open(args.sub_db)
    try:
        with database.read() as session:
            data = status.report(session, args.project, today)
            for project in data["projects"]:
                found = summary.project_by_code(session, project["code"])
                project["funds"] = summary.to_json(summary.project_funds(session, found, today))
    finally:
        database.close()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        sys.stdout.write(status.format_text(data))
    return EXIT_OK


def run_check(args) -> int:
    """Problems of the file and its records (exit 1) first; then warnings about the work, such
    as consent no longer met, which do not change the exit code. Never stops at what it cannot
    read: that is reported as a problem."""
    from supervisor import errors
    from supervisor.db import integrity
    from supervisor.db.engine import open_database, to_url

    warnings = []
    try:
        database = open_database(args.sub_db, create=False)
    except errors.NotADatabase:
        raise
    except errors.DatabaseDamaged as error:  # too damaged to open: say what can be said
        problems = integrity.check_unopened(Path(to_url(args.sub_db).database or ""), error)
    else:
        try:
            problems = integrity.check(database, _check_progress())
            try:
                warnings = _work_warnings(database)
            except Exception as error:  # noqa: BLE001 - broken records fail in any way
                problems.append(integrity.Problem(
                    "unreadable", f"the consultation records could not be read: {integrity.reason(error)}"
                ))
        finally:
            database.close()
    if problems:
        print("Problems with the database file and its records:")
        for problem in problems:
            print(f"  {problem}")
        from supervisor.backups.commands import restore_hint

        for line in restore_hint(args.sub_db):
            print(line)
    if warnings:
        print("Warnings about the work (they do not change the exit code):")
        for warning in warnings:
            print(f"  {warning}")
    summary = f"{len(problems)} problem(s) found." if problems else "No problems found."
    if warnings:
        summary += f" {len(warnings)} warning(s)."
    print(summary)
    return EXIT_PROBLEMS if problems else EXIT_OK


def _check_progress():
    """Progress of ``check`` on a terminal: one line on standard error, updated in place and
    cleared at the end (a script reading the output gets none of it)."""
    if not sys.stderr.isatty():
        return None
    shown = [-1]

    def progress(done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if percent != shown[0]:
            shown[0] = percent
            line = f"Checking the history and every record: {percent} %"
            print(line if percent < 100 else " " * len(line), end="\r", file=sys.stderr, flush=True)

    return progress


def _work_warnings(database) -> list:
    """Findings about the work rather than the file: steps completed on consent that no longer
    holds, then steps, rectification items, final accounts and settlements past their dates
    (open projects only)."""
    from supervisor.funds import summary
    from supervisor.procedure import gates, steps
    from supervisor.site import rectification_register

    with database.read() as session:
        return (
            gates.consent_problems(session)
            + steps.overdue_findings(session)
            + rectification_register.overdue_findings(session)
            + summary.overdue_findings(session)
        )


def run_photos_import(args) -> int:
    import warnings

    from supervisor import errors
    from supervisor.db.models import SiteCheck
    from supervisor.i18n import QT_TRANSLATE_NOOP
    from supervisor.projects.project import find_project
    from supervisor.site import photos

    database = _open(args.sub_db)
    try:
        database.check_writable()
        from supervisor.accounts.people import require_write

        with database.read() as session:
            project_id = find_project(session, args.project).id
            require_write("photo", session, project_id)
            if args.check is not None:
                check = session.get(SiteCheck, args.check)
                if check is None or check.project_id != project_id:
                    raise errors.NotFound(
                        QT_TRANSLATE_NOOP(
                            "errors", "There is no site check {check} in project {code}."
                        ),
                        check=args.check,
                        code=args.project,
                    )
        show_progress = sys.stderr is not None and sys.stderr.isatty()

        def progress(done: int, total: int, path) -> None:
            if show_progress:
                print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

        stopped = None
        with warnings.catch_warnings():
            # Pillow warns about damaged EXIF blocks; those photos go in without the metadata.
            warnings.filterwarnings("ignore", category=UserWarning, module=r"PIL\.")
            try:
                outcomes = photos.import_paths(
                    database, args.paths, project_id, check_id=args.check, progress=progress
                )
            except photos.ImportInterrupted as error:  # disk full...: say what went in first
                outcomes, stopped = error.outcomes, error
        if show_progress and (outcomes or stopped):
            print("\r\033[K", end="", file=sys.stderr, flush=True)
    finally:
        database.close()
    counts = {"imported": 0, "duplicate": 0, "refused": 0}
    for outcome in outcomes:
        counts[outcome.status] += 1
        if outcome.status == "refused":
            print(f"refused: {outcome.path}: {outcome.reason}")
        else:
            print(f"{outcome.status}: {outcome.path}")
    if stopped is not None:
        for path in stopped.not_imported:
            print(f"not imported: {path}")
    elif not outcomes:
        print("No photo files found.")
        return EXIT_PROBLEMS
    not_imported = f", {len(stopped.not_imported)} not imported" if stopped else ""
    print(
        f"{counts['imported']} imported, {counts['duplicate']} duplicate(s), "
        f"{counts['refused']} refused{not_imported}."
    )
    if stopped is not None:
        raise stopped  # its message last, on stderr, and exit 2
    return EXIT_PROBLEMS if counts["refused"] else EXIT_OK


def run_roster_import(args) -> int:
    from sqlalchemy import select

    from supervisor.db.models import Compound
    from supervisor.projects import places
    from supervisor.projects.project import find_project
    from supervisor.residents import roster_xlsx

    # Read and check the file before touching the database: a bad file changes nothing.
    sheet = roster_xlsx.read_sheet(args.file)
    database = _open(args.sub_db)
    try:
        with database.write() as session:
            project = find_project(session, args.project)
            name = args.compound.strip()
            compound = session.scalars(
                select(Compound).where(Compound.project_id == project.id, Compound.name == name)
            ).first()
            created = compound is None
            if created:
                compound = places.add_compound(session, project, places.CompoundData(name))
                session.flush()
            result = roster_xlsx.preview(
                sheet, existing=roster_xlsx.existing_households(session, compound.id)
            )
            bad = result.bad_rows
            for row in bad:
                reasons = "; ".join(problem.message() for problem in row.problems)
                print(f"row {row.row}: {reasons}")
            if bad and (args.all_or_nothing or not result.valid_rows):
                session.rollback()
                why = " and --all-or-nothing given" if result.valid_rows else ""
                print(f"0 rows accepted: {len(bad)} rejected{why}; nothing was imported.")
                return EXIT_PROBLEMS
            outcome = roster_xlsx.import_rows(session, compound, result.valid_rows)
            session.flush()
            del sheet, result  # a large roster's rows are not needed for the consent check
            from supervisor.procedure.gates import unmet_gates

            gates = unmet_gates(session, project.id)
    finally:
        database.close()
    where = f"{name} (new compound)" if created else name
    print(
        f"{outcome.added + outcome.updated} rows accepted into {where}: {outcome.added} new, "
        f"{outcome.updated} updated; {len(bad)} rejected."
    )
    for gate in gates:
        print(f"warning: {gate}")
    return EXIT_PROBLEMS if bad else EXIT_OK


def run_roster_template(args) -> int:
    from supervisor.residents import roster_xlsx

    path = roster_xlsx.write_template(args.out)
    print(f"Roster template written to {path}")
    return EXIT_OK


def consent_report(session, code: str) -> dict:
    """Every compound of project ``code`` in both rounds, as ``supervisor consent`` prints it."""
    from supervisor.projects.project import find_project
    from supervisor.residents import consultation

    project = find_project(session, code)
    results = []
    for round_ in consultation.ROUNDS:
        for tally in consultation.project_tallies(session, project.id, round_):
            count = tally.count
            results.append(
                {
                    "compound": tally.compound,
                    "round": round_,
                    "households": count.households,
                    "visited": count.visited,
                    "agreeing": count.agreeing,
                    "disagreeing": count.disagreeing,
                    "abstaining": count.abstaining,
                    "rate": round(count.rate * 100, 2),
                    "threshold": tally.threshold_text(),
                    "rule": str(tally.settings.rule),
                    "percent": tally.settings.percent,
                    "passed": tally.passed,
                    "needed": tally.verdict.needed,
                    "reasons": [t.format(**p) for t, p in tally.verdict.reasons],
                }
            )
    return {"project": project.code, "name": project.name, "compounds": results}


def run_consent(args) -> int:
    database = _open(args.sub_db)
    try:
        with database.read() as session:
            report = consent_report(session, args.project)
    finally:
        database.close()
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"{report['project']} {report['name']}")
    if not report["compounds"]:
        print("The project has no compounds.")
        return EXIT_OK
    print(f"Threshold: {report['compounds'][0]['threshold']}")
    round_names = {1: "Round 1 (willingness)", 2: "Round 2 (scheme)"}
    for round_ in (1, 2):
        rows = [r for r in report["compounds"] if r["round"] == round_]
        print(f"\n{round_names[round_]}")
        print(f"  {'households':>10}  {'visited':>7}  {'agreeing':>8}  {'rate':>7}  {'passed':<14}  compound")
        for r in rows:
            passed = "yes" if r["passed"] else f"no ({r['needed']} more)" if r["needed"] else "no"
            print(
                f"  {r['households']:>10}  {r['visited']:>7}  {r['agreeing']:>8}  "
                f"{r['rate']:>6.1f}%  {passed:<14}  {r['compound']}"
            )
    return EXIT_OK


def _print_record(session, spec, project_id: int, args) -> int | None:
    """The id of the record a form is about, from --record (id or number) or --compound."""
    import re

    from sqlalchemy import select

    from supervisor import errors
    from supervisor.db.models import Compound, Rectification
    from supervisor.i18n import QT_TRANSLATE_NOOP

    text = (args.record or "").strip()
    if spec.record == "compound" and args.compound:
        found = session.scalars(
            select(Compound.id).where(Compound.project_id == project_id, Compound.name == args.compound.strip())
        ).first()
        if found is None:
            raise errors.NotFound(
                QT_TRANSLATE_NOOP("errors", "The project has no compound named {name}."), name=args.compound
            )
        return found
    if spec.record == "compound" and not text:
        compounds = session.scalars(select(Compound.id).where(Compound.project_id == project_id)).all()
        if len(compounds) == 1:
            return compounds[0]
    if not text or spec.record == "none":
        return None
    if text.isdigit():
        return int(text)
    if spec.record == "rectification":
        found = session.scalars(
            select(Rectification.id).where(Rectification.project_id == project_id, Rectification.number == text)
        ).first()
        if found is not None:
            return found
    match = re.fullmatch(r"XC-\d{4}-0*(\d+)", text)
    if spec.record == "check" and match:
        return int(match.group(1))
    raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "There is no record {record} to print."), record=text)


def run_print(args) -> int:
    from supervisor import errors
    from supervisor.documents import forms
    from supervisor.i18n import QT_TRANSLATE_NOOP
    from supervisor.projects.project import find_project

    spec = forms.FORMS[args.form]
    data = None
    if not args.blank:
        if not args.sub_db or not args.project:
            raise errors.ValidationError(
                QT_TRANSLATE_NOOP("errors", "Give --db and --project, or --blank for an empty form.")
            )
        database = _open(args.sub_db)
        try:
            database.check_sound()  # a form from a damaged file could silently miss records
            with database.read() as session:
                project = find_project(session, args.project)
                record = _print_record(session, spec, project.id, args)
                if spec.record != "none" and record is None:
                    raise errors.ValidationError(
                        QT_TRANSLATE_NOOP("errors", "Say which record to print with --record (or --compound)."),
                    )
                data = forms.form_data(session, args.form, project.id, record, round_=args.round,
                                       public=args.public)
        finally:
            database.close()
    elif args.sub_db:  # a blank form printed for a database carries its letterhead
        database = _open(args.sub_db)
        try:
            with database.read() as session:
                data = forms.blank_data(session, args.form)
        finally:
            database.close()
    out = Path(args.out)
    result = forms.write_pdf(args.form, data, out, args.font)
    if result.font.warning:
        print(f"note: {result.font.warning_text()}", file=sys.stderr)
    kind = "blank " if args.blank else "public copy of the " if args.public else ""
    print(f"Wrote the {kind}{args.form} form to {out} ({result.pages} page{'s' if result.pages != 1 else ''}).")
    return EXIT_OK


def run_export(args) -> int:
    from supervisor import errors
    from supervisor.db.audit import current_user
    from supervisor.documents import ledgers
    from supervisor.i18n import QT_TRANSLATE_NOOP
    from supervisor.projects.project import find_project

    date_from, date_to = _parse_day(args.date_from), _parse_day(args.date_to)
    if date_from and date_to and date_from > date_to:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The first day {start} comes after the last day {end}."),
            start=args.date_from, end=args.date_to,
        )
    database = _open(args.sub_db)
    try:
        database.check_sound()  # a ledger from a damaged file could silently miss records
        project_id = None
        if args.project:
            with database.read() as session:
                project_id = find_project(session, args.project).id
        show_progress = sys.stderr is not None and sys.stderr.isatty()

        def progress(done: int, total: int) -> None:
            if show_progress:
                print(f"\r{done}/{total}", end="", file=sys.stderr, flush=True)

        result = ledgers.export(
            database, args.ledger, ledgers.Scope(project_id, date_from, date_to), Path(args.out),
            photos_dir=Path(args.photos) if args.photos else None, progress=progress,
            exported_by=current_user(), public=args.public,
        )
        if show_progress:
            print("\r\033[K", end="", file=sys.stderr, flush=True)
    finally:
        database.close()
    photos = f", {result.photos} photo(s) copied to {args.photos}" if args.photos else ""
    print(f"Wrote {result.rows} row(s) of the {args.ledger} ledger to {result.path}{photos}.")
    return EXIT_OK


def _log_crash() -> Path | None:
    """Write the exception being handled, with its traceback, to the log; the log's path."""
    import logging

    from supervisor import log

    path = log.configure()
    logging.getLogger("supervisor.cli").exception("unexpected error")
    return path


def _silence_stdout() -> None:
    """Point standard output at the null device, so that flushing it at exit (into a pipe
    whose reader is gone) raises nothing more."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    parser = build_parser()
    args = parser.parse_args(argv)
    from supervisor.errors import SupervisorError

    global _signing_in
    _signing_in = args.user
    try:
        if args.user:
            from supervisor.db.audit import set_current_user

            set_current_user(args.user)
        if args.command:
            return args.run(args)
        from supervisor.ui.app import run_gui

        return run_gui(args, START)
    except SupervisorError as error:
        print(f"supervisor: {error}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return EXIT_ERROR
    except BrokenPipeError:  # the reader went away (``supervisor status --json | head``)
        _silence_stdout()
        return EXIT_ERROR
    except Exception as error:  # a bug: say so briefly, keep the details in a log
        log = _log_crash()
        where = f" Details are in {log}." if log else ""
        print(f"supervisor: unexpected error: {error}.{where}", file=sys.stderr)
        return EXIT_BUG
