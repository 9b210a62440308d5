"""Printable forms: a template in ``forms/`` plus a function that supplies its data.

``FORMS`` names every form the application prints, with what it is about (the kind of
record); ``print_form`` loads the template, fills it (or leaves it blank) and draws the PDF.
A new form is a new template and one function in ``supervisor.documents.forms.sources``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Callable

from supervisor.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the window's Forms menu reads FORMS at start-up, before SQLAlchemy is needed
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class FormSpec:
    name: str  # as on the command line
    template: str  # forms/<template>.toml
    title: str  # translatable English title for menus
    record: str  # none | check | rectification | compound
    source: str  # function name in supervisor.documents.forms.sources
    zh: str  # the short Chinese name, for file names


FORMS: dict[str, FormSpec] = {
    spec.name: spec
    for spec in (
        FormSpec("procedure", "procedure", QT_TRANSLATE_NOOP("forms", "Implementation procedure sheet"), "none", "procedure", "实施程序表"),
        FormSpec("site-check", "site_check", QT_TRANSLATE_NOOP("forms", "Site check record"), "check", "site_check", "巡查记录表"),
        FormSpec("rectification", "rectification", QT_TRANSLATE_NOOP("forms", "Rectification notice"), "rectification", "rectification", "整改通知单"),
        FormSpec("acceptance", "acceptance", QT_TRANSLATE_NOOP("forms", "Item-by-item acceptance record"), "none", "acceptance", "竣工逐项验收记录"),
        FormSpec("opinions", "opinions", QT_TRANSLATE_NOOP("forms", "Resident opinion register"), "compound", "opinions", "居民意见登记表"),
        FormSpec("satisfaction", "satisfaction", QT_TRANSLATE_NOOP("forms", "Satisfaction survey register"), "compound", "satisfaction", "满意度调查登记表"),
        FormSpec("site-checks", "site_checks", QT_TRANSLATE_NOOP("forms", "Site check register"), "none", "site_checks", "巡查登记表"),
    )
}


def form_data(session: Session, form: str, project_id: int | None, record: int | None = None,
              round_: int = 1, today: dt.date | None = None, public: bool = False):
    """The records ``form`` is filled with, its letterhead and its verification code: made in the
    same session, so that the code names the history as the records printed stood. A ``public``
    copy (for posting on a notice board) has phone and ID numbers masked."""
    from supervisor.documents.forms import sources
    from supervisor.documents.letterhead import letterhead
    from supervisor.history import codes

    spec = FORMS[form]
    function: Callable = getattr(sources, spec.source)
    if spec.record == "compound":
        data = function(session, project_id, record, round_=round_)
    else:
        data = function(session, project_id, record)
    data.code = codes.make(session, form, project_id if spec.record == "none" else record, round_)
    data.letterhead = letterhead(session)
    if public:
        mask_form(data)
    return data


def blank_data(session: Session | None = None, form: str | None = None):
    """A form to fill by hand, with the letterhead when there is a database to read it from,
    and for ``form`` what it carries pre-printed (the procedure sheet's 45 standard steps)."""
    from supervisor.documents.forms import sources
    from supervisor.documents.forms.layout import FormData
    from supervisor.documents.letterhead import letterhead

    data = sources.blank(form) if form is not None else FormData(hand=True)
    data.letterhead = letterhead(session) if session is not None else None
    return data


def _for_print(form: str, data):
    """``data`` to draw: a form printed blank (None, or blank without the pre-printed help)
    gets what ``form`` carries pre-printed, keeping its letterhead."""
    if data is None:
        return blank_data(None, form)
    if data.blank and not (data.values or data.tables or data.photos):
        filled = blank_data(None, form)
        filled.letterhead, filled.number, filled.subject = data.letterhead, data.number, data.subject
        return filled
    return data


def mask_form(data) -> None:
    """Mask the phone and ID numbers in every text of ``data`` (a copy for posting)."""
    from supervisor.documents.masking import mask

    data.values = {key: mask(value) for key, value in data.values.items()}
    data.tables = {
        key: [{column: mask(value) if isinstance(value, str) else value for column, value in row.items()}
              for row in rows]
        for key, rows in data.tables.items()
    }
    for items in data.photos.values():
        for item in items:
            item.caption = mask(item.caption)


def render_form(form: str, data, out: str | Path | BinaryIO, font_path: str | None = None,
                printed_on: dt.date | None = None):
    """Draw ``form`` with ``data`` (None: blank) into ``out``; returns pages and the font used."""
    return render_template(FORMS[form].template, _for_print(form, data), out, font_path, printed_on)


def render_template(template_name: str, data, out: str | Path | BinaryIO, font_path: str | None = None,
                    printed_on: dt.date | None = None):
    """Draw the template ``forms/<template_name>.toml`` as ``render_form`` draws a form: for
    printed pages that are no form of their own (the archive file's index)."""
    from supervisor.documents.forms.fonts import choose_font
    from supervisor.documents.forms.layout import load_template
    from supervisor.documents.forms.render import render

    template = load_template(template_name)
    target = str(out) if isinstance(out, Path) else out
    return render(template, data, target, choose_font(font_path), printed_on)


def write_pdf(form: str, data, path: str | Path, font_path: str | None = None,
              printed_on: dt.date | None = None):
    """Write the PDF to ``path`` whole or not at all."""
    from supervisor.files import replacing

    with replacing(path) as temporary, open(temporary, "wb") as stream:
        return render_form(form, data, stream, font_path, printed_on)
