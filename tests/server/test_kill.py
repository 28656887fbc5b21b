"""A 201 means stored for good: `logbook serve --workers 2` killed with SIGKILL under load,
then started again, still holds every bundle it answered 201, byte for byte."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import httpx
import pytest

from logbook.server.storage import MailboxStore
from tests.server.harness import (
    Device,
    ServeProcess,
    age_bundle,
    database,
    free_port,
    register,
    signed_upload,
    write_config_file,
)

THREADS = 6
PER_THREAD = 60  # bounded: the kill comes long before the last is sent
KILL_AFTER = 40  # 201 answers


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_every_bundle_answered_201_survives_a_kill(kind: str, tmp_path: Path) -> None:
    with database(kind, tmp_path) as url:
        config = write_config_file(
            tmp_path,
            db_url=url,
            uploads_per_minute=10_000_000,
            upload_burst=10_000_000,
            pending_quota_bytes=1024 * 1024 * 1024,
        )
        server = ServeProcess(config, free_port(), "--workers", "2", log=tmp_path / "serve.log")
        answered: dict[str, bytes] = {}  # sha256 -> bundle, for every 201
        lock = threading.Lock()
        enough = threading.Event()

        def load(device: Device) -> None:
            with httpx.Client(base_url=server.url, timeout=30) as http:
                assert register(http, device).status_code == 201
                for _ in range(PER_THREAD):
                    data = age_bundle(2000)
                    try:
                        status = signed_upload(http, data, device).status_code
                    except httpx.HTTPError:
                        return  # the server is gone: this one's fate is unknown, as it may be
                    if status == 201:
                        with lock:
                            answered[hashlib.sha256(data).hexdigest()] = data
                            if len(answered) >= KILL_AFTER:
                                enough.set()

        try:
            server.wait_ready()
            threads = [threading.Thread(target=load, args=(Device(),)) for _ in range(THREADS)]
            for thread in threads:
                thread.start()
            assert enough.wait(120), "the load never reached the kill"
            server.kill()  # mid-load: uploads are in flight in both workers
            for thread in threads:
                thread.join(60)
        finally:
            server.stop()
        with lock:
            promised = dict(answered)
        assert len(promised) >= KILL_AFTER

        again = ServeProcess(config, free_port(), "--workers", "2", log=tmp_path / "again.log")
        try:
            again.wait_ready()
        finally:
            again.stop()
        store = MailboxStore(url)
        try:
            for sha256, data in promised.items():
                assert store.bundle(sha256) == data, sha256
        finally:
            store.close()
