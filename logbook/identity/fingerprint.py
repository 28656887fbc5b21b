"""Fingerprints to read over the phone, and short stable device ids, from public keys."""

from __future__ import annotations

import base64
import hashlib

FINGERPRINT_CHARS = 25  # 125 bits of base32 (the brief asks for at least 100)
GROUP = 5
DEVICE_ID_CHARS = 10  # 50 bits: short enough to say, long enough never to collide in a scheme


def _base32(context: str, *parts: bytes) -> str:
    digest = hashlib.sha256(context.encode())
    for part in parts:
        # Length-prefixed, so two different splits of the same bytes never hash alike.
        digest.update(len(part).to_bytes(4, "big") + part)
    return base64.b32encode(digest.digest()).decode("ascii")


def grouped(text: str) -> str:
    return " ".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def fingerprint(context: str, *parts: bytes) -> str:
    """E.g. `KQ3ZC 7M2PA XH4RT ...`: base32 (no 0/1/8/9 to mishear), in groups of five."""
    return grouped(_base32(context, *parts)[:FINGERPRINT_CHARS])


# What people put between groups when they type what they hear: ignored, nothing else is.
SEPARATORS = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2212_.")


def read_out_form(text: str) -> str:
    """`text` as compared: spaces and dashes dropped, ASCII letters in capitals.

    Only ASCII is folded: a Unicode case mapping could turn one typed letter into two
    (German sharp s to "SS") and make a wrong fingerprint compare equal.
    """
    return "".join(
        ch.upper() if ch.isascii() else ch
        for ch in text
        if not ch.isspace() and ch not in SEPARATORS
    )


def same_fingerprint(typed: str, expected: str) -> bool:
    """Compare as read out: spaces, dashes and case do not matter; every character does."""
    wanted = read_out_form(expected)
    return bool(wanted) and read_out_form(typed) == wanted


def org_fingerprint(org_id: str, signing_key: bytes, recipient: str) -> str:
    return fingerprint(
        "logbook.org-fingerprint/1", org_id.encode(), signing_key, recipient.encode()
    )


def device_fingerprint(device_key: bytes) -> str:
    return fingerprint("logbook.device-fingerprint/1", device_key)


def device_id(device_key: bytes) -> str:
    return "D-" + _base32("logbook.device-id/1", device_key)[:DEVICE_ID_CHARS]
