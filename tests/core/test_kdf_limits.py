"""Absurd key-derivation settings in a vault are refused before any work is done."""

from __future__ import annotations

import pytest

from logbook.errors import Refused
from logbook.vault.kdf import KdfParams


@pytest.mark.parametrize(
    "params",
    [KdfParams(8 * 1024 * 1024, 3, 4), KdfParams(65536, 10_000, 4), KdfParams(65536, 3, 1000)],
)
def test_absurd_kdf_settings_are_refused_before_deriving(params: KdfParams) -> None:
    with pytest.raises(Refused, match="larger than the app accepts"):
        params.check_allowed()
