"""re-targeting: an application's industry (業界), job type (職種) and company size (企業規模),
all optional.

Revision ID: 0006
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0004"  # main's head when this was written
branch_labels = None
depends_on = None

COLUMNS = (("industry", 100), ("job_type", 100), ("company_size", 20))


def upgrade() -> None:
    with op.batch_alter_table("applications", schema=None) as batch_op:
        for name, length in COLUMNS:
            batch_op.add_column(
                sa.Column(name, sa.String(length=length), nullable=False, server_default="")
            )


def downgrade() -> None:
    with op.batch_alter_table("applications", schema=None) as batch_op:
        for name, _ in reversed(COLUMNS):
            batch_op.drop_column(name)
