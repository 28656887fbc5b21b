"""The mailbox client against real servers: every fault is a DeliveryFailed in plain words.

Faults come from real sockets: a closed port, a listener that never answers, a stdlib HTTP
server answering what a test asks, a TLS server with a self-signed certificate, and the real
mailbox (uvicorn in a thread) for tokens, sizes and the rate limit.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import ipaddress
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from logbook.errors import InvalidValue
from logbook.server import app as app_module
from logbook.server.app import create_app
from logbook.server.storage import MailboxStore
from logbook.sync.mailbox_client import STAYS_IN_OUTBOX, DeliveryFailed, MailboxClient
from logbook.sync.urls import require_safe_url
from tests.server.harness import (
    COORDINATOR_TOKEN,
    DEVICE,
    UPLOAD_TOKEN,
    Device,
    Mailbox,
    ThreadServer,
    age_bundle,
    running_mailbox,
    server_config,
)

SHA = "a" * 64


def client(url: str, device: Device = DEVICE, **options: Any) -> MailboxClient:
    """Both tokens and a device key: a volunteer's device and the coordinator in one."""
    return MailboxClient(
        url,
        upload_token=UPLOAD_TOKEN,
        coordinator_token=COORDINATOR_TOKEN,
        device_key=device.key,
        **options,
    )


def assert_plain(failure: DeliveryFailed) -> None:
    text = str(failure)
    assert text[0].isupper() and text.endswith(".")
    assert UPLOAD_TOKEN not in text and COORDINATOR_TOKEN not in text
    assert "httpx" not in text.lower() and "Error" not in text


# -- servers ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def mailbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Mailbox]:
    url = f"sqlite:///{tmp_path_factory.mktemp('client') / 'mailbox.sqlite3'}"
    with running_mailbox(url, max_bundle_bytes=64 * 1024) as box:
        yield box


@pytest.fixture
def box(mailbox: Mailbox) -> Mailbox:
    mailbox.reset()
    return mailbox


class Answer:
    """What the stdlib test server sends back, whatever it is asked."""

    def __init__(
        self,
        status: int = 200,
        body: bytes = b"",
        delay: float = 0.0,
        headers: dict[str, str] | None = None,
    ) -> None:
        self.status = status
        self.body = body
        self.delay = delay
        self.headers = headers or {}


@pytest.fixture
def fake() -> Iterator[tuple[str, Answer]]:
    """A plain HTTP server on loopback answering `Answer` to every request."""
    answer = Answer()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            time.sleep(answer.delay)
            self.send_response(answer.status)
            for name, value in answer.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            with contextlib.suppress(OSError):  # the client gave up on a slow answer
                self.wfile.write(answer.body)

        do_GET = do_POST = do_DELETE = _answer

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", answer
    httpd.shutdown()
    httpd.server_close()


def failure_of(call: Callable[[], object]) -> DeliveryFailed:
    with pytest.raises(DeliveryFailed) as caught:
        call()
    assert_plain(caught.value)
    return caught.value


# -- the round trip -----------------------------------------------------------------------------


def test_every_call_against_the_real_mailbox(box: Mailbox) -> None:
    data = age_bundle(5000)
    sha = hashlib.sha256(data).hexdigest()
    with client(box.url + "/") as mb:
        assert mb.upload(data) is True
        assert mb.upload(data) is False
        [info] = mb.list_bundles()
        assert (info.sha256, info.size) == (sha, len(data))
        assert info.received_at.tzinfo is not None
        assert abs(info.received_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=1)
        assert mb.fetch(sha) == data
        assert mb.post_notice(DEVICE.id, b"receipt") is True
        assert mb.post_notice(DEVICE.id, b"receipt") is False
        assert mb.post_notice("*", b"update") is True
        got = mb.notices(DEVICE.id)
        assert [(n.audience, n.data) for n in got] == [
            (DEVICE.id, b"receipt"),
            ("*", b"update"),
        ]
        assert [n.data for n in mb.notices(DEVICE.id, after=got[0].id)] == [b"update"]
        assert mb.delete(sha) is True
        assert mb.delete(sha) is False
        assert mb.list_bundles() == []
        gone = failure_of(lambda: mb.fetch(sha))
        assert gone.status == 404 and not gone.retryable


def test_list_bundles_reads_every_page(box: Mailbox, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_module, "LIST_LIMIT", 3)
    sent = [age_bundle(400) for _ in range(7)]
    with client(box.url) as mb:
        for data in sent:
            mb.upload(data)
        assert [b.sha256 for b in mb.list_bundles()] == [
            hashlib.sha256(d).hexdigest() for d in sent
        ]


def test_a_new_device_registers_by_itself_then_signs(box: Mailbox) -> None:
    """The first upload of an unknown device registers its key with the upload token."""
    newcomer = Device()
    with client(box.url) as coordinator:
        coordinator.post_notice(newcomer.id, b"for the newcomer")
        coordinator.post_notice(DEVICE.id, b"for another device")
        coordinator.post_notice("*", b"hello all")
    with MailboxClient(box.url, upload_token=UPLOAD_TOKEN, device_key=newcomer.key) as volunteer:
        assert [n.data for n in volunteer.notices(newcomer.id)] == [
            b"for the newcomer",
            b"hello all",
        ]
        assert volunteer.upload(age_bundle()) is True
        refused = failure_of(lambda: volunteer.notices(DEVICE.id))
        assert refused.status == 403 and not refused.retryable
        with pytest.raises(InvalidValue, match="coordinator token"):
            volunteer.list_bundles()
    stored = box.store.device(newcomer.id)
    assert stored is not None and stored.status == "pending"


def test_a_revoked_device_is_told_so_in_plain_words(box: Mailbox) -> None:
    with client(box.url) as mb:
        assert mb.post_device_statuses([(DEVICE.public, "revoked")]) == {DEVICE.id: "revoked"}
        failure = failure_of(lambda: mb.upload(age_bundle()))
    assert str(failure) == (
        "The organisation has revoked this device, so the mailbox refuses it; ask your coordinator."
    )
    assert not failure.retryable and failure.status == 403


def test_a_revoked_device_registering_again_is_told_it_is_revoked(box: Mailbox) -> None:
    with client(box.url) as mb:
        mb.post_device_statuses([(DEVICE.public, "revoked")])
        failure = failure_of(mb.register)
    assert str(failure).startswith("The organisation has revoked this device")
    assert failure.status == 403 and not failure.retryable


def test_without_a_device_key_nothing_is_sent(box: Mailbox) -> None:
    with MailboxClient(box.url, upload_token=UPLOAD_TOKEN) as mb:
        with pytest.raises(InvalidValue, match="device key"):
            mb.upload(age_bundle())


# -- faults -----------------------------------------------------------------------------------


def test_connection_refused() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with client(f"http://127.0.0.1:{port}") as mb:
        failure = failure_of(lambda: mb.upload(age_bundle()))
    assert str(failure) == (
        "The mailbox could not be reached (connection refused). "
        "The summary stays in the outbox and will be sent later."
    )
    assert failure.retryable and failure.status is None


def test_server_error_5xx(fake: tuple[str, Answer]) -> None:
    url, answer = fake
    answer.status, answer.body = 503, b"<h1>Service Unavailable</h1>"
    with client(url) as mb:
        failure = failure_of(lambda: mb.upload(age_bundle()))
        assert str(failure) == f"The mailbox had a problem (HTTP 503). {STAYS_IN_OUTBOX}"
        assert failure.retryable and failure.status == 503
        assert failure_of(mb.list_bundles).retryable


def test_a_slow_server_exceeds_the_read_timeout(fake: tuple[str, Answer]) -> None:
    url, answer = fake
    answer.delay = 1.5
    with client(url, timeout=0.3) as mb:
        started = time.monotonic()
        failure = failure_of(mb.list_bundles)
    assert time.monotonic() - started < 1.4
    assert str(failure) == "The mailbox did not answer in time."
    assert failure.retryable


def test_a_server_that_accepts_and_never_answers() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)  # the kernel completes the handshake; nobody ever reads or writes
        port = listener.getsockname()[1]
        with client(f"http://127.0.0.1:{port}", timeout=0.3, connect_timeout=0.3) as mb:
            failure = failure_of(lambda: mb.upload(age_bundle()))
    assert str(failure) == f"The mailbox did not answer in time. {STAYS_IN_OUTBOX}"
    assert failure.retryable


def test_garbage_instead_of_an_answer(fake: tuple[str, Answer]) -> None:
    url, answer = fake
    answer.status, answer.body = 201, b"<html>captive portal</html>"
    with client(url) as mb:
        upload = failure_of(lambda: mb.upload(age_bundle()))
        assert str(upload).startswith("The mailbox gave an answer that could not be understood.")
        assert upload.retryable
        answer.status = 200
        assert failure_of(mb.list_bundles).retryable
        assert failure_of(lambda: mb.notices("D-AAAAAAAAAA")).retryable
        answer.body = json.dumps({"sha256": SHA}).encode()  # someone else's checksum
        assert failure_of(lambda: mb.upload(age_bundle())).retryable
        answer.body = json.dumps([{"id": 1, "audience": "*", "data": "***"}]).encode()
        assert failure_of(lambda: mb.notices("*")).retryable
        answer.body = json.dumps([{"sha256": SHA, "size": "big", "received_at": 0}]).encode()
        assert failure_of(mb.list_bundles).retryable


@pytest.mark.parametrize("value", ["²", "¹³", "1e9", "-5", "soon", "Wed, 99 Foo 2026 99:99:99 GMT"])
def test_a_retry_after_that_is_not_a_number_or_date_is_ignored(
    fake: tuple[str, Answer], value: str
) -> None:
    url, answer = fake
    answer.status, answer.headers = 429, {"Retry-After": value}
    with client(url) as mb:
        failure = failure_of(lambda: mb.upload(age_bundle()))
    assert failure.retryable and failure.status == 429 and failure.retry_after is None
    assert "tried again later" in str(failure)
    assert_plain(failure)


def test_a_retry_after_as_an_http_date(fake: tuple[str, Answer]) -> None:
    url, answer = fake
    when = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=120)
    answer.status = 429
    answer.headers = {"Retry-After": when.strftime("%a, %d %b %Y %H:%M:%S GMT")}
    with client(url) as mb:
        failure = failure_of(lambda: mb.upload(age_bundle()))
    assert failure.retry_after is not None and 110 <= failure.retry_after <= 121
    answer.headers = {"Retry-After": "Thu, 01 Jan 1970 00:00:00 GMT"}  # already past
    with client(url) as mb:
        assert failure_of(lambda: mb.upload(age_bundle())).retry_after == 0
    answer.headers = {"Retry-After": "99999999999"}  # capped at a day
    with client(url) as mb:
        assert failure_of(lambda: mb.upload(age_bundle())).retry_after == 86400


def test_deeply_nested_json_is_an_answer_not_understood(fake: tuple[str, Answer]) -> None:
    url, answer = fake
    answer.body = b"[" * 30_000 + b"]" * 30_000  # within every size cap
    with client(url) as mb:
        for call in (mb.list_bundles, lambda: mb.notices("*"), lambda: mb.upload(age_bundle())):
            failure = failure_of(call)
            assert failure.retryable
            assert str(failure).startswith("The mailbox gave an answer that could not be")


def test_a_fetched_bundle_that_does_not_match_its_checksum(fake: tuple[str, Answer]) -> None:
    url, answer = fake
    answer.body = b"not the bundle"
    with client(url) as mb:
        failure = failure_of(lambda: mb.fetch(SHA))
    assert "checksum does not match" in str(failure) and failure.retryable


def test_an_answer_larger_than_the_cap_is_not_read(fake: tuple[str, Answer]) -> None:
    url, answer = fake
    answer.body = b"x" * (2 * 1024 * 1024 + 1)
    with client(url) as mb:
        failure = failure_of(lambda: mb.fetch(SHA))
    assert str(failure) == "The mailbox sent more than expected; the answer was not read."


def test_redirects_are_not_followed(fake: tuple[str, Answer]) -> None:
    url, answer = fake
    answer.status, answer.headers = 302, {"Location": "http://192.0.2.1/steal"}
    with client(url) as mb:
        failure = failure_of(mb.list_bundles)
    assert str(failure) == "The mailbox gave an unexpected answer (HTTP 302)."
    assert not failure.retryable


def test_a_wrong_upload_token_is_401_and_not_retryable(box: Mailbox) -> None:
    with MailboxClient(box.url, upload_token="not-the-token", device_key=Device().key) as mb:
        failure = failure_of(lambda: mb.upload(age_bundle()))
    assert str(failure) == (
        "The mailbox refused the upload token (401): ask your coordinator for a new enrolment file."
    )
    assert not failure.retryable and failure.status == 401


def test_a_wrong_coordinator_token_is_401(box: Mailbox) -> None:
    with MailboxClient(box.url, coordinator_token=UPLOAD_TOKEN) as mb:
        failure = failure_of(mb.list_bundles)
    assert "refused the coordinator token (401)" in str(failure) and not failure.retryable


def test_a_bundle_too_large_is_413_and_not_retryable(box: Mailbox) -> None:
    with client(box.url) as mb:
        failure = failure_of(lambda: mb.upload(age_bundle(80 * 1024)))
    assert str(failure) == "The mailbox refused the summary as too large (413)."
    assert not failure.retryable and failure.status == 413


def test_a_malformed_bundle_is_400_and_not_retryable(box: Mailbox) -> None:
    with client(box.url) as mb:
        failure = failure_of(lambda: mb.upload(b"plain text"))
    assert str(failure) == "The mailbox refused the summary as malformed (400)."
    assert not failure.retryable


def test_over_the_rate_is_retryable_with_the_wait(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'mailbox.sqlite3'}"
    with running_mailbox(url, uploads_per_minute=1, upload_burst=1) as limited:
        with client(limited.url) as mb:
            assert mb.upload(age_bundle()) is True
            failure = failure_of(lambda: mb.upload(age_bundle()))
    assert failure.retryable and failure.status == 429
    assert failure.retry_after is not None and 1 <= failure.retry_after <= 60
    assert str(failure).startswith("The mailbox is busy with too many uploads (429)")


# -- TLS --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def self_signed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("tls")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "test mailbox")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@pytest.fixture
def tls_mailbox(tmp_path: Path, self_signed: tuple[Path, Path]) -> Iterator[str]:
    cert, key = self_signed
    store = MailboxStore(f"sqlite:///{tmp_path / 'mailbox.sqlite3'}")
    app = create_app(server_config(f"sqlite:///{tmp_path / 'mailbox.sqlite3'}"), store)
    with ThreadServer(app, ssl_certfile=str(cert), ssl_keyfile=str(key)) as server:
        yield server.url
    store.close()


def test_an_unverifiable_certificate_is_refused(tls_mailbox: str) -> None:
    assert tls_mailbox.startswith("https://")
    with client(tls_mailbox) as mb:
        failure = failure_of(lambda: mb.upload(age_bundle()))
    assert str(failure) == (
        f"The mailbox's security certificate could not be verified. {STAYS_IN_OUTBOX}"
    )
    assert failure.retryable


def test_a_certificate_given_as_a_file_is_trusted(
    tls_mailbox: str, self_signed: tuple[Path, Path]
) -> None:
    with client(tls_mailbox, verify=str(self_signed[0])) as mb:
        assert mb.upload(age_bundle()) is True


# -- addresses --------------------------------------------------------------------------------


def test_plain_http_to_another_machine_is_refused_before_any_connection(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_network(*args: object, **kw: object) -> None:
        raise AssertionError("a connection was attempted")

    monkeypatch.setattr(socket, "create_connection", no_network)
    for url in ("http://mailbox.example.org", "http://192.168.1.10:8470", "ftp://127.0.0.1"):
        with pytest.raises(InvalidValue, match="mailbox URL"):
            MailboxClient(url, upload_token=UPLOAD_TOKEN)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://Mailbox.Example.org/", "https://mailbox.example.org"),
        ("https://example.org:8443/mailbox/", "https://example.org:8443/mailbox"),
        (" http://127.0.0.1:8470 ", "http://127.0.0.1:8470"),
        ("http://127.8.9.10", "http://127.8.9.10"),
        ("http://[::1]:8470/", "http://[::1]:8470"),
        ("http://LOCALHOST:1", "http://localhost:1"),
    ],
)
def test_safe_urls_are_normalised(url: str, expected: str) -> None:
    assert require_safe_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "http://example.org",
        "http://10.0.0.1",
        "http://127.0.0.1.nip.io",
        "http://localhost.example.org",
        "https://user:pw@example.org",
        "https://example.org/?x=1",
        "https://",
        "mailbox.example.org",
        "https://example.org:99999",
        "https://exa mple.org",
    ],
)
def test_unsafe_or_broken_urls_are_refused(url: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        require_safe_url(url)
    assert caught.value.field == "mailbox URL"


def test_a_bundle_name_that_is_not_a_checksum_is_refused_locally(box: Mailbox) -> None:
    with client(box.url) as mb:
        with pytest.raises(InvalidValue):
            mb.fetch("../../etc/passwd")
