"""Right-click menus on lists, also opened from the keyboard (the Menu key or Shift+F10)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QMenu

from ui.shortcuts import CONTEXT_MENU
from ui.widgets.accessible import spoken

MenuItems = list[tuple[str, Callable[[], object], bool]]  # text, what it does, enabled


class ContextMenu:
    """`items()` says what the menu offers for the current row, each enabled or not; the
    menu pops up without blocking (`popup`), so a test can find and trigger its actions."""

    def __init__(self, view: QAbstractItemView, items: Callable[[], MenuItems]) -> None:
        self.view, self.items = view, items
        self.menu: QMenu | None = None
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self.open_at)
        # Both keys people know for it, as a shortcut: Qt turns the Menu key into a context
        # menu event only on some platforms, and Shift+F10 on none. A shortcut consumes the
        # key, so the menu never opens twice.
        shortcut = QShortcut(view)
        shortcut.setKeys([QKeySequence(CONTEXT_MENU.keys), QKeySequence(Qt.Key.Key_Menu)])
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.open_at_current)

    def open_at_current(self) -> None:
        rect = self.view.visualRect(self.view.currentIndex())
        self.open_at(rect.center() if rect.isValid() else QPoint(4, 4))

    def open_at(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if index.isValid():
            self.view.setCurrentIndex(index)
        if self.menu is not None:
            self.menu.close()
            self.menu.deleteLater()
        menu = self.menu = QMenu(self.view)
        menu.setAccessibleName(self.view.tr("Actions"))
        for text, slot, enabled in self.items():
            action = QAction(text, menu)
            action.setEnabled(enabled)
            action.triggered.connect(slot)
            menu.addAction(action)
        if menu.actions():
            menu.popup(self.view.viewport().mapToGlobal(pos))

    def action(self, text: str) -> QAction | None:
        """The open menu's action whose text (without its & marks) is `text`."""
        if self.menu is None:
            return None
        for action in self.menu.actions():
            if spoken(action.text()) == spoken(text):
                return action
        return None
