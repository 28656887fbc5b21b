"""A hundred times the organisation on PostgreSQL (issue 15, target 4): import rate as the
database grows, the dashboard, a quarterly funder report, backup and restore memory.

    LOGBOOK_TEST_POSTGRES_URL=postgresql+psycopg://... \\
        .venv/bin/python bench/bench_scale.py --devices 1000 --years 5 [--reuse] [--runs 7]

An organisation of `--devices` devices (one volunteer each), each sending one bundle a week
for `--years` years (52 weeks a year, ending 2026-W47), into a PostgreSQL database of its
own (`<database>_d<devices>`, made afresh unless `--reuse` finds it complete). Bundles go in
week by week, every device's week before the next week; the history is made in three parts:

1. the first `--window` bundles (1,000) are sealed by the real `seal_bundle` and imported
   through the real `Importer` into the empty database, timed;
2. the bundles between are not sealed: their rows are written with PostgreSQL's COPY, built
   by the importer's own `week_row` and `measure_rows` from the same generated weeks, with the
   receipt, device-week and audit rows an import writes (timed: the generation time);
3. after `VACUUM ANALYZE`, the last `--window` bundles are sealed and imported like the first,
   timed. Flat growth: the last window's rate within +-20 % of the first's.

Then, on the full database: `load_dashboard` (median of `--runs`), `build_report` for
2026-Q3 and 2026-08, and `logbook coordinator backup` and `restore` (into an empty database
`<database>_d<devices>_restore`) each in a process of its own that reports its peak RSS
(VmHWM). Results: a table on stdout and JSON in bench/out/scale-<devices>x<years>.json.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from bench_coordinator_backup import measured  # run as a script: bench/ is on the path
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from logbook.bundle.seal import seal_bundle
from logbook.coordinator.dashboard import load_dashboard
from logbook.coordinator.database import CoordinatorDb, set_database_url
from logbook.coordinator.importer import measure_rows, week_row
from logbook.coordinator.report import build_report
from logbook.coordinator.schema import (
    Assignment,
    AuditEntry,
    Device,
    DeviceWeek,
    MeasureRow,
    Receipt,
    WeekRow,
)
from logbook.coordinator.service import Coordinator
from logbook.identity.fingerprint import device_fingerprint, device_id
from logbook.identity.signing import b64, public_bytes
from logbook.org.organisation import OrganisationService
from logbook.org.settings import OrgSettings
from logbook.records.measures import Instrument
from logbook.records.values import Mode
from logbook.summary.schema import (
    Category,
    ConcernCount,
    ContactCount,
    MatchWeek,
    Mean,
    MeasureResult,
    Summary,
    WeekSnapshot,
)
from logbook.vault.kinds import ProfileKind
from logbook.vault.profiles import ProfileManager
from logbook.weeks import iso_week, monday_of

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
PASSPHRASE = "correct horse battery staple"
KEY_PASSPHRASE = "bench backup passphrase"
LAST_WEEK_DAY = date(2026, 11, 22)  # a Sunday: 2026-W47 is the newest week
TODAY = date(2026, 11, 27)  # the dashboard's "today"; 2026-Q3 and 2026-08 have ended
ACTIVITIES = ["Walk", "Tea and chat", "Shopping", "Gardening"]
TOPICS = ["Family", "Health", "Hobbies"]
CHUNK_WEEKS = 4  # weeks of history written per COPY transaction


@dataclass(frozen=True)
class Scale:
    devices: int
    years: int

    @property
    def weeks(self) -> list[str]:
        count = 52 * self.years
        return [iso_week(LAST_WEEK_DAY - timedelta(weeks=count - 1 - i)) for i in range(count)]


def device_key(n: int) -> Ed25519PrivateKey:
    """The same keys every run, so a kept database can be imported into again."""
    return Ed25519PrivateKey.from_private_bytes(hashlib.sha256(f"scale {n}".encode()).digest())


def codes(n: int, i: int) -> list[str]:
    """Device n's match codes in week i: 1-3 matches, each lasting a year (52 weeks)."""
    year = i // 52
    count = random.Random(n * 31 + year).randint(1, 3)
    return [f"M-{n:04d}-{year}{k}" for k in range(count)]


def match_week(n: int, i: int, code: str) -> MatchWeek:
    """One match's week, the same whether it is sealed or written in bulk."""
    rng = random.Random(f"{n} {i} {code}")
    contacts = []
    if rng.random() < 0.85:
        contacts.append(ContactCount(kind="visit", mode=Mode.IN_PERSON, count=rng.randint(1, 2)))
    if rng.random() < 0.3:
        mode = rng.choice([Mode.PHONE, Mode.PHONE, Mode.VIDEO, Mode.MESSAGE])
        contacts.append(ContactCount(kind="conversation", mode=mode, count=1))
    measures = None
    if i % 13 == 0:  # at the start of the year's match and each quarter after
        measures = [
            MeasureResult(instrument=Instrument.UCLA3, total=rng.randint(3, 9)),
            MeasureResult(instrument=Instrument.ONS_DIRECT, category=rng.randint(1, 5)),
        ]
    concern = None
    if rng.random() < 0.005:
        concern = ConcernCount(raised=1, reported=0 if rng.random() < 0.2 else 1)
    return MatchWeek(
        match_code=code,
        contacts=contacts or None,
        minutes=15 * rng.randint(2, 12) if contacts else None,
        activities={rng.choice(ACTIVITIES): 1} if contacts else None,
        topics={rng.choice(TOPICS): 1} if contacts and rng.random() < 0.5 else None,
        seemed=Mean(mean=rng.choice([3.0, 3.5, 4.0, 4.5]), count=1) if contacts else None,
        measures=measures,
        concerns=concern,
        follow_ups=1 if rng.random() < 0.05 else None,
    )


def seal(org: OrganisationService, scale: Scale, pairs: list[tuple[int, int]]) -> list[bytes]:
    state = org.state()
    weeks = scale.weeks
    out = []
    for i, n in pairs:
        summary = Summary(
            categories=sorted(Category),
            weeks=[WeekSnapshot(week=weeks[i], matches=[match_week(n, i, c) for c in codes(n, i)])],
        )
        sealed = seal_bundle(summary, device_key(n), org_id=state.org_id,
                             recipient=state.recipient, epoch=1, sequence=i + 1)  # fmt: skip
        out.append(sealed.data)
    return out


# --- the database ---------------------------------------------------------------------------


def fresh_database(base: str, name: str) -> str:
    """An empty database `name` on the server of `base`; its URL."""
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(base).set(database=name).render_as_string(hide_password=False)


def setup_organisation(work: Coordinator, scale: Scale) -> None:
    """Every device approved, for volunteer V-<n>, with every match code it ever uses."""
    now = datetime(2021, 11, 1)
    last_year = (scale.years * 52 - 1) // 52
    with work.db.session() as s:
        for n in range(scale.devices):
            raw = public_bytes(device_key(n))
            volunteer = f"V-{n:04d}"
            s.add(Device(id=device_id(raw), public_key=b64(raw),
                         fingerprint=device_fingerprint(raw), status="approved",
                         volunteer=volunteer, first_seen=now, last_seen=now, changed_at=now,
                         confirmed_at=now))  # fmt: skip
            for year in range(last_year + 1):
                ended = None if year == last_year else monday_of(scale.weeks[52 * year + 51])
                for code in codes(n, 52 * year):
                    s.add(Assignment(match_code=code, volunteer=volunteer, assigned_at=now,
                                     ended_on=ended))  # fmt: skip


def _columns(table: Any) -> list[str]:
    return [c.name for c in table.columns if not (c.name == "id" and c.primary_key)]


def _values(obj: Any, columns: list[str]) -> tuple[Any, ...]:
    return tuple(getattr(obj, c) for c in columns)


def history_rows(
    scale: Scale, ids: list[str], pairs: list[tuple[int, int]]
) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """(table, row) for each bundle in `pairs`: what importing it would have written."""
    weeks = scale.weeks
    wr, mr = _columns(WeekRow.__table__), _columns(MeasureRow.__table__)
    for i, n in pairs:
        dev, week = ids[n], weeks[i]
        received = datetime.combine(monday_of(week) + timedelta(days=7), datetime.min.time())
        sha = hashlib.sha256(f"bundle {dev} {i}".encode()).hexdigest()
        yield "device_week", (dev, week, 1, i + 1, None, None)
        matches = [match_week(n, i, c) for c in codes(n, i)]
        for match in matches:
            row = week_row(dev, week, match, False)
            row.flagged = False
            yield "week_row", _values(row, wr)
            for m in measure_rows(dev, week, match):
                yield "measure_row", _values(m, mr)
        payload = hashlib.sha256(f"payload {dev} {i}".encode()).hexdigest()
        yield "receipt", (sha, dev, 1, i + 1, payload, "imported", None, False, 1, "file", received)
        yield "audit", (received, "import", sha, "imported", "1 week")


COPY_COLUMNS = {
    "device_week": _columns(DeviceWeek.__table__),
    "week_row": _columns(WeekRow.__table__),
    "measure_row": _columns(MeasureRow.__table__),
    "receipt": [
        "sha256",
        "device_id",
        "epoch",
        "sequence",
        "payload_sha256",
        "status",
        "reason",
        "flagged",
        "weeks",
        "source",
        "received_at",
    ],
    "audit": ["at", "action", "subject", "result", "detail"],
}
assert [c.name for c in Receipt.__table__.columns] == COPY_COLUMNS["receipt"]
assert _columns(AuditEntry.__table__) == COPY_COLUMNS["audit"]


def bulk_fill(engine: Engine, scale: Scale, ids: list[str], pairs: list[tuple[int, int]]) -> int:
    """COPY the rows of `pairs` in chunks of weeks; how many rows were written."""
    written = 0
    for start in range(0, len(pairs), CHUNK_WEEKS * scale.devices):
        chunk = pairs[start : start + CHUNK_WEEKS * scale.devices]
        by_table: dict[str, list[tuple[Any, ...]]] = {t: [] for t in COPY_COLUMNS}
        for table, row in history_rows(scale, ids, chunk):
            by_table[table].append(row)
        raw = engine.raw_connection()
        try:
            conn = raw.driver_connection
            with conn.cursor() as cur:  # type: ignore[union-attr]
                for table, rows in by_table.items():
                    names = ", ".join(f'"{c}"' for c in COPY_COLUMNS[table])
                    with cur.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                        for row in rows:
                            copy.write_row(row)
                    written += len(rows)
            raw.commit()
        finally:
            raw.close()
    return written


def vacuum(engine: Engine) -> None:
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE"))


def timed_import(work: Coordinator, bundles: list[bytes]) -> float:
    start = time.perf_counter()
    for data in bundles:
        result = work.importer.import_bytes(data)
        if result.status != "imported":
            raise SystemExit(f"not imported: {result.status} {result.reason}")
    return time.perf_counter() - start


def table_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            t: int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() or 0)
            for t in ("week_row", "measure_row", "receipt", "device_week", "audit", "assignment")
        }


# --- measurements ---------------------------------------------------------------------------


def median_ms(fn: Any, runs: int) -> dict[str, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return {"median_ms": round(statistics.median(times), 1), "min_ms": round(min(times), 1),
            "max_ms": round(max(times), 1)}  # fmt: skip


def backup_and_restore(data_dir: Path, base: str, name: str) -> dict[str, Any]:
    env = {**os.environ, "LOGBOOK_DATA_DIR": str(data_dir), "LOGBOOK_PASSPHRASE": PASSPHRASE,
           "LOGBOOK_BACKUP_PASSPHRASE": KEY_PASSPHRASE}  # fmt: skip
    out = data_dir / "db.age"
    out.unlink(missing_ok=True)
    backup_s, backup_rss = measured(["--profile", "Org", "coordinator", "backup", "--out",
                                     str(out)], env)  # fmt: skip
    restored = fresh_database(base, f"{name}_restore")
    with ProfileManager(data_dir).unlock("Restored", PASSPHRASE) as profile:
        set_database_url(profile.store, restored)
    idle_s, idle_rss = measured(["--profile", "Restored", "coordinator", "devices"], env)
    restore_s, restore_rss = measured(
        ["--profile", "Restored", "coordinator", "restore", str(out)], env
    )
    return {
        "backup_file_bytes": out.stat().st_size,
        "backup_s": round(backup_s, 1),
        "backup_peak_rss_mib": round(backup_rss / 2**20, 1),
        "restore_s": round(restore_s, 1),
        "restore_peak_rss_mib": round(restore_rss / 2**20, 1),
        # A command on the empty restored database, for the process's own baseline.
        "baseline_command_s": round(idle_s, 1),
        "baseline_command_peak_rss_mib": round(idle_rss / 2**20, 1),
    }


def build(args: argparse.Namespace, scale: Scale, base: str, name: str) -> dict[str, Any]:
    """Make the organisation's database from nothing; what it cost."""
    data_dir: Path = args.data_dir
    url = fresh_database(base, name)
    if data_dir.exists():
        import shutil

        shutil.rmtree(data_dir)
    manager = ProfileManager(data_dir)
    manager.create("Org", PASSPHRASE, ProfileKind.COORDINATOR)
    manager.create("Restored", PASSPHRASE, ProfileKind.COORDINATOR)
    pairs = [(i, n) for i in range(len(scale.weeks)) for n in range(scale.devices)]
    window = args.window
    if len(pairs) < 2 * window:
        raise SystemExit(f"{len(pairs)} bundles: fewer than two windows of {window}")
    with manager.unlock("Org", PASSPHRASE) as profile:
        org = OrganisationService(profile.store)
        org.init(OrgSettings(name="Scale", activities=ACTIVITIES, topics=TOPICS))
        (data_dir / "keys.age").write_bytes(org.key_backup(KEY_PASSPHRASE))
        set_database_url(profile.store, url)
        start = time.perf_counter()
        first, last = seal(org, scale, pairs[:window]), seal(org, scale, pairs[-window:])
        sealing = time.perf_counter() - start
        with Coordinator(profile.store) as work:
            setup_organisation(work, scale)
            first_s = timed_import(work, first)
            ids = [device_id(public_bytes(device_key(n))) for n in range(scale.devices)]
            engine = work.db.engine
            start = time.perf_counter()
            rows = bulk_fill(engine, scale, ids, pairs[window:-window])
            fill_s = time.perf_counter() - start
            start = time.perf_counter()
            vacuum(engine)
            vacuum_s = time.perf_counter() - start
            last_s = timed_import(work, last)
            counts = table_counts(engine)
    env = {**os.environ, "LOGBOOK_DATA_DIR": str(data_dir), "LOGBOOK_PASSPHRASE": PASSPHRASE,
           "LOGBOOK_BACKUP_PASSPHRASE": KEY_PASSPHRASE}  # fmt: skip
    measured(["--profile", "Restored", "org", "restore-key", str(data_dir / "keys.age")], env)
    built = {
        "bundles": len(pairs),
        "window": window,
        "seal_two_windows_s": round(sealing, 1),
        "first_window_s": round(first_s, 2),
        "first_per_s": round(window / first_s),
        "bulk_rows": rows,
        "bulk_fill_s": round(fill_s, 1),
        "vacuum_analyze_s": round(vacuum_s, 1),
        "last_window_s": round(last_s, 2),
        "last_per_s": round(window / last_s),
        "last_over_first": round(last_s / first_s, 2),
        "rows": counts,
    }
    (data_dir / "built.json").write_text(json.dumps(built, indent=2))
    return built


@contextmanager
def whole_history_queries() -> Iterator[None]:
    """The dashboard's and report's queries as they were before issue 15 (they read the whole
    history; tests/coordinator/reference_queries.py keeps them to check the new ones give
    the same results), for the baseline of the same run."""
    sys.path.insert(0, str(ROOT))
    from logbook.coordinator import dashboard, devices, report
    from tests.coordinator import reference_queries as old

    swaps = [
        (dashboard, "match_contacts", old.match_contacts),
        (dashboard, "_concern_alerts", old.concern_alerts),
        (dashboard, "volunteer_activity", old.volunteer_activity),
        (devices, "_sequences_with_gaps", old.sequences),
        (report, "_week_rows", old.week_rows),
        (report, "_scores", old.scores),
    ]
    kept = [(module, name, getattr(module, name)) for module, name, _ in swaps]
    try:
        for module, name, value in swaps:
            setattr(module, name, value)
        yield
    finally:
        for module, name, value in kept:
            setattr(module, name, value)


def reads(db: CoordinatorDb, runs: int) -> dict[str, Any]:
    return {
        "dashboard": median_ms(lambda: load_dashboard(db, TODAY), runs),
        "report_2026_Q3": median_ms(lambda: build_report(db, "2026-Q3", today=TODAY), runs),
        "report_2026_08": median_ms(lambda: build_report(db, "2026-08", today=TODAY), runs),
    }


def measure(args: argparse.Namespace, base: str, name: str) -> dict[str, Any]:
    manager = ProfileManager(args.data_dir)
    with manager.unlock("Org", PASSPHRASE) as profile, Coordinator(profile.store) as work:
        found: dict[str, Any] = reads(work.db, args.runs)
        shown = load_dashboard(work.db, TODAY)
        found["dashboard_matches"] = len(shown.matches)
        found["dashboard_alerts"] = len(shown.alerts)
        if args.baseline:
            with whole_history_queries():
                found["whole_history_queries"] = reads(work.db, args.runs)
    if not args.no_backup:
        found["backup"] = backup_and_restore(args.data_dir, base, name)
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devices", type=int, default=1000)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--window", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--reuse", action="store_true", help="keep a database already built")
    parser.add_argument("--no-backup", action="store_true")
    parser.add_argument(
        "--baseline", action="store_true", help="also time the queries from before issue 15"
    )
    parser.add_argument("--data-dir", type=Path, default=None)
    args = parser.parse_args()
    base = os.environ.get("LOGBOOK_TEST_POSTGRES_URL")
    if not base:
        raise SystemExit("set LOGBOOK_TEST_POSTGRES_URL (a database the role may create beside)")
    os.environ["LOGBOOK_TEST_KDF"] = "1"
    scale = Scale(args.devices, args.years)
    name = f"{make_url(base).database}_d{scale.devices}y{scale.years}"
    folder = f"logbook-bench-scale-{scale.devices}x{scale.years}"
    args.data_dir = args.data_dir or Path(tempfile.gettempdir()) / folder
    start = time.perf_counter()
    kept = args.data_dir / "built.json"
    reused = args.reuse and kept.exists()
    built = json.loads(kept.read_text()) if reused else build(args, scale, base, name)
    result = {
        "devices": scale.devices,
        "years": scale.years,
        "database": name,
        "reused": reused,
        "build_s": round(time.perf_counter() - start, 1),
        "built": built,
        **measure(args, base, name),
        "machine": {
            "cpus": os.cpu_count(),
            "python": sys.version.split()[0],
            "platform": platform.platform(),
        },
    }
    OUT.mkdir(exist_ok=True)
    path = OUT / f"scale-{scale.devices}x{scale.years}.json"
    path.write_text(json.dumps(result, indent=2) + "\n")
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
