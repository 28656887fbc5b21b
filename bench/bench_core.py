"""Core benchmarks: unlock (without the KDF), full-text search and saving an entry, on a
10,000-entry profile, SQLCipher side by side with plain SQLite holding the same data.

    .venv/bin/python bench/bench_core.py                 # builds the data in a temp folder
    .venv/bin/python bench/bench_core.py --data DIR      # builds into DIR once, then reuses it

Three stores hold the same data, built by the same code (bench/build_profile.py):
  * SQLCipher: the app's profile (ProfileManager, open_engine, raw-key mode);
  * plain SQLite through the stdlib `sqlite3` module: the comparison the targets refer to;
  * plain SQLite through the `sqlcipher3` module with no key: same SQLite library as the app,
    no encryption, which separates the cost of encryption from the SQLite version.
All three have the app's pragmas (WAL, synchronous=FULL, secure_delete, foreign keys) and are
migrated by `logbook.db.migrate.upgrade_if_behind`. The key derivation (Argon2id) is outside
every figure; the data is built with the test KDF (LOGBOOK_TEST_KDF=1) for that reason.

Workloads, each as a median and p90 over repeated runs, the three stores interleaved run by
run so that drift on the machine hits them alike:
  1. unlock without the KDF: `ProfileManager._open` with the derived key (new engine, keyed
     first connection, migration check) plus a first SELECT; the same steps for plain SQLite.
     Also timed step by step, and once per fresh process (imports done, nothing else warm).
  2. search: `Logbook.search.search` for realistic one- and two-word queries.
  3. save: `Logbook.entries.add` of one ~150-word entry with tags; also with
     synchronous=NORMAL (not what the app uses) and a bare write+fsync, to show what the
     durable commit costs.
Results: a markdown table on stdout and JSON in bench/out/core.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import alembic
import build_profile
import notes
import sqlalchemy
import sqlcipher3
from sqlalchemy import Engine, event, text

from logbook.db.engine import open_engine
from logbook.db.migrate import head_revision, upgrade_if_behind
from logbook.db.store import Store
from logbook.records.book import Logbook
from logbook.records.dto import EntryInput
from logbook.records.search import fts_query
from logbook.records.values import Kind, Mode
from logbook.vault.keys import db_key_from_passphrase
from logbook.vault.kinds import VAULT_FILE
from logbook.vault.profiles import DB_FILE, PROFILES_DIR, ProfileManager
from logbook.vault.vaultfile import VaultFile, load_vault

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"

TARGETS = {"unlock": 150.0, "search": 30.0, "save": 15.0, "time_ratio": 1.3, "size_ratio": 1.2}

# What a volunteer types into the search box: names, people, places, health, events.
QUERIES = (
    # common words: more matches than the 200 a search returns
    "daughter",
    "funeral",
    "hospital",
    "Margaret",
    "Zoe",  # finds Zoë: diacritics are folded
    "garden",
    # tens to hundreds of matches
    "scam",
    "physio",
    "blood test",
    "stairlift",
    "cataract",
    "Leeds",
    "boiler",
    "bus pass",
    "memory clinic",
    # the long tail: a few notes each
    "Wilko",
    "jollof",
    "heron",
    "shingles",
    "tinnitus",
    "harmonica",
    # nothing found
    "lonely",
)

SQLCIPHER = "sqlcipher"
PLAIN = "plain"
NOKEY = "plain_nokey"
LABELS = {
    SQLCIPHER: "SQLCipher (the app)",
    PLAIN: f"plain SQLite, stdlib sqlite3 {sqlite3.sqlite_version}",
    NOKEY: "plain SQLite, SQLCipher's library without a key",
}
PLAIN_FILES = {PLAIN: "plain-stdlib.db", NOKEY: "plain-sqlcipher-nokey.db"}
MODULES = {PLAIN: sqlite3, NOKEY: sqlcipher3}


# --- statistics -------------------------------------------------------------------------------


def summary(seconds: list[float]) -> dict[str, float]:
    """Median and p90 in milliseconds (p90 by nearest rank, as bench_startup.py does)."""
    ms = sorted(s * 1000 for s in seconds)
    return {
        "median_ms": statistics.median(ms),
        "p90_ms": ms[int(0.9 * (len(ms) - 1))],
        "min_ms": ms[0],
        "runs": len(ms),
    }


@dataclass
class Samples:
    """Timings per (workload, store), collected run by run."""

    data: dict[str, dict[str, list[float]]] = field(default_factory=dict)

    def add(self, workload: str, store: str, seconds: float) -> None:
        self.data.setdefault(workload, {}).setdefault(store, []).append(seconds)

    def summaries(self) -> dict[str, dict[str, dict[str, float]]]:
        return {w: {s: summary(v) for s, v in per.items()} for w, per in self.data.items()}


def rotated(items: list[str], i: int) -> list[str]:
    """The stores in a different order each round, so none is always first."""
    k = i % len(items)
    return items[k:] + items[:k]


# --- opening the three stores -----------------------------------------------------------------


@dataclass
class Workspace:
    """A working copy of the built data: saves change it, the built data stays as it was."""

    root: Path
    vault: VaultFile
    key: bytes  # derived once; the KDF is outside every figure

    @property
    def profile_folder(self) -> Path:
        return self.root / PROFILES_DIR / build_profile.PROFILE

    def db_path(self, store: str) -> Path:
        if store == SQLCIPHER:
            return self.profile_folder / DB_FILE
        return self.root / PLAIN_FILES[store]


def workspace(root: Path) -> Workspace:
    build_profile.enable_test_kdf()
    folder = root / PROFILES_DIR / build_profile.PROFILE
    vault = load_vault(folder / VAULT_FILE)
    return Workspace(root, vault, db_key_from_passphrase(vault, build_profile.PASSPHRASE))


def first_query(store: Store) -> int:
    with store.session() as s:
        return int(s.execute(text("SELECT count(*) FROM entry WHERE deleted_at IS NULL")).one()[0])


def unlock_app(ws: Workspace) -> tuple[Store, float]:
    """The app's own unlock after the KDF: ProfileManager._open, then a first SELECT."""
    manager = ProfileManager(ws.root)
    start = time.perf_counter()
    profile = manager._open(ws.profile_folder, ws.vault, ws.key)
    first_query(profile.store)
    return profile.store, time.perf_counter() - start


def _engine(ws: Workspace, store: str, synchronous: str) -> Engine:
    path = ws.db_path(store)
    if store != SQLCIPHER:
        return build_profile.open_plain_engine(path, MODULES[store], synchronous)
    engine = open_engine(path, ws.key)
    if synchronous != "FULL":
        # Runs after open_engine's own set-up on each new connection, so it wins.
        event.listen(
            engine,
            "connect",
            lambda conn, _rec: conn.execute(f"PRAGMA synchronous = {synchronous}"),
        )
    return engine


def unlock_steps(
    ws: Workspace, store: str, synchronous: str = "FULL"
) -> tuple[Store, dict[str, float]]:
    """The steps of ProfileManager._open, each timed: the same for SQLCipher and plain SQLite."""
    path = ws.db_path(store)
    t0 = time.perf_counter()
    engine = _engine(ws, store, synchronous)
    result = Store(engine, path)
    with engine.connect():
        pass  # keys (SQLCipher) and sets up the first connection, reads the schema
    t1 = time.perf_counter()
    upgrade_if_behind(engine, path)
    t2 = time.perf_counter()
    first_query(result)
    t3 = time.perf_counter()
    return result, {
        "open_and_first_connection": t1 - t0,
        "migration_check": t2 - t1,
        "first_select": t3 - t2,
        "total": t3 - t0,
    }


@contextmanager
def opened(
    ws: Workspace, stores: list[str], synchronous: str = "FULL"
) -> Iterator[dict[str, Logbook]]:
    books: dict[str, Logbook] = {}
    try:
        for store in stores:
            books[store] = Logbook(unlock_steps(ws, store, synchronous)[0])
        yield books
    finally:
        for book in books.values():
            book.store.close()


# --- workloads --------------------------------------------------------------------------------


def bench_unlock(ws: Workspace, stores: list[str], runs: int, samples: Samples) -> None:
    """Unlock after the KDF, in this process: `_open` (SQLCipher) or its steps (plain)."""
    # One untimed round first: imports, the alembic script directory, SQLAlchemy's caches.
    for store in stores:
        unlock_steps(ws, store)[0].close()
    unlock_app(ws)[0].close()
    for i in range(runs):
        for store in rotated(stores, i):
            if store == SQLCIPHER:
                opened_store, seconds = unlock_app(ws)
                opened_store.close()
                samples.add("unlock", store, seconds)
            opened_store, steps = unlock_steps(ws, store)
            opened_store.close()
            for step, seconds in steps.items():
                samples.add(f"unlock.{step}", store, seconds)
            if store != SQLCIPHER:
                samples.add("unlock", store, steps["total"])


def bench_unlock_fresh_process(
    ws: Workspace, stores: list[str], runs: int, samples: Samples
) -> None:
    """One unlock per new process: what the one-shot CLI pays, minus imports and the KDF."""
    env = {**os.environ, "LOGBOOK_TEST_KDF": "1"}
    for i in range(runs):
        for store in rotated(stores, i):
            done = subprocess.run(
                [sys.executable, __file__, "--child-unlock", store, "--work", str(ws.root)],
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
                check=True,
            )
            steps = json.loads(done.stdout.strip().splitlines()[-1])
            for step, seconds in steps.items():
                samples.add(f"unlock_fresh.{step}", store, seconds)


# The app's unlock in a new process, as the CLI and the app pay it: logbook.vault.profiles
# imports the storage stack (SQLAlchemy, Alembic, the models) only when a profile is opened,
# so here those imports fall inside the timed span. The KDF is still outside it.
CHILD_APP = """
import json, sys, time
from pathlib import Path
from logbook.vault.keys import db_key_from_passphrase
from logbook.vault.profiles import ProfileManager
from logbook.vault.vaultfile import load_vault
root, name, passphrase = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
folder = root / "profiles" / name
vault = load_vault(folder / "vault.json")
key = db_key_from_passphrase(vault, passphrase)
assert "sqlalchemy" not in sys.modules and "alembic" not in sys.modules
t0 = time.perf_counter()
profile = ProfileManager(root)._open(folder, vault, key)
from sqlalchemy import text
with profile.store.session() as s:
    s.execute(text("SELECT count(*) FROM entry WHERE deleted_at IS NULL")).one()
t1 = time.perf_counter()
profile.lock()
print(json.dumps({"total": t1 - t0}))
"""


def bench_unlock_fresh_app(ws: Workspace, runs: int, samples: Samples) -> None:
    env = {**os.environ, "LOGBOOK_TEST_KDF": "1"}
    args = [str(ws.root), build_profile.PROFILE, build_profile.PASSPHRASE]
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", CHILD_APP, *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        steps = json.loads(done.stdout.strip().splitlines()[-1])
        samples.add("unlock_fresh_with_imports", SQLCIPHER, steps["total"])


def child_unlock(work: Path, store: str) -> None:
    ws = workspace(work)
    opened_store, steps = unlock_steps(ws, store)
    opened_store.close()
    print(json.dumps(steps))


def bench_search(
    ws: Workspace, stores: list[str], rounds: int, samples: Samples
) -> dict[str, dict[str, Any]]:
    per_query: dict[str, dict[str, Any]] = {q: {} for q in QUERIES}
    with opened(ws, stores) as books:
        for store, book in books.items():  # untimed warm-up: statement caches, page cache
            for q in QUERIES:
                per_query[q].setdefault("hits", {})[store] = len(book.search.search(q))
                per_query[q].setdefault("matches", {})[store] = matching_notes(book.store, q)
        for i in range(rounds):
            for store in rotated(stores, i):
                book = books[store]
                for q in QUERIES:
                    start = time.perf_counter()
                    book.search.search(q)
                    seconds = time.perf_counter() - start
                    samples.add("search", store, seconds)
                    per_query[q].setdefault("seconds", {}).setdefault(store, []).append(seconds)
    return {
        q: {
            "matches": d["matches"],
            "hits": d["hits"],
            "median_ms": {s: statistics.median(v) * 1000 for s, v in d["seconds"].items()},
        }
        for q, d in per_query.items()
    }


def matching_notes(store: Store, user_text: str) -> int:
    """How many stored notes match, beyond the page of 200 that a search returns."""
    query = fts_query(user_text)
    if query is None:
        return 0
    with store.session() as s:
        sql = text("SELECT count(*) FROM entry_fts WHERE entry_fts MATCH :q")
        return int(s.execute(sql, {"q": query}).one()[0])


def _entries_to_save(count: int) -> list[EntryInput]:
    """Realistic new entries for today, written by the same note generator, another seed."""
    rng = random.Random(99)
    writer = notes.NoteWriter(seed=99)
    names = notes.display_names(25)
    today = date.today()
    result = []
    for _ in range(count):
        i = rng.randrange(len(names))
        first, pronoun = names[i][0].split()[0], names[i][1]
        activities = rng.sample(notes.ACTIVITIES, 2)
        topics = rng.sample(notes.TOPICS, 2)
        minutes = rng.randint(45, 120)
        note = writer.write(
            notes.NoteContext(
                kind="visit",
                occurred_on=today,
                name=first,
                pronoun=pronoun,
                mode="in_person",
                place=f"{first}'s flat",
                minutes=minutes,
                seemed=4,
                activities=activities,
                topics=topics,
            )
        )
        result.append(
            EntryInput(
                kind=Kind.VISIT,
                occurred_on=today,
                match_code=f"M-{i + 1:04d}",
                minutes=minutes,
                mode=Mode.IN_PERSON,
                place=f"{first}'s flat",
                seemed=4,
                notes=note,
                activities=tuple(activities),
                topics=tuple(topics),
            )
        )
    return result


def bench_save(
    ws: Workspace, stores: list[str], runs: int, samples: Samples, synchronous: str = "FULL"
) -> None:
    workload = "save" if synchronous == "FULL" else f"save_synchronous_{synchronous.lower()}"
    todo = _entries_to_save(runs + 3)
    with opened(ws, stores, synchronous) as books:
        for book in books.values():  # untimed warm-up
            for entry in todo[:3]:
                book.entries.add(entry)
        for i, entry in enumerate(todo[3:]):
            for store in rotated(stores, i):
                start = time.perf_counter()
                books[store].entries.add(entry)
                samples.add(workload, store, time.perf_counter() - start)


def bench_fsync(folder: Path, runs: int, samples: Samples) -> None:
    """A bare 4 KiB write + fsync on the same file system: the floor under a durable commit."""
    path = folder / "fsync-probe.bin"
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    try:
        for i in range(runs):
            start = time.perf_counter()
            os.pwrite(fd, os.urandom(4096), (i % 16) * 4096)
            os.fsync(fd)
            samples.add("fsync_4k", "filesystem", time.perf_counter() - start)
    finally:
        os.close(fd)
        path.unlink()


def file_sizes(data: Path) -> dict[str, int]:
    sizes = {}
    for store in (SQLCIPHER, PLAIN, NOKEY):
        path = (
            data / PROFILES_DIR / build_profile.PROFILE / DB_FILE
            if store == SQLCIPHER
            else data / PLAIN_FILES[store]
        )
        wal = path.with_name(path.name + "-wal")
        sizes[store] = path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    return sizes


def data_variety(data: Path) -> dict[str, float]:
    """The variety figures of the notes actually stored (read from the plain copy)."""
    conn = sqlite3.connect(data / PLAIN_FILES[PLAIN])
    try:
        stored = [row[0] for row in conn.execute("SELECT notes FROM entry")]
    finally:
        conn.close()
    return notes.variety(stored)


# --- the machine ------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    def first_line(cmd: list[str], prefix: str) -> str:
        try:
            out = subprocess.run(cmd, capture_output=True, text=True, check=False).stdout
        except FileNotFoundError:
            return "?"
        return next(
            (ln.split(":", 1)[1].strip() for ln in out.splitlines() if ln.startswith(prefix)), "?"
        )

    conn = sqlcipher3.connect(":memory:")
    conn.execute("PRAGMA key = \"x'" + "11" * 32 + "'\"")
    conn.execute("CREATE TABLE t(x)")  # so the provider pragmas have a keyed database to report on
    cipher = {
        "cipher_version": conn.execute("PRAGMA cipher_version").fetchone()[0],
        "cipher_provider": conn.execute("PRAGMA cipher_provider").fetchone()[0],
        "cipher_provider_version": conn.execute("PRAGMA cipher_provider_version").fetchone()[0],
        "sqlite_version": conn.execute("SELECT sqlite_version()").fetchone()[0],
    }
    conn.close()
    mem_kib = int(
        next(
            ln for ln in Path("/proc/meminfo").read_text().splitlines() if ln.startswith("MemTotal")
        ).split()[1]
    )
    return {
        "cpus": os.cpu_count(),
        "cpu_model": first_line(["lscpu"], "Model name"),
        "hypervisor": first_line(["lscpu"], "Hypervisor vendor"),
        "memory_gib": round(mem_kib / 1024 / 1024, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "sqlcipher": cipher,
        "stdlib_sqlite": sqlite3.sqlite_version,
        "sqlalchemy": sqlalchemy.__version__,
        "alembic": alembic.__version__,
    }


# --- report -----------------------------------------------------------------------------------


def _cell(s: dict[str, float] | None) -> str:
    if s is None:
        return "–"
    return f"{s['median_ms']:.1f} / {s['p90_ms']:.1f} ms"


def _ratio(a: dict[str, float] | None, b: dict[str, float] | None) -> str:
    if a is None or b is None:
        return "–"
    return f"{a['median_ms'] / b['median_ms']:.2f}"


def report(results: dict[str, Any]) -> str:
    summ = results["summaries"]
    rows = [
        (
            "unlock",
            "**unlock, excl. KDF** (`_open` + first SELECT)",
            f"≤ {TARGETS['unlock']:.0f} ms",
        ),
        ("unlock.open_and_first_connection", "  · open engine + keyed first connection", ""),
        ("unlock.migration_check", "  · migration check (`upgrade_if_behind`)", ""),
        ("unlock.first_select", "  · first SELECT", ""),
        ("unlock_fresh.total", "unlock, first in a fresh process (excl. imports, KDF)", ""),
        (
            "unlock_fresh_with_imports",
            "unlock, fresh process, incl. the storage-stack imports `_open` does (excl. KDF)",
            "",
        ),
        (
            "search",
            f"**search** (`search.search`, {len(QUERIES)} queries)",
            f"≤ {TARGETS['search']:.0f} ms",
        ),
        (
            "save",
            "**save one entry** (`entries.add`, synchronous=FULL)",
            f"≤ {TARGETS['save']:.0f} ms",
        ),
        ("save_synchronous_normal", "save, synchronous=NORMAL (*not what the app uses*)", ""),
    ]
    lines = [
        f"| workload (median / p90) | {LABELS[SQLCIPHER]} | {LABELS[PLAIN]} | ratio "
        f"| {LABELS[NOKEY]} ({results['machine']['sqlcipher']['sqlite_version']}) | ratio "
        "| runs | target |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for key, label, target in rows:
        per = summ.get(key)
        if not per:
            continue
        c, p, n = per.get(SQLCIPHER), per.get(PLAIN), per.get(NOKEY)
        runs = c["runs"] if c else "–"
        lines.append(
            f"| {label} | {_cell(c)} | {_cell(p)} | {_ratio(c, p)} | {_cell(n)} | {_ratio(c, n)} "
            f"| {runs} | {target} |"
        )
    if "fsync_4k" in summ:
        f = summ["fsync_4k"]["filesystem"]
        lines.append(
            f"| bare 4 KiB write + fsync, same file system | {_cell(f)} | | | | | {f['runs']} | |"
        )
    sizes = results["sizes"]
    mib = {k: v / 1024 / 1024 for k, v in sizes.items()}
    lines.append(
        f"| **file size** (after checkpoint) | {mib[SQLCIPHER]:.2f} MiB | {mib[PLAIN]:.2f} MiB "
        f"| {sizes[SQLCIPHER] / sizes[PLAIN]:.3f} | {mib[NOKEY]:.2f} MiB "
        f"| {sizes[SQLCIPHER] / sizes[NOKEY]:.3f} | | ratio ≤ {TARGETS['size_ratio']} |"
    )
    return "\n".join(lines)


def query_table(results: dict[str, Any]) -> str:
    lines = [
        "| query | matching notes | hits returned | SQLCipher | plain (stdlib) | ratio "
        "| plain (no key) |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for q, d in results["search_per_query"].items():
        med = d["median_ms"]
        lines.append(
            f"| {q} | {d['matches'][SQLCIPHER]} | {d['hits'][SQLCIPHER]} "
            f"| {med[SQLCIPHER]:.1f} ms | {med[PLAIN]:.1f} ms "
            f"| {med[SQLCIPHER] / med[PLAIN]:.2f} | {med[NOKEY]:.1f} ms |"
        )
    return "\n".join(lines)


def verdicts(results: dict[str, Any]) -> list[str]:
    summ = results["summaries"]

    def verdict(ok: bool) -> str:
        return "met" if ok else "MISSED"

    out = []
    for key in ("unlock", "search", "save"):
        c, p = summ[key][SQLCIPHER], summ[key][PLAIN]
        ratio = c["median_ms"] / p["median_ms"]
        out.append(
            f"{key}: {c['median_ms']:.1f} ms (target ≤ {TARGETS[key]:.0f}: "
            f"{verdict(c['median_ms'] <= TARGETS[key])}), ratio {ratio:.2f} "
            f"(target ≤ {TARGETS['time_ratio']}: {verdict(ratio <= TARGETS['time_ratio'])})"
        )
    size = results["sizes"][SQLCIPHER] / results["sizes"][PLAIN]
    out.append(
        f"size ratio {size:.3f} "
        f"(target ≤ {TARGETS['size_ratio']}: {verdict(size <= TARGETS['size_ratio'])})"
    )
    return out


# --- main -------------------------------------------------------------------------------------


@dataclass
class Plan:
    unlock_runs: int = 100
    fresh_runs: int = 15
    search_rounds: int = 10
    save_runs: int = 100
    fsync_runs: int = 100

    @classmethod
    def quick(cls) -> Plan:
        return cls(unlock_runs=5, fresh_runs=2, search_rounds=1, save_runs=5, fsync_runs=5)


def ensure_data(data: Path, entries: int) -> dict[str, Any]:
    manifest = build_profile.load_manifest(data)
    if manifest is not None:
        if manifest["entries"] != entries:
            raise SystemExit(f"{data} holds {manifest['entries']} entries, not {entries}")
        if manifest.get("schema") == head_revision() and manifest.get(
            "generator"
        ) == build_profile.generator_digest(manifest["seed"]):
            print(f"reusing the data built in {data}", file=sys.stderr)
            return manifest
        print(f"{data} was built by other code or schema: rebuilding it", file=sys.stderr)
        build_profile.remove_build(data)
    elif data.exists() and any(data.iterdir()):
        raise SystemExit(f"{data} is not empty and holds no build; choose an empty folder")
    return build_profile.build_all(data, entries=entries)


def run(data: Path, plan: Plan, entries: int) -> dict[str, Any]:
    started = time.perf_counter()
    manifest = ensure_data(data, entries)
    stores = [SQLCIPHER, PLAIN, NOKEY]
    samples = Samples()
    with tempfile.TemporaryDirectory(prefix="logbook-bench-work-", dir=data.parent) as tmp:
        work = Path(tmp) / "data"
        shutil.copytree(data, work)
        ws = workspace(work)
        steps: list[tuple[str, Callable[[], Any]]] = [
            ("unlock", lambda: bench_unlock(ws, stores, plan.unlock_runs, samples)),
            (
                "unlock, fresh processes",
                lambda: bench_unlock_fresh_process(ws, stores, plan.fresh_runs, samples),
            ),
            (
                "unlock, fresh processes, with imports",
                lambda: bench_unlock_fresh_app(ws, plan.fresh_runs, samples),
            ),
            ("search", lambda: bench_search(ws, stores, plan.search_rounds, samples)),
            ("save", lambda: bench_save(ws, stores, plan.save_runs, samples)),
            (
                "save, synchronous=NORMAL",
                lambda: bench_save(ws, stores, plan.save_runs, samples, "NORMAL"),
            ),
            ("fsync", lambda: bench_fsync(work, plan.fsync_runs, samples)),
        ]
        extra: dict[str, Any] = {}
        for name, step in steps:
            t = time.perf_counter()
            value = step()
            if name == "search":
                extra["search_per_query"] = value
            print(f"  {name}: {time.perf_counter() - t:.1f} s", file=sys.stderr)
    return {
        "machine": machine(),
        "build": manifest,
        "data_variety": data_variety(data),
        "plan": plan.__dict__,
        "targets": TARGETS,
        "labels": LABELS,
        "summaries": samples.summaries(),
        "sizes": file_sizes(data),
        **extra,
        "seconds_total": time.perf_counter() - started,
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, help="data folder: built on first use, then reused")
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--quick", action="store_true", help="few runs, to check the script")
    parser.add_argument("--out", type=Path, default=OUT / "core.json")
    parser.add_argument("--child-unlock", choices=[SQLCIPHER, PLAIN, NOKEY], help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_unlock:
        child_unlock(args.work, args.child_unlock)
        return 0
    plan = Plan.quick() if args.quick else Plan()
    if args.data:
        results = run(args.data.resolve(), plan, args.entries)
    else:
        with tempfile.TemporaryDirectory(prefix="logbook-bench-") as tmp:
            results = run(Path(tmp) / "data", plan, args.entries)
    m = results["machine"]
    print(
        f"\nCore benchmarks: {results['build']['entries']} entries, {m['cpus']} CPUs "
        f"({m['cpu_model']}), Python {m['python']}, SQLCipher {m['sqlcipher']['cipher_version']} "
        f"(SQLite {m['sqlcipher']['sqlite_version']}), stdlib SQLite {m['stdlib_sqlite']}\n"
    )
    v = results["data_variety"]
    print(
        f"Data: {v['notes']} notes, {v['distinct_notes']} distinct, "
        f"{v['distinct_sentence_share']:.1%} of {v['sentences']} sentences distinct, "
        f"{v['words_median']} words median ({v['words_min']}–{v['words_max']})\n"
    )
    print(report(results))
    print()
    for line in verdicts(results):
        print("- " + line)
    print("\nSearch, median per query:\n")
    print(query_table(results))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, default=str))
    print(f"\nJSON: {args.out}   total {results['seconds_total']:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
