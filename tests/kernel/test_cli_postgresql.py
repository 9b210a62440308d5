"""The commands against a PostgreSQL server give what they give on a SQLite file: the demo
written to both, then ``status --json``, ``check``, every ledger's cells and the printed forms'
text compared, and a photo import on both."""

from __future__ import annotations

import json
import re

import pytest
from openpyxl import load_workbook

from supervisor.documents.ledgers import LEDGERS
from tests import pg
from tests.conftest import SAMPLE_PHOTOS, run_cli

PRINTS = [
    ["procedure", "--project", "DH-2026-01"],
    ["rectification", "--project", "DH-2026-01", "--record", "ZG-2026-005"],
    ["site-check", "--project", "DH-2026-01", "--record", "1"],
    ["opinions", "--project", "DH-2026-02", "--compound", "电业局宿舍"],
    ["acceptance", "--project", "DH-2025-03"],
]


@pytest.fixture(scope="module")
def both_demos(tmp_path_factory, postgres_server):
    """The demo written by ``supervisor demo`` to a file and to a server database."""
    from supervisor.cli import main

    folder = tmp_path_factory.mktemp("both-demos")
    with pg.admin(postgres_server) as connection:
        connection.execute('CREATE DATABASE "demo_cli"')
    targets = {"sqlite": str(folder / "demo.sqlite"), "postgresql": postgres_server.url("demo_cli")}
    for target in targets.values():
        assert main(["demo", "--db", target]) == 0
    yield targets
    pg.drop_database(postgres_server, "demo_cli")


def outputs(capsys, targets, *argv) -> dict[str, tuple[int, list[str], str]]:
    return {name: run_cli(capsys, *argv, "--db", target) for name, target in targets.items()}


def test_status_and_check_say_the_same_on_both(both_demos, capsys):
    status = outputs(capsys, both_demos, "status", "--json")
    assert status["sqlite"][0] == 0 and status["sqlite"][2] == ""
    assert json.loads("\n".join(status["sqlite"][1]))  # a real report
    assert status["postgresql"] == status["sqlite"]
    check = outputs(capsys, both_demos, "check")
    assert check["sqlite"][0] == 0
    assert check["postgresql"] == check["sqlite"]


RECORDING_TIMES = ("添加时间", "时间")
"""Columns holding when the demo run stored a record (the attachments' added, the 操作日志's changes): the
two demos were written seconds apart."""
RECORDED_AT = re.compile(r"^(越序办理时间：).*$", re.M)
"""A change's field holding when the demo run stored it (a consent override is stamped with the
time it was made): the two demos may be written in different minutes."""


def cells(path) -> list[list[tuple]]:
    """Every sheet's rows; the export time and the recording times left out."""
    workbook = load_workbook(path, read_only=True)
    try:
        sheets = []
        for sheet in workbook.worksheets:
            rows, blank = [], set()
            for row in sheet.iter_rows(values_only=True):
                if row and isinstance(row[0], str) and row[0].startswith("导出时间"):
                    row = (row[0].split("导出人")[-1],)  # who exported, not when
                blank |= {i for i, value in enumerate(row) if value in RECORDING_TIMES}
                rows.append(tuple(None if i in blank and value not in RECORDING_TIMES
                                  else RECORDED_AT.sub(r"\1…", value) if isinstance(value, str) else value
                                  for i, value in enumerate(row)))
            sheets.append(rows)
        return sheets
    finally:
        workbook.close()


@pytest.mark.parametrize("ledger", sorted(LEDGERS))
def test_every_ledger_has_the_same_cells_on_both(both_demos, ledger, tmp_path, capsys):
    sheets = {}
    for name, target in both_demos.items():
        out = tmp_path / f"{name}.xlsx"
        code, _lines, err = run_cli(capsys, "export", ledger, "--db", target, "--out", str(out))
        assert (code, err) == (0, ""), (name, err)
        sheets[name] = cells(out)
    assert sum(len(rows) for rows in sheets["sqlite"]) > 1
    assert sheets["postgresql"] == sheets["sqlite"]


def test_printed_forms_have_the_same_text_on_both(both_demos, tmp_path, capsys):
    from pypdf import PdfReader

    for index, argv in enumerate(PRINTS):
        texts = {}
        for name, target in both_demos.items():
            out = tmp_path / f"{index}-{name}.pdf"
            code, _lines, err = run_cli(capsys, "print", *argv, "--db", target, "--out", str(out))
            assert (code, err) == (0, ""), (argv, name, err)
            text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
            # each database's history is its own: the verification codes differ, nothing else
            texts[name] = re.sub(r"核验码：[0-9A-Z-]+", "核验码：…", text)
            assert texts[name] != text, (argv, name)
        assert texts["postgresql"] == texts["sqlite"], argv


def test_a_photo_import_lands_the_same_on_both(both_demos, tmp_path, capsys):
    photos = sorted(SAMPLE_PHOTOS.glob("*.jpg"))[:3]
    imported = outputs(capsys, both_demos, "photos", "import", "--project", "DH-2026-01", *map(str, photos))
    assert imported["sqlite"][0] == 0, imported["sqlite"]
    assert imported["postgresql"] == imported["sqlite"]
    status = outputs(capsys, both_demos, "status", "--json")
    assert status["postgresql"] == status["sqlite"]


def test_the_demo_is_not_written_over_a_server_database_with_projects(both_demos, capsys):
    from tests.conftest import assert_one_line_error

    before = outputs(capsys, both_demos, "status", "--json")["postgresql"]
    code, _out, err = run_cli(capsys, "demo", "--db", both_demos["postgresql"])
    assert code != 0
    assert "already holds projects" in assert_one_line_error(err)
    assert outputs(capsys, both_demos, "status", "--json")["postgresql"] == before
