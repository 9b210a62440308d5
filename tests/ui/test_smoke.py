"""``supervisor --smoke``: the start-up check used by scripts and the benchmark."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def run(*args, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    return subprocess.run(
        [sys.executable, "-m", "supervisor", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_smoke_prints_seconds_to_the_shown_window(tmp_path):
    result = run("--db", str(tmp_path / "x.sqlite"), "--smoke", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert 0 < float(result.stdout.strip()) < 60


def test_smoke_ready_opens_the_database(tmp_path, demo_path):
    result = run("--db", str(demo_path), "--smoke=ready", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert 0 < float(result.stdout.strip()) < 60


def test_smoke_ready_on_a_damaged_database_fails_with_a_message(tmp_path):
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"not a database" * 100)
    result = run("--db", str(broken), "--smoke=ready", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "broken.sqlite" in result.stderr and "Traceback" not in result.stderr


def test_the_window_is_built_before_the_heavy_libraries_load(tmp_path):
    """SQLAlchemy, reportlab and openpyxl load with the database or the first print/export,
    not while the window is being built on the UI thread."""
    code = (
        "import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]); "
        "from supervisor.ui.main_window import MainWindow; window = MainWindow(); "
        "print(sorted(m for m in ('sqlalchemy', 'reportlab', 'openpyxl', 'alembic') if m in sys.modules))"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_opening_a_current_database_loads_no_heavy_library(tmp_path, demo_path):
    """Opening an up-to-date database for the window (off the UI thread) reads the stored schema
    revision with a plain query: Alembic loads only for a migration; reportlab, openpyxl and
    Pillow only for printing, export and photos."""
    code = (
        "import sys; from supervisor.ui.startup import open_for_window; "
        f"open_for_window({str(demo_path)!r}).close(); "
        "print(sorted(m for m in ('alembic', 'reportlab', 'openpyxl', 'PIL') if m in sys.modules))"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_quicker_pyside_import_check_gives_pyside_s_answers():
    import inspect

    import sqlalchemy

    import supervisor.db.models
    import supervisor.ui.workspace
    from supervisor.ui.startup import quicker_pyside_import_check

    quicker_pyside_import_check()
    feature = sys.modules.get("shibokensupport.feature")
    if getattr(feature, "_mod_uses_pyside", None) is None:
        pytest.skip("this PySide has no such check")
    for module in (sqlalchemy, supervisor.db.models, supervisor.ui.workspace, inspect, sys):
        try:
            expected = "PySide6" in inspect.getsource(module)
        except (TypeError, OSError):
            expected = False
        assert feature._mod_uses_pyside(module) is expected, module
    assert feature._mod_uses_pyside(supervisor.ui.workspace)
