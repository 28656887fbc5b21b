"""PostgreSQL connections that died while idle in the pool (a database restart): the next
request gets a fresh one; a connection in steady use is not pinged."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text

from logbook.server import storage
from logbook.server.storage import MailboxStore, StorageUnavailable
from tests.server.harness import postgres_schema, postgres_url_or_skip


@pytest.fixture
def store() -> Iterator[MailboxStore]:
    with postgres_schema() as url:
        opened = MailboxStore(url)
        try:
            yield opened
        finally:
            opened.close()


def count_pings(store: MailboxStore, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    pings: list[object] = []
    ping = store.engine.dialect.do_ping

    def counted(dbapi_conn: object) -> bool:
        pings.append(dbapi_conn)
        return ping(dbapi_conn)

    monkeypatch.setattr(store.engine.dialect, "do_ping", counted)
    return pings


def kill_pooled_connection(store: MailboxStore) -> None:
    """End the server side of the (one) pooled connection, as a restart would."""
    with store.engine.connect() as conn:
        pid = conn.execute(text("SELECT pg_backend_pid()")).scalar_one()
    admin = create_engine(postgres_url_or_skip())
    try:
        with admin.begin() as conn:
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    finally:
        admin.dispose()


def test_a_connection_that_died_while_idle_is_replaced(
    store: MailboxStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storage, "IDLE_PING_SECONDS", 0.0)  # every connection counts as idle
    kill_pooled_connection(store)
    pings = count_pings(store, monkeypatch)
    assert store.device("D-AAAAAAAAAA") is None  # answered, on a new connection
    assert pings


def test_a_connection_in_use_is_not_pinged_and_a_dead_one_fails_once(
    store: MailboxStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storage, "IDLE_PING_SECONDS", 3600.0)
    kill_pooled_connection(store)
    pings = count_pings(store, monkeypatch)
    # Not pinged: the dead connection fails this request (a 503, nothing stored) and the
    # pool is dropped, so the next request works.
    with pytest.raises(StorageUnavailable):
        store.device("D-AAAAAAAAAA")
    assert store.device("D-AAAAAAAAAA") is None
    assert pings == []
