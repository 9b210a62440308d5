"""Long lists read a page at a time in SQL: the count, an order with ties broken by id, a page
of ids, then that page's columns.

A district keeps hundreds of thousands of site checks; a list must show its first rows at once
and read only the rows of the page shown. ``PagedList`` describes one such list (its table, the
sort keys a user may choose and which of them have an index of their own) and builds its
queries; the list's module writes the filter's conditions (with ``project_condition``) and the
columns of a row.

- ``count``: how many rows the conditions let through (exact).
- ``order``: the sort key's columns, then the id, all in one direction, so that every row has
  one place and pages neither skip nor repeat rows.
- ``select_page``: the ids of one page, filtered, ordered and limited in a subquery that needs
  no other column than the index gives, joined back to the table for the page's columns (and
  ordered again: a join does not keep the subquery's order). The caller adds its outer joins.

The project's index. SQLite uses one index per table, and for "project_id = ?" it picks the
project's index, which in a district database holds nearly every row: reading a page in another
order then means reading and sorting all of them. ``project_condition`` can write the condition
as "project_id + 0 = ?", which no index serves, so that SQLite reads the sort column's index
(its entries are in (value, id) order: it stops after one page) or a narrower condition's;
``PagedList.uses_project_index`` says when to keep the project's index.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session


def project_condition(column, project_id: int, *, use_index: bool = True):
    """``column == project_id``; without ``use_index`` written "column + 0 = ?" so that SQLite
    leaves the column's index aside (see the module's docstring)."""
    return column == project_id if use_index else column + 0 == project_id


@dataclass(frozen=True)
class PagedList:
    """One paged list: ``table`` (a mapped class with an ``id``), its sort keys and the columns
    each sorts by (``sorts``; the id is added), and the keys whose columns have an index of
    their own (``indexed_sorts``)."""

    table: type
    sorts: Mapping[str, Sequence]
    indexed_sorts: frozenset[str] = field(default_factory=frozenset)

    @property
    def sort_keys(self) -> tuple[str, ...]:
        return tuple(self.sorts)

    def uses_project_index(self, narrowed: bool, sort: str | None = None) -> bool:
        """Whether the project's condition should use the project's index: not when the filter
        has another indexed condition (``narrowed``), nor for a page read in the order of an
        indexed sort column (``sort``; None for a count, which has no order)."""
        return not narrowed and sort not in self.indexed_sorts

    def order(self, sort: str, descending: bool) -> list:
        """ORDER BY the columns of ``sort``, then the id; ValueError for an unknown key."""
        try:
            keys = [*self.sorts[sort], self.table.id]
        except KeyError as error:
            raise ValueError(f"unknown sort key {sort!r}; use one of {self.sort_keys}") from error
        return [key.desc() for key in keys] if descending else [key.asc() for key in keys]

    def count(self, session: Session, conditions: Iterable) -> int:
        query = select(func.count()).select_from(self.table).where(*conditions)
        return int(session.scalar(query) or 0)

    def page_ids(self, conditions: Iterable, order: Sequence, offset: int = 0,
                 limit: int | None = None) -> Select:
        """The ids of one page (``limit=None``: to the end), ordered and limited in SQL."""
        query = select(self.table.id).where(*conditions).order_by(*order)
        if offset > 0:
            query = query.offset(offset)
        if limit is not None:
            query = query.limit(limit)
        return query

    def select_page(self, columns: Sequence, conditions: Iterable, *, sort: str, descending: bool,
                    offset: int = 0, limit: int | None = None) -> Select:
        """``columns`` of the rows of one page, in the page's order."""
        order = self.order(sort, descending)
        page = self.page_ids(conditions, order, offset, limit).subquery("page")
        return (
            select(*columns)
            .select_from(page)
            .join(self.table, self.table.id == page.c.id)
            .order_by(*order)
        )
