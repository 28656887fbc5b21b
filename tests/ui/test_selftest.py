"""`logbook --self-test` passes here, core and Qt halves, in a fresh process."""

from __future__ import annotations

import os
import subprocess
import sys


def test_self_test_passes_and_cleans_up() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", "import sys; from ui.launcher import main; sys.exit(main())",
         "--self-test"],
        env=env, capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[-1] == "Self-test passed."
    assert not any(line.startswith("FAIL") for line in lines)
    assert "ok  Qt renders windows (platform plugin: offscreen)" in lines
