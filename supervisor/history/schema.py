"""The history's tables, declared beside ``supervisor.db.models`` (which imports this module at
its end).

``history`` holds one entry per change of one record, in the order written; each entry carries
the SHA-256 of the one before it. ``history_state`` is the last recorded state of each record
(what the next change is compared with). ``history_pending`` receives the marks the database's
triggers leave for every row written; the recorder turns a transaction's marks into entries
before it commits, so a mark that stays was left by a write from outside the application.
``history_head`` is the chain's one head row: taking it for update orders writers on a server.
"""

import datetime as dt
from typing import Optional

from sqlalchemy import BigInteger, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from supervisor.db.models import Base


class HistoryEntry(Base):
    """One change of one record: who, when, which record, what (old → new), and the hashes."""

    __tablename__ = "history"
    __table_args__ = (Index("ix_history_record", "kind", "row_key", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    person: Mapped[str] = mapped_column(String(100), index=True)
    kind: Mapped[str] = mapped_column(String(50))  # the record's table
    row_key: Mapped[str] = mapped_column(String(100))  # its primary key, as text
    uuid: Mapped[str] = mapped_column(String(36), default="", index=True)
    label: Mapped[str] = mapped_column(String(200), default="", index=True)  # its number or name
    project_id: Mapped[Optional[int]] = mapped_column(Integer, index=True)  # outlives the project
    action: Mapped[str] = mapped_column(String(20))  # insert, update, delete, baseline
    operation: Mapped[str] = mapped_column(String(50), default="")  # what the user did, if named
    changes: Mapped[str] = mapped_column(Text)  # canonical JSON: {field: [old, new]}
    state_hash: Mapped[str] = mapped_column(String(64))  # the record after the change ("" gone)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class HistoryState(Base):
    """The last recorded state of one record (canonical JSON) and the entry that recorded it."""

    __tablename__ = "history_state"

    kind: Mapped[str] = mapped_column(String(50), primary_key=True)
    row_key: Mapped[str] = mapped_column(String(100), primary_key=True)
    state: Mapped[str] = mapped_column(Text)
    state_hash: Mapped[str] = mapped_column(String(64))
    entry_id: Mapped[int] = mapped_column(Integer)


class HistoryPending(Base):
    """A row written and not yet recorded (left by a trigger)."""

    __tablename__ = "history_pending"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(50))
    row_key: Mapped[str] = mapped_column(String(100))
    txn: Mapped[Optional[int]] = mapped_column(BigInteger)  # the server's transaction (PostgreSQL)


class HistoryHead(Base):
    """The chain's head: the last entry's id and hash (one row, id 1)."""

    __tablename__ = "history_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_id: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))
