"""Settings and care of data: auto-lock, reminders, passphrase, backup, restore, export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from logbook import __version__
from logbook.backup.archive import create_backup
from logbook.progress import Progress
from logbook.records.export import write_export
from logbook.vault.profiles import ProfileManager, UnlockedProfile
from ui.i18n import LANGUAGES, catalogue_status
from ui.long_task import LongTask
from ui.operations import Operations
from ui.preferences import (
    IDLE_MINUTES,
    REMINDER_DAYS,
    RETENTION_MONTHS,
    TEXT_PERCENT,
    Preferences,
)
from ui.screens.common import scrolling
from ui.widgets.accessible import named
from ui.widgets.form_dialog import FormDialog
from ui.widgets.passphrase import NewPassphrase
from ui.widgets.save_place import suggested


class ChangePassphraseDialog(FormDialog):
    def __init__(
        self, parent: QWidget, manager: ProfileManager, ops: Operations, name: str
    ) -> None:
        super().__init__(parent, ops)
        self.manager, self.name = manager, name
        self.setWindowTitle(self.tr("Change passphrase"))
        self.current = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current passphrase"))
        self.new = NewPassphrase()
        self.new.hints = (name,)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("&Current:"), self.current)
        layout.addLayout(form)
        layout.addWidget(self.new)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.new.changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.new.acceptable)

    def save(self) -> None:
        manager, name = self.manager, self.name
        old, new = self.current.text(), self.new.passphrase()
        self.submit(lambda: manager.change_passphrase(name, old, new))


class SettingsScreen(QWidget):
    preferences_changed = Signal()
    restore_requested = Signal(str)  # path of the backup; the window locks, then restores

    def __init__(
        self, profile: UnlockedProfile, manager: ProfileManager, ops: Operations,
        preferences: Preferences,
    ) -> None:  # fmt: skip
        super().__init__()
        self.profile, self.manager, self.ops, self.preferences = profile, manager, ops, preferences
        self.task: LongTask | None = None

        self.idle = QSpinBox(minimum=IDLE_MINUTES.low, maximum=IDLE_MINUTES.high)
        self.idle.setValue(preferences.get(IDLE_MINUTES))
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setAccessibleName(IDLE_MINUTES.title())
        self.reminder = QSpinBox(minimum=REMINDER_DAYS.low, maximum=REMINDER_DAYS.high)
        self.reminder.setValue(preferences.get(REMINDER_DAYS))
        self._count_suffix(self.reminder, lambda n: self.tr(" day(s)", "", n))
        self.reminder.setAccessibleName(REMINDER_DAYS.title())
        self.retention = QSpinBox(minimum=RETENTION_MONTHS.low, maximum=RETENTION_MONTHS.high)
        self.retention.setValue(preferences.get(RETENTION_MONTHS))
        self._count_suffix(self.retention, lambda n: self.tr(" month(s)", "", n))
        self.retention.setAccessibleName(RETENTION_MONTHS.title())
        self.text_size = QSpinBox(minimum=TEXT_PERCENT.low, maximum=TEXT_PERCENT.high)
        self.text_size.setSingleStep(25)
        self.text_size.setValue(preferences.get(TEXT_PERCENT))
        self.text_size.setSuffix(" %")
        self.text_size.setAccessibleName(TEXT_PERCENT.title())
        self.language = QComboBox()
        self.language.addItem(self.tr("The system's language"), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(preferences.language())))
        self.language.setAccessibleName(self.tr("Language"))
        self.shortcuts_button = QPushButton(self.tr("&Keyboard shortcuts…"))
        self.passphrase_button = QPushButton(self.tr("Change &passphrase…"))
        self.backup_button = QPushButton(self.tr("&Back up…"))
        self.restore_button = QPushButton(self.tr("Restore &a backup…"))
        self.export_button = QPushButton(self.tr("&Export my data…"))
        for button in (self.passphrase_button, self.backup_button, self.restore_button,
                       self.export_button, self.shortcuts_button):  # fmt: skip
            named(button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))

        privacy = QGroupBox(self.tr("Privacy"))
        form = QFormLayout(privacy)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(IDLE_MINUTES.title() + ":", self.idle)
        form.addRow("", self.passphrase_button)
        matches = QGroupBox(self.tr("Matches"))
        matches_form = QFormLayout(matches)
        matches_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        matches_form.addRow(REMINDER_DAYS.title() + ":", self.reminder)
        matches_form.addRow(RETENTION_MONTHS.title() + ":", self.retention)
        display = QGroupBox(self.tr("Display and keyboard"))
        display_form = QFormLayout(display)
        display_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        display_form.addRow(TEXT_PERCENT.title() + ":", self.text_size)
        self.text_size_note = QLabel(
            self.tr("For this laptop, on top of its own text size. Applies the next time the "
                    "app starts.")
        )  # fmt: skip
        self.text_size_note.setWordWrap(True)
        display_form.addRow("", self.text_size_note)
        display_form.addRow(self.tr("Lan&guage:"), self.language)
        self.language_note = QLabel(
            " ".join((self.tr("For this laptop. Applies the next time the app starts."),
                      catalogue_status())).strip()
        )  # fmt: skip
        self.language_note.setWordWrap(True)
        display_form.addRow("", self.language_note)
        display_form.addRow("", self.shortcuts_button)
        data = QGroupBox(self.tr("Your data"))
        data_layout = QVBoxLayout(data)
        where = QLabel(self.tr("Your profiles are kept in {0}").format(manager.data_dir))
        where.setWordWrap(True)
        data_layout.addWidget(where)
        row = QHBoxLayout()
        for button in (self.backup_button, self.restore_button, self.export_button):
            row.addWidget(button)
        row.addStretch(1)
        data_layout.addLayout(row)
        data_layout.addWidget(self.status)
        about = QGroupBox(self.tr("About"))
        about_text = QLabel(
            self.tr(
                "Volunteer Logbook {0}. Everything you write is encrypted on this laptop. "
                "Names, notes, places and anything else you type never leave it; your "
                "organisation only ever receives summaries, and you can see them first."
            ).format(__version__)
        )
        about_text.setWordWrap(True)
        QVBoxLayout(about).addWidget(about_text)
        # Scrolls when the text is large (200 % on a small laptop screen).
        content = QWidget()
        layout = QVBoxLayout(content)
        for group in (privacy, matches, display, data, about):
            layout.addWidget(group)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content))

        self.idle.valueChanged.connect(self._save_preferences)
        self.reminder.valueChanged.connect(self._save_preferences)
        self.retention.valueChanged.connect(self._save_preferences)
        self.text_size.valueChanged.connect(self._save_preferences)
        self.language.currentIndexChanged.connect(self._save_language)
        self.shortcuts_button.clicked.connect(self.show_shortcuts)
        self.passphrase_button.clicked.connect(self.change_passphrase)
        self.backup_button.clicked.connect(self.ask_backup)
        self.restore_button.clicked.connect(self.ask_restore)
        self.export_button.clicked.connect(self.ask_export)

    def _save_preferences(self) -> None:
        self.preferences.set(IDLE_MINUTES, self.idle.value())
        self.preferences.set(REMINDER_DAYS, self.reminder.value())
        self.preferences.set(RETENTION_MONTHS, self.retention.value())
        self.preferences.set(TEXT_PERCENT, self.text_size.value())
        self.preferences_changed.emit()

    @staticmethod
    def _count_suffix(box: QSpinBox, suffix: Callable[[int], str]) -> None:
        """The unit after the number, counted ("1 month", "2 months") as the value changes."""
        box.setSuffix(suffix(box.value()))
        box.valueChanged.connect(lambda n: box.setSuffix(suffix(n)))

    def _save_language(self) -> None:
        self.preferences.set_language(self.language.currentData() or "")

    def show_shortcuts(self) -> None:
        from ui.screens.shortcuts import ShortcutsDialog

        ShortcutsDialog.show_over(self.window())

    def passphrase_dialog(self) -> ChangePassphraseDialog:
        return ChangePassphraseDialog(self, self.manager, self.ops, self.profile.info.name)

    def change_passphrase(self) -> None:
        if self.passphrase_dialog().exec():
            self.status.setText(self.tr("Passphrase changed."))

    # -- long tasks ----------------------------------------------------------------------
    def _run(self, title: str, work: object, done_text: str) -> None:
        def done(_: object) -> None:
            self.status.setText(done_text)

        def failed(message: str) -> None:
            self.status.setText(message)

        self.task = LongTask(self, self.ops, title, work, done, failed)  # type: ignore[arg-type]

    def ask_backup(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up"),
            suggested("logbook-backup.lbk"),
            self.tr("Logbook backups (*.lbk)"),
        )
        if path:
            self.backup_to(Path(path))

    def backup_to(self, path: Path) -> None:
        profile = self.profile

        def work(progress: Progress) -> int:
            return create_backup(profile, path, progress)

        self._run(
            self.tr("Backing up…"), work,
            self.tr("Backup saved to {0}. It opens with your current passphrase or recovery "
                    "key.").format(path),
        )  # fmt: skip

    def ask_export(self) -> None:
        answer = QMessageBox.warning(
            self, self.tr("Export my data"),
            self.tr("The export is NOT encrypted: anyone who gets the file can read all your "
                    "notes. Keep it safe and delete it when you are done. Go on?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export my data"),
            suggested("my-logbook.json"),
            self.tr("JSON files (*.json)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        from logbook.records.book import Logbook

        book = Logbook(self.profile.store)

        def work(progress: Progress) -> int:
            return write_export(book, path, progress)

        self._run(
            self.tr("Exporting…"), work, self.tr("Your data was written to {0}.").format(path)
        )

    def ask_restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore a backup"), "", self.tr("Logbook backups (*.lbk)")
        )
        if path:
            self.offer_restore(path)

    def offer_restore(self, path: str) -> None:
        """Ask before restoring `path` (not modal to the app: a lock can still close it)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Restore a backup"),
            self.tr("Restoring REPLACES everything now in this profile with the backup. "
                    "The logbook will lock; then unlock it with the passphrase the backup was "
                    "made with. Go on?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self,
        )  # fmt: skip
        box.setObjectName("restore-question")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setInformativeText(self.tr("Backup: {0}").format(Path(path).name))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_: int) -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                self.restore_requested.emit(path)

        box.finished.connect(answered)
        box.open()
