"""Contacts by mode in week_row's own columns, filled from each row's `detail` JSON.

Revision ID: c0003
Revises: c0002
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "c0003"
down_revision = "c0002"
branch_labels = None
depends_on = None

# Spelt out, not imported: a migration must keep doing what it did when the app changes.
MODES = ("in_person", "phone", "video", "message", "group")
BATCH = 1000


def upgrade() -> None:
    # Plain ADD COLUMNs with a default: SQLite needs no table copy for them.
    for mode in MODES:
        op.add_column(
            "week_row",
            sa.Column(f"mode_{mode}", sa.Integer(), server_default="0", nullable=False),
        )
    _fill_from_detail()
    # Apps from before migrations check this number and refuse the database from now on.
    op.execute("UPDATE coordinator_meta SET value = '3' WHERE key = 'schema'")


def _fill_from_detail() -> None:
    conn = op.get_bind()
    rows = sa.table(
        "week_row",
        sa.column("device_id"), sa.column("week"), sa.column("match_code"),
        sa.column("detail"), *(sa.column(f"mode_{mode}") for mode in MODES),
    )  # fmt: skip
    update = (
        rows.update()
        .where(
            rows.c.device_id == sa.bindparam("k_device"),
            rows.c.week == sa.bindparam("k_week"),
            rows.c.match_code == sa.bindparam("k_match"),
        )
        .values({f"mode_{mode}": sa.bindparam(f"v_{mode}") for mode in MODES})
    )
    found = conn.execute(
        sa.select(rows.c.device_id, rows.c.week, rows.c.match_code, rows.c.detail)
    ).all()
    changes = []
    for device_id, week, match_code, detail in found:
        counts = dict.fromkeys(MODES, 0)
        # The detail was validated at import (a MatchWeek), so its contacts are well formed.
        for contact in json.loads(detail).get("contacts") or ():
            if contact["mode"] in counts:
                counts[contact["mode"]] += int(contact["count"])
        if any(counts.values()):
            changes.append(
                {"k_device": device_id, "k_week": week, "k_match": match_code,
                 **{f"v_{mode}": n for mode, n in counts.items()}}
            )  # fmt: skip
    for start in range(0, len(changes), BATCH):
        conn.execute(update, changes[start : start + BATCH])


def downgrade() -> None:
    with op.batch_alter_table("week_row") as batch:
        for mode in MODES:
            batch.drop_column(f"mode_{mode}")
    op.execute("UPDATE coordinator_meta SET value = '2' WHERE key = 'schema'")
