"""Profiles and vaults: create, unlock, passphrase change, recovery, damage and deletion."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from logbook.errors import BadSecret, DamagedFile, InvalidValue, NotFound, Refused
from logbook.vault import kdf
from logbook.vault.profiles import ProfileManager
from logbook.vault.vaultfile import VAULT_FILE, ProfileKind
from tests.conftest import Profiles, file_bytes


def test_new_profile_unlocks_with_its_passphrase(tmp_path: Path) -> None:
    manager = ProfileManager(tmp_path)
    made = manager.create("Sam", "passphrase one")
    assert made.info.kind is ProfileKind.VOLUNTEER
    assert len(made.recovery_key.replace("-", "")) == 52
    with manager.unlock("Sam", "passphrase one") as unlocked:
        assert unlocked.store.integrity_problems() == []
    assert [p.name for p in manager.list()] == ["Sam"]


def test_several_profiles_are_separate(tmp_path: Path) -> None:
    manager = ProfileManager(tmp_path)
    manager.create("Ann", "passphrase ann")
    manager.create("Bob", "passphrase bob", ProfileKind.COORDINATOR)
    assert [(p.name, p.kind) for p in manager.list()] == [
        ("Ann", ProfileKind.VOLUNTEER),
        ("Bob", ProfileKind.COORDINATOR),
    ]
    with pytest.raises(BadSecret):
        manager.unlock("Ann", "passphrase bob")


def test_wrong_passphrase_leaves_files_untouched(profiles: Profiles) -> None:
    before = file_bytes(profiles.folder)
    with pytest.raises(BadSecret, match="Wrong passphrase") as err:
        profiles.manager.unlock(profiles.name, "not the passphrase")
    assert err.value.exit_code == 3
    assert file_bytes(profiles.folder) == before


def test_vault_json_holds_no_key_material_in_clear(profiles: Profiles) -> None:
    vault = json.loads((profiles.folder / VAULT_FILE).read_text())
    assert set(vault) == {
        "format", "vault_id", "kind", "created_at", "database", "kdf", "passphrase_key",
        "recovery", "seal",
    }  # fmt: skip
    assert profiles.passphrase not in json.dumps(vault)


def test_change_passphrase_rewraps_and_old_one_stops_working(profiles: Profiles) -> None:
    profiles.manager.change_passphrase(profiles.name, profiles.passphrase, "a new passphrase")
    with pytest.raises(BadSecret):
        profiles.manager.unlock(profiles.name, profiles.passphrase)
    profiles.manager.unlock(profiles.name, "a new passphrase").lock()


def test_change_passphrase_with_wrong_old_one_changes_nothing(profiles: Profiles) -> None:
    before = file_bytes(profiles.folder)
    with pytest.raises(BadSecret):
        profiles.manager.change_passphrase(profiles.name, "wrong old one", "a new passphrase")
    assert file_bytes(profiles.folder) == before


def test_short_passphrase_is_refused_naming_the_field(tmp_path: Path) -> None:
    with pytest.raises(InvalidValue, match="passphrase: must be at least 8"):
        ProfileManager(tmp_path).create("Sam", "short")
    assert not (tmp_path / "profiles" / "Sam").exists()


def test_recovery_key_sets_a_new_passphrase_and_is_replaced(profiles: Profiles) -> None:
    new_key = profiles.manager.recover(profiles.name, profiles.recovery_key, "brand new words")
    assert new_key != profiles.recovery_key
    profiles.manager.unlock(profiles.name, "brand new words").lock()
    with pytest.raises(BadSecret, match="recovery key"):
        profiles.manager.recover(profiles.name, profiles.recovery_key, "another passphrase")
    profiles.manager.recover(profiles.name, new_key.lower().replace("-", " "), "third one!")


@pytest.mark.parametrize("bad", ["", "ABCD", "!!!!-????", "A" * 52 + "BB"])
def test_malformed_recovery_key_is_refused_plainly(profiles: Profiles, bad: str) -> None:
    before = file_bytes(profiles.folder)
    with pytest.raises(BadSecret, match="not a recovery key|Wrong recovery key"):
        profiles.manager.recover(profiles.name, bad, "new passphrase")
    assert file_bytes(profiles.folder) == before


@pytest.mark.parametrize(
    ("damage", "says"),
    [
        (lambda raw: b"", "not valid JSON"),
        (lambda raw: raw[: len(raw) // 2], "not valid JSON"),
        (lambda raw: b"\xff\xfe garbage", "not valid JSON"),
        (lambda raw: raw.replace(b'"kind": "volunteer"', b'"kind": "admin"'), "kind"),
        (lambda raw: raw.replace(b'"salt"', b'"sugar"', 1), "kdf"),
        (lambda raw: b"[1, 2, 3]", "top level"),
    ],
)
def test_damaged_vault_json_is_named_and_left_untouched(
    profiles: Profiles, damage: Callable[[bytes], bytes], says: str
) -> None:
    path = profiles.folder / VAULT_FILE
    path.write_bytes(damage(path.read_bytes()))
    before = file_bytes(profiles.folder)
    with pytest.raises(DamagedFile, match=says) as err:
        profiles.manager.unlock(profiles.name, profiles.passphrase)
    assert str(path) in err.value.message
    assert err.value.exit_code == 4
    assert file_bytes(profiles.folder) == before


def test_wrapped_key_from_another_slot_does_not_open(profiles: Profiles) -> None:
    """AES-GCM's associated data binds each wrapping to its purpose."""
    path = profiles.folder / VAULT_FILE
    vault = json.loads(path.read_text())
    vault["passphrase_key"] = vault["recovery"]["key"]
    path.write_text(json.dumps(vault))
    with pytest.raises(BadSecret):
        profiles.manager.unlock(profiles.name, profiles.passphrase)


def test_missing_database_is_reported(profiles: Profiles) -> None:
    (profiles.folder / "logbook.db").unlink()
    with pytest.raises(DamagedFile, match="missing"):
        profiles.manager.unlock(profiles.name, profiles.passphrase)


def test_test_kdf_vault_is_refused_outside_test_mode(
    profiles: Profiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(kdf.TEST_KDF_ENV)
    with pytest.raises(Refused, match="test-only"):
        profiles.manager.unlock(profiles.name, profiles.passphrase)


def test_real_kdf_profile_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Once per run with the calibrated Argon2id, as the app does it."""
    monkeypatch.delenv(kdf.TEST_KDF_ENV)
    manager = ProfileManager(tmp_path)
    manager.create("Real", "a real passphrase")
    vault = json.loads((tmp_path / "profiles" / "Real" / VAULT_FILE).read_text())
    assert vault["kdf"]["test"] is False
    assert vault["kdf"]["memory_kib"] >= 65536 and vault["kdf"]["iterations"] >= 3
    manager.unlock("Real", "a real passphrase").lock()


@pytest.mark.parametrize("name", ["", "   ", ".hidden", "a/b", "../up", "x" * 65, "tab\tname"])
def test_bad_profile_names_are_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(InvalidValue, match="profile name"):
        ProfileManager(tmp_path).create(name, "passphrase one")
    assert not any(tmp_path.rglob("vault.json"))


def test_existing_profile_is_not_overwritten(profiles: Profiles) -> None:
    before = file_bytes(profiles.folder)
    with pytest.raises(Refused, match="already exists"):
        profiles.manager.create(profiles.name, "another passphrase")
    assert file_bytes(profiles.folder) == before


def test_delete_and_unknown_profile(profiles: Profiles) -> None:
    profiles.manager.delete(profiles.name)
    assert profiles.manager.list() == []
    with pytest.raises(NotFound, match="no profile named"):
        profiles.manager.unlock(profiles.name, profiles.passphrase)


def test_files_are_private_to_the_owner(profiles: Profiles) -> None:
    for path in [profiles.folder, *profiles.folder.iterdir()]:
        assert path.stat().st_mode & 0o077 == 0, path


def test_half_made_profile_folders_are_not_listed(profiles: Profiles) -> None:
    shutil.copytree(profiles.folder, profiles.manager.root / ".creating-abc")
    assert [p.name for p in profiles.manager.list()] == [profiles.name]
