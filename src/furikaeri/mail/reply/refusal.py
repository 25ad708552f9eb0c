"""A refusal to tell, read from Sudachi morphemes rather than listed phrases: a verb of telling
(伝える, 答える, 案内, 申し上げる …) that the company does (a humble form: お伝え, ご案内, 申し上げ;
or a judgement of its own as the object: 「中身は教えてもらえませんでした」), walked forward over
possibility (できる, 〜られる), what could be told (内容, こと, もの) and being (ある, ござる) to a
negation: 「お伝えできる内容はございません」「申し上げられることがございません」「理由は言えない」.
And a verdict quoted as the only answer (「『今回は見送りとさせていただきます』とのご回答のみ」):
the decision relayed, no content. Knowledge lives in data/mail_replies.toml [refusal] and
[verdict]. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from furikaeri.catalogue import frozen_lists
from furikaeri.mail.reply.lack import not_only
from furikaeri.mail.reply.words import _offsets, _pos


class RefusalData(BaseModel):
    """data/mail_replies.toml [refusal]: each entry a Sudachi normalized form."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    telling: list[str] = Field(min_length=1)
    humble: list[str]  # verbs humble in themselves (申し上げる)
    judged: list[str]  # the company's judgement as the object (理由, 評価, 中身)
    decided: list[str]  # judgement nouns only when a decision owns them: 見送りの結論
    decision: list[str]  # whose reason a judgement noun after の is: 不採用の理由, 選考の詳細
    heard: list[str]  # hearing the answer: 伺う, 聞く (the act is the writer's, told nothing)
    able: list[str]  # possibility: できる, 〜られる
    given: list[str]  # receiving: もらう, いただく (the act is the other party's)
    things: list[str]  # what could be told: 内容, こと
    being: list[str]  # ある, ござる
    walked: list[str]  # する, いたす, いる, おる
    practice: list[str]  # おる: the writer's standing practice (〜ておりません)
    honorific: list[str]  # なる, れる after お/ご: the other party's act
    unable: list[str]  # suffixes of inability: 〜かねる, 〜にくい
    refusing: list[str]  # of those, a refusal in itself, whoever is named: 〜かねる
    refrains: list[str] = []  # refraining from the telling: 控える, やめる, 見合わせる, 遠慮
    policy: list[str] = []  # a standing rule as the ground: 方針, 規定, 決まり
    grounded: list[str] = []  # what marks the rule as the ground: で, 上, として, よる, 基づく
    inquiries: list[str] = []  # the reader's inquiry as the object: 問い合わせ, ご質問, 照会
    plain_inquiries: list[str] = []  # of those, the reader's without a prefix: 問い合わせ
    channels: list[str] = []  # the means an inquiry comes by, told after it: 電話, メール, 窓口
    accepting: list[str] = []  # taking an inquiry up: 受ける, 受け付ける, 応じる, 対応
    doing: list[str] = []  # a standing practice: 行う, 実施 (「弊社では行っておりません」)
    capacity: list[str] = []  # the writer's means to tell: 余裕, 体制, 時間
    had: list[str] = []  # having the means: 取れる, 整う
    cases: list[str] = []  # a case a negated telling modifies: 場合, こと, 可能性
    quoting: list[str] = []  # quotative particles: と, って (「…ということではない」)
    scoping: list[str] = []  # a condition scoping the telling: よる (によっては), 次第
    supposed: list[str] = []  # of the cases, one told as a condition: 場合 (場合は)
    pardons: list[str] = []  # the reader's pardon asked: 容赦, 勘弁, 許す
    beyond: list[str] = []  # more than what was told, after a demonstrative: 以上 (それ以上)
    sides: list[str] = []  # the writer's side the practice holds at: うち, 当社 (「うちでは」)


class VerdictData(BaseModel):
    """data/mail_replies.toml [verdict]: the decision's words (Sudachi normalized forms) and
    what after a closing quote relays it as the company's answer."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    forms: list[str] = Field(min_length=1)
    relayed: str
    only: str
    concluded: str
    pardoned: list[str] = []  # the reader's understanding asked: 理解, 了承, 容赦
    requests: list[str] = []  # the asking: 下さる, 願う, 賜る, 頂く
    encourages: str = ""  # the reader's future believed in, cheered on: 応援, きっと…と信じ


@dataclass(frozen=True)
class RefusalForms:
    telling: frozenset[str]
    humble: frozenset[str]
    judged: frozenset[str]
    decided: frozenset[str]
    decision: frozenset[str]
    heard: frozenset[str]
    able: frozenset[str]
    given: frozenset[str]
    things: frozenset[str]
    being: frozenset[str]
    walked: frozenset[str]
    practice: frozenset[str]
    honorific: frozenset[str]
    unable: frozenset[str]
    refusing: frozenset[str]
    negators: frozenset[str]
    refrains: frozenset[str] = frozenset()
    policy: frozenset[str] = frozenset()
    grounded: frozenset[str] = frozenset()
    inquiries: frozenset[str] = frozenset()
    plain_inquiries: frozenset[str] = frozenset()
    channels: frozenset[str] = frozenset()
    accepting: frozenset[str] = frozenset()
    doing: frozenset[str] = frozenset()
    capacity: frozenset[str] = frozenset()
    had: frozenset[str] = frozenset()
    # unions built once (they were built again for every morpheme read)
    acts: frozenset[str] = frozenset()  # telling | heard
    judgements: frozenset[str] = frozenset()  # judged | decided
    owners: frozenset[str] = frozenset()  # decision | judged
    cases: frozenset[str] = frozenset()
    scoping: frozenset[str] = frozenset()
    supposed: frozenset[str] = frozenset()
    quoting: frozenset[str] = frozenset()
    pardons: frozenset[str] = frozenset()
    beyond: frozenset[str] = frozenset()
    sides: frozenset[str] = frozenset()

    @classmethod
    def of(cls, data: dict[str, Any], negators: list[str]) -> RefusalForms:
        fields = frozen_lists(RefusalData.model_validate(data))
        return cls(
            **fields,
            negators=frozenset(negators),
            acts=fields["telling"] | fields["heard"],
            judgements=fields["judged"] | fields["decided"],
            owners=fields["decision"] | fields["judged"],
        )


def _judged_object(forms: RefusalForms, ms: Any, i: int) -> bool:
    """A judgement noun of the company's (理由, 評価, 中身) among the words before ``ms[i]`` in
    the clause, standing alone or of the decision (不採用の理由, 選考の詳細); 志望理由, 退職の理由
    are the candidate's."""
    for j in range(max(0, i - 8), i):
        form = _head(forms, ms[j].normalized_form())
        if form not in forms.judgements:
            continue
        owner = j - 1
        if owner >= 1 and ms[owner].normalized_form() == "の":
            owner -= 1
        if owner < 0 or _pos(ms[owner]) != "名詞":
            if form in forms.judged:
                return True
        elif ms[owner].normalized_form() in forms.owners:
            return True
    return False


def decision_judged(forms: RefusalForms, ms: Any) -> bool:
    """A judgement noun of the company's owned by the decision (`judged` or `decided` after one
    of `decision`, with or without の: 見送り理由, 不採用の理由, 選考結果の詳細) among ``ms``: what
    the writer asked for is the company's to tell (「見送り理由を伺いましたが」 asked the company,
    「退職理由を伺いましたが」 the candidate)."""
    for j in range(1, len(ms)):
        if _head(forms, ms[j].normalized_form()) not in forms.judgements:
            continue
        owner = j - 1
        if ms[owner].normalized_form() == "の" and owner >= 1:
            owner -= 1
        if _pos(ms[owner]) == "名詞" and ms[owner].normalized_form() in forms.decision:
            return True
    return False


def _head(forms: RefusalForms, form: str) -> str:
    """The head of an English compound noun Sudachi keeps whole once spaces are removed
    (「interview feedback」 → interviewfeedback): its last word, where that is a judgement noun
    of the company's written in Latin letters (feedback); else ``form`` itself. English compounds
    are headed by their last word, as 面接のフィードバック is by フィードバック."""
    if not (form.isascii() and form.isalpha()) or form in forms.judgements:
        return form
    return next((w for w in forms.judgements if w.isascii() and form.endswith(w)), form)


def _asked(ms: Any, k: int) -> bool:
    """The negation at ``ms[k]`` asks or offers (「ご案内できないかと考えております」「お話し
    できませんか」): a か after it and its auxiliaries, no refusal."""
    j = k + 1
    while j < len(ms) and _pos(ms[j]) == "助動詞":
        j += 1
    return j < len(ms) and ms[j].normalized_form() == "か"


def _quoted(forms: RefusalForms, ms: Any, i: int) -> bool:
    """The plain telling verb at ``ms[i]`` follows a quotative particle (`quoting`: 「…という
    こと」「…って言うわけ」): it frames what precedes as content, no act of telling; denied, it
    denies that content (a reassurance), never refuses to tell."""
    return (
        i > 0
        and _pos(ms[i - 1]) == "助詞"
        and ms[i - 1].normalized_form() in forms.quoting
        and _pos(ms[i]) == "動詞"
    )


def refusal(forms: RefusalForms, ms: Any) -> tuple[int, int] | None:
    """The (start, end) character offsets in the clause of a refusal to tell, if any: a verb
    of telling walked forward to a negation or to a verb of refraining (`refrains`: 「結果の
    理由を伝えるのはやめている」「ご説明することは控えております」), where the act is the
    company's (humble, its judgement as the object, or a standing rule as the ground: 「会社の
    規定で回答できない」「企業様の方針により開示いただくことができませんでした」); or the
    reader's inquiry not taken up (:func:`_inquiry_refused`)."""
    ends: list[int] = []
    total = 0
    for m in ms:
        total += len(m.surface())
        ends.append(total)
    ruled = _ruled(forms, ms)
    for i, m in enumerate(ms):
        if m.normalized_form() not in forms.acts:
            continue
        prefixed = i > 0 and _pos(ms[i - 1]) == "接頭辞"
        heard = m.normalized_form() in forms.heard
        humble = not heard and (prefixed or m.normalized_form() in forms.humble)
        if not humble and _quoted(forms, ms, i):
            continue  # 「評価が低かったということではございません」: という frames, tells nothing
        judged = _judged_object(forms, ms, i)
        start = ends[i - 2 if prefixed else i - 1] if i > (1 if prefixed else 0) else 0
        given = honorific = thing = able = practice = False
        verbal = _pos(m) == "動詞"  # 「ご説明がなかった」: the noun denied, no act refused
        for k in range(i + 1, min(len(ms), i + 14)):
            mk = ms[k]
            form, major = mk.normalized_form(), _pos(mk)
            denied = (major in ("助動詞", "形容詞") and form in forms.negators) or (
                major == "接尾辞" and form in forms.unable
            )
            # 「説明するのは控えている」: refraining ends it as a negation does, unless it is
            # itself denied (「ご遠慮なく」)
            denied = denied or (_refrains(forms, ms, k) and not heard)
            if denied and not_only(ms, k):  # 「言われたことだけじゃなく」: not only
                break
            if denied:
                # 「回答できる内容がございません」: what could be told, after the possibility
                nothing = thing and not given and not heard
                act = verbal and (humble or (practice and not (given or heard)))
                # 「社外へのご提供をお断りしております」: the refraining itself in a humble form
                act = act or (humble and _pos(ms[k - 1]) == "接頭辞" and _refrains(forms, ms, k))
                # 「社内規定により回答しかねる」: 〜かねる is the writer's own polite refusal
                act = act or (verbal and not heard and major == "接尾辞" and form in forms.refusing)
                # 「開示しない取り扱いとしております」「お伝えしない方針です」: the negation
                # names a standing rule of the company's, whoever is named before it
                rule = verbal and not heard and _rule_named(forms, ms, k)
                if (
                    honorific
                    or (given and not (judged or ruled))
                    or not (act or judged or nothing or ruled or rule)
                    or _asked(ms, k)
                ):
                    break
                if rule:
                    j = k + 1
                    while _pos(ms[j]) == "助動詞":
                        j += 1
                    return start, ends[j]  # the rule's noun with it: 「開示しない取り扱い」
                return start, ends[k]
            if form in forms.honorific and prefixed:
                honorific = True
            elif form in forms.given:
                given = True
            elif form in forms.able:
                able = verbal = True
            elif able and (form in forms.things or major == "名詞"):  # 「ご説明できる材料」
                thing = True
            elif major == "名詞" and form in forms.capacity and verbal and humble:
                thing = True  # 「お返しする余裕がございません」「ご説明する体制がとれておりません」
            elif thing and major == "動詞" and form in forms.had:
                pass
            elif form in forms.practice:
                practice = True
            elif form in forms.walked and major == "動詞":  # する, いたす
                verbal = True
            elif _side_at(forms, ms, k):
                pass  # 「話すのはうちでは控えてる」: where the practice holds
            elif not (
                # 「公表・個別回答のいずれも行っておりません」: a pronoun stands for what was told
                major in ("助詞", "助動詞", "補助記号", "副詞", "代名詞", "接頭辞")
                or form in forms.able
                or form in forms.walked
                or form in forms.things
                or form in forms.being
            ):
                break
    return _inquiry_refused(forms, ms, ends) or _pardon_asked(forms, ms, ends)


def _side_at(forms: RefusalForms, ms: Any, k: int) -> bool:
    """``ms[k]`` is the writer's side (`sides`: うち, 当社, 当店) as where the practice holds,
    で・に・として right after it (「理由を話すのはうちでは控えてる」「説明するのは当店では
    やめております」): walked over on the way to the refraining or the negation."""
    return (
        ms[k].normalized_form() in forms.sides
        and k + 1 < len(ms)
        and ms[k + 1].normalized_form() in ("で", "に", "として")
    )


def possible(forms: RefusalForms, ms: Any, start: int, end: int) -> bool:
    """The refusal at characters ``[start, end)`` of the clause is told only as possible, nothing
    decided: the negated telling modifies a case (`cases`) said to be (も or が, then `being`:
    「内容によってはご回答できない場合もございます」「お答えできないこともあります」「お答え
    しかねる点もあるかと存じます」) or told as a case (`supposed`, then は or に: 「お答えできない
    場合はご容赦ください」); or a condition scopes the telling (`scoping`, then て・は or で・は:
    「内容によってはお答えできません」「ご質問次第では」). Not where a standing rule is the
    ground (「規定によりお答えできない場合がございます」: the rule's, a refusal)."""
    if _ruled(forms, ms):
        return False
    at = _offsets(ms)
    k = next((i for i in range(len(ms)) if at[i + 1] >= end), len(ms) - 1)
    past = (n for n in range(k + 1, len(ms)) if _pos(ms[n]) == "助動詞")
    if any(ms[n].normalized_form() == "た" for n in past):
        return False  # 「お答えいただけないこともありました」: the candidate's, observed
    j = k + 1
    while j < len(ms) and _pos(ms[j]) in ("助動詞", "接尾辞"):
        j += 1
    if j + 1 < len(ms) and _pos(ms[j]) == "名詞" and ms[j].normalized_form() in forms.cases:
        after = ms[j + 1].normalized_form()
        if after in ("も", "が") and any(
            ms[n].normalized_form() in forms.being for n in range(j + 2, min(len(ms), j + 4))
        ):
            return True
        if after in ("は", "に") and ms[j].normalized_form() in forms.supposed:
            return True
    for i in range(len(ms)):
        if at[i] >= start:
            break
        if ms[i].normalized_form() not in forms.scoping:
            continue
        n = i + 1
        while n < len(ms) and ms[n].normalized_form() in ("て", "で", "だ"):
            n += 1
        if n < len(ms) and ms[n].normalized_form() == "は" and _pos(ms[n]) == "助詞":
            return True
    return False


def possible_refusal(forms: RefusalForms, ms: Any) -> tuple[int, int] | None:
    """The (start, end) offsets of a telling in a humble form (お/ご before it, or `humble`)
    walked over possibility, receiving and auxiliaries to a negation or 〜かねる that is told only
    as possible (:func:`possible`: 「ご回答できない場合もございます」「お答えできないことも
    あります」「ご回答いただけない可能性もございます」): nothing decided, no refusal and no
    point of the candidate's. None if there is none."""
    at = _offsets(ms)
    for i, m in enumerate(ms):
        if m.normalized_form() not in forms.telling:
            continue
        if not (i > 0 and _pos(ms[i - 1]) == "接頭辞") and m.normalized_form() not in forms.humble:
            continue
        for k in range(i + 1, min(len(ms), i + 8)):
            form, major = ms[k].normalized_form(), _pos(ms[k])
            if (major in ("助動詞", "形容詞") and form in forms.negators) or (
                major == "接尾辞" and form in forms.unable
            ):
                if possible(forms, ms, at[i - 1] if i > 0 else 0, at[k + 1]):
                    return (at[i - 1] if i > 0 else 0), at[k + 1]
                break
            if not (
                major in ("助動詞", "接尾辞")
                or form in forms.able
                or form in forms.given
                or form in forms.walked
                or (major == "助詞" and form in ("を", "は", "が", "も", "する", "こと"))
                or form in ("こと", "事")
            ):
                break
    return None


def telling_topic(forms: RefusalForms, ms: Any) -> int | None:
    """The character offset of a telling made the clause's topic (a verb of `telling`, or its
    noun with する, then の or こと and は or も: 「一人にだけ言うのは不公平だから」「誰かひとり
    にだけお話しするのも不公平になって」): what the clause judges is the telling, the writer's
    ground for not telling where a refusal stands before it (the caller's to know). None if no
    such topic."""
    at = _offsets(ms)
    for i, m in enumerate(ms):
        if m.normalized_form() not in forms.telling:
            continue
        j = i + 1
        while j < len(ms) and (
            (ms[j].normalized_form() in forms.walked and _pos(ms[j]) == "動詞")
            or _pos(ms[j]) == "助動詞"
        ):
            j += 1
        if (
            j + 1 < len(ms)
            and ms[j].normalized_form() in ("の", "こと", "事")
            and ms[j + 1].normalized_form() in ("は", "も")
            and _pos(ms[j + 1]) == "助詞"
        ):
            return at[i]
    return None


def telling_condition(forms: RefusalForms, ms: Any) -> int | None:
    """The character offset right after a telling made a condition in ``ms`` (a verb of
    `telling`, then light verbs and auxiliaries, then the conditional と or ば, or たら:
    「特定の方にだけお話しすれば、」「個別にご説明いたしますと、」「理由をお教えしたら、」):
    what follows tells what the telling would bring, the writer's ground for not telling where
    a refusal stands before it (the caller's to know). None if no such condition."""
    at = _offsets(ms)
    for i, m in enumerate(ms):
        form = m.normalized_form()
        if not (
            (_pos(m) == "助詞" and form in ("と", "ば") and m.part_of_speech()[1] == "接続助詞")
            or (_pos(m) == "助動詞" and m.surface() in ("たら", "だら"))
        ):
            continue
        j = i - 1
        while j >= 0 and (
            _pos(ms[j]) == "助動詞"
            or (ms[j].normalized_form() in forms.walked and _pos(ms[j]) == "動詞")
            or ms[j].normalized_form() in ("て", "仕舞う")
        ):
            j -= 1
        if j >= 0 and ms[j].normalized_form() in forms.telling:
            return at[i + 1] if i + 1 < len(at) else at[i] + len(m.surface())
    return None


def practice_denied(forms: RefusalForms, ms: Any) -> tuple[int, int] | None:
    """A standing practice denied with no object of its own (`doing`: 行う, 実施, then て・おる
    and a negation; no を in the clause: 「弊社では行っておりません」「当社では実施して
    おりません」): the (start, end) offsets of the doing to the negation, else None. Of a telling
    only where the sentence before names one as its topic (the caller's to read)."""
    if any(_pos(m) == "助詞" and m.normalized_form() == "を" for m in ms):
        return None
    at = _offsets(ms)
    for i, m in enumerate(ms):
        if m.normalized_form() not in forms.doing:
            continue
        seen = False
        for k in range(i, len(ms)):
            form, major = ms[k].normalized_form(), _pos(ms[k])
            if form in forms.practice:
                seen = True
            elif seen and major == "助動詞" and form in forms.negators:
                return at[i], at[k + 1]
            elif k > i and major not in ("動詞", "助詞", "助動詞"):
                break
        return None  # (the first doing only)
    return None


def _rule_named(forms: RefusalForms, ms: Any, k: int) -> bool:
    """The negation at ``ms[k]`` (and its auxiliaries) modifies a noun of a standing rule
    (`policy`: 方針, 規定, 取り扱い, 運用): 「開示しない取り扱いとさせていただいております」
    「お伝えしない方針です」. The not telling is the rule's, so the company's."""
    j = k + 1
    while j < len(ms) and _pos(ms[j]) == "助動詞":
        j += 1
    return j < len(ms) and _pos(ms[j]) == "名詞" and ms[j].normalized_form() in forms.policy


def _refrains(forms: RefusalForms, ms: Any, k: int) -> bool:
    """``ms[k]`` is a verb (or noun) of refraining (`refrains`: 控える, やめる, 遠慮) not denied
    right after it (「ご遠慮なく」 invites)."""
    if ms[k].normalized_form() not in forms.refrains or _pos(ms[k]) not in ("動詞", "名詞"):
        return False
    return not any(
        _pos(ms[j]) in ("助動詞", "形容詞") and ms[j].normalized_form() in forms.negators
        for j in range(k + 1, min(len(ms), k + 3))
    )


def _ruled(forms: RefusalForms, ms: Any) -> bool:
    """The clause gives a standing rule as its ground (`policy` then `grounded`: 「会社の規定で」
    「企業様の方針により」「社内規定上」): the not telling is the company's, whoever acts."""
    for i in range(len(ms) - 1):
        if ms[i].normalized_form() not in forms.policy or _pos(ms[i]) != "名詞":
            continue
        after = [ms[j].normalized_form() for j in range(i + 1, min(len(ms), i + 3))]
        if after[0] in forms.grounded or (
            after[0] == "に" and after[1:] and after[1] in forms.grounded
        ):
            return True
    return False


def reader_inquiry(forms: RefusalForms, ms: Any, j: int) -> bool:
    """``ms[j]`` is the reader's inquiry: a noun of `inquiries` (問い合わせ, 質問, 照会) with an
    honorific prefix (ご質問, お問い合わせ), or one of `plain_inquiries` (問い合わせ, 照会). A
    bare 質問 may be the interviewer's (「質問への対応ができていなかった」)."""
    form = ms[j].normalized_form()
    return (
        form in forms.inquiries
        and _pos(ms[j]) == "名詞"
        and (form in forms.plain_inquiries or (j > 0 and _pos(ms[j - 1]) == "接頭辞"))
    )


def _inquiry_refused(forms: RefusalForms, ms: Any, ends: list[int]) -> tuple[int, int] | None:
    """The reader's inquiry (`inquiries`: 問い合わせ, 質問, 照会) as the object of a verb of
    taking it up (`accepting`: 受ける, 受け付ける, 応じる) walked to a negation or 〜かねる
    (「不採用理由に関するお問い合わせは、一切お受けしておりません」「ご質問はお受けしかねます」),
    or of refraining asked of the reader (「ご質問は一律でご遠慮いただいております」): the
    inquiry is not taken up. Received (「ご質問に応じていただけず」) it is the other party's; a
    bare 質問 may be the interviewer's (「質問への対応ができていなかった」): only the prefixed
    one, or one of `plain_inquiries`, is the reader's."""
    for i, m in enumerate(ms):
        form = m.normalized_form()
        if form not in forms.accepting and form not in forms.refrains:
            continue
        asked = [j for j in range(max(0, i - 12), i) if reader_inquiry(forms, ms, j)]
        if not asked:
            continue
        start = ends[asked[0] - 1] if asked[0] > 0 else 0
        if _refrains(forms, ms, i):
            return start, ends[i]
        for k in range(i + 1, min(len(ms), i + 8)):
            mk = ms[k]
            f, major = mk.normalized_form(), _pos(mk)
            if (major in ("助動詞", "形容詞") and f in forms.negators) or (
                major == "接尾辞" and f in forms.refusing
            ):
                return (start, ends[k]) if not _asked(ms, k) else None
            if f in forms.given or not (
                major in ("助詞", "助動詞") or f in forms.able or f in forms.walked
            ):
                break
    return None


def _pardon_asked(forms: RefusalForms, ms: Any, ends: list[int]) -> tuple[int, int] | None:
    """The reader's pardon asked (`pardons`: 容赦, 勘弁, 許す, not denied: 「容赦なく」) for a
    judgement of the company's as the topic (`_judged_object`: 「詳細についてはご容赦ください」
    「理由につきましてはお許しください」) or for more than what was told (`beyond` after a
    demonstrative: 「それ以上はご勘弁ください」「これ以上の詳細はご容赦いただけますでしょうか」):
    the company asks to be let off telling, a refusal."""
    for i, m in enumerate(ms):
        if m.normalized_form() not in forms.pardons or _pos(m) not in ("動詞", "名詞"):
            continue
        if any(
            _pos(ms[j]) in ("助動詞", "形容詞") and ms[j].normalized_form() in forms.negators
            for j in range(i + 1, min(len(ms), i + 3))
        ):
            continue  # 「容赦なく」: no pardon asked
        near = range(max(1, i - 12), i)
        if not any(ms[j].normalized_form() in ("は", "も") and _pos(ms[j]) == "助詞" for j in near):
            continue  # the thing pardoned is the topic: 「詳細についてはご容赦」
        beyond = [
            j
            for j in near
            if ms[j].normalized_form() in forms.beyond and _pos(ms[j - 1]) == "代名詞"
        ]
        if beyond:
            return ends[beyond[0] - 2] if beyond[0] > 1 else 0, ends[i]
        if _judged_object(forms, ms, i):
            judged = next(
                (
                    j
                    for j in range(max(0, i - 12), i)
                    if ms[j].normalized_form() in forms.judgements
                ),
                i,
            )
            return (ends[judged - 1] if judged else 0), ends[i]
    return None


def verdict_quotes(
    forms: frozenset[str], relayed: Any, sent: str, quote: Any, morphs: Any
) -> list[tuple[int, int]]:
    """The spans (quote marks included) of the quotes of ``sent`` that the words after them
    relay as the company's answer (``relayed``: 「…」とのご回答, 「…」の一言だけ) and that hold a
    word of the decision (``forms``: 見送る, 見合わせる, 沿う): a verdict, no content. Whether the
    quote names a cause all the same is the caller's to read."""
    found: list[tuple[int, int]] = []
    for m in quote.finditer(sent):
        if not relayed.match(sent, m.end()):
            continue
        words = {w.normalized_form() for w in morphs(m.group(1))}
        if words & forms:
            found.append((m.start(), m.end()))
    return found


def verdict_only(forms: frozenset[str], only: Any, clause: str, morphs: Any) -> str | None:
    """A word of the decision followed by only (``only``: 「結果は見送りということのみ」): the
    words from it to the only, else None."""
    end = 0
    for m in morphs:
        start, end = end, end + len(m.surface())
        if m.normalized_form() in forms:
            found = only.match(clause, end)
            if found:
                return clause[start : found.end()]
    return None
