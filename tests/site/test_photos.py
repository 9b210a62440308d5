"""Photos: analysis of real camera files, storing once, refusing bad files, reading back.

Uses the real camera JPEGs in tests/data/photos (see its README: exif-samples, CC BY-SA 4.0)
 and makes its own bad inputs: empty, truncated, text named .jpg, decompression bombs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import struct
import subprocess
import sys
import zlib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import imagehash
import pytest
from PIL import Image, ImageChops, ImageStat
from sqlalchemy import event, func, select

from supervisor import errors
from supervisor.codes import PhotoRole
from supervisor.db.engine import open_database
from supervisor.db.models import ChangeLog, Photo, PhotoBlob, PhotoLink, Rectification, SiteCheck
from supervisor.procedure.templates import create_project
from supervisor.projects.project import ProjectData
from supervisor.site import photo_analysis, photos
from tests.conftest import REPO, SAMPLE_PHOTOS, fill_the_disk_at



def sample(name: str) -> Path:
    path = SAMPLE_PHOTOS / name
    assert path.is_file(), f"sample photo missing: {path} (see tests/data/photos/README.md)"
    return path


def sample_bytes(name: str) -> bytes:
    return sample(name).read_bytes()


def picture(data: bytes) -> Image.Image:
    """The decoded image (it keeps its ``format``; nothing stays open)."""
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def bits_apart(hash_a: str, hash_b: str) -> int:
    return bin(int(hash_a, 16) ^ int(hash_b, 16)).count("1")


def difference(a: Image.Image, b: Image.Image) -> float:
    """Mean absolute grey-level difference of two pictures brought to 64×48 (0-255)."""
    small = [image.convert("L").resize((64, 48), Image.Resampling.BOX) for image in (a, b)]
    return ImageStat.Stat(ImageChops.difference(*small)).mean[0]


def counts(database) -> tuple[int, int, int]:
    with database.read() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (Photo, PhotoBlob, PhotoLink)
        )


def assert_nothing_half_stored(database) -> None:
    """Every photo has its blob and a link; every blob and link has its photo."""
    with database.read() as session:
        photo_ids = set(session.scalars(select(Photo.id)))
        assert set(session.scalars(select(PhotoBlob.photo_id))) == photo_ids
        assert set(session.scalars(select(PhotoLink.photo_id))) == photo_ids


def add_check(database, project_id: int) -> int:
    with database.write() as session:
        check = SiteCheck(
            project_id=project_id,
            category="workmanship",
            result="problem",
            checked_at=dt.datetime(2026, 3, 5, 10, 0),
        )
        session.add(check)
        session.flush()
        return check.id


def add_rectification(database, project_id: int) -> int:
    with database.write() as session:
        rect = Rectification(
            project_id=project_id,
            number="ZG-001",
            issued_at=dt.datetime(2026, 3, 5, 11, 0),
            deadline=dt.date(2026, 3, 12),
        )
        session.add(rect)
        session.flush()
        return rect.id


def other_project(database) -> int:
    with database.write() as session:
        return create_project(session, ProjectData(code="T-02", name="另一片区")).id


def png_with_declared_size(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims ``width`` × ``height`` (IHDR patched, CRC fixed)."""
    out = io.BytesIO()
    Image.new("1", (8, 8)).save(out, "PNG")
    data = bytearray(out.getvalue())
    assert data[12:16] == b"IHDR"
    data[16:24] = struct.pack(">II", width, height)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    return bytes(data)


def jpeg_with_exif(exif: Image.Exif | bytes, size=(320, 240)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (120, 160, 200)).save(out, "JPEG", exif=exif)
    return out.getvalue()


# --- analysis of the real camera photos ------------------------------------------------------


@pytest.mark.parametrize("kind, upright", [("landscape", (600, 450)), ("portrait", (450, 600))])
def test_every_orientation_is_shown_upright(kind, upright):
    numbers = (1, 3, 6, 8) if kind == "landscape" else (1, 6)
    reference = photo_analysis.analyse(sample_bytes(f"orientation_{kind}_1.jpg"), "ref.jpg")
    reference_thumb = picture(reference.thumbnail)
    for number in numbers:
        info = photo_analysis.analyse(sample_bytes(f"orientation_{kind}_{number}.jpg"), "x.jpg")
        assert info.orientation == number
        assert (info.width, info.height) == upright
        thumb, preview = picture(info.thumbnail), picture(info.preview)
        assert thumb.format == preview.format == "JPEG"
        assert max(thumb.size) == 256
        assert (thumb.width > thumb.height) == (upright[0] > upright[1]), number
        assert preview.size == upright  # smaller than 1600: never enlarged
        # The samples differ in brightness by ~13 grey levels and carry their own number;
        # a mirrored or rotated picture differs by more than 35 (next test).
        assert difference(thumb, reference_thumb) < 20, number
        assert difference(preview, picture(reference.preview)) < 20, number
        assert bits_apart(info.phash, reference.phash) <= 6, number


def test_orientation_test_would_notice_a_wrongly_turned_picture():
    """The comparisons above are strict enough to tell a mirrored or rotated picture apart."""
    info = photo_analysis.analyse(sample_bytes("orientation_landscape_1.jpg"), "a")
    upright = picture(info.thumbnail)
    for method in (Image.Transpose.ROTATE_180, Image.Transpose.FLIP_LEFT_RIGHT,
                   Image.Transpose.FLIP_TOP_BOTTOM):
        wrong = upright.transpose(method)
        assert difference(upright, wrong) > 35
        assert bits_apart(info.phash, str(imagehash.phash(wrong))) > 12


@pytest.mark.parametrize("name", sorted(p.name for p in SAMPLE_PHOTOS.glob("*.jpg") if "invalid" not in p.name))
def test_perceptual_hash_is_imagehash_phash(name):
    """Our phash gives ImageHash's bits (hashes stored by earlier versions stay comparable),
    on the photos as they are and turned round."""
    with Image.open(SAMPLE_PHOTOS / name) as image:
        image.thumbnail((256, 256))
        for picture_ in (image, image.transpose(Image.Transpose.ROTATE_90), image.convert("L")):
            assert photo_analysis.perceptual_hash(picture_) == str(imagehash.phash(picture_)), name


def exif_degrees(path: Path) -> tuple[float, float]:
    """Signed decimal degrees from the raw GPS tags, computed here independently."""
    with Image.open(path) as image:
        gps = image.getexif().get_ifd(0x8825)
    lat = sum(float(v) / 60**i for i, v in enumerate(gps[2])) * (-1 if gps[1] == "S" else 1)
    lon = sum(float(v) / 60**i for i, v in enumerate(gps[4])) * (-1 if gps[3] == "W" else 1)
    return lat, lon


@pytest.mark.parametrize(
    "name, taken, lat, lon",
    [
        # exiftool: 43°28'2.81"N 11°53'6.46"E and 43°28'1.76"N 11°53'7.42"E
        ("gps_DSCN0010.jpg", dt.datetime(2008, 10, 22, 16, 28, 39), 43.467448, 11.885127),
        ("gps_DSCN0012.jpg", dt.datetime(2008, 10, 22, 16, 29, 49), 43.467157, 11.885395),
    ],
)
def test_capture_time_and_gps_are_read(name, taken, lat, lon):
    info = photo_analysis.analyse(sample_bytes(name), name)
    assert info.taken_at == taken
    assert info.gps_lat == pytest.approx(lat, abs=1e-6)
    assert info.gps_lon == pytest.approx(lon, abs=1e-6)
    assert (info.gps_lat, info.gps_lon) == pytest.approx(exif_degrees(sample(name)), abs=1e-6)
    assert info.camera == "NIKON COOLPIX P6000"
    assert (info.width, info.height) == (640, 480)
    assert info.media_type == "image/jpeg"


@pytest.mark.parametrize(
    "name, camera, taken",
    [
        ("Canon_40D.jpg", "Canon EOS 40D", dt.datetime(2008, 5, 30, 15, 56, 1)),
        ("Nikon_D70.jpg", "NIKON D70", dt.datetime(2008, 3, 15, 9, 52, 1)),
    ],
)
def test_camera_model_and_capture_time(name, camera, taken):
    info = photo_analysis.analyse(sample_bytes(name), name)
    assert info.camera == camera
    assert info.taken_at == taken
    # Canon_40D has a GPS block holding only its version: no position, and no error.
    assert info.gps_lat is None and info.gps_lon is None
    assert max(picture(info.thumbnail).size) == 100  # a 100 px image is not enlarged


def test_photoshop_save_time_is_not_a_capture_time():
    """xmp_no_exif.jpg: no DateTimeOriginal; its DateTime is when Photoshop saved it."""
    info = photo_analysis.analyse(sample_bytes("xmp_no_exif.jpg"), "xmp_no_exif.jpg")
    assert info.taken_at is None
    assert (info.width, info.height) == (322, 466)


def test_broken_exif_never_refuses_the_photo():
    info = photo_analysis.analyse(sample_bytes("invalid_image00971.jpg"), "invalid_image00971.jpg")
    assert (info.width, info.height) == (636, 227)
    assert info.taken_at is None and info.camera == ""

    # An EXIF block whose first directory points far outside it.
    garbage = b"Exif\x00\x00MM\x00*\x7f\xff\xff\xf0" + b"\xff" * 40
    data = jpeg_with_exif(garbage)
    assert garbage in data
    info = photo_analysis.analyse(data, "garbage.jpg")
    assert info.taken_at is None and info.orientation is None

    # Values of the right tags but nonsense content.
    exif = Image.Exif()
    exif[0x0112] = 42  # no such orientation
    exif.get_ifd(0x8769)[0x9003] = "0000:00:00 00:00:00"
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (91.0, 0.0, 0.0)  # beyond the pole
    gps[3], gps[4] = "E", (11.0, 53.0, 6.0)
    info = photo_analysis.analyse(jpeg_with_exif(exif), "nonsense.jpg")
    assert info.orientation is None and info.taken_at is None
    assert info.gps_lat is None and info.gps_lon is None
    assert picture(info.thumbnail).size == (256, 192)


def test_southern_and_western_coordinates_are_negative():
    exif = Image.Exif()
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "S", (33.0, 51.0, 54.0)
    gps[3], gps[4] = "W", (70.0, 40.0, 12.0)
    exif.get_ifd(0x8769)[0x9004] = "2026:03:05 09:30:00"  # DateTimeDigitized only
    info = photo_analysis.analyse(jpeg_with_exif(exif), "santiago.jpg")
    assert info.gps_lat == pytest.approx(-(33 + 51 / 60 + 54 / 3600))
    assert info.gps_lon == pytest.approx(-(70 + 40 / 60 + 12 / 3600))
    assert info.taken_at == dt.datetime(2026, 3, 5, 9, 30)


def test_large_photo_preview_is_screen_size_and_upright():
    exif = Image.Exif()
    exif[0x0112] = 6  # stored sideways: 2400 wide, 1800 high; upright 1800 × 2400
    info = photo_analysis.analyse(jpeg_with_exif(exif, size=(2400, 1800)), "big.jpg")
    assert (info.width, info.height) == (1800, 2400)
    assert picture(info.preview).size == (900, 1200)  # decoded at half scale, kept
    assert picture(info.thumbnail).size == (192, 256)


def test_a_large_png_preview_is_shrunk_to_1600():
    out = io.BytesIO()
    Image.new("RGB", (4000, 3000), (200, 120, 40)).save(out, "PNG")
    info = photo_analysis.analyse(out.getvalue(), "scan.png")
    assert picture(info.preview).size == (1600, 1200)
    assert picture(info.thumbnail).size == (256, 192)


def test_heic_is_analysed_upright():
    import pillow_heif

    pillow_heif.register_heif_opener()
    out = io.BytesIO()
    with Image.open(sample("orientation_landscape_6.jpg")) as source:
        # Like a phone: the pixels as the sensor saw them, turned by the HEIF's own transform.
        source.save(out, "HEIF", quality=80, exif=source.info["exif"])
    info = photo_analysis.analyse(out.getvalue(), "IMG_0001.HEIC")
    assert info.media_type == "image/heic"
    assert (info.width, info.height) == (600, 450)
    assert info.orientation == 6
    reference = photo_analysis.analyse(sample_bytes("orientation_landscape_1.jpg"), "r")
    assert difference(picture(info.thumbnail), picture(reference.thumbnail)) < 20
    assert bits_apart(info.phash, reference.phash) <= 6

    with pytest.raises(photo_analysis.PhotoRefused) as refused:
        photo_analysis.analyse(out.getvalue()[: len(out.getvalue()) // 2], "half.heic")
    assert "damaged or incomplete" in str(refused.value)


@pytest.mark.parametrize("mode", ["RGBA", "P", "LA", "I;16", "1", "CMYK"])
def test_other_pixel_formats_become_rgb_or_grey_jpegs(mode):
    image = Image.linear_gradient("L").resize((300, 200)).convert(mode if mode != "I;16" else "I")
    if mode == "I;16":
        image = image.point(lambda v: v * 257).convert("I;16")
    if mode == "P":
        image.info["transparency"] = 0
    out = io.BytesIO()
    image.save(out, "JPEG" if mode == "CMYK" else "PNG")
    info = photo_analysis.analyse(out.getvalue(), f"x.{mode}")
    thumb = picture(info.thumbnail)
    assert thumb.mode in ("RGB", "L") and thumb.size == (256, 171)
    assert info.media_type == ("image/jpeg" if mode == "CMYK" else "image/png")


def test_analyse_is_thread_safe():
    names = sorted(path.name for path in SAMPLE_PHOTOS.glob("*.jpg"))
    assert len(names) == 12, f"expected the 12 sample photos in {SAMPLE_PHOTOS}"
    datas = [sample_bytes(name) for name in names]
    alone = [photo_analysis.analyse(data, name) for data, name in zip(datas, names)]
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(photo_analysis.analyse, datas * 3, names * 3))
    assert together == alone * 3


# --- refusals --------------------------------------------------------------------------------


def refusal(data: bytes, name: str = "bad.jpg") -> str:
    with pytest.raises(photo_analysis.PhotoRefused) as refused:
        photo_analysis.analyse(data, name)
    assert refused.value.params["filename"] == name
    assert isinstance(refused.value, errors.ValidationError)
    assert refused.value.reason == str(refused.value)
    return str(refused.value)


def test_each_kind_of_bad_file_is_refused_with_its_reason():
    jpeg = sample_bytes("gps_DSCN0010.jpg")
    assert refusal(b"") == "The file is empty (0 bytes)."
    assert "damaged or incomplete" in refusal(jpeg[: len(jpeg) // 2])
    assert "damaged or incomplete" in refusal(jpeg[:400])
    assert "not a JPEG, PNG or HEIC/HEIF image" in refusal(b"Meeting notes, not a photo\n" * 5)
    assert "GIF file" in refusal(b"GIF89a" + b"\x00" * 64)
    assert "WebP" in refusal(b"RIFF\x00\x00\x00\x00WEBPVP8 " + b"\x00" * 64)
    bomb = refusal(png_with_declared_size(40000, 40000))
    assert "decompression bomb" in bomb and "1600 megapixels" in bomb
    assert "longer than 30000 pixels" in refusal(png_with_declared_size(40000, 20))
    assert "too small" in refusal(png_with_declared_size(4, 4))
    assert "100 MB" in refusal(b"\xff\xd8" + bytes(photo_analysis.MAX_FILE_BYTES))


def test_a_real_bomb_between_pillows_warning_and_error_limits_is_refused():
    """144 MP: Pillow itself would only warn (89-179 MP); we refuse before decoding."""
    out = io.BytesIO()
    Image.new("1", (12000, 12000)).save(out, "PNG")
    assert len(out.getvalue()) < 100_000
    assert "decompression bomb" in refusal(out.getvalue(), "bomb.png")


# --- storing and importing -------------------------------------------------------------------


def test_original_comes_back_byte_identical_after_reopening(db_path, database, project):
    path = sample("gps_DSCN0010.jpg")
    [outcome] = photos.import_paths(database, [path], project)
    assert outcome.status == "imported" and outcome.reason == "" and outcome.error is None
    database.close()
    reopened = open_database(db_path)
    try:
        with reopened.read() as session:
            filename, data = photos.original(session, outcome.photo_id)
            photo = session.get(Photo, outcome.photo_id)
            assert filename == "gps_DSCN0010.jpg"
            assert data == path.read_bytes()
            assert hashlib.sha256(data).hexdigest() == photo.sha256
            assert photo.size == len(data)
            assert photo.taken_at == dt.datetime(2008, 10, 22, 16, 28, 39)
            assert photo.created_by == "tester"
            assert picture(photos.preview(session, outcome.photo_id)).size == (640, 480)
            with pytest.raises(errors.NotFound):
                photos.original(session, outcome.photo_id + 100)
            with pytest.raises(errors.NotFound):
                photos.preview(session, outcome.photo_id + 100)
    finally:
        reopened.close()


def test_same_file_twice_is_stored_once(database, project, tmp_path):
    copy = tmp_path / "again.jpg"
    copy.write_bytes(sample_bytes("Canon_40D.jpg"))
    first, second, third = photos.import_paths(
        database, [sample("Canon_40D.jpg"), copy, copy], project
    )
    assert [first.status, second.status, third.status] == ["imported", "duplicate", "duplicate"]
    assert first.photo_id == second.photo_id == third.photo_id
    assert counts(database) == (1, 1, 1)  # one photo, one blob, one link to the project

    check_id = add_check(database, project)
    [linked] = photos.import_paths(database, [copy], project, check_id=check_id)
    assert linked.status == "duplicate" and linked.photo_id == first.photo_id
    assert counts(database) == (1, 1, 2)  # now also shown on the check
    with database.read() as session:
        assert photos.project_photo_count(session, project) == 1
        actions = session.scalars(select(ChangeLog.action).order_by(ChangeLog.id)).all()
    assert actions.count("photo.import") == 1 and actions.count("photo.link") == 2


def test_a_bad_batch_stores_the_good_files_and_refuses_each_bad_one(database, project, tmp_path):
    jpeg = sample_bytes("gps_DSCN0012.jpg")
    bad = {
        "empty.jpg": (b"", "empty"),
        "truncated.jpg": (jpeg[: len(jpeg) // 2], "damaged or incomplete"),
        "notes.jpg": (b"not a photo at all\n" * 20, "not a JPEG, PNG or HEIC/HEIF image"),
        "bomb.png": (png_with_declared_size(40000, 40000), "decompression bomb"),
        "ribbon.png": (png_with_declared_size(31000, 16), "longer than 30000 pixels"),
    }
    for name, (data, _) in bad.items():
        (tmp_path / name).write_bytes(data)
    good = [sample("Nikon_D70.jpg"), sample("orientation_portrait_6.jpg")]
    paths = [good[0], *(tmp_path / name for name in bad), tmp_path / "gone.jpg", good[1]]
    seen = []
    outcomes = photos.import_paths(
        database, paths, project, progress=lambda done, total, path: seen.append((done, total))
    )
    assert [o.path for o in outcomes] == [str(p) for p in paths]
    assert seen == [(n, len(paths)) for n in range(1, len(paths) + 1)]
    by_name = {Path(o.path).name: o for o in outcomes}
    for name in ("Nikon_D70.jpg", "orientation_portrait_6.jpg"):
        assert by_name[name].status == "imported" and by_name[name].photo_id
    for name, (_, words) in bad.items():
        outcome = by_name[name]
        assert outcome.status == "refused" and outcome.photo_id is None
        assert words in outcome.reason
        assert isinstance(outcome.error, photo_analysis.PhotoRefused)
    assert by_name["gone.jpg"].reason == "The file does not exist."
    assert counts(database) == (2, 2, 2)
    assert_nothing_half_stored(database)


def test_heic_file_imports(database, project, tmp_path):
    import pillow_heif

    pillow_heif.register_heif_opener()
    path = tmp_path / "IMG_0002.heic"
    with Image.open(sample("gps_DSCN0010.jpg")) as source:
        source.save(path, "HEIF", quality=70, exif=source.info["exif"])
    [outcome] = photos.import_paths(database, [path], project)
    assert outcome.status == "imported", outcome.reason
    with database.read() as session:
        photo = session.get(Photo, outcome.photo_id)
        assert photo.media_type == "image/heic"
        assert photo.taken_at == dt.datetime(2008, 10, 22, 16, 28, 39)
        assert photo.gps_lat == pytest.approx(43.467448, abs=1e-6)
        assert photos.original(session, photo.id)[1] == path.read_bytes()


def test_cancel_stops_between_files_and_keeps_what_was_stored(database, project):
    paths = [sample(name) for name in ("Canon_40D.jpg", "Nikon_D70.jpg", "gps_DSCN0010.jpg",
                                       "gps_DSCN0012.jpg", "xmp_no_exif.jpg")]
    done = []
    outcomes = photos.import_paths(
        database, paths, project,
        progress=lambda n, total, path: done.append(n),
        cancelled=lambda: len(done) >= 2,
    )
    assert [o.status for o in outcomes] == ["imported", "imported"]
    assert counts(database) == (2, 2, 2)
    assert_nothing_half_stored(database)


@pytest.mark.sqlite_only
def test_a_full_disk_stops_the_import_and_reports_every_stored_photo(
    database, project, monkeypatch
):
    monkeypatch.setattr(photos, "GROUP_SECONDS", 0)  # one photo per transaction
    names = ["Canon_40D.jpg", "Nikon_D70.jpg", "gps_DSCN0010.jpg", "gps_DSCN0012.jpg",
             "xmp_no_exif.jpg", "orientation_landscape_1.jpg"]
    paths = [sample(name) for name in names]
    fill_the_disk_at(database, 4)
    with pytest.raises(photos.ImportInterrupted) as stopped:
        photos.import_paths(database, paths, project)
    error = stopped.value
    assert isinstance(error.cause, errors.StorageFull)
    assert str(error).startswith(f"The disk holding {database.name} is full or failing.")
    assert "stopped after 3 of 6 files" in str(error) and "the other 3 files" in str(error)
    assert [(o.path, o.status) for o in error.outcomes] == [(str(p), "imported") for p in paths[:3]]
    assert error.not_imported == [str(p) for p in paths[3:]]
    with database.read() as session:  # every photo stored is reported, and only those
        stored = set(session.scalars(select(Photo.id)))
    assert stored == {o.photo_id for o in error.outcomes}
    assert counts(database) == (3, 3, 3)
    assert_nothing_half_stored(database)


@pytest.mark.sqlite_only
def test_a_full_disk_keeps_the_photos_of_a_group_that_still_fit(database, project):
    """Photos analysed together are stored in one transaction; when it does not fit, those
    that still do go in one by one."""
    names = ["Canon_40D.jpg", "Nikon_D70.jpg", "gps_DSCN0010.jpg", "gps_DSCN0012.jpg"]
    # Room for the two small photos (8 and 14 KB), not for the third (160 KB).
    fill_the_disk_at(database, 1, room=40)
    with pytest.raises(photos.ImportInterrupted) as stopped:
        photos.import_paths(database, [sample(name) for name in names], project)
    stored = [o.photo_id for o in stopped.value.outcomes]
    assert len(stored) == 2 and len(stopped.value.not_imported) == 2
    assert counts(database) == (2, 2, 2)
    assert_nothing_half_stored(database)


def test_an_import_stopped_by_another_failure_names_it(database, project, monkeypatch):
    """A failure other than a full disk (here the check deleted meanwhile) comes first, then
    what was stored."""
    check_id = add_check(database, project)
    paths = [sample("Canon_40D.jpg"), sample("Nikon_D70.jpg")]
    monkeypatch.setattr(photos, "GROUP_SECONDS", 0)

    def delete_the_check(done, total, path):
        if done == 2:
            with database.write() as session:
                session.delete(session.get(SiteCheck, check_id))

    with pytest.raises(photos.ImportInterrupted) as stopped:
        photos.import_paths(database, paths, project, check_id=check_id, progress=delete_the_check)
    assert isinstance(stopped.value.cause, errors.NotFound)
    assert str(stopped.value).splitlines() == [
        f"There is no site check {check_id} in this project.",
        "The import stopped after 1 of 2 files: the photos imported before that are stored; "
        "the other 1 files were not imported.",
    ]
    assert counts(database) == (1, 1, 0)  # the link went with the check; the photo stays


def test_target_must_exist_in_the_project(database, project):
    elsewhere = add_check(database, other_project(database))
    with pytest.raises(errors.NotFound):
        photos.import_paths(database, [sample("Canon_40D.jpg")], project, check_id=elsewhere)
    with pytest.raises(errors.NotFound):
        photos.import_paths(database, [sample("Canon_40D.jpg")], project, rectification_id=999)
    with pytest.raises(errors.ValidationError):
        photos.import_paths(database, [sample("Canon_40D.jpg")], project, role="sideways")
    assert counts(database) == (0, 0, 0)


def test_rows_positions_captions_and_unlink(database, project):
    check_id = add_check(database, project)
    rect_id = add_rectification(database, project)
    names = ["orientation_landscape_1.jpg", "orientation_portrait_1.jpg", "Canon_40D.jpg"]
    on_check = photos.import_paths(database, [sample(n) for n in names], project, check_id=check_id)
    [before] = photos.import_paths(
        database, [sample(names[0])], project, rectification_id=rect_id, role=PhotoRole.BEFORE
    )
    assert before.status == "duplicate"

    statements = []

    def record(conn, cursor, statement, *args):
        statements.append(statement)

    with database.read() as session:
        event.listen(database.engine, "before_cursor_execute", record)
        try:
            rows = photos.photo_rows(session, check_id=check_id)
        finally:
            event.remove(database.engine, "before_cursor_execute", record)
        assert [row.filename for row in rows] == names
        assert [row.photo_id for row in rows] == [o.photo_id for o in on_check]
        assert rows[0].role == "check" and rows[0].imported_by == "tester"
        assert (rows[1].width, rows[1].height) == (450, 600)
        assert rows[2].camera == "Canon EOS 40D"
        assert picture(rows[0].thumbnail).size == (256, 192)
        assert photos.photo_rows(session, rectification_id=rect_id, role="before")[0].photo_id == (
            on_check[0].photo_id
        )
        assert photos.photo_rows(session, rectification_id=rect_id, role="after") == []
        assert len(photos.photo_rows(session, project_id=project)) == 4
        assert photos.project_photo_count(session, project) == 3
    assert statements and not any("photo_blob" in sql for sql in statements)

    with database.write() as session:
        photos.set_caption(session, rows[0].link_id, "  东墙   空鼓  ")
        with pytest.raises(errors.ValidationError):
            photos.set_caption(session, rows[0].link_id, "长" * 301)
    with database.read() as session:
        assert photos.photo_rows(session, check_id=check_id)[0].caption == "东墙 空鼓"

    # The first photo is on the check and on the rectification: unlinking it from the check
    # keeps it; unlinking an orphan deletes the photo, its original and its preview (and the
    # summary asked for first says which is which).
    with database.read() as session:
        assert photos.unlink_summary(session, rows[0].link_id) == photos.Unlinking(names[0], 1)
        assert photos.unlink_summary(session, rows[2].link_id) == photos.Unlinking(names[2], 0)
    with database.write() as session:
        assert photos.unlink(session, rows[0].link_id) is False
        assert photos.unlink(session, rows[2].link_id) is True
        with pytest.raises(errors.NotFound):
            photos.unlink(session, rows[2].link_id)
    with database.read() as session:
        assert session.get(Photo, rows[0].photo_id) is not None
        assert session.get(Photo, rows[2].photo_id) is None
        assert session.get(PhotoBlob, rows[2].photo_id) is None
        assert [r.filename for r in photos.photo_rows(session, check_id=check_id)] == names[1:2]
    assert_nothing_half_stored(database)


def test_expand_paths_walks_folders_for_images_only(tmp_path):
    (tmp_path / "b" / "inner").mkdir(parents=True)
    (tmp_path / "b" / ".hidden").mkdir()
    for name in ("b/2.JPG", "b/1.jpeg", "b/inner/3.heic", "b/notes.txt", "b/._1.jpeg",
                 "b/.hidden/4.jpg", "b/5.PNG", "loose.dat"):
        (tmp_path / name).write_bytes(b"x")
    found = photos.expand_paths([tmp_path / "b", tmp_path / "loose.dat", tmp_path / "missing.jpg"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "b/1.jpeg", "b/2.JPG", "b/5.PNG", "b/inner/3.heic", "loose.dat", "missing.jpg",
    ]


def test_store_links_to_the_project_when_no_record_is_named(database, project):
    data = sample_bytes("Nikon_D70.jpg")
    info = photo_analysis.analyse(data, "Nikon_D70.jpg")
    with database.write() as session:
        result = photos.store(session, info, data, project, caption="总体")
        again = photos.store(session, info, data, project)
    assert result.duplicate is False and again.duplicate is True
    assert again.link_id == result.link_id
    with database.read() as session:
        link = session.get(PhotoLink, result.link_id)
        assert (link.project_id, link.check_id, link.rectification_id) == (project, None, None)
        assert link.caption == "总体" and link.position == 0


def test_importing_photos_does_not_load_pillow_at_start_up():
    code = (
        "import sys, supervisor.site.photos, supervisor.cli; "
        "print(sorted(m for m in ('PIL', 'pillow_heif', 'imagehash', 'numpy') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"
