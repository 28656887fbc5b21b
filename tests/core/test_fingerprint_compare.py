"""Comparing a fingerprint typed as heard: spaces, dashes and case never matter; every letter
and digit does, and nothing folds two typed characters into one or one into two."""

from __future__ import annotations

import string

from hypothesis import given
from hypothesis import strategies as st

from logbook.identity.fingerprint import (
    FINGERPRINT_CHARS,
    device_fingerprint,
    grouped,
    same_fingerprint,
)

BASE32 = string.ascii_uppercase + "234567"
fingerprints = st.text(BASE32, min_size=FINGERPRINT_CHARS, max_size=FINGERPRINT_CHARS).map(grouped)
separators = st.text(" -\t\u2013", max_size=3)


@given(fingerprints, st.data())
def test_spaces_dashes_and_case_do_not_matter(expected: str, data: st.DataObject) -> None:
    typed = ""
    for ch in expected.replace(" ", ""):
        typed += data.draw(separators) + (ch.lower() if data.draw(st.booleans()) else ch)
    assert same_fingerprint(typed, expected)


@given(fingerprints, st.data())
def test_any_changed_missing_or_extra_character_is_a_mismatch(
    expected: str, data: st.DataObject
) -> None:
    plain = expected.replace(" ", "")
    at = data.draw(st.integers(0, len(plain) - 1))
    other = data.draw(st.sampled_from(BASE32 + "018").filter(lambda c: c != plain[at]))
    for typed in (plain[:at] + other + plain[at + 1 :], plain[:at] + plain[at + 1 :],
                  plain[:at] + other + plain[at:]):  # fmt: skip
        assert not same_fingerprint(typed, expected)


def test_nothing_typed_never_matches_and_unicode_never_folds_into_a_match() -> None:
    fp = device_fingerprint(b"\x01" * 32)
    assert not same_fingerprint("", fp) and not same_fingerprint(" - ", fp)
    assert not same_fingerprint("", "")
    # German sharp s upper-cases to "SS", full-width letters look alike: neither may match.
    assert not same_fingerprint("ß", "SS")
    assert not same_fingerprint("ＡＢＣＤＥ", "ABCDE")
    assert same_fingerprint("abcde-fghij", "ABCDE FGHIJ")
