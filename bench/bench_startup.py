"""Cold start to the first window: the built app, the source run, and a bare PySide6 window.

Run under a real X server for realistic figures:
    xvfb-run -a .venv/bin/python bench/bench_startup.py [--runs 15] [--profile]
Each process reports (with LOGBOOK_STARTUP_PROBE=1) the moment its first window is shown;
the figure is that moment minus the moment the process was spawned. Medians and p90 over
the runs, with the ratio of each to the bare PySide6 window measured in the same run. The
variants take turns run by run, so a busy moment on a shared machine lands on all of them.

`--built EXE` (repeatable) times other built folders beside dist/ (an older build, say,
made with `pyinstaller --distpath`); each built variant is listed with its folder's size.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = ROOT / ".venv" / "bin" / "python"
BUILT = ROOT / "dist" / "VolunteerLogbook" / "volunteer-logbook"

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
w = QLabel("bare"); w.resize(720, 460); w.show()
def shown():
    print(f"window-shown {time.time():.6f}", flush=True); app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def cpu_of_children() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def one_run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds to the first window, and the CPU seconds the whole process used (start, window,
    exit): on a shared machine the CPU time moves less with other people's load."""
    cpu_before, start = cpu_of_children(), time.time()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60, check=True)
    line = next(x for x in done.stdout.splitlines() if x.startswith("window-shown "))
    return float(line.split()[1]) - start, cpu_of_children() - cpu_before


def measure(
    variants: dict[str, list[str]], env: dict[str, str], runs: int
) -> dict[str, dict[str, float]]:
    for cmd in variants.values():
        one_run(cmd, env)  # warm the page cache: "cold" means a new process, not a cold disk
    times: dict[str, list[float]] = {name: [] for name in variants}
    cpu: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(runs):
        for name, cmd in variants.items():
            wall, used = one_run(cmd, env)
            times[name].append(wall)
            cpu[name].append(used)
    results = {}
    for name, found in times.items():
        found.sort()
        results[name] = {
            "median_s": statistics.median(found),
            "p90_s": found[int(0.9 * (len(found) - 1))],
            "cpu_median_s": statistics.median(cpu[name]),
            "runs": runs,
        }
    return results


def folder_mib(executable: Path) -> float:
    """The size on disk of the folder holding `executable`, as `du` counts it."""
    done = subprocess.run(
        ["du", "-s", "--block-size=1K", str(executable.resolve().parent)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return int(done.stdout.split()[0]) / 1024


def make_profile(data: Path) -> None:
    """One volunteer profile, made in a child process with the cheap test KDF (the start-up
    never derives a key, so its cost does not matter here)."""
    code = (
        "import sys; from pathlib import Path; from logbook.vault.profiles import ProfileManager; "
        "ProfileManager(Path(sys.argv[1])).create('Bench', 'a long bench passphrase')"
    )
    env = {**os.environ, "LOGBOOK_TEST_KDF": "1"}
    subprocess.run([str(PY), "-c", code, str(data)], env=env, check=True, timeout=120)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--built", type=Path, action="append", default=[], metavar="EXE")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="start with one profile (the unlock screen, as on every start but the first); "
        "without it the data folder is empty and the first window is the new-profile screen",
    )
    args = parser.parse_args()
    built = [exe for exe in (BUILT, *args.built) if exe.exists()]
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "LOGBOOK_STARTUP_PROBE": "1", "LOGBOOK_DATA_DIR": data}
        if args.profile:
            make_profile(Path(data))
        variants = {
            "bare PySide6 window (baseline)": [str(PY), "-c", BARE],
            "source run (.venv, python -m ui.launcher)": [str(PY), "-m", "ui.launcher"],
        }
        for exe in built:
            variants[f"built app ({exe}, {folder_mib(exe):.1f} MiB)"] = [str(exe)]
        results = measure(variants, env, args.runs)
    base = results["bare PySide6 window (baseline)"]["median_s"]
    platform = os.environ.get("QT_QPA_PLATFORM") or ("xcb" if os.environ.get("DISPLAY") else "?")
    first = "unlock screen, one profile" if args.profile else "new-profile screen, no profile"
    print(f"Start-up to first window ({first}), platform {platform}, {args.runs} runs each\n")
    base_cpu = results["bare PySide6 window (baseline)"]["cpu_median_s"]
    print("| variant | median | p90 | vs bare window | CPU, whole run | CPU vs bare |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, r in results.items():
        print(
            f"| {name} | {r['median_s'] * 1000:.0f} ms | {r['p90_s'] * 1000:.0f} ms "
            f"| {r['median_s'] / base:.2f}x | {r['cpu_median_s'] * 1000:.0f} ms "
            f"| {r['cpu_median_s'] / base_cpu:.2f}x |"
        )
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "startup.json").write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
