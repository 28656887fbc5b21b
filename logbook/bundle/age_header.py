"""A bounded look at an age v1 header: only what looks like an age file is kept or opened.

The mailbox cannot decrypt; this check only turns away what is plainly not a bundle, and it
reads at most the first `max_header` bytes and at most `max_stanzas` recipient stanzas, so a
crafted header with thousands of stanzas costs it nothing.
"""

from __future__ import annotations

import re

VERSION_LINE = b"age-encryption.org/v1\n"
MAX_HEADER_BYTES = 64 * 1024
MAX_STANZAS = 64
# A payload is a 16-byte nonce and at least one chunk with its 16-byte tag.
MIN_PAYLOAD_BYTES = 32
_BASE64 = re.compile(rb"[A-Za-z0-9+/]*")
_ARGUMENT = re.compile(rb"[\x21-\x7e]+")
_COLUMNS = 64
_MAC_CHARS = 43


class NotAnAgeFile(Exception):
    """What was sent is not an age v1 file; the message says why in plain words."""


def check_age_header(
    data: bytes, *, max_header: int = MAX_HEADER_BYTES, max_stanzas: int = MAX_STANZAS
) -> int:
    """Raise NotAnAgeFile unless `data` opens with a well-formed age v1 header.

    Returns the number of recipient stanzas.
    """
    prefix = memoryview(data)[:max_header].tobytes()
    if not prefix.startswith(VERSION_LINE):
        raise NotAnAgeFile("This is not an age-encrypted file (its first line is wrong).")
    pos = len(VERSION_LINE)
    stanzas = 0

    def next_line() -> bytes:
        nonlocal pos
        end = prefix.find(b"\n", pos)
        if end < 0:
            raise NotAnAgeFile(
                f"The age header does not end within the first {max_header // 1024} KiB."
            )
        line = prefix[pos:end]
        pos = end + 1
        return line

    while True:
        line = next_line()
        if line.startswith(b"--- "):
            if stanzas == 0:
                raise NotAnAgeFile("The age header names no recipient.")
            mac = line[4:]
            if len(mac) != _MAC_CHARS or not _BASE64.fullmatch(mac):
                raise NotAnAgeFile("The age header is damaged (its last line is wrong).")
            if len(data) - pos < MIN_PAYLOAD_BYTES:
                raise NotAnAgeFile("The age file is cut short (it has no encrypted content).")
            return stanzas
        if not line.startswith(b"-> "):
            raise NotAnAgeFile("The age header is damaged (a line is not a recipient stanza).")
        stanzas += 1
        if stanzas > max_stanzas:
            raise NotAnAgeFile(f"The age header names more than {max_stanzas} recipients.")
        arguments = line[3:].split(b" ")
        if not all(_ARGUMENT.fullmatch(a) for a in arguments):
            raise NotAnAgeFile("The age header is damaged (a recipient stanza is malformed).")
        while True:  # the stanza's body: full lines of 64 columns, then a shorter one
            body = next_line()
            if len(body) > _COLUMNS or not _BASE64.fullmatch(body):
                raise NotAnAgeFile("The age header is damaged (a recipient stanza is malformed).")
            if len(body) < _COLUMNS:
                break
