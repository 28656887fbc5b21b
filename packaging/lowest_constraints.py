"""Print a pip constraints file pinning every direct dependency to its declared lower bound.

    python3 packaging/lowest_constraints.py pyproject.toml packaging/core/pyproject.toml

CI installs with it into a separate venv and runs the core and server tests, so a lower bound
in pyproject.toml is one that was tried. Every direct dependency (extras included) must have a
`>=` bound naming a real release; two files must not disagree about one package.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement


class BoundError(ValueError):
    """A dependency without a usable lower bound, or two different bounds for one package."""


def requirements(pyproject: Path) -> list[Requirement]:
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    lines = list(project.get("dependencies", []))
    for extra in project.get("optional-dependencies", {}).values():
        lines.extend(extra)
    return [Requirement(line) for line in lines]


def lower_bound(requirement: Requirement) -> str:
    bounds = [spec.version for spec in requirement.specifier if spec.operator == ">="]
    if len(bounds) != 1:
        raise BoundError(f"{requirement.name}: needs exactly one >= lower bound")
    return bounds[0]


def lowest_constraints(pyprojects: list[Path]) -> list[str]:
    """`name==lower` lines, sorted by name (extras dropped: constraints cannot carry them)."""
    pins: dict[str, str] = {}
    for pyproject in pyprojects:
        for requirement in requirements(pyproject):
            name = requirement.name.lower()
            version = lower_bound(requirement)
            if pins.setdefault(name, version) != version:
                raise BoundError(f"{name}: lower bounds {pins[name]} and {version} disagree")
    return [f"{name}=={pins[name]}" for name in sorted(pins)]


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    try:
        lines = lowest_constraints([Path(arg) for arg in argv])
    except (BoundError, OSError, KeyError) as exc:
        print(f"lowest_constraints: {exc}", file=sys.stderr)
        return 1
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
