"""Safeguarding concerns read in full in the app; notes and corrections are added, dated,
and keep the original; the PDF carries every addition and says it is not encrypted."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from logbook.records.drafts import ConcernAdditionDraft
from logbook.records.dto import ConcernInput
from tests.conftest import Profiles
from tests.ui.conftest import wait_ops
from tests.ui.test_entry_editor import CTRL, make_activate, type_text
from tests.ui.test_free_text_dialogs import (
    _drafts,
    click,
    lock_by_idle_timer,
    opened,
    restore_after_unlock,
    work,  # noqa: F401
)
from tests.ui.test_report_pdf import poppler
from ui.main_window import MainWindow
from ui.screens.concerns import ConcernAdditionDialog
from ui.screens.workarea import WorkArea

DAY = date(2026, 11, 2)


@pytest.fixture
def concerns(qtbot: QtBot, window: MainWindow, work: WorkArea) -> WorkArea:  # noqa: F811
    work.book.concerns.add(
        ConcernInput("M-0001", DAY, "She said nobody visits.", facts="The fridge was empty.")
    )
    work.changed()
    wait_ops(qtbot, window.ops)
    work.tabs.setCurrentWidget(work.concerns)
    return work


def choose_first(qtbot: QtBot, area: WorkArea) -> None:
    view = area.concerns.view
    assert area.concerns.model.rowCount() >= 1
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert area.concerns.selected() is not None


def test_the_chosen_concern_reads_in_full_and_actions_need_a_choice(
    qtbot: QtBot, window: MainWindow, concerns: WorkArea
) -> None:
    screen = concerns.concerns
    assert not screen.note_button.isEnabled() and not screen.pdf_button.isEnabled()
    assert screen.detail.toPlainText() == ""
    choose_first(qtbot, concerns)
    text = screen.detail.toPlainText()
    assert "She said nobody visits." in text and "The fridge was empty." in text
    assert "Not yet reported" in text and screen.detail.isReadOnly()
    assert screen.note_button.isEnabled() and screen.reported_button.isEnabled()
    # Tab goes into the pane and on out of it again: no keyboard trap.
    screen.view.setFocus()
    qtbot.keyClick(screen.view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is screen.detail
    qtbot.keyClick(screen.detail, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not screen.detail


def test_a_note_and_a_correction_are_added_and_the_original_kept(
    qtbot: QtBot, window: MainWindow, concerns: WorkArea
) -> None:
    screen = concerns.concerns
    choose_first(qtbot, concerns)
    click(qtbot, screen.note_button)
    note = opened(qtbot, ConcernAdditionDialog)
    assert isinstance(note, ConcernAdditionDialog) and not note.which.isVisibleTo(note)
    note.on.setDate(QDate(2026, 11, 3))
    type_text(qtbot, note.text, "Spoke to the lead again.")
    qtbot.keyClick(note.text, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not note.isVisible(), timeout=5000)
    wait_ops(qtbot, window.ops)

    click(qtbot, screen.amend_button)
    fix = opened(qtbot, ConcernAdditionDialog)
    assert isinstance(fix, ConcernAdditionDialog)
    fix.which.setCurrentIndex(fix.which.findData("facts"))
    assert fix.text.toPlainText() == "The fridge was empty."  # starts from how it reads now
    qtbot.keyClick(fix.text, Qt.Key.Key_S, CTRL)  # unchanged: refused, said under the field
    wait_ops(qtbot, window.ops)
    assert fix.isVisible() and fix.errors is not None
    assert "nothing to correct" in fix.errors.message()
    fix.text.selectAll()
    type_text(qtbot, fix.text, "The fridge held only milk.")
    qtbot.keyClick(fix.text, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not fix.isVisible(), timeout=5000)
    wait_ops(qtbot, window.ops)

    (concern,) = concerns.book.concerns.list()
    assert concern.facts == "The fridge was empty."
    assert concern.current("facts") == "The fridge held only milk."
    text = screen.detail.toPlainText()  # the same concern stays chosen and shown
    assert (
        "The fridge held only milk." in text and "As first written: The fridge was empty." in text
    )
    assert "3 November 2026: follow-up note" in text and "Spoke to the lead again." in text


def test_the_pdf_has_every_addition_and_says_it_is_not_encrypted(
    qtbot: QtBot, window: MainWindow, concerns: WorkArea, tmp_path: Path
) -> None:
    book = concerns.book
    (concern,) = book.concerns.list()
    book.concerns.add_note(concern.id, "Called the lead on Tuesday.", date(2026, 11, 4))
    book.concerns.amend(concern.id, "opinion", "She seemed scared of the landlord.")
    concerns.concerns.reload()
    wait_ops(qtbot, window.ops)
    choose_first(qtbot, concerns)
    screen = concerns.concerns
    target = tmp_path / "for-the-lead.pdf"
    screen.save_pdf(screen.selected(), target)  # type: ignore[arg-type]
    wait_ops(qtbot, window.ops)
    words = poppler("pdftotext", str(target), "-")
    for said in ("Called the lead on Tuesday.", "She seemed scared of the landlord.",
                 "She said nobody visits."):  # fmt: skip
        assert " ".join(said.split()) in " ".join(words.split())
    assert screen.saved_notice.isVisibleTo(screen)
    assert str(target) in screen.saved_notice.text()
    assert "not encrypted" in screen.saved_notice.text()
    # A folder that is not there is said in the same place; nothing is written.
    screen.save_pdf(screen.selected(), tmp_path / "missing" / "x.pdf")  # type: ignore[arg-type]
    wait_ops(qtbot, window.ops)
    assert "does not exist" in screen.saved_notice.text()


def test_the_list_has_a_context_menu_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, concerns: WorkArea
) -> None:
    screen = concerns.concerns
    choose_first(qtbot, concerns)
    qtbot.keyClick(screen.view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: screen.menu.menu is not None and screen.menu.menu.isVisible())
    action = screen.menu.action("Add a note…")
    assert action is not None and action.isEnabled()
    screen.menu.menu.close()  # type: ignore[union-attr]
    qtbot.keyClick(screen.view, Qt.Key.Key_Menu)  # the Menu key opens it too
    qtbot.waitUntil(lambda: screen.menu.menu is not None and screen.menu.menu.isVisible())
    action = screen.menu.action("Add a note…")
    assert action is not None
    action.trigger()
    note = opened(qtbot, ConcernAdditionDialog)
    note.reject()


def test_a_note_being_typed_survives_the_idle_lock(
    qtbot: QtBot, window: MainWindow, concerns: WorkArea, profiles: Profiles
) -> None:
    choose_first(qtbot, concerns)
    note = concerns.concerns.add_to(amend=False)
    assert note is not None
    make_activate(qtbot, note)
    type_text(qtbot, note.text, "Rang again, no answer.")
    lock_by_idle_timer(qtbot, window)
    (draft,) = _drafts(window, profiles)
    assert isinstance(draft, ConcernAdditionDraft) and draft.text == "Rang again, no answer."
    area, restored = restore_after_unlock(qtbot, window, profiles)
    assert isinstance(restored, ConcernAdditionDialog)
    assert restored.text.toPlainText() == "Rang again, no answer."
    qtbot.keyClick(restored.text, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not restored.isVisible(), timeout=5000)
    wait_ops(qtbot, window.ops)
    (concern,) = area.book.concerns.list()
    assert [a.text for a in concern.additions] == ["Rang again, no answer."]
    assert area.book.drafts.list() == []
