"""What a reply advises or wishes had been: an episode told, a remedy and what it gains, a wish told
as what would have been better, counterfactual. Pure."""

from __future__ import annotations

from typing import Any

from furikaeri.mail.reply.boundary import boundary_rules
from furikaeri.mail.reply.frames import _phrase_causes
from furikaeri.mail.reply.lack import is_negator
from furikaeri.mail.reply.masks import _blank
from furikaeri.mail.reply.rules import _ReplyRules
from furikaeri.mail.reply.stance import conditional, wished_otherwise
from furikaeri.mail.reply.topics import _topical
from furikaeri.mail.reply.words import _morphs


def episode_told(rules: _ReplyRules, clause: str) -> bool:
    """The clause names the shortfall cause (skills) only by experience of no kind ([shortfall]
    `experience` with no noun of a field before it, over an honorific prefix or の: 「ご経験」
    「具体的な経験」, not 「法人営業の経験」「マネジメント経験」) told as what the talk did not
    carry (a verb of [shortfall] `heard` after it: 「伺うことができず」「お話がなく」) or borne
    out (a verb of `supports` before it: 「それを裏付けるご経験」), with no word of what the role
    requires ([standing] requires): after a claim, that claim's episode."""
    nouns, heard = rules.shortfall_heard
    ms = _morphs(clause)
    if any(m.normalized_form() in rules.standing.requires for m in ms):
        return False
    had = [i for i, m in enumerate(ms) if m.normalized_form() in nouns]
    reader = boundary_rules().reader
    if not had or any(_of_a_field(ms, i, reader) for i in had):
        return False
    rest = clause
    for i in had:
        rest = _blank(rest, ms[i].begin(), ms[i].end())
    gap = rules.shortfall[0]
    if gap in _topical(rules, rest, hints=False) or gap in _phrase_causes(rules, rest, equal=rest):
        return False
    first, last = had[0], had[-1]
    backed = any(
        ms[k].normalized_form() in rules.shortfall_supports for k in range(max(0, first - 4), first)
    )
    return backed or any(ms[k].normalized_form() in heard for k in range(last + 1, len(ms)))


def _of_a_field(ms: Any, i: int, reader: frozenset[str]) -> bool:
    """The experience ``ms[i]`` is of a field: a noun right before it (「営業経験」「マネジメント
    経験」) or before の (「法人営業の経験」), over an honorific prefix; not a noun of time
    (「これまでの」「今回の」: Sudachi 副詞可能), a na-adjective stem (「具体的な」) or the
    reader (「ご自身の経験」)."""
    k = i - 1
    while k >= 0 and ms[k].part_of_speech()[0] == "接頭辞":
        k -= 1
    if k >= 1 and ms[k].normalized_form() == "の" and ms[k].part_of_speech()[1] == "格助詞":
        k -= 1
    if k < 0:
        return False
    pos = ms[k].part_of_speech()
    if pos[0] not in ("名詞", "接尾辞") or pos[2] in ("副詞可能", "形状詞可能", "助数詞可能"):
        return False
    return ms[k].normalized_form() not in reader


def remedy_gains(rules: _ReplyRules, clause: str) -> str | None:
    """``clause`` with the remedy's gains blanked, where it wishes otherwise (reply.stance
    .wished_otherwise, a wish in the past: 「…示してほしかった」, or a past conjectured: 「…伝わった
    のではないか」) or advises (「…作成されると、強みがより伝わると思います」) and tells an act
    besides what it would have shown: each noun phrase right
    before a verb of showing ([effect] `shown`: 示す, 伝える) or of taking in (`perceive`: 伝わる)
    not negated after it, or before a noun of the occasion it would have served (`occasions`:
    場, 機会), back to the comma or the link before it, is blanked (「主体性を」「前向きな姿勢が」
    「ご自身の強みを」「自己アピールの」); None where the clause is no such remedy."""
    ms = _morphs(clause)
    if not (_counterfactual(rules, ms) or _advised_gain(rules, ms)):
        return None
    perceive = rules.effect[0]
    gains = rules.shown | perceive
    spans: list[tuple[int, int]] = []
    acts = 0
    for i, m in enumerate(ms):
        form, pos = m.normalized_form(), m.part_of_speech()
        occasion = form in rules.occasions and pos[0] == "名詞"
        if form not in gains and not occasion:
            if _act(rules, ms, i):
                acts += 1  # 聞く, 伺う, 質問する: the act wished for
            continue
        if not occasion and any(is_negator(ms[x]) for x in range(i + 1, min(len(ms), i + 4))):
            continue
        k = i
        while k > 0 and not _bounds(ms[k - 1]):
            k -= 1
        spans.append((ms[k].begin(), m.end()))  # the gain's own word too (アピール)
    if not spans or not acts:
        return None
    for start, end in spans:
        clause = _blank(clause, start, end)
    return clause


def wish_told(rules: _ReplyRules, clause: str) -> str | None:
    """``clause`` with the candidate's wish blanked, where it wishes otherwise
    (:func:`_counterfactual`): the auxiliary たい of the candidate's verb before か, の, こと or a
    noun (「何に挑戦したいのか」「目指したい姿」; not the writer's 「伺いたかった」), back to the
    comma before it, and the という-phrase naming it after (「…のか、という方向で」); None where
    the clause is no such wish or tells none."""
    ms = _morphs(clause)
    if not _counterfactual(rules, ms):
        return None
    n = len(ms)
    spans: list[tuple[int, int]] = []
    for i, m in enumerate(ms):
        if m.part_of_speech()[0] != "助動詞" or m.normalized_form() != "たい" or i + 1 >= n:
            continue
        after = ms[i + 1]
        if not (after.normalized_form() in _WISH_HEADS or after.part_of_speech()[0] == "名詞"):
            continue
        k = i
        while k > 0 and ms[k - 1].part_of_speech()[1] != "読点":
            k -= 1
        end = i + 1
        while end < n and ms[end].normalized_form() in _WISH_HEADS:
            end += 1
        j = end + 1 if end < n and ms[end].part_of_speech()[1] == "読点" else end
        if j < n and ms[j].normalized_form() == "と":  # 「…のか、という方向で」「…との視点」
            x = j + 1
            while x < n and ms[x].normalized_form() in _NAMING:
                x += 1
            if x > j + 1 and x < n and ms[x].part_of_speech()[0] == "名詞":
                end = x
                while end < n and ms[end].part_of_speech()[0] in ("名詞", "接尾辞"):
                    end += 1
        spans.append((ms[k].begin(), ms[end - 1].end()))
    if not spans:
        return None
    for start, end in spans:
        clause = _blank(clause, start, end)
    return clause


_WISH_HEADS = ("か", "の", "こと", "事")  # 「…したいのか」「…したいこと」


_NAMING = ("言う", "た", "の")  # after と: 「という」「といった」「との」


def _counterfactual(rules: _ReplyRules, ms: Any) -> bool:
    """The clause tells what would have been: a wish otherwise (「…いただければよかった」), a wish
    in the past ([stance] `wants` then た: 「…ほしかった」「…いただきたかった」), a past
    conjectured (た, then のではないか: 「…伝わったのではないかと思います」), or a condition and
    after it a past the writer conjectures (「…お話しいただけると、より前向きな印象になったかと
    思います」)."""
    if wished_otherwise(rules.stance, ms):
        return True
    forms = [m.normalized_form() for m in ms]
    conditioned = False
    for i, form in enumerate(forms[:-1]):
        if conditional(rules.stance, ms[i]):
            conditioned = True
        if form in rules.stance.wants and forms[i + 1] == "た":
            return True
        if form == "た" and forms[i + 1 : i + 6] == _CONJECTURED:
            return True
        if conditioned and form == "た" and forms[i + 1] == "か":  # 「…なったかと思います」
            return True
    return False


_CONJECTURED = ["の", "だ", "は", "無い", "か"]  # 「…たのではないか」


def _advised_gain(rules: _ReplyRules, ms: Any) -> bool:
    """The clause advises: a condition, and after it a verb of taking in or showing ([effect]
    perceive, shown) in the present, not negated (「…ポートフォリオを作成されると、強みがより
    伝わると思います」): what the advice would gain."""
    conditioned = False
    gains = rules.effect[0] | rules.shown
    for i, m in enumerate(ms):
        pos, form = m.part_of_speech(), m.normalized_form()
        if conditional(rules.stance, m):
            conditioned = True
        elif conditioned and pos[0] == "動詞" and form in gains:
            after = [ms[x] for x in range(i + 1, min(len(ms), i + 4))]
            if not any(is_negator(x) or x.normalized_form() == "た" for x in after):
                return True
    return False


def _bounds(m: Any) -> bool:
    """``m`` ends what comes before a gain: a comma or a conjunctive particle (て, ば, ので:
    「ひとつでも聞いて主体性を」, the gain begins after て)."""
    return bool(m.part_of_speech()[1] in ("読点", "接続助詞"))


def _act(rules: _ReplyRules, ms: Any, i: int) -> bool:
    """``ms[i]`` tells an act: a verb of its own (聞く, 伺う; not a light or supporting verb, nor
    one of the company's judging: 思う, 判断) or a verbal noun before a verb (質問して)."""
    m = ms[i]
    pos = m.part_of_speech()
    if pos[0] == "動詞":
        return pos[1] == "一般" and m.normalized_form() not in rules.observation.judging
    return (
        pos[0] == "名詞"
        and pos[2] == "サ変可能"
        and i + 1 < len(ms)
        and ms[i + 1].part_of_speech()[0] == "動詞"
    )
