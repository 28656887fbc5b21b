"""`logbook coordinator alerts` names each alert; `acknowledge` takes a note from standard
input (out of `ps`), records who, and the alert leaves the list; the audit keeps no note."""

from __future__ import annotations

from pathlib import Path

from tests.core.test_cli import Cli, cli  # noqa: F401 - the fixture

COORD = ("--profile", "Coord")
VOL = ("--profile", "Volunteer")


def test_alerts_are_listed_acknowledged_and_audited(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    assert cli("profile", "create", "Coord", "--kind", "coordinator")[0] == 0
    enrol = tmp_path / "org.enrol"
    assert cli(*COORD, "org", "init", "--name", "Hilltop", "--out", str(enrol))[0] == 0
    org_fp = cli.json(*COORD, "org", "fingerprint")["fingerprint"]  # type: ignore[index]
    assert cli(*VOL, "org", "enroll", str(enrol), "--fingerprint", org_fp)[0] == 0
    cli(*VOL, "match", "add", "M-0042", "--name", "Mrs Jones", "--start", "2026-01-05")
    cli(*VOL, "entry", "add", "--match", "M-0042", "--date", "2026-01-06", "--minutes", "40")
    assert cli(*VOL, "bundle", "create", "--out", str(tmp_path / "out"))[0] == 0
    assert cli(*COORD, "coordinator", "import", str(tmp_path / "out"))[0] == 0

    listed = cli.json(*COORD, "coordinator", "alerts")
    assert isinstance(listed, list)
    [pending] = [a for a in listed if a["kind"] == "pending_device"]
    code, out, err = cli(*COORD, "coordinator", "acknowledge", pending["alert"], "--note", "-",
                         stdin="Waiting for Sam to ring back (canary-cli-note)\n")  # fmt: skip
    assert code == 0, err
    assert "Acknowledged" in out and "by Coord" in out
    listed = cli.json(*COORD, "coordinator", "alerts")
    assert isinstance(listed, list)
    assert pending["alert"] not in [a["alert"] for a in listed]
    kept = cli.json(*COORD, "coordinator", "alerts", "--acknowledged")
    assert isinstance(kept, list) and kept[0]["alert"] == pending["alert"]
    assert kept[0]["by"] == "Coord" and "canary-cli-note" in kept[0]["note"]
    code, out, _ = cli(*COORD, "coordinator", "audit")
    assert "acknowledge" in out and "canary" not in out

    code, _, err = cli(*COORD, "coordinator", "acknowledge", "no_contact:M-9999::")
    assert code == 1 and "no alert" in err
