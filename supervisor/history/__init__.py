"""The history of every change: a hash-chained record of who changed which record, when, and
from what to what, written in the same transaction as the change; its verification; reading it.

- ``schema``: the tables (entries, the last recorded state of each record, the marks the
  database's triggers leave, the chain's head).
- ``audited``: which tables are recorded, how a record is named and keyed.
- ``canonical``: a record's state as canonical JSON, and the hashes.
- ``triggers``: the triggers that mark every written row, on SQLite and PostgreSQL.
- ``recorder``: turns the marks into chained entries just before each commit.
- ``verify``: ``supervisor check``'s part: the chain, every record against its last entry,
  photos and attachments against their SHA-256.
- ``reading``: entries for the window, the log command and the ledger.
- ``codes``: verification codes printed on forms; ``scope``: which records each form is about.

The package sits beside ``supervisor.db`` (the engine installs the recorder): it knows tables,
not features.
"""
