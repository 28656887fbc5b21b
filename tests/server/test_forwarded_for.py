"""`logbook serve` behind a proxy: X-Forwarded-For only from listed proxies; --log-level."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from tests.server.harness import ServeProcess, free_port, write_config_file

SPOOFED = "203.0.113.7"


def access_lines(log: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in log.splitlines() if line.startswith("{")]


def serve_and_ask(tmp_path: Path, trusted: str | None, *extra: str) -> str:
    """Start `logbook serve`, ask for /v1/health claiming to be SPOOFED, return its log."""
    config = write_config_file(tmp_path)
    if trusted is not None:
        text = config.read_text().replace(
            "trusted_addresses = []", f"trusted_addresses = {trusted}"
        )
        config.write_text(text)
    server = ServeProcess(config, free_port(), *extra, log=tmp_path / "serve.log")
    try:
        server.wait_ready()
        answer = httpx.get(
            f"{server.url}/v1/health", headers={"X-Forwarded-For": SPOOFED}, timeout=10
        )
        assert answer.status_code == 200
    finally:
        server.stop()
    return server.log.read_text()


@pytest.mark.parametrize(
    ("trusted", "client"),
    [
        (None, "127.0.0.1"),  # the default: no proxy believed, not even on loopback
        ('["192.0.2.1", "198.51.100.0/24"]', "127.0.0.1"),  # a proxy, but not this peer
        ('["127.0.0.0/8"]', SPOOFED),  # the peer is a listed proxy: its header names the client
    ],
)
def test_the_access_log_names_the_forwarded_client_only_from_a_trusted_proxy(
    tmp_path: Path, trusted: str | None, client: str
) -> None:
    lines = access_lines(serve_and_ask(tmp_path, trusted))
    health = [line for line in lines if line["route"] == "/v1/health"]
    # The readiness checks came first, without the header; the last request carried it.
    assert health[-1]["client"] == client
    assert all(line["client"] == "127.0.0.1" for line in health[:-1])


def test_log_level_warning_keeps_the_access_log_and_start_up_messages_out(
    tmp_path: Path,
) -> None:
    log = serve_and_ask(tmp_path, None, "--log-level", "warning")
    assert access_lines(log) == []
    assert "Application startup complete" not in log


def test_the_default_log_level_logs_start_up_and_requests(tmp_path: Path) -> None:
    log = serve_and_ask(tmp_path, None)
    assert "Application startup complete" in log
    assert [line["route"] for line in access_lines(log)][-1] == "/v1/health"


def test_an_unknown_log_level_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from logbook.cli.main import main

    code = main(["serve", "--config", str(write_config_file(tmp_path)), "--log-level", "loud"])
    assert code == 2
    assert "argument --log-level: invalid choice" in capsys.readouterr().err
