"""A reply's bare observation of the candidate's conduct, read from Sudachi morphemes rather than
listed phrases: a clause whose predicate has the candidate for its subject, told in respectful
forms (「手に取られていました」「お座りになっていました」「向いていらっしゃいました」), or the
interviewer's perception of them (「違っていたように見えました」「お話しされていた印象を受け
ました」). In an answer to a feedback request such a clause is offered as a concern, with no word
of evaluation, unless it praises (a word of positive polarity: 「終始笑顔で」「丁寧に」), is denied
(「触られるようなこともなく」), or the predicate is the company's (「面接官が…おっしゃって」「…と
判断されました」) or modifies a noun (「お忘れになった傘」「お話しされていたポートフォリオ」).
Knowledge lives in data/mail_replies.toml [observation]. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from furikaeri.catalogue import frozen_lists


class ObservationData(BaseModel):
    """data/mail_replies.toml [observation]: Sudachi normalized forms, and patterns."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    respectful: list[str] = Field(min_length=1)  # auxiliaries of respect: れる, られる
    honorific: list[str] = Field(min_length=1)  # verbs of respect: いらっしゃる, なさる
    become: list[str] = Field(min_length=1)  # お〜になる: 成る
    degree: list[str]  # a degree told of a trait: かなり, 少々 (「香りがかなり強く」)
    perceive: list[str] = Field(min_length=1)  # the interviewer's perception: 見える, 印象
    tail: list[str]  # words a predicate's tail may hold: 居る, 有る, こと, 場面, 何度
    company: list[str]  # the company's side as a subject: 弊社, 面接官, 先方
    # the message itself as a subject (此の, 本, 当 then メール, 通知: 「このメールは自動で
    # 送信されています」): the sender's doing, no conduct of the candidate's
    this: list[str] = []
    message: list[str] = []
    # or addressed (へ, から, 宛て then の: 「企業へのメッセージが送信されました」「企業からの返信は
    # マイページに表示されます」): a platform's notice of the correspondence itself
    addressed: list[str] = []
    judging: list[str]  # what the company does: 判断, 評価, 検討 (「判断されました」)
    done: list[str]  # told as done or going on: た, 居る
    prospect: list[str]  # what the company would receive: 頂く, 下さる (「活かしていただける」)
    good: list[str]  # manner adverbs of praise the polarity dictionary lacks: はきはき, 堂々
    # adjectives of degree the polarity dictionary leaves neutral (高い, 深い, 強い): good where
    # what they measure is (「能力の高さ」「深くご理解」), bad where it is bad (「不安の強さ」)
    raises: list[str]
    # nouns the polarity dictionary leaves neutral whose degree is wanted (志望: 「志望度の高さ」)
    wanted: list[str] = []
    wish: list[str]  # what the candidate wants: たい, 希望, 望む (culture_fit against the company)
    praise_heading: str  # a heading of what went well: 【良かった点】
    heading: str  # any heading line: 【…】, ■…：
    # a bracketed field heading inside a line (「…十分でした【懸念点】逆質問がなく」): it opens a
    # field there as on a line of its own
    inline_heading: str


@dataclass(frozen=True)
class ObservationForms:
    respectful: frozenset[str]
    honorific: frozenset[str]
    become: frozenset[str]
    degree: frozenset[str]
    perceive: frozenset[str]
    tail: frozenset[str]
    company: frozenset[str]
    this: frozenset[str]
    message: frozenset[str]
    addressed: frozenset[str]
    judging: frozenset[str]
    done: frozenset[str]
    prospect: frozenset[str]
    good: frozenset[str]
    raises: frozenset[str]
    wanted: frozenset[str]
    negators: frozenset[str]
    wish: frozenset[str]
    praise_heading: re.Pattern[str]
    heading: re.Pattern[str]
    inline_heading: re.Pattern[str]

    @classmethod
    def of(cls, data: dict[str, Any], negators: list[str]) -> ObservationForms:
        fields = frozen_lists(ObservationData.model_validate(data))
        fields["praise_heading"] = re.compile(fields["praise_heading"])
        fields["heading"] = re.compile(fields["heading"])
        fields["inline_heading"] = re.compile(fields["inline_heading"])
        return cls(**fields, negators=frozenset(negators))


_PASSING = ("助動詞", "助詞", "補助記号", "接尾辞", "空白", "形状詞")


def _marker(forms: ObservationForms, ms: Any, i: int) -> bool:
    """``ms[i]`` marks the candidate's conduct in respect or the interviewer's perception."""
    m = ms[i]
    form, major = m.normalized_form(), m.part_of_speech()[0]
    if major == "助動詞" and form in forms.respectful:
        return i > 0 and ms[i - 1].part_of_speech()[0] == "動詞"
    if major == "動詞" and form in forms.honorific:
        return True
    if form in forms.become and i >= 3:  # お+話し+に+なる, ご+説明+に+なる
        return (
            ms[i - 1].surface() == "に"
            and ms[i - 3].part_of_speech()[0] == "接頭辞"
            and ms[i - 3].normalized_form() == "御"
            # 「別のご案内になります」: a noun after の, no act of the candidate's
            and not (i >= 4 and ms[i - 4].normalized_form() == "の")
        )
    if _trait(forms, ms, i):
        return True
    return form in forms.perceive


def marks_conduct(forms: ObservationForms, ms: Any, i: int) -> bool:
    """``ms[i]`` marks the candidate's conduct in respect or the interviewer's perception."""
    return _marker(forms, ms, i)


def _continues(m: Any) -> bool:
    """``m`` ends a predicate that goes on to another (a te-form, or a continuative form: 「…て、」
    「いらっしゃり、」)."""
    pos = m.part_of_speech()
    return pos[1] == "接続助詞" or (pos[0] in ("動詞", "助動詞") and pos[5].startswith("連用形"))


def _negator(forms: ObservationForms, m: Any) -> bool:
    return m.part_of_speech()[0] in ("助動詞", "形容詞") and m.normalized_form() in forms.negators


def _relayed(forms: ObservationForms, ms: Any, j: int) -> bool:
    """After the quotative と at ``j``, someone named tells it (a noun marked by が or から:
    「…と受付の者が申しておりました」「…と面接官から聞いております」), with no negation: the
    observation relayed. Not the writer's own 「…と思います」「…とも伺っています」."""
    rest = [ms[x] for x in range(j + 1, len(ms))]
    if any(_negator(forms, m) for m in rest):
        return False
    return any(
        a.part_of_speech()[0] in ("名詞", "接尾辞") and b.surface() in ("が", "から")
        for a, b in pairwise(rest)
    )


def _trait(forms: ObservationForms, ms: Any, i: int) -> bool:
    """``ms[i]`` tells a trait with its degree (「香水の香りがかなり強く」「ネクタイがかなり派手」):
    an adjective, a na-adjective or a noun that can be one (派手, 清潔) right after a degree
    adverb."""
    pos = ms[i].part_of_speech()
    adjective = pos[0] in ("形容詞", "形状詞") and pos[1] == "一般"
    if not (adjective or (pos[0] == "名詞" and pos[2] == "形状詞可能")):
        return False
    return i > 0 and ms[i - 1].normalized_form() in forms.degree


def observed(forms: ObservationForms, ms: Any, positive: Any) -> str | None:
    """The clause ``ms`` (Sudachi morphemes) ends in a predicate observing the candidate: a
    marker (:func:`_marker`) followed only by auxiliaries, particles and the tail words of a
    predicate, with no negation after it, no company subject or word of judging before it, no
    quotation right before it, and no word ``positive`` (a normalized form, noun flag -> bool)
    calls good: "concern" ("trait" where the marker is a trait with its degree, the candidate's
    only when it names a cause's topic), or "praise" where such a word stands, else None."""
    n = len(ms)
    marks = [i for i in range(n) if _marker(forms, ms, i)]
    if not marks:
        return None
    at = marks[-1]
    for j in range(at + 1, n):
        m = ms[j]
        form, major = m.normalized_form(), m.part_of_speech()[0]
        if major in ("助動詞", "形容詞") and form in forms.negators:
            return None
        if m.part_of_speech()[1] == "読点" and _continues(ms[j - 1]):
            break  # 「…お話しされていて、」「笑顔でいらっしゃり、」: the predicate ends there
        if form == "と" and m.part_of_speech()[1] == "格助詞" and _relayed(forms, ms, j):
            break  # 「…電話をされていたと受付の者が申しておりました」
        if major in _PASSING or major == "副詞" or form in forms.tail or form in forms.perceive:
            continue
        if major == "動詞" and (form in forms.honorific or m.part_of_speech()[1] == "非自立可能"):
            continue
        return None  # 「お忘れになった傘」: the predicate modifies a noun
    for k in range(at):
        if ms[k].normalized_form() not in forms.company:
            continue
        j = k + 1
        while j < at and ms[j].part_of_speech()[0] == "接尾辞":  # 企業様は, 面接官側から
            j += 1
        if ms[j].surface() in ("が", "は", "も"):  # a source (面接官から) relays the conduct
            return None
    if _message_subject(forms, ms, at):
        return None  # 「このメールは自動で送信されています」: the sender's doing
    acts = [i for i in marks if ms[i].normalized_form() not in forms.perceive]
    if acts and _act(forms, ms, acts[-1]):
        return None  # 「総合的に判断されました」「…とおっしゃっていました」: the company's
    perceived = at if ms[at].normalized_form() in forms.perceive else None
    trait = _trait(forms, ms, at)
    if perceived is not None and not _told_as_done(forms, ms, marks):
        return None  # 「ご経験を活かしていただける場面も多いと感じました」: a prospect
    if any(_praising(forms, ms, k, positive, perceived) for k in range(n)):
        return "praise"
    return "trait" if trait else "concern"


def _message_subject(forms: ObservationForms, ms: Any, at: int) -> bool:
    """Before the marker at ``at``, the message itself is the subject: a noun of ``message``
    (メール, 通知) right after a word pointing at this one (``this``: この, 本, 当, こちらの) or
    after its address (``addressed``: 企業への, 企業からの), then は, が or も (「本メールは送信専用
    アドレスから配信されております」「企業へのメッセージが送信されました」)."""
    for k in range(at):
        if ms[k].normalized_form() not in forms.message or k + 1 >= at:
            continue
        j = k - 1
        prefix = j >= 0 and ms[j].part_of_speech()[0] == "接頭辞"
        if prefix and ms[j].normalized_form() not in forms.this:  # ご連絡 (本メール: this)
            j -= 1
        of = j >= 0 and ms[j].normalized_form() == "の"
        if of:
            j -= 1
        pointed = j >= 0 and ms[j].normalized_form() in forms.this
        # 「企業へのメッセージが送信されました」: a message to or from the company, then の
        pointed = pointed or (of and j >= 0 and ms[j].normalized_form() in forms.addressed)
        if pointed and ms[k + 1].surface() in ("が", "は", "も"):
            return True
    return False


def denied_occurrences(forms: ObservationForms, ms: Any) -> list[tuple[int, int]]:
    """Character spans of the candidate's conduct told as not having happened (「携帯電話を触ら
    れるようなことはございませんでした」「話を遮られるようなこともなく」): a respectful predicate,
    then (よう な) こと, は or も and a negation. A reassurance: its negation is no lack. (A
    predicate negated itself, 「経緯をお話しになりませんでした」, is what was missing, and so is
    what was never done, 「実務で使われたことはない」.)"""
    spans: list[tuple[int, int]] = []
    starts = [0]
    for m in ms:
        starts.append(starts[-1] + len(m.surface()))
    n = len(ms)
    for i in range(n):
        if not _marker(forms, ms, i) or ms[i].normalized_form() in forms.perceive:
            continue
        nominal = False
        for j in range(i + 1, min(n, i + 8)):
            m = ms[j]
            form, major = m.normalized_form(), m.part_of_speech()[0]
            if major in ("助動詞", "形容詞") and form in forms.negators:
                if nominal:
                    k = i - 1
                    while k > 0 and ms[k - 1].part_of_speech()[0] in ("動詞", "接頭辞"):
                        k -= 1
                    spans.append((starts[max(k, 0)], starts[j + 1]))
                break
            if form == "た" and not nominal:
                break  # 「実務で使われたことはない」: never done, a lack of experience
            if form in ("こと", "事"):
                nominal = True
            elif not (major in ("助動詞", "助詞", "形状詞") or form in forms.tail):
                break
    return spans


def _told_as_done(forms: ObservationForms, ms: Any, marks: list[int]) -> bool:
    """What the interviewer perceived is the candidate's conduct: told as done or going on (た,
    〜ている before the perception) or in respect (an earlier marker: 「希望されている」),
    not as a prospect or a wish (「活かしていただける」「確認していただければと」)."""
    at = marks[-1]
    if any(i < at and ms[i].normalized_form() not in forms.perceive for i in marks):
        return True
    for m in (ms[i] for i in range(at)):
        form, major = m.normalized_form(), m.part_of_speech()[0]
        if form in forms.done and major in ("助動詞", "動詞", "接頭辞"):
            return True
    # Told in the present (「どなたにでも当てはまるようなお話に聞こえました」): conduct unless what
    # is perceived is received from the candidate, conditional or possible (「活かしていただける」
    # 「…ば」「当社の業務にも活かせる」: a potential verb).
    return not any(
        ms[i].normalized_form() in forms.prospect
        or (ms[i].surface() in ("ば", "たら") and ms[i].part_of_speech()[1] == "接続助詞")
        or _potential(ms[i])
        for i in range(at)
    )


def _potential(m: Any) -> bool:
    """``m`` is a potential verb (可能動詞: 活かせる, 使える, 話せる): Sudachi conjugates it as
    下一段 while its normalized form is the 五段 verb (生かす, 使う, 話す)."""
    pos = m.part_of_speech()
    form = str(m.normalized_form())
    return bool(
        pos[0] == "動詞"
        and pos[4].startswith("下一段")
        and form.endswith(tuple("うくぐすつぬぶむ"))
    )


def _act(forms: ObservationForms, ms: Any, i: int) -> bool:
    """The respectful predicate at ``i`` is the company's act (a verb of judging or saying) or
    follows a quotation (と right before it)."""
    k = i - 1
    while k >= 0 and ms[k].part_of_speech()[0] in ("動詞", "接頭辞", "名詞", "助動詞"):
        if ms[k].normalized_form() in forms.judging:
            return True
        if ms[k].part_of_speech()[0] == "名詞" and k < i - 1:
            break
        k -= 1
    return k >= 0 and ms[k].surface() == "と" and ms[k].part_of_speech()[1] == "格助詞"


def _praising(
    forms: ObservationForms, ms: Any, k: int, positive: Any, perceived: int | None
) -> bool:
    """The word ``ms[k]`` tells the conduct as good: a word of [observation] `good`
    (「ハキハキと」「落ち着いた」), a predicate or a na-adjective of positive polarity (「丁寧に」
    「明るく」), a noun of positive polarity as the manner (「笑顔で」) or as what the interviewer
    perceived (「意欲の高さを感じました」), not as what was talked about (「将来性について」)."""
    m = ms[k]
    major = m.part_of_speech()[0]
    if m.normalized_form() in forms.good:
        return True
    measured = _measures_good(forms, ms, k, positive)
    if measured is not None:  # 「能力の高さ」 praises, 「不安の強さ」 does not
        return measured
    if major == "形容詞":  # not a verb: 「望まれている」 is what they want, no praise
        return bool(positive(m.dictionary_form(), False))
    if major == "形状詞":
        return bool(positive(m.normalized_form(), True))
    if major != "名詞" or not positive(m.normalized_form(), True):
        return False
    if m.part_of_speech()[2] == "形状詞可能" and _trait(forms, ms, k):  # 「とても清潔でした」
        return True
    after = ms[k + 1].surface() if k + 1 < len(ms) else ""
    if after == "で":
        return True
    if after in ("の", "が") and k + 2 < len(ms) and ms[k + 2].normalized_form() == "有る":
        return True  # 「説得力のある内容だと感じておりました」: what it had, a quality
    if (
        after == "に" and m.part_of_speech()[2] == "形状詞可能"
    ):  # 「簡潔に話されていた」: the manner
        return True
    # what was perceived, right before the perception (「意欲の高さを感じました」), not what
    # was talked about (「将来性についてお話しされていた印象」) nor a word further back
    # (「安定した環境」)
    return (
        perceived is not None
        and after != "に"
        and 0 < _object_end(forms, ms, perceived) - k <= _PERCEIVED_SPAN
    )


def _object_end(forms: ObservationForms, ms: Any, perceived: int) -> int:
    """Where the object of the perception at ``perceived`` ends: before the adverbs of manner or
    degree right before the perception (「熱意は本当に強く感じていました」: 本当に, 強く) and a
    subject before those that names the company's side, set off by a comma or not (「能力の高さを、
    面接官全員が感じておりました」「志望度の高さは面接官全員が感じておりました」); else at the
    perception itself."""
    k = _adverbs_before(ms, perceived)
    end = k
    named = False
    k -= 1
    while k > 0 and (
        ms[k].part_of_speech()[0] in ("名詞", "接尾辞")
        or (ms[k].part_of_speech()[0] == "助詞" and ms[k].surface() in ("が", "は", "も"))
    ):
        named = named or ms[k].normalized_form() in forms.company
        if named and ms[k - 1].part_of_speech()[0] not in ("名詞", "接尾辞", "接頭辞"):
            return k  # the subject's first word: 「…は面接官全員が」
        k -= 1
    return k if named and ms[k].part_of_speech()[1] == "読点" else end


def _adverbs_before(ms: Any, at: int) -> int:
    """The index of the first of the adverbial words right before ``at``: adverbs, adjectives in
    the continuative form (強く, 深く) and a noun or na-adjective stem used with に (本当に,
    非常に); ``at`` where there are none."""
    k = at
    while k > 0:
        m = ms[k - 1]
        pos = m.part_of_speech()
        if pos[0] == "副詞" or (pos[0] == "形容詞" and pos[5].startswith("連用形")):
            k -= 1
        elif (
            m.normalized_form() == "に"
            and k >= 2
            and (
                ms[k - 2].part_of_speech()[0] == "形状詞"
                or ms[k - 2].part_of_speech()[2] in ("形状詞可能", "副詞可能")
            )
        ):
            k -= 2
        else:
            break
    return k


def _measures_good(forms: ObservationForms, ms: Any, k: int, positive: Any) -> bool | None:
    """Whether ``ms[k]``, an adjective of [observation] `raises` or its 〜さ noun, tells the
    degree of something good: before a noun of positive polarity (「深くご理解いただいて」), or
    after one and の (「コミュニケーション能力の高さ」, not 「ご不安の強さ」); the 〜さ noun of an
    adjective of positive polarity (「明るさ」) is good too. None for any other word."""
    m = ms[k]
    form, pos = m.normalized_form(), m.part_of_speech()
    if pos[0] == "形容詞" and form in forms.raises:
        j = k + 1
        while j < len(ms) and ms[j].part_of_speech()[0] == "接頭辞":
            j += 1
        return (
            j < len(ms)
            and ms[j].part_of_speech()[0] == "名詞"
            and _good_measure(forms, ms, j, positive)
        )
    if pos[0] != "名詞" or not form.endswith("さ") or len(form) < 2:
        return None
    adjective = form[:-1] + "い"
    if adjective in forms.raises:
        if k < 2 or ms[k - 1].surface() != "の":
            return False
        at = k - 2
        if at >= 1 and _measure_suffix(ms[at]):  # 「志望度の高さ」: the measure of 志望
            at -= 1
        return _good_measure(forms, ms, at, positive)
    return True if positive(adjective, False) else None


def _measure_suffix(m: Any) -> bool:
    """``m`` is 度 as a noun of measure after another (「志望度」「本気度」: Sudachi 助数詞可能)."""
    return bool(m.normalized_form() == "度" and m.part_of_speech()[2] == "助数詞可能")


def _good_measure(forms: ObservationForms, ms: Any, j: int, positive: Any) -> bool:
    """The noun ``ms[j]`` (its measure 度 after it passed over) is one whose degree is good: of
    positive polarity, or one of [observation] `wanted` (志望)."""
    form = ms[j].normalized_form()
    return form in forms.wanted or bool(positive(form, True))


_PERCEIVED_SPAN = 4  # words before the perception that hold what was perceived


def marker_start(forms: ObservationForms, ms: Any) -> int:
    """The character offset of the clause's last marker (:func:`_marker`) where it is a word of
    perception (what follows tells no praise: 「…が印象に残りました」), else its length."""
    marks = [i for i in range(len(ms)) if _marker(forms, ms, i)]
    perceived = bool(marks) and ms[marks[-1]].normalized_form() in forms.perceive
    end = marks[-1] if perceived else len(ms)
    return sum(len(ms[i].surface()) for i in range(end))


@cache
def positive_words() -> tuple[dict[str, int], dict[str, int]]:
    """The 日本語評価極性辞書's predicates and nouns with their polarity (furikaeri.analyzer.
    semantics)."""
    from furikaeri.analyzer.semantics import polarity

    pol = polarity()
    return pol.predicates, pol.nouns


def is_positive(lemma: str, noun: bool) -> bool:
    predicates, nouns = positive_words()
    return (nouns if noun else predicates).get(lemma, 0) > 0


def positive_predicate(m: Any) -> bool:
    """The predicate ``m`` (a Sudachi morpheme) has positive polarity by its dictionary form or,
    where it is written in kana (「よかった」: よい), by its normalized form (良い)."""
    return is_positive(m.dictionary_form(), False) or is_positive(m.normalized_form(), False)
