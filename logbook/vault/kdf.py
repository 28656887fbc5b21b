"""Argon2id passphrase key derivation, calibrated to the machine, with a test-only cheap mode."""

from __future__ import annotations

import math
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from logbook.errors import Refused
from logbook.i18n import _

# RFC 9106 section 4, second recommended option: never go below it outside tests.
MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
MIN_LANES = 4
MAX_MEMORY_KIB = 1024 * 1024  # calibration never goes above 1 GiB
# What an opened vault may ask for; more is a damaged or hostile vault.json, not a setting.
LIMIT_MEMORY_KIB = 4 * 1024 * 1024
LIMIT_ITERATIONS = 64
LIMIT_LANES = 64
TARGET_SECONDS = 0.5
KEY_BYTES = 32
SALT_BYTES = 16

TEST_KDF_ENV = "LOGBOOK_TEST_KDF"


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int
    iterations: int
    lanes: int
    test: bool = False

    def check_allowed(self) -> None:
        """Refuse weak parameters unless the explicit test setting is on, and absurd ones."""
        if (
            self.memory_kib > LIMIT_MEMORY_KIB
            or self.iterations > LIMIT_ITERATIONS
            or self.lanes > LIMIT_LANES
        ):
            raise Refused(_("This profile's key settings are larger than the app accepts."))
        if self.test:
            if not test_kdf_enabled():
                raise Refused(
                    _(
                        "This profile was made with test-only key settings and cannot be "
                        "opened by the real app."
                    )
                )
            return
        if (
            self.memory_kib < MIN_MEMORY_KIB
            or self.iterations < MIN_ITERATIONS
            or self.lanes < MIN_LANES
        ):
            raise Refused(_("This profile's key settings are weaker than the app allows."))


MINIMUM = KdfParams(MIN_MEMORY_KIB, MIN_ITERATIONS, MIN_LANES)
# Cheap enough to run thousands of times; only ever used with the test setting on.
TEST_PARAMS = KdfParams(memory_kib=64, iterations=1, lanes=1, test=True)


def test_kdf_enabled() -> bool:
    """The cheap KDF is honoured only by an explicit setting, and never in the built app."""
    if getattr(sys, "frozen", False):
        return False
    return os.environ.get(TEST_KDF_ENV) == "1"


def derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    params.check_allowed()
    return Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(passphrase.encode("utf-8"))


def _time_one(params: KdfParams) -> float:
    start = time.perf_counter()
    Argon2id(
        salt=os.urandom(SALT_BYTES),
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(b"calibration")
    return time.perf_counter() - start


def params_for_new_vault() -> KdfParams:
    """The cheap test parameters when the test setting is on, else a fresh calibration."""
    return TEST_PARAMS if test_kdf_enabled() else calibrate()


def calibrate(
    target: float = TARGET_SECONDS,
    measure: Callable[[KdfParams], float] = _time_one,
) -> KdfParams:
    """Find parameters that take about `target` seconds here, never below the minimum.

    Memory grows first (it is what makes guessing on GPUs expensive), doubling while the
    cost stays under half the target; then passes are added to reach the target.
    """
    params = MINIMUM
    seconds = measure(params)
    while seconds * 2 <= target and params.memory_kib * 2 <= MAX_MEMORY_KIB:
        params = KdfParams(params.memory_kib * 2, params.iterations, params.lanes)
        seconds = measure(params)
    if seconds < target and seconds > 0:
        iterations = math.floor(params.iterations * target / seconds)
        params = KdfParams(params.memory_kib, max(MIN_ITERATIONS, iterations), params.lanes)
    return params
