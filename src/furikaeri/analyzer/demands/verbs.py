"""The verbs of an answer read for what a question demands: an act of the candidate's (_acts:
not passive, not generic, not part of a compound particle, not excluded), and the word sets
that are no act (roles, stances, quoting, being)."""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

from furikaeri.analyzer.content.actions import aim_or_attitude
from furikaeri.analyzer.content.predicates import attributive, negated
from furikaeri.analyzer.doc import Doc, Sentence
from furikaeri.analyzer.lexicon import grammar, lexicon
from furikaeri.analyzer.semantics import demand_words
from furikaeri.nlp import Word


def _roles() -> frozenset[str]:
    """Particles of a subject or object (は, も, が, を): [grammar].argument_particles."""
    return grammar("argument_particles")


def _acts(doc: Doc, sentences: list[Sentence], excluded: frozenset[str], *, done: bool) -> bool:
    """Whether one of ``sentences`` holds an action of the candidate's: a verb (or a noun with
    する) that is none of ``excluded``, not passive (任される: someone else's act), not a
    modifier of a noun (「学ぶ姿勢」 names an attitude), and, when ``done``, not negated
    (「手を抜かずに」 tells what was not done)."""
    if not sentences:
        return False  # (no sentence to read: the answer's words are not needed)
    ws, begins = doc.words, doc.begins
    last = len(ws) - 1
    carriers = demand_words("carrier_verbs")
    for sent in sentences:
        i = bisect_left(begins, sent.start)
        while i <= last and begins[i] < sent.end:
            w = ws[i]
            if (
                w.pos not in _NOUN_OR_VERB
                and w.normalized != "為る"
                and w.normalized not in carriers
            ):
                i += 1  # (neither test below holds for it: a particle, an auxiliary, a symbol)
                continue
            head = _object_of_suru(ws, i)  # 「指導をしていました」: the act is the noun's
            if (
                head is not None
                and not _excluded(ws[head], excluded)
                and not (_passive(ws, i) or attributive(ws, i) or (done and negated(ws, i)))
            ):
                return True
            if (
                _verb(ws, i)
                and not _excluded(ws[i], excluded)
                and not _particle(ws, i)
                and not aim_or_attitude(ws, i)
            ):
                k = i + 1 if ws[i].pos == "名詞" else i  # the する of a noun
                if not (
                    _passive(ws, k)
                    or attributive(ws, k)
                    or _generic(ws, k)
                    or (done and negated(ws, k))
                ):
                    return True
            i += 1
    return False


_NOUN_OR_VERB = frozenset({"名詞", "動詞"})  # (what _verb reads; _object_of_suru: 為る, carriers)


def _generic(ws: list[Word], k: int) -> bool:
    """A verb made the topic of a view, not told (「教えることは好きです」「人と話すのが得意」):
    its plain form, then こと or の, then は, が, も or を."""
    return (
        k + 2 < len(ws)
        and ws[k + 1].normalized in ("こと", "事", "の")
        and ws[k + 2].surface in _roles()
    )


def _object_of_suru(ws: list[Word], i: int) -> int | None:
    """The noun before を of a する at ``i`` (「接客の指導をする」), or of a verb that only
    carries it (「進捗の管理を担当しました」「面談を行いました」): the act it names."""
    w = ws[i]
    carrier = (
        w.normalized in demand_words("carrier_verbs")
        and (w.pos == "動詞" or (i + 1 < len(ws) and ws[i + 1].normalized == "為る"))
        and not _ongoing(ws, i + 1 if w.pos == "名詞" else i)
    )
    if (w.normalized != "為る" and not carrier) or i < 2 or ws[i - 1].surface != "を":
        return None
    noun = ws[i - 2]
    if (
        noun.pos != "名詞"
        or noun.pos2 != "普通名詞"
        or noun.normalized in demand_words("being_nouns")
    ):
        return None  # 「アルバイトをしていました」: where one was, not what one did
    return i - 2


def _ongoing(ws: list[Word], k: int) -> bool:
    """The predicate at ``k`` goes on (〜ている): a duty held, not an act done
    (「発行を担当していました」)."""
    return k + 2 < len(ws) and ws[k + 1].surface in ("て", "で") and ws[k + 2].normalized == "居る"


def _verb(ws: list[Word], i: int) -> bool:
    """A verb used as the main verb, or a noun with する (提案する)."""
    w = ws[i]
    if w.pos == "名詞":
        return i + 1 < len(ws) and ws[i + 1].normalized == "為る" and w.pos2 == "普通名詞"
    if w.pos != "動詞":
        return False
    if w.pos2 == "一般":
        return True
    if i + 2 < len(ws) and _befell(ws, i + 2):
        return True  # 「一桁間違えてしまいました」: しまう is the dependent verb, not this one
    # 行く, 見る, 出す: may be dependent (食べていく); main after a noun or particle (サウナに行く)
    before = ws[i - 1] if i else None
    return (
        before is not None
        and before.pos not in ("動詞", "助動詞", "名詞")
        and before.pos2 != "接続助詞"
        and w.normalized not in ("為る", "居る", "有る")
    )


def _excluded(w: Word, excluded: frozenset[str]) -> bool:
    return w.normalized in excluded or w.lemma in excluded


def _particle(ws: list[Word], i: int) -> bool:
    """A verb that is part of a compound particle (にとって, について, を通じて)."""
    return (
        0 < i < len(ws) - 1
        and ws[i - 1].pos2 == "格助詞"
        and ws[i + 1].surface in ("て", "で")
        and _excluded(ws[i], demand_words("particle_verbs"))
    )


def _passive(ws: list[Word], k: int) -> bool:
    return k + 1 < len(ws) and ws[k + 1].pos == "助動詞" and ws[k + 1].lemma in ("れる", "られる")


def _befell(ws: list[Word], i: int) -> bool:
    """〜てしまう: something that befell one (辞めてしまい, 遅れてしまった)."""
    return ws[i].lemma == "しまう" and i > 0 and ws[i - 1].surface in ("て", "で")


def _quoting() -> frozenset[str]:
    return demand_words("quoting_verbs")


def _stances() -> frozenset[str]:
    return demand_words("stance_predicates")


@cache
def _being() -> frozenset[str]:
    """Verbs that tell where one was, not what one did (働いていました): [demands].being_verbs."""
    return frozenset(lexicon().demands_raw["being_verbs"])
