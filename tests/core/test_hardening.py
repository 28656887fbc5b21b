"""Process hardening: no core dumps that could hold decrypted notes or keys."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_cli_disables_core_dumps_and_sets_a_private_umask(tmp_path: Path) -> None:
    script = (
        "import os, resource, sys\n"
        "from logbook.cli.main import main\n"
        "main(['profile', 'list'])\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE))\n"
        "print(oct(os.umask(0)))\n"
    )
    env = {**os.environ, "LOGBOOK_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    lines = done.stdout.strip().splitlines()
    assert lines[-2] == "(0, 0)"
    assert lines[-1] == "0o77"


def test_process_is_not_dumpable_after_hardening() -> None:
    script = (
        "import ctypes\n"
        "from logbook.hardening import disable_core_dumps\n"
        "disable_core_dumps()\n"
        "libc = ctypes.CDLL(None)\n"
        "print(libc.prctl(3, 0, 0, 0, 0))\n"  # PR_GET_DUMPABLE
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "0"
