"""The one fingerprint read-out dialog: whoever listens types what they hear; the core compares.

Used where a volunteer checks the organisation's fingerprint (joining) and where a coordinator
checks a device's (approving). The listener's screen never shows the fingerprint, so a
"yes" can never be given by glancing at the one on screen instead of listening.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from logbook.errors import LogbookError
from logbook.identity.fingerprint import FINGERPRINT_CHARS, GROUP, read_out_form
from ui.operations import Operations
from ui.screens.common import fit_height, heading
from ui.widgets.accessible import named
from ui.widgets.form_dialog import FormDialog, StandardButton

# Room for what people type between groups (spaces, dashes) and a little more.
MAX_TYPED = FINGERPRINT_CHARS * 3


def typing_font(scale: float = 1.4) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    base = QFont().pointSizeF()
    font.setPointSizeF((base if base > 0 else font.pointSizeF()) * scale)
    return font


class ReadOutDialog(FormDialog):
    """Subclasses add their own rows to `self.form` and say what the typed text confirms."""

    confirmed = Signal(object)  # whatever the core's call returned

    # Whether `work` changes the volunteer's records and says what (`ops.mutate`).
    mutation = False

    def __init__(self, parent: QWidget, ops: Operations) -> None:
        super().__init__(parent, ops, StandardButton.NoButton)
        self.subject = heading("", 1.3)
        self.subject.setWordWrap(True)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.typed = QLineEdit()
        self.typed.setFont(typing_font())
        self.typed.setMaxLength(MAX_TYPED)
        self.typed.setAccessibleName(self.tr("Fingerprint as you hear it"))
        self.typed.setPlaceholderText(" ".join(["·" * GROUP] * (FINGERPRINT_CHARS // GROUP)))
        self.typed.setInputMethodHints(Qt.InputMethodHint.ImhPreferUppercase)
        typed_label = QLabel(self.tr("&Fingerprint you hear:"))
        typed_label.setBuddy(self.typed)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Characters typed"))
        self.form = QFormLayout()
        self.form.addRow(typed_label, self.typed)
        self.form.addRow("", self.count)
        self.note = QLabel(
            self.tr("Spaces, dashes and capitals do not matter; every letter and digit does. "
                    "If it does not match, nothing changes: ask for it to be read again.")
        )  # fmt: skip
        self.note.setWordWrap(True)
        self.confirm_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        named(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.subject)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        # Room for the whole fingerprint on one line in the field, whatever the font size.
        wide = self.typed.fontMetrics().horizontalAdvance("W" * (FINGERPRINT_CHARS + 8))
        self.typed.setMinimumWidth(wide)
        self.typed.textChanged.connect(self._typed_changed)
        self._typed_changed()
        self.typed.setFocus()

    def describe(self, *, title: str, subject: str, intro: str, confirm: str) -> None:
        """Say who is being checked, and what a match does; then size to fit."""
        self.setWindowTitle(title)
        self.subject.setText(subject)
        self.subject.setAccessibleName(subject)
        self.intro.setText(intro)
        self.confirm_button.setText(confirm)
        named(self.confirm_button)
        readable = self.fontMetrics().averageCharWidth() * 70
        self.setMinimumWidth(max(readable, self.minimumSizeHint().width()))
        fit_height(self)

    def _typed_changed(self) -> None:
        # A refusal is said until the text changes, never after it has been fixed.
        self.error.hide()
        n = len(read_out_form(self.typed.text()))
        # Its own context, not self.tr(): in a subclass (ApproveDialog, EnrolDialog) PySide
        # looks a counted message up under the subclass's name only, so it stayed English.
        counted = QCoreApplication.translate("ReadOutDialog", "%n of {0} characters", "", n)
        self.count.setText(counted.format(FINGERPRINT_CHARS))
        self.confirm_button.setEnabled(n > 0)

    def work(self, typed: str) -> Callable[[], Any]:
        """The core's call that compares `typed` and, only if it matches, acts."""
        raise NotImplementedError

    def save(self) -> None:
        if not self.confirm_button.isEnabled():
            return  # Enter in an empty field
        self.submit(self.work(self.typed.text()), self.confirmed.emit, mutation=self.mutation)

    def failed(self, message: str, error: LogbookError | None) -> None:
        super().failed(message, error)
        fit_height(self)  # room for the message too
        # Ready to type it again as it is read out again.
        self.typed.setFocus()
        self.typed.selectAll()
