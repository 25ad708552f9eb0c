"""ids are never reused on SQLite: the tables whose ids reach a URL or a form are rebuilt with
AUTOINCREMENT (SQLite sets it only in CREATE TABLE). Without it, deleting the newest row gave its
id to the next one, so a bookmark or an edit form left open reached a different record.
PostgreSQL sequences never reuse a number: nothing to do there. Also one index the dashboard's
closed columns read (one status's most recent applications, across stages), on both.

The rebuild copies each table into a new one and drops the old: the migration environment turns
foreign keys off around it (a DROP TABLE with them on deletes the children by ON DELETE CASCADE)
and checks afterwards that no reference was broken.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 07:10:00
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# A frozen copy of store.models.ID_KEPT_TABLES: a migration must not change when the models do.
TABLES = (
    "applications",
    "interviews",
    "qas",
    "notices",
    "rejections",
    "feedback_requests",
    "replies",
    "action_items",
    "worksheets",
    "documents",
    "practice_sessions",
    "practice_attempts",
)


def _rebuild(*, autoincrement: bool) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in TABLES:
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": autoincrement}
        ):
            pass


INDEX = ("ix_applications_user_status_updated", "applications")
INDEX_COLUMNS = ["user_id", "status", "updated_at", "id"]


def upgrade() -> None:
    _rebuild(autoincrement=True)
    op.create_index(*INDEX, INDEX_COLUMNS)


def downgrade() -> None:
    op.drop_index(INDEX[0], table_name=INDEX[1])
    _rebuild(autoincrement=False)
