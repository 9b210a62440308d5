"""Entering a site check: quick and forgiving, in large type, for resident supervisors.

Everything typed is kept as a draft in the database as it is typed (and photos are stored the
moment they are added), so a crash or a closed window loses nothing: the next "New check"
offers to continue. The last project, compound and inspector are remembered.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime, QSettings, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from supervisor import errors
from supervisor.codes import CheckCategory, CheckResult, CommonArea
from supervisor.ui.dialogs import SavingDialog
from supervisor.ui.labels import WEATHER, category_label, common_area_label, result_label
from supervisor.ui.site.photos import PhotoGallery, PhotoViewer, choose_photo_files, run_import
from supervisor.ui.widgets import fit_to_screen

DRAFT_KIND = "site_check"


class CheckDialog(SavingDialog):
    """Create (``check_id`` None) or edit a site check of ``project_id``."""

    def __init__(self, controller, project_id: int, check_id: int | None = None, parent=None,
                 step_id: int | None = None):
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id
        self._version = None  # of the check being edited, as it was read
        self.check_id = check_id
        self.saved_id: int | None = None
        self.photo_links: list[int] = []  # photos added before the check is saved
        self._loading = True
        self._import = None  # the photo import under way, if any
        self._adopted: set[int] = set()  # pending links that existed before this dialog
        self.draft_key = f"{project_id}:{check_id or 'new'}"
        self.setWindowTitle(self.tr("New site check") if check_id is None else self.tr("Site check"))
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9) * 1.3)
        self.setFont(font)
        fit_to_screen(self, 1000, 820)
        layout = self.scrolling_body()  # on a 1366×768 laptop the fields scroll, the buttons stay

        top = QFormLayout()
        self.compound = QComboBox()
        self.compound.setObjectName("checkCompound")
        self.compound.addItem(self.tr("(no compound)"), None)
        for row in controller.projects.compounds(project_id):
            self.compound.addItem(row.name, row.id)
        self.compound.currentIndexChanged.connect(self._compound_changed)
        top.addRow(self.tr("Compound:"), self.compound)

        where = QHBoxLayout()
        self.building = QComboBox()
        self.unit = QComboBox()
        self.household = QComboBox()
        self.area = QComboBox()
        self.area.setObjectName("checkArea")
        self.area.addItem(self.tr("(building / unit / flat)"), "")
        for area in CommonArea:
            self.area.addItem(common_area_label(area), str(area))
        for combo in (self.building, self.unit, self.household, self.area):
            where.addWidget(combo, 1)
        self.building.currentIndexChanged.connect(self._building_changed)
        self.unit.currentIndexChanged.connect(self._unit_changed)
        self.area.currentIndexChanged.connect(self._area_changed)
        top.addRow(self.tr("Where:"), where)
        layout.addLayout(top)

        category_box = QGroupBox(self.tr("What was checked"))
        category_layout = QGridLayout(category_box)
        self.category = QButtonGroup(self)
        for index, category in enumerate(CheckCategory):
            button = QPushButton(category_label(category))
            button.setCheckable(True)
            button.setMinimumHeight(44)
            button.setProperty("value", str(category))
            button.setObjectName(f"category_{category}")
            self.category.addButton(button, index)
            category_layout.addWidget(button, 0, index)
        self.category.buttons()[1].setChecked(True)
        layout.addWidget(category_box)

        middle = QHBoxLayout()
        checklist_box = QGroupBox(self.tr("Checklist (optional)"))
        checklist_layout = QVBoxLayout(checklist_box)
        self.work_type = QComboBox()
        self.work_type.setObjectName("workType")
        self.work_type.addItem(self.tr("(no checklist)"), "")
        for work_type in controller.site.work_types():
            self.work_type.addItem(work_type, work_type)
        self.work_type.currentIndexChanged.connect(self._work_type_changed)
        self.checklist = QListWidget()
        self.checklist.setObjectName("checklist")
        self.checklist.itemChanged.connect(lambda _i: self._changed())
        checklist_layout.addWidget(self.work_type)
        checklist_layout.addWidget(self.checklist)
        middle.addWidget(checklist_box, 1)

        right = QVBoxLayout()
        result_box = QGroupBox(self.tr("Result"))
        result_layout = QHBoxLayout(result_box)
        self.result_pass = QRadioButton(result_label(CheckResult.PASS))
        self.result_pass.setObjectName("resultPass")
        self.result_problem = QRadioButton(result_label(CheckResult.PROBLEM))
        self.result_problem.setObjectName("resultProblem")
        self.result_pass.setChecked(True)
        result_layout.addWidget(self.result_pass)
        result_layout.addWidget(self.result_problem)
        right.addWidget(result_box)
        self.description = QPlainTextEdit()
        self.description.setObjectName("checkDescription")
        self.description.setPlaceholderText(self.tr("What did you see? (needed when a problem was found)"))
        self.description.setTabChangesFocus(True)
        right.addWidget(self.description, 1)
        middle.addLayout(right, 1)
        layout.addLayout(middle, 1)

        details = QFormLayout()
        self.inspector = QComboBox()
        self.inspector.setObjectName("checkInspector")
        self.inspector.setEditable(True)
        for _person_id, name, _org in controller.projects.people():
            self.inspector.addItem(name)
        self.inspector.setCurrentText("")
        self.checked_at = QDateTimeEdit(QDateTime.currentDateTime())
        self.checked_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.checked_at.setCalendarPopup(True)
        self.weather = QComboBox()
        self.weather.setEditable(True)
        self.weather.addItems(WEATHER)
        self.weather.setCurrentText("")
        self.step = QComboBox()
        self.step.setObjectName("checkStep")
        self.step.addItem(self.tr("(no procedure step)"), None)
        for choice_id, label in controller.procedure.step_choices(project_id):
            self.step.addItem(label, choice_id)
        when_row = QHBoxLayout()
        when_row.addWidget(self.checked_at, 1)
        when_row.addWidget(QLabel(self.tr("Weather:")))
        when_row.addWidget(self.weather, 1)
        details.addRow(self.tr("Inspector:"), self.inspector)
        details.addRow(self.tr("When:"), when_row)
        details.addRow(self.tr("Procedure step:"), self.step)
        layout.addLayout(details)

        photos_box = QGroupBox(self.tr("Photos — add, drop or paste (Ctrl+V)"))
        photos_layout = QVBoxLayout(photos_box)
        self.gallery = PhotoGallery()
        self.gallery.setObjectName("checkPhotos")
        self.gallery.files_offered.connect(self.add_photo_paths)
        self.gallery.photo_opened.connect(self._open_photo)
        photos_layout.addWidget(self.gallery)
        photo_buttons = QHBoxLayout()
        add_photos = QPushButton(self.tr("&Add photos…"))
        add_photos.setObjectName("addPhotos")
        add_photos.clicked.connect(lambda: self.add_photo_paths(choose_photo_files(self)))
        paste = QPushButton(self.tr("&Paste"))
        paste.clicked.connect(self.gallery.paste)
        remove = QPushButton(self.tr("&Remove photo"))
        remove.setObjectName("removePhoto")
        remove.clicked.connect(self._remove_photo)
        for button in (add_photos, paste, remove):
            photo_buttons.addWidget(button)
        photo_buttons.addStretch(1)
        photos_layout.addLayout(photo_buttons)
        layout.addWidget(photos_box, 1)

        self.finish(layout, QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("saveCheck")

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(400)
        self._draft_timer.timeout.connect(self.save_draft)
        for signal in (
            self.building.currentIndexChanged, self.unit.currentIndexChanged,
            self.household.currentIndexChanged, self.area.currentIndexChanged,
            self.category.idClicked, self.result_pass.toggled, self.description.textChanged,
            self.inspector.currentTextChanged, self.checked_at.dateTimeChanged,
            self.weather.currentTextChanged, self.step.currentIndexChanged,
        ):
            signal.connect(self._changed)

        if check_id is not None:
            self._fill(controller.site.check_data(check_id))
        else:
            self._defaults(step_id)
        self._offer_draft()
        self._loading = False
        self._reload_photos()

    # --- filling ---

    def _select(self, combo: QComboBox, value) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _defaults(self, step_id: int | None) -> None:
        settings = QSettings()
        if int(settings.value("check/project", 0) or 0) == self.project_id:
            self._select(self.compound, int(settings.value("check/compound", 0) or 0) or None)
        self.inspector.setCurrentText(settings.value("check/inspector", "", str))
        if step_id is not None:
            self._select(self.step, step_id)

    def _fill(self, data) -> None:
        self._version = data.version  # saving refuses an edit of a check changed meanwhile
        self._select(self.compound, data.compound_id)
        self._select(self.building, data.building_id)
        self._select(self.unit, data.unit_id)
        self._select(self.household, data.household_id)
        self._select(self.area, data.common_area)
        for button in self.category.buttons():
            button.setChecked(button.property("value") == str(data.category))
        self._select(self.work_type, data.work_type)
        self._apply_checklist(data.checklist)
        (self.result_problem if data.result == CheckResult.PROBLEM else self.result_pass).setChecked(True)
        self.description.setPlainText(data.description)
        self.inspector.setCurrentText(data.inspector)
        if data.checked_at:
            self.checked_at.setDateTime(QDateTime(data.checked_at))
        self.weather.setCurrentText(data.weather)
        self._select(self.step, data.step_id)

    def _compound_changed(self, *_):
        self._tree = []
        compound_id = self.compound.currentData()
        if compound_id is not None:
            self._tree = self.controller.projects.location_tree(compound_id)
        self.building.blockSignals(True)
        self.building.clear()
        self.building.addItem(self.tr("(building)"), None)
        for building in self._tree:
            self.building.addItem(building.name, building.id)
        self.building.blockSignals(False)
        self._building_changed()

    def _building_changed(self, *_):
        building = next((b for b in getattr(self, "_tree", []) if b.id == self.building.currentData()), None)
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("(unit)"), None)
        for unit in building.children if building else ():
            self.unit.addItem(self.tr("Unit {name}").format(name=unit.name), unit.id)
        self.unit.blockSignals(False)
        self._unit_changed()

    def _unit_changed(self, *_):
        building = next((b for b in getattr(self, "_tree", []) if b.id == self.building.currentData()), None)
        unit = next((u for u in (building.children if building else ()) if u.id == self.unit.currentData()), None)
        self.household.blockSignals(True)
        self.household.clear()
        self.household.addItem(self.tr("(flat)"), None)
        for household in unit.children if unit else ():
            self.household.addItem(household.name, household.id)
        self.household.blockSignals(False)

    def _area_changed(self, *_):
        # A shared area may still name its building and unit ("1号楼 1单元 楼道"), not a flat.
        common = bool(self.area.currentData())
        if common:
            self.household.setCurrentIndex(0)
        self.household.setEnabled(not common)

    def _work_type_changed(self, *_):
        self._apply_checklist(None)
        self._changed()

    def _apply_checklist(self, saved: list | None) -> None:
        self.checklist.blockSignals(True)
        self.checklist.clear()
        work_type = self.work_type.currentData()
        states = {entry["item"]: entry.get("ok") for entry in (saved or [])}
        texts = [text for _id, text in self.controller.site.checklist_items(work_type)] if work_type else []
        for text in list(states) if saved and not texts else texts:
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ok = states.get(text)
            item.setCheckState(Qt.CheckState.Checked if ok else Qt.CheckState.Unchecked)
            self.checklist.addItem(item)
        self.checklist.blockSignals(False)

    # --- the record ---

    def data(self):
        from supervisor.site.checks import CheckData

        area = self.area.currentData() or ""
        category = next(
            (b.property("value") for b in self.category.buttons() if b.isChecked()), str(CheckCategory.WORKMANSHIP)
        )
        qdt = self.checked_at.dateTime()
        checked_at = dt.datetime(
            qdt.date().year(), qdt.date().month(), qdt.date().day(), qdt.time().hour(), qdt.time().minute()
        )
        return CheckData(
            project_id=self.project_id,
            compound_id=self.compound.currentData(),
            building_id=self.building.currentData(),
            unit_id=self.unit.currentData(),
            household_id=None if area else self.household.currentData(),
            common_area=area,
            category=category,
            work_type=self.work_type.currentData() or "",
            checklist=[
                {"item": self.checklist.item(i).text(), "ok": self.checklist.item(i).checkState() == Qt.CheckState.Checked}
                for i in range(self.checklist.count())
            ],
            result=str(CheckResult.PROBLEM if self.result_problem.isChecked() else CheckResult.PASS),
            description=self.description.toPlainText(),
            inspector=self.inspector.currentText().strip(),
            checked_at=checked_at,
            weather=self.weather.currentText().strip(),
            step_id=self.step.currentData(),
            version=self._version,
        )

    # --- drafts ---

    def _changed(self, *_):
        if not self._loading:
            self._draft_timer.start()

    def draft_payload(self) -> dict:
        data = self.data()
        payload = {k: v for k, v in vars(data).items() if k != "checked_at"}
        payload["checked_at"] = data.checked_at.isoformat(timespec="minutes")
        payload["photo_links"] = list(self.photo_links)
        return payload

    def save_draft(self) -> None:
        try:
            self.controller.site.save_draft(DRAFT_KIND, self.draft_key, self.draft_payload())
        except errors.SupervisorError:
            pass  # a draft is a safety net; the real save reports problems

    def _offer_draft(self) -> None:
        try:
            draft = self.controller.site.load_draft(DRAFT_KIND, self.draft_key)
        except errors.SupervisorError:
            return
        if not draft:
            return
        answer = QMessageBox.question(
            self, self.tr("Unsaved site check"),
            self.tr("There is an unsaved site check from an earlier session. Continue with it?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.controller.site.discard_draft(DRAFT_KIND, self.draft_key)
            return
        from supervisor.site.checks import CheckData

        fields = {k: v for k, v in draft.items() if k in CheckData.__dataclass_fields__}
        if fields.get("checked_at"):
            fields["checked_at"] = dt.datetime.fromisoformat(fields["checked_at"])
        self.photo_links = [int(x) for x in draft.get("photo_links", [])]
        self._fill(CheckData(**fields))

    # --- photos ---

    def _reload_photos(self) -> None:
        rows = []
        if self.check_id is not None:
            rows = self.controller.site.photo_rows(check_id=self.check_id)
        if self.photo_links:
            pending = self.controller.site.photo_rows(project_id=self.project_id)
            rows += [r for r in pending if r.link_id in self.photo_links]
        self.gallery.photos.set_rows(rows)

    def add_photo_paths(self, paths: list[str]) -> None:
        if not paths:
            return

        newest_before = self.controller.site.newest_photo_link_id() if self.check_id is None else 0

        def done(outcomes):
            if self.check_id is None:
                photo_ids = {o.photo_id for o in outcomes if o.photo_id is not None and o.status != "refused"}
                for link in self.controller.site.unattached_links(self.project_id, photo_ids):
                    if link <= newest_before:
                        # Imported for the project before (e.g. from the command line): the
                        # check takes it over, but discarding the check must leave it there.
                        self._adopted.add(link)
                    if link not in self.photo_links:
                        self.photo_links.append(link)
                self.save_draft()
            self._reload_photos()

        self._import = run_import(
            self, self.controller, paths, self.project_id, check_id=self.check_id, on_done=done
        )

    def _open_photo(self, row: int) -> None:
        PhotoViewer(self.controller, self.gallery.photos.photo(row), self).exec()
        self._reload_photos()

    def _remove_photo(self) -> None:
        index = self.gallery.currentIndex()
        if not index.isValid():
            return
        link_id = self.gallery.photos.photo(index.row()).link_id
        if link_id not in self._adopted:  # an adopted photo stays with the project
            try:
                if not self._may_unlink(link_id):
                    return
                self.controller.site.unlink_photo(link_id)
            except errors.SupervisorError as error:
                self.show_failure(error)
                return
        if link_id in self.photo_links:
            self.photo_links.remove(link_id)
            self.save_draft()
        self._reload_photos()

    def _may_unlink(self, link_id: int) -> bool:
        """Whether to take the photo off: asked when no other record shows it (it is deleted)."""
        unlinking = self.controller.site.photo_unlinking(link_id)
        if unlinking.shown_elsewhere:
            return True
        answer = QMessageBox.question(
            self, self.tr("Remove photo"),
            self.tr("Remove {file}? No other record shows it, so the photo itself is deleted. "
                    "This cannot be undone.").format(file=unlinking.filename),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # --- closing ---

    def accept(self):
        if self._import is not None and self._import.is_running():
            self.show_message(self.tr("Photos are still being imported; please wait."))
            return
        self._draft_timer.stop()
        super().accept()

    def save(self) -> None:
        self.saved_id = self.controller.site.save_check(self.check_id, self.data(), self.photo_links)
        try:
            self.controller.site.discard_draft(DRAFT_KIND, self.draft_key)
        except errors.SupervisorError:
            pass  # the check is saved; a draft left behind is offered, and can be discarded, later
        settings = QSettings()
        settings.setValue("check/project", self.project_id)
        settings.setValue("check/compound", self.compound.currentData() or 0)
        settings.setValue("check/inspector", self.inspector.currentText().strip())

    def reject(self):
        # Cancelling keeps nothing typed only after confirmation; the draft stays otherwise.
        if self._import is not None and self._import.is_running():
            self._import.detach()
            self._import.cancel()
            self._import.wait(10)
        self._draft_timer.stop()
        dirty = self.description.toPlainText().strip() or self.photo_links
        if dirty:
            question = self.tr("Keep what you typed as a draft for later?")
            doomed = self._photos_discarding_deletes()
            if doomed:
                question += "\n\n" + self.tr("If not, the %n photo(s) added here are deleted.", "", doomed)
            answer = QMessageBox.question(
                self, self.tr("Discard site check?"),
                question,
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Yes,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Yes:
                self.save_draft()
            else:
                self._discard_pending()
        else:
            self._discard_pending()
        super().reject()

    def _photos_discarding_deletes(self) -> int:
        """How many photos discarding the new check deletes (added here, shown nowhere else)."""
        try:
            return sum(
                1 for link_id in self.photo_links
                if link_id not in self._adopted and not self.controller.site.photo_unlinking(link_id).shown_elsewhere
            )
        except errors.SupervisorError:
            return 0

    def _discard_pending(self) -> None:
        try:
            for link_id in self.photo_links:
                if link_id not in self._adopted:
                    self.controller.site.unlink_photo(link_id)
            self.controller.site.discard_draft(DRAFT_KIND, self.draft_key)
        except errors.SupervisorError:
            pass
        self.photo_links = []
