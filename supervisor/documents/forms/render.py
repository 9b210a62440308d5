"""Draw a form template as an A4 PDF, blank or filled, with reportlab platypus.

The first page opens with the letterhead (the issuing unit, the supervision firm, the logo)
and the title in Hei; the body is Song. Every page carries the form's number (top right), from
the second page on the title (top left), "第 x 页 共 y 页" and the date printed (bottom); a
filled form also its verification code (bottom left: a QR code of it, 18 mm square, and
"核验码：…" beside it), for which its bottom margin is taller.

All text is broken into lines here, by the Chinese rules (``linebreak``), so that what is drawn
is exactly what was measured: a row never overflows its cell. Tables split between rows only
and repeat their header row on each page, so a header never stands alone at a page foot; a
row taller than a page, or a long text box, is drawn as continuation rows of its lines, so a
5,000-character remark flows on over pages. Photos flow row by row in a grid that fills pages.
Signature blocks stay together on one page. Photos are re-encoded upright at print size; one
that cannot be decoded prints as a box with its name.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from html import escape
from typing import BinaryIO

from supervisor.documents.forms.fonts import FontChoice
from supervisor.documents.forms.layout import SEAL_MM, Column, FormData, FormTemplate, PhotoItem, Section

MARGIN_MM = 15
TOP_MM = 20
BOTTOM_MM = 16
CODED_BOTTOM_MM = 25  # room for the verification code's QR under the body
QR_MM = 18  # the QR code with its quiet zone: 25 modules of about 0.6 mm, scans from paper
BLANK_ROW_MM = 8
LABEL_SHADE = "#eeeeee"
LINE = "#333333"
PAD = 3  # points of padding left and right in a cell
PHOTO_PIXELS = 1400  # longest side of a photo as printed: ~300 dpi at 120 mm
LOGO_MM = 14  # the letterhead logo's height


@dataclass(frozen=True)
class RenderResult:
    pages: int
    font: FontChoice


def _draw_code(canvas, code: str, font_name: str) -> None:
    """The verification code at the bottom left: its QR code and "核验码：…" beside it."""
    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.units import mm

    size = QR_MM * mm
    left = MARGIN_MM * mm - 1 * mm  # the quiet zone reaches into the margin
    form = f"qr-{code}"
    if getattr(canvas, "_drawn_code", None) != form:  # drawn once, then reused on every page
        widget = QrCodeWidget(code, barLevel="M", barBorder=2)
        x0, y0, x1, y1 = widget.getBounds()
        drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
        drawing.add(widget)
        drawing.initialFontName = font_name  # else the drawing names Helvetica, a font not embedded
        canvas.beginForm(form)
        renderPDF.draw(drawing, canvas, 0, 0)
        canvas.endForm()
        canvas._drawn_code = form
    canvas.saveState()
    canvas.translate(left, 4 * mm)
    canvas.doForm(form)
    canvas.restoreState()
    canvas.setFont(font_name, 9)
    canvas.drawString(left + size + 1 * mm, 14.5 * mm, f"核验码：{code}")
    canvas.setFont(font_name, 7)
    canvas.drawString(left + size + 1 * mm, 10.5 * mm, "扫码或输入核验码，查验打印后是否改动")


def _numbered_canvas(decorate):
    """A canvas that knows the page count when it draws the page decorations."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                decorate(self, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


class _Builder:
    """Turns a template and its data into platypus flowables."""

    def __init__(self, template: FormTemplate, data: FormData, font: FontChoice, width: float,
                 height: float = 0.0):
        from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        self.template = template
        self.data = data
        self.font = font
        self.width = width
        self.height = height  # of the page's body: rows taller than this are continued
        self.blank = data.blank
        size = template.font_size
        self.align = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
        self.styles: dict[tuple[float, str], ParagraphStyle] = {}
        self.measures: dict = {}  # font name -> its character widths at size 1000
        self.wrapped: dict[tuple, list[str]] = {}  # short texts already broken into lines
        from supervisor.documents.forms.linebreak import break_lines

        self.break_lines = break_lines
        self.title_style = ParagraphStyle(
            "title", fontName=font.title_font, fontSize=18, leading=24, alignment=TA_CENTER, spaceAfter=8
        )
        self.heading_style = ParagraphStyle(
            "heading", fontName=font.title_font, fontSize=size + 1.5, leading=(size + 1.5) * 1.4, spaceBefore=6,
            spaceAfter=3, keepWithNext=1,
        )
        self.note_style = ParagraphStyle(
            "note", fontName=font.name, fontSize=size - 1.5, leading=(size - 1.5) * 1.45, wordWrap="CJK"
        )

    def style(self, size: float, align: str = "left", font: str | None = None):
        from reportlab.lib.styles import ParagraphStyle

        key = (size, align, font or self.font.name)
        if key not in self.styles:
            self.styles[key] = ParagraphStyle(
                f"cell-{size}-{align}-{key[2]}", fontName=key[2], fontSize=size, leading=size * 1.35,
                wordWrap="CJK", alignment=self.align.get(align, self.align["left"]),
            )
        return self.styles[key]

    def para(self, text: str, size: float | None = None, align: str = "left", width: float | None = None,
             font: str | None = None):
        """A paragraph of ``text``, broken into lines here when its ``width`` is given."""
        from reportlab.platypus import Paragraph

        size = size or self.template.font_size
        lines = self.wrap(text or "", width, size, font) if width else (text or "").split("\n")
        body = "<br/>".join(
            re.sub(r" {2,}", lambda m: "&nbsp;" * len(m.group()), escape(line)) for line in lines
        )
        return Paragraph(body, self.style(size, align, font))

    def cell(self, text: str, width: float, size: float, align: str = "left") -> str:
        """Plain text broken into lines for a cell ``width`` wide (several times faster to draw
        than a paragraph)."""
        return "\n".join(self.wrap(text or "", width - 2 * PAD, size))

    def wrap(self, text: str, width: float, size: float, font: str | None = None) -> list[str]:
        """``text`` broken into lines no wider than ``width`` points, by the Chinese rules (a
        text seen before in the same place, such as a name or a date in a register, is broken
        once)."""
        key = (text, width, size, font)
        lines = self.wrapped.get(key)
        if lines is None:
            lines = self.break_lines(text, (width - 0.01) * 1000 / size, self.measure(font or self.font.name))
            if len(text) < 40:
                self.wrapped[key] = lines
        return list(lines)

    def measure(self, font: str):
        """A function giving a character's width in ``font`` at size 1000 (remembered)."""
        found = self.measures.get(font)
        if found is None:
            from reportlab.pdfbase.pdfmetrics import stringWidth

            widths: dict[str, float] = {}

            def found(char: str) -> float:
                w = widths.get(char)
                if w is None:
                    w = widths[char] = stringWidth(char, font, 1000)
                return w

            self.measures[font] = found
        return found

    def leading(self, size: float) -> float:
        return size * 1.35

    def max_lines(self, size: float, reserved: float = 0.0) -> int:
        """How many lines of ``size`` fit in one row on a page (less ``reserved`` points)."""
        usable = (self.height or 700) - reserved - 40  # a heading and a repeated header row
        return max(3, int(usable * 0.8 / self.leading(size)))

    def table_style(self, size: float, extra=(), grid: bool = True):
        from reportlab.lib import colors
        from reportlab.platypus import TableStyle

        lines = "GRID" if grid else "BOX"
        return TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), self.font.name, size, size * 1.35),
                (lines, (0, 0), (-1, -1), 0.5, colors.HexColor(LINE)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                *extra,
            ]
        )

    # --- sections ---------------------------------------------------------------------------

    def story(self) -> list:
        from reportlab.platypus import KeepTogether, Paragraph, Spacer

        story = [*self._letterhead(), Paragraph(escape(self.template.title), self.title_style)]
        pending: list = []  # headings that must start on the same page as what follows them
        for section in self.template.printed(self.blank):
            flow = getattr(self, f"_{section.kind}")(section)
            if section.kind == "heading":
                pending += flow
                continue
            if section.title and section.kind not in ("signatures", "page_break"):
                pending.append(Paragraph(escape(section.title), self.heading_style))
            if pending and flow:
                first = flow[0]
                content = list(first._content) if isinstance(first, KeepTogether) else [first]
                flow[0] = KeepTogether([*pending, *content])
                pending = []
            story += [*flow, Spacer(1, 4)]
        if isinstance(story[-1], Spacer):
            story.pop()  # a spacer at the very end could start an empty last page
        return story + pending

    def _letterhead(self) -> list:
        """The issuing unit (Hei) and the supervision firm centred over the title, the logo at
        the left; nothing when no letterhead is set."""
        from reportlab.lib.enums import TA_CENTER
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm
        from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

        head = self.data.letterhead
        if head is None or head.empty:
            return []
        unit_style = ParagraphStyle("unit", fontName=self.font.title_font, fontSize=14, leading=18, alignment=TA_CENTER)
        firm_style = ParagraphStyle("firm", fontName=self.font.name, fontSize=10, leading=14, alignment=TA_CENTER)
        side = 42 * mm
        middle = self.width - 2 * side
        text = []
        if head.unit:
            text.append(Paragraph("<br/>".join(escape(x) for x in self.wrap(head.unit, middle, 14, self.font.title_font)),
                                  unit_style))
        if head.firm:
            text.append(Paragraph("<br/>".join(escape(x) for x in self.wrap(f"监理单位：{head.firm}", middle, 10)),
                                  firm_style))
        logo = _logo(head.logo, side - 2 * mm, LOGO_MM * mm)
        table = Table([[logo or "", text, ""]], colWidths=[side, middle, side])
        table.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (0, 0), (0, 0), "LEFT"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))
        return [table, Spacer(1, 4)]

    def _heading(self, section: Section) -> list:
        from reportlab.platypus import Paragraph

        return [Paragraph(escape(section.title), self.heading_style)]

    def _fields(self, section: Section) -> list:
        """Label/value pairs in a grid; a value too long for a page goes on in rows below it."""
        from reportlab.lib import colors
        from reportlab.lib.units import mm
        from reportlab.pdfbase.pdfmetrics import stringWidth
        from reportlab.platypus import Table

        size = section.font_size or self.template.font_size
        per_row = max(1, section.per_row)
        label_width = max(stringWidth(f.label, self.font.name, size) for f in section.fields) + 2 * PAD + 2
        value_width = (self.width - per_row * label_width) / per_row
        widths = [label_width, value_width] * per_row
        limit = self.max_lines(size)
        rows: list[list] = []
        spans: list[tuple] = []
        shade: list[tuple] = []
        current: list = []
        layout: list[tuple] = []  # this row's spans, as (first, last) columns
        labels: list[int] = []
        used = 0

        def finish():
            nonlocal current, used, layout, labels
            if not current:
                return
            if used < per_row:
                layout.append((len(current), per_row * 2 - 1))
                current += [""] * (per_row * 2 - len(current))
            lines = [cell if isinstance(cell, list) else [cell] for cell in current]
            parts = max(1, -(-max(len(x) for x in lines) // limit))
            for part in range(parts):
                row = len(rows)
                rows.append([
                    ("\n".join(cell[part * limit:(part + 1) * limit]) if isinstance(cell, list)
                     else cell if part == 0 else "")
                    for cell in current
                ])
                spans.extend(("SPAN", (a, row), (b, row)) for a, b in layout)
                shade.extend(
                    ("BACKGROUND", (c, row), (c, row), colors.HexColor(LABEL_SHADE)) for c in labels
                )
            current, used, layout, labels = [], 0, [], []

        for f in section.fields:
            span = min(max(1, f.span), per_row)
            if used + span > per_row:
                finish()
            column = len(current)
            value = self.data.values.get(f.key, "")
            value_cells = span * 2 - 1
            width = value_width * span + label_width * (span - 1)
            labels.append(column)
            current += [self.para(f.label, size), self.wrap(value, width - 2 * PAD, size)] + [""] * (value_cells - 1)
            if value_cells > 1:
                layout.append((column + 1, column + value_cells))
            used += span
        finish()
        heights = [BLANK_ROW_MM * mm] * len(rows) if self.blank else None
        table = Table(rows, colWidths=widths, rowHeights=heights)
        table.setStyle(self.table_style(size, [*spans, *shade]))
        return [table]

    def _text(self, section: Section) -> list:
        """Each field a label over a box; a long text is drawn one row per line, so it goes on
        over pages under its repeated label; a short one stays with its label."""
        from reportlab.lib import colors
        from reportlab.lib.units import mm
        from reportlab.platypus import KeepTogether, Table

        size = section.font_size or self.template.font_size
        flow = []
        for f in section.fields:
            value = self.data.values.get(f.key, "")
            label = self.para(f.label, size, width=self.width - 2 * PAD)
            lines = self.wrap(value, self.width - 2 * PAD, size) if value.strip() else []
            rows, heights = [[label]] + [[line] for line in lines], [None] * (len(lines) + 1)
            if self.blank or not lines:  # room to write in by hand, under any pre-printed prompt
                rows.append([""])
                heights.append(max(BLANK_ROW_MM * mm, f.height * mm - len(lines) * self.leading(size)))
            table = Table(rows, colWidths=[self.width], rowHeights=heights, repeatRows=1)
            table.setStyle(self.table_style(size, [
                ("BACKGROUND", (0, 0), (0, 0), colors.HexColor(LABEL_SHADE)),
                ("LINEBELOW", (0, 0), (0, 0), 0.5, colors.HexColor(LINE)),
                ("VALIGN", (0, 1), (0, -1), "TOP"),
                ("TOPPADDING", (0, 2), (0, -1), 0),
                ("BOTTOMPADDING", (0, 1), (0, -2), 0),
            ], grid=False))
            flow.append(KeepTogether([table]) if len(rows) <= 16 else table)
        return flow

    def _table(self, section: Section) -> list:
        """Columns with a header row repeated on each page; a row taller than a page goes on in
        rows below it."""
        from reportlab.lib import colors
        from reportlab.lib.units import mm
        from reportlab.platypus import Table

        size = section.font_size or self.template.font_size
        widths = _widths(section.columns, self.width)
        header = [self.para(c.label, size, "center", width=w - 2 * PAD) for c, w in zip(section.columns, widths)]
        header_lines = max(len(p.text.split("<br/>")) for p in header) if header else 1
        limit = self.max_lines(size, header_lines * self.leading(size))
        data_rows = self.data.tables.get(section.key, [])
        rows = [header]
        for row in data_rows:
            cells = [self.wrap(str(row.get(c.key, "") or ""), w - 2 * PAD, size)
                     for c, w in zip(section.columns, widths)]
            tallest = max((len(lines) for lines in cells), default=1)
            for start in range(0, max(tallest, 1), limit):
                rows.append(["\n".join(lines[start:start + limit]) for lines in cells])
        heights = None
        if not data_rows:
            rows += [[""] * len(section.columns) for _ in range(max(1, section.blank_rows))]
            heights = [None] + [BLANK_ROW_MM * mm] * (len(rows) - 1)
        extra = [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(LABEL_SHADE))]
        for index, column in enumerate(section.columns):
            if column.align != "left":
                extra.append(("ALIGN", (index, 1), (index, -1), column.align.upper()))
        table = Table(rows, colWidths=widths, rowHeights=heights, repeatRows=1)
        table.setStyle(self.table_style(size, extra))
        return [table]

    def _photos(self, section: Section) -> list:
        """The photos in a grid, one table per row of the grid, so the rows fill each page."""
        from reportlab.lib import colors
        from reportlab.lib.units import mm
        from reportlab.platypus import Table

        size = section.font_size or self.template.font_size
        per_row = max(1, section.per_row)
        cell_width = self.width / per_row
        box_height = section.height * mm
        items = self.data.photos.get(section.key, [])
        if not items:
            placeholder = self.para("照片粘贴处", size, "center")
            cells = [[placeholder] for _ in range(per_row)]
            row_height = box_height
            valign = "MIDDLE"
        else:
            cells = [self._photo_cell(item, cell_width - 8, box_height, size) for item in items]
            row_height = None
            valign = "TOP"
        flow = []
        for start in range(0, len(cells), per_row):
            row = cells[start:start + per_row]
            row += [""] * (per_row - len(row))
            table = Table([row], colWidths=[cell_width] * per_row, rowHeights=row_height)
            table.setStyle(self.table_style(size, [
                ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), valign),
                ("TEXTCOLOR", (0, 0), (-1, -1), colors.black),
            ]))
            flow.append(table)
        return flow

    def _photo_cell(self, item: PhotoItem, width: float, height: float, size: float) -> list:
        from reportlab.platypus import Image, Spacer, Table

        picture = _print_image(item.data)
        caption = item.caption or item.name
        taken = f"拍摄时间：{item.taken_at:%Y年%m月%d日 %H:%M}" if item.taken_at else "拍摄时间：无记录"
        if picture is None:
            box = Table([[self.para(f"照片无法显示：{item.name}", size, "center", width=width - 2 * PAD)]],
                        colWidths=[width], rowHeights=[height / 2])
            box.setStyle(self.table_style(size))
            flow = [box]
        else:
            data, (w, h) = picture
            scale = min(width / w, height / h)
            flow = [Image(io.BytesIO(data), width=w * scale, height=h * scale)]
        return [*flow, Spacer(1, 2), self.para(caption, size - 0.5, "center", width=width),
                self.para(taken, size - 1.5, "center", width=width)]

    def _signatures(self, section: Section) -> list:
        """The blocks in a grid, kept on one page. A row of signers only is ``height`` mm high
        (30 by default); a row with a sealing party leaves a free square of ``SEAL_MM`` above
        the lines of each block, for a round seal."""
        from reportlab.lib.units import mm
        from reportlab.platypus import KeepTogether, Spacer, Table

        size = section.font_size or self.template.font_size
        per_row = max(1, section.per_row)
        rows, heights = [], []
        for start in range(0, len(section.blocks), per_row):
            blocks = section.blocks[start : start + per_row]
            sealed = any(b.seal for b in blocks)  # everyone in the row signs on the same line
            cells = []
            for block in blocks:
                flow = [self.para(block.text, size + 0.5)]
                if sealed:
                    flow.append(Spacer(1, SEAL_MM * mm))
                for line in block.lines:
                    flow += [Spacer(1, 6 if sealed else 9), self.para(line, size)]
                cells.append(flow)
            rows.append(cells + [""] * (per_row - len(cells)))
            heights.append(None if sealed else section.height * mm)
        table = Table(rows, colWidths=[self.width / per_row] * per_row, rowHeights=heights)
        table.setStyle(self.table_style(size, [("VALIGN", (0, 0), (-1, -1), "TOP")]))
        head = [self._heading(section)[0]] if section.title else []
        return [KeepTogether([*head, Spacer(1, 2), table])]

    def _notes(self, section: Section) -> list:
        from reportlab.platypus import Paragraph

        return [Paragraph(escape(line), self.note_style) for line in section.lines]

    def _page_break(self, section: Section) -> list:
        """A new page, headed by the section's title as a form's (a tear-off slip)."""
        from reportlab.platypus import PageBreak, Paragraph

        return [PageBreak(), *([Paragraph(escape(section.title), self.title_style)] if section.title else [])]


def _widths(columns: tuple[Column, ...], total: float) -> list[float]:
    weight = sum(c.width for c in columns) or 1
    return [total * c.width / weight for c in columns]


def _print_image(data: bytes | None) -> tuple[bytes, tuple[int, int]] | None:
    """The photo decoded, turned upright and re-encoded at print size; None if it cannot be."""
    if not data:
        return None
    from PIL import Image, ImageOps, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data), formats=("JPEG", "PNG")) as image:
            image.draft("RGB", (PHOTO_PIXELS, PHOTO_PIXELS))
            picture = ImageOps.exif_transpose(image).convert("RGB")
            picture.thumbnail((PHOTO_PIXELS, PHOTO_PIXELS))
            out = io.BytesIO()
            picture.save(out, "JPEG", quality=85)
            return out.getvalue(), picture.size
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError, SyntaxError):
        return None


def _logo(data: bytes | None, width: float, height: float):
    """The letterhead logo as an image at most ``width`` × ``height``; None if it cannot be drawn."""
    if not data:
        return None
    from PIL import Image as PILImage
    from PIL import UnidentifiedImageError
    from reportlab.platypus import Image

    try:
        with PILImage.open(io.BytesIO(data), formats=("PNG",)) as picture:
            w, h = picture.size
    except (UnidentifiedImageError, OSError, ValueError, PILImage.DecompressionBombError):
        return None
    scale = min(width / w, height / h)
    return Image(io.BytesIO(data), width=w * scale, height=h * scale, hAlign="LEFT")


def render(
    template: FormTemplate,
    data: FormData | None,
    out: str | BinaryIO,
    font: FontChoice,
    printed_on: dt.date | None = None,
) -> RenderResult:
    """Draw ``template`` filled with ``data`` (blank when None) into ``out`` (a path or file)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    from reportlab import rl_config

    rl_config.useA85 = 0  # photos stored as binary, not as text: smaller files, faster to write
    data = data or FormData()
    printed_on = printed_on or dt.date.today()
    pagesize = landscape(A4) if template.orientation == "landscape" else A4
    doc = BaseDocTemplate(
        out,
        pagesize=pagesize,
        leftMargin=MARGIN_MM * mm,
        rightMargin=MARGIN_MM * mm,
        topMargin=TOP_MM * mm,
        bottomMargin=(CODED_BOTTOM_MM if data.code else BOTTOM_MM) * mm,
        title=template.title,
        subject=data.subject or template.title,
        author="Supervisor",
        creator="Supervisor",
        initialFontName=font.name,  # else every page names Helvetica, a font not embedded
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="form", frames=[frame])])
    number = data.number or "＿＿＿＿＿＿"
    counted = {"pages": 0}

    def decorate(canvas, total: int) -> None:
        counted["pages"] = total
        width, height = pagesize
        page = canvas.getPageNumber()
        canvas.saveState()
        canvas.setFont(font.name, 9)
        if page > 1:
            canvas.drawString(MARGIN_MM * mm, height - 12 * mm, f"{template.title}（续）")
        canvas.drawRightString(width - MARGIN_MM * mm, height - 12 * mm, f"{template.number_label}：{number}")
        canvas.drawCentredString(width / 2, 9 * mm, f"第 {page} 页  共 {total} 页")
        canvas.drawRightString(width - MARGIN_MM * mm, 9 * mm, f"打印日期：{printed_on:%Y年%m月%d日}")
        if data.code:
            _draw_code(canvas, data.code, font.name)
        canvas.restoreState()

    builder = _Builder(template, data, font, doc.width, doc.height)
    doc.build(builder.story(), canvasmaker=_numbered_canvas(decorate))
    return RenderResult(counted["pages"], font)
