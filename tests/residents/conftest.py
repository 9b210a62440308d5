"""Shared by the residents tests: roster workbooks written with openpyxl."""

from __future__ import annotations

HEADER = ["楼栋", "单元", "户号", "姓名", "电话", "是否常住", "是否老年人", "建筑面积(㎡)", "备注"]
"""A roster header row with the column names the import reads."""


def write_xlsx(path, rows, *, merges=(), before=()):
    """A workbook with ``before`` rows (titles), then ``rows``; ``merges`` like "A1:I1"."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    for row in before:
        ws.append(row)
    for row in rows:
        ws.append(row)
    for merge in merges:
        ws.merge_cells(merge)
    wb.save(path)
    return path
