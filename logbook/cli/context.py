"""What every command needs: the parsed options, output, profiles, secrets and confirmation."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeAlias

from logbook.atomicfile import write_for_user
from logbook.cli.output import Output
from logbook.cli.secrets import SecretSource, interactive
from logbook.errors import InvalidValue, Refused
from logbook.i18n import _
from logbook.paths import default_data_dir
from logbook.vault.kinds import ProfileKind

if TYPE_CHECKING:
    from logbook.records.book import Logbook
    from logbook.vault.profiles import ProfileInfo, UnlockedProfile
    from logbook.volunteer import Volunteer

MAX_TEXT_FILE = 1024 * 1024
SubParsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


class Context:
    def __init__(self, args: argparse.Namespace) -> None:
        # The storage stack is imported when a command runs, never to parse or to show --help.
        from logbook.vault.profiles import ProfileManager

        self.args = args
        self.out = Output(getattr(args, "json", False))
        self.manager = ProfileManager(default_data_dir(getattr(args, "data_dir", None)))
        self.passphrase = SecretSource(
            "passphrase", getattr(args, "passphrase_fd", None), "LOGBOOK_PASSPHRASE"
        )
        self.new_passphrase = SecretSource(
            "new passphrase", getattr(args, "new_passphrase_fd", None), "LOGBOOK_NEW_PASSPHRASE"
        )
        self.recovery_key = SecretSource(
            "recovery key", getattr(args, "recovery_key_fd", None), "LOGBOOK_RECOVERY_KEY"
        )
        self._stdin_taken = False

    def profile_name(self, explicit: str | None = None) -> str:
        """The named profile, else --profile / LOGBOOK_PROFILE, else the only one there is."""
        name = explicit or getattr(self.args, "profile", None) or os.environ.get("LOGBOOK_PROFILE")
        if name:
            return name
        profiles = self.manager.list()
        if len(profiles) == 1:
            return profiles[0].name
        if not profiles:
            raise Refused(
                _("There is no profile yet: create one with `logbook profile create NAME`.")
            )
        raise Refused(_("There are several profiles: say which with --profile NAME."))

    @contextmanager
    def unlocked(
        self, kind: ProfileKind | None = ProfileKind.VOLUNTEER
    ) -> Iterator[UnlockedProfile]:
        """Unlock the profile for this one command; it is locked again when the command ends."""
        name = self.profile_name()
        info = self.manager.info(name)
        require_kind(info, kind)
        profile = self.manager.unlock(name, self.passphrase.get(f"Passphrase for {name}: "))
        try:
            yield profile
        finally:
            profile.lock()

    @contextmanager
    def book(self) -> Iterator[Logbook]:
        from logbook.records.book import Logbook

        with self.unlocked() as profile:
            yield Logbook(profile.store)

    @contextmanager
    def volunteer(self) -> Iterator[Volunteer]:
        """The book with its sharing services (membership, outbox, delivery, sync)."""
        from logbook.volunteer import Volunteer  # the HTTP stack, only when needed

        with self.unlocked() as profile:
            yield Volunteer(profile.store)

    def confirm(self, question: str) -> None:
        """Go on only with --yes or a 'yes' typed at a terminal."""
        if getattr(self.args, "yes", False):
            return
        if not interactive():
            raise Refused(
                _("{question} There is no terminal to ask on: add --yes to confirm.").format(
                    question=question
                )
            )
        answer = input(f"{question} Type yes to go on: ")
        if answer.strip().lower() != "yes":
            raise Refused(_("Cancelled; nothing was changed."))

    @staticmethod
    def typed_read_out(prompt: str, *, needed: str) -> str:
        """What the listener types as a fingerprint is read out to them; the caller's core
        call compares it. The fingerprint itself is never printed to compare by eye.
        No terminal: `needed` says to use --fingerprint."""
        if not interactive():
            raise Refused(needed)
        return input(prompt)

    def text(self, option: str, *, default: str | None = None) -> str | None:
        """A free-text option: the value, `-` for standard input, or --OPTION-file PATH.

        Reading from stdin or a file keeps private words out of shell history and `ps`.
        """
        attr = option.replace("-", "_")
        path = getattr(self.args, f"{attr}_file", None)
        value = getattr(self.args, attr, None)
        if path is not None:
            return read_text_file(option, Path(path))
        if value == "-":
            return self.stdin_text(option)
        return value if value is not None else default

    def lines(self, option: str) -> list[str] | None:
        """A repeatable option (e.g. tags) whose values may instead come one per line from
        standard input (`--OPTION -`) or a file (`--OPTION-file PATH`), out of `ps`."""
        attr = option.replace("-", "_")
        path = getattr(self.args, f"{attr}_file", None)
        given: list[str] | None = getattr(self.args, attr, None)
        if path is None and given is None:
            return None
        found: list[str] = []
        if path is not None:
            found += read_text_file(option, Path(path)).splitlines()
        for value in given or []:
            found += self.stdin_text(option).splitlines() if value == "-" else [value]
        return [line.strip() for line in found if line.strip()]

    def stdin_text(self, option: str) -> str:
        """Standard input, at most 1 MiB: more is refused, never silently cut."""
        if self._stdin_taken:
            raise InvalidValue(f"--{option}", _("standard input can be read by only one option"))
        self._stdin_taken = True
        data = sys.stdin.read(MAX_TEXT_FILE + 1)
        if (
            len(data) > MAX_TEXT_FILE
            or len(data.encode("utf-8", "surrogateescape")) > MAX_TEXT_FILE
        ):
            raise InvalidValue(f"--{option}", _("standard input holds more than 1 MiB of text"))
        return data


def require_kind(info: ProfileInfo, kind: ProfileKind | None) -> None:
    if kind is not None and info.kind is not None and info.kind is not kind:
        raise Refused(
            _("“{name}” is a {kind} profile; this command is for {wanted} profiles.").format(
                name=info.name, kind=info.kind.value, wanted=kind.value
            )
        )


def read_text_file(option: str, path: Path) -> str:
    try:
        # Bounded: a device such as /dev/zero or a huge file must not fill the memory.
        with path.open("rb") as f:
            data = f.read(MAX_TEXT_FILE + 1)
    except OSError as exc:
        raise InvalidValue(
            f"--{option}-file",
            _("cannot read {path}: {strerror}").format(path=path, strerror=exc.strerror),
        ) from None
    if len(data) > MAX_TEXT_FILE:
        raise InvalidValue(f"--{option}-file", _("{path} is larger than 1 MiB").format(path=path))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidValue(
            f"--{option}-file", _("{path} is not UTF-8 text").format(path=path)
        ) from None


def write_output_file(what: str, path: Path, data: bytes) -> None:
    """Write atomically; a missing folder or a full disk is said plainly, nothing half-written."""
    write_for_user(what, path, data)
