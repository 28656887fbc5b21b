"""Summary and bundle benchmark: build every week's snapshot of a 10,000-entry profile and
seal it into bundles, against baselines measured in the same run.

    .venv/bin/python bench/bench_summary.py [--data DIR] [--runs 9]

Workloads (median and p90 over interleaved runs):
  1. preview: `OutboxService.preview(all_weeks=True)`: read the structured columns, tally
     per ISO week and match code, validate each snapshot with the strict schema;
  2. seal: `OutboxService.seal_changes()` with no week sent yet (the worst case: every week
     changed), i.e. summary + digests + signature + age encryption + the outbox write;
  3. baselines: the bare read of the same columns (one SELECT of every entry's structured
     columns), and bare `pyrage.encrypt` of a payload of the same size.
The organisation and enrolment are real (a coordinator profile made in the same folder).
Results: a markdown table on stdout and JSON in bench/out/summary.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import build_profile
import pyrage
from sqlalchemy import String, delete, select, type_coerce

from logbook.db.models import Entry, OutboxBundle, SentWeek
from logbook.org.membership import MembershipService
from logbook.org.organisation import OrganisationService
from logbook.org.settings import OrgSettings
from logbook.vault.kinds import ProfileKind
from logbook.vault.profiles import ProfileManager

OUT = Path(__file__).resolve().parent / "out"


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def stats(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "median_ms": round(statistics.median(ordered), 1),
        "p90_ms": round(ordered[int(0.9 * (len(ordered) - 1))], 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    build_profile.enable_test_kdf()
    data = args.data or Path(tempfile.mkdtemp(prefix="logbook-bench-summary-"))
    manager = ProfileManager(data)
    if build_profile.PROFILE not in {p.name for p in manager.list()}:
        build_profile.build_profile(data)
    if "coord" not in {p.name for p in manager.list()}:
        manager.create("coord", build_profile.PASSPHRASE, ProfileKind.COORDINATOR)
    with manager.unlock("coord", build_profile.PASSPHRASE) as coord:
        org = OrganisationService(coord.store)
        try:
            org.state()
        except Exception:  # noqa: BLE001 - first run: make the organisation
            import notes

            org.init(OrgSettings(name="Bench", activities=list(notes.ACTIVITIES),
                                 topics=list(notes.TOPICS)))  # fmt: skip
        enrolment, fingerprint = org.enrolment_file(), org.state().fingerprint

    from logbook.sync.outbox import OutboxService

    with manager.unlock(build_profile.PROFILE, build_profile.PASSPHRASE) as profile:
        store = profile.store
        MembershipService(store).enroll(enrolment, fingerprint)
        outbox = OutboxService(store)

        def reset() -> None:
            with store.session() as s:
                s.execute(delete(SentWeek))
                s.execute(delete(OutboxBundle))

        day = type_coerce(Entry.occurred_on, String)
        columns = (Entry.id, Entry.kind, Entry.match_id, day, Entry.minutes, Entry.mode,
                   Entry.seemed, Entry.wellbeing, Entry.follow_up)  # fmt: skip

        def bare_read() -> None:
            with store.session() as s:
                s.execute(select(*columns).where(Entry.deleted_at.is_(None))).all()

        preview = outbox.preview(all_weeks=True)
        payload = preview.model_dump_json(exclude_none=True).encode()
        recipient = pyrage.x25519.Identity.generate().to_public()
        samples: dict[str, list[float]] = {"preview": [], "seal": [], "read": [], "encrypt": []}
        sizes: list[int] = []
        for _ in range(args.runs):
            reset()
            samples["read"].append(timed(bare_read))
            samples["preview"].append(timed(lambda: outbox.preview(all_weeks=True)))
            samples["encrypt"].append(timed(lambda: pyrage.encrypt(payload, [recipient])))
            start = time.perf_counter()
            made = outbox.seal_changes()
            samples["seal"].append((time.perf_counter() - start) * 1000)
            sizes = [item.size for item in made]
        weeks = len(preview.weeks)
        rows = sum(len(w.matches) for w in preview.weeks)
    figures = {name: stats(values) for name, values in samples.items()}
    ratio = round(figures["seal"]["median_ms"] / figures["read"]["median_ms"], 1)
    machine = {"cpus": os.cpu_count(), "python": sys.version.split()[0],
               "platform": platform.platform()}  # fmt: skip
    result = {"machine": machine, "entries": 10_000, "weeks": weeks, "match_weeks": rows,
              "runs": args.runs, "bundles": len(sizes), "bundle_bytes": sizes,
              "summary_json_bytes": len(payload), **figures,
              "seal_over_bare_read": ratio}  # fmt: skip
    OUT.mkdir(exist_ok=True)
    (OUT / "summary.json").write_text(json.dumps(result, indent=2))
    print("| workload | median ms | p90 ms |\n|---|---|---|")
    for name in ("read", "preview", "encrypt", "seal"):
        print(f"| {name} | {figures[name]['median_ms']} | {figures[name]['p90_ms']} |")
    print(
        f"\n{weeks} weeks, {rows} match-weeks, {len(sizes)} bundle(s) of {sizes} bytes; "
        f"summary JSON {len(payload)} bytes; seal / bare read = {ratio}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
