"""Pull the company, the selection stage, a date and agent relaying out of a recruiting mail."""

from __future__ import annotations

import re
from datetime import date

from furikaeri.mail.text import nfkc
from furikaeri.vocabulary import legal_form_pattern, vocabulary

_FORMS = f"(?:{legal_form_pattern()})"  # data/vocabulary.toml
_NAME = r"[^\s、。,「」【】\[\]()（）:：/／・様宛]{1,24}?"
# A name before its legal form (「ミナト株式会社」): word characters and the few marks names use;
# not a greeting's 「！」 (「こんにちは！株式会社Nexloopの…」 names 株式会社Nexloop) nor an emoji.
_NAME_BEFORE = r"(?:(?![のはがを様宛_])[\w&.'’\-])"
_FORM_FIRST = rf"(?:{_FORMS}\s?(?P<a>{_NAME}))(?=様|御中|\s|$|[、。】\]の」)）(（/|:・])"
_CORP = re.compile(rf"{_FORM_FIRST}|(?P<b>{_NAME_BEFORE}{{1,24}}?){_FORMS}")
_CORP_FORM_FIRST = re.compile(_FORM_FIRST)
_FORM_AT = re.compile(_FORMS)
_KANA_END = re.compile(r"[ぁ-ゖ]$")
_ROLES = (
    r"(?:人事部|人事課|人事グループ|人事総務部|総務人事部|人事室|人事|"
    r"採用担当|採用チーム|採用係|採用事務局|採用グループ|新卒採用|中途採用)"
)  # fmt: skip
_SIGNATURE = re.compile(r"^\s*(?P<name>[^\s、。]{2,24}?)\s*" + _ROLES)
_ROLE_ONLY = re.compile(_ROLES + r"+")
_ROLE_END = re.compile(_ROLES + r"+$")
_AGENT = re.compile(
    r"エージェント|キャリアアドバイザー|キャリアアドバイザ|コンサルタント|"
    r"企業様(?:より|から)|先方(?:企業)?(?:より|から|の)|(?:ご|お)?紹介(?:先|いただいた企業)"
)
_STAGES: tuple[tuple[str, str], ...] = tuple(
    (s.mail, s.name) for s in vocabulary().stages if s.mail
)  # data/vocabulary.toml
_STAGE_ANY = re.compile("|".join(f"(?P<s{i}>{p})" for i, (p, _) in enumerate(_STAGES)), re.I)
_RESULT_OF = re.compile(
    r"^(?:選考)?(?:の)?(?:結果|を通過|に合格|にお越しいただ|にご参加いただ|を受検いただ|を受験いただ)"
)
_DATES = (
    re.compile(r"(?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日"),
    re.compile(r"(?P<y>\d{4})[/.-](?P<m>\d{1,2})[/.-](?P<d>\d{1,2})"),
    re.compile(r"(?<![\d/])(?P<m>\d{1,2})月(?P<d>\d{1,2})日"),
    re.compile(r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})(?=\s*[(（])"),
)


def company(*, subject: str | None, body: str) -> str | None:
    """The company the mail is about: an agent's client first, then subject, then signature."""
    text = nfkc(body)
    in_subject = _corporate_names(nfkc(subject or ""))
    if in_subject:
        return in_subject[0]
    names = _corporate_names(text)
    if via_agent(text):  # the agent signs; the client is named in the body, often with 様
        client = [n for n in names if re.search(re.escape(n) + r"\s?(?:様|御中|社様)", text)]
        found = client or names
        return found[0] if found else None
    lines = [line for line in text.splitlines() if line.strip()][-6:]
    for line in reversed(lines):  # the signature: the last company named wins
        signed = _corporate_names(line) or _signature_name([line])
        if signed:
            return signed[0]
    return names[0] if names else None


def _signature_name(lines: list[str]) -> list[str]:
    for line in reversed(lines):
        m = _SIGNATURE.match(line)
        if (
            m
            and not _ROLE_ONLY.fullmatch(m.group("name"))  # 「人事部 採用担当」: no name
            and not _clause(m.group("name"))
        ):
            return [m.group("name")]
    return []


def _clause(name: str) -> bool:
    """``name`` reads as words of a sentence, not a signature's name (Sudachi): it holds a topic
    particle (係助詞: 「先週は製造二課の」「お見送りの方には」)."""
    from furikaeri.nlp import morphemes

    return any(m.part_of_speech()[1] == "係助詞" for m in morphemes(name))


def corporate_names(text: str) -> list[str]:
    """The company names (with their legal form) written in ``text``, in order, once each."""
    return _corporate_names(nfkc(text))


def _corporate_names(text: str) -> list[str]:
    out: list[str] = []
    for m in _CORP.finditer(text):
        name = m.group(0).strip()
        before = m.group("b")
        if before and _KANA_END.search(before) and _ends_clause(before):
            # 「先日ご応募いただいた株式会社アルファ商事」: a clause, then the form and the name
            first = _CORP_FORM_FIRST.match(text, m.start("b") + len(before))
            name = _form_first_name(text, first) if first else ""
        elif m.group("a"):
            name = _name_before_no(text, m) or _form_first_name(text, m)
        elif before:
            name = _after_clause(before) + name[len(before) :]
        if name and name not in out:
            out.append(name)
    return out


_NAME_CHAR = re.compile(r"[^\s、。,「」【】\[\]()（）:：/／・様宛!！?？]")


def _form_first_name(text: str, m: re.Match[str]) -> str:
    """The legal form and the name after it. The name stops at の only where Sudachi reads の
    as a particle: 「株式会社Nexloopの採用担当」 names 株式会社Nexloop, but 「株式会社あけぼの建設」
    keeps its の. A particle the name runs into (「株式会社ミナトとの面談」) is not the name."""
    end = m.end("a")
    while end < len(text) and text[end] == "の":
        tail = end + 1
        while tail < len(text) and tail - m.start("a") < 24 and _NAME_CHAR.match(text[tail]):
            tail += 1
        if tail == end + 1 or not _word_inside(text[m.start("a") : tail], end - m.start("a")):
            break
        end = text.find("の", end + 1, tail)
        end = tail if end < 0 else end
    # where the name ends its line (a signature: 「株式会社みどりや 人事部」), only a case
    # particle (「…株式会社ミナトより」) is not the name's own kana
    at_end = end >= len(text) or text[end].isspace()
    name = _without_particle(text[m.start() : end], case_only=at_end).strip()
    name = _before_particle(name, m.start("a") - m.start())
    # 「株式会社ミナト人事部です」: the name ran into the department that signs
    role = _ROLE_END.search(name, m.start("a") - m.start() + 1)
    return name[: role.start()] if role else name


def _before_particle(name: str, start: int) -> str:
    """``name`` up to the first particle or auxiliary (Sudachi) after ``start`` that follows a
    word ending in kanji or katakana: 「株式会社ヒダカ精機につきまして」 names
    株式会社ヒダカ精機, 「株式会社コトブキ物流から再打診」 株式会社コトブキ物流. A name in
    hiragana keeps its kana (「株式会社ことも」: こと + も is no word boundary one can trust), and
    so does one after Latin letters or marks (「株式会社[31mかぜ」: か is no particle there)."""
    from furikaeri.nlp import morphemes

    for ms in morphemes(name):
        at = ms.begin()
        if (
            at > start
            and ms.part_of_speech()[0] in ("助詞", "助動詞")  # (「精密に」: だ's に)
            and _HIRAGANA.fullmatch(ms.surface())
            and _KANJI_KATAKANA.search(name, 0, at)
        ):
            return name[:at]
    return name


def _after_clause(before: str) -> str:
    """The name written before a legal form, without the clause that runs into it (Sudachi: the
    words after the last verb, auxiliary or particle): 「受けていただいたミナト精工」 names
    ミナト精工. Kept whole when nothing but kana would be left or the clause has no such word."""
    from furikaeri.nlp import morphemes

    cut = 0
    for ms in morphemes(before):
        inflected = ms.part_of_speech()[0] in ("動詞", "助動詞", "助詞")
        if inflected and _HIRAGANA.fullmatch(ms.surface()):
            cut = ms.end()
    rest = before[cut:]
    return rest if rest and not _HIRAGANA.match(rest) else before


_HIRAGANA = re.compile(r"[ぁ-ゖー]+")
# a word's last character in kanji or katakana (ー only after katakana: 「ゆーてぃーえふ」 is kana)
_KANJI_KATAKANA = re.compile(r"(?:[\u4e00-\u9fff々ァ-ヺ]|(?<=[ァ-ヺ])ー)$")


def _name_before_no(text: str, m: re.Match[str]) -> str:
    """「あけぼの株式会社」: a name before the form whose の lies inside a Sudachi word (the
    pattern's name-before branch stops at の, which is mostly a particle there)."""
    if m.start() < 2 or text[m.start() - 1] != "の":
        return ""
    start = m.start() - 1
    while start > 0 and m.start() - start < 24 and _NAME_CHAR.match(text[start - 1]):
        start -= 1
    span = text[start : m.start()]
    if not _word_inside(span, len(span) - 1):
        return ""
    form = _FORM_AT.match(text, m.start())
    return span + form.group(0) if form else ""


def _word_inside(span: str, i: int) -> bool:
    """``span[i]`` lies inside one Sudachi word, not a word of its own."""
    from furikaeri.nlp import morphemes

    return any(
        ms.begin() < i < ms.end() or (ms.begin() == i and ms.end() > i + 1)
        for ms in morphemes(span)
    )


def _without_particle(name: str, *, case_only: bool = False) -> str:
    """``name`` without a particle it runs into. A sentence-final particle (か, ぜ, ね, よ) never
    follows a name inside a sentence: that kana is the name's own (「株式会社まるか」)."""
    from furikaeri.nlp import morphemes

    ms = list(morphemes(name))
    if len(ms) < 2:
        return name
    pos = ms[-1].part_of_speech()
    if pos[0] == "助詞" and (pos[1] == "格助詞" if case_only else pos[1] != "終助詞"):
        return name[: ms[-1].begin()]
    return name


def _ends_clause(text: str) -> bool:
    """``text`` ends in an inflection or a particle (Sudachi): a clause before a company name,
    not a name of its own."""
    from furikaeri.nlp import morphemes

    ms = list(morphemes(text))
    return bool(ms) and ms[-1].part_of_speech()[0] in ("助動詞", "助詞", "動詞")


def stage(*, subject: str | None, body: str) -> str | None:
    """The stage the mail reports on: one tied to a result, else the first in subject or body."""
    text = nfkc(body)
    for m in _STAGE_ANY.finditer(text):
        if _RESULT_OF.match(text[m.end() :].lstrip()):
            return _stage_name(m)
    for source in (nfkc(subject or ""), text):
        first = _STAGE_ANY.search(source)
        if first:
            return _stage_name(first)
    return None


def _stage_name(m: re.Match[str]) -> str:
    for key, value in m.groupdict().items():
        if value is not None:
            return _STAGES[int(key[1:])][1]
    raise AssertionError("a stage match always has one group")


def first_date(text: str, *, reference: date | None = None) -> date | None:
    """The first date written in the text; a missing year is the one nearest ``reference``."""
    ref = reference or date.today()
    text = nfkc(text)
    best: tuple[int, date] | None = None
    for pat in _DATES:
        for m in pat.finditer(text):
            found = _to_date(m, ref)
            if found and (best is None or m.start() < best[0]):
                best = (m.start(), found)
            break
    return best[1] if best else None


def _to_date(m: re.Match[str], ref: date) -> date | None:
    month, day = int(m.group("m")), int(m.group("d"))
    groups = m.groupdict()
    years = [int(groups["y"])] if groups.get("y") else [ref.year - 1, ref.year, ref.year + 1]
    candidates = []
    for y in years:
        try:
            candidates.append(date(y, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    return min(candidates, key=lambda d: abs((d - ref).days))


def via_agent(text: str) -> bool:
    """True when the mail is relayed by a recruiting agent (転職エージェント)."""
    return bool(_AGENT.search(nfkc(text)))
