"""Writing a file whole or not at all: into a temporary file beside it, renamed at the end.

A PDF or workbook that fails half-way, or an export the user cancels, must neither leave half
a file nor spoil the file that was there before. A full disk is said as such
(``StorageFull``, the message the database gives too); other failures name the file and the
reason. ``safe_file_name`` makes one file name of stored text (a record number, an attachment's
name) that stays inside the folder it is put in, on Windows too; ``opens_safely`` says whether a
file is a document or an image, the only kinds handed to the system's default program.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
from pathlib import Path
from typing import Iterator

from supervisor import errors
from supervisor.i18n import QT_TRANSLATE_NOOP


# Errors of a disk that is full (or over quota) or failing, rather than of one file.
DISK_FULL = {errno.ENOSPC, errno.EIO, *((errno.EDQUOT,) if hasattr(errno, "EDQUOT") else ())}


def storage_error(error: OSError, path: str | os.PathLike) -> errors.SupervisorError:
    """``error``, met while writing ``path``, as the message for the user."""
    if error.errno in DISK_FULL:
        return errors.StorageFull(
            QT_TRANSLATE_NOOP(
                "errors",
                "The disk holding {where} is full or failing. Nothing was saved; "
                "free some space and try again.",
            ),
            where=str(path),
        )
    return errors.ValidationError(
        QT_TRANSLATE_NOOP("errors", "Cannot write {file}: {reason}"),
        file=str(path), reason=error.strerror or str(error),
    )


# Characters no Windows file name may hold (and the folder separators of every system).
_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
# Device names Windows opens instead of a file, whatever the extension ("NUL.jpg", "com1.txt").
_DEVICES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
            *(f"{port}{n}" for port in ("COM", "LPT") for n in "123456789¹²³")}


def safe_file_name(text: str, fallback: str = "未命名", limit: int = 80) -> str:
    """``text`` as one file name that stays in the folder it is put in, on every system: folder
    separators and characters Windows forbids become ``_``; a name of dots only (``..``) is
    ``fallback``; trailing dots and spaces, which Windows drops, go; a device name (``CON``,
    ``NUL``, ``COM1``..., with any extension) gets a leading ``_``; at most ``limit``
    characters, keeping a short extension."""
    name = _FORBIDDEN.sub("_", str(text)).strip()
    if len(name) > limit:
        stem, dot, suffix = name.rpartition(".")
        suffix = dot + suffix if dot and stem and 0 < len(suffix) < 10 else ""
        name = name[: limit - len(suffix)].rstrip() + suffix
    name = name.rstrip(". ")
    if not name.strip("."):
        return fallback
    if name.split(".", 1)[0].rstrip(" ").upper() in _DEVICES:
        name = "_" + name
    return name


# Documents and images: they open in a viewer or an editor. Anything else (.exe, .bat, .cmd,
# .js, .vbs, .lnk, .html, .svg, macro-enabled .docm/.xlsm, archives...) could run a program or
# a script when opened: it is saved to a folder instead.
OPENABLE_SUFFIXES = frozenset({
    ".pdf", ".ofd", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".wps", ".et", ".dps",
    ".odt", ".ods", ".odp", ".rtf", ".txt", ".dwg", ".dxf",
    ".jpg", ".jpeg", ".png", ".gif", ".bmp", ".tif", ".tiff", ".webp", ".heic", ".heif",
})


def opens_safely(name: str) -> bool:
    """Whether ``name`` (made by ``safe_file_name``) is a document or an image by its extension."""
    return Path(name).suffix.lower() in OPENABLE_SUFFIXES


@contextlib.contextmanager
def replacing(path: str | os.PathLike) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to; it becomes ``path`` when the block ends
    normally and is removed when it raises. A full disk comes out as ``StorageFull``, other
    disk errors as ``ValidationError``."""
    path = Path(path).expanduser()
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.stem[:40]}-", suffix=path.suffix, dir=path.parent)
    except OSError as error:
        if error.errno in DISK_FULL:
            raise storage_error(error, path.parent) from error
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "Cannot write in {folder}: {reason}"),
            folder=str(path.parent), reason=error.strerror or str(error),
        ) from error
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise storage_error(error, path) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
