"""Every window and dialog fits a 1366×768 laptop: ``small_screen.py``, run on such a screen.

The screen of the offscreen platform is set when the application starts (800×800 unless told),
so the checks run in a child process started with a 1366×728 screen: 1366×768 less a taskbar.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import REPO


def test_every_dialog_fits_a_1366x768_laptop_with_its_buttons_in_view(tmp_path):
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [
        {"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 728, "logicalDpi": 96, "dpr": 1}
    ]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--basetemp", str(tmp_path / "run"),
         str(REPO / "tests" / "ui" / "small_screen.py")],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert " skipped" not in result.stdout.splitlines()[-1], result.stdout[-2000:]
