"""Backups of a database: consistent online copies of a SQLite file (SQLite's backup API, never
a file copy), checked after they are written and kept as a careful user would; restoring one;
``pg_dump`` for a server database.

``store`` says where a database's backups are and which to keep; ``sqlite`` takes, checks and
restores them; ``server`` runs ``pg_dump``; ``commands`` are ``supervisor backup``,
``backups`` and ``restore``.
"""
