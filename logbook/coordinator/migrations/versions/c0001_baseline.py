"""Baseline: the coordinator schema as `create_all` made it before migrations existed.

Revision ID: c0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "assignment",
        sa.Column("match_code", sa.String(length=32), nullable=False),
        sa.Column("volunteer", sa.String(length=32), nullable=False),
        sa.Column("assigned_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("match_code"),
    )
    op.create_index(op.f("ix_assignment_volunteer"), "assignment", ["volunteer"], unique=False)
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("subject", sa.String(length=64), nullable=False),
        sa.Column("result", sa.String(length=16), nullable=False),
        sa.Column("detail", sa.String(length=300), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_audit_at"), "audit", ["at"], unique=False)
    op.create_table(
        "coordinator_meta",
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "device",
        sa.Column("id", sa.String(length=16), nullable=False),
        sa.Column("public_key", sa.String(length=64), nullable=False),
        sa.Column("fingerprint", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("volunteer", sa.String(length=32), nullable=True),
        sa.Column("first_seen", sa.DateTime(), nullable=False),
        sa.Column("last_seen", sa.DateTime(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("status IN ('pending', 'approved', 'revoked')", name="device_status"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_device_status"), "device", ["status"], unique=False)
    op.create_index(op.f("ix_device_volunteer"), "device", ["volunteer"], unique=False)
    op.create_table(
        "device_week",
        sa.Column("device_id", sa.String(length=16), nullable=False),
        sa.Column("week", sa.String(length=8), nullable=False),
        sa.Column("epoch", sa.BigInteger(), nullable=False),
        sa.Column("sequence", sa.BigInteger(), nullable=False),
        sa.Column("wellbeing_mean", sa.Float(), nullable=True),
        sa.Column("wellbeing_count", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("device_id", "week"),
    )
    op.create_table(
        "held_bundle",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=16), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )
    op.create_index(op.f("ix_held_bundle_device_id"), "held_bundle", ["device_id"], unique=False)
    op.create_table(
        "measure_row",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=16), nullable=False),
        sa.Column("week", sa.String(length=8), nullable=False),
        sa.Column("match_code", sa.String(length=32), nullable=False),
        sa.Column("measure", sa.String(length=32), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_measure_row_device_id"), "measure_row", ["device_id"], unique=False)
    op.create_index("ix_measure_row_match", "measure_row", ["match_code", "week"], unique=False)
    op.create_table(
        "receipt",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("device_id", sa.String(length=16), nullable=True),
        sa.Column("epoch", sa.BigInteger(), nullable=True),
        sa.Column("sequence", sa.BigInteger(), nullable=True),
        sa.Column("payload_sha256", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=True),
        sa.Column("flagged", sa.Boolean(), nullable=False),
        sa.Column("weeks", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('imported', 'held', 'conflict', 'rejected')", name="receipt_status"
        ),
        sa.PrimaryKeyConstraint("sha256"),
    )
    op.create_index(
        "ix_receipt_device_order", "receipt", ["device_id", "epoch", "sequence"], unique=False
    )
    op.create_index(op.f("ix_receipt_received_at"), "receipt", ["received_at"], unique=False)
    op.create_table(
        "week_row",
        sa.Column("device_id", sa.String(length=16), nullable=False),
        sa.Column("week", sa.String(length=8), nullable=False),
        sa.Column("match_code", sa.String(length=32), nullable=False),
        sa.Column("visits", sa.Integer(), nullable=False),
        sa.Column("conversations", sa.Integer(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.Column("seemed_mean", sa.Float(), nullable=True),
        sa.Column("seemed_count", sa.Integer(), nullable=True),
        sa.Column("concerns_raised", sa.Integer(), nullable=False),
        sa.Column("concerns_reported", sa.Integer(), nullable=False),
        sa.Column("follow_ups", sa.Integer(), nullable=False),
        sa.Column("flagged", sa.Boolean(), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "week", "match_code"),
    )
    op.create_index("ix_week_row_match", "week_row", ["match_code", "week"], unique=False)
    # Apps from before migrations read this number and refuse a newer one; kept in step.
    op.bulk_insert(
        sa.table("coordinator_meta", sa.column("key"), sa.column("value")),
        [{"key": "schema", "value": "1"}],
    )


def downgrade() -> None:
    for table in ("week_row", "receipt", "measure_row", "held_bundle", "device_week", "device",
                  "coordinator_meta", "audit", "assignment"):  # fmt: skip
        op.drop_table(table)
