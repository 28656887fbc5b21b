"""The app's keyboard shortcuts: one registry (shown in the shortcuts list) and the keys that
work from anywhere, dialogs included (lock, lock and quit, the list itself)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from ui.i18n import QT_TRANSLATE_NOOP
from ui.widgets.accessible import spoken


# QT_TRANSLATE_NOOP marks the labels for lupdate; title() translates them when shown.
@dataclass(frozen=True)
class Shortcut:
    keys: str  # portable text, as QKeySequence reads it ("Ctrl+L")
    label: str  # translated when shown

    def sequence(self) -> QKeySequence:
        return QKeySequence(self.keys)

    def shown_keys(self) -> str:
        """In the platform's own words (Cmd on a Mac), as menus show them."""
        return self.sequence().toString(QKeySequence.SequenceFormat.NativeText) or self.keys

    def title(self) -> str:
        return QCoreApplication.translate("Shortcuts", self.label)

    def tip(self, text: str) -> str:
        """A button's tooltip: its name and its keys."""
        return f"{spoken(text)} ({self.shown_keys()})"


NEW_VISIT = Shortcut("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "New visit"))
NEW_CONVERSATION = Shortcut("Ctrl+Shift+N", QT_TRANSLATE_NOOP("Shortcuts", "New conversation"))
NEW_REFLECTION = Shortcut("Ctrl+R", QT_TRANSLATE_NOOP("Shortcuts", "New reflection"))
RAISE_CONCERN = Shortcut(
    "Ctrl+Shift+C", QT_TRANSLATE_NOOP("Shortcuts", "Raise a safeguarding concern")
)
FIND = Shortcut("Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Search your notes"))
UNDO = Shortcut("Ctrl+Z", QT_TRANSLATE_NOOP("Shortcuts", "Undo (a deleted entry comes back)"))
REDO = Shortcut("Ctrl+Shift+Z", QT_TRANSLATE_NOOP("Shortcuts", "Redo"))
SAVE = Shortcut(
    "Ctrl+S", QT_TRANSLATE_NOOP("Shortcuts", "Save the entry or form you are in (also Ctrl+Enter)")
)
CANCEL = Shortcut(
    "Esc", QT_TRANSLATE_NOOP("Shortcuts", "Close a dialog (it asks before anything typed is lost)")
)
OPEN = Shortcut(
    "Return",
    QT_TRANSLATE_NOOP(
        "Shortcuts", "Open the chosen entry; in a form, do what its main button does"
    ),
)
DELETE = Shortcut(
    "Del", QT_TRANSLATE_NOOP("Shortcuts", "Delete the chosen entry (Ctrl+Z brings it back)")
)
CONTEXT_MENU = Shortcut(
    "Shift+F10",
    QT_TRANSLATE_NOOP("Shortcuts", "Actions for the chosen item in a list (also the Menu key)"),
)
NEXT = Shortcut("Tab", QT_TRANSLATE_NOOP("Shortcuts", "Next field or button (Shift+Tab: back)"))
TAB_PAGE = Shortcut(
    "Ctrl+Tab",
    QT_TRANSLATE_NOOP("Shortcuts", "Next section: Logbook, Matches, Safeguarding, Sharing…"),
)
MNEMONIC = Shortcut(
    "Alt+U", QT_TRANSLATE_NOOP("Shortcuts", "Alt and an underlined letter: that button or field")
)
REFRESH = Shortcut("F5", QT_TRANSLATE_NOOP("Shortcuts", "Refresh (coordinator)"))
LOCK = Shortcut(
    "Ctrl+L",
    QT_TRANSLATE_NOOP("Shortcuts", "Lock now, from anywhere (what you are typing is kept)"),
)
QUIT = Shortcut("Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Lock and quit"))
HELP = Shortcut("F1", QT_TRANSLATE_NOOP("Shortcuts", "This list of keyboard shortcuts"))
REGISTRY = (
    NEW_VISIT, NEW_CONVERSATION, NEW_REFLECTION, RAISE_CONCERN, FIND, SAVE, CANCEL, OPEN,
    DELETE, CONTEXT_MENU, UNDO, REDO, NEXT, TAB_PAGE, MNEMONIC, REFRESH, LOCK, QUIT, HELP,
)  # fmt: skip
assert len({s.keys for s in REGISTRY}) == len(REGISTRY), "duplicate shortcut"
# Caught by AppWideKeys: never also a window's QAction shortcut, or Qt finds it ambiguous.
APP_WIDE = (LOCK, QUIT, HELP)


def bind(action: QAction, shortcut: Shortcut) -> None:
    """Give a toolbar action its keys and say them in its tooltip."""
    if shortcut not in APP_WIDE:
        action.setShortcut(shortcut.sequence())
    action.setToolTip(shortcut.tip(action.text()))


def section_keys(owner: QWidget, tabs: QTabWidget) -> None:
    """Ctrl+Tab and Ctrl+Shift+Tab change section wherever the focus is in `owner`
    (QTabWidget only does it while the focus is inside the tabs themselves); a section
    chosen from outside the tabs (Alt+M from the toolbar, say) takes the focus with it."""
    for keys, step in ((TAB_PAGE.keys, 1), ("Ctrl+Shift+Tab", -1)):
        shortcut = QShortcut(QKeySequence(keys), owner)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(
            lambda step=step: tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())
        )

    def follow(_: int) -> None:
        focus = QApplication.focusWidget()
        if focus is None or not tabs.isAncestorOf(focus) or not focus.isVisible():
            focus_into(tabs.currentWidget())

    tabs.currentChanged.connect(follow)


def focus_into(page: QWidget | None) -> None:
    """The focus on the first control of `page` that Tab would reach (its list, mostly)."""
    if page is None:
        return
    widget = page.nextInFocusChain()
    while widget is not None and widget is not page:
        if (
            page.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            widget.setFocus(Qt.FocusReason.TabFocusReason)
            return
        widget = widget.nextInFocusChain()


class AppWideKeys(QObject):
    """Installed on the application, so these keys work in every window and dialog.

    A window's QAction shortcut is blocked while a modal dialog is open, which is exactly
    when a shared laptop most needs locking (someone is mid-entry), so the keys are caught
    here, before any widget sees them.
    """

    def __init__(self, actions: dict[Shortcut, Callable[[], None]], parent: QObject) -> None:
        super().__init__(parent)
        self.actions = {s.sequence().toString(): action for s, action in actions.items()}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        action = self.actions.get(QKeySequence(event.keyCombination()).toString())
        owner = self.parent()
        if action is None or (isinstance(owner, QWidget) and not owner.isVisible()):
            return False  # a closed window leaves the keys to the one still open
        if not event.isAutoRepeat():
            action()
        return True  # seen once, by whichever receiver had it first
