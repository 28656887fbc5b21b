"""Locking really drops the key: after lock, nothing in the process still holds it."""

from __future__ import annotations

import gc
import types
import weakref
from datetime import date
from pathlib import Path

import pytest

from logbook.errors import LogbookError
from logbook.records.book import Logbook
from logbook.records.dto import EntryInput
from logbook.records.values import Kind
from logbook.vault.keys import db_key_from_passphrase
from logbook.vault.kinds import VAULT_FILE
from logbook.vault.profiles import ProfileManager
from logbook.vault.vaultfile import load_vault
from logbook.volunteer import Volunteer
from tests.organisation import Org

PASSPHRASE = "a passphrase for this test alone"


def holders(key: bytes) -> list[object]:
    """Every object (frames aside: this test's own) that refers to bytes equal to `key`.
    Plain loops: a comprehension would close over `key` in a cell of its own."""
    gc.collect()
    found = []
    for o in gc.get_objects():
        if isinstance(o, types.FrameType):
            continue
        for r in gc.get_referents(o):
            if type(r) is bytes and r == key:
                found.append(o)
                break
    return found


def test_after_lock_no_object_holds_the_database_key(tmp_path: Path) -> None:
    # A profile of its own: a key no other test's profile shares.
    manager = ProfileManager(tmp_path)
    manager.create("Alone", PASSPHRASE)
    folder = manager.folder("Alone")
    key = db_key_from_passphrase(load_vault(folder / VAULT_FILE), PASSPHRASE)
    assert holders(key) == []  # creating the profile left nothing behind either

    profile = manager.unlock("Alone", PASSPHRASE)
    Logbook(profile.store).matches.add("M-0001", "Ann", date(2024, 1, 1))  # ORM caches filled
    assert holders(key) != []  # while unlocked it is held: the test can see it
    engine = weakref.ref(profile.store.engine)

    profile.lock()
    assert holders(key) == []
    assert engine() is None
    with pytest.raises(LogbookError, match="The profile is locked"):
        Logbook(profile.store).matches.list()


def test_the_volunteer_facade_kept_alive_holds_no_key_after_lock(tmp_path: Path, org: Org) -> None:
    manager = ProfileManager(tmp_path)
    manager.create("Sharing", PASSPHRASE)
    key = db_key_from_passphrase(load_vault(manager.folder("Sharing") / VAULT_FILE), PASSPHRASE)
    profile = manager.unlock("Sharing", PASSPHRASE)
    volunteer = Volunteer(profile.store)  # kept, as the app's work area keeps it until deleted
    volunteer.membership.enroll(org.enrolment, org.fingerprint)
    volunteer.matches.add("M-0001", "Ann", date(2024, 1, 1))
    volunteer.entries.add(
        EntryInput(kind=Kind.VISIT, occurred_on=date(2024, 2, 1), match_code="M-0001", minutes=30)
    )
    shared = tmp_path / "shared"
    shared.mkdir()
    volunteer.delivery.set_folder(shared)
    assert len(volunteer.sync.run(automatic=False).delivery.delivered) == 1
    engine = weakref.ref(profile.store.engine)

    profile.lock()
    assert holders(key) == []
    assert engine() is None
    with pytest.raises(LogbookError, match="The profile is locked"):
        volunteer.sync.run(automatic=True)
