"""Cold start to the first window: the built app, the source run, and a bare PySide6 window.

Run under a real X server for realistic figures:
    xvfb-run -a .venv/bin/python bench/bench_startup.py [--runs 15] [--profile]
Each process reports (with LOGBOOK_STARTUP_PROBE=1) the moment its first window is shown;
the figure is that moment minus the moment the process was spawned. Medians and p90 over
the runs, with the ratio of each to the bare PySide6 window measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import os
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


def one_run(cmd: list[str], env: dict[str, str]) -> float:
    start = time.time()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60, check=True)
    line = next(x for x in done.stdout.splitlines() if x.startswith("window-shown "))
    return float(line.split()[1]) - start


def measure(cmd: list[str], env: dict[str, str], runs: int) -> dict[str, float]:
    one_run(cmd, env)  # warm the page cache: "cold" here means a new process, not a cold disk
    times = sorted(one_run(cmd, env) for _ in range(runs))
    return {
        "median_s": statistics.median(times),
        "p90_s": times[int(0.9 * (len(times) - 1))],
        "runs": runs,
    }


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
    parser.add_argument(
        "--profile",
        action="store_true",
        help="start with one profile (the unlock screen, as on every start but the first); "
        "without it the data folder is empty and the first window is the new-profile screen",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "LOGBOOK_STARTUP_PROBE": "1", "LOGBOOK_DATA_DIR": data}
        if args.profile:
            make_profile(Path(data))
        variants = {
            "bare PySide6 window (baseline)": [str(PY), "-c", BARE],
            "source run (.venv, python -m ui.launcher)": [str(PY), "-m", "ui.launcher"],
        }
        if BUILT.exists():
            variants["built app (dist/VolunteerLogbook)"] = [str(BUILT)]
        results = {name: measure(cmd, env, args.runs) for name, cmd in variants.items()}
    base = results["bare PySide6 window (baseline)"]["median_s"]
    platform = os.environ.get("QT_QPA_PLATFORM") or ("xcb" if os.environ.get("DISPLAY") else "?")
    first = "unlock screen, one profile" if args.profile else "new-profile screen, no profile"
    print(f"Start-up to first window ({first}), platform {platform}, {args.runs} runs each\n")
    print("| variant | median | p90 | vs bare window |")
    print("| --- | --- | --- | --- |")
    for name, r in results.items():
        print(
            f"| {name} | {r['median_s'] * 1000:.0f} ms | {r['p90_s'] * 1000:.0f} ms "
            f"| {r['median_s'] / base:.2f}x |"
        )
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "startup.json").write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
