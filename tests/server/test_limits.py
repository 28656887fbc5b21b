"""Refusals that need a mailbox of their own: a device's upload rate, a database gone away."""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import text

from tests.server.harness import (
    COORDINATOR_TOKEN,
    DEVICE,
    Device,
    age_bundle,
    coordinator_headers,
    register,
    running_mailbox,
    signed_upload,
)


def test_over_the_rate_is_429_with_retry_after(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'mailbox.sqlite3'}"
    with running_mailbox(url, uploads_per_minute=2, upload_burst=3) as box:
        codes = [signed_upload(box.http, age_bundle(300)) for _ in range(5)]
        assert [c.status_code for c in codes] == [201, 201, 201, 429, 429]
        refused = codes[3]
        assert 1 <= int(refused.headers["retry-after"]) <= 30
        assert "Too many uploads" in refused.json()["error"]
        assert box.store.count_bundles() == 3
        # The coordinator's reading is not held back by the volunteers' limit.
        assert box.http.get("/v1/bundles", headers=coordinator_headers()).status_code == 200
        # Nor does a request not signed by the device use up its bucket (refused first).
        wrong = {"Authorization": f"Bearer {COORDINATOR_TOKEN}"}
        assert box.http.post("/v1/bundles", content=b"x", headers=wrong).status_code == 401
        forged = DEVICE.headers("POST", "/v1/bundles", b"x")
        forged["x-logbook-nonce"] = "A" * 32
        assert box.http.post("/v1/bundles", content=b"x", headers=forged).status_code == 401
        # Another device has a bucket of its own.
        other = Device()
        assert register(box.http, other).status_code == 201
        assert signed_upload(box.http, age_bundle(300), other).status_code == 201


def test_a_request_refused_for_the_rate_cannot_be_sent_again(tmp_path: Path) -> None:
    """Refused before its body was read, it still spent its nonce: not good once there is room."""
    url = f"sqlite:///{tmp_path / 'mailbox.sqlite3'}"
    with running_mailbox(url, uploads_per_minute=60, upload_burst=1) as box:
        assert signed_upload(box.http, age_bundle(300)).status_code == 201
        data = age_bundle(300)
        headers = DEVICE.headers("POST", "/v1/bundles", data)
        assert box.http.post("/v1/bundles", content=data, headers=headers).status_code == 429
        time.sleep(1.1)  # a token back in the bucket (one a second)
        again = box.http.post("/v1/bundles", content=data, headers=headers)
        assert again.status_code == 401 and again.json()["code"] == "replay"
        assert signed_upload(box.http, data).status_code == 201  # signed afresh, it goes
        assert box.store.count_bundles() == 2


def test_a_database_that_fails_answers_503_in_plain_words(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'mailbox.sqlite3'}"
    with running_mailbox(url) as box:
        with box.store.engine.begin() as conn:
            conn.execute(text("DROP TABLE mailbox_bundles"))
        answer = signed_upload(box.http, age_bundle())
        assert answer.status_code == 503
        assert answer.json() == {
            "error": "The mailbox's database is not available; try again later."
        }
        assert answer.headers["retry-after"] == "30"
        assert box.http.get("/v1/health").status_code == 200
