"""The `logbook` command: each action, the exit codes of the brief, and bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from logbook.cli.main import main
from tests.conftest import Profiles, file_bytes


class Cli:
    def __init__(self, profiles: Profiles, capsys: pytest.CaptureFixture[str]) -> None:
        self.profiles = profiles
        self.capsys = capsys

    def __call__(self, *argv: str, stdin: str | None = None, **env: str) -> tuple[int, str, str]:
        mp = pytest.MonkeyPatch()
        mp.setenv("LOGBOOK_DATA_DIR", str(self.profiles.data_dir))
        mp.setenv("LOGBOOK_PASSPHRASE", self.profiles.passphrase)
        for key, value in env.items():
            mp.setenv(key, value)
        if stdin is not None:
            import io

            mp.setattr(sys, "stdin", io.StringIO(stdin))
        try:
            code = main(list(argv))
        finally:
            mp.undo()
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *argv: str, **kw: str) -> object:
        code, out, err = self(*argv, "--json", **kw)
        assert code == 0, err
        return json.loads(out)


@pytest.fixture
def cli(profiles: Profiles, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(profiles, capsys)


@pytest.fixture
def with_match(cli: Cli) -> Cli:
    assert cli("match", "add", "M-0042", "--name", "Mrs Jones", "--start", "2025-01-01")[0] == 0
    return cli


def test_profile_create_prints_the_recovery_key_once(cli: Cli) -> None:
    data = cli.json("profile", "create", "Second", "--kind", "coordinator")
    assert data["kind"] == "coordinator" and len(data["recovery_key"]) == 64
    listed = cli.json("profile", "list")
    assert {p["profile"] for p in listed} == {"Volunteer", "Second"}  # type: ignore[union-attr]


def test_full_volunteer_round_trip(with_match: Cli) -> None:
    cli = with_match
    entry = cli.json(
        "entry", "add", "--match", "m-0042", "--date", "2025-03-04", "--time", "10:15",
        "--minutes", "45", "--mode", "phone", "--kind", "conversation", "--seemed", "4",
        "--note", "Talked about her *garden*", "--activity", "chat", "--topic", "gardening",
        "--follow-up",
    )  # fmt: skip
    assert isinstance(entry, dict)
    assert entry["match_code"] == "M-0042" and entry["follow_up"] is True
    eid = str(entry["id"])
    code, out, _ = cli("entry", "show", eid)
    assert code == 0 and "Talked about her *garden*" in out and "10:15" in out
    hits = cli.json("search", "garde")
    assert [h["entry"]["id"] for h in hits] == [entry["id"]]  # type: ignore[index,union-attr]
    assert cli.json("entry", "edit", eid, "--minutes", "50")["minutes"] == 50  # type: ignore[index]
    assert cli("entry", "delete", eid)[0] == 0
    assert cli.json("entry", "list") == []
    assert len(cli.json("entry", "list", "--deleted")) == 1  # type: ignore[arg-type]
    assert cli("entry", "restore", eid)[0] == 0
    assert len(cli.json("entry", "list")) == 1  # type: ignore[arg-type]
    tags = cli.json("tag", "list")
    assert {t["name"] for t in tags} == {"chat", "gardening"}  # type: ignore[union-attr]


def test_free_text_from_stdin_and_file_stays_off_the_command_line(
    with_match: Cli, tmp_path: Path
) -> None:
    cli = with_match
    note = tmp_path / "note.md"
    note.write_text("From a file: she laughed a lot.")
    first = cli.json(
        "entry", "add", "--match", "M-0042", "--minutes", "30", "--note-file", str(note)
    )
    assert first["notes"] == "From a file: she laughed a lot."  # type: ignore[index]
    code, out, _ = cli(
        "entry", "add", "--match", "M-0042", "--minutes", "30", "--note", "-", "--json",
        stdin="Typed on stdin.\n",
    )  # fmt: skip
    # Stored as typed but for whitespace at the very start and end, as in the app.
    assert code == 0 and json.loads(out)["notes"] == "Typed on stdin."


@pytest.mark.parametrize(
    ("argv", "field"),
    [
        (["--minutes", "-5"], "minutes"),
        (["--minutes", "1441"], "minutes"),
        (["--minutes", "lots"], "minutes"),
        (["--minutes", "30", "--date", "2999-01-01"], "date"),
        (["--minutes", "30", "--date", "2025-02-30"], "date"),
        (["--minutes", "30", "--time", "25:00"], "time"),
        (["--minutes", "30", "--seemed", "6"], "seemed"),
        (["--minutes", "30", "--mode", "carrier pigeon"], "mode"),
        (["--minutes", "30", "--kind", "party"], "kind"),
    ],
)
def test_invalid_entry_values_exit_1_naming_the_field(
    with_match: Cli, argv: list[str], field: str
) -> None:
    before = file_bytes(with_match.profiles.folder)
    code, out, err = with_match("entry", "add", "--match", "M-0042", *argv)
    assert code == 1
    assert err.startswith(f"logbook: {field}:"), err
    assert "Traceback" not in err and out == ""
    assert file_bytes(with_match.profiles.folder)["logbook.db"] == before["logbook.db"]


def test_unknown_match_is_named(with_match: Cli) -> None:
    code, _, err = with_match("entry", "add", "--match", "M-9999", "--minutes", "5")
    assert code == 1 and "M-9999" in err


def test_wrong_passphrase_exits_3_and_changes_nothing(with_match: Cli) -> None:
    before = file_bytes(with_match.profiles.folder)
    code, out, err = with_match("entry", "list", LOGBOOK_PASSPHRASE="not it at all")
    assert (code, out) == (3, "")
    assert "Wrong passphrase" in err
    assert file_bytes(with_match.profiles.folder) == before


def test_damaged_vault_exits_4_naming_the_file(cli: Cli) -> None:
    vault = cli.profiles.folder / "vault.json"
    vault.write_text("{ not json")
    code, _, err = cli("entry", "list")
    assert code == 4 and str(vault) in err and "Traceback" not in err
    assert vault.read_text() == "{ not json"


def test_usage_errors_exit_2(cli: Cli) -> None:
    assert cli("frobnicate")[0] == 2
    assert cli("entry", "show")[0] == 2
    assert cli("entry")[0] == 2


def test_questions_without_a_terminal_need_yes(with_match: Cli) -> None:
    code, _, err = with_match("match", "erase", "M-0042", stdin="")
    assert code == 1 and "--yes" in err
    assert with_match.json("match", "list") != []
    assert with_match("match", "erase", "M-0042", "--yes")[0] == 0
    assert with_match.json("match", "list") == []


def test_erase_warns_about_unreported_concerns(with_match: Cli) -> None:
    assert with_match("concern", "add", "--match", "M-0042", "--said", "-", stdin="words")[0] == 0
    code, _, err = with_match("match", "erase", "M-0042", stdin="")
    assert code == 1 and "NOT YET REPORTED" in err


def test_no_passphrase_and_no_terminal_is_a_clear_refusal(cli: Cli) -> None:
    mp = pytest.MonkeyPatch()
    mp.delenv("LOGBOOK_PASSPHRASE", raising=False)
    try:
        code = main(["--data-dir", str(cli.profiles.data_dir), "entry", "list"])
    finally:
        mp.undo()
    _, err = cli.capsys.readouterr()
    assert code == 1 and "LOGBOOK_PASSPHRASE" in err


def test_passphrase_from_a_file_descriptor(cli: Cli) -> None:
    read, write = os.pipe()
    os.write(write, (cli.profiles.passphrase + "\n").encode())
    os.close(write)
    code, _, err = cli("entry", "list", "--passphrase-fd", str(read), LOGBOOK_PASSPHRASE="wrong")
    os.close(read)
    assert code == 0, err


def test_passwd_and_recover(cli: Cli) -> None:
    code, _, err = cli("profile", "passwd", LOGBOOK_NEW_PASSPHRASE="second passphrase")
    assert code == 0, err
    assert cli("entry", "list", LOGBOOK_PASSPHRASE="second passphrase")[0] == 0
    data = cli.json(
        "profile", "recover",
        LOGBOOK_RECOVERY_KEY=cli.profiles.recovery_key, LOGBOOK_NEW_PASSPHRASE="third passphrase",
    )  # fmt: skip
    assert data["recovery_key"] != cli.profiles.recovery_key  # type: ignore[index]
    assert cli("entry", "list", LOGBOOK_PASSPHRASE="third passphrase")[0] == 0
    code, _, _ = cli(
        "profile", "recover",
        LOGBOOK_RECOVERY_KEY=cli.profiles.recovery_key, LOGBOOK_NEW_PASSPHRASE="fourth one",
    )  # fmt: skip
    assert code == 3


def test_measures_and_concerns(with_match: Cli) -> None:
    cli = with_match
    m = cli.json("measure", "add", "--match", "M-0042", "--instrument", "SWEMWBS",
                 "--items", "3,3,3,3,3,3,3", "--consent")  # fmt: skip
    assert m["score"]["metric"] == 19.25  # type: ignore[index]
    code, _, err = cli("measure", "add", "--match", "M-0042", "--instrument", "ucla3",
                       "--items", "1,2", "--no-consent")  # fmt: skip
    assert code == 1 and "items" in err
    c = cli.json("concern", "add", "--match", "M-0042", "--said", "She said: help")
    assert c["reported"] is False  # type: ignore[index]
    assert cli.json("concern", "list", "--unreported") != []
    cli("concern", "reported", str(c["id"]), "--to", "Safeguarding lead")  # type: ignore[index]
    assert cli.json("concern", "list", "--unreported") == []


def test_backup_restore_and_export(with_match: Cli, tmp_path: Path) -> None:
    cli = with_match
    cli("entry", "add", "--match", "M-0042", "--minutes", "20", "--note", "before the backup")
    backup = tmp_path / "backup.lbk"
    assert cli("backup", "--out", str(backup))[0] == 0
    cli("entry", "add", "--match", "M-0042", "--minutes", "20", "--note", "after the backup")
    code, _, err = cli("restore", str(backup), stdin="")
    assert code == 1 and "--yes" in err
    assert len(cli.json("entry", "list")) == 2  # type: ignore[arg-type]
    restored = cli.json("restore", str(backup), "--yes")
    again = cli.json("restore", str(backup), "--yes")
    # Each restore starts a new epoch, even of the same backup: never a repeated counter.
    assert 1 < restored["epoch"] < again["epoch"]  # type: ignore[index,operator]
    assert [e["notes"] for e in cli.json("entry", "list")] == ["before the backup"]  # type: ignore[union-attr,index]
    out = tmp_path / "mine.json"
    assert cli("export", "--out", str(out))[0] == 0
    assert json.loads(out.read_text())["entries"][0]["notes"] == "before the backup"
    assert cli("restore", str(backup), "--into", "Copy")[0] == 0
    assert {p["profile"] for p in cli.json("profile", "list")} == {"Volunteer", "Copy"}  # type: ignore[union-attr]


def test_restore_of_a_bad_file_exits_4_and_changes_nothing(with_match: Cli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.lbk"
    bad.write_bytes(b"this is not a backup at all")
    before = file_bytes(with_match.profiles.data_dir)
    code, _, err = with_match("restore", str(bad), "--yes")
    assert code == 4 and str(bad) in err
    assert file_bytes(with_match.profiles.data_dir) == before


def test_coordinator_profile_refuses_volunteer_commands(cli: Cli) -> None:
    cli("profile", "create", "Coord", "--kind", "coordinator")
    code, _, err = cli("entry", "list", "--profile", "Coord")
    assert code == 1 and "coordinator profile" in err


def test_installed_command_runs_without_qt(tmp_path: Path) -> None:
    """The console script works headless and never loads Qt for a command."""
    script = (
        "import sys; from ui.launcher import main; code = main(['profile', 'list']); "
        "assert 'PySide6' not in sys.modules, 'Qt loaded'; sys.exit(code)"
    )
    env = {**os.environ, "LOGBOOK_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "No profiles" in done.stdout


def test_no_command_without_a_display_says_so(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    env["QT_QPA_PLATFORM"] = "xcb"
    env["LOGBOOK_DATA_DIR"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", "import sys; from ui.launcher import main; sys.exit(main([]))"],
        env=env, capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == 1
    assert "no display" in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("number", ["٣", "３", "𝟑", "²"])
def test_numbers_on_the_command_line_are_ascii_digits_only(with_match: Cli, number: str) -> None:
    for argv in (("entry", "show", number), ("serve", "--port", number)):
        code, _, err = with_match(*argv)
        assert code == 2
        assert "not a whole number in 0-9" in err and number not in err
