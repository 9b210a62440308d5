"""Seeing the history: a record's History view (``view``), the audit log (``audit_log``), the
window's words for fields and values (``words``), and verifying a printed form's code
(``verify_dialog``)."""
