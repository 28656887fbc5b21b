"""The unlocked logbook: timeline, matches, and the actions on them. Discarded on lock."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from logbook.changes import EVERYTHING, MATCHES, Changes
from logbook.org.enrolment import Enrolment
from logbook.records.drafts import DraftInfo
from logbook.records.dto import EntryInfo, MatchInfo, TagInfo
from logbook.records.values import Kind, TagKind
from logbook.vault.profiles import ProfileManager, UnlockedProfile
from logbook.volunteer import Volunteer
from ui.operations import Operations
from ui.preferences import REMINDER_DAYS, RETENTION_MONTHS, Preferences
from ui.screens.concerns import ConcernsScreen
from ui.screens.entry_editor import EntryEditor
from ui.screens.matches import MatchesScreen
from ui.screens.restore_draft import restore_draft
from ui.screens.settings import SettingsScreen
from ui.screens.sharing import SharingScreen
from ui.screens.timeline import Timeline
from ui.shortcuts import (
    FIND,
    LOCK,
    NEW_CONVERSATION,
    NEW_REFLECTION,
    NEW_VISIT,
    RAISE_CONCERN,
    Shortcut,
    bind,
    section_keys,
)
from ui.widgets.accessible import named_for
from ui.widgets.draft_dialog import DraftDialog


class DeleteEntry(QUndoCommand):
    """Soft delete, so undo is a restore; both run on the worker."""

    def __init__(self, area: WorkArea, entry: EntryInfo) -> None:
        super().__init__(area.tr("delete entry"))
        self.area, self.entry_id = area, entry.id

    def redo(self) -> None:
        book, entry_id = self.area.book, self.entry_id
        self.area.ops.mutate(lambda: book.entries.delete(entry_id))

    def undo(self) -> None:
        book, entry_id = self.area.book, self.entry_id
        self.area.ops.mutate(lambda: book.entries.restore(entry_id))


class WorkArea(QWidget):
    lock_requested = Signal()

    def __init__(
        self, profile: UnlockedProfile, ops: Operations, manager: ProfileManager,
        preferences: Preferences,
    ) -> None:  # fmt: skip
        super().__init__()
        self.profile, self.ops, self.preferences = profile, ops, preferences
        self.book = Volunteer(profile.store)  # made once: every screen shares its services
        self.undo = QUndoStack(self)
        self._matches: list[str] = []
        self._names: dict[str, str] = {}
        self._tags: list[TagInfo] = []
        self.editors: list[EntryEditor] = []
        self._drafts: list[DraftInfo] = []
        self._org_retention: int | None = None  # the organisation's keeping period, if enrolled

        self.timeline = Timeline(self.book, ops)
        self.matches = MatchesScreen(self.book, ops)
        self.concerns = ConcernsScreen(self.book, ops)
        self.sharing = SharingScreen(self.book, ops)
        self.settings = SettingsScreen(profile, manager, ops, preferences)
        self.matches.model.reminder_days = preferences.get(REMINDER_DAYS)
        self.matches.model.retention_months = preferences.get(RETENTION_MONTHS)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.tabs.addTab(self.timeline, self.tr("&Logbook"))
        self.tabs.addTab(self.matches, self.tr("&Matches"))
        self.tabs.addTab(self.concerns, self.tr("&Safeguarding"))
        self.tabs.addTab(self.sharing, self.tr("Sha&ring"))
        self.tabs.addTab(self.settings, self.tr("Se&ttings"))

        self.toolbar = QToolBar(self.tr("Actions"))
        self.toolbar.setAccessibleName(self.tr("Actions"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.new_visit = self._action(
            self.tr("New &visit"), NEW_VISIT, lambda: self.new_entry(Kind.VISIT)
        )
        self.new_conversation = self._action(
            self.tr("New &conversation"),
            NEW_CONVERSATION,
            lambda: self.new_entry(Kind.CONVERSATION),
        )
        self.new_reflection = self._action(
            self.tr("New &reflection"), NEW_REFLECTION, lambda: self.new_entry(Kind.REFLECTION)
        )
        self.concern_action = self._action(
            self.tr("Raise &concern"), RAISE_CONCERN, self.concerns.raise_concern
        )
        self.toolbar.addSeparator()
        self.undo_action = self.undo.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.toolbar.addAction(self.undo_action)
        self.addAction(self.redo_action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.find_action = self._action(self.tr("&Find"), FIND, self.focus_search, toolbar=False)
        self.lock_action = self._action(self.tr("&Lock"), LOCK, self.lock_requested.emit)

        self._keyboard_reachable_toolbar()
        section_keys(self, self.tabs)

        # An unreported concern stays in sight, on every tab, until it is marked reported.
        self.concern_banner = QPushButton()
        self.concern_banner.setAccessibleName(self.tr("Unreported safeguarding concerns"))
        self.concern_banner.setStyleSheet(
            "QPushButton { background: palette(highlight); color: palette(highlighted-text);"
            " font-weight: bold; padding: 6px; text-align: left; }"
        )
        self.concern_banner.hide()
        self.erasure_offer = QPushButton()
        self.erasure_offer.setAccessibleName(self.tr("Matches past the keeping period"))
        self.erasure_offer.setFlat(True)
        self.erasure_offer.hide()
        self.erasure_offer.clicked.connect(lambda: self.tabs.setCurrentWidget(self.matches))
        self.concern_banner.clicked.connect(lambda: self.tabs.setCurrentWidget(self.concerns))

        self.notice = QLabel()
        self.notice.setAccessibleName(self.tr("Notice"))
        self.notice_undo = QPushButton(self.tr("Undo"))
        self.notice_undo.setAccessibleName(self.tr("Undo delete"))
        self.notice_undo.hide()
        self.draft_restore = QPushButton(self.tr("Restore &draft"))
        self.draft_restore.setAccessibleName(self.tr("Restore the unsaved draft"))
        self.draft_discard = QPushButton(self.tr("Discard draft"))
        self.draft_discard.setAccessibleName(self.tr("Discard the unsaved draft"))
        for button in (self.draft_restore, self.draft_discard):
            button.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.notice, 1)
        bar.addWidget(self.notice_undo)
        bar.addWidget(self.draft_restore)
        bar.addWidget(self.draft_discard)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.concern_banner)
        layout.addWidget(self.erasure_offer)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bar)

        self.timeline.open_entry.connect(self.edit_entry)
        self.timeline.delete_entry.connect(self.delete_entry)
        # The one signal of what changed; a screen the lock discards is disconnected with it.
        self.ops.changed.connect(self.changed)
        self.timeline.add_match_wanted.connect(self._first_match)
        self.timeline.new_visit_wanted.connect(lambda: self.new_entry(Kind.VISIT))
        self.matches.show_entries.connect(self.show_match)
        self.notice_undo.clicked.connect(self._undo_from_notice)
        self.draft_restore.clicked.connect(self.restore_draft)
        self.draft_discard.clicked.connect(self.discard_draft)
        self.changed()
        book = self.book
        self.ops.run(book.drafts.list, self._offer_drafts, owner=self)

    def _first_match(self) -> None:
        self.tabs.setCurrentWidget(self.matches)
        self.matches.add()

    def _keyboard_reachable_toolbar(self) -> None:
        """Tool buttons take no focus by default; ours are reachable with Tab and named."""
        for action in self.toolbar.actions():
            button = self.toolbar.widgetForAction(action)
            if button is not None and not action.isSeparator() and action.text():
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                named_for(button, action)

    def _action(self, text: str, shortcut: Shortcut, slot: object, toolbar: bool = True) -> QAction:
        action = QAction(text, self)
        bind(action, shortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        return action

    # -- refreshing ------------------------------------------------------------------
    def changed(self, changes: Changes = EVERYTHING) -> None:
        """Something was saved: reload what shows it, and nothing else."""
        book = self.book
        if changes.entries or changes.matches:
            # The timeline's page first, ahead of every other query on the worker: it is
            # what the volunteer is waiting to see. It does not depend on the organisation.
            self.timeline.reload()
        self.sharing.refresh(changes)
        if changes.organisation:
            # First, so the organisation's settings apply to the lists loaded below.
            self.ops.query(
                lambda: book.membership.current(), self.apply_organisation,
                owner=self,
            )  # fmt: skip
        if self._org_retention is not None:  # the organisation's policy wins while enrolled
            self.matches.model.retention_months = self._org_retention
        if changes.entries or changes.matches or changes.concerns or changes.organisation:
            # The matches list shows last contact and counts; the banner counts concerns;
            # the editors complete the tags (the organisation's lists among them).
            concerns_too = changes.concerns or changes.matches  # it shows the match names
            self.ops.query(
                lambda: (book.matches.list(), book.tags.list()),
                lambda lists: self._lists(lists, reload_concerns=concerns_too),
                owner=self,
            )

    def _lists(
        self, lists: tuple[list[MatchInfo], list[TagInfo]], reload_concerns: bool = True
    ) -> None:
        matches, self._tags = lists
        self.matches.model.set_rows(matches)
        self._matches = [m.code for m in matches if m.active]
        names = {m.code: m.display_name for m in matches}
        self._names = names
        self.timeline.set_matches(names)
        self.concerns.names = {m.code: m.display_name for m in matches if m.active}
        if reload_concerns:  # after the names, which the concerns list shows
            self.concerns.reload()
        self.concern_action.setEnabled(bool(self._matches))
        # A visit or a conversation is with someone: first add the person (a reflection isn't).
        for action in (self.new_visit, self.new_conversation):
            action.setEnabled(bool(self._matches))
            action.setToolTip("" if self._matches else self.tr("Add the person you support first"))
        unreported = sum(m.unreported_concerns for m in matches)
        self.concern_banner.setText(
            self.tr("⚠ %n safeguarding concern(s) not yet reported. Report now, then mark it "
                    "reported.", "", unreported)
        )  # fmt: skip
        self.concern_banner.setVisible(unreported > 0)
        self._offer_erasure(matches)

    def _offer_erasure(self, matches: list[MatchInfo]) -> None:
        """Records kept past the retention period are offered for erasure, never erased."""
        old = [m for m in matches if self.matches.model.past_retention(m)]
        self.erasure_offer.setVisible(bool(old))
        self.erasure_offer.setText(
            self.tr("%n ended match(es) kept past the keeping period: review them for erasure",
                    "", len(old))
        )  # fmt: skip

    def apply_organisation(self, enrolment: Enrolment | None) -> None:
        """While enrolled, the organisation's safeguarding contact and keeping period apply."""
        settings = enrolment.payload.settings if enrolment else None
        self.concerns.contact = settings.safeguarding_contact if settings else None
        months = settings.policy.retention_months if settings else None
        self.settings.retention.setEnabled(months is None)
        self.settings.retention.setToolTip(
            self.tr("Set by your organisation: %n month(s)", "", months) if months else ""
        )
        self._org_retention = months
        keep = months or self.preferences.get(RETENTION_MONTHS)
        if keep != self.matches.model.retention_months:
            self.matches.model.retention_months = keep
            self.changed(MATCHES)  # the offer to erase old matches depends on it

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.timeline)
        self.timeline.search.setFocus()
        self.timeline.search.selectAll()

    def show_match(self, code: str) -> None:
        self.tabs.setCurrentWidget(self.timeline)
        self.timeline.match.setCurrentIndex(max(0, self.timeline.match.findData(code)))

    # -- entries ---------------------------------------------------------------------
    def _editor(self, kind: Kind, entry: EntryInfo | None) -> EntryEditor:
        matches = {code: self._names.get(code, code) for code in self._matches}
        if entry is not None and entry.match_code and entry.match_code not in matches:
            # An ended match stays choosable for the entries made during it.
            matches[entry.match_code] = self._names.get(entry.match_code, entry.match_code)
        editor = EntryEditor(
            self, book=self.book, ops=self.ops, matches=matches,
            activities=[t.name for t in self._tags if t.kind == TagKind.ACTIVITY],
            topics=[t.name for t in self._tags if t.kind == TagKind.TOPIC],
            kind=kind, entry=entry,
        )  # fmt: skip
        self.editors.append(editor)
        editor.finished.connect(lambda _: self.editors.remove(editor))
        return editor

    def new_entry(self, kind: Kind) -> EntryEditor:
        editor = self._editor(kind, None)
        editor.open()
        return editor

    def edit_entry(self, entry: EntryInfo) -> EntryEditor:
        editor = self._editor(entry.kind, entry)
        editor.open()
        return editor

    def delete_entry(self, entry: EntryInfo) -> None:
        self.undo.push(DeleteEntry(self, entry))
        self.notice.setText(self.tr("Entry of {0} deleted.").format(
            QLocale().toString(QDate(entry.occurred_on), "d MMM yyyy")))  # fmt: skip
        self.notice_undo.show()

    def _undo_from_notice(self) -> None:
        self.undo.undo()
        self.notice.clear()
        self.notice_undo.hide()

    # -- drafts left by a crash or a lock ---------------------------------------------
    def _offer_drafts(self, drafts: list[DraftInfo]) -> None:
        self._drafts = drafts
        if not drafts:
            return
        saved = drafts[0].updated_at.replace(tzinfo=UTC).astimezone()  # stored in UTC
        when = QLocale().toString(QDateTime(saved), "d MMM HH:mm")
        self.notice.setText(self.tr("You have an unsaved draft from {0}.").format(when))
        self.draft_restore.show()
        self.draft_discard.show()

    def _hide_draft_offer(self) -> None:
        self.notice.clear()
        self.draft_restore.hide()
        self.draft_discard.hide()

    draft_opened = Signal(object)  # the dialog showing a restored draft

    def restore_draft(self) -> None:
        if not self._drafts:
            return
        draft = self._drafts.pop(0)
        self._hide_draft_offer()
        restore_draft(self, draft, self.draft_opened.emit)

    def discard_draft(self) -> None:
        if self._drafts:
            key = self._drafts.pop(0).key
            book = self.book
            self.ops.run(lambda: book.drafts.discard(key), owner=self)
        self._hide_draft_offer()

    def discard(self) -> None:
        """Drop everything that shows or holds content (called on lock)."""
        # Every form holding free text keeps it as a draft; other dialogs just close.
        for dialog in self.findChildren(DraftDialog):
            if dialog.isVisible():
                dialog.close_for_lock()
        for other in self.findChildren(QDialog):
            if other.isVisible():
                other.reject()
        self._drafts = []
        self.undo.clear()
        self.timeline.model.clear()
        self.matches.model.set_rows([])
        self.concerns.model.set_rows([])
        self.sharing.discard()
        self._matches, self._tags, self._names = [], [], {}
