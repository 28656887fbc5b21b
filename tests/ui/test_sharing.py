"""The Sharing tab: joining an organisation, the preview, and delivering summaries."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from logbook.bundle.read import read_bundle
from logbook.org.membership import MembershipService
from logbook.records.dto import EntryInput
from logbook.records.values import Kind, Mode
from logbook.sync.mailbox_client import MailboxClient
from logbook.sync.outbox import OutboxService
from tests.conftest import Profiles
from tests.organisation import Org
from tests.ui.conftest import unlock, wait_ops
from tests.ui.test_accessibility import assert_accessible
from ui.main_window import MainWindow
from ui.screens.sharing import EnrolDialog, SharingScreen
from ui.screens.workarea import WorkArea
from ui.weeks import week_text

CANARIES = ("Zebedee Canaryname", "canary-note-text", "Canary Street 12", "my-canary-tag")


def wait_all(qtbot: QtBot, window: MainWindow) -> None:
    """Both workers idle: the shared one, and the network one deliveries run on."""
    qtbot.waitUntil(lambda: not window.ops.busy and not window.ops.network().busy, timeout=20_000)
    wait_ops(qtbot, window.ops)


def open_sharing(qtbot: QtBot, window: MainWindow, profiles: Profiles) -> WorkArea:
    unlock(qtbot, window, profiles.passphrase)
    work = window.work
    assert work is not None
    work.tabs.setCurrentWidget(work.sharing)
    wait_ops(qtbot, window.ops)
    return work


def offer(qtbot: QtBot, window: MainWindow, sharing: SharingScreen, path: Path) -> EnrolDialog:
    sharing.join_from(path)
    wait_ops(qtbot, window.ops)
    dialog = sharing.enrol_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def join(qtbot: QtBot, window: MainWindow, work: WorkArea, enrolment: bytes, tmp: Path) -> None:
    path = tmp / "hilltop.enrol"
    path.write_bytes(enrolment)
    dialog = offer(qtbot, window, work.sharing, path)
    dialog.typed.setText(MembershipService(work.book.store).read(enrolment).fingerprint)
    dialog.confirm_button.click()
    wait_ops(qtbot, window.ops)
    assert work.sharing.enrolment is not None


def add_visit(work: WorkArea, **kw: object) -> None:
    if "M-0042" not in {m.code for m in work.book.matches.list()}:
        work.book.matches.add("M-0042", CANARIES[0], date(2026, 1, 5))
    fields: dict[str, object] = dict(
        kind=Kind.VISIT, occurred_on=date(2026, 2, 10), match_code="M-0042", minutes=50,
        mode=Mode.IN_PERSON, place=CANARIES[2], seemed=4, notes=CANARIES[1],
        activities=("Walk", CANARIES[3]), topics=("Health",), follow_up=True,
    )  # fmt: skip
    fields.update(kw)
    work.book.entries.add(EntryInput(**fields))  # type: ignore[arg-type]
    work.changed()


def cells(sharing: SharingScreen) -> list[list[str]]:
    model = sharing.model
    return [
        [str(model.data(model.index(r, c)) or "") for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_joining_after_confirming_the_fingerprint(
    qtbot: QtBot, window: MainWindow, profiles: Profiles, org: Org, tmp_path: Path
) -> None:
    org.service.set("policy.retention_months", "36")
    enrolment = org.service.enrolment_file()
    work = open_sharing(qtbot, window, profiles)
    sharing = work.sharing
    assert sharing.org_pages.currentIndex() == 0
    assert not sharing.send_button.isEnabled()
    path = tmp_path / "hilltop.enrol"
    path.write_bytes(enrolment)
    dialog = offer(qtbot, window, sharing, path)
    assert_accessible(dialog, "enrol")
    assert dialog.subject.text() == "Hilltop Befriending"
    assert not dialog.confirm_button.isEnabled()  # Enter alone never joins
    qtbot.keyClicks(dialog.typed, org.fingerprint.lower().replace(" ", "-"))
    qtbot.keyClick(dialog.typed, Qt.Key.Key_Return)
    wait_ops(qtbot, window.ops)

    device = MembershipService(work.book.store).device()
    assert device is not None and MembershipService(work.book.store).current() is not None
    assert sharing.org_pages.currentIndex() == 1
    assert sharing.org_name.text() == "Hilltop Befriending"
    assert sharing.device_fingerprint.text() == device.fingerprint
    assert device.fingerprint in sharing.message.text()
    assert sharing.device_fingerprint.textInteractionFlags() & (
        Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    assert_accessible(sharing, "sharing")
    # The organisation's settings apply: contact, keeping period, tag lists.
    assert work.concerns.contact == "Safeguarding lead, 01234 567890"
    assert work.matches.model.retention_months == 36
    assert not work.settings.retention.isEnabled()
    assert {"Walk", "Health"} <= {t.name for t in work._tags}
    # ... and again after a lock and an unlock.
    window.lock()
    unlock(qtbot, window, profiles.passphrase)
    work = window.work
    assert work is not None
    assert work.concerns.contact == "Safeguarding lead, 01234 567890"
    assert work.matches.model.retention_months == 36
    assert work.sharing.org_pages.currentIndex() == 1


def test_saying_no_changes_nothing(
    qtbot: QtBot, window: MainWindow, profiles: Profiles, org: Org, tmp_path: Path
) -> None:
    work = open_sharing(qtbot, window, profiles)
    path = tmp_path / "hilltop.enrol"
    path.write_bytes(org.enrolment)
    offer(qtbot, window, work.sharing, path).cancel_button.click()
    wait_ops(qtbot, window.ops)
    membership = MembershipService(work.book.store)
    assert membership.current() is None and membership.device() is None
    assert "nothing was changed" in work.sharing.message.text()
    assert work.sharing.org_pages.currentIndex() == 0
    assert work.concerns.contact is None


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (lambda data: b"not an enrolment file at all", "damaged or not a signed logbook file"),
        (lambda data: data.replace(b'"sig": "', b'"sig": "AAAA', 1), "signature"),
        (lambda data: json.dumps({**json.loads(data), "sig": ""}).encode(), "unsigned"),
    ],
)
def test_a_damaged_or_unsigned_file_is_refused_in_plain_words(
    qtbot: QtBot, window: MainWindow, profiles: Profiles, org: Org, tmp_path: Path,
    damage: object, expected: str,
) -> None:  # fmt: skip
    work = open_sharing(qtbot, window, profiles)
    path = tmp_path / "bad.enrol"
    path.write_bytes(damage(org.enrolment))  # type: ignore[operator]
    work.sharing.join_from(path)
    wait_ops(qtbot, window.ops)
    assert work.sharing.enrol_dialog is None
    assert expected in work.sharing.message.text()
    assert "Traceback" not in work.sharing.message.text()
    assert MembershipService(work.book.store).current() is None


def test_preview_shows_a_saved_visit_and_never_private_text(
    qtbot: QtBot, window: MainWindow, profiles: Profiles, org: Org, tmp_path: Path
) -> None:
    work = open_sharing(qtbot, window, profiles)
    assert work.sharing.table_page.currentWidget() is work.sharing.empty
    join(qtbot, window, work, org.enrolment, tmp_path)
    add_visit(work)
    wait_ops(qtbot, window.ops)
    sharing = work.sharing
    rows = [[text.replace("\u00a0", " ") for text in row] for row in cells(sharing)]
    assert ["week of 9 Feb 2026", "M-0042", "1 visit in person", "45 min", "Walk (1), Health (1)",
            "4 of 5 (n=1)", "", "", "1", ""] in rows  # fmt: skip
    shown = json.loads(sharing.json.toPlainText())
    expected = OutboxService(work.book.store).preview()
    assert shown == json.loads(expected.model_dump_json(exclude_none=True))
    assert [week_text(w["week"]) for w in shown["weeks"]] == [r[0] for r in rows]
    assert "Never sent: names, notes, places" in sharing.never_sent.text()

    sharing.all_weeks.setChecked(True)
    wait_ops(qtbot, window.ops)
    model = sharing.model
    everything = [sharing.json.toPlainText(), sharing.never_sent.text()]
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                everything.append(str(model.data(model.index(r, c), role) or ""))
    text = "\n".join(everything)
    assert "M-0042" in text
    for canary in CANARIES:
        assert canary not in text


def test_policy_switches_are_named_under_the_preview(
    qtbot: QtBot, window: MainWindow, profiles: Profiles, org: Org, tmp_path: Path
) -> None:
    org.service.set("policy.off", "minutes,wellbeing")
    work = open_sharing(qtbot, window, profiles)
    join(qtbot, window, work, org.service.enrolment_file(), tmp_path)
    add_visit(work)
    wait_ops(qtbot, window.ops)
    assert "leaves out: minutes, your own wellbeing" in work.sharing.never_sent.text()
    assert cells(work.sharing)[0][3] == ""  # no minutes
    assert not work.sharing.share_wellbeing.isEnabled()


def test_save_as_file_writes_a_bundle_and_empties_the_outbox(
    qtbot: QtBot, window: MainWindow, profiles: Profiles, org: Org, tmp_path: Path
) -> None:
    work = open_sharing(qtbot, window, profiles)
    join(qtbot, window, work, org.enrolment, tmp_path)
    add_visit(work)
    out = tmp_path / "usb"
    out.mkdir()
    work.sharing.save_to(out)
    wait_ops(qtbot, window.ops)
    files = list(out.glob("*.age"))
    assert len(files) == 1
    payload = read_bundle(files[0].read_bytes(), org.identity)
    assert [w.week for w in payload.summary.weeks] == ["2026-W07"]
    assert OutboxService(work.book.store).status().pending == 0
    assert work.sharing.pending.text() == "nothing"
    assert work.sharing.last_sent.text() != "never"
    assert work.sharing.table_page.currentWidget() is work.sharing.empty
    assert "Saved" in work.sharing.message.text()


def test_delivery_into_a_shared_folder_by_hand_and_automatically(
    qtbot: QtBot, window: MainWindow, profiles: Profiles, org: Org, tmp_path: Path
) -> None:
    work = open_sharing(qtbot, window, profiles)
    sharing = work.sharing
    join(qtbot, window, work, org.enrolment, tmp_path)
    shared = tmp_path / "shared"
    shared.mkdir()
    sharing.use_folder(shared)
    wait_ops(qtbot, window.ops)
    assert sharing.folder.text() == str(shared.resolve())
    add_visit(work)
    wait_ops(qtbot, window.ops)
    sharing.send_now()
    wait_all(qtbot, window)
    assert len(list(shared.glob("*.age"))) == 1
    assert sharing.message.text() == "Sent to your organisation."
    assert sharing.pending.text() == "nothing"

    add_visit(work, occurred_on=date(2026, 2, 17), minutes=30)
    assert sharing.soon.isActive() and sharing.every.isActive()
    sharing.sync_automatically()  # what the timer does
    wait_all(qtbot, window)
    assert len(list(shared.glob("*.age"))) == 2
    assert sharing.pending.text() == "nothing"

    sharing.stop_folder_button.click()
    wait_ops(qtbot, window.ops)
    assert sharing.folder.text() == "none" and not sharing.stop_folder_button.isEnabled()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


def test_an_unreachable_mailbox_is_shown_in_plain_words(
    qtbot: QtBot, window: MainWindow, profiles: Profiles, org: Org, tmp_path: Path
) -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    org.service.set("mailbox_url", url)
    work = open_sharing(qtbot, window, profiles)
    sharing = work.sharing
    join(qtbot, window, work, org.service.enrolment_file(), tmp_path)
    assert sharing.mailbox.text() == url
    add_visit(work)
    wait_ops(qtbot, window.ops)
    sharing.send_now()
    wait_all(qtbot, window)
    assert "could not be reached (connection refused)" in sharing.message.text()
    assert sharing.pending.text() == "1"
    assert "connection refused" in sharing.problem.text()
    assert sharing.problem.isVisibleTo(sharing) and sharing.next_try.isVisibleTo(sharing)
    assert sharing.next_try.text()
    assert sharing.send_button.isEnabled()


class SilentMailbox:
    """Accepts connections and never answers, like a server hanging on a bad network."""

    def __init__(self) -> None:
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen()
        self.port = self.server.getsockname()[1]
        self.accepted: list[socket.socket] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            self.accepted.append(conn)

    def close(self) -> None:
        self.server.close()
        for conn in self.accepted:
            conn.close()


@pytest.fixture
def silent_mailbox() -> Iterator[SilentMailbox]:
    mailbox = SilentMailbox()
    yield mailbox
    mailbox.close()


def test_the_app_stays_responsive_while_a_delivery_hangs(
    qtbot: QtBot, window: MainWindow, profiles: Profiles, org: Org, tmp_path: Path,
    silent_mailbox: SilentMailbox,
) -> None:  # fmt: skip
    org.service.set("mailbox_url", f"http://127.0.0.1:{silent_mailbox.port}")
    work = open_sharing(qtbot, window, profiles)
    sharing = work.sharing
    sharing.client_factory = lambda url, token: MailboxClient(
        url, upload_token=token, timeout=4, connect_timeout=2
    )
    join(qtbot, window, work, org.service.enrolment_file(), tmp_path)
    MembershipService(work.book.store).set_auto_send(True)  # as after a first send by hand
    work.sharing.reload()
    add_visit(work)
    wait_ops(qtbot, window.ops)
    net = window.ops.network()
    sharing.send_now()
    qtbot.waitUntil(lambda: bool(silent_mailbox.accepted) and net.busy, timeout=5_000)
    assert not sharing.send_button.isEnabled()
    assert "sending" in sharing.pending.text()

    editor = work.new_entry(Kind.REFLECTION)
    editor.notes.setPlainText("Saved while the mailbox hangs")
    started = time.monotonic()
    editor.save()
    qtbot.waitUntil(lambda: not window.ops.busy, timeout=3_000)
    assert time.monotonic() - started < 2
    assert net.busy  # the delivery is still waiting, and the save did not wait for it
    assert work.book.entries.list().total == 2

    wait_all(qtbot, window)
    assert "did not answer in time" in sharing.message.text()
    assert sharing.pending.text() == "1" and sharing.send_button.isEnabled()


def test_locking_during_a_delivery_does_not_wait_for_it(
    qtbot: QtBot, window: MainWindow, profiles: Profiles, org: Org, tmp_path: Path,
    silent_mailbox: SilentMailbox,
) -> None:  # fmt: skip
    org.service.set("mailbox_url", f"http://127.0.0.1:{silent_mailbox.port}")
    work = open_sharing(qtbot, window, profiles)
    work.sharing.client_factory = lambda url, token: MailboxClient(
        url, upload_token=token, timeout=3, connect_timeout=2
    )
    join(qtbot, window, work, org.service.enrolment_file(), tmp_path)
    MembershipService(work.book.store).set_auto_send(True)  # as after a first send by hand
    work.sharing.reload()
    add_visit(work)
    wait_ops(qtbot, window.ops)
    net = window.ops.network()
    work.sharing.sync_automatically()
    qtbot.waitUntil(lambda: bool(silent_mailbox.accepted) and net.busy, timeout=5_000)
    started = time.monotonic()
    window.lock()
    assert time.monotonic() - started < 1 and window.locked and net.busy
    wait_all(qtbot, window)  # the delivery ends on its own; its result is dropped
    unlock(qtbot, window, profiles.passphrase)
    assert window.work is not None
    assert OutboxService(window.work.book.store).status().pending == 1


def test_an_update_from_the_organisation_applies_at_once(
    qtbot: QtBot, window: MainWindow, profiles: Profiles, org: Org, tmp_path: Path
) -> None:
    work = open_sharing(qtbot, window, profiles)
    sharing = work.sharing
    join(qtbot, window, work, org.enrolment, tmp_path)
    org.service.set("safeguarding_contact", "Sam Okoye, 01632 960 999")
    update = tmp_path / "update.enrol"
    update.write_bytes(org.service.enrolment_file())
    sharing.update_from(update)
    wait_ops(qtbot, window.ops)
    assert "updated" in sharing.message.text()
    assert sharing.contact.text() == "Sam Okoye, 01632 960 999"
    assert work.concerns.contact == "Sam Okoye, 01632 960 999"
    sharing.update_from(update)
    wait_ops(qtbot, window.ops)
    assert "already have this update" in sharing.message.text()
    sharing.update_from(tmp_path / "missing.enrol")
    wait_ops(qtbot, window.ops)
    assert "Cannot read" in sharing.message.text()
    assert sharing.contact.text() == "Sam Okoye, 01632 960 999"


def test_nothing_is_sent_automatically_before_a_first_send_by_hand(
    qtbot: QtBot, window: MainWindow, profiles: Profiles, org: Org, tmp_path: Path
) -> None:
    work = open_sharing(qtbot, window, profiles)
    sharing = work.sharing
    join(qtbot, window, work, org.enrolment, tmp_path)
    shared = tmp_path / "shared"
    shared.mkdir()
    sharing.use_folder(shared)
    add_visit(work)
    wait_ops(qtbot, window.ops)
    assert not sharing.auto_send.isEnabled() and not sharing.auto_send.isChecked()
    sharing.sync_automatically()  # the timer fires: the volunteer has not looked yet
    wait_all(qtbot, window)
    assert list(shared.glob("*.age")) == []
    sharing.send_now()
    wait_all(qtbot, window)
    assert sharing.auto_send.isEnabled() and sharing.auto_send.isChecked()
    sharing.auto_send.setChecked(False)  # the volunteer turns it off
    wait_ops(qtbot, window.ops)
    add_visit(work, occurred_on=date(2026, 2, 17), minutes=30)
    sharing.sync_automatically()
    wait_all(qtbot, window)
    assert len(list(shared.glob("*.age"))) == 1


def test_what_the_coordinator_said_is_shown(
    qtbot: QtBot, window: MainWindow, profiles: Profiles, org: Org, tmp_path: Path
) -> None:
    from logbook.profile_settings import LAST_RECEIPT

    work = open_sharing(qtbot, window, profiles)
    join(qtbot, window, work, org.enrolment, tmp_path)
    assert not work.sharing.receipt.isVisibleTo(work.sharing)
    receipt = {"device_id": "D-X", "sha256": "0" * 64, "status": "held", "reason": "pending"}
    work.book.store.write(LAST_RECEIPT, json.dumps(receipt))  # as fetch_updates keeps one
    work.sharing.reload()
    wait_ops(qtbot, window.ops)
    assert "until they approve this laptop" in work.sharing.receipt.text()
    assert work.sharing.receipt.isVisibleTo(work.sharing)


def test_a_concern_raised_shows_in_the_preview_at_once(
    qtbot: QtBot, window: MainWindow, profiles: Profiles, org: Org, tmp_path: Path
) -> None:
    from logbook.records.dto import ConcernInput

    work = open_sharing(qtbot, window, profiles)
    join(qtbot, window, work, org.enrolment, tmp_path)
    add_visit(work)
    wait_ops(qtbot, window.ops)
    sharing = work.sharing
    (row,) = [r for r in cells(sharing) if r[1] == "M-0042"]
    assert row[7] == ""  # no concern that week
    # Raised as the Safeguarding tab saves one: through the app's own mutation path.
    book = work.book
    window.ops.mutate(
        lambda: book.concerns.add(ConcernInput("M-0042", date(2026, 2, 10), "canary-concern-text")),
        owner=work,
    )
    qtbot.waitUntil(
        lambda: (
            [r[7].replace("\u00a0", " ") for r in cells(sharing) if r[1] == "M-0042"]
            == ["1 raised, 0 reported"]
        ),
        timeout=10_000,
    )
