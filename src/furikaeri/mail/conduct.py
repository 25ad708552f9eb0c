"""How the candidate took part in the talk, read from Sudachi morphemes rather than listed
phrases: an answer that moved away from the question (a word of asking, then a word of
moving off or differing: 「質問とは異なる話題に移る」「質問した内容と違うテーマについてお話し
になる」) and talking over others (other people, their words, then cutting in or not
listening to the end:
「他の人の意見を最後まで聞かずに発言を重ねる」「周囲の方が話している途中で発言を重ねて」).
Either is a communication point whatever else the clause names. Knowledge lives in
data/mail_replies.toml [conduct]. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from furikaeri.catalogue import frozen_lists


class ConductData(BaseModel):
    """data/mail_replies.toml [conduct]: Sudachi normalized forms, and English (lower case,
    spaces removed)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    question: list[str] = Field(min_length=1)  # asking: 質問, 伺う, 尋ねる
    speech: list[str] = Field(min_length=1)  # what the candidate said: 話題, 発言, 答え
    deviate: list[str] = Field(min_length=1)  # moving off or differing: 異なる, 移る, 逸れる
    others: list[str] = Field(min_length=1)  # the other people of the talk: 他, 周囲, 相手
    overlap: list[str] = Field(min_length=1)  # cutting in: 重ねる, 遮る, 途中
    listen: list[str] = Field(min_length=1)  # listening, a point when denied: 聞く
    before: list[str]  # before the others finish: 前 right after a verb (話し終わる前に)
    answer: list[str]  # the candidate's answer: 答え, 回答
    stuck: list[str]  # unable to go on: 詰まる, 苦労, 難しい
    walked: list[str]  # walked over to a negation: こと, ある, いる
    vague: list[str] = []  # an answer whose content was unclear: 曖昧, あやふや
    english: str


@dataclass(frozen=True)
class ConductForms:
    question: frozenset[str]
    speech: frozenset[str]
    deviate: frozenset[str]
    others: frozenset[str]
    overlap: frozenset[str]
    listen: frozenset[str]
    before: frozenset[str]
    answer: frozenset[str]
    stuck: frozenset[str]
    walked: frozenset[str]
    negators: frozenset[str]
    vague: frozenset[str] = frozenset()

    @classmethod
    def of(cls, data: ConductData, negators: list[str]) -> ConductForms:
        fields = frozen_lists(data, exclude=frozenset({"english"}))  # english: read apart
        return cls(**fields, negators=frozenset(negators))


def _negated(forms: ConductForms, ms: Any, k: int) -> bool:
    """The word ``ms[k]`` is denied by what follows it (「逸れることなく」「遮ることはありません
    でした」「聞かず」), over particles, auxiliaries and formal nouns."""
    for j in range(k + 1, min(len(ms), k + 8)):
        m = ms[j]
        form, major = m.normalized_form(), m.part_of_speech()[0]
        if major in ("助動詞", "形容詞") and form in forms.negators:
            return True
        if major in ("助詞", "助動詞") or form in forms.walked:
            continue
        return False
    return False


def conduct(forms: ConductForms, ms: Any) -> tuple[str, str] | None:
    """("off", words) when the clause says the candidate moved off the question, ("over",
    words) when they talked over others (the words as written, from the first word of the point
    to its last); None otherwise."""
    norm = [m.normalized_form() for m in ms]
    asked = [i for i, f in enumerate(norm) if f in forms.question]
    spoke = any(f in forms.speech for f in norm)
    if asked and spoke:
        for d, f in enumerate(norm):
            if f in forms.deviate and d > asked[0] and not _negated(forms, ms, d):
                if _own_subject(forms, ms, norm, d):
                    continue
                return "off", "".join(str(ms[i].surface()) for i in range(asked[0], d + 1))
    # The others of the talk, or the interviewer's question itself cut into (「質問の途中で
    # お話を始められる」「ご質問を最後まで聞かずに」).
    people = [i for i, f in enumerate(norm) if f in forms.others] or asked
    if people and spoke:
        for k, f in enumerate(norm):
            if k <= people[0]:
                continue
            # 「質問の途中で話を遮られることもなく」: the cutting in, denied later, denies 途中 too
            cut = f in forms.overlap and not any(
                norm[x] in forms.overlap and _negated(forms, ms, x) for x in range(k, len(ms))
            )
            deaf = f in forms.listen and _negated(forms, ms, k) and not _not_heard(ms, k)
            early = f in forms.before and ms[k - 1].part_of_speech()[0] == "動詞"
            if cut or deaf or early:
                return "over", "".join(str(ms[i].surface()) for i in range(people[0], k + 1))
    return None


def _not_heard(ms: Any, k: int) -> bool:
    """The verb of listening at ``ms[k]`` is the potential form of a godan verb (聞く → 聞ける,
    conjugated as ichidan) with its object marked by が, or set up as the topic by は・も, over
    adverbs of degree (「今後の働き方についてもお話が聞けなかった」「次に何をやりたいのかは
    ほとんど聞けませんでした」): the writer did not get to hear the candidate's talk, no talking
    over others (who is not listened to is marked by を: 「話を最後まで聞けない」)."""
    conj = ms[k].part_of_speech()[4]
    godan = not str(ms[k].normalized_form()).endswith("る")
    j = k - 1
    while j >= 0 and _adverbial(ms[j]):
        j -= 1
    return j >= 0 and ms[j].normalized_form() in _HEARD_AS and conj.startswith("下一段") and godan


_HEARD_AS = ("が", "は", "も")  # what the writer got to hear, not whom the candidate heard out


def _adverbial(m: Any) -> bool:
    """An adverb, or a noun Sudachi marks as usable as one (副詞可能: ほとんど, あまり)."""
    pos = m.part_of_speech()
    return bool(pos[0] == "副詞" or pos[2] == "副詞可能")


def _own_subject(forms: ConductForms, ms: Any, norm: list[str], d: int) -> bool:
    """The word of differing at ``d`` has a subject of its own right before it that is no word
    of the talk (「ご意見が伺えれば、印象は違ったかもしれない」: the impression differs, not the
    answer): a noun marked by は, が or も."""
    k = d - 1
    while k >= 0 and ms[k].part_of_speech()[0] == "副詞":
        k -= 1
    if k < 1 or (ms[k].part_of_speech()[1] != "係助詞" and norm[k] != "が"):
        return False
    subject = ms[k - 1]
    return subject.part_of_speech()[0] == "名詞" and norm[k - 1] not in (
        forms.speech | forms.question | forms.answer
    )


def vague(forms: ConductForms, ms: Any) -> bool:
    """The candidate's answer was unclear in content (「ご回答が曖昧になる」「お答えがあやふや」):
    a word of answering, then within a few words one of [conduct] `vague`."""
    norm = [m.normalized_form() for m in ms]
    return any(
        f in forms.answer and any(g in forms.vague for g in norm[i + 1 : i + 6])
        for i, f in enumerate(norm)
    )


def stuck(forms: ConductForms, ms: Any) -> bool:
    """The candidate could not answer (「うまく答えられない」「回答に詰まる」「明確なご回答を
    いただけませんでした」): a word of answering, then within a few words a negation or a word of
    being stuck, with no word of moving off the question."""
    norm = [m.normalized_form() for m in ms]
    if any(f in forms.deviate for f in norm):
        return False
    for i, f in enumerate(norm):
        if f not in forms.answer:
            continue
        for j in range(i + 1, min(len(ms), i + 8)):
            major = ms[j].part_of_speech()[0]
            if norm[j] in forms.stuck or (
                major in ("助動詞", "形容詞") and norm[j] in forms.negators
            ):
                return True
    return False
