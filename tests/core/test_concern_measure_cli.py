"""`logbook concern show/note/amend` and `logbook measure correct/delete/withdraw`."""

from __future__ import annotations

import pytest

from tests.conftest import Profiles
from tests.core.test_cli import Cli


@pytest.fixture
def book_cli(profiles: Profiles, capsys: pytest.CaptureFixture[str]) -> Cli:
    cli = Cli(profiles, capsys)
    assert cli("match", "add", "M-0042", "--name", "Mrs Jones", "--start", "2025-01-01")[0] == 0
    return cli


def test_concern_notes_and_amendments_from_the_command_line(book_cli: Cli) -> None:
    cli = book_cli
    assert cli("concern", "add", "--match", "M-0042", "--date", "2025-05-05",
               "--said", "She said nobody visits", "--facts", "Fridge empty")[0] == 0  # fmt: skip
    code, out, err = cli("concern", "note", "1", "--text", "-", "--date", "2025-05-06",
                         stdin="Spoke to the lead again")  # fmt: skip
    assert code == 0, err
    assert cli("concern", "amend", "1", "--field", "facts", "--text", "Fridge nearly empty")[0] == 0
    code, out, _err = cli("concern", "show", "1")
    assert "Fridge nearly empty  (amended; first written: Fridge empty)" in out
    assert "2025-05-06  note:\nSpoke to the lead again" in out
    code, _out, err = cli("concern", "amend", "1", "--field", "reported-to", "--text", "x")
    assert code != 0 and "--field must be one of" in err
    shown = cli.json("concern", "show", "1")
    assert isinstance(shown, dict) and shown["facts"] == "Fridge empty"
    assert [a["text"] for a in shown["additions"]] == [
        "Spoke to the lead again",
        "Fridge nearly empty",
    ]


def test_measures_corrected_deleted_and_consent_withdrawn(book_cli: Cli) -> None:
    cli = book_cli
    for items in ("2,2,3", "1,1,1"):
        assert cli("measure", "add", "--match", "M-0042", "--instrument", "ucla3",
                   "--items", items, "--consent", "--date", "2025-05-05")[0] == 0  # fmt: skip
    code, out, err = cli("measure", "correct", "1", "--items", "3,3,3")
    assert code == 0 and "total 9" in out, err
    code, out, err = cli("measure", "withdraw", "1", "--date", "2025-06-01")
    assert code == 0 and "no score of it leaves" in out, err
    assert "withdrawn 2025-06-01" in cli("measure", "list")[1]
    code, _out, err = cli("measure", "withdraw")
    assert code != 0 and "--match CODE" in err
    assert cli("measure", "delete", "2", "--yes")[0] == 0
    assert cli("measure", "withdraw", "--match", "M-0042")[0] == 0
    listed = cli.json("measure", "list")
    assert isinstance(listed, list) and [m["id"] for m in listed] == [1]
