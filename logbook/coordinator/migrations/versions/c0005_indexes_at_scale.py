"""Indexes for a hundred times the organisation (issue 15): the dashboard and reports read
only the rows they need, not the whole history.

Indexes only: a database backup is the same file, so SCHEMA_VERSION and
`coordinator_meta.schema` stay at 4 and apps at c0004 still restore this app's backups.

Revision ID: c0005
Revises: c0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "c0005"
down_revision = "c0004"
branch_labels = None
depends_on = None

# The predicates of the partial indexes, as schema.py states them (one text for both).
CONCERNS = "concerns_raised > 0 OR concerns_reported > 0"


def upgrade() -> None:
    # Weeks of a period, the last few weeks, the last year's months.
    op.create_index("ix_week_row_week", "week_row", ["week"])
    # Per match and device, every figure the matches table sums: read from the index alone.
    op.create_index(
        "ix_week_row_match_totals",
        "week_row",
        ["match_code", "device_id", "week", "visits", "conversations", "concerns_raised",
         "concerns_reported", "flagged"],
    )  # fmt: skip
    # Concerns and flagged rows are rare: the alerts find them without a scan.
    op.create_index(
        "ix_week_row_concerns", "week_row", ["match_code", "week"],
        postgresql_where=sa.text(CONCERNS), sqlite_where=sa.text(CONCERNS),
    )  # fmt: skip
    op.create_index(
        "ix_week_row_flagged", "week_row", ["match_code", "device_id"],
        postgresql_where=sa.text("flagged"), sqlite_where=sa.text("flagged = 1"),
    )  # fmt: skip
    # A report's period, and a measure's scores up to it.
    op.create_index("ix_measure_row_week", "measure_row", ["week"])
    op.create_index("ix_measure_row_measure", "measure_row", ["measure", "week"])
    # Gaps per device and epoch, and each device's last import, from the index alone.
    op.drop_index("ix_receipt_device_order", table_name="receipt")
    op.create_index(
        "ix_receipt_device_order", "receipt", ["device_id", "epoch", "sequence", "status"]
    )
    op.create_index("ix_receipt_device_received", "receipt", ["device_id", "status", "received_at"])


def downgrade() -> None:
    op.drop_index("ix_measure_row_measure", table_name="measure_row")
    op.drop_index("ix_measure_row_week", table_name="measure_row")
    op.drop_index("ix_receipt_device_received", table_name="receipt")
    op.drop_index("ix_receipt_device_order", table_name="receipt")
    op.create_index("ix_receipt_device_order", "receipt", ["device_id", "epoch", "sequence"])
    op.drop_index("ix_week_row_flagged", table_name="week_row")
    op.drop_index("ix_week_row_concerns", table_name="week_row")
    op.drop_index("ix_week_row_match_totals", table_name="week_row")
    op.drop_index("ix_week_row_week", table_name="week_row")
