"""The Simplified Chinese translation: complete, faithful to its placeholders, compiled.

Reads ``resources/translations/supervisor_zh_CN.ts`` (Qt Linguist XML) and checks every message,
then that the committed ``.qm`` is what ``pyside6-lrelease`` makes of the ``.ts`` today. Each test
checks all messages for one rule and names every offending message in its one failure.
No widgets: only ``PySide6.QtCore``.
"""

from __future__ import annotations

import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
TS = TRANSLATIONS / "supervisor_zh_CN.ts"
QM = TRANSLATIONS / "supervisor_zh_CN.qm"


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str | None
    numerus: bool
    translation_type: str | None
    forms: tuple[str, ...]  # the numerus forms, or the one translation

    @property
    def label(self) -> str:
        return f"[{self.context}] {self.source!r}"


def load_messages() -> list[Message]:
    root = ET.parse(TS).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                kind, forms = "no <translation> element", ()
            elif numerus:
                kind = translation.get("type")
                forms = tuple(form.text or "" for form in translation.findall("numerusform"))
            else:
                kind, forms = translation.get("type"), (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment"),
                    numerus=numerus,
                    translation_type=kind,
                    forms=forms,
                )
            )
    return messages


MESSAGES = load_messages()


def placeholders(text: str) -> set[str]:
    """The ``str.format`` fields in ``text``: ``{name}`` -> ``name``."""
    return {field for _literal, field, _spec, _conv in string.Formatter().parse(text) if field is not None}


def accelerator(text: str) -> str | None:
    """The letter after a single ``&`` (``&&`` is a literal ampersand), upper-cased."""
    match = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return match.group(1).upper() if match else None


def report(offenders: list[str], what: str, checked: int = len(MESSAGES)) -> str:
    """One failure message naming every offender, one per line."""
    return f"{len(offenders)} of {checked} messages {what}:\n  " + "\n  ".join(offenders)


def test_the_file_has_messages():
    assert len(MESSAGES) > 200
    assert ET.parse(TS).getroot().get("language") == "zh_CN"


def test_every_message_is_translated():
    """No message is unfinished, vanished or obsolete, and no translation (or form) is empty."""
    offenders = []
    for message in MESSAGES:
        if message.translation_type is not None:
            offenders.append(f"{message.label}: {message.translation_type}")
        elif not message.forms:
            offenders.append(f"{message.label}: no translation")
        elif not all(form.strip() for form in message.forms):
            offenders.append(f"{message.label}: empty translation")
    if offenders:
        pytest.fail(report(offenders, "lack a finished translation"), pytrace=False)


def test_placeholders_are_kept():
    offenders = []
    for message in MESSAGES:
        expected = placeholders(message.source)
        for form in message.forms:
            if placeholders(form) != expected:
                offenders.append(
                    f"{message.label}: {sorted(placeholders(form))} in {form!r}, expected {sorted(expected)}"
                )
    if offenders:
        pytest.fail(report(offenders, "change their {placeholders}"), pytrace=False)


def test_numerus_messages_keep_count():
    numerus = [m for m in MESSAGES if m.numerus]
    offenders = []
    for message in numerus:
        if "%n" not in message.source:
            offenders.append(f"{message.label}: no %n in the source")
        if len(message.forms) != 1:
            offenders.append(f"{message.label}: {len(message.forms)} forms (Chinese has one plural form)")
        elif "%n" not in message.forms[0]:
            offenders.append(f"{message.label}: no %n in {message.forms[0]!r}")
    if offenders:
        pytest.fail(report(offenders, "lose their count", len(numerus)), pytrace=False)


def test_accelerators_line_breaks_and_ellipses_are_kept():
    offenders = []
    for message in MESSAGES:
        for form in message.forms:
            if accelerator(form) != accelerator(message.source):
                offenders.append(
                    f"{message.label}: accelerator {accelerator(form)!r} in {form!r}, "
                    f"expected {accelerator(message.source)!r}"
                )
            if form.count("\n") != message.source.count("\n"):
                offenders.append(
                    f"{message.label}: {form.count(chr(10))} line breaks in {form!r}, "
                    f"expected {message.source.count(chr(10))}"
                )
            if ("…" in form) != ("…" in message.source):
                offenders.append(f"{message.label}: ellipsis added or lost in {form!r}")
    if offenders:
        pytest.fail(report(offenders, "change an accelerator, line breaks or an ellipsis"), pytrace=False)


def lrelease() -> Path | None:
    folder = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (folder / name).exists():
            return folder / name
    return None


def test_committed_qm_is_up_to_date(tmp_path):
    tool = lrelease()
    if tool is None:
        pytest.skip(f"pyside6-lrelease not found next to {sys.executable}")
    output = tmp_path / "supervisor_zh_CN.qm"
    result = subprocess.run(
        [str(tool), str(TS), "-qm", str(output)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert output.read_bytes() == QM.read_bytes(), (
        "resources/translations/supervisor_zh_CN.qm is stale: run "
        "pyside6-lrelease resources/translations/supervisor_zh_CN.ts -qm resources/translations/supervisor_zh_CN.qm"
    )


def test_committed_qm_gives_every_translation():
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(QM)), f"cannot load {QM}"
    offenders = []
    for message in MESSAGES:
        n = 5 if message.numerus else -1
        got = translator.translate(message.context, message.source, message.comment, n)
        expected = message.forms[0] if message.forms else ""
        if got != expected:
            offenders.append(f"{message.label}: the .qm gives {got!r}, the .ts {expected!r}")
    if offenders:
        pytest.fail(report(offenders, "translate differently in the committed .qm"), pytrace=False)


def test_every_string_in_the_sources_is_in_the_ts(tmp_path):
    """A string added to the code but never run through lupdate would show in English."""
    tool = lrelease()
    lupdate = tool.with_name(tool.name.replace("lrelease", "lupdate")) if tool else None
    if lupdate is None or not lupdate.exists():
        pytest.skip(f"pyside6-lupdate not found next to {sys.executable}")
    root = Path(__file__).resolve().parent.parent
    sources = sorted(str(p) for p in (root / "supervisor").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    result = subprocess.run(
        [str(lupdate), *sources, "-ts", str(fresh)], capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    known = {(m.context, m.source, m.comment) for m in MESSAGES}
    missing = []
    for context in ET.parse(fresh).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment"))
            if key not in known:
                missing.append(f"[{key[0]}] {key[1]!r}")
    if missing:
        pytest.fail(
            f"{len(missing)} strings are not in supervisor_zh_CN.ts (run make translations):\n  "
            + "\n  ".join(missing),
            pytrace=False,
        )


def test_no_string_is_marked_inside_an_f_string():
    """lupdate cannot see ``tr("...")`` inside an f-string's braces: such text stays English."""
    root = Path(__file__).resolve().parent.parent / "supervisor"
    pattern = re.compile(r"""\bf(["'])[^\n]*?\{[^}\n]*\b(tr|translate)\(\s*["']""")
    found = [
        f"{path.relative_to(root.parent)}:{number}"
        for path in sorted(root.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert not found, "move the tr() call out of the f-string: " + ", ".join(found)
