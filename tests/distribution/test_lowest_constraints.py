"""The lower-bounds constraints file: one `==lower` pin per direct dependency, or a clear error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.distribution.test_distributions import CORE, ROOT

SCRIPT = ROOT / "packaging" / "lowest_constraints.py"


def write(folder: Path, name: str, body: str) -> Path:
    path = folder / name
    path.write_text(body, encoding="utf-8")
    return path


def run(*paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, paths)], capture_output=True, text=True
    )


def test_every_direct_dependency_and_extra_is_pinned_to_its_lower_bound(tmp_path: Path) -> None:
    one = write(
        tmp_path,
        "one.toml",
        '[project]\ndependencies = ["Zed>=2.1", "alpha[fast]>=1.0,<3"]\n'
        '[project.optional-dependencies]\nserver = ["Beta>=0.5"]\n',
    )
    two = write(tmp_path, "two.toml", '[project]\ndependencies = ["alpha>=1.0"]\n')
    done = run(one, two)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["alpha==1.0", "beta==0.5", "zed==2.1"]


@pytest.mark.parametrize(
    ("dependencies", "problem"),
    [
        ('["alpha"]', "alpha: needs exactly one >= lower bound"),
        ('["alpha==1.0"]', "alpha: needs exactly one >= lower bound"),
        ('["alpha>=1.0", "Alpha>=2.0"]', "alpha: lower bounds 1.0 and 2.0 disagree"),
    ],
)
def test_a_missing_or_conflicting_bound_is_refused(
    tmp_path: Path, dependencies: str, problem: str
) -> None:
    bad = write(tmp_path, "bad.toml", f"[project]\ndependencies = {dependencies}\n")
    done = run(bad)
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr.strip() == f"lowest_constraints: {problem}"


def test_the_projects_own_files_give_a_pin_for_every_dependency() -> None:
    done = run(ROOT / "pyproject.toml", CORE / "pyproject.toml")
    assert done.returncode == 0, done.stderr
    pins = dict(line.split("==") for line in done.stdout.split())
    # The bounds the issue found wrong, now the first releases with cp311 wheels that work.
    assert pins["sqlcipher3"] == "0.6.2"
    assert pins["starlette"] == "1.7"
    assert {"pyside6-essentials", "psycopg", "pg8000", "pytest"} <= set(pins)
