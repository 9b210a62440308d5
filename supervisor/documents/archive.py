"""The project's archive file (卷内文件): every form of one project in one PDF, after its index.

``parts`` lists the documents in the order they are filed (``ORDER``): the 实施程序表, every
巡查记录表 (oldest first), every 整改通知单 (by number; its reply sheet is part of the form),
the 竣工逐项验收记录 when one was entered, the 居民意见登记表 of each compound for each
consultation round that has answers, the 满意度调查登记表 of each compound that has surveys,
and the 巡查登记表 when the project has checks.

``archive`` draws them with the form engine (``forms.form_data`` and ``forms.render_form``) in
one read session, so the whole file shows the records as they stood at one moment; each part
goes to a temporary folder as it is drawn (the memory holds one form at a time). Then the index
(卷内目录, ``forms/archive_index.toml``) is drawn with each document's pages in the whole file,
again if its own length moved those numbers, and everything is joined with pypdf: one bookmark
per document (grouped by kind), each page's number in the file in a box at the top right (the
页号 the index's 页次 refers to). The file is written whole or not at all, and so are the
ledgers written beside it (``ledgers_dir``); ``cancelled()`` stops the work between parts with
``Cancelled``, leaving nothing behind.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from supervisor.errors import Cancelled

INDEX_TEMPLATE = "archive_index"
INDEX_TITLE = "卷内目录"
ORDER = ("procedure", "site-check", "rectification", "acceptance", "opinions", "satisfaction", "site-checks")
TITLE_LIMIT = 40  # characters of a place or problem in a document's title in the index
STAMP_MM = 4  # the page number's box: its top edge this far below the top of the page, in the
# corner above the form's own header line


@dataclass(frozen=True)
class Part:
    """One document of the file: which form about which record, and its line in the index."""

    form: str  # a name in ``forms.FORMS``
    record: int | None = None
    round_: int = 1
    title: str = ""  # 文件题名
    date: str = ""  # 日期
    remarks: str = ""  # 备注
    group: str = ""  # the bookmark it is filed under with the others of its kind ("": none)


@dataclass(frozen=True)
class Entry:
    """A document as filed: its part, the number printed at its head, its pages in the file."""

    part: Part
    number: str
    first: int
    last: int

    @property
    def pages_text(self) -> str:
        return str(self.first) if self.first == self.last else f"{self.first}–{self.last}"


@dataclass(frozen=True)
class ArchiveResult:
    path: Path
    entries: tuple[Entry, ...]  # the documents after the index
    index_pages: int
    pages: int  # the whole file
    ledgers: tuple[Path, ...] = ()
    font: object = None  # the ``FontChoice`` the forms were set in

    @property
    def documents(self) -> int:
        return len(self.entries)


def _short(text: str, limit: int = TITLE_LIMIT) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _day(value: dt.date | dt.datetime | None) -> str:
    return f"{value:%Y-%m-%d}" if value else ""


def _days(values) -> str:
    """The first and last of ``values`` (dates), as one day or a span over two lines."""
    days = sorted(v.date() if isinstance(v, dt.datetime) else v for v in values if v)
    if not days:
        return ""
    first, last = _day(days[0]), _day(days[-1])
    return first if first == last else f"{first}\n至{last}"


def parts(session, project_id: int, today: dt.date | None = None) -> list[Part]:
    """The documents of the project's archive file, in filing order."""
    from sqlalchemy import select

    from supervisor.codes import RESULT_NAMES, ROUND_NAMES, STATUS_NAMES
    from supervisor.db.models import Acceptance, Building, Compound, Consultation, Household, Survey, Unit
    from supervisor.documents.forms import FORMS
    from supervisor.projects.project import get_project
    from supervisor.site import checks, rectification_register
    from supervisor.site.checks import join_place

    today = today or dt.date.today()
    get_project(session, project_id)  # NotFound when it is gone
    zh = {name: spec.zh for name, spec in FORMS.items()}
    found: dict[str, list[Part]] = {form: [] for form in ORDER}
    found["procedure"].append(Part("procedure", title=zh["procedure"], date=_day(today)))
    check_rows = checks.list_checks(
        session, checks.CheckFilter(project_id=project_id), sort="checked_at", descending=False, limit=None
    )
    for row in check_rows:
        place = _short(join_place(row.compound_name, row.location_text))
        found["site-check"].append(Part(
            "site-check", row.id, title=f"{zh['site-check']}：{place}" if place else zh["site-check"],
            date=_day(row.checked_at), remarks=RESULT_NAMES.get(row.result, row.result), group=zh["site-check"],
        ))
    if check_rows:
        found["site-checks"].append(Part(
            "site-checks", title=f"{zh['site-checks']}（{len(check_rows)} 次巡查）",
            date=_days(r.checked_at for r in check_rows),
        ))
    notices = rectification_register.list_rectifications(
        session, rectification_register.RectFilter(project_id=project_id), sort="number", limit=None, today=today
    )
    for row in notices:
        found["rectification"].append(Part(
            "rectification", row.id, title=f"{zh['rectification']}：{_short(row.problem)}",
            date=_day(row.issued_at), remarks=STATUS_NAMES.get(row.status, row.status), group=zh["rectification"],
        ))
    accepted = session.execute(select(Acceptance.accepted_on).where(Acceptance.project_id == project_id)).first()
    if accepted is not None:  # a record was entered
        found["acceptance"].append(Part("acceptance", title=zh["acceptance"], date=_day(accepted[0])))
    compounds = session.execute(
        select(Compound.id, Compound.name).where(Compound.project_id == project_id)
        .order_by(Compound.id)
    ).all()
    for compound_id, name in compounds:
        for round_ in (1, 2):
            visited = session.scalars(
                select(Consultation.visited_on)
                .join(Household, Consultation.household_id == Household.id)
                .join(Unit, Household.unit_id == Unit.id)
                .join(Building, Unit.building_id == Building.id)
                .where(Building.compound_id == compound_id, Consultation.round == round_)
            ).all()
            if visited:
                found["opinions"].append(Part(
                    "opinions", compound_id, round_,
                    title=f"{zh['opinions']}：{name} {ROUND_NAMES.get(round_, round_)}",
                    date=_days(visited), group=zh["opinions"],
                ))
        surveyed = session.scalars(select(Survey.surveyed_on).where(Survey.compound_id == compound_id)).all()
        if surveyed:
            found["satisfaction"].append(Part(
                "satisfaction", compound_id, title=f"{zh['satisfaction']}：{name}", date=_days(surveyed),
                group=zh["satisfaction"],
            ))
    return [part for form in ORDER for part in found[form]]


@dataclass
class _Drawn:
    part: Part
    number: str
    path: Path
    pages: int


def _entries(drawn: list[_Drawn], index_pages: int) -> list[Entry]:
    entries, page = [], index_pages + 1
    for item in drawn:
        entries.append(Entry(item.part, item.number, page, page + item.pages - 1))
        page += item.pages
    return entries


def _index_data(head, project, entries: list[Entry], index_pages: int):
    """The index filled in: the project, and a row per document with its pages in the file."""
    from supervisor.documents.forms.layout import FormData
    from supervisor.documents.forms.sources import project_values

    pages = (entries[-1].last if entries else index_pages)
    values = {
        **project_values(project),
        "documents": f"{len(entries)} 件",
        "pages": f"{pages} 页（其中卷内目录 {index_pages} 页）",
    }
    rows = [
        {"index": str(n), "number": e.number, "title": e.part.title, "date": e.part.date,
         "pages": e.pages_text, "remarks": e.part.remarks}
        for n, e in enumerate(entries, 1)
    ]
    return FormData(number=project.code, values=values, tables={"documents": rows},
                    subject=f"{project.name} {INDEX_TITLE}", letterhead=head)


def _draw_index(session, project, drawn: list[_Drawn], path: Path, font_path,
                today: dt.date) -> tuple[int, list[Entry]]:
    """Draw the index into ``path``; its page count and the entries it lists. Its own length
    decides where the documents start, so it is drawn again until the two agree."""
    from supervisor.documents import forms
    from supervisor.documents.letterhead import letterhead

    head = letterhead(session)
    guess = 1
    for _attempt in range(5):
        entries = _entries(drawn, guess)
        pages = forms.render_template(INDEX_TEMPLATE, _index_data(head, project, entries, guess), path,
                                      font_path, today).pages
        if pages == guess:
            return pages, entries
        guess = pages
    raise RuntimeError("the archive index does not settle on a page count")


def _stamps(sizes: list[tuple[float, float]], font_name: str = "Helvetica"):
    """A PDF with one page per size, each showing its page number in a box at the top right, in
    the forms' font (already registered: it is embedded as theirs is)."""
    import io

    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=sizes[0] if sizes else (595, 842), initialFontName=font_name)
    for number, (width, height) in enumerate(sizes, 1):
        canvas.setPageSize((width, height))
        text = str(number)
        box_width = max(9 * mm, canvas.stringWidth(text, font_name, 10) + 3 * mm)
        left, bottom = width - 5 * mm - box_width, height - STAMP_MM * mm - 5 * mm
        canvas.setLineWidth(0.6)
        canvas.rect(left, bottom, box_width, 5 * mm)
        canvas.setFont(font_name, 10)
        canvas.drawCentredString(left + box_width / 2, bottom + 1.4 * mm, text)
        canvas.showPage()
    canvas.save()
    out.seek(0)
    return out


def _assemble(index_path: Path, index_pages: int, project: tuple[str, str], drawn: list[_Drawn],
              entries: list[Entry], target: Path, stop: Callable[[], None], font_name: str) -> int:
    """Join the index and the documents into ``target``, with bookmarks and page numbers."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(str(index_path), import_outline=False)
    for item in drawn:
        stop()
        writer.append(str(item.path), import_outline=False)
    expected = entries[-1].last if entries else index_pages
    if len(writer.pages) != expected:
        raise RuntimeError(f"the archive has {len(writer.pages)} pages where its index counts {expected}")
    stop()
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in writer.pages]
    stamps = PdfReader(_stamps(sizes, font_name))
    for page, stamp in zip(writer.pages, stamps.pages):
        page.merge_page(stamp)
    writer.add_outline_item(title=INDEX_TITLE, page_number=0)
    groups: dict[str, object] = {}
    counts: dict[str, int] = {}
    for entry in entries:
        counts[entry.part.group] = counts.get(entry.part.group, 0) + 1
    for entry in entries:
        group = entry.part.group
        label = f"{entry.number} {entry.part.title}".strip()
        if group and counts[group] > 1:
            if group not in groups:
                groups[group] = writer.add_outline_item(
                    title=f"{group}（{counts[group]} 份）", page_number=entry.first - 1, is_open=False
                )
            writer.add_outline_item(title=label, page_number=entry.first - 1, parent=groups[group])
        else:
            writer.add_outline_item(title=label, page_number=entry.first - 1)
    writer.page_mode = "/UseOutlines"
    code, name = project
    writer.add_metadata({
        "/Title": f"{name} 卷内文件",
        "/Subject": f"{code} {name}",
        "/Author": "Supervisor",
        "/Creator": "Supervisor",
    })
    with open(target, "wb") as stream:
        writer.write(stream)
    return len(writer.pages)


def ledger_file_name(spec, code: str) -> str:
    from supervisor.files import safe_file_name

    return safe_file_name(f"{spec.title} {code}.xlsx")


def archive(database, project_id: int, out: str | Path, *, ledgers_dir: str | Path | None = None,
            progress: Callable[[int, int, str], None] | None = None, cancelled: Callable[[], bool] | None = None,
            font_path: str | None = None, today: dt.date | None = None, exported_by: str = "") -> ArchiveResult:
    """Write the archive file of ``project_id`` to ``out`` (and its ledgers into ``ledgers_dir``).

    ``progress(done, total, title)`` names each document as it is drawn; when ``cancelled()``
    turns true the work stops with ``Cancelled`` and leaves no file behind.
    """
    from supervisor.documents import forms
    from supervisor.documents.ledgers import LEDGERS
    from supervisor.files import replacing
    from supervisor.projects.project import get_project

    today = today or dt.date.today()
    report = progress or (lambda done, total, title: None)

    def stop() -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()

    out = Path(out).expanduser()
    ledger_names = list(LEDGERS) if ledgers_dir is not None else []
    font = None
    with tempfile.TemporaryDirectory(prefix="supervisor-archive-") as name:
        folder = Path(name)
        with database.read() as session:
            project = get_project(session, project_id)
            code, name = project.code, project.name
            todo = parts(session, project_id, today)
            total = len(todo) + 2 + len(ledger_names)
            drawn: list[_Drawn] = []
            for number, part in enumerate(todo):
                stop()
                report(number, total, part.title)
                data = forms.form_data(session, part.form, project_id, part.record, round_=part.round_, today=today)
                path = folder / f"{number:04d}.pdf"
                result = forms.render_form(part.form, data, path, font_path, today)
                font = result.font
                drawn.append(_Drawn(part, data.number, path, result.pages))
                del data
            stop()
            report(len(todo), total, INDEX_TITLE)
            index_path = folder / "index.pdf"
            index_pages, entries = _draw_index(session, project, drawn, index_path, font_path, today)
        report(len(todo) + 1, total, out.name)
        written: list[Path] = []
        staging = None
        with replacing(out) as temporary:
            pages = _assemble(index_path, index_pages, (code, name), drawn, entries, temporary, stop,
                              font.name if font is not None else "Helvetica")
            if ledger_names:
                staging, made = _stage_folder(Path(ledgers_dir).expanduser())
                try:
                    for number, ledger in enumerate(ledger_names):
                        stop()
                        spec = LEDGERS[ledger]
                        report(len(todo) + 2 + number, total, spec.title)
                        _export_ledger(database, ledger, project_id, staging / ledger_file_name(spec, code),
                                       cancelled, today, exported_by)
                except BaseException:
                    shutil.rmtree(staging, ignore_errors=True)
                    if made:
                        _remove_if_empty(Path(ledgers_dir).expanduser())
                    raise
            stop()
        if staging is not None:
            written = _commit(staging)
    report(total, total, "")
    return ArchiveResult(out, tuple(entries), index_pages, pages, tuple(written), font)


def _export_ledger(database, ledger: str, project_id: int, path: Path, cancelled, today, exported_by) -> None:
    from supervisor.documents import ledgers

    ledgers.export(database, ledger, ledgers.Scope(project_id), path, cancelled=cancelled, today=today,
                   exported_by=exported_by)


def _stage_folder(folder: Path) -> tuple[Path, bool]:
    """A hidden folder inside ``folder`` (made if missing: then ``True``) to write the ledgers to."""
    from supervisor import files

    made = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=".archive-", dir=folder)), made
    except OSError as error:
        raise files.storage_error(error, folder) from error


def _commit(staging: Path) -> list[Path]:
    """Move the staged ledgers into their folder (replacing older ones of the same name)."""
    from supervisor import files

    written = []
    try:
        for path in sorted(staging.iterdir()):
            target = staging.parent / path.name
            os.replace(path, target)
            written.append(target)
    except OSError as error:
        raise files.storage_error(error, staging.parent) from error
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return written


def _remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass
