"""A save refreshes only the screens that show what it changed (one `changed(Changes)`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from logbook.changes import ENTRIES, Changes
from tests.conftest import Profiles
from tests.organisation import Org
from tests.ui.conftest import unlock, wait_ops
from tests.ui.test_sharing import join
from ui.main_window import MainWindow
from ui.screens.concerns import ConcernDialog, ReportedDialog
from ui.screens.workarea import WorkArea
from ui.widgets.form_dialog import FormDialog


def resets(model: QAbstractItemModel) -> Callable[[], int]:
    """How many times `model` was reset (reloaded) since this was called."""
    count = [0]
    model.modelReset.connect(lambda: count.__setitem__(0, count[0] + 1))
    return lambda: count[0]


def ready(qtbot: QtBot, window: MainWindow, profiles: Profiles) -> WorkArea:
    unlock(qtbot, window, profiles.passphrase)
    work = window.work
    assert work is not None
    work.book.matches.add("M-0042", "Edith Harris", date(2026, 1, 5))
    work.changed()
    wait_ops(qtbot, window.ops)
    return work


def save(qtbot: QtBot, dialog: FormDialog) -> None:
    [button] = [
        b for b in dialog.buttons.buttons()
        if dialog.buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole
    ]  # fmt: skip
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_saving_an_entry_reloads_the_timeline_but_not_concerns_or_measures(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> None:
    work = ready(qtbot, window, profiles)
    measures = work.matches.measures_dialog(work.book.matches.get("M-0042"))
    measures.show()
    wait_ops(qtbot, window.ops)
    timeline, concerns, measured = (
        resets(work.timeline.model), resets(work.concerns.model), resets(measures.model)
    )  # fmt: skip
    seen: list[Changes] = []
    window.ops.changed.connect(seen.append)

    qtbot.mouseClick(work.toolbar.widgetForAction(work.new_visit), Qt.MouseButton.LeftButton)
    editor = work.editors[-1]
    editor.match.setCurrentIndex(editor.match.findData("M-0042"))
    qtbot.keyClicks(editor.notes, "We walked to the park.")
    save(qtbot, editor)
    wait_ops(qtbot, window.ops)

    assert seen == [ENTRIES]
    assert timeline() == 1 and work.timeline.model.rowCount() == 1
    assert concerns() == 0 and measured() == 0
    assert work.matches.model.match_at(0).last_contact is not None  # the list follows entries
    measures.close()


def test_raising_and_reporting_a_concern_leaves_the_timeline_alone(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> None:
    work = ready(qtbot, window, profiles)
    timeline, concerns = resets(work.timeline.model), resets(work.concerns.model)

    work.tabs.setCurrentWidget(work.concerns)
    qtbot.mouseClick(work.concerns.raise_button, Qt.MouseButton.LeftButton)
    dialog = work.findChildren(ConcernDialog)[-1]
    dialog.match.setCurrentIndex(dialog.match.findData("M-0042"))
    qtbot.keyClicks(dialog.said, "Nobody has been round for weeks.")
    save(qtbot, dialog)
    wait_ops(qtbot, window.ops)
    assert concerns() == 1 and work.concerns.model.unreported() == 1
    assert work.concern_banner.isVisibleTo(work)  # the banner counts what the concerns say

    reported = ReportedDialog(work.concerns, work.book, window.ops, work.concerns.model.concern(0))
    reported.open()
    qtbot.keyClicks(reported.to, "Priya (safeguarding lead)")
    save(qtbot, reported)
    wait_ops(qtbot, window.ops)
    assert concerns() == 2 and work.concerns.model.unreported() == 0
    assert not work.concern_banner.isVisibleTo(work)
    assert timeline() == 0


def test_an_organisation_update_refreshes_sharing_and_its_settings_not_the_timeline(
    qtbot: QtBot, window: MainWindow, profiles: Profiles, org: Org, tmp_path: Path
) -> None:
    work = ready(qtbot, window, profiles)
    work.tabs.setCurrentWidget(work.sharing)
    join(qtbot, window, work, org.enrolment, tmp_path)
    wait_ops(qtbot, window.ops)
    timeline = resets(work.timeline.model)
    org.service.set("safeguarding_contact", "Sam Okoye, 01632 960 999")
    update = tmp_path / "update.enrol"
    update.write_bytes(org.service.enrolment_file())

    work.sharing.update_from(update)  # what the file picker hands over
    wait_ops(qtbot, window.ops)
    assert work.sharing.contact.text() == "Sam Okoye, 01632 960 999"
    assert work.concerns.contact == "Sam Okoye, 01632 960 999"
    assert timeline() == 0
