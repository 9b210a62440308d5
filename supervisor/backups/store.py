"""Where a database's backups are kept, their names, and which of them to keep.

The backups of ``…/district.sqlite`` go into the folder ``…/district-backups/`` beside it, as
``district-2026-12-01-103015.sqlite`` (the local time it was taken, so a list of names sorts by
time; ``-2``, ``-3`` … after a second one in the same second). When the database's folder cannot
be written (a read-only share), they go into the application's data folder instead,
``<data folder>/backups/district-<8 hex digits of the file's path>/``; both places are listed.

Kept (``keep``): the 12 newest of today; the newest of each of the 10 days before today; the
newest of each of the 9 calendar months before this one. Anything else older is deleted after
each successful backup (``prune``). A file whose name is not a backup's, or whose time lies in
the future (a clock put back), is never deleted.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from supervisor import paths

TODAY_KEPT = 12
DAYS_KEPT = 10
MONTHS_KEPT = 9
SUFFIX = ".sqlite"
_STAMP = "%Y-%m-%d-%H%M%S"
_NAME = re.compile(r"-(\d{4}-\d{2}-\d{2}-\d{6})(?:-(\d+))?\.sqlite$")


@dataclass(frozen=True)
class Backup:
    """One backup file: where it is, the local time it was taken, its size in bytes."""

    path: Path
    taken: dt.datetime
    size: int
    sequence: int = 1  # 2, 3 … for further backups taken in the same second

    @property
    def order(self) -> tuple:
        return (self.taken, self.sequence, self.path.name)


def beside(database: Path) -> Path:
    """The backup folder beside ``database``."""
    database = Path(database)
    return database.with_name(f"{database.stem}-backups")


def in_data_folder(database: Path) -> Path:
    """The backup folder in the data folder, for a database whose own folder cannot be written
    (named after the file and its full path, so that two ``supervisor.sqlite`` stay apart)."""
    database = Path(database).absolute()
    digest = hashlib.sha256(str(database).encode("utf-8")).hexdigest()[:8]
    return paths.data_dir() / "backups" / f"{database.stem}-{digest}"


def folders(database: Path) -> list[Path]:
    return [beside(database), in_data_folder(database)]


def writable_folder(database: Path) -> tuple[Path, bool]:
    """The folder a new backup of ``database`` goes to (created if need be), and whether it is
    the data folder because the database's own folder cannot be written."""
    for folder, fallback in ((beside(database), False), (in_data_folder(database), True)):
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            continue
        if os.access(folder, os.W_OK):
            return folder, fallback
    folder = in_data_folder(database)
    folder.mkdir(parents=True, exist_ok=True)  # raises the reason
    return folder, True


def new_name(folder: Path, database: Path, taken: dt.datetime) -> Path:
    """A name for a backup of ``database`` taken at ``taken`` that no file in ``folder`` has."""
    stem = f"{Path(database).stem}-{taken.strftime(_STAMP)}"
    target, sequence = folder / f"{stem}{SUFFIX}", 1
    while target.exists() or target.with_name(target.name + ".partial").exists():
        sequence += 1
        target = folder / f"{stem}-{sequence}{SUFFIX}"
    return target


def parse(path: Path, database: Path) -> Backup | None:
    """The backup ``path`` of ``database``, or None when its name is not a backup's."""
    name = path.name
    stem = Path(database).stem
    match = _NAME.search(name)
    if match is None or name[: match.start()] != stem:
        return None
    try:
        taken = dt.datetime.strptime(match.group(1), _STAMP)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return Backup(path, taken, size, int(match.group(2) or 1))


def list_backups(database: Path) -> list[Backup]:
    """Every backup of ``database`` in both its folders, newest first."""
    found = []
    for folder in folders(database):
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            backup = parse(entry, database)
            if backup is not None and entry.is_file():
                found.append(backup)
    return sorted(found, key=lambda b: b.order, reverse=True)


def _month_back(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 - months
    return index // 12, index % 12 + 1


def keep(backups: list[Backup], now: dt.datetime) -> list[Backup]:
    """The backups a careful user keeps at ``now`` (see the module's docstring), newest first."""
    newest_first = sorted(backups, key=lambda b: b.order, reverse=True)
    today = now.date()
    kept = [b for b in newest_first if b.taken > now]  # the clock was put back: keep
    kept += [b for b in newest_first if b.taken <= now and b.taken.date() == today][:TODAY_KEPT]
    days = {today - dt.timedelta(days=back) for back in range(1, DAYS_KEPT + 1)}
    months = {_month_back(today, back) for back in range(1, MONTHS_KEPT + 1)}
    seen_days, seen_months = set(), set()
    for backup in newest_first:
        day = backup.taken.date()
        if day in days and day not in seen_days:
            seen_days.add(day)
            kept.append(backup)
        month = (day.year, day.month)
        if month in months and month not in seen_months:
            seen_months.add(month)
            kept.append(backup)
    unique = {b.path: b for b in kept}
    return sorted(unique.values(), key=lambda b: b.order, reverse=True)


def prune(database: Path, now: dt.datetime) -> list[Path]:
    """Delete the backups of ``database`` that ``keep`` does not keep; the files deleted."""
    backups = list_backups(database)
    kept = {b.path for b in keep(backups, now)}
    deleted = []
    for backup in backups:
        if backup.path not in kept:
            try:
                backup.path.unlink()
            except OSError:
                continue  # kept for now; the next backup tries again
            deleted.append(backup.path)
    return deleted
