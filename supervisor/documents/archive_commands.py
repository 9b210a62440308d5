"""The command ``supervisor archive``: a project's archive file (卷内目录 and every form) in one
PDF, and optionally its ledgers beside it. ``add_parsers`` is given the function that opens a
database signed in, which belongs to the command line above this layer."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

EXIT_OK = 0


def add_parsers(commands, opener: Callable) -> None:
    archive = commands.add_parser(
        "archive", help="write a project's archive file: its index (卷内目录) and every form in one PDF"
    )
    archive.add_argument("--db", dest="sub_db", required=True, metavar="PATH_OR_URL")
    archive.add_argument("--project", required=True, metavar="CODE")
    archive.add_argument("--out", required=True, metavar="FILE.pdf")
    archive.add_argument("--ledgers", metavar="DIR", help="also write the project's ledgers (台账) into DIR")
    archive.add_argument("--font", metavar="FILE", help="a TrueType Chinese font (.ttf/.ttc) to embed")
    archive.set_defaults(run=lambda args: run_archive(args, opener))


def run_archive(args, opener: Callable) -> int:
    from supervisor.db.audit import current_user
    from supervisor.documents.archive import archive
    from supervisor.projects.project import find_project

    out = Path(args.out)
    database = opener(args.sub_db)
    try:
        database.check_sound()  # an archive from a damaged file could silently miss records
        with database.read() as session:
            project_id = find_project(session, args.project).id
        show_progress = sys.stderr is not None and sys.stderr.isatty()

        def progress(done: int, total: int, title: str) -> None:
            if show_progress:
                print(f"\r{done}/{total} {title}\033[K", end="", file=sys.stderr, flush=True)

        try:
            result = archive(database, project_id, out, ledgers_dir=Path(args.ledgers) if args.ledgers else None,
                             progress=progress, font_path=args.font, exported_by=current_user())
        finally:
            if show_progress:
                print("\r\033[K", end="", file=sys.stderr, flush=True)
    finally:
        database.close()
    if result.font is not None and result.font.warning:
        print(f"note: {result.font.warning_text()}", file=sys.stderr)
    print(f"Wrote the archive file of {args.project} to {result.path}: {result.documents} document(s), "
          f"{result.pages} pages ({result.index_pages} of them the index).")
    if args.ledgers:
        print(f"Wrote {len(result.ledgers)} ledgers to {args.ledgers}.")
    return EXIT_OK
