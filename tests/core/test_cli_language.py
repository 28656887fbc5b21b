"""The command line speaks the locale's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from logbook import i18n


def cli(data_dir: Path, **env: str) -> str:
    locale = {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}
    clean = {k: v for k, v in os.environ.items() if k not in locale}
    answer = subprocess.run(
        [sys.executable, "-m", "logbook", "org", "show"],
        env={**clean, "LOGBOOK_DATA_DIR": str(data_dir), **env},
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert answer.returncode != 0
    return answer.stderr


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANGUAGE": "cy"}, "Does dim proffil eto"),
        ({"LANG": "cy_GB.UTF-8"}, "Does dim proffil eto"),
        ({"LC_ALL": "cy_GB.UTF-8", "LANG": "en_GB.UTF-8"}, "Does dim proffil eto"),
        ({"LANGUAGE": "en_GB:cy", "LANG": "cy_GB.UTF-8"}, "There is no profile yet"),
        ({"LANG": "C.UTF-8"}, "There is no profile yet"),
        ({"LANG": "fr_FR.UTF-8"}, "There is no profile yet"),  # no French catalogue
    ],
)
def test_cli_errors_follow_the_locale(tmp_path: Path, env: dict[str, str], expected: str) -> None:
    assert expected in cli(tmp_path, **env)


def test_set_language_changes_messages_made_afterwards() -> None:
    from logbook.coordinator.periods import parse_period

    try:
        i18n.set_language("cy")
        assert parse_period("2026-10").title == "Hydref 2026"
        assert parse_period("2026-Q3").title == "Ch3 2026 (Gorffennaf i Medi)"
        i18n.set_language("en")
        assert parse_period("2026-10").title == "October 2026"
    finally:
        i18n.set_language("en")
