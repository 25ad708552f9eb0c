"""Read a company's reply to a feedback request: feedback, declined or other, with the cause
ids it names, the sentence naming each and what it praises. Knowledge lives in
data/mail_replies.toml, and the English cues per cause in data/mail_replies_en.toml. Pure.

`classify_reply` reads sentence by sentence (`_take_sentence`) and clause by clause
(`_take_clause`) into a `_Tally` (tally), then labels the reply (`_verdict`, in verdict). Whose
a clause's reading is lives in scope, the causes it names against the sentence and the point
before it in finding, what it notes for the sentences after it in notes. What a clause reads from
the point before it lives in context, the role's requirement, the terms and the wishes of fit in
terms, and how a point weighs against the rest of its sentence in balance."""

from __future__ import annotations

import re

from furikaeri.mail.reply.clauses import _as_written, _clause_spans, _read_clause
from furikaeri.mail.reply.context import (
    _instance,
)
from furikaeri.mail.reply.faults import about_candidate, no_fault
from furikaeri.mail.reply.finding import (
    _found,
    _found_of_terms,
    _found_of_way,
    _narrowed_in_sentence,
    _narrowed_to_point,
)
from furikaeri.mail.reply.masks import _blank, _names, cleared_topics
from furikaeri.mail.reply.notes import (
    _name_found,
    _note_grounds,
    _note_judging,
    _note_topics,
    _note_way,
)
from furikaeri.mail.reply.result import ReplyResult
from furikaeri.mail.reply.rules import _reply_rules, _ReplyRules
from furikaeri.mail.reply.scope import (
    _declined_in,
    _grounds_apart,
    _not_of_candidate,
    _overall_apart,
    _own_causes,
    _reading_under,
)
from furikaeri.mail.reply.sentences import (
    _declines,
    _desiderative,
    _header_causes,
    _mask_listed_quotes,
    _published,
    _quoted_reasons,
    _quoted_words,
    _verdicts,
)
from furikaeri.mail.reply.speech import general_talk, hearsay, speech_frame, usual_criteria
from furikaeri.mail.reply.tally import _advance, _Line, _Tally
from furikaeri.mail.reply.terms import (
    _short_of_role,
)
from furikaeri.mail.reply.topics import _MEDIUM, _topical
from furikaeri.mail.reply.verdict import _verdict
from furikaeri.mail.reply.words import _morphs, _view
from furikaeri.mail.reply.writer import by_feel, writers_apology
from furikaeri.mail.text import (
    opens_item,
    split_sentences,
    strip_quoted,
    unquote_relayed,
)


def classify_reply(body: str) -> ReplyResult:
    """Label a company's answer to a feedback request and name the causes it gives, with the
    sentence that names each, the clauses that praise and the causes they praise."""
    rules = _reply_rules()
    body = unquote_relayed(_fields_apart(rules, body), *rules.quote_block)
    tally = _Tally()
    for original, sent in split_sentences(strip_quoted(body), items=True):
        _take_sentence(rules, tally, original, sent)
    return _verdict(rules, body, tally)


def _take_sentence(rules: _ReplyRules, tally: _Tally, original: str, sent: str) -> None:
    """Read one sentence of the reply into ``tally``: the part in scope (`_in_scope`), its
    quotes and verdicts (`_open_line`), each clause (`_take_clause`), then what the whole
    sentence tells (`_close_line`)."""
    text = _in_scope(rules, tally, sent)
    if text is None:
        return
    line = _open_line(rules, tally, original, text)
    if line is None:
        return
    for at in range(len(line.spans)):
        _take_clause(rules, tally, line, at)
    _close_line(rules, tally, line)


def _in_scope(rules: _ReplyRules, tally: _Tally, sent: str) -> str | None:
    """What of ``sent`` the reply's reading takes: None for a sentence ignored ([ignore]:
    greetings, signatures), for a list item under talk in general told before (「皆様に共通する
    ポイントを以下に…」 then 「・志望動機は…掘り下げる」: all's), and where nothing is left before
    talk in general (`_before_general`: 「なお一般論ですが、…」 is advice of the field, not the
    candidate's cause); else ``sent`` up to it, the writer's speech frame cut (「結論から言います
    と、」). Updates ``tally.general_items``: the items after general talk are in its scope."""
    if rules.ignore.search(sent):
        return None
    item = opens_item(sent)
    if (
        tally.general_items
        and item
        and not about_candidate(rules.observation, _morphs(sent), past=True)
    ):
        return None
    tally.general_items = tally.general_items and item
    cut = _before_general(rules, sent, bool(tally.declined))
    tally.general_items = tally.general_items or cut != sent
    if not cut:
        return None
    frame = speech_frame(_morphs(cut))  # cut as the general talk after is
    return cut[len(frame) :] if frame else cut


def _open_line(rules: _ReplyRules, tally: _Tally, original: str, sent: str) -> _Line | None:
    """The sentence ``sent`` ready for its clauses: the state advanced (`_advance`), the quotes
    read apart (`_blank_quotes`), the topics told free of fault, whether the writer apologises
    for its own doing, and the clause spans. None where the reason is left to feeling (「最後は
    勘で決めちゃってて、…うまく説明できない」: no reason to give, recorded as declined)."""
    prev, heading = _advance(rules, tally, sent)
    last = tally.last
    example = list(last) if last and _instance(rules, sent) else []
    line = _Line(original, sent, prev, heading, example, set(tally.causes), len(tally.declined))
    _blank_quotes(rules, tally, line)
    sent = line.sent
    ms = _morphs(sent)
    feel = by_feel(ms)
    if feel:  # 「最後は勘で決めちゃってて、…うまく説明できない」: no reason to give
        tally.declined.append(feel)
        return None
    clear = cleared_topics(sent)
    tally.faultless = tally.faultless or no_fault(ms, points=True) is not None or bool(clear)
    for a, b in clear:  # 「志望動機やご経験に問題があったわけでは決してない」
        tally.vouched_for.update(_topical(rules, sent[a:b], hints=False))
    # 「面接では通信が不安定になってしまい失礼しました」: the writer apologises for its own
    # doing, nothing said of the candidate; a refusal in it still counts. Not an apology for
    # telling (「志望動機が弱いなど、厳しいことを申し上げて申し訳ありません」): what is told is
    # the candidate's.
    line.sorry = (
        writers_apology(ms)
        and not about_candidate(rules.observation, ms)
        and not any(m.normalized_form() in rules.refusal.telling for m in ms)
    )
    line.spans = list(_clause_spans(rules.split, sent))
    return line


def _blank_quotes(rules: _ReplyRules, tally: _Tally, line: _Line) -> None:
    """Blank in ``line.sent`` what is read apart from its clauses: verdicts relayed (「見送りと
    させていただく」とのご回答のみ: declined, no content), the candidate's questions told, the
    reasons for leaving quoted (named at once: the former workplace's words) and the candidate's
    words quoted (`_blank_words`). Reads the topic header too."""
    sent = line.sent
    for quote in _verdicts(rules, sent):  # 「見送りとさせていただく」とのご回答のみ: no content
        tally.declined.append(quote)
        sent = sent.replace(quote, "□" * len(quote))
    sent = _asked_apart(rules, sent)
    line.header = _header_causes(rules, sent)
    reasons = _quoted_reasons(rules, sent)
    for quote in reasons:  # its words are the former workplace's: read apart
        sent = sent.replace(quote, "□" * len(quote))
    cid = rules.quoted_reason[0]
    for quote in reasons:
        tally.name(cid, line.original, quote)
    line.complained = "".join(reasons)
    if reasons:  # 「…というお話が中心で、当所で何をしたいかのお話が」: what follows is read
        tally.last = [cid]  # on from the complaint
    line.sent = _blank_words(rules, tally, line, sent)


def _blank_words(rules: _ReplyRules, tally: _Tally, line: _Line, sent: str) -> str:
    """``sent`` with the candidate's words quoted blanked (read by the answer analyzer only:
    named in `_close_line`), with the quotes listed beside them (「やる気あります」「頑張ります」:
    a claim too) and the words calling them; the causes they name are what the clauses after
    follow on from, and spoken of (「『リーダーシップ』を挙げられましたが、…」)."""
    quoted = _quoted_words(rules, sent)
    for _, quote in quoted:  # the candidate's words, read by the answer analyzer only
        sent = sent.replace(quote, "□" * len(quote))
    sent = _blank_beliefs(rules, sent)
    if quoted:  # 「やる気あります」「頑張ります」: listed with a claim, a claim too
        sent = _mask_listed_quotes(rules, sent)
        sent = _mask_calling(rules, sent, {cid for cid, _ in quoted})
        tally.last = [cid for cid, _ in quoted]  # what the clauses after it follow on from
    line.quoted = quoted
    line.spoken_of += [c for c, _ in quoted if c not in line.spoken_of]
    return sent


def _blank_beliefs(rules: _ReplyRules, sent: str) -> str:
    """``sent`` with each quoted wish named as the candidate's thought blanked ([quotes]
    `belief`: 「『食を通じて人々を笑顔にしたい』というお考え」): what the candidate wants to do,
    its words (笑顔) no topic of the interview; the noun after it (お考え) is read."""
    belief = rules.quoted_belief
    if belief is None:
        return sent
    for m in list(rules.quote.finditer(sent)):
        if belief.match(sent[m.end() :]) and _desiderative(rules, m.group(1)):
            sent = sent[: m.start()] + "□" * (m.end() - m.start()) + sent[m.end() :]
    return sent


def _take_clause(rules: _ReplyRules, tally: _Tally, line: _Line, at: int) -> None:
    """Read clause ``at`` of ``line`` into ``tally``: a refusal, or a clause of the writer's own,
    ends there; else the overall judgement and the grounds are blanked, the clause read, its
    causes found and narrowed by what came before, and what it names, praises and judges
    recorded."""
    start, end, after = line.spans[at]
    clause = written = line.sent[start:end]  # ``written``: before blanking, for evidence
    if _declined_in(rules, tally, line, clause, start=start, end=end):
        return  # 「理由はお答えしかねますが、一点だけ…」: the clauses after may say more
    if _not_of_candidate(rules, tally, line, clause, line.sent[:start]):
        return
    clause, overall, weighed = _overall_apart(rules, tally, clause)
    clause = _grounds_apart(rules, tally, clause, line.sent[:start])
    reading = _reading_under(rules, tally.state, clause)
    own = _own_causes(rules, tally, line, clause, reading)
    found = _found(rules, tally, line, clause, reading, own=own, weighed=weighed, start=start)
    found = _narrowed_to_point(rules, tally, line, clause, reading, found, own=own)
    found = _narrowed_in_sentence(rules, tally, line, at, clause, reading, found)
    found, wish, company = _found_of_way(rules, tally, line, clause, reading, found)
    found, scored = _found_of_terms(rules, tally, line, clause, reading, found, written)
    _note_way(rules, tally.state, line, clause, reading, wish=wish, company=company)
    is_praise, reassured, set_aside = _note_topics(
        rules, tally, line, clause, reading, found, overall=overall
    )
    _note_grounds(rules, tally, line, clause, reading, found, reassured, overall=overall)
    _name_found(
        rules, tally, line, clause, reading, found, own, reassured, span=(written, end, after)
    )
    _note_judging(
        rules,
        tally,
        line,
        clause,
        reading,
        found,
        scored=scored,
        set_aside=set_aside,
        is_praise=is_praise,
        start=start,
    )
    if is_praise:
        written = _as_written(rules, line.original, line.sent, start, after)
        tally.praise.append(written)
        for cid in _topical(rules, clause):
            tally.praised.setdefault(cid, written)


def _close_line(rules: _ReplyRules, tally: _Tally, line: _Line) -> None:
    """What the whole sentence tells once its clauses are read: a refusal in it leaves nothing
    told plainly; a question on what is published (「…について質問されましたが、当社ホームペー
    ジで確認できる事柄でした」: reverse_question, and no motivation from its effect alone); the
    candidate's words quoted; a shortfall of what the role asked for (「3年以上…を求めており、
    1年半というご経験では」)."""
    sent, original = line.sent, line.original
    if len(tally.declined) > line.refusals:  # 「ご質問の件、…明確なご回答はいただけませんでした」
        tally.state.told = []
    cid = "reverse_question"
    said = _published(rules, sent, tally.asked_before)
    tally.asked_before = sent
    if said:  # 「…について質問されましたが、当社ホームページで確認できる事柄でした」
        if cid not in tally.causes:
            tally.causes.append(cid)
            tally.named[cid] = original
            if said not in tally.evidence:
                tally.evidence.append(said)
        effect = rules.published[3]  # 「企業研究が十分だったのか疑問」: what they showed
        if "motivation" in tally.causes and "motivation" not in line.known:
            rest = effect.sub(lambda m: "□" * len(m.group(0)), sent)
            if not _names(rules.causes["motivation"], rest):
                tally.causes.remove("motivation")
    for cid, quote in line.quoted:
        tally.name(cid, original, quote)
    cid = rules.shortfall[0]
    said = _short_of_role(rules, sent, tally.role)
    if said:  # 「3年以上…を求めており、1年半というご経験では」
        tally.name(cid, original, said)


def _fields_apart(rules: _ReplyRules, body: str) -> str:
    """``body`` with each bracketed field heading run into a line (「【良かった点】…ご経験が長く
    【懸念点】志望動機が…」) set on a line of its own, as a memo lays its fields out: what follows
    each heading is read under it."""
    return rules.observation.inline_heading.sub(lambda m: "\n" + m.group(0) + "\n", body)


def _mask_calling(rules: _ReplyRules, sent: str, causes: set[str]) -> str:
    """``sent`` with the words that call a quote read as one of ``causes`` the candidate's way
    of speaking blanked ([[quoted]] `bare`, of a reading with no `only`: 「『〜っすね』といった
    お言葉が何度か聞かれた」): they name the quote, no point of their own (お言葉 is no
    communication beside the casual word it calls)."""
    for reading in rules.quoted:
        if reading.cause not in causes or reading.bare is None or reading.only is not None:
            continue
        for m in list(re.finditer(reading.bare, sent)):
            sent = _blank(sent, m.start() + 1, m.end())
    return sent


def _before_general(rules: _ReplyRules, sent: str, refused: bool = False) -> str:
    """``sent`` up to the clause where talk in general opens (reply.speech.general_talk:
    「一般論ですが」「一般的に」「多くの企業では」「…企業も少なくありません」「皆様にお伝えして
    いることですが」), when what it opens neither names the reader nor tells their conduct; all of
    ``sent`` otherwise. 「個別の評価はお伝えできないのですが、弊社では一般的に…」 keeps its
    refusal. Hearsay of the field (reply.boundary.hearsay: 「…と良いと言われています」) makes the
    whole sentence general, from the clause after its last refusal. What the company looks at
    as its way (reply.speech.usual_criteria: 「当社の書類選考では例年、…かを見ております」; any
    such sentence once the reply has refused, ``refused``) is talk in general too."""
    ms = _morphs(sent)
    words = general_talk(ms) or usual_criteria(ms, refused=refused)
    at = sent.find(words) if words else -1
    spans = _clause_spans(rules.split, sent)
    if at < 0 and hearsay(ms):
        ends = [e for s, e, _ in spans if _declines(rules, sent[s:e], sent[:s])]
        at = next((s for s, _, _ in spans if not ends or s >= max(ends)), -1)
    if at < 0:
        return sent
    start = max(s for s, _, _ in spans if s <= at)
    if about_candidate(rules.observation, _morphs(sent[start:]), past=True):
        return sent
    return sent[:start]


def _asked_apart(rules: _ReplyRules, sent: str) -> str:
    """``sent`` with the interviewer's own question quoted (「『前職を辞めた理由は？』とお尋ねした
    ところ」, [quotes] asked) blanked, where what the sentence says after it names a cause of its
    own (「…声が小さく聞き取りにくい場面がありました」): the question's words are no cause. Where
    the rest names none, or only the answer as missing (「…とお伺いした際、特にないとのお返事
    でした」「…とお尋ねした際、明確なお答えがなく」), what was asked is the point; it stays."""
    for m in list(rules.quote.finditer(sent)):
        asked = rules.question_quoted.match(sent, m.end())
        if asked is None:
            continue
        rest = _read_clause(rules, sent[asked.end() :])
        if rest.found and not (rest.found == [_MEDIUM] and rest.hinted):
            sent = sent[: m.start(1)] + "□" * len(m.group(1)) + sent[m.end(1) :]
    return sent


def sentences_naming(body: str, cause_ids: list[str] | tuple[str, ...]) -> dict[str, str]:
    """For each of ``cause_ids``, the sentence of the reply (as written) that names it: where
    :func:`classify_reply` found it, else (a cause the user set by hand) the first sentence
    that speaks of its topic. Causes with neither are left out."""
    found = classify_reply(body).sentences
    missing = [c for c in cause_ids if c not in found]
    if not missing:
        return {c: found[c] for c in cause_ids}
    rules = _reply_rules()
    for original, sent in split_sentences(strip_quoted(body), items=True):
        if rules.ignore.search(sent):
            continue
        for cid in list(missing):
            rule = rules.causes.get(cid)
            parts = (rule.phrases, rule.topics, rule.questions, rule.hints) if rule else ()
            if rule and rule.related is not None:
                parts = (*parts, rule.related[0])  # 「当社の方針」 named at all
            if any(pat is not None and pat.search(sent) for pat in parts) or (
                rule is not None and rule.words.find(_view(_morphs(sent)))
            ):
                found[cid] = original
                missing.remove(cid)
    return {c: found[c] for c in cause_ids if c in found}
