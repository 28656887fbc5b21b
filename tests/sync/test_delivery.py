"""Delivery of the outbox to a real mailbox on loopback, and what each fault leaves behind:
the bundle stays in the outbox, the problem is said in plain words, and it is retried."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

import pytest

from logbook.db.models import OutboxBundle
from logbook.org.membership import MembershipService
from logbook.records.book import Logbook
from logbook.records.dto import EntryInput
from logbook.records.values import Kind
from logbook.server.app import create_app
from logbook.server.config import ServerConfig, token_hash
from logbook.server.storage import MailboxStore
from logbook.sync.deliver import DeliveryService
from logbook.sync.mailbox_client import MailboxClient
from logbook.sync.outbox import OutboxService
from tests.core.test_mailbox_client import self_signed  # noqa: F401 - the fixture
from tests.organisation import Org
from tests.server.harness import ThreadServer

MONDAY = date(2026, 11, 2)


@contextmanager
def mailbox_for(org: Org, folder: Path, **server: object) -> Iterator[ThreadServer]:
    config = ServerConfig(
        enrolment_token_sha256=token_hash(org.tokens.upload),
        coordinator_token_sha256=token_hash(org.tokens.coordinator),
        db_url=f"sqlite:///{folder / 'mailbox.sqlite3'}",
        uploads_per_minute=10_000,
        upload_burst=10_000,
    )
    store = MailboxStore(config.db_url)
    try:
        with ThreadServer(create_app(config, store), **server) as running:
            yield running
    finally:
        store.close()


def enrol_with_mailbox(book: Logbook, org: Org, url: str) -> DeliveryService:
    org.service.set("mailbox_url", url)
    MembershipService(book.store).enroll(org.service.enrolment_file(), org.fingerprint)
    book.matches.add("M-0042", "Mrs Jones", MONDAY - timedelta(days=30))
    book.entries.add(
        EntryInput(kind=Kind.VISIT, occurred_on=MONDAY, match_code="M-0042", minutes=45)
    )
    return DeliveryService(
        book.store, lambda u, t: MailboxClient(u, upload_token=t, timeout=1, connect_timeout=1)
    )


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def pending_row(book: Logbook) -> OutboxBundle:
    with book.store.session() as s:
        [row] = s.query(OutboxBundle).filter(OutboxBundle.delivered_at.is_(None)).all()
        s.expunge(row)
        return row


def test_delivers_to_the_mailbox_and_redelivery_is_harmless(
    book: Logbook, org: Org, tmp_path: Path
) -> None:
    with mailbox_for(org, tmp_path) as server:
        delivery = enrol_with_mailbox(book, org, server.url)
        OutboxService(book.store).seal_changes()
        report = delivery.deliver()
        assert len(report.delivered) == 1 and report.errors == []
        [item] = report.delivered
        data = delivery.outbox.data(item.id)
        with MailboxClient(server.url, coordinator_token=org.tokens.coordinator) as coord:
            [stored] = coord.list_bundles()
            assert stored.sha256 == item.sha256 and coord.fetch(item.sha256) == data
        key = MembershipService(book.store).device_key()
        with MailboxClient(server.url, upload_token=org.tokens.upload, device_key=key) as again:
            assert again.upload(data) is False  # already had it: one copy, no error
        status = delivery.outbox.status()
        assert status.pending == 0 and status.last_delivery is not None


def test_unreachable_mailbox_keeps_the_bundle_and_retries_later(
    book: Logbook, org: Org, tmp_path: Path
) -> None:
    port = closed_port()
    delivery = enrol_with_mailbox(book, org, f"http://127.0.0.1:{port}")
    OutboxService(book.store).seal_changes()
    report = delivery.deliver()
    assert report.delivered == [] and "could not be reached" in report.errors[0]
    row = pending_row(book)
    assert row.attempts == 1 and row.next_attempt_at is not None
    assert "stays in the outbox" in (delivery.outbox.status().last_error or "")
    # The app's automatic runs wait for the back-off; an explicit `logbook sync` does not.
    assert delivery.deliver(respect_backoff=True).skipped == 1
    assert pending_row(book).attempts == 1


def test_server_errors_timeouts_and_silence_keep_the_bundle(book: Logbook, org: Org) -> None:
    answers = {"503": b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n", "": b""}
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    mode = {"answer": "503"}
    held: list[socket.socket] = []

    def serve() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            held.append(conn)  # read nothing, maybe answer, never close early
            if answers[mode["answer"]]:
                conn.recv(65536)
                conn.sendall(answers[mode["answer"]])

    threading.Thread(target=serve, daemon=True).start()
    try:
        delivery = enrol_with_mailbox(book, org, f"http://127.0.0.1:{listener.getsockname()[1]}")
        OutboxService(book.store).seal_changes()
        report = delivery.deliver()
        assert "had a problem" in report.errors[0] and "503" in report.errors[0]
        mode["answer"] = ""  # accepts the connection and never answers
        report = delivery.deliver()
        assert "did not answer in time" in report.errors[0]
        assert pending_row(book).attempts == 2
    finally:
        listener.close()
        for conn in held:
            conn.close()


def test_an_unverifiable_certificate_keeps_the_bundle(
    book: Logbook,
    org: Org,
    tmp_path: Path,
    self_signed: tuple[Path, Path],  # noqa: F811
) -> None:
    cert, key = self_signed
    with mailbox_for(org, tmp_path, ssl_certfile=str(cert), ssl_keyfile=str(key)) as server:
        delivery = enrol_with_mailbox(book, org, server.url.replace("127.0.0.1", "localhost"))
        OutboxService(book.store).seal_changes()
        report = delivery.deliver()
    assert "certificate could not be verified" in report.errors[0]
    assert pending_row(book).attempts == 1


def test_a_shared_folder_is_the_fallback_when_the_mailbox_is_down(
    book: Logbook, org: Org, tmp_path: Path
) -> None:
    delivery = enrol_with_mailbox(book, org, f"http://127.0.0.1:{closed_port()}")
    shared = tmp_path / "shared"
    shared.mkdir()
    delivery.set_folder(shared)
    OutboxService(book.store).seal_changes()
    report = delivery.deliver()
    assert len(report.delivered) == 1
    assert [p.suffix for p in shared.iterdir()] == [".age"]
    assert OutboxService(book.store).items()[0].delivered_via == "folder"


def test_signed_updates_are_fetched_from_the_mailbox(
    book: Logbook, org: Org, tmp_path: Path
) -> None:
    with mailbox_for(org, tmp_path) as server:
        delivery = enrol_with_mailbox(book, org, server.url)
        org.service.set("topics", "Health, Housing")
        with MailboxClient(server.url, coordinator_token=org.tokens.coordinator) as coord:
            coord.post_notice("*", b'{"format": "logbook.enrolment/1", "payload": "", "sig": ""}')
            coord.post_notice("*", org.service.enrolment_file())
        assert delivery.fetch_updates() == 1
        assert delivery.fetch_updates() == 0  # seen already
    current = MembershipService(book.store).current()
    assert current is not None and current.payload.settings.topics == ["Health", "Housing"]


@pytest.mark.parametrize("url", ["http://example.org", "ftp://127.0.0.1"])
def test_an_unsafe_mailbox_address_is_refused_at_the_source(org: Org, url: str) -> None:
    from logbook.errors import InvalidValue

    with pytest.raises(InvalidValue, match="mailbox_url"):
        org.service.set("mailbox_url", url)
