"""``supervisor copy``: every record and photo into another, empty database, whole or not at all."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from supervisor import errors
from supervisor.db import transfer
from supervisor.db.engine import open_database
from supervisor.db.models import Base, Photo, PhotoBlob
from supervisor.site.checks import CheckFilter, count_checks
from tests.conftest import run_cli


def table_counts(database) -> dict[str, int]:
    with database.read() as session:
        return {t.name: session.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}


def status(capsys, target) -> dict:
    code, out, err = run_cli(capsys, "status", "--db", str(target), "--json")
    assert (code, err) == (0, "")
    return json.loads("\n".join(out))


def test_the_demo_copied_into_a_new_file_is_the_same_record(demo_path, tmp_path, capsys):
    target = tmp_path / "copy.sqlite"
    code, out, err = run_cli(capsys, "copy", "--from", str(demo_path), "--to", str(target))
    assert (code, err) == (0, "")
    source_db, target_db = open_database(demo_path), open_database(target)
    try:
        counts = table_counts(source_db)
        assert table_counts(target_db) == counts
        assert counts["history"] > 0  # the history came along, entry for entry
        copied = sum(counts[t.name] for t in transfer.tables())  # the history's head is set, not copied
        assert out == [f"Copied {copied} records ({counts['photo']} photos) from {demo_path} to {target}."]
        for database in (source_db, target_db):  # the photos' bytes, by their hashes
            with database.read() as session:
                hashes = sorted(session.scalars(select(Photo.sha256)))
                blobs = sorted(len(b) for b in session.scalars(select(PhotoBlob.original)))
            database.hashes = (hashes, blobs)
        assert source_db.hashes == target_db.hashes and len(source_db.hashes[0]) == counts["photo"] > 0
        for database in (source_db, target_db):  # the search index came along (triggers)
            with database.read() as session:
                database.found = count_checks(session, CheckFilter(search="空鼓"))
        assert source_db.found == target_db.found > 0
    finally:
        source_db.close()
        target_db.close()
    assert status(capsys, target) == status(capsys, demo_path)
    code, out, _ = run_cli(capsys, "check", "--db", str(target))
    assert code == 0 and out[-1].startswith("No problems found.")


def test_a_database_holding_records_is_not_copied_into(demo_path, tmp_path, capsys):
    target = tmp_path / "copy.sqlite"
    assert run_cli(capsys, "copy", "--from", str(demo_path), "--to", str(target))[0] == 0
    before = target.read_bytes()
    code, out, err = run_cli(capsys, "copy", "--from", str(demo_path), "--to", str(target))
    assert code == 2 and out == []
    assert "already holds records" in err and "nothing was copied" in err
    assert target.read_bytes() == before


def test_a_copy_that_fails_half_way_leaves_the_target_empty(demo_path, tmp_path, monkeypatch):
    monkeypatch.setattr(transfer, "BATCH_ROWS", 50)
    source, target = open_database(demo_path), open_database(tmp_path / "copy.sqlite")
    try:
        def full_disk(done, total, table):
            if done > total // 2:
                raise errors.StorageFull("The disk is full.")

        with pytest.raises(errors.StorageFull):
            transfer.copy_database(source, target, full_disk)
        copied = [t.name for t in transfer.tables()]
        assert {table_counts(target)[name] for name in copied} == {0}
        report = transfer.copy_database(source, target)  # and it can be done again
        assert report.records == sum(table_counts(source)[name] for name in copied)
    finally:
        source.close()
        target.close()


def test_a_database_is_not_copied_onto_itself(demo_path, capsys):
    before = status(capsys, demo_path)
    code, out, err = run_cli(capsys, "copy", "--from", str(demo_path), "--to", str(demo_path))
    assert code == 2 and "same database" in err
    assert status(capsys, demo_path) == before


@pytest.mark.postgresql_only
def test_a_laptops_file_copied_onto_the_server_is_the_same_record(db_path, database, tmp_path, demo_day, capsys):
    """The demo written to a file, then copied into an empty server database (``db_path`` is its
    URL): the same status, the same records, and new records get new ids there."""
    from supervisor.demo.database import write_demo
    from supervisor.site import rectifications
    from supervisor.site.rectifications import RectificationData

    laptop = write_demo(tmp_path / "laptop.sqlite", today=demo_day)
    database.close()
    code, out, err = run_cli(capsys, "copy", "--from", str(laptop), "--to", str(db_path))
    assert (code, err) == (0, "")
    assert status(capsys, db_path) == status(capsys, laptop)
    server, source = open_database(db_path), open_database(laptop)
    try:
        assert table_counts(server) == table_counts(source)
        with server.write() as session:  # the sequences moved past the copied ids
            rect = rectifications.create(session, RectificationData(project_id=1, problem="复制后新建", responsible_party="城建第三工程有限公司"))
            assert rect.id > 0
    finally:
        server.close()
        source.close()
