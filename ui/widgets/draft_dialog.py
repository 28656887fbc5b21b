"""A form that keeps what was typed as an encrypted draft, through a crash or a lock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget

from logbook.errors import InvalidValue, LogbookError
from logbook.records.book import Logbook
from logbook.records.drafts import AnyDraft, DraftForm, DraftInfo, DraftKey
from ui.operations import Operations
from ui.widgets.field_errors import FieldErrors
from ui.widgets.form_dialog import FormDialog, StandardButton

AUTOSAVE_MS = 5_000


class DraftDialog(FormDialog):
    """Subclasses say what the form holds (`draft`, `load_draft`) and call `start_drafts()`
    once built. Cancel asks whenever the form differs from what was last saved (an autosaved
    draft is not saved work); locking keeps the draft and closes without asking."""

    form_kind: DraftForm
    live_errors = False  # say problems as soon as the form opens, not only after a save

    def __init__(
        self, parent: QWidget, ops: Operations, book: Logbook,
        buttons: StandardButton = StandardButton.Save | StandardButton.Cancel,
        *, key: DraftKey | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent, ops, buttons)
        self.book = book
        self.key = key or DraftKey.new(self.form_kind)
        self._saved: AnyDraft | None = None  # the form as last saved (or as opened)
        self._kept: AnyDraft | None = None  # the draft as last written to the database
        self._closing = False
        self._tried = False  # a save was attempted: from then on problems are said live
        self._saving = False  # a save is queued: a draft written now would outlive it
        self._save_outcome: dict[str, bool] = {"saved": False}
        self.errors: FieldErrors | None = None  # set by subclasses with their form
        self.fields: dict[str, QWidget] = {}  # the core's field names -> the widgets
        self.autosave_timer = QTimer(self, interval=AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)

    def draft(self) -> AnyDraft:
        raise NotImplementedError

    def problem(self) -> InvalidValue | None:
        """The first problem the core would refuse the form's values for, if any."""
        return None

    def save_work(self) -> tuple[Callable[[], Any], Callable[[Any], None] | None]:
        """What saving runs on the worker (discarding `self.key` in its transaction), and
        what to call with its result."""
        raise NotImplementedError

    def save_by_keys(self) -> None:
        """For forms with several lines of text: Enter belongs to the field it is typed in
        (a new line), Ctrl+S or Ctrl+Enter saves, so a stray Enter never saves half a form."""
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):  # what a button box holds
                button.setAutoDefault(False)
                button.setDefault(False)

    # -- validation ------------------------------------------------------------------------
    def watch(self, *signals: Any) -> None:
        """Re-check on every change of any field, so a fixed problem clears at once."""
        for signal in signals:
            signal.connect(self.check)

    def say(self, problem: InvalidValue) -> QWidget | None:
        """Say `problem` under its field (named as on the form); None if it has no field."""
        field = self.fields.get(problem.field)
        if self.errors is None or field is None:
            return None
        self.error.hide()
        message = self.tr("{0} {1}").format(self.errors.name(field), problem.problem)
        self.errors.show(field, message)
        return field

    def check(self) -> InvalidValue | None:
        problem = self.problem()
        if problem is None:
            if self.errors is not None:
                self.errors.clear()
        elif self._tried or self.live_errors:
            self.say(problem)
        return problem

    def save(self) -> None:
        if not self.buttons.isEnabled():
            return  # a save is already on its way
        self._tried = True
        problem = self.check()
        if problem is not None:
            field = self.say(problem)
            if field is None:
                self.failed(problem.message, problem)
            else:
                field.setFocus()
                if self.errors is not None:
                    self.errors.reveal()
            return
        self.error.hide()
        self.submit(*self.save_work())

    def load_draft(self, draft: Any) -> None:
        raise NotImplementedError

    def start_drafts(self) -> None:
        """The form as it stands now counts as saved: only changes from here are kept."""
        self._saved = self._kept = self.draft()
        self.autosave_timer.start()

    def restore(self, info: DraftInfo) -> None:
        """Show a draft left by a lock or a crash; it stays a draft until saved."""
        self.key = info.key
        self.load_draft(info.draft)
        self._kept = info.draft

    def changed(self) -> bool:
        return self._saved is not None and self.draft() != self._saved

    def autosave(self) -> None:
        if self._closing or self._saving or self._saved is None:
            return
        current = self.draft()
        if current == self._kept:
            return
        self._kept = current
        drafts, key = self.book.drafts, self.key
        if current == self._saved:  # changed back: nothing left worth keeping
            self.ops.run(lambda: drafts.discard(key), owner=self)
        else:
            self.ops.run(lambda: drafts.save(key, current), owner=self)

    def changeEvent(self, event: QEvent) -> None:
        # Losing focus (another window, the laptop locking) keeps the draft at once.
        if event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            self.autosave()
        super().changeEvent(event)

    def close_for_lock(self) -> None:
        """Keep the draft (written first, through the worker) and close without asking."""
        if self._saving:
            # A save is queued: keep the draft only if that save fails, or it would outlive
            # the record and come back as a duplicate. The worker runs tasks in order.
            outcome, drafts, key, current = (
                self._save_outcome,
                self.book.drafts,
                self.key,
                self.draft(),
            )
            self.ops.run(lambda: None if outcome["saved"] else drafts.save(key, current))
        else:
            self.autosave()
        self._closing = True
        self.autosave_timer.stop()
        QDialog.reject(self)

    def reject(self) -> None:
        """Cancel or Esc: ask before throwing away typed changes, then drop the draft."""
        if self._closing:
            QDialog.reject(self)
            return
        if self.changed() and self.isVisible():
            # Enter keeps the work: losing it takes a deliberate "Yes".
            answer = QMessageBox.question(
                self, self.tr("Discard changes"),
                self.tr("Close without saving? What you typed here will be lost."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.discard()

    def discard(self) -> None:
        self._closing = True
        self.autosave_timer.stop()
        drafts, key = self.book.drafts, self.key
        self.ops.run(lambda: drafts.discard(key), owner=self)
        QDialog.reject(self)

    def submit(
        self, work: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
        mutation: bool = True,
    ) -> None:  # fmt: skip
        # The save itself discards the draft in its own transaction (`draft=self.key`).
        self.autosave_timer.stop()
        self._saving = True
        self.buttons.setEnabled(False)
        outcome = self._save_outcome = {"saved": False}  # read by the worker, in order

        def save() -> Any:
            value = work()
            outcome["saved"] = True
            return value

        def done(value: Any) -> None:
            if self._closing:
                return  # closed by a lock meanwhile: saved, and nothing left to show
            self._closing = True
            if on_done is not None:
                on_done(value)
            self.accept()

        door = self.ops.mutate if mutation else self.ops.run
        door(save, done, self.failed, owner=self)

    def failed(self, message: str, error: LogbookError | None) -> None:
        if self._closing:
            return  # closed by a lock meanwhile; the form's draft was kept
        self._saving = False
        self.autosave_timer.start()
        field = self.say(error) if isinstance(error, InvalidValue) else None
        if field is None:
            super().failed(message, error)
            return
        self.buttons.setEnabled(True)
        field.setFocus()
        if self.errors is not None:
            self.errors.reveal()
