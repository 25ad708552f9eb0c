"""Whose result a phrase tells: the reader's, or a third person's news passed on among
friends (「さとしが商社から内定もらったらしい」「長男の翔太が内定をいただきました」), or a result
named only as what a gathering celebrates (「鈴木くんの内定祝い」). See [guards] `holders` in the
data."""

from __future__ import annotations

from furikaeri.mail.notice.clauses import _analysed, _outside_quotes, _sentence_morphemes
from furikaeri.mail.notice.context import (
    _SALUTATION_MAX,
    _SENTENCE,
    _clients,
    _name_morphemes,
    _tells_result,
)
from furikaeri.mail.notice.rules import _NoticeRules
from furikaeri.mail.text import normalize, sentences


def _addressed(rules: _NoticeRules, body_sents: list[str]) -> frozenset[str]:
    """The people a mail's salutation names (its first short sentences with no predicate: no
    verb, no auxiliary): a Sudachi 人名, or a noun before a title of [guards] `person_titles`
    (「叔母さんへ」)."""
    names: set[str] = set()
    for sent in (s for s in body_sents[:3] if len(s) <= _SALUTATION_MAX):
        if any(pos in ("動詞", "助動詞") for _, _, pos, _ in _sentence_morphemes(sent)):
            continue
        ms = _name_morphemes(sent)
        for k, (_, surface, pos3, _) in enumerate(ms):
            titled = k + 1 < len(ms) and ms[k + 1][1] in rules.person_titles
            if pos3 == "人名" or titled:
                names.add(surface)
    return frozenset(names)


def _told_apart(rules: _NoticeRules, body_sents: list[str], addressed: frozenset[str]) -> bool:
    """The person whose result the mail tells was told it apart, or the reader is asked to tell
    them ([guards.told]: 「ご本人には本日、正式にご連絡しています」「結衣さんには本日お電話で結果を
    お伝えしました」「中村様へのご連絡をお願いできますでしょうか」): the reader is not that person
    (an employee who referred a friend, a manager, a teacher, a parent, an agent's colleague),
    and the result is a third person's. ``addressed``: the names of the salutation."""
    told = rules.told
    holders = _result_holders(rules, body_sents, addressed)
    for sent in body_sents:
        ms = _name_morphemes(sent)
        for k, (end, surface, _, form) in enumerate(ms):
            if form not in told.self_ and surface not in holders:
                continue
            j = k + 1
            while j < len(ms) and ms[j][1] in rules.person_titles:
                j += 1
            if j >= len(ms) or ms[j][1] not in told.to or _bracketed(sent, end):
                continue
            then = _sentence_morphemes(sent)[j + 1 : j + 2]  # (the same morphemes, with POS)
            if then and then[0][2] == "助詞" and then[0][1] not in told.to_then:
                continue  # 「ご本人様にのみ」: a policy about the reader
            if form in told.self_ and not (then and then[0][1] in told.self_then):
                continue  # 「ご本人様にお伝えしました通り」: an agent may call the reader so
            if _telling_done(rules, sent, ms[j][0]):
                return True
    return False


def _readers_person(rules: _NoticeRules, body_sents: list[str]) -> bool:
    """A sentence telling a result names as its person one of the reader's own ([guards.told]
    `kin`, `places`, `charge`: 「ご子息の蓮さん」「貴研究室の高橋さん」「ご担当されている候補者の
    中村様」, or a relative or a peer of [guards.holders] `kin` with a title: 「後輩さん」): a
    parent, a teacher, a manager or an agent told of someone else's result."""
    told = rules.told
    for sent in (s for s in body_sents if _tells_result(rules, s)):
        ms = _sentence_morphemes(sent)
        for k, (_, _, pos, form) in enumerate(ms):
            titled = k + 1 < len(ms) and ms[k + 1][1] in rules.person_titles
            if form in told.kin or (form in rules.holders.kin and pos == "名詞" and titled):
                return True
            honoured = k > 0 and ms[k - 1][3] == "御"
            if (form in told.places or (honoured and form in told.charge)) and _person_after(
                rules, sent, ms, k
            ):
                return True
    return False


def _person_after(
    rules: _NoticeRules, sent: str, ms: tuple[tuple[int, str, str, str], ...], k: int
) -> bool:
    """In the noun phrase after ``ms[k]`` (nouns, prefixes and suffixes, の, and a verb's chain
    of auxiliaries and て: 「されている」), a person: a name with a title, or one of [guards.told]
    `people`."""
    names = _name_morphemes(sent)
    for j in range(k + 1, len(ms)):
        _, surface, pos, form = ms[j]
        if pos == "補助記号" or (pos == "助詞" and surface != "の"):
            return False
        if pos == "接続助詞" and surface != "て":
            return False
        if form in rules.told.people:
            return True
        titled = j + 1 < len(ms) and ms[j + 1][1] in rules.person_titles
        if names[j][2] == "人名" and titled:
            return True
    return False


def _to_mentor(rules: _NoticeRules, heads: list[str]) -> bool:
    """A salutation that is only a word for a mentor ([guards.holders] `mentors`, perhaps with
    へ: 「先輩」「先生へ」): a junior or a student writes, and the result told is the writer's own
    (「例のG社、二次で不採用でした」), not the reader's. (A name before it may be an employer's
    title for a candidate: 「山田 太郎 先生」.)"""
    for line in heads:
        words = [m for m in _sentence_morphemes(line) if m[2] != "補助記号"]
        if words and words[-1][1] == "へ":
            words = words[:-1]
        if words and all(m[3] in rules.holders.mentors for m in words):
            return True
    return False


def _bracketed(sent: str, pos: int) -> bool:
    """``pos`` is inside 「…」 or 『…』: someone else's words, relayed or not."""
    before = sent[:pos]
    return any(before.count(o) > before.count(c) for o, c in ("「」", "『』"))


def _result_holders(
    rules: _NoticeRules, body_sents: list[str], addressed: frozenset[str]
) -> frozenset[str]:
    """The names (Sudachi 人名 before a title, each part of a full name) that a sentence telling
    a result holds, not the salutation's nor a source's (「佐藤様より見送りとのご連絡」,
    [guards.told] `sources`); none when the salutation names no one."""
    if not addressed:
        return frozenset()
    found: set[str] = set()
    for sent in (s for s in body_sents if _tells_result(rules, s)):
        ms = _name_morphemes(sent)
        for k, (_, _, pos3, _) in enumerate(ms[:-2]):
            titled = ms[k + 1][1] in rules.person_titles
            if pos3 == "人名" and titled and ms[k + 2][1] not in rules.told.sources:
                j = k
                while j >= 0 and ms[j][2] == "人名":  # the family name too: 「藤本悠真さん」
                    found.add(ms[j][1])
                    j -= 1
    return frozenset(found - addressed)


def _telling_done(rules: _NoticeRules, sent: str, start: int) -> bool:
    """After ``start`` in ``sent``, a word of telling ([guards.told] `telling`) that the sentence
    asks of the reader, or done: its chain (up to a noun or a symbol) done and not negated, no
    case particle of its own; not told as heard or relayed after it."""
    told = rules.told
    ms = _sentence_morphemes(sent)
    k = next((k for k, m in enumerate(ms) if m[0] > start and m[3] in told.telling), None)
    if k is None or told.relayed.search(sent, ms[k][0]):
        return False
    asks = [j for j in range(k + 1, len(ms)) if ms[j][3] in told.asked]
    if any(_chain_done(rules, ms, j) is False for j in asks):
        return True  # 「ご連絡をお願いできますか」 (not 「お願いしておりました」: asked of someone)
    if k + 1 < len(ms) and ms[k + 1][2] == "助詞":
        return False  # 「ご連絡があった」: a noun of someone else's predicate
    return _chain_done(rules, ms, k) is True


def _chain_done(
    rules: _NoticeRules, ms: tuple[tuple[int, str, str, str], ...], k: int
) -> bool | None:
    """The predicate chain after ``ms[k]`` (up to a noun or a symbol): None when negated, else
    whether it is done ([guards.told] `done`: the past, 済み, a state after て)."""
    chain: list[str] = []
    for _, _, pos, form in ms[k + 1 :]:
        if pos in ("補助記号", "名詞"):
            break
        chain.append(form)
    if rules.polarity.negation.intersection(chain):
        return None
    return bool(rules.told.done.intersection(chain))


def _celebrated(rules: _NoticeRules, sent: str, end: int) -> bool:
    """The result phrase ending at ``end`` is what a celebration is of (the next word, or the
    next after の or を, is one of [guards] `celebration`: 「内定祝い」「内定のお祝い会」「内定を
    祝う」): a gathering's name, no news."""
    ms = _name_morphemes(sent)
    after = [m for m in ms if m[0] > end]
    if after and after[0][0] - len(after[0][1]) < end:  # the phrase ends inside a word
        after = after[1:]
    if after and after[0][1] in ("の", "を"):
        after = after[1:]
    return bool(after) and after[0][3] in rules.holders.celebration


def _others_news(
    rules: _NoticeRules,
    sent: str,
    start: int,
    end: int,
    addressed: frozenset[str],
    *,
    step: bool = False,
) -> bool:
    """The result at ``start:end`` is a third person's: the nearest person named before it in
    the sentence holds it — the possessor (の) or the subject (が, は, も, or a comma after the
    name) of a predicate of getting or coming (`got`: 「内定もらった」「内定出た」) — and that
    person is not the reader: a relative or a peer (`kin`), or a name without 様 or 殿 that the
    salutation does not name (さん only when the salutation names someone else). Someone the
    result goes to (「ゆかさんに内定を」) is the reader addressed. A ``step`` (a pass frame: its
    own verb is the predicate, 「さとし、一次面接通過したらしい」) is a third person's only for a
    relative or peer, or a name without a title or with a familiar one (`familiar_titles`): a
    company calls the reader 「山田さん、」 before the news."""
    h = rules.holders
    ms = _name_morphemes(sent)
    before = [m for m in ms if m[0] <= start]
    for k in range(len(before) - 1, -1, -1):
        _, surface, pos3, form = before[k]
        kin = form in h.kin
        if pos3 != "人名" and not kin and not _titled(rules, before, k):
            continue
        j = k + 1
        title = before[j][1] if j < len(before) and before[j][1] in rules.person_titles else None
        j += title is not None
        particle = before[j][1] if j < len(before) else ""
        if particle not in h.particles:
            return False  # (「ゆかさんに内定を」: the one it goes to)
        if particle != "の" and not step and not _got(rules, ms, end):
            return False
        if kin:
            return True
        if title in h.reader_titles or surface in addressed:
            return False
        if step:
            return title is None or title in h.familiar_titles
        return title != "さん" or bool(addressed)
    return False


def _titled(rules: _NoticeRules, ms: list[tuple[int, str, str, str]], k: int) -> bool:
    """``ms[k]`` is a noun with a person's title after it (「山崎さん」)."""
    return k + 1 < len(ms) and ms[k + 1][1] in rules.person_titles and ms[k][2] != "人名"


def _got(rules: _NoticeRules, ms: tuple[tuple[int, str, str, str], ...], end: int) -> bool:
    """The result ending at ``end`` is predicated by a verb of getting or coming (`got`), read
    past particles and the news of it (`got_chain`: 「内定の電話をもらった」), up to any other
    word."""
    for _, surface, _, form in (m for m in ms if m[0] > end):
        if form in rules.holders.got:
            return True
        if surface not in rules.holders.got_chain:
            return False
    return False


def _own_news(rules: _NoticeRules, sents: list[str], hits: list[str], *, heads: list[str]) -> bool:
    """A friend's own news (see [guards.holders] `own_verbs`): a familiar salutation among the
    ``heads`` (the mail's first lines: the splitter may join 「ゆうこ〜」 to the next), or none at
    all (a chat message: 「聞いて！第一志望から内定もらえた😭」, :func:`_unaddressed`), no polite
    form and no congratulation in the mail, and one of ``hits`` (or the news of a result, `news`)
    told by an `own_verbs` verb in the plain past, past the particles of `got_chain`: 「ミドリ製薬
    から内定もらった！」「一次面接受かったよ」. The writer got it: no result of the reader's."""
    h = rules.holders
    if not hits or not (any(_familiar(rules, s) for s in heads) or _unaddressed(rules, heads)):
        return False
    morphs = [_sentence_morphemes(s) for s in sents]
    if _formed([_unquoted(ms) for ms in morphs], rules.outcome.polite | h.congratulating):
        return False  # (polite forms in 「…」 are the quoted company's)
    return any(_got_in_past(rules, sent, ms, hits) for sent, ms in zip(sents, morphs, strict=True))


def _unquoted(ms: tuple[tuple[int, str, str, str], ...]) -> tuple[tuple[int, str, str, str], ...]:
    """The morphemes of a sentence outside brackets 「…」『…』: someone else's words quoted."""
    return tuple(_outside_quotes(ms, lambda m: m[1])[0])


def _unaddressed(rules: _NoticeRules, heads: list[str]) -> bool:
    """The ``heads`` (the mail's first lines) name no one: no salutation (:func:`_addressed`) and
    no title of a person (「山田さん」 in a line with the news names the reader)."""
    return not _addressed(rules, heads) and not any(
        m[1] in rules.person_titles for s in heads for m in _sentence_morphemes(s)
    )


def _familiar(rules: _NoticeRules, sent: str) -> bool:
    """``sent`` is a friend's salutation: short, no predicate, no reader's title, and its last
    word (before exclamation marks) one of `familiar_ends`."""
    ms = [m for m in _sentence_morphemes(sent) if m[2] != "補助記号" or m[1] in "〜~ー"]
    return (
        len(sent) <= _SALUTATION_MAX
        and bool(ms)
        and ms[-1][1] in rules.holders.familiar_ends
        and not any(m[1] in rules.holders.reader_titles for m in ms)
        and not any(m[2] in ("動詞", "助動詞") for m in ms)
    )


def _got_in_past(
    rules: _NoticeRules, sent: str, ms: tuple[tuple[int, str, str, str], ...], hits: list[str]
) -> bool:
    """A verb of `own_verbs` (or a verbal noun of them with する: ゲットした) in ``sent``
    followed by the past auxiliary た (past a `completive`: 来ちゃった), with one of ``hits``
    ending where the particles and news words (`got_chain`) before the verb begin, or covering
    the verb (「面接受かっ」), or a `news` word among those particles (「メール来た」); not with a
    person or a place taken ([rejection] `taken_who`) as its subject, nor a person settled on
    (one of those or of [guards] `class_heads` with a case of [rejection] `taken_by`:
    「別の人に決まった」「他の子に決まった」): the
    writer got nothing."""
    h = rules.holders
    for k, (end, surface, pos, form) in enumerate(ms[:-1]):
        if form not in h.own_verbs:
            continue
        after = k + 1
        if pos == "名詞" and ms[after][3] == "為る" and after < len(ms) - 1:
            after += 1  # a verbal noun with する: 「内定ゲットした」
        elif pos != "動詞":
            continue
        while after < len(ms) - 1 and ms[after][3] in h.completive:
            after += 1
        if ms[after][3] != "た":
            continue
        j = k - 1
        while j >= 0 and ms[j][1] in h.got_chain:
            j -= 1
        chain = ms[j + 1 : k]
        if j >= 0 and chain and ms[j][3] in rules.taken.who:
            continue  # a person or a place as its subject (「もう人が決まっちゃった」): filled
        settled_on = rules.class_heads | rules.taken.who
        if k >= 2 and ms[k - 1][1] in rules.taken.by and ms[k - 2][3] in settled_on:
            continue  # the person it was settled on (「別の人に決まった」): someone else's
        start = chain[0][0] - len(chain[0][1]) if chain else end - len(surface)
        if any(m[1] in h.news for m in chain):
            return True
        for hit in hits:
            at = sent.find(hit)
            if 0 <= at <= end - len(surface) and at + len(hit) >= start:
                return True
    return False


def _congratulating(rules: _NoticeRules, sents: list[str], hits: list[str] | None = None) -> bool:
    """A friend's congratulation ([guards.holders] `congratulating` in a mail with no polite form,
    [outcome] `polite`): the reader's result is already known to both, and the writer's own
    setback told beside it (「こっちはまた最終でお祈りされたよ」) is the writer's; with ``hits``
    (an offer's or a pass's words), only when each is in a sentence that congratulates
    (「内定おめでとう！」「一次通ったんだね、おめでとう」) or told as the writer's own news by a
    verb of `own_verbs` in the plain past (「俺も内定もらったよ」). A company congratulates politely
    (「内定おめでとうございます」): its notice stands."""
    morphs = [_sentence_morphemes(s) for s in sents]
    if _formed(morphs, rules.outcome.polite):
        return False
    cheering = [
        sent
        for sent, ms in zip(sents, morphs, strict=True)
        if any(m[3] in rules.holders.congratulating for m in ms)
    ]
    if hits is None:
        return bool(cheering)
    # (The writer's own news told beside it, 「俺も昨日内定もらったよ」, is the writer's.)
    return bool(cheering) and all(
        any(hit in s for s in cheering)
        or any(_got_in_past(rules, s, ms, [hit]) for s, ms in zip(sents, morphs, strict=True))
        for hit in hits
    )


def _told_to_friend(rules: _NoticeRules, own_sents: list[str]) -> bool:
    """A forwarder's own words spoken to a friend: no polite form ([outcome] `polite`) and a
    sentence-final particle (Sudachi 終助詞: 「こんな感じで来たよ」「ダメだったわー」). A friend
    passing on the notice they got themselves: not the reader's result. An agent's relay is
    polite (「転送いたします」); a note of the reader's own to themselves (「結果来た。」) speaks
    to no one; words naming whom it came to (`addressee`: 「お前宛てに届いてたぞ」) pass on the
    reader's."""
    forms = [_sentence_morphemes(s) for s in own_sents]
    if _formed(forms, rules.outcome.polite | rules.holders.addressee):
        return False
    return any(m.part_of_speech()[1] == "終助詞" for s in own_sents for m in _analysed(s))


def _formed(morphs: list[tuple[tuple[int, str, str, str], ...]], forms: frozenset[str]) -> bool:
    """A morpheme of the mail's sentences ``morphs`` (:func:`_sentence_morphemes`) has a Sudachi
    normalized form of ``forms``: with [outcome] `polite`, the mail is written politely (no words
    between friends)."""
    return any(m[3] in forms for ms in morphs for m in ms)


def _credited(rules: _NoticeRules, sents: list[str], *, heads: list[str]) -> bool:
    """The writer's own result reported to someone who helped ([guards.holders] `mentors`,
    `indebted`): a sentence credits someone (「先生のおかげです」「おかげさまで」「言葉に支えられ
    ました」) and a mentor is named in it or in the ``heads`` (the mail's first lines: 「山田先生」
    「先輩、お疲れさまです！」), and no one is congratulated (`congratulating`): 「内定をいただき
    ました…先生のおかげです」 is the writer's news, not the reader's result."""
    h = rules.holders
    morphs = [_sentence_morphemes(s) for s in sents]
    if _formed(morphs, h.congratulating):
        return False
    greeted = any(m[3] in h.mentors for s in heads for m in _sentence_morphemes(s))
    return any(
        any(m[3] in h.indebted for m in ms) and (greeted or any(m[3] in h.mentors for m in ms))
        for ms in morphs
    )


def _without_others_news(rules: _NoticeRules, subject: str | None, text: str) -> str:
    """``text`` without the sentences that give news of the reader's other applications, in an
    agent's mail about one client ([context] `client_generic`): the subject names the client
    (「サンテック様 書類選考結果のご連絡」) and the body names it too; a sentence naming another
    client and not this one (「・北斗機械様は、残念ながら書類でお見送りでした」) is left out, its
    line kept (blank) so that offsets of lines and lists stay as they were. The reader's name
    (the salutation's, :func:`_addressed`, read only when the subject names a client at all) is
    no client, however Sudachi reads it."""
    named = _clients(rules, normalize(subject or ""))
    if not named:
        return text
    reader = _addressed(rules, sentences(text))
    own = {c for c in named if not any(r in c for r in reader)}
    if not own or not any(own & _clients(rules, s) for s in _SENTENCE.findall(text)):
        return text
    kept: list[str] = []
    for line in text.split("\n"):
        parts = _SENTENCE.findall(line)
        kept.append(
            "".join(p for p in parts if not (_clients(rules, p) - own) or own & _clients(rules, p))
        )
    return "\n".join(kept)
