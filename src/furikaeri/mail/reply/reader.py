"""Read a company's reply to a feedback request: feedback, declined or other, with the cause
ids it names, the sentence naming each and what it praises. Knowledge lives in
data/mail_replies.toml, and the English cues per cause in data/mail_replies_en.toml. Pure.

`classify_reply` reads sentence by sentence (`_take_sentence`) and clause by clause
(`_take_clause`) into a `_Tally`, then labels the reply (`_verdict`). What a clause reads from
the point before it lives in reply.context, the role's requirement, the terms and the wishes of
fit in reply.terms, and how a point weighs against the rest of its sentence in reply.balance."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from furikaeri.catalogue import CAUSE_IDS
from furikaeri.mail.reply.balance import (
    _MOTIVE,
    _accepted_after,
    _outweighed,
    _rivals_own,
    _weighed,
)
from furikaeri.mail.reply.boundary import (
    about_candidate,
    ample_ground,
    by_feel,
    fault_point,
    general_talk,
    hearsay,
    no_fault,
    refrains,
    speech_frame,
    usual_criteria,
    writers_act,
    writers_apology,
    writers_hedge,
    writers_side,
)
from furikaeri.mail.reply.clauses import (
    _MEDIUM,
    _STAY,
    _across,
    _as_written,
    _blank,
    _clause_spans,
    _denied_spans,
    _judges,
    _mask,
    _names,
    _plans,
    _praises,
    _read_clause,
    _Reading,
    _stuck_only,
    _topical,
    cleared_topics,
    ending,
    remedy_gains,
    wish_told,
)
from furikaeri.mail.reply.context import (
    _claim_episode,
    _follows,
    _instance,
    _left_open,
    _points_back,
    _standard_only,
    _told_way_of,
    _turns,
    _unsaid,
    _when_of_the_point_before,
)
from furikaeri.mail.reply.lack import denied_outright, reassurances
from furikaeri.mail.reply.refusal import possible_refusal, telling_condition, telling_topic
from furikaeri.mail.reply.rules import _reply_rules, _ReplyRules
from furikaeri.mail.reply.sentences import (
    _counts,
    _declines,
    _desiderative,
    _header_causes,
    _mask_listed_quotes,
    _no_reason,
    _ordinal,
    _published,
    _quoted_reasons,
    _quoted_words,
    _unreceived,
    _verdicts,
)
from furikaeri.mail.reply.stance import reassures
from furikaeri.mail.reply.standing import hired_only
from furikaeri.mail.reply.terms import (
    _disclosure,
    _fit_told,
    _reassures,
    _Role,
    _schedule,
    _scored,
    _short_of_role,
    _terms,
    _terms_apart,
    _terms_judged,
    _terms_unmet,
    _typed,
    _wish_gap,
    _wishes,
)
from furikaeri.mail.reply.words import _morphs, _view
from furikaeri.mail.text import (
    normalize,
    opens_field,
    opens_item,
    split_sentences,
    strip_quoted,
    unquote_relayed,
)
from furikaeri.vocabulary import reply_labels

__all__ = ["REPLY_LABELS", "ReplyResult", "classify_reply", "sentences_naming"]

REPLY_LABELS = reply_labels()  # data/vocabulary.toml


@dataclass(frozen=True)
class ReplyResult:
    """``sentences``: for each cause, the sentence of the reply (as written) that names it;
    ``praise``: what the reply says went well (a clause as written, e.g. 「営業成績は高く評価
    しておりました」 from a sentence that goes on to a mismatch); ``praised``: for each cause
    whose topic a praising clause speaks of (「実績を具体的な数字で話されていた点は高く評価」 is
    self_pr), the first such clause."""

    label: str
    causes: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    sentences: dict[str, str] = field(default_factory=dict)
    praise: list[str] = field(default_factory=list)
    praised: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "causes": list(self.causes),
            "evidence": list(self.evidence),
            "sentences": dict(self.sentences),
            "praise": list(self.praise),
            "praised": dict(self.praised),
        }


@dataclass
class _Sentence:
    """What a sentence of a reply reads that the next sentence uses: one object, where each
    new case used to add a flag threaded through the loop. Ignored sentences (greetings,
    signatures) leave it as it is."""

    # topics spoken of without judging them (「…の事情を伺いましたが」): an anaphor after takes them
    # (「そこは少しもったいなかった」)
    left_open: list[str] = field(default_factory=list)
    # of those, the topics told plainly (neither judged nor praised: 「面接中に何度も着信音が
    # 鳴っていました」): a judgement opening the next sentence with no topic of its own is of
    # them (「面接の場としては気になりました」), the subject left unsaid as Japanese leaves it
    told: list[str] = field(default_factory=list)
    # observed the candidate's wish / told the company's way: culture_fit across two sentences
    # (「…を希望されているように見受けられました。弊社は…職場です。」)
    wished: bool = False
    way: bool = False
    # the company's way told with a frame (「うちは3人の工房だから、自分から動ける人じゃないと
    # 厳しい」): a wish the candidate told after it (「段取りを決めてもらってから動きたいタイプ」)
    # is the other side of a mismatch of fit
    way_framed: bool = False
    # the company's way told as its line of business (「うちは賃貸管理がメインなんです」): a gap
    # told after it (「…に興味があると言われたので、ちょっと違うかなと」) is motivation's
    business: bool = False
    praising: bool = (
        False  # under a heading of what went well (【良かった点】), to the next heading
    )
    # points of concern counted out (「気になった点は二つあります」): each sentence after it that
    # opens with an ordinal (「一点目は、…点です」) judges what it names; ends with the first
    # sentence that opens with none
    listing: bool = False
    # the company's way told with a topic of fit (「うちは…とりあえず出して直していくスタイルなん
    # です」): a mismatch told after it with no topic of its own (「今のフェーズには合わない」) is
    # of it, however many sentences later
    way_fit: bool = False
    # the terms told (when and where one works: 「勤務地は大阪がいいって話でしたよね」): a mismatch
    # pointed back to in the next sentence (「そこが合わなかったんです」) is of them, no fit
    terms: bool = False
    # a list item's title line, a topic alone (「1. 志望動機」 then the comment on the next
    # line): a judgement naming no topic in the few sentences under it (`_SECTION_SPAN`) is of it
    section: list[str] = field(default_factory=list)
    section_left: int = 0

    def next(self) -> _Sentence:
        """The state the following sentence starts with: a heading's scope, a count of points,
        the company's way told and a list item's title go on."""
        left = self.section_left - 1
        return _Sentence(
            praising=self.praising,
            listing=self.listing,
            way_fit=self.way_fit,
            section=self.section if left > 0 else [],
            section_left=max(left, 0),
        )


_SECTION_SPAN = 3  # sentences under a list item's title line that its topic frames


def _title(rules: _ReplyRules, sent: str) -> list[str]:
    """The causes a sentence that is only a title names: nouns (a prefix, numerals and marks
    allowed: 「1. 志望動機」「②逆質問」「受け答え」), no predicate nor particle, no field's
    value after a colon (「マナー：A」), whose topics name a cause ([causes] topics); []
    otherwise."""
    if opens_field(sent) or ":" in sent or "：" in sent:  # 「マナー：A」: a field and its value
        return []
    ms = _morphs(sent)
    kinds = {m.part_of_speech()[0] for m in ms}
    if not kinds or not kinds <= {"名詞", "接頭辞", "接尾辞", "補助記号", "空白", "記号"}:
        return []
    return _topical(rules, sent, hints=False)


@dataclass
class _Tally:
    """What the reply has told so far, across its sentences: the causes named (with the
    sentence and the words naming each), the praise, the refusals, and the judgements
    `_verdict` weighs at the end to label the reply; and the reading one sentence hands the
    next (`state`, `last`, the role asked for)."""

    causes: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)
    named: dict[str, str] = field(default_factory=dict)
    praise: list[str] = field(default_factory=list)
    praised: dict[str, str] = field(default_factory=dict)
    evaluative: bool = False
    # the clauses that judge (index in spoken, announces)
    judging: list[tuple[int, bool]] = field(default_factory=list)
    # per clause read: whether it speaks of the candidate (names a topic of the interview, denies
    # a fault, praises, names the reader or tells their conduct: reply.boundary.about_candidate)
    spoken: list[bool] = field(default_factory=list)
    declined: list[str] = field(default_factory=list)
    refused: bool = False  # a refusal to tell (`declined`), not only an overall judgement
    # refusals to tell a fault point (「至らなかった点をお伝えできず」): beside a fault told as not
    # there (``faultless``: 「ご回答やご経歴に問題があったわけではございません」), an apology for
    # having none to give; else refusals like the others
    pointless: list[str] = field(default_factory=list)
    faultless: bool = False
    hedged: bool = False  # a refusal for now (「現時点ではお伝えできることがございません」)
    # per clause naming relative: whether it is only an overall judgement's scope (「複数の応募者
    # の中から総合的に判断」), a comparison that names nothing compared
    judged: set[bool] = field(default_factory=set)
    # per clause naming relative: only the field's stock words (pool) or only the news that
    # another person was chosen (「別の方の採用が決まり」: no comparison)
    pooled: list[bool] = field(default_factory=list)
    # per clause naming communication: only stuck on questions
    stuck_only: list[bool] = field(default_factory=list)
    weak: set[str] = field(default_factory=set)  # causes named only by a hint where a frame is live
    strong: set[str] = field(default_factory=set)
    # per clause naming skills: whether a comparison named it too (「ほかの方のほうが現場経験が
    # 長くて、そっちに決めました」); a fault of the candidate's denied as a whole (「〇〇さんが何か
    # 悪かったわけじゃないです」) then leaves the comparison alone, no gap of the reader's
    compared_gap: list[bool] = field(default_factory=list)
    cleared: bool = False
    vouched: bool = False
    # a concrete reason outside the ten causes told (a score of the selection's tests short:
    # 「筆記試験の得点が低く、総合得点が合格基準点に達しなかった」): feedback beside a refusal to
    # tell the interviewers' evaluations
    reasoned: bool = False
    role: _Role = field(default_factory=_Role)  # what the role asked for, across sentences
    state: _Sentence = field(default_factory=_Sentence)
    general_items: bool = False  # talk in general told: the list items after it are of it too
    asked_before: str = ""  # the sentence before, where the candidate's questions may be told
    vouched_for: set[str] = field(default_factory=set)  # causes whose topic was told free of fault
    last: list[str] = field(default_factory=list)  # what the latest clause naming any named

    def name(self, cid: str, original: str, words: str) -> None:
        """Name ``cid`` from the sentence ``original`` by ``words``, unless already named."""
        if cid not in self.causes:
            self.causes.append(cid)
            self.named[cid] = original
            self.evidence.append(words)


@dataclass
class _Line:
    """One sentence being read: its text as written (``original``) and as read (``sent``, with
    quotes and verdicts blanked), what the sentence before handed on (``prev``), and what its
    clauses told so far, which the clauses after them in the sentence read."""

    original: str
    sent: str
    prev: _Sentence
    heading: bool
    example: list[str]  # 「たとえば『…』とお聞きした際に、…」: the point before it exemplifies
    known: set[str]  # the causes earlier sentences named
    refusals: int  # refusals before the sentence: one in it leaves nothing unsaid
    header: list[str] = field(default_factory=list)
    complained: str = ""  # the complaint reported, blanked in ``sent``
    quoted: list[tuple[str, str]] = field(default_factory=list)
    sorry: bool = False  # the writer apologises for its own doing
    spans: list[tuple[int, int, int]] = field(default_factory=list)
    before: tuple[str, _Reading] | None = None
    spoken_of: list[str] = field(default_factory=list)  # topics its clauses spoke of
    told_wish: bool = False  # a clause before in the sentence told the candidate's wish
    added: list[tuple[str, str]] = field(default_factory=list)  # (cause, evidence) named


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


def _advance(rules: _ReplyRules, tally: _Tally, sent: str) -> tuple[_Sentence, bool]:
    """Start ``tally.state`` on ``sent`` and return the state of the sentence before and whether
    ``sent`` is a field heading (【良かった点】, which sets whether what follows praises). A title
    line (「1. 志望動機」) frames the comment under it; a count of points goes on while the
    sentences open with an ordinal."""
    prev, state = tally.state, tally.state.next()
    tally.state = state
    title = _title(rules, sent)
    if title or opens_item(sent):  # 「1. 志望動機」: the comment under it is of it
        state.section, state.section_left = title, _SECTION_SPAN + 1 if title else 0
    state.listing = state.listing and _ordinal(rules, sent)
    heading = bool(rules.observation.heading.match(sent))
    if heading:
        state.praising = bool(rules.observation.praise_heading.search(sent))
    return prev, heading


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


def _declined_in(
    rules: _ReplyRules, tally: _Tally, line: _Line, clause: str, *, start: int, end: int
) -> bool:
    """Whether ``clause`` refuses to tell (`_declines`: 「理由はお答えしかねますが、一点だけ…」:
    the rest may say more), recorded in ``tally``: a refusal of a fault point (「至らなかった点を
    お伝えできず恐縮ですが」) apart from the others, and whether it is for now ([pending])."""
    refused_words = _declines(rules, clause, line.sent[:start], tally.asked_before)
    if not refused_words:
        return False
    tally.declined.append(refused_words)
    if fault_point(_morphs(clause[: clause.find(refused_words)])):
        tally.pointless.append(refused_words)  # 「至らなかった点をお伝えできず恐縮ですが」
    else:
        tally.refused = True
    now, _ = rules.pending
    tally.hedged = tally.hedged or bool(now.search(line.sent[:end]))
    line.before = None
    return True


def _not_of_candidate(
    rules: _ReplyRules, tally: _Tally, line: _Line, clause: str, lead: str = ""
) -> bool:
    """Whether ``clause`` says nothing of the candidate: a refusal that may come (「内容によって
    はご回答できない場合も…」: nothing decided), the ground of a refusal (「一人にだけお話しする
    のも不公平になりますので」, or what telling would bring after a telling made a condition in
    ``lead``, the sentence before the clause: 「特定の方にだけお話しすれば、ほかの受験者の
    方との公正さを欠く」: the other applicants are the fairness's, no comparison), the
    writer's own doing (「当社からのご説明が行き届かず」, or a
    sentence apologising for it) or the writer's doubt about this mail (「ご期待に沿うお答えに
    なっていないかもしれませんが」)."""
    if possible_refusal(rules.refusal, _morphs(clause)) is not None:
        return True
    told_at = telling_topic(rules.refusal, _morphs(clause)) if tally.refused else None
    if told_at is not None and not _topical(rules, clause[:told_at], hints=False):
        return True  # 「一人にだけお話しするのも不公平になりますので」: the refusal's ground
    if tally.refused:  # 「特定の方にだけお話しすれば、…公正さを欠く」: its ground too,
        # unless a topic of the candidate's is named (「…と、志望動機が弱く」) or the telling is
        # the writer's speech frame (「率直に申し上げますと、他の方のほうが」)
        told = lead + clause
        cond = telling_condition(rules.refusal, _morphs(told))
        if cond is not None and not _topical(rules, told, hints=False):
            opening = max(told.rfind("、", 0, cond - 1), told.rfind("。", 0, cond - 1)) + 1
            if not speech_frame(_morphs(told[opening:])):
                return True
    # 「当社からのご説明が行き届かず」「こちらの説明が足りなかった」: the writer's doing,
    if line.sorry or _writers_own(rules, clause):  # no cause of the candidate
        return True
    return bool(writers_hedge(_morphs(clause)))


def _overall_apart(rules: _ReplyRules, tally: _Tally, clause: str) -> tuple[str, bool, list[str]]:
    """``clause`` with an overall judgement ([overall]: 「総合的に判断し」) blanked and declined,
    whether it had one, and the points it weighs (「社風との相性を総合的に判断し」: then no
    overall judgement). A topic named and denied as the reason (「志望動機が弱かったことが理由と
    いうわけではございません」) is none either; 「特定の何かが理由ってことではなく」 names no topic:
    one."""
    m = rules.overall.search(clause)
    if m and any(
        a < m.start() < b and _topical(rules, clause[a : m.start()], hints=False)
        for a, b in _denied_spans(clause)
    ):
        m = None
    weighed = _weighed(rules, clause[: m.start()]) if m else []
    if weighed:
        m = None  # 「社風との相性を総合的に判断し」: the point weighed is named
    if m:  # 「総合的に判断し」: a refusal unless the clause names a cause all the same
        tally.declined.append(m.group(0))
        clause = _mask(clause, [rules.overall, rules.overall_called])
    return clause, m is not None, weighed


def _grounds_apart(rules: _ReplyRules, tally: _Tally, clause: str, lead: str) -> str:
    """``clause`` with what tells no point blanked: a reason said to be none (「理由は特にないん
    です」, declined; not the candidate's own: 「その理由がはっきりしませんでした」), a reply not
    received (`_unreceived`, ``lead`` the sentence before the clause) and a ground granted for
    advice (「知識は十分お持ちだと思いますので、」)."""
    said = _no_reason(clause)
    if said and _topical(rules, clause[: clause.find(said)], hints=False):
        said = None  # 「4回の転職をされており、その理由がはっきりしませんでした」: theirs
    if said:  # 「理由は特にないんです」: nothing to tell, unless a cause is named too
        tally.declined.append(said)
        clause = clause.replace(said, "□" * len(said), 1)
    clause = _unreceived(rules, clause, lead)
    ground = ample_ground(_morphs(clause))
    if ground is not None:  # 「知識は十分お持ちだと思いますので、」: granted, the advice's
        clause = "□" * ground + clause[ground:]  # ground, no point of its own
    return clause


def _reading_under(rules: _ReplyRules, state: _Sentence, clause: str) -> _Reading:
    """The reading of ``clause`` (`_read_clause`), a concern under a heading of what went well
    (【良かった点】・…お話しされていました) or a topic given a good grade (「・人柄：〇」) read as
    praise."""
    reading = _read_clause(rules, clause)
    if reading.observed == "concern" and state.praising:  # 【良かった点】・…お話しされていました
        reading = _Reading(reading.found, False, reading.topical, reading.hinted, "praise")
    if (
        (reading.framed or reading.topical) and not reading.found and _graded_well(rules, clause)
    ):  # 「・志望動機：…を踏まえて具体的に語られており◎」「・人柄：〇」: the grade judges
        reading = _Reading([], False, reading.topical, reading.hinted, "praise")
    return reading


def _own_causes(
    rules: _ReplyRules, tally: _Tally, line: _Line, clause: str, reading: _Reading
) -> list[str]:
    """The causes ``clause`` names of its own, the reading's unless the clauses before decide:
    a claim's episode missing, an answer missing to what was asked before (the point, not the
    medium), the way a reason was put (the cause before), the future a short stay leaves to
    tell. Adds the clause's topics to ``line.spoken_of``."""
    own = reading.causes
    if _claim_episode(rules, clause, reading, [*line.spoken_of, *line.prev.left_open]):
        # 「…強みとおっしゃっていましたが、それを裏付けるご経験を伺うことができず」: the
        # experience the talk did not carry is the claim's episode, no gap of the role's
        own = [rules.asked[3] or rules.shortfall[0]]
    line.spoken_of += [c for c in (*reading.found, *reading.topical) if c not in line.spoken_of]
    before, last = line.before, tally.last
    if own == [_MEDIUM] and reading.hinted and before and _left_open(before[1]):
        # 「試用期間中に退職された会社の事情を伺いましたが、はっきりしたお答えがなく」: the
        # answer missing is the medium; what was asked is the point
        own = before[1].topical
    elif own == [_MEDIUM] and reading.hinted and _told_way_of(rules, clause, line.sent, last):
        # 「転職理由として『給料が低い』というお話でした。伝え方の問題かと思います」: the
        # way the reason was put; the point is the cause the clause before named
        own = list(last)
    elif (
        own == [rules.contrast_cause]
        and before
        and _left_open(before[1])
        and _STAY in before[1].topical
        and _plans(rules, clause)
    ):  # 「退職理由をお尋ねしましたが、…将来の働き方についてもお話が聞けませんでした」: the
        # present and the future a short stay leaves to tell, no fit with the company
        own = before[1].topical
    return own


def _found(
    rules: _ReplyRules,
    tally: _Tally,
    line: _Line,
    clause: str,
    reading: _Reading,
    *,
    own: list[str],
    weighed: list[str],
    start: int,
) -> list[str]:
    """The causes ``clause`` names: its own (``own``, the same list where it has any), else a
    mismatch of the two ways told (「うちは今、…フェーズなので、そこが噛み合わない」: not a frame
    of the clause before, 「〇〇さんの慎重さは長所ですが、今の段階には合わない」), a cause named
    across the clause before, the points weighed, else what frames it (`_found_by_context`)."""
    state, prev = tally.state, line.prev
    way_told = prev.way_fit or state.way_fit or prev.way
    fitted = not own and _fit_told(rules, clause, reading, way_told)
    # a gap told of a wish with no word of fit's own (「…に興味があると言われたので、ちょっと違う
    # かなと」), after the company's line of business (「うちは賃貸管理がメインなんです」): what
    # the company does, not known; no fit of ways of working
    gap = own == [rules.contrast_cause] and rules.contrast_cause not in reading.topical
    if (fitted or gap) and (prev.business or state.business or _business(rules, clause)):
        return [rules.contrast_business_cause]
    found = own or ([rules.contrast_cause] if fitted else [])
    found = found or _across(rules, line.before, clause, reading) or weighed
    if not found:
        found = _found_by_context(rules, tally, line, clause, reading, start=start)
    return found


def _found_by_context(
    rules: _ReplyRules, tally: _Tally, line: _Line, clause: str, reading: _Reading, *, start: int
) -> list[str]:
    """The causes a clause naming none of its own judges by what frames it, the first that
    holds: the topic header (「・自己PRについて：熱意は十分でしたが、印象に残りにくく」), a list
    item's title (「1. 志望動機」 then 「…に答えられていなかった」), a count of points (「二点目
    は、…待遇に関するものに集中していた点です」), an anaphor of what the sentence before left open
    (「そこは少しもったいなかった」), what it told plainly (「…鳴っていました。面接の場としては
    気になりました」); [] otherwise."""
    state, prev, header = tally.state, line.prev, line.header
    if header and reading.framed and start > 0:
        return header  # 「・自己PRについて：熱意は十分でしたが、印象に残りにくく」
    unpraised = reading.observed != "praise"
    if (
        state.section
        and reading.framed
        and not (reading.topical or header or line.heading)
        and unpraised
        and not _praises(rules, clause)
    ):
        return list(state.section)  # 「1. 志望動機」 then 「…に答えられていなかった」
    if state.listing and reading.topical and unpraised and not _praises(rules, clause):
        return list(reading.topical)  # 「二点目は、…待遇に関するものに集中していた点です」
    if prev.left_open and reading.framed and rules.anaphor.search(clause):
        return prev.left_open  # 「…とのお返事でした。そこは少しもったいなかった」
    if (
        prev.told
        and start == 0
        and not (line.quoted or header or line.heading or opens_field(line.sent))
        and len(tally.declined) == line.refusals
        and _unsaid(reading)
        and not _turns(rules, clause)
        and not writers_side(_morphs(line.sent))  # 「ご期待に沿えず申し訳ございません」
    ):
        return prev.told  # 「…鳴っていました。面接の場としては気になりました」
    return []


def _narrowed_to_point(
    rules: _ReplyRules,
    tally: _Tally,
    line: _Line,
    clause: str,
    reading: _Reading,
    found: list[str],
    *,
    own: list[str],
) -> list[str]:
    """``found`` kept to what the clause speaks of: what could have been looked up is what was
    asked (never a self-PR), an example's content is the point it exemplifies, and a topic that
    only tells when, a standard measuring the point before, a remedy of the point before or a
    clause following on (`_follows`) leave the causes the clause before named."""
    last = tally.last
    looked, lookable = rules.looked_up
    if found and not own and looked.search(clause):
        # 「自己PRと志望動機、逆質問をお伺いしました。IR資料や会社案内を見ればわかる内容
        # ばかりでした」: what could have been looked up is what was asked, never a self-PR
        found = [c for c in lookable if c in found][:1]
    if found and line.example:  # the example's content is the point it exemplifies
        found = [c for c in found if c in line.example]
    if found and last and not reading.found and not set(found) <= set(last):
        # 「自己PRが抽象的で…。逆質問の時間にも、それを補うお話はございませんでした」: the
        # other topic is only when; それ, the point before, is what is told
        rest = _when_of_the_point_before(rules, clause)
        if rest is not None and set(_topical(rules, rest, hints=False)) <= set(last):
            found = [c for c in found if c in last]
    if found and found is own and last and _standard_only(rules, clause, reading):
        # 「…髪型や襟元が気になりました。弊社が求める基準には届いていないと判断」: a
        # standard (基準, 水準) with no topic of its own measures the point before
        found = [c for c in found if c in last]
    if found and last and not reading.found and not set(found) <= set(last):
        found = _remedy_of_point(rules, clause, found, last)
    if found and last and not reading.found:
        found = _follows(rules, clause, found, last, line.complained)
    return found


def _remedy_of_point(
    rules: _ReplyRules, clause: str, found: list[str], last: list[str]
) -> list[str]:
    """``found`` kept to ``last`` where ``clause`` tells what the remedy of the point before
    would have shown (「逆質問がありませんでした。…ひとつでも聞いて主体性を示してほしかった」),
    or after a complaint what the candidate wants next (「前職への不満が中心でした。…これから
    何をしていきたいのか、という方向でお話しいただけると」): no point of its own."""
    rest = remedy_gains(rules, clause)
    if rest is None and rules.wished_next & set(last):
        rest = wish_told(rules, clause)
    left = _read_clause(rules, rest) if rest is not None else None
    if left is not None and {*left.found, *left.topical} <= set(last):
        return [c for c in found if c in last]
    return found


def _narrowed_in_sentence(
    rules: _ReplyRules,
    tally: _Tally,
    line: _Line,
    at: int,
    clause: str,
    reading: _Reading,
    found: list[str],
) -> list[str]:
    """``found`` weighed against the other clauses of the sentence: outweighed by a praise
    (「緊張されている様子はあったが、誠実なお人柄は十分伝わった」: none), accepted after (「…退職
    された点は、ご事情を伺い、面接官も十分に納得しておりました」: only a comparison, no point
    raised), and a motivation cleared or praised before that is the other applicant's grasp
    (`_rivals_own`)."""
    if found and _outweighed(rules, line.sent, line.spans, at, reading):
        found = []  # 「緊張されている様子はあったが、誠実なお人柄は十分伝わった」
    if found and _accepted_after(rules, line.sent, line.spans, at):
        # 「…退職された点は、ご事情を伺い、面接官も十分に納得しておりました」; a comparison
        # is no point raised (「比較によるものであり、大きな問題があったわけでは…」)
        found = [c for c in found if c == "relative"]
    if (
        "relative" in found
        and _MOTIVE in found
        and (_MOTIVE in tally.vouched_for or _MOTIVE in tally.praised)
        and _rivals_own(rules, clause)
    ):
        # 「志望動機…に問題があったわけではない。…当社の事業…をよく理解している元社員の
        # 方からもご応募があり」: the reader's motivation cleared or praised before, the
        # other applicant's grasp of the company is theirs
        found = [c for c in found if c != _MOTIVE]
    return found


def _found_of_way(
    rules: _ReplyRules, tally: _Tally, line: _Line, clause: str, reading: _Reading, found: list[str]
) -> tuple[list[str], bool, bool]:
    """``found``, else a mismatch of fit across sentences (the candidate's wish after the
    company's way, the company's way after the wish, a wish told after the way framed, a gap
    with a wish told before in the sentence: 「…というご希望を伺いましたが、…ご希望との
    隔たり」); whether the clause observes a wish and tells the company's way. Starts a count of
    points (「気になった点は二つあります」)."""
    prev = line.prev
    wish = reading.observed == "concern" and (_wishes(rules, clause) or _typed(rules, clause))
    company = bool(rules.contrast_company.search(clause)) and not (
        rules.contrast_agree.search(clause) or rules.praise.search(clause)
    )
    told = rules.wish.search(clause) is not None and not reading.causes
    if not found and (
        (wish and prev.way)
        or (company and prev.wished)
        or (told and (prev.way_framed or (prev.way and reading.framed)))
    ):
        business = prev.business or (company and _business(rules, line.sent))
        found = [rules.contrast_business_cause if business else rules.contrast_cause]
    counted = _counts(rules, clause)
    if counted and reading.framed and not (reading.topical or reading.causes):
        tally.state.listing = True  # 「気になった点は二つあります」
    if not found and line.told_wish and reading.framed and _wish_gap(rules, clause):
        found = [rules.contrast_cause]  # 「…というご希望を伺いましたが、…ご希望との隔たり」
    return found, wish, company


def _found_of_terms(
    rules: _ReplyRules,
    tally: _Tally,
    line: _Line,
    clause: str,
    reading: _Reading,
    found: list[str],
    written: str,
) -> tuple[list[str], bool]:
    """``found`` with the terms told (when and where one works: 「ご希望の勤務地が都内のみ」)
    set apart, and without skills hinted by a pass mark (「…合格基準点に達しなかった」); whether
    the clause tells a score short. How scores may be asked for (「受験者本人の請求により、得点
    および順位を口頭で開示しております」) tells none of them: declined, as a refusal reads."""
    terms = _terms(rules, clause)
    if found and (terms or (line.prev.terms and rules.anaphor.search(clause))):
        found = _terms_apart(rules, clause, found)  # 「ご希望の勤務地が都内のみ」
    tally.state.terms = tally.state.terms or terms
    scored = not reading.found and _scored(rules, clause)
    if not found and _disclosure(rules, _morphs(clause)):
        # 「受験者本人の請求により、得点および順位を口頭で開示しております」: how scores may
        # be asked for tells none of them, the reasons unanswered: as a refusal reads
        tally.declined.append(written)
    if scored:  # 「…合格基準点に達しなかった」: the pass mark (基準) hints no skills
        found = [c for c in found if not (reading.hinted and c in reading.topical)]
    return found, scored


def _note_way(
    rules: _ReplyRules,
    state: _Sentence,
    line: _Line,
    clause: str,
    reading: _Reading,
    *,
    wish: bool,
    company: bool,
) -> None:
    """Record in ``state`` and ``line`` the wish observed and the company's way told (with a
    topic of fit, with a frame), which a mismatch after them is of."""
    line.told_wish = line.told_wish or bool(rules.wish.search(clause))
    state.wished = state.wished or wish
    state.way = state.way or (company and not reading.causes)
    state.way_fit = state.way_fit or (
        company and not reading.causes and rules.contrast_cause in reading.topical
    )
    state.way_framed = state.way_framed or (company and not reading.causes and reading.framed)
    state.business = state.business or (
        company and not reading.causes and _business(rules, line.sent[line.sent.find(clause) :])
    )


def _business(rules: _ReplyRules, text: str) -> bool:
    """``text`` tells the company's line of business after the company named ([contrast]
    company): a word of `business` (「うちは…賃貸管理がメインなんです」「当社は法人向けが主力」),
    or `firm` after a noun and の that is no trait of how the company is (「当社は物流の会社
    なので」, not 「うちは少人数の会社なので」)."""
    m = rules.contrast_company.search(text)
    if m is None:
        return False
    ms = list(_morphs(text[m.end() :]))
    for i, x in enumerate(ms):
        form = x.normalized_form()
        if form in rules.contrast_business:
            return True
        if (
            form in rules.contrast_firm
            and i >= 2
            and ms[i - 1].normalized_form() == "の"
            and _field_noun(rules, ms, i - 2)
        ):
            return True
    return False


def _field_noun(rules: _ReplyRules, ms: list[Any], k: int) -> bool:
    """``ms[k]`` (before の 会社) can name a field of business: a common noun (一般, サ変可能:
    物流, 機器, 開発), no counter nor number (「社員20名の会社」「創業3年の会社」: a size or an
    age), no name, and no trait of how the company is ([contrast] traits: 少人数, 経営)."""
    pos = ms[k].part_of_speech()
    if pos[0] != "名詞" or pos[1] != "普通名詞" or pos[2] not in ("一般", "サ変可能"):
        return False
    if k > 0 and ms[k - 1].part_of_speech()[1] == "数詞":
        return False
    return not any(t in ms[k].normalized_form() for t in rules.contrast_traits)


def _note_topics(
    rules: _ReplyRules,
    tally: _Tally,
    line: _Line,
    clause: str,
    reading: _Reading,
    found: list[str],
    *,
    overall: bool,
) -> tuple[bool, bool, bool]:
    """Whether the clause praises (「一つひとつ丁寧にお答えになっていました」), reassures and sets
    its topic aside (「資格がないのは気にしなくていいです」「服装は気にしないでいいよ、誰も見て
    ないから」: cleared, not left open for a frame after it); records the topics it leaves open
    or tells plainly for the sentences after, and the clause the next clause reads on from."""
    state = tally.state
    is_praise = not found and (_praises(rules, clause) or reading.observed == "praise")
    # read once for both uses below, and only where one of them asks
    reassured = (not reading.causes or not found) and reassures(rules.stance, _morphs(clause))
    set_aside = not reading.causes and reassured
    if not reading.causes:
        if not set_aside:
            state.left_open += [c for c in reading.topical if c not in state.left_open]
        plain = not (is_praise or reading.framed or state.praising or line.heading or overall)
        if plain and not (set_aside or _reassures(clause)):
            state.told += [c for c in reading.topical if c not in state.told]
    if is_praise:
        line.before, tally.last = None, []
    elif set_aside:
        line.before = None
    elif (
        line.before is None
        or reading.found
        or reading.framed
        or reading.topical
        or rules.contrast_company.search(clause)  # 「当社は…環境ですが、」: the way to set against
    ):
        line.before = (clause, reading)  # a clause that reads nothing (「とのこと」) keeps it
    return is_praise, reassured, set_aside


def _note_grounds(
    rules: _ReplyRules,
    tally: _Tally,
    line: _Line,
    clause: str,
    reading: _Reading,
    found: list[str],
    reassured: bool,
    *,
    overall: bool,
) -> None:
    """Record what `_verdict` weighs of the clause: communication only stuck on questions,
    skills named beside a comparison, a topic cleared or vouched for (「・退職理由：前向きで
    問題なし」: said of the candidate, feedback even beside an overall judgement), and a
    comparison that is only an overall judgement's scope or the field's stock words."""
    if "communication" in found:
        tally.stuck_only.append(_stuck_only(rules, clause))
    if "skills" in found:
        tally.compared_gap.append("relative" in found)
    if not found and reassured:
        tally.cleared = tally.cleared or not reading.topical
        # 「・退職理由：前向きで問題なし」: a topic of the interview cleared is said of the
        # candidate, feedback even beside an overall judgement
        tally.vouched = tally.vouched or (
            bool(_topical(rules, clause, hints=False)) and denied_outright(_morphs(clause))
        )
    if "relative" in found:  # a comparison naming what (経験, skills) is a reason
        # 「比較によるものであり、ご本人に大きな問題があったわけではございません」: a fault
        # told as not there is said of the candidate, no overall judgement's scope
        tally.judged.add(
            overall
            and not _topical(rules, clause, hints=False)
            and not no_fault(_morphs(line.sent))
        )
        tally.pooled.append(_pooled(rules, clause) or hired_only(rules.standing, _morphs(clause)))


def _name_found(
    rules: _ReplyRules,
    tally: _Tally,
    line: _Line,
    clause: str,
    reading: _Reading,
    found: list[str],
    own: list[str],
    reassured: bool,
    *,
    span: tuple[str, int, int],
) -> None:
    """Name the causes ``found`` (``span``: the clause as written, its end and the end of the
    connective after it, for evidence), each weak where only a hint of its own names it; a
    reassurance pointing back (「逆質問が少なかったことを気にされているようですが、そこは評価に
    影響していませんよ」) takes back what the clauses before it in the sentence named."""
    written, end, after = span
    for cid in found:
        hint = reading.hinted and cid in reading.topical and cid not in reading.found
        (tally.weak if hint and found is own else tally.strong).add(cid)
    tally.last = found or tally.last
    for cid in found:
        if cid not in tally.causes:
            tally.causes.append(cid)
            tally.named[cid] = line.original
            said = written + ending(line.sent, end, after)  # (a whole word: 「…あった」)
            if said not in tally.evidence:
                tally.evidence.append(said)
                line.added.append((cid, said))
    if not found and reassured and not reading.topical and _points_back(rules, clause):
        # 「逆質問が少なかったことを気にされているようですが、そこは評価に影響して
        # いませんよ」: the reassurance is of what the clauses before it named
        for cid, said in line.added:
            tally.causes.remove(cid)
            tally.named.pop(cid, None)
            tally.evidence.remove(said)
        line.added = []


def _note_judging(
    rules: _ReplyRules,
    tally: _Tally,
    line: _Line,
    clause: str,
    reading: _Reading,
    found: list[str],
    *,
    scored: bool,
    set_aside: bool,
    is_praise: bool,
    start: int,
) -> None:
    """Record whether the clause judges (a reason outside the ten causes: a score short, when
    the candidate can work, 「入社時期が合わず」; a framed judgement; a concern or a denial; a
    topic cleared), announces a judgement (「面接官からのコメントをお伝えします」), and speaks of
    the candidate."""
    sent = line.sent
    # 「入社時期が合わず」: when the candidate can work, a reason outside the ten causes
    timed = not found and (
        scored
        or _schedule(rules, clause, sent[start:])
        or (line.prev.terms and _terms_judged(rules, clause, sent[start:]))
    )
    tally.reasoned = tally.reasoned or (scored and not found)
    judges = (
        timed
        or (reading.framed and _judges(rules, clause))
        # what the candidate did, offered as a concern, or told as not having happened
        or reading.observed in ("concern", "denied")
        # a topic of the interview cleared (「言葉遣いは気にしなくて大丈夫です」)
        or (set_aside and bool(reading.topical) and not _graded(_morphs(clause)))
    )
    if judges or rules.evaluative.search(clause):
        tally.evaluative = True
        # a word of evaluation alone (「面接官からのコメントをお伝えします」) may announce
        # what follows; a judgement judges what its own clause speaks of
        tally.judging.append((len(tally.spoken), not judges))
    tally.spoken.append(
        bool(reading.topical or reading.causes or is_praise or timed)
        or (reading.observed == "denied" and bool(_denied_spans(clause)))
        or _reassures(clause)
        or about_candidate(rules.observation, _morphs(clause))
    )


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


def _verdict(rules: _ReplyRules, body: str, tally: _Tally) -> ReplyResult:
    """The reply's label from what ``tally`` holds once every sentence is read: the causes left
    (`_final_causes`), whether its judgements speak of the candidate (`_of_candidate`), then
    the stance of the sentences where nothing is named (`_settled`), a refusal or an overall
    judgement beside a comparison only, a closed opening, feedback, declined or other."""
    ordered = _final_causes(tally)
    t = tally
    if t.evaluative and not (t.causes or t.praise):
        t.evaluative = _of_candidate(t)
    named_ = bool(t.causes or t.praise or t.reasoned)
    settled = _settled(rules, body, named_, t.evaluative, bool(t.declined), t.refused)
    if settled is not None:  # no cause, no praise: the stance of the sentences decides
        return settled
    if t.hedged and not t.causes and rules.pending[1].search(normalize(body)):
        return ReplyResult(label="other")  # 「…確認が取れ次第、改めてご連絡いたします」: to come
    if t.declined and not t.causes and not (t.vouched and not t.refused) and not t.reasoned:
        # praise, then 「公平性の観点から理由はお伝えしておりません」
        return ReplyResult(label="declined", causes=[], evidence=t.declined)
    if t.refused and ordered == ["relative"] and all(t.pooled):  # 「個別の理由はお伝えしておりま
        # せん。限られた採用枠に多くの方からご応募…」「別の方の採用が決まりましたが、個別の選考
        # 理由はお伝えしていない」: the field of every applicant or the hire's news, no comparison
        return ReplyResult(label="declined", causes=[], evidence=t.declined)
    # a fault told as not there elsewhere in the reply (「悪いところはなかったです。ほかにも良い人
    # がいて、みんなで話し合って一人に絞った」) is said of the candidate, as in the sentence itself
    overall = t.judged == {True} and not (t.praise or t.evaluative or t.faultless)
    if (t.refused or overall) and ordered == ["relative"]:  # 「多数のご応募…比較の結果…個別の評価は
        # お伝えしておりません」「複数の応募者の中から総合的に判断」: a comparison says nothing of
        # the candidate; the rest is refused or an overall judgement
        return ReplyResult("declined", ordered, t.declined, {c: t.named[c] for c in ordered})
    if not t.causes and not (t.vouched or t.reasoned) and _closed(rules, body):
        return ReplyResult(label="other")  # praise, then 「採用そのものを凍結」「別の募集をご案内」
    if t.causes or t.evaluative or t.praise:
        sentences_ = {c: t.named[c] for c in ordered}
        praise_ = list(dict.fromkeys(t.praise))
        return ReplyResult("feedback", ordered, t.evidence, sentences_, praise_, t.praised)
    if t.declined:
        return ReplyResult(label="declined", causes=[], evidence=t.declined)
    pardoned = _result_pardoned(rules, body)
    if pardoned is not None:  # 「ご期待に沿えず申し訳ございません。何卒ご容赦ください」
        return ReplyResult(label="declined", causes=[], evidence=[pardoned])
    return ReplyResult(label="other")


_PARDON_SPAN = 7  # morphemes from the understanding to the asking


def _result_pardoned(rules: _ReplyRules, body: str) -> str | None:
    """The sentence asking the reader's understanding (ご and a noun of [verdict] `pardoned`,
    then one of `requests`: 「何卒ご容赦くださいますよう」「ご理解いただけますと幸いです」) in a
    reply that restates the result ([verdict] forms: 沿う, 縁, 見送り): the answer gives no
    reason and asks to be let off, declined; None otherwise."""
    forms = rules.verdict[0]
    pardoned, requests = rules.verdict_pardoned
    sents = [
        sent
        for _, sent in split_sentences(strip_quoted(body), items=True)
        if not rules.ignore.search(sent)
    ]
    if not any(m.normalized_form() in forms for sent in sents for m in _morphs(sent)):
        return None
    for sent in sents:
        ms = list(_morphs(sent))
        for i, m in enumerate(ms):
            if (
                i
                and m.normalized_form() in pardoned
                and ms[i - 1].part_of_speech()[0] == "接頭辞"
                and any(x.normalized_form() in requests for x in ms[i + 1 : i + _PARDON_SPAN])
            ):
                return sent
    return None


def _final_causes(tally: _Tally) -> list[str]:
    """Settle ``tally``'s causes and refusals and return the causes in catalogue order: refusals
    of a fault point beside a fault told as not there dropped (else a refusal); communication
    only stuck on the questions a skills gap explains; skills only where another had more, the
    reader cleared; the causes named only by hints dropped beside a refusal (「今回は見送り」と
    のみ回答…「具体的な理由がわからず」), after the order is taken."""
    t = tally
    if t.faultless:
        t.declined = [d for d in t.declined if d not in t.pointless]
    else:
        t.refused = t.refused or bool(t.pointless)
    if "skills" in t.causes and t.stuck_only and all(t.stuck_only):
        t.causes.remove("communication")  # the questions it could not answer are the gap
    if t.cleared and t.compared_gap and all(t.compared_gap):
        t.causes.remove("skills")  # the other person had more: no lack said of the reader
    ordered = [c for c in CAUSE_IDS if c in t.causes]
    if (
        t.declined
        and t.causes
        and set(t.causes) <= t.weak - t.strong
        and not (t.praise or t.evaluative)
    ):
        # 「今回は見送り」とのみ回答…「具体的な理由がわからず」: a hint is no cause beside a refusal
        t.causes = []
    return ordered


def _of_candidate(tally: _Tally) -> bool:
    """Whether the judging words of a reply naming no cause nor praise speak of the candidate:
    not where they judge something else (「面接官の所感は先方にお渡し済みです」「先ほどのメール
    は送信先の誤りでした」); a comment announced (「面接官からのコメントをお伝えします」) is of the
    candidate where what follows it is."""
    spoken = tally.spoken
    return any(any(spoken[at:] if ahead else spoken[at : at + 1]) for at, ahead in tally.judging)


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
    """``sent`` up to the clause where talk in general opens (reply.boundary.general_talk:
    「一般論ですが」「一般的に」「多くの企業では」「…企業も少なくありません」「皆様にお伝えして
    いることですが」), when what it opens neither names the reader nor tells their conduct; all of
    ``sent`` otherwise. 「個別の評価はお伝えできないのですが、弊社では一般的に…」 keeps its
    refusal. Hearsay of the field (reply.boundary.hearsay: 「…と良いと言われています」) makes the
    whole sentence general, from the clause after its last refusal. What the company looks at
    as its way (reply.boundary.usual_criteria: 「当社の書類選考では例年、…かを見ております」; any
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


def _writers_own(rules: _ReplyRules, clause: str) -> bool:
    """The clause tells the writer's own doing, nothing of the candidate: its subject is the
    writer's act (reply.boundary.writers_act: 「当社からのご説明が行き届かず、大変申し訳ござい
    ませんでした」「こちらの説明が足りなかったですね」), and it neither names the reader nor
    tells their conduct (reply.boundary.about_candidate)."""
    ms = _morphs(clause)
    return writers_act(ms) is not None and not about_candidate(rules.observation, ms)


def _settled(
    rules: _ReplyRules, body: str, named: bool, evaluative: bool, declined: bool, refused: bool
) -> ReplyResult | None:
    """The label where the reply names no cause and praises nothing (``named`` false), from the
    stance of its sentences (furikaeri.mail.reply.stance), else None: a fault told as not there
    in the interview is feedback (「特に大きな課題があったということではなく、総合的に判断した
    結果」), unless the reply refuses to tell (``refused``: then it is the refusal's courtesy,
    declined below); judging words that stand only in the writer's side (「大変失礼いたし
    ました」「お手数ですが、ご確認をお願いいたします」「返却を希望されますか」) say nothing of
    the candidate: the
    reply is read again without those sentences; the company holding back its judgement
    (「フィードバックについては…控えさせていただいております」) is declined."""
    if named:
        return None
    kept: list[str] = []
    dropped = False
    refrained: str | None = None
    for original, sent in split_sentences(strip_quoted(body), items=True):
        if rules.ignore.search(sent):
            kept.append(original)
            continue
        ms = _morphs(sent)
        if writers_side(ms):
            dropped = True
            continue
        said = no_fault(
            ms,
            reassured=declined and not refused,
            grounds=rules.stance.grounds,
            worries=rules.stance.worries,
        )
        said = said or _terms_unmet(rules, sent)
        if said and not refused:  # beside a refusal to tell (「スキルや志望動機に問題があった
            # ということではございません。個別の理由はお答えしかねます」) the clearing is the
            # refusal's courtesy: nothing told of the interview after all
            return ReplyResult("feedback", [], [said])
        refrained = refrained or refrains(ms, rules.refusal.judged)
        kept.append(original)
    if refrained and not declined:  # a refusal to tell, as the loop's are: before judging words
        return ReplyResult(label="declined", causes=[], evidence=[refrained])
    if evaluative and not declined and dropped:
        return classify_reply("\n".join(kept))
    return None


def _closed(rules: _ReplyRules, body: str) -> bool:
    """The reply tells the opening itself stopped or offers another ([closed]): why the process
    ended, not how the candidate did; unless a sentence tells a fault was not there in the
    interview (reply.boundary.no_fault, lack.reassurances)."""
    text = normalize(body)
    if not any(pat.search(text) for pat in rules.closed):
        return False
    # 「面接内容に大きな課題はございませんでした」: the interview judged, feedback all the same
    return not any(
        no_fault(_morphs(sent)) or reassurances(_morphs(sent))
        for _, sent in split_sentences(strip_quoted(body), items=True)
    )


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


def _graded_well(rules: _ReplyRules, clause: str) -> bool:
    """``clause`` carries a sheet's good grade mark (「◎」「○」 after its item or comment) and no
    bad one (「×」「△」)."""
    return bool(rules.grade_good.search(clause)) and not rules.grade_bad.search(clause)


def _graded(morphs: Any) -> bool:
    """The clause's reassurance denies an adjective of quality (「回答内容は悪くありません
    でした」): a grade of what was said, read as before; not attention or a ground denied
    (「気にしなくて大丈夫です」「判断材料にしておりません」)."""
    text = "".join(str(m.surface()) for m in morphs)
    for words in reassurances(morphs):
        at = text.find(words)
        for m in morphs:
            if m.begin() == at:
                return bool(m.part_of_speech()[0] == "形容詞")
    return False


def _pooled(rules: _ReplyRules, clause: str) -> bool:
    """The clause names relative only by the field's stock words ([pool]: 「限られた採用枠」「多く
    の方からご応募」): with them blanked, no comparison is left."""
    if not rules.pool.search(clause):
        return False
    return not _read_clause(rules, _mask(clause, [rules.pool])).causes


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
