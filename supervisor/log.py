"""The log: what Supervisor did and what went wrong, in a rotating file in the user's data folder.

Each package logs through its own logger (``logging.getLogger(__name__)``: ``supervisor.db``,
``supervisor.site.photos`` ...). ``configure()`` sends records at INFO and above to
``<data folder>/logs/supervisor.log`` (1 MB a file, five kept). Unexpected errors are written
there with their traceback, so a user can send the file instead of describing a crash. Failing
to open the log (a read-only profile, a full disk) never stops the application.
"""

from __future__ import annotations

import logging
from pathlib import Path

LOG_FILE = "supervisor.log"
MAX_BYTES = 1024 * 1024
BACKUPS = 5

_handler: logging.Handler | None = None


def log_folder() -> Path:
    from supervisor.paths import data_dir

    return data_dir() / "logs"


class RotatingFile(logging.Handler):
    """The rotating log file, opened with the first record: start-up does not pay for
    ``logging.handlers`` (and the sockets it imports) until something is logged."""

    def __init__(self, path: Path):
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            import logging.handlers

            self._file = logging.handlers.RotatingFileHandler(
                self.path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
            )
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def log_path() -> Path | None:
    """The file being written, or None when logging to a file is not set up."""
    return _handler.path if isinstance(_handler, RotatingFile) else None


def configure(folder: Path | None = None) -> Path | None:
    """Log the ``supervisor`` loggers to the rotating file in ``folder`` (default: the data
    folder's ``logs``). Returns the file's path, or None if it cannot be written. Calling it
    again with another folder moves the log there."""
    global _handler
    folder = folder or log_folder()
    root = logging.getLogger("supervisor")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return log_path()
    handler = RotatingFile(folder / LOG_FILE)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = handler
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_path()
