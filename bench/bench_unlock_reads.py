"""Unlock's reads before and after issue 15, interleaved in one process on the same engine
code, beside plain SQLite's unlock steps (bench_core.unlock_steps), on the bench profile.

Before (issue 11): a keyed first connection, the migration check, and the seal and
pending-compaction flags each read in a transaction of its own. Now: `Store.first_read`,
one transaction on the first connection. Both then run the first SELECT bench_core times.

    LOGBOOK_TEST_KDF=1 .venv/bin/python bench/bench_unlock_reads.py --data DIR [--runs 60]

DIR is a folder built by bench/build_profile.py (or bench_core.py --data DIR).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import bench_core as bc

from logbook.db.engine import open_engine
from logbook.db.migrate import upgrade_if_behind
from logbook.db.store import Store
from logbook.profile_settings import COMPACTION_PENDING, VAULT_SEALED


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="logbook-unlock-reads-") as tmp:
        work = Path(tmp) / "data"
        shutil.copytree(args.data, work)
        ws = bc.workspace(work)
        db = ws.profile_folder / "logbook.db"

        def before() -> float:
            start = time.perf_counter()
            store = Store(open_engine(db, ws.key), db)
            with store.engine.connect():
                pass
            upgrade_if_behind(store.engine, db)
            store.read(VAULT_SEALED)
            store.read(COMPACTION_PENDING)
            bc.first_query(store)
            seconds = time.perf_counter() - start
            store.close()
            return seconds

        def now() -> float:
            start = time.perf_counter()
            store = Store(open_engine(db, ws.key), db)
            store.first_read()
            bc.first_query(store)
            seconds = time.perf_counter() - start
            store.close()
            return seconds

        def plain() -> float:
            store, steps = bc.unlock_steps(ws, bc.PLAIN)
            store.close()
            return steps["total"]

        variants: dict[str, Callable[[], float]] = {
            "before (issue 11)": before,
            "now (one first read)": now,
            "plain SQLite (baseline)": plain,
        }
        for fn in variants.values():
            fn()  # imports, caches
        times: dict[str, list[float]] = {name: [] for name in variants}
        for i in range(args.runs):
            for name in bc.rotated(list(variants), i):
                times[name].append(variants[name]())
    base = statistics.median(times["plain SQLite (baseline)"])
    print(f"| unlock reads, median of {args.runs} interleaved | time | vs plain SQLite |")
    print("| --- | --- | --- |")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"| {name} | {median * 1000:.1f} ms | {median / base:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
