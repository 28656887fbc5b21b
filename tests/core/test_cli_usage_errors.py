"""The command line's usage errors never echo what was typed."""

from __future__ import annotations

import shutil

import pytest

from logbook.cli.main import main
from tests.conftest import Profiles


def test_usage_errors_do_not_echo_what_was_typed(
    profiles: Profiles, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--data-dir", str(profiles.data_dir), "entry", "add", "--note", "x",
                 "secret", "words"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2
    assert "secret" not in err and "words" not in err
    assert "unexpected" in err
    shutil.rmtree(profiles.data_dir, ignore_errors=True)
