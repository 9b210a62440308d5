"""The shape every editing dialog shares: OK saves, or shows why not in place.

A ``SavingDialog`` subclass builds its fields, then calls ``finish(layout)`` for the message line
and the buttons, and implements ``save()`` (usually: read the fields, call the ``save`` callable
it was given). When ``save()`` raises a ``SupervisorError`` its message appears in red above the
buttons, the field it names (``ValidationError.field``, matched against the subclass's
``fields`` by name) takes the focus, and the dialog stays open with everything typed.

A dialog whose fields may be taller than a small screen (a 1366×768 laptop) puts them in
``scrolling_body()``: they scroll, the message line and the buttons stay in view below them.
``ReasonDialog`` asks why, and keeps asking while the answer is empty.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from supervisor.errors import SupervisorError, ValidationError
from supervisor.ui.failures import error_text
from supervisor.ui.widgets import fit_to_screen

ERROR_STYLE = "color: #c0392b;"


class _ScrollingBody(QScrollArea):
    """A scrolling area that asks for the whole of its content, so that the dialog opens showing
    all of it where the screen has room (its minimum stays small)."""

    def sizeHint(self) -> QSize:
        content = self.widget().sizeHint()
        frame = 2 * self.frameWidth()
        return QSize(content.width() + self.verticalScrollBar().sizeHint().width() + frame, content.height() + frame)


class SavingDialog(QDialog):
    """Attributes:
        message: the label that shows why saving failed (hidden until then).
        buttons: the dialog's button box.
        fields: field name -> widget, for focusing the one an error names (optional).
    """

    fields: dict[str, QWidget]
    _outer = None  # the dialog's own layout, when its fields are in ``scrolling_body``

    def scrolling_body(self) -> QVBoxLayout:
        """The layout for the dialog's fields, inside an area that scrolls when the screen is too
        small for them; ``finish`` puts the message and the buttons below that area."""
        self._outer = QVBoxLayout(self)
        area = _ScrollingBody()
        area.setObjectName("dialogBody")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        area.setWidget(body)
        self._outer.addWidget(area, 1)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        return layout

    def finish(self, layout, buttons=None) -> None:
        """Add the message line and the buttons (OK and Cancel unless given) under ``layout``
        (under the scrolling area when the fields are in ``scrolling_body``)."""
        self.fields = getattr(self, "fields", {})
        layout = self._outer or layout
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
        if self._outer is not None:
            # As large as the fields want (or as resized to, if larger), within the screen.
            wanted = self.sizeHint()
            if self.testAttribute(Qt.WidgetAttribute.WA_Resized):
                wanted = wanted.expandedTo(self.size())
            fit_to_screen(self, wanted.width(), wanted.height())

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


class ReasonDialog(SavingDialog):
    """Ask why (the reason is recorded with the change) and save with it: ``save(reason)``.

    An empty reason is refused in place with ``required`` (an "errors" message) when given, else
    with what ``save`` raises; the dialog stays open with the question until saved or cancelled.
    """

    def __init__(self, parent, title: str, prompt: str, save, required: str | None = None):
        super().__init__(parent)
        self._save = save
        self._required = required
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        layout.addWidget(self.prompt)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setTabChangesFocus(True)
        layout.addWidget(self.reason, 1)
        self.finish(layout)
        self.fields = {"reason": self.reason}
        fit_to_screen(self, 520, 300)

    def save(self) -> None:
        reason = self.reason.toPlainText().strip()
        if not reason and self._required:
            raise ValidationError(self._required, field="reason")
        self._save(reason)
