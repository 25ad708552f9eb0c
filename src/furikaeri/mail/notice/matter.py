"""What a mail's selection is of: a matter no employer selects (a loan, a school place, a
scholarship) named as applied for or selected."""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import cache, lru_cache
from typing import Any

from furikaeri.mail.extract import corporate_names
from furikaeri.mail.notice.clauses import _analysed, _begins_at, _sentence_morphemes
from furikaeri.mail.notice.rules import _NoticeRules
from furikaeri.nlp import morphemes, short_units
from furikaeri.vocabulary import legal_form_pattern


def _employer_place(rules: _NoticeRules, sent: str, end: int) -> bool:
    """The hiring word ending at ``end`` is compounded into a place that employs the reader
    ([outcome] `employer_heads`: 内定先, 就職先, 勤務先; Sudachi's word, or its last part, is the
    head): an employer named, as a tenancy's or a loan's screening names it, no selection."""
    ms = _analysed(sent)
    k = next((i for i, m in enumerate(ms) if m.end() >= end), None)
    if k is None:
        return False
    heads = rules.outcome.employer_heads
    if ms[k].end() == end:  # 「内定」 then 「先」: the head is the next word
        return k + 1 < len(ms) and ms[k + 1].normalized_form() in heads
    return _last_part(ms[k]) in heads  # 「就職先」 = 就職 + 先


def _matter_only(rules: _NoticeRules, sents: list[str], *, strict: bool = False) -> bool:
    """The mail names what was applied for or selected ([outcome] `applying`, `selecting`: the
    nouns before 「にご応募」「にお申込み」「にご出願」, or compounded with 選考 or 審査: 入学選考,
    参加者選考, 住宅ローン事前審査; or before の and 選考, 審査, 採用: 「当財団奨学金の選考」; or
    before について and a 審査 later: 「ご応募いただいた作品について審査」) and that matter is no
    hiring (`hiring`, `employment`) on positive evidence (:func:`_not_a_post`: 「営業アシスタントに
    ご応募」 names a post), and no sentence of the mail names a hiring outside
    the verdict's own 採用 (:func:`_unverdicted`): the selection refused (or granted) a loan,
    a school place, a scholarship or a volunteer's seat, not the reader's candidacy.
    「ご応募いただいた件、選考の結果」 names no matter; 「弊社にご応募」 names the organiser
    (`not_matter`), and so does the name of a company the mail writes with its legal form
    (「ミナトロジにご応募」 signed 「株式会社ミナトロジ」)."""
    oc = rules.outcome

    def named(sent: str) -> bool:  # (an employer's workshop selects its seats with its hiring:
        # :func:`_seat_only`'s)
        return any(
            not (
                _admission_step(rules, sent, m.start())
                or _employer_place(rules, sent, m.end())
                or (p is oc.hiring and _inside_matter(rules, sent, m.start(), m.end()))
                or (p is oc.gatherings and _matter_event(rules, sent, m.start()))
            )
            for p in (oc.hiring, oc.employment, oc.gatherings)
            for m in p.finditer(sent)
        )

    if any(named(s) for s in _unverdicted(rules, sents)):
        return False
    # When the verdict's 採用 is the only hiring word (or ``strict``: a pass or an offer is
    # read), a compound alone names no matter: 「動画選考の結果、不採用」「次の実技選考へご案内」
    # compound a stage of a hiring.
    verdict_only = strict or any(named(s) for s in sents)
    names: list[str] | None = None  # (read once, when a matter is first named)
    for s in sents:
        for word in _matters(rules, s, named_only=verdict_only):
            names = _organisers(sents) if names is None else names
            if not any(name.startswith(word) for name in names):
                return True
    return False


def _organisers(sents: list[str]) -> list[str]:
    """The names of the companies the mail writes with their legal form, the form left out: a
    matter word that begins one (「ミナトロジにご応募」 signed 「株式会社ミナトロジ」) names the
    organiser, no matter."""
    form = _legal_form()
    return [form.sub("", name) for name in corporate_names("\n".join(sents))]


@cache
def _legal_form() -> re.Pattern[str]:
    return re.compile(legal_form_pattern())


def _matter_event(rules: _NoticeRules, sent: str, start: int) -> bool:
    """The gathering at ``start`` is the matter's own (「奨学生の認定式および交流会」): its noun
    phrase, read back over nouns, の and conjunctions (および, 並びに), holds a noun of
    [outcome] `matter_domains`: the granted's event, no employer's."""
    ms = _sentence_morphemes(sent)
    k = _begins_at(ms, start)
    if k is None:
        return False
    while k > 0 and (
        ms[k - 1][2] in ("名詞", "接尾辞", "接頭辞", "接続詞") or ms[k - 1][1] == "の"
    ):
        k -= 1
        if _domain_words(rules, ms[k : k + 1]):
            return True
    return False


def _inside_matter(rules: _NoticeRules, sent: str, start: int, end: int) -> bool:
    """The hiring word at ``start:end``, part of a Sudachi word and not all of it (職 of 職業,
    職員; 教員 of 「本学教員公募」 is a word, a post called for), is inside a compound noun (nouns,
    prefixes and suffixes run together), up to the word or past it, that names a matter no
    employer selects (:func:`_not_a_post`: its head a course or a training, 「公共職業訓練」 =
    公共 + 職業 + 訓練, 「介護職員初任者研修科」, 「職業訓練|受講選考」): the word names that
    matter, no hiring."""
    ms = _sentence_morphemes(sent)
    k = next((k for k, m in enumerate(ms) if m[0] > start), None)
    if k is None or ms[k][2] != "名詞" or (ms[k][0] - len(ms[k][1]), ms[k][0]) == (start, end):
        return False
    i, j = k, k
    while i > 0 and ms[i - 1][2] in ("名詞", "接頭辞"):
        i -= 1
    while j + 1 < len(ms) and ms[j + 1][2] in ("名詞", "接尾辞"):
        j += 1
    analysed = tuple(_analysed(sent))
    return any(  # (「職業訓練受講選考結果通知」: 職 inside the 職業訓練 its compound heads with)
        _not_a_post(rules, ms[i : e + 1], analysed[i : e + 1], headed=False)
        for e in range(k, j + 1)
    )


def _admission_step(rules: _NoticeRules, sent: str, start: int) -> bool:
    """The word at ``start`` ends a compound noun opened by an admission ([outcome]
    `admissions`: 「入所前面接」「入園面接」): a step of that admission, no hiring."""
    ms = _sentence_morphemes(sent)
    k = _begins_at(ms, start)
    if k is None:
        return False
    while k > 0 and ms[k - 1][2] in ("名詞", "接尾辞", "接頭辞"):
        k -= 1
        if ms[k][3] in rules.outcome.admissions:
            return True
    return False


def _unverdicted(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """``sents`` with the verdict's own 採用 ([outcome] `verdict_words`: 不採用, 採用を見送り,
    採用が決定) and a call to a later round ([context] `later_selection`: 次回の募集) blanked:
    words that name no hiring, whatever the matter selected."""
    oc = rules.outcome
    out = [rules.later_selection.sub("〓", oc.verdict_words.sub("〓", s)) for s in sents]
    if any(oc.matter_granted.search(s) for s in sents) or _domain_selected(rules, sents):
        out = [oc.matter_selection.sub("〓", s) for s in out]  # 「奨学生として採用」: the matter's
    return out


def _domain_selected(rules: _NoticeRules, sents: list[str]) -> bool:
    """A matter no employer selects ([outcome] `matter_domains`) is named as what was applied for
    or selected (:func:`_domain_matters`: 「給付奨学金にご応募」「本財団の奨学生選考」); not a
    domain's word met anywhere (「奨学金返還支援制度」)."""
    return any(_domain_matters(rules, sent) for sent in sents)


def _matters(
    rules: _NoticeRules, sent: str, *, named_only: bool = False, domains: bool = True
) -> list[str]:
    """The matters ``sent`` names as applied for or selected (see :func:`_matter_only`): each the
    run of nouns before a `matter_cases` particle and an `applying` word, or before a `selecting`
    noun, with at least one noun not in `not_matter`; or the run before の and a `selecting` or
    `granting` noun, or before `matter_about` and a `selecting` noun later in the sentence, whose
    head is a matter's own noun (:func:`_matter_head`). With ``named_only``, a compound alone
    (「実技選考」「動画選考」, a hiring's stage as often) names none. ``domains``: a domain's noun
    named as the selection's object (:func:`_domain_matters`: 「奨学生選考」) is one too."""
    oc = rules.outcome
    ms = _sentence_morphemes(sent)
    found: list[str] = []
    for i, (_, _, pos, form) in enumerate(ms):
        j = i - 1
        headed = named = False
        if form in oc.applying:
            named = True
            while j >= 0 and ms[j][2] == "接頭辞":
                j -= 1
            if j > 0 and ms[j][1] == "の" and ms[j - 1][1] in oc.matter_cases:
                j -= 1  # 「留学奨学プログラムへのご応募」
            if j < 0 or ms[j][1] not in oc.matter_cases:
                continue
            j = _before_gloss(ms, j - 1)  # 「研修（中学生対象）にお申込み」: the gloss left out
        elif pos == "名詞" and (of := _matter_of(rules, ms, i)) is not None:
            # 「当財団奨学金の選考」「作品の一次審査」「第一種奨学金の採用」; a gloss left out:
            # 「公共職業訓練（Webデザイン科）の受講者選考」
            j = _before_gloss(ms, of)
            headed = named = True
        elif not (pos == "名詞" and form in oc.selecting):
            continue
        words = _noun_run(rules, sent, j, headed=headed)
        if words and (named or not named_only):
            found.append(words)
    for i, (end, _, _, _) in enumerate(ms):  # 「ご応募いただいた作品について審査いたしました」
        about = oc.matter_about.match(sent, end)
        if about and i + 1 < len(ms) and ms[i + 1][2] == "助詞":
            later = [m for m in ms if m[0] > about.end()]
            if any(m[2] == "名詞" and m[3] in oc.selecting for m in later):
                words = _noun_run(rules, sent, i, headed=True)
                if words:
                    found.append(words)
    return found + _domain_matters(rules, sent) if domains else found


def _before_gloss(ms: tuple[tuple[int, str, str, str], ...], j: int) -> int:
    """``j``, or when the morpheme ``j`` closes a bracketed gloss (Unicode's closing punctuation,
    Pe: 「（中学生対象）」「（週3日〜）」), the morpheme before the gloss opens (Ps): the matter
    is named before its gloss."""
    if j < 1 or unicodedata.category(ms[j][1][:1]) != "Pe":
        return j
    for k in range(j - 1, -1, -1):
        if unicodedata.category(ms[k][1][:1]) == "Ps":
            return k - 1
        if unicodedata.category(ms[k][1][:1]) == "Pe":
            return j
    return j


def _domain_matters(rules: _NoticeRules, sent: str) -> list[str]:
    """The nouns of a matter no employer selects ([outcome] `matter_domains`: 助成, 論文,
    オーディション, 入園; a form alone or two compounded, 利用+調整) that ``sent`` names as the
    selection's own object: in a run :func:`_matters` reads (「給付奨学金にご応募」), compounded
    before a `selecting` noun or a result (`domain_results`: 「奨学生選考」「オーディション結果」
    「コンテスト一次審査結果」), before の and such a noun (「査読の結果」「奨学金の選考」), as the
    object or topic (`domain_cases`) of a clause that ends in such a noun (「保育所の利用調整を
    行いました結果」), or granted (`matter_granted`: 「奨学生として採用」). A domain's word
    elsewhere is a benefit, a program or a passing mention of a mail about a job
    (「奨学金返還支援制度」「留学制度についてご質問」「コンテストでの受賞歴」): no matter."""
    oc = rules.outcome
    ms = _sentence_morphemes(sent)
    runs = [_sentence_morphemes(run) for run in _matters(rules, sent, domains=False)]
    for i, (_, _, pos, form) in enumerate(ms):
        if pos != "名詞" or (form not in oc.selecting and form not in oc.domain_results):
            continue
        k = i
        while k > 0 and ms[k - 1][2] in ("名詞", "接尾辞", "接頭辞"):
            k -= 1
        runs.append(ms[k:i])
        if k >= 2 and ms[k - 1][1] == "の":  # 「査読の結果」
            c = k - 2
            while c >= 0 and ms[c][2] in ("名詞", "接尾辞"):
                c -= 1
            runs.append(ms[c + 1 : k - 1])
    found = [word for run in runs for word in _domain_words(rules, run)]
    for i, (_, surface, _, _) in enumerate(ms[:-1]):  # 「保育所の利用調整を行いました結果」
        head = _domain_words(rules, ms[max(0, i - 1) : i + 1])[-1:]  # (利用+調整: the pair)
        if not head or not head[0].endswith(surface) or ms[i + 1][1] not in oc.domain_cases:
            continue
        clause = itertools.takewhile(lambda m: m[2] != "補助記号", ms[i + 2 :])
        ends = oc.domain_results | oc.selecting
        if any(m[2] == "名詞" and m[3] in ends for m in clause):
            found += head
    return found + [m.group(0) for m in oc.matter_granted.finditer(sent)]


def _domain_words(rules: _NoticeRules, ms: tuple[tuple[int, str, str, str], ...]) -> list[str]:
    """The nouns of ``ms`` of [outcome] `matter_domains` (a form alone or two compounded, or the
    last part of Sudachi's compound: 海外留学 = 海外 + 留学), unless a `selecting` noun is
    compounded before it (選考委員: the selector)."""
    oc = rules.outcome
    found: list[str] = []
    for i, (_, surface, pos, form) in enumerate(ms):
        if pos != "名詞" or (i and ms[i - 1][2] == "名詞" and ms[i - 1][3] in oc.selecting):
            continue
        nxt = ms[i + 1] if i + 1 < len(ms) and ms[i + 1][2] == "名詞" else None
        if form in oc.matter_domains or _head_part(surface) in oc.matter_domains:
            found.append(surface)
        elif nxt is not None and form + nxt[3] in oc.matter_domains:
            found.append(surface + nxt[1])
    return found


@lru_cache(maxsize=4096)
def _head_part(word: str) -> str:
    """The normalized form of the last part of Sudachi's word (split in mode A: 海外留学 → 留学),
    or ``""`` when it is one part. (Its own cache: one word analysed apart, not in the
    sentences' cache of clauses._analysed, which it would crowd out.)"""
    ms = morphemes(word)
    return _last_part(ms[0]) if len(ms) == 1 else ""


def _last_part(m: Any) -> str:
    """The normalized form of the last part of the morpheme split in mode A (就職先 → 先, 学生寮
    → 寮, 営業部門 → 部門), or ``""`` when it is one part."""
    parts = short_units(m)
    return str(parts[-1].normalized_form()) if parts else ""


def _matter_of(
    rules: _NoticeRules, ms: tuple[tuple[int, str, str, str], ...], i: int
) -> int | None:
    """The last morpheme of what the `selecting` or `granting` noun ``i`` (with the nouns
    compounded before it: 一次審査) is of: the morpheme before の (「作品の一次審査」), or for a
    grant before its subject's が or は too (「奨学金は不採択」); else None."""
    oc = rules.outcome
    form = ms[i][3]
    if form not in oc.selecting and form not in oc.granting:
        return None
    c = i - 1
    while c >= 0 and ms[c][2] in ("名詞", "接尾辞", "接頭辞"):
        c -= 1
    cases = ("の",) if form in oc.selecting else oc.granted_cases
    return c - 1 if c >= 1 and ms[c][1] in cases else None


def _noun_run(rules: _NoticeRules, sent: str, j: int, *, headed: bool) -> str:
    """The run of nouns of ``sent`` ending at its morpheme ``j`` (the organiser's words before it
    left out: 「当社クレジットカード」) when it names a matter that is no hiring on positive
    evidence (:func:`_not_a_post`; see :func:`_matters`; with ``headed``, a matter's own noun
    ends it and no proper name is in it, :func:`_matter_head`: 「ABC商事につきまして」 names the
    company), else ``""``."""
    oc = rules.outcome
    ms = _sentence_morphemes(sent)
    full = _analysed(sent)
    k = j
    while k >= 0 and ms[k][2] in ("名詞", "接尾辞"):
        k -= 1
    start = k + 1  # the organiser before the matter is no part of it (「当社クレジットカード」)
    while start <= j and ms[start][3] in oc.not_matter:
        start += 1
    run = ms[start : j + 1]
    words = "".join(m[1] for m in run)
    begin = run[0][0] - len(run[0][1]) if run else 0
    hired = any(  # (職 inside 職業訓練 names the training: :func:`_inside_matter`)
        not _inside_matter(rules, sent, m.start(), m.end())
        for m in oc.hiring.finditer(sent, begin, begin + len(words))
    )
    if (
        any(m[2] == "名詞" and m[3] not in oc.not_matter for m in run)
        and not any(m[3] in oc.not_matter for m in run[-1:])  # (…作業)
        and not (hired or oc.employment.search(words))
        and _not_a_post(rules, run, full[start : j + 1], headed=headed)
        and (not headed or _matter_head(rules, run, full[start : j + 1]))
        and not (headed and _pointed(ms, k))
    ):
        return words
    return ""


def _not_a_post(
    rules: _NoticeRules,
    run: tuple[tuple[int, str, str, str], ...],
    analysed: tuple[Any, ...],
    *,
    headed: bool,
) -> bool:
    """The nouns ``run`` (``analysed``: their Sudachi morphemes) name a matter no employer
    selects, on positive evidence: a noun of [outcome] `matter_domains` anywhere in it
    (「短期留学奨励プログラム」), or a head (the last noun's normalized form, or the last part of
    Sudachi's compound: 学生寮 = 学生 + 寮) of `non_job` or `admissions` (a loan, a tenancy, a
    course's participants, a volunteer's seat, a school place, a prize) or, with ``headed``
    (what was submitted: 「ご応募いただいた作品について」), of `submitted`. A head of
    `deferring` (メンバー, スタッフ, 申込み) or a suffix leaves it to the noun before
    (合唱団メンバー, ボランティアスタッフ, 入居申込み). Any other head is a post's
    (営業アシスタント, 保険営業, 調理補助, 学校事務): in a job seeker's mailbox what is applied
    for is a job unless the mail says otherwise."""
    oc = rules.outcome
    if _domain_words(rules, run):  # (anywhere: 短期留学奨励プログラム, see _domain_matters)
        return True
    kinds = oc.non_job | oc.admissions | (oc.submitted if headed else set())
    for m in reversed(analysed):
        if m.normalized_form() in kinds or _last_part(m) in kinds:
            return True
        if m.part_of_speech()[0] != "接尾辞" and m.normalized_form() not in oc.deferring:
            return False
    return False


def _pointed(ms: tuple[tuple[int, str, str, str], ...], k: int) -> bool:
    """The morpheme ``k`` before a run is a demonstrative (連体詞: この, その): 「このたびの選考」
    「その審査」 point back, naming no matter."""
    return k >= 0 and ms[k][2] == "連体詞"


def _matter_head(
    rules: _NoticeRules, run: tuple[tuple[int, str, str, str], ...], analysed: tuple[Any, ...]
) -> bool:
    """The last morpheme of ``run`` is a common noun that names a matter (no numeral, no adverbial
    noun of time: 先日, 今年度; no counter: たび; none of `not_matter`), and no morpheme is a
    proper name (a company's, a person's, a place's)."""
    if not run or run[-1][2] != "名詞" or run[-1][3] in rules.outcome.not_matter:
        return False
    if any(m.part_of_speech()[1] == "固有名詞" for m in analysed):
        return False
    # 営業部門 = 営業+部門: the compound's own head (or the word, when it is one part)
    if (_last_part(analysed[-1]) or analysed[-1].normalized_form()) in rules.outcome.not_matter:
        return False
    pos = analysed[-1].part_of_speech()
    return pos[1] == "普通名詞" and pos[2] not in ("副詞可能", "助数詞可能")
