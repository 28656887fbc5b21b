"""The app starts in Welsh under a Welsh locale, core messages included; English plurals."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from logbook.vault.profiles import ProfileManager

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "correct horse battery staple"


def start(data_dir: Path, **env: str) -> dict[str, object]:
    """The language probe in a fresh process: Qt reads the locale once, when it starts."""
    locale = {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}
    clean = {k: v for k, v in os.environ.items() if k not in locale}
    answer = subprocess.run(
        [sys.executable, "-m", "tests.ui.language_probe", str(data_dir)],
        cwd=ROOT, env={**clean, "QT_QPA_PLATFORM": "offscreen", **env},
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    return json.loads(answer.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    manager = ProfileManager(tmp_path)
    manager.create("Damaged", PASSPHRASE)
    vault = next((tmp_path / "profiles" / "Damaged").glob("vault.json"))
    vault.write_text("{ this is not json", encoding="utf-8")
    return tmp_path


def test_welsh_locale_starts_the_app_in_welsh_with_welsh_core_messages(data_dir: Path) -> None:
    seen = start(data_dir, LANGUAGE="cy", LANG="cy_GB.UTF-8")
    texts = seen["texts"]
    assert isinstance(texts, list)
    assert "Llyfr Cofnodion Gwirfoddolwyr" in texts[0]  # the window title
    assert "&Datgloi" in texts
    assert "Mae eich llyfr cofnodion wedi'i gloi. Dewiswch eich proffil a'i ddatgloi." in texts
    assert seen["locale"] == "cy_GB"  # dates and month names in Welsh too
    # The failure comes from the core (logbook/vault), translated there with gettext.
    assert isinstance(seen["error"], str)
    assert "wedi'i ddifrodi: nid yw'n JSON dilys" in seen["error"], seen["error"]
    # Qt ships no Welsh: the standard buttons come from the app's own catalogue.
    assert seen["buttons"] == sorted(["Iawn", "Canslo", "&Ie", "&Na", "Cadw", "Taflu", "Cau"])


def test_english_locale_keeps_english(data_dir: Path) -> None:
    seen = start(data_dir, LANG="en_GB.UTF-8")
    assert "&Unlock" in seen["texts"]  # type: ignore[operator]
    assert isinstance(seen["error"], str)
    assert "is damaged: it is not valid JSON" in seen["error"], seen["error"]
    assert "Cancel" in seen["buttons"]  # type: ignore[operator]


def test_the_language_preference_outranks_the_locale(data_dir: Path) -> None:
    from ui.preferences import Preferences

    Preferences(data_dir).set_language("cy")
    seen = start(data_dir, LANG="en_GB.UTF-8")
    assert "&Datgloi" in seen["texts"]  # type: ignore[operator]
    assert "JSON dilys" in str(seen["error"])


def test_every_window_in_welsh_fits_and_has_one_control_per_alt_letter() -> None:
    """Welsh picks its own Alt+letters and is longer than English: the fit probe lays out
    every window and dialog in Welsh on a 1366×768 screen (a fresh process)."""
    env = dict(os.environ, FIT_PROBE_LANGUAGE="cy")
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.fit_probe"], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stdout[done.stdout.index("[") :]) == []
