"""`logbook serve` as real processes: workers sharing one database, logs, and start-up errors."""

from __future__ import annotations

import hashlib
import json
import socket
import sys
import threading
from pathlib import Path

import httpx
import pytest

from logbook.cli.main import main
from logbook.server.storage import MailboxStore
from logbook.sync.mailbox_client import MailboxClient
from tests.server.harness import (
    COORDINATOR_TOKEN,
    DEVICE,
    UPLOAD_TOKEN,
    ServeProcess,
    age_bundle,
    database,
    free_port,
    register,
    signed_upload,
    write_config_file,
)

THREADS = 8
BUNDLES = 10


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_two_server_processes_store_concurrent_duplicates_once(kind: str, tmp_path: Path) -> None:
    with database(kind, tmp_path) as url:
        config = write_config_file(
            tmp_path, db_url=url, uploads_per_minute=10_000_000, upload_burst=10_000_000
        )
        servers = [
            ServeProcess(config, free_port(), log=tmp_path / f"serve-{i}.log") for i in range(2)
        ]
        sent = [age_bundle(3000) for _ in range(BUNDLES)]
        statuses: list[int] = []
        barrier = threading.Barrier(THREADS)

        def hammer(n: int) -> None:
            base = servers[n % 2].url
            with httpx.Client(base_url=base, timeout=30) as http:
                for data in sent:
                    barrier.wait(30)  # every thread sends the same bundle at the same moment
                    statuses.append(signed_upload(http, data).status_code)

        try:
            for server in servers:
                server.wait_ready()
            with httpx.Client(base_url=servers[0].url, timeout=30) as http:
                assert register(http).status_code == 201
            threads = [threading.Thread(target=hammer, args=(n,)) for n in range(THREADS)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(60)
        finally:
            for server in servers:
                server.stop()
        assert len(statuses) == THREADS * BUNDLES
        assert set(statuses) <= {200, 201}, statuses
        assert statuses.count(201) == BUNDLES
        store = MailboxStore(url)
        try:
            stored = store.list_bundles()
            assert [b.sha256 for b in stored] == [hashlib.sha256(d).hexdigest() for d in sent]
            assert store.count_bundles() == BUNDLES
        finally:
            store.close()
        for server in servers:
            assert "Traceback" not in server.log.read_text()


def test_serve_with_two_workers_answers_and_logs_one_json_line_per_request(
    tmp_path: Path,
) -> None:
    config = write_config_file(tmp_path)
    server = ServeProcess(config, free_port(), "--workers", "2", log=tmp_path / "serve.log")
    data = age_bundle(5000)
    try:
        server.wait_ready()
        with MailboxClient(
            server.url,
            upload_token=UPLOAD_TOKEN,
            coordinator_token=COORDINATOR_TOKEN,
            device_key=DEVICE.key,
        ) as client:
            assert client.upload(data) is True
            assert client.upload(data) is False
            [info] = client.list_bundles()
            assert client.fetch(info.sha256) == data
    finally:
        server.stop()
    assert (tmp_path / "mailbox.sqlite3").stat().st_mode & 0o077 == 0
    log = server.log.read_text()
    lines = [json.loads(line) for line in log.splitlines() if line.startswith("{")]
    routes = [(r["method"], r["route"], r["status"]) for r in lines]
    assert ("POST", "/v1/bundles", 201) in routes and ("POST", "/v1/bundles", 200) in routes
    assert ("GET", "/v1/bundles/{sha256}", 200) in routes
    assert "HTTP/1.1" not in log  # uvicorn's own access log is off
    for secret in (UPLOAD_TOKEN, COORDINATOR_TOKEN, hashlib.sha256(data).hexdigest()):
        assert secret not in log


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(["serve", *argv])
    return code, capsys.readouterr().err


def test_a_missing_settings_file_is_a_plain_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, err = run_cli(capsys, "--config", str(tmp_path / "missing.toml"))
    assert code == 4
    assert err.startswith("logbook: The mailbox settings file") and "does not exist" in err


def test_a_port_in_use_is_a_plain_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config_file(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        code, err = run_cli(capsys, "--config", str(config), "--port", str(port))
    assert code == 1
    assert (
        err == f"logbook: Port {port} on 127.0.0.1 is already in use; choose another with --port.\n"
    )


@pytest.mark.parametrize(
    ("db", "message"),
    [
        ("mysql://u@h/db", "the mailbox keeps its data in SQLite or PostgreSQL"),
        ("not a url", "is not a database URL"),
        ("sqlite:////no/such/folder/x.db", "does not exist"),
        ("postgresql+psycopg://nobody@127.0.0.1:1/none", "cannot be reached"),
    ],
)
def test_a_bad_database_is_a_plain_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], db: str, message: str
) -> None:
    config = write_config_file(tmp_path)
    code, err = run_cli(capsys, "--config", str(config), "--db", db)
    assert code == 1 and message in err and "Traceback" not in err


def test_workers_and_port_are_checked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = str(write_config_file(tmp_path))
    assert run_cli(capsys, "--config", config, "--workers", "0") == (
        1,
        "logbook: --workers: must be between 1 and 64\n",
    )
    assert run_cli(capsys, "--config", config, "--port", "70000")[0] == 1


def test_without_the_server_extra_serve_says_what_to_install(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in list(sys.modules):
        if name == "uvicorn" or name.startswith(("uvicorn.", "logbook.server.serve")):
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # as if it were not installed
    code, err = run_cli(capsys, "--config", str(write_config_file(tmp_path)))
    assert code == 1
    assert err == (
        "logbook: The mailbox server is not part of this installation; "
        "install volunteer-logbook-core[server].\n"
    )
