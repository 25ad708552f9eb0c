"""Readings of an answer's Sudachi morphemes for rules whose words are named in the data files
by their normalized forms (one entry covers every spelling and conjugation: 辞める covers 辞め,
辞めた, 辞めちゃった; 箇月 covers か月・カ月・ヶ月), with the grammar read from parts of speech and
conjugation instead of alternations of surface strings. The Doc's morphemes are read as they are
(nothing is tokenized again); each reading gives the exact words as evidence.

- stated_stay: a stay of months or less told outright (「入社5か月で退職しました」「ひと月で辞職」
  「1ヶ月も経たずに辞めました」「入社してすぐに会社を去りました」);
- disclaimed: a complaint set aside outright or the former place praised before its but
  (「お給料に不満があったのではありません」「月給が下がるのは覚悟のうえです」「待遇には満足して
  おりましたが、」);
- worn_out: the body giving out at the work (「体力的に続かず」「身体がもちませんでした」「腰を
  痛めてしまい」), a reason of one's own for leaving;
- escapes: a wish only to get away from where one is (「今の環境から抜け出したい」「この部署から
  離れたくて」「現状から脱却したい」).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache

from furikaeri import lazy_re
from furikaeri.analyzer.cross.table import data
from furikaeri.analyzer.denial import negation_forms
from furikaeri.analyzer.doc import Doc
from furikaeri.analyzer.lexicon import grammar, lexicon, negator_lemmas
from furikaeri.analyzer.semantics import Concept, concept, normalized_forms, polarity
from furikaeri.analyzer.types import Span
from furikaeri.nlp import Word

# Punctuation that ends a sentence, and the comma that ends a clause.
_FULL_STOPS = frozenset({"。", "！", "？", "!", "?", "\n"})
_COMMAS = frozenset({"、", ",", "，"})
# Between a start (入社, 入る) and a word of immediacy: する, a suffix (後), the linking て.
_AFTER_START = frozenset({"動詞", "接尾辞"})


@cache
def _forms(section: str, key: str) -> frozenset[str]:
    """The words of an analyzer.toml list, with each one's Sudachi normalized form."""
    return normalized_forms(tuple(lexicon().raw[section][key]))


def _is(w: Word, forms: frozenset[str]) -> bool:
    return w.normalized in forms or w.lemma in forms


def _leaves(w: Word, leaving: frozenset[str]) -> bool:
    """A word of leaving one's job: a verb or noun of `leaving` (辞める, 退職), or a compound noun
    that begins with one (退職届, 退職願), not a noun made of it by a suffix (退職者)."""
    if _is(w, leaving):
        return True
    return w.pos == "名詞" and any(w.normalized.startswith(x) for x in leaving if len(x) > 1)


def _ends(ws: list[Word], i: int) -> bool:
    """Word i ends the sentence (or there is no word i)."""
    return i >= len(ws) or ws[i].surface in _FULL_STOPS


def _leaving_within(ws: list[Word], j: int, reach: int, leaving: frozenset[str]) -> int | None:
    """The first word of leaving among the ``reach`` words from j, within the sentence and the
    clause (a comma right at j is passed: 「半年で、退職しました」)."""
    for k in range(j, min(len(ws), j + reach)):
        w = ws[k]
        if w.surface in _FULL_STOPS or (w.surface in _COMMAS and k > j):
            return None
        if _leaves(w, leaving) and not (k + 1 < len(ws) and ws[k + 1].pos == "接尾辞"):
            return k
    return None


def _soon(ws: list[Word], i: int, soon: frozenset[str]) -> int | None:
    """The index after a word of immediacy (直ぐ, 早々, 直後) at i, or after the words that
    spell one together (Sudachi reads まもなく as ま・も・なく): None when there is none."""
    if i < len(ws) and _is(ws[i], soon):
        return i + 1
    joined = ""
    for k in range(i, min(len(ws), i + 3)):
        joined += ws[k].surface
        if joined in soon:
            return k + 1
    return None


def stated_stay(doc: Doc) -> Span | None:
    """A stay of months or less told with a leaving ([short_tenure] stay_*): a number and a
    counter of time (`stay_counters`: 箇月, 週間, 日) or a span said whole (`stay_spans`: 半年,
    ひと月), then in at most three words (ほど, 弱, 足らず, も経たず, 目) the particle で or に,
    and a word of `leaving` within `stay_reach` words of the clause; or a start (`stay_starts`:
    入社, 入る) and, past して or 後, a word of immediacy (`stay_soon`: すぐ, 間もなく), then the
    leaving. The words from the number (or the start) to the leaving are the evidence."""
    if not doc.text:
        return None
    ws = doc.words
    raw = lexicon().raw["short_tenure"]
    counters, spans = _forms("short_tenure", "stay_counters"), _forms("short_tenure", "stay_spans")
    starts, soon = _forms("short_tenure", "stay_starts"), _forms("short_tenure", "stay_soon")
    leaving = _forms("short_tenure", "leaving")
    reach = int(raw["stay_reach"])
    n = len(ws)
    for i, w in enumerate(ws):  # (_is inline: this loop reads every word of the answer)
        j: int | None = None
        if w.pos2 == "数詞" and i + 1 < n and _is(ws[i + 1], counters):
            j = _particle(ws, i + 2)
        elif w.normalized in spans or w.lemma in spans:
            j = _particle(ws, i + 1)
        elif w.normalized in starts or w.lemma in starts:
            k = i + 1
            while k < min(n, i + 3) and (ws[k].pos in _AFTER_START or ws[k].pos2 == "接続助詞"):
                k += 1  # 入社|し|て, 入社|後, 入っ|て
            j = _soon(ws, k, soon)
            if j is not None and j < n and ws[j].surface == "に":
                j += 1
        if j is None:
            continue
        end = _leaving_within(ws, j, reach, leaving)
        if end is not None:
            return doc.span(doc.begins[i], doc.ends[end])
    return None


def _particle(ws: list[Word], j: int) -> int | None:
    """The index after で or に (case particles) at j, past at most three words that qualify
    the span ([short_tenure] stay_between: ほど, 弱, 目, 足ら・ず, も・経た・ず; not 以内, which
    tells a limit, not a stay: 「新人が三か月以内に辞めてしまう」)."""
    between = _forms("short_tenure", "stay_between")
    for k in range(j, min(len(ws), j + 4)):
        w = ws[k]
        if w.pos2 == "格助詞" or (w.pos == "助動詞" and w.surface in ("で", "に")):
            return k + 1 if w.surface in ("で", "に") else None
        if not (_is(w, between) or w.surface in between):
            return None
    return None


def escapes(doc: Doc) -> list[Span]:
    """Wishes only to get away ([complained] escape: 抜け出す, 離れる, 逃げる, 脱却): a verb of
    `escape` (a サ変 noun with する), its clause marking what is left with から or を before it,
    and the wish (〜たい, by POS) among the auxiliaries that complete it, not denied after
    (「離れたくない」). The evidence runs from the verb to the wish."""
    escape = _escape_forms()
    if not escape:
        return []
    ws = doc.words
    out: list[Span] = []
    marked = False  # a から or を earlier in the clause
    for i, w in enumerate(ws):
        if w.surface in _FULL_STOPS or w.surface in _COMMAS:
            marked = False
            continue
        if w.pos2 == "格助詞" and w.surface in ("から", "を"):
            marked = True
            continue
        if not marked or w.pos not in ("動詞", "名詞") or not _is(w, escape):
            continue
        wish = _wish_after(ws, i)
        if wish is not None:
            out.append(doc.span(doc.begins[i], doc.ends[wish]))
    return out


@cache
def _escape_forms() -> frozenset[str]:
    words = data().complained.escape
    return normalized_forms(tuple(words)) if words else frozenset()


def _wish_after(ws: list[Word], i: int) -> int | None:
    """The index of たい among the words that complete the predicate at i (する after a サ変
    noun, auxiliaries, dependent verbs after て: 出ていきたい, 解放されたい), when no negation
    follows it."""
    k = i + 1
    n = len(ws)
    while k < n:
        w = ws[k]
        if w.pos == "助動詞" and w.lemma == "たい":
            after = ws[k + 1] if k + 1 < n else None
            return None if after is not None and _is(after, negation_forms()) else k
        attached = (
            w.pos == "助動詞"
            or w.pos == "接尾辞"
            or (w.pos == "動詞" and w.pos2 == "非自立可能")
            or (w.pos2 == "接続助詞" and w.surface in ("て", "で"))
        )
        if not attached:
            return None
        k += 1
    return None


def disclaimed(doc: Doc) -> Span | None:
    """A complaint set aside outright or the former place praised before its but ([blame]
    disclaimed_*): a word of a complaint's topic (the concepts `disclaimed_concepts`: pay,
    hours, time off, by normalized form and synonym group; or `disclaimed_topics`: 不満,
    人間関係) and, within `disclaimed_reach` words of its sentence, a copula denied (で・は・
    ない, ではありません, ではございません, じゃない: 「不満があったわけではありません」「給料が
    低かったからではなく」; not 「だけではなく」, which adds to it) or a word of acceptance
    (`disclaimed_accepts`: 承知, 覚悟, 納得) not denied; or a word of praise
    (`disclaimed_praise`: 恵まれる, 感謝, 満足) not denied, its clause closing on a concession
    ([grammar] clause_breaks: が, けど, ものの). The words from the topic or the praise to the
    denial, the acceptance or the concession are the evidence."""
    raw = lexicon().raw["blame"]
    topics, accepts = _forms("blame", "disclaimed_topics"), _forms("blame", "disclaimed_accepts")
    praise = _forms("blame", "disclaimed_praise")
    concepts = _disclaimed_concepts()
    breaks = grammar("clause_breaks")
    reach = int(raw["disclaimed_reach"])
    ws, ml = doc.words, doc.morphemes
    n = len(ws)
    for i, w in enumerate(ws):
        # (_is inline, and the concepts as one: this loop reads every word of the answer)
        if w.pos == "名詞" and (
            w.normalized in topics or w.lemma in topics or concepts.has_word(w, ml, i)
        ):
            for k in range(i + 1, min(n, i + reach)):
                if ws[k].surface in _FULL_STOPS:
                    break
                end = _copula_denied(ws, k)
                if end is not None and _judges_noun(ws, k):
                    break  # (「取れる雰囲気ではなかった」: the place judged, no disclaimer)
                if end is None and _is(ws[k], accepts) and not _denied_after(ws, k):
                    end = k
                if end is not None:
                    return doc.span(doc.begins[i], doc.ends[end])
        elif (w.normalized in praise or w.lemma in praise) and not _denied_after(ws, i):
            for k in range(i + 1, min(n, i + reach)):
                if ws[k].surface in _FULL_STOPS or ws[k].surface in _COMMAS:
                    break
                if ws[k].pos2 == "接続助詞" and ws[k].surface in breaks:
                    return doc.span(doc.begins[i], doc.ends[k])
    return None


@cache
def _disclaimed_concepts() -> Concept:
    """The concepts of [blame] disclaimed_concepts as one: a word belongs to it when it belongs
    to any of them (its normalized form a seed of one, or a synonym group shared with one)."""
    concepts = [concept(name) for name in lexicon().raw["blame"]["disclaimed_concepts"]]
    seeds = frozenset().union(*(c.seeds for c in concepts))
    return Concept(seeds, frozenset().union(*(c.groups for c in concepts)))


def _judges_noun(ws: list[Word], k: int) -> bool:
    """The copula at ``k`` follows a noun that a predicate modifies right before it, and no
    formal noun ([blame] disclaimed_formal: わけ, こと): 「有休なんて取れる雰囲気じゃなかった」
    denies what the place was like, unlike 「不満があるわけではない」."""
    if k < 2 or ws[k - 1].pos != "名詞" or ws[k - 1].normalized in _formal_nouns():
        return False
    return ws[k - 2].pos in ("動詞", "形容詞") or (
        ws[k - 2].pos == "助動詞" and ws[k - 2].normalized not in ("だ", "です")
    )


@cache
def _formal_nouns() -> frozenset[str]:
    return frozenset(lexicon().raw["blame"]["disclaimed_formal"])


def _copula_denied(ws: list[Word], k: int) -> int | None:
    """The index of the negation when で (or じゃ) at k, then は, then a negation (ない, 無い) or
    ある・ござる denied follow: 「…わけではありません」「…のではなく」; None after だけ, のみ,
    ばかり (「給与だけではなく」 adds) and otherwise."""
    if ws[k].surface not in ("で", "じゃ") or (k and ws[k - 1].pos2 == "副助詞"):
        return None
    if ws[k].surface == "で" and (k + 1 >= len(ws) or ws[k + 1].surface != "は"):
        return None
    j = k + 1 if ws[k].surface == "じゃ" else k + 2
    if j >= len(ws):
        return None
    if _is(ws[j], negation_forms()):
        return j
    if ws[j].normalized in ("有る", "御座る"):
        return _negation_after(ws, j)
    return None


def worn_out(doc: Doc, *, harmed: bool = False) -> Span | None:
    """The body giving out at the work: a word of [concepts] body (体力, 体, 腰, with Sudachi
    synonyms), then within [short_tenure.read] reach words of its clause a verb of [concepts]
    lasting denied (「体力的に続かず」「身体がもちませんでした」「体がついていかず」), a verb of
    [concepts] harm (「腰を痛めてしまい」「体を壊し」), or a word the polarity dictionary reads as
    negative and its predicate does not deny (「体力的にきつくて」「体力的に限界でした」「足腰に
    負担がかかり」; not 「体力的な負担はありません」). From the body word to that word; None for
    「体力には自信があります」. ``harmed``: only the body harmed (an injury, an illness: 「腰を
    痛め」), of which the present state must be told as of any illness."""
    ws, ml = doc.words, doc.morphemes
    body, lasting, harm = concept("body"), concept("lasting"), concept("harm")
    reach = lexicon().raw["short_tenure"]["read"]["reach"]
    pol = polarity()
    for i, w in enumerate(ws):
        if w.pos != "名詞" or not body.has_word(w, ml, i):
            continue
        for k in range(i + 1, min(len(ws), i + 1 + reach)):
            v = ws[k]
            if v.surface in _FULL_STOPS or v.surface in _COMMAS:
                break
            if v.pos == "動詞" and (
                (not harmed and lasting.has_word(v, ml, k) and _denied_after(ws, k))
                or harm.has_word(v, ml, k)
            ):
                return doc.span(doc.begins[i], doc.ends[k])
            if (
                not harmed
                and v.pos in ("形容詞", "名詞")
                and pol.of(v.lemma, noun=v.pos == "名詞") < 0
                and not _denied_after(ws, k)
                and not (v.pos == "名詞" and _noun_denied(ws, k))
            ):
                return doc.span(doc.begins[i], doc.ends[k])
    return None


def _noun_denied(ws: list[Word], k: int) -> bool:
    """The noun at k is the subject of a negation or of ある denied (「負担はありません」「問題
    がない」)."""
    j = k + 1
    if j < len(ws) and ws[j].pos == "助詞" and ws[j].surface in ("は", "が", "も"):
        j += 1
    if j >= len(ws):
        return False
    if _is(ws[j], negation_forms()):
        return True
    return ws[j].normalized in ("有る", "御座る") and _denied_after(ws, j)


def _denied_after(ws: list[Word], i: int) -> bool:
    """A negation among the words that complete the predicate at i: 「納得できず」."""
    return _negation_after(ws, i) is not None


def _negation_after(ws: list[Word], i: int) -> int | None:
    """The index of a negation among the words that complete the predicate at i (する after a
    サ変 noun, できる, auxiliaries, dependent verbs after て): 「納得できず」「満足していません」
    「ございません」."""
    k = i + 1
    while k < len(ws):
        w = ws[k]
        if _is(w, negation_forms()):
            return k
        if not (
            w.pos == "助動詞"
            or w.pos == "接尾辞"
            or (w.pos == "動詞" and (w.pos2 == "非自立可能" or w.normalized == "出来る"))
            or (w.pos2 == "接続助詞" and w.surface in ("て", "で"))
        ):
            return None
        k += 1
    return None


def routine(doc: Doc) -> Span | None:
    """The first of routines(doc), or None."""
    return next(routines(doc), None)


def routines(doc: Doc) -> Iterator[Span]:
    """One's own habit or study told ([routine], topics.toml `routine`): in a sentence,

    - a number within three words before ずつ (「1日10問ずつ」「三十ページ程度ずつ」);
    - a word of study (`study`: 勉強, 独学, 独習, 筋トレ) done by oneself: followed by を, に,
      も, 中 or する, not passive, and not 勉強になる (something was instructive);
    - a word of frequency (`habits`: 毎朝, 毎日) with, later in the sentence, a verb of keeping
      at it (`keep`: 続ける, 心掛ける, 励む, 欠かす), a noun of habit (`habit_nouns`: 日課,
      習慣) or an act done or going on (する, 〜ている, not passive: 「毎日筋トレしてまして」
      「毎日ニュースサイトで情報を集めています」);
    - a noun of habit by itself (「寝る前に見るのが日課です」「読む習慣があります」);
    - a verb of keeping at it going on (て・いる) or ように・する, one's own effort told
      (「生活を続けています」「早起きするように心がけています」); 続く (「値上げが続いて
      います」) is the world's;

    told in the present: a sentence in the past from there on tells an episode (「原因を一つ
    ずつ洗い出しました」). The words that tell each are the evidence."""
    if _routine_gate().search(doc.folded) is None:
        return  # (none of the words can be there: the answer is not tokenized for it)
    habits, keep = _forms("routine", "habits"), _forms("routine", "keep")
    nouns, study = _forms("routine", "habit_nouns"), _forms("routine", "study")
    loose = _forms("routine", "loose_counters")
    read = habits | keep | nouns | study
    ws = doc.words
    n = len(ws)
    habit_at: int | None = None  # a word of frequency earlier in the sentence
    for i, w in enumerate(ws):
        if w.surface in _FULL_STOPS:
            habit_at = None
            continue
        if habit_at is None and _unread(w, read):
            continue  # (no test below can hold: most words, passed without a call per test)
        nxt = ws[i + 1] if i + 1 < n else None
        found: tuple[int, int] | None = None
        if w.surface == "ずつ" and w.pos2 == "副助詞":
            # (a counter between: 10問ずつ, 三十ページ程度ずつ; not 一つずつ, 少しずつ: `loose`)
            num = next((k for k in range(max(0, i - 3), i - 1) if ws[k].pos2 == "数詞"), None)
            if num is not None and ws[num + 1].surface in loose:
                num = None
            if num is not None:
                found = (num, i)
        elif _is(w, study) and nxt is not None and _own_act(ws, i):
            found = (i, i + 1)
        elif _is(w, habits):
            habit_at = i
        elif habit_at is not None and (
            _is(w, keep)
            or _is(w, nouns)
            or (w.normalized == "為る" and not _passive(ws, i))
            or (w.pos == "動詞" and _progressive(ws, i))  # (a passive has られ before て)
        ):
            found = (habit_at, i)
        elif (w.pos == "動詞" and _is(w, keep) and _progressive(ws, i)) or _is(w, nouns):
            found = (i, i)  # (a noun of habit by itself: 「見るのが日課になっています」)
        elif (
            w.surface == "よう"
            and w.pos == "形状詞"
            and nxt is not None
            and nxt.surface == "に"
            and i + 2 < n
            and (ws[i + 2].normalized == "為る" or _is(ws[i + 2], keep))
        ):
            found = (i, i + 2)
        if found is not None and not _past(ws, found[1]) and not _planned(ws, found[1]):
            yield doc.span(doc.begins[found[0]], doc.ends[found[1]])


@cache
def _routine_gate() -> re.Pattern[str]:
    """A cheap gate before the morphemes: ずつ, ように, or a word of [routine] as listed, a verb
    without its last letter (続け, 励, 欠か; kana spellings are listed too: 心がける)."""
    raw = lexicon().raw["routine"]
    stems = {"ずつ", "ように"}
    for key in ("habits", "keep", "habit_nouns", "study"):
        for word in raw[key]:
            stems.add(word[:-1] if _HIRAGANA.match(word[-1]) else word)
    return re.compile("|".join(sorted(map(re.escape, stems), key=len, reverse=True)))


_HIRAGANA = lazy_re.compile("[\u3041-\u3096]")


def named_piece(doc: Doc, at: int) -> bool:
    """The genre word at offset ``at`` names a piece of it: a common noun and の before it, the
    noun no place one reads in ([routine].media: テレビのニュース is the genre, 人手不足の記事 a
    piece of news)."""
    i = bisect_left(doc.begins, at)
    if i < 2 or doc.begins[i] != at or doc.words[i - 1].surface != "の":
        return False
    w = doc.words[i - 2]
    return (
        w.pos2 == "普通名詞"
        and not _is(w, _forms("routine", "media"))
        and not _is(w, _forms("routine", "sections"))
    )


def names_section(doc: Doc, at: int) -> bool:
    """The genre word at offset ``at`` follows a word of [routine].sections, directly or with の
    (「経済ニュース」「IT関連の記事」): the field one reads, not a piece of news."""
    i = bisect_left(doc.begins, at)
    if i < 1 or i >= len(doc.begins) or doc.begins[i] != at:
        return False
    before = i - 2 if i >= 2 and doc.words[i - 1].surface == "の" else i - 1
    return _is(doc.words[before], _forms("routine", "sections"))


def _planned(ws: list[Word], i: int) -> bool:
    """The sentence of word i plans the act from there on ([routine].ahead: たい, つもり, or a
    verb in the volitional, 続けよう): a plan ahead, not a habit kept now."""
    ahead = _forms("routine", "ahead")
    for k in range(i, len(ws)):
        w = ws[k]
        if w.surface in _FULL_STOPS:
            return False
        if _is(w, ahead) or (w.pos == "動詞" and w.surface != w.lemma and w.surface[-1] == "う"):
            return True
    return False


def _unread(w: Word, read: frozenset[str]) -> bool:
    """No test of routines() holds for ``w`` unless a word of frequency came before it: not
    ずつ nor よう, and neither form of it is in ``read`` (their words: study, habits, keep,
    habit nouns)."""
    return w.surface not in ("ずつ", "よう") and w.normalized not in read and w.lemma not in read


def _past(ws: list[Word], i: int) -> bool:
    """The sentence of word i is told in the past from there on (the auxiliary た): an episode
    (「原因を一つずつ洗い出しました」「共有するようにしました」), not a habit kept now."""
    for k in range(i, len(ws)):
        w = ws[k]
        if w.surface in _FULL_STOPS:
            return False
        if w.pos == "助動詞" and w.lemma == "た":
            return True
    return False


def _progressive(ws: list[Word], i: int) -> bool:
    """The verb at i goes on (て・いる, て・おる, てる: 「続けています」「心がけております」), not
    wished (続けたい) nor denied (欠かせない)."""
    if i + 1 < len(ws) and ws[i + 1].pos == "助動詞" and ws[i + 1].lemma == "てる":
        return True
    return (
        i + 2 < len(ws)
        and ws[i + 1].pos2 == "接続助詞"
        and ws[i + 1].surface in ("て", "で")
        and ws[i + 2].normalized in ("居る", "おる")
    )


def _own_act(ws: list[Word], i: int) -> bool:
    """The study word at i is done: を, に, も or 中 after it, or する not passive; not
    「勉強になる」."""
    nxt = ws[i + 1]
    if nxt.surface == "に" and i + 2 < len(ws) and ws[i + 2].normalized == "成る":
        return False
    if nxt.pos == "助詞" and nxt.surface in ("を", "に", "も"):
        return True
    if nxt.pos == "接尾辞" and nxt.surface == "中":
        return True
    return nxt.normalized == "為る" and not _passive(ws, i + 1)


def _passive(ws: list[Word], i: int) -> bool:
    """The verb at i is passive (される, 報道されている): someone else's act."""
    return i + 1 < len(ws) and ws[i + 1].pos == "助動詞" and ws[i + 1].lemma in ("れる", "られる")


# How far a word of question reaches for the も that makes it "any" (「どのような業務にも」
# 「何をやらされても」).
_ANY_REACH = 8


def any_spans(doc: Doc) -> list[tuple[int, int]]:
    """The stretches that say "any" (analyzer.toml [grammar] indefinites: a word of question
    closed by the particle も in its own clause, no question particle か between: 「どのような
    仕事でも」「どこに行っても」; not 「どんな仕事をしているのかも」): they name no particular
    work or place. Offsets of doc.folded."""
    if not lexicon().indefinite_gate.search(doc.folded):  # (a cheap gate before the words)
        return []
    ws, begins, ends = doc.words, doc.begins, doc.ends
    wh = grammar("indefinites")
    out = []
    for i, w in enumerate(ws):
        if w.normalized not in wh or w.pos not in ("代名詞", "連体詞", "副詞"):
            continue
        for j in range(i + 1, min(i + 1 + _ANY_REACH, len(ws))):
            x = ws[j]
            if x.pos in ("補助記号", "空白") or (x.pos == "助詞" and x.surface == "か"):
                break
            if x.pos == "助詞" and x.surface == "も":
                out.append((begins[i], ends[j]))
                break
    return out


def quality_claimed(doc: Doc, start: int = 0) -> bool:
    """A strength claimed ([self_pr] claim_patterns naming one of its quality_words: a quality
    noun or confidence, 「課題解決力を発揮」「提案力には自信がございます」; or a quality noun
    they name, had: 「リーダーシップがあります」) at or after offset ``start`` of doc.folded."""
    words = _quality_words()
    claims = [s for s in doc.find(lexicon().pr_claims) if s.start >= start]
    return any(w in s.text for s in claims for w in words) or any(_had(doc, s) for s in claims)


def _had(doc: Doc, claim: Span) -> bool:
    """A quality the claim names as a noun, had (が, は or も, then 有る not denied: 「私には
    リーダーシップがあります」「責任感はあります」)."""
    ws, begins = doc.words, doc.begins
    i = bisect_left(begins, claim.end)
    return (
        i + 1 < len(ws)
        and begins[i] == claim.end
        and ws[i - 1].pos == "名詞"
        and ws[i].surface in ("が", "は", "も")
        and ws[i + 1].normalized == "有る"
        and not any(w.pos == "助動詞" and w.lemma in negator_lemmas() for w in ws[i + 2 : i + 4])
    )


@cache
def _quality_words() -> tuple[str, ...]:
    return tuple(lexicon().raw["self_pr"]["quality_words"])
