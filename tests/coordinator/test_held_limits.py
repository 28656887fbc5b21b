"""What is held for devices not yet approved is bounded in bytes and bundles (issue 11, item
2): over a device's share its bundles wait in the mailbox, the device can still be approved,
fetching the same bundle again adds nothing, and the limits are set by the coordinator."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from logbook.coordinator.limits import DEFAULTS, MIB, parse_limit
from logbook.coordinator.schema import AuditEntry, HeldBundle, Receipt
from logbook.coordinator.service import Coordinator
from logbook.errors import InvalidValue
from logbook.vault.profiles import ProfileManager
from tests.conftest import PASSPHRASE
from tests.coordinator.conftest import Volunteer, week
from tests.coordinator.test_one_bad_bundle import twice
from tests.core.test_cli import Cli, cli  # noqa: F401 - the fixture
from tests.organisation import Org


def rows(work: Coordinator, table: type) -> int:
    with work.db.session() as s:
        return s.scalar(select(func.count()).select_from(table)) or 0


def padded(volunteer: Volunteer, sequence: int, kib: int) -> bytes:
    """A valid bundle padded with JSON whitespace, as in the issue's 2.1 GB attack."""
    import json

    payload = json.dumps(volunteer.payload([week("2026-W01", "M-0001")], sequence=sequence))
    return volunteer.seal(payload.replace(", ", "," + " " * (kib * 1024 // 8), 8).encode())


def test_the_defaults_are_the_issues() -> None:
    assert (DEFAULTS.held_bytes, DEFAULTS.held_device_bundles, DEFAULTS.held_device_bytes) == (
        64 * MIB, 32, 8 * MIB
    )  # fmt: skip


def test_a_device_over_its_share_waits_in_the_mailbox_and_can_still_be_approved(
    work: Coordinator, volunteer: Volunteer
) -> None:
    work.set_limit("held_device_bundles", "2")
    bundles = [volunteer.bundle([week(f"2026-W0{n}", "M-0001")], sequence=n) for n in (1, 2, 3)]
    results = [work.importer.import_bytes(b, "mailbox") for b in bundles]
    assert [r.status for r in results] == ["held", "held", "held"]
    assert [r.retry for r in results] == [False, False, True]
    assert "Waiting in the mailbox" in results[2].reason and "2 bundles" in results[2].reason
    audit = rows(work, AuditEntry)
    again = work.importer.import_bytes(bundles[2], "mailbox")  # the next pull
    assert again.retry and rows(work, AuditEntry) == audit and rows(work, Receipt) == 2
    _, released = work.approve(volunteer.id, "V-01", volunteer.fingerprint)
    assert [r.status for r in released.results] == ["imported", "imported"]
    assert work.importer.import_bytes(bundles[2], "mailbox").status == "imported"


def test_bytes_are_bounded_per_device_and_in_all(work: Coordinator, org: Org) -> None:
    first = Volunteer(Ed25519PrivateKey.generate(), org)
    second = Volunteer(Ed25519PrivateKey.generate(), org)
    mine = [padded(first, n, 16) for n in (1, 2, 3)]
    theirs = padded(second, 1, 16)
    held = len(mine[0]) + len(mine[1])
    work.set_limit("held_device_bytes", str(held + len(mine[2]) - 1))
    work.set_limit("held_bytes", str(held + len(theirs) - 1))
    assert [work.importer.import_bytes(b, "mailbox").retry for b in mine[:2]] == [False] * 2
    over = work.importer.import_bytes(mine[2], "mailbox")
    assert over.retry and f"{held + len(mine[2]) - 1:,} bytes" in over.reason
    full = work.importer.import_bytes(theirs, "mailbox")
    assert full.retry and full.status == "held" and "set aside" in full.reason
    # Neither new device was rolled back: both can be approved.
    assert {d.id: d.status for d in work.devices.list()} == {
        first.id: "pending", second.id: "pending"
    }  # fmt: skip
    with work.db.session() as s:
        assert s.scalar(select(func.sum(HeldBundle.size))) == held
    work.approve(second.id, "V-02", second.fingerprint)
    assert work.importer.import_bytes(theirs, "mailbox").status == "imported"


def test_the_same_held_bundle_fetched_again_adds_nothing(
    work: Coordinator, volunteer: Volunteer
) -> None:
    data = volunteer.bundle([week("2026-W01", "M-0001")])
    assert work.importer.import_bytes(data, "mailbox").status == "held"
    audit, receipts = rows(work, AuditEntry), rows(work, Receipt)
    for _ in range(3):
        assert work.importer.import_bytes(data, "mailbox").status == "held"
    assert (rows(work, AuditEntry), rows(work, Receipt), rows(work, HeldBundle)) == (
        audit, receipts, 1
    )  # fmt: skip


@pytest.mark.parametrize(
    ("name", "text", "value"),
    [("held_bytes", "64MiB", 64 * MIB), ("held_bytes", "512 kib", 512 * 1024),
     ("held_device_bytes", "1000", 1000), ("quarantine_bundles", "7", 7)],
)  # fmt: skip
def test_limits_read_sizes_and_counts(name: str, text: str, value: int) -> None:
    assert parse_limit(name, text) == value


@pytest.mark.parametrize(
    ("name", "text"),
    [("held_bytes", "0"), ("held_bytes", "lots"), ("held_bytes", "１MiB"),
     ("held_device_bundles", "2MiB"), ("held_device_bundles", "0"), ("nonsense", "1")],
)  # fmt: skip
def test_bad_limits_are_refused_plainly(name: str, text: str) -> None:
    with pytest.raises(InvalidValue):
        parse_limit(name, text)


def test_limits_and_quarantine_from_the_command_line(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    coord = ("--profile", "Coord")
    assert cli("profile", "create", "Coord", "--kind", "coordinator")[0] == 0
    assert cli(*coord, "org", "init", "--name", "Hilltop", "--out", str(tmp_path / "o"))[0] == 0
    code, out, _ = cli(*coord, "coordinator", "limits")
    assert code == 0 and "64 MiB" in out and "held_device_bundles" in out
    assert cli(*coord, "coordinator", "limits", "held_bytes", "128MiB")[0] == 0
    assert cli.json(*coord, "coordinator", "limits")["held_bytes"] == 128 * MIB  # type: ignore[index]
    code, _, err = cli(*coord, "coordinator", "limits", "held_bytes", "huge")
    assert code == 1 and "64 GiB" in err
    code, out, _ = cli(*coord, "coordinator", "quarantine", "list")
    assert code == 0 and "empty" in out

    # A bundle rejected on its way from the mailbox, put there by the same core path.
    with ProfileManager(cli.profiles.data_dir).unlock("Coord", PASSPHRASE) as unlocked:
        from logbook.org.organisation import OrganisationService

        service = OrganisationService(unlocked.store)
        org = Org(b"", service.tokens(), service.identity(), "", service)
        sender = Volunteer(Ed25519PrivateKey.generate(), org)
        bad = twice(sender, "2026-W01", 1)
        with Coordinator(unlocked.store) as work:
            sha = work.importer.import_bytes(bad, "mailbox").sha256
    code, out, _ = cli(*coord, "coordinator", "quarantine", "list")
    assert code == 0 and sha[:16] in out and sender.id in out
    code, out, _ = cli(*coord, "coordinator", "quarantine", "show", sha[:10])
    assert code == 0 and "does not follow the format" in out
    out_file = tmp_path / "bad.age"
    assert cli(*coord, "coordinator", "quarantine", "export", sha, "--out", str(out_file))[0] == 0
    assert out_file.read_bytes() == bad
    code, _, err = cli(*coord, "coordinator", "quarantine", "show", "zz")
    assert code == 1 and "first 8 hex digits" in err
    assert cli(*coord, "coordinator", "quarantine", "delete", sha)[0] == 0
    code, _, err = cli(*coord, "coordinator", "quarantine", "delete", sha)
    assert code == 1 and "No single quarantined bundle" in err
