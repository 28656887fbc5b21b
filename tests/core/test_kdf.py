"""KDF parameters: calibration to the machine, the RFC 9106 floor, and the test-only mode."""

from __future__ import annotations

import sys
import time

import pytest

from logbook.errors import Refused
from logbook.vault import kdf
from logbook.vault.kdf import MINIMUM, TEST_PARAMS, KdfParams, calibrate


def fake_machine(seconds_per_mib_pass: float):  # type: ignore[no-untyped-def]
    """A cost model: time grows with memory x passes, like Argon2id does."""

    def measure(p: KdfParams) -> float:
        return seconds_per_mib_pass * (p.memory_kib / 1024) * p.iterations

    return measure


def test_fast_machine_gets_more_memory_and_about_the_target_time() -> None:
    measure = fake_machine(0.0001)  # 64 MiB x 3 passes = 19 ms
    params = calibrate(0.5, measure)
    assert params.memory_kib > MINIMUM.memory_kib
    assert params.iterations >= MINIMUM.iterations
    assert 0.25 <= measure(params) <= 0.5


def test_slow_machine_never_goes_below_the_rfc_9106_floor() -> None:
    params = calibrate(0.5, fake_machine(0.01))  # the minimum alone takes ~2 s
    assert params == MINIMUM


def test_memory_is_capped_and_passes_make_up_the_rest() -> None:
    measure = fake_machine(1e-7)
    params = calibrate(0.5, measure)
    assert params.memory_kib == kdf.MAX_MEMORY_KIB
    assert params.iterations > MINIMUM.iterations
    assert measure(params) == pytest.approx(0.5, rel=0.3)


def test_real_calibration_on_this_machine() -> None:
    params = calibrate()
    assert params.memory_kib >= 64 * 1024 and params.iterations >= 3 and params.lanes >= 4
    start = time.perf_counter()
    kdf.derive("passphrase", b"0" * 16, params)
    took = time.perf_counter() - start
    # Close to half a second, allowing for a noisy shared machine.
    assert 0.15 <= took <= 2.5


def test_test_params_are_refused_without_the_explicit_setting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(kdf.TEST_KDF_ENV)
    with pytest.raises(Refused, match="test-only"):
        TEST_PARAMS.check_allowed()
    assert kdf.params_for_new_vault() != TEST_PARAMS or pytest.fail("calibrated instead")


def test_the_built_app_refuses_test_params_even_with_the_setting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert not kdf.test_kdf_enabled()
    with pytest.raises(Refused):
        TEST_PARAMS.check_allowed()


def test_weak_real_params_are_refused() -> None:
    with pytest.raises(Refused, match="weaker"):
        KdfParams(memory_kib=32 * 1024, iterations=3, lanes=4).check_allowed()
