"""PostgreSQL for the coordinator's tests, through pg8000: the driver the built app ships."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, make_url, text

from tests.server.harness import postgres_url_or_skip


def pg8000_url() -> str:
    """The test database (the mailbox tests reach it with psycopg) through pg8000."""
    url = make_url(postgres_url_or_skip()).set(drivername="postgresql+pg8000")
    return url.render_as_string(hide_password=False)


@contextmanager
def coordinator_postgres() -> Iterator[str]:
    """The test database's default schema, emptied before and after, as a pg8000 URL.

    pg8000 takes no `options` in a URL, so these tests cannot each have a schema of their own
    as the mailbox's do: they have the public schema (the mailbox's tests never use it).
    """
    url = pg8000_url()
    admin = create_engine(url)

    def empty() -> None:
        with admin.begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))

    empty()
    try:
        yield url
    finally:
        empty()
        admin.dispose()
