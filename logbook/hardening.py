"""Process hardening applied at start-up: no core dumps that could hold decrypted content."""

from __future__ import annotations

import ctypes
import ctypes.util
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
        libc_name = ctypes.util.find_library("c")
        if libc_name:
            libc = ctypes.CDLL(libc_name, use_errno=True)
            libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
