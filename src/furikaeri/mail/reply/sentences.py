"""What a reply's sentence says beside its clauses' causes: quoted words (the candidate's, a
reason for leaving, a verdict relayed), a refusal to tell, questions about published facts, a
topic header (moved from furikaeri.mail.reply). Pure."""

from __future__ import annotations

import re
from typing import Any

from furikaeri.mail.reply.advice import remedy_gains
from furikaeri.mail.reply.clauses import _clause_spans, _read_clause
from furikaeri.mail.reply.frames import _has_frame
from furikaeri.mail.reply.masks import _mask
from furikaeri.mail.reply.praise import _praises, praised_quotes
from furikaeri.mail.reply.refusal import (
    decision_judged,
    possible_refusal,
    practice_denied,
    reader_inquiry,
    refusal,
    verdict_only,
    verdict_quotes,
)
from furikaeri.mail.reply.rules import _ReplyRules
from furikaeri.mail.reply.topics import _topical
from furikaeri.mail.reply.words import _morphs, _offsets, _view, asking
from furikaeri.mail.text import normalize


def _quoted_reasons(rules: _ReplyRules, sent: str) -> list[str]:
    """The quotes of ``sent`` that tell a reason for leaving as people not fitting or treating
    the candidate badly ([quoted_reason]), where the words outside the quotes name the leaving
    and voice a concern."""
    _, context, people = rules.quoted_reason
    quotes = [m for m in rules.quote.finditer(sent)]
    if not quotes:
        return _reported_reasons(rules, sent)
    outside = rules.quote.sub(lambda m: "□" * len(m.group(0)), sent)
    if not context.search(outside):
        return []
    framed = _has_frame(rules, outside)
    from furikaeri.mail.reply.lack import excess, lack, negative_predicate

    found: list[str] = []
    for m in quotes:
        quote = m.group(1)
        # 「前職の同僚の方々について『やる気のない人ばかりだった』とのご発言」: the people named as
        # what the quote is about, the quote theirs; its concern may be voiced in a later
        # sentence (「この二点を懸念する声が」)
        of_them = _said_of_people(rules, sent[: m.start()])
        if not (framed or of_them):
            continue
        ms = _morphs(quote)
        if _amount_complaint(rules, ms) or (
            (of_them or people.find(_view(ms)))
            and (lack(ms) or negative_predicate(ms) or excess(ms))
        ):
            found.append(quote)
    return found


_OF_THEM = re.compile("(?:について|に関して|に対して|に対し|のことを)[、,]?$")


def _said_of_people(rules: _ReplyRules, lead: str) -> bool:
    """``lead`` (the sentence before a quote) ends on people of the workplace ([quoted_reason]
    people: 同僚, 上司) named as what the quote is about (について, に対して, のことを)."""
    tail = lead.replace(",", "、").rpartition("、")[2]
    return bool(_OF_THEM.search(tail)) and bool(rules.quoted_reason[2].find(_view(_morphs(tail))))


def _reported_reasons(rules: _ReplyRules, sent: str) -> list[str]:
    """The content of the candidate's talk reported without quotes (「前の会社のお給料が見合って
    いない、休日出勤が多い、といったお話が続き」) that complains about the former workplace's
    people or conditions ([quoted_reason] reported): read as a quoted reason is."""
    _, context, people = rules.quoted_reason
    marker, opener, dwell, denied = rules.reported
    from furikaeri.mail.reply.lack import excess, lack, negative_predicate

    found: list[str] = []
    start = 0
    for m in marker.finditer(sent):
        openers = list(opener.finditer(sent, start, m.start()))
        begin = openers[-1].end() if openers else start
        # within its clause: 「上司に恵まれなかったとのことでしたが、その中で…工夫されたことを
        # お話しいただけた」 reports the work done, the circumstance conceded before it
        splits = list(rules.split.finditer(sent, begin, m.start()))
        begin = splits[-1].end() if splits else begin
        content = sent[begin : m.start()].strip("、, ")
        after = sent[m.end() :]
        start = m.end()
        if not content or denied.match(after):
            continue
        if not (context.search(sent) or dwell.search(sent[m.start() :])):
            continue
        ms = _morphs(content)
        if _amount_complaint(rules, ms) or (
            people.find(_view(ms)) and (lack(ms) or negative_predicate(ms) or excess(ms))
        ):
            # the talk's noun goes with it: 「…という話が長く」 is no long answer
            found.append(sent[sent.index(content, begin) : m.end()])
    return found


_BETWEEN = ("が", "も", "は", "とても", "かなり", "非常に")  # between a noun and its amount


def _amount_complaint(rules: _ReplyRules, ms: Any) -> bool:
    """A burden told as much or a reward as little ([quoted_reason] burdens, rewards: 「残業が
    多かった」「お給料が低い」), the amount right after its noun and a particle (が, も, は)."""
    forms = [m.normalized_form() for m in ms]
    for nouns, amounts in rules.amounts:
        for i, form in enumerate(forms):
            if form not in nouns:
                continue
            rest = [f for f in forms[i + 1 : i + 4] if f not in _BETWEEN]
            if rest and rest[0] in amounts:
                return True
    return False


def _declines(rules: _ReplyRules, clause: str, before: str = "", prior: str = "") -> str | None:
    """The company's refusal to tell, not the candidate's inability in a scene of the
    interview (「うまくご説明できない場面がありました」: `declined_scene` after it) nor what the
    candidate did not tell when asked (`declined_asked` before it). An answer not received
    ([declined_relayed]) is the company's refusal where ``before`` (the sentence up to the
    clause), the clause or ``prior`` (the sentence before: an agent's 「先方に問い合わせ
    ました。…明確なコメントは頂戴できませんでした」) names the company as the one
    asked or answering, and what follows does not make it an observation of the interview."""
    if possible_refusal(rules.refusal, _morphs(clause)) is not None:
        return None  # 「内容によってはご回答できない場合もございます」: nothing decided
    said, party, observed, _ = rules.declined_relayed
    relayed = [
        m
        for m in said.finditer(clause)
        if (party.search(before) or party.search(prior) or party.search(clause, 0, m.start()))
        and not observed.match(clause, m.end())
        # 「3か月で辞めた理由について、納得できる説明がなかった」: the candidate's own matter
        and not _topical(rules, clause[: m.start()], hints=False)
    ]
    for m in [*rules.declined.finditer(clause), *relayed]:
        if rules.declined_scene.match(clause, m.end()):
            continue
        if _judged_after(rules, clause[m.end() :]):
            # 「具体的なお話を伺えず、自己PRが抽象的に感じられました」: a cause judged goes on
            # in the clause: what was not heard is the candidate's, no refusal
            continue
        if rules.declined_wish.search(clause, 0, m.start()):  # 「お気持ちにお応えできない」
            continue
        if _candidates(rules, clause, before, m.start(), prior):
            continue
        return m.group(0)
    forms, _, only = rules.verdict
    ms = _morphs(clause)
    verdict = verdict_only(forms, only, clause, ms)  # 「結果は見送りということのみでした」
    if verdict is not None:
        return verdict
    span = refusal(rules.refusal, ms)  # 「お伝えできる内容はございません」
    if span is None and _telling_topic(rules, before):
        span = practice_denied(rules.refusal, ms)  # 「フィードバックですが、…行っておりません」
    if span is not None:
        start, end = span
        if (
            not rules.declined_scene.match(clause, end)
            and not rules.declined_wish.search(clause, 0, start)
            and not _candidates(rules, clause, before, start)
            # 「志望動機も当社ならではの理由が伺えませんでした」: the candidate's own matter named
            and not _topical(rules, _past_inquiry(rules, clause[:start]), hints=False)
        ):
            return clause[start:end]
    return None


def _past_inquiry(rules: _ReplyRules, lead: str) -> str:
    """``lead`` after the last of the reader's inquiries in it ([refusal] `inquiries`, prefixed or
    `plain_inquiries`): the words before modify the inquiry (「お電話でのお問い合わせにも対応して
    おりません」: the medium of the inquiry, no manners of the candidate's); so do the means of
    contact (`channels`) told after it as the refusal's scope (「お問い合わせには、電話・メール
    ともに応じておりません」)."""
    forms = rules.refusal
    cut = 0
    ms = list(_morphs(lead))
    at = _offsets(ms)
    for j, m in enumerate(ms):
        channel = m.normalized_form() in forms.channels and m.part_of_speech()[0] == "名詞"
        if reader_inquiry(forms, ms, j) or (cut and channel):
            cut = at[j + 1]
    return lead[cut:]


def _telling_topic(rules: _ReplyRules, before: str) -> bool:
    """``before`` (the sentence up to the clause) names a telling or the company's judgement
    ([refusal] `telling`, `judged` nouns: フィードバック, 開示, 評価) as its topic: the noun
    then は, について or the copula and が (「面接のフィードバックですが、」「評価の開示に
    ついては、」)."""
    ms = list(_morphs(before))
    nouns = rules.refusal.telling | rules.refusal.judged
    for i, m in enumerate(ms[:-1]):
        if m.normalized_form() not in nouns or m.part_of_speech()[0] != "名詞":
            continue
        after = "".join(str(x.surface()) for x in ms[i + 1 : i + 4])
        if after.startswith(("は", "について", "につき", "に関して", "ですが", "でございますが")):
            return True
    return False


def _judged_after(rules: _ReplyRules, rest: str) -> bool:
    """``rest`` (the clause after words of not telling) names a cause by its own phrase or judges
    a cause's topic by name (「、自己PRが抽象的に感じられました」); a hint alone (「、具体的な
    コメントはいただけませんでした」) is no such cause."""
    reading = _read_clause(rules, rest)
    return bool(reading.found) or (reading.framed and bool(_topical(rules, rest, hints=False)))


def _candidates(rules: _ReplyRules, clause: str, before: str, start: int, prior: str = "") -> bool:
    """The words of not telling at ``start`` are the candidate's: what they did not tell when
    asked (`declined_asked`), or an explanation weighed as not enough (`declined_graded`) in a
    sentence that names no company as the one answering ([declined_relayed] `party`; ``prior``,
    the sentence before, may name it: 「先方に伺いました。「諸般の事情」とのご回答で、明確な
    コメントは頂戴できず」)
    nor asks for the decision's reason (refusal.decision_judged: 「見送り理由を伺いましたが」)."""
    _, party, _, _ = rules.declined_relayed
    # 「見送り理由を伺いましたが、…」: what was asked is the decision's reason, asked of the company
    asked = party.search(before) or party.search(prior) or party.search(clause, 0, start)
    named = bool(asked) or decision_judged(rules.refusal, _morphs(before + clause[:start]))
    if not named and (
        rules.declined_asked.search(clause, 0, start)
        or rules.declined_asked.search(before)
        # 「…というご説明のみで、それ以上のお話はありませんでした」: after the candidate's answer
        or rules.answer_called.search(before)
        or rules.answer_called.search(clause, 0, start)
    ):  # 「…を伺いましたが、具体的なお話はありませんでした」: the candidate's; 「企業の担当者に
        # 伺ったところ」 asked the company
        return True
    graded = rules.declined_graded.search(clause, 0, start) is not None
    if named:
        # 「先方からは、3か月で辞めた理由について、納得できる説明がなかった」: the candidate's
        # own matter named before it, the explanation weighed is still the candidate's
        return graded and bool(_topical(rules, clause[:start], hints=False))
    return graded


def _published(rules: _ReplyRules, sent: str, before: str = "") -> str | None:
    """[published]: the clause of ``sent`` that says the candidate's questions are answered by
    what the company publishes, where the sentence says the candidate asked, or the sentence
    ``before`` it did and ``sent`` opens on a pronoun pointing back to them (a 代名詞 and は・も:
    「…とお尋ねいただいた点です。いずれも当社ホームページに掲載している内容でした」); None
    otherwise."""
    topics = rules.causes["reverse_question"].topics
    if topics is None:
        return None
    if not topics.search(sent):
        ms = _morphs(sent)
        back = (
            len(ms) > 1
            and ms[0].part_of_speech()[0] == "代名詞"
            and str(ms[1].normalized_form()) in ("は", "も")
        )
        if not (back and before and topics.search(before)):
            return None
    source, available, unless, _ = rules.published
    # the candidate's quoted question (「『従業員数を教えてください』とのご質問」) points nobody
    if unless.search(rules.quote.sub(lambda m: "□" * len(m.group(0)), sent)):
        return None
    clauses = [sent[start:end] for start, end, _ in _clause_spans(rules.split, sent)]
    if any(_praises(rules, clause) for clause in clauses):
        return None
    for clause in clauses:
        m = source.search(clause)
        found = available.search(clause, m.end()) if m else None
        if found and not rules.praise_negated.match(clause[found.end() :]):
            return clause
    return None


def _verdicts(rules: _ReplyRules, sent: str) -> list[str]:
    """The quotes of ``sent`` (marks included) relayed as the company's answer that give only
    the decision ([verdict]: 「『今回は見送りとさせていただく』とのご回答のみ」): a word of the
    decision, and no cause named inside, nor the terms (when and where one works, [standing]
    `schedule`: 「『転勤は難しいとのことだったが、…見送った』とのことです」 gives a reason)."""
    forms, relayed, _ = rules.verdict
    out: list[str] = []
    for start, end in verdict_quotes(forms, relayed, sent, rules.quote, _morphs):
        quote = sent[start:end]
        if any(m.normalized_form() in rules.standing.schedule for m in _morphs(quote)):
            continue
        if not any(_read_clause(rules, c).causes for c in rules.split.split(quote[1:-1])):
            out.append(quote)
    return out


def _unreceived(rules: _ReplyRules, clause: str, before: str) -> str:
    """``clause`` with the company's answer received or awaited blanked ([declined_relayed]
    `received`: 「企業様からは、まだご回答をいただけておりません」), in a sentence that names the
    company as the one asked or answering (`party`, in ``before`` or the clause): that answer is
    the company's, no answer of the candidate's to read for causes."""
    _, party, _, received = rules.declined_relayed
    if not (party.search(before) or party.search(clause)):
        return clause
    return _mask(clause, [received])


def _no_reason(clause: str) -> str | None:
    """Words saying there is no reason to give (furikaeri.mail.reply.denial.no_reason: only clauses
    holding a reason noun are read for it) or that it cannot be put in few words
    (furikaeri.mail.reply.denial.in_few_words), normalised."""
    from furikaeri.mail.reply.denial import in_few_words, no_reason, reason_nouns

    ms = _morphs(clause)
    found = (no_reason(ms) if reason_nouns().search(clause) else None) or in_few_words(ms)
    return normalize(found) if found else None


def _header_causes(rules: _ReplyRules, sent: str) -> list[str]:
    """The causes a topic header at the head of ``sent`` names ([header]: 「・志望動機について：」
    「【自己PR】」), by the causes' own topics and words; none without a header."""
    m = rules.header.match(sent)
    if m is None:
        return []
    return _topical(rules, m.group("topic"), hints=False)


def _counts(rules: _ReplyRules, text: str) -> bool:
    """``text`` counts points: a numeral, then a counter of [header] `counters`
    (「二つ」「2点」)."""
    counters, _, _ = rules.points
    ms = _morphs(text)
    return any(
        ms[i].part_of_speech()[1] == "数詞" and ms[i + 1].normalized_form() in counters
        for i in range(len(ms) - 1)
    )


def _ordinal(rules: _ReplyRules, sent: str) -> bool:
    """``sent`` opens with an ordinal ([header] `ordinal`, `ordinal_prefix`): 「一点目は」
    「二つ目は」「第一に」, or a numeral, a counter and は (「ひとつは」「もうひとつは」); an
    adverb or a mark before it is passed over."""
    counters, ordinal, prefix = rules.points
    ms = _morphs(sent)
    i = 0
    while i < len(ms) and ms[i].part_of_speech()[0] in ("副詞", "補助記号", "空白"):
        i += 1
    if i < len(ms) and ms[i].normalized_form() in prefix:
        i += 1
    if i >= len(ms) or ms[i].part_of_speech()[1] != "数詞":
        return False
    if i > 0 and ms[i - 1].normalized_form() in prefix:
        return True
    after = [ms[j] for j in range(i + 1, min(i + 4, len(ms)))]
    if any(m.normalized_form() in ordinal for m in after):
        return True
    return (
        len(after) >= 2
        and after[0].normalized_form() in counters
        and after[1].part_of_speech()[1] == "係助詞"
    )


def _mask_listed_quotes(rules: _ReplyRules, sent: str) -> str:
    """``sent`` with each quote listed next to a masked quote masked too, until none is left
    ([quotes] `listed_after`, `listed_before`)."""
    while True:
        masked = sent
        for listed in rules.listed:
            masked = listed.sub(
                lambda m: m.group(0).replace(m.group(1), "□" * len(m.group(1))), masked
            )
        if masked == sent:
            return sent
        sent = masked


def _quoted_words(rules: _ReplyRules, sent: str) -> list[tuple[str, str]]:
    """(cause, quote) for the candidate's words quoted in ``sent`` that the answer analyzer
    reads as a finding of [[quoted]] (a complaint about the former employer: 「上司が何もして
    くれない」; a casual word: 「マジで」), in a sentence that voices a concern outside the
    quotes (「…と話されていた点が気になりました」), or words that make the quote the point
    without a frame ([[quoted]] `bare`: 「…といった言い方が何度か」; `only`: the invitation to
    ask, answered 「『特にないです』とのこと」)."""
    praised = praised_quotes(rules, sent)  # 「『よく調べてきている』と好評」: the interviewer's
    from furikaeri.mail.reply.speech import company_quoted

    # 「…」と面接官が申しておりました, 「…」との声: the company's side voiced it, no answer of
    # the candidate's (reply.speech.company_quoted)
    advised = remedy_gains(rules, sent) is not None
    every = [
        (m.group(1), bool(rules.relayed.match(sent, m.end())))
        for m in rules.quote.finditer(sent)
        if (m.start(), m.end()) not in praised
        and not company_quoted(_morphs(sent[m.end() : m.end() + _VOICED_SPAN]))
        # 「最初に『…』と一言いただき、…いただけると、より伝わりやすかった」: the words advised
        and not (advised and _asked_for(_morphs(sent[m.end() : m.end() + _VOICED_SPAN])))
        # 「『個別の理由についてはお伝えしていない』とのご回答でした」: relayed as the company's
        # answer, a refusal to tell is the company's words, read with the clause as a refusal
        and not (rules.relayed.match(sent, m.end()) and refusal(rules.refusal, _morphs(m.group(1))))
        # 「『積極性』の項目は良好でしたが」: an evaluation item named, the company's sheet
        and not (rules.quoted_item is not None and rules.quoted_item.match(sent[m.end() :]))
    ]
    # 「総合的に判断した」とのこと: the company's words, not the candidate's; but an answer to the
    # invitation to ask (a reading with `only`: 「『特にないです』とのこと」) is the candidate's
    quotes = [q for q, relayed in every if not relayed]
    answers = [q for q, _ in every]
    if not answers:
        return []
    outside = rules.quote.sub(lambda m: "□" * len(m.group(0)), sent)
    framed = _has_frame(rules, outside)
    readings = [
        r
        for r in rules.quoted
        if (r.only is None or re.search(r.only, sent))
        and (framed or (r.bare is not None and re.search(r.bare, sent)))
    ]
    if not readings:
        return []
    from furikaeri.analyzer.core import analyze
    from furikaeri.errors import FurikaeriError

    found: list[tuple[str, str]] = []
    # a quote names one cause: the first reading's that reads it; a reading reads every quote
    # it can (「『〜っすね』『マジで大変でした』といった言葉」: both casual, neither left for a
    # later reading to read as a claim), its first quote the evidence
    read: set[str] = set()
    # each (quote, kind) analysed once: the three readings of reverse_questions share a kind
    codes_of: dict[tuple[str, str], frozenset[str]] = {}
    for reading in readings:
        if reading.unless is not None and re.search(reading.unless, outside):
            continue
        first = True
        for quote in answers if reading.only is not None else quotes:
            if quote in read or (
                reading.claims
                and (_desiderative(rules, quote) or asking(quote) or _of_others(rules, quote))
            ):
                continue
            key = (quote, reading.kind)
            if key not in codes_of:
                try:
                    codes_of[key] = frozenset(
                        f.code for f in analyze(quote, kind=reading.kind).findings
                    )
                except FurikaeriError:
                    codes_of[key] = frozenset()
            if reading.code in codes_of[key]:
                if first:
                    found.append((reading.cause, quote))
                first = False
                read.add(quote)
    return found


_VOICED_SPAN = 12  # characters after a quote read for who voiced it
_ASKED_REACH = 4  # words after と to the receiving verb of a request


def _asked_for(ms: Any) -> bool:
    """The words after a quote ask the reader to say it (と, then within a few words a
    receiving verb of [boundary] `asking`, 頂く, not in the past: 「…』と一言いただき」「…』と
    お答えいただければ」), as a remedy advises; not what they said (「…』とおっしゃって
    いただいた」)."""
    from furikaeri.mail.reply.boundary import boundary_rules

    asking = boundary_rules().asking
    if not len(ms) or str(ms[0].normalized_form()) != "と":
        return False
    n = len(ms)
    for k in range(1, min(n, 1 + _ASKED_REACH)):
        if str(ms[k].normalized_form()) in asking:
            return not (k + 1 < n and str(ms[k + 1].normalized_form()) == "た")
    return False


def _of_others(rules: _ReplyRules, quote: str) -> bool:
    """The quote's subject is someone of the workplace ([leaving] people: 上司, 園長, 店長), or
    their way ([leaving] things after の: 「園長のやり方がおかしかった」「店長が厳しかった」): a
    quote about others, no strength the candidate claims (「上司からも頼られていました」, the
    person not the subject, may still be one)."""
    leaving = rules.leaving
    ms = list(_morphs(quote))
    for i, m in enumerate(ms[:-1]):
        if m.normalized_form() not in leaving.people:
            continue
        k = i + 1
        if ms[k].normalized_form() == "の" and k + 2 < len(ms):
            way = ms[k + 1]
            if way.normalized_form() not in leaving.things and way.surface() not in leaving.things:
                continue
            k += 2
        if ms[k].surface() in ("が", "は", "も"):
            return True
    return False


def _desiderative(rules: _ReplyRules, quote: str) -> bool:
    """The quote tells a wish: an auxiliary of [observation] `wish` (たい) in it
    (「今後も自分のテーマで基礎研究を深めたい」), what the candidate wants, no strength
    claimed."""
    return any(
        m.part_of_speech()[0] == "助動詞" and m.normalized_form() in rules.observation.wish
        for m in _morphs(quote)
    )
