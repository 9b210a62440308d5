"""Analysing a photo before it is stored: what it is, what EXIF says, and its small images.

``analyse(data, filename)`` is pure (no database, safe to call from any thread). It accepts
JPEG, PNG and HEIC/HEIF only, decodes the whole file (so a truncated or damaged one is caught
here), reads what EXIF says (capture time, GPS, camera, orientation) and renders an upright
256 px thumbnail and a 1600 px preview, both JPEG. Bad input raises ``PhotoRefused`` with a
reason fit to show: empty, too large, not an image, an unsupported format, damaged, absurd
dimensions or a likely decompression bomb. Broken EXIF never refuses a photo: the metadata it
should have given is simply missing.
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

Pillow and pillow-heif are imported on first use, not with this module, so that start-up does
not pay for them. The perceptual hash is ImageHash's ``phash``, computed here in a few lines:
ImageHash would load SciPy and NumPy (half a second, and tens of thousands of objects that the
window's garbage collector then goes through) for a 32 × 32 transform.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import math
import operator
import re
import statistics
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from supervisor import errors
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


class PhotoRefused(errors.ValidationError):
    """A file that cannot be taken as a photo; ``template`` is the translatable reason.

    ``params`` fill the reason's placeholders and always hold ``filename``.
    """

    def __init__(self, template: str, filename: str = "", **params):
        super().__init__(template, field=None, filename=filename, **params)

    @property
    def reason(self) -> str:
        return self.message()


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
            FILE_TOO_LARGE, name, megabytes=megabytes(size), limit=MAX_FILE_BYTES // 2**20
        )
    sha256 = hashlib.sha256(data).hexdigest()
    image = _open(data, name)
    try:
        stored_size = image.size  # before a JPEG is decoded at a reduced scale
        _decode(image, size)
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


def megabytes(size: int) -> str:
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


def _decode(image, size: int) -> None:
    """Decode every byte of the image (``size`` bytes long), at the smallest scale the preview
    allows."""
    if image.format in ("JPEG", "MPO"):
        # A JPEG decodes straight to 1/2, 1/4 or 1/8 scale when the preview is that much
        # smaller; the whole file is still read and decoded, so damage is still caught.
        image.draft(None, _fit(*image.size, PREVIEW_SIDE))
    # The file is in memory: hand it to the decoder whole rather than in 64 KB pieces. Each
    # piece lets go of the GIL and takes it back, and taking it back waits while another
    # thread runs Python code: a dozen waits per photo during an import.
    image.decodermaxblock = max(image.decodermaxblock, size + 1)
    image.load()


def _preview_size(decoded: tuple[int, int]) -> tuple[int, int]:
    """The preview's size for an image decoded at ``decoded`` (see ``PREVIEW_SIDE``)."""
    if max(decoded) <= PREVIEW_MAX_SIDE:
        return decoded
    return _fit(*decoded, PREVIEW_RESIZED_SIDE)


def _render(image, stored_size: tuple[int, int], method) -> tuple[int, int, bytes, bytes, str]:
    """From the decoded image: upright size, thumbnail JPEG, preview JPEG and phash."""
    from PIL import Image

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
    phash = perceptual_hash(thumb)
    return width, height, _jpeg(thumb, THUMBNAIL_QUALITY), _jpeg(pixels, PREVIEW_QUALITY), phash


def _dct_rows() -> list[tuple[float, ...]]:
    """The first ``_HASH_SIDE`` rows of the (unnormalised) DCT-II matrix of size ``_HASH_IMAGE``:
    ``2·cos(π·k·(2n+1) / 2N)``, what ``scipy.fftpack.dct`` multiplies by."""
    size = _HASH_IMAGE
    return [
        tuple(2 * math.cos(math.pi * k * (2 * n + 1) / (2 * size)) for n in range(size))
        for k in range(_HASH_SIDE)
    ]


_HASH_SIDE = 8  # the hash's 8 × 8 = 64 bits
_HASH_IMAGE = 32  # from the 32 × 32 greyscale picture's lowest frequencies
_DCT = _dct_rows()


def perceptual_hash(image) -> str:
    """The perceptual hash of ``image`` as 16 hex digits: ImageHash's ``phash``, computed here.

    The picture is made 32 × 32 greyscale (Lanczos), transformed by a 2-D DCT-II, and each of
    the 8 × 8 lowest frequencies gives a bit: above their median or not (row by row, first bit
    highest). The same bits as ``str(imagehash.phash(image))`` (the tests compare them), without
    loading SciPy and NumPy: the 64 coefficients needed are 320 short sums.
    """
    from PIL import Image

    grey = image.convert("L").resize((_HASH_IMAGE, _HASH_IMAGE), Image.Resampling.LANCZOS)
    data = grey.tobytes()
    columns = [data[column::_HASH_IMAGE] for column in range(_HASH_IMAGE)]
    # Along the columns (axis 0), then along the rows (axis 1), as imagehash does.
    down = [[sum(map(operator.mul, row, column)) for column in columns] for row in _DCT]
    low = [sum(map(operator.mul, line, row)) for line in down for row in _DCT]
    median = statistics.median(low)
    bits = 0
    for value in low:
        bits = bits << 1 | (value > median)
    return f"{bits:0{_HASH_SIDE * _HASH_SIDE // 4}x}"


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
