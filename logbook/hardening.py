"""Process hardening applied at start-up: no core dumps that could hold decrypted content."""

from __future__ import annotations

import os
import sys

_PR_SET_DUMPABLE = 4


def disable_core_dumps() -> None:
    """Set RLIMIT_CORE to 0 and, on Linux, mark the process non-dumpable.

    A core file would contain keys and decrypted notes in the clear; non-dumpable also stops
    other processes of the same user from attaching a debugger and reading our memory.
    """
    os.umask(0o077)
    if os.name != "posix":
        return
    import resource

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        import ctypes

        # The C library is loaded into every process: dlopen(NULL) finds prctl in it, where
        # ctypes.util.find_library would run ldconfig in a subprocess at every start.
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
