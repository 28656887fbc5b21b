"""Named stopping points for crash tests, honoured only in test mode (like the test KDF).

A test sets LOGBOOK_TEST_STOP_AT to a point's name; the process stops itself (SIGSTOP) there,
so the test can kill it at exactly that moment with a real SIGKILL.
"""

from __future__ import annotations

import os
import signal

STOP_ENV = "LOGBOOK_TEST_STOP_AT"


def stop_point(name: str) -> None:
    if os.environ.get(STOP_ENV) != name or not hasattr(signal, "SIGSTOP"):
        return
    from logbook.vault.kdf import test_kdf_enabled

    if test_kdf_enabled():  # never in the built app, never without the explicit test setting
        os.kill(os.getpid(), signal.SIGSTOP)
