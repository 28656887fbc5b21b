"""Device authentication at the mailbox: one test per attack, on SQLite and PostgreSQL.

Every device request is signed with the device's Ed25519 key over method, path with query,
body SHA-256, time and nonce; the upload token only registers a key.
"""

from __future__ import annotations

import base64
import hashlib
import json
import threading
import time
from pathlib import Path

import httpx
import pytest

from logbook.identity.request_signature import MAX_SKEW, sign_request
from tests.server.harness import (
    DEVICE,
    Device,
    Mailbox,
    ServeProcess,
    age_bundle,
    coordinator_headers,
    database,
    free_port,
    register,
    running_mailbox,
    set_statuses,
    signed_get,
    signed_upload,
    upload_headers,
    write_config_file,
)


def post_notice(mailbox: Mailbox, audience: str, data: bytes) -> None:
    answer = mailbox.http.post(
        "/v1/notices", params={"audience": audience}, content=data, headers=coordinator_headers()
    )
    assert answer.status_code == 201


def read_notices(mailbox: Mailbox, device: Device, audience: str) -> httpx.Response:
    return signed_get(mailbox.http, f"/v1/notices?audience={audience}&after=0", device)


def refusal(answer: httpx.Response) -> tuple[int, str | None]:
    return answer.status_code, answer.json().get("code")


def test_a_registered_device_uploads_and_reads_its_own_notices(mailbox: Mailbox) -> None:
    data = age_bundle()
    assert signed_upload(mailbox.http, data).status_code == 201
    post_notice(mailbox, DEVICE.id, b"receipt")
    post_notice(mailbox, "*", b"update")
    answer = read_notices(mailbox, DEVICE, DEVICE.id)
    assert answer.status_code == 200
    assert [base64.b64decode(n["data"]) for n in answer.json()] == [b"receipt", b"update"]
    # Registering again changes nothing.
    again = register(mailbox.http)
    assert again.status_code == 200 and again.json() == {
        "device_id": DEVICE.id,
        "status": "pending",
    }


def test_a_device_cannot_read_another_devices_notices(mailbox: Mailbox) -> None:
    other = Device()
    assert register(mailbox.http, other).status_code == 201
    post_notice(mailbox, DEVICE.id, b"receipt for the first device")
    answer = read_notices(mailbox, other, DEVICE.id)
    assert answer.status_code == 403
    assert answer.json()["error"] == "A device may read only its own notices."
    own = read_notices(mailbox, other, other.id)
    assert own.status_code == 200 and own.json() == []
    # Nor by signing for its own audience and sending another's (the query is signed).
    headers = other.headers("GET", f"/v1/notices?audience={other.id}&after=0")
    forged = mailbox.http.get(f"/v1/notices?audience={DEVICE.id}&after=0", headers=headers)
    assert refusal(forged) == (401, "bad_signature")


def test_a_replayed_request_is_refused(mailbox: Mailbox) -> None:
    data = age_bundle()
    headers = DEVICE.headers("POST", "/v1/bundles", data)
    assert mailbox.http.post("/v1/bundles", content=data, headers=headers).status_code == 201
    replay = mailbox.http.post("/v1/bundles", content=data, headers=headers)
    assert refusal(replay) == (401, "replay")
    target = f"/v1/notices?audience={DEVICE.id}&after=0"
    read = DEVICE.headers("GET", target)
    assert mailbox.http.get(target, headers=read).status_code == 200
    assert refusal(mailbox.http.get(target, headers=read)) == (401, "replay")


@pytest.mark.parametrize("offset", [-(MAX_SKEW + 5), MAX_SKEW + 5, -86400 * 365])
def test_a_stale_or_future_timestamp_is_refused(mailbox: Mailbox, offset: int) -> None:
    data = age_bundle()
    headers = sign_request(DEVICE.key, "POST", "/v1/bundles", data, now=time.time() + offset)
    answer = mailbox.http.post("/v1/bundles", content=data, headers=headers)
    assert refusal(answer) == (401, "clock")
    assert "clock" in answer.json()["error"]
    assert mailbox.store.count_bundles() == 0


def test_a_body_other_than_the_one_signed_is_refused(mailbox: Mailbox) -> None:
    signed_for, sent = age_bundle(), age_bundle()
    headers = DEVICE.headers("POST", "/v1/bundles", signed_for)
    answer = mailbox.http.post("/v1/bundles", content=sent, headers=headers)
    assert refusal(answer) == (400, "body_hash")
    # Changing the claimed hash to the sent body's breaks the signature instead.
    headers["x-logbook-content-sha256"] = hashlib.sha256(sent).hexdigest()
    answer = mailbox.http.post("/v1/bundles", content=sent, headers=headers)
    assert refusal(answer) == (401, "bad_signature")
    # The refused request spent its nonce: sent again with the body it was signed for, it is
    # a replay, refused, as it was when the nonce was taken before the body was read.
    headers = DEVICE.headers("POST", "/v1/bundles", signed_for)
    answer = mailbox.http.post("/v1/bundles", content=sent, headers=headers)
    assert refusal(answer) == (400, "body_hash")
    answer = mailbox.http.post("/v1/bundles", content=signed_for, headers=headers)
    assert refusal(answer) == (401, "replay")
    assert mailbox.store.count_bundles() == 0


def test_an_unregistered_key_is_refused(mailbox: Mailbox) -> None:
    stranger = Device()
    assert refusal(signed_upload(mailbox.http, age_bundle(), stranger)) == (401, "device_unknown")
    answer = read_notices(mailbox, stranger, stranger.id)
    assert refusal(answer) == (401, "device_unknown")
    assert mailbox.store.count_bundles() == 0


def test_a_registered_device_id_signed_with_another_key_is_refused(mailbox: Mailbox) -> None:
    impostor = Device()
    data = age_bundle()
    headers = impostor.headers("POST", "/v1/bundles", data)
    headers["x-logbook-device"] = DEVICE.id
    answer = mailbox.http.post("/v1/bundles", content=data, headers=headers)
    assert refusal(answer) == (401, "bad_signature")
    assert mailbox.store.count_bundles() == 0


def test_registration_needs_the_key_it_registers(mailbox: Mailbox) -> None:
    """Proof of possession: the registration is signed by the key in its body."""
    victim, attacker = Device(), Device()
    body = json.dumps({"public_key": base64.b64encode(victim.public).decode()}).encode()
    headers = {**upload_headers(), **attacker.headers("POST", "/v1/devices", body)}
    answer = mailbox.http.post("/v1/devices", content=body, headers=headers)
    assert refusal(answer) == (401, "bad_signature")
    assert mailbox.store.device(victim.id) is None


def test_a_revoked_device_is_refused_everything(mailbox: Mailbox) -> None:
    assert signed_upload(mailbox.http, age_bundle()).status_code == 201
    answer = set_statuses(mailbox.http, (DEVICE, "revoked"))
    assert answer.status_code == 200 and answer.json() == {"devices": {DEVICE.id: "revoked"}}
    upload = signed_upload(mailbox.http, age_bundle())
    assert refusal(upload) == (403, "device_revoked")
    assert refusal(read_notices(mailbox, DEVICE, DEVICE.id)) == (403, "device_revoked")
    assert refusal(register(mailbox.http)) == (403, "device_revoked")
    # Revocation is final: a later approval does not undo it.
    again = set_statuses(mailbox.http, (DEVICE, "approved"))
    assert again.json() == {"devices": {DEVICE.id: "revoked"}}
    assert mailbox.store.count_bundles() == 1


def test_the_coordinator_approves_a_device_the_mailbox_has_not_seen(mailbox: Mailbox) -> None:
    """A device that delivered by folder until now: approval registers it too."""
    newcomer = Device()
    answer = set_statuses(mailbox.http, (newcomer, "approved"))
    assert answer.json() == {"devices": {newcomer.id: "approved"}}
    assert signed_upload(mailbox.http, age_bundle(), newcomer).status_code == 201


def test_device_statuses_refuse_anything_malformed(mailbox: Mailbox) -> None:
    for body in (b"{}", b"[1]", b'[{"public_key": "AAAA", "status": "approved"}]',
                 json.dumps([{"public_key": base64.b64encode(DEVICE.public).decode(),
                              "status": "pending"}]).encode(), b"[" * 5000):  # fmt: skip
        answer = mailbox.http.post(
            "/v1/devices/statuses", content=body, headers=coordinator_headers()
        )
        assert answer.status_code == 400, body[:40]


def test_pending_registrations_are_capped(tmp_path: Path) -> None:
    with running_mailbox(f"sqlite:///{tmp_path / 'm.sqlite3'}", max_pending_devices=3) as box:
        # DEVICE is one; two more fit.
        assert [register(box.http, Device()).status_code for _ in range(3)] == [201, 201, 429]
        set_statuses(box.http, (DEVICE, "approved"))  # no longer pending: room for one more
        assert register(box.http, Device()).status_code == 201


def test_each_device_has_its_own_quota_in_bytes(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.sqlite3'}"
    with running_mailbox(url, pending_quota_bytes=10_000, device_quota_bytes=20_000) as box:
        first, second = age_bundle(4000), age_bundle(4000)
        assert signed_upload(box.http, first).status_code == 201
        assert signed_upload(box.http, second).status_code == 201
        full = signed_upload(box.http, age_bundle(4000))
        assert full.status_code == 507 and "collects" in full.json()["error"]
        assert signed_upload(box.http, first).status_code == 200  # a resend costs nothing
        other = Device()
        register(box.http, other)
        assert signed_upload(box.http, age_bundle(4000), other).status_code == 201
        # Once collected, there is room again.
        sha = hashlib.sha256(first).hexdigest()
        box.http.delete(f"/v1/bundles/{sha}", headers=coordinator_headers())
        assert signed_upload(box.http, age_bundle(4000)).status_code == 201
        # An approved device has the larger quota.
        assert signed_upload(box.http, age_bundle(4000)).status_code == 507
        set_statuses(box.http, (DEVICE, "approved"))
        assert signed_upload(box.http, age_bundle(4000)).status_code == 201


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_the_rate_limit_holds_across_two_worker_processes(kind: str, tmp_path: Path) -> None:
    """`--workers 2` must not give twice the limit: the bucket is in the database."""
    with database(kind, tmp_path) as url:
        config = write_config_file(tmp_path, db_url=url, uploads_per_minute=1, upload_burst=6)
        server = ServeProcess(config, free_port(), "--workers", "2", log=tmp_path / "serve.log")
        try:
            server.wait_ready()
            with httpx.Client(base_url=server.url, timeout=30) as http:
                assert register(http).status_code == 201
            statuses: list[int] = []

            def send() -> None:
                # A connection each, so the kernel spreads them over both workers.
                with httpx.Client(base_url=server.url, timeout=30) as http:
                    statuses.append(signed_upload(http, age_bundle(500)).status_code)

            threads = [threading.Thread(target=send) for _ in range(16)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(60)
        finally:
            server.stop()
    assert sorted(statuses) == [201] * 6 + [429] * 10


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_the_quota_holds_across_two_worker_processes(kind: str, tmp_path: Path) -> None:
    """Concurrent uploads from one device through two workers never pass its quota."""
    sent = [age_bundle(1500) for _ in range(12)]
    largest = max(len(b) for b in sent)
    with database(kind, tmp_path) as url:
        quota = 5 * largest  # room for five, perhaps six
        config = write_config_file(tmp_path, db_url=url, pending_quota_bytes=quota)
        server = ServeProcess(config, free_port(), "--workers", "2", log=tmp_path / "serve.log")
        try:
            server.wait_ready()
            with httpx.Client(base_url=server.url, timeout=30) as http:
                assert register(http).status_code == 201
            answers: list[tuple[int, int]] = []  # (status, bytes)
            barrier = threading.Barrier(len(sent))

            def send(data: bytes) -> None:
                with httpx.Client(base_url=server.url, timeout=30) as http:
                    barrier.wait(30)
                    answers.append((signed_upload(http, data).status_code, len(data)))

            threads = [threading.Thread(target=send, args=(data,)) for data in sent]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(60)
        finally:
            server.stop()
    assert len(answers) == len(sent) and {s for s, _ in answers} == {201, 507}
    stored = sum(n for status, n in answers if status == 201)
    assert stored <= quota
    # Each refused one would not have fitted beside what was stored.
    assert all(stored + n > quota for status, n in answers if status == 507)
