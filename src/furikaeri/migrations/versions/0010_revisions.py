"""A revision number on applications and interviews, raised by every change of the row: the
edit form carries it, and a save from a form opened before another change (a rejection recorded
meanwhile) is refused rather than overwriting it (``updated_at`` counts whole seconds: two changes
within one second would look the same).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 23:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

TABLES = ("applications", "interviews")


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
