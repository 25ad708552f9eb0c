"""The store: SQLAlchemy models, migrations and the service API the CLI and the web both call.

Usage::

    from furikaeri import store

    db = store.open_store()              # FURIKAERI_DATABASE_URL or the SQLite file; migrates
    with db.session() as s:              # one transaction, committed at the end of the block
        app = store.create_application(s, company="株式会社サンプル", applied_on="2026-04-01")
        iv = store.add_interview(s, application_id=app.id, stage="一次", date="2026-04-10")
        store.add_qa(s, interview_id=iv.id, question="志望動機を教えてください", answer="…")
    with db.session(readonly=True) as s:
        apps = store.list_applications(s)

Every function takes the session first, then keyword-only options; ``user_id=None`` means the
local user. Bad input raises :class:`ValidationError` whose ``errors`` maps field names to
Japanese messages; a missing or foreign row raises :class:`NotFound`.
"""

from furikaeri.store.actions import (
    add_action_item,
    list_action_items,
    save_diagnosis,
    set_action_done,
)
from furikaeri.store.applications import (
    create_application,
    delete_application,
    find_application,
    get_application,
    list_applications,
    normalize_company,
    update_application,
)
from furikaeri.store.database import Store, is_empty, local_user_id, make_engine, open_store
from furikaeri.store.errors import NotEmpty, NotFound, StoreError, ValidationError
from furikaeri.store.feedback import (
    REPLY_LABELS,
    record_reply,
    save_feedback_request,
    set_feedback_status,
)
from furikaeri.store.interviews import (
    QA_KINDS,
    add_interview,
    add_qa,
    delete_interview,
    delete_qa,
    get_interview,
    list_interviews,
    save_self_check,
    update_interview,
    update_qa,
)
from furikaeri.store.models import (
    APPLICATION_STATUS_LABELS,
    CHANNEL_LABELS,
    FEEDBACK_STATUS_LABELS,
    FORMAT_LABELS,
    INTERVIEW_RESULT_LABELS,
    QA,
    SELF_CHECK_ANSWERS,
    STAGES,
    ActionItem,
    Application,
    CareerEntry,
    Diagnosis,
    FeedbackRequest,
    FormToken,
    Interview,
    Notice,
    Profile,
    Rejection,
    Reply,
    SelfCheckAnswer,
    User,
)
from furikaeri.store.notices import (
    NoticeOutcome,
    claim_form_token,
    find_notice,
    get_rejection,
    interview_for,
    list_notices,
    list_rejections,
    mark_agent,
    notice_key,
    record_notice,
    record_rejection,
    rejection_of,
    used_form_token,
)
from furikaeri.store.overview import (
    AppFilter,
    Page,
    application_choices,
    board_rows,
    feedback_counts,
    recent_rejections,
    rejections_with_requests,
    search_applications,
)
from furikaeri.store.profile import get_profile, list_career, save_profile

__all__ = [
    "APPLICATION_STATUS_LABELS",
    "CHANNEL_LABELS",
    "FEEDBACK_STATUS_LABELS",
    "FORMAT_LABELS",
    "INTERVIEW_RESULT_LABELS",
    "QA",
    "QA_KINDS",
    "REPLY_LABELS",
    "SELF_CHECK_ANSWERS",
    "STAGES",
    "ActionItem",
    "AppFilter",
    "Application",
    "CareerEntry",
    "Diagnosis",
    "FeedbackRequest",
    "FormToken",
    "Interview",
    "NotEmpty",
    "NotFound",
    "Notice",
    "NoticeOutcome",
    "Page",
    "Profile",
    "Rejection",
    "Reply",
    "SelfCheckAnswer",
    "Store",
    "StoreError",
    "User",
    "ValidationError",
    "add_action_item",
    "add_interview",
    "add_qa",
    "application_choices",
    "board_rows",
    "claim_form_token",
    "create_application",
    "delete_application",
    "delete_interview",
    "delete_qa",
    "feedback_counts",
    "find_application",
    "find_notice",
    "get_application",
    "get_interview",
    "get_profile",
    "get_rejection",
    "interview_for",
    "is_empty",
    "list_action_items",
    "list_applications",
    "list_career",
    "list_interviews",
    "list_notices",
    "list_rejections",
    "local_user_id",
    "make_engine",
    "mark_agent",
    "normalize_company",
    "notice_key",
    "open_store",
    "recent_rejections",
    "record_notice",
    "record_rejection",
    "record_reply",
    "rejection_of",
    "rejections_with_requests",
    "save_diagnosis",
    "save_feedback_request",
    "save_profile",
    "save_self_check",
    "search_applications",
    "set_action_done",
    "set_feedback_status",
    "update_application",
    "update_interview",
    "update_qa",
    "used_form_token",
]
