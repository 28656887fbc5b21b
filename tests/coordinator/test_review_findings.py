"""Regression tests for what the independent review of the coordinator found."""

from __future__ import annotations

import json
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from logbook.coordinator.devices import describe_gaps
from logbook.coordinator.service import Coordinator
from tests.coordinator.conftest import Volunteer, data_rows, week
from tests.core.test_cli import Cli, cli  # noqa: F401 - the fixture


def test_a_payload_with_a_non_text_device_key_is_one_rejection_not_a_crash(
    work: Coordinator, volunteer: Volunteer
) -> None:
    for claimed in (5, None, [1], {"a": 1}):
        payload = volunteer.payload([week("2026-W01", "M-0001")])
        payload["device_key"] = claimed
        result = work.importer.import_bytes(volunteer.seal(json.dumps(payload).encode()))
        assert result.status == "rejected" and "device key" in result.reason
    body = volunteer.encrypt(b'["not", "an", "envelope"]')
    assert work.importer.import_bytes(body).status == "rejected"


def test_huge_epochs_and_sequences_are_stored_on_either_database(
    work: Coordinator, volunteer: Volunteer
) -> None:
    big = volunteer.bundle([week("2026-W01", "M-0001")], epoch=2**40, sequence=2**53 - 1)
    assert work.importer.import_bytes(big).status == "held"
    [device] = work.devices.list()  # and listing it does not try to count to 2**53
    assert device.gaps == (f"epoch {2**40}: 1-{2**53 - 2}",)


def test_gap_descriptions_stay_short() -> None:
    assert describe_gaps({1: set(range(2, 10_000, 2))}) == (
        "epoch 1: 1, 3, 5, 7, 9 (… 4999 missing in all)",
    )


def test_a_late_bundle_of_an_older_epoch_withdraws_nothing(
    work: Coordinator, approved: Volunteer
) -> None:
    def start_of(epoch: int, weeks: list[str]) -> bytes:
        payload = approved.payload([week(w, "M-0001") for w in weeks], epoch=epoch, sequence=1)
        payload["epoch_weeks"] = weeks
        return approved.seal(json.dumps(payload).encode())

    work.importer.import_bytes(start_of(3, ["2026-W01", "2026-W02", "2026-W03"]))
    before = data_rows(work)
    work.importer.import_bytes(start_of(2, ["2026-W02"]))  # late, from before a restore
    assert data_rows(work)["week_row"] == before["week_row"]


def test_a_full_hold_is_left_in_the_mailbox_to_try_again(work: Coordinator, org: object) -> None:
    first = Volunteer(Ed25519PrivateKey.generate(), org)  # type: ignore[arg-type]
    second = Volunteer(Ed25519PrivateKey.generate(), org)  # type: ignore[arg-type]
    data = first.bundle([week("2026-W01", "M-1")])
    work.set_limit("held_bytes", str(len(data)))  # room for exactly that one
    result = work.importer.import_bytes(data)
    assert result.status == "held" and not result.retry
    full = work.importer.import_bytes(second.bundle([week("2026-W01", "M-2")]))
    assert full.status == "held" and full.retry and full.device_id == second.id


def test_an_impossible_week_is_refused(work: Coordinator, approved: Volunteer) -> None:
    payload = approved.payload([week("2026-W01", "M-0001")], sequence=2)
    payload["summary"]["weeks"][0]["week"] = "2025-W53"
    result = work.importer.import_bytes(approved.seal(json.dumps(payload).encode()))
    assert result.status == "rejected"


def test_bad_database_urls_and_limits_are_said_plainly(cli: Cli, tmp_path: Path) -> None:  # noqa: F811
    assert cli("profile", "create", "Coord", "--kind", "coordinator")[0] == 0
    coord = ("--profile", "Coord")
    assert cli(*coord, "org", "init", "--name", "H", "--out", str(tmp_path / "o"))[0] == 0
    for url in ("postgresql://u:p@host:notaport/db", "postgresql://[::1/db"):
        code, _, err = cli(*coord, "coordinator", "database", "--url", url)
        assert code == 1 and "not a valid postgresql" in err
    code, _, err = cli(*coord, "coordinator", "audit", "--limit", "-1")
    assert code == 2 and "(not shown)" in err
    code, _, err = cli(*coord, "org", "rotate-keys", "--to-mailbox", "--yes")
    assert code == 1 and "--out FILE" in err
    code, _, err = cli(*coord, "org", "rotate-keys", "--out", str(tmp_path / "a"),
                       "--to-mailbox", "--yes")  # fmt: skip
    assert code == 1 and "Nothing was changed" in err and not (tmp_path / "a").exists()
