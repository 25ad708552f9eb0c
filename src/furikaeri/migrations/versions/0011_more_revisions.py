"""A revision number on the other rows an edit form saves (answers, feedback request drafts,
the profile, plan items, documents, worksheets), as 0010 gave applications and interviews: a
save from a form opened before another change of the row is refused rather than overwriting it.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04 10:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

TABLES = ("qas", "feedback_requests", "profiles", "action_items", "documents", "worksheets")


def upgrade() -> None:
    # A plain ADD COLUMN (no batch rebuild): SQLite keeps the tables' AUTOINCREMENT (0008).
    for table in TABLES:
        op.add_column(
            table, sa.Column("revision", sa.Integer(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("revision")
