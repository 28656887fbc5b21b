"""The root of every error the core raises on purpose, with the CLI exit status it maps to."""

from __future__ import annotations


class LogbookError(Exception):
    """An expected failure, with a message written for the person who reads it.

    Messages never contain record content: they name fields and files, not values.
    """

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class Refused(LogbookError):
    """The action is not allowed in this state (wrong profile kind, needs confirmation...)."""

    exit_code = 1


class InvalidValue(LogbookError):
    """A field has a value the logbook cannot accept; `field` names it."""

    exit_code = 1

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


class NotFound(LogbookError):
    """A record, profile or file that was named does not exist."""

    exit_code = 1


class BadSecret(LogbookError):
    """A passphrase or recovery key did not open the vault."""

    exit_code = 3


class DamagedFile(LogbookError):
    """A file is unreadable, altered or not what it claims to be; the message names it."""

    exit_code = 4


class UsageError(LogbookError):
    """The command was called wrongly (a missing or conflicting option); exit status 2."""

    exit_code = 2
