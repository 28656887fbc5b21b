"""Passphrases and recovery keys: from a file descriptor, the environment, or a silent prompt.

Never from a command-line argument, where other users could read it in the process list.
"""

from __future__ import annotations

import getpass
import os
import sys

from logbook.errors import InvalidValue, Refused
from logbook.i18n import _

MAX_SECRET = 4096


def read_line_from_fd(fd: int, what: str) -> str:
    """Read one line byte by byte, so several secrets can share one descriptor."""
    data = bytearray()
    try:
        while len(data) <= MAX_SECRET:
            chunk = os.read(fd, 1)
            if not chunk or chunk == b"\n":
                break
            data += chunk
    except OSError as exc:
        raise InvalidValue(
            what,
            _("cannot read file descriptor {fd}: {strerror}").format(fd=fd, strerror=exc.strerror),
        ) from exc
    if len(data) > MAX_SECRET:
        raise InvalidValue(what, _("is too long"))
    try:
        return data.decode("utf-8").rstrip("\r")
    except UnicodeDecodeError:
        raise InvalidValue(what, _("is not valid UTF-8 text")) from None


def interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


class SecretSource:
    """Where one kind of secret comes from, in order: --X-fd, environment, prompt."""

    def __init__(self, what: str, fd: int | None, env: str) -> None:
        self.what = what
        self.fd = fd
        self.env = env

    def get(self, prompt: str, *, confirm: bool = False) -> str:
        if self.fd is not None:
            return read_line_from_fd(self.fd, self.what)
        value = os.environ.get(self.env)
        if value is not None:
            return value
        if not interactive():
            raise Refused(
                _(
                    "No {what} given and there is no terminal to ask on: use --{option}-fd N or "
                    "set {env}."
                ).format(what=self.what, option=self.what.replace(" ", "-"), env=self.env)
            )
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Repeat to confirm: ") != first:
            raise InvalidValue(self.what, _("the two entries did not match"))
        return first
