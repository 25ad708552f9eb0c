"""Classify recruiting mail: notices (rejection, pass, interview_invite, offer, other) with
company, stage and date. Knowledge lives in data/mail_notices.toml. Pure. Replies to a feedback
request are read by furikaeri.mail.reply. The classifier lives in :mod:`furikaeri.mail.notice`;
this module keeps its public names where callers import them."""

from __future__ import annotations

from furikaeri.mail.notice import NOTICE_LABELS, NoticeResult, classify_mail, classify_notice

__all__ = ["NOTICE_LABELS", "NoticeResult", "classify_mail", "classify_notice"]
