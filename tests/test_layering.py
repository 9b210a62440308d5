"""The core runs headless: nothing outside supervisor/ui imports PySide6."""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "supervisor"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_qt_outside_ui():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        for name in imported_modules(path):
            if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}:
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_cli_subcommands_do_not_load_qt(tmp_path):
    """Running a headless subcommand never loads Qt (checked in a fresh interpreter)."""
    db = tmp_path / "d.sqlite"
    code = (
        "import sys; from supervisor.cli import main; "
        f"rc = main(['demo', '--db', {str(db)!r}]); "
        f"rc2 = main(['status', '--db', {str(db)!r}]); "
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT', rc, rc2)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "NOQT 0 0"
