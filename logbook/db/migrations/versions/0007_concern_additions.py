"""Concern follow-up notes and amendments; consent withdrawn per measure and per match.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "concern_addition",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "concern_id",
            sa.Integer(),
            sa.ForeignKey("concern.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("written_on", sa.Date(), nullable=False),
        sa.Column("entered_tz", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_concern_addition_concern_id", "concern_addition", ["concern_id"])
    # Nullable columns: SQLite adds them in place, no table rebuild.
    op.add_column("measure", sa.Column("consent_withdrawn_on", sa.Date(), nullable=True))
    op.add_column("match", sa.Column("measure_consent_withdrawn_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("match") as batch:
        batch.drop_column("measure_consent_withdrawn_on")
    with op.batch_alter_table("measure") as batch:
        batch.drop_column("consent_withdrawn_on")
    op.drop_index("ix_concern_addition_concern_id", table_name="concern_addition")
    op.drop_table("concern_addition")
