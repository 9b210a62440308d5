"""A record's state as canonical JSON, and the SHA-256 hashes of states and entries.

The state of a record is every column as stored, read back from the database after the write
(so that what is hashed is what a later check reads): file contents (originals, previews,
thumbnails) as the SHA-256 of their bytes, computed by the database; secret columns as the
SHA-256 of their value. Values are normalised so that SQLite and PostgreSQL give the same text
(a time as ``2026-11-06 10:00:00.000000``, a decimal without trailing zeros); an empty value
(NULL) is left out, so a new column that starts empty changes no record's hash. The JSON has
sorted keys and no spaces.

An entry's hash covers the previous entry's hash and every field of the entry, its id
included: an entry edited, removed or moved breaks the chain where it stood.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from decimal import Decimal

from sqlalchemy import LargeBinary, Table, func, select

from supervisor.history import audited

GENESIS = "0" * 64
"""The previous hash of the first entry."""


def sha256_hex(data) -> str | None:
    """SQLite's ``sha256_hex(blob)`` (registered on every connection by the engine)."""
    if data is None:
        return None
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(bytes(data)).hexdigest()


def _blob_hash(column, dialect: str):
    if dialect == "postgresql":
        return func.encode(func.sha256(column), "hex")
    return func.sha256_hex(column)


def state_select(table: Table, dialect: str):
    """SELECT of every column of ``table``, with file contents as their SHA-256."""
    columns = [
        _blob_hash(c, dialect).label(c.name) if isinstance(c.type, LargeBinary) else c
        for c in table.columns
    ]
    return select(*columns)


def normalise(value):
    kind = type(value)
    if kind is str or kind is int or kind is bool or value is None:
        return value
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
        return value.isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f")
        return "0" if text in ("-0", "") else text
    if isinstance(value, float):
        return value if value == value and abs(value) != float("inf") else repr(value)
    if isinstance(value, dict):
        return {str(k): normalise(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [normalise(v) for v in value]
    if isinstance(value, (bytes, bytearray, memoryview)):
        return sha256_hex(value)
    return str(value)


def state_of(kind: str, row) -> dict:
    """The canonical state (a dict) of one row read with ``state_select`` (as a mapping)."""
    secret = audited.SECRET.get(kind, ())
    state = {}
    for name, value in zip(row.keys(), tuple(row.values())):
        if value is None:
            continue
        if name in secret:
            state[name] = sha256_hex(str(value))
        else:
            kind_of = type(value)
            state[name] = value if kind_of is str or kind_of is int else normalise(value)
    return state


def encode(value) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def entry_hash(entry: dict) -> str:
    """The hash of an entry (a mapping of the ``history`` columns), chained by ``prev_hash``."""
    fields = [
        str(entry["id"]), normalise(entry["at"]), entry["person"], entry["kind"], entry["row_key"],
        entry["uuid"] or "", entry["label"] or "", "" if entry["project_id"] is None else str(entry["project_id"]),
        entry["action"], entry["operation"] or "", entry["changes"], entry["state_hash"], entry["prev_hash"],
    ]
    return digest(encode(fields))


def json_loads(text: str):
    return json.loads(text)
