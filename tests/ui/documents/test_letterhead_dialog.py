"""Tools → Form letterhead…: the issuing unit, supervision firm and logo, set by clicks."""

from __future__ import annotations

import io

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from supervisor.db.engine import open_database
from supervisor.documents.letterhead import letterhead
from tests.conftest import SAMPLE_PHOTOS, copy_database
from tests.ui.conftest import type_text, when_modal


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def ok_button(dialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


def stored(db_path):
    database = open_database(str(db_path))
    try:
        with database.read() as session:
            return letterhead(session)
    finally:
        database.close()


def test_names_and_logo_set_in_the_dialog_are_there_when_it_opens_again(qtbot, window, db_path, monkeypatch):
    photo = SAMPLE_PHOTOS / "gps_DSCN0010.jpg"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(photo), ""))
    assert window.letterhead_action.isEnabled()

    def fill(dialog):
        assert dialog.preview.text() == "No logo" and not dialog.remove_button.isEnabled()
        type_text(qtbot, dialog.unit, "东湖街道办事处")
        type_text(qtbot, dialog.firm, "浙江诚信工程监理有限公司")
        click(qtbot, dialog.choose_button)
        assert not dialog.preview.pixmap().isNull() and dialog.remove_button.isEnabled()
        click(qtbot, ok_button(dialog))

    when_modal(fill)
    window.letterhead_action.trigger()
    head = stored(db_path)
    assert (head.unit, head.firm) == ("东湖街道办事处", "浙江诚信工程监理有限公司")
    with Image.open(io.BytesIO(head.logo)) as image:
        assert image.format == "PNG" and image.size == (600, 450)

    seen = {}

    def look_then_remove_the_logo(dialog):
        seen.update(unit=dialog.unit.text(), firm=dialog.firm.text(), logo=not dialog.preview.pixmap().isNull())
        click(qtbot, dialog.remove_button)
        assert dialog.preview.text() == "No logo"
        click(qtbot, ok_button(dialog))

    when_modal(look_then_remove_the_logo)
    window.letterhead_action.trigger()
    assert seen == {"unit": "东湖街道办事处", "firm": "浙江诚信工程监理有限公司", "logo": True}
    assert stored(db_path).logo is None and stored(db_path).unit == "东湖街道办事处"
    window.undo_action.trigger()  # the change is undoable
    assert stored(db_path).logo == head.logo


def test_a_file_that_is_not_a_picture_is_refused_in_place(qtbot, window, db_path, tmp_path, monkeypatch):
    bad = tmp_path / "徽标.png"
    bad.write_text("这不是图片")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    seen = {}

    def fill(dialog):
        type_text(qtbot, dialog.unit, "东湖街道办事处")
        click(qtbot, dialog.choose_button)
        seen["message"] = dialog.message.text()
        seen["logo"] = dialog.logo
        seen["open"] = dialog.isVisible()
        click(qtbot, ok_button(dialog))

    when_modal(fill)
    window.letterhead_action.trigger()
    assert seen == {"message": "The logo must be a picture file (PNG, JPEG, BMP or GIF).", "logo": None, "open": True}
    assert stored(db_path).unit == "东湖街道办事处" and stored(db_path).logo is None


def test_only_an_administrator_has_it(qtbot, db_path, migrated_source):
    from PySide6.QtWidgets import QLabel

    from supervisor.accounts import people
    from tests.accounts.conftest import PASSWORD, add_staff
    from tests.ui.accounts.test_sign_in import open_signed_in

    copy_database(migrated_source, db_path)
    database = open_database(str(db_path))
    add_staff(database)
    database.close()
    window = open_signed_in(qtbot, db_path, "pm", [PASSWORD])
    try:
        assert not window.letterhead_action.isEnabled() and not window.calendar_action.isEnabled()
        shown = []

        def fill(dialog):
            type_text(qtbot, dialog.unit, "李经理的单位")
            click(qtbot, ok_button(dialog))
            shown.append(dialog.findChild(QLabel, "dialogMessage").text())
            dialog.reject()

        when_modal(fill)
        window.edit_letterhead()  # as if the disabled action had been clicked anyway
    finally:
        people.sign_out()
    assert shown == ["李经理 (project manager) may not change templates, checklists, holidays, rules or the "
                     "letterhead of the forms."]
    assert stored(db_path).unit == ""
