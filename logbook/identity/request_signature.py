"""Mailbox requests signed with the device's Ed25519 key: what is signed, and the headers.

The signature covers the method, the path with its query (relative to the mailbox's base
URL), the body's SHA-256, a timestamp and a random nonce, each length-prefixed under a
context string, so no two different requests sign the same bytes. The mailbox checks the
timestamp against its clock (within MAX_SKEW seconds) and refuses a nonce it has seen, so
a captured request cannot be sent again.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
import time
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from logbook.digits import parse_ascii_int
from logbook.identity.fingerprint import device_id
from logbook.identity.signing import public_bytes

CONTEXT = b"logbook.mailbox-request/1"
MAX_SKEW = 300  # seconds either way between the device's clock and the mailbox's
DEVICE_HEADER = "x-logbook-device"
TIME_HEADER = "x-logbook-time"
NONCE_HEADER = "x-logbook-nonce"
BODY_HEADER = "x-logbook-content-sha256"
SIGNATURE_HEADER = "x-logbook-signature"
DEVICE_PATTERN = re.compile(r"D-[A-Z2-7]{10}")
NONCE_PATTERN = re.compile(r"[A-Za-z0-9_-]{22,64}")
SHA256_PATTERN = re.compile(r"[0-9a-f]{64}")
SIGNATURE_PATTERN = re.compile(r"[A-Za-z0-9+/]{86}==")


@dataclass(frozen=True)
class SignedRequest:
    """The signature headers of one request, checked for form (not yet for truth)."""

    device_id: str
    timestamp: int
    nonce: str
    body_sha256: str
    signature: bytes


def message(
    method: str, target: str, body_sha256: str, timestamp: int, nonce: str, device: str
) -> bytes:
    """The bytes signed: each part length-prefixed after the context string."""
    out = bytearray(CONTEXT)
    for part in (method.upper(), target, body_sha256, str(timestamp), nonce, device):
        raw = part.encode("utf-8")
        out += len(raw).to_bytes(4, "big") + raw
    return bytes(out)


def sign_request(
    key: Ed25519PrivateKey, method: str, target: str, body: bytes, now: float | None = None
) -> dict[str, str]:
    """The headers that sign `method target` with `body` as this device, now."""
    device = device_id(public_bytes(key))
    timestamp = int(time.time() if now is None else now)
    nonce = secrets.token_urlsafe(24)
    body_sha256 = hashlib.sha256(body).hexdigest()
    signature = key.sign(message(method, target, body_sha256, timestamp, nonce, device))
    return {
        DEVICE_HEADER: device,
        TIME_HEADER: str(timestamp),
        NONCE_HEADER: nonce,
        BODY_HEADER: body_sha256,
        SIGNATURE_HEADER: base64.b64encode(signature).decode("ascii"),
    }


def read_signed(headers: dict[str, str]) -> SignedRequest | None:
    """The signature headers if all are there and well formed, else None."""
    device = headers.get(DEVICE_HEADER, "")
    timestamp = parse_ascii_int(headers.get(TIME_HEADER, ""), 12)
    nonce = headers.get(NONCE_HEADER, "")
    body_sha256 = headers.get(BODY_HEADER, "")
    signature = headers.get(SIGNATURE_HEADER, "")
    if (
        timestamp is None
        or not DEVICE_PATTERN.fullmatch(device)
        or not NONCE_PATTERN.fullmatch(nonce)
        or not SHA256_PATTERN.fullmatch(body_sha256)
        or not SIGNATURE_PATTERN.fullmatch(signature)
    ):
        return None
    return SignedRequest(device, timestamp, nonce, body_sha256, base64.b64decode(signature))


def within_skew(signed: SignedRequest, now: float | None = None) -> bool:
    return abs((time.time() if now is None else now) - signed.timestamp) <= MAX_SKEW


def signature_holds(signed: SignedRequest, key: Ed25519PublicKey, method: str, target: str) -> bool:
    """True when `key` signed this request (and the device id is that key's)."""
    if device_id(public_bytes(key)) != signed.device_id:
        return False
    try:
        key.verify(
            signed.signature,
            message(
                method, target, signed.body_sha256, signed.timestamp, signed.nonce, signed.device_id
            ),
        )
    except InvalidSignature:
        return False
    return True
