"""Where things live: bundled resources and the user's data folder."""

from __future__ import annotations

from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RESOURCES = PROJECT_ROOT / "resources"
DEFAULT_TEMPLATE = RESOURCES / "procedure" / "default.json"
TRANSLATIONS = RESOURCES / "translations"
FORMS = PROJECT_ROOT / "forms"
APP_NAME = "Supervisor"


def data_dir() -> Path:
    """The per-user data folder (e.g. ``~/.local/share/Supervisor`` or ``%LOCALAPPDATA%``)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / "supervisor.sqlite"


def demo_database_path() -> Path:
    return data_dir() / "demo.sqlite"
