"""``supervisor photos import``: one line per file, a summary, exit 0/1/2, never a traceback."""

from __future__ import annotations

import datetime as dt
import io
import os
import sqlite3
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from supervisor.db.models import Photo, PhotoLink, SiteCheck
from supervisor.procedure.templates import create_project
from supervisor.projects.project import ProjectData
from tests.conftest import REPO, SAMPLE_PHOTOS, assert_one_line_error, run_cli, write_project



def add_check(database, project_id: int) -> int:
    with database.write() as session:
        check = SiteCheck(
            project_id=project_id,
            category="materials",
            result="pass",
            checked_at=dt.datetime(2026, 3, 5, 9, 0),
        )
        session.add(check)
        session.flush()
        return check.id


@pytest.fixture
def files(tmp_path):
    """Two good photos, and a folder with one more and a text file (skipped in folders)."""
    good = [SAMPLE_PHOTOS / "Canon_40D.jpg", SAMPLE_PHOTOS / "gps_DSCN0010.jpg"]
    for path in good:
        assert path.is_file(), f"sample photo missing: {path}"
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "IMG_1.JPG").write_bytes((SAMPLE_PHOTOS / "Nikon_D70.jpg").read_bytes())
    (folder / "notes.txt").write_text("not a photo")
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    text = tmp_path / "minutes.jpg"
    text.write_text("Minutes of the site meeting\n")
    return {"good": good, "folder": folder, "empty": empty, "text": text}


def test_import_prints_one_line_per_file_and_exits_0(db_path, database, project, files, capsys):
    code, out, err = run_cli(
        capsys, "photos", "import", "--db", str(db_path), "--project", "T-01",
        *map(str, files["good"]), str(files["folder"]),
    )
    assert code == 0 and err == ""
    assert out == [
        f"imported: {files['good'][0]}",
        f"imported: {files['good'][1]}",
        f"imported: {files['folder'] / 'IMG_1.JPG'}",
        "3 imported, 0 duplicate(s), 0 refused.",
    ]
    code, out, err = run_cli(
        capsys, "photos", "import", "--db", str(db_path), "--project", "T-01", str(files["good"][0])
    )
    assert code == 0
    assert out == [f"duplicate: {files['good'][0]}", "0 imported, 1 duplicate(s), 0 refused."]
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Photo)) == 3


def test_refused_files_are_listed_with_their_reason_and_exit_1(
    db_path, database, project, files, capsys
):
    code, out, err = run_cli(
        capsys, "photos", "import", "--db", str(db_path), "--project", "T-01",
        str(files["empty"]), str(files["good"][0]), str(files["text"]),
    )
    assert code == 1 and "Traceback" not in err
    assert out == [
        f"refused: {files['empty']}: The file is empty (0 bytes).",
        f"imported: {files['good'][0]}",
        f"refused: {files['text']}: The file is not a JPEG, PNG or HEIC/HEIF image.",
        "1 imported, 0 duplicate(s), 2 refused.",
    ]
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Photo)) == 1


def test_check_option_links_to_the_check(db_path, database, project, files, capsys):
    check_id = add_check(database, project)
    code, out, err = run_cli(
        capsys, "photos", "import", "--db", str(db_path), "--project", "T-01",
        "--check", str(check_id), str(files["good"][1]),
    )
    assert code == 0, err
    with database.read() as session:
        link = session.scalars(select(PhotoLink)).one()
        assert (link.project_id, link.check_id) == (project, check_id)


def test_errors_print_one_line_and_exit_2(db_path, database, project, files, capsys, tmp_path):
    with database.write() as session:
        other = create_project(session, ProjectData(code="T-02", name="别的片区")).id
    foreign_check = add_check(database, other)
    photo = str(files["good"][0])
    cases = [
        (["--project", "T-01", "--check", str(foreign_check)], "no site check"),
        (["--project", "T-01", "--check", "999"], "no site check"),
        (["--project", "NOPE"], "no project with the code NOPE"),
    ]
    for options, words in cases:
        code, out, err = run_cli(capsys, "photos", "import", "--db", str(db_path), *options, photo)
        assert code == 2 and out == []
        assert words in assert_one_line_error(err)
    missing = str(tmp_path / "none.sqlite")
    code, out, err = run_cli(capsys, "photos", "import", "--db", missing, "--project", "T-01", photo)
    assert code == 2
    assert "no database" in assert_one_line_error(err)
    with database.read() as session:
        assert session.scalar(select(func.count()).select_from(Photo)) == 0


def test_nothing_to_import_exits_1(db_path, database, project, tmp_path, capsys):
    (tmp_path / "empty-folder").mkdir()
    code, out, err = run_cli(
        capsys, "photos", "import", "--db", str(db_path), "--project", "T-01",
        str(tmp_path / "empty-folder"),
    )
    assert code == 1 and out == ["No photo files found."]


def test_python_m_supervisor_photos_import(db_path, database, project, files):
    """The real process: output, exit code, no traceback, and no Qt loaded."""
    database.close()
    code = (
        "import sys; from supervisor.cli import main; "
        f"rc = main(['photos', 'import', '--db', {str(db_path)!r}, '--project', 'T-01', "
        f"{str(files['good'][1])!r}, {str(files['text'])!r}]); "
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT'); "
        "sys.exit(rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and result.stderr == ""
    assert result.stdout.splitlines() == [
        f"imported: {files['good'][1]}",
        f"refused: {files['text']}: The file is not a JPEG, PNG or HEIC/HEIF image.",
        "1 imported, 0 duplicate(s), 1 refused.",
        "NOQT",
    ]

    result = subprocess.run(
        [sys.executable, "-m", "supervisor", "photos", "import", "--db", str(db_path),
         "--project", "T-01", str(files["good"][1])],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert result.stdout.splitlines()[0] == f"duplicate: {files['good'][1]}"


@pytest.fixture
def small_disk(tmp_path):
    """A real 3 MB disk (a tmpfs mounted for the test): needs root on Linux, skipped elsewhere."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a small disk needs root on Linux")
    mount = tmp_path / "disk"
    mount.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode(errors='replace')}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_ends_the_import_with_its_message_and_every_stored_photo_listed(
    small_disk, tmp_path, capsys
):
    from PIL import Image

    from supervisor.db.engine import open_database

    db_path = small_disk / "site.sqlite"
    database = open_database(db_path)
    write_project(database)
    database.close()
    photos = []
    for number in range(8):  # about 400 KB each: more than the disk holds
        path = tmp_path / f"IMG_{number}.jpg"
        noise = Image.effect_noise((800, 600), 40 + number).convert("RGB")
        out = io.BytesIO()
        noise.save(out, "JPEG", quality=92)
        path.write_bytes(out.getvalue())
        photos.append(path)

    code, out, err = run_cli(
        capsys, "photos", "import", "--db", str(db_path), "--project", "T-01", *map(str, photos)
    )
    assert code == 2
    line = assert_one_line_error(err)
    assert line.startswith(f"supervisor: The disk holding {db_path} is full or failing.")
    imported = [entry.removeprefix("imported: ") for entry in out if entry.startswith("imported: ")]
    left = [entry.removeprefix("not imported: ") for entry in out if entry.startswith("not imported")]
    assert imported + left == [str(path) for path in photos]
    assert 0 < len(imported) < len(photos)
    assert out[-1] == f"{len(imported)} imported, 0 duplicate(s), 0 refused, {len(left)} not imported."
    assert f"stopped after {len(imported)} of 8 files" in line

    with sqlite3.connect(db_path) as raw:  # what is stored is what was listed, each photo whole
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        names = [name for (name,) in raw.execute("SELECT filename FROM photo ORDER BY id")]
        assert names == [os.path.basename(path) for path in imported]
        for table in ("photo_blob", "photo_link"):
            assert raw.execute(f"SELECT count(*) FROM {table}").fetchone() == (len(imported),)
