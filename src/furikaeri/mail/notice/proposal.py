"""A meeting or a time proposed in plain words, and the times a mail asks about."""

from __future__ import annotations

from typing import Any

from furikaeri.mail.notice.clauses import _analysed
from furikaeri.mail.notice.invitation import _names_interview
from furikaeri.mail.notice.rules import _NoticeRules, _Outcome


def _slots_asked(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """In a mail naming the reader's interview ([interview_invite] `context`), a time proposed and
    asked about ([outcome] `asking`, Sudachi normalized forms or surfaces, in its sentence or the
    next: 「水曜日の14時か金曜日の11時…どちらがよろしいでしょうか」): the time's words, or
    nothing."""
    if not _names_interview(rules, sents):
        return []
    return _asked_times(rules, sents, reach=2, surfaces=True)[:1]


def _asked_times(
    rules: _NoticeRules,
    sents: list[str],
    *,
    reach: int = 1,
    surfaces: bool = False,
    loose: bool = False,
) -> list[str]:
    """The time words (「15時頃」) of each sentence that it, or one of the ``reach`` - 1 after it,
    asks about ([outcome] `asking`, by Sudachi normalized forms; by surfaces too when
    ``surfaces``: 「どちら」). With ``loose``, a day's part of the day is a time too ([outcome]
    `day_parts`: 「土日どちらか、お昼過ぎ」), and the next sentence may ask by a request to tell or
    choose (`choosing`: 「都合のいい方教えてください」)."""
    oc = rules.outcome
    asking = oc.asking | oc.choosing if loose else oc.asking
    reach = max(reach, 2) if loose else reach
    out = []
    for k, sent in enumerate(sents):
        time = rules.time.search(sent) or (oc.day_parts.search(sent) if loose else None)
        # (Loosely, the question may come right before the time: 「お会いできますか？ 木曜の夕方
        # なら空いてます」.)
        first = max(k - 1, 0) if loose else k
        if time and any(
            m.normalized_form() in asking
            or (surfaces and m.surface() in asking)
            or (loose and m.surface() in oc.questions and m.part_of_speech()[1] == "終助詞")
            for s in sents[first : k + reach]
            for m in _analysed(s)
        ):
            out.append(time.group(0))
    return out


def _meeting_proposed(rules: _NoticeRules, sents: list[str]) -> list[str]:
    """A meeting proposed in plain words to an applicant ([outcome] `meet_verbs`, `proposing`,
    `wishing`, `asking`): a verb of meeting in a volitional or conditional form or with a wish
    (「話しましょう」「来て話せたら」), or asked of the reader as a question (its chain of
    auxiliaries, て and a benefactive or potential, then a question's end, `questions`:
    「店まで来れるかな？」「来てもらえる？」), a sentence asking about a time of day (「水曜の15時頃
    はどうかな？」), and the reader's application (`applied`) or interview named
    (:func:`_names_interview`: 「面接なんだけど、」; the caller reads no event mail); a shift asked
    of staff names neither. The humble お・ご + verb + する・いたす is read at its する
    (「お話ししましょう」「お会いしたい」「お話しできますか」). The words of the verb and of the
    asked time, or nothing."""
    oc = rules.outcome
    if not any(oc.applied.search(s) for s in sents) and not _names_interview(rules, sents):
        return []
    proposed: list[str] = []
    for sent in sents:
        ms = _analysed(sent)
        for k, m in enumerate(ms):
            if m.normalized_form() not in oc.meet_verbs:
                continue
            j = _humble_support(rules, ms, k)
            if j + 1 >= len(ms):
                continue
            nxt = ms[j + 1]
            forms = (ms[j].part_of_speech()[5], nxt.part_of_speech()[5])
            if (
                any(f.startswith(p) for f in forms for p in oc.proposing)
                or nxt.normalized_form() in oc.wishing
                or _asked_of_reader(oc, ms, j)
            ):
                proposed.append(m.surface())
    asked = _asked_times(rules, sents, loose=True) if proposed else []
    return proposed[:1] + asked[:1] if asked else []


def _humble_support(rules: _NoticeRules, ms: tuple[Any, ...], k: int) -> int:
    """The index of the verb that carries the verb ``ms[k]``'s conjugation: its humble or light
    support verb ([guards] `saying_supports`: する, いたす) after an honorific prefix
    (「お話しし|ましょう」), else ``k``."""
    humble = (
        k > 0
        and ms[k - 1].part_of_speech()[0] == "接頭辞"
        and k + 1 < len(ms)
        and ms[k + 1].normalized_form() in rules.saying_supports
    )
    return k + 1 if humble else k


def _asked_of_reader(oc: _Outcome, ms: tuple[Any, ...], k: int) -> bool:
    """The verb ``ms[k]`` is asked of the reader: after it only auxiliaries (not the past), て and
    verbs that do not stand alone (もらえる, くれる: Sudachi's 非自立可能), then a question's end
    ([outcome] `questions`: 「来れるかな？」「来てもらえる？」)."""
    for m in ms[k + 1 :]:
        pos = m.part_of_speech()
        if m.surface() in oc.questions:
            return True
        if pos[0] == "助動詞" and m.normalized_form() != "た":
            continue
        if (pos[1] == "接続助詞" and m.surface() in ("て", "で")) or pos[1] == "非自立可能":
            continue
        return False
    return False
