"""Draft keys name their form: the entry editor's bare "new" becomes "entry:new".

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Only the entry editor kept drafts before, under "new" or "entry:<id>".
    op.execute("UPDATE draft SET key = 'entry:' || key WHERE key NOT LIKE '%:%'")


def downgrade() -> None:
    # The older app reads only "new" and "entry:<id>".
    op.execute("DELETE FROM draft WHERE key NOT LIKE 'entry:%' OR key LIKE 'entry:new-%'")
    op.execute("UPDATE draft SET key = 'new' WHERE key = 'entry:new'")
