"""The mailbox's bounded look at age headers: real age files pass, anything else is refused."""

from __future__ import annotations

import contextlib

import pyrage
import pytest
from hypothesis import given
from hypothesis import strategies as st

from logbook.bundle.age_header import VERSION_LINE, NotAnAgeFile, check_age_header

IDENTITY = pyrage.x25519.Identity.generate()


@pytest.mark.parametrize("size", [0, 1, 5000, 70_000])
def test_real_age_files_pass(size: int) -> None:
    recipients = [IDENTITY.to_public(), pyrage.x25519.Identity.generate().to_public()]
    assert check_age_header(pyrage.encrypt(b"x" * size, recipients)) >= 2


def test_a_passphrase_age_header_passes() -> None:
    # The header of `pyrage.passphrase.encrypt(b"hello", "pw")`, kept to skip scrypt's cost.
    data = (
        VERSION_LINE
        + b"-> scrypt 4qMg22+QXDmYnK3Zof+/vQ 19\n"
        + b"VYFrgQo3+Ba/PHzahMhxUdYSzPwtUTZUvtZIew+v9xU\n"
        + b"--- ot+Aig+agn4a8gZCkp+4YEFcqMIroGIcYwD1MGgbfd0\n"
        + bytes(range(37))
    )
    assert check_age_header(data) == 1


def test_a_header_longer_than_the_bound_is_refused() -> None:
    # One stanza whose body goes on in full 64-column lines, past the 64 KiB bound.
    data = VERSION_LINE + b"-> X25519 " + b"A" * 43 + b"\n" + (b"B" * 64 + b"\n") * 2000
    with pytest.raises(NotAnAgeFile, match="does not end within the first 64 KiB"):
        check_age_header(data + b"--- " + b"C" * 43 + b"\n" + b"\0" * 64)


def test_too_many_stanzas_are_refused_early() -> None:
    stanza = b"-> X25519 " + b"A" * 43 + b"\n" + b"B" * 43 + b"\n"
    data = VERSION_LINE + stanza * 65 + b"--- " + b"C" * 43 + b"\n" + b"\0" * 64
    with pytest.raises(NotAnAgeFile, match="more than 64 recipients"):
        check_age_header(data)
    assert check_age_header(VERSION_LINE + stanza * 64 + b"--- " + b"C" * 43 + b"\n" + b"\0" * 64)


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.replace(b"age-encryption.org/v1", b"age-encryption.org/v2", 1),
        lambda d: d.replace(b"\n--- ", b"\n-- ", 1),
        lambda d: d.replace(b"-> X25519 ", b"-> X25519  ", 1),
        lambda d: d[: d.index(b"\n---") + 30],
    ],
    ids=["version", "mac-line", "empty-argument", "truncated"],
)
def test_damaged_headers_are_refused(damage: object) -> None:
    data = pyrage.encrypt(b"payload", [IDENTITY.to_public()])
    with pytest.raises(NotAnAgeFile):
        check_age_header(damage(data))  # type: ignore[operator]


@given(st.binary(max_size=400))
def test_any_bytes_are_either_accepted_or_refused_plainly(data: bytes) -> None:
    try:
        check_age_header(data)
    except NotAnAgeFile as exc:
        assert str(exc)[0].isupper() and str(exc).endswith(".")


@given(st.binary(max_size=200), st.integers(min_value=0, max_value=400))
def test_anything_after_a_valid_version_line_never_crashes(tail: bytes, cut: int) -> None:
    data = pyrage.encrypt(b"p", [IDENTITY.to_public()])
    for candidate in (VERSION_LINE + tail, data[:cut] + tail):
        with contextlib.suppress(NotAnAgeFile):
            check_age_header(candidate)
