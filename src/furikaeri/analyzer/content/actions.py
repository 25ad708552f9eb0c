"""The candidate's own concrete actions in an episode (見直す, 提案する), not effort words
(頑張る), attitudes (気を配る), abilities (考える力) or what another did for them (〜ていただく)."""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

from furikaeri.analyzer.content.predicates import _passive, _setting_or_denied, negated
from furikaeri.analyzer.doc import Doc, Sentence
from furikaeri.analyzer.lexicon import lexicon, self_words
from furikaeri.analyzer.semantics import demand_words, normalized_words
from furikaeri.analyzer.types import Span
from furikaeri.nlp import Word


def _concrete_actions(doc: Doc, told: list[Sentence]) -> list[Span]:
    """Verbs of one's own concrete action (見直す, 提案する), not 頑張る or 心がける, that
    begin in one of the sentences ``told`` (in order, apart)."""
    vague = normalized_words("self_pr", "vague_verbs")
    toks, begins, ends = doc.words, doc.begins, doc.ends  # read even when none is told
    out: list[Span] = []
    last = len(toks) - 1
    for sent in told:
        i = bisect_left(begins, sent.start)
        while i <= last and begins[i] < sent.end:
            t = toks[i]
            if t.pos == "動詞":
                nxt = toks[i + 1] if i < last else None
                if (
                    t.pos2 == "一般"
                    and t.lemma not in vague
                    and t.normalized not in vague
                    and not (
                        nxt is not None and nxt.pos == "助動詞" and nxt.lemma in ("れる", "られる")
                    )
                    and not _setting_or_denied(toks, i)
                    and not (nxt is not None and nxt.normalized == "続ける")
                    and not _effort_object(toks, i, vague)
                    and not _vague_object(toks, i)
                    and not _received(toks, i)
                    and not _nominalised(toks, i)
                    and not _liked(toks, i)
                    and not _compound_particle(toks, i)
                    and not _outcome_won(toks, i)
                    and not _others_subject(toks, i)
                    and not (nxt is not None and nxt.pos == "助動詞" and nxt.lemma == "たい")
                ):  # 任される: another's act; 〜する中で: a setting; 休まず, 通い続ける: effort;
                    # 「まとめることに尽力」「気を配る」: an aim or an attitude; 「数字に対する」
                    # 「達成に向けて」: a compound particle; 「大成功を収め」: the result claimed;
                    # 「意見がぶつかる」: what others did; 「開きたいと思い立ち」: a wish
                    out.append(doc.span(begins[i], ends[i]))
            elif (
                t.pos == "名詞"
                and i < last
                and toks[i + 1].normalized == "為る"
                and t.normalized not in vague
                and not _passive(toks, i + 1)
                and not negated(toks, i + 1)  # 遅刻せず
                and not _received(toks, i + 1)  # 評価していただく: another's act
                and not _nominalised(toks, i)  # 尊重する姿勢: an attitude
                and not _liked(toks, i + 1)  # 料理をするのが好き: a liking
                and not _others_subject(toks, i)  # 意見が対立する: what others did
            ):
                out.append(doc.span(begins[i], ends[i + 1]))
            i += 1
    return out


def _compound_particle(ws: list[Word], i: int) -> bool:
    """The verb after a case particle makes a compound particle ([demands].particle_verbs:
    「数字に対する」「目標達成に向けて」「研修を通じた」): before て, or modifying what follows
    (its plain form, or た before a noun), it names no act."""
    if i == 0 or i + 1 >= len(ws) or ws[i - 1].pos2 != "格助詞":
        return False
    if ws[i].normalized not in demand_words("particle_verbs") and ws[i].lemma not in demand_words(
        "particle_verbs"
    ):
        return False
    nxt = ws[i + 1]
    return (
        nxt.surface in ("て", "で")
        or ws[i].surface == ws[i].lemma
        or (nxt.lemma == "た" and i + 2 < len(ws) and ws[i + 2].pos == "名詞")
    )


# Verbs of receiving a favour after て (normalized forms): 「評価していただく」「教えてもらう」
# tell another's act done for the speaker, not the speaker's own.
_RECEIVING = frozenset({"頂く", "貰う", "下さる", "呉れる"})


def _received(ws: list[Word], i: int) -> bool:
    """The verb at ``i`` is done for the speaker by someone else (〜ていただく, 〜てもらう)."""
    return (
        i + 2 < len(ws) and ws[i + 1].surface in ("て", "で") and ws[i + 2].normalized in _RECEIVING
    )


def _nominalised(ws: list[Word], i: int) -> bool:
    """The verb names the content of a noun (「仲間を信じることの大切さ」「協力することの
    難しさ」: 〜ことの), or describes an ability or attitude ([self_pr].ability_nouns:
    「相手の立場に立って考える力」「意見を尊重する姿勢」, through 〜て and する: 「立って考える
    ことの大切さ」 too): no act told."""
    j = i
    if j + 1 < len(ws) and ws[j + 1].normalized == "為る":
        j += 1
    while j + 2 < len(ws) and ws[j + 1].surface in ("て", "で") and ws[j + 2].pos == "動詞":
        j += 2
    if j + 2 < len(ws) and ws[j + 1].normalized in ("事", "こと") and ws[j + 2].surface == "の":
        return True
    if j + 1 >= len(ws) or ws[j].surface != ws[j].lemma:
        return False  # (only a verb in its dictionary form modifies the noun)
    nxt = ws[j + 1]
    return nxt.pos == "名詞" and nxt.normalized in _ability_nouns()


def likings(doc: Doc) -> list[Span]:
    """The likings and knacks told (_liked: 「人と話すのが好き」), each from its verb to the
    liking word: what a self-PR says of the speaker when it claims no strength by name."""
    ws, begins, ends = doc.words, doc.begins, doc.ends
    return [
        doc.span(begins[i], ends[i + 3])
        for i, w in enumerate(ws)
        if w.pos == "動詞" and _liked(ws, i)
    ]


def _liked(ws: list[Word], i: int) -> bool:
    """The verb at ``i`` is made a noun (〜の, 〜こと) that a liking or knack is said of
    ([self_pr].liking_words: 「人と話すのが好きで」「教えることが得意です」): a habit or taste
    told, not an act of one episode."""
    if i + 3 >= len(ws) or ws[i + 1].surface not in ("の", "こと", "事"):
        return False
    if ws[i + 2].surface not in ("が", "は", "も"):
        return False
    nxt = ws[i + 3]
    return nxt.normalized in _liking_words() or nxt.lemma in _liking_words()


@cache
def _liking_words() -> frozenset[str]:
    return frozenset(lexicon().raw["self_pr"]["liking_words"])


@cache
def _ability_nouns() -> frozenset[str]:
    return frozenset(lexicon().raw["self_pr"]["ability_nouns"])


def aim_or_attitude(ws: list[Word], i: int) -> bool:
    """The verb at ``i`` names an aim of effort (「まとめることに尽力した」) or an attitude
    (気を配る): no act told."""
    return _effort_object(ws, i, normalized_words("self_pr", "vague_verbs")) or _vague_object(ws, i)


def _effort_object(ws: list[Word], i: int, vague: frozenset[str]) -> bool:
    """A verb made the aim of an effort word (「まとめることに尽力した」「伸ばすことに注力」):
    the verb, こと, に or を, then a vague verb."""
    if ws[i].pos != "動詞" or i + 3 >= len(ws):
        return False
    if ws[i + 1].normalized not in ("こと", "事") or ws[i + 2].surface not in ("に", "を"):
        return False
    nxt = ws[i + 3]
    return nxt.normalized in vague or nxt.lemma in vague


def _vague_object(ws: list[Word], i: int) -> bool:
    """A verb whose object is an attitude (気を配る, 心を込める, 全力を尽くす), or acting in
    general (「行動に移す」「行動を起こす」)."""
    return (
        ws[i].pos == "動詞"
        and i >= 2
        and ws[i - 1].surface in ("を", "に")
        and ws[i - 1].pos == "助詞"
        and ws[i - 2].normalized in _vague_objects()
    )


def _outcome_won(ws: list[Word], i: int) -> bool:
    """A verb whose object is an outcome ([self_pr].outcome_nouns: 「大成功を収め」「好評を
    博し」): the result claimed, not what one did to get it."""
    return i >= 2 and ws[i - 1].surface == "を" and ws[i - 2].normalized in _outcome_nouns()


def _others_subject(ws: list[Word], i: int) -> bool:
    """The verb's own clause names another subject before it with が (「メンバーの意見が
    ぶつかる」「新人が辞めて」): what others did or what happened, not the candidate's act.
    The clause is read back to a comma, a conjunctive particle or another predicate."""
    me = self_words()
    for k in range(i - 1, 0, -1):
        w = ws[k]
        if w.pos == "補助記号" or w.pos2 == "接続助詞" or w.pos in ("動詞", "形容詞"):
            return False
        if w.surface == "が" and w.pos2 == "格助詞":
            noun = ws[k - 1]
            return noun.pos in ("名詞", "代名詞") and noun.surface not in me
    return False


@cache
def _outcome_nouns() -> frozenset[str]:
    return frozenset(lexicon().raw["self_pr"]["outcome_nouns"])


@cache
def _vague_objects() -> frozenset[str]:
    return frozenset(lexicon().raw["self_pr"]["vague_objects"])
