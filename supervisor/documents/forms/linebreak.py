"""Breaking text into lines by the Chinese rules (禁则): the one place where forms wrap text.

- Closing punctuation (，。、；：！？）》」 …) never starts a line and an opening bracket (（《「 …)
  never ends one: each is bound to the character beside it.
- Numbers, codes (ZG-2026-04001, 2026-11-06, 12:30, 3.5m²) and Latin words stay whole; only a
  run wider than the whole line is cut, where it must.
- A line breaks preferably at its last space or marked word boundary (U+200B, written into our
  own column headings), so that the words they separate stay whole; else after punctuation
  that falls late enough in the line; else between any two Chinese characters, as Chinese does.
- A paragraph does not end on a lone character: the line before gives it a companion
  ("开工前准/备" becomes "开工前/准备").

``break_lines(text, width, measure)`` takes the width of a character from ``measure`` (in the
same unit as ``width``) and returns the lines; explicit line breaks are kept.
"""

from __future__ import annotations

import re
from typing import Callable

CLOSING = frozenset("，。、；：？！）］｝〕〉》」』】〗〙〛”’…—～·‥％‰℃,.;:?!)]}%»›")
OPENING = frozenset("（［｛〔〈《「『【〖〘〚“‘([{«‹")
AFTER_GOOD = frozenset("，。、；：？！,;:?!")  # a break right after these reads naturally
WORD_BREAK = "\u200b"  # a marked word boundary: no width, a good place to break
GOOD_FROM = 0.6  # a good break is taken when what stays on the line fills this share of it

_TOKEN = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9\-./:_+#&'×]*[A-Za-z0-9%‰℃²³])?| +|\u200b|.", re.S)


def tokens(paragraph: str) -> list[str]:
    """``paragraph`` cut into the pieces a line may break between ("" stands for a marked word
    boundary, " " runs for spaces)."""
    out: list[str] = []
    opening = ""
    for piece in _TOKEN.findall(paragraph):
        if piece == WORD_BREAK:
            if out and out[-1] != "":
                out.append("")
            continue
        if piece[0] in CLOSING and out and out[-1] and not out[-1].isspace():
            out[-1] += piece
            continue
        if len(piece) == 1 and piece in OPENING:
            opening += piece
            continue
        if opening and not piece.isspace():
            piece, opening = opening + piece, ""
        out.append(piece)
    if opening:
        out.append(opening)
    return out


def break_lines(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """``text`` in lines no wider than ``width`` (see the module's docstring)."""
    lines: list[str] = []
    for paragraph in (text or "").split("\n"):
        if sum(map(measure, paragraph)) <= width:
            lines.append(paragraph.replace(WORD_BREAK, ""))
        else:
            lines += _paragraph(tokens(paragraph), width, measure)
    return lines


def _paragraph(pieces: list[str], width: float, measure: Callable[[str], float]) -> list[str]:
    sizes: dict[str, float] = {}

    def size(piece: str) -> float:
        w = sizes.get(piece)
        if w is None:
            w = sizes[piece] = sum(map(measure, piece))
        return w

    lines: list[list[str]] = []
    line: list[str] = []
    used = 0.0
    for piece in pieces:
        if piece == "" or piece.isspace():
            if line:
                line.append(piece)
                used += size(piece)
            continue
        w = size(piece)
        if used + w <= width or not _has_text(line):
            line.append(piece)
            used += w
        else:
            cut = _break_point(line, width, size)
            lines.append(line[:cut])
            line = _strip(line[cut:]) + [piece]
            used = sum(size(p) for p in line)
        while used > width and len(line) == 1:  # a single run wider than the line: cut it
            head, tail = _cut(line[0], width, measure)
            lines.append([head])
            line = [tail] if tail else []
            used = size(tail)
    if _has_text(line):
        lines.append(line)
    _companion_for_a_lone_last_character(lines)
    return ["".join(_strip(line)).strip(" ") for line in lines]


def _has_text(line: list[str]) -> bool:
    return any(p and not p.isspace() for p in line)


def _strip(line: list[str]) -> list[str]:
    start, end = 0, len(line)
    while start < end and (line[start] == "" or line[start].isspace()):
        start += 1
    while end > start and (line[end - 1] == "" or line[end - 1].isspace()):
        end -= 1
    return line[start:end]


def _break_point(line: list[str], width: float, size) -> int:
    """Where ``line`` (which fits) ends when the next piece does not fit: after its last piece,
    or at an earlier good break late enough in the line."""
    kept = 0.0
    good = None
    for index, piece in enumerate(line[:-1], 1):
        kept += size(piece)
        following = line[index]
        if following == "" or following.isspace() or piece[-1:] in AFTER_GOOD and kept >= GOOD_FROM * width:
            good = index
    return good if good is not None else len(line)


def _cut(piece: str, width: float, measure) -> tuple[str, str]:
    used = 0.0
    for index, char in enumerate(piece):
        used += measure(char)
        if used > width and index > 0:
            return piece[:index], piece[index:]
    return piece, ""


def _companion_for_a_lone_last_character(lines: list[list[str]]) -> None:
    if len(lines) < 2:
        return
    last = _strip(lines[-1])
    before = _strip(lines[-2])
    lone = len(last) == 1 and len(last[0].rstrip("".join(CLOSING))) == 1 and not last[0].isascii()
    if lone and len(before) >= 3 and not before[-1].isascii():
        lines[-2] = before[:-1]
        lines[-1] = [before[-1], *last]
