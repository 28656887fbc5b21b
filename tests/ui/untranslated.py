"""Text a window shows that skipped translation, found with the pseudo-locale.

Under the pseudo-locale every translated string is accented and bracketed ("[Ŝàvé ··]"), so
visible text with English words and no pseudo-locale letter never went through tr() or _().
"""

from __future__ import annotations

import re

from tools.translations import PSEUDO_LETTERS

ENGLISH_WORD = re.compile(r"\b[A-Za-z]{3,}\b")
PSEUDO_MARK = re.compile(f"[{PSEUDO_LETTERS}]")
# Shown as they are, in any language: what the sample data holds, and values, not words.
DATA = [
    re.compile(pattern, re.S)
    for pattern in (
        r"(Ctrl|Shift|Alt|Meta|Esc|Return|Del|Tab|F\d+|[A-Z0-9]|\+)+",  # key sequences
        r"[A-Z0-9]{4,5}([\s-]+[A-Z0-9]{4,5})+[\s-]*",  # fingerprints and recovery keys
        r"ABCD-EFGH-…",  # a recovery key's shape, as a placeholder
        r"https?://\S+",
        r"[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2} \d{4}(, \d\d:\d\d)?",  # a QLocale date (English)
        r"Priya Shah, safeguarding lead, [\d ]+",  # the sample organisation's contact
        r"Hilltop Befriending",  # the sample organisation
    )
]


def shown_texts(window: object) -> list[tuple[str, str]]:
    """(kind, text) for each visible widget's own words: titles, labels, buttons, tabs,
    group boxes, placeholders and column headers."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QGroupBox,
        QLabel,
        QLineEdit,
        QTabWidget,
        QWidget,
    )

    assert isinstance(window, QWidget)
    found = [("window title", window.windowTitle())]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            found.append((type(widget).__name__, widget.text()))
        if isinstance(widget, QGroupBox):
            found.append(("QGroupBox", widget.title()))
        if isinstance(widget, QLineEdit):
            found.append(("placeholder", widget.placeholderText()))
        if isinstance(widget, QTabWidget):
            found += [("tab", widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                found.append(("column", str(header or "")))
    return found


def untranslated_in(window: object, name: str) -> list[str]:
    problems = []
    for kind, text in shown_texts(window):
        plain = re.sub(r"<[^>]+>", " ", text)  # rich text: the words, not the tags
        if not ENGLISH_WORD.search(plain) or PSEUDO_MARK.search(plain):
            continue
        if not any(data.fullmatch(plain.strip()) for data in DATA):
            problems.append(f"{name}: untranslated {kind} {plain.strip()[:60]!r}")
    return problems
