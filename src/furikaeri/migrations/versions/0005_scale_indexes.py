"""indexes for the lists and the dashboard

Revision ID: 0005
Revises: 0001
Create Date: 2026-12-02 13:40:00
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0003"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_applications_user_updated", "applications", ["user_id", "updated_at", "id"]),
    (
        "ix_applications_user_status_stage",
        "applications",
        ["user_id", "status", "stage", "updated_at"],
    ),
    ("ix_rejections_user_date", "rejections", ["user_id", "date", "id"]),
    ("ix_interviews_application_result", "interviews", ["application_id", "result"]),
    ("ix_feedback_requests_user_status", "feedback_requests", ["user_id", "status"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, table, _columns in INDEXES:
        op.drop_index(name, table_name=table)
