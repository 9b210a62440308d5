"""Photos: camera and phone pictures kept as evidence on site checks and rectifications.

A photo is analysed (``supervisor.site.photo_analysis``), then stored:

- ``store(session, info, data, ...)`` writes the untouched original bytes (with their SHA-256)
  and the preview in ``photo_blob``, the metadata and thumbnail in ``photo``, and links the photo
  to a site check, a rectification or the project alone. A file already stored (same SHA-256)
  is not stored again; it is only linked.
- ``import_paths`` runs both over files and folders, one transaction per file, so one bad file
  never affects the others and nothing is half-stored. It reports progress, can be cancelled
  between files, and is meant to run off the UI thread (it opens its own sessions). Files are
  analysed by a small pool of threads (Pillow releases the GIL while decoding and resampling,
  though not while encoding JPEG) while the calling thread stores them one by one, in order.

Reading back: ``photo_rows`` (thumbnails only, for lists), ``preview`` and ``original`` (bytes
read only when asked for), ``set_caption``, ``unlink`` (and ``unlink_summary``, what it would
take) and ``project_photo_count``. Photos
imported while a check is typed belong to the project alone until ``adopt_links`` moves them
onto the saved check.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import stat
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from supervisor import errors
from supervisor.codes import PhotoRole
from supervisor.db.audit import log_change
from supervisor.db.models import Photo, PhotoBlob, PhotoLink, Project, Rectification, SiteCheck
from supervisor.i18n import QT_TRANSLATE_NOOP
from supervisor.site.photo_analysis import (
    FILE_TOO_LARGE,
    MAX_FILE_BYTES,
    PhotoInfo,
    PhotoRefused,
    analyse,
    megabytes,
)

CAPTION_MAX = 300

#: What a folder is searched for (files named one by one are all tried).
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".heic", ".heif"})


# Pillow image blocks kept for reuse while an import runs (see _reuse_image_memory).
_BLOCKS_WHILE_IMPORTING = 12
_arena_lock = threading.Lock()
_arena_users = 0
_arena_saved_max = 0


# --- reasons a file is refused ---------------------------------------------------------------

MISSING = QT_TRANSLATE_NOOP("errors", "The file does not exist.")
UNREADABLE = QT_TRANSLATE_NOOP("errors", "The file cannot be read: {detail}")

# --- an import that could not finish --------------------------------------------------------

IMPORT_DISK_FULL = QT_TRANSLATE_NOOP(
    "errors",
    "The disk holding {where} is full or failing. The import stopped after {done} of {total} "
    "files: the photos imported before that are stored whole; the other {left} files were not "
    "imported. Free some space and import them again (photos already stored are recognised "
    "and not stored twice).",
)
IMPORT_STOPPED = QT_TRANSLATE_NOOP(
    "errors",
    "The import stopped after {done} of {total} files: the photos imported before that are "
    "stored; the other {left} files were not imported.",
)


# --- storing ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoreResult:
    """``photo_id`` stored or found; ``link_id`` the link made or already there."""

    photo_id: int
    link_id: int | None
    duplicate: bool


def _check_target(
    session: Session, project_id: int, check_id: int | None, rectification_id: int | None, role
) -> None:
    if session.get(Project, project_id) is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The project no longer exists."))
    if check_id is not None:
        check = session.get(SiteCheck, check_id)
        if check is None or check.project_id != project_id:
            raise errors.NotFound(
                QT_TRANSLATE_NOOP("errors", "There is no site check {check} in this project."),
                check=check_id,
            )
    if rectification_id is not None:
        rect = session.get(Rectification, rectification_id)
        if rect is None or rect.project_id != project_id:
            raise errors.NotFound(
                QT_TRANSLATE_NOOP(
                    "errors", "There is no rectification item {item} in this project."
                ),
                item=rectification_id,
            )
    if role not in {member.value for member in PhotoRole}:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "{role} is not a photo role."), field="role", role=role
        )


def _same_target(project_id: int, check_id: int | None, rectification_id: int | None):
    return (
        PhotoLink.project_id == project_id,
        PhotoLink.check_id.is_(None) if check_id is None else PhotoLink.check_id == check_id,
        PhotoLink.rectification_id.is_(None)
        if rectification_id is None
        else PhotoLink.rectification_id == rectification_id,
    )


def store(
    session: Session,
    info: PhotoInfo,
    data: bytes,
    project_id: int,
    *,
    check_id: int | None = None,
    rectification_id: int | None = None,
    role: str = PhotoRole.CHECK,
    caption: str = "",
) -> StoreResult:
    """Store the photo (unless its SHA-256 is already stored) and link it to its target.

    With neither ``check_id`` nor ``rectification_id`` the photo is linked to the project
    alone. A link identical to one already there (same photo, target and role) is not added
    again. ``data`` must be the bytes ``info`` was made from; they are stored untouched.
    """
    role = str(role)
    _check_target(session, project_id, check_id, rectification_id, role)
    [result] = _store_many(
        session, [(info, data)], project_id, check_id, rectification_id, role, caption
    )
    return result


def _store_many(
    session: Session, items: list[tuple[PhotoInfo, bytes]], project_id: int,
    check_id: int | None, rectification_id: int | None, role: str, caption: str = "",
) -> list[StoreResult]:
    """``store`` for each of ``items`` in turn, once the target has been checked in this
    transaction, in a handful of statements whatever their number (an import stores its
    photos in groups: one statement per photo and table would cost more than the photo)."""
    caption = _clean_caption(caption)
    for info, data in items:
        if len(data) != info.size:
            raise ValueError("data is not the file that was analysed")
    order = list(dict.fromkeys(info.sha256 for info, _ in items))
    known: dict[str, tuple[int, str]] = {
        sha256: (photo_id, uuid)
        for sha256, photo_id, uuid in session.execute(
            select(Photo.sha256, Photo.id, Photo.uuid).where(Photo.sha256.in_(order))
        )
    }
    new: dict[str, tuple[Photo, PhotoInfo, bytes]] = {}
    for info, data in items:
        if info.sha256 not in known and info.sha256 not in new:
            photo = Photo(
                sha256=info.sha256,
                filename=info.filename,
                size=info.size,
                media_type=info.media_type,
                width=info.width,
                height=info.height,
                orientation=info.orientation,
                taken_at=info.taken_at,
                gps_lat=info.gps_lat,
                gps_lon=info.gps_lon,
                camera=info.camera,
                phash=info.phash,
                thumbnail=info.thumbnail,
            )
            session.add(photo)
            new[info.sha256] = (photo, info, data)
    if new:
        session.flush()
    for photo, info, data in new.values():
        session.add(PhotoBlob(photo_id=photo.id, original=data, preview=info.preview))
        log_change(
            session, photo, "photo.import", filename=info.filename, sha256=info.sha256,
            size=info.size,
        )
        known[info.sha256] = (photo.id, photo.uuid)

    target = _same_target(project_id, check_id, rectification_id)
    photo_ids = [known[sha256][0] for sha256 in order]
    linked: dict[int, int] = dict(
        session.execute(
            select(PhotoLink.photo_id, PhotoLink.id).where(
                PhotoLink.photo_id.in_(photo_ids), PhotoLink.role == role, *target
            )
        ).all()
    )
    links: list[tuple[PhotoLink, str]] = []
    if len(linked) < len(photo_ids):
        last = session.scalar(select(func.max(PhotoLink.position)).where(*target))
        position = -1 if last is None else last
        for sha256 in order:
            photo_id, uuid = known[sha256]
            if photo_id not in linked:
                position += 1
                link = PhotoLink(
                    photo_id=photo_id,
                    project_id=project_id,
                    check_id=check_id,
                    rectification_id=rectification_id,
                    role=role,
                    caption=caption,
                    position=position,
                )
                session.add(link)
                links.append((link, uuid))
                linked[photo_id] = 0  # its id comes with the flush
        session.flush()
    for link, uuid in links:
        log_change(
            session, link, "photo.link", photo=uuid, check_id=check_id,
            rectification_id=rectification_id, role=role,
        )
        linked[link.photo_id] = link.id

    results = []
    for info, _ in items:
        photo_id = known[info.sha256][0]
        first = new.pop(info.sha256, None) is not None  # a second copy in items is a duplicate
        results.append(StoreResult(photo_id=photo_id, link_id=linked[photo_id], duplicate=not first))
    return results


# --- importing files -------------------------------------------------------------------------


@dataclass(frozen=True)
class FileOutcome:
    """What happened to one file of an import."""

    path: str
    status: str  # "imported" | "duplicate" | "refused"
    reason: str  # English, formatted; empty if the file went in
    photo_id: int | None
    error: errors.SupervisorError | None


def expand_paths(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Files as given; folders walked recursively in name order for JPEG/PNG/HEIC/HEIF files.

    Hidden files and folders (``.DS_Store``, ``._IMG_0001.JPG``...) inside folders are skipped.
    A path that does not exist is returned as it is (``import_paths`` reports it refused).
    """
    found: list[Path] = []
    for item in paths:
        path = Path(item)
        if not path.is_dir():
            found.append(path)
            continue
        for folder, dirnames, filenames in os.walk(path):
            dirnames[:] = sorted(name for name in dirnames if not name.startswith("."))
            for name in sorted(filenames):
                if not name.startswith(".") and Path(name).suffix.lower() in IMAGE_SUFFIXES:
                    found.append(Path(folder, name))
    return found


def _read(path: Path) -> bytes:
    """The file's bytes, or ``PhotoRefused`` if it is missing, unreadable or too large."""
    name = path.name
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):  # a device or a pipe would never end
            raise PhotoRefused(UNREADABLE, name, detail="not a regular file")
        if status.st_size > MAX_FILE_BYTES:
            raise PhotoRefused(
                FILE_TOO_LARGE, name, megabytes=megabytes(status.st_size),
                limit=MAX_FILE_BYTES // 2**20,
            )
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)  # it may have grown since
    except FileNotFoundError as error:
        raise PhotoRefused(MISSING, name) from error
    except OSError as error:
        raise PhotoRefused(UNREADABLE, name, detail=error.strerror or str(error)) from error
    if len(data) > MAX_FILE_BYTES:
        raise PhotoRefused(FILE_TOO_LARGE, name, megabytes=">100", limit=MAX_FILE_BYTES // 2**20)
    return data


def _prepare(path: Path) -> tuple[bytes, PhotoInfo]:
    data = _read(path)
    return data, analyse(data, path.name)


def _workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


@contextlib.contextmanager
def _reuse_image_memory():
    """Let Pillow keep the memory of decoded images for the next ones while importing.

    By default Pillow returns every image's memory to the system and the next photo faults
    it in again: about a quarter of the time ``analyse`` takes on a 3 MP photo. The blocks
    kept (16 MB each, at most ``_BLOCKS_WHILE_IMPORTING``) are freed when the last import
    running in the process ends.
    """
    from PIL import Image

    global _arena_users, _arena_saved_max
    with _arena_lock:
        if _arena_users == 0:
            _arena_saved_max = Image.core.get_blocks_max()
            Image.core.set_blocks_max(max(_arena_saved_max, _BLOCKS_WHILE_IMPORTING))
        _arena_users += 1
    try:
        yield
    finally:
        with _arena_lock:
            _arena_users -= 1
            if _arena_users == 0:
                Image.core.set_blocks_max(_arena_saved_max)  # frees the blocks kept


GROUP_SECONDS = 0.25  # photos analysed within this time are stored in one transaction ...
GROUP_BYTES = 64 * 2**20  # ... of at most this many bytes of originals (one disk sync each)


class ImportInterrupted(errors.SupervisorError):
    """Storing failed part-way through an import: the disk is full, the database locked, the
    record the photos were for deleted meanwhile.

    Attributes:
        outcomes: what happened to the files dealt with before the failure, in order; the
            photos among them are stored (committed) whole.
        not_imported: the other files, of which nothing is stored.
        cause: the failure (a ``SupervisorError``: ``StorageFull``, ``DatabaseLocked``...).
    """

    def __init__(self, cause: errors.SupervisorError, outcomes: list[FileOutcome],
                 not_imported: list[str], where: str):
        self.cause = cause
        self.outcomes = outcomes
        self.not_imported = not_imported
        counts = dict(done=len(outcomes), total=len(outcomes) + len(not_imported),
                      left=len(not_imported))
        if isinstance(cause, errors.StorageFull):
            super().__init__(IMPORT_DISK_FULL, where=cause.params.get("where", where), **counts)
        else:
            super().__init__(IMPORT_STOPPED, **counts)

    def message(self, translate=None) -> str:
        text = super().message(translate)
        if isinstance(self.cause, errors.StorageFull):
            return text
        return f"{self.cause.message(translate)}\n{text}"


def import_paths(
    database,
    paths: Iterable[str | os.PathLike],
    project_id: int,
    *,
    check_id: int | None = None,
    rectification_id: int | None = None,
    role: str = PhotoRole.CHECK,
    progress: Callable[[int, int, Path], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[FileOutcome]:
    """Import files and folders: one outcome per file, in order.

    Files are read and analysed outside any transaction, by a pool of threads, while the
    calling thread stores them in order: those analysed within ``GROUP_SECONDS`` of each other
    in one short transaction (a commit waits for the disk; one per photo would cost more than
    the photo). A refused file leaves no trace and the others still go in. ``progress(done,
    total, path)`` is called as each file is ready to be stored (or refused); ``cancelled()`` is
    asked before each, and when it says so the import stops there, storing those before it.

    A target that does not exist raises ``NotFound`` before any file is read. A failure while
    storing (disk full, database locked, target deleted since) rolls back the transaction it
    happened in and raises ``ImportInterrupted``, which lists the files whose photos were
    stored before it (committed, each whole) and those that were not imported.
    """
    from concurrent.futures import ThreadPoolExecutor

    role = str(role)
    with database.read() as session:
        _check_target(session, project_id, check_id, rectification_id, role)
    files = expand_paths(paths)
    total = len(files)
    outcomes: list[FileOutcome] = []
    workers = _workers()
    queue = iter(files)
    pending: deque = deque()
    with (
        _reuse_image_memory(),
        ThreadPoolExecutor(max_workers=workers, thread_name_prefix="photo-import") as pool,
    ):

        def submit_next() -> None:
            path = next(queue, None)
            if path is not None:
                pending.append((path, pool.submit(_prepare, path)))

        def next_group() -> list[tuple[Path, PhotoInfo | PhotoRefused, bytes]]:
            """The files analysed in the next ``GROUP_SECONDS``: (path, info or refusal, data)."""
            group: list = []
            ends, size = None, 0
            while pending and (ends is None or time.monotonic() < ends) and size < GROUP_BYTES:
                if cancelled is not None and cancelled():
                    break  # and the next call stops at once: the import ends with this group
                path, future = pending.popleft()
                submit_next()
                try:
                    data, info = future.result()
                except PhotoRefused as refusal:
                    group.append((path, refusal, b""))
                else:
                    group.append((path, info, data))
                    size += len(data)
                if progress is not None:
                    progress(len(outcomes) + len(group), total, path)
                if ends is None:
                    ends = time.monotonic() + GROUP_SECONDS
            return group

        def store_group(group) -> list[FileOutcome]:
            photos = [(info, data) for _, info, data in group if isinstance(info, PhotoInfo)]
            results = iter(())
            if photos:
                with database.write() as session:
                    # Checked again inside the transaction: it may have been deleted since.
                    _check_target(session, project_id, check_id, rectification_id, role)
                    results = iter(
                        _store_many(session, photos, project_id, check_id, rectification_id, role)
                    )
            stored = []
            for path, info, _ in group:
                if isinstance(info, PhotoRefused):
                    stored.append(FileOutcome(str(path), "refused", info.message(), None, info))
                else:
                    result = next(results)
                    status = "duplicate" if result.duplicate else "imported"
                    stored.append(FileOutcome(str(path), status, "", result.photo_id, None))
            return stored

        try:
            for _ in range(2 * workers + 1):  # look-ahead: the pool works on while a group commits
                submit_next()
            while pending:
                group = next_group()
                if not group:
                    break
                try:
                    try:
                        outcomes.extend(store_group(group))
                    except errors.StorageFull:
                        if len(group) == 1:
                            raise
                        for one in group:  # store those that still fit, each whole
                            outcomes.extend(store_group([one]))
                except errors.SupervisorError as error:  # disk full, locked, target deleted
                    left = [str(path) for path in files[len(outcomes):]]
                    raise ImportInterrupted(error, outcomes, left, database.name) from error
                del group
        finally:
            for _, future in pending:  # cancelled, or stopped by an error: drop the rest
                future.cancel()
    return outcomes


# --- reading back ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PhotoRow:
    """A photo as shown in a list: its link, its metadata and its thumbnail.

    ``imported_at`` is UTC (as every stored time stamp); ``taken_at`` is the camera's local time.
    """

    link_id: int
    photo_id: int
    filename: str
    caption: str
    role: str
    taken_at: dt.datetime | None
    imported_at: dt.datetime
    imported_by: str
    width: int
    height: int
    camera: str
    gps_lat: float | None
    gps_lon: float | None
    sha256: str
    thumbnail: bytes

def photo_rows(
    session: Session,
    *,
    project_id: int | None = None,
    check_id: int | None = None,
    rectification_id: int | None = None,
    role: str | None = None,
) -> list[PhotoRow]:
    """The links matching every filter given, in their order; reads thumbnails, never blobs."""
    query = (
        select(
            PhotoLink.id,
            PhotoLink.photo_id,
            Photo.filename,
            PhotoLink.caption,
            PhotoLink.role,
            Photo.taken_at,
            Photo.created_at,
            Photo.created_by,
            Photo.width,
            Photo.height,
            Photo.camera,
            Photo.gps_lat,
            Photo.gps_lon,
            Photo.sha256,
            Photo.thumbnail,
        )
        .join(Photo, Photo.id == PhotoLink.photo_id)
        .order_by(PhotoLink.position, PhotoLink.id)
    )
    if project_id is not None:
        query = query.where(PhotoLink.project_id == project_id)
    if check_id is not None:
        query = query.where(PhotoLink.check_id == check_id)
    if rectification_id is not None:
        query = query.where(PhotoLink.rectification_id == rectification_id)
    if role is not None:
        query = query.where(PhotoLink.role == str(role))
    return [PhotoRow(*row) for row in session.execute(query)]


def _photo_gone() -> errors.NotFound:
    return errors.NotFound(QT_TRANSLATE_NOOP("errors", "The photo no longer exists."))


def original(session: Session, photo_id: int) -> tuple[str, bytes]:
    """The file name and the untouched bytes of the photo as it was imported."""
    row = session.execute(
        select(Photo.filename, PhotoBlob.original)
        .join(PhotoBlob, PhotoBlob.photo_id == Photo.id)
        .where(Photo.id == photo_id)
    ).first()
    if row is None:
        raise _photo_gone()
    return row[0], row[1]


def preview(session: Session, photo_id: int) -> bytes:
    """The upright screen-size JPEG of the photo."""
    data = session.scalar(select(PhotoBlob.preview).where(PhotoBlob.photo_id == photo_id))
    if data is None:
        raise _photo_gone()
    return data


def _clean_caption(caption: str) -> str:
    caption = " ".join((caption or "").split())
    if len(caption) > CAPTION_MAX:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "A caption is limited to {limit} characters."),
            field="caption",
            limit=CAPTION_MAX,
        )
    return caption


def _get_link(session: Session, link_id: int) -> PhotoLink:
    link = session.get(PhotoLink, link_id)
    if link is None:
        raise _photo_gone()
    return link


def set_caption(session: Session, link_id: int, caption: str) -> None:
    """Set the caption a photo has on one record (spaces tidied; at most 300 characters)."""
    link = _get_link(session, link_id)
    caption = _clean_caption(caption)
    if caption != link.caption:
        link.caption = caption
        log_change(session, link, "photo.caption", caption=caption)


@dataclass(frozen=True)
class Unlinking:
    """What taking a photo off one record takes with it (``unlink_summary``): the photo itself
    when ``shown_elsewhere`` is 0."""

    filename: str
    shown_elsewhere: int  # other records showing the photo


def unlink_summary(session: Session, link_id: int) -> Unlinking:
    """What ``unlink`` would take with it, for the question asked first."""
    link = _get_link(session, link_id)
    photo = session.get(Photo, link.photo_id)
    others = session.scalar(
        select(func.count()).select_from(PhotoLink).where(PhotoLink.photo_id == link.photo_id, PhotoLink.id != link_id)
    )
    return Unlinking(photo.filename if photo is not None else "", others or 0)


def unlink(session: Session, link_id: int) -> bool:
    """Take a photo off one record; delete the photo itself if nothing else shows it.

    Returns True when the photo (with its original and preview) was deleted.
    """
    link = _get_link(session, link_id)
    photo_id = link.photo_id
    log_change(
        session, link, "photo.unlink", photo_id=photo_id, check_id=link.check_id,
        rectification_id=link.rectification_id, role=link.role,
    )
    session.delete(link)
    session.flush()
    still_used = session.scalar(
        select(func.count()).select_from(PhotoLink).where(PhotoLink.photo_id == photo_id)
    )
    if still_used:
        return False
    photo = session.get(Photo, photo_id)
    if photo is None:
        return False
    log_change(session, photo, "photo.delete", filename=photo.filename, sha256=photo.sha256)
    session.execute(delete(PhotoBlob).where(PhotoBlob.photo_id == photo_id))
    session.delete(photo)
    session.flush()
    return True


def newest_link_id(session: Session) -> int:
    """The id of the newest photo link (0 if none): links made later have larger ids."""
    return session.scalar(select(func.max(PhotoLink.id))) or 0


def unattached_links(session: Session, project_id: int, photo_ids: Iterable[int]) -> list[int]:
    """Links of these photos to the project alone: imported for a record not saved yet."""
    ids = list(photo_ids)
    if not ids:
        return []
    return list(
        session.scalars(
            select(PhotoLink.id)
            .where(
                PhotoLink.project_id == project_id,
                PhotoLink.photo_id.in_(ids),
                PhotoLink.check_id.is_(None),
                PhotoLink.rectification_id.is_(None),
            )
            .order_by(PhotoLink.id)
        )
    )


def adopt_links(session: Session, link_ids: Iterable[int], check_id: int) -> None:
    """Photos imported while a new check was being typed join it once it is saved: each of
    these links that still belongs to the project alone moves to the check."""
    for link_id in link_ids:
        link = session.get(PhotoLink, link_id)
        if link is not None and link.check_id is None and link.rectification_id is None:
            link.check_id = check_id


def project_photo_count(session: Session, project_id: int) -> int:
    """How many different photos the project holds (a photo on several records counts once)."""
    return session.scalar(
        select(func.count(func.distinct(PhotoLink.photo_id))).where(
            PhotoLink.project_id == project_id
        )
    ) or 0
