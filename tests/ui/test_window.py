"""The main window as a whole, driven by real clicks and keys: a project from creation to
reopening, undo, a damaged file, the remembered layout, the language, shortcuts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from supervisor.codes import StepStatus
from tests.conftest import copy_database
from tests.ui.conftest import (
    answer_reason,
    create_project_by_dialog,
    open_window,
    select_step,
    step_status_in_tree,
)


def test_create_attach_complete_reopen(qtbot, window, db_path, tmp_path, monkeypatch):
    create_project_by_dialog(qtbot, window)
    qtbot.waitUntil(lambda: window.workspace.project_id is not None)
    assert window.workspace.procedure.progress_label.text().startswith("0/45")

    panel = select_step(qtbot, window, "1")
    files = []
    for name in ("居民意见登记表.pdf", "同意率统计表.xlsx"):
        path = tmp_path / name
        path.write_bytes(name.encode() * 100)
        files.append(path)
    # Attach each file to its material with the material selected and the button clicked.
    for row, path in enumerate(files):
        item = panel.materials.topLevelItem(row)
        panel.materials.setCurrentItem(item)
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, p=path, **k: ([str(p)], ""))
        qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    assert [m.provided for m in panel.step.materials] == [True, True]
    assert panel.materials.topLevelItem(0).child(0).text(0) == "居民意见登记表.pdf"

    # Step 1 waits for the residents' consent; this project has no compounds yet, so the
    # manager is asked for a reason to complete it anyway.
    asked = []
    answer_reason("征询材料已线下核实", asked)
    qtbot.mouseClick(panel.complete_button, Qt.MouseButton.LeftButton)
    assert asked and "no compounds" in asked[0]
    assert panel.step.status == StepStatus.DONE
    assert panel.step.override_reason == "征询材料已线下核实"
    assert window.workspace.procedure.progress_label.text().startswith("1/45")

    window.close()
    reopened = open_window(qtbot, db_path)
    assert reopened.workspace.projects.project(0).code == "NEW-01"
    assert step_status_in_tree(reopened, "1") == "Done"
    with sqlite3.connect(db_path) as raw:
        names = [r[0] for r in raw.execute("SELECT filename FROM attachment ORDER BY id")]
    assert names == ["居民意见登记表.pdf", "同意率统计表.xlsx"]


def test_undo_and_redo_of_a_material_tick(qtbot, window):
    create_project_by_dialog(qtbot, window)
    qtbot.waitUntil(lambda: window.workspace.project_id is not None)
    panel = select_step(qtbot, window, "3")
    panel.materials.topLevelItem(0).setCheckState(0, Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: panel.step.materials[0].provided)
    assert window.undo_action.isEnabled()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tree = window.workspace.procedure.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not panel.step.materials[0].provided
    window.redo_action.trigger()
    assert panel.step.materials[0].provided


def test_damaged_database_gives_a_message_not_a_traceback(qtbot, tmp_path, monkeypatch):
    from supervisor.ui.main_window import MainWindow

    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"garbage" * 1000)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.open_failed, timeout=20000):
        window.open_database(str(broken))
    assert warnings and "broken.sqlite" in warnings[0]
    assert window.workspace is None
    assert broken.read_bytes() == b"garbage" * 1000


def test_window_layout_is_remembered(qtbot, db_path):
    first = open_window(qtbot, db_path)
    first.resize(760, 560)  # the offscreen screen is 800 x 600
    first.workspace.setSizes([250, 500])
    sizes = first.workspace.sizes()
    first.close()
    second = open_window(qtbot, db_path)
    assert second.size().width() == 760 and second.size().height() == 560
    assert second.workspace.sizes() == sizes


def test_chinese_is_the_default_on_a_chinese_system(tmp_path):
    import os
    import subprocess
    import sys

    code = (
        "from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
        "app.setOrganizationName('T'); from supervisor.ui.app import choose_language;"
        "print(choose_language(None))"
    )
    for lang, expected in (("zh_CN.UTF-8", "zh_CN"), ("en_US.UTF-8", "en")):
        env = dict(os.environ, LANG=lang, LC_ALL=lang, LANGUAGE="", XDG_CONFIG_HOME=str(tmp_path))
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        assert out.stdout.strip() == expected


def test_file_dialogs_speak_the_windows_language(tmp_path):
    """The platform's file dialogs speak the system's language: in a Chinese window on an
    English system (and the other way round) Qt's own, translated, dialogs are used."""
    import os
    import subprocess
    import sys

    code = (
        "import sys; from PySide6.QtCore import Qt; from PySide6.QtWidgets import QApplication;"
        "app = QApplication([]); from supervisor.ui.app import install_translations;"
        "install_translations(app, sys.argv[1]);"
        "print(app.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs))"
    )
    for system, window, own_dialogs in (
        ("en_US.UTF-8", "zh_CN", "True"), ("zh_CN.UTF-8", "zh_CN", "False"),
        ("zh_CN.UTF-8", "en", "True"), ("en_US.UTF-8", "en", "False"),
    ):
        env = dict(os.environ, LANG=system, LC_ALL=system, LANGUAGE="", QT_QPA_PLATFORM="offscreen")
        out = subprocess.run([sys.executable, "-c", code, window], env=env, capture_output=True, text=True, check=True)
        assert out.stdout.strip() == own_dialogs, (system, window)


@pytest.mark.parametrize("language", ["zh_CN"], indirect=True)
def test_qts_own_file_dialog_reads_in_chinese(qtbot, tmp_path, language):
    """Its labels, buttons and the kind of a folder: Qt's catalogue lacks some, ours has them."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel, QTreeView

    (tmp_path / "照片").mkdir()
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(None, "导出", str(tmp_path))
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(mode)
        dialog.show()
        view = dialog.findChild(QTreeView)
        qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) == 1)
        folder = view.model().index(0, 2, view.rootIndex()).data()
        texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
                 if w.isVisible() and w.text()]
        english = [t for t in texts + [folder] if re.search("[A-Za-z]{2,}", t.replace("&", ""))]
        assert english == [], mode
        dialog.done(0)


def test_no_two_actions_share_a_shortcut(qtbot, window):
    from collections import Counter

    from PySide6.QtGui import QAction

    keys = Counter(
        action.shortcut().toString()
        for action in window.findChildren(QAction)
        if not action.shortcut().isEmpty()
    )
    assert [key for key, count in keys.items() if count > 1] == []


def test_a_missing_database_file_is_created(qtbot, tmp_path):
    """The ``window`` fixture starts from a copied database; opening a path where there is no
    file makes a new, empty database there (migrated as it is created)."""
    path = tmp_path / "new" / "supervisor.sqlite"
    window = open_window(qtbot, path)
    assert path.is_file()
    assert window.workspace.projects.rowCount() == 0


def test_the_title_names_the_database_once_and_the_application_not_at_all(qtbot, window, db_path):
    """The platform adds the application's name (``applicationDisplayName``) after the title."""
    from supervisor.paths import APP_NAME

    assert window.windowTitle() == str(db_path)
    assert APP_NAME not in window.windowTitle()


def test_the_demo_says_it_is_sample_data_and_is_never_reopened_by_itself(
    qtbot, window, db_path, demo_path, tmp_path, migrated_source
):
    from PySide6.QtCore import QSettings

    from supervisor.paths import demo_database_path
    from supervisor.ui.main_window import MainWindow

    assert window.last_database() == str(db_path)
    window.close()
    demo = open_window(qtbot, demo_path)  # a file the demo wrote, opened by its name
    assert demo.windowTitle() == f"{demo_path} — sample data"
    demo.close()
    # A file opened as the demo (File → Open the demo database, --demo) is sample data too.
    plain = copy_database(migrated_source, tmp_path / "plain.sqlite")  # no demo's mark in it
    opened_as_demo = MainWindow()
    qtbot.addWidget(opened_as_demo)
    with qtbot.waitSignal(opened_as_demo.ready, timeout=20000):
        opened_as_demo.open_database(str(plain), demo=True)
    assert "sample data" in opened_as_demo.windowTitle()
    opened_as_demo.close()
    later = MainWindow()
    qtbot.addWidget(later)
    assert later.last_database() == str(db_path)
    # The demo remembered by an earlier version is not reopened either.
    QSettings().setValue("database/last", str(demo_database_path()))
    assert Path(later.last_database()).name == "supervisor.sqlite"


def test_no_filter_choice_is_cut_short_in_a_1280_pixel_window(qtbot, demo_path, language):
    """Every choice of the filter boxes of the procedure, site checks and rectifications reads
    whole in a 1280-pixel-wide window ("All partie" did not)."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QWidget

    from supervisor.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    with qtbot.waitSignal(window.ready, timeout=20000):
        window.open_database(str(demo_path))
    workspace = window.workspace
    rows = [workspace.projects.project(r) for r in range(workspace.projects.rowCount())]
    workspace.reload_projects(select=next(r.id for r in rows if r.code == "DH-2026-01"))
    cut = []
    for tab, name in ((2, "rectifications"), (1, "checks"), (0, "procedure")):
        workspace.show_tab(tab)  # as a click on the tab: the view is made and filled
        view = getattr(workspace, name)
        qtbot.waitUntil(view.isVisible)
        for combo in view.findChildren(QComboBox):
            if combo.isEditable() or not combo.isVisibleTo(window) or combo.parent() is not view:
                continue
            option = QStyleOptionComboBox()
            combo.initStyleOption(option)
            field = combo.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
            )
            for index in range(combo.count()):
                text = combo.itemText(index)
                if combo.fontMetrics().horizontalAdvance(text) > field.width():
                    cut.append(f"{combo.objectName() or type(view).__name__}: {text!r} in {field.width()} px")
        for widget in view.findChildren(QWidget):
            where = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
            if widget.parent() is view and widget.isVisibleTo(window) and not window.rect().contains(where):
                cut.append(f"{type(view).__name__}: {type(widget).__name__} {widget.objectName()} beyond the window")
    assert cut == []
