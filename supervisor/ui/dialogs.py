"""The shape every editing dialog shares: OK saves, or shows why not in place.

A ``SavingDialog`` subclass builds its fields, then calls ``finish(layout)`` for the message line
and the buttons, and implements ``save()`` (usually: read the fields, call the ``save`` callable
it was given). When ``save()`` raises a ``SupervisorError`` its message appears in red above the
buttons, the field it names (``ValidationError.field``, matched against the subclass's
``fields`` by name) takes the focus, and the dialog stays open with everything typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QWidget

from supervisor.errors import SupervisorError, ValidationError
from supervisor.ui.failures import error_text

ERROR_STYLE = "color: #c0392b;"


class SavingDialog(QDialog):
    """Attributes:
        message: the label that shows why saving failed (hidden until then).
        buttons: the dialog's button box.
        fields: field name -> widget, for focusing the one an error names (optional).
    """

    fields: dict[str, QWidget]

    def finish(self, layout, buttons=None) -> None:
        """Add the message line and the buttons (OK and Cancel unless given) under ``layout``."""
        self.fields = getattr(self, "fields", {})
        self.message = QLabel()
        self.message.setObjectName("dialogMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            buttons or QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def show_failure(self, error: SupervisorError) -> None:
        self.show_message(error_text(error))
        widget = self.fields.get(error.field or "") if isinstance(error, ValidationError) else None
        if widget is not None:
            widget.setFocus()
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def save_or_show(self) -> bool:
        """Save; on failure show why in place. Whether it saved."""
        try:
            self.save()
        except SupervisorError as error:
            self.show_failure(error)
            return False
        self.message.hide()
        return True

    def accept(self):
        if self.save_or_show():
            super().accept()

    def save(self) -> None:  # pragma: no cover - every dialog defines it
        raise NotImplementedError
