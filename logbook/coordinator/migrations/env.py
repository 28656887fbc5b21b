"""Alembic environment: runs on a connection handed in by logbook.coordinator.migrate."""

from __future__ import annotations

from alembic import context

from logbook.coordinator.migrate import VERSION_TABLE
from logbook.coordinator.schema import CoordinatorBase

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=CoordinatorBase.metadata,
    # Its own version table: the coordinator tables share the profile's SQLCipher file with
    # the volunteer schema (whose `alembic_version` this must never touch), or a PostgreSQL
    # database with whatever else lives there.
    version_table=VERSION_TABLE,
    render_as_batch=True,  # SQLite alters tables by copying them
)
with context.begin_transaction():
    context.run_migrations()
