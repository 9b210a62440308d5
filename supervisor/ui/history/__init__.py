"""Seeing the history: a record's History view (``view``), the audit log (``audit_log``), and
the window's words for fields and values (``words``)."""
