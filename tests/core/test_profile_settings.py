"""Profile settings are one typed registry: every stored key is in it, the database URL is
a secret, and what existing profiles hold reads back as it always meant."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from logbook import profile_settings
from logbook.coordinator.dashboard import NO_CONTACT_WEEKS as DASHBOARD_NO_CONTACT_WEEKS
from logbook.db.models import Setting
from logbook.db.settings import get_setting, read_setting, set_setting
from logbook.profile_settings import (
    AUTO_SEND,
    COORDINATOR_DB_URL,
    EPOCH,
    SETTINGS,
    SHARE_WELLBEING,
    SYNC_FOLDER,
    Content,
    ProfileSetting,
    number,
)
from logbook.records.dto import EntryInput
from logbook.records.values import Kind
from logbook.vault.profiles import UnlockedProfile
from logbook.volunteer import Volunteer
from tests.organisation import Org


def stored(profile: UnlockedProfile) -> dict[str, str]:
    with profile.store.session() as s:
        return {row.key: row.value for row in s.scalars(select(Setting))}


def test_every_key_a_volunteer_profile_stores_is_registered(
    profile: UnlockedProfile, org: Org, tmp_path: Path
) -> None:
    volunteer = Volunteer(profile.store)
    volunteer.membership.enroll(org.enrolment, org.fingerprint)
    volunteer.membership.set_share_wellbeing(True)
    volunteer.delivery.set_folder(tmp_path)
    volunteer.matches.add("M-0001", "Ann", date(2024, 1, 1))
    volunteer.entries.add(
        EntryInput(kind=Kind.VISIT, occurred_on=date(2024, 2, 1), match_code="M-0001", minutes=30)
    )
    volunteer.sync.run(automatic=False)  # seals (epoch, sequence) and turns auto-send on
    volunteer.matches.erase("M-0001")  # compaction pending, then done
    keys = stored(profile)
    assert {"vault_sealed", "auto_send", "share_wellbeing", "sync_folder", "bundle_sequence"} <= (
        set(keys)
    )
    assert set(keys) <= set(SETTINGS)


def test_only_the_database_url_is_secret() -> None:
    assert COORDINATOR_DB_URL.content is Content.SECRET
    secrets = {key for key, s in SETTINGS.items() if s.content is Content.SECRET}
    assert secrets == {"coordinator_db_url"}


def test_a_key_cannot_be_registered_twice() -> None:
    with pytest.raises(ValueError, match="registered twice"):
        number("epoch", "Epoch", 1)
    assert SETTINGS["epoch"] is EPOCH


def test_a_setting_outside_the_registry_is_refused(profile: UnlockedProfile) -> None:
    stray = ProfileSetting("stray", 0, Content.STRUCTURED, "Stray", int, str)
    with pytest.raises(KeyError, match="not a registered"), profile.store.session() as s:
        read_setting(s, stray)
    assert "stray" not in stored(profile)


def test_what_existing_profiles_hold_reads_as_before_and_is_written_the_same(
    profile: UnlockedProfile, tmp_path: Path
) -> None:
    store = profile.store
    assert store.read(AUTO_SEND) is None and store.read(SYNC_FOLDER) is None
    assert store.read(EPOCH) == 1 and store.read(SHARE_WELLBEING) is False
    with store.session() as s:  # as the code before the registry wrote them
        set_setting(s, "auto_send", "0")
        set_setting(s, "share_wellbeing", "1")
        set_setting(s, "sync_folder", str(tmp_path))
        set_setting(s, "epoch", "1764000000000")
    assert store.read(AUTO_SEND) is False and store.read(SHARE_WELLBEING) is True
    assert store.read(SYNC_FOLDER) == tmp_path and store.read(EPOCH) == 1764000000000
    store.write(AUTO_SEND, True)
    store.write(SYNC_FOLDER, None)
    store.write(COORDINATOR_DB_URL, None)
    with store.session() as s:
        assert get_setting(s, "auto_send", "?") == "1"
        assert get_setting(s, "sync_folder", "?") == ""
        assert get_setting(s, "coordinator_db_url", "?") == ""


def test_the_no_contact_default_is_the_dashboards() -> None:
    assert profile_settings.NO_CONTACT_WEEKS.default == DASHBOARD_NO_CONTACT_WEEKS
