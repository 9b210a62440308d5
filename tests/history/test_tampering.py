"""``supervisor check`` finds every direct edit of the records, the photos and the history
itself, names the record and what differs, and exits 1 (on SQLite and on PostgreSQL: the edits
are made with the plain driver, as someone with a database tool would)."""

from __future__ import annotations

import pytest

from supervisor.history.audited import check_number
from tests.conftest import raw_sql, run_cli


def check(capsys, target) -> tuple[int, list[str]]:
    code, out, err = run_cli(capsys, "check", "--db", str(target))
    assert "Traceback" not in err
    return code, out


def test_the_demo_as_written_verifies(demo_path, capsys):
    code, out = check(capsys, demo_path)
    assert code == 0 and out[-1].startswith("No problems found")


def test_a_checks_result_changed(demo_path, capsys):
    check_id, checked_at = raw_sql(demo_path, "SELECT id, checked_at FROM site_check WHERE result = 'problem' ORDER BY id LIMIT 1")[0]
    raw_sql(demo_path, "UPDATE site_check SET result = 'pass' WHERE id = ?", check_id)
    code, out = check(capsys, demo_path)
    number = check_number(check_id, str(checked_at))
    assert code == 1
    assert f"  changed outside the application: site check {number}: result: history says 'problem', now 'pass'" in out


def test_a_who_field_forged(demo_path, capsys):
    (by,) = raw_sql(demo_path, "SELECT updated_by FROM rectification WHERE number = 'ZG-2026-001'")[0]
    raw_sql(demo_path, "UPDATE rectification SET updated_by = '张三' WHERE number = 'ZG-2026-001'")
    code, out = check(capsys, demo_path)
    assert code == 1
    assert (f"  changed outside the application: rectification item ZG-2026-001: updated_by: history says "
            f"'{by}', now '张三'") in out


def test_consent_answers_changed_in_bulk(demo_path, capsys):
    (changed,) = raw_sql(demo_path, "SELECT count(*) FROM consultation WHERE answer <> 'agree'")[0]
    raw_sql(demo_path, "UPDATE consultation SET answer = 'agree'")
    code, out = check(capsys, demo_path)
    assert code == 1 and changed > 10
    named = [line for line in out if "consultation answer #" in line and "answer: history says" in line]
    assert len(named) == 10 and all(line.endswith("now 'agree'") for line in named)
    assert f"  changed outside the application: … and {changed - 10} more consultation answer records differ from their history" in out


def _photo(target, index: int = 0) -> tuple[int, str, bytes]:
    return raw_sql(target, "SELECT p.id, p.filename, b.original FROM photo p JOIN photo_blob b ON b.photo_id = p.id "
                           "ORDER BY p.id LIMIT 1 OFFSET ?", index)[0]


def test_a_photo_byte_flipped(demo_path, capsys):
    photo_id, filename, original = _photo(demo_path)
    flipped = bytearray(original)
    flipped[len(flipped) // 2] ^= 0x01
    raw_sql(demo_path, "UPDATE photo_blob SET original = ? WHERE photo_id = ?", bytes(flipped), photo_id)
    code, out = check(capsys, demo_path)
    assert code == 1
    assert (f"  photo changed: {filename} (photo {photo_id}): its original does not match its SHA-256 "
            "(the file was changed or swapped for another)") in out


def test_an_original_swapped_for_another_photo(demo_path, capsys):
    photo_id, filename, _ = _photo(demo_path)
    _, _, other = _photo(demo_path, 1)
    raw_sql(demo_path, "UPDATE photo_blob SET original = ? WHERE photo_id = ?", bytes(other), photo_id)
    code, out = check(capsys, demo_path)
    assert code == 1
    assert any(line.startswith(f"  photo changed: {filename} (photo {photo_id})") for line in out)


def test_a_preview_swapped(demo_path, capsys):
    photo_id, _, _ = _photo(demo_path)
    (other,) = raw_sql(demo_path, "SELECT preview FROM photo_blob WHERE photo_id <> ? ORDER BY photo_id LIMIT 1", photo_id)[0]
    raw_sql(demo_path, "UPDATE photo_blob SET preview = ? WHERE photo_id = ?", bytes(other), photo_id)
    code, out = check(capsys, demo_path)
    assert code == 1
    assert (f"  changed outside the application: photo's original and preview #{photo_id}: "
            "preview: the file's contents differ from those recorded") in out


def _middle_entry(target) -> int:
    (count,) = raw_sql(target, "SELECT max(id) FROM history")[0]
    return count // 2


def test_a_history_entry_deleted(demo_path, capsys):
    entry = _middle_entry(demo_path)
    raw_sql(demo_path, "DELETE FROM history WHERE id = ?", entry)
    code, out = check(capsys, demo_path)
    assert code == 1
    assert f"  history broken: entry {entry} is missing: removed from the history" in out
    assert any(f"does not follow entry {entry - 1}: entries were removed or reordered" in line for line in out)


def test_a_history_entry_edited(demo_path, capsys):
    entry = _middle_entry(demo_path)
    raw_sql(demo_path, "UPDATE history SET person = '张三' WHERE id = ?", entry)
    code, out = check(capsys, demo_path)
    assert code == 1
    assert any(line.startswith(f"  history broken: entry {entry} (") and line.endswith("张三) was changed after it was written")
               for line in out)


def test_history_entries_reordered(demo_path, capsys):
    entry = _middle_entry(demo_path)
    raw_sql(demo_path, "UPDATE history SET id = -1 WHERE id = ?", entry)
    raw_sql(demo_path, "UPDATE history SET id = ? WHERE id = ?", entry, entry + 1)
    raw_sql(demo_path, "UPDATE history SET id = ? WHERE id = -1", entry + 1)
    code, out = check(capsys, demo_path)
    assert code == 1
    changed = [line for line in out if line.startswith("  history broken: entry ") and "was changed after" in line]
    assert [line.split()[3] for line in changed] == [str(entry), str(entry + 1)]


def test_the_end_of_the_history_cut_off(demo_path, capsys):
    (last,) = raw_sql(demo_path, "SELECT max(id) FROM history")[0]
    raw_sql(demo_path, "DELETE FROM history WHERE id > ?", last - 3)
    code, out = check(capsys, demo_path)
    assert code == 1
    assert (f"  history broken: the history ends at entry {last - 3} but its head names entry {last}: "
            "entries were removed from its end") in out


@pytest.mark.sqlite_only
def test_the_triggers_removed(demo_path, capsys):
    raw_sql(demo_path, "DROP TRIGGER history_mark_site_check_update")
    code, out = check(capsys, demo_path)
    assert code == 1
    assert "  history not recording: the trigger that records changes of site_check records was removed" in out
