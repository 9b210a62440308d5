"""Text search over site checks and rectification items, for Chinese as well as Latin text.

On SQLite the searchable columns are indexed by FTS5 trigram tables (``site_check_fts``,
``rectification_fts``, kept in step by triggers, see migration 0002). A trigram index finds any
substring of three or more characters; most Chinese words are two characters (防水, 渗漏) and
never match a trigram query, so shorter words are looked up with ``LIKE`` on the base table.

On PostgreSQL every word is looked up with ``ILIKE '%word%'``, which the GIN trigram indexes
of ``pg_trgm`` serve (migration 0002; for Chinese they need a database whose ``LC_CTYPE`` is not
``C``). Latin letters match whatever their case on both: SQLite's ``LIKE`` and its trigram
tables ignore ASCII case, PostgreSQL's ``ILIKE`` ignores case. NUL characters, which a database
cannot hold in text, are dropped from the search text.

A search text of several words separated by spaces finds records containing every word.
"""

from __future__ import annotations

import re

from sqlalchemy import Boolean, and_, bindparam, literal_column, not_, or_, select, table
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement, Grouping
from sqlalchemy.sql.visitors import InternalTraversal

# The base-table columns each full-text table covers (the same as in migration 0002).
SEARCH_COLUMNS: dict[str, tuple[str, ...]] = {
    "site_check": ("location_text", "description", "inspector", "work_type"),
    "rectification": ("number", "location_text", "problem", "requirement", "responsible_party"),
}

TRIGRAM = 3
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def fts_quote(term: str) -> str:
    """``term`` as one FTS5 string: in double quotes, inner double quotes doubled.

    Inside an FTS5 string nothing is syntax (``*``, ``-``, ``AND``, ``NEAR``, parentheses and
    colons are plain characters), so user input cannot break the query.
    """
    return '"' + term.replace('"', '""') + '"'


def like_pattern(term: str) -> str:
    """``%term%`` with ``\\``, ``%`` and ``_`` escaped (use with ``escape="\\\\"``)."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class _TextMatch(ColumnElement[bool]):
    """A condition compiled as the full-text lookup on SQLite and as ``LIKE`` elsewhere."""

    type = Boolean()
    inherit_cache = True
    _traverse_internals = [
        ("fts", InternalTraversal.dp_clauseelement),
        ("like", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, fts: ColumnElement[bool], like: ColumnElement[bool]):
        self.fts = fts
        self.like = like

    def self_group(self, against=None):
        # Inside AND/OR/NOT: parenthesised, and never compared with 1 like a boolean column.
        return Grouping(self) if against is not None else self

    def _negate(self):
        return _TextMatch(not_(self.fts), not_(self.like))


class _Contains(ColumnElement[bool]):
    """``column`` contains the ``LIKE`` pattern: ``LIKE`` on SQLite (ASCII case ignored there
    already), ``ILIKE`` elsewhere (PostgreSQL: case ignored, served by the trigram index)."""

    type = Boolean()
    inherit_cache = True
    _traverse_internals = [
        ("exact", InternalTraversal.dp_clauseelement),
        ("folded", InternalTraversal.dp_clauseelement),
    ]

    def __init__(self, column, pattern: str):
        self.exact = column.like(pattern, escape="\\")
        # A word without letters that have a case (Chinese) needs no case folding: LIKE finds
        # the same rows as ILIKE, without lower-casing every value it reads.
        caseless = pattern.lower() == pattern.upper()
        self.folded = self.exact if caseless else column.ilike(pattern, escape="\\")

    def self_group(self, against=None):
        return Grouping(self) if against is not None else self


@compiles(_Contains)
def _compile_ilike(element: _Contains, compiler, **kw) -> str:
    return compiler.process(element.folded, **kw)


@compiles(_Contains, "sqlite")
def _compile_sqlite_like(element: _Contains, compiler, **kw) -> str:
    return compiler.process(element.exact, **kw)


@compiles(_TextMatch)
def _compile_like(element: _TextMatch, compiler, **kw) -> str:
    return compiler.process(element.like, **kw)


@compiles(_TextMatch, "sqlite")
def _compile_fts(element: _TextMatch, compiler, **kw) -> str:
    return compiler.process(element.fts, **kw)


def _columns(model) -> list:
    try:
        names = SEARCH_COLUMNS[model.__tablename__]
    except KeyError as error:
        raise ValueError(f"no searchable columns known for {model.__tablename__!r}") from error
    return [getattr(model, name) for name in names]


def _like_any(columns: list, word: str) -> ColumnElement[bool]:
    pattern = like_pattern(word)
    return or_(*(_Contains(column, pattern) for column in columns))


def _fts_in(model, fts_table: str, query: str) -> ColumnElement[bool]:
    fts = table(fts_table)
    rowids = (
        select(literal_column("rowid"))
        .select_from(fts)
        .where(literal_column(fts_table).op("MATCH")(bindparam(None, query)))
    )
    return model.id.in_(rowids)


def text_filter(model, fts_table: str, term: str) -> ColumnElement[bool] | None:
    """A WHERE condition finding ``term`` in the searchable columns of ``model``, or None.

    ``fts_table`` is the trigram table over ``model``'s table (``site_check_fts``...). Words
    of three or more characters go through the full-text index on SQLite; words of one or two
    characters, and every word on other databases, through ``LIKE '%word%'`` (``ILIKE`` on
    PostgreSQL) on the base table's columns. Several words separated by spaces must all be
    found; NUL characters in ``term`` are ignored.
    """
    if not _IDENTIFIER.match(fts_table):
        raise ValueError(f"not a table name: {fts_table!r}")
    words = (term or "").replace("\x00", "").split()
    if not words:
        return None
    columns = _columns(model)
    long_words = [w for w in words if len(w) >= TRIGRAM]
    short_words = [w for w in words if len(w) < TRIGRAM]
    conditions = []
    if long_words:
        query = " AND ".join(fts_quote(w) for w in long_words)
        like = and_(*(_like_any(columns, w) for w in long_words))
        conditions.append(_TextMatch(_fts_in(model, fts_table, query), like))
    conditions.extend(_like_any(columns, w) for w in short_words)
    return conditions[0] if len(conditions) == 1 else and_(*conditions)
