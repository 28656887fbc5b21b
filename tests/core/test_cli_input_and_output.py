"""CLI edges from the attack review (issue 11, item 12): bounded reads, plain errors for bad
output paths, private words kept out of arguments, and a reader that closes the pipe early."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Profiles
from tests.core.test_cli import Cli

MIB = 1024 * 1024


@pytest.fixture
def cli(profiles: Profiles, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(profiles, capsys)


def _cli_process(profiles: Profiles, *argv: str, **kw: object) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "LOGBOOK_DATA_DIR": str(profiles.data_dir),
        "LOGBOOK_PASSPHRASE": profiles.passphrase,
    }
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "logbook.cli.main", *argv], env=env, text=True, **kw
    )


def _cli_with_memory_ceiling(profiles: Profiles, *argv: str) -> subprocess.CompletedProcess[str]:
    """A memory ceiling makes an unbounded read fail fast instead of eating the machine."""
    limit = "import resource; resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))"
    env = {
        **os.environ,
        "LOGBOOK_DATA_DIR": str(profiles.data_dir),
        "LOGBOOK_PASSPHRASE": profiles.passphrase,
    }
    script = f"{limit}; import sys; from logbook.cli.main import main; sys.exit(main({argv!r}))"
    return subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )


def test_note_file_from_an_endless_device_is_refused_without_filling_memory(
    profiles: Profiles,
) -> None:
    done = _cli_with_memory_ceiling(
        profiles, "entry", "add", "--kind", "reflection", "--note-file", "/dev/zero"
    )
    assert done.returncode == 1, done.stderr
    assert "larger than 1 MiB" in done.stderr and "internal" not in done.stderr


def test_settings_file_and_vault_from_an_endless_device_are_named_damaged_files(
    profiles: Profiles, tmp_path: Path
) -> None:
    done = _cli_with_memory_ceiling(
        profiles, "org", "init", "--name", "X", "--config", "/dev/zero",
        "--out", str(tmp_path / "e.json"),
    )  # fmt: skip
    assert done.returncode == 4, done.stderr
    assert "/dev/zero" in done.stderr and "internal" not in done.stderr
    vault = profiles.folder / "vault.json"
    vault.unlink()
    vault.symlink_to("/dev/zero")
    done = _cli_with_memory_ceiling(profiles, "entry", "list", "--profile", profiles.name)
    assert done.returncode == 4, done.stderr
    assert str(vault) in done.stderr and "internal" not in done.stderr


def test_note_from_stdin_over_one_mib_is_refused_not_cut(cli: Cli) -> None:
    code, _, err = cli("entry", "add", "--kind", "reflection", "--note", "-", stdin="x" * (MIB + 1))
    assert code == 1 and "more than 1 MiB" in err
    assert cli.json("entry", "list") == []


def test_two_options_cannot_both_read_stdin(cli: Cli) -> None:
    code, _, err = cli(
        "entry", "add", "--kind", "reflection", "--note", "-", "--place", "-", stdin="words"
    )
    assert code == 1 and "only one option" in err
    assert cli.json("entry", "list") == []


def test_backup_into_a_missing_folder_says_so(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "missing" / "x.lbk"
    code, _, err = cli("backup", "--out", str(out))
    assert code == 1, err
    assert "does not exist" in err and str(out.parent) in err and "internal" not in err
    code, _, err = cli("export", "--out", str(out))
    assert code == 1 and "does not exist" in err and "internal" not in err
    assert not out.parent.exists()


def test_search_words_and_own_tags_can_come_from_stdin_or_a_file(cli: Cli, tmp_path: Path) -> None:
    tags = tmp_path / "topics.txt"
    tags.write_text("secret hobby\n\nquiet walk\n")
    made = cli.json(
        "entry", "add", "--kind", "reflection", "--note", "The zeppelin museum",
        "--topic-file", str(tags), "--activity", "-", stdin="private pastime\n",
    )  # fmt: skip
    assert isinstance(made, dict)
    assert sorted(made["topics"]) == ["quiet walk", "secret hobby"]
    assert made["activities"] == ["private pastime"]
    hits = cli.json("search", "-", stdin="zeppelin")
    assert [h["entry"]["id"] for h in hits] == [made["id"]]  # type: ignore[index,union-attr]
    query = tmp_path / "query.txt"
    query.write_text("museum")
    hits = cli.json("search", "--query-file", str(query))
    assert [h["entry"]["id"] for h in hits] == [made["id"]]  # type: ignore[index,union-attr]
    code, _, err = cli("search")
    assert code == 2 and "search for" in err


def test_reader_closing_the_pipe_early_is_not_an_error(profiles: Profiles) -> None:
    """`logbook ... | head`: a real pipe whose reading end is already closed."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = _cli_process(
            profiles, "profile", "list", "--json", stdout=write_end, stderr=subprocess.PIPE
        )
    finally:
        os.close(write_end)
    assert done.stderr == ""
    assert done.returncode == 141


def test_profile_list_json_still_prints(profiles: Profiles) -> None:
    done = _cli_process(profiles, "profile", "list", "--json", capture_output=True)
    assert done.returncode == 0 and json.loads(done.stdout)[0]["profile"] == profiles.name
