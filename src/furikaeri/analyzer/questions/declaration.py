"""The topic an answer says outright it answers, in its first sentence (「私の長所は」,
「〜と申します」): by its theme or by a topic's `declares` words."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, lru_cache

from furikaeri.analyzer.content.episodes import told_past
from furikaeri.analyzer.denial import blanked
from furikaeri.analyzer.doc import BARE, Doc, Sentence
from furikaeri.analyzer.lexicon import Topic, grammar, lexicon
from furikaeri.analyzer.types import Span
from furikaeri.nlp import fold, morphemes
from furikaeri.patterns import Matcher, any_of, gated

# The theme of a first sentence is read up to its first は in at most this many words (「私の
# 長所は」, 「御社を志望した理由は」); a は further on belongs to the body, not to a declaration.
_THEME_WORDS = 12
# Words at the end of a theme that are not its head (「5年後には」: に; 「将来的には」: に as だ).
_THEME_TAIL_POS2 = frozenset({"格助詞", "副助詞"})
# The letters a theme with no は may close on (_closer).
_CLOSERS = re.compile("について|から|を")


def declared(doc: Doc) -> tuple[Topic, Span] | None:
    """The topic the answer says outright it answers, in its first sentence, with the words
    that say it. The theme (the words before the first は, by Sudachi's normalized forms, so
    that 「きっかけ」「キッカケ」 and 「辞めた」「辞めました」 are one) names a topic when all
    words of one of its `theme` entries are in it and the entry's last word is its head
    (「私の長所は」 ["長所"], 「退職を考えた理由は」 ["退職", "理由"], 「辞めたのは」 ["辞める",
    "の"]); otherwise a topic's `declares` words in that sentence say it (「〜と申します」)."""
    memo = doc.memo
    if "declared" in memo:
        found: tuple[Topic, Span] | None = memo["declared"]
        return found
    found = None
    first = _first_said(doc)
    if first is not None:
        found = _by_theme(doc, first) or _by_condition(doc, first) or _by_words(doc, first)
    memo["declared"] = found
    return found


def _first_said(doc: Doc) -> Sentence | None:
    """The answer's first sentence, or the first after the question asked back (「短所、ですか。
    えー、長所でしたら…」: Doc.asked_back)."""
    echoes = doc.asked_back()
    return doc.sentences[len(echoes)] if len(doc.sentences) > len(echoes) else None


@cache
def _conditionals() -> frozenset[str]:
    return frozenset(lexicon().demands_raw["conditional_copulas"])


def _by_condition(doc: Doc, first: Sentence) -> tuple[Topic, Span] | None:
    """A theme offered on a condition (「長所でしたら、」「成功体験でよろしければ」: _offered)."""
    found = _offered(first.text)
    if found is None:
        return None
    topic, begin, end = found
    return topic, doc.span(first.start + begin, first.start + end)


# The first characters of a sentence read for a theme offered on a condition (as for a theme
# before は: a は further on belongs to the body).
_CONDITION_CHARS = 40


@lru_cache(maxsize=1024)
def _offered(text: str) -> tuple[Topic, int, int] | None:
    """The topic whose theme the sentence ``text`` opens on, closed by a conditional ([demands]
    conditional_copulas in Sudachi's 仮定形: 長所+でし+たら, 長所+なら, 体験+で+よろしけれ+ば),
    with the offsets of the words from that theme to the conditional. Only the first words are
    read (as for a theme before は), past any interjection or filler."""
    head = text[:_CONDITION_CHARS]
    if "ら" not in head and "ば" not in head:  # (cheap: でしたら, なら, であれば)
        return None
    words = [(m.normalized_form(), m.part_of_speech(), m.begin(), m.end()) for m in morphemes(head)]
    lead = 0
    while lead < len(words) and words[lead][1][0] in BARE:
        lead += 1
    words = words[lead : lead + _THEME_WORDS]
    conditionals = _conditionals()
    at = next(
        (i for i, w in enumerate(words) if w[1][5].startswith("仮定形") and w[0] in conditionals),
        None,
    )
    if not at:
        return None
    end = at
    while end and (
        (words[end - 1][1][0] == "助動詞" and words[end - 1][0] in ("だ", "です"))
        or (words[end - 1][1][1] == "格助詞" and words[end - 1][0] == "で")
    ):
        end -= 1
    if not end or words[end - 1][1][0] != "名詞":
        return None
    last = words[end - 1][0]
    said = {w[0] for w in words[:end]}
    for topic in _themed():
        for entry in topic.theme:
            if entry[-1] == last and said.issuperset(entry):
                start = next(i for i in range(end) if words[i][0] in entry)
                return topic, words[start][2], words[at][3]
    return None


def _by_theme(doc: Doc, first: Sentence) -> tuple[Topic, Span] | None:
    cut = first.text.find("は", 1, 40)
    head = first.text[: cut + 1] if cut >= 0 else first.text[:40]
    if cut < 0 and not _CLOSERS.search(head):  # (cheap: no theme can close, _closer)
        return None
    found = _theme(head)
    if found is None:
        return None
    topic, begin, end = found
    return topic, doc.span(first.start + begin, first.start + end)


@lru_cache(maxsize=4096)
def _theme(head: str) -> tuple[Topic, int, int] | None:
    """The topic the theme ``head`` (a first sentence up to its first は) names, with the
    offsets in ``head`` of the words that name it (a pure function of ``head``: read once per
    theme, and answers open on few themes: 「私の強みは」)."""
    # Only the words up to that は are read (Sudachi on a few characters: the answer's own
    # words may not be tokenized yet, and most answers need them nowhere else).
    ml = morphemes(head)
    words = [(m.surface(), m.normalized_form(), m.part_of_speech(), m.end()) for m in ml]
    words = words[:_THEME_WORDS]
    at = next((i for i, w in enumerate(words) if w[0] == "は" and w[2][1] == "係助詞"), None)
    close = at
    if at is None:
        at = _closer(words)
        close = at + 2 if at is not None and words[at][0] == "に" else at  # (…について)
    if not at or close is None:
        return None
    end = at
    while end and (
        words[end - 1][2][1] in _THEME_TAIL_POS2
        or (words[end - 1][2][0] == "助動詞" and words[end - 1][1] == "だ")
    ):
        end -= 1
    if not end:
        return None
    last = words[end - 1][1]
    said = {w[1] for w in words[:end]}
    for topic in _themed():
        for entry in topic.theme:
            if entry[-1] == last and said.issuperset(entry):
                start = next(i for i in range(end) if words[i][1] in entry)
                begin = words[start - 1][3] if start else 0
                return topic, begin, words[close][3]
    return None


def _closer(words: list[tuple[str, str, tuple[str, ...], int]]) -> int | None:
    """Where a theme with no は closes: the topic one is going to talk about, 「退職理由について
    ですが」「辞めた理由からお話しします」「転職理由を説明します」 (に+つい+て; から or を before a
    verb of telling, [demands] telling_verbs, normalized forms, past an honorific お)."""
    telling = _telling()
    for i, (surface, _, pos, _) in enumerate(words):
        if pos[1] != "格助詞":
            continue
        if surface == "に" and [w[0] for w in words[i + 1 : i + 3]] == ["つい", "て"]:
            return i
        if surface in ("から", "を"):
            k = i + 1
            if k < len(words) and words[k][2][0] == "接頭辞":
                k += 1
            if k < len(words) and words[k][1] in telling:
                return i
    return None


@cache
def _telling() -> frozenset[str]:
    return frozenset(lexicon().demands_raw["telling_verbs"])


def _by_words(doc: Doc, first: Sentence) -> tuple[Topic, Span] | None:
    text = fold(first.text)
    if len(first.text) <= _NAME_CHARS and _a_name(first.text):
        named = next((t for t in _themed() if t.names_self), None)
        if named is not None:
            return named, doc.span(first.start, first.end)
    union = _declarations()
    if union is not None and union.search(text) is None:
        return None  # (no topic's `declares` words: one scan of their union, most answers)
    for topic in _themed():
        if topic.declares is not None:
            found = topic.declares.search(text)
            if found is not None and len(text) == len(first.text):
                return topic, doc.span(first.start + found.start(), first.start + found.end())
            if found is not None:  # folding changed the length: find it in the answer
                span = doc.first(topic.declares, within=first)
                if span is not None:
                    return topic, span
    return None


# A name said alone (「佐藤です。」「山田太郎でございます。」) is short.
_NAME_CHARS = 14


@lru_cache(maxsize=1024)
def _a_name(text: str) -> bool:
    """The sentence is a person's name (Sudachi's 固有名詞・人名), then a copula only (read
    once per sentence: short first sentences recur, 「よろしくお願いします。」)."""
    words = [(m.part_of_speech(), m.normalized_form()) for m in morphemes(text)]
    # (a greeting before it, a clause with no noun up to its comma: 「はじめまして、高橋です。」)
    comma = next((i for i, w in enumerate(words) if w[0][1] == "読点"), None)
    if comma is not None and all(w[0][0] not in ("名詞", "代名詞") for w in words[:comma]):
        words = words[comma + 1 :]
    names = 0
    while names < len(words) and words[names][0][2] == "人名":
        names += 1
    rest = [w for w in words[names:] if w[0][0] not in ("補助記号", "空白")]
    return (
        names > 0
        and bool(rest)
        and all(w[0][0] == "助動詞" or w[1] == "御座る" for w in rest)
        and (rest[0][1] in ("です", "だ", "で"))
    )


@cache
def _declarations() -> Matcher | None:
    """The union of the topics' `declares` patterns (patterns.any_of), behind a literal gate
    (patterns.gated: its first characters に, か are common, its literals rare)."""
    union = any_of(t.declares for t in _themed() if t.declares is not None)
    return gated(union) if union is not None else None


@cache
def _themed() -> tuple[Topic, ...]:
    """The topics an answer can declare (a `theme` or `declares` in topics.toml)."""
    return tuple(t for t in lexicon().topics if t.theme or t.declares is not None)


def declared_other(doc: Doc, topic: Topic) -> Span | None:
    """The words by which the answer declares it answers another topic than ``topic`` and
    gives nothing of this one: not a topic akin to it (「私の長所は」 for a self-PR), and the
    other topic's addressee named (a motivation: this company). An opposite (長所 for a
    question on 短所) misses the question unless the answer names this topic's marks too; any
    other topic misses it when the answer has none of this topic's core (or marks, or answer
    words, for a topic with no core): 「休日は山に登ります」 for a self-PR, 「御社を志望した理由は」
    for a 自己紹介 with no name nor career."""
    said = declared(doc)
    if said is None:
        return None
    other, span = said
    if other.name == topic.name or other.name in topic.akin:
        return None
    first = _first_said(doc)
    if other.acts_ahead and first is not None and told_past(first.text):
        return None  # 「入社後は定型業務が中心でした」: a topic ahead named, a past told under it
    text = doc.folded
    # 「事務職を志望した理由は」 names what else is applied for (「志望動機は」 does not)
    theme = doc.text[first.start if first is not None else 0 : span.end]
    if other.addressee is not None and "を" in theme and not other.addressee.search(text):
        return None
    # (the question's words asked back are the interviewer's: 「短所、ですか。長所でしたら…」)
    echoes = doc.asked_back()
    if echoes:
        text = blanked(text, ((s.start, s.end) for s in echoes))
    if other.name in topic.opposites:
        if topic.marks is not None and topic.marks.search(text):
            return None
        return None if _turned(doc, span, topic, text) else span
    asked = topic.core or topic.marks or topic.answer
    if asked.search(text):
        return None
    if topic.flaw and first is not None and topic.answer.search(first.text):
        return None  # (the flaw named where another is declared: 「周りからは頑固だと言われます」)
    return span


def opposite_turned(doc: Doc, topic: Topic) -> bool:
    """The answer declares an opposite of ``topic`` and turns to ``topic`` at once (_turned)."""
    said = declared(doc)
    if said is None or said[0].name not in topic.opposites:
        return False
    return _turned(doc, said[1], topic, doc.folded)


def _turned(doc: Doc, span: Span, topic: Topic, text: str) -> bool:
    """An opposite declared (「私の強みは粘り強さです」 for a weakness asked) and turned at once:
    a conceding particle after it in its sentence ([grammar] clause_breaks: ですが、), or a
    conjunction (Sudachi's 接続詞: ただ, しかし) or a noun of contrast ([grammar] contrast_nouns:
    その反面, 一方で, 逆に) opening the next sentence; then the topic asked told after the turn,
    in its own words (its core, or its answer words: 苦手, ところがあ) or, for a flaw, in any
    words (demands.hardship: 雑になりがち). A weakness told as the other side of a strength."""
    at = _turn(doc, span)
    if at is None:
        return False
    after = blanked(text, [(0, at)])
    if (topic.core or topic.answer).search(after):
        return True
    if not topic.flaw:
        return False
    from furikaeri.analyzer.demands.hardships import hardship

    return hardship(doc, topic, told=after)


def _turn(doc: Doc, span: Span) -> int | None:
    """Where the answer turns right after the declaration ``span`` (_turned), as an offset of
    doc.folded."""
    said = next((s for s in doc.sentences if s.start <= span.start < s.end), None)
    if said is None:
        return None
    ws, begins, ends = doc.words, doc.begins, doc.ends
    breaks = grammar("clause_breaks")
    contrast = grammar("contrast_nouns")
    i = bisect_left(begins, span.end)
    while i < len(ws) and ends[i] <= said.end:
        if ws[i].pos == "助詞" and ws[i].pos2 == "接続助詞" and ws[i].surface in breaks:
            return ends[i]
        i += 1
    nxt = next((s for s in doc.sentences if s.start >= said.end), None)
    if nxt is None:
        return None
    i = bisect_left(begins, nxt.start)
    while i < len(ws) and ws[i].pos in ("連体詞", "補助記号", "空白"):
        i += 1  # (その反面)
    if (
        i < len(ws)
        and ends[i] <= nxt.end
        and (ws[i].pos == "接続詞" or (ws[i].pos == "名詞" and ws[i].normalized in contrast))
    ):
        return ends[i]
    return None
