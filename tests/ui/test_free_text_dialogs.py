"""Concern, match and measure forms: chosen on purpose, errors said whole, drafts through a lock."""

from __future__ import annotations

import time
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from logbook.records.drafts import ConcernDraft, MatchDraft, MeasureDraft
from logbook.records.measures import Instrument
from tests.conftest import Profiles
from tests.ui.conftest import unlock, wait_ops
from tests.ui.test_entry_editor import CTRL, make_activate, type_text
from ui.main_window import MainWindow
from ui.screens.concerns import ConcernDialog
from ui.screens.matches import AddMatchDialog
from ui.screens.measures import MeasureForm
from ui.screens.workarea import WorkArea
from ui.widgets.draft_dialog import DraftDialog
from ui.widgets.fit_screen import title_width

SAVE = QDialogButtonBox.StandardButton.Save


@pytest.fixture
def work(qtbot: QtBot, window: MainWindow, profiles: Profiles) -> WorkArea:
    unlock(qtbot, window, profiles.passphrase)
    area = window.work
    assert isinstance(area, WorkArea)
    area.book.matches.add("M-0002", "Zoe Walker", date(2025, 1, 1))
    area.book.matches.add("M-0001", "Ann Baker", date(2025, 1, 1))
    area.changed()
    wait_ops(qtbot, window.ops)
    return area


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def opened(qtbot: QtBot, kind: type[DraftDialog]) -> DraftDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=3000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, kind)
    make_activate(qtbot, dialog)
    return dialog


def test_the_concern_form_starts_with_nobody_chosen_and_requires_a_choice(
    qtbot: QtBot, window: MainWindow, work: WorkArea
) -> None:
    work.tabs.setCurrentWidget(work.concerns)
    click(qtbot, work.concerns.raise_button)
    dialog = opened(qtbot, ConcernDialog)
    assert isinstance(dialog, ConcernDialog)
    assert dialog.match.currentData() is None  # not "Ann Baker", first alphabetically
    type_text(qtbot, dialog.said, '"Nobody came since the flood."')
    click(qtbot, dialog.buttons.button(SAVE))
    wait_ops(qtbot, window.ops)
    assert dialog.errors is not None and dialog.errors.current is dialog.match
    assert dialog.errors.message() == "Match must be chosen: who is the concern about?"
    assert dialog.focusWidget() is dialog.match and dialog.isVisible()
    assert work.book.concerns.list() == []
    qtbot.keyClick(dialog.match, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.match, Qt.Key.Key_Down)
    assert dialog.errors.current is None  # cleared as soon as someone is chosen
    qtbot.keyClick(dialog.match, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    wait_ops(qtbot, window.ops)
    (concern,) = work.book.concerns.list()
    assert concern.match_code == "M-0002"
    assert concern.seen_or_said == '"Nobody came since the flood."'
    assert work.book.drafts.list() == []


def test_enter_adds_a_match_and_a_refused_one_is_said_whole(
    qtbot: QtBot, window: MainWindow, work: WorkArea
) -> None:
    work.tabs.setCurrentWidget(work.matches)
    click(qtbot, work.matches.add_button)
    dialog = opened(qtbot, AddMatchDialog)
    assert isinstance(dialog, AddMatchDialog)
    assert dialog.width() >= title_width(dialog)  # the whole title fits its title bar
    dialog.code.setFocus()
    type_text(qtbot, dialog.code, "M-0001")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Tab)
    type_text(qtbot, dialog.name, "Someone Else")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter submits a single-action form
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5000)
    wait_ops(qtbot, window.ops)
    assert dialog.error.text() == "A match with code M-0001 already exists."
    # Never cut off: the dialog holds the whole wrapped message.
    QApplication.processEvents()
    label = dialog.error
    assert label.height() >= label.heightForWidth(label.width())
    assert label.geometry().bottom() <= dialog.rect().bottom()
    assert dialog.rect().contains(dialog.buttons.geometry())
    dialog.code.setFocus()
    qtbot.keyClick(dialog.code, Qt.Key.Key_A, CTRL)
    type_text(qtbot, dialog.code, "M-0003")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    wait_ops(qtbot, window.ops)
    assert work.book.matches.get("M-0003").display_name == "Someone Else"


def lock_by_idle_timer(qtbot: QtBot, window: MainWindow) -> None:
    """The real idle timer, with a clock that says six minutes went by untouched."""
    now = [window.idle.clock()]
    window.idle.clock = lambda: now[0]
    window.idle.arm()
    now[0] += 6 * 60
    qtbot.waitUntil(lambda: window.locked, timeout=5000)
    wait_ops(qtbot, window.ops)
    window.idle.clock = time.time


def restore_after_unlock(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> tuple[WorkArea, DraftDialog]:
    unlock(qtbot, window, profiles.passphrase)
    area = window.work
    assert isinstance(area, WorkArea)
    qtbot.waitUntil(lambda: area.draft_restore.isVisibleTo(area), timeout=5000)
    with qtbot.waitSignal(area.draft_opened, timeout=5000) as signal:
        click(qtbot, area.draft_restore)
    dialog = signal.args[0]
    assert isinstance(dialog, DraftDialog)
    make_activate(qtbot, dialog)
    return area, dialog


def test_a_concern_being_typed_survives_the_idle_lock(
    qtbot: QtBot, window: MainWindow, work: WorkArea, profiles: Profiles
) -> None:
    dialog = work.concerns.raise_concern()
    make_activate(qtbot, dialog)
    qtbot.keyClick(dialog.match, Qt.Key.Key_Down)
    type_text(qtbot, dialog.said, "She said:\n- no heating\n- no food")
    type_text(qtbot, dialog.opinion, "Frightened of the **landlord**")
    lock_by_idle_timer(qtbot, window)
    (draft,) = _drafts(window, profiles)
    assert isinstance(draft, ConcernDraft) and draft.seen_or_said.endswith("- no food")

    area, restored = restore_after_unlock(qtbot, window, profiles)
    assert isinstance(restored, ConcernDialog)
    assert restored.said.toPlainText() == "She said:\n- no heating\n- no food"
    assert restored.match.currentData() == "M-0001"
    qtbot.keyClick(restored.said, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not restored.isVisible(), timeout=5000)
    wait_ops(qtbot, window.ops)
    (concern,) = area.book.concerns.list()
    assert concern.opinion == "Frightened of the **landlord**"
    assert area.book.drafts.list() == []


def test_a_match_and_a_measure_being_typed_survive_the_idle_lock(
    qtbot: QtBot, window: MainWindow, work: WorkArea, profiles: Profiles
) -> None:
    adding = work.matches.add()
    type_text(qtbot, adding.code, "M-0077")
    type_text(qtbot, adding.name, "Ruth")
    match = work.book.matches.get("M-0001")
    measures = work.matches.measures_dialog(match)
    measures.open()
    measures.new_choice.setCurrentIndex(measures.new_choice.findData(Instrument.UCLA3.value))
    form = measures.record()
    make_activate(qtbot, form)
    qtbot.keyClick(form.items[0], Qt.Key.Key_Down)
    qtbot.keyClick(form.items[1], Qt.Key.Key_Down)
    lock_by_idle_timer(qtbot, window)
    drafts = _drafts(window, profiles)
    assert {type(d) for d in drafts} == {MatchDraft, MeasureDraft}

    saved: list[str] = []
    for _ in drafts:
        _, restored = restore_after_unlock(qtbot, window, profiles)
        if isinstance(restored, AddMatchDialog):
            assert (restored.code.text(), restored.name.text()) == ("M-0077", "Ruth")
            qtbot.keyClick(restored.name, Qt.Key.Key_Return)
            saved.append("match")
        else:
            assert isinstance(restored, MeasureForm)
            assert restored.answers() is None  # two of three answered, as left
            qtbot.keyClick(restored.items[2], Qt.Key.Key_Down)
            click(qtbot, restored.buttons.button(SAVE))
            saved.append("measure")
        qtbot.waitUntil(lambda r=restored: not r.isVisible(), timeout=5000)  # type: ignore[misc]
        wait_ops(qtbot, window.ops)
        window.lock()  # and back, to be offered the next draft
        wait_ops(qtbot, window.ops)
    unlock(qtbot, window, profiles.passphrase)
    assert window.work is not None
    book = window.work.book  # type: ignore[attr-defined]
    assert sorted(saved) == ["match", "measure"]
    assert book.matches.get("M-0077").display_name == "Ruth"
    assert [m.score.items for m in book.measures.list("M-0001")] == [(1, 1, 1)]
    assert book.drafts.list() == []


def _drafts(window: MainWindow, profiles: Profiles) -> list[object]:
    """Read the drafts straight from the profile while the app is locked."""
    from logbook.records.book import Logbook

    with profiles.manager.unlock(profiles.name, profiles.passphrase) as unlocked:
        return [d.draft for d in Logbook(unlocked.store).drafts.list()]
