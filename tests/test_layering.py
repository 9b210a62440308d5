"""The package's shape holds: the core runs headless and the feature packages import one way.

Layers, lowest first (a module may import its own layer and those below it, never above):

    kernel     errors, i18n, paths, files, workdays, codes, log   (top-level modules)
    db         models, engine, migrations, audit, integrity, stored settings and calendar;
               history (the hash-chained record of every change: the engine installs its
               recorder, so it shares the db layer)
    backups    backups of a database: taken, checked, kept, restored; pg_dump
    accounts   users, roles and the permission map, passwords, signing in
    projects   projects, their places and parties, people
    residents  roster, consultation, opinions, supervision days, surveys, rules
    procedure  templates, steps, materials, the consent gate, snapshots, status
    site       checks, photos, rectifications, evidence, acceptance, search
    funds      budget and sources, contracts, payments and their gates, retention, deadlines,
               residents' contributions, urgent repairs
    documents  forms and ledgers
    demo       the demo database
    entry      cli, __main__, ui (they may import everything)

Residents sit below the procedure because step 1 is gated on their consent; site work sits above
both because a rectification belongs to a step and may come from a resident supervision day.
Money sits above site work: a payment is certified only on a done step and accepted items.
"""

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "supervisor"
LAYERS = ["kernel", "db", "backups", "accounts", "projects", "residents", "procedure", "site", "funds", "documents",
          "demo", "entry"]
SHARING = {"history": "db"}  # packages that share a layer with another
KERNEL = {"errors", "i18n", "paths", "files", "workdays", "codes", "log"}
ENTRY = {"cli", "__main__", "ui"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, at the top or inside a function."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "supervisor":  # modules, or names of the package (__version__)
                names.update(
                    f"supervisor.{alias.name}" if (PACKAGE / alias.name).exists()
                    or (PACKAGE / f"{alias.name}.py").exists() else "supervisor"
                    for alias in node.names
                )
            else:
                names.add(node.module)
    return names


def layer_of(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1:  # the package itself (__version__)
        return "kernel"
    top = parts[1]
    if top in ENTRY:
        return "entry"
    if top in KERNEL:
        return "kernel"
    top = SHARING.get(top, top)
    assert top in LAYERS, f"{module}: {top} is in no layer; add it to the list above"
    return top


def core_modules() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts]


def test_every_module_belongs_to_a_layer():
    top_level = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__")
    assert set(top_level) <= KERNEL | ENTRY, top_level
    assert len(top_level) <= 10, f"more than ten top-level modules: {top_level}"
    for path in core_modules():
        layer_of(module_name(path))


def upward_imports(module: str, imported: set[str]) -> list[str]:
    mine = LAYERS.index(layer_of(module))
    return [
        f"{module} ({layer_of(module)}) imports {name} ({layer_of(name)})"
        for name in sorted(imported)
        if name.startswith("supervisor") and LAYERS.index(layer_of(name)) > mine
    ]


def test_feature_packages_import_one_way():
    offenders = []
    for path in core_modules():
        offenders += upward_imports(module_name(path), imported_modules(path))
    assert offenders == []


def test_no_qt_outside_ui():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts[:1]:
            continue
        for name in imported_modules(path):
            if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}:
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_the_layering_check_would_notice_an_upward_import():
    """The rule above is not vacuous: upward imports are caught, sideways and downward are not."""
    assert upward_imports("supervisor.db.integrity", {"supervisor.procedure.gates"})
    assert upward_imports("supervisor.residents.consultation", {"supervisor.procedure.steps"})
    assert upward_imports("supervisor.errors", {"supervisor.db.models"})
    assert not upward_imports("supervisor.procedure.gates", {"supervisor.residents.consultation"})
    assert not upward_imports("supervisor.site.checks", {"supervisor.site.photos", "supervisor.codes"})
    assert not upward_imports("supervisor.ui.site.checks_view", {"supervisor.demo.database"})


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
