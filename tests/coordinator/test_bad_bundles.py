"""Bad bundles, each rejected with a reason a coordinator understands, changing nothing,
while the good bundles of the same batch still import."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import update

from logbook.bundle.payload import BUNDLE_FORMAT
from logbook.coordinator.schema import Device
from logbook.coordinator.service import Coordinator
from logbook.identity.signing import b64, public_bytes
from tests.coordinator.conftest import Volunteer, data_rows, week

CHUNK = 64 * 1024 + 16  # an age payload chunk: 64 KiB of plaintext and its 16-byte tag


def big_weeks() -> list:  # type: ignore[type-arg]
    """About 300 KB of summary: several 64 KiB chunks once sealed."""
    return [
        week(f"{2020 + i // 52}-W{i % 52 + 1:02d}", *(f"M-{n:04d}" for n in range(6)))
        for i in range(300)
    ]


def rejected(work: Coordinator, data: bytes, *words: str) -> str:
    before = data_rows(work)
    result = work.importer.import_bytes(data)
    assert result.status == "rejected", result
    assert any(w in result.reason for w in words), result.reason
    assert "Traceback" not in result.reason and len(result.reason) < 300
    assert data_rows(work) == before
    return result.reason


def payload_start(data: bytes) -> int:
    header_end = data.index(b"\n---") + 1
    return data.index(b"\n", header_end) + 1 + 16  # MAC line, then the 16-byte nonce


def test_a_flipped_byte_anywhere_is_rejected(work: Coordinator, approved: Volunteer) -> None:
    data = approved.bundle(big_weeks(), sequence=2)
    start = payload_start(data)
    positions = {0, 5, 22, 30, 60, 100, start - 20, start - 17, start - 1, start, start + 1}
    positions |= {start + k * CHUNK + d for k in range(1, 5) for d in (-1, 0, 1)}
    positions |= set(range(0, len(data), len(data) // 40)) | {len(data) - 1}
    for at in sorted(p for p in positions if 0 <= p < len(data)):
        bad = bytearray(data)
        bad[at] ^= 0x20
        rejected(work, bytes(bad), "age", "decrypted", "damaged")
    assert work.importer.import_bytes(data).status == "imported"  # the original is fine


def test_truncation_at_and_between_chunk_boundaries(work: Coordinator, approved: Volunteer) -> None:
    data = approved.bundle(big_weeks(), sequence=2)
    start = payload_start(data)
    chunks = (len(data) - start) // CHUNK
    assert chunks >= 3
    cuts = {0, 10, start - 16, start, start + 100}
    cuts |= {start + k * CHUNK + d for k in range(1, chunks + 1) for d in (-1, 0, 1)}
    cuts |= {start + k * CHUNK + CHUNK // 2 for k in range(chunks)} | {len(data) - 1}
    for cut in sorted(c for c in cuts if c < len(data)):
        rejected(work, data[:cut], "age", "decrypted", "cut short", "damaged")


@pytest.mark.parametrize(
    "data",
    [b"", b"hello", b'{"format": "logbook.bundle/1", "payload": "", "sig": ""}', bytes(range(256))],
)
def test_not_an_age_file(work: Coordinator, data: bytes) -> None:
    rejected(work, data, "not an age", "age header")


def test_thousands_of_stanzas_are_refused_before_any_decryption(
    work: Coordinator, approved: Volunteer
) -> None:
    data = approved.bundle([week("2026-W01", "M-0001")], sequence=2)
    header, rest = data.split(b"\n", 1)
    stanza = b"-> X25519 " + b"A" * 43 + b"\n" + b"B" * 43 + b"\n"
    rejected(work, header + b"\n" + stanza * 5000 + rest, "more than 64 recipients")


def test_a_bundle_for_another_organisation(work: Coordinator, approved: Volunteer) -> None:
    envelope = pyrage.decrypt(
        approved.bundle([week("2026-W01", "M-0001")], sequence=2), [approved.org.identity]
    )
    other = pyrage.x25519.Identity.generate().to_public()
    rejected(work, pyrage.encrypt(envelope, [other]), "another organisation")
    wrong_org = approved.payload([week("2026-W01", "M-0001")], sequence=2)
    wrong_org["org_id"] = "O-AAAAAAAAAAAAAAAA"
    rejected(work, approved.seal(json.dumps(wrong_org).encode()), "another organisation")


def envelope_of(volunteer: Volunteer, **changes: object) -> bytes:
    payload = json.dumps(volunteer.payload([week("2026-W01", "M-0001")], sequence=2)).encode()
    key: Ed25519PrivateKey = changes.pop("signer", volunteer.key)  # type: ignore[assignment]
    sig = key.sign(BUNDLE_FORMAT.encode() + payload)
    body = {"format": BUNDLE_FORMAT, "payload": b64(payload), "sig": b64(sig), **changes}
    return volunteer.encrypt(json.dumps(body).encode())


def tamper_payload(volunteer: Volunteer) -> bytes:
    payload = json.dumps(volunteer.payload([week("2026-W01", "M-0001")], sequence=2)).encode()
    sig = volunteer.key.sign(BUNDLE_FORMAT.encode() + payload)
    altered = payload.replace(b'"count": 1', b'"count": 9')
    assert altered != payload
    body = {"format": BUNDLE_FORMAT, "payload": b64(altered), "sig": b64(sig)}
    return volunteer.encrypt(json.dumps(body).encode())


def flipped_sig(volunteer: Volunteer) -> bytes:
    payload = json.dumps(volunteer.payload([week("2026-W01", "M-0001")], sequence=2)).encode()
    sig = bytearray(volunteer.key.sign(BUNDLE_FORMAT.encode() + payload))
    sig[10] ^= 1
    body = {"format": BUNDLE_FORMAT, "payload": b64(payload), "sig": b64(bytes(sig))}
    return volunteer.encrypt(json.dumps(body).encode())


SIGNATURE_CASES: dict[str, Callable[[Volunteer], bytes]] = {
    "unsigned": lambda v: envelope_of(v, sig=""),
    "signed by an unknown key": lambda v: envelope_of(v, signer=Ed25519PrivateKey.generate()),
    "tampered signature": flipped_sig,
    "tampered payload": tamper_payload,
    "another kind of document": lambda v: envelope_of(v, format="logbook.enrolment/1"),
    "not base64": lambda v: envelope_of(v, payload="***"),
}


@pytest.mark.parametrize("case", sorted(SIGNATURE_CASES))
def test_signature_problems(work: Coordinator, approved: Volunteer, case: str) -> None:
    rejected(work, SIGNATURE_CASES[case](approved), "signature", "unsigned", "kind", "base64")


def test_a_device_key_swapped_under_a_known_device_id(
    work: Coordinator, approved: Volunteer
) -> None:
    # A different key can only share a device id by a 50-bit hash collision; the full key is
    # compared anyway, so a colliding key is refused (simulated by changing the stored key).
    other = b64(public_bytes(Ed25519PrivateKey.generate()))
    with work.db.session() as s:
        s.execute(update(Device).where(Device.id == approved.id).values(public_key=other))
    rejected(work, approved.bundle([week("2026-W03", "M-0001")], sequence=3), "does not match")


def test_oversize(work: Coordinator, approved: Volunteer) -> None:
    data = approved.encrypt(b" " * (1024 * 1024 + 10))
    rejected(work, data, "larger than 1 MiB")


def signed(volunteer: Volunteer, payload: bytes) -> bytes:
    return volunteer.seal(payload)


def test_deeply_nested_and_huge_json(work: Coordinator, approved: Volunteer) -> None:
    key = b64(public_bytes(approved.key)).encode()
    nested = b'{"device_key": "' + key + b'", "summary": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    rejected(work, signed(approved, nested), "format", "damaged")
    payload = approved.payload([week("2026-W01", "M-0001")], sequence=2)
    payload["summary"]["weeks"][0]["matches"][0]["match_code"] = "M" * 700_000
    rejected(work, signed(approved, json.dumps(payload).encode()), "format")


SCHEMA_CASES: dict[str, Callable[[dict], None]] = {  # type: ignore[type-arg]
    "minutes not a multiple of 15": lambda p: p["summary"]["weeks"][0]["matches"][0].update(
        minutes=7
    ),
    "unknown field": lambda p: p["summary"]["weeks"][0]["matches"][0].update(notes="hello"),
    "impossible week": lambda p: p["summary"]["weeks"][0].update(week="2026-W99"),
    "negative count": lambda p: p["summary"]["weeks"][0]["matches"][0]["contacts"][0].update(
        count=-1
    ),
    "sequence zero": lambda p: p.update(sequence=0),
    "a date instead of a week": lambda p: p["summary"]["weeks"][0].update(week="2026-01-05"),
    "more reported than raised": lambda p: p["summary"]["weeks"][0]["matches"][0].update(
        concerns={"raised": 1, "reported": 2}
    ),
}


@pytest.mark.parametrize("case", sorted(SCHEMA_CASES))
def test_schema_violations(work: Coordinator, approved: Volunteer, case: str) -> None:
    payload = approved.payload([week("2026-W01", "M-0001")], sequence=2)
    SCHEMA_CASES[case](payload)
    reason = rejected(work, signed(approved, json.dumps(payload).encode()), "format")
    assert "7" not in reason.replace("1 problems", "")  # no value is echoed back


def test_a_batch_with_bad_bundles_still_imports_the_good_ones(
    work: Coordinator, approved: Volunteer, tmp_path: Path
) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "1-good.age").write_bytes(approved.bundle([week("2026-W20", "M-0001")], sequence=2))
    (folder / "2-bad.age").write_bytes(b"age-encryption.org/v1\n-> nonsense\n")
    (folder / "3-other.age").write_bytes(tamper_payload(approved))
    (folder / "4-good.age").write_bytes(approved.bundle([week("2026-W21", "M-0001")], sequence=3))
    (folder / "notes.txt").write_text("not a bundle, not looked at")
    batch = work.import_files([folder])
    assert [r.status for r in batch.results] == ["imported", "rejected", "rejected", "imported"]
    assert all(Path(r.source).parent == folder for r in batch.results)
