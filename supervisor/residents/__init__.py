"""Residents' participation: the household roster (``roster``, imported from Excel by
``roster_xlsx``), the consultation rounds and consent tally (``consultation``), opinions and
complaints (``opinions``), supervision days (``supervision_days``), satisfaction surveys
(``surveys``), the fixed lists they use (``catalog``) and the local rules (``rules``).
"""
