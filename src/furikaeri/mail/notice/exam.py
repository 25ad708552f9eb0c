"""A qualification's exam and its result: the reader's score, not an employer's decision."""

from __future__ import annotations

import re

from furikaeri.mail.notice.clauses import _sentence_morphemes
from furikaeri.mail.notice.rules import _NoticeRules


def _exam_only(rules: _NoticeRules, sents: list[str], *, alone: bool = True) -> bool:
    """The mail tells a qualification's exam ([outcome] `certified`: 検定, 資格試験, 公開テスト) as
    what its result is of (:func:`_own_exam`) and names no hiring and no employer's selection
    (`hiring_exam`) outside the exam's own name and steps (:func:`_exam_words_blanked`: 「二次試験
    （面接）」「入試第一次選考」): its 合格 or 不合格 is the reader's score, not an employer's
    decision. A public employer's 採用試験 names 採用. With ``alone`` (a result is told), an exam
    named alone (`examined`: 試験, 受験, 得点, 合格基準) is one in a mail with no word of a hiring
    at all, a title in the exam's own name aside (「情報処理技術者試験」 names a qualification; an
    employer's 「二次試験（面接）」 names its selection); an exam only announced (「筆記試験を
    以下のとおり行います」) is not."""
    oc = rules.outcome
    if any(_own_exam(rules, s) for s in sents):
        bare = [_exam_words_blanked(rules, s) for s in sents]
        return not any(oc.hiring_exam.search(s) for s in bare)
    if not alone or not any(oc.examined.search(s) for s in sents):
        return False
    if any(oc.hiring_exam.search(s) for s in sents):  # (「二次試験（面接）」: an employer's too)
        return False
    bare = [_exam_words_blanked(rules, s) for s in sents]  # (blanked only when needed)
    return not any(p.search(s) for p in (oc.hiring, oc.employment) for s in bare)


_PASSED = re.compile("(?<!不)合格")


def _exams_unpassed(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """``sents`` with each 合格 masked that a qualification's exam ([outcome] `certified`: 国家試験,
    検定) has before it in its clause (「看護師国家試験に合格されているとのことで、ぜひ面接を」): a
    credential the reader holds, no pass of this selection."""
    out = []
    for sent in sents:
        masked = sent
        for m in rules.outcome.certified.finditer(sent):
            clause = re.split(r"[、,。]", sent[m.end() :], maxsplit=1)[0]
            for hit in _PASSED.finditer(clause):
                a, b = m.end() + hit.start(), m.end() + hit.end()
                masked = masked[:a] + "〓" * (b - a) + masked[b:]
        out.append(masked)
    return out


def _own_exam(rules: _NoticeRules, sent: str) -> bool:
    """A qualification's exam ([outcome] `certified`) is named as what a result is of: a word of
    `exam_results` (結果, 合否, 合格, 得点) follows it in its clause (「簿記検定試験合否通知」
    「看護師国家試験に合格」「TOEIC公開テストの結果」); 「簿記検定2級をお持ちとのことでしたが」
    names a credential held, in passing."""
    oc = rules.outcome
    for m in oc.certified.finditer(sent):
        clause = re.split(r"[、,。]", sent[m.end() :], maxsplit=1)[0]
        if oc.exam_results.search(clause):
            return True
    return False


def _exam_words_blanked(rules: _NoticeRules, sent: str) -> str:
    """``sent`` with the hiring words blanked that stand inside the noun phrase of an exam (nouns,
    の between them, a gloss in brackets, holding a word of [outcome] `exam_nouns`: 試験, 検定,
    入試, 出願): a qualification's title (「情報処理技術者試験」「看護師国家試験」) or the exam's
    own step (「二次試験（面接）」「第一次選考（筆記試験）」「二次募集の出願期間」) — not a word of
    an employer's (`exam_employment`: 「職員採用試験」「入社試験」)."""
    oc = rules.outcome
    ms = _sentence_morphemes(sent)
    out = sent
    k = 0
    while k < len(ms):
        j = k
        while j < len(ms) and _in_phrase(ms, j):
            j += 1
        if j > k:
            start, stop = ms[k][0] - len(ms[k][1]), ms[j - 1][0]
            phrase = sent[start:stop]
            if oc.exam_nouns.search(phrase):
                for p in (oc.hiring, oc.hiring_exam, oc.employment):
                    for m in p.finditer(phrase):
                        if not oc.exam_employment.match(phrase, m.start()):
                            a, b = start + m.start(), start + m.end()
                            out = out[:a] + "〓" * (b - a) + out[b:]
        k = j + 1
    return out


_BRACKETS = frozenset("()（）")


def _in_phrase(ms: tuple[tuple[int, str, str, str], ...], j: int) -> bool:
    """``ms[j]`` belongs to a noun phrase: a noun, a prefix or a suffix, a bracket, or の between
    two nouns."""
    _, surface, pos, _ = ms[j]
    if pos in ("名詞", "接頭辞", "接尾辞") or surface in _BRACKETS:
        return True
    return (
        surface == "の"
        and 0 < j < len(ms) - 1
        and ms[j - 1][2] in ("名詞", "接尾辞")
        and ms[j + 1][2] in ("名詞", "接頭辞")
    )
