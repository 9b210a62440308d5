"""The main window: menus and actions, the project list, and the current project's tabs.

It appears at once with its menus and an "Opening…" notice; the database is opened in the
background (``supervisor.ui.startup``), then the workspace (the part that needs the database
layer) is built.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
)

from supervisor.paths import default_database_path
from supervisor.ui.failures import error_text, show_error, shows_errors
from supervisor.ui.signals import emit
from supervisor.ui.widgets import fit_to_screen


class MainWindow(QMainWindow):
    """Signals:
        ready(): the database is open and the first project is on screen.
        open_failed(str): the database could not be opened (message for the user).
    """

    ready = Signal()
    open_failed = Signal(str)

    def __init__(self):
        super().__init__()
        from supervisor.ui import gc_guard

        gc_guard.install()
        self.quiet = False  # --smoke: report failures on stderr instead of dialogs
        self.controller = None
        self.workspace = None
        self._opener = None  # the runner's task opening a database, while it runs
        self._sample = False  # the open database is sample data (the demo)
        self._idle_lock = None  # locks the window after idle time while someone is signed in
        self.backups = None  # the open SQLite database's automatic backups (ui.backups.automatic)
        self._audit_log = None  # Tools → Audit log, while open
        self.undo_group = QUndoGroup(self)
        self.setWindowTitle("Supervisor")
        fit_to_screen(self, 1280, 800)
        self._create_actions()
        self._create_menus()
        self.notice = QLabel(self.tr("Opening the database…"))
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(self.notice)
        self.status_person = QLabel()
        self.status_person.setObjectName("signedIn")
        self.statusBar().addPermanentWidget(self.status_person)
        self.status_connection = QLabel()
        self.status_connection.setObjectName("connectionLost")
        self.status_connection.setStyleSheet("color: #b00020; font-weight: bold")
        self.status_connection.hide()
        self.statusBar().addPermanentWidget(self.status_connection)
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    # --- actions and menus ---

    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        return action

    def _create_actions(self) -> None:
        self.new_db_action = self._action(self.tr("&New database…"), self.new_database, name="newDatabase")
        self.open_db_action = self._action(
            self.tr("&Open database…"), self.choose_database, QKeySequence.StandardKey.Open, "openDatabase"
        )
        self.demo_action = self._action(self.tr("Open the &demo database"), self.open_demo, name="openDemo")
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.new_project_action = self._action(
            self.tr("&New project…"), self._workspace_call("new_project"), QKeySequence.StandardKey.New, "newProject"
        )
        self.edit_project_action = self._action(
            self.tr("&Edit project…"), self._workspace_call("edit_project"), "Ctrl+E", "editProject"
        )
        self.archive_action = self._action(
            self.tr("&Archive / restore project"), self._workspace_call("toggle_archive"), name="archiveProject"
        )
        self.acceptance_action = self._action(
            self.tr("Completion acceptance &record…"), self.open_acceptance, name="acceptanceRecord"
        )
        self.acceptance_action.setEnabled(False)  # only with a project selected
        self.print_procedure_action = self._action(
            self.tr("&Procedure sheet…"), lambda: self.print_form("procedure"), "Ctrl+P", name="printProcedure"
        )
        self.print_checks_action = self._action(
            self.tr("Site check &register…"), lambda: self.print_form("site-checks"), name="printCheckRegister"
        )
        self.print_acceptance_action = self._action(
            self.tr("&Acceptance record…"), lambda: self.print_form("acceptance"), name="printAcceptance"
        )
        self.project_print_actions = [self.print_procedure_action, self.print_checks_action,
                                      self.print_acceptance_action]
        self.archive_file_action = self._action(
            self.tr("Print archive &file…"), self.print_archive, name="printArchive"
        )
        for action in (*self.project_print_actions, self.archive_file_action):
            action.setEnabled(False)
        self.font_action = self._action(self.tr("Printing &font…"), self.choose_printing_font, name="printingFont")
        self.backups_action = self._action(self.tr("&Backups…"), self.show_backups, name="showBackups")
        self.export_action = self._action(
            self.tr("&Export ledger…"), self.export_ledger, "Ctrl+Shift+E", name="exportLedger"
        )
        self.show_archived_action = QAction(self.tr("S&how archived projects"), self)
        self.show_archived_action.setCheckable(True)
        self.show_archived_action.toggled.connect(self._workspace_call("set_show_archived"))
        self.show_archived_action.toggled.connect(lambda _on: self._update_project_actions())
        self.find_action = self._action(
            self.tr("&Find step"), self._workspace_call("focus_search"), QKeySequence.StandardKey.Find
        )
        self.procedure_tab_action = self._action(self.tr("&Procedure"), self._workspace_call("show_tab", 0), "Ctrl+1")
        self.checks_tab_action = self._action(self.tr("&Site checks"), self._workspace_call("show_tab", 1), "Ctrl+2")
        self.rect_tab_action = self._action(self.tr("&Rectifications"), self._workspace_call("show_tab", 2), "Ctrl+3")
        self.compounds_tab_action = self._action(self.tr("&Compounds"), self._workspace_call("show_tab", 3), "Ctrl+4")
        self.residents_tab_action = self._action(self.tr("R&esidents"), self._workspace_call("show_tab", 4), "Ctrl+5")
        self.funds_tab_action = self._action(self.tr("F&unds"), self._workspace_call("show_tab", 5), "Ctrl+6",
                                             name="fundsTab")
        self.new_check_action = self._action(
            self.tr("New site &check…"), self._workspace_call("new_check"), "Ctrl+K", "newCheck"
        )
        self.templates_action = self._action(
            self.tr("Procedure &templates…"), self._workspace_call("edit_templates"), name="editTemplates"
        )
        self.people_action = self._action(
            self.tr("&People…"), self._workspace_call("edit_people"), name="editPeople"
        )
        self.checklists_action = self._action(
            self.tr("Site check &lists…"), self._workspace_call("edit_checklists"), name="editChecklists"
        )
        self.calendar_action = self._action(
            self.tr("&Holidays and make-up days…"), self._workspace_call("edit_calendar"), name="editCalendar"
        )
        self.users_action = self._action(self.tr("&Users…"), self.edit_users, name="editUsers")
        self.audit_log_action = self._action(self.tr("&Audit log…"), self.open_audit_log, name="auditLog")
        self.verify_action = self._action(self.tr("&Verify a printed form…"), self.verify_printed_form,
                                          name="verifyPrintedForm")
        self.resident_rules_action = self._action(
            self.tr("&Resident participation rules…"), self._workspace_call("edit_resident_rules"),
            name="editResidentRules",
        )
        self.letterhead_action = self._action(self.tr("Form &letterhead…"), self.edit_letterhead, name="editLetterhead")
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.about_action = self._action(self.tr("&About Supervisor"), self.about)
        self.log_action = self._action(self.tr("Open &log folder"), self.open_log_folder, name="openLogFolder")
        self.english_action = self._action("English", lambda: self.set_language("en"))
        self.chinese_action = self._action("简体中文", lambda: self.set_language("zh_CN"))
        self._needs_database = [
            self.new_project_action, self.edit_project_action, self.archive_action,
            self.find_action, self.templates_action, self.people_action, self.checklists_action, self.calendar_action,
            self.procedure_tab_action, self.checks_tab_action, self.rect_tab_action,
            self.compounds_tab_action, self.residents_tab_action, self.funds_tab_action, self.resident_rules_action,
            self.new_check_action, self.export_action, self.users_action, self.backups_action,
            self.audit_log_action, self.verify_action, self.letterhead_action,
        ]
        for action in self._needs_database:
            action.setEnabled(False)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for action in (self.new_db_action, self.open_db_action, self.demo_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.backups_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        project_menu = bar.addMenu(self.tr("&Project"))
        for action in (self.new_project_action, self.edit_project_action, self.archive_action):
            project_menu.addAction(action)
        project_menu.addSeparator()
        project_menu.addAction(self.new_check_action)
        project_menu.addAction(self.acceptance_action)
        project_menu.addAction(self.archive_file_action)
        project_menu.addSeparator()
        project_menu.addAction(self.show_archived_action)
        view_menu = bar.addMenu(self.tr("&View"))
        for action in (self.procedure_tab_action, self.checks_tab_action, self.rect_tab_action,
                       self.compounds_tab_action, self.residents_tab_action, self.funds_tab_action):
            view_menu.addAction(action)
        language_menu = view_menu.addMenu(self.tr("&Language"))
        language_menu.addAction(self.chinese_action)
        language_menu.addAction(self.english_action)
        tools_menu = bar.addMenu(self.tr("&Tools"))
        tools_menu.addAction(self.templates_action)
        tools_menu.addAction(self.people_action)
        tools_menu.addAction(self.checklists_action)
        tools_menu.addAction(self.calendar_action)
        tools_menu.addAction(self.resident_rules_action)
        tools_menu.addAction(self.letterhead_action)
        tools_menu.addAction(self.font_action)
        tools_menu.addAction(self.verify_action)
        tools_menu.addSeparator()
        tools_menu.addAction(self.users_action)
        tools_menu.addAction(self.audit_log_action)
        forms_menu = bar.addMenu(self.tr("F&orms"))
        for action in self.project_print_actions:
            forms_menu.addAction(action)
        forms_menu.addSeparator()
        blank_menu = forms_menu.addMenu(self.tr("&Blank forms"))
        from supervisor.documents.forms import FORMS

        self.blank_form_actions = {}
        for name, spec in FORMS.items():
            action = blank_menu.addAction(QCoreApplication.translate("forms", spec.title))
            action.setObjectName(f"blank_{name}")
            action.triggered.connect(lambda _checked=False, n=name: self.print_form(n, blank=True))
            self.blank_form_actions[name] = action
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.log_action)
        help_menu.addAction(self.about_action)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        for action in (self.new_project_action, self.edit_project_action, self.new_check_action, None,
                       self.undo_action, self.redo_action):
            if action is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(action)

    def _workspace_call(self, name: str, *args):
        def call(*signal_args):
            if self.workspace is not None:
                getattr(self.workspace, name)(*(args or signal_args))
        return call

    # --- the database ---

    def last_database(self) -> str:
        """The database to open when none is named: the last one used, never the demo."""
        from supervisor.paths import demo_database_path

        stored = QSettings().value("database/last", "", str)
        if stored and Path(stored) == demo_database_path():  # remembered by an older version
            stored = ""
        return stored or str(default_database_path())

    def open_database(self, target: str, demo: bool = False) -> None:
        from supervisor.ui.runner import run_in_background
        from supervisor.ui.startup import open_for_window

        if self._opener is not None and self._opener.is_running():
            return
        self.statusBar().showMessage(self.tr("Opening {target}…").format(target=target))
        self._opener = run_in_background(
            lambda _task: open_for_window(target, demo),
            done=self._database_opened, failed=lambda error: self._database_failed(target, error),
        )

    def _database_failed(self, target: str, error: Exception) -> None:
        from supervisor.errors import DatabaseDamaged, SupervisorError

        if isinstance(error, SupervisorError):
            message = error_text(error)
        else:
            import logging

            logging.getLogger(__name__).error("opening %s failed", target, exc_info=error)
            message = self.tr("The database {target} could not be opened: {error}").format(
                target=target, error=error
            )
        self.statusBar().clearMessage()
        emit(self.open_failed, message)
        if self.quiet:
            return
        if self.workspace is None:
            self.notice.setText(
                message + "\n\n" + self.tr("Use File → Open database… to open another one.")
            )
            self.notice.setWordWrap(True)
        def warn():
            QMessageBox.warning(self, self.tr("Cannot open the database"), message)

        if isinstance(error, DatabaseDamaged) and "://" not in target:  # offer its newest good backup
            from supervisor.ui.backups.restoring import offer_for_damaged

            offer_for_damaged(self, Path(target).expanduser().absolute(), message, warn)
            return
        warn()

    def _database_opened(self, opened) -> None:
        from supervisor.ui.controller import Controller
        from supervisor.ui.workspace import Workspace

        database = opened.database
        self._close_workspace()
        if opened.has_users and not self._sign_in(database):
            return
        self.controller = Controller(database, self)
        self.controller.failed.connect(self._report_failure)
        self.controller.connection.lost.connect(self._connection_lost)
        self.controller.connection.restored.connect(self._connection_restored)
        self.undo_group.addStack(self.controller.undo_stack)
        self.undo_group.setActiveStack(self.controller.undo_stack)
        self.workspace = Workspace(self.controller, self, self.show_archived_action.isChecked())
        self.setCentralWidget(self.workspace)
        # After the workspace's own slots, so that its current project is already set.
        self.workspace.project_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_project_actions()
        )
        self.controller.changed.connect(lambda _changes: self._update_project_actions())
        self.workspace.restore_state(QSettings())
        for action in self._needs_database:
            action.setEnabled(True)
        self._update_project_actions()
        self._sample = opened.sample
        self.setWindowTitle(self._title(database))
        self._apply_roles()
        if database.read_only:  # viewing only: the actions that create records are off
            for action in (self.new_project_action, self.archive_action, self.new_check_action):
                action.setEnabled(False)
        if database.path is not None and not opened.sample:  # the demo is never reopened by itself
            QSettings().setValue("database/last", str(database.path))
        if database.read_only:
            self.statusBar().showMessage(
                self.tr("{name} is open read-only: its file or folder cannot be written, so "
                        "changes cannot be saved.").format(name=database.name)
            )
        elif database.backup_path is not None:
            self.statusBar().showMessage(
                self.tr("The database was upgraded; a copy of the old one is at {path}").format(
                    path=database.backup_path
                ),
                15000,
            )
        else:
            self.statusBar().showMessage(self.tr("Opened {name}").format(name=database.name), 5000)
        from supervisor.ui.backups.automatic import AutomaticBackups

        self.backups = AutomaticBackups(self, self.controller, opened.sample)
        emit(self.ready)
        if not self.quiet:  # a start-up check ends here; a user goes on to the other tabs
            self.backups.start()
            from supervisor.ui.runner import run_in_background
            from supervisor.ui.startup import load_the_rest

            run_in_background(lambda _task: load_the_rest())
            # SQLite's quick health check, run before the first write anyway: done here, off the
            # UI thread, it costs the first save nothing and a damaged file is named at once.
            run_in_background(
                lambda _task: database.damage(), done=lambda damage: self._damage_found(database, damage),
                failed=self._health_check_failed,
            )

    def _sign_in(self, database) -> bool:
        """Ask who is working (the database has users); whether someone signed in. Cancelled:
        the database is closed again and the window says how to go on."""
        from supervisor.ui.accounts.sign_in import IdleLock, sign_in

        if not sign_in(self, database):
            database.close()
            self.notice = QLabel(self.tr("Not signed in to {name}. Use File → Open database… to "
                                         "sign in again or open another one.").format(name=database.name))
            self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.notice.setWordWrap(True)
            self.setCentralWidget(self.notice)
            return False
        self._idle_lock = IdleLock(self, database)
        return True

    def _apply_roles(self) -> None:
        """Actions the signed-in person's roles do not allow are off (the core refuses them
        anyway); Tools → Users is for administrators, and for anyone while nobody is a user."""
        from supervisor.accounts import people
        from supervisor.accounts.roles import Permission, allows

        person = people.signed_in()
        if person is None:
            self.users_action.setEnabled(True)
            self.status_person.setText("")
            return
        needs = {
            Permission.PROJECTS: (self.new_project_action, self.edit_project_action, self.archive_action,
                                  self.people_action),
            Permission.SITE: (self.new_check_action,),
            Permission.REFERENCE: (self.templates_action, self.checklists_action, self.calendar_action,
                                   self.resident_rules_action, self.letterhead_action),
            Permission.USERS: (self.users_action,),
        }
        for permission, actions in needs.items():
            for action in actions:
                action.setEnabled(allows(person.roles, permission))
        self.status_person.setText(self._person_text(person))

    def _person_text(self, person) -> str:
        from supervisor.accounts.roles import role_names

        roles = QCoreApplication.translate("errors", ", ").join(QCoreApplication.translate("errors", name) for name in role_names(person.roles))
        return self.tr("Signed in: {name} ({roles})").format(name=person.display_name, roles=roles)

    def edit_users(self) -> None:
        from supervisor.accounts import people
        from supervisor.ui.accounts.users_page import UsersDialog

        if self.controller is not None:
            UsersDialog(self.controller, self).exec()
            if self._idle_lock is None and people.signed_in() is not None:  # the first user
                from supervisor.ui.accounts.sign_in import IdleLock

                self._idle_lock = IdleLock(self, self.controller.database)
            self.setWindowTitle(self._title(self.controller.database))
            self._apply_roles()

    @shows_errors
    def open_audit_log(self) -> None:
        """Tools → Audit log: a window of its own, beside the work (one at a time)."""
        from supervisor.ui.history.audit_log import AuditLogDialog

        if self.controller is None:
            return
        if self._audit_log is not None and self._audit_log.isVisible():
            self._audit_log.raise_()
            self._audit_log.activateWindow()
            return
        project_id = self.workspace.project_id if self.workspace is not None else None
        dialog = self._audit_log = AuditLogDialog(self.controller, project_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "_audit_log", None) if self._audit_log is dialog else None)
        dialog.show()

    def _connection_lost(self) -> None:
        from supervisor.ui.connection import RETRY_SECONDS

        self.status_connection.setText(
            self.tr("The database server does not answer. Nothing unsaved is lost; trying again "
                    "every {seconds} seconds…").format(seconds=RETRY_SECONDS)
        )
        self.status_connection.show()

    def _connection_restored(self) -> None:
        self.status_connection.hide()
        self.statusBar().showMessage(
            self.tr("The database server answers again; the lists show its record."), 10000
        )

    def _title(self, database, damaged: bool = False) -> str:
        """The database's name and its state, and who is signed in; the platform adds the
        application's name."""
        from supervisor.accounts import people

        title = database.name
        person = people.signed_in()
        if person is not None:
            title = self.tr("{name} — {person}").format(name=database.name, person=person.display_name)
        if self._sample:
            title = self.tr("{name} — sample data").format(name=database.name)
        if database.read_only:
            title += " " + self.tr("(read-only)")
        if damaged:
            title += " " + self.tr("(damaged)")
        return title

    def _damage_found(self, database, damage: list) -> None:
        """Say that the open database is damaged (its writes are refused from now on), and offer
        its newest good backup."""
        from supervisor.errors import SupervisorError

        if not damage or self.controller is None or self.controller.database is not database:
            return
        self.setWindowTitle(self._title(database, damaged=True))
        try:
            database.check_sound()
        except SupervisorError as error:  # the message every refused write shows, and a backup offered
            if database.path is None:
                show_error(self, error)
                return
            from supervisor.ui.backups.restoring import offer_for_damaged

            offer_for_damaged(self, database.path, error_text(error), lambda error=error: show_error(self, error))

    def _health_check_failed(self, error: Exception) -> None:
        """A busy file leaves the answer unknown: the first write runs the check again."""
        from supervisor.errors import SupervisorError
        from supervisor.ui.runner import report_failure

        if isinstance(error, SupervisorError):
            import logging

            logging.getLogger(__name__).warning("the quick health check did not run: %s", error)
        else:
            report_failure(self, error)

    def _update_project_actions(self) -> None:
        """Enable the actions that need a selected project."""
        has_project = self.workspace is not None and self.workspace.project_id is not None
        self.acceptance_action.setEnabled(has_project)
        for action in (*self.project_print_actions, self.archive_file_action):
            action.setEnabled(has_project)

    def print_form(self, form: str, blank: bool = False) -> None:
        """The print preview of a whole-project form of the current project, or a blank form."""
        from supervisor.ui.documents.print_preview import preview

        project_id = self.workspace.project_id if self.workspace is not None else None
        if not blank and project_id is None:
            return
        number = ""
        if not blank:
            row = self.workspace.projects.row_of(project_id)
            number = self.workspace.projects.project(row).code if row >= 0 else ""
        preview(self, self.controller, form, project_id, blank=blank, number=number)

    def print_archive(self):
        """The current project's archive file (its index and every form) in one PDF."""
        from supervisor.ui.documents.archive import print_archive

        project_id = self.workspace.project_id if self.workspace is not None else None
        if project_id is None:
            return None
        row = self.workspace.projects.row_of(project_id)
        code = self.workspace.projects.project(row).code if row >= 0 else ""
        return print_archive(self, self.controller, project_id, code)

    def export_ledger(self) -> None:
        """Choose a ledger and its scope, and export it to Excel."""
        from supervisor.ui.documents.export_dialog import ExportDialog

        if self.controller is None:
            return
        project_id = self.workspace.project_id if self.workspace is not None else None
        code = ""
        if project_id is not None:
            row = self.workspace.projects.row_of(project_id)
            code = self.workspace.projects.project(row).code if row >= 0 else ""
        ExportDialog(self.controller, project_id, code, parent=self).exec()

    def verify_printed_form(self) -> None:
        from supervisor.ui.history.verify_dialog import VerifyDialog

        if self.controller is not None:
            VerifyDialog(self.controller.database, self).exec()

    @shows_errors
    def edit_letterhead(self) -> None:
        """Tools → Form letterhead: the issuing unit, supervision firm and logo on every form."""
        from supervisor.ui.documents.letterhead_dialog import LetterheadDialog

        if self.controller is not None:
            documents = self.controller.documents
            LetterheadDialog(documents.set_letterhead, documents.letterhead(), self).exec()

    def choose_printing_font(self) -> None:
        from supervisor.ui.documents.print_preview import choose_font_dialog

        choose_font_dialog(self)

    @shows_errors
    def open_acceptance(self) -> None:
        """The completion acceptance record of the current project."""
        if self.workspace is None or self.workspace.project_id is None:
            return
        from supervisor.ui.site.acceptance_dialog import AcceptanceDialog

        dialog = AcceptanceDialog(self.controller, self.workspace.project_id, self)
        dialog.exec()

    def show_backups(self) -> None:
        from supervisor.ui.backups.dialog import BackupsDialog

        if self.controller is not None:
            BackupsDialog(self, self._sample).exec()

    def _report_failure(self, error) -> None:
        show_error(self, error)

    def _close_workspace(self) -> None:
        if self._audit_log is not None:  # it reads the database being closed
            self._audit_log.close()
        if self.workspace is not None:
            self.workspace.save_pending()
            self.workspace.save_state(QSettings())
            self.workspace.deleteLater()
            self.workspace = None
            self.acceptance_action.setEnabled(False)
            for action in (*self.project_print_actions, self.archive_file_action):
                action.setEnabled(False)
        if self.backups is not None:
            self.backups.at_closing()
            self.backups.deleteLater()
            self.backups = None
        if self.controller is not None:
            self.undo_group.removeStack(self.controller.undo_stack)
            self.controller.close()
            self.controller = None
            from supervisor.accounts import people

            people.sign_out()
        if self._idle_lock is not None:
            self._idle_lock.stop()
            self._idle_lock = None
        self.status_person.setText("")

    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), str(Path.home() / "supervisor.sqlite"),
            self.tr("Supervisor database (*.sqlite)"),
        )
        if path:
            if Path(path).exists():
                QMessageBox.warning(
                    self, self.tr("New database"),
                    self.tr("{path} already exists. Use File → Open database… to open it.").format(path=path),
                )
                return
            self.open_database(path)

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(Path(self.last_database()).parent),
            self.tr("Supervisor database (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_database(path)

    def open_demo(self) -> None:
        from supervisor.paths import demo_database_path

        self.open_database(str(demo_database_path()), demo=True)

    # --- other ---

    def set_language(self, language: str) -> None:
        QSettings().setValue("language", language)
        QMessageBox.information(
            self,
            self.tr("Language"),
            self.tr("The new language is used the next time Supervisor starts."),
        )

    def open_log_folder(self) -> None:
        from supervisor.ui.failures import open_log_folder

        open_log_folder()

    def about(self) -> None:
        from supervisor import __version__

        QMessageBox.about(
            self,
            self.tr("About Supervisor"),
            self.tr(
                "Supervisor {version}\n\nSupervising the renovation of old residential compounds: "
                "the 45-step procedure, materials, compounds."
            ).format(version=__version__),
        )

    def closeEvent(self, event):
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        if self.workspace is not None:
            self.workspace.save_pending()
            self.workspace.save_state(settings)
        from supervisor.ui import runner

        if self._opener is not None and self._opener.is_running():  # closed while opening
            self._opener.detach()
            self._opener.wait(30)
            if self._opener.result is not None:
                self._opener.result.close()
        runner.stop_all()
        self._close_workspace()
        super().closeEvent(event)
