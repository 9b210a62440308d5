"""Every write through the application lands in the history in its own transaction: who (the
signed-in person), which record, old → new; bulk statements, the database's own cascades and
SET NULLs included; a failed write leaves no entry; two writers at once keep one chain."""

from __future__ import annotations

import dataclasses
import threading

import pytest
from sqlalchemy import func, select

from supervisor import errors
from supervisor.db.engine import open_database
from supervisor.db.models import Compound, SiteCheck
from supervisor.history import reading
from supervisor.history.audited import check_number
from supervisor.history.schema import HistoryEntry, HistoryPending
from supervisor.site import checks
from tests.conftest import run_cli, write_old_database, raw_sql


@pytest.fixture
def demo(demo_path):
    database = open_database(demo_path)
    yield database
    database.close()


def _a_problem_check(session) -> SiteCheck:
    return session.scalars(select(SiteCheck).where(SiteCheck.result == "problem").order_by(SiteCheck.id)).first()


def test_an_edit_is_recorded_with_the_signed_in_person_and_old_and_new(demo, demo_path, capsys, monkeypatch):
    from supervisor.accounts import people

    with demo.write() as session:
        people.add_user(session, "admin", "correct horse 1", ["administrator", "supervisor"], "赵主任")
    people.sign_in(demo, "admin", "correct horse 1")
    with demo.read() as session:
        check = _a_problem_check(session)
        check_id, number = check.id, check_number(check.id, check.checked_at)
        data = checks.check_data(session, check_id)
    with demo.write() as session:
        checks.update_check(session, check_id, dataclasses.replace(data, result="pass"))
    with demo.read() as session:
        last = reading.of_record(session, "site_check", check_id)[-1]
    assert (last.person, last.label, last.action, last.operation) == ("赵主任", number, "update", "check.update")
    assert ("result", "problem", "pass") in last.shown_changes()
    assert last.changes["updated_by"][1] == "赵主任"
    monkeypatch.setenv("SUPERVISOR_PASSWORD", "correct horse 1")
    code, out, _ = run_cli(capsys, "log", "--db", str(demo_path), "--record", number, "--user", "admin")
    assert code == 0 and any("赵主任" in line and number in line for line in out)
    assert "    result: problem → pass" in out


def test_a_failed_write_leaves_no_entry_and_no_mark(demo):
    with demo.read() as session:
        before = session.scalar(select(func.count()).select_from(HistoryEntry))
        check_id = _a_problem_check(session).id
        data = checks.check_data(session, check_id)
    with pytest.raises(errors.ValidationError), demo.write() as session:
        checks.update_check(session, check_id, dataclasses.replace(data, result="pass"))
        raise errors.ValidationError("stopped half-way")
    with demo.read() as session:
        assert session.scalar(select(func.count()).select_from(HistoryEntry)) == before
        assert session.scalar(select(func.count()).select_from(HistoryPending)) == 0


def test_what_the_database_changes_itself_is_recorded_too(demo):
    """Removing a compound deletes its buildings (ON DELETE CASCADE) and unlinks its checks
    (SET NULL): each is an entry, so the check still finds every record as its history says."""
    from supervisor.history.verify import verify
    from supervisor.projects import places

    with demo.read() as session:
        compound_id = session.scalar(
            select(SiteCheck.compound_id).where(SiteCheck.compound_id.is_not(None)).order_by(SiteCheck.id))
        linked = session.scalars(select(SiteCheck.id).where(SiteCheck.compound_id == compound_id)).all()
        before = reading.head(session)
    with demo.write() as session:
        places.remove_compound(session, session.get(Compound, compound_id))
    with demo.read() as session:
        after = reading.entries(session, reading.Filter(after_id=before), newest_first=False)
    unlinked = {int(e.row_key) for e in after if e.kind == "site_check" and e.changes.get("compound_id") == [compound_id, None]}
    assert unlinked == set(linked) and linked
    assert any(e.kind == "building" and e.action == "delete" for e in after)
    assert verify(demo) == []


def test_a_bulk_import_is_recorded_row_by_row(db_path, database, project, tmp_path, capsys):
    """The roster import inserts and updates households with bulk statements."""
    from tests.residents.conftest import HEADER, write_xlsx

    args = ("roster", "import", "--db", str(db_path), "--project", "T-01", "--compound", "幸福里小区")
    first = write_xlsx(tmp_path / "a.xlsx", [HEADER, ["1号楼", 1, 101, "张三", ""], ["1号楼", 1, 102, "李四", ""]])
    assert run_cli(capsys, *args, str(first))[0] == 0
    second = write_xlsx(tmp_path / "b.xlsx", [HEADER, ["1号楼", 1, 101, "张三丰", ""]])
    assert run_cli(capsys, *args, str(second))[0] == 0
    with database.read() as session:
        found = reading.entries(session, reading.Filter(kind="household"), newest_first=False)
    assert [(e.action, e.label) for e in found] == [("insert", "101"), ("insert", "102"), ("update", "101")]
    assert ("owner_name", "张三", "张三丰") in found[-1].shown_changes()


def test_two_writers_at_once_keep_one_unbroken_chain(demo):
    from supervisor.history.verify import verify

    with demo.read() as session:
        ids = session.scalars(select(SiteCheck.id).order_by(SiteCheck.id).limit(2)).all()
        data = {i: checks.check_data(session, i) for i in ids}
    failures = []

    def edit(check_id: int) -> None:
        try:
            for n in range(8):
                for attempt in range(20):
                    try:
                        with demo.write() as session:
                            current = checks.check_data(session, check_id)
                            checks.update_check(session, check_id, dataclasses.replace(
                                current, description=f"{data[check_id].description} {n}"))
                        break
                    except (errors.EditConflict, errors.DatabaseLocked):
                        continue
        except Exception as error:  # noqa: BLE001 - reported below
            failures.append(error)

    threads = [threading.Thread(target=edit, args=(i,)) for i in ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    with demo.read() as session:
        for check_id in ids:
            entries = reading.of_record(session, "site_check", check_id)
            assert entries[-1].changes["description"][1].endswith(" 7")
    assert verify(demo) == []


@pytest.mark.sqlite_only
def test_an_older_database_begins_its_history_with_every_record_as_it_stands(tmp_path, capsys):
    path = write_old_database(tmp_path / "old.sqlite", "0006")
    raw_sql(path, "INSERT INTO person (uuid, created_at, updated_at, created_by, updated_by, name, role, "
                  "organisation, phone) VALUES ('u-1', '2026-01-02 03:04:05.000000', '2026-01-02 03:04:05.000000', "
                  "'老王', '老王', '李秀英', '监督员', '', '')")
    open_database(path).close()  # upgraded: the history starts
    code, out, _ = run_cli(capsys, "log", "--db", str(path), "--record", "李秀英", "--json")
    import json

    entries = json.loads("\n".join(out))
    assert [(e["kind"], e["action"], e["changes"]["name"]["new"]) for e in entries] == [("person", "baseline", "李秀英")]
    code, out, _ = run_cli(capsys, "check", "--db", str(path))
    assert code == 0 and out[-1].startswith("No problems found")
