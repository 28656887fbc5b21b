"""The mailbox over real HTTP, on SQLite and on PostgreSQL: each door, each refusal."""

from __future__ import annotations

import base64
import hashlib
import json
import logging
import socket
import time

import pytest

from logbook.bundle.age_header import VERSION_LINE
from logbook.server import app as app_module
from tests.server.harness import (
    COORDINATOR_TOKEN,
    DEVICE,
    UPLOAD_TOKEN,
    Device,
    Mailbox,
    age_bundle,
    coordinator_headers,
    raw_exchange,
    read_answer,
    register,
    signed_get,
    signed_upload,
    status_of,
    upload_headers,
)


def upload(mailbox: Mailbox, data: bytes, device: Device = DEVICE) -> int:
    status: int = signed_upload(mailbox.http, data, device).status_code
    return status


def listed(mailbox: Mailbox) -> list[str]:
    answer = mailbox.http.get("/v1/bundles", headers=coordinator_headers())
    assert answer.status_code == 200
    return [b["sha256"] for b in answer.json()]


def raw_post_head(path: str, body: bytes, *extra: str) -> bytes:
    """A request head signed by DEVICE for `body` (which may then be sent, or not)."""
    signed = [f"{k}: {v}" for k, v in DEVICE.headers("POST", path, body).items()]
    lines = [f"POST {path} HTTP/1.1", "Host: 127.0.0.1", *signed, *extra]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def test_health_answers_without_a_token(mailbox: Mailbox) -> None:
    answer = mailbox.http.get("/v1/health")
    assert answer.status_code == 200 and answer.json() == {"ok": True}


def test_a_new_bundle_is_stored_listed_and_fetched_byte_for_byte(mailbox: Mailbox) -> None:
    data = age_bundle(8000)
    answer = signed_upload(mailbox.http, data)
    sha = hashlib.sha256(data).hexdigest()
    assert answer.status_code == 201 and answer.json() == {"sha256": sha}
    rows = mailbox.http.get("/v1/bundles", headers=coordinator_headers()).json()
    assert [(r["sha256"], r["size"]) for r in rows] == [(sha, len(data))]
    assert rows[0]["received_at"].endswith("+00:00")
    fetched = mailbox.http.get(f"/v1/bundles/{sha}", headers=coordinator_headers())
    assert fetched.status_code == 200 and fetched.content == data
    assert fetched.headers["content-type"] == "application/octet-stream"


def test_duplicate_upload_answers_200_and_keeps_one_row(mailbox: Mailbox) -> None:
    data = age_bundle()
    assert upload(mailbox, data) == 201
    assert upload(mailbox, data) == 200
    assert upload(mailbox, data) == 200
    assert mailbox.store.count_bundles() == 1


def test_bundles_list_oldest_first(mailbox: Mailbox) -> None:
    sent = [age_bundle(500) for _ in range(4)]
    for data in sent:
        assert upload(mailbox, data) == 201
    assert listed(mailbox) == [hashlib.sha256(d).hexdigest() for d in sent]


def test_bundle_list_pages_with_after(mailbox: Mailbox, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app_module, "LIST_LIMIT", 2)
    datas = [age_bundle(500) for _ in range(5)]
    for data in datas:
        upload(mailbox, data)
    shas = [hashlib.sha256(d).hexdigest() for d in datas]
    pages: list[list[str]] = []
    after = None
    while True:
        params: dict[str, str] = {"after": after} if after else {}
        page = mailbox.http.get("/v1/bundles", params=params, headers=coordinator_headers())
        rows = [r["sha256"] for r in page.json()]
        if not rows:
            break
        pages.append(rows)
        after = rows[-1]
    assert pages == [shas[0:2], shas[2:4], shas[4:5]]


def test_listing_after_a_bundle_no_longer_there_is_404(mailbox: Mailbox) -> None:
    answer = mailbox.http.get(
        "/v1/bundles", params={"after": "0" * 64}, headers=coordinator_headers()
    )
    assert answer.status_code == 404 and "list from the start" in answer.json()["error"]


def test_missing_token_or_signature_is_refused_with_401(mailbox: Mailbox) -> None:
    answer = mailbox.http.post("/v1/bundles", content=age_bundle())
    assert answer.status_code == 401
    assert answer.json() == {
        "error": "This request must be signed by a registered device.",
        "code": "unsigned",
    }
    unsigned = mailbox.http.get("/v1/bundles")
    assert unsigned.status_code == 401
    assert unsigned.headers["www-authenticate"].startswith("Bearer")
    assert "token" in unsigned.json()["error"]
    assert mailbox.store.count_bundles() == 0


def test_wrong_token_is_refused_with_401(mailbox: Mailbox) -> None:
    assert register(mailbox.http, Device(), token=UPLOAD_TOKEN + "x").status_code == 401
    bad = {"Authorization": "Bearer not-the-token"}
    assert mailbox.http.get("/v1/bundles", headers=bad).status_code == 401
    basic = {"Authorization": "Basic " + base64.b64encode(b"a:b").decode()}
    assert mailbox.http.get("/v1/bundles", headers=basic).status_code == 401
    assert mailbox.store.count_bundles() == 0


def test_coordinator_token_cannot_upload_or_register(mailbox: Mailbox) -> None:
    data = age_bundle()
    assert (
        mailbox.http.post("/v1/bundles", content=data, headers=coordinator_headers()).status_code
        == 401
    )
    assert register(mailbox.http, Device(), token=COORDINATOR_TOKEN).status_code == 401
    assert mailbox.store.count_bundles() == 0


def test_the_upload_token_only_registers(mailbox: Mailbox) -> None:
    """The enrolment file's token cannot upload, list, fetch, delete, post or read notices."""
    data = age_bundle()
    assert upload(mailbox, data) == 201
    sha = hashlib.sha256(data).hexdigest()
    http, headers = mailbox.http, upload_headers()
    assert http.post("/v1/bundles", content=age_bundle(), headers=headers).status_code == 401
    assert http.get("/v1/bundles", headers=headers).status_code == 401
    assert http.get(f"/v1/bundles/{sha}", headers=headers).status_code == 401
    assert http.delete(f"/v1/bundles/{sha}", headers=headers).status_code == 401
    posted = http.post("/v1/notices?audience=*", content=b"x", headers=headers)
    assert posted.status_code == 401
    read = http.get("/v1/notices", params={"audience": DEVICE.id}, headers=headers)
    assert read.status_code == 401
    statuses = http.post("/v1/devices/statuses", content=b"[]", headers=headers)
    assert statuses.status_code == 401
    # Signed by a registered device as well, the token still opens nothing but registration.
    both = {**headers, **DEVICE.headers("GET", "/v1/bundles")}
    assert http.get("/v1/bundles", headers=both).status_code == 401
    assert mailbox.store.count_bundles() == 1


def test_oversize_by_content_length_is_refused_before_the_body(mailbox: Mailbox) -> None:
    head = raw_post_head(
        "/v1/bundles", b"", f"Content-Length: {mailbox.config.max_bundle_bytes + 1}"
    )
    answer = raw_exchange(mailbox.port, head)  # no body sent at all
    assert status_of(answer) == 413
    assert b"larger than 1048576 bytes" in answer
    assert b"connection: close" in answer.lower()
    assert mailbox.store.count_bundles() == 0


def test_oversize_while_streaming_is_refused_with_413(mailbox: Mailbox) -> None:
    """Chunked, so no Content-Length: the count while reading must stop it."""
    chunk = 64 * 1024
    needed = mailbox.config.max_bundle_bytes // chunk + 1  # one chunk past the limit
    with socket.create_connection(("127.0.0.1", mailbox.port), timeout=5) as sock:
        sock.sendall(raw_post_head("/v1/bundles", b"", "Transfer-Encoding: chunked"))
        # It starts like an age file; every chunk is framed as HTTP/1.1 chunked encoding asks.
        sock.sendall(f"{len(VERSION_LINE):x}\r\n".encode() + VERSION_LINE + b"\r\n")
        for _ in range(needed):
            sock.sendall(f"{chunk:x}\r\n".encode() + b"A" * chunk + b"\r\n")
        answer = read_answer(sock)
    assert status_of(answer) == 413
    assert mailbox.store.count_bundles() == 0
    assert mailbox.http.get("/v1/health").status_code == 200


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"hello, this is not encrypted",
        b'{"format": "logbook.bundle/1"}',
        VERSION_LINE + b"--- " + b"A" * 43 + b"\n" + b"x" * 64,  # no recipient
        VERSION_LINE + b"-> X25519 abc\n" + b"A" * 43 + b"\n",  # header never ends
    ],
    ids=["empty", "text", "json", "no-recipient", "unterminated"],
)
def test_not_an_age_file_is_refused_with_400(mailbox: Mailbox, data: bytes) -> None:
    answer = signed_upload(mailbox.http, data)
    assert answer.status_code == 400
    assert answer.json()["error"][0].isupper()  # a sentence, not a code
    assert mailbox.store.count_bundles() == 0


def test_a_cut_short_age_file_is_refused_with_400(mailbox: Mailbox) -> None:
    data = age_bundle()
    header_end = data.index(b"\n---") + 1
    cut = data[: data.index(b"\n", header_end) + 1] + b"short"
    answer = signed_upload(mailbox.http, cut)
    assert answer.status_code == 400 and "cut short" in answer.json()["error"]


def test_an_age_header_with_thousands_of_stanzas_is_refused(mailbox: Mailbox) -> None:
    stanza = b"-> X25519 " + b"A" * 43 + b"\n" + b"B" * 43 + b"\n"
    data = VERSION_LINE + stanza * 5000 + b"--- " + b"C" * 43 + b"\n" + b"\0" * 64
    assert len(data) < mailbox.config.max_bundle_bytes
    started = time.perf_counter()
    answer = signed_upload(mailbox.http, data)
    assert answer.status_code == 400
    assert "more than 64 recipients" in answer.json()["error"]
    assert time.perf_counter() - started < 10  # bounded parsing, with room for a busy machine
    assert mailbox.store.count_bundles() == 0


def test_disconnect_mid_upload_stores_nothing(
    mailbox: Mailbox, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="logbook.server.access")
    data = age_bundle(100_000)
    head = raw_post_head("/v1/bundles", data, "Content-Length: 100000")
    with socket.create_connection(("127.0.0.1", mailbox.port), timeout=5) as sock:
        sock.sendall(head + data[:50_000])
    deadline = time.monotonic() + 5
    while not any('"route":"/v1/bundles"' in r.getMessage() for r in caplog.records):
        assert time.monotonic() < deadline, "the server never finished the cut-off request"
        time.sleep(0.02)
    assert listed(mailbox) == []
    assert mailbox.store.count_bundles() == 0
    assert upload(mailbox, age_bundle()) == 201  # and it still serves


def test_delete_then_fetch_is_404(mailbox: Mailbox) -> None:
    data = age_bundle()
    upload(mailbox, data)
    sha = hashlib.sha256(data).hexdigest()
    http, headers = mailbox.http, coordinator_headers()
    assert http.delete(f"/v1/bundles/{sha}", headers=headers).status_code == 204
    assert http.get(f"/v1/bundles/{sha}", headers=headers).status_code == 404
    assert http.delete(f"/v1/bundles/{sha}", headers=headers).status_code == 404
    assert listed(mailbox) == []


def test_a_bundle_name_that_is_not_a_sha256_is_400(mailbox: Mailbox) -> None:
    for name in ("abc", "G" * 64, "A" * 64):
        answer = mailbox.http.get(f"/v1/bundles/{name}", headers=coordinator_headers())
        assert answer.status_code == 400


def post_notice(mailbox: Mailbox, audience: str, data: bytes) -> int:
    answer = mailbox.http.post(
        "/v1/notices", params={"audience": audience}, content=data, headers=coordinator_headers()
    )
    return answer.status_code


def notices(
    mailbox: Mailbox, audience: str, after: int = 0, token: str | None = COORDINATOR_TOKEN
) -> list[tuple[int, str, bytes]]:
    """As the coordinator (token), or as the device `audience` names when `token` is None."""
    target = f"/v1/notices?audience={audience}&after={after}"
    if token is None:
        answer = signed_get(mailbox.http, target)
    else:
        answer = mailbox.http.get(target, headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200, answer.text
    return [(n["id"], n["audience"], base64.b64decode(n["data"])) for n in answer.json()]


def test_notices_reach_their_audience_and_everyone(mailbox: Mailbox) -> None:
    assert post_notice(mailbox, "D-AAAAAAAAAA", b"receipt for A") == 201
    assert post_notice(mailbox, "D-BBBBBBBBBB", b"receipt for B") == 201
    assert post_notice(mailbox, "*", b"new tag list") == 201
    for_a = notices(mailbox, "D-AAAAAAAAAA")
    assert [(aud, data) for _, aud, data in for_a] == [
        ("D-AAAAAAAAAA", b"receipt for A"),
        ("*", b"new tag list"),
    ]
    assert [d for _, _, d in notices(mailbox, "D-BBBBBBBBBB")] == [
        b"receipt for B",
        b"new tag list",
    ]
    assert [d for _, _, d in notices(mailbox, "*", token=COORDINATOR_TOKEN)] == [b"new tag list"]
    assert notices(mailbox, "D-CCCCCCCCCC") == [notices(mailbox, "*")[0]]


def test_notices_after_returns_only_newer_ones(mailbox: Mailbox) -> None:
    for i in range(3):
        post_notice(mailbox, "D-AAAAAAAAAA", f"notice {i}".encode())
    everything = notices(mailbox, "D-AAAAAAAAAA")
    ids = [i for i, _, _ in everything]
    assert ids == sorted(ids) and len(ids) == 3
    assert [d for _, _, d in notices(mailbox, "D-AAAAAAAAAA", after=ids[0])] == [
        b"notice 1",
        b"notice 2",
    ]
    assert notices(mailbox, "D-AAAAAAAAAA", after=ids[-1]) == []


def test_the_same_notice_twice_is_200_and_kept_once(mailbox: Mailbox) -> None:
    assert post_notice(mailbox, "D-AAAAAAAAAA", b"same") == 201
    assert post_notice(mailbox, "D-AAAAAAAAAA", b"same") == 200
    assert post_notice(mailbox, "D-BBBBBBBBBB", b"same") == 201  # once per audience
    assert len(notices(mailbox, "D-AAAAAAAAAA")) == 1


def test_notice_refusals(mailbox: Mailbox) -> None:
    too_big = b"x" * (mailbox.config.max_notice_bytes + 1)
    assert post_notice(mailbox, "D-AAAAAAAAAA", too_big) == 413
    assert post_notice(mailbox, "D-AAAAAAAAAA", b"") == 400
    assert post_notice(mailbox, "not a device!", b"x") == 400
    answer = signed_get(mailbox.http, "/v1/notices?audience=*&after=-1")
    assert answer.status_code == 400
    assert mailbox.http.get("/v1/notices", params={"audience": "*"}).status_code == 401


@pytest.mark.parametrize("after", ["²", "٣", "１", "1_0", " 1", "+1", "9" * 19])
def test_a_notice_number_in_anything_but_ascii_digits_is_400(mailbox: Mailbox, after: str) -> None:
    answer = mailbox.http.get(
        "/v1/notices", params={"audience": "*", "after": after}, headers=coordinator_headers()
    )
    assert answer.status_code == 400
    assert answer.json() == {"error": "`after` must be a notice number (0 or more)."}


def test_unknown_address_and_method_answer_in_json(mailbox: Mailbox) -> None:
    missing = mailbox.http.get("/v2/anything")
    assert missing.status_code == 404 and "error" in missing.json()
    wrong = mailbox.http.put("/v1/bundles", content=b"x", headers=coordinator_headers())
    assert wrong.status_code == 405 and "error" in wrong.json()


def test_access_log_is_one_json_line_with_the_route_and_no_secrets(
    mailbox: Mailbox, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="logbook.server.access")
    data = age_bundle(3000)
    upload(mailbox, data)
    sha = hashlib.sha256(data).hexdigest()
    mailbox.http.get(f"/v1/bundles/{sha}", headers=coordinator_headers())
    mailbox.http.get("/v1/notices?audience=D-SECRETISH&after=0", headers=coordinator_headers())
    deadline = time.monotonic() + 5

    def access_lines() -> list[str]:
        # Not the line of the fixture's registering DEVICE, which may come late.
        return [
            r.getMessage()
            for r in caplog.records
            if r.name == "logbook.server.access" and '"/v1/devices"' not in r.getMessage()
        ]

    while len(access_lines()) < 3:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    lines = access_lines()
    records = [json.loads(line) for line in lines]
    assert [(r["method"], r["route"], r["status"]) for r in records] == [
        ("POST", "/v1/bundles", 201),
        ("GET", "/v1/bundles/{sha256}", 200),
        ("GET", "/v1/notices", 200),
    ]
    assert records[0]["bytes_in"] == len(data) and records[1]["bytes_out"] == len(data)
    assert all(r["client"] == "127.0.0.1" and r["duration_ms"] >= 0 for r in records)
    assert set(records[0]) == {
        "time", "method", "route", "status", "duration_ms", "bytes_in", "bytes_out", "client"
    }  # fmt: skip
    everything = "\n".join(lines)
    for secret in (UPLOAD_TOKEN, COORDINATOR_TOKEN, sha, "SECRETISH", "Bearer"):
        assert secret not in everything
