"""Match codes in the app: the coordinator ends or unassigns one on the Devices tab; the
volunteer's add-match form takes only an assigned code once the list has arrived, and says a
typed code is unconfirmed before then."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from logbook.coordinator.schema import AuditEntry
from logbook.org.assignments import (
    ASSIGNMENTS_FORMAT,
    AssignedCode,
    Assignments,
    assignments_payload,
)
from logbook.org.membership import MembershipService
from tests.conftest import Profiles
from tests.organisation import Org
from tests.ui import test_coordinator_ui as coordinator_ui
from tests.ui.conftest import wait_ops
from tests.ui.test_coordinator_ui import Scheme, drop, wait_all
from tests.ui.test_sharing import join, open_sharing
from tests.ui.test_sharing import wait_all as wait_both
from ui.main_window import MainWindow
from ui.models.coordinator import COL_A_ENDED
from ui.screens.coordinator import CoordinatorArea
from ui.screens.matches import AddMatchDialog

scheme = coordinator_ui.scheme
area = coordinator_ui.area


def test_the_coordinator_ends_and_unassigns_a_code(
    qtbot: QtBot, window: MainWindow, area: CoordinatorArea, scheme: Scheme
) -> None:
    tab, devices = area.importing, area.devices
    assert tab is not None and devices is not None
    area.tabs.setCurrentWidget(tab)
    drop(tab, [scheme.first])
    wait_all(qtbot, window)
    area.tabs.setCurrentWidget(devices)
    for code in ("M-0001", "M-0002"):
        assign = devices.ask_assign()
        qtbot.keyClicks(assign.code, code)
        qtbot.keyClicks(assign.volunteer, "V-07")
        qtbot.keyClick(assign.code, Qt.Key.Key_Return)
        wait_all(qtbot, window)
    assert not devices.end_button.isEnabled() and not devices.unassign_button.isEnabled()

    assert devices.select_code("M-0001")
    assert devices.end_button.isEnabled()
    qtbot.mouseClick(devices.end_button, Qt.MouseButton.LeftButton)
    dialog = devices.end_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.on.setDate(QDate.currentDate().addDays(-2))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    wait_all(qtbot, window)
    assert not dialog.isVisible()
    assert "M-0001 has ended" in area.message.text()
    ended = {a.match_code: a.ended_on for a in devices.assignments.rows()}
    assert ended["M-0001"] is not None and ended["M-0002"] is None
    assert devices.select_code("M-0001")
    assert devices.assignments_view.model().index(0, COL_A_ENDED).data() != ""
    assert not devices.end_button.isEnabled()  # already ended

    assert devices.select_code("M-0002")
    qtbot.mouseClick(devices.unassign_button, Qt.MouseButton.LeftButton)
    box = devices.unassign_box
    assert box is not None
    qtbot.waitExposed(box)
    assert box.defaultButton() is not None and "Cancel" in box.defaultButton().text()
    [yes] = [b for b in box.buttons() if b.text().replace("&", "") == "Unassign"]
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    wait_all(qtbot, window)
    assert [a.match_code for a in devices.assignments.rows()] == ["M-0001"]
    coordinator = area.coordinator
    assert coordinator is not None
    with coordinator.db.session() as s:
        actions = set(s.scalars(select(AuditEntry.action)))
    assert {"end", "unassign"} <= actions


def test_the_add_match_form_takes_assigned_codes_once_they_have_arrived(
    qtbot: QtBot, window: MainWindow, profiles: Profiles, org: Org, tmp_path: Path
) -> None:
    work = open_sharing(qtbot, window, profiles)
    # Not enrolled: any code may be typed, and is said to be unconfirmed.
    dialog = AddMatchDialog(work, work.book, window.ops)
    dialog.show()
    wait_ops(qtbot, window.ops)
    qtbot.keyClicks(dialog.code, "M-0077")
    qtbot.keyClicks(dialog.name, "Mrs Jones")
    assert dialog.code_note.isVisible() and "Unconfirmed" in dialog.code_note.text()
    # All of its wrapped lines shown, not cut at the top and bottom.
    note = dialog.code_note
    assert note.height() >= note.heightForWidth(note.width())
    assert dialog.errors.message() == ""  # nothing wrong with it
    dialog.done(0)

    join(qtbot, window, work, org.enrolment, tmp_path)
    work.book.matches.add("M-0077", "Mr Typo", QDate.currentDate().toPython())  # typed before
    membership = MembershipService(work.book.store)
    device = membership.device()
    assert device is not None
    listed = Assignments(org.service.state().org_id, device.id, "V-01", 7,
                         (AssignedCode("M-0042"), AssignedCode("M-0050"),
                          AssignedCode("M-0060", QDate.currentDate().toPython())))  # fmt: skip
    assert membership.apply_update(
        org.service.sign(ASSIGNMENTS_FORMAT, assignments_payload(listed))
    )

    # Sending: the Sharing tab says, in plain words, which codes are held back and why.
    work.tabs.setCurrentWidget(work.sharing)
    qtbot.mouseClick(work.sharing.send_button, Qt.MouseButton.LeftButton)
    wait_both(qtbot, window)
    qtbot.waitUntil(lambda: "M-0077" in work.sharing.held_back.text(), timeout=5000)
    assert "not assigned these match codes to you" in work.sharing.held_back.text()
    assert work.sharing.held_back.isVisible()

    dialog = AddMatchDialog(work, work.book, window.ops)
    dialog.show()
    wait_ops(qtbot, window.ops)
    assert dialog.choices == ("M-0042", "M-0050")  # the ended one is not offered
    qtbot.keyClicks(dialog.code, "M-0077")
    qtbot.keyClicks(dialog.name, "Mrs Jones")
    QApplication.processEvents()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    wait_ops(qtbot, window.ops)
    assert dialog.isVisible() and [m.code for m in work.book.matches.list()] == ["M-0077"]
    assert "not one assigned to you (yours: M-0042, M-0050)" in dialog.errors.message()

    dialog.code.clear()
    qtbot.keyClicks(dialog.code, "m-0050")
    assert "Assigned to you" in dialog.code_note.text()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    wait_ops(qtbot, window.ops)
    assert [m.code for m in work.book.matches.list()] == ["M-0050", "M-0077"]
