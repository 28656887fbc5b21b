"""Index the timeline's order (date, time, id), so a page is read without sorting every entry.

The index on deleted_at goes: almost no entry is deleted, yet without statistics SQLite chose
it for `deleted_at IS NULL` and then sorted all 10,000 entries (100 ms a page).

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_entry_timeline", "entry", ["occurred_on", "occurred_time", "id"])
    op.drop_index("ix_entry_deleted_at", table_name="entry")


def downgrade() -> None:
    op.create_index("ix_entry_deleted_at", "entry", ["deleted_at"])
    op.drop_index("ix_entry_timeline", table_name="entry")
