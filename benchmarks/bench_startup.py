"""Start-up: the whole ``supervisor --smoke`` process on the demo database against a process
that only shows a bare PySide6 window, interleaved in the same run; medians of several runs.

Also reported, without a target: ``--smoke=ready`` (until the database is open and the first
project's procedure is on screen), against the same baseline.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RUNS = 7


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def run() -> list[dict]:
    from supervisor.demo.database import write_demo

    with tempfile.TemporaryDirectory() as folder:
        demo = write_demo(Path(folder) / "demo.sqlite")
        python = sys.executable
        bare_cmd = [python, str(HERE / "bare_window.py")]
        window_cmd = [python, "-m", "supervisor", "--db", str(demo), "--smoke"]
        ready_cmd = [python, "-m", "supervisor", "--db", str(demo), "--smoke=ready"]
        for command in (bare_cmd, window_cmd, ready_cmd):  # warm caches and .pyc files
            timed(command)
        bare, window, ready = [], [], []
        for _ in range(RUNS):
            bare.append(timed(bare_cmd))
            window.append(timed(window_cmd))
            ready.append(timed(ready_cmd))
    baseline = statistics.median(bare)
    results = []
    for name, samples, target in (
        ("startup_smoke_process", window, 2.0),
        ("startup_until_projects_shown", ready, None),
    ):
        value = statistics.median(samples)
        results.append(
            {
                "name": name,
                "value": round(value, 3),
                "unit": "s",
                "baseline": round(baseline, 3),
                "ratio": round(value / baseline, 2),
                "target": target,
            }
        )
    return results


if __name__ == "__main__":
    for result in run():
        print(result)
