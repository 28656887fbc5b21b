"""A coordinator at work, and bundles made to order (good ones and every kind of bad one)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from logbook.bundle.payload import BUNDLE_FORMAT
from logbook.coordinator.database import set_database_url
from logbook.coordinator.schema import (
    Device,
    DeviceWeek,
    HeldBundle,
    MeasureRow,
    WeekRow,
)
from logbook.coordinator.service import Coordinator
from logbook.identity.envelope import seal
from logbook.identity.fingerprint import device_fingerprint, device_id
from logbook.identity.signing import b64, public_bytes
from logbook.records.values import Mode
from logbook.summary.schema import ContactCount, MatchWeek, Summary, WeekSnapshot
from logbook.vault.profiles import UnlockedProfile
from tests.coordinator.postgres import coordinator_postgres
from tests.organisation import Org


@dataclass
class Volunteer:
    """A device as the coordinator sees it: a key, and bundles it signs."""

    key: Ed25519PrivateKey
    org: Org

    @property
    def id(self) -> str:
        return device_id(public_bytes(self.key))

    @property
    def fingerprint(self) -> str:
        return device_fingerprint(public_bytes(self.key))

    def payload(self, weeks: list[WeekSnapshot], epoch: int = 1, sequence: int = 1) -> dict:  # type: ignore[type-arg]
        state = self.org.service.state()
        summary = Summary(categories=[], weeks=weeks)
        return {
            "device_key": b64(public_bytes(self.key)),
            "org_id": state.org_id,
            "recipient": state.recipient,
            "epoch": epoch,
            "sequence": sequence,
            "summary": json.loads(summary.model_dump_json(exclude_none=True)),
        }

    def bundle(self, weeks: list[WeekSnapshot], epoch: int = 1, sequence: int = 1) -> bytes:
        return self.seal(json.dumps(self.payload(weeks, epoch, sequence)).encode())

    def seal(self, payload: bytes, *, signer: Ed25519PrivateKey | None = None) -> bytes:
        envelope = seal(BUNDLE_FORMAT, payload, signer or self.key)
        return self.encrypt(envelope)

    def encrypt(self, plain: bytes) -> bytes:
        recipient = pyrage.x25519.Recipient.from_str(self.org.service.state().recipient)
        data: bytes = pyrage.encrypt(plain, [recipient])
        return data


def week(name: str, *codes: str, visits: int = 1, minutes: int = 60) -> WeekSnapshot:
    return WeekSnapshot(
        week=name,
        matches=[
            MatchWeek(
                match_code=code,
                contacts=[ContactCount(kind="visit", mode=Mode.IN_PERSON, count=visits)],
                minutes=minutes,
            )
            for code in codes
        ],
    )


@pytest.fixture(params=["sqlcipher", "postgresql"])
def work(
    request: pytest.FixtureRequest, coordinator: UnlockedProfile, org: Org
) -> Iterator[Coordinator]:
    """The same coordinator code on the profile's own SQLCipher file and on PostgreSQL."""
    with ExitStack() as stack:
        if request.param == "postgresql":
            url = stack.enter_context(coordinator_postgres())
            set_database_url(coordinator.store, url)
        coord = stack.enter_context(Coordinator(coordinator.store))
        assert coord.db.engine.dialect.name == {"sqlcipher": "sqlite"}.get(
            request.param, request.param
        )
        yield coord


@pytest.fixture
def volunteer(org: Org) -> Volunteer:
    return Volunteer(Ed25519PrivateKey.generate(), org)


@pytest.fixture
def approved(work: Coordinator, volunteer: Volunteer) -> Volunteer:
    """A device the coordinator has approved for volunteer V-01, who has match M-0001."""
    work.importer.import_bytes(volunteer.bundle([week("2026-W01", "M-0001")], sequence=1))
    work.approve(volunteer.id, "V-01", volunteer.fingerprint)
    work.devices.assign("M-0001", "V-01")
    return volunteer


def data_rows(work: Coordinator) -> dict[str, list[tuple[object, ...]]]:
    """Everything imported (not the audit log or receipts, which record every attempt)."""
    tables = {
        "device": Device,
        "device_week": DeviceWeek,
        "week_row": WeekRow,
        "measure_row": MeasureRow,
        "held": HeldBundle,
    }
    found = {}
    with work.db.session() as s:
        for name, table in tables.items():
            columns = [c for c in table.__table__.columns if c.name not in ("last_seen",)]
            found[name] = sorted(tuple(row) for row in s.execute(select(*columns)).all())
    return found
