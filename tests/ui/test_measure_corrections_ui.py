"""Measures corrected, deleted and consent withdrawn from the measures window."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from logbook.records.measures import Instrument
from tests.conftest import Profiles
from tests.ui.conftest import unlock, wait_ops
from tests.ui.test_accessibility import assert_accessible
from tests.ui.test_entry_editor import make_activate
from tests.ui.test_free_text_dialogs import click
from ui.main_window import MainWindow
from ui.screens.measures import MeasuresDialog

TAKEN = date.today() - timedelta(days=20)


@pytest.fixture
def measures(qtbot: QtBot, window: MainWindow, profiles: Profiles) -> MeasuresDialog:
    unlock(qtbot, window, profiles.passphrase)
    work = window.work
    assert work is not None
    match = work.book.matches.add("M-0042", "Edith Harris", TAKEN - timedelta(days=100))
    work.book.measures.add("M-0042", Instrument.UCLA3, [2, 2, 3], consent=True, taken_on=TAKEN)
    work.book.measures.add("M-0042", Instrument.UCLA3, [1, 1, 1], consent=True,
                           taken_on=TAKEN - timedelta(days=30))  # fmt: skip
    dialog = work.matches.measures_dialog(match)
    dialog.open()
    make_activate(qtbot, dialog)
    wait_ops(qtbot, window.ops)
    return dialog


def choose_newest(qtbot: QtBot, dialog: MeasuresDialog) -> None:
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_End)
    qtbot.keyClick(dialog.view, Qt.Key.Key_Home)
    assert dialog.selected() is not None and dialog.selected().taken_on == TAKEN  # type: ignore[union-attr]


def test_nothing_chosen_nothing_to_do(measures: MeasuresDialog) -> None:
    assert_accessible(measures, "measures window")
    for button in (measures.correct_button, measures.delete_button, measures.withdraw_button):
        assert not button.isEnabled()
    assert measures.withdraw_all_button.isEnabled()


def test_a_measure_is_corrected_from_its_own_answers(
    qtbot: QtBot, window: MainWindow, measures: MeasuresDialog
) -> None:
    choose_newest(qtbot, measures)
    click(qtbot, measures.correct_button)
    qtbot.waitUntil(lambda: any(f.isVisible() and f.correcting for f in _forms(measures)))
    (form,) = [f for f in _forms(measures) if f.isVisible() and f.correcting]
    assert [c.currentData() for c in form.items] == [2, 2, 3]  # starts from what was recorded
    assert not form.consent.isVisibleTo(form)
    make_activate(qtbot, form)
    form.items[0].setFocus()
    qtbot.keyClick(form.items[0], Qt.Key.Key_Down)  # 2 becomes 3
    click(qtbot, form.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=5000)
    wait_ops(qtbot, window.ops)
    newest = max(measures.book.measures.list("M-0042"), key=lambda m: m.taken_on)
    assert newest.score.items == (3, 2, 3) and newest.consent
    assert measures.book.drafts.list() == []
    # The corrected measure stays chosen and the focus where it was, not on "Withdraw all".
    chosen = measures.selected()
    assert chosen is not None and chosen.id == newest.id and chosen.score.items == (3, 2, 3)
    make_activate(qtbot, measures)
    assert measures.focusWidget() is measures.correct_button


def _forms(dialog: MeasuresDialog) -> list:  # type: ignore[type-arg]
    from ui.screens.measures import MeasureForm

    return dialog.findChildren(MeasureForm)


def test_consent_withdrawn_for_one_then_all_and_a_measure_deleted(
    qtbot: QtBot, window: MainWindow, measures: MeasuresDialog
) -> None:
    choose_newest(qtbot, measures)
    withdraw = measures.withdraw(whole_match=False)
    assert withdraw is not None
    assert_accessible(withdraw, "withdraw consent")
    withdraw.on.setDate(QDate.currentDate().addDays(-1))
    click(qtbot, withdraw.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: not withdraw.isVisible(), timeout=5000)
    wait_ops(qtbot, window.ops)
    newest = max(measures.book.measures.list("M-0042"), key=lambda m: m.taken_on)
    assert newest.consent_withdrawn_on == date.today() - timedelta(days=1)
    shown = [measures.model.data(measures.model.index(r, 3)) for r in range(2)]
    assert shown[0].startswith("no: consent withdrawn") and shown[1] == "yes, with consent"

    everything = measures.withdraw(whole_match=True)
    assert everything is not None
    click(qtbot, everything.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: not everything.isVisible(), timeout=5000)
    wait_ops(qtbot, window.ops)
    assert not any(m.shared for m in measures.book.measures.list("M-0042"))
    assert not measures.withdraw_all_button.isEnabled()

    choose_newest(qtbot, measures)
    box = measures.delete()
    assert box is not None
    click(qtbot, box.button(QMessageBox.StandardButton.No))
    wait_ops(qtbot, window.ops)
    assert len(measures.book.measures.list("M-0042")) == 2
    click(qtbot, measures.delete_button)
    box = measures.confirm
    assert box is not None
    assert box.text().startswith("Delete the Loneliness (UCLA 3-item scale) measure taken on ")
    click(qtbot, box.button(QMessageBox.StandardButton.Yes))
    wait_ops(qtbot, window.ops)
    (left,) = measures.book.measures.list("M-0042")
    assert left.taken_on == TAKEN - timedelta(days=30)
    qtbot.waitUntil(lambda: measures.model.rowCount() == 1)
    make_activate(qtbot, measures)
    assert measures.focusWidget() is measures.view  # the deleted row's buttons are off
