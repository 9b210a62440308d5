"""Copies for posting (公示): phone numbers and ID numbers masked in any printed text.

A form or ledger meant for a notice board must not show residents' numbers in full. ``mask``
keeps enough to recognise one's own entry (the first three and last four digits of a mobile,
138****5678; the area code and last four digits of a landline, 0571-****5678; the first six and
last four characters of an 18-digit ID number) and hides the rest. Anything else is left as is.
"""

from __future__ import annotations

import re

_MOBILE = re.compile(r"(?<![0-9０-９])(1[3-9]\d)[ -]?(\d{4})[ -]?(\d{4})(?![0-9０-９])")
_ID = re.compile(r"(?<![0-9A-Za-z])(\d{6})(\d{8})(\d{3}[0-9Xx])(?![0-9A-Za-z])")
_LANDLINE = re.compile(r"(?<![0-9])(0\d{2,3})[-－ ](\d{3,4})(\d{4})(?![0-9])")


def mask(text: str | None) -> str:
    """``text`` with every mobile, landline and ID number in it masked."""
    if not text:
        return text or ""
    text = _ID.sub(lambda m: f"{m.group(1)}{'*' * 8}{m.group(3)[-4:]}", text)
    text = _MOBILE.sub(lambda m: f"{m.group(1)}****{m.group(3)}", text)
    return _LANDLINE.sub(lambda m: f"{m.group(1)}-{'*' * len(m.group(2))}{m.group(3)}", text)


def masked(value, public: bool):
    """``value`` masked when it is text and the copy is for posting; else unchanged."""
    return mask(value) if public and isinstance(value, str) else value
