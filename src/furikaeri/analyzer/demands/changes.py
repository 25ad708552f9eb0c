"""How the former workplace changed (changed: [demands].change_verbs, work that ceased or
grew), or a change that pushed the candidate out with no wish of their own (pushed)."""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

from furikaeri.analyzer.content.predicates import negated
from furikaeri.analyzer.demands.forms import _PAST
from furikaeri.analyzer.demands.plans import _names_thing
from furikaeri.analyzer.doc import Doc, Sentence
from furikaeri.analyzer.lexicon import Topic, lexicon, self_words
from furikaeri.analyzer.semantics import demand_words
from furikaeri.nlp import Word


def changed(doc: Doc, addressee: Topic | None = None) -> bool:
    """A sentence tells a change that befell the former workplace: a verb of change
    ([demands].change_verbs: 縮小され, 方針が変わり, 出店が止まり), work that ceased
    (取らなくなった) or was turned into something (「保守が主な仕事になりました」), not negated
    nor wished for, after the workplace is named (会社, 部署, 仕事, 開発部), in a sentence that
    neither makes the candidate its actor (「私は…手順を変えました」), nor tells a result
    (「その結果、遅延がなくなりました」), nor names the company addressed (「御社は方針を変えられ」
    is no reason for leaving another)."""
    ws, begins = doc.words, doc.begins
    change = demand_words("change_verbs")
    addressed = addressee.addressee if addressee is not None else None
    result = lexicon().result
    former, concession = lexicon().demand_former_job, lexicon().concession
    wish: bool | None = None
    for sent in doc.sentences:
        if (addressed is not None and addressed.search(sent.text)) or result.search(sent.text):
            continue
        if former.search(sent.text) and (_PAST.search(sent.text) or concession.search(sent.text)):
            # 「前職では経理として…担当していましたが」「現在の会社は…ですが、」, then a wish
            # (not 「前職の経験を活かしたいです」: a resource, not the job told)
            if wish is None:
                wish = any(w.lemma == "たい" and w.pos == "助動詞" for w in ws)
            if wish:
                return True
        place = False  # the workplace named before the change
        i = bisect_left(begins, sent.start)
        me = self_words()
        while i < len(ws) and begins[i] < sent.end:
            w = ws[i]
            if w.normalized in me and i + 1 < len(ws) and ws[i + 1].surface in ("は", "が"):
                break  # the candidate acts
            if _grew(ws, i) or (
                place and _changes(ws, i, change) and not negated(ws, _predicate(ws, i))
            ):
                return True
            if not place and w.pos == "名詞":
                place = _workplace(doc, i)
            i += 1
    return False


@cache
def _place_ends() -> tuple[str, ...]:
    """Endings of a noun naming a workplace or a part of one (開発部): [demands].place_ends."""
    return tuple(lexicon().demands_raw["place_ends"])


def _workplace(doc: Doc, i: int) -> bool:
    """The former workplace or its work (concepts employer and work; a department: 開発部)."""
    from furikaeri.analyzer.blame.targets import _is_concept

    w = doc.words[i]
    return _is_concept(doc, i, "employer", "work") or (
        len(w.normalized) >= 2 and w.normalized.endswith(_place_ends())
    )


def _predicate(ws: list[Word], i: int) -> int:
    """The verb of a change at ``i`` (the する after a noun)."""
    return i + 1 if ws[i].pos == "名詞" else i


def _changes(ws: list[Word], i: int, change: frozenset[str]) -> bool:
    w = ws[i]
    if w.pos == "名詞":
        return w.normalized in change and i + 1 < len(ws) and ws[i + 1].normalized == "為る"
    if w.pos != "動詞":
        return False
    if w.normalized in change or w.lemma in change:
        return not (i + 1 < len(ws) and ws[i + 1].lemma == "たい")
    if w.normalized != "成る" or i < 2:
        return False
    before = ws[i - 1]
    if before.pos == "助動詞" and before.lemma == "ない":  # 取らなくなった: ceased
        return True
    return before.surface == "に" and ws[i - 2].normalized in demand_words("change_into")


def _grew(ws: list[Word], i: int) -> bool:
    """「関わりたいと思うようになりました」「興味を持つようになりました」: a wish or view that
    grew, a reason of one's own (a verb, よう, に, なる)."""
    return (
        i >= 3
        and ws[i].normalized == "成る"
        and ws[i - 1].surface == "に"
        and ws[i - 2].surface == "よう"
        and ws[i - 3].pos == "動詞"  # 思う, 持つ (興味を持つようになりました)
    )


def pushed(doc: Doc, addressee: Topic | None = None) -> bool:
    """A push told before the pull (「今の会社では保守が中心で…。…仕事がしたいと思い、御社を
    志望しました」「地元の駅から駅員が減っていくのを見てきました。…がしたいと考え」): a sentence
    that names the present or former job ([demands].former_job) or tells a change not the
    candidate's ([demands].change_verbs, not negated nor wished), with no wish and without the
    company addressed, then a later sentence with the candidate's wish (〜たい)."""
    addressed = addressee.addressee if addressee is not None else None
    ws, begins = doc.words, doc.begins
    former, change = lexicon().demand_former_job, demand_words("change_verbs")
    sentences = doc.sentences
    for n, sent in enumerate(sentences[:-1]):
        if addressed is not None and addressed.search(sent.text):
            return False  # the company first: a motivation, not a push
        lo, hi = bisect_left(begins, sent.start), bisect_left(begins, sent.end)
        if any(ws[i].pos == "助動詞" and ws[i].lemma == "たい" for i in range(lo, hi)):
            return False  # a wish first: no push told before it
        pushes = (former.search(sent.text) is not None and not _achieved(sent)) or any(
            _changes(ws, i, change) and not negated(ws, _predicate(ws, i)) for i in range(lo, hi)
        )
        if pushes and any(_wishes(doc, later) for later in sentences[n + 1 :]):
            return True
    return False


def _achieved(sent: Sentence) -> bool:
    """The former job named only for what the candidate achieved there ([results]: 「前職の経理
    では…作業時間を半分に短縮しました」) with no concession after it: an episode of a self-PR,
    not a push (「…短縮しましたが、裁量は限られていました」 still pushes)."""
    lex = lexicon()
    return lex.result.search(sent.text) is not None and lex.concession.search(sent.text) is None


def _wishes(doc: Doc, sent: Sentence) -> bool:
    ws, begins = doc.words, doc.begins
    return any(
        ws[j].pos == "助動詞" and ws[j].lemma == "たい" and not _names_thing(ws, j)
        for j in range(bisect_left(begins, sent.start), bisect_left(begins, sent.end))
    )
