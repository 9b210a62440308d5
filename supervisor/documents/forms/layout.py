"""Form templates: the layout of a printed form, read from a TOML file in ``forms/``.

A template declares the title, the orientation and a list of sections drawn top to bottom:

- ``fields``: label/value pairs in a grid (``per_row`` pairs a row; a field may ``span``);
- ``text``: a labelled box for longer text (``height`` in mm when printed blank);
- ``table``: columns with relative ``width`` and optional ``align``; ``blank_rows`` empty rows
  when printed blank; the header row repeats on every page;
- ``photos``: a grid of photos with captions and capture times (``per_row``, ``height`` mm);
- ``signatures``: blocks with a label and lines to sign on, kept on one page, in rows ``height``
  mm high (30 by default); a block with
  ``seal = true`` is a party that seals: its label says （盖章） and its box leaves a square of
  ``SEAL_MM`` free for a round seal (42 mm) above its lines;
- ``notes``: small print under the form;
- ``page_break``: what follows starts a new page, under ``title`` printed as a form title (a
  tear-off slip such as the 回复单 of a notice).

Any section may say ``blank = false``: it is left out of a form printed blank (e.g. a notice's
automatic evidence check, or its current status, mean nothing on paper filled by hand).

The data a form is filled with is a ``FormData``: values for fields and text, rows for tables,
photos for photo grids. A blank form is a ``FormData`` with nothing in it, or one marked
``hand`` whose values and rows are pre-printed help for the person filling it in by hand (the
45 standard steps of a blank procedure sheet).
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from supervisor import errors
from supervisor.i18n import QT_TRANSLATE_NOOP
from supervisor.paths import FORMS

if TYPE_CHECKING:
    from supervisor.documents.letterhead import Letterhead

KINDS = ("heading", "fields", "text", "table", "photos", "signatures", "notes", "page_break")
SEAL_MM = 45.0  # the free square a sealing party's block leaves for a round seal (42 mm)


@dataclass(frozen=True)
class Field:
    label: str
    key: str
    span: int = 1
    height: float = 20.0  # mm, for a blank text box


@dataclass(frozen=True)
class Column:
    label: str
    key: str
    width: float = 1.0  # relative to the other columns
    align: str = "left"  # left | center | right


@dataclass(frozen=True)
class SignatureBlock:
    label: str
    lines: tuple[str, ...] = ("签字：", "日期：      年    月    日")
    seal: bool = False  # a party that seals: room for a round seal, （盖章） in the label

    @property
    def text(self) -> str:
        """The label as printed: a sealing party's always says （盖章）."""
        if self.seal and "盖章" not in self.label:
            return f"{self.label}（盖章）"
        return self.label


@dataclass(frozen=True)
class Section:
    kind: str
    title: str = ""
    key: str = ""
    fields: tuple[Field, ...] = ()
    per_row: int = 2
    columns: tuple[Column, ...] = ()
    blank_rows: int = 0
    height: float = 60.0  # mm: a photo's box; a row of signers (30 unless the template says)
    blocks: tuple[SignatureBlock, ...] = ()
    lines: tuple[str, ...] = ()
    font_size: float | None = None
    on_blank: bool = True  # printed on a blank form too (``blank = false`` in the template)


@dataclass(frozen=True)
class FormTemplate:
    name: str
    title: str
    orientation: str = "portrait"  # portrait | landscape
    font_size: float = 9.5
    number_label: str = "编号"
    sections: tuple[Section, ...] = ()

    def printed(self, blank: bool) -> tuple[Section, ...]:
        """The sections drawn on a form filled (``blank`` False) or printed blank."""
        return tuple(s for s in self.sections if s.on_blank or not blank)


@dataclass
class PhotoItem:
    """A photo on a form: upright image bytes (``None`` if missing), its file name, caption and
    capture time."""

    data: bytes | None
    name: str
    caption: str = ""
    taken_at: dt.datetime | None = None


@dataclass
class FormData:
    number: str = ""
    values: dict[str, str] = field(default_factory=dict)
    tables: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    photos: dict[str, list[PhotoItem]] = field(default_factory=dict)
    subject: str = ""  # what the form is about, for the PDF's metadata
    code: str = ""  # the verification code (核验码) printed on every page; blank forms have none
    letterhead: Letterhead | None = None  # the issuing unit printed at the head
    hand: bool = False  # printed to be filled by hand, its values and rows pre-printed help

    @property
    def blank(self) -> bool:
        """Printed to be filled by hand: nothing in it, or marked ``hand``."""
        return self.hand or not (self.values or self.tables or self.photos or self.number)


def _bad(path: Path, reason: str) -> errors.ValidationError:
    return errors.ValidationError(
        QT_TRANSLATE_NOOP("errors", "The form template {file} is not valid: {reason}"),
        file=path.name,
        reason=reason,
    )


def _block(raw: dict) -> SignatureBlock:
    lines = {"lines": tuple(str(line) for line in raw["lines"])} if "lines" in raw else {}
    return SignatureBlock(str(raw["label"]), seal=bool(raw.get("seal", False)), **lines)


def _section(path: Path, raw: dict) -> Section:
    kind = raw.get("kind")
    if kind not in KINDS:
        raise _bad(path, f"unknown section kind {kind!r}")
    try:
        return Section(
            kind=kind,
            title=str(raw.get("title", "")),
            key=str(raw.get("key", "")),
            fields=tuple(Field(**f) for f in raw.get("fields", [])),
            per_row=int(raw.get("per_row", 2)),
            columns=tuple(Column(**c) for c in raw.get("columns", [])),
            blank_rows=int(raw.get("blank_rows", 0)),
            height=float(raw.get("height", 30.0 if kind == "signatures" else 60.0)),
            blocks=tuple(_block(b) for b in raw.get("blocks", [])),
            lines=tuple(str(line) for line in raw.get("lines", [])),
            font_size=float(raw["font_size"]) if "font_size" in raw else None,
            on_blank=bool(raw.get("blank", True)),
        )
    except (TypeError, KeyError, ValueError) as error:
        raise _bad(path, f"section {kind}: {error}") from error


def load_template(name: str, folder: Path = FORMS) -> FormTemplate:
    """The template ``forms/<name>.toml``."""
    path = folder / f"{name}.toml"
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as error:
        raise errors.NotFound(
            QT_TRANSLATE_NOOP("errors", "There is no form template {file}."), file=str(path)
        ) from error
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise _bad(path, str(error)) from error
    if "title" not in raw:
        raise _bad(path, "no title")
    orientation = raw.get("orientation", "portrait")
    if orientation not in ("portrait", "landscape"):
        raise _bad(path, f"orientation must be portrait or landscape, not {orientation!r}")
    return FormTemplate(
        name=name,
        title=str(raw["title"]),
        orientation=orientation,
        font_size=float(raw.get("font_size", 9.5)),
        number_label=str(raw.get("number_label", "编号")),
        sections=tuple(_section(path, s) for s in raw.get("sections", [])),
    )
