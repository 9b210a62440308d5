"""The photos of an exported ledger, in a folder beside it: one folder per record.

``copy_photos`` writes the photos of the exported site checks or rectifications, named after
their records (``ZG-2026-001/ZG-2026-001_整改后_1.jpg``), under temporary names into a
``Staged`` set; ``export`` commits it (renames them into place) once the workbook is saved, or
discards it (the temporary files and the folders it made) when anything fails or the user
cancels: a full disk, or a stop, leaves nothing half-written and no photo of an earlier export
replaced. Record numbers are stored text: ``safe_file_name`` keeps every name inside the chosen
folder (``..``, separators, Windows device names and trailing dots), and two records whose
names come out alike get folders of their own (``A_B``, ``A_B (2)``).
"""

from __future__ import annotations

import os
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from supervisor.codes import PhotoRole
from supervisor.db.models import Rectification, SiteCheck
from supervisor.files import safe_file_name, storage_error
from supervisor.site.checks import check_number

_SUFFIX = re.compile(r"\.[a-z0-9]{1,5}")


@dataclass
class Staged:
    """Files written under temporary names beside their final ones, and the folders made for
    them, inside ``root``."""

    root: Path
    files: list[tuple[Path, Path]] = field(default_factory=list)  # (temporary, final)
    folders: list[Path] = field(default_factory=list)  # made here, outermost first

    def folder(self, path: Path) -> None:
        missing = []
        for folder in (path, *path.parents):
            if folder.exists():
                break
            missing.append(folder)
        for folder in reversed(missing):
            try:
                folder.mkdir()
            except FileExistsError:
                continue
            except OSError as error:
                raise storage_error(error, folder) from error
            self.folders.append(folder)

    def write(self, final: Path, data: bytes) -> None:
        """``data`` into a temporary file that ``commit`` names ``final``."""
        if final.parent.parent != self.root:  # names come from safe_file_name: never happens
            raise ValueError(f"{final} is not inside {self.root}")
        temporary = final.with_name(f".{final.name}.{secrets.token_hex(4)}.part")
        try:  # created new, with the permissions the user's umask gives any new file
            handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except OSError as error:
            raise storage_error(error, self.root) from error
        self.files.append((temporary, final))
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(handle, view):]
        except OSError as error:
            raise storage_error(error, self.root) from error
        finally:
            os.close(handle)

    def commit(self) -> None:
        for temporary, final in self.files:
            try:
                os.replace(temporary, final)
            except OSError as error:
                raise storage_error(error, final) from error
        self.files.clear()

    def discard(self) -> None:
        for temporary, _final in self.files:
            temporary.unlink(missing_ok=True)
        self.files.clear()
        for folder in reversed(self.folders):
            try:
                folder.rmdir()
            except OSError:  # not empty: something else was put there meanwhile
                pass
        self.folders.clear()


def _targets(session: Session, ledger: str, scope, today) -> list[tuple[str, list[tuple[str, dict]]]]:
    """(record number, [(role, photo filter)]) for each record of the ledger in ``scope``."""
    from supervisor.documents.ledgers.sources import _checks_query, _rect_filter

    targets: list[tuple[str, list[tuple[str, dict]]]] = []
    if ledger == "site-checks":
        for row in session.execute(_checks_query(scope).with_only_columns(SiteCheck.id, SiteCheck.checked_at)):
            targets.append((check_number(row.id, row.checked_at), [("", {"check_id": row.id})]))
    elif ledger == "rectifications":
        from supervisor.site.rectification_register import conditions

        query = select(Rectification.id, Rectification.number, Rectification.check_id).where(
            *conditions(_rect_filter(scope), today)
        )
        for rect_id, number, check_id in session.execute(query):
            before = [("整改前", {"check_id": check_id})] if check_id is not None else []
            before.append(("整改前", {"rectification_id": rect_id, "role": PhotoRole.BEFORE.value}))
            targets.append((number, [*before, ("整改后", {"rectification_id": rect_id, "role": PhotoRole.AFTER.value})]))
    return targets


def copy_photos(session: Session, ledger: str, scope, staged: Staged, today,
                cancelled: Callable[[], bool] | None = None) -> int:
    """Stage the photos of the exported site checks or rectifications into ``staged``; how many.
    Other ledgers have no photos of their own: nothing is copied."""
    from supervisor.site import photos

    copied = 0
    used: set[str] = set()  # folder names taken, as Windows and macOS compare them
    for number, groups in _targets(session, ledger, scope, today):
        base = safe_file_name(number, limit=60)  # the photos' names add role, count and suffix
        name, n = base, 1
        while name.casefold() in used:
            n += 1
            name = f"{base} ({n})"
        used.add(name.casefold())
        counters: dict[str, int] = {}
        seen: set[int] = set()
        for role, target in groups:
            for row in photos.photo_rows(session, **target):
                if row.photo_id in seen:
                    continue
                seen.add(row.photo_id)
                if cancelled is not None and cancelled():
                    from supervisor.documents.ledgers import Cancelled

                    raise Cancelled()
                counters[role] = counters.get(role, 0) + 1
                filename, data = photos.original(session, row.photo_id)
                suffix = Path(filename).suffix.lower()
                suffix = suffix if _SUFFIX.fullmatch(suffix) else ".jpg"
                file_name = safe_file_name("_".join(x for x in (name, role, str(counters[role])) if x) + suffix,
                                           limit=120)
                folder = staged.root / name
                staged.folder(folder)
                staged.write(folder / file_name, data)
                copied += 1
    return copied
