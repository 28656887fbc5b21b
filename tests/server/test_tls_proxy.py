"""The mailbox behind a real TLS reverse proxy (Caddy, its internal CA) on loopback.

A volunteer's device enrols and uploads, and the coordinator pulls, all through
https://localhost:PORT with certificates verified against Caddy's own root, which the client
trusts as an operator's self-hosted CA would be trusted (SSL_CERT_FILE here).
"""

from __future__ import annotations

import os
import ssl
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from logbook.coordinator.service import Coordinator
from logbook.records.book import Logbook
from logbook.server.config import render_server_config
from logbook.sync.outbox import OutboxService
from logbook.vault.profiles import UnlockedProfile
from tests.organisation import Org
from tests.server.harness import ServeProcess, free_port
from tests.sync.test_delivery import enrol_with_mailbox
from tests.tools import tool_or_skip

CADDYFILE = """\
{{
	admin off
	skip_install_trust
	local_certs
	auto_https disable_redirects
	http_port {http_port}
	storage file_system {{
		root {storage}
	}}
}}

https://localhost:{port}, https://127.0.0.1:{port} {{
	tls internal
	reverse_proxy 127.0.0.1:{upstream}
}}
"""


@contextmanager
def caddy(folder: Path, upstream: int) -> Iterator[tuple[str, Path]]:
    """Caddy serving TLS on a free port in front of `upstream`; yields its URL and root CA."""
    binary = tool_or_skip("caddy", "caddy")
    port = free_port()
    storage = folder / "caddy-data"
    config = folder / "Caddyfile"
    config.write_text(
        CADDYFILE.format(port=port, http_port=free_port(), storage=storage, upstream=upstream)
    )
    log = (folder / "caddy.log").open("wb")
    # HOME and XDG folders of its own: Caddy writes nothing outside the test's folder.
    env = {**os.environ, "HOME": str(folder), "XDG_DATA_HOME": str(folder / "data"),
           "XDG_CONFIG_HOME": str(folder / "config")}  # fmt: skip
    process = subprocess.Popen(
        [binary, "run", "--config", str(config), "--adapter", "caddyfile"],
        env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    root = storage / "pki" / "authorities" / "local" / "root.crt"
    url = f"https://localhost:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"caddy exited: {(folder / 'caddy.log').read_text()}")
            if root.exists():
                try:
                    context = ssl.create_default_context(cafile=str(root))
                    if httpx.get(f"{url}/v1/health", verify=context, timeout=2).status_code == 200:
                        break
                except (httpx.HTTPError, ssl.SSLError):
                    pass
            if time.monotonic() > deadline:
                raise RuntimeError("caddy did not start serving TLS in time")
            time.sleep(0.2)
        yield url, root
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()


def test_enrol_upload_and_pull_through_a_tls_reverse_proxy(
    coordinator: UnlockedProfile, org: Org, book: Logbook, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    settings = render_server_config(org.tokens.upload, org.tokens.coordinator).replace(
        "trusted_addresses = []", 'trusted_addresses = ["127.0.0.1"]'
    )
    (tmp_path / "server.toml").write_text(settings)
    server = ServeProcess(tmp_path / "server.toml", free_port(), log=tmp_path / "serve.log")
    try:
        server.wait_ready()
        with caddy(tmp_path, server.port) as (url, root):
            # Without Caddy's root the certificate is refused, in plain words, and nothing is lost.
            monkeypatch.delenv("SSL_CERT_FILE", raising=False)  # the public CAs only
            monkeypatch.delenv("SSL_CERT_DIR", raising=False)
            delivery = enrol_with_mailbox(book, org, url)
            OutboxService(book.store).seal_changes()
            refused = delivery.deliver()
            assert refused.delivered == []
            assert "certificate could not be verified" in refused.errors[0]
            assert delivery.outbox.status().pending == 1

            monkeypatch.setenv("SSL_CERT_FILE", str(root))  # the client trusts Caddy's CA
            report = delivery.deliver()
            assert len(report.delivered) == 1 and report.errors == []
            with Coordinator(coordinator.store) as work:
                batch = work.import_from_mailbox()
            assert [r.status for r in batch.results] == ["held"]  # device not yet approved
            assert delivery.fetch_updates() == 0
            last = delivery.last_receipt()
            assert last is not None and last.status == "held"
    finally:
        server.stop()
    log = server.log.read_text()
    # Requests came through Caddy, which the settings trust: X-Forwarded-For was believed.
    assert '"route":"/v1/bundles"' in log and '"client":"127.0.0.1"' in log
    for secret in (org.tokens.upload, org.tokens.coordinator):
        assert secret not in log
