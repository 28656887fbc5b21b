"""Realistic coordinator data for report tests and the sample report in docs/screenshots/.

Rows go straight into the coordinator tables through the importer's own row builders, from
validated `MatchWeek`s, as an import would store them; reports only read those tables.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from logbook.coordinator.database import CoordinatorDb, ensure_schema
from logbook.coordinator.importer import measure_rows, week_row
from logbook.coordinator.schema import Assignment, Device
from logbook.records.measures import Instrument
from logbook.records.values import Mode
from logbook.summary.schema import (
    ConcernCount,
    ContactCount,
    MatchWeek,
    MeasureResult,
)
from logbook.weeks import iso_week

NOW = datetime(2026, 11, 20, tzinfo=UTC).replace(tzinfo=None)


@contextmanager
def sqlite_db(folder: Path) -> Iterator[CoordinatorDb]:
    engine = create_engine(f"sqlite:///{folder / 'coordinator.db'}")
    ensure_schema(engine)
    with CoordinatorDb(engine, owns_engine=True) as db:
        yield db


def add_device(s: Session, device_id: str, volunteer: str, codes: list[str]) -> None:
    s.add(
        Device(
            id=device_id,
            public_key="k" * 43,
            fingerprint="F" * 20,
            status="approved",
            volunteer=volunteer,
            first_seen=NOW,
            last_seen=NOW,
            changed_at=NOW,
        )
    )
    for code in codes:
        s.add(Assignment(match_code=code, volunteer=volunteer, assigned_at=NOW))


def add_week(
    s: Session, device_id: str, week: str, match: MatchWeek, *, flagged: bool = False
) -> None:
    s.add(week_row(device_id, week, match, flagged))
    s.add_all(measure_rows(device_id, week, match))


def contact(kind: str, mode: Mode, count: int) -> ContactCount:
    return ContactCount(kind=kind, mode=mode, count=count)  # type: ignore[arg-type]


def fill_sample(s: Session, seed: int = 7) -> list[str]:
    """A befriending scheme: 14 volunteers, 46 matches, January to November 2026, mostly
    weekly visits and calls, a few video calls, messages and groups, occasional concerns,
    measures at the start and then every 12 weeks. Returns every code it used."""
    rng = random.Random(seed)
    codes: list[str] = []
    match_no = 0
    for v in range(14):
        volunteer = f"V-{v + 1:02d}"
        device = f"D{v + 1:03d}ABCDEFGHIJ"[:16]
        mine = [f"M-{match_no + k + 1:04d}" for k in range(3 if v % 3 else 4)]
        match_no += len(mine)
        add_device(s, device, volunteer, mine)
        codes += [volunteer, device, *mine]
        for code in mine:
            start = rng.randint(1, 30)
            phone_person = rng.random() < 0.3
            for week_no in range(start, 46):
                if rng.random() < 0.2:
                    continue  # a week without contact
                contacts = []
                if not phone_person and rng.random() < 0.85:
                    contacts.append(contact("visit", Mode.IN_PERSON, 1))
                if rng.random() < (0.8 if phone_person else 0.15):
                    contacts.append(contact("conversation", Mode.PHONE, rng.randint(1, 2)))
                if rng.random() < 0.07:
                    contacts.append(contact("conversation", Mode.VIDEO, 1))
                if rng.random() < 0.08:
                    contacts.append(contact("conversation", Mode.MESSAGE, rng.randint(1, 3)))
                if rng.random() < 0.05:
                    contacts.append(contact("visit", Mode.GROUP, 1))
                if not contacts:
                    continue
                minutes = sum(c.count * (75 if c.kind == "visit" else 20) for c in contacts)
                measures = []
                if (week_no - start) % 12 == 0 and int(code[2:]) % 5:  # most consent
                    weeks_in = (week_no - start) / 12
                    base = rng.randint(16, 24)
                    measures.append(
                        MeasureResult(
                            instrument=Instrument.SWEMWBS,
                            total=min(35, base + int(weeks_in * rng.randint(0, 3))),
                            metric=18.59 + weeks_in * rng.uniform(0.0, 1.6),
                        )
                    )
                    measures.append(
                        MeasureResult(
                            instrument=Instrument.UCLA3,
                            total=max(3, 8 - int(weeks_in) - rng.randint(0, 1)),
                        )
                    )
                    measures.append(
                        MeasureResult(
                            instrument=Instrument.ONS_DIRECT,
                            category=min(5, 2 + int(weeks_in) + rng.randint(0, 1)),
                        )
                    )
                concern = None
                if rng.random() < 0.012:
                    raised = 1
                    concern = ConcernCount(raised=raised, reported=int(rng.random() < 0.8))
                week = iso_week(datetime.fromisocalendar(2026, week_no, 4).date())
                add_week(
                    s,
                    device,
                    week,
                    MatchWeek(
                        match_code=code,
                        contacts=contacts,
                        minutes=round(minutes / 15) * 15,
                        measures=measures or None,
                        concerns=concern,
                    ),
                )
    return codes
