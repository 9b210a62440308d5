"""No ledger cell becomes a formula, whatever text the database holds and wherever it lands.

Formula-like text (=, +, -, @, tab, CR, LF, full-width =, DDE calls) is planted in front of
every text column of every table of the demo database; then every ledger is exported and every
cell of every sheet is read back, from openpyxl and from the raw sheet XML."""

from __future__ import annotations

import re
import sqlite3
import zipfile

import pytest
from openpyxl import load_workbook
from sqlalchemy import String

from supervisor.db.engine import open_database
from supervisor.db.models import Base
from supervisor.documents import ledgers
from supervisor.documents.ledgers import LEDGERS, Scope
from supervisor.documents.ledgers.xlsx import DANGEROUS_STARTS
from tests.conftest import ledger_rows

PAYLOADS = (
    "=1+1",
    "+1+1",
    "-1+1",
    "@SUM(1+1)",
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    "=cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    '=HYPERLINK("http://example.invalid","x")',
    "＝1+1",
)


# A code the core reads as an enum, never shown as stored: a foreign value there is damage
# for ``supervisor check``, not text that reaches a cell.
ENUM_CODES = {("project_step", "status")}

# The payloads are planted with SQLite's rowid and past the columns' declared lengths, which
# PostgreSQL enforces; what a ledger writes into a cell does not depend on the backend.
pytestmark = pytest.mark.sqlite_only


def text_columns() -> list[tuple[str, str]]:
    return [(table.name, column.name) for table in Base.metadata.sorted_tables
            for column in table.columns
            if isinstance(column.type, String) and (table.name, column.name) not in ENUM_CODES]


def plant(path) -> int:
    """Put a payload in front of every text value (and into every empty one); how many columns."""
    columns = text_columns()
    connection = sqlite3.connect(path)
    try:
        for table, column in columns:
            cases = " ".join(f"WHEN {i} THEN ?" for i in range(len(PAYLOADS)))
            connection.execute(
                f'UPDATE "{table}" SET "{column}" = (CASE rowid % {len(PAYLOADS)} {cases} END) '
                f'|| COALESCE("{column}", \'\')',
                PAYLOADS,
            )
        connection.commit()
    finally:
        connection.close()
    return len(columns)


@pytest.fixture
def planted(demo_path):
    assert plant(demo_path) > 150  # every text column of every table
    database = open_database(demo_path, create=False)
    yield database
    database.close()


def formula_like(value) -> bool:
    return isinstance(value, str) and value.startswith(DANGEROUS_STARTS)


@pytest.mark.parametrize("ledger", list(LEDGERS))
def test_every_cell_of_every_ledger_is_inert_text_as_stored(planted, ledger, tmp_path):
    out = tmp_path / f"{ledger}.xlsx"
    ledgers.export(planted, ledger, Scope(), out, exported_by="=cmd|' /C calc'!A0")

    with zipfile.ZipFile(out) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert not re.search(rb"<f[ >/]", archive.read(name)), (ledger, name)

    workbook = load_workbook(out)
    dangerous = []
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ledger, sheet.title, cell.coordinate, cell.value)
                if formula_like(cell.value):
                    assert cell.data_type == "s" and cell.quotePrefix, (ledger, cell.coordinate, cell.value)
                    dangerous.append(cell.value)
                if isinstance(cell.value, str):  # nothing added in front of what was stored
                    assert not cell.value.startswith("'"), (ledger, cell.coordinate, cell.value)
    assert any(value.startswith(PAYLOADS) for value in dangerous), ledger  # the planting got through
    summary = {row[0]: row[1] for row in workbook["汇总"].iter_rows(values_only=True) if row and row[0]}
    assert summary["导出人"] == "=cmd|' /C calc'!A0"


def test_a_step_code_typed_as_a_formula_stays_the_text_in_the_procedure_ledger(planted, tmp_path):
    out = tmp_path / "procedure.xlsx"
    ledgers.export(planted, "procedure", Scope(), out)
    sheet = load_workbook(out).worksheets[0]
    codes = [row[3] for row in ledger_rows(sheet, values_only=False)]
    assert codes and all(formula_like(c.value) and c.quotePrefix for c in codes)
    assert {c.value[0] for c in codes} >= {"=", "+", "-", "@", "\t", "\r", "\n"}
