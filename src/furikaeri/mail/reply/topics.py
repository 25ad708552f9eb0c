"""The topics a clause speaks of (the causes' topic words and hints, data/mail_replies.toml
[causes]): a topic only of the place, one related to another, one questioned, and a medium told of
another topic. Pure."""

from __future__ import annotations

import re
from typing import Any

from furikaeri.mail.reply.masks import _blank
from furikaeri.mail.reply.rules import _CauseRule, _ReplyRules
from furikaeri.mail.reply.words import _morphs, _pos, _view


def _questioned(rules: _ReplyRules, text: str) -> list[str]:
    """Causes whose embedded question ``text`` asks ([causes] `questions`: 「弊社で何をしたいの
    か」 for motivation)."""
    return [c for c, r in rules.causes.items() if r.questions and r.questions.search(text)]


def _topical(rules: _ReplyRules, text: str, *, hints: bool = True, morphs: Any = None) -> list[str]:
    """Causes whose topic ``text`` speaks of: a topic or a word of the cause; failing those, an
    embedded question (「弊社で何をしたいのか」); failing those too (and with ``hints``), a
    hint. Says nothing of whether the text finds fault."""
    view = _view(morphs if morphs is not None else _morphs(text))
    found = [
        cid
        for cid, r in rules.causes.items()
        if (r.topics and r.topics.search(text)) or r.words.find(view) or _related(r, text)
    ]
    if not found:
        found = _questioned(rules, text)
    if not found and hints:
        found = [cid for cid, r in rules.causes.items() if r.hints and r.hints.search(text)]
        ms = morphs if morphs is not None else _morphs(text)
        if _LEFT in found and _place_only(rules, ms):
            # the former workplace only where what was talked of happened (「前職のプロジェクト
            # についてのご説明が専門用語中心で、伝わりにくかった」): the talk judged as talk is
            # the medium's own point, no complaint about the workplace
            found = [c for c in found if c != _LEFT]
        if len(found) > 1:  # 「数字を交えたご説明がなく」: the answer is the medium of the other
            found = [c for c in found if c != _MEDIUM]
        if len(found) > 1:  # 「前職のプロジェクトで…どのような成果に」: where the episode was
            found = [c for c in found if c != _LEFT]
    return found


def _related(rule: _CauseRule, text: str) -> bool:
    """``text`` names the cause's topic told only beside a word relating the candidate to it
    (`related`: the fit cause's, [contrast] `ways`: 当社の方針, 弊社の理念, beside `relation`:
    合わない, そぐわない, 異なる); the way named alone (researched, praised, the ground of a
    requirement) is none."""
    if rule.related is None:
        return False
    ways, relation = rule.related
    return bool(ways.search(text)) and bool(relation.search(text))


def _place_only(rules: _ReplyRules, ms: Any) -> bool:
    """A hint of the former workplace (前職) told only as the place of another noun: の or で and
    then a noun that is no talk and none of the workplace's people or ways ([leaving] talk,
    people, things): 「前職のプロジェクト」「前職での業務」, not 「前職のお話」「前職について」
    「前職の上司」「前職の体制」."""
    hints = rules.causes[_LEFT].hints
    if hints is None:
        return False
    ms = list(ms)
    own = rules.leaving.talk | rules.leaving.people | rules.leaving.things
    for i, m in enumerate(ms[:-2]):
        if not hints.fullmatch(str(m.surface())) or str(ms[i + 1].normalized_form()) not in (
            "の",
            "で",
        ):
            continue
        k = i + 2
        if k < len(ms) and str(ms[k].normalized_form()) == "の":  # 「前職での業務」
            k += 1
        if k < len(ms) and ms[k].part_of_speech()[0] == "接頭辞":
            k += 1
        if (
            k < len(ms)
            and ms[k].part_of_speech()[0] == "名詞"
            and str(ms[k].normalized_form()) not in own
        ):
            return True
    return False


_LEFT = "negative_reason"  # the reason for leaving told as talk of the former workplace


_STAY = "short_tenure"  # a short stay in any words


_MEDIUM = "communication"  # its hints (説明, ご回答, 受け答え) name the medium of another cause


_NOT_TOLD = frozenset({_MEDIUM, "relative", "reverse_question"})  # no content a telling is of


def _told_of_other(rules: _ReplyRules, masked: str, morphs: Any) -> bool:
    """The clause's communication topic is only the manner of a telling ([tellings]: 説明, 話,
    伝え方) whose object is another cause's topic ([told_of]: 「志望理由についてのご説明が
    まとまっておらず」「退職理由の伝え方が」): with those tellings blanked, no communication topic
    is left (a delivery word of its own, 結論, 要点, 声, still names it)."""
    blanked = masked
    told = False
    for m in morphs:
        if _pos(m) != "名詞" or str(m.normalized_form()) not in rules.tellings:
            continue
        start, end = m.begin(), m.end()
        link = rules.told_of.search(masked, 0, start)
        if link is None:
            continue
        head = re.split(r"[、,。]", masked[: link.start()])[-1]
        # (a question put to the reader, 「最後にお尋ねした質問へのお答え」, is what an answer
        # answers, no content of theirs: reverse_question is the reader's own questions)
        if any(c not in _NOT_TOLD for c in _topical(rules, head, hints=False)):
            told = True
            blanked = _blank(blanked, link.start(), end)
    return told and _MEDIUM not in _topical(rules, blanked, hints=False)
