"""Schema upgrades: a file made by each released schema opens and is upgraded, copied first."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from logbook.db.migrate import HEAD, current_revision, head_revision
from logbook.errors import Refused
from logbook.records.book import Logbook
from logbook.vault.profiles import ProfileManager
from tests.conftest import Profiles, file_bytes

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def fixture_profile(tmp_path: Path, schema: str) -> ProfileManager:
    target = tmp_path / "profiles" / "Fixture"
    shutil.copytree(FIXTURES / f"schema-{schema}", target)
    return ProfileManager(tmp_path)


def test_schema_0001_file_is_upgraded_with_its_records_intact(tmp_path: Path) -> None:
    manager = fixture_profile(tmp_path, "0001")
    with manager.unlock("Fixture", "fixture passphrase") as unlocked:
        assert current_revision(unlocked.store.engine) == head_revision()
        book = Logbook(unlocked.store)
        (match,) = book.matches.list()
        assert (match.code, match.display_name) == ("M-0001", "Fixture Person")
        entries = book.entries.list().entries
        assert [e.kind.value for e in entries] == ["reflection", "conversation", "visit"]
        visit = entries[-1]
        assert visit.place == "Community centre" and visit.activities == ("games",)
        assert [h.entry.id for h in book.search.search("dominoes")] == [visit.id]
        (concern,) = book.concerns.list()
        assert concern.reported and concern.seen_or_said.startswith('"I have not eaten')
        assert [m.score.total for m in book.measures.list()] == [8, 18]
        assert unlocked.store.integrity_problems() == []
        with unlocked.store.engine.connect() as conn:
            names = {r[1] for r in conn.execute(text("PRAGMA index_list(entry)"))}
        assert "ix_entry_match_date" in names
    # The copy made before migrating is removed once the upgrade is known good, so it can
    # never outlive a later erasure.
    assert not list((tmp_path / "profiles" / "Fixture").glob("*.before-*"))


def test_current_schema_is_not_copied_again(profiles: Profiles) -> None:
    profiles.manager.unlock(profiles.name, profiles.passphrase).lock()
    assert not list(profiles.folder.glob("*.before-*"))


def test_file_from_a_newer_app_is_refused_and_left_alone(profiles: Profiles) -> None:
    with profiles.manager.unlock(profiles.name, profiles.passphrase) as unlocked:
        with unlocked.store.session() as s:
            s.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        with unlocked.store.engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    before = file_bytes(profiles.folder)
    with pytest.raises(Refused, match="newer version"):
        profiles.manager.unlock(profiles.name, profiles.passphrase)
    after = file_bytes(profiles.folder)
    assert after["logbook.db"] == before["logbook.db"]
    assert after["vault.json"] == before["vault.json"]


def test_fixture_records_stay_editable_after_upgrade(tmp_path: Path) -> None:
    manager = fixture_profile(tmp_path, "0001")
    with manager.unlock("Fixture", "fixture passphrase") as unlocked:
        book = Logbook(unlocked.store)
        book.matches.end("M-0001", date(2025, 6, 1))
        assert book.matches.get("M-0001").end_date == date(2025, 6, 1)


def test_the_quick_head_check_matches_alembics_head() -> None:
    assert head_revision() == HEAD, "update HEAD in logbook/db/migrate.py with each migration"


def test_migrations_build_exactly_the_schema_the_models_describe(profiles: Profiles) -> None:
    """A column or index added to models.py without a migration fails here."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from logbook.db.models import Base

    with profiles.manager.unlock(profiles.name, profiles.passphrase) as unlocked:
        with unlocked.store.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # FTS5 tables live outside the models on purpose (created by migration 0001).
    diff = [d for d in diff if not (d[0] == "remove_table" and "fts" in d[1].name)]
    assert diff == []
