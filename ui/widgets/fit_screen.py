"""Size a dialog to its content but never beyond the screen (200 % text on a small laptop)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea, QStyle, QWidget

# Room for the window manager's title-bar buttons beside the title.
TITLE_BAR_EXTRA = 160


def title_width(dialog: QDialog) -> int:
    """Wide enough that the title bar shows the whole title, not "Add a … ogbook"."""
    return dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + TITLE_BAR_EXTRA


def grow_to_fit(window: QWidget) -> None:
    """After a message appeared: make room for all of it (wrapped lines included), so it is
    never cut off mid-sentence; never wider, and never past the screen."""
    layout = window.layout()
    if layout is None:
        return
    QApplication.sendPostedEvents(window)
    layout.activate()
    need = (
        layout.totalHeightForWidth(window.width())
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height()
    )
    screen = window.screen() or QGuiApplication.primaryScreen()
    need = min(need, int(screen.availableGeometry().height() * 0.95))
    if need > window.height():
        window.resize(window.width(), need)


def fit_to_screen(
    dialog: QDialog, width: int = 0, scroll: QScrollArea | None = None, height: int = 0
) -> None:
    """Resize `dialog` to show everything (what `scroll` holds included) where the screen
    allows, and otherwise to the screen's available size, the rest scrolling."""
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry().size() * 0.95
    layout = dialog.layout()
    assert layout is not None
    hint = layout.sizeHint()
    w = min(max(width, title_width(dialog), hint.width()), room.width())
    margins = layout.contentsMargins()
    inner = scroll.widget() if scroll is not None else None
    if scroll is not None and inner is not None:
        # A scroll area asks for little; ask for what it holds, at the width it will have
        # (form rows that wrap at that width are taller).
        bar = dialog.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        inner_width = w - margins.left() - margins.right() - bar
        inner_height = (
            inner.heightForWidth(inner_width)
            if inner.hasHeightForWidth()
            else inner.sizeHint().height()
        )
        h = hint.height() - scroll.sizeHint().height() + inner_height + 2 * scroll.frameWidth()
    else:
        h = layout.totalHeightForWidth(w) if layout.hasHeightForWidth() else hint.height()
    dialog.setMinimumWidth(min(title_width(dialog), room.width()))
    dialog.resize(w, min(max(h, height), room.height()))
