"""The Chinese font printed forms are set in.

A TrueType CJK font is embedded in the PDF as a subset, so the form looks the same on every
computer and printer. It is the one chosen in the settings when that file works, else the first
one found on the system (Windows: SimSun, SimHei, Microsoft YaHei; Linux: WenQuanYi, AR PL,
Droid Sans Fallback; macOS: the STHeiti and Arial Unicode files). reportlab reads TrueType
outlines only: OpenType/CFF fonts such as Noto Sans CJK are skipped. With none usable, forms
fall back to reportlab's built-in STSong-Light, which is not embedded: the reader supplies the
glyphs, and the user is told so.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from supervisor.i18n import QT_TRANSLATE_NOOP

FALLBACK = "STSong-Light"

# File names (lower case) of TrueType fonts with Chinese glyphs, best first.
KNOWN_FILES = (
    "simsun.ttc", "simsun.ttf", "simhei.ttf", "msyh.ttc", "msyh.ttf", "simkai.ttf", "simfang.ttf",
    "wqy-zenhei.ttc", "wqy-microhei.ttc", "uming.ttc", "ukai.ttc", "droidsansfallbackfull.ttf",
    "droidsansfallback.ttf", "stheiti light.ttc", "stheiti medium.ttc", "arial unicode.ttf",
)


@dataclass(frozen=True)
class FontChoice:
    """The font a form is set in: its reportlab name, its file, and what the user should know."""

    name: str
    path: Path | None
    embedded: bool
    warning: tuple[str, dict] | None = None  # a translatable message and its parameters

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


def system_candidates() -> list[Path]:
    """TrueType files that may hold Chinese glyphs, the best known names first."""
    found: dict[str, Path] = {}
    for folder in _font_dirs():
        for root, _dirs, files in os.walk(folder):
            for name in files:
                lower = name.lower()
                if lower in KNOWN_FILES and lower not in found:
                    found[lower] = Path(root) / name
    return [found[name] for name in KNOWN_FILES if name in found]


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
    return FontChoice(FALLBACK, None, False, warning)


def choose_font(configured: str | os.PathLike | None = None) -> FontChoice:
    """The font to print with: ``configured`` if usable, else the system's, else STSong-Light."""
    warning = None
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
                return FontChoice(name, path, True)
            warning = (
                QT_TRANSLATE_NOOP(
                    "forms",
                    "The font file {file} chosen for printing has no Chinese TrueType glyphs; "
                    "{fallback} is used instead.",
                ),
                {"file": str(path)},
            )
    for path in system_candidates():
        name = _register(path)
        if name is not None:
            if warning is not None:
                template, params = warning
                params = {**params, "fallback": path.name}
                warning = (template, params)
            return FontChoice(name, path, True, warning)
    message = QT_TRANSLATE_NOOP(
        "forms",
        "No Chinese TrueType font was found, so the PDF uses the reader's STSong font: it may look "
        "different, or show blanks, on another computer. Choose a font file (e.g. simsun.ttc) for printing.",
    )
    if warning is not None:
        template, params = warning
        return _fallback((template, {**params, "fallback": f"{FALLBACK} (not embedded)"}))
    return _fallback((message, {}))
