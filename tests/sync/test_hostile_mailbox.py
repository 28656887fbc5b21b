"""A hostile mailbox (odd Retry-After, deeply nested JSON) is a delivery failure, not a crash."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from logbook.coordinator.service import Coordinator
from logbook.records.book import Logbook
from logbook.sync.mailbox_client import DeliveryFailed
from logbook.sync.outbox import OutboxService
from logbook.vault.profiles import UnlockedProfile
from tests.organisation import Org
from tests.sync.test_delivery import enrol_with_mailbox

NESTED = b"[" * 30_000 + b"]" * 30_000


@contextmanager
def hostile(status: int, body: bytes, headers: dict[str, str]) -> Iterator[str]:
    """A loopback HTTP server giving the same hostile answer to every request."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_DELETE = _answer

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(
    ("status", "body", "headers"),
    [(429, b"{}", {"Retry-After": "²"}), (503, b"", {"Retry-After": "¹³"}), (201, NESTED, {})],
)
def test_delivery_to_a_hostile_mailbox_fails_in_plain_words(
    book: Logbook, org: Org, status: int, body: bytes, headers: dict[str, str]
) -> None:
    with hostile(status, body, headers) as url:
        delivery = enrol_with_mailbox(book, org, url)
        OutboxService(book.store).seal_changes()
        report = delivery.deliver()
    assert report.delivered == [] and len(report.failed) == 1
    (error,) = report.errors
    assert error.startswith("The mailbox") and "outbox" in error and "Error" not in error
    assert OutboxService(book.store).items(pending_only=True)  # still there, to send later


def test_the_coordinators_pull_from_a_hostile_mailbox_fails_in_plain_words(
    coordinator: UnlockedProfile, org: Org, tmp_path: Path
) -> None:
    with hostile(200, NESTED, {}) as url:
        org.service.set("mailbox_url", url)
        with Coordinator(coordinator.store) as work, pytest.raises(DeliveryFailed) as caught:
            work.import_from_mailbox()
    assert str(caught.value) == "The mailbox gave an answer that could not be understood."
