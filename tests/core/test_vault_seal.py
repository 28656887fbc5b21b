"""vault.json (issue 11, item 7): every damaged field is a named, exit-4 error; the fields are
sealed with a key from the database key, so the profile's kind cannot be flipped; old,
unsealed vaults are sealed on their first unlock and cannot be passed off as old later."""

from __future__ import annotations

import json
import os
import shutil
import stat
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from logbook.backup.archive import create_backup, restore_backup
from logbook.errors import DamagedFile, LogbookError
from logbook.records.book import Logbook
from logbook.vault.kinds import VAULT_FILE, ProfileKind
from logbook.vault.profiles import ProfileManager
from tests.conftest import Profiles
from tests.core.test_cli import Cli

FIXTURE = Path(__file__).parent.parent / "fixtures" / "vault-1"
FIXTURE_PASSPHRASE = "fixture passphrase"
FIXTURE_RECOVERY = "2LEB-AXMW-RHZ4-XE6U-JUHS-RG66-KQP2-ZBBN-D7DE-AQOU-ZLHU-7XGT-7YXA"
BASE64_FIELDS = [
    ("kdf", "salt"),
    ("passphrase_key", "nonce"),
    ("passphrase_key", "ciphertext"),
    ("recovery", "salt"),
    ("recovery", "key", "nonce"),
    ("recovery", "key", "ciphertext"),
    ("seal",),
]


@pytest.fixture
def cli(profiles: Profiles, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(profiles, capsys)


def _edit(path: Path, change: Any) -> None:
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))


def _set(data: dict[str, Any], where: tuple[str, ...], value: object) -> None:
    for key in where[:-1]:
        data = data[key]
    data[where[-1]] = value


@pytest.mark.parametrize("where", BASE64_FIELDS, ids=".".join)
@pytest.mark.parametrize("bad", ["not base64!", "QUJD", ""])
def test_a_field_that_is_not_the_right_base64_is_a_named_damaged_file(
    cli: Cli, profiles: Profiles, where: tuple[str, ...], bad: str
) -> None:
    vault = profiles.folder / VAULT_FILE
    _edit(vault, lambda d: _set(d, where, bad))
    code, _, err = cli("entry", "list")
    assert code == 4, err
    assert str(vault) in err and ".".join(where) in err and "internal" not in err


def test_flipping_the_kind_to_coordinator_is_refused_as_tampering(
    cli: Cli, profiles: Profiles, tmp_path: Path
) -> None:
    vault = profiles.folder / VAULT_FILE
    _edit(vault, lambda d: _set(d, ("kind",), "coordinator"))
    out = tmp_path / "enrolment.json"
    code, _, err = cli("org", "init", "--name", "Hijack", "--out", str(out))
    assert code == 4, err
    assert "altered" in err and str(vault) in err
    assert not out.exists()


@pytest.mark.parametrize(
    "where, value",
    [
        (("created_at",), "2020-01-01T00:00:00Z"),
        (("kdf", "test"), False),
        (("vault_id",), "0" * 32),
        (("database",), "other.db"),
        (("kdf", "memory_kib"), 1),  # below Argon2's 8 KiB per lane
        (("kdf", "lanes"), 64),
    ],
    ids=lambda v: str(v),
)
def test_any_other_changed_field_is_refused(
    profiles: Profiles, where: tuple[str, ...], value: object
) -> None:
    _edit(profiles.folder / VAULT_FILE, lambda d: _set(d, where, value))
    with pytest.raises(LogbookError) as err:
        profiles.manager.unlock(profiles.name, profiles.passphrase)
    assert err.value.exit_code in (1, 3, 4)  # never opened, whatever the field


def test_a_sealed_vault_passed_off_as_unsealed_is_refused(profiles: Profiles) -> None:
    """Strip the seal, claim the old format, flip the kind: the database knows better."""

    def downgrade(d: dict[str, Any]) -> None:
        d.pop("seal")
        d["format"] = "logbook.vault/1"
        d["kind"] = "coordinator"

    vault = profiles.folder / VAULT_FILE
    _edit(vault, downgrade)
    before = vault.read_bytes()
    with pytest.raises(DamagedFile, match="altered"):
        profiles.manager.unlock(profiles.name, profiles.passphrase)
    with pytest.raises(DamagedFile, match="altered"):
        profiles.manager.change_passphrase(profiles.name, profiles.passphrase, "another one!")
    with pytest.raises(DamagedFile, match="altered"):
        profiles.manager.recover(profiles.name, profiles.recovery_key, "another one!")
    assert vault.read_bytes() == before


def _fixture_manager(tmp_path: Path) -> tuple[ProfileManager, Path]:
    manager = ProfileManager(tmp_path / "data")
    shutil.copytree(FIXTURE, manager.folder("Old"))
    return manager, manager.folder("Old") / VAULT_FILE


def test_vault_made_by_the_first_format_is_sealed_on_first_unlock(tmp_path: Path) -> None:
    manager, vault = _fixture_manager(tmp_path)
    assert json.loads(vault.read_text())["format"] == "logbook.vault/1"
    with manager.unlock("Old", FIXTURE_PASSPHRASE) as opened:
        assert opened.info.kind is ProfileKind.VOLUNTEER
        assert [m.code for m in Logbook(opened.store).matches.list()] == ["M-0007"]
    upgraded = json.loads(vault.read_text())
    assert upgraded["format"] == "logbook.vault/2" and len(upgraded["seal"]) == 44
    # Written as every vault is: private, complete, no temporary file left beside it.
    assert stat.S_IMODE(vault.stat().st_mode) == 0o600
    assert sorted(p.name for p in vault.parent.iterdir()) == ["logbook.db", VAULT_FILE]
    # Both secrets still open it, and the seal now guards the kind.
    manager.unlock("Old", FIXTURE_PASSPHRASE).lock()
    new_key = manager.recover("Old", FIXTURE_RECOVERY, "a brand new passphrase")
    manager.unlock("Old", "a brand new passphrase").lock()
    assert new_key != FIXTURE_RECOVERY
    _edit(vault, lambda d: _set(d, ("kind",), "coordinator"))
    with pytest.raises(DamagedFile, match="altered"):
        manager.unlock("Old", "a brand new passphrase")


def test_first_format_vault_is_sealed_by_a_passphrase_change_too(tmp_path: Path) -> None:
    manager, vault = _fixture_manager(tmp_path)
    manager.change_passphrase("Old", FIXTURE_PASSPHRASE, "a brand new passphrase")
    assert json.loads(vault.read_text())["format"] == "logbook.vault/2"
    with manager.unlock("Old", "a brand new passphrase") as opened:
        assert [m.code for m in Logbook(opened.store).matches.list()] == ["M-0007"]


def test_backup_whose_vault_kind_was_flipped_is_not_restored(
    profiles: Profiles, tmp_path: Path
) -> None:
    import io
    import tarfile

    with profiles.manager.unlock(profiles.name, profiles.passphrase) as opened:
        create_backup(opened, tmp_path / "good.lbk")
    doctored = tmp_path / "doctored.lbk"
    with (
        tarfile.open(tmp_path / "good.lbk") as src,
        tarfile.open(doctored, "w", format=tarfile.PAX_FORMAT) as dst,
    ):
        for member in src.getmembers():
            data = src.extractfile(member).read()  # type: ignore[union-attr]
            if member.name == VAULT_FILE:
                vault = json.loads(data)
                vault["kind"] = "coordinator"
                data = json.dumps(vault).encode()
                member.size = len(data)
            dst.addfile(member, io.BytesIO(data))
    with pytest.raises(DamagedFile, match="altered"):
        restore_backup(profiles.manager, doctored, "Copy", passphrase=profiles.passphrase)
    assert not profiles.manager.folder("Copy").exists()
    assert [p.name for p in profiles.manager.root.iterdir()] == [profiles.name]


def _leaves(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(data, dict):
        return [leaf for key, value in data.items() for leaf in _leaves(value, (*path, key))]
    return [path]


junk = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=80),
    st.lists(st.integers(), max_size=3), st.dictionaries(st.text(max_size=5), st.integers()),
)  # fmt: skip


@settings(
    max_examples=int(os.environ.get("LOGBOOK_VAULT_EXAMPLES", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_any_mutated_vault_is_a_plain_error_or_changes_nothing(
    profiles: Profiles, data: st.DataObject
) -> None:
    vault = profiles.folder / VAULT_FILE
    original = vault.read_bytes()
    try:
        parsed = json.loads(original)
        how = data.draw(st.sampled_from(["leaf", "drop", "bytes"]))
        if how == "bytes":
            raw = bytearray(original)
            for _ in range(data.draw(st.integers(1, 4))):
                raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
            mutated = bytes(raw)
        else:
            where = data.draw(st.sampled_from(_leaves(parsed)))
            if how == "leaf":
                _set(parsed, where, data.draw(junk))
            else:
                target = parsed
                for key in where[:-1]:
                    target = target[key]
                del target[where[-1]]
            mutated = json.dumps(parsed).encode()
        vault.write_bytes(mutated)
        try:
            with profiles.manager.unlock(profiles.name, profiles.passphrase) as opened:
                # Opened: only if the change meant nothing (e.g. the same value respelled).
                assert opened.info.kind is ProfileKind.VOLUNTEER
        except LogbookError as exc:
            assert exc.exit_code in (1, 3, 4)
    finally:
        vault.write_bytes(original)
