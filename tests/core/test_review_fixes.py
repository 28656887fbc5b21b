"""Erasure reaches drafts and migration copies; restore survives doctored files and kills."""

from __future__ import annotations

import io
import json
import shutil
import tarfile
from datetime import date
from pathlib import Path

import pytest

from logbook.backup.archive import create_backup, restore_backup
from logbook.cli.main import main
from logbook.errors import DamagedFile, Refused
from logbook.records.book import Logbook
from logbook.records.drafts import ConcernDraft, DraftForm, DraftKey, EntryDraft
from logbook.records.dto import EntryInput
from logbook.records.values import Kind
from logbook.vault.kdf import KdfParams
from logbook.vault.profiles import REPLACED_PREFIX
from tests.conftest import Profiles, file_bytes


def test_erasing_a_match_removes_its_drafts(profiles: Profiles) -> None:
    with profiles.manager.unlock(profiles.name, profiles.passphrase) as unlocked:
        book = Logbook(unlocked.store)
        book.matches.add("M-0001", "Someone", date(2025, 1, 1))
        entry = book.entries.add(EntryInput(kind=Kind.VISIT, occurred_on=date(2025, 2, 1),
                                            match_code="M-0001", minutes=30))  # fmt: skip
        book.drafts.save(DraftKey.of_entry(entry.id), EntryDraft(notes="edit in progress"))
        new = DraftKey.new(DraftForm.ENTRY)
        book.drafts.save(new, EntryDraft(match_code="M-0001", notes="new visit being typed"))
        other = DraftKey.new(DraftForm.CONCERN)
        book.drafts.save(other, ConcernDraft(match_code="M-0002", facts="another match"))
        book.matches.erase("M-0001")
        assert [d.key for d in book.drafts.list()] == [other]


def test_purging_an_entry_removes_its_draft(book: Logbook) -> None:
    entry = book.entries.add(EntryInput(kind=Kind.REFLECTION, occurred_on=date(2025, 2, 1)))
    book.drafts.save(DraftKey.of_entry(entry.id), EntryDraft(notes="half an edit"))
    book.entries.purge(entry.id)
    assert book.drafts.list() == []


def doctor(backup: Path, out: Path, change: dict[str, str]) -> None:
    with tarfile.open(backup) as src, tarfile.open(out, "w") as dst:
        for member in src.getmembers():
            data = src.extractfile(member).read()  # type: ignore[union-attr]
            if member.name == "vault.json":
                vault = json.loads(data)
                vault.update(change)
                data = json.dumps(vault).encode()
                member.size = len(data)
            dst.addfile(member, io.BytesIO(data))


def test_backup_naming_another_database_is_refused_and_changes_nothing(
    profiles: Profiles, tmp_path: Path
) -> None:
    with profiles.manager.unlock(profiles.name, profiles.passphrase) as unlocked:
        Logbook(unlocked.store).entries.add(
            EntryInput(kind=Kind.REFLECTION, occurred_on=date(2025, 2, 1), notes="keep me")
        )
        create_backup(unlocked, tmp_path / "good.lbk")
    doctor(tmp_path / "good.lbk", tmp_path / "bad.lbk", {"database": "other.db"})
    before = file_bytes(profiles.data_dir)
    with pytest.raises(DamagedFile, match="unknown database"):
        restore_backup(profiles.manager, tmp_path / "bad.lbk", profiles.name,
                       passphrase=profiles.passphrase, replace=True)  # fmt: skip
    assert file_bytes(profiles.data_dir) == before


def test_a_profile_moved_aside_by_a_killed_restore_comes_back(profiles: Profiles) -> None:
    folder = profiles.folder
    folder.rename(folder.with_name(REPLACED_PREFIX + folder.name))
    assert [p.name for p in profiles.manager.list()] == [profiles.name]
    profiles.manager.unlock(profiles.name, profiles.passphrase).lock()


def test_restore_cures_a_damaged_profile(profiles: Profiles, tmp_path: Path) -> None:
    with profiles.manager.unlock(profiles.name, profiles.passphrase) as unlocked:
        create_backup(unlocked, tmp_path / "b.lbk")
    (profiles.folder / "vault.json").write_text("{bad")
    restore_backup(profiles.manager, tmp_path / "b.lbk", profiles.name,
                   passphrase=profiles.passphrase, replace=True)  # fmt: skip
    profiles.manager.unlock(profiles.name, profiles.passphrase).lock()
    (profiles.folder / "vault.json").unlink()
    restore_backup(profiles.manager, tmp_path / "b.lbk", profiles.name,
                   passphrase=profiles.passphrase, replace=True)  # fmt: skip
    profiles.manager.unlock(profiles.name, profiles.passphrase).lock()


@pytest.mark.parametrize(
    "params",
    [KdfParams(8 * 1024 * 1024, 3, 4), KdfParams(65536, 10_000, 4), KdfParams(65536, 3, 1000)],
)
def test_absurd_kdf_settings_are_refused_before_deriving(params: KdfParams) -> None:
    with pytest.raises(Refused, match="larger than the app accepts"):
        params.check_allowed()


def test_usage_errors_do_not_echo_what_was_typed(
    profiles: Profiles, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["--data-dir", str(profiles.data_dir), "entry", "add", "--note", "x",
                 "secret", "words"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 2
    assert "secret" not in err and "words" not in err
    assert "unexpected" in err
    shutil.rmtree(profiles.data_dir, ignore_errors=True)
