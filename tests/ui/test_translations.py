"""The English source catalogue is current: every tr() string in ui/ is in it, none stale."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "volunteer_logbook_en.ts"


def sources(ts: Path) -> set[tuple[str, str]]:
    text = ts.read_text(encoding="utf-8")
    found = set()
    for context in re.findall(r"<context>(.*?)</context>", text, re.S):
        name = re.search(r"<name>(.*?)</name>", context, re.S)
        for source in re.findall(r"<source>(.*?)</source>", context, re.S):
            found.add((name.group(1) if name else "", source))
    return found


def test_committed_catalogue_matches_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), *files, "-source-language", "en", "-target-language", "en", "-ts",
         str(fresh)], check=True, capture_output=True,
    )  # fmt: skip
    missing = sources(fresh) - sources(TS)
    stale = sources(TS) - sources(fresh)
    assert not missing and not stale, (
        f"run `python3 dev.py translations`: {len(missing)} new, {len(stale)} stale strings"
    )
    assert len(sources(TS)) > 150
