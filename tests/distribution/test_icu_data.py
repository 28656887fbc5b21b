"""The built folder's smaller ICU data: what Qt reads is all there and answers the same."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.tools import tool_or_skip

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
from icu_data import (  # noqa: E402 - packaging/ is a folder of build scripts, not a package
    build,
    data_symbol,
    items,
    pack,
    trimmed_package,
)

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the folder's ICU data is trimmed on Linux"
)

# Everything Qt asks ICU for: collation (numeric too) in several languages, locale-aware
# case mapping, a time zone with its offset, abbreviation and localised long name. The
# last line says which data library the process really mapped.
PROBE = """
from PySide6.QtCore import QCollator, QDateTime, QLocale, QTimeZone
words = ["zebra", "Ärger", "apple", "Åsa", "öl", "Zoë", "item10", "item9", "İstanbul", "ıl",
         "Łódź", "cote", "côte", "coté", "Llanelli", "Lloyd", "Ch", "Cz"]
for name in ("sv_SE", "de_DE", "tr_TR", "pl_PL", "fr_FR", "cy_GB", "en_GB", "cs_CZ", "C"):
    locale = QLocale(name)
    collator = QCollator(locale)
    collator.setNumericMode(True)
    print(name, sorted(words, key=collator.sortKey), locale.toUpper("istanbul iı"),
          locale.toLower("İSTANBUL I"))
zone = QTimeZone(b"Europe/London")
moment = QDateTime.fromSecsSinceEpoch(1700000000, zone)
print(zone.isValid(), zone.offsetFromUtc(moment), zone.abbreviation(moment))
print(QLocale("cy_GB").toString(moment, QLocale.FormatType.LongFormat))
with open("/proc/self/maps") as maps:
    print(sorted({line.split()[-1] for line in maps if "libicudata" in line}))
"""


def full_library() -> Path:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not found:
        pytest.skip("this PySide6 has no ICU data library of its own")
    return found[0]


def probe(preload: Path) -> list[str]:
    env = {**os.environ, "LD_PRELOAD": str(preload), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.splitlines()


def test_an_untouched_package_packs_back_byte_for_byte() -> None:
    lib = full_library().read_bytes()
    _, offset, size = data_symbol(lib)
    package = lib[offset : offset + size]
    header, found = items(package)
    assert pack(header, found) == package


def test_only_the_data_qt_never_reads_is_left_out() -> None:
    lib = full_library().read_bytes()
    _, offset, size = data_symbol(lib)
    _, before = items(lib[offset : offset + size])
    _, after = items(trimmed_package(lib)[1])
    kept = dict(after)
    trees = {name.split("/")[1] for name in kept if name.count("/") == 2}
    assert trees.isdisjoint({"brkitr", "unit", "curr", "lang", "region", "translit", "rbnf"})
    assert {"coll", "zone"} <= trees
    assert not [name for name in kept if name.endswith((".cnv", ".spp", ".cfu"))]
    prefix = before[0][0].split("/")[0]
    for needed in (
        "pool.res",
        "res_index.res",
        "zoneinfo64.res",
        "coll/ucadata.icu",
        "cnvalias.icu",
        "uts46.nrm",
    ):
        assert f"{prefix}/{needed}" in kept
    # What stays is byte for byte what was there, and less than half of it.
    assert all(kept[name] == data for name, data in before if name in kept)
    assert sum(map(len, kept.values())) < 0.5 * sum(len(data) for _, data in before)


def test_qt_collates_maps_case_and_knows_time_zones_the_same_with_the_smaller_data(
    tmp_path: Path,
) -> None:
    tool_or_skip("ld", "binutils")
    full = full_library()
    small = build(full, tmp_path)
    assert small is not None and small.stat().st_size < full.stat().st_size / 2
    with_full, with_small = probe(full), probe(small)
    assert with_full[-1] == repr([str(full)]) and with_small[-1] == repr([str(small)])
    assert with_small[:-1] == with_full[:-1]
