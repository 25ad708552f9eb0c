"""Who a mail addresses and what it talks about: many readers, job listings, the candidate's
own mail, a referral, the process described, an earlier application."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from furikaeri.mail.notice.clauses import (
    _at,
    _begins_at,
    _hypothetical,
    _others_at,
    _outside_quotes,
    _sentence_morphemes,
)
from furikaeri.mail.notice.parts import _Part
from furikaeri.mail.notice.rules import _NoticeRules
from furikaeri.mail.notice.status import _status
from furikaeri.mail.text import item_text, normalize, sentences

_SALUTATION_MAX = 30  # characters: 「キャリア登録者の皆さま」, not a sentence that mentions 皆様


def _to_many(rules: _NoticeRules, body_sents: list[str], lines: list[str] | None = None) -> bool:
    """The mail addresses many readers (a salutation 「登録者の皆さま」「各位」 among its first
    sentences or first ``lines``: a salutation line the sentence splitter joined to the next
    one, 「ご応募者各位\n採用に至らなかった方の…」, or a call to apply): it is about the hiring
    process, not one candidate."""
    first = [*body_sents[:3], *(lines or [])[:3]]
    # (A line that runs on, its last mark a comma, is part of a sentence: 「参加者の皆様の議論を
    # 拝見し、」 over the line that tells the reader's result.)
    salutations = [s for s in first if len(s) <= _SALUTATION_MAX and not _runs_on(s)]
    if any(rules.selected.search(s) for s in body_sents):  # 「本メールは合格者の方にのみ」
        return False  # many readers, each of them told the same result: the reader's own
    if any(rules.numbered.search(s) for s in body_sents):  # 「受験番号A-0331の方は」: by number
        return False
    if any(_stage_takers(rules, s) for s in salutations):  # 「第2次選考受験者各位」: booked
        return False
    if any(_addressed_to_many(rules, s) for s in salutations):
        return True
    if not _broadcast(rules, body_sents):
        return False
    # A job board's notice to one named reader about that reader's own application (「中村 翔太
    # 様」, 「ご応募いただいた以下の求人について、書類選考の結果をお知らせします」) that closes on
    # recommended jobs (おすすめ求人) tells that reader's result; the ads are an aside.
    return not _one_reader(rules, salutations, body_sents, lines or body_sents)


def _stage_takers(rules: _NoticeRules, sent: str) -> bool:
    """``sent`` greets those who sit a stage some applicants only reach ([context]
    `stage_takers` right before the audience word, past の, or a verbal noun of them and its
    verbs: 「第2次選考受験者各位」「二次面接を受験される皆様へ」), the stage (`taken_stages`:
    a later round, an interview) named in the nouns before them."""
    ms = _sentence_morphemes(sent)
    for m in rules.audience.finditer(sent):
        k = _begins_at(ms, m.start())
        if k is None:
            continue
        k -= 1
        if k >= 0 and ms[k][1] == "の":
            k -= 1
        while k >= 0 and ms[k][2] in ("動詞", "助動詞"):  # (受験 + される)
            k -= 1
        if k < 0 or ms[k][2] != "名詞" or ms[k][3] not in rules.stage_takers:
            continue
        j = k - 1
        while j >= 0 and (ms[j][2] in ("名詞", "接頭辞", "接尾辞") or ms[j][1] == "を"):
            j -= 1
        start = ms[j][0] if j >= 0 else 0
        if rules.taken_stages.search(sent, start, ms[k][0] - len(ms[k][1])):
            return True
    return False


def _runs_on(line: str) -> bool:
    """``line`` ends on a comma (、，,): a sentence that goes on in the next line."""
    return line.rstrip().endswith(("、", "，", ","))


def _addressed_to_many(rules: _NoticeRules, sent: str) -> bool:
    """``sent`` holds an audience word ([context] `audience`: 皆様, 各位) that is no companion of
    the reader's (the particle と right after it, Sudachi's 格助詞: 「他の学生の皆さんと一緒に、
    グループ面接へお進みいただきます」 tells one reader a step taken with others)."""
    ms = _sentence_morphemes(sent)
    for m in rules.audience.finditer(sent):
        k = _begins_at(ms, m.end())
        if k is None or not (ms[k][1] == "と" and ms[k][2] == "助詞"):
            return True
    return False


def _broadcast(rules: _NoticeRules, sents: list[str]) -> bool:
    """A mark of bulk mail ([context] `broadcast`) in ``sents``, not counting a call to apply that
    a later or another selection comes before, in its sentence or the one before it
    (`later_selection`: 「本選考へのエントリーもお待ちしております」「本選考の受付を開始します。ぜひ
    ご応募をお待ちしています」), the courtesy after a result; nor postings promised for a
    later mail after the mark (`later_sending`: 「新着求人を…近日中にお送りしますね」), an agent's
    follow-up to one reader."""
    return any(
        not rules.later_selection.search(sent, 0, m.start())
        and not (k and rules.later_selection.search(sents[k - 1]))
        and not rules.later_sending.search(sent, m.end())
        for k, sent in enumerate(sents)
        for m in rules.broadcast.finditer(sent)
    )


def _one_reader(
    rules: _NoticeRules, salutations: list[str], body_sents: list[str], lines: list[str]
) -> bool:
    """A salutation names one reader (`reader`: 様, さん; not the company, `to_company`) and a
    sentence announces that reader's own result (`result_told`: 書類選考の結果をお知らせします;
    not 「先日はご応募いただき」 before ads), or relays a company's message to that reader
    ([context] `relayed_message`) or its result (:func:`_relayed_result`), or a status line
    states a result (an agent's 「一次面接：見送り」 before the jobs it recommends next)."""
    named = any(
        rules.outcome.reader.search(s) and not rules.to_company.search(s) for s in salutations
    )
    # (A job board relaying a company's message to the reader: 「〇〇社からスカウトが届きました」.)
    told = any(rules.result_told.search(s) or rules.relayed_message.search(s) for s in body_sents)
    return named and (
        told or _relayed_result(rules, body_sents) or _status(rules, lines) is not None
    )


def _relayed_result(rules: _NoticeRules, sents: list[str]) -> bool:
    """A result phrase (a rejection's or a pass's) told as the employer's word, heard and passed
    on (`hearsay_result` after it in its sentence: 「今回は見送りとのことです」「通過との連絡が
    ありました」): an agent's report to one reader, whatever postings it goes on to offer."""
    return any(
        rules.hearsay_result.match(sent, m.end())
        for sent in sents
        for label in ("rejection", "pass")
        for pat in rules.strong[label]
        for m in pat.finditer(sent)
    )


_MIN_LISTED = 2  # companies: one bulleted company line is a notice's own heading or address


def _without_listings(rules: _NoticeRules, text: str) -> tuple[str, bool]:
    """``text`` without its job listings, and whether it had any. A listing is a bulleted line
    naming a company (「■株式会社ミドリ商事｜法人営業」「1. 株式会社コトブキ 経理」) with the
    lines under it up to the next bullet or blank line; a mail listing two companies or more is
    a digest or a recommendation, and the ads' 「書類選考なし」「内定まで最短2週間」 are copy,
    not this candidate's result. Bullets under a listing (「・面接1回で内定」) belong to it.
    Listings without a company name count by their pay (「・営業職 月給25万円〜」)."""
    from furikaeri.mail.extract import corporate_names

    lines = text.split("\n")
    heads = [i for i, line in enumerate(lines) if rules.listing_item.match(line.strip())]
    names = {i: corporate_names(rules.listing_item.sub("", lines[i].strip())) for i in heads}
    paid = [i for i in heads if rules.listing_pay.search(normalize(lines[i]))]
    heads = [i for i in heads if names[i] or i in paid]
    companies = {name for i in heads for name in names[i]}
    if len(companies) < _MIN_LISTED and len(paid) < _MIN_LISTED:
        return text, False
    kept: list[str] = []
    in_item = False
    for i, line in enumerate(lines):
        if i in heads:
            in_item = True
        elif not line.strip():
            in_item = False
        if not in_item:
            kept.append(line)
    return "\n".join(kept), True


def _later_only(rules: _NoticeRules, body_sents: list[str]) -> bool:
    """The mail promises the interview's date only on a condition (「書類選考を通過された場合、
    面接日時を改めてご連絡いたします」「選考に進まれる方には、追ってご案内します」)."""
    return any(
        m is not None and _hypothetical(s, m.start(), rules.hypothetical)
        for s in body_sents
        for m in [rules.later.search(s)]
    )


def _outside_selection(rules: _NoticeRules, sents: list[str]) -> bool:
    """The meeting the mail asks for is said to be no part of any selection ([context]
    `outside_selection`: 「選考とは関係なく、カジュアルにお話しできませんか」「合否を判断する場では
    なく」「選考要素はございません」), the denial's topic, if any, being the meeting itself
    (`outside_selection_topics`, Sudachi normalized forms of the noun before は or も: not
    「服装は選考に関係ありません」), and no stage of a selection is named (`staged_interview`:
    一次面接, 最終面接): a scout's or an agent's talk, no interview."""
    if any(rules.staged_interview.search(s) for s in sents):
        return False
    return any(
        _meeting_topic(rules, s, m.start())
        for s in sents
        for m in rules.outside_selection.finditer(s)
    )


def _meeting_topic(rules: _NoticeRules, sent: str, pos: int) -> bool:
    """The topic before ``pos`` (the nearest noun before は or も, a case particle between
    allowed: 「面談は」「本日のお話も」) is none or a meeting of `outside_selection_topics`."""
    ms = _sentence_morphemes(sent)
    for k in range(len(ms) - 1, 0, -1):
        end, surface, pos_, _ = ms[k]
        if end > pos or pos_ != "助詞" or surface not in ("は", "も"):
            continue
        j = k - 1
        while j > 0 and ms[j][2] == "助詞" and ms[j][1] in ("に", "で", "と"):
            j -= 1
        if ms[j][2] != "名詞":
            continue
        return ms[j][3] in rules.outside_selection_topics
    return True


def _about_account(rules: _NoticeRules, sents: list[str]) -> bool:
    """A mail about the reader's portal account (a password reset, an address confirmed,
    [context] `account`): what the portal lets one check is its service described, read like a
    mail to many readers."""
    return any(rules.account.search(s) for s in sents)


def _reports(rules: _NoticeRules, sent: str) -> bool:
    """A sentence that reports to the reader: past or naming the reader ([context] `past`), or
    naming the reader's own application ([rejection] `own_application`), or relaying its
    result as heard (:func:`_relayed_result`: 「今回は見送りとのことです」)."""
    return bool(
        rules.past.search(sent)
        or rules.own_application.search(sent)
        or _relayed_result(rules, [sent])
    )


def _story(rules: _NoticeRules, sent: str) -> bool:
    """In bulk mail (a newsletter, a recruiting blog), a sentence whose rejection word comes
    before a person described by a clause anywhere later (`third_party`): 「最終面接で一度
    不合格になったものの、翌年再挑戦して内定を得た社員のインタビューを公開しました」 tells that
    person's story, not the reader's result."""
    return any(
        _others_at(sent, m.end(), anywhere=True)
        for pat in rules.strong["rejection"]
        for m in pat.finditer(sent)
    )


def _from_candidate(rules: _NoticeRules, body_sents: list[str], *, school: bool = False) -> bool:
    """A salutation to the company (「人事部御中」「採用ご担当者様」): the candidate wrote it. Not
    the company's staff as an argument of a predicate, a particle after them other than へ
    (「E社の人事ご担当者様より書類選考の結果をいただきました」: an agent reports to the reader).
    ``school``: the mail is forwarded by a school's office; a salutation to such an office
    ([context] `school_office`: 「〇〇大学 キャリアセンター御中」) is the company writing to it."""
    return any(
        _greets(m.end(), _sentence_morphemes(s))
        for s in body_sents[:3]
        if len(s) <= _SALUTATION_MAX and not (school and rules.school_office.search(s))
        for m in [rules.to_company.search(s)]
        if m is not None
    )


def _from_school(rules: _NoticeRules, part: _Part) -> bool:
    """``part`` is forwarded by a school's office ([context] `school_office`) that names itself
    in its own words (「キャリアセンターの森です」「進路指導室です。…転送します」)."""
    return part.style is not None and any(
        rules.school_office.search(s) for s in sentences(part.own)
    )


def _greets(end: int, ms: tuple[tuple[int, str, str, str], ...]) -> bool:
    """The words ending at ``end`` stand alone as a salutation: the next morpheme is no
    particle (Sudachi 助詞), or is へ (「ご担当者様へ」)."""
    k = _at(ms, end)
    return k is None or ms[k][2] != "助詞" or ms[k][1] == "へ"


def _about_referred(rules: _NoticeRules, part: _Part, body_sents: list[str]) -> bool:
    """A result of someone the reader referred (社員紹介): not the reader's. A forwarded notice
    (an agent passing on the company's words about the candidate) is the reader's own."""
    if part.style is not None:
        return False
    # (Nor the client's own words quoted by an agent, 「Thank you for introducing Ms. Kobayashi
    # …」: there too the agent is the one who referred.)
    body_sents = _unquoted(body_sents)
    if any(rules.referred.search(s) for s in body_sents):
        return True
    if not body_sents or not any(rules.referral.search(s) for s in body_sents):
        return False
    addressed = _people(rules, body_sents[0])
    return any(
        name not in addressed
        for s in body_sents[1:]
        if _tells_result(rules, s)  # the person is the result's subject, not the referrer
        for name in _people(rules, s)
    )


def _unquoted(sents: list[str]) -> list[str]:
    """``sents`` without the words inside 「…」『…』, a quote opened in an earlier sentence
    carried over to the next."""
    out, depth = [], 0
    for sent in sents:
        kept, depth = _outside_quotes(sent, str, depth)
        out.append("".join(kept))
    return out


def _about_candidates(
    rules: _NoticeRules, part: _Part, body_sents: list[str], lines: list[str]
) -> bool:
    """A mail among colleagues ([guards] `colleagues`: its salutation, 「各位」「山田部長」) that
    tells a result of a third person (`candidates`: 候補者, ご本人; or a name before a title that
    the salutation does not give): a decision reported inside the company (「候補者（Aさん）です
    が、採用見送りで決定しました」), not the reader's result. A forwarded notice is the reader's.
    Under any other salutation, results of several people (:func:`_several_results`, on the
    mail's ``lines``) are shared with staff."""
    if part.style is not None or not body_sents:
        return False
    salutations = [s for s in body_sents[:2] if len(s) <= _SALUTATION_MAX]
    greeted = [s for s in salutations if rules.colleagues.search(s)]
    if not greeted:
        return _several_results(rules, lines, salutations)
    addressed = {name for s in greeted for name in _people(rules, s)}
    return any(
        rules.candidates.search(s) or any(name not in addressed for name in _people(rules, s))
        for s in body_sents
        if s not in greeted and _tells_result(rules, s)
    )


def _interviewer_asked(rules: _NoticeRules, sents: list[str]) -> bool:
    """The reader asked to interview (「面接官をお願いできれば」「面接官に山本さんをアサイン」,
    [guards] `interviewer_asked`, not conditional) in a mail about the staff's work
    (`staff_work`: the evaluation to fill in; or `candidates`: 「応募者：K.T.様」): an internal
    request to a colleague, not the reader's own interview."""
    if not any(
        not _hypothetical(s, m.start(), rules.hypothetical)
        for s in sents
        for m in rules.interviewer_asked.finditer(s)
    ):
        return False
    return any(rules.staff_work.search(s) or rules.candidates.search(s) for s in sents)


def _several_results(rules: _NoticeRules, lines: list[str], salutations: list[str]) -> bool:
    """Results told of two people or more, none of them the one the salutation names, each on
    a line naming one (「・A様：不採用」「・B様：内定」 to an interviewer): the results of
    candidates shared with staff, whatever the salutation. A name is Sudachi's 人名 before a
    title, a list item's noun before one, or an initial before one."""
    addressed = {name for s in salutations for name in _people(rules, s)}
    named: set[str] = set()
    for s in lines:
        if s in salutations or not _tells_result(rules, s):
            continue
        initials = [
            m.group(0).rstrip("様さん氏")
            for m in rules.candidates.finditer(s)
            if m.group(0).endswith(tuple(rules.person_titles))
        ]
        names = {*_people(rules, s), *_listed(rules, s), *initials} - addressed
        if len(names) == 1:  # (「A社様より、佐藤様を採用したい」: two named, one result)
            named |= names
    return len(named) >= 2


def _listed(rules: _NoticeRules, sent: str) -> list[str]:
    """The name of a list item (a bullet or a number first, then a noun and a title: 「・東様：
    見送り」), whatever Sudachi reads the noun as (東 is no 人名 to it)."""
    item = item_text(sent)
    if item is None:
        return []
    ms = _sentence_morphemes(item)
    if len(ms) < 2 or ms[0][2] != "名詞" or ms[1][1] not in rules.person_titles:
        return []
    return [ms[0][1]]


def _tells_result(rules: _NoticeRules, sent: str) -> bool:
    """A phrase of a result (rejection, pass, offer) is in ``sent``."""
    return any(
        p.search(sent) for label in ("rejection", "pass", "offer") for p in rules.strong[label]
    )


def _people(rules: _NoticeRules, sent: str) -> list[str]:
    """The people ``sent`` names: Sudachi's 人名 right before an honorific (様, さん, 氏)."""
    found: list[str] = []
    for _, surface, pos, _ in _name_morphemes(sent):
        if pos == "人名" and surface not in found:
            found.append(surface)
    return [
        name for name in found if any(f"{name}{title}" in sent for title in rules.person_titles)
    ]


@lru_cache(maxsize=256)
def _name_morphemes(sent: str) -> tuple[tuple[int, str, str, str], ...]:
    """(end, surface, the third part of speech (人名 for a name), normalized form)."""
    from furikaeri.nlp import morphemes

    return tuple(
        (m.end(), m.surface(), str(m.part_of_speech()[2]), m.normalized_form())
        for m in morphemes(sent)
    )


def _referral_heard(rules: _NoticeRules, part: _Part, body_sents: list[str]) -> bool:
    """A referral thanked (「ご紹介ありがとうございました」, a referral bonus) and a result told as
    heard (「内定が出たそうです」): the news of the person the reader referred, not the reader's.
    A forwarded notice is the reader's own, as in :func:`_about_referred`."""
    return (
        part.style is None
        and any(rules.acknowledged.search(s) for s in body_sents)
        and any(rules.heard.search(s) for s in body_sents)
    )


def _general(rules: _NoticeRules, sent: str) -> bool:
    """A sentence describing the selection process, non-past (「面接を経て内定となります」)."""
    return bool(rules.process.search(sent)) and not rules.past.search(sent)


def _lines(text: str) -> list[str]:
    """The normalised lines of ``text``: a status line (「ステータス：不採用」) is a line, even
    where the sentence splitter joins it to the next one; a line's sentences are apart
    (「We've updated your candidacy. New status: Declined.」)."""
    from furikaeri.mail.text import split_after_stops

    out: list[str] = []
    for raw in text.splitlines():
        column = _column_status(raw)
        pieces = [column] if column is not None else split_after_stops(raw)
        out += [line for piece in pieces if (line := normalize(piece))]
    return out


def _column_status(raw: str) -> str | None:
    """A status line laid out in columns, as an official letter's 記 writes it (「２　結　　果
    不合格」: a number, a label spaced out, a gap, the value): 「結果:不合格」, so that it reads
    as a labelled status line. The gap is a full-width space, a tab or two spaces; the label,
    its spaces taken out, is one of [status] `labels`. None for any other line."""
    from furikaeri.mail.notice.rulebook import _notice_rules

    line = _ITEM_NUMBER.sub("", raw.strip())
    labels = _notice_rules().status.label_alone
    for gap in _COLUMN_GAP.finditer(line):
        label = re.sub(r"\s", "", line[: gap.start()])
        value = line[gap.end() :].strip()
        if value and len(value) <= _COLUMN_VALUE_MAX and labels.fullmatch(normalize(label)):
            return f"{label}:{value}"
    return None


_ITEM_NUMBER = re.compile(r"^(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2})[.．)）、]?[\s\u3000]*")
_COLUMN_GAP = re.compile(r"\u3000+|\t+| {2,}")
_COLUMN_VALUE_MAX = 16  # characters: a status value, not a sentence


def _this_application(
    rules: _NoticeRules, sents: list[str], *, new_matter: bool = False
) -> list[str]:
    """``sents`` with each clause about an earlier application blanked out (「前回のご応募では
    見送りとさせていただきましたが、」), when the mail goes on to name the present one (今回・
    再度のご応募) or brings a new matter (``new_matter``: a list of job postings, an agent's
    recommendation): the earlier result is context; the result that counts is told of now."""
    if not any(rules.earlier.search(s) for s in sents):
        return sents
    out, named = [], False  # (an earlier occasion named in the sentence before)
    for s in sents:
        out.append(_without_earlier(rules, s, anaphora=named))
        named = bool(rules.earlier.search(s))
    if out == sents or not (new_matter or any(rules.now.search(s) for s in out)):
        return sents
    return out


def _without_earlier(rules: _NoticeRules, sent: str, *, anaphora: bool = False) -> str:
    """``sent`` with its clauses about an earlier occasion, told in the past, blanked (□, so
    offsets and lengths stay); a clause naming the present one (今回) is kept whole. A clause
    that refers back by time ([context] `earlier_anaphora`: 「その時は」) is the earlier occasion
    when one is named before it (``anaphora``: in the sentence before, or an earlier clause)."""
    start = 0
    for end in [*(m.end() for m in rules.sentence.time_clause_end.finditer(sent)), len(sent)]:
        clause = sent[start:end]
        named = rules.earlier.search(clause) or (anaphora and rules.earlier_anaphora.search(clause))
        anaphora = anaphora or bool(rules.earlier.search(clause))
        told = named and not rules.now.search(clause)
        if told and _told_past(rules, clause):
            sent = sent[:start] + "□" * len(clause) + sent[end:]
        start = end
    return sent


def _told_past(rules: _NoticeRules, clause: str) -> bool:
    """The clause is in the past: Sudachi's auxiliary た, or an English past."""
    if rules.english_past.search(clause):
        return True
    return any(pos == "助動詞" and form == "た" for _, _, pos, form in _sentence_morphemes(clause))


_SENTENCE = re.compile(r"[^。！!？?\n]*(?:[。！!？?]+|$)")


@lru_cache(maxsize=1024)
def _clients_of(text: str, generic: frozenset[str]) -> frozenset[str]:
    from furikaeri.nlp import morphemes

    ms = list(morphemes(text))
    names: set[str] = set()
    for k, m in enumerate(ms):
        if m.surface() != "様" or k == 0:
            continue
        run: list[Any] = []
        j = k - 1
        while j >= 0 and ms[j].part_of_speech()[0] in ("名詞", "接頭辞"):
            run.insert(0, ms[j])
            j -= 1
        if run and _names_client(run, generic):
            names.add("".join(r.surface() for r in run))
    return frozenset(names)


def _clients(rules: _NoticeRules, text: str) -> frozenset[str]:
    """The clients ``text`` names with 様: a run of nouns before it, the last no 人名 nor a role
    ([context] `client_generic`), holding a proper noun, a word Sudachi does not know, or two
    words or more (北斗機械, トーワ通信, サンテック)."""
    return _clients_of(text, rules.client_generic) if "様" in text else frozenset()


def _names_client(run: list[Any], generic: frozenset[str]) -> bool:
    last = run[-1]
    if last.part_of_speech()[2] == "人名" or last.normalized_form() in generic:
        return False
    return len(run) > 1 or last.part_of_speech()[1] == "固有名詞" or last.is_oov()
