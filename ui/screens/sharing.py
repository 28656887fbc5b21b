"""Sharing with the organisation: joining it, what will be sent, and delivering summaries.

Everything here goes through the volunteer's services (`logbook.volunteer.Volunteer`) on the
shared worker; the send workflow is the core's `SyncService`, whose delivery half runs on the
network worker (`ops.network()`): it may wait tens of seconds on a dead network and must never
hold up a save.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from logbook.atomicfile import read_bounded
from logbook.changes import NOTHING, ORGANISATION, Changes
from logbook.errors import LogbookError
from logbook.identity.envelope import MAX_ENVELOPE_BYTES
from logbook.org.enrolment import Enrolment
from logbook.org.membership import Device
from logbook.org.receipts import Receipt
from logbook.progress import Progress
from logbook.summary.schema import Category
from logbook.summary.table import SummaryRow, summary_rows
from logbook.sync.deliver import ClientFactory
from logbook.sync.outbox import OutboxStatus, held_back_message
from logbook.sync.service import Sealed, SyncReport
from logbook.volunteer import Volunteer
from ui.models.summary import (
    COL_CONCERNS,
    COL_CONTACTS,
    COL_MEASURES,
    COL_TAGS,
    SummaryModel,
)
from ui.operations import Operations
from ui.screens.common import scrolling
from ui.widgets.accessible import named
from ui.widgets.read_out import ReadOutDialog
from ui.widgets.record_table import RecordTable

SYNC_EVERY_MS = 10 * 60 * 1000
SYNC_AFTER_CHANGE_MS = 60 * 1000  # soon after a save, but not on every keystroke of a session
ENROLMENT_FILTER = "*.enrol *.enrolment *.json"
# Widest these columns get before their text wraps, in characters; past this many rows the
# rows keep one height (measuring every row of years of weeks would stall the UI thread).
WRAP_COLUMNS = {COL_CONTACTS: 24, COL_TAGS: 29, COL_MEASURES: 20, COL_CONCERNS: 14}
FIT_ROWS_UP_TO = 400


@dataclass(frozen=True)
class SharingState:
    enrolment: Enrolment | None
    device: Device | None
    status: OutboxStatus
    folder: Path | None
    share_wellbeing: bool
    auto_send: bool | None  # None until the first send by hand
    receipt: Receipt | None  # what the coordinator last said about a bundle of ours
    held_back: tuple[str, ...] = ()  # match codes not assigned to this device: never sent


@dataclass(frozen=True)
class Preview:
    rows: list[SummaryRow]
    json: str
    categories: frozenset[Category]


def load_state(volunteer: Volunteer) -> SharingState:
    membership, delivery = volunteer.membership, volunteer.delivery
    return SharingState(
        membership.current(),
        membership.device(),
        delivery.outbox.status(),
        delivery.folder(),
        membership.share_wellbeing(),
        membership.auto_send(),
        delivery.last_receipt(),
        tuple(delivery.outbox.held_back()),
    )


def load_preview(volunteer: Volunteer, all_weeks: bool) -> Preview:
    summary = volunteer.outbox.preview(all_weeks=all_weeks)
    return Preview(
        summary_rows(summary),
        summary.model_dump_json(indent=2, exclude_none=True),
        frozenset(summary.categories),
    )


def read_enrolment_file(path: Path) -> bytes:
    return read_bounded("enrolment file", path, MAX_ENVELOPE_BYTES)


def fixed_font(scale: float = 1.0, bold: bool = False) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    base = QFont().pointSizeF()
    font.setPointSizeF((base if base > 0 else font.pointSizeF()) * scale)
    font.setBold(bold)
    return font


def fingerprint_label(name: str, scale: float = 1.0) -> QLabel:
    """Monospace, selectable with mouse and keyboard, so it can be read out or copied."""
    label = QLabel()
    label.setFont(fixed_font(scale, bold=scale > 1))
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setAccessibleName(name)
    return label


def local_time(moment: datetime) -> str:
    """A naive UTC time from the core, in the volunteer's zone and language."""
    local = QDateTime(moment.replace(tzinfo=UTC).astimezone())
    locale = QLocale()
    day = locale.toString(local.date(), "ddd d MMM yyyy")
    return f"{day}, {locale.toString(local.time(), QLocale.FormatType.ShortFormat)}"


class EnrolDialog(ReadOutDialog):
    """The volunteer types the fingerprint the coordinator reads out; the core compares it
    with the enrolment file's and joins only on a match."""

    mutation = True  # joining says ORGANISATION: the work area reloads what shows it

    def __init__(
        self, parent: QWidget, ops: Operations, volunteer: Volunteer, data: bytes,
        enrolment: Enrolment,
    ) -> None:  # fmt: skip
        super().__init__(parent, ops)
        self.membership, self.data = volunteer.membership, data
        self.describe(
            title=self.tr("Join your organisation"),
            subject=enrolment.payload.settings.name,
            intro=self.tr("This enrolment file is signed by the organisation named above. Ask "
                          "your coordinator to read out its fingerprint, and type what you "
                          "hear."),
            confirm=self.tr("&Join"),
        )  # fmt: skip

    def work(self, typed: str) -> Callable[[], Any]:
        membership, data = self.membership, self.data
        return lambda: membership.enroll(data, typed)


class SharingScreen(QWidget):
    def __init__(self, volunteer: Volunteer, ops: Operations) -> None:
        super().__init__()
        self.volunteer, self.ops = volunteer, ops
        self.net = ops.network()
        self.enrolment: Enrolment | None = None
        self.state: SharingState | None = None
        self.sending = False
        self.status = OutboxStatus(0, None, None, None)
        self.enrol_dialog: EnrolDialog | None = None
        self._progress: Progress | None = None
        self._stale = True
        self._discarded = False

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Status"))
        self.message.hide()
        top = QHBoxLayout()
        top.addWidget(self._organisation_box(), 1)
        top.addWidget(self._delivery_box(), 1)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(self.message)
        layout.addLayout(top)
        preview = self._preview_box()
        # Room for a dozen rows of the preview even when the page scrolls (200 % text).
        preview.setMinimumHeight(self.fontMetrics().height() * 16)
        layout.addWidget(preview, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(content))

        self.every = QTimer(self)
        self.every.setInterval(SYNC_EVERY_MS)
        self.every.timeout.connect(self.sync_automatically)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(SYNC_AFTER_CHANGE_MS)
        self.soon.timeout.connect(self.sync_automatically)

        self.join_button.clicked.connect(self.ask_join)
        self.update_button.clicked.connect(self.ask_update)
        self.send_button.clicked.connect(self.send_now)
        self.save_button.clicked.connect(self.ask_save)
        self.folder_button.clicked.connect(self.ask_folder)
        self.stop_folder_button.clicked.connect(lambda: self.use_folder(None))
        self.share_wellbeing.toggled.connect(self._share_wellbeing)
        self.auto_send.toggled.connect(self._auto_send)
        self.all_weeks.toggled.connect(lambda _: self.refresh_preview())
        self._show_state(None)

    @property
    def client_factory(self) -> ClientFactory:
        return self.volunteer.delivery.client

    @client_factory.setter
    def client_factory(self, factory: ClientFactory) -> None:
        """Tests give a client with short timeouts."""
        self.volunteer.delivery.client = factory

    # -- layout ---------------------------------------------------------------------------
    def _organisation_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Your organisation"))
        self.org_pages = QStackedWidget()

        join = QWidget()
        explain = QLabel(
            self.tr(
                "Join your organisation to send it weekly summaries. Your coordinator gives "
                "you an enrolment file and reads its fingerprint to you, so you can check the "
                "file is really theirs. Until you join, nothing leaves this laptop."
            )
        )
        explain.setWordWrap(True)
        self.join_button = named(QPushButton(self.tr("&Join your organisation…")))
        join_layout = QVBoxLayout(join)
        join_layout.setContentsMargins(0, 0, 0, 0)
        join_layout.addWidget(explain)
        join_layout.addWidget(self.join_button, alignment=Qt.AlignmentFlag.AlignLeft)
        join_layout.addStretch(1)

        member = QWidget()
        self.org_name = QLabel()
        self.org_name.setStyleSheet("font-weight: bold;")
        self.org_name.setWordWrap(True)
        self.org_name.setAccessibleName(self.tr("Organisation"))
        self.org_fingerprint = fingerprint_label(self.tr("Organisation fingerprint"))
        self.mailbox = QLabel()
        self.mailbox.setWordWrap(True)
        self.mailbox.setAccessibleName(self.tr("Mailbox"))
        self.contact = QLabel()
        self.contact.setWordWrap(True)
        self.contact.setAccessibleName(self.tr("Safeguarding contact"))
        self.device_fingerprint = fingerprint_label(self.tr("This laptop's fingerprint"))
        device_hint = QLabel(
            self.tr("Read this laptop's fingerprint to your coordinator, so they can approve it.")
        )
        device_hint.setWordWrap(True)
        self.update_button = named(QPushButton(self.tr("Load an &update…")))
        self.org_form = QFormLayout()
        self.org_form.addRow(self.tr("Name:"), self.org_name)
        self.org_form.addRow(self.tr("Fingerprint:"), self.org_fingerprint)
        self.org_form.addRow(self.tr("Mailbox:"), self.mailbox)
        self.org_form.addRow(self.tr("Safeguarding:"), self.contact)
        self.org_form.addRow(self.tr("This laptop:"), self.device_fingerprint)
        self.org_form.addRow("", device_hint)
        member_layout = QVBoxLayout(member)
        member_layout.setContentsMargins(0, 0, 0, 0)
        member_layout.addLayout(self.org_form)
        member_layout.addStretch(1)
        member_layout.addWidget(self.update_button, alignment=Qt.AlignmentFlag.AlignLeft)

        self.org_pages.addWidget(join)
        self.org_pages.addWidget(member)
        QVBoxLayout(box).addWidget(self.org_pages)
        return box

    def _delivery_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Sending"))
        self.last_sent = QLabel()
        self.last_sent.setAccessibleName(self.tr("Last sent"))
        self.pending = QLabel()
        self.pending.setAccessibleName(self.tr("Waiting to be sent"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("font-weight: bold;")
        self.problem.setAccessibleName(self.tr("Last problem"))
        self.next_try = QLabel()
        self.next_try.setAccessibleName(self.tr("Next try"))
        self.receipt = QLabel()
        self.receipt.setWordWrap(True)
        self.receipt.setAccessibleName(self.tr("What your coordinator said"))
        self.folder = QLabel()
        self.folder.setWordWrap(True)
        self.folder.setAccessibleName(self.tr("Shared folder"))
        self.folder_button = named(QPushButton(self.tr("C&hoose…")))
        self.folder_button.setAccessibleName(self.tr("Choose a shared folder"))
        self.stop_folder_button = named(QPushButton(self.tr("Sto&p using")))
        self.stop_folder_button.setAccessibleName(self.tr("Stop using the shared folder"))
        self.send_button = named(QPushButton(self.tr("Send &now")))
        self.save_button = named(QPushButton(self.tr("Save as &file…")))
        self.share_wellbeing = QCheckBox(self.tr("Share my own &wellbeing (weekly mean)"))
        self.share_wellbeing.setAccessibleName(self.tr("Share my own wellbeing (weekly mean)"))
        self.auto_send = QCheckBox(self.tr("Send changes &automatically"))
        self.auto_send.setAccessibleName(self.tr("Send changes automatically"))
        self.auto_send.setToolTip(
            self.tr("Starts after you have looked at what will be sent and sent it once yourself.")
        )
        self.auto_send.setEnabled(False)

        self.delivery_form = QFormLayout()
        self.delivery_form.addRow(self.tr("Last sent:"), self.last_sent)
        self.delivery_form.addRow(self.tr("Waiting to be sent:"), self.pending)
        self.delivery_form.addRow(self.tr("Last problem:"), self.problem)
        self.held_back = QLabel()
        self.held_back.setWordWrap(True)
        self.held_back.setStyleSheet("font-weight: bold;")
        self.held_back.setAccessibleName(self.tr("Not sent"))
        self.delivery_form.addRow(self.tr("Not sent:"), self.held_back)
        self.delivery_form.setRowVisible(self.held_back, False)
        self.delivery_form.addRow(self.tr("Next try:"), self.next_try)
        self.delivery_form.addRow(self.tr("Your coordinator:"), self.receipt)
        self.delivery_form.addRow(self.tr("Shared folder:"), self.folder)
        folder_buttons = QHBoxLayout()
        folder_buttons.addWidget(self.folder_button)
        folder_buttons.addWidget(self.stop_folder_button)
        folder_buttons.addStretch(1)
        self.delivery_form.addRow("", folder_buttons)
        buttons = QHBoxLayout()
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addLayout(self.delivery_form)
        layout.addStretch(1)
        layout.addWidget(self.share_wellbeing)
        layout.addWidget(self.auto_send)
        layout.addLayout(buttons)
        return box

    def _preview_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What will be sent"))
        self.all_weeks = QCheckBox(self.tr("Show &every week"))
        self.all_weeks.setAccessibleName(self.tr("Show every week, not only what changed"))
        self.model = SummaryModel()
        self.view = RecordTable(self.tr("What will be sent, as a table"))
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(self.tr("Nothing new to send."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(self.tr("Nothing new to send."))
        self.table_page = QStackedWidget()
        self.table_page.addWidget(self.view)
        self.table_page.addWidget(self.empty)
        self.json = QPlainTextEdit()
        self.json.setReadOnly(True)
        self.json.setFont(fixed_font())
        self.json.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.json.setAccessibleName(self.tr("What will be sent, as JSON"))
        self.json.setTabChangesFocus(True)
        self.preview_tabs = QTabWidget()
        self.preview_tabs.setAccessibleName(self.tr("What will be sent"))
        self.preview_tabs.addTab(self.table_page, self.tr("Ta&ble"))
        self.preview_tabs.addTab(self.json, self.tr("JS&ON"))
        self.preview_tabs.setCornerWidget(self.all_weeks, Qt.Corner.TopRightCorner)
        self.never_sent = QLabel()
        self.never_sent.setWordWrap(True)
        self.never_sent.setAccessibleName(self.tr("Never sent"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.preview_tabs, 1)
        layout.addWidget(self.never_sent)
        return box

    # -- state ----------------------------------------------------------------------------
    def reload(self) -> None:
        """The organisation, this laptop's key, the outbox and the folder; then the preview."""
        volunteer = self.volunteer
        self.ops.run(lambda: load_state(volunteer), self._show_state, self._failed, owner=self)
        self._preview_stale(schedule=False)

    def refresh(self, changes: Changes) -> None:
        """Saved elsewhere: the organisation or the outbox means everything here; records,
        the preview (and a delivery soon after)."""
        if changes.organisation or changes.outbox:
            self.reload()
        elif changes.summaries:
            self._preview_stale()

    def _show_state(self, state: SharingState | None) -> None:
        self.state = state
        was_enrolled = self.enrolment is not None
        self.enrolment = state.enrolment if state else None
        enrolled = self.enrolment is not None
        self.org_pages.setCurrentIndex(1 if enrolled else 0)
        if self.enrolment is not None:
            settings = self.enrolment.payload.settings
            self.org_name.setText(settings.name)
            self.org_fingerprint.setText(self.enrolment.fingerprint)
            self.mailbox.setText(
                settings.mailbox_url or self.tr("No mailbox: send by file or a shared folder")
            )
            self.contact.setText(settings.safeguarding_contact or self.tr("not given"))
        device = state.device if state else None
        self.device_fingerprint.setText(device.fingerprint if device else "")
        self.send_button.setEnabled(enrolled and not self.sending)
        self.save_button.setEnabled(enrolled)
        if state is not None:
            self._show_status(state.status)
            self.folder.setText(str(state.folder) if state.folder else self.tr("none"))
            self.stop_folder_button.setEnabled(state.folder is not None)
            self.share_wellbeing.blockSignals(True)
            self.share_wellbeing.setChecked(state.share_wellbeing)
            self.share_wellbeing.blockSignals(False)
            self.receipt.setText(self.receipt_text(state.receipt))
            self.delivery_form.setRowVisible(self.receipt, state.receipt is not None)
            held = list(state.held_back)
            self.held_back.setText(held_back_message(held) if held else "")
            self.delivery_form.setRowVisible(self.held_back, bool(held))
            self.auto_send.blockSignals(True)
            self.auto_send.setChecked(bool(state.auto_send))
            self.auto_send.setEnabled(state.auto_send is not None)
            self.auto_send.blockSignals(False)
        else:
            self._show_status(OutboxStatus(0, None, None, None))
            self.folder.setText(self.tr("none"))
            self.stop_folder_button.setEnabled(False)
            self.delivery_form.setRowVisible(self.receipt, False)
        policy_off = self._policy_off()
        self.share_wellbeing.setEnabled(Category.WELLBEING not in policy_off)
        self.share_wellbeing.setToolTip(
            self.tr("Your organisation does not collect this.")
            if Category.WELLBEING in policy_off
            else ""
        )
        if enrolled:
            self.every.start()
            if not was_enrolled:
                self.soon.start()
        else:
            self.every.stop()
            self.soon.stop()

    def _show_status(self, status: OutboxStatus) -> None:
        self.status = status
        last = status.last_delivery
        self.last_sent.setText(local_time(last) if last else self.tr("never"))
        pending = str(status.pending) if status.pending else self.tr("nothing")
        self.pending.setText(self.tr("{0} (sending now…)").format(pending) if self.sending
                             else pending)  # fmt: skip
        problem = status.last_error if status.pending else None
        self.problem.setText(problem or "")
        self.delivery_form.setRowVisible(self.problem, bool(problem))
        retry = status.next_attempt if problem else None
        self.next_try.setText(local_time(retry) if retry else "")
        self.delivery_form.setRowVisible(self.next_try, retry is not None)

    def _policy_off(self) -> set[Category]:
        if self.enrolment is None:
            return set()
        return set(self.enrolment.payload.settings.policy.off)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(
            "color: palette(highlight); font-weight: bold;" if error else "font-weight: bold;"
        )
        self.message.setVisible(bool(text))

    def _failed(self, message: str, error: LogbookError | None = None) -> None:
        self._say(message, error=True)

    # -- the preview ----------------------------------------------------------------------
    def _preview_stale(self, schedule: bool = True) -> None:
        """Something was saved: the preview is out of date, and a delivery is due soon."""
        self._stale = True
        if self.isVisible():
            self.refresh_preview()
        if schedule and self.enrolment is not None:
            self.soon.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh_preview()

    def refresh_preview(self) -> None:
        self._stale = False
        volunteer, all_weeks = self.volunteer, self.all_weeks.isChecked()
        self.ops.run(lambda: load_preview(volunteer, all_weeks), self._show_preview, self._failed,
                     owner=self)  # fmt: skip

    def _show_preview(self, preview: Preview) -> None:
        self.model.set_rows(preview.rows)
        self.view.clearSpans()
        for row in self.model.removed_rows():
            self.view.setSpan(row, COL_CONTACTS, 1, self.model.columnCount() - COL_CONTACTS)
        self.json.setPlainText(preview.json if preview.rows else "")
        self.empty.setText(
            self.tr("Nothing to send yet.")
            if self.all_weeks.isChecked()
            else self.tr("Nothing new to send.")
        )
        self.table_page.setCurrentWidget(self.view if preview.rows else self.empty)
        self._fit_columns()
        self.never_sent.setText(self._never_sent_text())

    def _fit_columns(self) -> None:
        """Ten columns in a laptop's width: the long lists wrap instead of running off."""
        self.view.resizeColumnsToContents()
        char = self.view.fontMetrics().averageCharWidth()
        for column, chars in WRAP_COLUMNS.items():
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), chars * char))
        if self.model.rowCount() <= FIT_ROWS_UP_TO:
            self.view.resizeRowsToContents()

    def _never_sent_text(self) -> str:
        text = self.tr("Never sent: names, notes, places, your own tags, exact dates and times.")
        off = self._policy_off()
        if off:
            names = ", ".join(self.category_name(c) for c in Category if c in off)
            text += " " + self.tr("Your organisation's policy also leaves out: {0}.").format(names)
        return text

    def category_name(self, category: Category) -> str:
        return {
            Category.CONTACTS: self.tr("contacts"),
            Category.MINUTES: self.tr("minutes"),
            Category.TAGS: self.tr("activities and topics"),
            Category.SEEMED: self.tr("how they seemed"),
            Category.MEASURES: self.tr("outcome measures"),
            Category.CONCERNS: self.tr("safeguarding concerns"),
            Category.FOLLOW_UPS: self.tr("follow-ups"),
            Category.WELLBEING: self.tr("your own wellbeing"),
        }[category]

    def receipt_text(self, receipt: Receipt | None) -> str:
        if receipt is None:
            return ""
        return {
            "imported": self.tr("Received your last summary."),
            "already": self.tr("Already had your last summary."),
            "held": self.tr(
                "Holding your summaries until they approve this laptop: read them its fingerprint."
            ),
            "conflict": self.tr("Found a conflict in your last summary; they will be in touch."),
            "rejected": self.tr("Could not accept your last summary; they will be in touch."),
        }.get(receipt.status, "")

    def _auto_send(self, on: bool) -> None:
        membership = self.volunteer.membership
        self.ops.run(
            lambda: membership.set_auto_send(on),
            lambda _: self._reload_status(),
            self._failed,
            owner=self,
        )

    def _share_wellbeing(self, share: bool) -> None:
        membership = self.volunteer.membership
        self.ops.run(
            lambda: membership.set_share_wellbeing(share),
            lambda _: self.refresh_preview(),
            self._failed,
            owner=self,
        )

    # -- joining --------------------------------------------------------------------------
    def _pick_enrolment_file(self, title: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self, title, "",
            self.tr("Enrolment files ({0});;All files (*)").format(ENROLMENT_FILTER),
        )  # fmt: skip
        return Path(path) if path else None

    def ask_join(self) -> None:
        path = self._pick_enrolment_file(self.tr("Join your organisation"))
        if path is not None:
            self.join_from(path)

    def join_from(self, path: Path) -> None:
        """Read and verify on the worker; then the volunteer compares the fingerprint."""
        membership = self.volunteer.membership

        def work() -> tuple[bytes, Enrolment]:
            data = read_enrolment_file(path)
            return data, membership.read(data)

        self._say("")
        self.ops.run(work, self._confirm, self._failed, owner=self)

    def _confirm(self, found: tuple[bytes, Enrolment]) -> None:
        data, enrolment = found
        name = enrolment.payload.settings.name
        self.enrol_dialog = EnrolDialog(self, self.ops, self.volunteer, data, enrolment)
        self.enrol_dialog.confirmed.connect(lambda device: self._joined(name, device))
        self.enrol_dialog.rejected.connect(
            lambda: self._say(self.tr("Not joined; nothing was changed."))
        )
        self.enrol_dialog.open()

    def _joined(self, name: str, device: Device) -> None:
        self._say(
            self.tr("You have joined {0}. Now read this laptop's fingerprint to your "
                    "coordinator: {1}").format(name, device.fingerprint)
        )  # fmt: skip

    def ask_update(self) -> None:
        path = self._pick_enrolment_file(self.tr("Load an update"))
        if path is not None:
            self.update_from(path)

    def update_from(self, path: Path) -> None:
        """A newer enrolment file, signed by the key already trusted (nothing to confirm)."""
        membership = self.volunteer.membership

        def work() -> Changes:
            updated = membership.apply_update(read_enrolment_file(path))
            return ORGANISATION if updated else NOTHING

        def done(changes: Changes) -> None:
            if changes:
                self._say(self.tr("Your organisation's settings were updated."))
            else:
                self._say(self.tr("You already have this update, or a newer one."))

        self._say("")
        self.ops.mutate(work, done, self._failed, owner=self)

    # -- delivering -----------------------------------------------------------------------
    def send_now(self) -> None:
        if self.enrolment is None or self.sending:
            return
        self._say(self.tr("Sending…"))
        self._send(automatic=False)

    def sync_automatically(self) -> None:
        """Seal what changed and deliver it, quietly: a failure only shows in the status.
        Whether it may (the volunteer's choice, a route to send by) is the core's rule."""
        if self.enrolment is None or self.sending or self._discarded:
            return
        self._send(automatic=True)

    def _send(self, automatic: bool) -> None:
        sync = self.volunteer.sync

        def sealed(result: Sealed) -> None:
            if result.sealed:
                self._preview_stale(schedule=False)  # what was sealed is no longer "new"
            if result.held_back is None and not self._discarded:
                self._deliver(result)
            else:
                self._set_sending(False)

        def failed(message: str, error: LogbookError | None) -> None:
            self._set_sending(False)
            if not automatic:
                self._failed(message, error)

        self._set_sending(True)
        self.ops.run(lambda: sync.seal(automatic), sealed, failed, owner=self)

    def _deliver(self, sealed: Sealed) -> None:
        sync, progress, automatic = self.volunteer.sync, Progress(), sealed.automatic
        self._progress = progress

        def done(report: SyncReport) -> None:
            self._set_sending(False)
            self._show_status(report.status)
            if report.updates:  # new tag lists, contact or keeping period: reload what uses them
                self.ops.changed.emit(ORGANISATION)  # applied by the network call
                self._reload_status()
            if not automatic:
                self._say(self._report_text(report), error=report.failed)
                self._reload_status()  # a first send by hand turns automatic sending on

        def failed(message: str, error: LogbookError | None) -> None:
            self._set_sending(False)
            if not automatic:
                self._failed(message, error)
            self._reload_status()

        # The network worker: a dead network must not hold up the saves queued on `ops`.
        self.net.run(lambda: sync.deliver(sealed, progress), done, failed, owner=self)

    def _report_text(self, report: SyncReport) -> str:
        if report.failed:
            return self.tr("Not sent: {0}").format(" ".join(report.errors))
        if report.delivery.delivered:
            return self.tr("Sent to your organisation.")
        return self.tr("Nothing new to send: your organisation has everything.")

    def _set_sending(self, sending: bool) -> None:
        self.sending = sending
        self.send_button.setEnabled(self.enrolment is not None and not sending)
        self._show_status(self.status)

    def _reload_status(self) -> None:
        volunteer = self.volunteer
        self.ops.run(lambda: load_state(volunteer), self._show_state, owner=self)

    def ask_save(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save summaries as files in"))
        if folder:
            self.save_to(Path(folder))

    def save_to(self, folder: Path) -> None:
        """Seal what changed, then write every waiting bundle into `folder`."""
        sync = self.volunteer.sync

        def work() -> list[Path]:
            return sync.save_as(folder)

        def done(written: list[Path]) -> None:
            if not written:
                self._say(self.tr("Nothing new to save: every summary has already been sent."))
            elif len(written) == 1:
                self._say(self.tr("Saved {0}. Give it to your coordinator.").format(written[0]))
            else:
                self._say(
                    self.tr("Saved %n files in {0}. Give them to your coordinator.", "",
                            len(written)).format(folder)
                )  # fmt: skip
            self._reload_status()
            self._preview_stale(schedule=False)

        self.ops.run(work, done, self._failed, owner=self)

    def ask_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("A shared folder your coordinator collects summaries from")
        )
        if folder:
            self.use_folder(Path(folder))

    def use_folder(self, folder: Path | None) -> None:
        delivery = self.volunteer.delivery

        def done(_: Any) -> None:
            self._say(
                self.tr("Summaries will also be copied into {0}.").format(folder)
                if folder
                else self.tr("The shared folder is no longer used.")
            )
            self._reload_status()

        self.ops.run(lambda: delivery.set_folder(folder), done, self._failed, owner=self)

    # -- locking --------------------------------------------------------------------------
    def discard(self) -> None:
        """On lock: no more automatic delivery; a delivery under way stops after this bundle."""
        self._discarded = True
        self.every.stop()
        self.soon.stop()
        if self._progress is not None:
            self._progress.cancel_event.set()
        if self.enrol_dialog is not None:
            self.enrol_dialog.hide()
        self.model.set_rows([])
        self.json.clear()
