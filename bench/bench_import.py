"""Import benchmark: 1,000 bundles (100 devices x 10 weekly bundles) into the coordinator
database on SQLCipher and on PostgreSQL, beside a bare `pyrage.decrypt` of the same bundles.

    .venv/bin/python bench/bench_import.py [--runs 3]
    LOGBOOK_TEST_POSTGRES_URL=postgresql+psycopg://... .venv/bin/python bench/bench_import.py

Each run starts from an empty coordinator database with the 100 devices approved (their
first sight is not what is measured), then imports every bundle through the real
`Importer` (header check, decrypt, signature, schema, device, sequence, storage, audit).
Bundles are sealed beforehand by the real `seal_bundle`, one ISO week each with 1-3 match
codes, as a volunteer's weekly sync makes them. Results: a table on stdout and JSON in
bench/out/import.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import create_engine, text

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


def timed_import(store_factory, keys, bundles) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    with store_factory() as work:
        approve_all(work, keys)
        start = time.perf_counter()
        imported = sum(work.importer.import_bytes(b).status == "imported" for b in bundles)
        return time.perf_counter() - start, imported


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
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
        samples: dict[str, list[float]] = {"bare decrypt": [], "sqlcipher": [], "postgresql": []}
        for run in range(args.runs):
            start = time.perf_counter()
            for data in bundles:
                pyrage.decrypt(data, [identity])
            samples["bare decrypt"].append(time.perf_counter() - start)

            def sqlcipher() -> Coordinator:
                set_database_url(profile.store, None)
                work = Coordinator(profile.store)
                with work.db.session() as s:  # an empty database each run
                    for table in reversed(CoordinatorBase.metadata.sorted_tables):
                        if table.name != "coordinator_meta":
                            s.execute(table.delete())
                return work

            seconds, imported = timed_import(sqlcipher, keys, bundles)
            assert imported == len(bundles), imported
            samples["sqlcipher"].append(seconds)
            if pg_url:
                schema = f"bench_{uuid.uuid4().hex[:8]}"
                admin = create_engine(pg_url)
                with admin.begin() as conn:
                    conn.execute(text(f'CREATE SCHEMA "{schema}"'))
                url = f"{pg_url}?options=-csearch_path%3D{schema}"
                set_database_url(profile.store, url)
                seconds, imported = timed_import(lambda: Coordinator(profile.store), keys, bundles)
                assert imported == len(bundles), imported
                samples["postgresql"].append(seconds)
                set_database_url(profile.store, None)
                with admin.begin() as conn:
                    conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
                admin.dispose()
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
    for name in ("sqlcipher", "postgresql"):
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
