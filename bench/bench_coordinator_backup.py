"""Coordinator database backup and restore on a 2 GB database: peak memory (RSS) and time.

    .venv/bin/python bench/bench_coordinator_backup.py [--gib 2]

Issue 11: 2,200 padded bundles grew a coordinator database to 2.1 GB, and `coordinator
backup` then rose to 12.4 GB RSS. This builds a coordinator profile whose held bundles fill
`--gib` GiB (1 MiB of random bytes each, written straight into `held_bundle`, as the hold
stood before it was bounded in bytes), then runs `logbook coordinator backup` and, into a
new profile holding the organisation's restored keys, `logbook coordinator restore`, each in
a process of its own that reports its peak RSS. Results: stdout and bench/out/db_backup.json.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
PASSPHRASE = "correct horse battery staple"
CHUNK = 1024 * 1024


def build(data_dir: Path, gib: float) -> tuple[int, Path]:
    """The big coordinator profile, and the organisation's key backup for the second one."""
    from logbook.coordinator.schema import HeldBundle
    from logbook.coordinator.service import Coordinator
    from logbook.org.organisation import OrganisationService
    from logbook.org.settings import OrgSettings
    from logbook.records.clock import utc_now
    from logbook.vault.kinds import ProfileKind
    from logbook.vault.profiles import ProfileManager

    manager = ProfileManager(data_dir)
    manager.create("Big", PASSPHRASE, ProfileKind.COORDINATOR)
    manager.create("Restored", PASSPHRASE, ProfileKind.COORDINATOR)
    keys = data_dir / "keys.age"
    with manager.unlock("Big", PASSPHRASE) as profile:
        org = OrganisationService(profile.store)
        org.init(OrgSettings(name="Bench"))
        keys.write_bytes(org.key_backup("bench backup passphrase"))
        with Coordinator(profile.store) as work:
            rows = int(gib * 1024)
            for start in range(0, rows, 16):
                with work.db.session() as s:
                    for n in range(start, min(rows, start + 16)):
                        data = os.urandom(CHUNK)
                        s.add(HeldBundle(sha256=f"{n:064x}", device_id=f"D-{n % 97:010d}",
                                         data=data, size=CHUNK, received_at=utc_now()))  # fmt: skip
        path = profile.store.path
        with profile.store.engine.connect() as conn:
            from sqlalchemy import text

            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    return path.stat().st_size, keys


def measured(args: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Seconds and peak RSS (bytes) of one `logbook` command in a process of its own."""
    # VmHWM, not getrusage: ru_maxrss carries the parent's peak across fork and exec.
    code = (
        "import sys\n"
        "from logbook.cli.main import main\n"
        "status = main(sys.argv[1:])\n"
        "peak = next(line for line in open('/proc/self/status') if line.startswith('VmHWM'))\n"
        "sys.stderr.write(f'RSS {peak.split()[1]}\\n')\n"
        "sys.exit(status)\n"
    )
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=ROOT,
                          capture_output=True, text=True)  # fmt: skip
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{args} failed: {done.stderr}")
    kib = int(done.stderr.rsplit("RSS ", 1)[1].split()[0])
    return seconds, kib * 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--gib", type=float, default=2.0)
    parser.add_argument("--keep", action="store_true")
    options = parser.parse_args()
    os.environ["LOGBOOK_TEST_KDF"] = "1"
    root = Path(tempfile.mkdtemp(prefix="logbook-bench-dbbackup-"))
    env = {**os.environ, "LOGBOOK_DATA_DIR": str(root), "LOGBOOK_PASSPHRASE": PASSPHRASE,
           "LOGBOOK_BACKUP_PASSPHRASE": "bench backup passphrase"}  # fmt: skip
    try:
        start = time.perf_counter()
        db_bytes, keys = build(root, options.gib)
        built = time.perf_counter() - start
        out = root / "db.age"
        backup_s, backup_rss = measured(
            ["--profile", "Big", "coordinator", "backup", "--out", str(out)], env
        )
        idle_s, idle_rss = measured(["--profile", "Restored", "org", "restore-key", str(keys)], env)
        restore_s, restore_rss = measured(
            ["--profile", "Restored", "coordinator", "restore", str(out)], env
        )
        result = {
            "database_bytes": db_bytes,
            "backup_file_bytes": out.stat().st_size,
            "build_seconds": round(built, 1),
            "backup_seconds": round(backup_s, 1),
            "backup_peak_rss_bytes": backup_rss,
            "restore_seconds": round(restore_s, 1),
            "restore_peak_rss_bytes": restore_rss,
            # A command that does next to nothing, for the baseline of the process itself.
            "restore_key_seconds": round(idle_s, 1),
            "restore_key_peak_rss_bytes": idle_rss,
            "python": sys.version.split()[0],
            "cpus": os.cpu_count(),
            "self_peak_rss_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
        }
    finally:
        if not options.keep:
            shutil.rmtree(root, ignore_errors=True)
    OUT.mkdir(exist_ok=True)
    (OUT / "db_backup.json").write_text(json.dumps(result, indent=2) + "\n")
    mib = 1024 * 1024
    written = result["backup_file_bytes"] / mib
    print(f"database {db_bytes / mib:,.0f} MiB; backup file {written:,.0f} MiB")
    print(f"backup:  {backup_s:6.1f} s, peak RSS {backup_rss / mib:6.1f} MiB")
    print(f"restore: {restore_s:6.1f} s, peak RSS {restore_rss / mib:6.1f} MiB")
    print(f"(org restore-key, for the baseline: {idle_s:.1f} s, {idle_rss / mib:.1f} MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
