"""`logbook --help` and `--version` start cheaply; each command loads only what it uses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from logbook.cli.commands import COMMANDS, LazyCommands
from logbook.cli.main import build_parser, main

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "pydantic", "PySide6", "httpx", "cryptography", "pyrage", "uvicorn",
         "starlette", "sqlcipher3", "psycopg")  # fmt: skip
# What argparse itself does not need, and each costs milliseconds at every start.
NEEDLESS = ("typing", "pathlib", "shutil", "ctypes", "logbook.cli.context", "logbook.cli.output")


def modules_after(argv: list[str], tmp_path: Path) -> set[str]:
    """The modules a fresh `logbook` process (the installed entry point) has loaded after
    running `argv`."""
    script = (
        "import json, sys\n"
        "from ui.launcher import main\n"
        f"code = main({argv!r})\n"
        "sys.stdout.flush()\n"
        "sys.stderr.write('\\n' + json.dumps([code, sorted(sys.modules)]) + '\\n')\n"
    )
    env = {**os.environ, "LOGBOOK_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True
    )
    code, modules = json.loads(done.stderr.strip().splitlines()[-1])
    assert code == 0, done.stderr
    return set(modules)


def top_packages(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


@pytest.mark.parametrize("option", ["--version", "--help"])
def test_version_and_help_import_only_argparse_and_the_parser(option: str, tmp_path: Path) -> None:
    modules = modules_after([option], tmp_path)
    assert not top_packages(modules) & set(HEAVY)
    assert not modules & set(NEEDLESS)
    # No command's module: their options are built only when the command is typed.
    assert not {m for m in modules if m.endswith(("_cmds", "_cmd"))}


def test_a_command_loads_its_own_module_only(tmp_path: Path) -> None:
    modules = modules_after(["profile", "list"], tmp_path)
    assert "logbook.cli.profile_cmds" in modules
    others = {f"logbook.cli.{module}" for module, _help in COMMANDS.values()}
    assert modules & others == {"logbook.cli.profile_cmds"}
    # Listing profiles reads their vault files: no network, server or Qt.
    assert not top_packages(modules) & {"PySide6", "httpx", "uvicorn", "starlette"}


def test_a_commands_help_loads_no_storage(tmp_path: Path) -> None:
    modules = modules_after(["coordinator", "import", "--help"], tmp_path)
    assert "logbook.cli.coordinator_cmds" in modules
    assert not top_packages(modules) & set(HEAVY)


def test_every_command_is_listed_and_built(capsys: pytest.CaptureFixture[str]) -> None:
    full = build_parser()
    (commands,) = [a for a in full._actions if isinstance(a, LazyCommands)]
    # A command a module adds must be listed in COMMANDS, or the fast parser never finds it.
    assert list(commands.choices) == list(COMMANDS)
    for name in COMMANDS:
        assert main([name, "--help"]) == 0
        assert f"usage: logbook {name} " in capsys.readouterr().out


def test_the_listing_is_the_same_built_or_not(capsys: pytest.CaptureFixture[str]) -> None:
    fast = build_parser(every_command=False).format_help()
    assert fast == build_parser().format_help()
    for name, (_module, help) in COMMANDS.items():
        assert f"    {name}" in fast and help in fast


def test_version_alone_is_answered_before_argparse(tmp_path: Path) -> None:
    modules = modules_after(["--version"], tmp_path)
    assert "argparse" not in modules
    script = "import sys\nfrom ui.launcher import main\nsys.exit(main(sys.argv[1:]))\n"
    fast, parsed = (
        subprocess.run(
            [sys.executable, "-c", script, *argv], cwd=ROOT, capture_output=True, text=True
        )
        for argv in (["--version"], ["--json", "--version"])  # the second goes through argparse
    )
    assert fast.returncode == parsed.returncode == 0
    assert fast.stdout == parsed.stdout and fast.stdout.startswith("logbook ")
