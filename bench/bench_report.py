"""Funder report benchmark: build a quarter's report and its months' on the import benchmark's
data (100 devices, 1-3 matches each, weekly visits in 2026-W30..W39, i.e. Q3 2026).

    .venv/bin/python bench/bench_report.py [--runs 9]

Rows go into a SQLite coordinator database through the importer's own row builders (what an
import stores; the import itself is `bench_import.py`'s subject), with the same random shapes
as `bench_import.make_bundles`, plus rare video calls and concerns so that secondary
suppression has work to do. Measured: `build_report` for 2026-Q3 and for 2026-08 (median and
p90), which reads the rows, aggregates them and protects every table. Results: a table on
stdout and JSON in bench/out/report.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import create_engine

from logbook.coordinator.database import CoordinatorDb, ensure_schema
from logbook.coordinator.importer import week_row
from logbook.coordinator.report import build_report
from logbook.coordinator.schema import Assignment, Device
from logbook.records.values import Mode
from logbook.summary.schema import ConcernCount, ContactCount, MatchWeek

OUT = Path(__file__).resolve().parent / "out"
DEVICES, WEEKS = 100, 10
AFTER = date(2026, 11, 27)


def fill(db: CoordinatorDb) -> int:
    """The import benchmark's scheme; returns how many match-weeks were stored."""
    rng = random.Random(2024)
    now = datetime.now(UTC).replace(tzinfo=None)
    rows = 0
    with db.session() as s:
        for n in range(DEVICES):
            device = f"D{n:03d}BENCHREPORT"[:16]
            codes = [f"M-{n:03d}{k}" for k in range(rng.randint(1, 3))]
            s.add(
                Device(
                    id=device,
                    public_key="k" * 43,
                    fingerprint="F" * 20,
                    status="approved",
                    volunteer=f"V-{n:03d}",
                    first_seen=now,
                    last_seen=now,
                    changed_at=now,
                )
            )
            for code in codes:
                s.add(Assignment(match_code=code, volunteer=f"V-{n:03d}", assigned_at=now))
            for w in range(WEEKS):
                for code in codes:
                    contacts = [
                        ContactCount(kind="visit", mode=Mode.IN_PERSON, count=rng.randint(1, 3))
                    ]
                    if rng.random() < 0.02:
                        contacts.append(ContactCount(kind="conversation", mode=Mode.VIDEO, count=1))
                    concern = ConcernCount(raised=1, reported=1) if rng.random() < 0.01 else None
                    match = MatchWeek(
                        match_code=code,
                        contacts=contacts,
                        minutes=15 * rng.randint(2, 12),
                        concerns=concern,
                    )
                    s.add(week_row(device, f"2026-W{30 + w:02d}", match, False))
                    rows += 1
    return rows


def timed(db: CoordinatorDb, period: str, runs: int) -> dict[str, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        build_report(db, period, today=AFTER)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {
        "median_ms": round(statistics.median(times), 1),
        "p90_ms": round(times[min(len(times) - 1, int(0.9 * len(times)))], 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        engine = create_engine(f"sqlite:///{Path(folder) / 'coordinator.db'}")
        ensure_schema(engine)
        with CoordinatorDb(engine, owns_engine=True) as db:
            rows = fill(db)
            results = {period: timed(db, period, args.runs) for period in ("2026-Q3", "2026-08")}
    report = {"match_weeks": rows, "python": platform.python_version(), "results": results}
    print(f"{rows} match-weeks")
    print("| report | median | p90 |\n| --- | --- | --- |")
    for period, found in results.items():
        print(f"| {period} | {found['median_ms']} ms | {found['p90_ms']} ms |")
    OUT.mkdir(exist_ok=True)
    (OUT / "report.json").write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
