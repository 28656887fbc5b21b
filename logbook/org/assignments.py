"""Match-code assignments: the organisation's signed word to one device on which codes it holds.

The coordinator signs one document per approved device (`logbook.assignments/1`) and posts it
to that device's own notices; the device keeps the newest it has verified with the
organisation's key. Once one has arrived, only the codes in it are summarised and sent, and
the add-match form offers them; a code the coordinator ended carries its end date.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from logbook.errors import DamagedFile
from logbook.i18n import _
from logbook.identity.envelope import open_envelope

ASSIGNMENTS_FORMAT = "logbook.assignments/1"
MAX_CODES = 10_000


class _Code(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", hide_input_in_errors=True)
    code: str = Field(min_length=1, max_length=32)
    ended_on: date | None = None


class _Payload(BaseModel):
    model_config = ConfigDict(extra="forbid", hide_input_in_errors=True)
    org_id: str = Field(max_length=64)
    device_id: str = Field(max_length=16)
    volunteer: str = Field(max_length=32)
    revision: int = Field(ge=1, lt=2**53)  # milliseconds since 1970: newer is larger
    codes: list[_Code] = Field(max_length=MAX_CODES)


@dataclass(frozen=True)
class AssignedCode:
    code: str
    ended_on: date | None = None


@dataclass(frozen=True)
class Assignments:
    org_id: str
    device_id: str
    volunteer: str
    revision: int
    codes: tuple[AssignedCode, ...]

    def open_codes(self) -> frozenset[str]:
        """Codes the volunteer may use for a new match (assigned and not ended)."""
        return frozenset(c.code for c in self.codes if c.ended_on is None)

    def all_codes(self) -> frozenset[str]:
        """Codes whose weeks may be sent (an ended match's weeks still are)."""
        return frozenset(c.code for c in self.codes)


def assignments_payload(assignments: Assignments) -> bytes:
    return json.dumps(
        {
            "org_id": assignments.org_id,
            "device_id": assignments.device_id,
            "volunteer": assignments.volunteer,
            "revision": assignments.revision,
            "codes": [
                {"code": c.code, "ended_on": c.ended_on.isoformat() if c.ended_on else None}
                for c in assignments.codes
            ],
        }
    ).encode()


def read_assignments(data: bytes, trusted_key: bytes) -> Assignments:
    """Verify with the organisation's key, then read strictly; anything else is DamagedFile."""
    envelope = open_envelope(data, ASSIGNMENTS_FORMAT, "assignment list")
    envelope.verify(trusted_key)
    try:
        payload = _Payload.model_validate_json(envelope.payload)
    except ValidationError:
        raise DamagedFile(_("The assignment list from the organisation is damaged.")) from None
    return Assignments(
        payload.org_id,
        payload.device_id,
        payload.volunteer,
        payload.revision,
        tuple(AssignedCode(c.code, c.ended_on) for c in payload.codes),
    )


def assignments_json(assignments: Assignments) -> str:
    """As kept on the device (in its encrypted settings)."""
    return assignments_payload(assignments).decode()


def assignments_from_json(text: str) -> Assignments:
    fields = json.loads(text)
    return Assignments(
        fields["org_id"],
        fields["device_id"],
        fields["volunteer"],
        int(fields["revision"]),
        tuple(
            AssignedCode(c["code"], date.fromisoformat(c["ended_on"]) if c["ended_on"] else None)
            for c in fields["codes"]
        ),
    )
