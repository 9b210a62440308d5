"""The issuing unit printed at the head of every form: stored for the whole database, checked."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from supervisor import errors
from supervisor.accounts import people
from supervisor.db.engine import open_database
from supervisor.documents.letterhead import LOGO_PIXELS, Letterhead, letterhead, read_logo, set_letterhead
from tests.accounts.conftest import add_staff
from tests.conftest import SAMPLE_PHOTOS


def picture(width: int, height: int, kind: str = "JPEG") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 30)).save(out, kind)
    return out.getvalue()


def stored(db_path) -> Letterhead:
    """The letterhead as a later run of the program reads it."""
    database = open_database(db_path)
    try:
        with database.read() as session:
            return letterhead(session)
    finally:
        database.close()


def test_a_new_database_has_an_empty_letterhead(database):
    with database.read() as session:
        head = letterhead(session)
    assert head == Letterhead() and head.empty


def test_names_and_logo_are_kept_after_reopening(database, db_path):
    logo = (SAMPLE_PHOTOS / "gps_DSCN0010.jpg").read_bytes()
    with database.write() as session:
        set_letterhead(session, unit="  东湖街道办事处 ", firm="浙江  诚信\n工程监理有限公司", logo=logo)
    database.close()
    head = stored(db_path)
    assert head.unit == "东湖街道办事处"  # trimmed
    assert head.firm == "浙江 诚信 工程监理有限公司"  # inner runs of spaces and line breaks made one space
    with Image.open(io.BytesIO(head.logo)) as image:
        assert image.format == "PNG" and image.size == (600, 450)  # 640×480 brought within 600 px


def test_a_part_left_out_is_kept_and_a_name_can_be_emptied(database, db_path):
    with database.write() as session:
        set_letterhead(session, unit="东湖街道办事处", firm="诚信监理", logo=picture(80, 40))
    with database.write() as session:
        set_letterhead(session, firm="")
    database.close()
    head = stored(db_path)
    assert (head.unit, head.firm) == ("东湖街道办事处", "") and head.logo is not None


def test_a_large_photo_becomes_a_png_of_at_most_600_pixels(database, db_path):
    with database.write() as session:
        set_letterhead(session, logo=picture(4000, 3000))
    database.close()
    with Image.open(io.BytesIO(stored(db_path).logo)) as image:
        assert image.format == "PNG" and image.size == (LOGO_PIXELS, 450)


def test_a_sideways_camera_photo_is_stored_upright(database):
    # Stored 640 wide and 480 high, with EXIF orientation 6 (turn a quarter to stand upright).
    with database.write() as session:
        head = set_letterhead(session, logo=(SAMPLE_PHOTOS / "orientation_portrait_6.jpg").read_bytes())
    with Image.open(io.BytesIO(head.logo)) as image:
        assert image.width < image.height


def test_a_name_too_long_is_refused_and_nothing_changes(database, db_path):
    with database.write() as session:
        set_letterhead(session, unit="东湖街道办事处")
    with pytest.raises(errors.ValidationError) as raised:
        with database.write() as session:
            set_letterhead(session, unit="东" * 61, firm="诚信监理")
    assert str(raised.value) == "A name printed at the head of the forms can have at most 60 characters."
    assert raised.value.field == "unit"
    with database.write() as session:
        assert set_letterhead(session, firm="监" * 60).firm == "监" * 60  # 60 is allowed
    database.close()
    assert stored(db_path).unit == "东湖街道办事处"


@pytest.mark.parametrize(
    "data",
    [b"", b"%PDF-1.4 not a picture", picture(60, 60)[:200], "名称.txt".encode() * 50],
    ids=["empty", "pdf", "truncated", "text"],
)
def test_a_file_that_is_not_a_picture_is_refused_and_nothing_is_stored(database, db_path, data):
    with database.write() as session:
        set_letterhead(session, unit="东湖街道办事处", logo=picture(50, 50))
    with pytest.raises(errors.ValidationError) as raised:
        with database.write() as session:
            set_letterhead(session, unit="别的名称", logo=data)
    assert str(raised.value) == "The logo must be a picture file (PNG, JPEG, BMP or GIF)."
    assert raised.value.field == "logo"
    database.close()
    head = stored(db_path)
    assert head.unit == "东湖街道办事处"
    with Image.open(io.BytesIO(head.logo)) as image:
        assert image.size == (50, 50)


def test_the_logo_is_removed(database, db_path):
    with database.write() as session:
        set_letterhead(session, unit="东湖街道办事处", logo=picture(50, 50, "PNG"))
    with database.write() as session:
        set_letterhead(session, logo=None)
    database.close()
    head = stored(db_path)
    assert head.logo is None and head.unit == "东湖街道办事处"


def test_a_logo_file_that_cannot_be_read_says_which(tmp_path):
    with pytest.raises(errors.ValidationError) as raised:
        read_logo(tmp_path / "徽标.png")
    assert str(raised.value).startswith("徽标.png cannot be read: ")
    with pytest.raises(errors.ValidationError) as raised:
        read_logo(tmp_path)
    assert str(raised.value) == f"{tmp_path.name} is a folder, not a file."


@pytest.mark.parametrize("who", ["pm", "sup", "clerk", "audit"])
def test_only_an_administrator_changes_the_letterhead(database, db_path, who):
    from tests.accounts.conftest import PASSWORD, STAFF

    add_staff(database)
    people.sign_in(database, "admin", PASSWORD)
    try:
        with database.write() as session:
            set_letterhead(session, unit="东湖街道办事处")
        people.sign_in(database, who, PASSWORD)
        with pytest.raises(errors.Refused) as raised:
            with database.write() as session:
                set_letterhead(session, unit="别的名称", logo=picture(50, 50))
    finally:
        people.sign_out()
    display, roles = STAFF[who]
    assert str(raised.value) == (
        f"{display} ({roles[0]}) may not change templates, checklists, holidays, rules or the letterhead of the forms."
    )
    database.close()
    assert stored(db_path) == Letterhead("东湖街道办事处")
