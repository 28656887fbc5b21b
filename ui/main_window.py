"""The main window: unlock, create and recover screens, and the logbook once unlocked.

The title never shows a profile or a person's name; a locked window shows no content.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
)

from logbook.progress import Progress
from logbook.vault.kinds import ProfileKind
from logbook.vault.profiles import ProfileManager, UnlockedProfile
from ui.clipboard import ClipboardGuard
from ui.idle import IdleLock
from ui.memory import release_freed_memory
from ui.operations import Operations
from ui.preferences import (
    IDLE_MINUTES,
    REMINDER_DAYS,
    RETENTION_MONTHS,
    TEXT_PERCENT,
    Preferences,
)
from ui.screens.common import fit_to_screen
from ui.screens.unlock import UnlockScreen
from ui.session_watch import SessionWatch
from ui.shortcuts import HELP, LOCK, QUIT, AppWideKeys, focus_into
from ui.text_size import apply_text_size

if TYPE_CHECKING:
    from ui.long_task import LongTask
    from ui.screens.coordinator import CoordinatorArea
    from ui.screens.create_profile import CreateProfileScreen
    from ui.screens.recover import RecoverScreen
    from ui.screens.workarea import WorkArea


def _warm_imports() -> None:
    """Load the storage stack (about 250 ms) while the volunteer types their passphrase."""
    import logbook.volunteer  # noqa: F401 - the database, records and sharing services
    import ui.screens.workarea  # noqa: F401


class MainWindow(QMainWindow):
    def __init__(self, manager: ProfileManager, ops: Operations | None = None) -> None:
        preferences = Preferences(manager.data_dir)
        # Before any widget exists, this window included: widgets take their parent's font
        # when they are made, and the change would otherwise reach them only later.
        apply_text_size(preferences.get(TEXT_PERCENT))
        super().__init__()
        self.manager = manager
        self.ops = ops or Operations(self)
        self.preferences = preferences
        self.setWindowTitle(self.tr("Volunteer Logbook"))
        self.work: WorkArea | CoordinatorArea | None = None
        self.unlock_screen = UnlockScreen(manager, self.ops)
        self.task: LongTask | None = None
        self._create: CreateProfileScreen | None = None
        self._recover: RecoverScreen | None = None
        self.pending_file: Path | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.unlock_screen)
        self.setCentralWidget(self.stack)
        self.idle = IdleLock(self.lock, self.preferences.get(IDLE_MINUTES))
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.session_watch = SessionWatch(self._lock_if_open, self)
        self.keys = AppWideKeys(
            {LOCK: self._lock_if_open, QUIT: self.lock_and_quit, HELP: self.show_shortcuts}, self
        )
        if app is not None:
            app.installEventFilter(self.keys)
        self.clipboard_guard = ClipboardGuard(self)

        self.unlock_screen.unlocked.connect(self.open_profile)
        self.unlock_screen.create_requested.connect(self.show_create)
        self.unlock_screen.recover_requested.connect(self.show_recover)
        self.resize(980, 680)
        fit_to_screen(self)  # 200 % text on a 1366×768 laptop leaves 683×384 to fit in
        if self.unlock_screen.has_profiles():
            self.show_unlock()
        else:
            self.show_create()
        # Loaded once a passphrase is being typed, not at start: a window that stays locked
        # never holds the storage stack (about 80 MB resident; issue 15).
        self.unlock_screen.passphrase.textEdited.connect(self._warm_up)

    def _warm_up(self) -> None:
        self.unlock_screen.passphrase.textEdited.disconnect(self._warm_up)
        self.ops.run(_warm_imports, owner=self)

    # The rarely used screens are built on first use, so the unlock window appears sooner.
    @property
    def create_screen(self) -> CreateProfileScreen:
        if self._create is None:
            from ui.screens.create_profile import CreateProfileScreen

            self._create = CreateProfileScreen(self.manager, self.ops)
            self._create.created.connect(self.open_profile)
            self._create.cancelled.connect(self.show_unlock)
            self.stack.addWidget(self._create)
        return self._create

    @property
    def recover_screen(self) -> RecoverScreen:
        if self._recover is None:
            from ui.screens.recover import RecoverScreen

            self._recover = RecoverScreen(self.manager, self.ops)
            self._recover.recovered.connect(self.open_profile)
            self._recover.cancelled.connect(self.show_unlock)
            self.stack.addWidget(self._recover)
        return self._recover

    def show_unlock(self) -> None:
        self.unlock_screen.refresh()
        self.stack.setCurrentWidget(self.unlock_screen)
        self.unlock_screen.passphrase.setFocus()

    def show_create(self) -> None:
        self.create_screen.reset()
        self.create_screen.cancel_button.setVisible(self.unlock_screen.has_profiles())
        self.stack.setCurrentWidget(self.create_screen)

    def show_recover(self, name: str) -> None:
        self.recover_screen.start(name)
        self.stack.setCurrentWidget(self.recover_screen)

    def open_profile(self, profile: UnlockedProfile) -> None:
        # Imported here: the records stack is loaded by the worker during unlock, so the
        # unlock window appears without waiting for it.
        if profile.info.kind is ProfileKind.COORDINATOR:
            from ui.screens.coordinator import CoordinatorArea

            self.work = CoordinatorArea(profile, self.ops)
            self.work.lock_requested.connect(self.lock)
        else:
            from ui.screens.workarea import WorkArea

            self.work = work = WorkArea(profile, self.ops, self.manager, self.preferences)
            work.lock_requested.connect(self.lock)
            work.settings.preferences_changed.connect(self._preferences_changed)
            work.settings.restore_requested.connect(self.restore)
        self.stack.addWidget(self.work)
        self.stack.setCurrentWidget(self.work)
        # Into the logbook's list, not onto the toolbar's first button.
        focus_into(self.work.tabs.currentWidget())
        self.idle.arm()
        if self.pending_file is not None:
            from ui.opened_file import open_in

            path, self.pending_file = self.pending_file, None
            open_in(self.work, self.ops, path)

    def bring_forward(self, path: Path | None) -> None:
        """Started again while running: come to the front, and open the file it was given."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()
        if path is None:
            return
        if self.work is not None:
            from ui.opened_file import open_in

            open_in(self.work, self.ops, path)
        else:
            self.open_after_unlock(path)

    def open_after_unlock(self, path: Path) -> None:
        """A file the desktop opened with the app: its screen follows the unlock."""
        self.pending_file = path
        if self.stack.currentWidget() is self.unlock_screen:
            self.unlock_screen.status.setText(
                self.tr("Unlock a profile to open {0}.").format(path.name)
            )

    def _preferences_changed(self) -> None:
        from ui.screens.workarea import WorkArea

        self.idle.set_minutes(self.preferences.get(IDLE_MINUTES))
        if isinstance(self.work, WorkArea):
            self.work.matches.model.reminder_days = self.preferences.get(REMINDER_DAYS)
            self.work.matches.model.retention_months = self.preferences.get(RETENTION_MONTHS)
            self.work.changed()

    def restore(self, path: str, passphrase: str | None = None) -> None:
        """Lock, then replace the profile with the backup (asks for the backup's passphrase)."""
        name = (
            self.work.profile.info.name if self.work else self.unlock_screen.profile.currentText()
        )
        if passphrase is None:
            passphrase, ok = QInputDialog.getText(
                self, self.tr("Restore a backup"),
                self.tr("Passphrase the backup was made with:"), QLineEdit.EchoMode.Password,
            )  # fmt: skip
            if not ok or not passphrase:
                return
        self.lock()
        manager, secret = self.manager, passphrase

        def work(progress: Progress) -> object:
            from logbook.backup.archive import restore_backup

            return restore_backup(manager, Path(path), name, passphrase=secret, replace=True,
                                  progress=progress)  # fmt: skip

        def done(_: object) -> None:
            self.unlock_screen.refresh(select=name)
            self.unlock_screen.status.setText(
                self.tr("Backup restored. Unlock with the passphrase it was made with.")
            )

        def failed(message: str) -> None:
            self.unlock_screen.refresh(select=name)
            self.unlock_screen.error.setText(message)
            self.unlock_screen.error.show()

        from ui.long_task import LongTask  # only a restore needs it: not at start

        self.task = LongTask(self, self.ops, self.tr("Restoring…"), work, done, failed)

    def _lock_if_open(self) -> None:
        if self.work is not None:
            self.lock()

    @property
    def locked(self) -> bool:
        return self.work is None

    def show_shortcuts(self) -> None:
        from ui.screens.shortcuts import ShortcutsDialog

        ShortcutsDialog.show_over(QApplication.activeWindow() or self)

    def lock_and_quit(self) -> None:
        self.close()  # locks first, and waits for queued saves
        QApplication.quit()

    def _close_dialogs(self) -> None:
        """Every open dialog goes with the lock: one holding typed text keeps it as a draft
        (its `close_for_lock()`), the rest are closed without asking anything."""
        for widget in QApplication.topLevelWidgets():
            if not isinstance(widget, QDialog) or not widget.isVisible():
                continue
            if widget.objectName() in {"failure", "shortcuts"}:
                continue  # content-free, and the person may still need to read them
            close_for_lock = getattr(widget, "close_for_lock", None)
            if callable(close_for_lock):
                close_for_lock()
            else:
                # done(), not reject(): a dialog's reject() may ask a question, and a lock
                # must never wait for an answer. It also ends a nested exec() cleanly.
                widget.done(QDialog.DialogCode.Rejected)

    def lock(self) -> None:
        """Drop the logbook's widgets, models and undo stack, then the database engine."""
        self.idle.disarm()
        work, self.work = self.work, None
        if work is not None:
            work.discard()
            self._close_dialogs()
            self.stack.removeWidget(work)
            work.deleteLater()
            profile = work.profile
            # After any queued saves: the worker runs in order, so nothing is lost. Then what
            # the profile held goes back to the system, not only to the allocator.
            self.ops.run(profile.lock, lambda _: release_freed_memory())
        self.unlock_screen.refresh(select=work.profile.info.name if work else None)
        self.show_unlock()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock()
        self.ops.wait()
        super().closeEvent(event)
