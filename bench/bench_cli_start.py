"""Start-up of the `logbook` command beside a bare interpreter (issue 15, target 1).

    .venv/bin/python bench/bench_cli_start.py            # 41 runs of each, interleaved
    .venv/bin/python bench/bench_cli_start.py --runs 5   # a quick check of the script

Each run is a fresh process of this same interpreter, started as the installed entry point
is (`ui.launcher:main`): `logbook --version`, `logbook --help`, against `python -c pass` and
`python -c "import sys"`; and, to show what argparse itself costs, `import argparse` and an
empty parser's --help. The cases are interleaved run by run, so a busy neighbour weighs on
all of them alike; the figures are medians and p90 of the wall time, and the ratios of the
medians to the bare interpreter's, all from the same run. Markdown on stdout, JSON in
bench/out/cli_start.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out" / "cli_start.json"
# The installed `logbook` script runs exactly this (see pyproject.toml's [project.scripts]).
ENTRY = "import sys; from ui.launcher import main; sys.exit(main())"
# The least any argparse command pays for --help: the module, one parser, its help printed.
BARE_HELP = "import argparse; argparse.ArgumentParser(prog='bare').parse_args(['--help'])"

CASES: dict[str, list[str]] = {
    "python -c pass": ["-c", "pass"],
    'python -c "import sys"': ["-c", "import sys"],
    'python -c "import argparse"': ["-c", "import argparse"],
    "bare argparse --help": ["-c", BARE_HELP],
    "logbook --version": ["-c", ENTRY, "--version"],
    "logbook --help": ["-c", ENTRY, "--help"],
}


def once(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, *args], cwd=ROOT, stdout=subprocess.DEVNULL, check=True, env=os.environ
    )
    return time.perf_counter() - start


def p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=41)
    runs = parser.parse_args().runs
    for args in CASES.values():  # warm the file cache and the bytecode
        once(args)
    times: dict[str, list[float]] = {name: [] for name in CASES}
    for _ in range(runs):
        for name, args in CASES.items():
            times[name].append(once(args))
    bare = statistics.median(times["python -c pass"])
    results = {
        name: {
            "median_ms": 1000 * statistics.median(values),
            "p90_ms": 1000 * p90(values),
            "ratio_to_bare": statistics.median(values) / bare,
        }
        for name, values in times.items()
    }
    print(f"{runs} runs each, interleaved; {sys.version.split()[0]}; {os.cpu_count()} CPUs\n")
    print("| command | median | p90 | × `python -c pass` |")
    print("|---|---|---|---|")
    for name, figures in results.items():
        print(
            f"| `{name}` | {figures['median_ms']:.1f} ms | {figures['p90_ms']:.1f} ms | "
            f"{figures['ratio_to_bare']:.2f}× |"
        )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"runs": runs, "results": results}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
