"""Whose is the thing asked: a question on the organisation's own weakness, strength or
challenge (「当社の弱みは」「御社の課題は」) answered with the speaker's own (「私の弱みは」) misses
it, however the answer speaks to the words of the question."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, lru_cache

from furikaeri.analyzer.doc import Doc
from furikaeri.analyzer.lexicon import lexicon, organisation_names, self_words
from furikaeri.analyzer.readings import any_spans, quality_claimed
from furikaeri.analyzer.semantics import normalized_words
from furikaeri.nlp import fold, morphemes
from furikaeri.vocabulary import negation


@cache
def _owners() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The organisation as owner (analyzer.toml [organisation]: 当社の, 御社の, and the
    interviewer's うちの) and the speaker as owner ([self_pr].self_reference: 私の, 自分の)."""
    names = organisation_names(lexicon().raw["organisation"])
    org = re.compile(f"(?:{names['org_own']}|{names['org_addressed']}|うち)の")
    me = re.compile(f"(?:{lexicon().raw['self_pr']['self_reference']})(?:自身)?の")
    return org, me


def _owned(text: str, owner: re.Pattern[str]) -> set[str]:
    """The normalized forms of the nouns right after ``owner`` (「当社の弱み」→ 弱み)."""
    ends = {m.end() for m in owner.finditer(text)}
    if not ends:
        return set()
    out: set[str] = set()
    pos = 0
    for m in morphemes(text):
        start, pos = pos, pos + len(m.surface())
        if start in ends and m.part_of_speech()[0] == "名詞":
            out.add(m.normalized_form())
    return out


def _owned_in(doc: Doc, owner: re.Pattern[str]) -> set[str]:
    """_owned(doc.folded, owner), read on the answer's own words when folding changed nothing
    (the same morphemes, by Sudachi's normalized forms: the answer is not tokenized twice)."""
    text = doc.folded
    if text != doc.text:
        return _owned(text, owner)
    ends = [m.end() for m in owner.finditer(text)]
    if not ends:
        return set()
    ws, begins = doc.words, doc.begins
    out: set[str] = set()
    for end in ends:
        k = bisect_left(begins, end)
        if k < len(begins) and begins[k] == end and ws[k].pos == "名詞":
            out.add(ws[k].normalized)
    return out


def _same(a: str, b: str) -> bool:
    """The same noun, or two nouns one topic's question names alike (弱み and 短所)."""
    return a == b or any(t.question.search(a) and t.question.search(b) for t in lexicon().topics)


@cache
def _subject() -> re.Pattern[str]:
    """The organisation as the subject of the question's clause (「当社が取り組むべき課題は」)."""
    names = organisation_names(lexicon().raw["organisation"])
    return re.compile(f"(?:{names['org_own']}|{names['org_addressed']})が")


def _topic_of(text: str, start: int) -> set[str]:
    """The normalized form of the noun the question's topic (は, とは, について) marks after
    ``start``: the head the organisation's clause leads to (「当社が今後取り組むべき課題は」
    「当社が抱えている課題について」→ 課題)."""
    pos, last = 0, None
    for m in morphemes(text):
        begin, pos = pos, pos + len(m.surface())
        if begin < start:
            continue
        if m.part_of_speech()[0] == "名詞":
            last = m.normalized_form()
        elif last is not None and (
            m.surface() in ("は", "とは") or (m.surface() == "に" and text.startswith("つい", pos))
        ):
            return {last}  # (「…課題は」「…課題について」)
        else:
            last = None
    return set()


@lru_cache(maxsize=1024)
def asked_of_organisation(question: str | None) -> frozenset[str]:
    """The nouns the question asks as the organisation's own (「当社の弱みは」→ 弱み), or as the
    head its clause leads to (「当社が取り組むべき課題は」→ 課題)."""
    if not question:
        return frozenset()
    org, _ = _owners()
    q = fold(question)
    if re.search(lexicon().raw["organisation"]["candidate"], q):
        return frozenset()  # the candidate's own asked too (あなたの強みを、当社の仕事で)
    subject = _subject().search(q)
    head = _topic_of(q, subject.end()) if subject else set()
    return frozenset(_owned(q, org) | head)


def asks_organisations(question: str | None, kind: str) -> bool:
    """The question asks, as the organisation's own, what a question of ``kind`` asks of the
    candidate (「当社の強みは」: a topic of that kind names the noun), and never the
    candidate's own: no self_pr for 「弊社の強みは何だと思いますか」."""
    asked = asked_of_organisation(question)
    return any(
        t.kind == kind and t.question.search(noun) for noun in asked for t in lexicon().topics
    )


def owner_swapped(doc: Doc, question: str | None) -> str | None:
    """The noun the question asks as the organisation's own when the answer tells the speaker's
    own of the same (「私の弱みは心配性なところです」) and nothing of the organisation's."""
    asked = asked_of_organisation(question)
    if not asked:
        return None
    org, me = _owners()
    text = doc.folded
    told = _owned_in(doc, me)
    hit = next((a for a in sorted(asked) for t in told if _same(a, t)), None)
    if hit is None and any(map(_trait, told)) and not names_organisation(text):
        hit = min(asked)  # 「私の強みは課題解決力です」 for 当社の課題: the speaker's trait instead
    if hit is None and _unknown_then_own(doc, asked):
        return min(asked)  # 「課題はよく分かりませんが、私は体力には自信があり」
    if hit is None or any(_same(a, t) for a in asked for t in _owned_in(doc, org)):
        return None
    return hit


def _unknown_then_own(doc: Doc, asked: frozenset[str]) -> bool:
    """The answer's first sentence says one does not know (analyzer.toml [organisation]: a verb
    of `knowing` denied or followed by a suffix of inability, not as the modifier of a noun:
    「よくわかんないですけど」「分かりかねます」, not 「分からない部分も多いのですが」), and what
    follows that clause turns to the speaker (the first noun a word of self-reference), tells a
    strength or "any work" (readings.quality_claimed, any_spans), and names nothing of the
    organisation nor the thing asked, nor guesses at it (「…ではないかと思います」): the
    speaker's own told instead."""
    said = doc.sentences
    if not said:
        return False
    end = _unknowing_end(doc, said[0].start, said[0].end)
    if end is None:
        return False
    ws, begins = doc.words, doc.begins
    rest = doc.folded[end:]
    if names_organisation(rest) or _guess().search(rest):
        return False  # (the organisation named, or the thing asked guessed at)
    me, lo = self_words(), bisect_left(begins, end)
    first = next((w for w in ws[lo:] if w.pos in ("名詞", "代名詞")), None)
    if first is None or first.surface not in me:
        return False
    if any(w.normalized in asked for w in ws[lo:]):
        return False
    return quality_claimed(doc, end) or any(a >= end for a, _ in any_spans(doc))


@cache
def _guess() -> re.Pattern[str]:
    """A conjecture (analyzer.toml [organisation] guess: 〜ではないか, 〜ように感じ)."""
    return re.compile(lexicon().raw["organisation"]["guess"])


def _unknowing_end(doc: Doc, start: int, stop: int) -> int | None:
    """Where the clause that says one does not know ends (the next punctuation), in the
    stretch ``start``–``stop`` of doc.folded; None when there is none."""
    knowing = normalized_words("organisation", "knowing")
    unable = normalized_words("organisation", "unable")
    neg = negation().auxiliaries
    ws, begins, ends = doc.words, doc.begins, doc.ends
    lo, hi = bisect_left(begins, start), bisect_left(begins, stop)
    for i in range(lo, hi):
        if ws[i].normalized not in knowing:
            continue
        if ws[i].pos != "動詞" and not (
            ws[i].pos == "名詞" and i + 1 < hi and ws[i + 1].pos == "動詞"
        ):
            continue  # (a verb, or a noun made one: 把握できて)
        j = i + 1
        while j < hi and (
            (ws[j].pos == "助動詞" and ws[j].normalized in ("ます", "てる"))
            or (ws[j].pos == "助詞" and ws[j].surface == "て")
            or (ws[j].pos == "動詞" and (ws[j].pos2 == "非自立可能" or j == i + 1))
        ):
            j += 1  # (分かりませ|ん, 調べ|て|ない, 存じ|上げ|て|おり|ませ|ん)
        if j >= hi or not (
            (ws[j].pos == "助動詞" and ws[j].normalized in neg) or ws[j].normalized in unable
        ):
            continue
        k = j + 1
        while k < hi and ws[k].pos == "助動詞" and ws[k].normalized == "ます":
            k += 1  # (分かりかね|ます)
        if k < hi and ws[k].pos in ("名詞", "代名詞"):
            continue  # 「分からない部分も」: a noun described, not the speaker's state
        while k < len(ws) and ws[k].pos != "補助記号":
            k += 1
        return ends[k] if k < len(ws) else len(doc.folded)
    return None


def _trait(noun: str) -> bool:
    """A noun naming one's trait: a topic set against its opposite names it (強み, 短所)."""
    return any(t.opposites and t.question.search(noun) for t in lexicon().topics)


def names_organisation(text: str) -> bool:
    """The answer names the organisation at all (御社, 当社), as owner or otherwise."""
    return _organisation().search(text) is not None


@cache
def _organisation() -> re.Pattern[str]:
    """The organisation as named by either side (当社, 御社): its pattern built once, not per
    answer (the names are escaped and sorted to build it)."""
    names = organisation_names(lexicon().raw["organisation"])
    return re.compile(f"{names['org_own']}|{names['org_addressed']}")


def named_as_own(question: str | None, name: str | None) -> str | None:
    """``question`` with the company's own name read as the interviewer's word for it: 「数ある
    メーカーの中で、なぜ東和精機なのですか」 asks 「なぜ当社なのですか」 (a motivation). The name
    is matched as given and without its legal form (株式会社); it becomes 当 and the
    organisation noun it ends with (analyzer.toml [organisation] nouns: 北星信用金庫 → 当金庫),
    当社 when it ends with none."""
    if not question or not name:
        return question
    folded = fold(question)
    read = _as_own(folded, fold(name))
    return question if read == folded else read  # (the question as given when it names none)


@lru_cache(maxsize=256)
def _as_own(question: str, name: str) -> str:
    bare = _legal_form().sub("", name).strip()
    if len(bare) < 2:
        return question  # (a name of one character is too likely a common word)
    nouns = sorted(lexicon().raw["organisation"]["nouns"], key=len, reverse=True)
    noun = next((n for n in nouns if bare.endswith(n) and len(bare) > len(n)), "社")
    own = f"{lexicon().raw['organisation']['own'][0]}{noun}"
    for form in sorted({name, bare}, key=len, reverse=True):
        question = question.replace(form, own)
    return question


@cache
def _legal_form() -> re.Pattern[str]:
    from furikaeri.vocabulary import legal_form_pattern

    return re.compile(legal_form_pattern(groups=True))
