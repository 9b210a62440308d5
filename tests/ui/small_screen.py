"""Every window and dialog on a 1366×768 laptop: its buttons on the screen, its content scrolling.

Not collected by the usual run: ``test_small_screen.py`` runs this module in a child process
whose (offscreen) screen is 1366×728 available pixels, a 1366×768 screen less a taskbar, since
a screen's size is fixed when the application starts. Run directly, every test skips.

Each dialog is opened on the demo database, as the application opens it, and shown: its frame
and a title bar must fit in the available area, and every button of its button row (and every
other push button outside a scrolling area) must be wholly on the screen and unclipped.
``test_every_dialog_is_checked`` finds the dialogs by reading the sources, so a new dialog
without an entry here fails.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QDialogButtonBox, QPushButton, QWidget

from tests.conftest import REPO
from tests.ui.conftest import open_window

SCREEN = (1366, 728)
"""The available area of the screen (1366×768 less a 40-pixel taskbar)."""

TITLE_BAR = 32
"""Room kept for the window's title bar, which the offscreen platform does not draw."""


@pytest.fixture(autouse=True)
def small_screen(qapp):
    available = qapp.primaryScreen().availableGeometry()
    if (available.width(), available.height()) != SCREEN:
        pytest.skip("needs the 1366×728 screen that test_small_screen.py gives its child process")


@pytest.fixture
def demo_window(qtbot, demo_path, language):
    return open_window(qtbot, demo_path, "DH-2026-01")


def dialog_classes() -> set[str]:
    """The names of every dialog class under supervisor/ui (the shared base excluded)."""
    pattern = re.compile(r"^class (\w+)\((?:\w+\.)?(?:QDialog|\w*Dialog)\)", re.MULTILINE)
    names = set()
    for path in (REPO / "supervisor" / "ui").rglob("*.py"):
        names.update(pattern.findall(path.read_text(encoding="utf-8")))
    return names - {"SavingDialog"}


def _ids(window):
    """The demo records the dialogs are opened on."""
    from supervisor.site.checks import CheckFilter
    from supervisor.site.rectification_register import RectFilter

    controller = window.controller
    project_id = window.workspace.project_id
    compound = controller.projects.compounds(project_id)[0]
    check = next(
        row for row in controller.site.check_page(CheckFilter(project_id=project_id), 0, 50, None, True)
        if row.photo_count
    )
    rect = controller.site.rect_page(RectFilter(project_id=project_id), 0, 1, None, False)[0]
    return controller, project_id, compound, check, rect


def _project_dialog(window):
    from supervisor.ui.projects.project_dialog import ProjectDialog

    controller, project_id, *_ = _ids(window)
    return ProjectDialog(lambda d: None, controller.projects.project_data(project_id), window, history=lambda: None)


def _history_dialog(window):
    from supervisor.history import reading
    from supervisor.ui.history.view import HistoryDialog

    controller, _project_id, _compound, _check, rect = _ids(window)
    dialog = HistoryDialog(controller, rect.number, lambda s: reading.family(s, "rectification", rect.id), window)
    from PySide6.QtCore import QCoreApplication

    for _ in range(200):  # the first batch, read in the background
        if dialog.view.model.rowCount():
            break
        QCoreApplication.processEvents()
        import time

        time.sleep(0.02)
    return dialog


def _entry_dialog(window):
    from supervisor.history import reading
    from supervisor.ui.history.view import EntryDialog

    controller, _project_id, _compound, check, _rect = _ids(window)
    entry = controller.read(lambda s: reading.entries(s, reading.Filter(kind="site_check", row_key=str(check.id)))[0])
    return EntryDialog(entry, window)


def _roster_dialog(window, tmp_path):
    from supervisor.residents.roster_xlsx import write_template
    from supervisor.ui.residents.roster_import import RosterImportDialog

    controller, _project_id, compound, *_ = _ids(window)
    return RosterImportDialog(controller, compound.id, compound.name, write_template(tmp_path / "roster.xlsx"), window)


def _survey_dialog(window):
    from supervisor.ui.residents.surveys_view import SurveyDialog

    controller = window.controller
    compounds = controller.projects.compounds(_finished_project(window))
    row = next(r for c in compounds for r in controller.residents.surveys(c.id))
    return SurveyDialog(controller, row.compound_id, lambda d: None, controller.residents.survey_data(row.id), window)


def _day_dialog(window):
    from supervisor.ui.residents.opinions_view import DayDialog

    controller, project_id, *_ = _ids(window)
    day = controller.residents.supervision_days(project_id)[0]
    return DayDialog(controller, project_id, lambda d: None, day.to_data(project_id), window)


def _photo_viewer(window):
    from supervisor.ui.site.photos import PhotoViewer

    controller, _project_id, _compound, check, _rect = _ids(window)
    return PhotoViewer(controller, controller.site.photo_rows(check_id=check.id)[0], window)


def _print_preview(window):
    from supervisor.ui.documents.print_preview import PrintPreviewDialog

    controller, project_id, *_ = _ids(window)
    return PrintPreviewDialog(controller.database, "procedure", project_id, file_name="x.pdf", parent=window)


def _reason_dialog(window):
    from supervisor.ui.dialogs import ReasonDialog

    prompt = "Step 1 has prerequisites that are not complete: " + "; ".join(f"{n} 某某步骤" for n in range(2, 40))
    return ReasonDialog(window, "Complete before prerequisites?", prompt, lambda reason: None)


def _factories():
    from supervisor.residents.rules import ConsentSettings, OpinionSettings
    from supervisor.documents.letterhead import Letterhead
    from supervisor.ui.documents.export_dialog import ExportDialog
    from supervisor.ui.documents.letterhead_dialog import LetterheadDialog
    from supervisor.ui.procedure.calendar_dialog import CalendarDialog
    from supervisor.ui.procedure.template_editor import TemplateEditor
    from supervisor.ui.projects.compounds_view import BuildingDialog, CompoundDialog
    from supervisor.ui.projects.people_dialog import PeopleDialog, PersonDialog
    from supervisor.ui.residents.dialogs import AnswerDialog, HouseholdDialog, ResidentRulesDialog
    from supervisor.ui.residents.opinions_view import OpinionDialog
    from supervisor.ui.residents.surveys_view import ComparisonDialog
    from supervisor.ui.site.acceptance_dialog import AcceptanceDialog
    from supervisor.ui.site.check_dialog import CheckDialog
    from supervisor.ui.site.checklist_dialog import ChecklistDialog
    from supervisor.ui.site.rectifications_view import RectificationDialog
    from supervisor.ui.accounts.sign_in import LockDialog, SignInDialog
    from supervisor.ui.accounts.users_page import UserDialog, UsersDialog
    from supervisor.accounts.guard import Person
    from supervisor.ui.backups.dialog import BackupsDialog
    from supervisor.ui.history.audit_log import AuditLogDialog

    def with_ids(make):
        return lambda window, _tmp: make(window, *_ids(window))

    return {
        "ProjectDialog": lambda w, _t: _project_dialog(w),
        "PeopleDialog": with_ids(lambda w, c, *_: PeopleDialog(c, w)),
        "PersonDialog": lambda w, _t: PersonDialog(lambda *a: None, parent=w),
        "CompoundDialog": lambda w, _t: CompoundDialog(lambda d: None, parent=w),
        "BuildingDialog": lambda w, _t: BuildingDialog(lambda *a: None, parent=w),
        "CalendarDialog": with_ids(lambda w, c, *_: CalendarDialog(c, w)),
        "TemplateEditor": with_ids(lambda w, c, *_: TemplateEditor(c, w)),
        "RosterImportDialog": _roster_dialog,
        "SurveyDialog": lambda w, _t: _survey_dialog(w),
        "ComparisonDialog": with_ids(lambda w, c, p, *_: ComparisonDialog(c, p, w)),
        "OpinionDialog": with_ids(lambda w, c, p, *_: OpinionDialog(c, p, lambda d: None, parent=w)),
        "DayDialog": lambda w, _t: _day_dialog(w),
        "HouseholdDialog": lambda w, _t: HouseholdDialog(lambda d: None, parent=w),
        "AnswerDialog": lambda w, _t: AnswerDialog(lambda d: None, "1号楼 1单元 101 张三 — 第 1 轮", parent=w),
        "ResidentRulesDialog": lambda w, _t: ResidentRulesDialog(
            lambda *a: None, ConsentSettings(), OpinionSettings(), w
        ),
        "CheckDialog": with_ids(lambda w, c, p, _cp, check, _r: CheckDialog(c, p, check.id, w)),
        "RectificationDialog": with_ids(lambda w, c, p, _cp, _ch, rect: RectificationDialog(c, p, rect.id, w)),
        "PhotoViewer": lambda w, _t: _photo_viewer(w),
        "AcceptanceDialog": lambda w, _t: AcceptanceDialog(w.controller, _finished_project(w), w),
        "ChecklistDialog": with_ids(lambda w, c, *_: ChecklistDialog(c, w)),
        "ExportDialog": with_ids(lambda w, c, p, *_: ExportDialog(c, p, "DH-2026-01", parent=w)),
        "PrintPreviewDialog": lambda w, _t: _print_preview(w),
        "ReasonDialog": lambda w, _t: _reason_dialog(w),
        "SignInDialog": lambda w, _t: SignInDialog(lambda *a: None, title="Sign in", prompt="demo.sqlite", parent=w),
        "LockDialog": lambda w, _t: LockDialog(w.controller.database, Person(1, "pm", "李经理", frozenset(), ""), w),
        "UserDialog": lambda w, _t: UserDialog(lambda values: None, parent=w),
        "UsersDialog": lambda w, _t: UsersDialog(w.controller, w),
        "BackupsDialog": lambda w, _t: BackupsDialog(w, True),
        "HistoryDialog": lambda w, _t: _history_dialog(w),
        "EntryDialog": lambda w, _t: _entry_dialog(w),
        "AuditLogDialog": with_ids(lambda w, c, p, *_: AuditLogDialog(c, p, w)),
        "VerifyDialog": lambda w, _t: _verify_dialog(w),
        "LetterheadDialog": lambda w, _t: LetterheadDialog(
            lambda *a: None, Letterhead("东湖街道办事处", "浙江诚信工程监理有限公司", _logo()), w
        ),
        **_funds_dialogs(),
    }


def _funds_dialogs():
    """The Funds tab's dialogs, each with its longest content: every source in the split, a
    milestone rule, six closed gates."""
    import datetime as dt
    from decimal import Decimal
    from types import SimpleNamespace

    from supervisor.funds import budget, payments, rules
    from supervisor.ui.funds import dialogs as d
    from supervisor.ui.funds.operations import SourceRow

    sources = [SourceRow(n, kind, f"{kind}资金（第{n}批）", Decimal("12345678.90"), Decimal("2345678.90"), "")
               for n, kind in enumerate(("central", "provincial", "local", "bond", "residents", "maintenance_fund",
                                         "public_income", "utility"), start=1)]
    contracts = [SimpleNamespace(id=1, kind="works", party="城建第三工程有限公司（老旧小区改造一标段）"),
                 SimpleNamespace(id=2, kind="supervision", party="华建工程监理有限公司")]
    application = payments.Application(1, "milestone", "1,200,000", dt.date(2026, 7, 1), "进场", "entry", None,
                                       None, "刘强", [payments.ItemData("外墙保温", "m²", "100", "45")])
    gates = "\n".join(f"• 累计支付{n},000,000.00元，超过已完成合格工程价款的80%" for n in range(1, 7))

    def compounds(window):
        return window.controller.projects.compounds(window.workspace.project_id)

    return {
        "TermsDialog": lambda w, _t: d.TermsDialog(lambda t: None, budget.Terms(final_account_amount="9,000,000"), w),
        "BudgetLineDialog": lambda w, _t: d.BudgetLineDialog(lambda *a: None, parent=w),
        "SourceDialog": lambda w, _t: d.SourceDialog(lambda *a: None, parent=w),
        "ContractDialog": lambda w, _t: d.ContractDialog(lambda data: None, parent=w),
        "ApplicationDialog": lambda w, _t: d.ApplicationDialog(lambda data: None, contracts, rules.rule("milestone"),
                                                               application, w),
        "StepDialog": lambda w, _t: d.StepDialog(
            lambda *a: None, "Certify payment ZF-2026-001",
            "The chief supervisor's certificate for ZF-2026-001: 1,200,000.00 applied for.",
            amount=Decimal("1200000"), amount_label="Amount certified:", opinion=True, parent=w),
        "DisburseDialog": lambda w, _t: d.DisburseDialog(lambda *a: None, "ZF-2026-001", Decimal("1180000.50"),
                                                         sources, w),
        "OverrideDialog": lambda w, _t: d.OverrideDialog(lambda *a: None, gates, w),
        "AssessDialog": lambda w, _t: d.AssessDialog(lambda *a: None, compounds(w), w),
        "ContributionPaidDialog": lambda w, _t: d.ContributionPaidDialog(
            lambda *a: None, "幸福里小区 1号楼 1-101 张三", Decimal("1200"), w),
        "RepairDialog": lambda w, _t: d.RepairDialog(lambda data: None, compounds(w), parent=w),
        "VoucherDialog": lambda w, _t: d.VoucherDialog(lambda *a: None, "Pay urgent repair WX-2026-001",
                                                       "3号楼屋面漏水: 9,876.54 from the government's share.", w),
    }


def _logo() -> bytes:
    from supervisor.documents.letterhead import logo_png
    from tests.conftest import SAMPLE_PHOTOS

    return logo_png((SAMPLE_PHOTOS / "gps_DSCN0010.jpg").read_bytes())


def _verify_dialog(window):
    """With the longest verdict: the history tampered with, and forty changes listed."""
    import datetime as dt

    from supervisor.history import codes, reading
    from supervisor.ui.history.verify_dialog import VerifyDialog

    with window.controller.database.read() as session:
        changes = tuple(reading.entries(session, newest_first=False, limit=40))
    problems = tuple(codes.Message("The {what} {record} was changed outside the application ({fields}).",
                                   (("what", "site check"), ("record", f"XC-2026-{n:05d}"), ("fields", "result")))
                     for n in range(1, 4))
    verdict = codes.Verdict(codes.TAMPERED, codes.Message(
        "The history was changed after this form was printed, outside the application: what the paper shows "
        "can no longer be vouched for. Run 'supervisor check' on the database."),
        code="1111-QFPG-ZD6K-6HZ", form="site-check", subject="XC-2026-00001", head_id=1775,
        head_at=dt.datetime(2026, 10, 6, 5, 0), changes=changes, problems=problems)
    dialog = VerifyDialog(window.controller.database, window)
    dialog.show_verdict(verdict)
    return dialog


def _finished_project(window) -> int:
    """The finished demo project: its acceptance record (the longest form), its surveys."""
    workspace = window.workspace
    rows = [workspace.projects.project(r) for r in range(workspace.projects.rowCount())]
    return next(r.id for r in rows if r.code == "DH-2025-03")


DIALOGS = sorted(dialog_classes())


def test_every_dialog_is_checked():
    assert set(_factories()) == set(DIALOGS)


def assert_fits(widget: QWidget, name: str) -> None:
    available = widget.screen().availableGeometry()
    frame = widget.frameGeometry()
    assert available.contains(frame) and frame.height() + TITLE_BAR <= available.height(), (
        f"{name}: {frame.width()}×{frame.height()} at ({frame.x()}, {frame.y()}) does not fit "
        f"{available.width()}×{available.height()} with a title bar"
    )
    buttons = [b for box in widget.findChildren(QDialogButtonBox) for b in box.buttons()]
    buttons += [
        b for b in widget.findChildren(QPushButton)
        if not any(isinstance(p, QAbstractScrollArea) for p in _ancestors(b, widget))
    ]
    checked = 0
    for button in buttons:
        if not button.isVisibleTo(widget):
            continue
        checked += 1
        top_left = button.mapToGlobal(button.rect().topLeft())
        where = QRect(top_left, button.size())
        assert available.contains(where), f"{name}: the button {button.text()!r} at {where} is off the screen"
        assert button.visibleRegion().boundingRect() == button.rect(), (
            f"{name}: the button {button.text()!r} is partly hidden"
        )
    assert checked or not buttons, f"{name}: no button is shown"


def _ancestors(widget: QWidget, top: QWidget):
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        yield parent
        parent = parent.parentWidget()


@pytest.mark.parametrize("name", DIALOGS)
def test_the_dialog_fits_with_its_buttons(qtbot, demo_window, tmp_path, name):
    dialog = _factories()[name](demo_window, tmp_path)
    try:
        dialog.show()
        qtbot.waitExposed(dialog)
        QApplication.processEvents()
        assert_fits(dialog, name)
    finally:
        dialog.done(0)  # not reject(): that may ask about what was typed


def test_the_funds_tab_fits_with_its_buttons_and_tables(qtbot, demo_window, language):
    """Each page of the Funds tab on the demo's project with money: every button on the screen
    and unclipped, every table with room for rows. With SUPERVISOR_SCREENSHOTS set, each page is
    saved there as a PNG."""
    import os

    from PySide6.QtWidgets import QTableView

    from supervisor.db.changes import Changed
    from tests.funds.conftest import write_funds

    write_funds(demo_window.controller.database, demo_window.workspace.project_id)
    demo_window.controller.announce(Changed.FUNDS)
    demo_window.funds_tab_action.trigger()
    view = demo_window.workspace.funds
    assert demo_window.workspace.tabs.currentWidget() is view
    folder = os.environ.get("SUPERVISOR_SCREENSHOTS")
    for index in range(view.pages.count()):
        view.pages.setCurrentIndex(index)
        QApplication.processEvents()
        name = f"Funds tab, page {view.pages.tabText(index)!r}"
        assert_fits(demo_window, name)
        page = view.pages.currentWidget()
        for table in page.findChildren(QTableView):
            if table.isVisibleTo(page):
                rows = table.viewport().height() // table.verticalHeader().defaultSectionSize()
                assert rows >= 3, f"{name}: the table {table.objectName()} shows {rows} row(s)"
        if folder:
            demo_window.grab().save(os.path.join(folder, f"funds_{language}_{index}.png"))


def test_the_main_window_fits(qtbot, demo_window):
    assert_fits(demo_window, "MainWindow")
    status = demo_window.statusBar()
    where = QRect(status.mapToGlobal(status.rect().topLeft()), status.size())
    assert demo_window.screen().availableGeometry().contains(where)
