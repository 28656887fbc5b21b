"""Device epochs and sequences: huge numbers stored, gaps said briefly, late old epochs harmless."""

from __future__ import annotations

import json

from logbook.coordinator.devices import describe_gaps
from logbook.coordinator.service import Coordinator
from tests.coordinator.conftest import Volunteer, data_rows, week
from tests.core.test_cli import Cli, cli  # noqa: F401 - the fixture


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
