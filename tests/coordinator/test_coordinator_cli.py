"""`logbook coordinator ...` end to end, with a real volunteer profile sealing real bundles."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_cli import Cli, cli  # noqa: F401 - the fixture

COORD = ("--profile", "Coord")
VOL = ("--profile", "Volunteer")


def test_import_approve_assign_and_the_audit_log(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    assert cli("profile", "create", "Coord", "--kind", "coordinator")[0] == 0
    enrol = tmp_path / "org.enrol"
    assert cli(*COORD, "org", "init", "--name", "Hilltop", "--out", str(enrol))[0] == 0
    fingerprint = cli.json(*COORD, "org", "fingerprint")["fingerprint"]  # type: ignore[index]
    assert cli(*VOL, "org", "enroll", str(enrol), "--fingerprint", fingerprint)[0] == 0
    cli(*VOL, "match", "add", "M-0042", "--name", "Mrs Jones", "--start", "2026-01-05")
    cli(*VOL, "entry", "add", "--match", "M-0042", "--date", "2026-01-06", "--minutes", "40")
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "junk.age").write_bytes(b"not a bundle")
    assert cli(*VOL, "bundle", "create", "--out", str(shared))[0] == 0

    code, out, _ = cli(*COORD, "coordinator", "import", str(shared), "--details")
    assert code == 1  # one was rejected
    assert "held" in out and "rejected" in out and "not an age" in out.lower()
    device = cli.json(*VOL, "device", "fingerprint")
    assert isinstance(device, dict)
    listed = cli.json(*COORD, "coordinator", "devices")
    assert isinstance(listed, list) and listed[0]["status"] == "pending"
    code, _, err = cli(*COORD, "coordinator", "approve", device["device_id"], "--volunteer", "V-7")
    assert code == 1 and "--fingerprint" in err  # no terminal to compare on
    code, out, err = cli(*COORD, "coordinator", "approve", device["device_id"], "--volunteer",
                         "V-7", "--fingerprint", device["fingerprint"])  # fmt: skip
    assert code == 0, err
    assert "Imported 1 held bundle" in out
    assert cli(*COORD, "coordinator", "assign", "M-0042", "--volunteer", "V-7")[0] == 0
    code, out, _ = cli(*COORD, "coordinator", "audit")
    assert code == 0 and "approve" in out and "assign" in out and "import" in out
    code, _, err = cli(*COORD, "coordinator", "revoke", device["device_id"])
    assert code == 1 and "--yes" in err
    code, _, err = cli(*VOL, "coordinator", "devices")
    assert code == 1 and "volunteer profile" in err
    code, _, err = cli(*COORD, "coordinator", "database", "--url", "mysql://x")
    assert code == 1 and "postgresql://" in err
    code, _, err = cli(*COORD, "coordinator", "import")
    assert code == 1 and "--from-mailbox" in err


def test_restore_key_and_rotate_keys(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    assert cli("profile", "create", "Coord", "--kind", "coordinator")[0] == 0
    assert cli("profile", "create", "Spare", "--kind", "coordinator")[0] == 0
    assert cli(*COORD, "org", "init", "--name", "Hilltop", "--out", str(tmp_path / "o"))[0] == 0
    keys = tmp_path / "keys.age"
    secret = {"LOGBOOK_BACKUP_PASSPHRASE": "long backup passphrase"}
    assert cli(*COORD, "org", "backup-key", "--out", str(keys), **secret)[0] == 0
    code, _, err = cli("--profile", "Spare", "org", "restore-key", str(keys),
                       LOGBOOK_BACKUP_PASSPHRASE="wrong one entirely")  # fmt: skip
    assert code == 3 and "did not open" in err
    code, out, err = cli("--profile", "Spare", "org", "restore-key", str(keys), **secret)
    assert code == 0, err
    assert "Hilltop" in out
    code, _, err = cli(*COORD, "org", "rotate-keys", "--out", str(tmp_path / "a"))
    assert code == 1 and "--yes" in err
    code, out, err = cli(*COORD, "org", "rotate-keys", "--out", str(tmp_path / "a"), "--yes")
    assert code == 0 and "New fingerprint" in out and (tmp_path / "a").is_file()


def test_database_backup_and_its_refusals(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    assert cli("profile", "create", "Coord", "--kind", "coordinator")[0] == 0
    assert cli(*COORD, "org", "init", "--name", "Hilltop", "--out", str(tmp_path / "o"))[0] == 0
    out = tmp_path / "db.age"
    assert cli(*COORD, "coordinator", "backup", "--out", str(out))[0] == 0
    code, _, err = cli(*COORD, "coordinator", "restore", str(out))
    assert code == 0, err  # an empty database takes it (it holds no rows yet either)
    cli(*COORD, "coordinator", "assign", "M-0001", "--volunteer", "V-1")
    code, _, err = cli(*COORD, "coordinator", "restore", str(out))
    assert code == 1 and "already holds data" in err
    (tmp_path / "junk.age").write_bytes(b"junk")
    code, _, err = cli(*COORD, "coordinator", "restore", str(tmp_path / "junk.age"))
    assert code == 4 and "did not open" in err
    code, _, err = cli(*COORD, "coordinator", "restore", str(tmp_path / "missing.age"))
    assert code == 1 and "Cannot read" in err
