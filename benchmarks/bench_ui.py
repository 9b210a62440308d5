"""The window over a large district: first rows of the check list, and the UI thread during a
200-photo import.

Runs a probe in its own process (it needs a ``QApplication``; ``make bench`` provides a display
or falls back to the offscreen platform). The probe builds the synthetic district of
``bench_lists`` (100,000 site checks, 20,000 photos, 5,000 rectification items), opens it in the
real main window, then:

- ``checks_first_rows_shown``: the Site checks tab is given the project (what selecting a
  project does): the exact count, the first page of rows from SQL, the model reset and the
  table painted. Median of several runs; target 0.3 s.
- ``project_opened_all_tabs``: the same for the whole workspace (procedure tree, checks,
  rectifications, compounds, residents: a hidden tab loads the project when it is shown or
  used, and here all are used), reported without a target.
- ``photo_import_ui_stall``: 200 camera-size JPEGs (2000×1500, with EXIF) are imported through
  the application's own import path (worker thread, progress dialog) into that database. A
  precise 1 ms timer on the UI thread records when it fires; the longest gap between two
  firings, from the start of the import until the lists have reloaded afterwards, is the
  longest stall a user could feel. Target 100 ms.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNS = 7
IMPORT_COUNT = 200


def _load(name: str):
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def probe(folder: Path) -> dict:
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    bench_lists = _load("bench_lists")
    bench_photos = _load("bench_photos")
    path = folder / "district.sqlite"
    project_id = bench_lists.build(path)["project_id"]
    files = bench_photos.write_photos(folder, "UI", IMPORT_COUNT, 12, (2000, 1500))

    app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("SupervisorBench")
    QCoreApplication.setApplicationName("SupervisorBench")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings"))
    from supervisor.db.audit import set_current_user
    from supervisor.ui.main_window import MainWindow
    from supervisor.ui.site.photos import run_import
    from supervisor.ui.workspace import TABS

    set_current_user("bench")
    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    loop = QEventLoop()
    window.ready.connect(loop.quit)
    window.open_database(str(path))
    loop.exec()
    workspace = window.workspace
    checks = workspace.checks
    workspace.tabs.setCurrentWidget(checks)
    app.processEvents()

    def timed(action) -> float:
        begin = time.perf_counter()
        action()
        checks.table.viewport().repaint()
        app.processEvents()
        return time.perf_counter() - begin

    def show_checks():
        checks.show_project(project_id)
        assert checks.model.rowCount() > 0

    def show_whole_project():
        workspace._show_project(project_id)
        for name in TABS[1:]:
            getattr(workspace, name)

    first_rows = [timed(show_checks) for _ in range(RUNS + 1)][1:]
    whole = [timed(show_whole_project) for _ in range(RUNS + 1)][1:]

    clock = QElapsedTimer()
    ticks: list[int] = []
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(1)
    heartbeat.timeout.connect(lambda: ticks.append(clock.elapsed()))
    finished = {}

    def done(outcomes):
        finished["outcomes"] = outcomes
        finished["at"] = clock.elapsed()
        QTimer.singleShot(300, loop.quit)  # let the lists reload after the import

    clock.start()
    heartbeat.start()
    began = time.perf_counter()
    run_import(window, window.controller, [str(p) for p in files], project_id, on_done=done)
    loop.exec()
    heartbeat.stop()
    imported = sum(1 for o in finished["outcomes"] if o.status == "imported")
    assert imported == IMPORT_COUNT, f"{imported} of {IMPORT_COUNT} imported"
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    window.close()
    window.deleteLater()
    app.processEvents()
    return {
        "first_rows": statistics.median(first_rows),
        "whole": statistics.median(whole),
        "stall_ms": max(gaps),
        "import_s": finished["at"] / 1000,
        "ticks": len(ticks),
        "seconds": time.perf_counter() - began,
    }


def run() -> list[dict]:
    with tempfile.TemporaryDirectory() as folder:
        result = subprocess.run(
            [sys.executable, __file__, "--probe", folder], capture_output=True, text=True, check=False
        )
    if result.returncode != 0:
        raise RuntimeError("bench_ui probe failed:\n" + result.stderr[-4000:])
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    print(
        f"bench_ui: {IMPORT_COUNT} photos imported in {figures['import_s']:.1f} s while the UI "
        f"thread ticked {figures['ticks']} times; longest gap {figures['stall_ms']} ms",
        file=sys.stderr,
    )

    def entry(name, value, unit, target):
        return {"name": name, "value": value, "unit": unit, "baseline": None, "ratio": None, "target": target}

    return [
        entry("checks_first_rows_shown", round(figures["first_rows"], 4), "s", 0.3),
        entry("project_opened_all_tabs", round(figures["whole"], 4), "s", None),
        entry("photo_import_ui_stall", float(figures["stall_ms"]), "ms", 100),
    ]


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--probe":
        print(json.dumps(probe(Path(sys.argv[2]))))
    else:
        for line in run():
            print(line)
