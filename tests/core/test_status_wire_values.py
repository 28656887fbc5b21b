"""Statuses keep their wire spelling: receipts, the mailbox's device list and the coordinator
database's CHECK constraints read exactly these words, whatever the enums are called."""

from __future__ import annotations

import json

import pyrage
import pytest

from logbook.bundle.read import CannotDecrypt, read_bundle
from logbook.coordinator.schema import Device, Receipt
from logbook.errors import DamagedFile
from logbook.identity.envelope import seal
from logbook.identity.signing import new_signing_key, public_bytes
from logbook.org.receipts import RECEIPT_FORMAT, read_receipt, receipt_payload
from logbook.statuses import DeviceStatus, ImportStatus, ReceiptStatus


def test_the_wire_spelling_of_every_status_is_pinned() -> None:
    assert [s.value for s in ImportStatus] == [
        "imported", "already", "held", "conflict", "rejected",
    ]  # fmt: skip
    assert [s.value for s in ReceiptStatus] == ["imported", "held", "conflict", "rejected"]
    assert [s.value for s in DeviceStatus] == ["pending", "approved", "revoked"]
    assert [s for s in ImportStatus if s.ok] == [
        ImportStatus.IMPORTED, ImportStatus.ALREADY, ImportStatus.HELD,
    ]  # fmt: skip


def test_the_check_constraints_allow_exactly_the_stored_statuses() -> None:
    def check(table: object) -> str:
        (constraint,) = [
            c
            for c in table.__table__.constraints  # type: ignore[attr-defined]
            if c.name and c.name.endswith("_status")
        ]
        return str(constraint.sqltext)

    assert check(Receipt) == "status IN ('imported', 'held', 'conflict', 'rejected')"
    assert check(Device) == "status IN ('pending', 'approved', 'revoked')"


@pytest.mark.parametrize("status", list(ImportStatus))
def test_a_signed_receipt_carries_the_status_as_its_word(status: ImportStatus) -> None:
    key = new_signing_key()
    payload = receipt_payload("D-ABC", "ab" * 32, status, "why " * 100)
    assert json.loads(payload)["status"] == status.value
    receipt = read_receipt(seal(RECEIPT_FORMAT, payload, key), public_bytes(key))
    assert receipt.status is status
    assert len(receipt.reason) == 300


def test_a_receipt_with_a_status_this_app_does_not_know_is_damaged() -> None:
    key = new_signing_key()
    body = json.dumps({"device_id": "D", "sha256": "x", "status": "eaten", "reason": ""})
    with pytest.raises(DamagedFile, match="receipt is damaged"):
        read_receipt(seal(RECEIPT_FORMAT, body.encode(), key), public_bytes(key))


def test_a_bundle_for_another_key_is_told_apart_by_its_type_not_its_words() -> None:
    ours, theirs = pyrage.x25519.Identity.generate(), pyrage.x25519.Identity.generate()
    sealed = pyrage.encrypt(b"anything", [theirs.to_public()])
    with pytest.raises(CannotDecrypt):
        read_bundle(sealed, ours)
    # It opens, but is no signed envelope: rejected, and not mistaken for "not for us".
    with pytest.raises(DamagedFile) as caught:
        read_bundle(sealed, theirs)
    assert not isinstance(caught.value, CannotDecrypt)
