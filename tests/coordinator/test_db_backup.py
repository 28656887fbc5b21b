"""The coordinator database's own backup: opens only with the organisation's key, restores
into an empty database of either kind, and refuses what it should."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from logbook.coordinator.database import set_database_url
from logbook.coordinator.db_backup import restore_database
from logbook.coordinator.service import Coordinator
from logbook.errors import DamagedFile, Refused
from logbook.org.key_backup import decrypt_backup
from logbook.org.organisation import OrganisationService
from logbook.vault.kinds import ProfileKind
from logbook.vault.profiles import ProfileManager, UnlockedProfile
from tests.conftest import PASSPHRASE
from tests.coordinator.conftest import Volunteer, data_rows, week
from tests.organisation import Org
from tests.server.harness import postgres_schema


@pytest.fixture(params=["sqlcipher", "postgresql"])
def elsewhere(
    request: pytest.FixtureRequest, org: Org, tmp_path: Path
) -> Iterator[UnlockedProfile]:
    """A new coordinator profile with the organisation restored from its key backup, its
    database empty: the profile's own file, or a fresh PostgreSQL schema."""
    manager = ProfileManager(tmp_path / "new-office")
    manager.create("New office", PASSPHRASE, ProfileKind.COORDINATOR)
    keys = decrypt_backup(org.service.key_backup("p" * 12), "p" * 12)
    with ExitStack() as stack:
        profile = stack.enter_context(manager.unlock("New office", PASSPHRASE))
        OrganisationService(profile.store).restore(keys)
        if request.param == "postgresql":
            # A schema of its own through psycopg (`work` has the public schema, via pg8000):
            # the backup moves between the two drivers.
            set_database_url(profile.store, stack.enter_context(postgres_schema()))
        yield profile


def test_backup_restores_every_row_into_an_empty_database(
    work: Coordinator, approved: Volunteer, elsewhere: UnlockedProfile
) -> None:
    for sequence, name in ((2, "2026-W02"), (3, "2026-W03")):
        work.importer.import_bytes(
            approved.bundle([week(name, "M-0001", "M-0002")], sequence=sequence)
        )
    work.importer.import_bytes(
        Volunteer(Ed25519PrivateKey.generate(), approved.org).bundle([week("2026-W04", "M-0009")])
    )  # a held bundle, with its bytes
    out = io.BytesIO()
    written = work.backup_database(out)
    data = out.getvalue()
    assert b"M-0001" not in data  # encrypted
    with Coordinator(elsewhere.store) as there:
        counts = there.restore_database(io.BytesIO(data))
        assert counts["week_row"] == 5 and counts["held_bundle"] == 1
        assert {k: v for k, v in written.items() if v} == {k: v for k, v in counts.items() if v}
        assert data_rows(there) == data_rows(work)
        with pytest.raises(Refused, match="already holds data"):
            there.restore_database(io.BytesIO(data))
        # Import carries on there: the same bundle is a replay, a new one imports.
        again = approved.bundle([week("2026-W03", "M-0001", "M-0002")], sequence=3)
        assert there.importer.import_bytes(again).status == "already"
        new = approved.bundle([week("2026-W05", "M-0001")], sequence=4)
        assert there.importer.import_bytes(new).status == "imported"


def test_only_the_organisations_key_opens_it(work: Coordinator, org: Org) -> None:
    out = io.BytesIO()
    work.backup_database(out)
    data = out.getvalue()
    with pytest.raises(DamagedFile, match="another organisation"):
        restore_database(work.db, io.BytesIO(data), [pyrage.x25519.Identity.generate()])
    with pytest.raises(DamagedFile):
        restore_database(work.db, io.BytesIO(data[:-10]), org.service.identities())


def test_a_backup_cut_short_restores_nothing(
    work: Coordinator, volunteer: Volunteer, elsewhere: UnlockedProfile
) -> None:
    from tests.coordinator.test_held_limits import padded

    for sequence in range(1, 11):  # held, 20 KiB each: well past age's first 64 KiB chunk
        assert work.importer.import_bytes(padded(volunteer, sequence, 16)).status == "held"
    out = io.BytesIO()
    work.backup_database(out)
    data = out.getvalue()
    assert len(data) > 2 * 65536
    with Coordinator(elsewhere.store) as there:
        with pytest.raises(DamagedFile):
            there.restore_database(io.BytesIO(data[: len(data) // 2]))
        assert all(not rows for rows in data_rows(there).values())  # rolled back whole
        assert there.restore_database(io.BytesIO(data))["held_bundle"] == 10
