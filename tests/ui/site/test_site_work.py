"""Site checks, photos and rectifications in the window, driven by clicks."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from tests.conftest import SAMPLE_PHOTOS, copy_database, fill_the_disk_at
from tests.ui.conftest import create_project_by_dialog, open_window, type_text, when_modal


@pytest.fixture
def project_window(qtbot, window):
    create_project_by_dialog(qtbot, window)
    qtbot.waitUntil(lambda: window.workspace.project_id is not None)
    return window


def sample(tmp_path, name):
    target = tmp_path / name
    shutil.copy(SAMPLE_PHOTOS / name, target)
    return target


def fill_check(qtbot, dialog, description, photos=(), problem=True):
    from supervisor.ui.site.check_dialog import CheckDialog

    assert isinstance(dialog, CheckDialog)
    dialog.area.setCurrentIndex(dialog.area.findData("roof"))
    qtbot.mouseClick(dialog.findChild(QPushButton, "category_materials"), Qt.MouseButton.LeftButton)
    if problem:
        qtbot.mouseClick(dialog.result_problem, Qt.MouseButton.LeftButton)
    type_text(qtbot, dialog.description, description)
    dialog.inspector.setCurrentText("李秀英")
    if photos:
        dialog.add_photo_paths([str(p) for p in photos])
        qtbot.waitUntil(lambda: dialog.gallery.photos.rowCount() == len(photos), timeout=20000)


def test_new_check_with_photos_appears_in_the_list_and_survives_reopening(qtbot, project_window, db_path, tmp_path):
    window = project_window
    photo = sample(tmp_path, "orientation_landscape_6.jpg")
    seen = {}

    def fill(dialog):
        fill_check(qtbot, dialog, "防水卷材无合格证", [photo])
        seen["photos"] = dialog.gallery.photos.rowCount()
        qtbot.mouseClick(dialog.findChild(QPushButton, "saveCheck"), Qt.MouseButton.LeftButton)

    when_modal(fill, timeout_ms=30000)
    window.new_check_action.trigger()
    checks = window.workspace.checks
    qtbot.waitUntil(lambda: checks.model.total == 1)
    row = checks.model.row(0)
    assert row.result == "problem" and row.photo_count == 1 and "屋面" in row.location_text
    window.close()
    again = open_window(qtbot, db_path)
    assert again.workspace.checks.model.total == 1
    assert again.workspace.checks.model.row(0).description.startswith("防水卷材")


def test_a_problem_needs_a_description(qtbot, project_window):
    seen = {}

    def fill(dialog):
        fill_check(qtbot, dialog, "")
        qtbot.mouseClick(dialog.findChild(QPushButton, "saveCheck"), Qt.MouseButton.LeftButton)
        seen["visible"] = dialog.isVisible()
        seen["message"] = dialog.message.text()
        dialog.done(0)

    when_modal(fill)
    project_window.new_check_action.trigger()
    assert seen["visible"] and seen["message"]
    assert project_window.workspace.checks.model.total == 0


def test_a_closed_dialog_keeps_a_draft(qtbot, project_window, monkeypatch):
    answers = iter([QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))

    def first(dialog):
        fill_check(qtbot, dialog, "楼道线缆未穿管")
        dialog.reject()

    when_modal(first)
    project_window.new_check_action.trigger()
    restored = {}

    def second(dialog):
        restored["text"] = dialog.description.toPlainText()
        restored["area"] = dialog.area.currentData()
        dialog.done(0)

    when_modal(second)
    project_window.new_check_action.trigger()
    assert restored == {"text": "楼道线缆未穿管", "area": "roof"}


def test_rectification_loop_with_evidence_warning(qtbot, project_window, tmp_path, monkeypatch):
    window = project_window
    photo = sample(tmp_path, "gps_DSCN0010.jpg")

    def fill(dialog):
        fill_check(qtbot, dialog, "外墙保温空鼓", [photo])
        qtbot.mouseClick(dialog.findChild(QPushButton, "saveCheck"), Qt.MouseButton.LeftButton)

    when_modal(fill, timeout_ms=30000)
    window.new_check_action.trigger()
    checks = window.workspace.checks
    qtbot.waitUntil(lambda: checks.model.total == 1)
    checks.table.selectRow(0)

    def notice(dialog):
        dialog.party.setCurrentText("城建第三工程有限公司")
        type_text(qtbot, dialog.requirement, "铲除重贴")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(notice)
    qtbot.mouseClick(checks.rectify_button, Qt.MouseButton.LeftButton)
    view = window.workspace.rectifications
    qtbot.waitUntil(lambda: view.model.total == 1)
    panel = view.panel
    qtbot.waitUntil(lambda: panel.rect_id is not None)
    assert panel.detail.number.startswith("ZG-") and panel.detail.status == "open"
    assert panel.before.photos.rowCount() == 1

    # The contractor replies with the very same photo as "after": the re-checker is warned.
    type_text(qtbot, panel.measures, "已重新粘贴")
    panel.add_photos([str(photo)], "after")
    qtbot.waitUntil(lambda: panel.after.photos.rowCount() == 1, timeout=20000)
    assert panel.measures.toPlainText() == "已重新粘贴"  # the reload kept what was typed
    qtbot.mouseClick(panel.reply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.detail.status == "replied")
    assert panel.warnings.isVisible() and panel.warnings.text()

    type_text(qtbot, panel.opinion, "复查合格")
    type_text(qtbot, panel.resident, "李秀英")
    view.panel.show_item(None, None)  # another row selected, then this one again
    view.panel.show_item(view.model.row(0).id, window.workspace.project_id)
    assert (panel.opinion.toPlainText(), panel.resident.text()) == ("复查合格", "李秀英")

    # The warnings are in view beside the buttons that close the item ...
    panel.ensureWidgetVisible(panel.pass_button)
    assert panel.warnings.visibleRegion().boundingRect() == panel.warnings.rect()
    # ... and closing past them asks first, naming them.
    asked = []

    def answer(box, button):
        asked.append(box.text())
        box.button(button).click()

    when_modal(lambda box: answer(box, QMessageBox.StandardButton.No))
    qtbot.mouseClick(panel.pass_button, Qt.MouseButton.LeftButton)
    assert panel.detail.status == "replied"
    assert "gps_DSCN0010.jpg" in asked[0] and panel.warnings.text().count("•") == asked[0].count("•") > 0
    when_modal(lambda box: answer(box, QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(panel.pass_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.detail.status == "closed")
    assert panel.detail.resident_confirmed_by == "李秀英"
    assert not panel.reply_button.isEnabled() and panel.reopen_button.isEnabled()
    assert panel.history.count() >= 3

    # Reopening needs a reason: without one the question stays open and says so.
    seen = {}

    def reopen(dialog):
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        seen["open"], seen["message"] = dialog.isVisible(), dialog.message.text()
        type_text(qtbot, dialog.reason, "复查后发现仍有空鼓")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    when_modal(reopen)
    qtbot.mouseClick(panel.reopen_button, Qt.MouseButton.LeftButton)
    assert seen == {"open": True, "message": "Give the reason for reopening the item."}
    qtbot.waitUntil(lambda: panel.detail.status == "open")


def test_site_work_models(qtmodeltester, qtbot, demo_path):
    window = open_window(qtbot, demo_path, "DH-2026-01")
    workspace = window.workspace
    assert workspace.checks.model.total > 0 and workspace.rectifications.model.total > 0
    qtmodeltester.check(workspace.checks.model)
    qtmodeltester.check(workspace.rectifications.model)
    workspace.rectifications.table.selectRow(0)
    qtmodeltester.check(workspace.rectifications.panel.before.photos)


def test_evidence_warnings_read_in_chinese(qapp, demo_path):
    from PySide6.QtCore import QTranslator

    from supervisor.db.engine import open_database
    from supervisor.db.models import Rectification
    from supervisor.site import evidence
    from supervisor.ui.app import TRANSLATIONS
    from supervisor.ui.site.rectifications_view import evidence_text

    database = open_database(demo_path)
    with database.read() as session:
        warnings = [
            w for rect in session.query(Rectification).all()
            for w in evidence.evidence_warnings(session, rect.id)
        ]
    database.close()
    assert {w.kind for w in warnings} >= {"taken_before_notice", "same_file"}
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "supervisor_zh_CN.qm"))
    qapp.installTranslator(translator)
    try:
        texts = [evidence_text(w) for w in warnings]
    finally:
        qapp.removeTranslator(translator)
    same = [t for w, t in zip(warnings, texts) if w.kind == "same_file"]
    assert same and all("同一照片文件" in t for t in same), same
    assert any("整改前照片" in t for t in same) and any("巡查记录" in t for t in same), same
    assert not any(word in t for t in texts for word in ("before", "site check", "Taken")), texts


def test_administrator_edits_a_checklist_and_the_form_offers_it(qtbot, project_window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QLineEdit, QListWidget

    from supervisor.ui.site.checklist_dialog import ChecklistDialog

    window = project_window
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("电梯加装", True))
    seen = {}

    def edit(dialog):
        assert isinstance(dialog, ChecklistDialog)
        types = dialog.findChild(QListWidget, "workTypes")
        seen["seeded"] = [types.item(i).text() for i in range(types.count())]
        qtbot.mouseClick(dialog.findChild(QPushButton, "newWorkType"), Qt.MouseButton.LeftButton)
        for text in ("井道垂直度", "基础验收记录齐全"):
            type_text(qtbot, dialog.findChild(QLineEdit, "newCheckItem"), text)
            qtbot.mouseClick(dialog.findChild(QPushButton, "addItem"), Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.findChild(QPushButton, "itemUp"), Qt.MouseButton.LeftButton)
        items = dialog.findChild(QListWidget, "checkItems")
        seen["items"] = [items.item(i).text() for i in range(items.count())]
        dialog.reject()

    when_modal(edit)
    window.checklists_action.trigger()
    assert "屋面" in seen["seeded"]
    assert seen["items"] == ["基础验收记录齐全", "井道垂直度"]

    offered = {}

    def form(dialog):
        index = dialog.work_type.findText("电梯加装")
        offered["found"] = index >= 0
        dialog.work_type.setCurrentIndex(index)
        offered["items"] = [dialog.checklist.item(i).text() for i in range(dialog.checklist.count())]
        dialog.done(0)

    when_modal(form)
    window.new_check_action.trigger()
    assert offered == {"found": True, "items": ["基础验收记录齐全", "井道垂直度"]}


def test_viewer_shows_the_preview_to_fit_and_the_original_for_detail(qtbot, tmp_path, migrated_source):
    import io

    from PIL import Image

    from supervisor.db.audit import set_current_user
    from supervisor.db.engine import open_database
    from supervisor.procedure.templates import create_project
    from supervisor.projects.project import ProjectData
    from supervisor.site import photos
    from supervisor.ui.controller import Controller
    from supervisor.ui.site.photos import PhotoViewer

    set_current_user("tester")
    exif = Image.Exif()
    exif[0x0112] = 6  # stored 2400 × 1800 sideways: upright 1800 × 2400
    out = io.BytesIO()
    Image.new("RGB", (2400, 1800), (90, 140, 200)).save(out, "JPEG", exif=exif.tobytes())
    path = tmp_path / "wall.jpg"
    path.write_bytes(out.getvalue())
    database = open_database(copy_database(migrated_source, tmp_path / "v.sqlite"))
    with database.write() as session:
        project_id = create_project(session, ProjectData(code="V-1", name="Viewer")).id
    photos.import_paths(database, [path], project_id)
    with database.read() as session:
        row = photos.photo_rows(session, project_id=project_id)[0]
    controller = Controller(database)
    viewer = PhotoViewer(controller, row)
    qtbot.addWidget(viewer)
    viewer.resize(800, 700)
    viewer.show()
    qtbot.waitExposed(viewer)
    fitted = viewer.image.pixmap().size()
    assert fitted.height() > fitted.width() and fitted.height() <= viewer.scroll.viewport().height()
    assert viewer.original is None  # the preview is enough to fit the window
    viewer.set_zoom(1.0)
    assert (viewer.image.pixmap().width(), viewer.image.pixmap().height()) == (1800, 2400)
    assert viewer.original is not None and viewer.original.size().height() == 2400
    viewer.close()
    controller.close()


def test_editing_a_notice_keeps_its_procedure_step(qtbot, demo_path):
    from supervisor.ui.site.rectifications_view import RectificationDialog

    window = open_window(qtbot, demo_path, "DH-2026-01")
    view = window.workspace.rectifications
    controller = window.controller
    rows = [view.model.row(i) for i in range(view.model.rowCount())]
    linked = [r for r in rows if r.status != "closed" and controller.site.rect_detail(r.id).step_id]
    assert linked
    before = controller.site.rect_detail(linked[0].id)
    dialog = RectificationDialog(controller, window.workspace.project_id, before.id, window)
    qtbot.addWidget(dialog)
    dialog.basis.setText("GB 50207-2012")
    dialog.accept()
    after = controller.site.rect_detail(before.id)
    assert after.basis == "GB 50207-2012" and after.step_id == before.step_id


def test_discarding_a_new_check_keeps_a_photo_imported_before(qtbot, project_window, tmp_path, monkeypatch):
    from supervisor.site import photos

    window = project_window
    photo = sample(tmp_path, "gps_DSCN0010.jpg")
    photos.import_paths(window.controller.database, [photo], window.workspace.project_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    seen = {}

    def fill(dialog):
        dialog.add_photo_paths([str(photo)])
        qtbot.waitUntil(lambda: dialog.gallery.photos.rowCount() == 1, timeout=20000)
        seen["shown"] = True
        dialog.reject()

    when_modal(fill, timeout_ms=30000)
    window.new_check_action.trigger()
    assert seen == {"shown": True}
    rows = window.controller.site.photo_rows(project_id=window.workspace.project_id)
    assert [r.filename for r in rows] == ["gps_DSCN0010.jpg"]


def test_clicking_a_column_that_cannot_be_sorted_leaves_the_sort_as_it_was(qtbot, demo_path):
    window = open_window(qtbot, demo_path, "DH-2026-01")
    checks = window.workspace.checks
    window.workspace.tabs.setCurrentWidget(checks)
    header = checks.table.horizontalHeader()
    first = checks.model.row(0).id
    photos_column = 6  # the photo count: not sortable
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(photos_column) + 5, 5))
    assert header.sortIndicatorSection() == 0 and checks.model.row(0).id == first
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(5) + 5, 5))
    assert header.sortIndicatorSection() == 5 and checks.model.sort_key == "inspector"


def test_deleting_a_check_says_which_photos_and_links_go_with_it(qtbot, demo_path, monkeypatch):
    """Check 37 of the demo has a photo its rectification ZG-2026-001 shows too; two more are
    added. The question names all three and the item, and the deletion does what it said."""
    import sqlite3

    from supervisor.db.engine import open_database
    from supervisor.site import photos

    database = open_database(demo_path)
    photos.import_paths(database, [SAMPLE_PHOTOS / "Canon_40D.jpg", SAMPLE_PHOTOS / "Nikon_D70.jpg"], 1, check_id=37)
    database.close()
    window = open_window(qtbot, demo_path, "DH-2026-01")
    view = window.workspace.checks
    window.workspace.tabs.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.model.row_of(37) >= 0)
    view.select(37)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    (question,) = asked
    lines = question.split("\n\n")
    assert lines[0].startswith("Delete site check XC-") and "幸福里小区" in lines[0]
    assert lines[1:] == [
        "Its 2 photo(s) shown on no other record will be deleted with it.",
        "1 photo(s) also shown on other records stay there.",
        "Rectification item(s) ZG-2026-001 raised from it stay, but lose their link to this check.",
        "This cannot be undone.",
    ]
    window.close()
    with sqlite3.connect(demo_path) as raw:
        assert raw.execute("SELECT count(*) FROM site_check WHERE id = 37").fetchone() == (0,)
        assert raw.execute("SELECT count(*) FROM photo WHERE filename IN ('Canon_40D.jpg', 'Nikon_D70.jpg')"
                           ).fetchone() == (0,)
        assert raw.execute("SELECT check_id FROM rectification WHERE number = 'ZG-2026-001'").fetchone() == (None,)
        assert raw.execute("SELECT count(*) FROM photo_link WHERE rectification_id = 1").fetchone() == (1,)


def test_removing_a_photo_asks_only_when_the_photo_itself_goes(qtbot, demo_path, monkeypatch):
    """Check 37's first photo is also on rectification ZG-2026-001: it leaves the check without a
    question. A photo no other record shows is deleted with its link: that is asked first."""
    import sqlite3

    from supervisor.db.engine import open_database
    from supervisor.site import photos
    from supervisor.ui.site.check_dialog import CheckDialog

    database = open_database(demo_path)
    photos.import_paths(database, [SAMPLE_PHOTOS / "Canon_40D.jpg"], 1, check_id=37)
    database.close()
    window = open_window(qtbot, demo_path, "DH-2026-01")
    dialog = CheckDialog(window.controller, 1, 37, window)
    qtbot.addWidget(dialog)
    gallery = dialog.gallery
    names = [gallery.photos.photo(r).filename for r in range(gallery.photos.rowCount())]
    assert len(names) == 2 and "Canon_40D.jpg" in names
    asked = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or next(answers))
    remove = dialog.findChild(QPushButton, "removePhoto")

    shared = next(r for r, n in enumerate(names) if n != "Canon_40D.jpg")
    gallery.setCurrentIndex(gallery.photos.index(shared, 0))
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert asked == [] and gallery.photos.rowCount() == 1

    gallery.setCurrentIndex(gallery.photos.index(0, 0))
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)  # answered No: nothing happens
    assert asked == ["Remove Canon_40D.jpg? No other record shows it, so the photo itself is deleted. "
                     "This cannot be undone."]
    assert gallery.photos.rowCount() == 1
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)  # answered Yes
    assert gallery.photos.rowCount() == 0
    with sqlite3.connect(demo_path) as raw:
        assert raw.execute("SELECT count(*) FROM photo WHERE filename = 'Canon_40D.jpg'").fetchone() == (0,)
        assert raw.execute("SELECT count(*) FROM photo_link WHERE rectification_id = 1").fetchone() == (1,)


def test_discarding_a_new_check_says_its_photos_are_deleted(qtbot, project_window, tmp_path, monkeypatch):
    window = project_window
    photo = sample(tmp_path, "Nikon_D70.jpg")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.No)

    def fill(dialog):
        dialog.add_photo_paths([str(photo)])
        qtbot.waitUntil(lambda: dialog.gallery.photos.rowCount() == 1, timeout=20000)
        dialog.reject()

    when_modal(fill, timeout_ms=30000)
    window.new_check_action.trigger()
    assert asked == ["Keep what you typed as a draft for later?\n\nIf not, the 1 photo(s) added here are deleted."]
    assert window.controller.site.photo_rows(project_id=window.workspace.project_id) == []


def test_another_item_is_shown_from_its_top_the_same_one_where_it_was(qtbot, demo_path):
    window = open_window(qtbot, demo_path, "DH-2026-01")
    view = window.workspace.rectifications
    window.workspace.show_tab(2)
    view.table.selectRow(0)
    bar = view.panel.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    view.reload()  # the same item again (e.g. after a change): it stays where it was
    assert bar.value() == bar.maximum() > 0
    view.table.selectRow(1)
    assert bar.value() == 0


def test_raise_rectification_defaults_to_the_contractor_and_the_checks_inspector(qtbot, demo_path):
    """李秀英 is a resident quality supervisor, 张伟 the chief supervising engineer (demo people)."""
    window = open_window(qtbot, demo_path, "DH-2026-01")
    window.workspace.show_tab(1)
    checks = window.workspace.checks
    qtbot.waitUntil(lambda: checks.model.total > 0)
    rows = [checks.model.row(r) for r in range(checks.model.rowCount())]
    seen = {}
    for inspector in ("李秀英", "张伟"):
        checks.table.selectRow(next(r for r, row in enumerate(rows) if row.inspector == inspector))

        def look(dialog, who=inspector):
            seen[who] = (dialog.party.currentText(), dialog.source.currentData())
            dialog.done(0)

        when_modal(look)
        qtbot.mouseClick(checks.rectify_button, Qt.MouseButton.LeftButton)
    assert seen == {"李秀英": ("城建第三工程有限公司", "resident"), "张伟": ("城建第三工程有限公司", "supervisor")}


def test_a_shared_area_names_its_building_and_unit_on_screen_in_print_and_in_the_ledger(qtbot, demo_path):
    import datetime as dt

    from supervisor.documents.forms.sources import site_check
    from supervisor.documents.ledgers import Scope
    from supervisor.documents.ledgers.sources import site_check_rows
    from supervisor.site.checks import CheckFilter

    window = open_window(qtbot, demo_path, "DH-2026-01")

    def fill(dialog):
        dialog.compound.setCurrentIndex(dialog.compound.findText("幸福里小区"))
        dialog.building.setCurrentIndex(1)
        dialog.unit.setCurrentIndex(1)
        dialog.area.setCurrentIndex(dialog.area.findData("stairwell"))
        assert dialog.building.isEnabled() and dialog.unit.isEnabled() and not dialog.household.isEnabled()
        qtbot.mouseClick(dialog.result_problem, Qt.MouseButton.LeftButton)
        type_text(qtbot, dialog.description, "楼道线缆未穿管")
        dialog.inspector.setCurrentText("张伟")
        qtbot.mouseClick(dialog.findChild(QPushButton, "saveCheck"), Qt.MouseButton.LeftButton)

    when_modal(fill)
    window.new_check_action.trigger()
    controller, project_id = window.controller, window.workspace.project_id
    newest = controller.site.check_page(CheckFilter(project_id=project_id, search="楼道线缆未穿管"), 0, 1, None, True)[0]
    place = "幸福里小区 1号楼 1单元 楼道"
    assert newest.location_text == place
    with controller.database.read() as session:
        printed = site_check(session, project_id, newest.id).values["location"]
        ledger = [row for row in site_check_rows(session, Scope(project_id=project_id), dt.date.today())
                  if row[0].endswith(f"{newest.id:05d}")]
    assert printed == place
    assert ledger[0][3] == "幸福里小区" and ledger[0][4].endswith("1号楼 1单元 楼道")


def test_a_full_disk_during_an_import_says_so_and_the_check_keeps_the_photos_stored(
    qtbot, project_window, tmp_path, monkeypatch
):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from supervisor.site import photos

    window = project_window
    monkeypatch.setattr(photos, "GROUP_SECONDS", 0)  # one photo per transaction
    fill_the_disk_at(window.controller.database, 3)  # SQLITE_FULL while the third is stored
    names = ["Canon_40D.jpg", "Nikon_D70.jpg", "gps_DSCN0010.jpg", "gps_DSCN0012.jpg"]
    paths = [sample(tmp_path, name) for name in names]
    seen = {}

    def read_the_message():
        # Polled by a timer: the message box runs its own event loop (exec), inside which a
        # qtbot.waitUntil condition would never be asked again.
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen["title"], seen["text"] = box.windowTitle(), box.text()
            box.close()
        else:
            QTimer.singleShot(20, read_the_message)

    def fill(dialog):
        fill_check(qtbot, dialog, "外墙空鼓")
        read_the_message()
        dialog.add_photo_paths([str(p) for p in paths])
        qtbot.waitUntil(lambda: "text" in seen, timeout=20000)
        qtbot.waitUntil(lambda: dialog.gallery.photos.rowCount() == 2)
        seen["gallery"] = [dialog.gallery.photos.photo(i).filename for i in range(2)]
        qtbot.mouseClick(dialog.findChild(QPushButton, "saveCheck"), Qt.MouseButton.LeftButton)

    when_modal(fill, timeout_ms=30000)
    window.new_check_action.trigger()
    assert seen["title"] == "Some photos were not imported"
    assert seen["text"].startswith("The disk holding ") and " is full or failing." in seen["text"]
    assert "stopped after 2 of 4 files" in seen["text"]
    assert seen["gallery"] == names[:2]
    checks = window.workspace.checks
    qtbot.waitUntil(lambda: checks.model.total == 1)
    assert checks.model.row(0).photo_count == 2  # the photos stored went onto the check
    rows = window.controller.site.photo_rows(project_id=window.workspace.project_id)
    assert sorted(r.filename for r in rows) == sorted(names[:2])
