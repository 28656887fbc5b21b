"""One way to name widgets for screen readers: a given name, or a button's own words, as said."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QWidget

W = TypeVar("W", bound=QWidget)


def spoken(text: str) -> str:
    """`text` as a screen reader should say it: no `&` mnemonic marks (`&&` is a real
    ampersand), no trailing ellipsis or colon (they are for the eye)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…:").strip()


def named(widget: W, name: str | None = None) -> W:
    """Give `widget` its accessible name: `name`, or else the button's own text, as spoken."""
    if name is None:
        if not isinstance(widget, QAbstractButton):
            raise TypeError(f"a {type(widget).__name__} has no text of its own: give a name")
        name = widget.text()
    widget.setAccessibleName(spoken(name))
    return widget


def named_for(widget: W, action: QAction) -> W:
    """A tool button (or any widget) standing for `action`, named as the action is."""
    return named(widget, action.text())
