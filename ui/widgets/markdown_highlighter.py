"""Light Markdown highlighting for notes edited as plain text: the text itself never changes."""

from __future__ import annotations

import re

from PySide6.QtGui import QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

HEADING = re.compile(r"^#{1,6}\s.*$")
LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s")
STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
EMPHASIS = re.compile(r"(?<![*_\w])([*_])(?![*_\s])(.+?)(?<![*_\s])\1(?![*_\w])")


class MarkdownHighlighter(QSyntaxHighlighter):
    """Bold for headings and **strong**, italic for *emphasis*, list marks bold: enough to
    see the structure while typing; formatting only, so the stored text is what was typed."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.bold = QTextCharFormat()
        self.bold.setFontWeight(QFont.Weight.Bold)
        self.italic = QTextCharFormat()
        self.italic.setFontItalic(True)

    def highlightBlock(self, text: str) -> None:
        if HEADING.match(text):
            self.setFormat(0, len(text), self.bold)
            return
        mark = LIST_MARK.match(text)
        if mark:
            self.setFormat(0, mark.end(), self.bold)
        for found in STRONG.finditer(text):
            self.setFormat(found.start(), found.end() - found.start(), self.bold)
        for found in EMPHASIS.finditer(text):
            self.setFormat(found.start(), found.end() - found.start(), self.italic)
