"""Skills and experience: read a job posting's 必須 / 歓迎 requirements and compare them with
the profile (資格・スキル・語学), the career history and the candidate's own documents.

Each requirement is one of four kinds: ``years`` (「法人営業の経験3年以上」), ``licence``
(普通自動車免許, 日商簿記2級, any 〇〇検定 / 〇〇士), ``language`` (TOEIC 700点,
ビジネスレベルの英語) or ``skill`` (the content nouns of anything else, by SudachiPy).
Each gets a status: ``met``, ``missing`` or ``unclear``, with the posting's words and the
candidate's words it rests on.
Vocabularies are data (data/skills.toml). :func:`parse_posting` and :func:`compare` are pure;
:func:`compare_for_application` loads what they need from the store.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from furikaeri.catalogue import validated
from furikaeri.errors import FurikaeriError
from furikaeri.nlp import fold, tokenize

MAX_POSTING_CHARS = 15_000  # SudachiPy refuses input over 49,149 bytes (3 bytes a character)
_KANJI_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九", start=0)}
_BULLET = re.compile(r"^[\s・●○■□◆◇▼▽★☆\-\*※>＞]+|^[0-9]+[.)．]\s*|^[①-⑳]\s*")
STATUS_LABELS = {"met": "満たしている", "missing": "足りない", "unclear": "判断できない"}
KIND_LABELS = {"years": "経験年数", "licence": "資格・免許", "language": "語学", "skill": "スキル"}


class SkillsError(FurikaeriError):
    """A posting that cannot be read for requirements (the message says what to do)."""

    status = 422


def _pattern_with(group: str, what: str) -> AfterValidator:
    """A regular expression that compiles and names the group ``group``."""

    def check(value: str) -> str:
        try:
            compiled = re.compile(value)
        except re.error as exc:
            raise ValueError(f"not a valid regular expression: {exc}") from exc
        if group not in compiled.groupindex:
            raise ValueError(f"needs a group named {group} ({what})")
        return value

    return AfterValidator(check)


class _Licence(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    aliases: list[str]
    graded: bool = False


class _Language(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    words: list[str]


class _LanguageTest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str
    language: str
    kind: Literal["score", "grade", "level", "level_up"]
    pattern: Annotated[str, _pattern_with("level", "the score, grade or level")]


class _Sections(BaseModel):
    model_config = ConfigDict(extra="forbid")
    required: list[str]
    preferred: list[str]
    other: list[str]


class _Markers(BaseModel):
    model_config = ConfigDict(extra="forbid")
    preferred: list[str]
    stop_nouns: list[str]


class _Years(BaseModel):
    model_config = ConfigDict(extra="forbid")
    patterns: list[Annotated[str, _pattern_with("n", "the number of years")]]
    general: list[str]


class _Words(BaseModel):
    model_config = ConfigDict(extra="forbid")
    words: list[str]


class _Vocab(BaseModel):
    """data/skills.toml as written; the properties are the names the readers use."""

    model_config = ConfigDict(extra="forbid")
    sections: _Sections
    markers: _Markers
    years: _Years
    licences: list[_Licence]
    licence_suffixes_: _Words = Field(alias="licence_suffixes")
    languages: list[_Language]
    language_tests: list[_LanguageTest]
    language_levels: dict[str, int]

    @property
    def required(self) -> list[str]:
        return self.sections.required

    @property
    def preferred(self) -> list[str]:
        return self.sections.preferred

    @property
    def other(self) -> list[str]:
        return self.sections.other

    @property
    def preferred_markers(self) -> list[str]:
        return self.markers.preferred

    @property
    def stop_nouns(self) -> list[str]:
        return self.markers.stop_nouns

    @property
    def years_patterns(self) -> list[str]:
        return self.years.patterns

    @property
    def general(self) -> list[str]:
        return self.years.general

    @property
    def licence_suffixes(self) -> list[str]:
        return self.licence_suffixes_.words


@cache
def vocabulary() -> _Vocab:
    """data/skills.toml, checked (a malformed file raises DataFileError naming the place)."""
    return validated("skills.toml", _Vocab)


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@cache
def _heading() -> re.Pattern[str]:
    v = vocabulary()
    words = _alternation([*v.required, *v.preferred, *v.other])
    # 「【必須】」「■歓迎条件」「必須：」 or a heading alone on its line.
    return re.compile(
        rf"[【\[■◆●◇□〈<《(（]\s*(?P<a>{words})\s*[】\]〉>》)）]\s*[:：]?"
        rf"|(?P<b>{words})\s*[:：]"
        rf"|^[ \t]*[【\[■◆●◇□〈<《(（]?[ \t]*(?P<c>{words})[ \t]*[】\]〉>》)）]?[ \t]*$",
        re.MULTILINE,
    )


# --- reading the posting --------------------------------------------------------------------


@dataclass(frozen=True)
class Requirement:
    text: str  # the posting's words
    required: bool  # 必須 (True) or 歓迎
    kind: str  # years | licence | language | skill
    name: str = ""  # licence or language name
    level: str = ""  # 2級, 700, N2, ビジネスレベル
    years: int = 0
    keywords: tuple[str, ...] = ()


def _number(text: str) -> int:
    if text.isdigit():
        return int(text)
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + _KANJI_DIGITS.get(text[1:], 0)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return _KANJI_DIGITS.get(tens, 1) * 10 + (_KANJI_DIGITS.get(ones, 0) if ones else 0)
    return _KANJI_DIGITS.get(text, 0)


def _sections(text: str) -> list[tuple[str | None, str]]:
    """(section, body) in order; section is required / preferred / other, None before any."""
    v = vocabulary()
    parts: list[tuple[str | None, str]] = []
    last, current = 0, None
    for m in _heading().finditer(text):
        parts.append((current, text[last : m.start()]))
        word = m.group("a") or m.group("b") or m.group("c")
        if word in v.required:
            current = "required"
        elif word in v.preferred:
            current = "preferred"
        else:
            current = "other"
        last = m.end()
    parts.append((current, text[last:]))
    return [(s, b) for s, b in parts if b.strip()]


def _items(body: str) -> list[str]:
    out = []
    for line in re.split(r"[\n。／]|(?<=\S)\s+[・●■◆※]", body):
        item = _BULLET.sub("", line).strip(" 　、,")
        if item:
            out.extend(_split_list(item))
    return out


def _split_list(item: str) -> list[str]:
    """「普通自動車免許、日商簿記2級」 and 「ビジネスレベルの英語、海外営業経験3年以上」 are two
    requirements (each part a licence, a language or years of experience on its own);
    「法人営業、または店舗運営の経験」 is one."""
    parts = [p.strip() for p in re.split(r"[、,]", item) if p.strip()]
    if len(parts) > 1 and all(_licence_in(p) or _language_in(p) or _years_in(p) for p in parts):
        return parts
    return [item]


def _years_in(text: str) -> bool:
    """The text states years of experience (「海外営業経験3年以上」)."""
    folded = fold(text)
    return any(re.search(pattern, folded) for pattern in vocabulary().years_patterns)


def _licence_in(text: str) -> tuple[str, str] | None:
    """(licence name, level) named in ``text`` (folded), or None."""
    folded = fold(text)
    for lic in vocabulary().licences:
        for alias in sorted(lic.aliases, key=len, reverse=True):
            at = folded.find(fold(alias))
            if at < 0:
                continue
            level = ""
            if lic.graded:
                m = re.search(r"(準?[1-9])\s*級", folded[at : at + len(alias) + 12])
                level = f"{m.group(1)}級" if m else ""
            return lic.name, level
    return _generic_licence(folded)


def _generic_licence(folded: str) -> tuple[str, str] | None:
    suffixes = _alternation(vocabulary().licence_suffixes)
    m = re.search(rf"([\w・ー]{{2,20}}?(?:{suffixes}))\s*(?:(準?[1-9])\s*級)?", folded)
    if not m or m.group(1) in vocabulary().stop_nouns:
        return None
    return m.group(1), f"{m.group(2)}級" if m.group(2) else ""


def _language_in(text: str) -> tuple[str, str, str] | None:
    """(language, test or level word, level) named in ``text``, or None."""
    folded = fold(text)
    v = vocabulary()
    for test in v.language_tests:
        m = re.search(test.pattern, folded, flags=re.IGNORECASE)
        if m:
            return test.language, test.name, m.group("level")
    for lang in v.languages:
        if any(w in folded for w in lang.words):
            word = next((w for w in v.language_levels if w in folded), "")
            return lang.name, word, ""
    return None


def keywords(text: str) -> tuple[str, ...]:
    """The content nouns of a requirement or a career entry (normalized forms, no stop words)."""
    stop = set(vocabulary().stop_nouns)
    out: list[str] = []
    for t in tokenize(fold(text)[:MAX_POSTING_CHARS]):
        if t.pos != "名詞" or t.pos2 == "数詞" or t.normalized in stop:
            continue
        word = t.normalized.lower()
        if len(word) >= 2 or word.isascii():
            out.append(word)
    return tuple(dict.fromkeys(out))


def _requirement(item: str, required: bool) -> Requirement | None:
    v = vocabulary()
    if any(marker in item for marker in v.preferred_markers):
        required = False
    lang = _language_in(item)
    if lang:
        return Requirement(item, required, "language", name=lang[0], level=lang[2] or lang[1])
    lic = _licence_in(item)
    if lic:
        return Requirement(item, required, "licence", name=lic[0], level=lic[1])
    for pattern in v.years_patterns:
        m = re.search(pattern, fold(item))
        if m:
            field_text = fold(item)[: m.start()]
            words = () if any(g in item for g in v.general) else keywords(field_text)
            return Requirement(item, required, "years", years=_number(m.group("n")), keywords=words)
    words = keywords(item)
    return Requirement(item, required, "skill", keywords=words) if words else None


@dataclass(frozen=True)
class Posting:
    requirements: tuple[Requirement, ...]
    had_headings: bool


def parse_posting(text: str) -> Posting:
    """The 必須 and 歓迎 requirements of a posting. Raises SkillsError when there are none."""
    text = text.strip()
    if not text:
        raise SkillsError("求人票が空です。求人票の文章を貼り付けてください。", field="posting")
    if len(text) > MAX_POSTING_CHARS:
        raise SkillsError(
            f"求人票が長すぎます（{len(text):,}字）。必須・歓迎条件の部分だけを"
            f"{MAX_POSTING_CHARS:,}字以内で貼り付けてください。",
            field="posting",
        )
    sections = _sections(text)
    headed = any(s in ("required", "preferred") for s, _ in sections)
    found: list[Requirement] = []
    for section, body in sections:
        if section == "other" or (headed and section is None):
            continue
        for item in _items(body):
            req = _requirement(item, section != "preferred")
            # Without headings only clear requirements count (years, licences, languages).
            if req is not None and (headed or req.kind != "skill"):
                found.append(req)
    if not found:
        raise SkillsError(
            "この求人票からは、必須・歓迎の条件を読み取れませんでした。"
            "「必須」「歓迎」「応募資格」などの見出しのある部分を貼り付けてください。",
            field="posting",
        )
    return Posting(tuple(found), headed)


# --- the candidate --------------------------------------------------------------------------


@dataclass(frozen=True)
class Job:
    company: str
    role: str = ""
    start: dt.date | None = None
    end: dt.date | None = None  # None: current


@dataclass(frozen=True)
class Candidate:
    qualifications: str = ""
    career: tuple[Job, ...] = ()
    texts: tuple[str, ...] = ()  # the candidate's own documents (職務経歴書 ...)

    @property
    def written(self) -> str:
        return "\n".join([self.qualifications, *self.texts])


@dataclass(frozen=True)
class Match:
    requirement: Requirement
    status: str  # met | missing | unclear
    reason: str
    evidence: tuple[str, ...] = ()  # the candidate's words it rests on

    @property
    def status_label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.requirement.kind]


@dataclass(frozen=True)
class SkillGap:
    items: tuple[Match, ...]
    notes: tuple[str, ...] = field(default_factory=tuple)

    def count(self, status: str, *, required: bool | None = None) -> int:
        return sum(
            1
            for m in self.items
            if m.status == status and (required is None or m.requirement.required == required)
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "items": [
                {
                    "text": m.requirement.text,
                    "required": m.requirement.required,
                    "kind": m.requirement.kind,
                    "name": m.requirement.name,
                    "level": m.requirement.level,
                    "years": m.requirement.years,
                    "keywords": list(m.requirement.keywords),
                    "status": m.status,
                    "reason": m.reason,
                    "evidence": list(m.evidence),
                }
                for m in self.items
            ],
            "notes": list(self.notes),
        }


def _grade(level: str) -> float:
    """級 as a number where smaller is better: 1級 → 1, 準2級 → 2.5."""
    m = re.search(r"(準)?([0-9])", level)
    if not m:
        return 99.0
    return int(m.group(2)) + (0.5 if m.group(1) else 0.0)


def _months(job: Job, today: dt.date) -> int:
    from furikaeri.diagnosis import months_between

    if job.start is None:
        return 0
    return max(months_between(job.start, job.end or today), 0)


def _years_text(months: int) -> str:
    return f"約{months // 12}年{months % 12}か月" if months % 12 else f"約{months // 12}年"


def _match_years(req: Requirement, cand: Candidate, today: dt.date) -> Match:
    if not cand.career:
        return Match(req, "unclear", "職歴が未入力のため、経験年数を判断できません。")
    if req.keywords:
        jobs = [
            j for j in cand.career if set(req.keywords) & set(keywords(f"{j.role} {j.company}"))
        ]
    else:
        jobs = list(cand.career)
    if not jobs:
        seen = [w for w in req.keywords if w in fold(cand.written).lower()]
        if seen:
            return Match(
                req,
                "unclear",
                "書類や資格欄に関連する言葉はありますが、職歴からは年数が分かりません。",
                tuple(seen),
            )
        return Match(req, "missing", "職歴の職種・会社名からは、この分野の経験が読み取れません。")
    if any(j.start is None for j in jobs):
        return Match(
            req,
            "unclear",
            "関連する職歴の在籍期間が未入力です。",
            tuple(j.role or j.company for j in jobs),
        )
    months = sum(_months(j, today) for j in jobs)
    words = tuple(f"{j.company} {j.role}".strip() for j in jobs)
    if months >= req.years * 12:
        return Match(req, "met", f"関連する職歴が{_years_text(months)}あります。", words)
    return Match(
        req, "missing", f"関連する職歴は{_years_text(months)}で、{req.years}年に届きません。", words
    )


def _candidate_licences(cand: Candidate) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for line in re.split(r"[\n、,。/／・]", cand.written):
        lic = _licence_in(line)
        if lic:
            found.setdefault(lic[0], []).append(line.strip())
    return found


def _match_licence(req: Requirement, cand: Candidate) -> Match:
    held = _candidate_licences(cand).get(req.name)
    if not held:
        if not cand.written.strip():
            return Match(req, "unclear", "プロフィールの資格・スキル欄が空のため、判断できません。")
        return Match(req, "missing", "資格・スキル欄や書類に見当たりません。")
    if req.level:
        best = min(_grade(_licence_in(h)[1] if _licence_in(h) else "") for h in held)  # type: ignore[index]
        if best == 99.0:
            return Match(req, "unclear", "資格はありますが、級が書かれていません。", tuple(held))
        if best > _grade(req.level):
            return Match(req, "missing", f"{req.level}に届いていません。", tuple(held))
    return Match(req, "met", "資格・スキル欄や書類にあります。", tuple(held))


def _candidate_tests(cand: Candidate) -> list[tuple[str, str, str, str]]:
    """(language, test, level, line) of each language mention in the candidate's text."""
    out = []
    for line in re.split(r"[\n、,。/／]", cand.written):
        lang = _language_in(line)
        if lang:
            out.append((*lang, line.strip()))
    return out


def _better(test: str, have: str, need: str) -> bool:
    kind = next((t.kind for t in vocabulary().language_tests if t.name == test), "score")
    digits = lambda s: int(re.sub(r"\D", "", s) or 0)  # noqa: E731
    if kind == "score":
        return digits(have) >= digits(need)
    if kind == "level_up":
        return digits(have) >= digits(need)
    return _grade(have) <= _grade(need)  # grade (英検) and level (JLPT N1 best)


def _match_language(req: Requirement, cand: Candidate) -> Match:
    mine = [t for t in _candidate_tests(cand) if t[0] == req.name]
    if not mine:
        if not cand.written.strip():
            return Match(req, "unclear", "プロフィールの資格・スキル欄が空のため、判断できません。")
        return Match(req, "missing", f"{req.name}の力を示す記載が見当たりません。")
    words = tuple(t[3] for t in mine)
    test = next((t for t in vocabulary().language_tests if t.name in req.text), None)
    if test is not None:
        same = [t for t in mine if t[1] == test.name and t[2]]
        if not same:
            return Match(req, "unclear", f"{test.name}の結果が書かれていません。", words)
        if any(_better(test.name, t[2], req.level) for t in same):
            return Match(req, "met", f"{test.name}の結果が条件に届いています。", words)
        return Match(req, "missing", f"{test.name}の結果が条件に届いていません。", words)
    need = vocabulary().language_levels.get(req.level)
    scores = [int(t[2]) for t in mine if t[1] == "TOEIC" and t[2].isdigit()]
    if need and scores:
        ok = max(scores) >= need
        status = "met" if ok else "unclear"
        reason = f"TOEIC {max(scores)}点（「{req.level}」の目安は{need}点ほど）。"
        return Match(req, status, reason, words)
    return Match(req, "unclear", "語学の記載はありますが、求められる水準か判断できません。", words)


def _match_skill(req: Requirement, cand: Candidate) -> Match:
    have = set(keywords(cand.written + "\n" + "\n".join(j.role for j in cand.career)))
    seen = tuple(w for w in req.keywords if w in have)
    if seen and len(seen) == len(req.keywords):
        return Match(req, "met", "資格・スキル欄や書類、職歴に同じ言葉があります。", seen)
    if seen:
        return Match(req, "unclear", "一部の言葉だけが資格・スキル欄や書類、職歴にあります。", seen)
    if not cand.written.strip():
        # A tool or a skill is written in the qualifications or the documents, seldom in a
        # job title: with those empty it cannot be judged (as licences and languages).
        where = "と職歴" if not cand.career else ""
        return Match(
            req, "unclear", f"プロフィールの資格・スキル欄{where}が空のため、判断できません。"
        )
    return Match(req, "missing", "資格・スキル欄や書類、職歴に見当たりません。")


def compare(posting: Posting, candidate: Candidate, *, today: dt.date | None = None) -> SkillGap:
    """Each requirement met, missing or unclear against the candidate. Pure."""
    today = today or dt.date.today()
    items = []
    for req in posting.requirements:
        if req.kind == "years":
            items.append(_match_years(req, candidate, today))
        elif req.kind == "licence":
            items.append(_match_licence(req, candidate))
        elif req.kind == "language":
            items.append(_match_language(req, candidate))
        else:
            items.append(_match_skill(req, candidate))
    notes = []
    if not posting.had_headings:
        notes.append(
            "見出し（必須・歓迎）が見つからないため、経験年数・資格・語学だけを読み取り、必須として扱いました。"
        )
    return SkillGap(tuple(items), tuple(notes))


# --- from the store -------------------------------------------------------------------------


def candidate_of(session: Any, *, user_id: int | None = None) -> Candidate:
    """The profile's qualifications, the career history and the user's 職務経歴書・履歴書."""
    from furikaeri import store

    career = store.list_career(session, user_id=user_id)
    jobs = tuple(Job(c.company, c.role or "", c.start_date, c.end_date) for c in career)
    documents = store.list_documents(session, user_id=user_id, kinds=("resume", "career"))
    texts = tuple(d.text for d in documents)
    return Candidate(store.get_qualifications(session, user_id=user_id), jobs, texts)


def compare_for_application(
    session: Any, app: Any, *, today: dt.date | None = None, user_id: int | None = None
) -> SkillGap:
    """The application's stored posting against the candidate. Raises SkillsError."""
    return compare(
        parse_posting(app.job_posting), candidate_of(session, user_id=user_id), today=today
    )


def gap_counts(gap: SkillGap) -> dict[str, int]:
    return {s: gap.count(s, required=True) for s in STATUS_LABELS}


def missing_required(gap: SkillGap) -> Sequence[Match]:
    return [m for m in gap.items if m.requirement.required and m.status == "missing"]


# --- across applications ----------------------------------------------------------------------


@dataclass(frozen=True)
class PostingFit:
    """How far the candidate's record meets one application's 必須 requirements."""

    app: Any
    met: int
    unclear: int  # the record cannot tell (e.g. the qualifications field is empty)
    required: int


def fit_to_postings(apps: Sequence[Any], candidate: Candidate) -> list[PostingFit]:
    """Applications with a readable posting, by the share of 必須 requirements the record
    shows as met (the best first), with how many it cannot tell. Pure."""
    out = []
    for app in apps:
        gap = _gap_of(app, candidate)
        required = [m for m in gap.items if m.requirement.required] if gap else []
        if required:
            met = sum(1 for m in required if m.status == "met")
            unclear = sum(1 for m in required if m.status == "unclear")
            out.append(PostingFit(app, met, unclear, len(required)))
    return sorted(out, key=lambda r: (-r.met / r.required, -r.required))


@dataclass(frozen=True)
class DocumentsGap:
    """A 書類 rejection's posting against the record: 必須 requirements missing, or unclear."""

    app: Any
    missing: Sequence[Match]
    unclear: Sequence[Match]


def documents_gaps(apps: Sequence[Any], candidate: Candidate) -> list[DocumentsGap]:
    """Applications rejected at 書類 (every rejection at 書類 or without a stage) with a
    readable posting: the 必須 requirements the record does not show then. Pure."""
    out = []
    for app in apps:
        if app.status != "rejected" or not all(r.stage in ("", "書類") for r in app.rejections):
            continue
        gap = _gap_of(app, candidate)
        if gap is not None:
            unclear = [m for m in gap.items if m.requirement.required and m.status == "unclear"]
            out.append(DocumentsGap(app, missing_required(gap), unclear))
    return out


def _gap_of(app: Any, candidate: Candidate) -> SkillGap | None:
    if not (app.job_posting or "").strip():
        return None
    try:
        return compare(parse_posting(app.job_posting), candidate)
    except SkillsError:
        return None
