"""Writing a file whole or not at all: into a temporary file beside it, renamed at the end.

A PDF or workbook that fails half-way, or an export the user cancels, must neither leave half
a file nor spoil the file that was there before.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import Iterator

from supervisor import errors
from supervisor.i18n import QT_TRANSLATE_NOOP


@contextlib.contextmanager
def replacing(path: str | os.PathLike) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to; it becomes ``path`` when the block ends
    normally and is removed when it raises. Disk errors come out as ``ValidationError``."""
    path = Path(path).expanduser()
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.stem[:40]}-", suffix=path.suffix, dir=path.parent)
    except OSError as error:
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
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "Cannot write {file}: {reason}"),
            file=str(path), reason=error.strerror or str(error),
        ) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
