"""The Chinese typefaces printed forms are set in: Song (宋体) for the body, Hei (黑体) for titles.

As on government forms, body text is Song and titles and headings are Hei. Each is a TrueType
font embedded in the PDF as a subset, so the form looks the same on every computer and printer:
Windows has SimSun and SimHei; on Linux the Debian packages fonts-arphic-uming (AR PL UMing, a
Song) and fonts-wqy-zenhei (WenQuanYi Zen Hei, a Hei) provide them; macOS its STHeiti files.
reportlab reads TrueType outlines only (a collection by its sub-font index): OpenType/CFF fonts
such as Noto CJK are skipped. The body font may be chosen in the settings. Without a Song the
body is set in the Hei (or any Chinese TrueType font found), and the user is told so; with none
usable at all, forms fall back to reportlab's built-in STSong-Light, which is not embedded.

Fonts are read once per process: the folders are searched once, each file parsed once.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from supervisor.i18n import QT_TRANSLATE_NOOP

FALLBACK = "STSong-Light"

# File names (lower case) of TrueType fonts with Chinese glyphs, best first: Song, then Hei,
# then others that can set Chinese at a pinch.
SONG_FILES = ("simsun.ttc", "simsun.ttf", "nsimsun.ttf", "uming.ttc", "simfang.ttf")
HEI_FILES = (
    "simhei.ttf", "msyh.ttc", "msyh.ttf", "wqy-zenhei.ttc", "wqy-microhei.ttc", "stheiti medium.ttc",
    "stheiti light.ttc", "droidsansfallbackfull.ttf", "droidsansfallback.ttf",
)
KNOWN_FILES = (*SONG_FILES, *HEI_FILES, "simkai.ttf", "ukai.ttc", "arial unicode.ttf")


@dataclass(frozen=True)
class FontChoice:
    """The font a form is set in: its reportlab name, its file, and what the user should know."""

    name: str  # the body text's font (Song)
    path: Path | None
    embedded: bool
    warning: tuple[str, dict] | None = None  # a translatable message and its parameters
    heading: str = ""  # the titles' font (Hei); the body's when there is none
    heading_path: Path | None = None

    @property
    def title_font(self) -> str:
        return self.heading or self.name

    def warning_text(self, translate=None) -> str:
        if self.warning is None:
            return ""
        template, params = self.warning
        return (translate(template) if translate else template).format(**params)


_registered: dict[str, str] = {}  # file path -> reportlab font name


def _font_dirs() -> list[Path]:
    dirs: list[Path] = []
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR", r"C:\Windows")
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [Path("/System/Library/Fonts"), Path("/Library/Fonts"), Path.home() / "Library" / "Fonts"]
    else:
        dirs += [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".local/share/fonts",
                 Path.home() / ".fonts"]
    return [d for d in dirs if d.is_dir()]


_found: list[Path] | None = None


def system_candidates() -> list[Path]:
    """TrueType files that may hold Chinese glyphs, the best known names first (the folders
    are searched once per process)."""
    global _found
    if _found is None:
        found: dict[str, Path] = {}
        for folder in _font_dirs():
            for root, _dirs, files in os.walk(folder):
                for name in files:
                    lower = name.lower()
                    if lower in KNOWN_FILES and lower not in found:
                        found[lower] = Path(root) / name
        _found = [found[name] for name in KNOWN_FILES if name in found]
    return list(_found)


def _first_usable(paths, names: tuple[str, ...]) -> tuple[str, Path] | None:
    for path in paths:
        if path.name.lower() in names:
            name = _register(path)
            if name is not None:
                return name, path
    return None


def _register(path: Path) -> str | None:
    """Register ``path`` with reportlab; its font name, or None if it cannot set Chinese."""
    key = str(path)
    if key in _registered:
        return _registered[key]
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    name = f"CJK-{len(_registered) + 1}-{path.stem}"
    try:
        font = TTFont(name, key, subfontIndex=0) if path.suffix.lower() == ".ttc" else TTFont(name, key)
    except (TTFError, OSError, ValueError, KeyError, IndexError, AssertionError):
        return None
    if 0x4E2D not in font.face.charToGlyph:  # 中: no Chinese in this font
        return None
    pdfmetrics.registerFont(font)
    _registered[key] = name
    return name


def _fallback(warning: tuple[str, dict] | None) -> FontChoice:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FALLBACK not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK))
    return FontChoice(FALLBACK, None, False, warning, FALLBACK)


def choose_font(configured: str | os.PathLike | None = None) -> FontChoice:
    """The fonts to print with: ``configured`` (else the system's Song) for the body, the
    system's Hei for titles; STSong-Light when there is no usable TrueType font at all."""
    warning = None
    body: tuple[str, Path] | None = None
    if configured:
        path = Path(configured).expanduser()
        if not path.is_file():
            warning = (
                QT_TRANSLATE_NOOP("forms", "The font file {file} chosen for printing was not found; {fallback} is used instead."),
                {"file": str(path)},
            )
        else:
            name = _register(path)
            if name is not None:
                body = (name, path)
            else:
                warning = (
                    QT_TRANSLATE_NOOP(
                        "forms",
                        "The font file {file} chosen for printing has no Chinese TrueType glyphs; "
                        "{fallback} is used instead.",
                    ),
                    {"file": str(path)},
                )
    candidates = system_candidates()
    heading = _first_usable(candidates, HEI_FILES)
    if body is None:
        body = _first_usable(candidates, SONG_FILES)
        if body is None:
            body = heading or _first_usable(candidates, KNOWN_FILES)
            if body is not None and warning is None:
                warning = (
                    QT_TRANSLATE_NOOP(
                        "forms",
                        "No Song typeface (SimSun, or AR PL UMing from the package fonts-arphic-uming) was "
                        "found, so the body text of forms is set in {fallback}.",
                    ),
                    {},
                )
        if body is not None and warning is not None:
            template, params = warning
            warning = (template, {**params, "fallback": body[1].name})
    if body is not None:
        title = heading or body
        return FontChoice(body[0], body[1], True, warning, title[0], title[1])
    message = QT_TRANSLATE_NOOP(
        "forms",
        "No Chinese TrueType font was found, so the PDF uses the reader's STSong font: it may look "
        "different, or show blanks, on another computer. Choose a font file (e.g. simsun.ttc) for printing.",
    )
    if warning is not None:
        template, params = warning
        return _fallback((template, {**params, "fallback": f"{FALLBACK} (not embedded)"}))
    return _fallback((message, {}))
