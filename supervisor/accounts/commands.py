"""The ``users`` commands and signing in on the command line.

``supervisor users add NAME --role ROLE [--role ...] [--display-name TEXT] --db DB`` (the
password from standard input when it is not a terminal, else asked twice), ``users list``,
``users disable NAME``, ``users enable NAME``, ``users passwd NAME``, ``users members --project
CODE [NAME ...] [--open]``. Every command that opens a
database with users signs in first (``sign_in_for_command``): the name from ``--user``, the
password from the ``SUPERVISOR_PASSWORD`` environment variable or asked once. No Qt here and no
SQLAlchemy at import: the command line builds its parser from this module at every start.
"""

from __future__ import annotations

import getpass
import os
import sys

from supervisor import errors
from supervisor.i18n import QT_TRANSLATE_NOOP

PASSWORD_VARIABLE = "SUPERVISOR_PASSWORD"


def add_parsers(commands) -> None:
    """Register ``users`` and its actions on the command line's subparsers."""
    users = commands.add_parser("users", help="people who sign in (add, list, disable, enable, passwd)")
    actions = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", help="add a person (the first must be an administrator); the password is read "
        "from standard input when it is not a terminal, else asked twice",
    )
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", dest="roles", action="append", required=True, metavar="ROLE",
                     help="administrator, project manager, supervisor, clerk or auditor (repeat for several)")
    add.add_argument("--display-name", default="", metavar="TEXT", help="the name shown on records")
    add.set_defaults(run=run_add)
    listing = actions.add_parser("list", help="list the people and their roles")
    listing.set_defaults(run=run_list)
    for action, help_text, run in (
        ("disable", "stop a person from signing in", run_disable),
        ("enable", "let a disabled person sign in again", run_enable),
        ("passwd", "set a new password (read like 'add' does)", run_passwd),
    ):
        sub = actions.add_parser(action, help=help_text)
        sub.add_argument("name", metavar="NAME")
        sub.set_defaults(run=run)
    members = actions.add_parser(
        "members", help="who may work on a project: NAMEs set its members, --open removes them all, "
        "neither prints them (a project without members is open to everyone whose roles allow)",
    )
    members.add_argument("--project", required=True, metavar="CODE")
    members.add_argument("names", nargs="*", metavar="NAME")
    members.add_argument("--open", action="store_true", help="remove every member: open to all")
    members.set_defaults(run=run_members)
    for sub in actions.choices.values():
        sub.add_argument("--db", dest="sub_db", required=True, metavar="PATH_OR_URL")


def read_new_password(name: str) -> str:
    """A new password: one line of standard input when it is not a terminal, else typed twice."""
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(f"New password for {name}: ")
    if getpass.getpass("Again: ") != first:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "The two passwords differ; nothing was changed."), field="password"
        )
    return first


def sign_in_for_command(database, name: str | None) -> None:
    """Sign in to ``database`` when it has users: ``name`` from ``--user``, the password from
    ``SUPERVISOR_PASSWORD`` or asked once on the terminal."""
    from supervisor.accounts import people

    if not people.database_has_users(database):
        return
    if not name:
        raise errors.NotSignedIn(
            QT_TRANSLATE_NOOP(
                "errors",
                "{where} has users: give --user NAME, and the password in SUPERVISOR_PASSWORD "
                "or when asked.",
            ),
            where=database.name,
        )
    password = os.environ.get(PASSWORD_VARIABLE)
    if password is None:
        if not sys.stdin.isatty():
            raise errors.NotSignedIn(
                QT_TRANSLATE_NOOP(
                    "errors", "Set SUPERVISOR_PASSWORD to the password of {name}, or run the "
                    "command in a terminal to type it."
                ),
                name=name,
            )
        password = getpass.getpass(f"Password for {name}: ")
    people.sign_in(database, name, password)


def open_signed_in(target: str, name: str | None):
    """The database at ``target`` (which must exist), signed in to when it has users."""
    from supervisor.db.engine import open_database

    database = open_database(target, create=False)
    try:
        sign_in_for_command(database, name)
    except BaseException:
        database.close()
        raise
    return database


def _with_database(args, work):
    database = open_signed_in(args.sub_db, args.user)
    try:
        return work(database)
    finally:
        database.close()


def run_add(args) -> int:
    from supervisor.accounts import people

    def work(database):
        password = read_new_password(args.name)
        with database.write() as session:
            user = people.add_user(session, args.name, password, args.roles, args.display_name)
            roles = ", ".join(user.roles)
        print(f"Added {args.name} ({roles}).")
        return 0

    return _with_database(args, work)


def run_list(args) -> int:
    from supervisor.accounts import people

    def work(database):
        with database.read() as session:
            rows = people.list_users(session)
        for row in rows:
            state = "  (disabled)" if row.disabled else ""
            print(f"{row.name}\t{row.display_name}\t{', '.join(row.roles)}{state}")
        return 0

    return _with_database(args, work)


def _set_disabled(args, disabled: bool) -> int:
    from supervisor.accounts import people

    def work(database):
        with database.write() as session:
            people.set_disabled(session, args.name, disabled)
        print(f"{args.name} is {'disabled' if disabled else 'enabled'}.")
        return 0

    return _with_database(args, work)


def run_disable(args) -> int:
    return _set_disabled(args, True)


def run_enable(args) -> int:
    return _set_disabled(args, False)


def run_passwd(args) -> int:
    from supervisor.accounts import people

    def work(database):
        password = read_new_password(args.name)
        with database.write() as session:
            people.set_password(session, args.name, password)
        print(f"The password of {args.name} is changed.")
        return 0

    return _with_database(args, work)


def run_members(args) -> int:
    from supervisor.accounts import people

    def work(database):
        if args.names or args.open:
            with database.write() as session:
                people.set_members(session, people.project_id_of(session, args.project), args.names)
        with database.read() as session:
            names = people.members(session, people.project_id_of(session, args.project))
        print(f"{args.project}: {', '.join(names)}" if names else f"{args.project}: open to everyone")
        return 0

    return _with_database(args, work)
