"""The mailbox's refusals and a database that is down answer in plain JSON words, with the
status, `Retry-After` and (after a POST) `Connection: close` a client acts on."""

from __future__ import annotations

import os
from pathlib import Path

from tests.server.harness import (
    age_bundle,
    coordinator_headers,
    running_mailbox,
    signed_upload,
)


def test_a_database_that_is_gone_answers_503_with_retry_after(tmp_path: Path) -> None:
    folder = tmp_path / "db"
    folder.mkdir()
    with running_mailbox(f"sqlite:///{folder / 'mailbox.db'}") as box:
        # The folder moved away and the pool emptied: every new connection fails to open.
        os.rename(folder, tmp_path / "elsewhere")
        box.store.engine.dispose()
        answer = signed_upload(box.http, age_bundle(1000))
        assert answer.status_code == 503
        assert answer.json() == {
            "error": "The mailbox's database is not available; try again later."
        }
        assert answer.headers["retry-after"] == "30"
        assert answer.headers["connection"] == "close"  # a POST's body may be unread
        listing = box.http.get("/v1/bundles", headers=coordinator_headers())
        assert listing.status_code == 503 and listing.headers["retry-after"] == "30"
        assert "close" not in listing.headers.get("connection", "")
        os.rename(tmp_path / "elsewhere", folder)  # so the mailbox can close cleanly


def test_a_refusal_answers_its_status_and_words(tmp_path: Path) -> None:
    with running_mailbox(f"sqlite:///{tmp_path / 'mailbox.db'}") as box:
        answer = box.http.get("/v1/bundles/not-a-sha", headers=coordinator_headers())
        assert answer.status_code == 400
        assert answer.json() == {
            "error": "A bundle is named by its SHA-256: 64 lower-case hexadecimal digits."
        }
        assert "close" not in answer.headers.get("connection", "")
        refused = box.http.post("/v1/bundles", content=b"x")  # unsigned
        assert refused.status_code == 401 and "error" in refused.json()
        assert refused.headers["connection"] == "close"
        assert box.http.get("/v1/nowhere").json() == {
            "error": "There is nothing at this address of the mailbox."
        }
