"""The command ``supervisor settings``: the letterhead printed at the head of every form.

``settings show --db DB [--json]`` prints the issuing unit, the supervision firm and the logo;
``settings set unit-name TEXT``, ``set supervision-firm TEXT`` and ``set logo FILE`` change one
of them, ``settings unset unit-name|supervision-firm|logo`` empties it. They are stored in the
database (``supervisor.documents.letterhead``), so every computer sharing it prints the same
head; changing them is an administrator's work when the database has users. ``add_parsers`` is
given the function that opens a database signed in (the command line's).
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable

EXIT_OK = 0

NAMES = {"unit-name": "unit", "supervision-firm": "firm", "logo": "logo"}
"""The names on the command line, and the part of the letterhead each sets."""

LABELS = {"unit-name": "Issuing unit", "supervision-firm": "Supervision firm", "logo": "Logo"}


def add_parsers(commands, opener: Callable) -> None:
    settings = commands.add_parser(
        "settings", help="the letterhead printed at the head of every form: issuing unit, supervision firm, logo"
    )
    actions = settings.add_subparsers(dest="settings_command", metavar="ACTION", required=True)
    show = actions.add_parser("show", help="print the settings")
    show.add_argument("--db", dest="sub_db", required=True, metavar="PATH_OR_URL")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(run=lambda args: run_show(args, opener))
    change = actions.add_parser(
        "set", help="set unit-name TEXT (e.g. XX街道办事处), supervision-firm TEXT or logo FILE (a picture)"
    )
    change.add_argument("--db", dest="sub_db", required=True, metavar="PATH_OR_URL")
    change.add_argument("name", choices=list(NAMES), metavar="NAME", help="%(choices)s")
    change.add_argument("value", metavar="VALUE", help="the name, or the logo's picture file (PNG, JPEG, BMP, GIF)")
    change.set_defaults(run=lambda args: run_set(args, opener))
    clear = actions.add_parser("unset", help="empty unit-name or supervision-firm, or remove the logo")
    clear.add_argument("--db", dest="sub_db", required=True, metavar="PATH_OR_URL")
    clear.add_argument("name", choices=list(NAMES), metavar="NAME", help="%(choices)s")
    clear.set_defaults(run=lambda args: run_unset(args, opener))


def logo_size(png: bytes) -> tuple[int, int] | None:
    """The width and height of the stored logo (None when it does not decode)."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(png)) as image:
            return image.size
    except (UnidentifiedImageError, OSError, ValueError):
        return None


def _logo_text(png: bytes | None) -> str:
    if not png:
        return "(none)"
    size = logo_size(png)
    pixels = f"{size[0]}×{size[1]} px PNG, " if size else "PNG, "
    return f"{pixels}{max(1, round(len(png) / 1024))} KB"


def as_json(head) -> dict:
    size = logo_size(head.logo) if head.logo else None
    logo = {"width": size[0], "height": size[1], "bytes": len(head.logo)} if head.logo and size else None
    return {"unit-name": head.unit, "supervision-firm": head.firm, "logo": logo}


def format_text(head) -> str:
    values = {
        "unit-name": head.unit or "(none)",
        "supervision-firm": head.firm or "(none)",
        "logo": _logo_text(head.logo),
    }
    width = max(len(f"{LABELS[name]} ({name}):") for name in NAMES)
    lines = [f"{f'{LABELS[name]} ({name}):':<{width}}  {values[name]}" for name in NAMES]
    if head.empty:
        lines.append("Nothing is printed at the head of the forms yet: "
                     "supervisor settings set unit-name TEXT sets the issuing unit.")
    return "\n".join(lines) + "\n"


def _read(args, opener: Callable):
    from supervisor.documents.letterhead import letterhead

    database = opener(args.sub_db)
    try:
        with database.read() as session:
            return letterhead(session)
    finally:
        database.close()


def _store(args, opener: Callable, **parts):
    from supervisor.documents.letterhead import set_letterhead

    database = opener(args.sub_db)
    try:
        with database.write() as session:
            return set_letterhead(session, **parts)
    finally:
        database.close()


def run_show(args, opener: Callable) -> int:
    head = _read(args, opener)
    if args.json:
        print(json.dumps(as_json(head), ensure_ascii=False, indent=2))
    else:
        print(format_text(head), end="")
    return EXIT_OK


def run_set(args, opener: Callable) -> int:
    from supervisor.documents.letterhead import read_logo

    part = NAMES[args.name]
    if part == "logo":
        data = read_logo(args.value)  # read before the database is opened: a bad file changes nothing
        head = _store(args, opener, logo=data)
        print(f"Logo set from {args.value} ({_logo_text(head.logo)}); it is printed at the head of every form.")
        return EXIT_OK
    head = _store(args, opener, **{part: args.value})
    value = getattr(head, part)
    if value:
        print(f"{LABELS[args.name]} set to {value}; it is printed at the head of every form.")
    else:
        print(f"{LABELS[args.name]} emptied.")
    return EXIT_OK


def run_unset(args, opener: Callable) -> int:
    part = NAMES[args.name]
    _store(args, opener, **{part: None if part == "logo" else ""})
    print("Logo removed." if part == "logo" else f"{LABELS[args.name]} emptied.")
    return EXIT_OK
