"""The coordinator database: where it lives, a newer one refused, an unreachable one said
plainly, and the pure-Python PostgreSQL driver the desktop app carries."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from logbook.coordinator.database import (
    connect,
    database_url,
    normalise_url,
    open_coordinator_db,
    set_database_url,
)
from logbook.coordinator.migrate import VERSION_TABLE
from logbook.coordinator.schema import CoordinatorBase
from logbook.coordinator.service import Coordinator
from logbook.errors import InvalidValue, Refused
from logbook.vault.profiles import UnlockedProfile
from tests.coordinator.conftest import Volunteer, week
from tests.organisation import Org
from tests.server.harness import postgres_url_or_skip


def test_urls_are_checked(coordinator: UnlockedProfile) -> None:
    with pytest.raises(InvalidValue, match="postgresql://"):
        normalise_url("sqlite:///x.db")
    assert normalise_url("postgresql+pg8000://u@h/d") == "postgresql+pg8000://u@h/d"
    assert normalise_url("postgresql://u@h/d").startswith(
        ("postgresql+psycopg://", "postgresql+pg8000://")
    )
    with pytest.raises(Refused, match="could not be reached"):
        set_database_url(coordinator.store, "postgresql://nobody:x@127.0.0.1:9/none")
    assert database_url(coordinator.store) is None  # nothing was changed


def test_a_database_from_a_newer_app_is_refused(coordinator: UnlockedProfile) -> None:
    db = open_coordinator_db(coordinator.store)
    with db.session() as s:
        s.execute(text(f"UPDATE {VERSION_TABLE} SET version_num = 'c9999'"))
    with pytest.raises(Refused, match="newer version"):
        open_coordinator_db(coordinator.store)


def test_the_pure_python_driver_imports_too(
    coordinator: UnlockedProfile, org: Org, volunteer: Volunteer
) -> None:
    url = make_url(postgres_url_or_skip()).set(drivername="postgresql+pg8000")
    text = url.render_as_string(hide_password=False)
    engine = create_engine(text)
    drop_all(engine)  # the database's default schema, ours alone now
    try:
        set_database_url(coordinator.store, text)
        with Coordinator(coordinator.store) as work:
            assert work.db.engine.dialect.driver == "pg8000"
            work.importer.import_bytes(volunteer.bundle([week("2026-W01", "M-0001")]))
            work.approve(volunteer.id, "V-01", volunteer.fingerprint)
            [device] = work.devices.list()
            assert device.status == "approved" and device.held == 0
        connect(text).close()
    finally:
        drop_all(engine)
        engine.dispose()


def drop_all(engine: Engine) -> None:
    CoordinatorBase.metadata.drop_all(engine)
    with engine.begin() as conn:
        conn.execute(text(f"DROP TABLE IF EXISTS {VERSION_TABLE}"))


def test_a_plain_postgresql_url_uses_pg8000_even_where_psycopg_is_installed() -> None:
    # The built app has only pg8000; a pip install has psycopg too, and must not differ.
    assert normalise_url("postgresql://office@db.example/logbook").startswith(
        "postgresql+pg8000://"
    )


@pytest.mark.parametrize("driver", ["pg8000", "psycopg"])
@pytest.mark.parametrize(
    "address", ["127.0.0.1:1", "no-such-host.invalid:5432"], ids=["refused", "unknown-host"]
)
def test_an_unreachable_server_is_said_plainly_with_either_driver(
    coordinator: UnlockedProfile, driver: str, address: str
) -> None:
    url = f"postgresql+{driver}://office:secret-pw@{address}/logbook"
    with pytest.raises(Refused, match="could not be reached") as caught:
        set_database_url(coordinator.store, url)
    assert "secret-pw" not in str(caught.value)
    assert database_url(coordinator.store) is None  # nothing kept


@pytest.mark.parametrize("driver", ["pg8000", "psycopg"])
def test_a_wrong_password_is_said_plainly_with_either_driver(
    coordinator: UnlockedProfile, driver: str
) -> None:
    url = make_url(postgres_url_or_skip()).set(
        drivername=f"postgresql+{driver}", password="not-the-password"
    )
    with pytest.raises(Refused, match="could not be reached"):
        set_database_url(coordinator.store, url.render_as_string(hide_password=False))
    assert database_url(coordinator.store) is None
