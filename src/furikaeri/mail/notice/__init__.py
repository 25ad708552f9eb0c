"""The notice classifier (rejection, pass, interview_invite, offer, other), in parts: the rules
read from data/mail_notices.toml (rules, rulebook), where a phrase stands (clauses), who is
addressed (context), the readings of invitations, polarity, outcome and status, the decision,
and the mail's parts. Company, stage and date come from mail/extract.py; replies to a feedback
request are read by :mod:`furikaeri.mail.reply`. Callers import the public names from here."""

from furikaeri.mail.notice.classifier import classify_mail, classify_notice
from furikaeri.mail.notice.result import NOTICE_LABELS, NoticeResult

__all__ = ["NOTICE_LABELS", "NoticeResult", "classify_mail", "classify_notice"]
