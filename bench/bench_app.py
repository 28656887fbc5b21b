"""Desktop app benchmarks on a 10,000-entry profile: timeline after unlock, search as you
type, and resident memory, measured in the real MainWindow on Qt's offscreen platform.

    .venv/bin/python bench/bench_app.py                 # builds the profile in a temp folder
    .venv/bin/python bench/bench_app.py --data DIR      # builds into DIR once, then reuses it
    .venv/bin/python bench/bench_app.py --quick         # few runs, to check the script

The profile is built by bench/build_profile.py (test KDF; a folder given with --data is
built with `build_all`, so bench_core.py can reuse it too) in a child process, so neither
the build nor the data generator weighs on this process's memory figures. The app works on
a copy of the profile. The key derivation is outside every figure.

Workloads (medians and p90 over repeated runs, markdown table on stdout, JSON in
bench/out/app.json):
  1. timeline shown after unlock, KDF excluded: `ProfileManager.unlock` first (timed apart:
     the test KDF plus opening the engine), then from `MainWindow.open_profile` to the first
     page of entries in the timeline's model and painted (the headline), then to the worker
     idle (the other lists loaded behind it) and painted again.
     The first unlock after launch is reported on its own; the window is locked (and the
     worker drained) between runs. Also, outside the UI: `ProfileManager._open` with the
     derived key plus the timeline's first query (`entries.list(limit=FIRST_PAGE)`).
  2. each search keystroke: ten words from the notes' vocabulary typed letter by letter into
     the timeline's search box (QTest.keyClicks), waiting for each keystroke's results before
     the next. "handled" runs from the debounce timer firing (`Timeline.reload`) to the
     results in the model and painted; "end to end" runs from the key event, so it includes
     the deliberate 150 ms debounce.
  3. resident memory (VmRSS, and the peak VmHWM, from /proc/self/status): with the timeline
     shown, after scrolling it to the end (every page fetched), and after the searches; also
     locked: before the first unlock, once the passphrase is typed (the app loads its storage
     stack then), and after the lock/unlock runs.
  4. baseline: VmRSS of a bare PySide6 process showing one QLabel, on the same platform.
For comparison, the worker's calls alone (`search.search` on the same prefixes, and
`entries.list` for a page), timed last on the UI thread with the worker idle.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import math
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

# Before anything imports Qt or the key stack.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["LOGBOOK_TEST_KDF"] = "1"

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import (
    QEvent,
    QEventLoop,
    QMessageLogContext,
    QModelIndex,
    QObject,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from logbook.vault.kinds import VAULT_FILE
from logbook.vault.profiles import PROFILES_DIR, ProfileManager, UnlockedProfile
from ui.app import identify
from ui.main_window import MainWindow
from ui.operations import Operations

# The storage stack (logbook.records, the key stack, the timeline's module that imports them)
# is imported where used, after the locked window's memory is read: this process must hold no
# more than the app does at that point.

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
OUT = BENCH / "out"

# Issue 15, target 2: the timeline's first page painted within 100 ms of unlock (was 300 ms for
# everything loaded); 150 MB with every entry loaded, 110 MB locked (was 250 MB for both).
TARGETS = {"timeline_ms": 100.0, "keystroke_ms": 50.0, "rss_mb": 150.0, "rss_locked_mb": 110.0}

# Typed letter by letter: names, people, places, health and home words from bench/notes.py.
WORDS = (
    "garden",
    "hospital",
    "daughter",
    "funeral",
    "Margaret",
    "allotment",
    "cataract",
    "stairlift",
    "boiler",
    "bus pass",
)

BARE = """
import json, sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
w = QLabel("bare"); w.resize(980, 680); w.show()
for _ in range(5):
    app.processEvents()
print(json.dumps(open("/proc/self/status").read()))
"""

WARM_CYCLES = 20  # a memory reading after these, when there are many more (--runs 200)
WAIT_S = 60.0  # no single step should come near this


# --- statistics -------------------------------------------------------------------------------


def summary(seconds: list[float]) -> dict[str, float]:
    """Median and p90 in milliseconds (p90 by nearest rank: never below the median)."""
    ms = sorted(s * 1000 for s in seconds)
    return {
        "median_ms": statistics.median(ms),
        "p90_ms": ms[math.ceil(0.9 * len(ms)) - 1],
        "min_ms": ms[0],
        "max_ms": ms[-1],
        "runs": len(ms),
    }


@dataclass
class Samples:
    data: dict[str, list[float]] = field(default_factory=dict)

    def add(self, name: str, seconds: float) -> None:
        self.data.setdefault(name, []).append(seconds)

    def summaries(self) -> dict[str, dict[str, float]]:
        return {name: summary(values) for name, values in self.data.items()}


def memory() -> dict[str, float]:
    """This process's resident set now, and its peak so far, in MB (10^6 bytes)."""
    return _status_mb(Path("/proc/self/status").read_text())


def _status_mb(status: str) -> dict[str, float]:
    found = {k: re.search(k + r":\s+(\d+) kB", status) for k in ("VmRSS", "VmHWM")}
    return {k: int(m.group(1)) * 1024 / 1e6 for k, m in found.items() if m is not None}


# --- the data ---------------------------------------------------------------------------------


def child_prepare(data: Path, entries: int, shared: bool) -> None:
    """In a child process: make sure `data` holds the bench profile; print what to unlock.

    `shared` (a --data folder): built with `build_all`, as bench_core.py expects it.
    """
    sys.path.insert(0, str(BENCH))
    import build_profile

    folder = data / PROFILES_DIR / build_profile.PROFILE
    manifest = build_profile.load_manifest(data)
    if (folder / VAULT_FILE).is_file():
        note = f"reusing the profile in {data}"
        if manifest is not None and manifest.get("entries") != entries:
            note += f" (it holds {manifest.get('entries')} entries, not {entries})"
        print(note, file=sys.stderr)
    elif data.exists() and any(data.iterdir()):
        raise SystemExit(f"{data} is not empty and holds no bench profile; choose an empty folder")
    else:
        with contextlib.redirect_stdout(sys.stderr):  # stdout carries the answer only
            if shared:
                build_profile.build_all(data, entries=entries)
            else:
                print(f"building the profile ({entries} entries, test KDF) in {data} …")
                build_profile.build_profile(data, entries=entries)
    print(json.dumps({"profile": build_profile.PROFILE, "passphrase": build_profile.PASSPHRASE}))


def prepare(data: Path, entries: int, shared: bool) -> tuple[str, str]:
    """The profile's name and passphrase, once the child has built or found it."""
    done = subprocess.run(
        [sys.executable, __file__, "--child-prepare", str(data), "--entries", str(entries)]
        + (["--shared"] if shared else []),
        stdout=subprocess.PIPE,  # stderr is the child's progress and errors: shown as they come
        text=True,
        timeout=600,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(done.returncode)
    names = json.loads(done.stdout.strip().splitlines()[-1])
    return names["profile"], names["passphrase"]


def bare_baseline(runs: int = 3) -> dict[str, float]:
    """VmRSS of a bare PySide6 process with one QLabel shown (median of a few), in MB."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    results = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-c", BARE], env=env, capture_output=True, text=True, timeout=60,
            check=True,
        )  # fmt: skip
        results.append(_status_mb(json.loads(done.stdout.strip().splitlines()[-1])))
    return {k: statistics.median(r[k] for r in results) for k in ("VmRSS", "VmHWM")}


def _quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's messages to stderr, minus the offscreen plugin's note on every window shown."""
    if "does not support propagateSizeHints" not in message:
        print(message, file=sys.stderr)


# --- driving the window -------------------------------------------------------------------------


class EventTimes(QObject):
    """Records when watched objects last received events of the given types."""

    def __init__(self, kinds: tuple[QEvent.Type, ...]) -> None:
        super().__init__()
        self.kinds = kinds
        self.last: dict[QEvent.Type, float] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.kinds:
            self.last[event.type()] = time.perf_counter()
        return False

    def since(self, kind: QEvent.Type, moment: float) -> bool:
        return self.last.get(kind, -1.0) >= moment


class Driver:
    """The app, a MainWindow on the copied profile, and ways to wait on them."""

    def __init__(self, app: QApplication, manager: ProfileManager) -> None:
        self.app = app
        self.manager = manager
        self.window = MainWindow(manager)
        self.window.idle.set_minutes(120)  # the bench must not be locked for idleness
        self.window.show()
        # Keeps WaitForMoreEvents waking up, so a deadline is noticed even if nothing happens.
        self.heartbeat = QTimer(interval=100)
        self.heartbeat.start()
        self.paints = EventTimes((QEvent.Type.Paint,))
        self.wait_until(lambda: self.window.windowHandle().isExposed() and not self.ops.busy)

    @property
    def ops(self) -> Operations:
        return self.window.ops

    def wait_until(self, condition: Callable[[], bool], timeout: float = WAIT_S) -> None:
        """Run the event loop (sleeping when idle, so the worker has the GIL) until true."""
        deadline = time.perf_counter() + timeout
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError("the app did not get there in time")
            self.app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

    def painted(self, viewport: QWidget, since: float) -> None:
        """Handle pending layout and paint events; paint `viewport` if it has not been since."""
        self.app.processEvents()
        self.app.processEvents()  # the view's delayed layout posts its update on the first pass
        if not self.paints.since(QEvent.Type.Paint, since):
            viewport.repaint()

    def flush_deletes(self) -> None:
        self.app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        self.app.processEvents()

    def open_and_show(self, profile: UnlockedProfile) -> dict[str, float]:
        """MainWindow.open_profile → first page in the model → worker idle → painted."""
        window = self.window
        t0 = time.perf_counter()
        window.open_profile(profile)
        t_built = time.perf_counter()
        assert window.work is not None
        timeline = window.work.timeline
        viewport = timeline.view.viewport()
        viewport.installEventFilter(self.paints)
        model = timeline.model
        first: list[float] = []
        model.modelReset.connect(
            lambda: first.append(time.perf_counter()) if model.rowCount() > 0 else None
        )
        self.wait_until(lambda: model.rowCount() > 0)
        t_rows = first[0] if first else time.perf_counter()
        self.painted(viewport, t_rows)  # what the volunteer sees: the list, with its first page
        t_painted = time.perf_counter()
        self.wait_until(lambda: not self.ops.busy)
        t_idle = time.perf_counter()
        self.painted(viewport, t_idle)
        t_end = time.perf_counter()
        return {
            "first_page_painted": t_painted - t0,
            "total": t_end - t0,
            "open_profile_call": t_built - t0,
            "first_page_in_model": t_rows - t0,
            "worker_idle": t_idle - t0,
        }

    def type_passphrase(self, passphrase: str) -> None:
        """Type it as a person would (the app loads its storage stack meanwhile), then clear
        it: the bench unlocks through ProfileManager, to time the key derivation apart."""
        field = self.window.unlock_screen.passphrase
        QTest.keyClicks(field, passphrase)
        self.wait_until(lambda: not self.ops.busy)
        field.clear()

    def lock(self) -> None:
        self.window.lock()
        self.wait_until(lambda: not self.ops.busy)
        self.flush_deletes()


# --- workloads --------------------------------------------------------------------------------


def bare_open(manager: ProfileManager, name: str, key: bytes) -> float:
    """`ProfileManager._open` with the derived key, then the timeline's first query."""
    from logbook.records.book import Logbook
    from logbook.vault.vaultfile import load_vault
    from ui.screens.timeline import FIRST_PAGE

    folder = manager.folder(name)
    vault = load_vault(folder / VAULT_FILE)
    start = time.perf_counter()
    profile = manager._open(folder, vault, key)
    Logbook(profile.store).entries.list(limit=FIRST_PAGE)
    seconds = time.perf_counter() - start
    profile.lock()
    return seconds


def bench_timeline(
    driver: Driver, name: str, passphrase: str, runs: int, samples: Samples
) -> dict[str, Any]:
    """Unlock (timed apart), then time the timeline being shown; lock; repeat."""
    from logbook.vault.keys import db_key_from_passphrase
    from logbook.vault.vaultfile import load_vault

    manager = driver.manager
    key = db_key_from_passphrase(load_vault(manager.folder(name) / VAULT_FILE), passphrase)
    stages: dict[str, Any] = {}
    for i in range(runs + 1):
        start = time.perf_counter()
        profile = manager.unlock(name, passphrase)
        unlock_s = time.perf_counter() - start
        times = driver.open_and_show(profile)
        prefix = "first_" if i == 0 else ""
        for step, seconds in times.items():
            samples.add(f"{prefix}timeline.{step}", seconds)
        samples.add(f"{prefix}unlock_call", unlock_s)
        if i == 0:
            stages["timeline shown, first unlock"] = memory()
        if i == WARM_CYCLES and runs > 2 * WARM_CYCLES:
            # Caches fill in the first cycles; growth after this is what a leak would show.
            stages[f"timeline shown, after {WARM_CYCLES} more lock/unlock cycles"] = memory()
        if i == runs:
            break
        driver.lock()
        samples.add("open_and_first_query", bare_open(manager, name, key))
    stages[f"timeline shown, after {runs} more lock/unlock cycles"] = memory()
    driver.lock()
    stages[f"locked again, after {runs + 1} lock/unlock cycles"] = memory()
    profile = manager.unlock(name, passphrase)
    driver.open_and_show(profile)  # stays unlocked for the next workloads
    return stages


def bench_scroll(driver: Driver, samples: Samples) -> dict[str, Any]:
    """Scroll the timeline to the bottom until every page is loaded; time each page."""
    work = driver.window.work
    assert work is not None
    timeline, model = work.timeline, work.timeline.model
    viewport = timeline.view.viewport()
    pages = []
    while model.loaded() < model.total():
        before = model.loaded()
        start = time.perf_counter()
        timeline.view.scrollToBottom()  # the view asks the model for more at the bottom
        if not driver.ops.busy:
            model.fetchMore(QModelIndex())

        def appended(before: int = before) -> bool:
            grown = model.loaded() > before or model.loaded() >= model.total()
            return grown and not driver.ops.busy

        driver.wait_until(appended)
        driver.painted(viewport, start)
        seconds = time.perf_counter() - start
        samples.add("scroll_page", seconds)
        pages.append({"offset": before, "ms": seconds * 1000, **memory()})
    return {"loaded": model.loaded(), "total": model.total(), "pages": pages}


class DebounceFired(QObject):
    """Catches the timer event of the timeline's debounce timer: the moment reload() runs."""

    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Timer:
            self.at = time.perf_counter()
        return False


def bench_search(driver: Driver, rounds: int, samples: Samples) -> dict[str, Any]:
    work = driver.window.work
    assert work is not None
    work.focus_search()
    timeline, model = work.timeline, work.timeline.model
    viewport = timeline.view.viewport()
    fired = DebounceFired()
    timeline._debounce.installEventFilter(fired)  # the timer's event, not a changed slot
    resets: list[float] = []
    model.modelReset.connect(lambda: resets.append(time.perf_counter()))
    per_word: dict[str, dict[str, Any]] = {}

    def settle() -> None:
        driver.wait_until(lambda: bool(resets) and not driver.ops.busy)

    def clear_search() -> None:
        if timeline.search.text():
            resets.clear()
            timeline.search.clear()
            settle()

    for _ in range(rounds):
        for word in WORDS:
            clear_search()
            row = per_word.setdefault(word, {"handled_ms": [], "end_to_end_ms": [], "hits": []})
            for char in word:
                resets.clear()
                fired.at = None
                start = time.perf_counter()
                QTest.keyClicks(timeline.search, char)  # one key press and release
                settle()
                driver.painted(viewport, resets[-1])
                end = time.perf_counter()
                assert fired.at is not None
                samples.add("keystroke.handled", end - fired.at)
                samples.add("keystroke.end_to_end", end - start)
                samples.add("keystroke.debounce_wait", fired.at - start)
                samples.add("keystroke.model_to_painted", end - resets[-1])
                row["handled_ms"].append((end - fired.at) * 1000)
                row["end_to_end_ms"].append((end - start) * 1000)
                row["hits"].append(model.loaded())
    timeline._debounce.removeEventFilter(fired)

    clear_search()
    return {
        w: {
            "keystrokes": len(w),
            "handled_median_ms": statistics.median(d["handled_ms"]),
            "handled_max_ms": max(d["handled_ms"]),
            "hits_per_prefix": d["hits"][: len(w)],
        }
        for w, d in per_word.items()
    }


def bench_core_alone(driver: Driver, samples: Samples) -> None:
    """The worker's calls alone, on the UI thread with the worker idle: what the UI adds.

    Run last: it is not what the app does, so it stays out of the memory figures.
    """
    from ui.screens.timeline import PAGE

    work = driver.window.work
    assert work is not None
    book, total = work.book, work.timeline.model.total()
    for word in WORDS:
        for n in range(1, len(word) + 1):
            start = time.perf_counter()
            book.search.search(word[:n])
            samples.add("core_search", time.perf_counter() - start)
    for offset in range(0, total, max(PAGE, total // 10)):
        start = time.perf_counter()
        book.entries.list(offset=offset, limit=PAGE)
        samples.add("core_page", time.perf_counter() - start)


# --- report -----------------------------------------------------------------------------------


@dataclass
class Plan:
    runs: int = 60
    search_rounds: int = 3

    @classmethod
    def quick(cls) -> Plan:
        return cls(runs=3, search_rounds=1)


def code_version() -> str:
    """The commit measured (with -dirty when the working tree has changes)."""
    try:
        done = subprocess.run(
            ["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
    except FileNotFoundError:
        return "?"
    return done.stdout.strip() or "?"


def machine() -> dict[str, Any]:
    model = "?"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.split(":", 1)[1].strip()
            break
    return {
        "cpus": os.cpu_count(),
        "cpu_model": model,
        "python": platform.python_version(),
        "qt": qVersion(),
        "pyside6": pyside_version,
        "platform": platform.platform(),
        "qpa": os.environ["QT_QPA_PLATFORM"],
        "code": code_version(),
    }


def _met(value: float, target: float | None) -> str:
    if target is None:
        return ""
    return "yes" if value <= target else "**NO**"


def _met_memory(mem: dict[str, float], target: float) -> str:
    now, peak = _met(mem["VmRSS"], target), _met(mem["VmHWM"], target)
    return now if now == peak else f"now {now}, peak {peak}"


def report(results: dict[str, Any]) -> str:
    from ui.screens.timeline import FIRST_PAGE, PAGE, SEARCH_DELAY_MS

    summ = results["summaries"]
    t = TARGETS
    rows: list[tuple[str, str, float | None]] = [
        (
            "first_timeline.first_page_painted",
            "**timeline shown after unlock** (first page painted), KDF excluded: first unlock "
            "after launch",
            t["timeline_ms"],
        ),
        (
            "timeline.first_page_painted",
            "**timeline shown after unlock** (first page painted), KDF excluded",
            t["timeline_ms"],
        ),
        ("timeline.open_profile_call", "  · `open_profile()` call (WorkArea built)", None),
        ("timeline.first_page_in_model", "  · … to the first page in the model", None),
        ("timeline.worker_idle", "  · … to the worker idle (all unlock-time queries)", None),
        ("timeline.total", "  · … to everything loaded and painted (matches, lists)", None),
        (
            "open_and_first_query",
            "engine open (`_open`, key derived) + first query "
            f"(`entries.list(limit={FIRST_PAGE})`)",
            None,
        ),
        ("unlock_call", "`ProfileManager.unlock` (test KDF + engine open), not in the above", None),
        (
            "keystroke.handled",
            f"**search keystroke handled**, excl. the {SEARCH_DELAY_MS} ms debounce "
            "(reload() → results in model, painted)",
            t["keystroke_ms"],
        ),
        (
            "keystroke.end_to_end",
            f"search keystroke end to end, incl. the {SEARCH_DELAY_MS} ms debounce "
            "(key event → results painted)",
            None,
        ),
        (
            "keystroke.model_to_painted",
            "  · results in the model → painted (UI thread: model reset, header resize, paint)",
            None,
        ),
        ("core_search", "  · core `search.search` alone, same prefixes (no UI)", None),
        (
            "scroll_page",
            f"scroll to bottom: one more page of {PAGE} fetched, appended, painted",
            None,
        ),
        ("core_page", f"  · core `entries.list(offset, limit={PAGE})` alone (no UI)", None),
    ]
    lines = [
        "| measure | median | p90 | runs | target | met |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for key, label, target in rows:
        s = summ.get(key)
        if s is None:
            continue
        lines.append(
            f"| {label} | {s['median_ms']:.1f} ms | {s['p90_ms']:.1f} ms | {s['runs']} "
            f"| {f'≤ {target:.0f} ms' if target else ''} | {_met(s['median_ms'], target)} |"
        )
    bare = results["baseline_bare_pyside6"]
    for stage, mem in results["memory"].items():
        target = t["rss_locked_mb"] if stage.startswith("locked") else t["rss_mb"]
        lines.append(
            f"| **resident memory**, {stage} | {mem['VmRSS']:.0f} MB "
            f"({mem['VmRSS'] / bare['VmRSS']:.1f}x bare) | peak {mem['VmHWM']:.0f} MB | 1 "
            f"| ≤ {target:.0f} MB | {_met_memory(mem, target)} |"
        )
    lines.append(
        f"| baseline: bare PySide6 process, one QLabel shown | {bare['VmRSS']:.0f} MB "
        f"| peak {bare['VmHWM']:.0f} MB | 3 | | |"
    )
    return "\n".join(lines)


def run(data: Path, plan: Plan, entries: int, shared: bool) -> dict[str, Any]:
    started = time.perf_counter()
    name, passphrase = prepare(data, entries, shared)
    baseline = bare_baseline()
    samples = Samples()
    stages: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="logbook-bench-app-") as tmp:
        work_dir = Path(tmp) / "data"
        shutil.copytree(data / PROFILES_DIR / name, work_dir / PROFILES_DIR / name)
        qInstallMessageHandler(_quiet_offscreen)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        identify(app)
        driver = Driver(app, ProfileManager(work_dir))
        stages["locked window shown, before the first unlock"] = memory()
        heavy = [m for m in ("sqlalchemy", "pydantic", "logbook.records.book") if m in sys.modules]
        print(f"  storage stack loaded before the first unlock: {heavy or 'none'}", file=sys.stderr)
        driver.type_passphrase(passphrase)
        stages["locked window, passphrase typed (storage stack loaded)"] = memory()
        steps: list[tuple[str, Callable[[], Any]]] = [
            ("timeline", lambda: bench_timeline(driver, name, passphrase, plan.runs, samples)),
            ("scroll", lambda: bench_scroll(driver, samples)),
            ("search", lambda: bench_search(driver, plan.search_rounds, samples)),
            ("core calls alone", lambda: bench_core_alone(driver, samples)),
        ]
        extra: dict[str, Any] = {}
        for step, fn in steps:
            t = time.perf_counter()
            extra[step] = fn()
            print(f"  {step}: {time.perf_counter() - t:.1f} s", file=sys.stderr)
            if step == "timeline":
                stages.update(extra.pop(step))
            elif step == "scroll":
                stages[f"after scrolling to the end ({extra[step]['loaded']} entries loaded)"] = (
                    memory()
                )
            elif step == "search":
                stages["after the searches"] = memory()
        assert driver.window.work is not None
        total = driver.window.work.timeline.model.total()
        driver.window.close()  # locks and waits for the worker
        driver.flush_deletes()
    return {
        "machine": machine(),
        "entries": total,
        "plan": asdict(plan),
        "targets": TARGETS,
        "words": WORDS,
        "summaries": samples.summaries(),
        "memory": stages,
        "baseline_bare_pyside6": baseline,
        "scroll": extra["scroll"],
        "search_per_word": extra["search"],
        "seconds_total": time.perf_counter() - started,
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, help="data folder: built on first use, then reused")
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--runs", type=int, help=f"unlock runs (default {Plan.runs})")
    parser.add_argument("--quick", action="store_true", help="few runs, to check the script")
    parser.add_argument(
        "--search-rounds", type=int, help=f"rounds of words typed (default {Plan.search_rounds})"
    )
    parser.add_argument("--out", type=Path, default=OUT / "app.json")
    parser.add_argument("--child-prepare", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--shared", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_prepare:
        child_prepare(args.child_prepare, args.entries, args.shared)
        return 0
    plan = Plan.quick() if args.quick else Plan()
    if args.runs:
        plan.runs = args.runs
    if args.search_rounds:
        plan.search_rounds = args.search_rounds
    if args.data:
        results = run(args.data.resolve(), plan, args.entries, shared=True)
    else:
        with tempfile.TemporaryDirectory(prefix="logbook-bench-") as tmp:
            results = run(Path(tmp) / "data", plan, args.entries, shared=False)
    m = results["machine"]
    print(
        f"\nApp benchmarks at {m['code']}: {results['entries']} entries in the timeline, "
        f"Qt {m['qt']} "
        f"on the {m['qpa']} platform, {m['cpus']} CPUs ({m['cpu_model']}), Python {m['python']}; "
        f"{results['plan']['runs']} unlock runs, {results['plan']['search_rounds']} rounds "
        f"of {len(WORDS)} words typed\n"
    )
    print(report(results))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2, default=str))
    print(f"\nJSON: {args.out}   total {results['seconds_total']:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
