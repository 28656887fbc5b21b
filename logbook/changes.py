"""What a mutation changed, so the app refreshes only the screens that show it."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class Changes:
    """Which kinds of record a mutation touched; `a | b` is both."""

    entries: bool = False
    matches: bool = False
    concerns: bool = False
    measures: bool = False
    organisation: bool = False
    outbox: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            **{
                f.name: getattr(self, f.name) or getattr(other, f.name)
                for f in dataclasses.fields(self)
            }
        )

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in dataclasses.fields(self))

    @property
    def summaries(self) -> bool:
        """Whether what would be sent to the organisation may differ (its preview, the outbox)."""
        # Concerns too: a week's summary counts the concerns raised and reported.
        return self.entries or self.matches or self.concerns or self.measures or self.organisation


NOTHING = Changes()
ENTRIES = Changes(entries=True)
MATCHES = Changes(matches=True)
CONCERNS = Changes(concerns=True)
MEASURES = Changes(measures=True)
ORGANISATION = Changes(organisation=True)
OUTBOX = Changes(outbox=True)
EVERYTHING = Changes(True, True, True, True, True, True)


@runtime_checkable
class Changing(Protocol):
    """A value a mutation returns that also says what the mutation changed (`EntryInfo`...)."""

    @property
    def changes(self) -> Changes: ...


def changes_of(result: Changes | Changing) -> Changes:
    """What a mutation changed, whether it returned a `Changes` or a value that says it."""
    if isinstance(result, Changes):
        return result
    if isinstance(result, Changing):
        return result.changes
    raise TypeError(f"{type(result).__name__} does not say what it changed")
