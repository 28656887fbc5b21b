"""Give the memory a lock frees back to the system.

glibc keeps freed heap pages (in every thread's arena) for reuse, so what a locked profile's
screens, models and database engine held would stay resident; malloc_trim returns it. Linux
with glibc only; elsewhere nothing happens.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

_trim: Callable[[int], int] | None = None


def release_freed_memory() -> None:
    global _trim
    if not sys.platform.startswith("linux"):
        return
    if _trim is None:
        import ctypes

        # dlopen(NULL): the C library already loaded, never a search for one on disk.
        trim = getattr(ctypes.CDLL(None), "malloc_trim", None)
        if trim is None:  # musl and other C libraries without it
            return
        _trim = trim
    _trim(0)
