"""Index entries by match and date, for weekly summaries and a match's history.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_entry_match_date", "entry", ["match_id", "occurred_on"])


def downgrade() -> None:
    op.drop_index("ix_entry_match_date", table_name="entry")
