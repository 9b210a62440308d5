"""Paper and spreadsheets: printed forms as PDF (``forms``) and ledgers exported to Excel
(``ledgers``).
"""
