"""Where data lives: explicit folder, environment, portable marker, platform default."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from logbook.paths import default_data_dir


def test_explicit_folder_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGBOOK_DATA_DIR", str(tmp_path / "env"))
    assert default_data_dir(tmp_path / "given") == tmp_path / "given"
    assert default_data_dir() == tmp_path / "env"


def test_portable_marker_keeps_data_beside_the_built_app(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LOGBOOK_DATA_DIR", raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "volunteer-logbook"))
    assert default_data_dir() != tmp_path / "data"
    (tmp_path / "portable").touch()
    assert default_data_dir() == tmp_path / "data"


def test_source_run_ignores_a_portable_marker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LOGBOOK_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_data_dir() == tmp_path / "xdg" / "VolunteerLogbook"
