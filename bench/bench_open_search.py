"""Open and search, side by side with KeePassXC (issue 15, target 1).

    .venv/bin/python bench/bench_open_search.py              # 7 runs of each, interleaved
    .venv/bin/python bench/bench_open_search.py --runs 2     # a quick check of the script

The same 10,000 notes (bench/build_profile.py: about 150 words a note) go into a profile and
into a KeePassXC database, one entry per note (title the entry's id, notes the note). Both
key derivations are set to take about 0.5 s here: the profile's passphrase is re-wrapped
with the app's own calibration (`kdf.calibrate`, Argon2id, never below 64 MiB); the KeePassXC
database is made with `keepassxc-cli db-create --decryption-time 500` (AES-KDF: the only KDF
keepassxc-cli 2.7.4 can set; it uses no memory to speak of) and
the notes merged into it. Then, in fresh processes, `logbook search WORD` (the installed
entry point; passphrase from LOGBOOK_PASSPHRASE) against `keepassxc-cli search DB WORD`
(password on standard input), each under `/usr/bin/time -v` for its peak RSS. Medians of
the wall time and of the peak RSS, and their ratios, from the same run; JSON in
bench/out/open_search.json. Needs keepassxc (Debian's package) and /usr/bin/time.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import build_profile
from sqlalchemy import select

from logbook.db.models import Entry
from logbook.vault import kdf
from logbook.vault.keys import db_key_from_passphrase, passphrase_section
from logbook.vault.profiles import ProfileManager
from logbook.vault.seal import sealed
from logbook.vault.vaultfile import load_vault, save_vault

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out" / "open_search.json"
PASSWORD = build_profile.PASSPHRASE
WORD = "garden"  # a word of the notes' vocabulary (bench/notes.py)
ENTRY = "import sys; from ui.launcher import main; sys.exit(main())"


def real_kdf(data_dir: Path) -> kdf.KdfParams:
    """Re-wrap the profile's key with a passphrase KDF calibrated to 0.5 s on this machine."""
    folder = data_dir / "profiles" / build_profile.PROFILE
    vault = load_vault(folder / "vault.json")
    os.environ[kdf.TEST_KDF_ENV] = "1"  # the profile was built with the cheap test KDF
    db_key = db_key_from_passphrase(vault, PASSWORD)
    del os.environ[kdf.TEST_KDF_ENV]
    # What changing the passphrase does (ProfileManager.change_passphrase), with new parameters.
    params = kdf.calibrate()
    section, wrapped = passphrase_section(PASSWORD, db_key, vault.vault_id, params)
    update = {"kdf": section, "passphrase_key": wrapped}
    save_vault(folder / "vault.json", sealed(vault.model_copy(update=update), db_key))
    return params


def notes_xml(data_dir: Path, path: Path) -> int:
    """The profile's notes as a KeePass XML file; returns how many."""
    manager = ProfileManager(data_dir)
    with manager.unlock(build_profile.PROFILE, PASSWORD) as profile, profile.store.session() as s:
        rows = s.execute(select(Entry.id, Entry.notes)).all()
    entries = "".join(
        "<Entry><String><Key>Title</Key><Value>entry "
        f"{entry_id}</Value></String><String><Key>Notes</Key><Value>{html.escape(text)}"
        "</Value></String></Entry>"
        for entry_id, text in rows
    )
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><KeePassFile><Meta><DatabaseName>bench'
        f"</DatabaseName></Meta><Root><Group><Name>Root</Name>{entries}</Group></Root>"
        "</KeePassFile>",
        encoding="utf-8",
    )
    return len(rows)


def keepassxc(*args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["keepassxc-cli", *args], input=stdin, capture_output=True, text=True, check=True
    )


def build_kdbx(xml: Path, kdbx: Path) -> str:
    """A KeePassXC database with its KDF at 0.5 s, holding the notes; returns its KDF."""
    imported = kdbx.with_name("imported.kdbx")
    keepassxc("import", "-q", "-p", str(xml), str(imported), stdin=f"{PASSWORD}\n{PASSWORD}\n")
    keepassxc("db-create", "-q", "-p", "-t", "500", str(kdbx), stdin=f"{PASSWORD}\n{PASSWORD}\n")
    keepassxc("merge", "-q", "-s", str(kdbx), str(imported), stdin=f"{PASSWORD}\n")
    imported.unlink()
    return keepassxc("db-info", "-q", str(kdbx), stdin=f"{PASSWORD}\n").stdout


def timed(argv: list[str], env: dict[str, str], stdin: str) -> tuple[float, int, int]:
    """Wall seconds, peak RSS in KiB and the number of lines printed."""
    start = time.perf_counter()
    done = subprocess.run(
        ["/usr/bin/time", "-v", *argv], input=stdin, capture_output=True, text=True, env=env
    )
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{argv[0]} failed ({done.returncode}): {done.stderr[-500:]}")
    found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    assert found is not None
    return wall, int(found.group(1)), len(done.stdout.splitlines())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--entries", type=int, default=10_000)
    options = parser.parse_args()
    if shutil.which("keepassxc-cli") is None:
        raise SystemExit("keepassxc-cli is not installed (apt-get install keepassxc)")
    with tempfile.TemporaryDirectory(prefix="open-search-") as tmp:
        data = Path(tmp) / "data"
        build_profile.build_profile(data, entries=options.entries)
        params = real_kdf(data)
        xml = Path(tmp) / "notes.xml"
        count = notes_xml(data, xml)
        kdbx = Path(tmp) / "notes.kdbx"
        kdbx_info = build_kdbx(xml, kdbx)
        xml.unlink()
        env = {k: v for k, v in os.environ.items() if k != kdf.TEST_KDF_ENV}
        ours_env = {**env, "LOGBOOK_PASSPHRASE": PASSWORD}
        cases = {
            "logbook search": (
                [sys.executable, "-c", ENTRY, "--data-dir", str(data), "--profile",
                 build_profile.PROFILE, "search", WORD],
                ours_env, "",
            ),
            "keepassxc-cli search": (
                ["keepassxc-cli", "search", "-q", str(kdbx), WORD], env, f"{PASSWORD}\n"
            ),
        }  # fmt: skip
        for argv, case_env, stdin in cases.values():  # warm the file cache
            timed(argv, case_env, stdin)
        runs: dict[str, list[tuple[float, int, int]]] = {name: [] for name in cases}
        for _ in range(options.runs):
            for name, (argv, case_env, stdin) in cases.items():
                runs[name].append(timed(argv, case_env, stdin))
    results = {
        name: {
            "wall_s": statistics.median(r[0] for r in values),
            "peak_rss_mib": statistics.median(r[1] for r in values) / 1024,
            "lines": values[0][2],
        }
        for name, values in runs.items()
    }
    ours, theirs = results["logbook search"], results["keepassxc-cli search"]
    print(f"{count} notes; {options.runs} runs each, interleaved; {os.cpu_count()} CPUs")
    print(f"our KDF: Argon2id {params.memory_kib // 1024} MiB, {params.iterations} passes, "
          f"{params.lanes} lanes")  # fmt: skip
    print("KeePassXC:", " ".join(kdbx_info.split()))
    print("\n| command | wall (median) | peak RSS (median) | lines printed |")
    print("|---|---|---|---|")
    for name, figures in results.items():
        print(
            f"| `{name} {WORD}` | {figures['wall_s']:.2f} s | {figures['peak_rss_mib']:.0f} MiB |"
            f" {figures['lines']} |"
        )
    print(
        f"\nwall ratio {ours['wall_s'] / theirs['wall_s']:.2f}× (target ≤ 0.8×); RSS "
        f"{ours['peak_rss_mib'] - params.memory_kib / 1024:.0f} MiB above our KDF's "
        f"{params.memory_kib // 1024} MiB (target ≤ 64)"
    )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        json.dumps(
            {"runs": options.runs, "notes": count, "kdf_memory_kib": params.memory_kib,
             "kdf_iterations": params.iterations, "keepassxc_db_info": kdbx_info,
             "results": results},
            indent=2,
        ) + "\n"
    )  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
