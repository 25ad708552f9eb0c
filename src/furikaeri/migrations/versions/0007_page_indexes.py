"""indexes the dashboard's counts read alone: one user's applications by archived, status and
stage (the board's columns, the hidden count), applications by company (the demo check), one
user's feedback requests by variant and status (the reply rate), and one user's interviews by
result and date (the pending interviews the silence check starts from)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 22:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

INDEXES = (
    (
        "ix_applications_user_archived_status_stage",
        "applications",
        ["user_id", "archived", "status", "stage"],
    ),
    ("ix_applications_company", "applications", ["company"]),
    (
        "ix_feedback_requests_user_variant_status",
        "feedback_requests",
        ["user_id", "variant", "status"],
    ),
    ("ix_interviews_user_result_date", "interviews", ["user_id", "result", "date"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in INDEXES:
        op.drop_index(name, table_name=table)
