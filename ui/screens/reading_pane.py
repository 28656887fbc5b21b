"""The timeline's reading pane: the chosen entry in full, its notes' Markdown rendered for
reading only (the stored text is never rewritten), reachable with Tab and left with Tab."""

from __future__ import annotations

import html

from PySide6.QtCore import QDate, QLocale, QTime, QUrl
from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from logbook.records.dto import EntryInfo
from ui.labels import kind_name, mode_name, seemed_name


class ReadingPane(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("The chosen entry"))
        self.setReadOnly(True)
        self.setOpenLinks(False)  # a link in a note is text to read, never followed
        self.setTabChangesFocus(True)  # Tab moves on: the pane is no keyboard trap
        self.setPlaceholderText(self.tr("Choose an entry to read it here."))
        self.entry_id: int | None = None

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        # Markdown may name an image anywhere on the disk: a note is never a way to read files.
        return None

    def show_entry(self, entry: EntryInfo | None, match_name: str | None = None) -> None:
        if entry is None:
            self.entry_id = None
            self.clear()
            return
        kept = self.verticalScrollBar().value() if entry.id == self.entry_id else 0
        self.entry_id = entry.id
        self.clear()
        cursor = QTextCursor(self.document())
        cursor.insertHtml(self._heading(entry, match_name))
        if entry.notes:
            # Fresh formats: the heading's rule and bold must not carry into the notes.
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            cursor.insertMarkdown(entry.notes, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.verticalScrollBar().setValue(kept)

    def _heading(self, e: EntryInfo, match_name: str | None) -> str:
        when = QLocale().toString(QDate(e.occurred_on), "dddd d MMMM yyyy")
        if e.occurred_time:
            t = e.occurred_time
            when += ", " + QLocale().toString(QTime(t.hour, t.minute), "HH:mm")
        title = kind_name(e.kind) + (f" · {match_name or e.match_code}" if e.match_code else "")
        facts: list[tuple[str, str]] = []
        if e.minutes:
            facts.append((self.tr("Minutes"), str(e.minutes)))
        if e.mode:
            facts.append((self.tr("How"), mode_name(e.mode)))
        if e.place:
            facts.append((self.tr("Where"), e.place))
        if e.seemed:
            facts.append((self.tr("They seemed"), seemed_name(e.seemed)))
        if e.wellbeing:
            facts.append((self.tr("Your wellbeing"), seemed_name(e.wellbeing)))
        if e.activities:
            facts.append((self.tr("Activities"), ", ".join(e.activities)))
        if e.topics:
            facts.append((self.tr("Topics"), ", ".join(e.topics)))
        if e.follow_up:
            facts.append((self.tr("Follow-up"), self.tr("yes")))
        lines = "".join(
            f"<b>{html.escape(label)}:</b> {html.escape(value)}<br>" for label, value in facts
        )
        return (
            f"<h3>{html.escape(title)}</h3><p>{html.escape(when)}</p>"
            + (f"<p>{lines}</p>" if lines else "")
            + "<hr>"
        )
