"""Size a dialog to its content but never beyond the screen (200 % text on a small laptop)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QScrollArea

# Room for the window manager's title-bar buttons beside the title.
TITLE_BAR_EXTRA = 160


def title_width(dialog: QDialog) -> int:
    """Wide enough that the title bar shows the whole title, not "Add a … ogbook"."""
    return dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + TITLE_BAR_EXTRA


def fit_to_screen(
    dialog: QDialog, width: int = 0, scroll: QScrollArea | None = None, height: int = 0
) -> None:
    """Resize `dialog` to show everything (what `scroll` holds included) where the screen
    allows, and otherwise to the screen's available size, the rest scrolling."""
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry().size() * 0.95
    layout = dialog.layout()
    want = layout.sizeHint() if layout is not None else dialog.sizeHint()
    if scroll is not None and scroll.widget() is not None:
        # A scroll area asks for little; ask for what it holds instead.
        inner = scroll.widget().sizeHint()
        extra = inner - scroll.sizeHint()
        want += QSize(max(0, extra.width()), max(0, extra.height()))
    want = want.expandedTo(QSize(max(width, title_width(dialog)), height))
    dialog.setMinimumWidth(min(title_width(dialog), room.width()))
    dialog.resize(want.boundedTo(room))
