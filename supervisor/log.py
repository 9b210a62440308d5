"""The log: what Supervisor did and what went wrong, in a rotating file in the user's data folder.

Each package logs through its own logger (``logging.getLogger(__name__)``: ``supervisor.db``,
``supervisor.site.photos`` ...). ``configure()`` sends records at INFO and above to
``<data folder>/logs/supervisor.log`` (1 MB a file, five kept). Unexpected errors are written
there with their traceback, so a user can send the file instead of describing a crash. Failing
to open the log (a read-only profile, a full disk) never stops the application.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "supervisor.log"
MAX_BYTES = 1024 * 1024
BACKUPS = 5

_handler: logging.Handler | None = None


def log_folder() -> Path:
    from supervisor.paths import data_dir

    return data_dir() / "logs"


def log_path() -> Path | None:
    """The file being written, or None when logging to a file is not set up."""
    return Path(_handler.baseFilename) if isinstance(_handler, logging.FileHandler) else None


def configure(folder: Path | None = None) -> Path | None:
    """Log the ``supervisor`` loggers to the rotating file in ``folder`` (default: the data
    folder's ``logs``). Returns the file's path, or None if it cannot be written. Calling it
    again with another folder moves the log there."""
    global _handler
    folder = folder or log_folder()
    root = logging.getLogger("supervisor")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        return log_path()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    _handler = handler
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_path()
