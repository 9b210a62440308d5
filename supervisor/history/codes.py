"""Verification codes printed on forms (核验码): which form, about which record, printed when the
history stood at which entry — bound to that entry's hash — and checking one later.

A code is Crockford base32 (digits and letters without I, L, O, U), in groups of four joined
by "-", for example ``1371-5PKG-M3QD-X2Y7-A``. Its characters, in order:

- the form (one character: ``FORM_NUMBERS``; the opinion register has one per round);
- how many characters the record's id takes (one), then the record's id: the site check, the
  rectification item, the compound, or the project for a project-wide form;
- the id of the last history entry when the form was printed (the rest up to the last nine);
- the binding: the first 40 bits of SHA-256 over the form, the record, that entry's id and
  that entry's hash (eight characters);
- a check character (Luhn mod 32 over everything before it): a mistyped character or two
  neighbours swapped are caught before the database is asked.

Typing is forgiving: lower case, spaces and dashes, O for 0, I and L for 1, full-width
characters, and a leading "核验码：" are all accepted.

``verify(session, code)`` gives a ``Verdict``: the code is not one (mistyped, made up); it is
not from this database (its entry is not there, or its binding does not match that entry's
hash: printed elsewhere, or this history was rewritten since); the form's records are unchanged
since printing; they changed — the entries after the printed one that concern them, each with
who, when and old → new; or the history itself was tampered with (an entry that does not match
its hash, a record that differs from its last entry). ``supervisor.history.scope`` says which
records each form is about.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from supervisor.history import audited, canonical
from supervisor.history.reading import Entry
from supervisor.history.schema import HistoryEntry, HistoryHead
from supervisor.i18n import QT_TRANSLATE_NOOP

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {char: index for index, char in enumerate(ALPHABET)}
_TYPED = {"O": "0", "I": "1", "L": "1"}
BINDING_CHARS = 8  # 40 bits
GROUP = 4
MAX_RECORD_CHARS = 7

FORM_NUMBERS: dict[tuple[str, int], int] = {
    ("procedure", 1): 0, ("site-check", 1): 1, ("rectification", 1): 2, ("acceptance", 1): 3,
    ("opinions", 1): 4, ("opinions", 2): 5, ("satisfaction", 1): 6, ("site-checks", 1): 7,
}
"""The form (and round, for the opinion register) each first character stands for. Numbers
are never reused: a printed code keeps its meaning."""
_FORMS_BY_NUMBER = {number: key for key, number in FORM_NUMBERS.items()}
ROUNDS = {"opinions"}
"""Forms printed per consultation round."""

FORM_TITLES = {
    "procedure": QT_TRANSLATE_NOOP("forms", "Implementation procedure sheet"),
    "site-check": QT_TRANSLATE_NOOP("forms", "Site check record"),
    "rectification": QT_TRANSLATE_NOOP("forms", "Rectification notice"),
    "acceptance": QT_TRANSLATE_NOOP("forms", "Item-by-item acceptance record"),
    "opinions": QT_TRANSLATE_NOOP("forms", "Resident opinion register"),
    "satisfaction": QT_TRANSLATE_NOOP("forms", "Satisfaction survey register"),
    "site-checks": QT_TRANSLATE_NOOP("forms", "Site check register"),
}
"""The forms' titles (the same words as the Forms menu's)."""

# --- the code's text ----------------------------------------------------------------------


def _digits(number: int) -> str:
    if number < 0:
        raise ValueError(number)
    text = ""
    while True:
        number, rest = divmod(number, 32)
        text = ALPHABET[rest] + text
        if number == 0:
            return text


def _number(text: str) -> int:
    value = 0
    for char in text:
        value = value * 32 + _VALUE[char]
    return value


def _luhn(text: str) -> str:
    """The Luhn mod 32 check character of ``text``."""
    factor, total = 2, 0
    for char in reversed(text):
        addend = factor * _VALUE[char]
        factor = 1 if factor == 2 else 2
        total += addend // 32 + addend % 32
    return ALPHABET[(32 - total % 32) % 32]


def binding(form_number: int, record: int, head_id: int, head_hash: str) -> str:
    """The eight characters binding a code to the history entry it names."""
    text = f"supervisor-form-code|{form_number}|{record}|{head_id}|{head_hash}"
    bits = int.from_bytes(hashlib.sha256(text.encode("ascii")).digest()[:5], "big")
    return _digits(bits).rjust(BINDING_CHARS, "0")


def grouped(compact: str) -> str:
    return "-".join(compact[i:i + GROUP] for i in range(0, len(compact), GROUP))


def encode(form: str, round_: int, record: int, head_id: int, head_hash: str) -> str:
    """The code of ``form`` about ``record`` printed when the history ended at ``head_id``."""
    number = FORM_NUMBERS[(form, round_ if form in ROUNDS else 1)]
    record_text = _digits(record)
    if len(record_text) > MAX_RECORD_CHARS:
        raise ValueError(f"record id {record} too large for a code")
    body = (ALPHABET[number] + ALPHABET[len(record_text)] + record_text + _digits(head_id)
            + binding(number, record, head_id, head_hash))
    return grouped(body + _luhn(body))


@dataclass(frozen=True)
class Parsed:
    form: str
    round: int
    record: int
    head_id: int
    binding: str
    compact: str

    @property
    def form_number(self) -> int:
        return FORM_NUMBERS[(self.form, self.round)]

    @property
    def text(self) -> str:
        return grouped(self.compact)


class NotACode(ValueError):
    """What is wrong with a typed code: a message template and its parameters."""

    def __init__(self, template: str, **params):
        super().__init__(template.format(**params))
        self.message = Message(template, tuple(params.items()))


def normalise(typed: str) -> str:
    """What was typed or scanned, as the code's characters (no dashes; may still be wrong)."""
    text = unicodedata.normalize("NFKC", typed or "").strip()
    for colon in (":", "："):
        if colon in text:
            text = text.rsplit(colon, 1)[1]
    text = "".join(char for char in text.upper() if not char.isspace() and char not in "-_–—")
    return "".join(_TYPED.get(char, char) for char in text)


def parse(typed: str) -> Parsed:
    """The parts of a typed code; raises ``NotACode`` saying what is wrong with it."""
    compact = normalise(typed)
    if not compact:
        raise NotACode(QT_TRANSLATE_NOOP("codes", "Type the verification code printed beside the QR code (核验码)."))
    for char in compact:
        if char not in _VALUE:
            raise NotACode(QT_TRANSLATE_NOOP("codes", "“{code}” is not a verification code: it has the character “{char}”, "
                                       "which codes do not use. Check what was typed against the paper."),
                           code=typed.strip(), char=char)
    shortest = 2 + 1 + 1 + BINDING_CHARS + 1
    record_chars = _VALUE[compact[1]] if len(compact) > 1 else 0
    if len(compact) < shortest or not 1 <= record_chars <= MAX_RECORD_CHARS \
            or len(compact) < 2 + record_chars + 1 + BINDING_CHARS + 1:
        raise NotACode(QT_TRANSLATE_NOOP("codes", "“{code}” is not a verification code: it is too short or incomplete. "
                                   "Check what was typed against the paper."), code=typed.strip())
    if _luhn(compact[:-1]) != compact[-1]:
        raise NotACode(QT_TRANSLATE_NOOP("codes", "“{code}” is not a verification code: a character is wrong or two are "
                                   "swapped. Check what was typed against the paper."), code=grouped(compact))
    form = _FORMS_BY_NUMBER.get(_VALUE[compact[0]])
    if form is None:
        raise NotACode(QT_TRANSLATE_NOOP("codes", "“{code}” names no form this version of Supervisor prints. Check what was "
                                   "typed, or verify it with a newer version."), code=grouped(compact))
    record_end = 2 + record_chars
    return Parsed(
        form=form[0], round=form[1], record=_number(compact[2:record_end]),
        head_id=_number(compact[record_end:-1 - BINDING_CHARS]),
        binding=compact[-1 - BINDING_CHARS:-1], compact=compact,
    )


# --- making a code ------------------------------------------------------------------------


def head(session: Session) -> tuple[int, str]:
    """The chain's head as this session sees it: (last entry id, its hash)."""
    row = session.execute(select(HistoryHead.last_id, HistoryHead.last_hash).where(HistoryHead.id == 1)).first()
    return (row[0], row[1]) if row else (0, canonical.GENESIS)


def make(session: Session, form: str, record: int, round_: int = 1) -> str:
    """The code for ``form`` about ``record`` (the project, for a project-wide form) as the
    records read in ``session`` stand: call it in the session that reads the form's data."""
    head_id, head_hash = head(session)
    return encode(form, round_, record, head_id, head_hash)


# --- the verdict --------------------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    """A sentence to show: an English template (translated by the window, context "codes")
    and its parameters."""

    template: str
    params: tuple = ()

    def text(self, translate: Callable[[str], str] | None = None) -> str:
        template = translate(self.template) if translate else self.template
        return template.format(**dict(self.params))


INVALID, UNKNOWN, UNCHANGED, CHANGED, TAMPERED = "invalid", "unknown", "unchanged", "changed", "tampered"
EXIT_CODES = {UNCHANGED: 0, CHANGED: 1, TAMPERED: 1, UNKNOWN: 2, INVALID: 2}


@dataclass(frozen=True)
class Verdict:
    """What a code says about this database. ``status``: invalid (not a code: mistyped or made
    up), unknown (not printed from this database, or its history was rewritten since),
    unchanged, changed (``changes``: the entries after printing about the form's records,
    oldest first) or tampered (``problems``: the history or the records were changed outside
    the application; ``changes`` as far as the history can still tell)."""

    status: str
    headline: Message
    code: str = ""
    form: str = ""
    round: int = 1
    record: int | None = None
    subject: str = ""  # the record's number or name as printed
    head_id: int = 0
    head_at: dt.datetime | None = None  # the time of the last change before printing (UTC)
    changes: tuple[Entry, ...] = ()
    problems: tuple[Message, ...] = field(default=())

    @property
    def exit_code(self) -> int:
        return EXIT_CODES[self.status]

    @property
    def form_title(self) -> str:
        return FORM_TITLES.get(self.form, self.form)


def parse_only(typed: str) -> Verdict | None:
    """The verdict on a code that is not one (no database needed), else None."""
    try:
        parse(typed)
    except NotACode as error:
        return Verdict(INVALID, error.message, code=(typed or "").strip())
    return None


def verify(session: Session, typed: str, progress: Callable[[int, int], None] | None = None) -> Verdict:
    """What the code ``typed`` says about the database read by ``session``."""
    from supervisor.history import scope

    try:
        parsed = parse(typed)
    except NotACode as error:
        return Verdict(INVALID, error.message, code=(typed or "").strip())
    last_id, last_hash = head(session)
    base = dict(code=parsed.text, form=parsed.form, round=parsed.round, record=parsed.record,
                head_id=parsed.head_id)
    if parsed.head_id > last_id:
        return Verdict(UNKNOWN, Message(QT_TRANSLATE_NOOP(
            "codes", "This code was not printed from this database: it names history entry {entry}, and the "
                     "history here ends at entry {last}. It may come from another database, or from a later "
                     "state of this one (was an older backup restored?)."),
            (("entry", parsed.head_id), ("last", last_id))), **base)
    printed = _entry_row(session, parsed.head_id)
    printed_hash = printed.hash if printed is not None else canonical.GENESIS
    if parsed.head_id > 0 and printed is None:
        return Verdict(TAMPERED, Message(QT_TRANSLATE_NOOP(
            "codes", "The history was changed after this form was printed: history entry {entry}, the last "
                     "one when it was printed, has been removed."), (("entry", parsed.head_id),)),
            problems=(Message(QT_TRANSLATE_NOOP("codes", "History entry {entry} is missing."), (("entry", parsed.head_id),)),),
            **base)
    found = scope.gather(session, parsed.form, parsed.round, parsed.record, parsed.head_id)
    problems = _chain_problems(session, min([parsed.head_id, *found.last_entries]), last_id, last_hash, progress)
    subject = _subject(session, found.main, parsed.head_id)
    base.update(subject=subject, head_at=printed.at if printed is not None else None)
    if binding(parsed.form_number, parsed.record, parsed.head_id, printed_hash) != parsed.binding:
        if problems:
            return Verdict(TAMPERED, _tampered(), problems=tuple(problems), **base)
        return Verdict(UNKNOWN, Message(QT_TRANSLATE_NOOP(
            "codes", "This code does not match this database's history: it was not printed from this database, "
                     "or the history was rewritten after it was printed.")), **base)
    problems += found.problems
    changes = tuple(found.changes)
    if problems:
        return Verdict(TAMPERED, _tampered(), changes=changes, problems=tuple(problems), **base)
    params = (("form", FORM_TITLES[parsed.form]), ("subject", subject), ("count", len(changes)))
    if changes:
        return Verdict(CHANGED, Message(QT_TRANSLATE_NOOP(
            "codes", "Changed since it was printed: {form} {subject} has {count} change(s) recorded after printing."), params), changes=changes, **base)
    return Verdict(UNCHANGED, Message(QT_TRANSLATE_NOOP(
        "codes", "Unchanged: {form} {subject} is as it was printed; nothing about it has changed since, and "
                 "its history is intact."), params), **base)


def _tampered() -> Message:
    return Message(QT_TRANSLATE_NOOP("codes", "The history was changed after this form was printed, outside the application: "
                               "what the paper shows can no longer be vouched for. Run 'supervisor check' on "
                               "the database."))


def _entry_row(session: Session, entry_id: int):
    if entry_id <= 0:
        return None
    return session.scalar(select(HistoryEntry).where(HistoryEntry.id == entry_id))


def _subject(session: Session, main: tuple[str, str], upto: int) -> str:
    """The main record's number or name as it stood when printed (or later, if it was new)."""
    kind, key = main
    table = HistoryEntry.__table__
    query = select(table.c.label).where(table.c.kind == kind, table.c.row_key == key)
    label = session.scalar(query.where(table.c.id <= upto).order_by(table.c.id.desc()).limit(1))
    if label is None:
        label = session.scalar(query.order_by(table.c.id).limit(1))
    return label or f"#{key}"


def _chain_problems(session: Session, start: int, last_id: int, last_hash: str,
                    progress: Callable[[int, int], None] | None) -> list[Message]:
    """The chain from entry ``start`` to its head: each entry's hash, each link, no gap."""
    table = HistoryEntry.__table__
    problems: list[Message] = []
    start = max(start, 1)
    previous_id, previous_hash = start - 1, None
    if start > 1:
        previous_hash = session.scalar(select(table.c.hash).where(table.c.id == start - 1))
    elif start == 1:
        previous_hash = canonical.GENESIS
    total = max(last_id - start + 1, 0)
    result = session.connection().execute(
        select(table).where(table.c.id >= start).order_by(table.c.id).execution_options(yield_per=2000))
    for count, row in enumerate(result, 1):
        entry = row._mapping
        if row.id != previous_id + 1:
            problems.append(Message(QT_TRANSLATE_NOOP("codes", "History entries {first}–{last} are missing."),
                                    (("first", previous_id + 1), ("last", row.id - 1))))
        if canonical.entry_hash(entry) != row.hash:
            problems.append(Message(QT_TRANSLATE_NOOP("codes", "History entry {entry} ({what} {record}) was changed after it "
                                                "was written."),
                                    (("entry", row.id), ("what", audited.KIND_NAMES.get(row.kind, row.kind)),
                                     ("record", row.label))))
        elif previous_hash is not None and row.prev_hash != previous_hash:
            problems.append(Message(QT_TRANSLATE_NOOP("codes", "History entry {entry} does not follow entry {previous}: entries "
                                                "were removed or reordered."),
                                    (("entry", row.id), ("previous", previous_id))))
        previous_id, previous_hash = row.id, row.hash
        if progress is not None and count % 5000 == 0:
            progress(count, total)
    if (previous_id, previous_hash) != (last_id, last_hash) and not (last_id == 0 and previous_id == 0):
        problems.append(Message(QT_TRANSLATE_NOOP("codes", "The history ends at entry {end}, but its head names entry {head}."),
                                (("end", previous_id), ("head", last_id))))
    return problems
