"""The workspace of an open database: the project list beside the current project's tabs
(procedure, site checks, rectifications, compounds, residents, funds).

It follows the controller's ``changed`` signal: ``_refreshers`` says which views show which kinds
of records; a tab on screen reloads at once, a hidden one when it is next shown or used.

The procedure tab is built at once and follows every change of project (it saves pending step
edits then). The other tabs start as empty pages: a tab's view is built when the tab is first
shown or used, and it loads a project chosen while it was hidden when it is shown or used
again; its attribute here (e.g. ``workspace.checks``) does both before returning it. Building
and loading all five took most of the time between the database being open and the window
being ready.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelectionModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from supervisor.db.changes import Changed
from supervisor.ui.failures import shows_errors
from supervisor.ui.procedure.procedure_view import ProcedureView
from supervisor.ui.projects.list_model import ProjectListModel
from supervisor.ui.projects.project_dialog import ProjectDialog

# The tabs in order; all but the first are built when needed (see the module's docstring).
TABS = ("procedure", "checks", "rectifications", "compounds", "residents", "funds")


def _tab_view(name: str) -> property:
    return property(lambda self: self._up_to_date(name), doc=f"The {name} tab, showing the current project.")


class Workspace(QSplitter):
    checks = _tab_view("checks")
    rectifications = _tab_view("rectifications")
    compounds = _tab_view("compounds")
    residents = _tab_view("residents")
    funds = _tab_view("funds")

    def __init__(self, controller, parent=None, show_archived: bool = False):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("workspace")
        self.controller = controller
        self.show_archived = show_archived
        self.project_id: int | None = None

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Projects"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.project_filter = QLineEdit()
        self.project_filter.setPlaceholderText(self.tr("Filter projects"))
        self.project_filter.setClearButtonEnabled(True)
        self.projects = ProjectListModel(self)
        self.project_proxy = QSortFilterProxyModel(self)
        self.project_proxy.setSourceModel(self.projects)
        self.project_proxy.setFilterKeyColumn(-1)
        self.project_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.project_filter.textChanged.connect(self.project_proxy.setFilterFixedString)
        self.project_table = QTableView()
        self.project_table.setObjectName("projectTable")
        self.project_table.setModel(self.project_proxy)
        self.project_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.project_table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.project_table.verticalHeader().hide()
        self.project_table.setSortingEnabled(True)
        self.project_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.project_table.horizontalHeader().setSectionResizeMode(
            ProjectListModel.COL_NAME, QHeaderView.ResizeMode.Stretch
        )
        for column in (ProjectListModel.COL_STREET, ProjectListModel.COL_CLASS):
            self.project_table.setColumnHidden(column, True)
        self.project_table.doubleClicked.connect(lambda _i: self.edit_project())
        self.project_table.selectionModel().currentRowChanged.connect(self._project_changed)
        left_layout.addWidget(title)
        left_layout.addWidget(self.project_filter)
        left_layout.addWidget(self.project_table)
        self.empty_hint = QLabel(
            self.tr("No projects yet. Create one with Project → New project… (Ctrl+N).")
        )
        self.empty_hint.setWordWrap(True)
        left_layout.addWidget(self.empty_hint)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("projectTabs")
        self.procedure = ProcedureView(controller)
        self.procedure.panel.new_check_requested.connect(self._new_check_for_step)
        self._views: dict[str, QWidget] = {}  # the other tabs' views, once built
        self._stale: set[str] = set()  # tabs not yet showing the current project
        titles = (self.tr("Procedure"), self.tr("Site checks"), self.tr("Rectifications"),
                  self.tr("Compounds"), self.tr("Residents"), self.tr("Funds"))
        for name, title in zip(TABS, titles):
            self.tabs.addTab(self.procedure if name == "procedure" else QWidget(), title)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.addWidget(left)
        self.addWidget(self.tabs)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 4)
        self.setSizes([300, 1100])
        controller.changed.connect(self._changed)

    # --- projects ---

    def reload_projects(self, select: int | None = None) -> None:
        keep = select if select is not None else self.project_id
        self.projects.set_rows(self.controller.projects.projects(self.show_archived))
        self.project_table.resizeColumnToContents(ProjectListModel.COL_CODE)
        self.empty_hint.setVisible(self.projects.rowCount() == 0)
        row = self.projects.row_of(keep) if keep is not None else -1
        if row < 0 and self.projects.rowCount():
            row = 0
        if row >= 0:
            index = self.project_proxy.mapFromSource(self.projects.index(row, 0))
            self.project_table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self._show_project(None)

    def _project_changed(self, current, _previous) -> None:
        project_id = current.data(ProjectListModel.ID_ROLE) if current.isValid() else None
        if project_id != self.project_id:
            self._show_project(project_id)

    def _show_project(self, project_id: int | None) -> None:
        self.project_id = project_id
        self.procedure.show_project(project_id)
        self._stale = set(TABS[1:])
        self._tab_shown(self.tabs.currentIndex())
        self.tabs.setEnabled(project_id is not None)

    def _up_to_date(self, name: str):
        """The view of tab ``name`` (built if needed), showing the current project."""
        view = self._views.get(name) or self._build(name)
        if name in self._stale:
            self._stale.discard(name)
            view.show_project(self.project_id)
        return view

    def _build(self, name: str) -> QWidget:
        """Build the view of tab ``name`` and put it in place of the tab's empty page."""
        if name == "checks":
            from supervisor.ui.site.checks_view import ChecksView

            view = ChecksView(self.controller)
            view.rectification_created.connect(self._show_rectification)
        elif name == "rectifications":
            from supervisor.ui.site.rectifications_view import RectificationsView

            view = RectificationsView(self.controller)
        elif name == "compounds":
            from supervisor.ui.projects.compounds_view import CompoundsView

            view = CompoundsView(self.controller)
        elif name == "funds":
            from supervisor.ui.funds.funds_view import FundsView

            view = FundsView(self.controller)
        else:
            from supervisor.ui.residents.residents_view import ResidentsView

            view = ResidentsView(self.controller)
            view.rectification_created.connect(self._show_rectification)
        self._views[name] = view
        index = TABS.index(name)
        page, title, current = self.tabs.widget(index), self.tabs.tabText(index), self.tabs.currentIndex()
        self.tabs.blockSignals(True)  # the same tab stays current
        try:
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, view, title)
            self.tabs.setCurrentIndex(current)
        finally:
            self.tabs.blockSignals(False)
        page.deleteLater()
        return view

    def _tab_shown(self, index: int) -> None:
        if 0 < index < len(TABS):
            self._up_to_date(TABS[index])

    def _refreshers(self) -> list[tuple[Changed, object]]:
        """Which views follow which kinds of records (every kind has at least one)."""
        C = Changed
        return [
            (C.PROJECTS | C.PROCEDURE | C.PLACES, self.reload_projects),  # progress, compound counts
            (C.PEOPLE, self.procedure.panel.reload_people),
            (C.PROCEDURE | C.PEOPLE | C.CALENDAR | C.CHECKS, self._for_project(self.procedure.reload)),
            (C.PLACES | C.HOUSEHOLDS, self._tab_refresh("compounds")),
            (C.PLACES, self._tab_refresh("residents", "reload_compounds")),
            (
                C.HOUSEHOLDS | C.CONSULTATION | C.OPINIONS | C.SUPERVISION_DAYS | C.SURVEYS | C.SETTINGS
                | C.RECTIFICATIONS,
                self._tab_refresh("residents"),
            ),
            (C.CHECKS | C.PHOTOS | C.RECTIFICATIONS, self._tab_refresh("checks")),
            (C.RECTIFICATIONS | C.PHOTOS, self._tab_refresh("rectifications")),
            (C.FUNDS | C.PLACES | C.HOUSEHOLDS, self._tab_refresh("funds")),
        ]

    def _tab_refresh(self, name: str, method: str = "reload"):
        """Refresh tab ``name`` now if it is on screen; a hidden one reloads when next shown or
        used, and one never built loads when first built."""
        def refresh() -> None:
            view = self._views.get(name)
            if view is None or not self.project_id:
                return
            if self.tabs.currentWidget() is view:
                getattr(view, method)()
            else:
                self._stale.add(name)

        return refresh


    def _for_project(self, refresh):
        return lambda: refresh() if self.project_id else None

    def _changed(self, changed: Changed) -> None:
        for kinds, refresh in self._refreshers():
            if changed & kinds:
                refresh()

    @shows_errors
    def new_project(self) -> None:
        created: dict = {}

        def save(data, template_id):
            created["id"] = self.controller.projects.create_project(data, template_id)

        summaries = self.controller.procedure.templates()
        # The built-in procedure first, then the administrator's own (newest version first).
        summaries.sort(key=lambda t: (not t.builtin, t.name, -t.version))
        choices = [
            (t.id, self.tr("{name} (version {version})").format(name=t.name, version=t.version))
            for t in summaries
        ]
        if ProjectDialog(save, parent=self, template_choices=choices).exec() and "id" in created:
            self.reload_projects(select=created["id"])

    @shows_errors
    def edit_project(self) -> None:
        if self.project_id is None:
            return
        project_id = self.project_id
        data = self.controller.projects.project_data(project_id)
        dialog = ProjectDialog(lambda d: self.controller.projects.update_project(project_id, d), data, self,
                               history=lambda: self._project_history(dialog, project_id, data.code))
        dialog.exec()

    def _project_history(self, parent, project_id: int, code: str) -> None:
        from supervisor.ui.history.view import show_history

        show_history(parent, self.controller, "project", project_id, code)

    @shows_errors
    def toggle_archive(self) -> None:
        if self.project_id is None:
            return
        row = self.projects.row_of(self.project_id)
        archived = self.projects.project(row).archived if row >= 0 else False
        self.controller.projects.set_archived(self.project_id, not archived)

    def set_show_archived(self, on: bool) -> None:
        if self.show_archived != bool(on):
            self.show_archived = bool(on)
            self.reload_projects()

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.procedure.search.setFocus()
        self.procedure.search.selectAll()

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def edit_templates(self) -> None:
        from supervisor.ui.procedure.template_editor import TemplateEditor

        TemplateEditor(self.controller, self).exec()

    def _show_rectification(self, rect_id: int) -> None:
        self.tabs.setCurrentWidget(self.rectifications)
        self.rectifications.select(rect_id)

    def _new_check_for_step(self, step_id: int) -> None:
        self.checks.new_check(step_id)

    def new_check(self) -> None:
        self.tabs.setCurrentWidget(self.checks)
        self.checks.new_check()

    def edit_people(self) -> None:
        from supervisor.ui.projects.people_dialog import PeopleDialog

        PeopleDialog(self.controller, self).exec()

    def edit_checklists(self) -> None:
        from supervisor.ui.site.checklist_dialog import ChecklistDialog

        ChecklistDialog(self.controller, self).exec()

    def edit_resident_rules(self) -> None:
        self.residents.edit_rules()

    def edit_calendar(self) -> None:
        from supervisor.ui.procedure.calendar_dialog import CalendarDialog

        CalendarDialog(self.controller, self).exec()

    # --- state ---

    def save_pending(self) -> None:
        self.procedure._save_pending()

    def save_state(self, settings) -> None:
        settings.setValue("workspace/splitter", self.saveState())
        settings.setValue("workspace/procedureSplitter", self.procedure.splitter.saveState())
        settings.setValue("workspace/tab", self.tabs.currentIndex())
        if self.project_id is not None:
            settings.setValue("workspace/project", self.project_id)

    def restore_state(self, settings) -> None:
        for key, widget in (
            ("workspace/splitter", self),
            ("workspace/procedureSplitter", self.procedure.splitter),
        ):
            value = settings.value(key)
            if isinstance(value, QByteArray) and widget.restoreState(value):
                if widget is self.procedure.splitter:
                    self.procedure.splitter_restored = True
        self.tabs.setCurrentIndex(int(settings.value("workspace/tab", 0) or 0))
        project = settings.value("workspace/project")
        self.reload_projects(select=int(project) if project is not None else None)
