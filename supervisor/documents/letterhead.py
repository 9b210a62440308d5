"""The issuing unit printed at the head of every form: its name, the supervision firm, a logo.

Stored database-wide (the ``setting`` table), so every laptop and the district's server print
the same head. ``letterhead(session)`` reads it; ``set_letterhead`` checks and stores it: names
of at most ``MAX_NAME`` characters, and a logo that is a real picture, kept as a PNG of at most
``LOGO_PIXELS`` on its longest side. Changing it needs the permission of the ``setting`` table
(administrators): anyone else is refused before anything is read or stored.
"""

from __future__ import annotations

import base64
import binascii
import io
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from supervisor import errors
from supervisor.db.settings import store_setting, stored_setting
from supervisor.i18n import QT_TRANSLATE_NOOP

KEY = "letterhead"
MAX_NAME = 60
LOGO_PIXELS = 600
MAX_LOGO_BYTES = 20 * 1024 * 1024  # a picture file larger than this is not a logo


@dataclass(frozen=True)
class Letterhead:
    unit: str = ""  # the issuing unit, e.g. XX街道办事处
    firm: str = ""  # the supervision firm
    logo: bytes | None = None  # PNG

    @property
    def empty(self) -> bool:
        return not (self.unit or self.firm or self.logo)


def letterhead(session: Session) -> Letterhead:
    """The stored letterhead (empty when never set; a logo that no longer decodes is left out)."""
    raw = stored_setting(session, KEY)
    logo = None
    if raw.get("logo"):
        try:
            logo = base64.b64decode(str(raw["logo"]), validate=True)
        except (binascii.Error, ValueError):
            logo = None
    return Letterhead(str(raw.get("unit", "") or ""), str(raw.get("firm", "") or ""), logo)


def _name(text: str | None, field: str) -> str:
    value = " ".join((text or "").split())
    if len(value) > MAX_NAME:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "A name printed at the head of the forms can have at most {limit} characters."),
            field=field, limit=MAX_NAME,
        )
    return value


def logo_png(data: bytes) -> bytes:
    """``data`` (a PNG, JPEG, BMP or GIF picture) as an upright PNG of at most ``LOGO_PIXELS``."""
    from PIL import Image, ImageOps, UnidentifiedImageError

    bad = errors.ValidationError(
        QT_TRANSLATE_NOOP("errors", "The logo must be a picture file (PNG, JPEG, BMP or GIF)."), field="logo"
    )
    if not data or len(data) > MAX_LOGO_BYTES:
        raise bad
    try:
        with Image.open(io.BytesIO(data), formats=("PNG", "JPEG", "BMP", "GIF")) as image:
            picture = ImageOps.exif_transpose(image)
            picture = picture.convert("RGBA" if "A" in picture.getbands() or "transparency" in picture.info else "RGB")
            picture.thumbnail((LOGO_PIXELS, LOGO_PIXELS))
            out = io.BytesIO()
            picture.save(out, "PNG", optimize=True)
            return out.getvalue()
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError, SyntaxError) as error:
        raise bad from error


def read_logo(path) -> bytes:
    """The bytes of the picture file ``path`` chosen as the logo (checked by ``set_letterhead``)."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_LOGO_BYTES:
            raise errors.ValidationError(
                QT_TRANSLATE_NOOP("errors", "The logo must be a picture file (PNG, JPEG, BMP or GIF)."), field="logo"
            )
        return path.read_bytes()
    except IsADirectoryError as error:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "{file} is a folder, not a file."), file=path.name, field="logo"
        ) from error
    except OSError as error:
        raise errors.ValidationError(
            QT_TRANSLATE_NOOP("errors", "{file} cannot be read: {detail}"),
            file=path.name, detail=error.strerror or str(error), field="logo",
        ) from error


_KEEP = object()


def set_letterhead(session: Session, *, unit: str | None = None, firm: str | None = None, logo=_KEEP) -> Letterhead:
    """Store the parts given (``None`` names and the logo left unchanged; ``logo=None`` removes
    the logo, bytes replace it); the letterhead as stored. Raises ``Refused`` for someone who
    may not change the settings, ``ValidationError`` for a name too long or a logo that is not
    a picture (nothing is stored then)."""
    from supervisor.accounts.people import require_write

    require_write("setting")
    current = letterhead(session)
    unit_value = current.unit if unit is None else _name(unit, "unit")
    firm_value = current.firm if firm is None else _name(firm, "firm")
    if logo is _KEEP:
        logo_value = current.logo
    else:
        logo_value = None if logo is None else logo_png(logo)  # an empty file is no logo: refused
    stored = {"unit": unit_value, "firm": firm_value}
    if logo_value:
        stored["logo"] = base64.b64encode(logo_value).decode("ascii")
    store_setting(session, KEY, stored)
    return Letterhead(unit_value, firm_value, logo_value)
