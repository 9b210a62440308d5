"""The commands ``supervisor backup``, ``backups`` and ``restore``.

``backup --db DB [--out FILE]`` writes a checked backup (``pg_dump`` on a server) and prints
it with its size and time; ``backups --db DB`` lists them, newest first; ``restore --db DB FILE``
backs up the current state, names that copy, then puts FILE back. Signing in is the command
line's (``supervisor.cli`` passes its ``sign_in``): ``backup`` opens the database like every
other command; ``backups`` only lists files; ``restore`` signs in to the database, or to the
backup when the database is too damaged to be opened. No Qt here and no SQLAlchemy at import.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from supervisor import errors
from supervisor.i18n import QT_TRANSLATE_NOOP


def add_parsers(commands, sign_in) -> None:
    """Register the three commands; ``sign_in(database)`` signs in to an open database that
    has users (from ``--user`` and the password), as the other commands do."""
    backup = commands.add_parser(
        "backup", help="write a checked backup of the database (pg_dump on a server)"
    )
    backup.add_argument("--db", dest="sub_db", required=True, metavar="PATH_OR_URL")
    backup.add_argument("--out", metavar="FILE", help="write it here (default: the backups folder beside the database)")
    backup.set_defaults(run=lambda args: run_backup(args, sign_in))
    listing = commands.add_parser("backups", help="list the database's backups, newest first")
    listing.add_argument("--db", dest="sub_db", required=True, metavar="PATH_OR_URL")
    listing.set_defaults(run=run_backups)
    restore = commands.add_parser(
        "restore", help="put a backup back (the current state is backed up first); "
        "an administrator's work when the database has users",
    )
    restore.add_argument("--db", dest="sub_db", required=True, metavar="PATH_OR_URL")
    restore.add_argument("file", metavar="FILE", help="the backup to restore")
    restore.set_defaults(run=lambda args: run_restore(args, sign_in))


def size_text(size: int) -> str:
    """A file size for people: 812 KB, 12.3 MB, 1.20 GB."""
    if size >= 1e9:
        return f"{size / 1e9:.2f} GB"
    if size >= 1e6:
        return f"{size / 1e6:.1f} MB"
    return f"{max(size / 1e3, 0.1 if size else 0):.1f} KB" if size < 1e4 else f"{size / 1e3:.0f} KB"


def time_text(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


def _database(target: str, sign_in):
    from supervisor.db.engine import open_database

    database = open_database(target, create=False)
    try:
        sign_in(database)
    except BaseException:
        database.close()
        raise
    return database


def run_backup(args, sign_in) -> int:
    from supervisor.backups import sqlite

    database = _database(args.sub_db, sign_in)
    try:
        url, path = database.url, database.path
    finally:
        database.close()
    out = Path(args.out) if args.out else None
    if path is None:
        from supervisor.backups import server

        taken = server.dump(url, out)
    else:
        taken = sqlite.take(path, out=out)
    print(f"Backed up {database.name} to {taken.path} ({size_text(taken.size)}, {time_text(taken.taken)}).")
    if taken.fallback:
        print("The database's folder cannot be written, so the backup is in the data folder.")
    if taken.pruned:
        print(f"{len(taken.pruned)} older backup(s) deleted: kept are the 12 newest of today and "
              "the newest of each of the last 10 days and 9 months.")
    return 0


def run_backups(args) -> int:
    from supervisor.backups import store
    from supervisor.db.engine import describe, to_url

    url = to_url(args.sub_db)
    if url.get_backend_name() != "sqlite":
        from supervisor.backups import server

        dumps = server.list_dumps(url)
        if not dumps:
            print(f"No pg_dump backups of {describe(url)} in {server.dump_folder()}.")
            return 0
        for dump in dumps:
            stat = dump.stat()
            print(f"{time_text(dt.datetime.fromtimestamp(stat.st_mtime))}  {size_text(stat.st_size):>9}  {dump}")
        return 0
    database = Path(url.database)
    if not database.exists():
        raise errors.DatabaseError(
            QT_TRANSLATE_NOOP("errors", "There is no database at {where}."), where=str(database)
        )
    backups = store.list_backups(database)
    if not backups:
        print(f"No backups of {database} yet (they are kept in {store.beside(database)}).")
        return 0
    for backup in backups:
        print(f"{time_text(backup.taken)}  {size_text(backup.size):>9}  {backup.path}")
    return 0


def _sign_in_for_restore(target: str, file: Path, sign_in) -> None:
    """Sign in to the database, or to the backup when the database cannot be opened (a
    damaged file): who may restore is decided by its people (``sqlite.require_administrator``)."""
    from supervisor.db.engine import open_database, to_url

    if not Path(to_url(target).database).exists():
        return
    try:
        database = _database(target, sign_in)
    except errors.DatabaseDamaged:
        database = open_database(file, create=False, read_only=True, migrate=False)
        try:
            sign_in(database)
        except BaseException:
            database.close()
            raise
    database.close()


def run_restore(args, sign_in) -> int:
    from supervisor.backups import sqlite
    from supervisor.db.engine import open_database, to_url

    url = to_url(args.sub_db)
    if url.get_backend_name() != "sqlite":
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A server database is restored with PostgreSQL's pg_restore, into a new, empty "
                "database: pg_restore --dbname=NEW_DATABASE FILE; then open that database. "
                "Nothing was changed.",
            )
        )
    file = Path(args.file)
    sqlite.verify(file)  # a file that cannot be restored is refused before anyone signs in
    _sign_in_for_restore(args.sub_db, file, sign_in)
    restored = sqlite.restore(Path(url.database), file)
    if restored.damaged:
        print(f"The damaged database was kept as it was, in {restored.before}.")
    elif restored.before is not None:
        print(f"The state before the restore is backed up in {restored.before}.")
    open_database(url.database, create=False).close()  # an older backup's schema is upgraded now
    print(f"Restored {restored.backup} into {url.database}.")
    return 0


def _quoted(text: str) -> str:
    return f'"{text}"' if any(c.isspace() for c in text) else text


def restore_hint(target: str) -> list[str]:
    """For ``supervisor check`` on a file with problems: the newest backup that passes the
    check and the command that restores it (nothing on a server, or without a good backup)."""
    from supervisor.backups import sqlite
    from supervisor.db.engine import to_url

    url = to_url(target)
    if url.get_backend_name() != "sqlite" or not url.database:
        return []
    good = sqlite.newest_good(Path(url.database))
    if good is None:
        return ["No backup of this database passes the check."]
    return [
        f"The newest backup that passes the check is from {time_text(good.taken)}: {good.path}",
        f"To restore it: supervisor restore --db {_quoted(url.database)} {_quoted(str(good.path))}",
    ]
