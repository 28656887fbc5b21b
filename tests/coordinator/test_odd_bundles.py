"""Odd bundles: a non-text device key or impossible week is rejected; a full hold waits."""

from __future__ import annotations

import json

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from logbook.coordinator.service import Coordinator
from tests.coordinator.conftest import Volunteer, week
from tests.core.test_cli import Cli, cli  # noqa: F401 - the fixture


def test_a_payload_with_a_non_text_device_key_is_one_rejection_not_a_crash(
    work: Coordinator, volunteer: Volunteer
) -> None:
    for claimed in (5, None, [1], {"a": 1}):
        payload = volunteer.payload([week("2026-W01", "M-0001")])
        payload["device_key"] = claimed
        result = work.importer.import_bytes(volunteer.seal(json.dumps(payload).encode()))
        assert result.status == "rejected" and "device key" in result.reason
    body = volunteer.encrypt(b'["not", "an", "envelope"]')
    assert work.importer.import_bytes(body).status == "rejected"


def test_an_impossible_week_is_refused(work: Coordinator, approved: Volunteer) -> None:
    payload = approved.payload([week("2026-W01", "M-0001")], sequence=2)
    payload["summary"]["weeks"][0]["week"] = "2025-W53"
    result = work.importer.import_bytes(approved.seal(json.dumps(payload).encode()))
    assert result.status == "rejected"


def test_a_full_hold_is_left_in_the_mailbox_to_try_again(work: Coordinator, org: object) -> None:
    first = Volunteer(Ed25519PrivateKey.generate(), org)  # type: ignore[arg-type]
    second = Volunteer(Ed25519PrivateKey.generate(), org)  # type: ignore[arg-type]
    data = first.bundle([week("2026-W01", "M-1")])
    work.set_limit("held_bytes", str(len(data)))  # room for exactly that one
    result = work.importer.import_bytes(data)
    assert result.status == "held" and not result.retry
    full = work.importer.import_bytes(second.bundle([week("2026-W01", "M-2")]))
    assert full.status == "held" and full.retry and full.device_id == second.id
