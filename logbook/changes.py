"""What a mutation changed, so the app refreshes only the screens that show it."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass


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
        return self.entries or self.matches or self.measures or self.organisation


NOTHING = Changes()
ENTRIES = Changes(entries=True)
MATCHES = Changes(matches=True)
CONCERNS = Changes(concerns=True)
MEASURES = Changes(measures=True)
ORGANISATION = Changes(organisation=True)
OUTBOX = Changes(outbox=True)
EVERYTHING = Changes(True, True, True, True, True, True)
