"""plan, self-analysis, documents: action items become a plan (due date, order, link, source);
applications can be archived; the profile keeps qualifications; a notice's application can be
confirmed; worksheets and documents.

Revision ID: 0004
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0005"  # main's chain: 0001 → 0002 → 0003 → 0005 → 0004
branch_labels = None
depends_on = None


def _fk_column(batch_op: object, table: str, column: str, target: str) -> None:
    batch_op.add_column(sa.Column(column, sa.Integer(), nullable=True))  # type: ignore[attr-defined]
    batch_op.create_foreign_key(  # type: ignore[attr-defined]
        op.f(f"fk_{table}_{column}_{target}"), target, [column], ["id"], ondelete="SET NULL"
    )
    batch_op.create_index(op.f(f"ix_{table}_{column}"), [column], unique=False)  # type: ignore[attr-defined]


def upgrade() -> None:
    with op.batch_alter_table("action_items", schema=None) as batch_op:
        _fk_column(batch_op, "action_items", "rejection_id", "rejections")
        _fk_column(batch_op, "action_items", "application_id", "applications")
        batch_op.add_column(
            sa.Column("template", sa.String(length=60), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("link", sa.String(length=300), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("due_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("done_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("position", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("archived", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("notices", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("confirmed", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("profiles", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("qualifications", sa.Text(), nullable=False, server_default="")
        )
    _create_owned(
        "worksheets",
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    _create_owned(
        "documents",
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.Column("char_limit", sa.Integer(), nullable=True),
        sa.Column("filename", sa.String(length=300), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )


def _create_owned(name: str, *columns: sa.Column) -> None:
    """A table with an id, a user and an optional application (both indexed)."""
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        *columns,
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f(f"fk_{name}_user_id_users"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f(f"fk_{name}_application_id_applications"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{name}")),
    )
    with op.batch_alter_table(name, schema=None) as batch_op:
        batch_op.create_index(batch_op.f(f"ix_{name}_user_id"), ["user_id"], unique=False)
        batch_op.create_index(
            batch_op.f(f"ix_{name}_application_id"), ["application_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("documents")
    op.drop_table("worksheets")
    with op.batch_alter_table("profiles", schema=None) as batch_op:
        batch_op.drop_column("qualifications")
    with op.batch_alter_table("notices", schema=None) as batch_op:
        batch_op.drop_column("confirmed")
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.drop_column("archived")
    with op.batch_alter_table("action_items", schema=None) as batch_op:
        for column in ("application_id", "rejection_id"):
            batch_op.drop_index(batch_op.f(f"ix_action_items_{column}"))
        batch_op.drop_constraint(
            batch_op.f("fk_action_items_application_id_applications"), type_="foreignkey"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_action_items_rejection_id_rejections"), type_="foreignkey"
        )
        for column in ("position", "done_on", "due_on", "link", "template"):
            batch_op.drop_column(column)
        batch_op.drop_column("application_id")
        batch_op.drop_column("rejection_id")
