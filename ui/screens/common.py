"""Layout helpers shared by the full-window screens (unlock, create, recover)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.widgets.field_errors import error_style


def heading(text: str, scale: float = 1.6) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(text)
    return label


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(error_style(label.palette()))  # an error's colour, not a link's
    label.setAccessibleName(QCoreApplication.translate("FormErrors", "Error message"))
    label.hide()
    return label


def scrolling(content: QWidget) -> QScrollArea:
    """`content` scrolls when the window is smaller than it (200 % text on a small laptop),
    instead of pushing the window past the screen or squeezing lines over each other."""
    area = QScrollArea()
    area.setWidget(content)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls take focus, not the area
    return area


def centred_card(content: QWidget, width: int = 520) -> QWidget:
    """A screen-filling page with `content` in a centred column of readable width; it
    scrolls when the window is smaller than the card."""
    page = QWidget()
    outer = QHBoxLayout(page)
    outer.addStretch(1)
    column = QVBoxLayout()
    column.addStretch(1)
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    # A definite width lets word-wrapped labels work out their height; measured in
    # characters so it grows with the font size (200 % scale included).
    frame.setFixedWidth(max(width, frame.fontMetrics().averageCharWidth() * 78))
    inner = QVBoxLayout(frame)
    inner.setContentsMargins(28, 24, 28, 24)
    inner.addWidget(content)
    column.addWidget(frame, alignment=Qt.AlignmentFlag.AlignHCenter)
    column.addStretch(2)
    outer.addLayout(column)
    outer.addStretch(1)
    return scrolling(page)


def fit_to_screen(window: QWidget) -> None:
    """Never larger than the screen it opens on (200 % text on a small laptop)."""
    screen = window.screen()
    if screen is None:
        return
    room = screen.availableGeometry()
    window.resize(min(window.width(), room.width() - 40), min(window.height(), room.height() - 60))


def fit_height(dialog: QWidget) -> None:
    """As tall as its word-wrapped lines need at its width (a layout's minimum leaves them
    out, and the tallest fixed part, such as a fingerprint card, was squeezed to a sliver),
    but no larger than the screen."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    width = max(dialog.width(), dialog.minimumWidth())
    dialog.resize(width, max(dialog.height(), layout.totalHeightForWidth(width)))
    fit_to_screen(dialog)


def fixed_height(card: QWidget) -> None:
    """Never squeezed below the height its content needs."""
    card.setMinimumHeight(card.sizeHint().height())
