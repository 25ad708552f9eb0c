"""A hardship told (demands.hardship): something that went wrong, was scarce, stalled or was
too much, and not denied (「特にありません」)."""

from __future__ import annotations

from functools import cache

from furikaeri.analyzer.content.predicates import negated
from furikaeri.analyzer.demands.verbs import _befell, _roles
from furikaeri.analyzer.doc import Doc
from furikaeri.analyzer.lexicon import Topic, grammar, lexicon
from furikaeri.analyzer.semantics import demand_words, negative_lemmas
from furikaeri.nlp import Word
from furikaeri.vocabulary import negation


def hardship(doc: Doc, topic: Topic, *, told: str | None = None) -> bool:
    """The answer names a hardship, in the topic's words (苦労, トラブル, 締め切り) or in any
    words: a word the polarity dictionary marks negative (危うい, 戸惑う, 反発; 大変 as an
    adjective, not the adverb of 「大変充実していました」), not denied (「ミスなく」); an ability or
    progress denied (出られない, まとまらず, うまくいかない, 2週間しかなく); something that
    befell one (辞めてしまい). A success story with happy memories names none. ``told``: the
    answer with the topic's words its own clause denies blanked (「失敗は特にありませんが」)."""
    if topic.answer.search(doc.folded if told is None else told) or lexicon().tenure_health.search(
        doc.folded
    ):
        return True  # (a misfortune of health met: 父が入院し, 持病が悪化)
    ws = doc.words
    negative = _hardship_words()
    blanks = told is not None and told != doc.folded  # (else no word is blanked: no call each)
    for i, w in enumerate(ws):
        if w.pos == "副詞" or (blanks and _blanked(doc, told, i)):
            continue
        if (
            (w.lemma in negative or w.normalized in negative)
            and (w.pos != "名詞" or _occurs(ws, i))
            and not _denied_word(ws, i)
        ):
            return True
        if w.pos == "動詞" and (_stalled(ws, i) or _befell(ws, i) or _too_much(ws, i)):
            return True
        if w.surface == "しか" and any(x.lemma in _scarce() for x in ws[i + 1 : i + 4]):
            return True  # 「二週間しかなく」「八人しか残らず」
    if topic.befell:
        # a failure of one's own (topics.toml `befell`): what others did to one is none (「周りから
        # も頼りにされる」 reads as done to one, and tells no failure)
        return False
    from furikaeri.analyzer.detect_reasons import complaints

    return bool(complaints(doc))  # what the workplace did to one (「先輩から仕事を取られ」)


def _blanked(doc: Doc, told: str | None, i: int) -> bool:
    """Word i is blanked in ``told``: denied or set aside, it tells nothing."""
    at = doc.begins[i]
    return told is not None and told[at] == "\u3000" != doc.folded[at]


def _scarce() -> frozenset[str]:
    """Negators after しか (「二週間しかなく」): the negating auxiliaries and the adjective 無い
    of vocabulary.toml [negation]."""
    return negation().predicates


@cache
def _hardship_words() -> frozenset[str]:
    """The polarity dictionary's negative words and the analyzer's own ([concepts].
    negative_words: いい加減, 理不尽)."""
    return negative_lemmas() | frozenset(lexicon().raw["concepts"]["negative_words"])


def _occurs(ws: list[Word], i: int) -> bool:
    """A noun told as something that happened or was met (トラブルが起き, 反発を受け, 混乱し),
    not a part of a compound or a setting (「過去最高の売上」), nor the theme of a compound
    particle (「空き家問題について研究」: [demands].particle_verbs)."""
    k = i + 1
    if k < len(ws) and ws[k].pos == "助動詞" and ws[k].lemma in ("だ", "です"):
        return True  # 「限界でした」「不安だった」: a state met
    if k < len(ws) and ws[k].surface in _roles() | {"に", "で"}:
        k += 1
        if k < len(ws) and ws[k].normalized in demand_words("particle_verbs"):
            return False  # 「空き家問題について」「課題に対して」: a compound particle, no event
    return any(x.pos in ("動詞", "形容詞") for x in ws[k : k + 2]) and not (
        k == i + 1 and ws[k].pos != "動詞"
    )


def _denied_word(ws: list[Word], i: int) -> bool:
    """The word is negated (欠けることなく, 遅れず, ミスなく, 問題もなく, ミスはほとんどありません
    でした, 苦にならない), or part of a trait named with it (負けず嫌い)."""
    if negated(ws, i):
        return True
    after = [
        k
        for k in range(i + 1, min(len(ws), i + 5))
        if ws[k].pos != "助詞" or ws[k].surface in ("が", "も")
    ]
    # (past a degree: 「ミスはほとんどありませんでした」)
    nxt = [
        k
        for k in after
        if ws[k].surface not in ("が", "も", "こと", "事")
        and ws[k].pos != "副詞"
        and ws[k].lemma not in grammar("degree")
    ]
    if nxt and ws[nxt[0]].lemma in ("ない", "無い"):
        return True
    if nxt and ws[nxt[0]].normalized in ("有る", "成る") and negated(ws, nxt[0]):
        return True  # 「ミスはありませんでした」「苦にならない」: never there, never one
    if i >= 1 and ws[i - 1].pos == "助動詞" and ws[i - 1].lemma == "ず":
        return True  # 負け+ず+嫌い: a trait named (Sudachi splits 〜ず嫌い), no hardship met
    # 「諦めたことはありません」「投げ出したことは一度もない」: the event never happened
    k = i + 1
    while k < len(ws) and ws[k].pos in ("助動詞", "接尾辞"):
        k += 1
    if k >= len(ws) or ws[k].normalized not in ("こと", "事"):
        return False
    k += 1
    while k < len(ws) and k <= i + 8 and (ws[k].pos in ("助詞", "副詞") or _once(ws[k])):
        k += 1
    return k < len(ws) and (
        (ws[k].normalized == "有る" and negated(ws, k)) or ws[k].normalized == "無い"
    )


def _once(w: Word) -> bool:
    """A count of times that stresses a never (一度も, 一回も, 今まで)."""
    return w.pos in ("名詞", "数詞") and w.normalized in _ONCE


_ONCE = frozenset({"一度", "一回", "今迄"})


def _never_event(ws: list[Word], i: int) -> bool:
    """The negated 有る at ``i`` says an event never happened (a verb, then こと, は or も,
    maybe 一度も: 「やめることはありません」), not that a thing was lacking."""
    j = i - 1
    while j >= 0 and j >= i - 5 and (ws[j].pos in ("助詞", "副詞") or _once(ws[j])):
        j -= 1
    return (
        j >= 1
        and ws[j].normalized in ("こと", "事")
        and ws[j - 1].pos in ("動詞", "助動詞", "形容詞")
    )


def _stalled(ws: list[Word], i: int) -> bool:
    """An ability or progress denied: a potential form (話せない, 出られない), できない, or a verb
    of progress ([demands].stalled_verbs: 進まない, まとまらず, うまくいかない)."""
    w = ws[i]
    if not negated(ws, i):
        return False
    potential = i + 1 < len(ws) and ws[i + 1].lemma in ("れる", "られる")
    if w.normalized == "有る":  # 「ルールもありませんでした」: a lack, unless of a trouble
        if _never_event(ws, i):
            return False  # 「途中でやめることはありません」: an event that never happened, no lack
        return i >= 2 and ws[i - 1].surface in _roles() and ws[i - 2].lemma not in _hardship_words()
    # (話せる is read as 話す: a potential form whose dictionary form ends otherwise)
    return (
        potential
        or (w.lemma != w.normalized and w.lemma.endswith("る") and not w.normalized.endswith("る"))
        or w.normalized in demand_words("stalled_verbs")
        or w.lemma in demand_words("stalled_verbs")
    )


def _too_much(ws: list[Word], i: int) -> bool:
    """〜すぎる (多すぎる, 忙しすぎて), and what others would not do for one (〜てくれない,
    〜てもらえず)."""
    w = ws[i]
    if w.lemma in ("すぎる", "過ぎる") and w.pos2 == "非自立可能":
        return True
    return (
        w.lemma in ("くれる", "もらえる", "貰える")
        and i > 0
        and ws[i - 1].surface in ("て", "で")
        and negated(ws, i)
    )
