"""What a clause praises, blanked before it is read for causes: a praising phrase, a concession
before a point (「…が、」), a regret whose ground is praise, quotes praised. Pure."""

from __future__ import annotations

from typing import Any

from furikaeri.mail.reply.frames import _has_frame
from furikaeri.mail.reply.lack import is_negator
from furikaeri.mail.reply.masks import _mask
from furikaeri.mail.reply.rules import _ReplyRules
from furikaeri.mail.reply.topics import _topical
from furikaeri.mail.reply.words import _morphs


def _praises(rules: _ReplyRules, clause: str) -> bool:
    """A clause that says something went well: a word of praise not denied after it
    (「魅力を感じませんでした」), and no negative frame (「高く評価できる水準に届かず」); words
    that name nothing of the candidate's ([courtesy]: 「当社のメンバーにはない視点で」, the
    company's own lack) are no frame."""
    if _has_frame(rules, _mask(clause, [rules.courtesy])):
        return False
    return any(
        not rules.praise_negated.match(clause[m.end() :])
        and not (m.group(0).isascii() and rules.praise_negated_english.search(clause, 0, m.start()))
        for m in rules.praise.finditer(clause)
    )


def _mask_praised(rules: _ReplyRules, clause: str) -> str:
    """``clause`` with what a word of praise ends before a comma blanked, when more follows
    (「受け答え、志望動機、いずれも申し分なく、何かが足りなかったというよりは、もうお一方の…」):
    the topics listed before it are praised, whatever the rest compares or frames."""
    for start, end in praised_quotes(rules, clause):
        clause = clause[:start] + "□" * (end - start) + clause[end:]
    cut = 0
    for m in rules.praise.finditer(clause):
        comma = clause.find("、", m.end())
        if comma == -1 or not clause[comma + 1 :].strip("□ "):
            continue
        if comma - m.end() > _PRAISE_TAIL and not _only_inflection(clause[:comma], m.end()):
            continue
        if not rules.praise_negated.match(clause[m.end() : comma]):  # 「…申し分なく」, not 「…ず」
            cut = comma + 1
    for comma in (i for i, ch in enumerate(clause) if ch == "、" and i > cut):
        if clause[comma + 1 :].strip("□ 」』") and (
            _conceded(clause[cut:comma])
            or _regret_ground(rules, clause[cut:comma], clause[comma + 1 :])
        ):
            cut = comma + 1  # 「『ご経験は十分だが、志望動機がやや弱い』」
    return "□" * cut + clause[cut:] if cut else clause


def _only_inflection(text: str, start: int) -> bool:
    """``text[start:]`` is only auxiliaries and particles, none of them a negator (「でしたので」
    「でしたから」 after 「魅力的」): the praise runs on to its comma, the reason for what follows
    (「ご経験自体は魅力的でしたので、もったいなかった」), no new topic."""
    ms = [m for m in _morphs(text) if m.begin() >= start]
    return bool(ms) and all(
        m.part_of_speech()[0] in ("助動詞", "助詞") and not is_negator(m) for m in ms
    )


def _good(m: Any) -> bool:
    """The word ``m`` has positive polarity (the 日本語評価極性辞書): an adjective by its
    dictionary form, an adverb by its dictionary form among the nouns, a noun or na-adjective by
    its normalized form."""
    from furikaeri.mail.observation import is_positive, positive_predicate

    major = m.part_of_speech()[0]
    if major == "形容詞":
        return positive_predicate(m)
    if major == "副詞":  # 「しっかり」: the lexicon lists it as written, Sudachi normalizes 確り
        return is_positive(m.dictionary_form(), True)
    return major in ("名詞", "形状詞") and is_positive(m.normalized_form(), True)


def _conceded(part: str) -> bool:
    """``part`` ends in a concession of something good: a word of positive polarity, then only
    the copula or the past, then a contrastive conjunction (が, けれど, ものの: 「ご経験は十分
    だが」「自己PRは具体的で良かったけれど」), with no negation in it."""
    ms = list(_morphs(part))
    if not ms or ms[-1].part_of_speech()[1] != "接続助詞":
        return False
    if ms[-1].normalized_form() not in _CONCEDING:
        return False
    k = len(ms) - 2
    while k >= 0 and ms[k].part_of_speech()[0] == "助動詞":
        if is_negator(ms[k]):
            return False
        k -= 1
    return k >= 0 and _good(ms[k])


_CONCEDING = ("が", "けれど", "けれども", "けど", "ものの")


def _regret_ground(rules: _ReplyRules, part: str, rest: str) -> bool:
    """``part`` ends in だけに (だけ, a particle, then に) with no negation and no negative word in
    it: what made the rest a pity (「他のご回答はしっかりしていただけに、もったいなかった」
    「ご経験は豊富でいらっしゃるだけに、」), a ground of the regret, not its point. So too a
    reason (ので, のだ's で, から) after a word of positive polarity (「ほかの受け答えはしっかり
    していたので、もったいなかった」「受け答えは明るかったから、惜しかった」): the praise is the
    ground of what follows."""
    from furikaeri.mail.reply.lack import negative_word

    ms = list(_morphs(part))
    if len(ms) < 3:
        return False
    last, before = ms[-1].normalized_form(), ms[-2].normalized_form()
    regret = last == "に" and before == "だけ" and ms[-2].part_of_speech()[0] == "助詞"
    if regret:
        told = ms[:-2]
    elif ms[-1].part_of_speech()[1] == "接続助詞" and last in _REASONS:
        told = ms[:-1]
    elif last == "だ" and before == "の" and ms[-2].part_of_speech()[1] == "準体助詞":
        told = ms[:-2]  # 「していたので」: の then the copula's で
    else:
        return False
    if any(is_negator(m) or negative_word(m.normalized_form()) for m in told):
        return False
    if regret:
        return True
    if not rules.regret.search(rest) or _topical(rules, rest, hints=False):
        return False
    return any(_good(m) for m in told)


_REASONS = ("ので", "から")  # conjunctive particles of reason


def praised_quotes(rules: _ReplyRules, text: str) -> list[tuple[int, int]]:
    """The spans of the quotes in ``text`` (marks included) reported as praise: と, then a noun of
    positive polarity or a word of [praise] (「『的確な質問だった』と好評でした」「…と高く評価
    しておりました」): the interviewer's words of praise, neither the candidate's nor a
    critique."""
    spans: list[tuple[int, int]] = []
    for m in rules.quote.finditer(text):
        rest = text[m.end() : m.end() + _REPORT_SPAN]
        if not rest.startswith("と"):
            continue
        said = list(_morphs(rest))[1:2]  # right after と: 「との返事」「という」 tell no praise
        praised = rules.praise.match(rest, 1)
        if (praised and _praises(rules, rest)) or (
            said and said[0].part_of_speech()[0] == "名詞" and _good(said[0])
        ):
            spans.append((m.start(), m.end()))
    return spans


_REPORT_SPAN = 12  # characters after a quote that may tell how it was reported


_PRAISE_TAIL = 4  # characters a word of praise may run on before its comma (申し分な|く、)
