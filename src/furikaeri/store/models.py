"""The tables: SQLAlchemy 2.0 typed models. Every row belongs to a user (``user_id``), so that a
later multi-user mode (career centers) needs no reshaping; by default there is one local user.

Choices worth knowing:

- 逆質問 are stored as a :class:`QA` row with ``kind = "reverse_questions"``: ``question`` is the
  interviewer's prompt (「何か質問はありますか」) and ``answer`` the questions the candidate asked
  (one per line), which is exactly what the analyzer judges for that kind.
- Codes are stored in English (``channel``, ``format``, ``status``); Japanese labels are in the
  ``*_LABELS`` dicts below. ``Interview.stage`` is free text (「一次」「最終」…, see ``STAGES``).
- Times are naive UTC (``utcnow()``); calendar dates are ``date``.
"""

from __future__ import annotations

import datetime as dt
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    literal_column,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from furikaeri.vocabulary import offered_stages

STAGES: tuple[str, ...] = offered_stages()  # data/vocabulary.toml
CHANNEL_LABELS: dict[str, str] = {
    "direct": "直接応募",
    "agent": "転職エージェント",
    "referral": "紹介",
}
FORMAT_LABELS: dict[str, str] = {"in_person": "対面", "online": "オンライン", "phone": "電話"}
APPLICATION_STATUS_LABELS: dict[str, str] = {
    "active": "選考中",
    "rejected": "不採用",
    "offer": "内定",
    "withdrawn": "辞退",
    "no_answer": "連絡なしで終了",
}
INTERVIEW_RESULT_LABELS: dict[str, str] = {
    "pending": "結果待ち",
    "passed": "通過",
    "rejected": "不採用",
}
FEEDBACK_STATUS_LABELS: dict[str, str] = {
    "drafted": "下書き",
    "sent": "送信済み",
    "replied": "返信あり",
    "declined": "回答できないとの返信",
    "no_reply": "返信なし",
}
SELF_CHECK_ANSWERS: dict[str, str] = {"yes": "はい", "partly": "少し", "no": "いいえ"}

LOCAL_USER = "local"

_NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Now in UTC, naive, to the second (stored the same way on SQLite and PostgreSQL)."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=_NAMING)


def _user_fk() -> Any:
    return mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)


def _fk(target: str, *, nullable: bool = False) -> Any:
    ondelete = "SET NULL" if nullable else "CASCADE"
    return mapped_column(ForeignKey(target, ondelete=ondelete), index=True, nullable=nullable)


_CHILD: dict[str, Any] = {"cascade": "all, delete-orphan", "passive_deletes": True}


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    handle: Mapped[str] = mapped_column(String(100), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class StoreRevision(Base):
    """One row whose token every write transaction replaces (``Store.session``): a reader
    that finds the token it saw before knows that nothing was written since, in any process,
    and may reuse what it read then (the dashboard does). Not user data: not exported, not in
    TABLES_IN_ORDER."""

    __tablename__ = "store_revision"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token: Mapped[str] = mapped_column(String(32))


def _revision() -> Any:
    """Raised by every UPDATE of the row (ORM or not): the version an edit form carries
    (store.access.check_version; migrations 0010, 0011)."""
    return mapped_column(
        Integer, default=0, server_default="0", onupdate=literal_column("revision + 1")
    )


class Profile(Base):
    __tablename__ = "profiles"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), unique=True, index=True
    )
    name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    # 資格・スキル・語学 as the candidate writes them (the skills gap reads it).
    qualifications: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    revision: Mapped[int] = _revision()
    career: Mapped[list[CareerEntry]] = relationship(
        back_populates="profile", order_by="CareerEntry.position", **_CHILD
    )


class CareerEntry(Base):
    """One job in the career history (職歴). ``end_date`` None means current."""

    __tablename__ = "career_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _user_fk()
    profile_id: Mapped[int] = _fk("profiles.id")
    position: Mapped[int] = mapped_column(default=0)
    company: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    profile: Mapped[Profile] = relationship(back_populates="career")


class Application(Base):
    __tablename__ = "applications"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _user_fk()
    company: Mapped[str] = mapped_column(String(200))
    company_key: Mapped[str] = mapped_column(String(200), index=True)
    company_profile: Mapped[str] = mapped_column(Text, default="")
    job_title: Mapped[str] = mapped_column(String(200), default="")
    job_posting: Mapped[str] = mapped_column(Text, default="")
    channel: Mapped[str] = mapped_column(String(20), default="direct")
    agent_name: Mapped[str] = mapped_column(String(200), default="")
    agent_company: Mapped[str] = mapped_column(String(200), default="")
    agent_email: Mapped[str] = mapped_column(String(320), default="")
    status: Mapped[str] = mapped_column(String(20), default="active")
    stage: Mapped[str] = mapped_column(String(50), default="")
    applied_on: Mapped[dt.date | None] = mapped_column(Date)
    # Re-targeting (issue 9): optional, grouped on in the patterns (migration 0006).
    industry: Mapped[str] = mapped_column(String(100), default="")
    job_type: Mapped[str] = mapped_column(String(100), default="")
    company_size: Mapped[str] = mapped_column(String(20), default="")
    # Hidden from the dashboard by the user (closed rejections they no longer want to see).
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    revision: Mapped[int] = _revision()
    interviews: Mapped[list[Interview]] = relationship(
        back_populates="application", order_by="[Interview.date, Interview.id]", **_CHILD
    )
    rejections: Mapped[list[Rejection]] = relationship(
        back_populates="application", order_by="Rejection.id", **_CHILD
    )


class Interview(Base):
    __tablename__ = "interviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _user_fk()
    application_id: Mapped[int] = _fk("applications.id")
    stage: Mapped[str] = mapped_column(String(50), default="")
    date: Mapped[dt.date | None] = mapped_column(Date)
    format: Mapped[str] = mapped_column(String(20), default="in_person")
    interviewers: Mapped[str] = mapped_column(Text, default="")
    impression: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(String(20), default="pending")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    revision: Mapped[int] = _revision()
    application: Mapped[Application] = relationship(back_populates="interviews")
    qas: Mapped[list[QA]] = relationship(
        back_populates="interview", order_by="[QA.position, QA.id]", **_CHILD
    )
    self_checks: Mapped[list[SelfCheckAnswer]] = relationship(
        back_populates="interview", order_by="SelfCheckAnswer.id", **_CHILD
    )
    diagnoses: Mapped[list[Diagnosis]] = relationship(
        back_populates="interview", order_by="Diagnosis.id", **_CHILD
    )


class QA(Base):
    """A question asked and the answer given (``kind`` as in the analyzer's KINDS)."""

    __tablename__ = "qas"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _user_fk()
    interview_id: Mapped[int] = _fk("interviews.id")
    position: Mapped[int] = mapped_column(default=0)
    kind: Mapped[str] = mapped_column(String(30), default="other")
    question: Mapped[str] = mapped_column(Text, default="")
    answer: Mapped[str] = mapped_column(Text, default="")
    revision: Mapped[int] = _revision()
    interview: Mapped[Interview] = relationship(back_populates="qas")


class Notice(Base):
    """A recruiting mail as received, with its classification."""

    __tablename__ = "notices"
    __table_args__ = (
        UniqueConstraint("user_id", "message_id", name="uq_notices_user_message"),
        UniqueConstraint("application_id", "content_key", name="uq_notices_application_content"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _user_fk()
    application_id: Mapped[int | None] = _fk("applications.id", nullable=True)
    message_id: Mapped[str | None] = mapped_column(String(500))
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    received_on: Mapped[dt.date | None] = mapped_column(Date)
    label: Mapped[str] = mapped_column(String(30), default="other")
    company: Mapped[str] = mapped_column(String(200), default="")
    stage: Mapped[str] = mapped_column(String(50), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # --- routes (i7): who sent it, where to answer, and the key that finds it again ---
    sender: Mapped[str] = mapped_column(String(500), default="")
    reply_to: Mapped[str] = mapped_column(String(500), default="")
    content_key: Mapped[str | None] = mapped_column(String(64))
    # The user confirmed (or corrected) which application this notice belongs to.
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)


class Rejection(Base):
    __tablename__ = "rejections"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _user_fk()
    application_id: Mapped[int] = _fk("applications.id")
    interview_id: Mapped[int | None] = _fk("interviews.id", nullable=True)
    notice_id: Mapped[int | None] = _fk("notices.id", nullable=True)
    stage: Mapped[str] = mapped_column(String(50), default="")
    date: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    application: Mapped[Application] = relationship(back_populates="rejections")
    interview: Mapped[Interview | None] = relationship()
    notice: Mapped[Notice | None] = relationship()
    feedback_requests: Mapped[list[FeedbackRequest]] = relationship(
        back_populates="rejection", order_by="FeedbackRequest.id", **_CHILD
    )


class FeedbackRequest(Base):
    __tablename__ = "feedback_requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _user_fk()
    rejection_id: Mapped[int] = _fk("rejections.id")
    variant: Mapped[str] = mapped_column(String(30), default="direct")
    subject: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")
    drafted_on: Mapped[dt.date | None] = mapped_column(Date)
    sent_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="drafted")
    revision: Mapped[int] = _revision()
    rejection: Mapped[Rejection] = relationship(back_populates="feedback_requests")
    replies: Mapped[list[Reply]] = relationship(
        back_populates="feedback_request", order_by="Reply.id", **_CHILD
    )


class Reply(Base):
    """The company's (or agent's) reply; ``causes`` are cause ids from the reply classifier."""

    __tablename__ = "replies"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _user_fk()
    feedback_request_id: Mapped[int] = _fk("feedback_requests.id")
    text: Mapped[str] = mapped_column(Text, default="")
    received_on: Mapped[dt.date | None] = mapped_column(Date)
    label: Mapped[str] = mapped_column(String(20), default="other")
    causes: Mapped[list[str]] = mapped_column(JSON, default=list)
    feedback_request: Mapped[FeedbackRequest] = relationship(back_populates="replies")


class SelfCheckAnswer(Base):
    """The answer to one self-check question (ids in data/selfcheck.toml): yes / partly / no."""

    __tablename__ = "self_check_answers"
    __table_args__ = (
        UniqueConstraint("interview_id", "question_id", name="uq_self_check_interview_question"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _user_fk()
    interview_id: Mapped[int] = _fk("interviews.id")
    question_id: Mapped[str] = mapped_column(String(100))
    answer: Mapped[str] = mapped_column(String(20))
    interview: Mapped[Interview] = relationship(back_populates="self_checks")


class Diagnosis(Base):
    __tablename__ = "diagnoses"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _user_fk()
    interview_id: Mapped[int] = _fk("interviews.id")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    result: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    interview: Mapped[Interview] = relationship(back_populates="diagnoses")


class ActionItem(Base):
    __tablename__ = "action_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _user_fk()
    interview_id: Mapped[int | None] = _fk("interviews.id", nullable=True)
    title: Mapped[str] = mapped_column(String(300))
    detail: Mapped[str] = mapped_column(Text, default="")
    cause: Mapped[str] = mapped_column(String(30), default="")
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # The plan (furikaeri.plan): where the task comes from, where it is done, when.
    rejection_id: Mapped[int | None] = _fk("rejections.id", nullable=True)
    application_id: Mapped[int | None] = _fk("applications.id", nullable=True)
    template: Mapped[str] = mapped_column(String(60), default="")
    link: Mapped[str] = mapped_column(String(300), default="")
    due_on: Mapped[dt.date | None] = mapped_column(Date)
    done_on: Mapped[dt.date | None] = mapped_column(Date)
    position: Mapped[int] = mapped_column(Integer, default=0)
    revision: Mapped[int] = _revision()


# --- plan, self-analysis, documents (i9-plan) ---


class Worksheet(Base):
    """A self-analysis worksheet (自己分析). ``kind`` as in data/worksheets.toml; ``fields``
    maps the worksheet's field ids to what the candidate wrote. Strength worksheets, one per
    strength with its episode, are the episode bank; why-this-company ones belong to an
    application."""

    __tablename__ = "worksheets"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _user_fk()
    kind: Mapped[str] = mapped_column(String(30))
    application_id: Mapped[int | None] = _fk("applications.id", nullable=True)
    fields: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    revision: Mapped[int] = _revision()


class Document(Base):
    """An application document as pasted or read from a file (履歴書, 職務経歴書, ES answer)."""

    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _user_fk()
    kind: Mapped[str] = mapped_column(String(30), default="es")
    title: Mapped[str] = mapped_column(String(200), default="")
    application_id: Mapped[int | None] = _fk("applications.id", nullable=True)
    char_limit: Mapped[int | None] = mapped_column(Integer)
    filename: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    revision: Mapped[int] = _revision()


# Export order: parents before children (import inserts in this order).
TABLES_IN_ORDER: tuple[type[Base], ...] = (
    User,
    Profile,
    CareerEntry,
    Application,
    Interview,
    QA,
    Notice,
    Rejection,
    FeedbackRequest,
    Reply,
    SelfCheckAnswer,
    Diagnosis,
    ActionItem,
    Worksheet,
    Document,
)


# --- scale (i11) ---
# Indexes the pages' queries use (migration 0005): the applications list and the dashboard read
# one user's applications newest-changed first; rejections are read newest first; the list's
# result filter looks up interviews by application and result.
from sqlalchemy import Index  # noqa: E402  (kept with this section: fewer merge conflicts)

Index("ix_applications_user_updated", Application.user_id, Application.updated_at, Application.id)
Index(
    "ix_applications_user_status_stage",
    Application.user_id,
    Application.status,
    Application.stage,
    Application.updated_at,
)
Index("ix_rejections_user_date", Rejection.user_id, Rejection.date, Rejection.id)
Index("ix_interviews_application_result", Interview.application_id, Interview.result)
Index("ix_feedback_requests_user_status", FeedbackRequest.user_id, FeedbackRequest.status)
# --- routes (i7): one-time form tokens ---


class FormToken(Base):
    """A form submission already carried out: posting the same form again (Back and resubmit,
    a double click) finds this row and goes to ``result_url`` instead of writing twice.
    Transient: not exported."""

    __tablename__ = "form_tokens"
    __table_args__ = (UniqueConstraint("user_id", "token", name="uq_form_tokens_user_token"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _user_fk()
    token: Mapped[str] = mapped_column(String(64))
    result_url: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


# --- practice (mock interviews) ---

PRACTICE_FOCUS_LABELS: dict[str, str] = {
    "causes": "苦手な原因をねらう",
    "application": "応募先に合わせる",
    "mixed": "おまかせ（組み合わせ）",
}
PRACTICE_MODE_LABELS: dict[str, str] = {"typed": "入力", "spoken": "音声"}


class PracticeSession(Base):
    """One mock interview. ``items`` is the plan, a list of questions (dicts with ``key``,
    ``text``, ``kind``, ``causes``, ``source`` and, for a follow-up, ``parent``); ``position``
    is the index of the question being answered. A follow-up is inserted into ``items`` when
    the user moves on, chosen from what the analyzer found in the answer just given."""

    __tablename__ = "practice_sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _user_fk()
    application_id: Mapped[int | None] = _fk("applications.id", nullable=True)
    focus: Mapped[str] = mapped_column(String(20), default="mixed")
    audience: Mapped[str] = mapped_column(String(20), default="mid_career")
    causes: Mapped[list[str]] = mapped_column(JSON, default=list)
    items: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    position: Mapped[int] = mapped_column(default=0)
    time_limit_s: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="active")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    attempts: Mapped[list[PracticeAttempt]] = relationship(
        back_populates="practice_session",
        order_by="[PracticeAttempt.position, PracticeAttempt.attempt_no]",
        **_CHILD,
    )


class PracticeAttempt(Base):
    """One answer to one question of a session: the first try (``attempt_no`` 1) or the retry
    (2, ``retry_of_id`` the first). ``answer`` is typed text or a spoken answer's transcript;
    ``analysis`` is the analyzer's result as JSON (findings with evidence, strengths), computed
    by the caller: the store never runs the analyzer. ``audio_metrics`` holds what was measured
    from a recording (speaking rate, fillers, pauses), when there was one."""

    __tablename__ = "practice_attempts"
    __table_args__ = (
        UniqueConstraint("session_id", "position", "attempt_no", name="uq_practice_attempts_slot"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = _user_fk()
    session_id: Mapped[int] = _fk("practice_sessions.id")
    position: Mapped[int] = mapped_column(default=0)
    attempt_no: Mapped[int] = mapped_column(default=1)
    retry_of_id: Mapped[int | None] = _fk("practice_attempts.id", nullable=True)
    question_key: Mapped[str] = mapped_column(String(100), index=True)
    question: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(30), default="other")
    answer: Mapped[str] = mapped_column(Text, default="")
    mode: Mapped[str] = mapped_column(String(20), default="typed")
    analysis: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    audio_metrics: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    recording_path: Mapped[str | None] = mapped_column(Text)
    elapsed_s: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    practice_session: Mapped[PracticeSession] = relationship(back_populates="attempts")


TABLES_IN_ORDER = (*TABLES_IN_ORDER, PracticeSession, PracticeAttempt)


# --- page costs (s3-web) ---
# The dashboard's counts read these indexes alone (migration 0007): the board's columns and the
# hidden applications by (user, archived, status, stage), the demo's companies by name, the
# reply rate's requests by (user, variant, status), the pending interviews by (user, result,
# date).
Index(
    "ix_applications_user_archived_status_stage",
    Application.user_id,
    Application.archived,
    Application.status,
    Application.stage,
)
Index("ix_applications_company", Application.company)
Index(
    "ix_feedback_requests_user_variant_status",
    FeedbackRequest.user_id,
    FeedbackRequest.variant,
    FeedbackRequest.status,
)
Index("ix_interviews_user_result_date", Interview.user_id, Interview.result, Interview.date)


# --- ids (s5-scale) ---
# Tables whose ids reach a URL or a form: on SQLite they use AUTOINCREMENT (migration 0008), so
# that deleting the newest row never hands its id to the next one (a bookmark, a history entry
# or an edit form left open would reach the new record). PostgreSQL sequences never reuse.
ID_KEPT_TABLES: tuple[str, ...] = (
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
for _name in ID_KEPT_TABLES:
    # The same as the migrated schema for metadata.create_all (``sqlite_autoincrement=True``).
    Base.metadata.tables[_name].dialect_options["sqlite"]["autoincrement"] = True
# The dashboard's closed columns (内定, 不採用, 辞退) list one status's most recent applications
# across stages: without this index SQLite read the user's applications in date order until it
# found 12 of that status (most of them, for a rare status).
Index(
    "ix_applications_user_status_updated",
    Application.user_id,
    Application.status,
    Application.updated_at,
    Application.id,
)
