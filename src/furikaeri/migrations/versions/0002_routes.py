"""routes: notice sender, reply address and content key; one-time form tokens

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("notices", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("sender", sa.String(length=500), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("reply_to", sa.String(length=500), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("content_key", sa.String(length=64), nullable=True))
        batch_op.create_unique_constraint(
            "uq_notices_application_content", ["application_id", "content_key"]
        )
    with op.batch_alter_table("notices", schema=None) as batch_op:
        # The server defaults only fill the rows that exist; the models give the value.
        batch_op.alter_column("sender", server_default=None)
        batch_op.alter_column("reply_to", server_default=None)
    op.create_table(
        "form_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("result_url", sa.String(length=500), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_form_tokens_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_form_tokens")),
        sa.UniqueConstraint("user_id", "token", name="uq_form_tokens_user_token"),
    )
    with op.batch_alter_table("form_tokens", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_form_tokens_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("form_tokens", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_form_tokens_user_id"))
    op.drop_table("form_tokens")
    with op.batch_alter_table("notices", schema=None) as batch_op:
        batch_op.drop_constraint("uq_notices_application_content", type_="unique")
        batch_op.drop_column("content_key")
        batch_op.drop_column("reply_to")
        batch_op.drop_column("sender")
