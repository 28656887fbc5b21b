"""A quarantine for rejected bundles, and held bundles' sizes (the hold is bounded in bytes).

Revision ID: c0002
Revises: c0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c0002"
down_revision = "c0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN with a default: SQLite needs no table copy for it, and held bundles
    # may already be gigabytes (issue 11).
    op.add_column(
        "held_bundle", sa.Column("size", sa.Integer(), server_default="0", nullable=False)
    )
    op.execute("UPDATE held_bundle SET size = length(data)")
    op.create_table(
        "quarantine",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=16), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )
    op.create_index(op.f("ix_quarantine_received_at"), "quarantine", ["received_at"])
    # Apps from before migrations check this number and refuse the database from now on.
    op.execute("UPDATE coordinator_meta SET value = '2' WHERE key = 'schema'")


def downgrade() -> None:
    op.drop_index(op.f("ix_quarantine_received_at"), table_name="quarantine")
    op.drop_table("quarantine")
    with op.batch_alter_table("held_bundle") as batch:
        batch.drop_column("size")
    op.execute("UPDATE coordinator_meta SET value = '1' WHERE key = 'schema'")
