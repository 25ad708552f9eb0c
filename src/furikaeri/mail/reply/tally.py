"""The state of a reply's reading: what one sentence hands the next (`_Sentence`, with a list item's
title line framing the sentences under it), what the reply told so far (`_Tally`) and the sentence
being read (`_Line`). Pure."""

from __future__ import annotations

from dataclasses import dataclass, field

from furikaeri.mail.reply.clauses import _Reading
from furikaeri.mail.reply.rules import _ReplyRules
from furikaeri.mail.reply.sentences import _ordinal
from furikaeri.mail.reply.terms import _Role
from furikaeri.mail.reply.topics import _topical
from furikaeri.mail.reply.words import _morphs
from furikaeri.mail.text import opens_field, opens_item


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
    # a fault, praises, names the reader or tells their conduct: reply.faults.about_candidate)
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
