"""The app and core distributions declare the same core: dependencies, extras, licence."""

from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "packaging" / "core"
APP_ONLY = {"pyside6-essentials"}  # what the app adds to the core: Qt


def project(folder: Path) -> dict:  # type: ignore[type-arg]
    data: dict = tomllib.loads((folder / "pyproject.toml").read_text(encoding="utf-8"))  # type: ignore[type-arg]
    return data["project"]  # type: ignore[no-any-return]


def requirements(lines: list[str]) -> dict[str, str]:
    parsed = [Requirement(line) for line in lines]
    return {r.name.lower(): str(r) for r in parsed}


def test_the_app_depends_on_what_the_core_does_plus_qt() -> None:
    app = requirements(project(ROOT)["dependencies"])
    core = requirements(project(CORE)["dependencies"])
    assert set(app) - set(core) == APP_ONLY
    assert {name: spec for name, spec in app.items() if name not in APP_ONLY} == core


def test_the_server_and_postgres_extras_are_the_same_in_both() -> None:
    app = project(ROOT)["optional-dependencies"]
    core = project(CORE)["optional-dependencies"]
    for extra in ("server", "postgres"):
        assert requirements(app[extra]) == requirements(core[extra]), extra
    assert set(core) == {"server", "postgres"}


def test_the_core_never_depends_on_qt() -> None:
    core = project(CORE)
    extras = [line for lines in core["optional-dependencies"].values() for line in lines]
    everything = [*core["dependencies"], *extras]
    assert not [line for line in everything if "pyside" in line.lower()]


def test_both_carry_the_same_licence_and_command() -> None:
    assert (CORE / "LICENSE").read_bytes() == (ROOT / "LICENSE").read_bytes()
    assert project(ROOT)["license"] == project(CORE)["license"]
    assert set(project(ROOT)["scripts"]) == set(project(CORE)["scripts"]) == {"logbook"}
