"""Photos: camera and phone pictures kept as evidence on site checks and rectifications.

A photo is analysed, then stored:

- ``analyse(data, filename)`` is pure (no database, safe to call from any thread). It accepts
  JPEG, PNG and HEIC/HEIF only, decodes the whole file (so a truncated or damaged one is caught
  here), reads what EXIF says (capture time, GPS, camera, orientation) and renders an upright
  256 px thumbnail and a 1600 px preview, both JPEG. Bad input raises ``PhotoRefused`` with a
  reason fit to show: empty, too large, not an image, an unsupported format, damaged, absurd
  dimensions or a likely decompression bomb. Broken EXIF never refuses a photo: the metadata it
  should have given is simply missing.
- ``store(session, info, data, ...)`` writes the untouched original bytes (with their SHA-256)
  and the preview in ``photo_blob``, the metadata and thumbnail in ``photo``, and links the photo
  to a site check, a rectification or the project alone. A file already stored (same SHA-256)
  is not stored again; it is only linked.
- ``import_paths`` runs both over files and folders, one transaction per file, so one bad file
  never affects the others and nothing is half-stored. It reports progress, can be cancelled
  between files, and is meant to run off the UI thread (it opens its own sessions). Files are
  analysed by a small pool of threads (Pillow releases the GIL while decoding and resampling,
  though not while encoding JPEG) while the calling thread stores them one by one, in order.

Reading back: ``photo_rows`` (thumbnails only, for lists), ``preview`` and ``original`` (bytes
read only when asked for), ``set_caption``, ``unlink`` and ``project_photo_count``.

Orientation: phones store the rotation in the EXIF orientation tag. The thumbnail and preview
are turned upright with the same transposition ``PIL.ImageOps.exif_transpose`` applies, done
here on the small images after resizing (cheaper than turning the full image, and it does not
re-parse EXIF that may be broken). ``pillow-heif`` already turns HEIF images upright as it
decodes them; their ``orientation`` is the one the file declared.

Capture time is EXIF DateTimeOriginal, else DateTimeDigitized, as the camera wrote it (naive
local time). The plain DateTime tag is not used: it is when a program last saved the file.

Cost: a JPEG is decoded once, at the smallest DCT scale the 1600 px preview allows; thumbnail
and perceptual hash come from the preview. A 3 MP photo still needs a full-size decode and a
1.25× resample for its preview, which is most of the time an import takes
(``benchmarks/bench_photos.py``).

Pillow, pillow-heif and ImageHash are imported on first use, not with this module, so that
start-up does not pay for them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import math
import os
import re
import sqlite3
import stat
import time
import threading
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from supervisor import errors
from supervisor.db.audit import log_change
from supervisor.db.models import (
    Photo,
    PhotoBlob,
    PhotoLink,
    PhotoRole,
    Project,
    Rectification,
    SiteCheck,
)
from supervisor.i18n import QT_TRANSLATE_NOOP

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_PIXELS = 100_000_000
MAX_SIDE = 30_000
MIN_SIDE = 8
THUMBNAIL_SIDE = 256
# The preview is what lists, the viewer at "fit" and printed forms show (the viewer goes to
# the original for more detail). Its longest side is at least PREVIEW_SIDE unless the photo
# is smaller, and at most PREVIEW_MAX_SIDE; a JPEG is decoded at the smallest scale (1/2, 1/4,
# 1/8) that still gives PREVIEW_SIDE, and whatever size lands in that window is kept as it is:
# resampling costs more than decoding. Larger images (PNG, HEIC) shrink to PREVIEW_RESIZED_SIDE.
PREVIEW_SIDE = 1000
PREVIEW_MAX_SIDE = 2048
PREVIEW_RESIZED_SIDE = 1600
THUMBNAIL_QUALITY = 80
PREVIEW_QUALITY = 85
CAPTION_MAX = 300

#: What a folder is searched for (files named one by one are all tried).
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".heic", ".heif"})

_FORMATS = ("JPEG", "PNG", "HEIF")
_MEDIA_TYPES = {"JPEG": "image/jpeg", "MPO": "image/jpeg", "PNG": "image/png"}
_HEIC_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"hevm", b"hevs"}
# Formats people may try that we do not take, recognised by their first bytes.
_OTHER_FORMATS = (
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BM", "BMP"),
    (b"II*\x00", "TIFF"),
    (b"MM\x00*", "TIFF"),
    (b"%PDF", "PDF"),
)

# EXIF tags
_ORIENTATION = 0x0112
_MAKE = 0x010F
_MODEL = 0x0110
_EXIF_IFD = 0x8769
_GPS_IFD = 0x8825
_DATE_TIME_ORIGINAL = 0x9003
_DATE_TIME_DIGITIZED = 0x9004
_GPS_LAT_REF, _GPS_LAT, _GPS_LON_REF, _GPS_LON = 1, 2, 3, 4

_EXIF_DATE = re.compile(
    r"(\d{4})[:\-/](\d{1,2})[:\-/](\d{1,2})[ T]+(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?"
)
_COMPANY_SUFFIX = re.compile(
    r"[\s,]+(corporation|corp\.?|co\.?,?\s*ltd\.?|company|inc\.?|imaging)$", re.IGNORECASE
)

# Exceptions Pillow and pillow-heif raise on input they cannot decode.
_DECODE_ERRORS = (
    OSError,
    SyntaxError,
    ValueError,
    TypeError,
    IndexError,
    KeyError,
    EOFError,
    ZeroDivisionError,
    NotImplementedError,
    RuntimeError,
    Warning,  # only where warnings are errors, as in the tests
)

# Orientations whose transposition swaps width and height (5 to 8).
_SWAPS = frozenset({"TRANSPOSE", "TRANSVERSE", "ROTATE_90", "ROTATE_270"})

_heif_lock = threading.Lock()
_heif_registered = False

# Pillow image blocks kept for reuse while an import runs (see _reuse_image_memory).
_BLOCKS_WHILE_IMPORTING = 12
_arena_lock = threading.Lock()
_arena_users = 0
_arena_saved_max = 0


# --- reasons a file is refused ---------------------------------------------------------------

EMPTY = QT_TRANSLATE_NOOP("errors", "The file is empty (0 bytes).")
FILE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "errors", "The file is {megabytes} MB; photos larger than {limit} MB are not accepted."
)
NOT_AN_IMAGE = QT_TRANSLATE_NOOP("errors", "The file is not a JPEG, PNG or HEIC/HEIF image.")
OTHER_FORMAT = QT_TRANSLATE_NOOP(
    "errors", "The file is a {kind} file; only JPEG, PNG and HEIC/HEIF photos are accepted."
)
DAMAGED = QT_TRANSLATE_NOOP(
    "errors", "The image is damaged or incomplete (a truncated file?) and cannot be decoded."
)
BOMB = QT_TRANSLATE_NOOP(
    "errors",
    "The image declares {width} × {height} pixels ({megapixels} megapixels), more than the "
    "limit of {limit} megapixels: it may be a decompression bomb.",
)
BOMB_UNMEASURED = QT_TRANSLATE_NOOP(
    "errors",
    "The image declares more than {limit} megapixels: it may be a decompression bomb.",
)
SIDE_TOO_LONG = QT_TRANSLATE_NOOP(
    "errors",
    "The image is {width} × {height} pixels; a side longer than {limit} pixels is not a photo.",
)
TOO_SMALL = QT_TRANSLATE_NOOP(
    "errors", "The image is only {width} × {height} pixels, too small to be a photo."
)
OUT_OF_MEMORY = QT_TRANSLATE_NOOP(
    "errors", "There is not enough memory to decode this image."
)
MISSING = QT_TRANSLATE_NOOP("errors", "The file does not exist.")
UNREADABLE = QT_TRANSLATE_NOOP("errors", "The file cannot be read: {detail}")


class PhotoRefused(errors.ValidationError):
    """A file that cannot be taken as a photo; ``template`` is the translatable reason.

    ``params`` fill the reason's placeholders and always hold ``filename``.
    """

    def __init__(self, template: str, filename: str = "", **params):
        super().__init__(template, field=None, filename=filename, **params)

    @property
    def reason(self) -> str:
        return self.message()


# --- analysis --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PhotoInfo:
    """What ``analyse`` learnt about a file, ready to store.

    Attributes:
        sha256: hex digest of the original bytes.
        filename: the file's name (no folder).
        size: the original's length in bytes.
        media_type: ``image/jpeg``, ``image/png``, ``image/heic`` or ``image/heif``.
        width, height: pixels of the upright image.
        orientation: the EXIF orientation the file declared (1-8), or None.
        taken_at: capture time (naive local time as the camera wrote it), or None.
        gps_lat, gps_lon: signed decimal degrees, or None.
        camera: "Make Model", tidied; empty if unknown.
        phash: perceptual hash (hex) of the upright image, for finding similar photos.
        thumbnail: upright JPEG, longest side 256 px (smaller images are not enlarged).
        preview: upright JPEG, longest side 1600 px (smaller images are not enlarged).
    """

    sha256: str
    filename: str
    size: int
    media_type: str
    width: int
    height: int
    orientation: int | None
    taken_at: dt.datetime | None
    gps_lat: float | None
    gps_lon: float | None
    camera: str
    phash: str
    thumbnail: bytes
    preview: bytes


def analyse(data: bytes, filename: str) -> PhotoInfo:
    """Check, decode and describe one photo file; raise ``PhotoRefused`` if it is not one.

    Pure and thread-safe: reads nothing but ``data`` and writes nothing.
    """
    name = Path(filename).name[:255] if filename else ""
    size = len(data)
    if size == 0:
        raise PhotoRefused(EMPTY, name)
    if size > MAX_FILE_BYTES:
        raise PhotoRefused(
            FILE_TOO_LARGE, name, megabytes=_megabytes(size), limit=MAX_FILE_BYTES // 2**20
        )
    sha256 = hashlib.sha256(data).hexdigest()
    image = _open(data, name)
    try:
        stored_size = image.size  # before a JPEG is decoded at a reduced scale
        _decode(image)
        orientation, taken_at, gps, camera, method = _metadata(image)
        width, height, thumbnail, preview, phash = _render(image, stored_size, method)
    except MemoryError as error:
        raise PhotoRefused(OUT_OF_MEMORY, name) from error
    except _DECODE_ERRORS as error:
        raise PhotoRefused(DAMAGED, name, detail=str(error)) from error
    finally:
        image.close()
    if image.format == "HEIF":
        media_type = "image/heic" if data[8:12] in _HEIC_BRANDS else "image/heif"
    else:
        media_type = _MEDIA_TYPES[image.format]
    return PhotoInfo(
        sha256=sha256,
        filename=name,
        size=size,
        media_type=media_type,
        width=width,
        height=height,
        orientation=orientation,
        taken_at=taken_at,
        gps_lat=gps[0] if gps else None,
        gps_lon=gps[1] if gps else None,
        camera=camera,
        phash=phash,
        thumbnail=thumbnail,
        preview=preview,
    )


def _megabytes(size: int) -> str:
    return f"{size / 2**20:.0f}"


def _register_heif() -> None:
    global _heif_registered
    if _heif_registered:
        return
    with _heif_lock:
        if not _heif_registered:
            import pillow_heif

            pillow_heif.register_heif_opener()
            _heif_registered = True


def _open(data: bytes, name: str):
    """The image, identified but not decoded, after checking its declared dimensions.

    Each accepted format's opener is called directly rather than through ``Image.open``, whose
    own decompression-bomb check only warns between ~89 and ~179 megapixels: the limits here
    are checked on the declared size, before anything is decoded, the same way every time.
    """
    from PIL import Image, JpegImagePlugin, PngImagePlugin  # noqa: F401 - register the openers

    _register_heif()
    prefix = data[:16]
    for format_name in _FORMATS:
        factory, accept = Image.OPEN[format_name]
        accepted = accept(prefix) if accept else True
        if not accepted or isinstance(accepted, str):
            continue
        try:
            try:
                image = factory(io.BytesIO(data), "")
            except Image.DecompressionBombWarning:
                raise
            except Warning:
                # Only where warnings are errors (as in the tests): Pillow's JPEG opener met
                # damaged EXIF or MPF data. Open a copy without them; the photo goes in with
                # no metadata, as it would (with a warning printed) anywhere else.
                if format_name != "JPEG":
                    raise
                image = factory(io.BytesIO(_without_metadata_blocks(data)), "")
        except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
            raise PhotoRefused(BOMB_UNMEASURED, name, limit=MAX_PIXELS // 10**6) from error
        except MemoryError as error:
            raise PhotoRefused(OUT_OF_MEMORY, name) from error
        except _DECODE_ERRORS as error:
            # Its signature matched, so it is this format, but damaged.
            raise PhotoRefused(DAMAGED, name, detail=str(error)) from error
        _check_dimensions(image, name)
        return image
    for magic, kind in _OTHER_FORMATS:
        if data.startswith(magic):
            raise PhotoRefused(OTHER_FORMAT, name, kind=kind)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        raise PhotoRefused(OTHER_FORMAT, name, kind="WebP")
    if data[4:8] == b"ftyp" and data[8:12] in (b"avif", b"avis"):
        raise PhotoRefused(OTHER_FORMAT, name, kind="AVIF")
    raise PhotoRefused(NOT_AN_IMAGE, name)


def _without_metadata_blocks(data: bytes) -> bytes:
    """A copy of a JPEG in which Pillow finds no EXIF or MPF block (their names are changed)."""
    out = bytearray(data)
    pos = 2
    while pos + 4 <= len(out) and out[pos] == 0xFF:
        marker = out[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xDA:  # start of scan: no more metadata
            break
        body = pos + 4
        if marker == 0xE1 and out[body : body + 6] == b"Exif\0\0":
            out[body : body + 4] = b"Xxif"
        elif marker == 0xE2 and out[body : body + 4] == b"MPF\0":
            out[body : body + 3] = b"Xpf"
        pos += 2 + int.from_bytes(out[pos + 2 : pos + 4], "big")
    return bytes(out)


def _check_dimensions(image, name: str) -> None:
    width, height = image.size
    if width * height > MAX_PIXELS:
        image.close()
        raise PhotoRefused(
            BOMB,
            name,
            width=width,
            height=height,
            megapixels=f"{width * height / 10**6:.0f}",
            limit=MAX_PIXELS // 10**6,
        )
    if max(width, height) > MAX_SIDE:
        image.close()
        raise PhotoRefused(SIDE_TOO_LONG, name, width=width, height=height, limit=MAX_SIDE)
    if min(width, height) < MIN_SIDE:
        image.close()
        raise PhotoRefused(TOO_SMALL, name, width=width, height=height)


def _fit(width: int, height: int, side: int) -> tuple[int, int]:
    """``width`` × ``height`` scaled to a longest side of ``side``, never enlarged."""
    longest = max(width, height)
    if longest <= side:
        return width, height
    scale = side / longest
    return max(1, round(width * scale)), max(1, round(height * scale))


def _transposition(orientation: int | None):
    """The ``Image.Transpose`` method that turns an image upright (as ``exif_transpose``)."""
    from PIL import Image

    return {
        2: Image.Transpose.FLIP_LEFT_RIGHT,
        3: Image.Transpose.ROTATE_180,
        4: Image.Transpose.FLIP_TOP_BOTTOM,
        5: Image.Transpose.TRANSPOSE,
        6: Image.Transpose.ROTATE_270,
        7: Image.Transpose.TRANSVERSE,
        8: Image.Transpose.ROTATE_90,
    }.get(orientation)


def _decode(image) -> None:
    """Decode every byte of the image, at the smallest scale the preview allows."""
    if image.format in ("JPEG", "MPO"):
        # A JPEG decodes straight to 1/2, 1/4 or 1/8 scale when the preview is that much
        # smaller; the whole file is still read and decoded, so damage is still caught.
        image.draft(None, _fit(*image.size, PREVIEW_SIDE))
    image.load()


def _preview_size(decoded: tuple[int, int]) -> tuple[int, int]:
    """The preview's size for an image decoded at ``decoded`` (see ``PREVIEW_SIDE``)."""
    if max(decoded) <= PREVIEW_MAX_SIDE:
        return decoded
    return _fit(*decoded, PREVIEW_RESIZED_SIDE)


def _render(image, stored_size: tuple[int, int], method) -> tuple[int, int, bytes, bytes, str]:
    """From the decoded image: upright size, thumbnail JPEG, preview JPEG and phash."""
    from PIL import Image

    import imagehash

    width, height = stored_size
    pixels = _plain(image)
    preview_size = _preview_size(pixels.size)
    if pixels.size != preview_size:
        # Area averaging (BOX): right for shrinking by a small factor, and the fastest.
        pixels = pixels.resize(preview_size, Image.Resampling.BOX)
    if method is not None:
        pixels = pixels.transpose(method)
        if method.name in _SWAPS:
            width, height = height, width
    thumb_size = _fit(*pixels.size, THUMBNAIL_SIDE)
    thumb = pixels.resize(thumb_size, Image.Resampling.BICUBIC, reducing_gap=1.0)
    phash = str(imagehash.phash(thumb))
    return width, height, _jpeg(thumb, THUMBNAIL_QUALITY), _jpeg(pixels, PREVIEW_QUALITY), phash


def _plain(image):
    """The decoded image as RGB or L: transparency flattened on white, 16 bits cut to 8."""
    from PIL import Image

    mode = image.mode
    if mode in ("RGB", "L"):
        return image
    if mode == "1":
        return image.convert("L")
    if mode.startswith("I;16") or mode == "I":
        return image.convert("I").point(lambda value: value * (1 / 257)).convert("L")
    if mode == "P" and "transparency" not in image.info:
        return image.convert("RGB")
    if mode in ("P", "PA", "LA", "La", "RGBA", "RGBa"):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def _jpeg(image, quality: int) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


# --- metadata --------------------------------------------------------------------------------


def _metadata(image):
    """Orientation, capture time, GPS, camera and the transposition that turns it upright.

    Whatever cannot be read is left out: broken EXIF is not a reason to refuse a photo.
    """
    try:
        exif = image.getexif()
    except Exception:  # any damage in the EXIF block: no metadata at all
        return None, None, None, "", None
    orientation = _safe(lambda: _orientation(image, exif))
    taken_at = _safe(lambda: _taken_at(exif))
    gps = _safe(lambda: _gps(exif))
    camera = _safe(lambda: _camera(exif), "")
    # pillow-heif has already turned a HEIF image upright while decoding it.
    method = None if image.format == "HEIF" else _transposition(orientation)
    return orientation, taken_at, gps, camera, method


def _safe(read: Callable, default=None):
    try:
        return read()
    except Exception:  # any malformed value: treat as absent
        return default


def _orientation(image, exif) -> int | None:
    value = image.info.get("original_orientation") if image.format == "HEIF" else None
    if value is None:
        value = exif.get(_ORIENTATION)
    return int(value) if isinstance(value, int) and 1 <= value <= 8 else None


def _text(value) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    if not isinstance(value, str):
        return ""
    value = "".join(ch for ch in value if ch.isprintable())
    return " ".join(value.split())


def _taken_at(exif) -> dt.datetime | None:
    """DateTimeOriginal, else DateTimeDigitized. Never DateTime: that is when a program last
    saved the file (Photoshop writes it), not when the photo was taken."""
    sub = exif.get_ifd(_EXIF_IFD)
    for tag in (_DATE_TIME_ORIGINAL, _DATE_TIME_DIGITIZED):
        parsed = _safe(lambda: _parse_exif_date(_text(sub.get(tag))))
        if parsed is not None:
            return parsed
    return None


def _parse_exif_date(text: str) -> dt.datetime | None:
    match = _EXIF_DATE.match(text.strip())
    if not match:
        return None
    year, month, day, hour, minute, second = (int(part or 0) for part in match.groups())
    if year < 1900:  # "0000:00:00 00:00:00" from cameras whose clock was never set
        return None
    try:
        return dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def _gps(exif) -> tuple[float, float] | None:
    gps = exif.get_ifd(_GPS_IFD)
    if not gps:
        return None
    lat = _degrees(gps.get(_GPS_LAT), gps.get(_GPS_LAT_REF), "S", 90)
    lon = _degrees(gps.get(_GPS_LON), gps.get(_GPS_LON_REF), "W", 180)
    if lat is None or lon is None or (lat == 0 and lon == 0):
        return None
    return lat, lon


def _degrees(value, ref, negative: str, limit: float) -> float | None:
    if value is None:
        return None
    parts = list(value) if isinstance(value, (tuple, list)) else [value]
    if not 1 <= len(parts) <= 3:
        return None
    numbers = [float(part) for part in parts]
    if any(not math.isfinite(number) or number < 0 for number in numbers):
        return None
    degrees = sum(number / 60**index for index, number in enumerate(numbers))
    if degrees > limit:
        return None
    if _text(ref).upper().startswith(negative):
        degrees = -degrees
    return round(degrees, 7)


def _camera(exif) -> str:
    make = _text(exif.get(_MAKE))
    while (shorter := _COMPANY_SUFFIX.sub("", make)) != make:
        make = shorter
    model = _text(exif.get(_MODEL))
    if make and model.casefold().startswith(make.split()[0].casefold()):
        make = ""
    return " ".join(part for part in (make, model) if part)[:200]


# --- storing ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoreResult:
    """``photo_id`` stored or found; ``link_id`` the link made or already there."""

    photo_id: int
    link_id: int | None
    duplicate: bool


def _check_target(
    session: Session, project_id: int, check_id: int | None, rectification_id: int | None, role
) -> None:
    if session.get(Project, project_id) is None:
        raise errors.NotFound(QT_TRANSLATE_NOOP("errors", "The project no longer exists."))
    if check_id is not None:
        check = session.get(SiteCheck, check_id)
        if check is None or check.project_id != project_id:
            raise errors.NotFound(
                QT_TRANSLATE_NOOP("errors", "There is no site check {check} in this project."),
                check=check_id,
            )
    if rectification_id is not None:
        rect = session.get(Rectification, rectification_id)
        if rect is None or rect.project_id != project_id:
            raise errors.NotFound(
                QT_TRANSLATE_NOOP(
                    "errors", "There is no rectification item {item} in this project."
                ),
                item=rectification_id,
            )
    if role not in {member.value for member in PhotoRole}:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "{role} is not a photo role."), field="role", role=role
        )


def _same_target(project_id: int, check_id: int | None, rectification_id: int | None):
    return (
        PhotoLink.project_id == project_id,
        PhotoLink.check_id.is_(None) if check_id is None else PhotoLink.check_id == check_id,
        PhotoLink.rectification_id.is_(None)
        if rectification_id is None
        else PhotoLink.rectification_id == rectification_id,
    )


def store(
    session: Session,
    info: PhotoInfo,
    data: bytes,
    project_id: int,
    *,
    check_id: int | None = None,
    rectification_id: int | None = None,
    role: str = PhotoRole.CHECK,
    caption: str = "",
) -> StoreResult:
    """Store the photo (unless its SHA-256 is already stored) and link it to its target.

    With neither ``check_id`` nor ``rectification_id`` the photo is linked to the project
    alone. A link identical to one already there (same photo, target and role) is not added
    again. ``data`` must be the bytes ``info`` was made from; they are stored untouched.
    """
    role = str(role)
    _check_target(session, project_id, check_id, rectification_id, role)
    return _store_checked(
        session, info, data, project_id, check_id, rectification_id, role, caption
    )


def _store_checked(
    session: Session, info: PhotoInfo, data: bytes, project_id: int, check_id: int | None,
    rectification_id: int | None, role: str, caption: str = "",
) -> StoreResult:
    """``store`` once the target has been checked in this transaction."""
    if len(data) != info.size:
        raise ValueError("data is not the file that was analysed")
    caption = _clean_caption(caption)
    photo = session.scalars(select(Photo).where(Photo.sha256 == info.sha256)).first()
    duplicate = photo is not None
    if photo is None:
        photo = Photo(
            sha256=info.sha256,
            filename=info.filename,
            size=info.size,
            media_type=info.media_type,
            width=info.width,
            height=info.height,
            orientation=info.orientation,
            taken_at=info.taken_at,
            gps_lat=info.gps_lat,
            gps_lon=info.gps_lon,
            camera=info.camera,
            phash=info.phash,
            thumbnail=info.thumbnail,
        )
        session.add(photo)
        session.flush()
        session.add(PhotoBlob(photo_id=photo.id, original=data, preview=info.preview))
        log_change(
            session, photo, "photo.import", filename=info.filename, sha256=info.sha256,
            size=info.size,
        )
    target = _same_target(project_id, check_id, rectification_id)
    link_id = session.scalar(
        select(PhotoLink.id).where(PhotoLink.photo_id == photo.id, PhotoLink.role == role, *target)
    )
    if link_id is None:
        last = session.scalar(select(func.max(PhotoLink.position)).where(*target))
        link = PhotoLink(
            photo_id=photo.id,
            project_id=project_id,
            check_id=check_id,
            rectification_id=rectification_id,
            role=role,
            caption=caption,
            position=0 if last is None else last + 1,
        )
        session.add(link)
        session.flush()
        log_change(
            session, link, "photo.link", photo=photo.uuid, check_id=check_id,
            rectification_id=rectification_id, role=role,
        )
        link_id = link.id
    return StoreResult(photo_id=photo.id, link_id=link_id, duplicate=duplicate)


# --- importing files -------------------------------------------------------------------------


@dataclass(frozen=True)
class FileOutcome:
    """What happened to one file of an import."""

    path: str
    status: str  # "imported" | "duplicate" | "refused"
    reason: str  # English, formatted; empty if the file went in
    photo_id: int | None
    error: errors.SupervisorError | None


def expand_paths(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Files as given; folders walked recursively in name order for JPEG/PNG/HEIC/HEIF files.

    Hidden files and folders (``.DS_Store``, ``._IMG_0001.JPG``...) inside folders are skipped.
    A path that does not exist is returned as it is (``import_paths`` reports it refused).
    """
    found: list[Path] = []
    for item in paths:
        path = Path(item)
        if not path.is_dir():
            found.append(path)
            continue
        for folder, dirnames, filenames in os.walk(path):
            dirnames[:] = sorted(name for name in dirnames if not name.startswith("."))
            for name in sorted(filenames):
                if not name.startswith(".") and Path(name).suffix.lower() in IMAGE_SUFFIXES:
                    found.append(Path(folder, name))
    return found


def _read(path: Path) -> bytes:
    """The file's bytes, or ``PhotoRefused`` if it is missing, unreadable or too large."""
    name = path.name
    try:
        status = path.stat()
        if not stat.S_ISREG(status.st_mode):  # a device or a pipe would never end
            raise PhotoRefused(UNREADABLE, name, detail="not a regular file")
        if status.st_size > MAX_FILE_BYTES:
            raise PhotoRefused(
                FILE_TOO_LARGE, name, megabytes=_megabytes(status.st_size),
                limit=MAX_FILE_BYTES // 2**20,
            )
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)  # it may have grown since
    except FileNotFoundError as error:
        raise PhotoRefused(MISSING, name) from error
    except OSError as error:
        raise PhotoRefused(UNREADABLE, name, detail=error.strerror or str(error)) from error
    if len(data) > MAX_FILE_BYTES:
        raise PhotoRefused(FILE_TOO_LARGE, name, megabytes=">100", limit=MAX_FILE_BYTES // 2**20)
    return data


def _prepare(path: Path) -> tuple[bytes, PhotoInfo]:
    data = _read(path)
    return data, analyse(data, path.name)


def _workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


@contextlib.contextmanager
def _reuse_image_memory():
    """Let Pillow keep the memory of decoded images for the next ones while importing.

    By default Pillow returns every image's memory to the system and the next photo faults
    it in again: about a quarter of the time ``analyse`` takes on a 3 MP photo. The blocks
    kept (16 MB each, at most ``_BLOCKS_WHILE_IMPORTING``) are freed when the last import
    running in the process ends.
    """
    from PIL import Image

    global _arena_users, _arena_saved_max
    with _arena_lock:
        if _arena_users == 0:
            _arena_saved_max = Image.core.get_blocks_max()
            Image.core.set_blocks_max(max(_arena_saved_max, _BLOCKS_WHILE_IMPORTING))
        _arena_users += 1
    try:
        yield
    finally:
        with _arena_lock:
            _arena_users -= 1
            if _arena_users == 0:
                Image.core.set_blocks_max(_arena_saved_max)  # frees the blocks kept


GROUP_SECONDS = 0.25  # photos stored within this time share one commit (one disk sync)


def import_paths(
    database,
    paths: Iterable[str | os.PathLike],
    project_id: int,
    *,
    check_id: int | None = None,
    rectification_id: int | None = None,
    role: str = PhotoRole.CHECK,
    progress: Callable[[int, int, Path], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[FileOutcome]:
    """Import files and folders: one outcome per file, in order.

    Each file is read and analysed outside any transaction, by a pool of threads. Photos are
    then stored each in its own savepoint, and those stored within ``GROUP_SECONDS`` of each
    other are committed together (a commit waits for the disk; one per photo would cost more
    than the photo). A refused file leaves no trace and the others still go in; a photo is
    always stored whole or not at all. ``progress(done, total, path)`` is called after each
    file; ``cancelled()`` is asked before each file is stored, and when it says so the import
    stops there, keeping the photos already stored. A target that does not exist raises
    ``NotFound`` before any file is read; a failure while storing (disk full, locked) keeps
    the photos stored before it, then raises and stops the import.
    """
    from concurrent.futures import ThreadPoolExecutor

    role = str(role)
    with database.read() as session:
        _check_target(session, project_id, check_id, rectification_id, role)
    files = expand_paths(paths)
    total = len(files)
    outcomes: list[FileOutcome] = []
    workers = _workers()
    queue = iter(files)
    pending: deque = deque()
    with (
        _reuse_image_memory(),
        ThreadPoolExecutor(max_workers=workers, thread_name_prefix="photo-import") as pool,
    ):

        def submit_next() -> None:
            path = next(queue, None)
            if path is not None:
                pending.append((path, pool.submit(_prepare, path)))

        def store_group() -> bool:
            """Store photos until the group's time is up; False once the import must stop."""
            failure = None
            with database.write() as session:
                # Checked again inside the transaction: it may have been deleted since.
                _check_target(session, project_id, check_id, rectification_id, role)
                ends = time.monotonic() + GROUP_SECONDS
                while pending and time.monotonic() < ends:
                    if cancelled is not None and cancelled():
                        return False
                    path, future = pending.popleft()
                    submit_next()
                    try:
                        data, info = future.result()
                    except PhotoRefused as refusal:
                        outcome = FileOutcome(str(path), "refused", refusal.message(), None, refusal)
                    else:
                        try:
                            with session.begin_nested():
                                result = _store_checked(
                                    session, info, data, project_id, check_id,
                                    rectification_id, role,
                                )
                        except Exception as error:  # the photos before it are committed
                            failure = error
                            break
                        status = "duplicate" if result.duplicate else "imported"
                        outcome = FileOutcome(str(path), status, "", result.photo_id, None)
                        del data, info
                    outcomes.append(outcome)
                    if progress is not None:
                        progress(len(outcomes), total, path)
            if failure is not None:
                from sqlalchemy import exc

                from supervisor.db.engine import translate_error

                if isinstance(failure, (exc.SQLAlchemyError, sqlite3.Error)):
                    raise translate_error(failure, database.name) or failure
                raise failure
            return True

        try:
            for _ in range(workers + 1):  # a little look-ahead keeps every worker busy
                submit_next()
            while pending and store_group():
                pass
        finally:
            for _, future in pending:  # cancelled, or stopped by an error: drop the rest
                future.cancel()
    return outcomes


# --- reading back ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PhotoRow:
    """A photo as shown in a list: its link, its metadata and its thumbnail.

    ``imported_at`` is UTC (as every stored time stamp); ``taken_at`` is the camera's local time.
    """

    link_id: int
    photo_id: int
    filename: str
    caption: str
    role: str
    taken_at: dt.datetime | None
    imported_at: dt.datetime
    imported_by: str
    width: int
    height: int
    camera: str
    gps_lat: float | None
    gps_lon: float | None
    sha256: str
    thumbnail: bytes

def photo_rows(
    session: Session,
    *,
    project_id: int | None = None,
    check_id: int | None = None,
    rectification_id: int | None = None,
    role: str | None = None,
) -> list[PhotoRow]:
    """The links matching every filter given, in their order; reads thumbnails, never blobs."""
    query = (
        select(
            PhotoLink.id,
            PhotoLink.photo_id,
            Photo.filename,
            PhotoLink.caption,
            PhotoLink.role,
            Photo.taken_at,
            Photo.created_at,
            Photo.created_by,
            Photo.width,
            Photo.height,
            Photo.camera,
            Photo.gps_lat,
            Photo.gps_lon,
            Photo.sha256,
            Photo.thumbnail,
        )
        .join(Photo, Photo.id == PhotoLink.photo_id)
        .order_by(PhotoLink.position, PhotoLink.id)
    )
    if project_id is not None:
        query = query.where(PhotoLink.project_id == project_id)
    if check_id is not None:
        query = query.where(PhotoLink.check_id == check_id)
    if rectification_id is not None:
        query = query.where(PhotoLink.rectification_id == rectification_id)
    if role is not None:
        query = query.where(PhotoLink.role == str(role))
    return [PhotoRow(*row) for row in session.execute(query)]


def _photo_gone() -> errors.NotFound:
    return errors.NotFound(QT_TRANSLATE_NOOP("errors", "The photo no longer exists."))


def original(session: Session, photo_id: int) -> tuple[str, bytes]:
    """The file name and the untouched bytes of the photo as it was imported."""
    row = session.execute(
        select(Photo.filename, PhotoBlob.original)
        .join(PhotoBlob, PhotoBlob.photo_id == Photo.id)
        .where(Photo.id == photo_id)
    ).first()
    if row is None:
        raise _photo_gone()
    return row[0], row[1]


def preview(session: Session, photo_id: int) -> bytes:
    """The upright screen-size JPEG of the photo."""
    data = session.scalar(select(PhotoBlob.preview).where(PhotoBlob.photo_id == photo_id))
    if data is None:
        raise _photo_gone()
    return data


def _clean_caption(caption: str) -> str:
    caption = " ".join((caption or "").split())
    if len(caption) > CAPTION_MAX:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "A caption is limited to {limit} characters."),
            field="caption",
            limit=CAPTION_MAX,
        )
    return caption


def _get_link(session: Session, link_id: int) -> PhotoLink:
    link = session.get(PhotoLink, link_id)
    if link is None:
        raise _photo_gone()
    return link


def set_caption(session: Session, link_id: int, caption: str) -> None:
    """Set the caption a photo has on one record (spaces tidied; at most 300 characters)."""
    link = _get_link(session, link_id)
    caption = _clean_caption(caption)
    if caption != link.caption:
        link.caption = caption
        log_change(session, link, "photo.caption", caption=caption)


def unlink(session: Session, link_id: int) -> bool:
    """Take a photo off one record; delete the photo itself if nothing else shows it.

    Returns True when the photo (with its original and preview) was deleted.
    """
    link = _get_link(session, link_id)
    photo_id = link.photo_id
    log_change(
        session, link, "photo.unlink", photo_id=photo_id, check_id=link.check_id,
        rectification_id=link.rectification_id, role=link.role,
    )
    session.delete(link)
    session.flush()
    still_used = session.scalar(
        select(func.count()).select_from(PhotoLink).where(PhotoLink.photo_id == photo_id)
    )
    if still_used:
        return False
    photo = session.get(Photo, photo_id)
    if photo is None:
        return False
    log_change(session, photo, "photo.delete", filename=photo.filename, sha256=photo.sha256)
    session.execute(delete(PhotoBlob).where(PhotoBlob.photo_id == photo_id))
    session.delete(photo)
    session.flush()
    return True


def project_photo_count(session: Session, project_id: int) -> int:
    """How many different photos the project holds (a photo on several records counts once)."""
    return session.scalar(
        select(func.count(func.distinct(PhotoLink.photo_id))).where(
            PhotoLink.project_id == project_id
        )
    ) or 0
