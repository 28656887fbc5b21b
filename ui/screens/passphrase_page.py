"""The layout shared by the create-profile and recover screens: a form, then the new key."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.screens.common import centred_card
from ui.screens.recovery_key import RecoveryKeyPage
from ui.widgets.passphrase import NewPassphrase


def build_pages(
    screen: QWidget,
    *,
    title: QLabel,
    intro: str,
    field: tuple[str, QWidget],
    passphrase: NewPassphrase,
    error: QLabel,
    status: QLabel,
    cancel: QPushButton,
    ok: QPushButton,
    extra: QWidget | None = None,
) -> tuple[QStackedWidget, RecoveryKeyPage]:
    """Page 0: title, intro, one labelled field (and an `extra` widget under it), the new
    passphrase and the buttons;
    page 1: the recovery key, shown once. Both fill `screen`."""
    form_page = QWidget()
    layout = QVBoxLayout(form_page)
    layout.addWidget(title)
    text = QLabel(intro)
    text.setWordWrap(True)
    layout.addWidget(text)
    form = QFormLayout()
    form.addRow(*field)
    if extra is not None:
        form.addRow("", extra)
    layout.addLayout(form)
    layout.addWidget(passphrase)
    layout.addWidget(error)
    row = QHBoxLayout()
    row.addWidget(status)
    row.addStretch(1)
    row.addWidget(cancel)
    row.addWidget(ok)
    layout.addLayout(row)
    # Enter in any field does what the main button does (a full-window page has no
    # QDialog to honour the default button); click() does nothing while it is disabled.
    fields = [passphrase.first, passphrase.second]
    if isinstance(field[1], QLineEdit):
        fields.insert(0, field[1])
    for edit in fields:
        edit.returnPressed.connect(ok.click)
    key_page = RecoveryKeyPage()
    pages = QStackedWidget()
    pages.addWidget(centred_card(form_page))
    pages.addWidget(centred_card(key_page))
    QVBoxLayout(screen).addWidget(pages)
    return pages, key_page
