"""Idle, trickling and too many connections: deadlines close them, health keeps answering."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import httpx
import pytest

from tests.server.harness import (
    DEVICE,
    Mailbox,
    ServeProcess,
    age_bundle,
    free_port,
    running_mailbox,
    signed_upload,
    write_config_file,
)


def closed_by_server(sock: socket.socket, within: float) -> bool:
    """True when the server closes `sock` (EOF or reset) within `within` seconds."""
    sock.settimeout(within)
    deadline = time.monotonic() + within
    try:
        while time.monotonic() < deadline:
            if not sock.recv(65536):
                return True
    except ConnectionResetError:
        return True
    except TimeoutError:
        return False
    return False


@contextmanager
def quick_mailbox(tmp_path: Path, **limits: int) -> Iterator[Mailbox]:
    settings = {"header_timeout_seconds": 1, "body_timeout_seconds": 1} | limits
    with running_mailbox(f"sqlite:///{tmp_path / 'mailbox.sqlite3'}", **settings) as box:
        yield box


def test_a_connection_that_sends_nothing_is_closed_after_the_header_deadline(
    tmp_path: Path,
) -> None:
    with quick_mailbox(tmp_path) as box, socket.create_connection(("127.0.0.1", box.port)) as s:
        started = time.monotonic()
        assert closed_by_server(s, 10)
        assert 0.5 < time.monotonic() - started < 5


def test_headers_trickled_a_byte_at_a_time_are_cut_off(tmp_path: Path) -> None:
    with quick_mailbox(tmp_path) as box, socket.create_connection(("127.0.0.1", box.port)) as s:
        started = time.monotonic()
        request = b"GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 100
        s.settimeout(0.2)
        for byte in request:
            try:
                s.sendall(bytes([byte]))
                if s.recv(1) == b"":
                    break
            except TimeoutError:
                continue  # still open: keep trickling
            except (BrokenPipeError, ConnectionResetError):
                break
        assert time.monotonic() - started < 5  # cut off long before the 20 s trickle ends


def test_a_body_trickled_past_its_deadline_is_dropped_and_nothing_stored(
    tmp_path: Path,
) -> None:
    with quick_mailbox(tmp_path) as box, socket.create_connection(("127.0.0.1", box.port)) as s:
        data = age_bundle(2000)
        signed = "".join(
            f"{k}: {v}\r\n" for k, v in DEVICE.headers("POST", "/v1/bundles", data).items()
        )
        head = (
            f"POST /v1/bundles HTTP/1.1\r\nHost: x\r\n{signed}Content-Length: {len(data)}\r\n\r\n"
        ).encode()
        s.sendall(head + data[:100])
        assert closed_by_server(s, 10)
        assert box.store.count_bundles() == 0
        # A prompt body is taken as before.
        answer = signed_upload(box.http, data)
        assert answer.status_code == 201


def test_a_kept_alive_connection_must_send_its_next_request_in_time(tmp_path: Path) -> None:
    with quick_mailbox(tmp_path) as box, socket.create_connection(("127.0.0.1", box.port)) as s:
        s.sendall(b"GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n")
        s.settimeout(5)
        assert s.recv(65536).startswith(b"HTTP/1.1 200")
        s.sendall(b"GET /v1/health HTTP/1.1\r\n")  # starts the next one, never ends it
        started = time.monotonic()
        assert closed_by_server(s, 10)
        assert time.monotonic() - started < 5


def test_past_the_cap_the_longest_idle_connection_makes_room(tmp_path: Path) -> None:
    with (
        quick_mailbox(tmp_path, header_timeout_seconds=600, max_connections=16) as box,
        ExitStack() as stack,
    ):
        idle = [
            stack.enter_context(socket.create_connection(("127.0.0.1", box.port)))
            for _ in range(40)
        ]
        for n, sock in enumerate(idle):
            sock.sendall(b"GET /v1/health HTTP/1.1\r\n")  # each in the middle of its headers
            time.sleep(0.01 if n else 0.2)  # the first is clearly the oldest
        started = time.monotonic()
        assert box.http.get("/v1/health").status_code == 200
        assert time.monotonic() - started < 2
        assert closed_by_server(idle[0], 5)
        still_open = sum(not closed_by_server(sock, 0.05) for sock in idle)
        assert still_open <= 16


@pytest.mark.skipif(not os.path.exists("/usr/bin/prlimit"), reason="needs prlimit (util-linux)")
def test_600_idle_or_trickling_connections_under_512_open_files(tmp_path: Path) -> None:
    """The server alone under `prlimit --nofile=512`: health answers within 10 s throughout,
    every idle or trickling connection is closed within 60 s, the log stays small."""
    config = write_config_file(tmp_path)
    log = tmp_path / "serve.log"
    server = ServeProcess(
        config, free_port(), log=log, wrapper=("prlimit", "--nofile=512:512", "--")
    )
    try:
        server.wait_ready()
        with ExitStack() as stack:
            socks = []
            for _ in range(600):
                sock = stack.enter_context(socket.socket())
                sock.setblocking(False)
                sock.connect_ex(("127.0.0.1", server.port))
                socks.append(sock)
            time.sleep(0.5)
            opened = time.monotonic()
            health: list[float] = []
            closed: set[int] = set()
            while time.monotonic() - opened < 60 and len(closed) < len(socks):
                for n, sock in enumerate(socks):
                    if n in closed:
                        continue
                    try:
                        if n % 2:
                            sock.send(b"G")  # trickling: one header byte per round
                        elif sock.recv(1) == b"":
                            closed.add(n)
                    except BlockingIOError:
                        pass
                    except OSError:
                        closed.add(n)
                started = time.monotonic()
                answer = httpx.get(f"{server.url}/v1/health", timeout=10)
                assert answer.status_code == 200
                health.append(time.monotonic() - started)
                time.sleep(1)
            took = time.monotonic() - opened
            left = len(socks) - len(closed)
            assert left == 0, f"{left} still open after {took:.0f} s"
        assert max(health) < 10
        print(f"health at most {max(health):.2f} s; all 600 closed after {took:.1f} s")
    finally:
        server.stop()
    text = log.read_text()
    assert "Traceback" not in text
    assert log.stat().st_size < 50_000


ACCEPT_SCRIPT = """
import asyncio, logging, os, resource, sys
from logbook.server.protocol import throttle_accept_errors

logging.basicConfig(stream=sys.stderr, level=logging.INFO)

async def main():
    loop = asyncio.get_running_loop()
    if sys.argv[1] == "throttled":
        throttle_accept_errors(loop)
    server = await loop.create_server(asyncio.Protocol, "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    resource.setrlimit(resource.RLIMIT_NOFILE, (64, 64))
    spare = []
    try:
        while True:
            spare.append(os.dup(0))  # use up every descriptor: each accept now fails
    except OSError:
        pass
    await asyncio.sleep(float(sys.argv[2]))

asyncio.run(main())
"""


@pytest.mark.parametrize("mode", ["throttled", "asyncio's own"])
def test_accept_failures_are_logged_once_per_interval(tmp_path: Path, mode: str) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", ACCEPT_SCRIPT, mode.split()[0], "4"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    port = int(process.stdout.readline())
    with ExitStack() as stack:
        for _ in range(5):
            stack.enter_context(socket.create_connection(("127.0.0.1", port)))
            time.sleep(0.5)
        _, err = process.communicate(timeout=30)
    if mode == "throttled":
        assert err.count("could not accept a connection (Too many open files)") == 1
        assert "Traceback" not in err
    else:  # what the mailbox logged before: a traceback a second
        assert err.count("Traceback") >= 2
