"""The mailbox's systemd unit: `systemd-analyze verify` accepts it and its exposure stays low.

verify runs without systemd as PID 1 (it loads the unit file only), so it works in a
container. It checks that ExecStart's program exists, so the checked copy names the
`logbook` this test environment installed instead of /opt/logbook-mailbox/bin/logbook.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.tools import tool_or_skip

ROOT = Path(__file__).resolve().parents[2]
UNIT = ROOT / "packaging" / "systemd" / "logbook-mailbox.service"
INSTALLED_AT = "/opt/logbook-mailbox/bin/logbook"
# docs/operator.md gives the figure; a change to the sandbox that raises it fails here.
MOST_EXPOSURE = 1.5


def checked_copy(folder: Path) -> Path:
    logbook = shutil.which("logbook", path=str(Path(sys.executable).parent))
    assert logbook, "the test environment has no `logbook` command beside its Python"
    text = UNIT.read_text()
    assert f"ExecStart={INSTALLED_AT} serve" in text
    copy = folder / UNIT.name
    copy.write_text(text.replace(INSTALLED_AT, logbook))
    return copy


def test_systemd_analyze_verify_accepts_the_unit_without_a_word(tmp_path: Path) -> None:
    tool = tool_or_skip("systemd-analyze", "systemd")
    done = subprocess.run(
        [tool, "verify", str(checked_copy(tmp_path))], capture_output=True, text=True
    )
    # Unknown or misspelt settings are only warnings to systemd: any output is a failure here.
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


def test_the_exposure_level_is_low_and_the_docs_give_it(tmp_path: Path) -> None:
    tool = tool_or_skip("systemd-analyze", "systemd")
    done = subprocess.run(
        [tool, "security", "--offline=yes", "--no-pager", str(checked_copy(tmp_path))],
        capture_output=True, text=True,
    )  # fmt: skip
    found = re.search(r"Overall exposure level for \S+: (\d+\.\d)", done.stdout)
    assert found, done.stdout + done.stderr
    exposure = float(found.group(1))
    assert exposure <= MOST_EXPOSURE
    assert f"exposure level {exposure} " in (ROOT / "docs" / "operator.md").read_text()


def test_the_unit_keeps_its_sandbox() -> None:
    settings = {
        line.partition("=")[0]: line.partition("=")[2]
        for line in UNIT.read_text().splitlines()
        if "=" in line and not line.startswith("#")
    }
    for key, value in {
        "DynamicUser": "yes", "ProtectSystem": "strict", "PrivateTmp": "yes",
        "NoNewPrivileges": "yes", "CapabilityBoundingSet": "", "StateDirectory": "logbook-mailbox",
        "RestrictAddressFamilies": "AF_INET AF_INET6 AF_UNIX", "UMask": "0077",
    }.items():  # fmt: skip
        assert settings.get(key) == value, key
    assert "SystemCallFilter=@system-service" in UNIT.read_text()
    # It listens on loopback only: TLS comes from the reverse proxy in front of it.
    assert "--host 127.0.0.1" in UNIT.read_text()
