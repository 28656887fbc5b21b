"""`logbook coordinator approve` takes the fingerprint as heard and refuses a mismatch;
`coordinator devices` says whether each was confirmed and never shows a fingerprint."""

from __future__ import annotations

import json
from pathlib import Path

from tests.core.test_cli import Cli, cli  # noqa: F401 - the fixture

COORD = ("--profile", "Coord")
VOL = ("--profile", "Volunteer")


def test_a_misheard_fingerprint_is_refused_and_the_list_never_shows_one(
    cli: Cli,  # noqa: F811
    tmp_path: Path,
) -> None:
    assert cli("profile", "create", "Coord", "--kind", "coordinator")[0] == 0
    enrol = tmp_path / "org.enrol"
    assert cli(*COORD, "org", "init", "--name", "Hilltop", "--out", str(enrol))[0] == 0
    org_fp = cli.json(*COORD, "org", "fingerprint")["fingerprint"]  # type: ignore[index]
    code, _, err = cli(*VOL, "org", "enroll", str(enrol), "--fingerprint", org_fp[:-1] + "?")
    assert code == 1 and "does not match" in err
    assert cli(*VOL, "org", "enroll", str(enrol), "--fingerprint", org_fp.lower())[0] == 0
    cli(*VOL, "match", "add", "M-0042", "--name", "Mrs Jones", "--start", "2026-01-05")
    cli(*VOL, "entry", "add", "--match", "M-0042", "--date", "2026-01-06", "--minutes", "40")
    assert cli(*VOL, "bundle", "create", "--out", str(tmp_path / "out"))[0] == 0
    assert cli(*COORD, "coordinator", "import", str(tmp_path / "out"))[0] == 0
    device = cli.json(*VOL, "device", "fingerprint")
    assert isinstance(device, dict)
    fp, dev = device["fingerprint"], device["device_id"]
    plain = fp.replace(" ", "")

    code, out, _ = cli(*COORD, "coordinator", "devices")
    assert code == 0 and "confirmed" in out and plain[:5] not in out.replace(" ", "")
    listed = cli.json(*COORD, "coordinator", "devices")
    assert isinstance(listed, list)
    assert listed[0]["confirmed"] is False and plain[:10] not in json.dumps(listed)

    misheard = plain[:-1] + ("A" if plain[-1] != "A" else "B")
    code, _, err = cli(*COORD, "coordinator", "approve", dev, "--volunteer", "V-7",
                       "--fingerprint", misheard)  # fmt: skip
    assert code == 1 and "does not match" in err and "nothing was approved" in err
    assert plain[:5] not in err
    assert cli.json(*COORD, "coordinator", "devices")[0]["status"] == "pending"  # type: ignore[index]
    audit = cli.json(*COORD, "coordinator", "audit")
    assert isinstance(audit, list) and "approve" not in {e["action"] for e in audit}

    code, out, err = cli(*COORD, "coordinator", "approve", dev, "--volunteer", "V-7",
                         "--fingerprint", "-".join(fp.lower().split()))  # fmt: skip
    assert code == 0, err
    assert plain[:5] not in out.replace(" ", "")
    listed = cli.json(*COORD, "coordinator", "devices")
    assert isinstance(listed, list)
    assert listed[0]["confirmed"] is True and listed[0]["status"] == "approved"
    assert plain[:10] not in json.dumps(listed)
