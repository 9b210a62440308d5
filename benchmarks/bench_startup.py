"""Start-up: whole ``supervisor`` processes against a process that only shows a bare PySide6
window, interleaved in the same run; medians of several runs.

- ``startup_smoke_process``: ``--smoke`` on the demo database (until the window is shown).
- ``startup_until_projects_shown``: ``--smoke=ready`` on the demo database (until the database
  is open and the project list and the first project's procedure are on screen); at most 5×
  the bare window.
- ``startup_new_database``: ``--smoke=ready`` on a path with no database yet (the schema is
  created by the migrations), without a target.

The ratio is the median of the per-run ratios (each run starts the bare window and then the
measured process, back to back), so that drift in the machine's speed during the benchmark
cancels out; the value is the median time. Each process gets its own empty settings folder, so that a tab or project remembered from an
earlier session (or another program's run) does not change what the first screen loads. The
package's bytecode is compiled first, as an installed application has it (with
PYTHONDONTWRITEBYTECODE set, a warm-up run would not write it and every run would compile the
package's sources again).
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PACKAGE = HERE.parent / "supervisor"
RUNS = 15


def timed(command: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def run() -> list[dict]:
    from supervisor.demo.database import write_demo

    compileall.compile_dir(PACKAGE, quiet=1)
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        env = dict(os.environ, XDG_CONFIG_HOME=str(folder / "config"))
        demo = write_demo(folder / "demo.sqlite")
        python = sys.executable
        bare_cmd = [python, str(HERE / "bare_window.py")]
        window_cmd = [python, "-m", "supervisor", "--db", str(demo), "--smoke"]
        ready_cmd = [python, "-m", "supervisor", "--db", str(demo), "--smoke=ready"]

        def new_cmd(n: int) -> list[str]:
            return [python, "-m", "supervisor", "--db", str(folder / f"new-{n}.sqlite"), "--smoke=ready"]

        for command in (bare_cmd, window_cmd, ready_cmd, new_cmd(0)):  # warm the disk cache
            timed(command, env)
        samples: dict[str, list[float]] = {"bare": [], "window": [], "ready": [], "new": []}
        for n in range(1, RUNS + 1):
            for key, command in (("bare", bare_cmd), ("window", window_cmd), ("ready", ready_cmd),
                                 ("new", new_cmd(n))):
                samples[key].append(timed(command, env))
    baseline = statistics.median(samples["bare"])
    results = []
    for name, key, target in (
        ("startup_smoke_process", "window", 2.0),
        ("startup_until_projects_shown", "ready", 5.0),
        ("startup_new_database", "new", None),
    ):
        value = statistics.median(samples[key])
        paired = statistics.median(a / b for a, b in zip(samples[key], samples["bare"]))
        results.append(
            {
                "name": name,
                "value": round(value, 3),
                "unit": "s",
                "baseline": round(baseline, 3),
                "ratio": round(paired, 2),
                "target": target,
            }
        )
    return results


if __name__ == "__main__":
    for result in run():
        print(result)
