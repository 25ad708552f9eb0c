"""The stance of a reply's sentences at the label's boundaries, read from Sudachi normalized
forms and parts of speech (data/mail_replies_boundary.toml): whether a sentence is the writer's
side (a request or question to the reader, an apology for the writer's own doing), whether it
tells the candidate's interview had no fault (「大きな課題があったということではなく」), whether
it holds back the company's judgement (「フィードバックは控えさせていただいております」). Used by
furikaeri.mail.reply only where a reply names no cause and praises nothing. Here the data file's
shape and its rules (`boundary_rules`); the readings live in writer (the writer's side), speech
(talk in general, hearsay, quotes) and faults (a fault told as not there, refraining). Pure."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from furikaeri.catalogue import checked_data
from furikaeri.mail.reply.words import _pos


class BoundaryData(BaseModel):
    """data/mail_replies_boundary.toml [boundary]: each entry a Sudachi normalized form."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    request: list[str] = Field(min_length=1)
    asking: list[str]
    wishing: list[str]
    apology: list[str] = Field(min_length=1)
    walked: list[str]
    existing: list[str] = Field(min_length=1)
    between: list[str]
    formal: list[str]
    past: list[str]
    pointed: list[str]  # the company's pointing out (指摘): denied, no fault told as not there
    refrain: list[str] = Field(min_length=1)
    humble: list[str] = Field(min_length=1)
    reader: list[str] = Field(min_length=1)
    respected: list[str] = Field(min_length=1)
    reader_suffix: list[str] = Field(min_length=1)
    steps: list[str] = Field(min_length=1)
    writer: list[str] = Field(min_length=1)
    general: list[str] = Field(min_length=1)
    general_tail: list[str] = Field(min_length=1)
    many: list[str] = Field(min_length=1)
    parties: list[str] = Field(min_length=1)
    plenty: list[str] = Field(min_length=1)
    scarce: list[str] = Field(min_length=1)
    exchange: list[str] = Field(min_length=1)
    speech: list[str] = Field(min_length=1)
    speech_opens: int = Field(ge=1)
    talk: list[str] = []
    means: list[str] = []
    doings: list[str] = []
    trades: list[str] = []
    general_nouns: list[str] = []
    everyone: list[str] = []
    applicants: list[str] = []
    telling: list[str] = []
    hearsay: list[str] = []
    sources: list[str] = []
    accepting: list[str] = []
    accepted_tail: list[str] = []
    cleared_in: list[str] = []
    shared: list[str] = []
    points: list[str] = []
    rather: list[str] = []
    fault_points: list[str] = []
    answers: list[str] = []  # the writer's answer to the request: 答え, 回答, 返答
    conjectures: list[str] = []  # after か, the writer's doubt: 知れる (かもしれない), 分かる
    joins: list[str] = []  # nouns joined into one phrase: の, や, と
    looks: list[str] = []  # what the company looks at in a selection: 見る, 拝見, 重視
    habits: list[str] = []  # as a habit: 例年, 普段, 通常, いつも
    ways: list[str] = []  # the selection in general as the topic: 選考, 採用 (then は)
    conducting: list[str] = []  # carrying a selection out: 行う, 実施 (with `ways`)
    occasions: list[str] = []  # this one occasion: 今回, 此の度 (no way in general)
    opinions: list[str] = []  # what the company's side voices: 声, 意見, 指摘, 所感
    relaying: list[str] = []  # humble verbs of saying, the writer's side: 申す, 申し上げる
    standpoints: list[str] = []  # the writer's side as a standpoint: 側, 立場
    inquiries: list[str] = []  # the reader's inquiry: 質問, 問い合わせ (after お・ご)
    inquiry_links: list[str] = []  # tying the inquiry to its matter: いただいた, 件, 内容
    offering: list[str] = []  # the writer's offering forms: 致す, させる, たい, できる
    replying: list[str] = []  # verbs of answering: 答える, 返信
    feel: list[str] = []  # nouns of intuition: 勘, 直感, フィーリング
    ample: list[str] = []  # adverbs of enough: 十分, しっかり
    having: list[str] = []  # verbs of having: 持つ, 有る
    deciding: list[str] = []  # verbs of deciding: 決める, 選ぶ


class BoundaryFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    boundary: BoundaryData


@dataclass(frozen=True)
class _Boundary:
    request: frozenset[str]
    asking: frozenset[str]
    wishing: frozenset[str]
    apology: frozenset[str]
    walked: frozenset[str]
    existing: frozenset[str]
    between: frozenset[str]
    formal: frozenset[str]
    past: frozenset[str]
    pointed: frozenset[str]
    refrain: frozenset[str]
    humble: frozenset[str]
    reader: frozenset[str]
    respected: frozenset[str]
    reader_suffix: frozenset[str]
    steps: frozenset[str]
    writer: frozenset[str]
    general: frozenset[str]
    general_tail: frozenset[str]
    many: frozenset[str]
    parties: frozenset[str]
    plenty: frozenset[str]
    scarce: frozenset[str]
    exchange: frozenset[str]
    speech: frozenset[str]
    speech_opens: int
    talk: frozenset[str] = frozenset()
    means: frozenset[str] = frozenset()
    doings: frozenset[str] = frozenset()
    trades: frozenset[str] = frozenset()
    general_nouns: frozenset[str] = frozenset()
    everyone: frozenset[str] = frozenset()
    applicants: frozenset[str] = frozenset()
    telling: frozenset[str] = frozenset()
    hearsay: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()
    accepting: frozenset[str] = frozenset()
    accepted_tail: frozenset[str] = frozenset()
    cleared_in: frozenset[str] = frozenset()
    shared: frozenset[str] = frozenset()
    points: frozenset[str] = frozenset()
    rather: frozenset[str] = frozenset()
    fault_points: frozenset[str] = frozenset()
    answers: frozenset[str] = frozenset()
    conjectures: frozenset[str] = frozenset()
    joins: frozenset[str] = frozenset()
    looks: frozenset[str] = frozenset()
    habits: frozenset[str] = frozenset()
    ways: frozenset[str] = frozenset()
    conducting: frozenset[str] = frozenset()
    occasions: frozenset[str] = frozenset()
    opinions: frozenset[str] = frozenset()
    relaying: frozenset[str] = frozenset()
    standpoints: frozenset[str] = frozenset()
    inquiries: frozenset[str] = frozenset()
    inquiry_links: frozenset[str] = frozenset()
    offering: frozenset[str] = frozenset()
    replying: frozenset[str] = frozenset()
    feel: frozenset[str] = frozenset()
    ample: frozenset[str] = frozenset()
    having: frozenset[str] = frozenset()
    deciding: frozenset[str] = frozenset()


@cache
def boundary_rules() -> _Boundary:
    data = checked_data("mail_replies_boundary.toml", "furikaeri.mail.reply.boundary:BoundaryFile")
    lists = {k: frozenset(v) for k, v in data["boundary"].items() if k != "speech_opens"}
    return _Boundary(**lists, speech_opens=int(data["boundary"]["speech_opens"]))


_FUNCTION = ("助詞", "助動詞", "補助記号", "接尾辞", "空白")


def _predicate(st: _Boundary, ms: Any) -> int | None:
    """The index of the sentence's last predicate: walked back over particles, auxiliaries,
    symbols and the writer's light verbs (いたす, 申し上げる, ござる)."""
    for i in range(len(ms) - 1, -1, -1):
        if _pos(ms[i]) in _FUNCTION or ms[i].normalized_form() in st.walked:
            continue
        return i
    return None


def _forms(ms: Any, start: int, end: int) -> list[str]:
    return [str(ms[k].normalized_form()) for k in range(start, min(end, len(ms)))]
