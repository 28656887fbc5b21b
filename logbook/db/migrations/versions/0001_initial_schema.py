"""Initial schema: matches, entries, tags, concerns, measures and the notes search index.

Revision ID: 0001
Revises: (none)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

FTS_UP = [
    """CREATE VIRTUAL TABLE entry_fts USING fts5(
        notes, content='entry', content_rowid='id', tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER entry_fts_ai AFTER INSERT ON entry BEGIN
        INSERT INTO entry_fts(rowid, notes) VALUES (new.id, new.notes); END""",
    """CREATE TRIGGER entry_fts_ad AFTER DELETE ON entry BEGIN
        INSERT INTO entry_fts(entry_fts, rowid, notes) VALUES ('delete', old.id, old.notes); END""",
    """CREATE TRIGGER entry_fts_au AFTER UPDATE OF notes ON entry BEGIN
        INSERT INTO entry_fts(entry_fts, rowid, notes) VALUES ('delete', old.id, old.notes);
        INSERT INTO entry_fts(rowid, notes) VALUES (new.id, new.notes); END""",
]
FTS_DOWN = [
    "DROP TRIGGER entry_fts_au",
    "DROP TRIGGER entry_fts_ad",
    "DROP TRIGGER entry_fts_ai",
    "DROP TABLE entry_fts",
]


def upgrade() -> None:
    op.create_table(
        "match",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("code"),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "tag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("source", sa.String(length=8), nullable=False),
        sa.CheckConstraint("kind IN ('activity', 'topic')", name="tag_kind"),
        sa.CheckConstraint("source IN ('org', 'own')", name="tag_source"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("kind", "name"),
    )
    op.create_table(
        "concern",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("match_id", sa.Integer(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("occurred_time", sa.Time(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("seen_or_said", sa.Text(), nullable=False),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.Column("opinion", sa.Text(), nullable=False),
        sa.Column("action_taken", sa.Text(), nullable=False),
        sa.Column("reported_to", sa.String(length=200), nullable=True),
        sa.Column("reported_on", sa.Date(), nullable=True),
        sa.Column("entered_tz", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["match_id"], ["match.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("concern", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_concern_match_id"), ["match_id"], unique=False)

    op.create_table(
        "entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("match_id", sa.Integer(), nullable=True),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("occurred_time", sa.Time(), nullable=True),
        sa.Column("minutes", sa.Integer(), nullable=True),
        sa.Column("mode", sa.String(length=16), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("seemed", sa.Integer(), nullable=True),
        sa.Column("wellbeing", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("follow_up", sa.Boolean(), nullable=False),
        sa.Column("entered_tz", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("kind IN ('visit', 'conversation', 'reflection')", name="entry_kind"),
        sa.CheckConstraint("minutes IS NULL OR minutes BETWEEN 1 AND 1440", name="entry_minutes"),
        sa.CheckConstraint("seemed IS NULL OR seemed BETWEEN 1 AND 5", name="entry_seemed"),
        sa.CheckConstraint(
            "wellbeing IS NULL OR wellbeing BETWEEN 1 AND 5", name="entry_wellbeing"
        ),
        sa.ForeignKeyConstraint(["match_id"], ["match.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entry_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_entry_match_id"), ["match_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_entry_occurred_on"), ["occurred_on"], unique=False)

    op.create_table(
        "measure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("match_id", sa.Integer(), nullable=False),
        sa.Column("instrument", sa.String(length=16), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("items", sa.String(length=64), nullable=False),
        sa.Column("consent", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["match_id"], ["match.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("measure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_measure_match_id"), ["match_id"], unique=False)

    op.create_table(
        "entry_tag",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["entry_id"], ["entry.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["tag_id"], ["tag.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("entry_id", "tag_id"),
    )
    with op.batch_alter_table("entry_tag", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entry_tag_tag_id"), ["tag_id"], unique=False)

    # Full-text index of notes inside the encrypted file, kept in step by triggers so a
    # crash can never leave the index and the entries disagreeing.
    for statement in FTS_UP:
        op.execute(statement)


def downgrade() -> None:
    for statement in FTS_DOWN:
        op.execute(statement)
    with op.batch_alter_table("entry_tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entry_tag_tag_id"))

    op.drop_table("entry_tag")
    with op.batch_alter_table("measure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_measure_match_id"))

    op.drop_table("measure")
    with op.batch_alter_table("entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_entry_occurred_on"))
        batch_op.drop_index(batch_op.f("ix_entry_match_id"))
        batch_op.drop_index(batch_op.f("ix_entry_deleted_at"))

    op.drop_table("entry")
    with op.batch_alter_table("concern", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_concern_match_id"))

    op.drop_table("concern")
    op.drop_table("tag")
    op.drop_table("setting")
    op.drop_table("match")
