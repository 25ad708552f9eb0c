"""One interview with a company reply, written into a store (shared by the web and CLI tests of
what the diagnosis says)."""

from __future__ import annotations

from typing import Any

from furikaeri import store
from furikaeri.replies import record_reply

REPLY = (
    "山田様\n\nお世話になっております。株式会社あおば 採用担当の中村です。\n"
    "ご丁寧なご連絡をいただき、ありがとうございます。\n"
    "営業としての実績は高く評価しておりましたが、志望動機について、当社でなければならない理由が"
    "伝わりにくい印象がございました。\nまた、逆質問がなかった点も気になりました。\n"
    "山田様の今後のご活躍をお祈り申し上げます。"
)
MOTIVATION_SENTENCE = (
    "営業としての実績は高く評価しておりましたが、志望動機について、当社でなければならない理由が"
    "伝わりにくい印象がございました。"
)
PRAISE = "営業としての実績は高く評価しておりました"


def interview_with_reply(
    session: Any, *, reply: str | None = REPLY, self_check: dict[str, str] | None = None
) -> tuple[int, int]:
    """An application, its 二次 interview, a rejection and (when ``reply``) a classified reply
    to a feedback request. Returns (interview id, rejection id)."""
    app = store.create_application(session, company="株式会社あおば")
    interview = store.add_interview(session, application_id=app.id, stage="二次", result="rejected")
    if self_check:
        store.save_self_check(session, interview_id=interview.id, answers=self_check)
    rejection = store.record_rejection(
        session, application_id=app.id, interview_id=interview.id, stage="二次"
    )
    if reply is not None:
        request = store.save_feedback_request(
            session, rejection_id=rejection.id, subject="お願い", body="本文"
        )
        record_reply(session, feedback_request_id=request.id, text=reply)
    session.flush()
    return interview.id, rejection.id
