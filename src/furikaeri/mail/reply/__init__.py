"""The reply reader: a company's answer to a feedback request read as feedback, declined or
other, with the causes it names (data/mail_replies.toml, mail_replies_en.toml and
mail_replies_boundary.toml). In parts: the rules (rules, schema) and the words (words); a
sentence's and a clause's reading (sentences, clauses, context, terms, balance, standing,
leaving, stance, boundary); the grammar of lack and of a refusal to tell (lack, refusal); the
reading of the whole reply (reader). Notices are read by :mod:`furikaeri.mail.notice`. Callers
import the public names from here."""

from furikaeri.mail.reply.reader import classify_reply, sentences_naming
from furikaeri.mail.reply.result import REPLY_LABELS, ReplyResult

__all__ = ["REPLY_LABELS", "ReplyResult", "classify_reply", "sentences_naming"]
