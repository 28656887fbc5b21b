"""System tools some tests run (caddy, systemd-analyze, appstreamcli): found, or skipped plainly.

Locally a missing tool skips its tests with the reason; `.ci/run` installs them all and sets
LOGBOOK_REQUIRE_TOOLS=1, so there a missing tool fails instead.
"""

from __future__ import annotations

import os
import shutil

import pytest

REQUIRE_TOOLS_ENV = "LOGBOOK_REQUIRE_TOOLS"


def tool_or_skip(name: str, debian_package: str) -> str:
    path = shutil.which(name)
    if path:
        return path
    reason = f"`{name}` is not installed (Debian package {debian_package}; .ci/run installs it)"
    if os.environ.get(REQUIRE_TOOLS_ENV):
        pytest.fail(f"{REQUIRE_TOOLS_ENV} is set but {reason}")
    pytest.skip(reason)
