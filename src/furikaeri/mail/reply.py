"""Read a company's reply to a feedback request: feedback, declined or other, with the cause
ids it names, the sentence naming each and what it praises. Knowledge lives in
data/mail_replies.toml, and the English cues per cause in data/mail_replies_en.toml. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from furikaeri.catalogue import CAUSE_IDS
from furikaeri.mail.lack import denied_outright, reassurances
from furikaeri.mail.refusal import possible_refusal, telling_topic
from furikaeri.mail.reply_boundary import (
    about_candidate,
    accepted,
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
from furikaeri.mail.reply_clauses import (
    _CONCEDING,
    _LEFT,
    _MEDIUM,
    _STAY,
    _across,
    _as_written,
    _blank,
    _clause_causes,
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
    episode_told,
    remedy_gains,
    short_word,
    wish_told,
)
from furikaeri.mail.reply_rules import _reply_rules, _ReplyRules
from furikaeri.mail.reply_sentences import (
    _counts,
    _declines,
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
from furikaeri.mail.reply_stance import reassures
from furikaeri.mail.reply_standing import Amount, hired_only
from furikaeri.mail.reply_words import _morphs, _view, _words
from furikaeri.mail.text import (
    normalize,
    opens_field,
    opens_item,
    split_sentences,
    strip_quoted,
)
from furikaeri.vocabulary import reply_labels

__all__ = ["REPLY_LABELS", "ReplyResult", "_words", "classify_reply", "sentences_naming"]

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


_MOTIVE = "motivation"


def _rivals_own(rules: _ReplyRules, clause: str) -> bool:
    """The clause's motivation topic lies only in the words that tell another applicant (from
    the comma before a `people` noun of [standing] that a predicate modifies, up to it: 「当社の
    事業や社内の事情をよく理解している元社員の方から」): what that person knows or wants,
    no motivation of the reader's. Not where those words rank the person higher (a degree
    adverb, [standing] `degrees`: 「さらに踏み込んでご理解されている方」: the reader's fell
    short)."""
    ms = _morphs(clause)
    for i, m in enumerate(ms):
        if m.normalized_form() not in rules.standing.people or m.part_of_speech()[0] != "名詞":
            continue
        told = [k for k in range(i) if ms[k].part_of_speech()[0] in ("動詞", "形容詞")]
        if not told:
            continue
        end = int(m.end())
        start = clause.rfind("、", 0, end) + 1
        if start > int(ms[told[-1]].begin()):
            continue
        if any(
            start <= int(x.begin()) < end and x.normalized_form() in rules.standing.degrees
            for x in ms
        ):
            return False  # 「さらに踏み込んでご理解されている方」: the reader's grasp fell short
        rest = _blank(clause, start, end)
        if _MOTIVE not in _topical(rules, rest, hints=False) + _read_clause(rules, rest).found:
            return True
    return False


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


def classify_reply(body: str) -> ReplyResult:
    """Label a company's answer to a feedback request and name the causes it gives, with the
    sentence that names each, the clauses that praise and the causes they praise."""
    rules = _reply_rules()
    body = _fields_apart(rules, body)
    causes: list[str] = []
    evidence: list[str] = []
    named: dict[str, str] = {}
    praise: list[str] = []
    praised: dict[str, str] = {}
    evaluative = False
    judging: list[tuple[int, bool]] = []  # the clauses that judge (index in spoken, announces)
    # per clause read: whether it speaks of the candidate (names a topic of the interview, denies
    # a fault, praises, names the reader or tells their conduct: reply_boundary.about_candidate)
    spoken: list[bool] = []
    declined: list[str] = []
    refused = False  # a refusal to tell (`declined`), not only an overall judgement
    # refusals to tell a fault point (「至らなかった点をお伝えできず」): beside a fault told as not
    # there (``faultless``: 「ご回答やご経歴に問題があったわけではございません」), an apology for
    # having none to give; else refusals like the others
    pointless: list[str] = []
    faultless = False
    hedged = False  # a refusal for now (「現時点ではお伝えできることがございません」)
    # per clause naming relative: whether it is only an overall judgement's scope (「複数の応募者
    # の中から総合的に判断」), a comparison that names nothing compared
    judged: set[bool] = set()
    pooled: list[bool] = []  # per clause naming relative: only the field's stock words (pool)
    # or only the news that another person was chosen (「別の方の採用が決まり」: no comparison)
    stuck_only: list[bool] = []  # per clause naming communication: only stuck on questions
    weak: set[str] = set()  # causes named only by a hint where a frame is live
    strong: set[str] = set()
    # per clause naming skills: whether a comparison named it too (「ほかの方のほうが現場経験が
    # 長くて、そっちに決めました」); a fault of the candidate's denied as a whole (「〇〇さんが何か
    # 悪かったわけじゃないです」) then leaves the comparison alone, no gap of the reader's
    compared_gap: list[bool] = []
    cleared = False
    vouched = False
    # a concrete reason outside the ten causes told (a score of the selection's tests short:
    # 「筆記試験の得点が低く、総合得点が合格基準点に達しなかった」): feedback beside a refusal to
    # tell the interviewers' evaluations
    reasoned = False
    role = _Role()  # what the role asked for, across sentences
    state = _Sentence()
    general_items = False  # talk in general told: the list items after it are of it too
    asked_before = ""  # the sentence before, where the candidate's questions may be told
    vouched_for: set[str] = set()  # the causes whose topic a sentence told free of fault
    last: list[str] = []  # the causes the latest clause naming any named, across sentences
    for original, sent in split_sentences(strip_quoted(body), items=True):
        if rules.ignore.search(sent):
            continue
        item = opens_item(sent)
        if (
            general_items
            and item
            and not about_candidate(rules.observation, _morphs(sent), past=True)
        ):
            continue  # 「皆様に共通するポイントを以下に…」 then 「・志望動機は…掘り下げる」: all's
        general_items = general_items and item
        cut = _before_general(rules, sent, bool(declined))  # 「なお一般論ですが、…」: advice of
        general_items = general_items or cut != sent  # the items after it are in its scope
        sent = cut
        if not sent:  # the field from the clause it opens on, not the candidate's cause
            continue
        frame = speech_frame(_morphs(sent))  # 「結論から言いますと、」: the writer's telling,
        sent = sent[len(frame) :] if frame else sent  # cut as the general talk after is
        prev, state = state, state.next()
        title = _title(rules, sent)
        if title or opens_item(sent):  # 「1. 志望動機」: the comment under it is of it
            state.section, state.section_left = title, _SECTION_SPAN + 1 if title else 0
        state.listing = state.listing and _ordinal(rules, sent)
        heading = bool(rules.observation.heading.match(sent))
        if heading:
            state.praising = bool(rules.observation.praise_heading.search(sent))
        before: tuple[str, _Reading] | None = None
        spoken_of: list[str] = []  # the topics the sentence's clauses spoke of, praised or not
        # 「たとえば『…』とお聞きした際に、…」: an example of the point named before it
        example = list(last) if last and _instance(rules, sent) else []
        known = set(causes)  # the causes earlier sentences named
        refusals = len(declined)  # a refusal or verdict in this sentence: nothing left unsaid
        for quote in _verdicts(rules, sent):  # 「見送りとさせていただく」とのご回答のみ: no content
            declined.append(quote)
            sent = sent.replace(quote, "□" * len(quote))
        sent = _asked_apart(rules, sent)
        header = _header_causes(rules, sent)
        reasons = _quoted_reasons(rules, sent)
        for quote in reasons:  # its words are the former workplace's: read apart
            sent = sent.replace(quote, "□" * len(quote))
        cid = rules.quoted_reason[0]
        for quote in reasons:
            if cid not in causes:
                causes.append(cid)
                named[cid] = original
                evidence.append(quote)
        complained = "".join(reasons)  # the complaint reported, blanked in ``sent``
        if reasons:  # 「…というお話が中心で、当所で何をしたいかのお話が」: what follows is read
            last = [cid]  # on from the complaint
        quoted = _quoted_words(rules, sent)
        for _, quote in quoted:  # the candidate's words, read by the answer analyzer only
            sent = sent.replace(quote, "□" * len(quote))
        if quoted:  # 「やる気あります」「頑張ります」: listed with a claim, a claim too
            sent = _mask_listed_quotes(rules, sent)
            sent = _mask_calling(rules, sent, {cid for cid, _ in quoted})
            last = [cid for cid, _ in quoted]  # what the clauses after it follow on from
        # 「『リーダーシップ』を挙げられましたが、…」: the claim quoted is spoken of
        spoken_of += [c for c, _ in quoted if c not in spoken_of]
        told_wish = False  # a clause before in the sentence told the candidate's wish
        added: list[tuple[str, str]] = []  # (cause, evidence) the sentence's clauses named
        # 「面接では通信が不安定になってしまい失礼しました」: the writer apologises for its own
        # doing, nothing said of the candidate; a refusal in it still counts. Not an apology for
        # telling (「志望動機が弱いなど、厳しいことを申し上げて申し訳ありません」): what is told is
        # the candidate's.
        ms = _morphs(sent)
        feel = by_feel(ms)
        if feel:  # 「最後は勘で決めちゃってて、…うまく説明できない」: no reason to give
            declined.append(feel)
            continue
        clear = cleared_topics(sent)
        faultless = faultless or no_fault(ms, points=True) is not None or bool(clear)
        for a, b in clear:  # 「志望動機やご経験に問題があったわけでは決してない」
            vouched_for.update(_topical(rules, sent[a:b], hints=False))
        sorry = (
            writers_apology(ms)
            and not about_candidate(rules.observation, ms)
            and not any(m.normalized_form() in rules.refusal.telling for m in ms)
        )
        spans = list(_clause_spans(rules.split, sent))
        for at, (start, end, after) in enumerate(spans):
            clause = written = sent[start:end]  # ``written``: before blanking, for evidence
            refused_words = _declines(rules, clause, sent[:start])
            if refused_words:  # 「理由はお答えしかねますが、一点だけ…」: the rest may say more
                declined.append(refused_words)
                if fault_point(_morphs(clause[: clause.find(refused_words)])):
                    pointless.append(refused_words)  # 「至らなかった点をお伝えできず恐縮ですが」
                else:
                    refused = True
                now, _ = rules.pending
                hedged = hedged or bool(now.search(sent[:end]))
                before = None
                continue
            if possible_refusal(rules.refusal, _morphs(clause)) is not None:
                continue  # 「内容によってはご回答できない場合も…」: the writer's, nothing decided
            told_at = telling_topic(rules.refusal, _morphs(clause)) if refused else None
            if told_at is not None and not _topical(rules, clause[:told_at], hints=False):
                continue  # 「一人にだけお話しするのも不公平になりますので」: the refusal's ground
            # 「当社からのご説明が行き届かず」「こちらの説明が足りなかった」: the writer's doing,
            if sorry or _writers_own(rules, clause):  # no cause of the candidate
                continue
            if writers_hedge(_morphs(clause)):  # 「ご期待に沿うお答えになっていないかもしれま
                continue  # せんが」: the writer's doubt about this mail, no answer of theirs
            m = rules.overall.search(clause)
            if m and any(
                a < m.start() < b and _topical(rules, clause[a : m.start()], hints=False)
                for a, b in _denied_spans(clause)
            ):
                # 「志望動機が弱かったことが理由というわけではございません」: a topic named and
                # denied as the reason, no overall judgement (「特定の何かが理由ってことではなく」
                # names none: one)
                m = None
            weighed = _weighed(rules, clause[: m.start()]) if m else []
            if weighed:
                m = None  # 「社風との相性を総合的に判断し」: the point weighed is named
            if m:  # 「総合的に判断し」: a refusal unless the clause names a cause all the same
                declined.append(m.group(0))
                clause = _mask(clause, [rules.overall, rules.overall_called])
            said = _no_reason(clause)
            if said and _topical(rules, clause[: clause.find(said)], hints=False):
                said = None  # 「4回の転職をされており、その理由がはっきりしませんでした」: theirs
            if said:  # 「理由は特にないんです」: nothing to tell, unless a cause is named too
                declined.append(said)
                clause = clause.replace(said, "□" * len(said), 1)
            clause = _unreceived(rules, clause, sent[:start])
            ground = ample_ground(_morphs(clause))
            if ground is not None:  # 「知識は十分お持ちだと思いますので、」: granted, the advice's
                clause = "□" * ground + clause[ground:]  # ground, no point of its own
            reading = _read_clause(rules, clause)
            if (
                reading.observed == "concern" and state.praising
            ):  # 【良かった点】・…お話しされていました
                reading = _Reading(reading.found, False, reading.topical, reading.hinted, "praise")
            if (
                (reading.framed or reading.topical)
                and not reading.found
                and _graded_well(rules, clause)
            ):  # 「・志望動機：…を踏まえて具体的に語られており◎」「・人柄：〇」: the grade judges
                reading = _Reading([], False, reading.topical, reading.hinted, "praise")
            own = reading.causes
            if _claim_episode(rules, clause, reading, [*spoken_of, *prev.left_open]):
                # 「…強みとおっしゃっていましたが、それを裏付けるご経験を伺うことができず」: the
                # experience the talk did not carry is the claim's episode, no gap of the role's
                own = [rules.asked[3] or rules.shortfall[0]]
            spoken_of += [c for c in (*reading.found, *reading.topical) if c not in spoken_of]
            if own == [_MEDIUM] and reading.hinted and before and _left_open(before[1]):
                # 「試用期間中に退職された会社の事情を伺いましたが、はっきりしたお答えがなく」: the
                # answer missing is the medium; what was asked is the point
                own = before[1].topical
            elif own == [_MEDIUM] and reading.hinted and _told_way_of(rules, clause, sent, last):
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
            # 「うちは今、…フェーズなので、そこが噛み合わない」: the two ways' fit, not a frame of
            # the clause before (「〇〇さんの慎重さは長所ですが、今の段階には合わない」)
            way_told = prev.way_fit or state.way_fit or prev.way
            fitted = not own and _fit_told(rules, clause, reading, way_told)
            found = own or ([rules.contrast_cause] if fitted else [])
            found = found or _across(rules, before, clause, reading) or weighed
            if not found and header and reading.framed and start > 0:
                found = header  # 「・自己PRについて：熱意は十分でしたが、印象に残りにくく」
            if (
                not found
                and state.section
                and reading.framed
                and not (reading.topical or header or heading)
                and reading.observed != "praise"
                and not _praises(rules, clause)
            ):
                found = list(state.section)  # 「1. 志望動機」 then 「…に答えられていなかった」
            if (
                not found
                and state.listing
                and reading.topical
                and reading.observed != "praise"
                and not _praises(rules, clause)
            ):
                found = list(reading.topical)  # 「二点目は、…待遇に関するものに集中していた点です」
            if not found and prev.left_open and reading.framed and rules.anaphor.search(clause):
                found = prev.left_open  # 「…とのお返事でした。そこは少しもったいなかった」
            if (
                not found
                and prev.told
                and start == 0
                and not (quoted or header or heading or opens_field(sent))
                and len(declined) == refusals
                and _unsaid(reading)
                and not _turns(rules, clause)
                and not writers_side(_morphs(sent))  # 「ご期待に沿えず申し訳ございません」
            ):
                found = prev.told  # 「…鳴っていました。面接の場としては気になりました」
            looked, lookable = rules.looked_up
            if found and not own and looked.search(clause):
                # 「自己PRと志望動機、逆質問をお伺いしました。IR資料や会社案内を見ればわかる内容
                # ばかりでした」: what could have been looked up is what was asked, never a self-PR
                found = [c for c in lookable if c in found][:1]
            if found and example:  # the example's content is the point it exemplifies
                found = [c for c in found if c in example]
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
                # 「逆質問がありませんでした。…ひとつでも聞いて主体性を示してほしかった」: what
                # the remedy of the point before would have shown is no point of its own
                rest = remedy_gains(rules, clause)
                if rest is None and rules.wished_next & set(last):
                    # 「前職への不満が中心でした。…これから何をしていきたいのか、という方向で
                    # お話しいただけると」: what the candidate wants next is the complaint's remedy
                    rest = wish_told(rules, clause)
                left = _read_clause(rules, rest) if rest is not None else None
                if left is not None and {*left.found, *left.topical} <= set(last):
                    found = [c for c in found if c in last]
            if found and last and not reading.found:
                found = _follows(rules, clause, found, last, complained)
            if found and _outweighed(rules, sent, spans, at, reading):
                found = []  # 「緊張されている様子はあったが、誠実なお人柄は十分伝わった」
            if found and _accepted_after(rules, sent, spans, at):
                # 「…退職された点は、ご事情を伺い、面接官も十分に納得しておりました」; a comparison
                # is no point raised (「比較によるものであり、大きな問題があったわけでは…」)
                found = [c for c in found if c == "relative"]
            if (
                "relative" in found
                and _MOTIVE in found
                and (_MOTIVE in vouched_for or _MOTIVE in praised)
                and _rivals_own(rules, clause)
            ):
                # 「志望動機…に問題があったわけではない。…当社の事業…をよく理解している元社員の
                # 方からもご応募があり」: the reader's motivation cleared or praised before, the
                # other applicant's grasp of the company is theirs
                found = [c for c in found if c != _MOTIVE]
            wish = reading.observed == "concern" and (
                _wishes(rules, clause) or _typed(rules, clause)
            )
            company = bool(rules.contrast_company.search(clause)) and not (
                rules.contrast_agree.search(clause) or rules.praise.search(clause)
            )
            told = rules.wish.search(clause) is not None and not reading.causes
            if not found and (
                (wish and prev.way)
                or (company and prev.wished)
                or (told and (prev.way_framed or (prev.way and reading.framed)))
            ):
                found = [rules.contrast_cause]
            counted = _counts(rules, clause)
            if counted and reading.framed and not (reading.topical or reading.causes):
                state.listing = True  # 「気になった点は二つあります」
            if not found and told_wish and reading.framed and _wish_gap(rules, clause):
                found = [rules.contrast_cause]  # 「…というご希望を伺いましたが、…ご希望との隔たり」
            terms = _terms(rules, clause)
            if found and (terms or (prev.terms and rules.anaphor.search(clause))):
                found = _terms_apart(rules, clause, found)  # 「ご希望の勤務地が都内のみ」
            state.terms = state.terms or terms
            scored = not reading.found and _scored(rules, clause)
            if not found and _disclosure(rules, _morphs(clause)):
                # 「受験者本人の請求により、得点および順位を口頭で開示しております」: how scores may
                # be asked for tells none of them, the reasons unanswered: as a refusal reads
                declined.append(written)
            if scored:  # 「…合格基準点に達しなかった」: the pass mark (基準) hints no skills
                found = [c for c in found if not (reading.hinted and c in reading.topical)]
            told_wish = told_wish or bool(rules.wish.search(clause))
            state.wished = state.wished or wish
            state.way = state.way or (company and not reading.causes)
            state.way_fit = state.way_fit or (
                company and not reading.causes and rules.contrast_cause in reading.topical
            )
            state.way_framed = state.way_framed or (
                company and not reading.causes and reading.framed
            )
            # 「一つひとつ丁寧にお答えになっていました」: an observation that praises
            is_praise = not found and (_praises(rules, clause) or reading.observed == "praise")
            # 「資格がないのは気にしなくていいです。そこは…」「服装は気にしないでいいよ、誰も
            # 見てないから」: cleared, not left open for a frame after it
            # read once for both uses below, and only where one of them asks
            reassured = (not reading.causes or not found) and reassures(
                rules.stance, _morphs(clause)
            )
            set_aside = not reading.causes and reassured
            if not reading.causes:
                if not set_aside:
                    state.left_open += [c for c in reading.topical if c not in state.left_open]
                plain = not (is_praise or reading.framed or state.praising or heading or m)
                if plain and not (set_aside or _reassures(clause)):
                    state.told += [c for c in reading.topical if c not in state.told]
            if is_praise:
                before, last = None, []
            elif set_aside:
                before = None
            elif before is None or reading.found or reading.framed or reading.topical:
                before = (clause, reading)  # a clause that reads nothing (「とのこと」) keeps it
            if "communication" in found:
                stuck_only.append(_stuck_only(rules, clause))
            if "skills" in found:
                compared_gap.append("relative" in found)
            if not found and reassured:
                cleared = cleared or not reading.topical
                # 「・退職理由：前向きで問題なし」: a topic of the interview cleared is said of the
                # candidate, feedback even beside an overall judgement
                vouched = vouched or (
                    bool(_topical(rules, clause, hints=False)) and denied_outright(_morphs(clause))
                )
            if "relative" in found:  # a comparison naming what (経験, skills) is a reason
                # 「比較によるものであり、ご本人に大きな問題があったわけではございません」: a fault
                # told as not there is said of the candidate, no overall judgement's scope
                judged.add(
                    m is not None
                    and not _topical(rules, clause, hints=False)
                    and not no_fault(_morphs(sent))
                )
                pooled.append(_pooled(rules, clause) or hired_only(rules.standing, _morphs(clause)))
            for cid in found:
                hint = reading.hinted and cid in reading.topical and cid not in reading.found
                (weak if hint and found is own else strong).add(cid)
            last = found or last
            for cid in found:
                if cid not in causes:
                    causes.append(cid)
                    named[cid] = original
                    said = written + ending(sent, end, after)  # (a whole word: 「…あった」)
                    if said not in evidence:
                        evidence.append(said)
                        added.append((cid, said))
            if not found and reassured and not reading.topical and _points_back(rules, clause):
                # 「逆質問が少なかったことを気にされているようですが、そこは評価に影響して
                # いませんよ」: the reassurance is of what the clauses before it named
                for cid, said in added:
                    causes.remove(cid)
                    named.pop(cid, None)
                    evidence.remove(said)
                added = []
            # 「入社時期が合わず」: when the candidate can work, a reason outside the ten causes
            timed = not found and (
                scored
                or _schedule(rules, clause, sent[start:])
                or (prev.terms and _terms_judged(rules, clause, sent[start:]))
            )
            reasoned = reasoned or (scored and not found)
            judges = (
                timed
                or (reading.framed and _judges(rules, clause))
                # what the candidate did, offered as a concern, or told as not having happened
                or reading.observed in ("concern", "denied")
                # a topic of the interview cleared (「言葉遣いは気にしなくて大丈夫です」)
                or (set_aside and bool(reading.topical) and not _graded(_morphs(clause)))
            )
            if judges or rules.evaluative.search(clause):
                evaluative = True
                # a word of evaluation alone (「面接官からのコメントをお伝えします」) may announce
                # what follows; a judgement judges what its own clause speaks of
                judging.append((len(spoken), not judges))
            spoken.append(
                bool(reading.topical or reading.causes or is_praise or timed)
                or (reading.observed == "denied" and bool(_denied_spans(clause)))
                or _reassures(clause)
                or about_candidate(rules.observation, _morphs(clause))
            )
            if is_praise:
                written = _as_written(rules, original, sent, start, after)
                praise.append(written)
                for cid in _topical(rules, clause):
                    praised.setdefault(cid, written)
        if len(declined) > refusals:  # 「ご質問の件、…明確なご回答はいただけませんでした」
            state.told = []
        cid = "reverse_question"
        said = _published(rules, sent, asked_before)
        asked_before = sent
        if said:  # 「…について質問されましたが、当社ホームページで確認できる事柄でした」
            if cid not in causes:
                causes.append(cid)
                named[cid] = original
                if said not in evidence:
                    evidence.append(said)
            effect = rules.published[3]  # 「企業研究が十分だったのか疑問」: what they showed
            if "motivation" in causes and "motivation" not in known:
                rest = effect.sub(lambda m: "□" * len(m.group(0)), sent)
                if not _names(rules.causes["motivation"], rest):
                    causes.remove("motivation")
        for cid, quote in quoted:
            if cid not in causes:
                causes.append(cid)
                named[cid] = original
                evidence.append(quote)
        cid = rules.shortfall[0]
        said = _short_of_role(rules, sent, role)
        if said and cid not in causes:  # 「3年以上…を求めており、1年半というご経験では」
            causes.append(cid)
            named[cid] = original
            evidence.append(said)
    if faultless:
        declined = [d for d in declined if d not in pointless]
    else:
        refused = refused or bool(pointless)
    if "skills" in causes and stuck_only and all(stuck_only):
        causes.remove("communication")  # the questions it could not answer are the gap
    if cleared and compared_gap and all(compared_gap):
        causes.remove("skills")  # the other person had more: no lack said of the reader
    ordered = [c for c in CAUSE_IDS if c in causes]
    if declined and causes and set(causes) <= weak - strong and not (praise or evaluative):
        # 「今回は見送り」とのみ回答…「具体的な理由がわからず」: a hint is no cause beside a refusal
        causes = []
    if evaluative and not (causes or praise):  # judging words of something else than the
        # candidate (「面接官の所感は先方にお渡し済みです」「先ほどのメールは送信先の誤りでした」)
        # the interviewer's comment announced (「面接官からのコメントをお伝えします」): of the
        # candidate where what follows it is
        evaluative = any(
            any(spoken[at:] if ahead else spoken[at : at + 1]) for at, ahead in judging
        )
    named_ = bool(causes or praise or reasoned)
    settled = _settled(rules, body, named_, evaluative, bool(declined), refused)
    if settled is not None:  # no cause, no praise: the stance of the sentences decides
        return settled
    if hedged and not causes and rules.pending[1].search(normalize(body)):
        return ReplyResult(label="other")  # 「…確認が取れ次第、改めてご連絡いたします」: to come
    if declined and not causes and not (vouched and not refused) and not reasoned:
        # praise, then 「公平性の観点から理由はお伝えしておりません」
        return ReplyResult(label="declined", causes=[], evidence=declined)
    if refused and ordered == ["relative"] and all(pooled):  # 「個別の理由はお伝えしておりま
        # せん。限られた採用枠に多くの方からご応募…」「別の方の採用が決まりましたが、個別の選考
        # 理由はお伝えしていない」: the field of every applicant or the hire's news, no comparison
        return ReplyResult(label="declined", causes=[], evidence=declined)
    # a fault told as not there elsewhere in the reply (「悪いところはなかったです。ほかにも良い人
    # がいて、みんなで話し合って一人に絞った」) is said of the candidate, as in the sentence itself
    overall = judged == {True} and not (praise or evaluative or faultless)
    if (refused or overall) and ordered == ["relative"]:  # 「多数のご応募…比較の結果…個別の評価は
        # お伝えしておりません」「複数の応募者の中から総合的に判断」: a comparison says nothing of
        # the candidate; the rest is refused or an overall judgement
        return ReplyResult("declined", ordered, declined, {c: named[c] for c in ordered})
    if not causes and not (vouched or reasoned) and _closed(rules, body):
        return ReplyResult(label="other")  # praise, then 「採用そのものを凍結」「別の募集をご案内」
    if causes or evaluative or praise:
        sentences_ = {c: named[c] for c in ordered}
        praise_ = list(dict.fromkeys(praise))
        return ReplyResult("feedback", ordered, evidence, sentences_, praise_, praised)
    if declined:
        return ReplyResult(label="declined", causes=[], evidence=declined)
    return ReplyResult(label="other")


@dataclass
class _Role:
    """What the role asked for, as read so far: the amounts required (「3年以上」), and whether
    the sentence before ended on a requirement with no judgement yet (「…経験を想定していまし
    た。」: 「その点が現時点では足りない」 after it is of it)."""

    required: list[Amount] = field(default_factory=list)
    asked: bool = False


def _fields_apart(rules: _ReplyRules, body: str) -> str:
    """``body`` with each bracketed field heading run into a line (「【良かった点】…ご経験が長く
    【懸念点】志望動機が…」) set on a line of its own, as a memo lays its fields out: what follows
    each heading is read under it."""
    return rules.observation.inline_heading.sub(lambda m: "\n" + m.group(0) + "\n", body)


def _points_back(rules: _ReplyRules, clause: str) -> bool:
    """The clause opens on an anaphor ([anaphor]: そこ, その点) within its first few characters
    (「、そこは評価に影響していませんよ」)."""
    m = rules.anaphor.search(clause)
    return m is not None and m.start() <= _ANAPHOR_OPENS


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
    """``sent`` up to the clause where talk in general opens (reply_boundary.general_talk:
    「一般論ですが」「一般的に」「多くの企業では」「…企業も少なくありません」「皆様にお伝えして
    いることですが」), when what it opens neither names the reader nor tells their conduct; all of
    ``sent`` otherwise. 「個別の評価はお伝えできないのですが、弊社では一般的に…」 keeps its
    refusal. Hearsay of the field (reply_boundary.hearsay: 「…と良いと言われています」) makes the
    whole sentence general, from the clause after its last refusal. What the company looks at
    as its way (reply_boundary.usual_criteria: 「当社の書類選考では例年、…かを見ております」; any
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


def _weighed(rules: _ReplyRules, before: str) -> list[str]:
    """The cause an overall judgement weighed, where the words before it end in its object (を)
    naming one cause's topic and no list (「弊社の社風との相性を総合的に判断し、見送り」: that point
    decided); else empty. Not a list of the material (「面接でのお話や書類の内容などを総合的に判断」
    「ご経歴と面接の内容を総合的に」: everything weighed, no point named) nor a hint only."""
    ms = _morphs(before)
    if not len(ms) or str(ms[-1].surface()) != "を" or ms[-1].part_of_speech()[1] != "格助詞":
        return []
    obj = before[: ms[-1].begin()].rsplit("、", 1)[-1]
    words = _morphs(obj)
    listed = any(  # 「AやB」「AなどB」「A及びB」「AとB」 (not 「Aとの」: what A is with)
        m.part_of_speech()[1] in ("並立助詞", "副助詞")
        or str(m.surface()) == "及び"
        or (str(m.surface()) == "と" and (k + 1 == len(words) or words[k + 1].surface() != "の"))
        for k, m in enumerate(words)
    )
    topics = _topical(rules, obj, hints=False)
    return topics if len(topics) == 1 and not listed else []


def _outweighed(
    rules: _ReplyRules, sent: str, spans: list[tuple[int, int, int]], at: int, reading: _Reading
) -> bool:
    """A point of delivery (communication, by its own phrase: 「緊張されている様子」) conceded by a
    contrastive conjunction (が, けれど, ものの) before a clause that praises with no frame of
    its own (「…はあったが、誠実なお人柄は十分伝わった」): the writer grants it, the point is
    the praise; no cause. Content or conduct conceded (「志望動機は弱かったが、人柄は良かった」)
    still counts."""
    if at + 1 >= len(spans) or not reading.found or set(reading.found) != {_MEDIUM}:
        return False
    _, end, after = spans[at]
    if not sent[end:after].rstrip("、, ").endswith(_CONCEDING):  # the split's own link
        return False
    nxt = sent[spans[at + 1][0] : spans[at + 1][1]]
    return _praises(rules, nxt) and not _read_clause(rules, nxt).causes


def _accepted_after(
    rules: _ReplyRules, sent: str, spans: list[tuple[int, int, int]], at: int
) -> bool:
    """The sentence ends, from clause ``at`` on, on the interviewers' acceptance
    (reply_boundary.accepted: 「…ご事情を伺い、面接官も十分に納得しておりました」) or a
    reassurance (reply_stance.reassures: 「…ご説明いただき、その点は問題視しておりません」), with
    no topic of its own told in the clauses after ``at``: the point raised in clause ``at``
    (「1年足らずで退職された点」「在籍期間が短いこと」) was accepted, no cause.
    「志望動機が弱い点が気になりましたが、退職理由には納得しておりました」 accepts another topic."""
    start, end, _ = spans[-1]
    ms = _morphs(sent[start:end])
    if not (accepted(ms) or reassures(rules.stance, ms)):
        return False
    return all(
        not (r.topical or r.causes)
        for r in (_read_clause(rules, sent[a:b]) for a, b, _ in spans[at + 1 :])
    )


def _writers_own(rules: _ReplyRules, clause: str) -> bool:
    """The clause tells the writer's own doing, nothing of the candidate: its subject is the
    writer's act (reply_boundary.writers_act: 「当社からのご説明が行き届かず、大変申し訳ござい
    ませんでした」「こちらの説明が足りなかったですね」), and it neither names the reader nor
    tells their conduct (reply_boundary.about_candidate)."""
    ms = _morphs(clause)
    return writers_act(ms) is not None and not about_candidate(rules.observation, ms)


def _short_of_role(rules: _ReplyRules, sent: str, role: _Role) -> str | None:
    """The words of a sentence that tell the candidate short of what the role required
    (furikaeri.mail.reply_standing), or None: an amount less than one required before it or in
    it, in a sentence that judges from it on (「1年半というご経験では難しい」「スコアは600点でし
    たので、見送り」); or a requirement closing its clause (「…を前提にしていて、」「TOEIC800点相
    当が必要で、」) of what the candidate would bring (a skills topic, an amount or a person told
    by it), then a lack or a verdict (「そこが現時点ではまだ足りない」「今回は見送りました」), no
    other cause's topic on either side and no refusal; or, where the requirement closed the
    sentence before, a sentence opening on an anaphor that tells the lack (「その点が現時点では
    足りないと判断しました」). ``role``: updated in place."""
    from furikaeri.mail.reply_standing import (
        amounts,
        english_amounts,
        requirement,
        requires,
        short_of,
    )

    forms = rules.standing
    if sent.isascii():  # 「requires 3+ years of python; you had 1」: the reader's told after you
        told = english_amounts(forms, sent)
        role.required += [a for a in told if a.floor]
        less = short_of(role.required, told)
        return _clause_at(rules, sent, less.start) if less is not None else None
    ms = _morphs(sent)
    found = amounts(forms, ms)
    req = requirement(forms, ms)
    asked, role.asked = role.asked, False
    if req is not None or requires(forms, ms):
        role.required += [a for a in found if a.floor]
    less = short_of(role.required, found)
    if less is not None and _judged(rules, sent[less.start :], decides=True):
        return _clause_at(rules, sent, less.start)
    if req is None:
        return sent if asked and _of_requirement(rules, sent) else None
    head, tail = sent[: req[0]], sent[req[1] :]
    gap = rules.shortfall[0]
    named = _topical(rules, head, hints=False)
    heads = _morphs(head)
    if not (
        gap in named
        or any(a.floor for a in found)
        or any(m.normalized_form() in forms.people for m in heads)
    ) or any(c != gap for c in named):
        return None
    if gap not in named and any(m.normalized_form() in forms.schedule for m in heads):
        return None  # 「土日のシフトに入れる方を必要としており」: when one can work, no skill
    if not tail.strip("、,。.，"):  # 「…経験を想定していました。」: its judgement may follow
        role.asked = True
        return None
    if not _judged(rules, tail) or rules.declined.search(tail):
        return None
    if any(c != gap for c in _clause_causes(rules, tail)):
        return None
    if _praises(rules, tail) or _reassures(tail):
        return None
    return sent


def _schedule(rules: _ReplyRules, clause: str, rest: str) -> bool:
    """The clause tells when the candidate can work ([standing] `schedule`: 入社時期, 土日,
    シフト, 勤務開始日) and the sentence from it on tells a mismatch, the verdict or what decided
    (「入社時期が合わず、今回は見送り」「決め手となったのは勤務開始可能日」), not cleared
    (「入社時期は問題ございません」): a concrete reason of the company's outside the ten causes."""
    from furikaeri.mail.reply_standing import schedule_unfit

    ms = _morphs(clause)
    at = next((m.begin() for m in ms if m.normalized_form() in rules.standing.schedule), None)
    if at is None:
        return False
    # from the comma before it: 「面接自体は問題なく、…時期が決め手」 clears the interview only
    told = clause[clause.rfind("、", 0, at) + 1 :]
    if _reassures(told) or reassures(rules.stance, _morphs(told)):
        return False
    return _judged(rules, rest, decides=True) or schedule_unfit(rules.standing, ms)


def _scored(rules: _ReplyRules, clause: str) -> bool:
    """The clause tells a score of the selection's own tests short (reply_standing.
    selection_score, then a lack or a low word: 「専門試験の点数が伸びず、合計点が合格ラインを
    下回りました」)."""
    from furikaeri.mail.reply_standing import score_short, selection_score

    ms = _morphs(clause)
    at = selection_score(rules.standing, ms)
    if at is None or _reassures(clause) or _disclosure(rules, ms):
        return False
    return score_short(rules.standing, ms, at) or _judged(rules, clause[at:])


def _disclosure(rules: _ReplyRules, ms: Any) -> bool:
    """The clause tells how scores are disclosed, not a score: a score noun ([standing] `marks`)
    is the object (を, a few nouns joined to it before: 「得点および順位を」) of a verb of telling
    ([refusal] telling, humble: 「請求により得点および順位を口頭で開示しております」「不合格となった
    方には、得点をお伝えしています」); what is short there is of whoever asks."""
    marks = rules.standing.marks
    telling = rules.refusal.telling | rules.refusal.humble
    forms = [m.normalized_form() for m in ms]
    for i, form in enumerate(forms):
        if form not in marks:
            continue
        obj = next((j for j in range(i + 1, min(len(ms), i + 5)) if forms[j] == "を"), None)
        if obj is None or any(ms[k].part_of_speech()[0] in _PREDICATES for k in range(i, obj)):
            continue
        if any(f in telling for f in forms[obj + 1 : obj + 5]):
            return True
    return False


_PREDICATES = ("動詞", "形容詞", "助動詞")  # between a score noun and its を: another clause


def _terms_judged(rules: _ReplyRules, clause: str, rest: str) -> bool:
    """A clause pointing back to the terms told in the sentence before ([anaphor]: 「そこが合わな
    かったんです」) with a mismatch, the verdict or what decided, as _schedule reads them."""
    from furikaeri.mail.reply_standing import schedule_unfit

    if rules.anaphor.search(clause) is None or _reassures(clause):
        return False
    return _judged(rules, rest, decides=True) or schedule_unfit(rules.standing, _morphs(clause))


def _of_requirement(rules: _ReplyRules, sent: str) -> bool:
    """A sentence after a requirement that opens on an anaphor ([anaphor]: その点, そこ) and
    tells a shortfall or the verdict, naming no other cause and praising nothing."""
    m = rules.anaphor.search(sent)
    if rules.anaphor_object is not None:
        m = m or rules.anaphor_object.search(sent)
    if m is None or not _opens(rules, sent[: m.start()]):
        return False
    # 「…の方を採用する方針にしていました。…その点が理由です」: the point as what decided
    if not _judged(rules, sent, decides=True) or rules.declined.search(sent):
        return False
    gap = rules.shortfall[0]
    if any(c != gap for c in [*_clause_causes(rules, sent), *_topical(rules, sent, hints=False)]):
        return False
    return not (_praises(rules, sent) or _reassures(sent))


_ANAPHOR_OPENS = 6  # 「ただ、その点が」: an anaphor this near the start opens the sentence


def _opens(rules: _ReplyRules, lead: str) -> bool:
    """``lead`` (the sentence before an anaphor) leaves the anaphor opening the sentence: a few
    characters (「ただ、」), or one clause of courtesy that names no topic and no cause, its comma
    and a few characters (「恐れ入りますが、」「大変申し訳ございませんが、今回は」)."""
    if len(lead) <= _ANAPHOR_OPENS:
        return True
    head, _, tail = lead.replace(",", "、").rpartition("、")
    if len(tail) > _ANAPHOR_OPENS or not head or "、" in head:
        return False
    return not (_topical(rules, head, hints=False) or _clause_causes(rules, head))


def _judged(rules: _ReplyRules, text: str, *, decides: bool = False) -> bool:
    """``text`` tells a shortfall or the verdict: a lack read from its grammar
    (furikaeri.mail.lack: 「まだ足りない」「届いていない」), a [shortfall] predicate (難しい,
    不足, 未だ) or a word of standing apart ([standing] `gaps`: 「要件から少し離れて」), or the
    verdict itself ([verdict] forms: 見送る, 不採用); with ``decides`` (an amount short of one
    required), also what it led to ([standing] `decides`: 「…であった点が今回の判断につながり」).
    A frame of another kind (「この点を重視して判断」) is no shortfall."""
    from furikaeri.mail.lack import lack

    ms = _morphs(text)
    if lack(ms) is not None and not _reassures(text):
        return True
    told = rules.verdict[0] | rules.standing.gaps | (rules.standing.decides if decides else set())
    return any(short_word(rules, ms, i) or m.normalized_form() in told for i, m in enumerate(ms))


def _clause_at(rules: _ReplyRules, sent: str, at: int) -> str:
    """The clause of ``sent`` that holds the character offset ``at``."""
    for start, end, _ in _clause_spans(rules.split, sent):
        if start <= at < end:
            return sent[start:end]
    return sent


def _follows(
    rules: _ReplyRules, clause: str, found: list[str], last: list[str], told: str = ""
) -> list[str]:
    """The causes of a clause that follows on from the clause before, which named ``last``:
    a worry that the same situation comes again ([recurrence]: 「当社でも同様の状況になった場合
    にどう受け止められるのか、懸念が残りました」) is that point again, whatever its words name,
    unless a topic of the clause's own is told before it (then that topic is what recurs);
    a cause named only by the words that tell a cause of ``last``'s effect ([[consequence]]:
    「…『特にありません』とのことで、当社への関心の度合いが測りかねました」) is dropped, unless
    the clause or ``told`` (a complaint reported before it, blanked in the clause) holds its
    `unless` words."""
    again = rules.recurrence.search(clause)
    if again:  # 「前職を4か月で辞められた経緯で、当社でも同じことが起きないか」: the topic told
        # before the worry is what may come again, not the clause before's
        own = [c for c in _read_clause(rules, clause[: again.start()]).topical if c in found]
        return own if own and not set(own) <= set(last) else list(last)
    kept = list(found)
    for cause, drops, words, unless in rules.consequences:
        if cause not in last or cause in kept or drops not in kept:
            continue
        if unless is not None and (unless.search(clause) or unless.search(told)):
            continue
        rest = words.sub(lambda m: "□" * len(m.group(0)), clause)
        if rest != clause and drops not in _read_clause(rules, rest).causes:
            kept.remove(drops)
    return kept


def _claim_episode(rules: _ReplyRules, clause: str, reading: _Reading, told: list[str]) -> bool:
    """The clause names the shortfall cause (skills) only by experience of no kind, or judges
    with no cause for want of a lack against the role, the experience told as what the talk did
    not carry (reply_clauses.episode_told), after a claim of the episode cause
    ([asked] episode: self_pr) spoken of in the clause, earlier in the sentence or left open in
    the one before (``told``), and names no third cause: the experience is the claim's
    episode."""
    episode, gap = rules.asked[3], rules.shortfall[0]
    return (
        episode is not None
        and (episode in told or episode in reading.topical)
        and (gap in reading.causes or (reading.framed and not reading.causes))
        and set(reading.causes) <= {gap, episode}
        and gap not in reading.found
        and episode_told(rules, clause)
    )


def _when_of_the_point_before(rules: _ReplyRules, clause: str) -> str | None:
    """``clause`` with each phrase of time blanked (nouns, の, one of [stance] `times`, then に
    or で and は・も: 「逆質問の時間にも」「自己PRの際に」), where the clause points back to the
    point before by an anaphor ([anaphor], [anaphor_object]: それを, その点は) and opens no new
    point; None where it does not or holds no such phrase."""
    pointed = rules.anaphor.search(clause) or (
        rules.anaphor_object is not None and rules.anaphor_object.search(clause)
    )
    if pointed is None or _turns(rules, clause):
        return None
    ms = _morphs(clause)
    n = len(ms)
    rest = clause
    for i in range(2, n - 1):
        if ms[i].normalized_form() not in rules.stance.times or ms[i - 1].surface() != "の":
            continue
        if ms[i + 1].surface() not in ("に", "で"):
            continue
        k = i - 1
        while k > 0 and ms[k - 1].part_of_speech()[0] in ("名詞", "接頭辞", "接尾辞"):
            k -= 1
        if k == i - 1:
            continue  # no noun before の
        end = i + 2
        while end < n and ms[end].surface() in ("は", "も"):
            end += 1
        rest = _blank(rest, ms[k].begin(), ms[end - 1].end())
    return rest if rest != clause else None


def _instance(rules: _ReplyRules, sent: str) -> bool:
    """``sent`` opens with an adverb of example ([stance] `instances`: 例えば, たとえば)."""
    ms = _morphs(sent)
    return bool(ms) and ms[0].normalized_form() in rules.stance.instances


def _standard_only(rules: _ReplyRules, clause: str, reading: _Reading) -> bool:
    """The clause names the shortfall cause (skills) by its hints only, the words of a standard
    or a level (「求める基準には届いていない」「水準に達していない」: 基準, 水準, レベル) with no
    topic of its own, and does not open a new point with a conjunction ([stance] `turns`: また,
    なお): the standard is that of the point the clause before named, whatever its kind (a
    standard of grooming is manners)."""
    gap = rules.shortfall[0]
    return (
        reading.hinted
        and not reading.found
        and reading.topical == [gap]
        and not _turns(rules, clause)
    )


def _terms_unmet(rules: _ReplyRules, sent: str) -> str | None:
    """The words where ``sent`` tells a wish about where or when one works ([wish] `conditions`)
    set against the post by a word of gap (「勤務地を関東圏に限定されたいとのご希望があり、条件が
    合わない」): the terms did not match, something told of the candidate with no cause. The wish
    may be named by its word alone after the terms ([observation] `wish`: 「出張が難しいとのご事情
    を伺い、業務の条件とご希望が一致しない」)."""
    if rules.wish_conditions is None:
        return None
    wish = rules.wish.search(sent)
    end = wish.end() if wish is not None else None
    if end is None:
        terms_at = rules.wish_conditions.search(sent)
        end = next(
            (
                int(m.end())
                for m in _morphs(sent)
                if terms_at is not None
                and m.begin() >= terms_at.end()
                and m.normalized_form() in rules.observation.wish
            ),
            None,
        )
    if end is None:
        return None
    terms = rules.wish_conditions.search(sent, 0, end)
    gap = rules.wish_gap.search(sent, end) if terms else None
    return sent[terms.start() : gap.end()] if terms and gap else None


def _settled(
    rules: _ReplyRules, body: str, named: bool, evaluative: bool, declined: bool, refused: bool
) -> ReplyResult | None:
    """The label where the reply names no cause and praises nothing (``named`` false), from the
    stance of its sentences (furikaeri.mail.reply_stance), else None: a fault told as not there
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


def _reassures(clause: str) -> bool:
    """The clause denies a negative word (furikaeri.mail.lack.reassurances): a reassurance is
    of the candidate's interview."""
    return bool(reassurances(_morphs(clause)))


def _closed(rules: _ReplyRules, body: str) -> bool:
    """The reply tells the opening itself stopped or offers another ([closed]): why the process
    ended, not how the candidate did; unless a sentence tells a fault was not there in the
    interview (reply_boundary.no_fault, lack.reassurances)."""
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


def _wish_gap(rules: _ReplyRules, clause: str) -> bool:
    """The clause names a wish by its noun ([observation] `wish`: 「ご希望との隔たり」) with a word
    of gap after it ([wish] `gap`)."""
    for m in _morphs(clause):
        if m.normalized_form() in rules.observation.wish and m.part_of_speech()[0] == "名詞":
            gap = rules.wish_gap.search(clause, m.end())
            return gap is not None and not rules.negated.match(clause[gap.end() :])
    return False


def _fit_told(rules: _ReplyRules, clause: str, reading: _Reading, way_told: bool) -> bool:
    """A mismatch told by a word of fit ([contrast] `fit_frames`: 合わない, 噛み合わない) in a
    framed clause that names no topic and praises nothing, or a word of gap ([wish] `gap`: 違う,
    隔たり), where the company's way is told before it in the clause ([contrast] `company`:
    「うちは今、まず出してから直すフェーズなので、そこが噛み合わない」), in the sentence before or
    earlier in the reply with a topic of fit (``way_told``: 「うちは…出して直していくスタイルなん
    です」…「今のフェーズには合わない」; 「うちは…動ける人がほしいんです。そこの感覚がちょっと
    違うかなと」): the fit between the two ways. A
    verdict given with fit as the only point weighed (「カルチャーとの相性を考えた際に、今回は
    見送り」) names it too: fit is relational, no frame of its own is needed."""
    if reading.found or rules.praise.search(clause) or _praises(rules, clause):
        return False
    if reading.topical == [rules.contrast_cause] and not reading.hinted:
        # by a word of fit itself (相性, 社風, カルチャー), not a pattern of the company's own
        # (「弊社の方針として、今回は見送り」: the policy, no point weighed)
        ms = _morphs(clause)
        verdicts = rules.verdict[0]
        return bool(rules.causes[rules.contrast_cause].words.find(_view(ms))) and any(
            m.normalized_form() in verdicts for m in ms
        )
    if reading.topical or not reading.framed:
        return False
    m = rules.contrast_fit.search(clause) or rules.wish_gap.search(clause)  # 違う, 隔たり
    if m is None:
        return False
    return way_told or rules.contrast_company.search(clause, 0, m.start()) is not None


def _terms(rules: _ReplyRules, clause: str) -> bool:
    """The clause names where one works or the hours ([wish] `conditions`: 勤務地, 転勤, シフト;
    not 時期, whose 「…を優先している時期」 is the company's phase)."""
    return rules.wish_conditions is not None and bool(rules.wish_conditions.search(clause))


def _terms_apart(rules: _ReplyRules, clause: str, found: list[str]) -> list[str]:
    """``found`` of a clause that names the terms (or points back to them): a mismatch of fit
    there is of the terms (「当社のシフト体制とは合いませんでした」「ご希望の勤務地と当社の配属方針
    に開き」), unless a way of working is named ([wish] `ways`, culture_fit's words: 「ご希望の勤務
    形態」「社風」; not one told by the terms just before it, 「転勤のない働き方」); a wish of
    them (「ご希望の勤務地が東京都内のみ」) is no complaint of leaving: the complaint must stand
    with the terms blanked (「…に加え、前職への不満を話される場面が」); a condition of the post
    (「全国転勤のある募集条件と合致しない」) is no skills point unless an ability is named
    ([wish] `abilities`, skills' own words: 「経理実務3年以上のご経験に届かず」)."""
    ms = list(_morphs(clause))
    gap = rules.shortfall[0]
    if gap in found and not (
        any(m.normalized_form() in rules.wish_abilities for m in ms)
        or rules.causes[gap].words.find(_view(ms))
    ):
        found = [c for c in found if c != gap]
    fit = rules.contrast_cause
    conditions = rules.wish_conditions
    way = any(  # 「転勤のない働き方」: a way of working told by the terms is the terms
        m.normalized_form() in rules.wish_ways
        and not (
            conditions is not None
            and conditions.search(clause, ms[max(0, i - 4)].begin(), m.begin())
        )
        for i, m in enumerate(ms)
    )
    if fit in found and not (way or rules.causes[fit].words.find(_view(ms))):
        found = [c for c in found if c != fit]
    if _LEFT in found and rules.wish_conditions is not None and _wishes(rules, clause):
        for m in reversed(list(rules.wish_conditions.finditer(clause))):  # the terms blanked:
            clause = _blank(clause, m.start(), m.end())  # a complaint beside them stays
        if _LEFT not in _read_clause(rules, clause).causes:
            found = [c for c in found if c != _LEFT]
    return found


def _wishes(rules: _ReplyRules, clause: str) -> bool:
    """The clause tells what the candidate wants ([observation] `wish`: たい, 希望, 望む)."""
    return any(m.normalized_form() in rules.observation.wish for m in _morphs(clause))


def _typed(rules: _ReplyRules, clause: str) -> bool:
    """The clause tells the candidate perceived as a kind of person ([contrast] `types` before
    と or という, then a word of perceiving or thinking: 「…力を発揮されるタイプだと感じました」
    「…積み上げていかれるタイプとお見受けし」「…堅実なタイプという印象」: [observation]
    perceive), not pointed back to
    the kind just told (「まさにそのようなタイプ」: a demonstrative before it agrees)."""
    ms = _morphs(clause)
    n = len(ms)
    perceive = rules.observation.perceive
    for i, m in enumerate(ms):
        if m.normalized_form() not in rules.contrast_types or m.part_of_speech()[0] != "名詞":
            continue
        if any(ms[k].part_of_speech()[0] == "連体詞" for k in range(max(0, i - 3), i)):
            continue
        k = i + 1
        while k < n and ms[k].part_of_speech()[0] == "助動詞":
            k += 1  # だ, です
        if k >= n or ms[k].normalized_form() != "と":
            continue
        ahead = [ms[x].normalized_form() for x in range(k + 1, min(n, k + 4))]
        if any(f in perceive for f in ahead):
            return True
    return False


def _pooled(rules: _ReplyRules, clause: str) -> bool:
    """The clause names relative only by the field's stock words ([pool]: 「限られた採用枠」「多く
    の方からご応募」): with them blanked, no comparison is left."""
    if not rules.pool.search(clause):
        return False
    return not _read_clause(rules, _mask(clause, [rules.pool])).causes


def _turns(rules: _ReplyRules, clause: str) -> bool:
    """The clause opens with a conjunction of a new point ([stance] `turns`: ただ, また, なお)."""
    ms = _morphs(clause)
    return (
        bool(ms)
        and ms[0].part_of_speech()[0] == "接続詞"
        and (ms[0].normalized_form() in rules.stance.turns)
    )


def _unsaid(reading: _Reading) -> bool:
    """A clause that judges with no subject of its own: a live frame, no topic, no cause and no
    observation of the candidate's conduct."""
    return reading.framed and not (reading.topical or reading.found or reading.observed)


def _told_way_of(rules: _ReplyRules, clause: str, sent: str, last: list[str]) -> bool:
    """The clause speaks of the way a content was put ([told_ways]: 伝え方, 言い方) and the clause
    before named a cause other than communication: the way is that content's. A sentence opened
    by a conjunction (「また、全体的に伝え方が…」) adds a point of its own."""
    if not last or _MEDIUM in last:
        return False
    opening = _morphs(sent)
    if len(opening) and opening[0].part_of_speech()[0] == "接続詞":
        return False
    return any(str(m.normalized_form()) in rules.told_ways for m in _morphs(clause))


def _left_open(reading: _Reading) -> bool:
    """A clause that spoke of a topic without judging it (「…の事情を伺いましたが」)."""
    return bool(reading.topical) and not reading.framed and not reading.found


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
