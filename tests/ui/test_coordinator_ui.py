"""Coordinator mode through real widgets and the real core: create the organisation, import
(dropped, chosen, watched, from the mailbox), approve, revoke, assign, the dashboard, lock."""

from __future__ import annotations

import os
import time
import warnings
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from logbook.coordinator.dashboard import AlertKind
from logbook.coordinator.importer import ImportResult
from logbook.db.settings import get_setting
from logbook.org.enrolment import read_enrolment
from logbook.org.organisation import OrganisationService
from logbook.records.measures import Instrument
from logbook.records.values import Mode
from logbook.statuses import ImportStatus
from logbook.summary.schema import (
    ConcernCount,
    ContactCount,
    MatchWeek,
    MeasureResult,
    WeekSnapshot,
)
from logbook.sync.mailbox_client import MailboxClient
from logbook.vault.kinds import ProfileKind
from logbook.vault.profiles import ProfileManager, UnlockedProfile
from logbook.weeks import iso_week
from tests.conftest import PASSPHRASE, Profiles
from tests.coordinator.conftest import Volunteer
from tests.organisation import ORG_SETTINGS, Org
from tests.ui.conftest import wait_ops
from tests.ui.test_accessibility import assert_accessible
from ui.main_window import MainWindow
from ui.models.coordinator import (
    COL_ALERT_DETAIL,
    COL_ALERT_KIND,
    COL_CONFIRMED,
    COL_HELD,
    COL_LAST,
    COL_MATCH,
    COL_REASON,
    COL_RECENT,
    COL_RESULT,
    COL_STATUS,
    COL_V_CONTACTS,
    COL_V_HOURS,
    COL_WEEKS,
    AlertsModel,
    ImportResultsModel,
    RowsModel,
)
from ui.screens.coordinator import CoordinatorArea
from ui.screens.coordinator_import import ImportTab

COORDINATOR = "Coordinator"
TODAY = date.today()


def weeks_ago(n: int) -> str:
    return iso_week(TODAY - timedelta(weeks=n))


def match_week(code: str, visits: int = 0, calls: int = 0, minutes: int = 60,
               **extra: object) -> MatchWeek:  # fmt: skip
    contacts = []
    if visits:
        contacts.append(ContactCount(kind="visit", mode=Mode.IN_PERSON, count=visits))
    if calls:
        contacts.append(ContactCount(kind="conversation", mode=Mode.PHONE, count=calls))
    return MatchWeek(match_code=code, contacts=contacts or None, minutes=minutes, **extra)  # type: ignore[arg-type]


def snapshot(week: str, *matches: MatchWeek) -> WeekSnapshot:
    return WeekSnapshot(week=week, matches=list(matches))


@dataclass
class Scheme:
    """An organisation in the coordinator profile, and bundle files from two laptops."""

    org: Org
    laptop: Volunteer  # V-07's, with M-0001 and M-0002
    stranger: Volunteer  # never approved
    first: Path
    second: Path
    strangers: Path
    later: Path  # the stranger's second bundle, after the revocation
    many: list[bytes]  # twelve more of the stranger's


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def make_scheme(profile: UnlockedProfile, folder: Path, mailbox_url: str | None = None) -> Scheme:
    service = OrganisationService(profile.store)
    state, tokens = service.init(ORG_SETTINGS)
    if mailbox_url:
        service.set("mailbox_url", mailbox_url)
    org = Org(service.enrolment_file(), tokens, service.identity(), state.fingerprint, service)
    laptop = Volunteer(Ed25519PrivateKey.generate(), org)
    stranger = Volunteer(Ed25519PrivateKey.generate(), org)
    ucla = MeasureResult(instrument=Instrument.UCLA3, total=8)
    ucla_later = MeasureResult(instrument=Instrument.UCLA3, total=6)
    first = laptop.bundle([
        snapshot(weeks_ago(6), match_week("M-0001", visits=1, measures=[ucla])),
        snapshot(weeks_ago(5), match_week("M-0001", visits=2, minutes=90),
                 match_week("M-0002", calls=1, minutes=30)),
    ], sequence=1)  # fmt: skip
    second = laptop.bundle([
        snapshot(weeks_ago(1), match_week("M-0002", visits=1, minutes=45,
                                          concerns=ConcernCount(raised=1, reported=0))),
        snapshot(weeks_ago(0), match_week("M-0002", visits=1, follow_ups=1),
                 match_week("M-0001", visits=0, minutes=0, measures=[ucla_later])),
    ], sequence=2)  # fmt: skip
    return Scheme(
        org, laptop, stranger,
        write(folder / "v07-0001.age", first),
        write(folder / "v07-0002.age", second),
        write(folder / "stranger" / "s-0001.age",
              stranger.bundle([snapshot(weeks_ago(2), match_week("M-0009", visits=1))])),
        write(folder / "stranger" / "later" / "s-0002.age",
              stranger.bundle([snapshot(weeks_ago(1), match_week("M-0009", visits=1))],
                              sequence=2)),
        [stranger.bundle([snapshot(weeks_ago(1), match_week("M-0009", visits=n))],
                         sequence=n + 10) for n in range(1, 13)],
    )  # fmt: skip


def coordinator_profile(profiles: Profiles) -> ProfileManager:
    profiles.manager.create(COORDINATOR, PASSPHRASE, ProfileKind.COORDINATOR)
    return profiles.manager


def wait_all(qtbot: QtBot, window: MainWindow) -> None:
    """Both workers idle (the mailbox runs on the network one), every result handled."""
    net = window.ops.network()
    qtbot.waitUntil(lambda: not window.ops.busy and not net.busy, timeout=20_000)
    wait_ops(qtbot, window.ops)


def open_coordinator(qtbot: QtBot, window: MainWindow) -> CoordinatorArea:
    """Unlock the coordinator profile and open it in the window, as the unlock screen does."""
    manager = window.manager
    screen = window.unlock_screen
    screen.refresh()
    if screen.profile.findText(COORDINATOR) >= 0:
        screen.profile.setCurrentText(COORDINATOR)
        screen.passphrase.setText(PASSPHRASE)
        screen.unlock_button.click()
    else:  # the unlock screen lists volunteer profiles only: the same call, by hand
        window.ops.run(lambda: manager.unlock(COORDINATOR, PASSPHRASE), window.open_profile)
    qtbot.waitUntil(lambda: window.work is not None, timeout=15_000)
    area = window.work
    assert isinstance(area, CoordinatorArea)
    wait_all(qtbot, window)
    return area


@pytest.fixture
def scheme(profiles: Profiles, tmp_path: Path) -> Scheme:
    manager = coordinator_profile(profiles)
    with manager.unlock(COORDINATOR, PASSPHRASE) as profile:
        return make_scheme(profile, tmp_path / "bundles")


@pytest.fixture
def area(qtbot: QtBot, window: MainWindow, scheme: Scheme) -> CoordinatorArea:
    area = open_coordinator(qtbot, window)
    assert area.dashboard is not None and area.devices is not None
    assert area.importing is not None
    return area


def drop(tab: ImportTab, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    with warnings.catch_warnings():  # PySide marks the only constructor there is deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
    QApplication.sendEvent(tab, enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(tab, event)


def column(model: RowsModel[object], number: int) -> list[str]:
    return [model.cell(r, number) for r in range(model.rowCount())]


def by_first(model: RowsModel[object], key: str, number: int) -> str:
    for r in range(model.rowCount()):
        if model.cell(r, 0) == key:
            return model.cell(r, number)
    raise AssertionError(f"no row {key}")


# -- the organisation ---------------------------------------------------------------------
def test_a_new_coordinator_profile_creates_its_organisation(
    qtbot: QtBot, window: MainWindow, profiles: Profiles, tmp_path: Path
) -> None:
    coordinator_profile(profiles)
    area = open_coordinator(qtbot, window)
    setup = area.setup
    assert setup is not None and area.pages.currentWidget() is setup
    assert area.dashboard is None  # no tabs, and no empty ones, before there is anything
    assert_accessible(setup, "create organisation")
    setup.name.setText("Riverside Befriending")
    setup.path.setText(str(tmp_path / "missing" / "riverside.enrol"))
    setup.create_button.click()
    wait_all(qtbot, window)
    assert "missing or read-only" in setup.error.text()  # checked before anything is made
    setup.path.setText(str(tmp_path / "riverside"))
    setup.create_button.click()
    wait_all(qtbot, window)
    assert setup.created is not None
    enrolment = tmp_path / "riverside.enrol"
    assert setup.created.enrolment == enrolment
    payload = read_enrolment(enrolment.read_bytes()).payload
    assert payload.settings.name == "Riverside Befriending"
    config = (tmp_path / "mailbox-server.toml").read_text()
    assert "enrolment_sha256" in config and "coordinator_sha256" in config
    assert setup.fingerprint.text().split() == setup.created.state.fingerprint.split()
    setup.continue_button.click()
    wait_all(qtbot, window)
    assert area.pages.currentWidget() is area.tabs
    assert area.org_name.text() == "Riverside Befriending"
    assert area.org_fingerprint.text() == setup.created.state.fingerprint


# -- import, approve, assign, the dashboard ---------------------------------------------------
def test_drop_approve_assign_and_the_dashboard_adds_up(
    qtbot: QtBot, window: MainWindow, area: CoordinatorArea, scheme: Scheme
) -> None:
    tab, devices, board = area.importing, area.devices, area.dashboard
    assert tab is not None and devices is not None and board is not None
    area.tabs.setCurrentWidget(tab)
    drop(tab, [scheme.first, scheme.second])
    wait_all(qtbot, window)
    assert column(tab.model, COL_RESULT) == ["Held", "Held"]
    assert "2 held until the device is approved" in tab.message.text()

    # The device waits for approval, with its bundles held.
    assert devices.model.rowCount() == 1
    device = devices.model.row(0)
    assert device.id == scheme.laptop.id
    assert devices.model.cell(0, COL_STATUS) == "Waiting for approval"
    assert devices.model.cell(0, COL_HELD) == "2"
    assert devices.model.cell(0, COL_CONFIRMED) == "Not yet"
    kinds = [a.kind for a in board.alerts.rows()]
    assert AlertKind.PENDING_DEVICE in kinds

    # Cancel changes nothing.
    assert devices.select_device(device.id)
    dialog = devices.ask_approve()
    assert dialog is not None
    assert_accessible(dialog, "approve")
    dialog.volunteer.setText("V-07")
    dialog.cancel_button.click()
    wait_all(qtbot, window)
    assert not dialog.isVisible()
    assert devices.model.row(0).status == "pending"
    assert "not approved" in area.message.text()

    # A bad volunteer code is refused in the dialog, which stays open.
    dialog = devices.ask_approve()
    assert dialog is not None
    qtbot.keyClicks(dialog.typed, scheme.laptop.fingerprint)
    dialog.volunteer.setText("V 07!")
    dialog.confirm_button.click()
    wait_all(qtbot, window)
    assert dialog.isVisible() and "volunteer code" in dialog.error.text()
    # The fingerprint as heard: approved, and the held bundles are imported at once.
    dialog.volunteer.setText("v-07")
    dialog.confirm_button.click()
    wait_all(qtbot, window)
    assert not dialog.isVisible()
    assert devices.model.row(0).status == "approved"
    assert devices.model.row(0).volunteer == "V-07"
    assert devices.model.cell(0, COL_HELD) == ""
    assert "Approved" in area.message.text() and "2 held bundle" in area.message.text()
    assert not devices.approve_button.isEnabled()
    flagged = [a.subject for a in board.alerts.rows() if a.kind is AlertKind.FLAGGED]
    assert sorted(flagged) == ["M-0001", "M-0002"]  # not assigned to V-07 yet

    for code in ("M-0001", "M-0002"):
        assign = devices.ask_assign()
        assert assign.volunteer.text() == "V-07"  # the selected device's volunteer
        assign.code.setText(code.lower())
        assign.buttons.button(assign.buttons.StandardButton.Ok).click()
        wait_all(qtbot, window)
        assert not assign.isVisible()
    assert sorted((a.match_code, a.volunteer) for a in devices.assignments.rows()) == [
        ("M-0001", "V-07"),
        ("M-0002", "V-07"),
    ]
    assert_accessible(devices, "devices")

    # The dashboard: alerts first, unreported concern at the top, then no contact.
    alerts = board.alerts.rows()
    assert [a.kind for a in alerts][:2] == [AlertKind.CONCERN_UNREPORTED, AlertKind.NO_CONTACT]
    assert AlertKind.FLAGGED not in [a.kind for a in alerts]
    assert AlertKind.PENDING_DEVICE not in [a.kind for a in alerts]
    assert board.alerts.cell(0, COL_ALERT_KIND) == "Safeguarding: NOT REPORTED"
    assert "ask the volunteer now" in board.alerts.cell(0, COL_ALERT_DETAIL)
    no_contact = board.alerts.cell(1, COL_ALERT_DETAIL)
    assert board.alerts.cell(1, 1) == "M-0001" and "No contact for 5 week" in no_contact
    assert AlertKind.FOLLOW_UP in [a.kind for a in alerts]
    matches = board.matches
    assert by_first(matches, "M-0001", COL_WEEKS) == "5"
    assert by_first(matches, "M-0002", COL_WEEKS) == "0"
    assert next(m.contacts for m in matches.rows() if m.code == "M-0001") == 3
    assert by_first(matches, "M-0002", COL_RECENT) == "2"
    assert by_first(matches, "M-0001", COL_LAST).startswith("w/c ")
    assert by_first(board.volunteers, "V-07", COL_V_CONTACTS) == "2"
    assert by_first(board.volunteers, "V-07", COL_V_HOURS) == "1.8"  # 45 + 60 minutes
    assert sum(m.contacts for m in board.month_chart.months) == 6
    assert len(board.month_chart.months) == 12
    ucla = next(o for o in board.outcome_chart.outcomes if o.measure == "ucla3")
    assert (ucla.n, ucla.mean_first, ucla.mean_latest, ucla.improved) == (1, 8, 6, True)
    assert "8.0 → 6.0, better (n=1)" in board.outcome_chart.accessibleDescription()
    assert "Matches: 2" in board.headline.text()

    # Fewer weeks before an alert: remembered in the profile.
    board.weeks.setValue(1)
    wait_all(qtbot, window)
    assert board.matches.no_contact_weeks == 1
    store = area.profile.store
    with store.session() as s:
        assert get_setting(s, "coordinator.no_contact_weeks", "") == "1"
    assert_accessible(area, "coordinator")


def test_revoke_asks_first_then_refuses_the_device(
    qtbot: QtBot, window: MainWindow, area: CoordinatorArea, scheme: Scheme
) -> None:
    tab, devices = area.importing, area.devices
    assert tab is not None and devices is not None
    tab.import_paths([scheme.strangers.parent])  # a folder: the bundles directly inside it
    wait_all(qtbot, window)
    assert column(tab.model, COL_RESULT) == ["Held"]
    assert devices.select_device(scheme.stranger.id)
    box = devices.ask_revoke()
    assert box is not None
    assert "1 held bundle" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    wait_all(qtbot, window)
    assert devices.model.row(0).status == "pending"
    box = devices.ask_revoke()
    assert box is not None
    revoke = next(b for b in box.buttons() if b.text() == "&Revoke")
    revoke.click()
    wait_all(qtbot, window)
    assert devices.model.row(0).status == "revoked"
    assert devices.model.cell(0, COL_STATUS) == "Revoked"
    assert devices.model.row(0).held == 0
    assert not devices.revoke_button.isEnabled() and not devices.approve_button.isEnabled()
    tab.import_paths([scheme.later])
    wait_all(qtbot, window)
    assert tab.model.cell(0, COL_RESULT) == "Rejected"
    assert "a laptop you revoked" in tab.model.cell(0, COL_REASON)


def test_import_files_says_what_became_of_each_bundle(
    qtbot: QtBot, window: MainWindow, area: CoordinatorArea, scheme: Scheme, tmp_path: Path
) -> None:
    tab = area.importing
    assert tab is not None
    damaged = write(tmp_path / "damaged.age", b"age-encryption.org/v1\n-> nonsense\n")
    tab.import_paths([damaged, scheme.first, scheme.first, tmp_path / "gone.age"])
    wait_all(qtbot, window)
    results = [tab.model.row(r) for r in range(tab.model.rowCount())]
    assert [r.status for r in results] == ["rejected", "held", "held", "rejected"]
    assert tab.model.cell(0, 0) == "damaged.age"
    assert tab.model.cell(0, COL_REASON)  # a reason in plain words, never empty
    assert "could not be read" in tab.model.cell(3, COL_REASON)
    assert "rejected" in tab.message.text()
    empty = tmp_path / "empty"
    empty.mkdir()
    tab.import_paths([empty])
    wait_all(qtbot, window)
    assert tab.message.text() == "No bundle files (.age) were found there."


def test_a_long_import_can_be_cancelled_and_keeps_what_it_imported(
    qtbot: QtBot, window: MainWindow, area: CoordinatorArea, scheme: Scheme, tmp_path: Path
) -> None:
    tab = area.importing
    assert tab is not None
    many = [write(tmp_path / "many" / f"{n:03d}.age", data) for n, data in enumerate(scheme.many)]
    started = time.monotonic()
    window.ops.run(lambda: time.sleep(0.3))  # the worker is busy: the import waits its turn
    tab.import_paths([tmp_path / "many"])
    assert tab.progress_row.isVisibleTo(tab) and tab.cancel_button.isEnabled()
    assert not tab.files_button.isEnabled()
    tab.cancel_button.click()
    wait_all(qtbot, window)
    assert time.monotonic() - started < 10
    assert tab.model.rowCount() == 0
    assert "Stopped after 0 of 12" in tab.message.text()
    assert not tab.progress_row.isVisibleTo(tab) and tab.files_button.isEnabled()
    tab.import_paths(many[:3])
    wait_all(qtbot, window)
    assert column(tab.model, COL_RESULT) == ["Held"] * 3


def test_a_watched_folder_imports_new_bundles_and_is_remembered(
    qtbot: QtBot, window: MainWindow, area: CoordinatorArea, scheme: Scheme, tmp_path: Path
) -> None:
    tab = area.importing
    assert tab is not None
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write(inbox / "first.age", scheme.first.read_bytes())
    os.utime(inbox / "first.age", (time.time() - 60, time.time() - 60))
    tab.watch(inbox)
    wait_all(qtbot, window)
    assert str(inbox) in tab.watched.text()
    assert column(tab.model, COL_RESULT) == ["Held"]
    assert tab.stop_watch_button.isVisibleTo(tab)
    with area.profile.store.session() as s:
        assert get_setting(s, "coordinator.watch_folder", "") == str(inbox)
    # A new file arrives: imported once it has settled; the old one is not read again.
    write(inbox / "second.age", scheme.second.read_bytes())
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=15_000)
    wait_all(qtbot, window)
    assert column(tab.model, COL_RESULT) == ["Held", "Held"]
    assert tab.model.cell(0, 0) == "second.age"
    tab.scan()  # nothing new: nothing added
    wait_all(qtbot, window)
    assert tab.model.rowCount() == 2

    # Lock and unlock: the folder is watched again, and what it holds is not news.
    window.lock()
    wait_all(qtbot, window)
    again = open_coordinator(qtbot, window)
    assert again.importing is not None
    assert again.importing.folder == inbox
    # Read again: still held (the device is not approved yet), and nothing doubled.
    assert column(again.importing.model, COL_RESULT) == ["Held", "Held"]
    assert again.devices is not None and again.devices.model.row(0).held == 2
    again.importing.watch(None)
    wait_all(qtbot, window)
    assert again.importing.folder is None and not again.importing.every.isActive()
    with again.profile.store.session() as s:
        assert get_setting(s, "coordinator.watch_folder", "") == ""


def test_pull_from_the_mailbox_on_the_network_worker(
    qtbot: QtBot, window: MainWindow, profiles: Profiles, tmp_path: Path
) -> None:
    from logbook.server.app import create_app
    from logbook.server.config import ServerConfig, token_hash
    from logbook.server.storage import MailboxStore
    from tests.server.harness import ThreadServer

    manager = coordinator_profile(profiles)
    with manager.unlock(COORDINATOR, PASSPHRASE) as profile:
        scheme = make_scheme(profile, tmp_path / "bundles")
    tokens = scheme.org.tokens
    config = ServerConfig(token_hash(tokens.upload), token_hash(tokens.coordinator),
                          f"sqlite:///{tmp_path / 'mailbox.sqlite3'}",
                          uploads_per_minute=1_000_000, upload_burst=1_000_000)  # fmt: skip
    store = MailboxStore(config.db_url)
    try:
        with ThreadServer(create_app(config, store)) as server:
            with manager.unlock(COORDINATOR, PASSPHRASE) as profile:
                OrganisationService(profile.store).set("mailbox_url", server.url)
            key = Ed25519PrivateKey.generate()  # the mailbox takes only signed uploads
            with MailboxClient(server.url, upload_token=tokens.upload, device_key=key) as client:
                assert client.upload(scheme.first.read_bytes())
                assert client.upload(scheme.second.read_bytes())
            area = open_coordinator(qtbot, window)
            tab = area.importing
            assert tab is not None
            assert tab.mailbox_box.isVisibleTo(tab) and tab.mailbox.text() == server.url
            tab.pull_button.click()
            assert window.ops.network().busy  # on the network worker, not the shared one
            wait_all(qtbot, window)
            assert column(tab.model, COL_RESULT) == ["Held", "Held"]
            assert all(tab.model.cell(r, 0).startswith("mailbox: ") for r in range(2))
            with MailboxClient(server.url, coordinator_token=tokens.coordinator) as client:
                assert client.list_bundles() == []  # deleted once the import committed
            tab.pull_button.click()
            wait_all(qtbot, window)
            assert tab.message.text() == "The mailbox has nothing new."
    finally:
        store.close()


def test_no_mailbox_no_pull_button(area: CoordinatorArea) -> None:
    assert area.importing is not None
    assert not area.importing.mailbox_box.isVisibleTo(area.importing)


# -- locking --------------------------------------------------------------------------------
def test_lock_discards_the_coordinator_area(
    qtbot: QtBot, window: MainWindow, area: CoordinatorArea, scheme: Scheme
) -> None:
    tab, devices, board = area.importing, area.devices, area.dashboard
    assert tab is not None and devices is not None and board is not None
    tab.import_paths([scheme.first])
    wait_all(qtbot, window)
    assert tab.model.rowCount() == 1 and devices.model.rowCount() == 1
    assert board.alerts.rowCount() >= 1
    models = (tab.model, devices.model, devices.assignments, board.alerts, board.matches,
              board.volunteers)  # fmt: skip
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    wait_all(qtbot, window)
    assert window.locked and window.work is None
    assert window.stack.currentWidget() is window.unlock_screen
    assert all(m.rowCount() == 0 for m in models)
    assert area.coordinator is None
    assert board.month_chart.months == [] and board.outcome_chart.outcomes == []
    with pytest.raises(Exception, match="locked"):
        area.profile.store.engine  # noqa: B018 - the profile itself is locked


# -- accessibility and the models on their own ---------------------------------------------------
def test_every_coordinator_control_is_named_and_reachable(
    qtbot: QtBot, window: MainWindow, area: CoordinatorArea, scheme: Scheme
) -> None:
    assert area.importing is not None and area.devices is not None
    area.importing.import_paths([scheme.first, scheme.strangers])
    wait_all(qtbot, window)
    total = 0
    for index in range(area.tabs.count()):
        area.tabs.setCurrentIndex(index)
        total += assert_accessible(area.tabs.widget(index), area.tabs.tabText(index))
    total += assert_accessible(area, "coordinator")
    area.devices.select_device(scheme.laptop.id)
    approve = area.devices.ask_approve()
    assert approve is not None
    total += assert_accessible(approve, "approve")
    approve.reject()
    assign = area.devices.ask_assign()
    total += assert_accessible(assign, "assign")
    assign.reject()
    box = area.devices.ask_revoke()
    assert box is not None
    total += assert_accessible(box, "revoke")
    box.reject()
    assert total > 25


def test_models_word_results_and_alerts_plainly() -> None:
    results = ImportResultsModel()
    results.set_rows([
        ImportResult("a" * 64, ImportStatus.IMPORTED, "", "D-1", 1, 3, 2, ("M-0099",),
                     "/x/one.age"),
        ImportResult("b" * 64, ImportStatus.HELD, "Held: device D-2 is not approved yet.", "D-2",
                     source="mailbox"),
        ImportResult("c" * 64, ImportStatus.REJECTED, "The bundle could not be decrypted.",
                     source="f.age"),
    ])  # fmt: skip
    assert column(results, 0) == ["one.age", "mailbox: bbbbbbbbbbbb", "f.age"]
    assert column(results, COL_RESULT) == ["Imported", "Held", "Rejected"]
    assert "not assigned to this device's volunteer: M-0099" in results.cell(0, COL_REASON)
    assert "approve it on the Devices tab" in results.cell(1, COL_REASON)
    assert results.cell(2, COL_REASON) == (
        "This summary is not for your organisation, or for a key it no longer has."
    )
    results.add([ImportResult("d" * 64, ImportStatus.ALREADY, "imported before", source="g.age")])
    assert results.cell(0, COL_RESULT) == "Already imported" and results.rowCount() == 4

    from logbook.coordinator.dashboard import Alert

    alerts = AlertsModel()
    alerts.set_rows([
        Alert(AlertKind.CONCERN_UNREPORTED, "M-0002", "V-07", "2026-W09", 2, 1),
        Alert(AlertKind.NO_CONTACT, "M-0001", "V-07", "2026-W02", 5),
        Alert(AlertKind.NO_CONTACT, "M-0003", "V-08"),
        Alert(AlertKind.GAP, "D-1", "V-07", detail=("epoch 1: 4, 7-9",)),
        Alert(AlertKind.PENDING_DEVICE, "D-2", count=3),
    ])  # fmt: skip
    assert alerts.cell(0, COL_ALERT_DETAIL) == (
        "2 concerns raised in the week of 23 Feb 2026, only 1 reported: ask the volunteer now"
    )
    assert alerts.cell(1, COL_ALERT_DETAIL) == (
        "No contact for 5 weeks; the last was in the week of 5 Jan 2026"
    )
    assert alerts.cell(2, COL_ALERT_DETAIL) == "No contact recorded since the code was assigned"
    assert alerts.cell(3, COL_ALERT_DETAIL) == "Bundles never received: epoch 1: 4, 7-9"
    assert alerts.cell(4, COL_ALERT_DETAIL) == "Waiting for approval; 3 bundles held until then"
    font = alerts.data(alerts.index(0, 0), Qt.ItemDataRole.FontRole)
    assert font is not None and font.bold()
    assert COL_MATCH == 0


# -- reports ----------------------------------------------------------------------------------
def test_a_report_for_an_ended_month_is_saved_in_each_format(
    qtbot: QtBot, window: MainWindow, area: CoordinatorArea, scheme: Scheme, tmp_path: Path
) -> None:
    from ui.screens.coordinator_reports import ended_periods

    assert area.reports is not None and area.importing is not None
    area.importing.import_paths([scheme.first, scheme.second])
    wait_all(qtbot, window)
    reports = area.reports
    assert_accessible(reports, "reports")
    months = ended_periods(date(2026, 11, 27), quarters=False)
    assert [p.label for p in months[:2]] == ["2026-10", "2026-09"]  # November has not ended
    quarters = ended_periods(date(2026, 11, 27), quarters=True)
    assert [p.label for p in quarters[:2]] == ["2026-Q3", "2026-Q2"]
    assert reports.period.count() == 24 + 1  # and this month so far, provisional
    reports.kind.setCurrentIndex(1)
    assert reports.period.count() == 8 and reports.period.currentText().startswith("Q")
    reports.kind.setCurrentIndex(0)
    for fmt in ("csv", "xlsx", "pdf"):
        reports.format.setCurrentIndex(reports.format.findData(fmt))
        reports.save_to(tmp_path / "funders")
        wait_all(qtbot, window)
        saved = tmp_path / f"funders.{fmt}"
        assert saved.exists(), reports.message.text()
        assert reports.message.text().startswith(f"Saved {saved}")
    assert (tmp_path / "funders.pdf").read_bytes().startswith(b"%PDF")
    assert reports.period.currentText() in (tmp_path / "funders.csv").read_text()
