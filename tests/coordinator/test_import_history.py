"""The import history: each file, when and what became of it, kept in the coordinator database
(so it outlives the app); a plain reason first, the checks' technical one on demand."""

from __future__ import annotations

from pathlib import Path

from logbook.coordinator.service import Coordinator
from logbook.vault.profiles import UnlockedProfile
from tests.coordinator.conftest import Volunteer, week
from tests.core.test_cli import Cli, cli  # noqa: F401 - the fixture


def test_each_file_is_kept_with_a_plain_reason_and_the_technical_one(
    work: Coordinator, volunteer: Volunteer, coordinator: UnlockedProfile, tmp_path: Path
) -> None:
    junk = tmp_path / "holiday-photo.age"
    junk.write_bytes(b"\xff\xd8\xff\xe0 not a bundle")
    good = tmp_path / "v01-0001.age"
    good.write_bytes(volunteer.bundle([week("2026-W01", "M-0001")], sequence=1))
    work.import_files([junk, good])
    work.approve(volunteer.id, "V-01", volunteer.fingerprint)  # the held one is imported
    work.import_files([good])  # the same file again
    history = work.import_log.history()
    assert [(h.name, h.status) for h in history] == [
        ("v01-0001.age", "already"),
        ("held", "imported"),
        ("v01-0001.age", "held"),
        ("holiday-photo.age", "rejected"),
    ]
    assert history[0].at >= history[-1].at
    [junk_row] = [h for h in history if h.name == "holiday-photo.age"]
    assert junk_row.plain == "This file is not a summary from Volunteer Logbook."
    assert "age" in junk_row.technical and junk_row.technical != junk_row.plain
    [imported] = [h for h in history if h.status == "imported"]
    assert imported.weeks == 1 and imported.device_id == volunteer.id


def test_the_history_outlives_the_app_and_the_cli_gives_details_on_demand(
    cli: Cli,  # noqa: F811
    tmp_path: Path,
) -> None:
    coord = ("--profile", "Coord")
    assert cli("profile", "create", "Coord", "--kind", "coordinator")[0] == 0
    assert cli(*coord, "org", "init", "--name", "Hilltop", "--out", str(tmp_path / "o"))[0] == 0
    junk = tmp_path / "minutes.age"
    junk.write_text("Minutes of the trustees' meeting")
    code, out, _ = cli(*coord, "coordinator", "import", str(junk))
    assert code == 1 and "This file is not a summary from Volunteer Logbook." in out
    assert "age-encrypted" not in out  # the technical reason waits to be asked for
    code, out, _ = cli(*coord, "coordinator", "imports")  # a later run: from the database
    assert code == 0 and "minutes.age" in out and "not a summary" in out
    assert "age-encrypted" not in out
    code, out, _ = cli(*coord, "coordinator", "imports", "--details")
    assert "age-encrypted" in out
