"""Backups in the window: automatic ones (on opening, every 30 minutes while there were changes,
on closing), File → Backups…, and restoring the newest good backup of a damaged database."""
