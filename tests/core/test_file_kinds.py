"""Enrolment files and backups are told apart by their first bytes, whatever their names."""

from __future__ import annotations

from pathlib import Path

import pytest

from logbook.backup.archive import create_backup
from logbook.errors import DamagedFile
from logbook.file_kinds import FileKind, kind_of_file
from logbook.vault.profiles import UnlockedProfile
from tests.organisation import Org


def test_a_real_enrolment_file_under_any_name(org: Org, tmp_path: Path) -> None:
    path = tmp_path / "from-the-coordinator.txt"
    path.write_bytes(org.service.enrolment_file())
    assert kind_of_file(path) is FileKind.ENROLMENT


def test_a_real_backup_under_any_name(profile: UnlockedProfile, tmp_path: Path) -> None:
    path = tmp_path / "backup-without-suffix"
    create_backup(profile, path)
    assert kind_of_file(path) is FileKind.BACKUP


@pytest.mark.parametrize(
    "data", [b"", b'{"format": "logbook.bundle/1"}', b"backup.json\0" + b"\0" * 300, b"\x7fELF"]
)
def test_anything_else_is_named_and_refused(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "other.enrol"
    path.write_bytes(data)
    with pytest.raises(DamagedFile, match="neither an enrolment file nor") as caught:
        kind_of_file(path)
    assert str(path) in str(caught.value)


def test_a_missing_file_is_a_plain_message(tmp_path: Path) -> None:
    with pytest.raises(DamagedFile, match="cannot be opened"):
        kind_of_file(tmp_path / "gone.lbk")
