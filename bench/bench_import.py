"""Import benchmark: 1,000 bundles (100 devices x 10 weekly bundles) into the coordinator
database on SQLCipher and on PostgreSQL (through pg8000, the driver the app ships, and
psycopg), beside a bare `pyrage.decrypt` of the same bundles.

    .venv/bin/python bench/bench_import.py [--runs 3]
    LOGBOOK_TEST_POSTGRES_URL=postgresql+psycopg://... .venv/bin/python bench/bench_import.py

Each run starts from an empty coordinator database with the 100 devices approved (their
first sight is not what is measured), then imports the folder of bundles as `logbook
coordinator import FOLDER` does (`Coordinator.import_files`: read each file, header check,
decrypt, signature, schema, device, sequence, storage, audit, import history). Bundles are
sealed beforehand by the real `seal_bundle`, one ISO week each with 1-3 match codes, as a
volunteer's weekly sync makes them. PostgreSQL runs each get a fresh database of their own
(pg8000 takes no search_path in its URL). Results: a table on stdout and JSON in
bench/out/import.json. `--profile STORE` prints a cProfile of one import instead.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import pstats
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import create_engine, make_url, text

from logbook.bundle.seal import seal_bundle
from logbook.coordinator.database import set_database_url
from logbook.coordinator.schema import CoordinatorBase, Device
from logbook.coordinator.service import Coordinator
from logbook.identity.fingerprint import device_fingerprint, device_id
from logbook.identity.signing import b64, public_bytes
from logbook.org.organisation import OrganisationService
from logbook.org.settings import OrgSettings
from logbook.records.clock import utc_now
from logbook.records.values import Mode
from logbook.summary.schema import Category, ContactCount, MatchWeek, Mean, Summary, WeekSnapshot
from logbook.vault.kinds import ProfileKind
from logbook.vault.profiles import ProfileManager

OUT = Path(__file__).resolve().parent / "out"
DEVICES, WEEKS = 100, 10
PASSPHRASE = "correct horse battery staple"
# Store name -> PostgreSQL driver (pg8000 first: the app ships it).
STORES = {"sqlcipher": "", "postgresql (pg8000)": "pg8000", "postgresql (psycopg)": "psycopg"}


def make_bundles(org: OrganisationService) -> tuple[list[bytes], list[Ed25519PrivateKey]]:
    state = org.state()
    rng = random.Random(2024)
    keys = [Ed25519PrivateKey.generate() for _ in range(DEVICES)]
    bundles = []
    for n, key in enumerate(keys):
        codes = [f"M-{n:03d}{k}" for k in range(rng.randint(1, 3))]
        for w in range(WEEKS):
            matches = [
                MatchWeek(
                    match_code=code,
                    contacts=[
                        ContactCount(kind="visit", mode=Mode.IN_PERSON, count=rng.randint(1, 3))
                    ],
                    minutes=15 * rng.randint(2, 12),
                    activities={"Walk": 1, "Tea and chat": rng.randint(1, 2)},
                    seemed=Mean(mean=rng.choice([3.0, 3.5, 4.0]), count=2),
                    follow_ups=rng.choice([None, 1]),
                )
                for code in codes
            ]
            summary = Summary(
                categories=sorted(Category),
                weeks=[WeekSnapshot(week=f"2026-W{30 + w:02d}", matches=matches)],
            )
            sealed = seal_bundle(
                summary,
                key,
                org_id=state.org_id,
                recipient=state.recipient,
                epoch=1,
                sequence=w + 1,
            )
            bundles.append(sealed.data)
    rng.shuffle(bundles)  # devices' syncs interleave at the mailbox
    return bundles, keys


def approve_all(work: Coordinator, keys: list[Ed25519PrivateKey]) -> None:
    with work.db.session() as s:
        for key in keys:
            raw = public_bytes(key)
            s.add(
                Device(
                    id=device_id(raw),
                    public_key=b64(raw),
                    fingerprint=device_fingerprint(raw),
                    status="approved",
                    volunteer=f"V-{device_id(raw)[2:6]}",
                    first_seen=utc_now(),
                    last_seen=utc_now(),
                    changed_at=utc_now(),
                )
            )


def timed_import(store_factory, keys, folder, profile=False) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    with store_factory() as work:
        approve_all(work, keys)
        profiler = cProfile.Profile() if profile else None
        start = time.perf_counter()
        if profiler:
            profiler.enable()
        batch = work.import_files([folder])
        seconds = time.perf_counter() - start
        if profiler:
            profiler.disable()
            pstats.Stats(profiler).sort_stats("tottime").print_stats(35)
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)
        return seconds, sum(r.status == "imported" for r in batch.results)


@contextmanager
def fresh_postgres(base: str, driver: str) -> Iterator[str]:
    """A new database for one run, as a URL through `driver`; dropped afterwards."""
    url = make_url(base)
    name = f"{url.database}_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield url.set(drivername=f"postgresql+{driver}", database=name).render_as_string(
            hide_password=False
        )
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", choices=[*STORES], help="cProfile one import into STORE")
    args = parser.parse_args()
    os.environ["LOGBOOK_TEST_KDF"] = "1"
    root = Path(tempfile.mkdtemp(prefix="logbook-bench-import-"))
    manager = ProfileManager(root)
    manager.create("org", PASSPHRASE, ProfileKind.COORDINATOR)
    pg_url = os.environ.get("LOGBOOK_TEST_POSTGRES_URL")
    results: dict[str, dict[str, float]] = {}
    with manager.unlock("org", PASSPHRASE) as profile:
        org = OrganisationService(profile.store)
        org.init(OrgSettings(name="Bench", activities=["Walk", "Tea and chat"]))
        identity = org.identity()
        bundles, keys = make_bundles(org)
        folder = root / "bundles"
        folder.mkdir()
        for n, data in enumerate(bundles):
            (folder / f"{n:04d}.age").write_bytes(data)

        def sqlcipher() -> Coordinator:
            set_database_url(profile.store, None)
            work = Coordinator(profile.store)
            with work.db.session() as s:  # an empty database each run
                for table in reversed(CoordinatorBase.metadata.sorted_tables):
                    if table.name != "coordinator_meta":
                        s.execute(table.delete())
            return work

        def run_store(name: str, profile_it: bool = False) -> float:
            if name == "sqlcipher":
                seconds, imported = timed_import(sqlcipher, keys, folder, profile_it)
            else:
                assert pg_url, "set LOGBOOK_TEST_POSTGRES_URL"
                with fresh_postgres(pg_url, STORES[name]) as url:
                    set_database_url(profile.store, url)
                    seconds, imported = timed_import(
                        lambda: Coordinator(profile.store), keys, folder, profile_it
                    )
                    set_database_url(profile.store, None)
            assert imported == len(bundles), imported
            return seconds

        if args.profile:
            run_store(args.profile, profile_it=True)
            return 0
        stores = [s for s in STORES if s == "sqlcipher" or pg_url]
        samples: dict[str, list[float]] = {"bare decrypt": [], **{s: [] for s in stores}}
        for run in range(args.runs):
            start = time.perf_counter()
            for data in bundles:
                pyrage.decrypt(data, [identity])
            samples["bare decrypt"].append(time.perf_counter() - start)
            for name in stores:
                samples[name].append(run_store(name))
            print(
                f"run {run + 1}: "
                + ", ".join(f"{k} {v[-1]:.2f} s" for k, v in samples.items() if v)
            )
    for name, values in samples.items():
        if values:
            median = statistics.median(values)
            results[name] = {
                "median_s": round(median, 2),
                "per_bundle_ms": round(median * 1000 / len(bundles), 2),
                "min_s": round(min(values), 2),
                "max_s": round(max(values), 2),
            }
    bare = results["bare decrypt"]["per_bundle_ms"]
    for name in STORES:
        if name in results:
            results[name]["over_bare_decrypt"] = round(results[name]["per_bundle_ms"] / bare, 1)
    sizes = sorted(len(b) for b in bundles)
    report = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": sys.version.split()[0],
            "platform": platform.platform(),
        },
        "bundles": len(bundles),
        "bundle_bytes_median": sizes[len(sizes) // 2],
        "runs": args.runs,
        **results,
    }
    OUT.mkdir(exist_ok=True)
    (OUT / "import.json").write_text(json.dumps(report, indent=2))
    print("| store | 1,000 bundles (median) | per bundle | vs bare decrypt |\n|---|---|---|---|")
    for name, r in results.items():
        ratio = r.get("over_bare_decrypt", 1.0)
        print(f"| {name} | {r['median_s']} s | {r['per_bundle_ms']} ms | {ratio}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
