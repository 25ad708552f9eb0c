"""A revision token replaced by every write transaction (``store_revision``, one row), so that
a reader can tell cheaply that nothing was written since it last read (the dashboard keeps its
reads per token instead of running them on every view).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03 22:10:00
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "store_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_store_revision")),
    )
    op.bulk_insert(table, [{"id": 1, "token": uuid.uuid4().hex}])


def downgrade() -> None:
    op.drop_table("store_revision")
