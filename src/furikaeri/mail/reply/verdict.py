"""The label of a reply once every sentence is read: feedback, declined or other from the tally, a
result pardoned by what follows, the causes kept, and the stance of its sentences where it names no
cause (`_settled`). Pure."""

from __future__ import annotations

from furikaeri.catalogue import CAUSE_IDS
from furikaeri.mail.reply.denial import reassurances
from furikaeri.mail.reply.faults import no_fault, refrains
from furikaeri.mail.reply.result import ReplyResult
from furikaeri.mail.reply.rules import _ReplyRules
from furikaeri.mail.reply.tally import _Tally
from furikaeri.mail.reply.terms import _terms_unmet
from furikaeri.mail.reply.words import _morphs
from furikaeri.mail.reply.writer import writers_side
from furikaeri.mail.text import normalize, split_sentences, strip_quoted


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
    cheered = None if t.causes or t.reasoned or t.vouched else _encouraged_only(rules, body)
    if t.praise and not t.faultless and cheered is not None:  # 「想いをたくさん聞かせていただき、
        # 嬉しく思いました。…きっと素敵な保育士さんになられると信じています」: praise and
        # encouragement, nothing of why
        return ReplyResult(label="declined", causes=[], evidence=[cheered])
    if t.causes or t.evaluative or t.praise:
        sentences_ = {c: t.named[c] for c in ordered}
        praise_ = list(dict.fromkeys(t.praise))
        return ReplyResult("feedback", ordered, t.evidence, sentences_, praise_, t.praised)
    if t.declined:
        return ReplyResult(label="declined", causes=[], evidence=t.declined)
    pardoned = _result_pardoned(rules, body)
    if pardoned is not None:  # 「ご期待に沿えず申し訳ございません。何卒ご容赦ください」
        return ReplyResult(label="declined", causes=[], evidence=[pardoned])
    if cheered is not None:  # 「今回は残念だったけど…これからも応援してるよ」: nothing of why
        return ReplyResult(label="declined", causes=[], evidence=[cheered])
    return ReplyResult(label="other")


_PARDON_SPAN = 7  # morphemes from the understanding to the asking


def _encouraged_only(rules: _ReplyRules, body: str) -> str | None:
    """The first sentence of ``body`` where the writer cheers the reader on or believes in their
    future ([verdict] `encourages`: 「陰ながら応援しております」「きっと…と信じています」), or
    None. Called where the reply names no cause, no concrete reason and no fault told as not
    there: beside praise alone, it encourages and tells nothing of why (declined)."""
    if rules.verdict_encourages is None:
        return None
    for original, sent in split_sentences(strip_quoted(body), items=True):
        if not rules.ignore.search(sent) and rules.verdict_encourages.search(normalize(sent)):
            return original
    return None


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
        from furikaeri.mail.reply.reader import classify_reply  # the reply read again

        return classify_reply("\n".join(kept))
    return None


def _closed(rules: _ReplyRules, body: str) -> bool:
    """The reply tells the opening itself stopped or offers another ([closed]): why the process
    ended, not how the candidate did; unless a sentence tells a fault was not there in the
    interview (reply.faults.no_fault, denial.reassurances)."""
    text = normalize(body)
    if not any(pat.search(text) for pat in rules.closed):
        return False
    # 「面接内容に大きな課題はございませんでした」: the interview judged, feedback all the same
    return not any(
        no_fault(_morphs(sent)) or reassurances(_morphs(sent))
        for _, sent in split_sentences(strip_quoted(body), items=True)
    )
