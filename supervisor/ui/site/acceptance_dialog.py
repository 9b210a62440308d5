"""The completion acceptance record of a project (竣工逐项验收记录), entered in one dialog.

The header (contract price, the works' start and completion, the acceptance day, sub-works
total and passed), the items checked one per table row (a result combo per row: not checked,
pass or fail), and the summary texts with the quality supervision station's opinion. OK saves
through the controller; a mistake is shown in the dialog, which stays open with everything
typed, and the offending field or table cell gets the focus.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supervisor import errors
from supervisor.i18n import QT_TRANSLATE_NOOP
from supervisor.ui.dialogs import SavingDialog
from supervisor.ui.labels import role_label
from supervisor.ui.widgets import DateField, fit_to_screen, format_date

# The table's columns, by the ``ItemData`` field each one edits.
COLUMNS = (
    "category",
    "item",
    "unit",
    "designed_quantity",
    "completed_quantity",
    "method",
    "result",
    "problem",
    "deadline",
    "compound",
)
COL = {name: index for index, name in enumerate(COLUMNS)}
TEXT_COLUMNS = [name for name in COLUMNS if name not in ("result", "compound")]


def format_number(value: Decimal | None) -> str:
    """``1200.00`` as "1200", ``1250.50`` as "1250.5"; "" for None."""
    return "" if value is None else f"{value.normalize():f}"


class AcceptanceDialog(SavingDialog):
    """Enter or edit the completion acceptance record of ``project_id``.

    Loading the record may raise ``SupervisorError`` (e.g. the project is gone).
    """

    def __init__(self, controller, project_id: int, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.project_id = project_id
        record = controller.site.acceptance_record(project_id)
        self._compounds = [(row.id, row.name) for row in controller.projects.compounds(project_id)]
        self._data_rows: list[int] = []  # the table row of each item handed in
        self.setWindowTitle(self.tr("Completion acceptance record"))
        fit_to_screen(self, 1180, 820)
        layout = QVBoxLayout(self)

        title = QLabel(f"{record.project_code}  {record.project_name}")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        parties = [
            self.tr("{role}: {organisation}").format(role=role_label(role), organisation=name)
            for role, name in (
                ("client", record.client),
                ("contractor", record.contractor),
                ("supervisor", record.supervisor),
                ("designer", record.designer),
            )
            if name
        ]
        if parties:
            layout.addWidget(QLabel("    ".join(parties)))

        header = QGridLayout()
        self.contract_price = QLineEdit()
        self.contract_price.setObjectName("acceptancePrice")
        self.contract_price.setPlaceholderText(self.tr("yuan, e.g. 3500000"))
        self.started_on = DateField()
        self.started_on.setObjectName("acceptanceStarted")
        self.completed_on = DateField()
        self.completed_on.setObjectName("acceptanceCompleted")
        self.accepted_on = DateField()
        self.accepted_on.setObjectName("acceptanceAccepted")
        self.sub_works_total = self._count_box("acceptanceSubWorksTotal")
        self.sub_works_passed = self._count_box("acceptanceSubWorksPassed")
        sub_works = QHBoxLayout()
        sub_works.addWidget(self.sub_works_total)
        sub_works.addWidget(QLabel(self.tr("passed:")))
        sub_works.addWidget(self.sub_works_passed)
        sub_works.addStretch(1)
        cells = (
            (self.tr("Contract price (yuan):"), self.contract_price),
            (self.tr("Acceptance day:"), self.accepted_on),
            (self.tr("Works started:"), self.started_on),
            (self.tr("Works completed:"), self.completed_on),
            (self.tr("Sub-works in all:"), sub_works),
        )
        for index, (text, widget) in enumerate(cells):
            row, column = divmod(index, 2)
            header.addWidget(QLabel(text), row, column * 2)
            if isinstance(widget, QWidget):
                header.addWidget(widget, row, column * 2 + 1)
            else:
                header.addLayout(widget, row, column * 2 + 1)
        header.setColumnStretch(1, 1)
        header.setColumnStretch(3, 1)
        layout.addLayout(header)

        layout.addWidget(
            QLabel(self.tr("Items checked (a failed item needs the problem; its deadline is YYYY-MM-DD):"))
        )
        self.items = QTableWidget(0, len(COLUMNS))
        self.items.setObjectName("acceptanceItems")
        self.items.setHorizontalHeaderLabels(
            [
                self.tr("Category"),
                self.tr("Item"),
                self.tr("Unit"),
                self.tr("Designed"),
                self.tr("Completed"),
                self.tr("How checked"),
                self.tr("Result"),
                self.tr("Problem"),
                self.tr("Deadline (YYYY-MM-DD)"),
                self.tr("Compound"),
            ]
        )
        table_header = self.items.horizontalHeader()
        table_header.setSectionResizeMode(COL["item"], QHeaderView.ResizeMode.Stretch)
        table_header.setSectionResizeMode(COL["problem"], QHeaderView.ResizeMode.Stretch)
        for name, width in (
            ("category", 90), ("unit", 50), ("designed_quantity", 80), ("completed_quantity", 80),
            ("method", 90), ("result", 100), ("deadline", 150), ("compound", 130),
        ):
            self.items.setColumnWidth(COL[name], width)
        self.items.itemChanged.connect(lambda _item: self._update_counts())
        layout.addWidget(self.items, 1)
        buttons = QHBoxLayout()
        self.add_item = QPushButton(self.tr("Add &item"))
        self.add_item.setObjectName("addAcceptanceItem")
        self.add_item.clicked.connect(lambda: self._add_row())
        self.remove_item = QPushButton(self.tr("Remove item"))
        self.remove_item.setObjectName("removeAcceptanceItem")
        self.remove_item.clicked.connect(self._remove_row)
        self.counts = QLabel()
        self.counts.setObjectName("acceptanceCounts")
        buttons.addWidget(self.add_item)
        buttons.addWidget(self.remove_item)
        buttons.addStretch(1)
        buttons.addWidget(self.counts)
        layout.addLayout(buttons)

        summary = QGroupBox(self.tr("Summary"))
        grid = QGridLayout(summary)
        self.quality_documents = self._text_box("acceptanceQualityDocuments")
        self.safety_function = self._text_box("acceptanceSafetyFunction")
        self.appearance = self._text_box("acceptanceAppearance")
        self.conclusion = self._text_box("acceptanceConclusion")
        self.supervision_opinion = self._text_box("acceptanceSupervisionOpinion")
        boxes = (
            (self.tr("Quality control documents checked:"), self.quality_documents),
            (self.tr("Safety and main functions, checks and sample tests:"), self.safety_function),
            (self.tr("Appearance quality:"), self.appearance),
            (self.tr("Overall conclusion:"), self.conclusion),
            (self.tr("Quality supervision station's opinion:"), self.supervision_opinion),
        )
        for index, (text, box) in enumerate(boxes):
            row, column = divmod(index, 2)
            cell = QVBoxLayout()
            cell.addWidget(QLabel(text))
            cell.addWidget(box)
            grid.addLayout(cell, row, column)
        layout.addWidget(summary)
        self.finish(layout)
        self.print_button = self.buttons.addButton(self.tr("Save and &print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("printAcceptance")
        self.print_button.clicked.connect(self.save_and_print)
        self._fill(record)

    # --- building ---

    def _count_box(self, name: str) -> QSpinBox:
        """A count that may be left unset: its lowest value (-1) shows as "not set"."""
        box = QSpinBox()
        box.setObjectName(name)
        box.setRange(-1, 9999)
        box.setSpecialValueText(self.tr("not set"))
        box.setValue(-1)
        return box

    def _text_box(self, name: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setObjectName(name)
        box.setTabChangesFocus(True)
        box.setFixedHeight(self.fontMetrics().height() * 4)
        return box

    def _result_combo(self, value: str | None) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Not checked"), None)
        combo.addItem(self.tr("Pass"), "pass")
        combo.addItem(self.tr("Fail"), "fail")
        combo.setCurrentIndex(max(0, combo.findData(value)))
        combo.currentIndexChanged.connect(lambda _i: self._update_counts())
        return combo

    def _compound_combo(self, compound_id: int | None) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("(whole project)"), None)
        for key, name in self._compounds:
            combo.addItem(name, key)
        combo.setCurrentIndex(max(0, combo.findData(compound_id)))
        return combo

    def _add_row(self, item=None) -> int:
        """Append a row, filled from an ``AcceptanceItemRow``/``ItemData`` or empty."""
        row = self.items.rowCount()
        self.items.blockSignals(True)
        self.items.insertRow(row)
        for name in TEXT_COLUMNS:
            value = getattr(item, name) if item is not None else None
            if isinstance(value, Decimal):
                text = format_number(value)
            elif isinstance(value, dt.date):
                text = format_date(value)
            else:
                text = value or ""
            self.items.setItem(row, COL[name], QTableWidgetItem(text))
        self.items.blockSignals(False)
        self.items.setCellWidget(row, COL["result"], self._result_combo(item.result if item else None))
        self.items.setCellWidget(row, COL["compound"], self._compound_combo(item.compound_id if item else None))
        if item is None:
            self.items.setCurrentCell(row, COL["category"])
            self.items.editItem(self.items.item(row, COL["category"]))
        self._update_counts()
        return row

    def _remove_row(self) -> None:
        row = self.items.currentRow()
        if row >= 0:
            self.items.removeRow(row)
            self._update_counts()

    def _fill(self, record) -> None:
        self.contract_price.setText(format_number(record.contract_price))
        self.started_on.set_value(record.started_on)
        self.completed_on.set_value(record.completed_on)
        self.accepted_on.set_value(record.accepted_on)
        self._accepted_before = record.accepted_on
        self.sub_works_total.setValue(-1 if record.sub_works_total is None else record.sub_works_total)
        self.sub_works_passed.setValue(-1 if record.sub_works_passed is None else record.sub_works_passed)
        self.quality_documents.setPlainText(record.quality_documents)
        self.safety_function.setPlainText(record.safety_function)
        self.appearance.setPlainText(record.appearance)
        self.conclusion.setPlainText(record.conclusion)
        self.supervision_opinion.setPlainText(record.supervision_opinion)
        for item in record.items:
            self._add_row(item)
        self._update_counts()

    # --- reading ---

    def _texts(self, row: int) -> dict[str, str]:
        return {
            name: (self.items.item(row, COL[name]).text() if self.items.item(row, COL[name]) else "").strip()
            for name in TEXT_COLUMNS
        }

    def _result(self, row: int) -> str | None:
        combo = self.items.cellWidget(row, COL["result"])
        return combo.currentData() if combo is not None else None

    def _compound(self, row: int) -> int | None:
        combo = self.items.cellWidget(row, COL["compound"])
        return combo.currentData() if combo is not None else None

    def _is_blank(self, row: int) -> bool:
        return not any(self._texts(row).values()) and self._result(row) is None and self._compound(row) is None

    def _update_counts(self) -> None:
        results = [self._result(row) for row in range(self.items.rowCount()) if not self._is_blank(row)]
        self.counts.setText(
            self.tr("{total} items: {passed} passed, {failed} failed, {unchecked} not checked").format(
                total=len(results),
                passed=results.count("pass"),
                failed=results.count("fail"),
                unchecked=results.count(None),
            )
        )

    def data(self):
        """The record as typed; rows left entirely blank are skipped.

        Raises ``ValidationError`` naming the row for a quantity or date that cannot be read.
        """
        from supervisor.site.acceptance import AcceptanceData, ItemData, parse_price, parse_quantity

        items = []
        self._data_rows = []
        for row in range(self.items.rowCount()):
            if self._is_blank(row):
                continue
            texts = self._texts(row)
            quantities = {}
            for name in ("designed_quantity", "completed_quantity"):
                try:
                    quantities[name] = parse_quantity(texts[name])
                except ValueError:
                    raise errors.ValidationError(
                        QT_TRANSLATE_NOOP("errors", "Row {row}: {value} is not a number."),
                        field=f"items.{name}",
                        row=row + 1,
                        value=texts[name],
                    ) from None
            deadline = None
            if texts["deadline"]:
                try:
                    deadline = dt.date.fromisoformat(texts["deadline"])
                except ValueError:
                    raise errors.ValidationError(
                        QT_TRANSLATE_NOOP("errors", "Row {row}: {value} is not a date (use YYYY-MM-DD)."),
                        field="items.deadline",
                        row=row + 1,
                        value=texts["deadline"],
                    ) from None
            items.append(
                ItemData(
                    category=texts["category"],
                    item=texts["item"],
                    unit=texts["unit"],
                    designed_quantity=quantities["designed_quantity"],
                    completed_quantity=quantities["completed_quantity"],
                    method=texts["method"],
                    result=self._result(row),
                    problem=texts["problem"],
                    deadline=deadline,
                    compound_id=self._compound(row),
                )
            )
            self._data_rows.append(row)

        def count(box: QSpinBox) -> int | None:
            return None if box.value() < 0 else box.value()

        return AcceptanceData(
            contract_price=parse_price(self.contract_price.text()),
            started_on=self.started_on.value(),
            completed_on=self.completed_on.value(),
            accepted_on=self.accepted_on.value(),
            sub_works_total=count(self.sub_works_total),
            sub_works_passed=count(self.sub_works_passed),
            quality_documents=self.quality_documents.toPlainText(),
            safety_function=self.safety_function.toPlainText(),
            appearance=self.appearance.toPlainText(),
            conclusion=self.conclusion.toPlainText(),
            supervision_opinion=self.supervision_opinion.toPlainText(),
            items=items,
        )

    # --- saving ---

    def save_and_print(self) -> None:
        """Save what is typed, then open the print preview of the record."""
        from supervisor.ui.documents.print_preview import preview

        if self.save_or_show():
            preview(self, self.controller, "acceptance", self.project_id)

    def save(self) -> None:
        try:
            data = self.data()
            self._confirm_completion(data)
            try:
                self.controller.site.save_acceptance(self.project_id, data)
                self._accepted_before = data.accepted_on
            except errors.ValidationError as error:
                # The core counts the items handed in; the table may have blank rows between.
                row = error.params.get("row")
                if isinstance(row, int) and 1 <= row <= len(self._data_rows):
                    error.params["row"] = self._data_rows[row - 1] + 1
                raise
        except errors.ValidationError as error:
            self._point_at(error)
            raise

    def _confirm_completion(self, data) -> None:
        """Completing the acceptance (its day entered now) asks the password again."""
        from supervisor.i18n import QT_TRANSLATE_NOOP
        from supervisor.ui.accounts.sign_in import confirm

        if data.accepted_on is None or getattr(self, "_accepted_before", None) is not None:
            return
        if not confirm(self, self.controller.database, self.tr("Complete the acceptance")):
            raise errors.SignInFailed(
                QT_TRANSLATE_NOOP("errors", "The password was not confirmed; nothing was saved.")
            )

    def _point_at(self, error: errors.ValidationError) -> None:
        """Focus the field or table cell an error is about."""
        field = error.field or ""
        if field.startswith("items."):
            row = error.params.get("row")
            name = field.removeprefix("items.")
            if isinstance(row, int) and 1 <= row <= self.items.rowCount() and name in COL:
                self.items.setCurrentCell(row - 1, COL[name])
                widget = self.items.cellWidget(row - 1, COL[name])
                (widget or self.items).setFocus()
            return
        widgets = {
            "contract_price": self.contract_price,
            "started_on": self.started_on.edit,
            "completed_on": self.completed_on.edit,
            "accepted_on": self.accepted_on.edit,
            "sub_works_total": self.sub_works_total,
            "sub_works_passed": self.sub_works_passed,
        }
        widget = widgets.get(field)
        if widget is not None and widget.isEnabled():
            widget.setFocus()
