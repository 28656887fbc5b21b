"""`logbook org|device|summary|bundle|outbox|sync`: the whole path, and each bad input."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pyrage
import pytest

from logbook.bundle.read import read_bundle
from logbook.org.key_backup import decrypt_backup
from tests.conftest import file_bytes
from tests.core.test_cli import Cli, cli  # noqa: F401 - the fixture

COORD = ("--profile", "Coord")
VOL = ("--profile", "Volunteer")


@pytest.fixture
def org_files(cli: Cli, tmp_path: Path) -> dict[str, Path]:  # noqa: F811
    assert cli("profile", "create", "Coord", "--kind", "coordinator")[0] == 0
    config = tmp_path / "org.toml"
    config.write_text(
        'activities = ["Walk", "Tea"]\ntopics = ["Health"]\n'
        'safeguarding_contact = "Lead: 01234 567890"\n[policy]\nretention_months = 12\n'
    )
    out = tmp_path / "hilltop.enrol"
    code, text, err = cli(*COORD, "org", "init", "--name", "Hilltop", "--config", str(config),
                          "--out", str(out))  # fmt: skip
    assert code == 0, err
    assert "Fingerprint" in text
    server = tmp_path / "mailbox-server.toml"
    assert server.is_file()
    return {"enrolment": out, "server": server, "dir": tmp_path}


def fingerprint(cli: Cli) -> str:  # noqa: F811
    value = cli.json(*COORD, "org", "fingerprint")
    assert isinstance(value, dict)
    return str(value["fingerprint"])


def test_init_enrol_preview_seal_and_save(cli: Cli, org_files: dict[str, Path]) -> None:  # noqa: F811
    fp = fingerprint(cli)
    assert len(fp.replace(" ", "")) == 25
    server_config = org_files["server"].read_text()
    code, out, err = cli(*VOL, "org", "enroll", str(org_files["enrolment"]), "--fingerprint",
                         fp.lower().replace(" ", "-"))  # fmt: skip
    assert code == 0, err
    device = cli.json(*VOL, "device", "fingerprint")
    assert isinstance(device, dict) and device["fingerprint"] in out
    assert (
        cli(*VOL, "match", "add", "M-0042", "--name", "Mrs Jones", "--start", "2026-01-05")[0] == 0
    )
    assert cli(*VOL, "entry", "add", "--match", "M-0042", "--date", "2026-01-06",
               "--minutes", "40", "--activity", "walk", "--note", "private")[0] == 0  # fmt: skip
    code, table, _ = cli(*VOL, "summary", "preview")
    assert code == 0 and "week of 5 Jan 2026" in table and "M-0042" in table and "Walk 1" in table
    preview = cli.json(*VOL, "summary", "preview")
    assert isinstance(preview, dict) and preview["weeks"][0]["matches"][0]["minutes"] == 45
    assert preview["weeks"][0]["week"] == "2026-W02"  # machines get the ISO week
    out_file = org_files["dir"] / "one.age"
    code, _, err = cli(*VOL, "bundle", "create", "--out", str(out_file))
    assert code == 0, err
    with pytest.raises(ValueError):
        json.loads(out_file.read_bytes())  # encrypted, not JSON
    listed = cli.json(*VOL, "outbox")
    assert isinstance(listed, dict) and listed["status"]["pending"] == 0
    # The coordinator's key opens it; the mailbox's settings hold only token hashes.
    backup = org_files["dir"] / "org-key.age"
    code, _, err = cli(*COORD, "org", "backup-key", "--out", str(backup),
                       LOGBOOK_BACKUP_PASSPHRASE="a backup passphrase")  # fmt: skip
    assert code == 0, err
    keys = decrypt_backup(backup.read_bytes(), "a backup passphrase")
    identity = pyrage.x25519.Identity.from_str(keys.age_identity)
    payload = read_bundle(out_file.read_bytes(), identity)
    assert payload.summary.weeks[0].matches[0].activities == {"Walk": 1}
    assert keys.signing_key not in server_config and "sha256" in server_config


@pytest.mark.skipif(shutil.which("age") is None, reason="the stock age tool is not installed")
def test_key_backup_and_bundle_open_with_the_stock_age_tool(
    cli: Cli,  # noqa: F811
    org_files: dict[str, Path],
) -> None:
    backup = org_files["dir"] / "org-key.age"
    cli(*COORD, "org", "backup-key", "--out", str(backup), LOGBOOK_BACKUP_PASSPHRASE="x" * 16)
    # age reads a passphrase only from a terminal; `script` gives it one.
    done = subprocess.run(
        ["script", "-qec", f"age -d -o {org_files['dir']}/org.key {backup}", "/dev/null"],
        input="x" * 16 + "\n", capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    key = org_files["dir"] / "org.key"
    assert "AGE-SECRET-KEY-1" in key.read_text()
    # That key file opens a volunteer's bundle with the stock tool, too.
    assert cli(*VOL, "org", "enroll", str(org_files["enrolment"]), "--fingerprint",
               fingerprint(cli))[0] == 0  # fmt: skip
    cli(*VOL, "match", "add", "M-0042", "--name", "Mrs Jones", "--start", "2026-01-05")
    cli(*VOL, "entry", "add", "--match", "M-0042", "--date", "2026-01-06", "--minutes", "40")
    bundle = org_files["dir"] / "b.age"
    assert cli(*VOL, "bundle", "create", "--out", str(bundle))[0] == 0
    opened = subprocess.run(["age", "-d", "-i", str(key), str(bundle)], capture_output=True,
                            timeout=60, check=False)  # fmt: skip
    assert opened.returncode == 0, opened.stderr
    assert json.loads(opened.stdout)["format"] == "logbook.bundle/1"


def test_enrolment_bad_cases_change_nothing(
    cli: Cli,  # noqa: F811
    org_files: dict[str, Path],
) -> None:
    before = file_bytes(cli.profiles.folder)
    enrol = org_files["enrolment"]
    code, _, err = cli(*VOL, "org", "enroll", str(enrol), "--fingerprint", "AAAAA " * 5)
    assert code == 1 and "fingerprint does not match" in err
    code, _, err = cli(*VOL, "org", "enroll", str(enrol))
    assert code == 1 and "--fingerprint" in err  # no terminal to confirm on
    damaged = org_files["dir"] / "damaged.enrol"
    data = bytearray(enrol.read_bytes())
    data[len(data) // 2] ^= 0x01
    damaged.write_bytes(bytes(data))
    code, _, err = cli(*VOL, "org", "enroll", str(damaged), "--fingerprint", fingerprint(cli))
    assert code == 4 and ("signature" in err or "damaged" in err)
    code, _, err = cli(*VOL, "org", "enroll", str(org_files["dir"] / "missing.enrol"))
    assert code == 1 and "Cannot read the enrolment file" in err
    code, _, err = cli(*COORD, "org", "enroll", str(enrol), "--fingerprint", fingerprint(cli))
    assert code == 1 and "coordinator profile" in err
    assert file_bytes(cli.profiles.folder) == before


def test_coordinator_commands_refuse_bad_input(
    cli: Cli,  # noqa: F811
    org_files: dict[str, Path],
) -> None:
    code, _, err = cli(*COORD, "org", "init", "--name", "Again", "--out", "/tmp/x.enrol")
    assert code == 1 and "already has an organisation" in err
    code, _, err = cli(*COORD, "org", "set", "colour", "blue")
    assert code == 1 and "key" in err
    code, _, err = cli(*COORD, "org", "set", "mailbox_url", "http://example.org")
    assert code == 1 and "https://" in err
    code, _, err = cli(*COORD, "org", "set", "policy.retention_months", "many")
    assert code == 1 and "whole number" in err
    code, _, err = cli(*VOL, "org", "set", "name", "x")
    assert code == 1 and "volunteer profile" in err
    code, _, err = cli(*COORD, "org", "backup-key", "--out", str(org_files["dir"] / "k.age"),
                       LOGBOOK_BACKUP_PASSPHRASE="short")  # fmt: skip
    assert code == 1 and "at least 12" in err
    assert not (org_files["dir"] / "k.age").exists()
    code, _, err = cli(*COORD, "org", "publish", "--out", "/nonexistent-folder/x.enrol")
    assert code == 1 and "Cannot write" in err
    bad = org_files["dir"] / "bad.toml"
    bad.write_text("name = [unclosed")
    code, _, err = cli(*COORD, "org", "init", "--name", "X", "--config", str(bad), "--out", "y")
    assert code == 4 and "not valid TOML" in err
    assert cli(*COORD, "org", "set", "topics", "Health, Housing", "--out",
               str(org_files["enrolment"]))[0] == 0  # fmt: skip


def test_an_update_from_the_same_organisation_needs_no_new_read_out(
    cli: Cli,  # noqa: F811
    org_files: dict[str, Path],
) -> None:
    enrol = org_files["enrolment"]
    assert cli(*VOL, "org", "enroll", str(enrol), "--fingerprint", fingerprint(cli))[0] == 0
    assert cli(*COORD, "org", "set", "activities", "Walk, Tea, Cinema", "--out", str(enrol))[0] == 0
    updated = cli.json(*VOL, "org", "enroll", str(enrol))
    assert isinstance(updated, dict) and updated["updated"] is True
    shown = cli.json(*VOL, "org", "show")
    assert isinstance(shown, dict) and "Cinema" in shown["settings"]["activities"]


def test_sync_copies_into_a_shared_folder(
    cli: Cli,  # noqa: F811
    org_files: dict[str, Path],
) -> None:
    enrol = org_files["enrolment"]
    assert cli(*VOL, "org", "enroll", str(enrol), "--fingerprint", fingerprint(cli))[0] == 0
    code, _, err = cli(*VOL, "sync")
    assert code == 1 and "nowhere to deliver" in err
    shared = org_files["dir"] / "shared"
    code, _, err = cli(*VOL, "sync", "--set-folder", str(shared))
    assert code == 1 and "not an existing folder" in err
    shared.mkdir()
    assert cli(*VOL, "sync", "--set-folder", str(shared))[0] == 0
    cli(*VOL, "match", "add", "M-0042", "--name", "Mrs Jones", "--start", "2026-01-05")
    cli(*VOL, "entry", "add", "--match", "M-0042", "--date", "2026-01-06", "--minutes", "40")
    code, out, err = cli(*VOL, "sync")
    assert code == 0, err
    assert "delivered 1" in out and len(list(shared.glob("*.age"))) == 1


def test_init_checks_where_it_writes_before_making_anything(
    cli: Cli,  # noqa: F811
    tmp_path: Path,
) -> None:
    assert cli("profile", "create", "Coord", "--kind", "coordinator")[0] == 0
    code, _, err = cli(*COORD, "org", "init", "--name", "H", "--out", "/nonexistent/x.enrol")
    assert code == 1 and "folder is missing" in err
    assert cli(*COORD, "org", "init", "--name", "H", "--out", str(tmp_path / "x.enrol"))[0] == 0
    config = tmp_path / "again.toml"
    assert cli(*COORD, "org", "server-config", "--out", str(config))[0] == 0
    assert config.read_text() == (tmp_path / "mailbox-server.toml").read_text()
