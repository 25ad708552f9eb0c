"""What a clause tells beside the candidate's points: their questions, voices of opinion, a gap of
career or of fit named, another place than this one, what the company said of itself, what was
asked, the writer's own skills and interest. Pure."""

from __future__ import annotations

from typing import Any

from furikaeri.mail.reply.boundary import boundary_rules
from furikaeri.mail.reply.masks import _blank, _names
from furikaeri.mail.reply.rules import _ReplyRules
from furikaeri.mail.reply.topics import _questioned
from furikaeri.mail.reply.words import _morphs, _pos, _view, asking


def _their_questions(rules: _ReplyRules, clause: str) -> list[tuple[int, int]]:
    """The spans of the words of the candidate's own questions quoted in ``clause`` (「『この
    お店の強みってなんですか』って聞かれた」「『御社の強みは何ですか』『…』とご質問いただき」,
    [quotes] theirs after the quote or after the quotes listed with it) that ask
    (reply.words.asking): what was asked (強み there is the company's) names no topic of its
    own, as a question's subject does ([question_about]); the asking after them is the reverse
    question's."""
    theirs = rules.question_theirs
    if theirs is None:
        return []
    quotes = list(rules.quote.finditer(clause))
    spans: list[tuple[int, int]] = []
    for n, m in enumerate(quotes):
        last = n
        while last + 1 < len(quotes) and quotes[last + 1].start() == quotes[last].end():
            last += 1  # 「…」「…」とご質問: listed, the asking after the last
        if theirs.match(clause, quotes[last].end()) and asking(m.group(1)):
            spans.append((m.start(1), m.end(1)))
    return spans


def _opinion_voices(rules: _ReplyRules, clause: str) -> list[tuple[int, int]]:
    """The character spans of the voices in ``clause`` that are opinions voiced by others
    ([voiced] `nouns`: 声), not the candidate's voice: after の and a noun of feeling or judgement
    of either polarity (「心配の声」「驚きの声」: the polarity lexicon), or with a source told
    before it (a noun and [voiced] `sources`: 「スタッフからも」) and, after が・も, a verb of
    emerging (`emerging`: 「…声が出ました」「声が上がっていました」)."""
    from furikaeri.mail.observation import is_positive
    from furikaeri.mail.reply.lack import negative_word

    nouns, emerging, sources = rules.voiced
    ms = list(_morphs(clause))
    n = len(ms)
    spans: list[tuple[int, int]] = []
    for i, m in enumerate(ms):
        if m.normalized_form() not in nouns or _pos(m) != "名詞":
            continue
        if i >= 2 and str(ms[i - 1].surface()) == "の" and _pos(ms[i - 2]) == "名詞":
            felt = ms[i - 2].normalized_form()
            if negative_word(felt) or is_positive(felt, True):
                spans.append((m.begin(), m.end()))
                continue
        sourced = any(
            ms[k].normalized_form() in sources
            and ms[k].part_of_speech()[1] == "格助詞"
            and _pos(ms[k - 1]) in ("名詞", "接尾辞")
            for k in range(1, i)
        )
        if (
            sourced
            and i + 2 < n
            and str(ms[i + 1].surface()) in ("が", "も")
            and ms[i + 2].normalized_form() in emerging
        ):
            spans.append((m.begin(), m.end()))
    return spans


def _career_gap(rules: _ReplyRules, masked: str) -> int | None:
    """Where a word of gap ([wish] `gap`, not denied) follows both the career the candidate
    wants ([wish] `careers`, or a wish: [observation] `wish`) and the role the company expects
    ([wish] `roles`) in the clause, with no level named (skills' hints: 水準, レベル): its
    offset, the two sides before it; else None."""
    if rules.wish_gap.search(masked) is None:  # no word of gap: nothing to tokenize
        return None
    ms = list(_morphs(masked))
    wants = rules.wish_careers | rules.observation.wish
    career = next(
        (
            m.begin()
            for i, m in enumerate(ms)
            if m.normalized_form() in wants
            # 「ご活躍いただきたい」: the company's wish of the reader, no career of theirs
            and not (i and ms[i - 1].normalized_form() in rules.observation.prospect)
        ),
        None,
    )
    role = next((m.begin() for m in ms if m.normalized_form() in rules.wish_roles), None)
    if career is None or role is None:
        return None
    gap = rules.wish_gap.search(masked, max(career, role))
    if gap is None or rules.negated.match(masked[gap.end() :]):
        return None
    levels = rules.causes["skills"].hints
    if levels is not None and levels.search(masked):
        return None
    return gap.start()


def _elsewhere(rules: _ReplyRules, clause: str) -> str | None:
    """The cause of [elsewhere] where the clause names its topic and tells the candidate's
    reason as holding at any other company: a place other than this company (`places`; 他 の
    and a noun that is no person, [standing] `people`), its particles and も, then within a few
    words a verb of holding (`holds`) not denied after it ([phrase_denied]); else None."""
    if rules.elsewhere is None:
        return None
    cause, places, holds = rules.elsewhere
    ms = list(_morphs(clause))
    n = len(ms)
    for i, m in enumerate(ms):
        if m.normalized_form() not in places or _pos(m) not in ("名詞", "代名詞"):
            continue
        k = i + 1
        if k + 1 < n and ms[k].normalized_form() == "の" and _pos(ms[k + 1]) == "名詞":
            if ms[k + 1].normalized_form() in rules.standing.people:
                continue  # 「他の方にも」: other people, no other company
            k += 2
            while k < n and _pos(ms[k]) in ("名詞", "接尾辞"):
                k += 1
        while k < n and _pos(ms[k]) in ("助詞", "助動詞") and ms[k].normalized_form() != "も":
            k += 1
        if k >= n or ms[k].normalized_form() != "も":
            continue
        for j in range(k + 1, min(n, k + 7)):
            if _pos(ms[j]) == "補助記号":
                break
            if ms[j].normalized_form() in holds and not rules.phrase_denied.match(
                clause, ms[j].end()
            ):  # the topic looked up last: reading the clause's words is the costly test
                return cause if _names(rules.causes[cause], clause) else None
    return None


def _company_said(rules: _ReplyRules, clause: str, morphs: Any) -> bool:
    """The clause's topic is the company ([contrast] `company` at its start: 「当事務所では」)
    or the job (the noun before its first は・では is one of [contrast] `role`: 「今回募集した職
    は」): it describes the work, not the candidate."""
    if rules.contrast_company.match(clause.lstrip("□、, ")):
        return True
    for i, m in enumerate(morphs):
        if m.part_of_speech()[1] == "括弧開":  # 「『一番苦労した仕事は』という質問」: quoted
            return False
        if m.part_of_speech()[1] == "係助詞" and m.normalized_form() == "は":
            k = i - 1
            if k >= 0 and morphs[k].part_of_speech()[0] == "助詞":
                k -= 1  # では
            return k >= 0 and morphs[k].normalized_form() in rules.contrast_role
    return False


def _asks_other(rules: _ReplyRules, masked: str) -> bool:
    """``masked`` holds a question of a cause other than the episode's ([causes] `questions`:
    「弊社のサービスのどこに魅力を感じたのか」「うちで何をしたいのか」, why this company):
    what happened there is that answer's matter, no missing episode."""
    return any(cid != rules.asked[3] for cid in _questioned(rules, masked))


def _asked(rules: _ReplyRules, masked: str) -> list[tuple[int, int]]:
    """The spans of ``masked`` that are embedded questions of what happened ([asked]: an
    interrogative, then the past た and か, no comma between); not a question of how much (the
    interrogative before one of [asked] `degrees`: 「どれくらい当社のことを見てくださったのか」
    asks a degree, no episode), nor an indefinite (the interrogative with か right after it:
    「何か」「どこか」)."""
    interrogatives, past, _, _ = rules.asked
    ms = _morphs(masked)
    forms = [m.normalized_form() for m in ms]
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for i, m in enumerate(ms):
        pos = m.part_of_speech()
        if pos[1] == "読点":
            opened = None
        elif forms[i] in interrogatives and opened is None:
            degree = i + 1 < len(forms) and forms[i + 1] in rules.asked_degrees
            # 「何か」「どこか」「誰か」: with か right after it the word is indefinite, no question
            # (「何か聞いてくれてもよかったかな」)
            some = i + 1 < len(forms) and forms[i + 1] == "か"
            opened = None if degree or some else m.begin()
        elif opened is not None and forms[i] in past and pos[0] == "助動詞":
            tail = forms[i + 1 : i + 3]
            if tail[:1] == ["か"] or tail == ["の", "か"]:
                spans.append((opened, m.begin()))
                opened = None
    return spans


def _gap_named(rules: _ReplyRules, clause: str) -> tuple[int, int] | None:
    """Where a word of gap ([wish] `gap`: 違い, 異なる, ずれ) stands, after a word of fit (the
    cause's `words`, `forms` or `topics`: 方向性, 価値観) and denied by nothing after it (a
    negator of [negation]: 「方向性の違いはない」); else None. The difference named is the
    ground (「方向性の違いだと思っています」「方向性の違いかなと」): fit is relational, no frame of
    its own is needed."""
    from furikaeri.mail.reply.lack import negator_forms

    rule = rules.causes[rules.contrast_cause]
    ends = [b for _, b in rule.words.spans(_view(_morphs(clause)))]
    ends += [m.end() for m in rule.topics.finditer(clause)] if rule.topics else []
    if not ends:
        return None
    gap = rules.wish_gap.search(clause, min(ends))
    if gap is None:
        return None
    negators = negator_forms()
    if any(m.normalized_form() in negators for m in _morphs(clause[gap.end() :])):
        return None
    return gap.start(), gap.end()


def _writers_skills(rules: _ReplyRules, clause: str) -> list[tuple[int, int]]:
    """The skills words of ``clause`` that name the writer's own things (reply.boundary.
    writers_own_noun: 「当社の製品や技術」): what the company makes or holds, no skill of the
    reader's; as character spans of the words."""
    from furikaeri.mail.reply.writer import writers_own_noun

    ms = _morphs(clause)
    spans = rules.causes[rules.shortfall[0]].words.spans(_view(ms))
    if not spans:
        return []
    starts = {m.begin(): k for k, m in enumerate(ms)}
    return [(a, b) for a, b in spans if a in starts and writers_own_noun(ms, starts[a]) is not None]


def _writers_interest(rules: _ReplyRules, clause: str) -> list[tuple[int, int]]:
    """Where the clause tells the writer's own interest ([question_about] `interest` with no
    honorific prefix of its own: 「ご経験の内容自体には関心を持っておりました」): held in
    something of the reader's (:func:`_readers_object`) or held humbly (`holding`, て, then
    [boundary] humble: 「関心を持っておりました」); as character spans of the noun. Praise, no
    motivation of the reader's (「当社へのご関心」「弊社への関心が薄い」 stay theirs)."""
    b = boundary_rules()
    ms = _morphs(clause)
    n = len(ms)
    out: list[tuple[int, int]] = []
    for i, m in enumerate(ms):
        if m.normalized_form() not in rules.interest or m.part_of_speech()[0] != "名詞":
            continue
        if i > 0 and ms[i - 1].part_of_speech()[0] == "接頭辞":
            continue  # ご関心: the reader's
        k = i + 1
        if k < n and ms[k].part_of_speech()[0] == "助詞":
            k += 1  # を, が
        humbly = (
            k + 2 < n
            and ms[k].normalized_form() in rules.holding
            and str(ms[k + 1].surface()) == "て"
            and ms[k + 2].normalized_form() in b.humble
        )
        if humbly or _readers_object(ms, i, b):
            out.append((m.begin(), m.end()))
    return out


def _readers_object(ms: Any, i: int, b: Any) -> bool:
    """The object of the interest noun ``ms[i]`` (the nouns before に・へ right before it, over は・
    も) is the reader's: marked by an honorific prefix (ご経験) or a name ([boundary]
    reader_suffix: 様, さん), and not the writer's side ([boundary] writer: 弊社への)."""
    j = i - 1
    while j >= 0 and ms[j].part_of_speech()[1] == "係助詞":
        j -= 1
    if j >= 0 and str(ms[j].surface()) == "の":
        j -= 1  # への
    if j < 0 or str(ms[j].surface()) not in ("に", "へ"):
        return False
    held = False
    for k in range(j - 1, -1, -1):
        pos = ms[k].part_of_speech()[0]
        form = ms[k].normalized_form()
        named = form in b.reader_suffix  # 〇〇様 (様 after a placeholder is read as 形状詞)
        if not (named or pos in ("名詞", "接頭辞", "接尾辞") or str(ms[k].surface()) == "の"):
            break
        if form in b.writer:
            return False
        held = held or (pos == "接頭辞" and form == "御") or form in b.reader_suffix
    return held


def _mask_asked(rules: _ReplyRules, masked: str, spans: list[tuple[int, int]]) -> str:
    """``masked`` with the words of [asked] `drops` causes blanked inside each of ``spans``, the
    embedded questions of what happened (「どんなお客様にどう接してどういう反応があったのか」:
    the customers' reaction is the episode's, no reaction of the candidate's in the talk)."""
    drops = rules.asked[2]
    if not spans or not drops:
        return masked
    view = _view(_morphs(masked))
    for cid in drops:
        for start, end in rules.causes[cid].words.spans(view):
            if any(s <= start and end <= e for s, e in spans):
                masked = _blank(masked, start, end)
    return masked
