"""Devices' fingerprint confirmations, alert acknowledgements, the import history, ended
matches.

Revision ID: c0004
Revises: c0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c0004"
down_revision = "c0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("device", sa.Column("confirmed_at", sa.DateTime(), nullable=True))
    # Approval always needed the fingerprint to match, so every device ever approved (revoked
    # ones included, found by their audit line) had it confirmed.
    op.execute(
        "UPDATE device SET confirmed_at = changed_at WHERE status = 'approved' OR id IN "
        "(SELECT subject FROM audit WHERE action = 'approve' AND result = 'approved')"
    )
    op.add_column("assignment", sa.Column("ended_on", sa.Date(), nullable=True))
    op.create_table(
        "alert_ack",
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("subject", sa.String(length=64), nullable=False),
        sa.Column("state", sa.String(length=300), nullable=False),
        sa.Column("by", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "import_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("device_id", sa.String(length=16), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("weeks", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_import_log_at"), "import_log", ["at"])
    op.execute("UPDATE coordinator_meta SET value = '4' WHERE key = 'schema'")


def downgrade() -> None:
    op.drop_index(op.f("ix_import_log_at"), table_name="import_log")
    op.drop_table("import_log")
    op.drop_table("alert_ack")
    with op.batch_alter_table("assignment") as batch:
        batch.drop_column("ended_on")
    with op.batch_alter_table("device") as batch:
        batch.drop_column("confirmed_at")
    op.execute("UPDATE coordinator_meta SET value = '3' WHERE key = 'schema'")
