"""Fingerprints are typed as heard, never shown to the listener: approving a device and joining
an organisation use the one read-out dialog; a wrong one says so and changes nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from logbook.coordinator.schema import AuditEntry, HeldBundle
from logbook.identity.fingerprint import read_out_form
from logbook.org.membership import MembershipService
from tests.conftest import Profiles
from tests.organisation import Org
from tests.ui import test_coordinator_ui as coordinator_ui
from tests.ui.conftest import wait_ops
from tests.ui.test_coordinator_ui import Scheme, drop, wait_all
from tests.ui.test_sharing import offer, open_sharing
from ui.main_window import MainWindow
from ui.models.coordinator import COL_CONFIRMED
from ui.screens.coordinator import CoordinatorArea
from ui.widgets.read_out import ReadOutDialog

scheme = coordinator_ui.scheme
area = coordinator_ui.area


def wrong(fingerprint: str) -> str:
    """The same read-out with one character misheard (the last: the hardest to notice)."""
    last = fingerprint[-1]
    return fingerprint[:-1] + ("A" if last != "A" else "B")


def every_text(widget: QWidget) -> list[str]:
    """What a person (or a screen reader) could read anywhere in `widget`."""
    found: list[str] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        found += [child.toolTip(), child.accessibleName(), child.accessibleDescription(),
                  child.windowTitle()]  # fmt: skip
        if isinstance(child, QLabel | QAbstractButton):
            found.append(child.text())
        if isinstance(child, QLineEdit):
            found += [child.text(), child.placeholderText()]
    return found


def model_texts(model: QAbstractItemModel) -> list[str]:
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
             Qt.ItemDataRole.AccessibleTextRole)  # fmt: skip
    return [
        str(model.index(r, c).data(role) or "")
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        for role in roles
    ]


def shows(texts: list[str], fingerprint: str) -> bool:
    wanted = read_out_form(fingerprint)
    first_group = fingerprint.split()[0]
    return any(wanted in read_out_form(t) or first_group in t for t in texts)


def open_approval(qtbot: QtBot, window: MainWindow, area: CoordinatorArea, scheme: Scheme
                  ) -> ReadOutDialog:  # fmt: skip
    tab, devices = area.importing, area.devices
    assert tab is not None and devices is not None
    area.tabs.setCurrentWidget(tab)
    drop(tab, [scheme.first, scheme.second])
    wait_all(qtbot, window)
    area.tabs.setCurrentWidget(devices)
    view = devices.view
    rect = view.visualRect(view.model().index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseClick(devices.approve_button, Qt.MouseButton.LeftButton)
    dialog = devices.approve_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_a_misheard_device_fingerprint_approves_nothing_and_the_heard_one_does(
    qtbot: QtBot, window: MainWindow, area: CoordinatorArea, scheme: Scheme
) -> None:
    dialog = open_approval(qtbot, window, area, scheme)
    devices = area.devices
    assert devices is not None
    fingerprint = scheme.laptop.fingerprint
    # Neither the list nor the dialog ever shows what is to be heard.
    assert not shows(every_text(devices), fingerprint)
    assert not shows(model_texts(devices.view.model()), fingerprint)
    assert not shows(every_text(dialog), fingerprint)
    assert devices.model.cell(0, COL_CONFIRMED) == "Not yet"
    assert not dialog.confirm_button.isEnabled()  # nothing typed: Enter does nothing

    qtbot.keyClicks(dialog.typed, wrong(fingerprint))
    qtbot.keyClicks(dialog.volunteer, "V-07")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    wait_all(qtbot, window)
    assert dialog.isVisible()
    assert "does not match" in dialog.error.text() and "nothing was approved" in dialog.error.text()
    assert not shows([dialog.error.text()], fingerprint)
    coordinator = devices.coordinator
    device = coordinator.devices.list()[0]
    assert device.status == "pending" and not device.confirmed
    with coordinator.db.session() as s:
        assert len(s.scalars(select(HeldBundle)).all()) == 2  # still held, not imported
        assert "approve" not in set(s.scalars(select(AuditEntry.action)))
    # Ready to type it again: what was typed is selected, so typing replaces it.
    assert dialog.typed.hasFocus() and dialog.typed.selectedText() == dialog.typed.text()

    # Heard again, typed as people type: lower case, dashes between groups.
    qtbot.keyClicks(dialog.typed, fingerprint.lower().replace(" ", "-"))
    assert not dialog.error.isVisible()
    qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)
    wait_all(qtbot, window)
    assert not dialog.isVisible()
    device = coordinator.devices.list()[0]
    assert device.status == "approved" and device.confirmed and device.volunteer == "V-07"
    assert devices.model.cell(0, COL_CONFIRMED) == "Confirmed"
    assert not shows(model_texts(devices.view.model()), fingerprint)


def test_cancelling_the_read_out_changes_nothing(
    qtbot: QtBot, window: MainWindow, area: CoordinatorArea, scheme: Scheme
) -> None:
    dialog = open_approval(qtbot, window, area, scheme)
    qtbot.keyClicks(dialog.typed, scheme.laptop.fingerprint)
    qtbot.keyClicks(dialog.volunteer, "V-07")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    wait_all(qtbot, window)
    assert not dialog.isVisible()
    assert area.devices is not None
    assert area.devices.coordinator.devices.list()[0].status == "pending"
    assert "not approved" in area.message.text()


def test_joining_needs_the_organisation_fingerprint_typed_as_heard(
    qtbot: QtBot, window: MainWindow, profiles: Profiles, org: Org, tmp_path: Path
) -> None:
    work = open_sharing(qtbot, window, profiles)
    path = tmp_path / "hilltop.enrol"
    path.write_bytes(org.enrolment)
    dialog = offer(qtbot, window, work.sharing, path)
    assert not shows(every_text(dialog), org.fingerprint)
    assert dialog.typed.hasFocus()

    qtbot.keyClicks(dialog.typed, wrong(org.fingerprint))
    qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)
    wait_ops(qtbot, window.ops)
    assert dialog.isVisible() and "does not match" in dialog.error.text()
    membership = MembershipService(work.book.store)
    assert membership.current() is None and membership.device() is None

    dialog.typed.clear()
    qtbot.keyClicks(dialog.typed, org.fingerprint.lower())
    dialog.confirm_button.click()
    wait_ops(qtbot, window.ops)
    assert not dialog.isVisible()
    assert membership.current() is not None and membership.device() is not None
    assert work.sharing.org_pages.currentIndex() == 1
