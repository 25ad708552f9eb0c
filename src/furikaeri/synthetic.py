"""A long job search made up in bulk, for load tests and benchmarks (never for the user's data).

``seed(session, applications=N)`` adds N applications, each with five interviews of two answers;
half end in a rejection, most rejections get a feedback request and about one request in ten a
reply, as in life. Rows go straight into the ORM (no analysis, no validation) so that 1,000
applications take seconds; the texts are realistic enough for the analyzer and the diagnosis.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from furikaeri.store.database import local_user_id
from furikaeri.store.models import (
    QA,
    STAGES,
    Application,
    FeedbackRequest,
    Interview,
    Rejection,
    Reply,
)

INTERVIEWS = 5
_ANSWERS = (  # (kind, question, answer)
    ("motivation", "志望動機を教えてください。", "成長できる環境で、IT業界で力を発揮したいです。"),
    ("reverse_questions", "最後に何か質問はありますか。", "残業はどのくらいありますか。"),
)
_REPLY = "面接では営業の実績を評価しましたが、当社の今後の方向性との一致が弱いと判断しました。"


def seed(session: Session, *, applications: int, today: dt.date | None = None) -> None:
    """Add ``applications`` synthetic applications (and everything under them) and flush."""
    today = today or dt.date.today()
    user = local_user_id(session)
    for i in range(applications):
        session.add(_application(user, i, today))
    session.flush()


def _application(user: int, i: int, today: dt.date) -> Application:
    rejected = i % 2 == 0
    stage = STAGES[3 + i % 4]
    app = Application(
        user_id=user,
        company=f"株式会社サンプル{i:04d}",
        company_key=f"サンプル{i:04d}",
        job_title="営業職" if i % 3 else "エンジニア",
        channel="agent" if i % 4 == 0 else "direct",
        status="rejected" if rejected else ("offer" if i % 7 == 0 else "active"),
        stage=stage,
        applied_on=today - dt.timedelta(days=60 + i % 30),
    )
    for n in range(INTERVIEWS):
        iv = Interview(
            user_id=user,
            stage=STAGES[n + 2],
            date=today - dt.timedelta(days=50 - n * 5 + i % 10),
            result="rejected" if rejected and n == INTERVIEWS - 1 else "passed",
        )
        iv.qas = [
            QA(user_id=user, position=p, kind=kind, question=q, answer=a)
            for p, (kind, q, a) in enumerate(_ANSWERS)
        ]
        app.interviews.append(iv)
    if rejected:
        app.rejections.append(_rejection(user, i, app.interviews[-1], today))
    return app


def _rejection(user: int, i: int, interview: Interview, today: dt.date) -> Rejection:
    rej = Rejection(
        user_id=user,
        interview=interview,
        stage=interview.stage,
        date=today - dt.timedelta(days=i % 20),
    )
    if i % 10 < 8:  # most rejections get a feedback request
        fr = FeedbackRequest(
            user_id=user,
            variant="standard",
            subject="面接のお礼とお願い",
            body="本日はありがとうございました。至らなかった点をお教えいただけますと幸いです。",
            drafted_on=rej.date,
            sent_on=rej.date if i % 10 < 6 else None,
            status="sent" if i % 10 < 6 else "drafted",
        )
        if i % 20 == 0:  # about one sent request in ten is answered
            fr.status = "replied"
            fr.replies.append(
                Reply(user_id=user, text=_REPLY, received_on=rej.date, label="feedback")
            )
        rej.feedback_requests.append(fr)
    return rej
