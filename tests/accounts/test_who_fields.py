"""Who-fields carry people's names: the signed-in person's display name, the demo's people."""

from __future__ import annotations

import datetime as dt
import getpass

from pypdf import PdfReader
from sqlalchemy import select

from supervisor.accounts import people
from supervisor.cli import main
from supervisor.db.engine import open_database
from supervisor.db.models import Base, Compound, Project
from supervisor.site import rectifications
from supervisor.site.rectifications import RectificationData

PASSWORD = "district secret 9"


def who_columns():
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            if column.name.endswith("_by") and column.name != "action_by" or (table.name, column.name) == ("change_log", "user"):
                yield table, column


def test_every_who_field_of_the_demo_is_a_persons_name(demo_path):
    from supervisor.demo.database import PEOPLE

    names = {person[0] for person in PEOPLE}
    named = set()
    database = open_database(demo_path)
    try:
        with database.read() as session:
            seen = {}
            for table, column in who_columns():
                for value in session.scalars(select(column).distinct()):
                    seen.setdefault(value, set()).add(f"{table.name}.{column.name}")
            tables = Base.metadata.tables  # people named on records: inspectors, residents
            named = set(session.scalars(select(tables["site_check"].c.inspector)))
            named |= set(session.scalars(select(tables["supervision_issue"].c.raised_by)))
    finally:
        database.close()
    strangers = {value: where for value, where in seen.items() if value and value not in names | named}
    assert strangers == {}
    assert getpass.getuser() not in seen
    assert "王建国" in seen and "张伟" in seen


def test_the_printed_notice_names_the_signed_in_issuer(demo_path, tmp_path, monkeypatch, capsys):
    database = open_database(demo_path)
    with database.write() as session:
        people.add_user(session, "boss", PASSWORD, ["administrator"], "周主任")
    people.sign_in(database, "boss", PASSWORD)
    with database.write() as session:
        people.add_user(session, "sup", PASSWORD, ["supervisor"], "孙监理")
    people.sign_in(database, "sup", PASSWORD)
    with database.write() as session:
        project = session.scalars(select(Project).where(Project.code == "DH-2026-01")).one()
        compound = session.scalars(select(Compound).where(Compound.project_id == project.id)).first()
        number = rectifications.create(session, RectificationData(
            project_id=project.id, compound_id=compound.id, location_text="1号楼 屋面",
            category="workmanship", responsible_party="城建第三工程有限公司", problem="防水搭接不足",
            requirement="重新搭接", basis="GB 50207", issued_at=dt.datetime(2026, 3, 10, 9, 0),
        )).number
    people.sign_out()
    database.close()
    monkeypatch.setenv("SUPERVISOR_PASSWORD", PASSWORD)
    out = tmp_path / "notice.pdf"
    code = main(["print", "rectification", "--db", str(demo_path), "--project", "DH-2026-01",
                 "--record", number, "--out", str(out), "--user", "boss"])
    assert code == 0, capsys.readouterr().err
    text = "".join("".join((page.extract_text() or "").split()) for page in PdfReader(str(out)).pages)
    assert "签发人孙监理" in text
    assert getpass.getuser() not in text.replace("签发人孙监理", "")
