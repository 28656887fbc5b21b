"""The app's own text size (100-200 %), on top of the system's: for shared laptops."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

_BASE = "logbook_base_point_size"  # the system's size, kept so sizes never compound


def apply_text_size(percent: int) -> None:
    """Scale the application font; widgets built afterwards (the unlock window first) use it."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    base = app.property(_BASE)
    if not isinstance(base, float):
        base = app.font().pointSizeF()
        app.setProperty(_BASE, base)
    font = app.font()
    font.setPointSizeF(base * percent / 100)
    app.setFont(font)
