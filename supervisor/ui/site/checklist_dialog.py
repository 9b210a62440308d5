"""Administration dialogs: the people named on records, the site-check lists per work type,
and the holidays and make-up working days for years the built-in calendar does not know yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from supervisor.ui.failures import attempt
from supervisor.ui.widgets import fit_to_screen


class ChecklistDialog(QDialog):
    """The check items offered per work type in the site-check form (seeded from the standard
    lists; an administrator adds, rewords, removes and reorders them). Checks already recorded
    keep the items they were saved with."""

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Site check lists"))
        fit_to_screen(self, 760, 480)
        layout = QVBoxLayout(self)
        lists = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Work types")))
        self.work_types = QListWidget()
        self.work_types.setObjectName("workTypes")
        self.work_types.currentTextChanged.connect(lambda _t: self.reload_items())
        left.addWidget(self.work_types, 1)
        new_type = QPushButton(self.tr("&New work type…"))
        new_type.setObjectName("newWorkType")
        new_type.clicked.connect(self.new_work_type)
        left.addWidget(new_type)
        lists.addLayout(left, 1)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Check items")))
        self.items = QListWidget()
        self.items.setObjectName("checkItems")
        self.items.itemDoubleClicked.connect(lambda _i: self.edit_item())
        right.addWidget(self.items, 1)
        entry = QHBoxLayout()
        self.text = QLineEdit()
        self.text.setObjectName("newCheckItem")
        self.text.setPlaceholderText(self.tr("New check item, e.g. 防水卷材进场见证取样"))
        self.text.returnPressed.connect(self.add_item)
        entry.addWidget(self.text, 1)
        self.buttons = {}
        for name, label, slot in (
            ("addItem", self.tr("&Add"), self.add_item),
            ("editItem", self.tr("&Edit…"), self.edit_item),
            ("removeItem", self.tr("&Remove"), self.remove_item),
            ("itemUp", self.tr("&Up"), lambda: self.move_item(-1)),
            ("itemDown", self.tr("&Down"), lambda: self.move_item(1)),
        ):
            button = QPushButton(label)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            entry.addWidget(button)
            self.buttons[name] = button
        right.addLayout(entry)
        lists.addLayout(right, 2)
        layout.addLayout(lists, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.reload_types()

    def _run(self, work) -> bool:
        return attempt(self, work)

    def reload_types(self, select: str | None = None) -> None:
        current = select or (self.work_types.currentItem().text() if self.work_types.currentItem() else None)
        names: list[str] = []
        if not self._run(lambda: names.extend(self.controller.site.work_types())):
            return
        if select and select not in names:
            names.append(select)  # a new work type shows before its first item is added
        self.work_types.blockSignals(True)
        self.work_types.clear()
        self.work_types.addItems(names)
        self.work_types.blockSignals(False)
        row = names.index(current) if current in names else 0
        if names:
            self.work_types.setCurrentRow(row)
        self.reload_items()

    def current_type(self) -> str:
        item = self.work_types.currentItem()
        return item.text() if item else ""

    def reload_items(self, select_id: int | None = None) -> None:
        rows: list = []
        work_type = self.current_type()
        if work_type:
            self._run(lambda: rows.extend(self.controller.site.checklist_items(work_type)))
        self.items.clear()
        for item_id, text in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            self.items.addItem(item)
            if item_id == select_id:
                self.items.setCurrentItem(item)
        has_type = bool(work_type)
        self.text.setEnabled(has_type)
        for button in self.buttons.values():
            button.setEnabled(has_type)

    def _current_item_id(self) -> int | None:
        item = self.items.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def new_work_type(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("New work type"), self.tr("Work type:"))
        if ok and name.strip():
            self.reload_types(select=name.strip())
            self.text.setFocus()

    def add_item(self) -> None:
        text = self.text.text()
        new_id: list[int] = []
        if self._run(lambda: new_id.append(self.controller.site.add_checklist_item(self.current_type(), text))):
            self.text.clear()
            self.reload_items(select_id=new_id[0])

    def edit_item(self) -> None:
        item_id = self._current_item_id()
        if item_id is None:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Check item"), self.tr("Check item:"), text=self.items.currentItem().text()
        )
        if ok and self._run(lambda: self.controller.site.update_checklist_item(item_id, text)):
            self.reload_items(select_id=item_id)

    def remove_item(self) -> None:
        item_id = self._current_item_id()
        if item_id is not None and self._run(lambda: self.controller.site.remove_checklist_item(item_id)):
            self.reload_types()

    def move_item(self, offset: int) -> None:
        item_id = self._current_item_id()
        if item_id is not None and self._run(lambda: self.controller.site.move_checklist_item(item_id, offset)):
            self.reload_items(select_id=item_id)


