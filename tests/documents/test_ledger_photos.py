"""The photos beside an exported ledger: names made of stored record numbers stay inside the
chosen folder, and a full disk ends the export with the disk-full message, leaving nothing.

The full disk is simulated twice: in this process by making ``os.write`` (the lowest level the
photo copy writes through) fail with ENOSPC once a byte budget is spent, and for real, where the
machine allows it, on a small tmpfs mounted in a private mount namespace (``unshare -rm``)."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys

import pytest

from supervisor import errors
from supervisor.db.engine import open_database
from supervisor.documents import ledgers
from supervisor.documents.ledgers import Scope
from tests.conftest import assert_one_line_error, raw_sql, run_cli

FULL = "is full or failing. Nothing was saved; free some space and try again."


def renumber(path, numbers: dict[int, str]) -> None:
    for rect_id, number in numbers.items():
        raw_sql(path, "UPDATE rectification SET number = ? WHERE id = ?", number, rect_id)


def files_under(folder) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_record_numbers_never_lead_the_photos_out_of_the_chosen_folder(demo_path, tmp_path):
    # Rectifications 1-6 have photos in the demo; their numbers are stored text.
    renumber(demo_path, {1: "..", 2: "../../outside", 3: "CON", 4: "报告.", 5: "A/B", 6: "a_b"})
    inside = tmp_path / "export"
    inside.mkdir()
    folder = inside / "照片"
    database = open_database(demo_path, create=False)
    try:
        result = ledgers.export(database, "rectifications", Scope(), inside / "r.xlsx", photos_dir=folder)
    finally:
        database.close()
    assert files_under(inside) == ["r.xlsx", "照片", *(f"照片/{name}" for name in files_under(folder))]
    assert not (tmp_path / "outside").exists()
    folders = {p.name for p in folder.iterdir()}
    assert folders == {"未命名", ".._.._outside", "_CON", "报告", "A_B", "a_b (2)"}
    photos = [p for p in folder.rglob("*") if p.is_file()]
    assert len(photos) == result.photos > 6
    assert all(p.name.startswith(p.parent.name + "_") and p.suffix == ".jpg" for p in photos)


@pytest.mark.parametrize(
    "text, name",
    [("..", "未命名"), (".", "未命名"), ("a/../b", "a_.._b"), ("C:\\x", "C__x"), ("NUL", "_NUL"),
     ("com1.jpg", "_com1.jpg"), ("lpt9", "_lpt9"), ("name. . ", "name"), ("trailing.", "trailing"),
     ("ok-01", "ok-01"), ("CONSOLE", "CONSOLE"), ("tab\there", "tab_here")],
)
def test_file_names_made_of_stored_text(text, name):
    from supervisor.files import safe_file_name

    assert safe_file_name(text) == name


class DiskFull:
    """``os.write`` that fails with ENOSPC once ``budget`` bytes have been written."""

    def __init__(self, budget: int):
        self.budget = budget
        self.real = os.write

    def __call__(self, fd, data):
        if self.budget < len(data):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.budget -= len(data)
        return self.real(fd, data)


def test_a_full_disk_during_the_photos_leaves_nothing_and_keeps_an_earlier_export(demo_path, tmp_path, monkeypatch):
    folder = tmp_path / "照片"
    earlier = folder / "ZG-2026-005" / "ZG-2026-005_整改后_1.jpg"
    earlier.parent.mkdir(parents=True)
    earlier.write_bytes(b"last week's photo")
    out = tmp_path / "r.xlsx"
    database = open_database(demo_path, create=False)
    monkeypatch.setattr(os, "write", DiskFull(150_000))  # room for two or three photos
    try:
        with pytest.raises(errors.StorageFull) as raised:
            ledgers.export(database, "rectifications", Scope(), out, photos_dir=folder)
    finally:
        monkeypatch.undo()
        database.close()
    assert str(raised.value) == f"The disk holding {folder} {FULL}"
    assert files_under(folder) == ["ZG-2026-005", "ZG-2026-005/ZG-2026-005_整改后_1.jpg"]
    assert earlier.read_bytes() == b"last week's photo"
    assert not out.exists()


def test_the_command_line_says_the_disk_is_full_like_other_storage_errors(demo_path, tmp_path, capsys, monkeypatch):
    folder = tmp_path / "照片"
    monkeypatch.setattr(os, "write", DiskFull(100_000))
    code, lines, err = run_cli(capsys, "export", "rectifications", "--db", str(demo_path),
                               "--out", str(tmp_path / "r.xlsx"), "--photos", str(folder))
    monkeypatch.undo()
    assert (code, lines) == (2, [])
    assert assert_one_line_error(err) == f"supervisor: The disk holding {folder} {FULL}"
    assert not folder.exists() and not (tmp_path / "r.xlsx").exists()


def _can_mount_tmpfs(tmp_path) -> bool:
    if not sys.platform.startswith("linux") or shutil.which("unshare") is None:
        return False
    probe = tmp_path / "probe"
    probe.mkdir()
    done = subprocess.run(["unshare", "-rm", "sh", "-c", 'mount -t tmpfs -o size=64k tmpfs "$0"', str(probe)],
                          capture_output=True)
    return done.returncode == 0


def run_on_small_disk(size: str, mount, *argv: str) -> tuple[str, str]:
    """``supervisor *argv`` with a tmpfs of ``size`` mounted at ``mount`` for it alone; its
    stdout (with its exit code and what the tmpfs holds afterwards) and stderr."""
    script = ('mount -t tmpfs -o size="$1" tmpfs "$2" || exit 99; shift 2; "$@"; echo "exit=$?"; '
              'find "$MOUNT" -mindepth 1')
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script, "sh", size, str(mount), sys.executable, "-m", "supervisor", *argv],
        capture_output=True, text=True, env={**os.environ, "MOUNT": str(mount)}, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout, done.stderr


def test_a_really_full_disk_ends_the_export_with_the_disk_full_message(demo_path, tmp_path):
    if not _can_mount_tmpfs(tmp_path):
        pytest.skip("no private tmpfs here (needs Linux and unshare)")
    disk = tmp_path / "disk"
    disk.mkdir()
    out = tmp_path / "r.xlsx"
    # The photos (about 1 MB) do not fit in 256 KiB.
    stdout, stderr = run_on_small_disk("256k", disk, "export", "rectifications", "--db", str(demo_path),
                                       "--out", str(out), "--photos", str(disk / "照片"))
    assert stdout.splitlines() == ["exit=2"]  # and nothing left on the disk
    assert assert_one_line_error(stderr) == f"supervisor: The disk holding {disk / '照片'} {FULL}"
    assert not out.exists()
    # The workbook itself does not fit in 4 KiB.
    stdout, stderr = run_on_small_disk("4k", disk, "export", "site-checks", "--db", str(demo_path),
                                       "--out", str(disk / "巡查台账.xlsx"))
    assert stdout.splitlines() == ["exit=2"]
    assert assert_one_line_error(stderr) == f"supervisor: The disk holding {disk / '巡查台账.xlsx'} {FULL}"
