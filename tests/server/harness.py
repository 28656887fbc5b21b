"""Running mailboxes for tests: uvicorn in a thread or `logbook serve` in a process, on loopback.

Shared with tests/core/test_mailbox_client.py, so it lives in a module, not in conftest.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pyrage
import pytest
import uvicorn
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from starlette.applications import Starlette

from logbook.identity.fingerprint import device_id
from logbook.identity.request_signature import sign_request
from logbook.identity.signing import b64, public_bytes
from logbook.server.app import create_app
from logbook.server.config import ServerConfig, render_server_config, token_hash
from logbook.server.protocol import MailboxProtocol
from logbook.server.storage import MailboxStore, bundles, devices, nonces, notices

ROOT = Path(__file__).resolve().parents[2]
UPLOAD_TOKEN = "upload-" + secrets.token_urlsafe(32)
COORDINATOR_TOKEN = "coordinator-" + secrets.token_urlsafe(32)
POSTGRES_ENV = "LOGBOOK_TEST_POSTGRES_URL"
REQUIRE_POSTGRES_ENV = "LOGBOOK_REQUIRE_POSTGRES"
RECIPIENT = pyrage.x25519.Identity.generate()


def age_bundle(size: int = 4096, *, seed: bytes | None = None) -> bytes:
    """A real age v1 file to the organisation's test recipient, about `size` bytes."""
    body = (seed or secrets.token_bytes(16)) + secrets.token_bytes(max(0, size - 300))
    data: bytes = pyrage.encrypt(body, [RECIPIENT.to_public()])
    return data


class Device:
    """A volunteer's device as the mailbox sees it: an Ed25519 key that signs requests."""

    def __init__(self) -> None:
        self.key = Ed25519PrivateKey.generate()
        self.public = public_bytes(self.key)
        self.id = device_id(self.public)

    def headers(self, method: str, target: str, body: bytes = b"") -> dict[str, str]:
        return sign_request(self.key, method, target, body)


# The device each test mailbox has registered (see Mailbox.reset).
DEVICE = Device()


def upload_headers() -> dict[str, str]:
    """The upload (enrolment) token: good for registering a device's key, nothing else."""
    return {"Authorization": f"Bearer {UPLOAD_TOKEN}"}


def register(http: httpx.Client, device: Device = DEVICE, token: str = UPLOAD_TOKEN) -> Any:
    body = json.dumps({"public_key": b64(device.public)}).encode()
    headers = {"Authorization": f"Bearer {token}", **device.headers("POST", "/v1/devices", body)}
    return http.post("/v1/devices", content=body, headers=headers)


def signed_upload(http: httpx.Client, data: bytes, device: Device = DEVICE) -> Any:
    return http.post(
        "/v1/bundles", content=data, headers=device.headers("POST", "/v1/bundles", data)
    )


def signed_get(http: httpx.Client, target: str, device: Device = DEVICE) -> Any:
    return http.get(target, headers=device.headers("GET", target))


def set_statuses(http: httpx.Client, *pairs: tuple[Device, str]) -> Any:
    body = json.dumps([{"public_key": b64(d.public), "status": st} for d, st in pairs]).encode()
    return http.post("/v1/devices/statuses", content=body, headers=coordinator_headers())


def coordinator_headers() -> dict[str, str]:
    return {"Authorization": f"Bearer {COORDINATOR_TOKEN}"}


def server_config(db_url: str, **limits: int) -> ServerConfig:
    """Test settings: generous rate limits unless a test asks for small ones."""
    settings: dict[str, int] = {"uploads_per_minute": 1_000_000, "upload_burst": 1_000_000}
    return ServerConfig(
        enrolment_token_sha256=token_hash(UPLOAD_TOKEN),
        coordinator_token_sha256=token_hash(COORDINATOR_TOKEN),
        db_url=db_url,
        **(settings | limits),
    )


def write_config_file(folder: Path, db_url: str | None = None, **limits: int) -> Path:
    settings = render_server_config(UPLOAD_TOKEN, COORDINATOR_TOKEN, db_url=db_url)
    for key, value in limits.items():
        settings = re.sub(rf"^{key} = .*$", f"{key} = {value}", settings, count=1, flags=re.M)
    path = folder / "server.toml"
    path.write_text(settings)
    return path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def postgres_url_or_skip() -> str:
    """The test PostgreSQL URL; a failure when CI requires it and it is missing, else a skip."""
    url = os.environ.get(POSTGRES_ENV)
    if url:
        return url
    if os.environ.get(REQUIRE_POSTGRES_ENV):
        pytest.fail(f"{REQUIRE_POSTGRES_ENV} is set but {POSTGRES_ENV} is not")
    pytest.skip(f"no PostgreSQL for tests: set {POSTGRES_ENV} (see .ci/run) to run these")


@contextmanager
def postgres_schema() -> Iterator[str]:
    """A fresh schema in the test database, as a URL whose connections use only it."""
    base = postgres_url_or_skip()
    schema = f"mailbox_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@contextmanager
def database(kind: str, folder: Path) -> Iterator[str]:
    """A database URL of `kind` ("sqlite" or "postgresql"), empty, removed afterwards."""
    if kind == "sqlite":
        yield f"sqlite:///{folder / 'mailbox.sqlite3'}"
    else:
        with postgres_schema() as url:
            yield url


def clear(store: MailboxStore) -> None:
    with store.engine.begin() as conn:
        for table in (bundles, notices, devices, nonces):
            conn.execute(table.delete())


class ThreadServer:
    """A real uvicorn on 127.0.0.1 in a background thread, on a port of its own."""

    def __init__(self, app: Any, **options: Any) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.port: int = self.sock.getsockname()[1]
        config = uvicorn.Config(
            app, log_config=None, access_log=False, http=MailboxProtocol, **options
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True
        )
        scheme = "https" if options.get("ssl_certfile") else "http"
        self.url = f"{scheme}://127.0.0.1:{self.port}"

    def __enter__(self) -> ThreadServer:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.sock.close()


class Mailbox:
    """A running mailbox with its store, for tests that look behind the HTTP answers."""

    def __init__(
        self, server: ThreadServer, app: Starlette, store: MailboxStore, config: ServerConfig
    ) -> None:
        self.server = server
        self.app = app
        self.store = store
        self.config = config
        self.url = server.url
        self.port = server.port
        self.http = httpx.Client(base_url=server.url, timeout=10)

    def reset(self) -> None:
        """Empty, with DEVICE registered."""
        clear(self.store)
        assert register(self.http).status_code == 201


@contextmanager
def running_mailbox(db_url: str, **limits: int) -> Iterator[Mailbox]:
    config = server_config(db_url, **limits)
    store = MailboxStore(db_url)
    try:
        app = create_app(config, store)
        with ThreadServer(app) as server:
            box = Mailbox(server, app, store, config)
            try:
                box.reset()
                yield box
            finally:
                box.http.close()
    finally:
        store.close()


class ServeProcess:
    """`python -m logbook serve ...` in its own process, stopped with SIGTERM."""

    def __init__(
        self, config: Path, port: int, *extra: str, log: Path, wrapper: tuple[str, ...] = ()
    ) -> None:
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.log = log
        self._log_file = log.open("wb")
        self.process = subprocess.Popen(
            [
                *wrapper,
                sys.executable,
                "-m",
                "logbook",
                "serve",
                "--config",
                str(config),
                "--port",
                str(port),
                *extra,
            ],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=self._log_file,
            # A group of its own, so `kill` reaches the workers that `--workers N` starts.
            start_new_session=True,
        )

    def wait_ready(self, timeout: float = 90) -> None:  # slow on a busy 2-core machine
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"logbook serve exited: {self.log.read_text()}")
            try:
                if httpx.get(f"{self.url}/v1/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise RuntimeError("logbook serve did not become ready")

    def kill(self) -> None:
        """SIGKILL the server and its workers at once: no shutdown, no cleanup."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()
        self._log_file.close()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log_file.close()


def raw_exchange(port: int, data: bytes, *, timeout: float = 5) -> bytes:
    """Send raw bytes, then read the answer until the server closes or goes quiet."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(data)
        return read_answer(sock)


def read_answer(sock: socket.socket) -> bytes:
    answer = b""
    try:
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                break
            answer += chunk
            if b"\r\n\r\n" in answer and _complete(answer):
                break
    except (TimeoutError, ConnectionResetError):
        pass
    return answer


def _complete(answer: bytes) -> bool:
    head, _, body = answer.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return len(body) >= int(value)
    return False


def status_of(answer: bytes) -> int:
    return int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/1.1 ") else 0
