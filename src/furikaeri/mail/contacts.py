"""Who wrote a recruiting mail and where to answer it: the person signing a notice (「人事部
採用担当 中村」 → 中村), an agent's advisor, the reply address; and whether the notice says the
company does not answer questions about the selection. Rules are data (data/mail_routes.toml).
Pure (SudachiPy tells a surname from other words)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.utils import getaddresses
from functools import cache

from pydantic import BaseModel, ConfigDict

from furikaeri.catalogue import load_data
from furikaeri.mail.text import nfkc, sentences, whole_words
from furikaeri.patterns import union


class _ContactData(BaseModel):
    model_config = ConfigDict(extra="forbid")
    roles: list[str]
    advisor_roles: list[str]
    reply_hints: list[str]
    no_reply: list[str]
    not_names: list[str]


class _CommentData(BaseModel):
    model_config = ConfigDict(extra="forbid")
    headings: list[str]
    intros: list[str]
    ends: list[str]
    agent_company_words: list[str]


class _SalutationData(BaseModel):
    model_config = ConfigDict(extra="forbid")
    lines: list[str]


class _DisclosureData(BaseModel):
    model_config = ConfigDict(extra="forbid")
    patterns: list[str]


_NAME = r"(?P<name>[一-龥々〆ヶ]{1,5}(?:[ 　][一-龥々〆ヶ]{1,4})?)"
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.ASCII)


@dataclass(frozen=True)
class _Rules:
    signed: re.Pattern[str]  # role words (the name follows the last of them)
    advised: re.Pattern[str]
    self_intro: re.Pattern[str]  # 「人事部の田中です」「キャリアリンクの佐藤と申します」
    reply_hint: re.Pattern[str]
    no_reply: re.Pattern[str]
    not_names: frozenset[str]
    disclosure: re.Pattern[str]
    heading: re.Pattern[str]  # 「企業からのコメント：」 (the comment follows)
    intro: re.Pattern[str]  # 「以下のコメントをいただいております。」 (the comment is below)
    comment_end: re.Pattern[str]
    agent_company: re.Pattern[str]
    salutation: re.Pattern[str]


_MARKS = "\\s■□●○◆◇・【】〈〉<>\\[\\]［］()（）"


@cache
def _rules() -> _Rules:
    raw = load_data("mail_routes.toml")
    data = _ContactData.model_validate(raw["contacts"])
    disclosure = _DisclosureData.model_validate(raw["disclosure"])
    comments = _CommentData.model_validate(raw["comments"])
    headings = "|".join(f"(?:{h})" for h in comments.headings)
    roles = "|".join(f"(?:{r})" for r in data.roles)
    advisors = "|".join(f"(?:{r})" for r in data.advisor_roles)
    return _Rules(
        signed=re.compile(roles),
        advised=re.compile(advisors),
        self_intro=re.compile(rf"の\s*{_NAME}\s*(?:です|でございます|と申します)"),
        reply_hint=union(data.reply_hints, re.I),
        no_reply=union(data.no_reply, re.I),
        not_names=frozenset(data.not_names),
        disclosure=union(disclosure.patterns),
        heading=re.compile(rf"^[{_MARKS}]*(?:{headings})[{_MARKS}]*(?:[:：]|$)\s*(?P<rest>.*)$"),
        intro=union(comments.intros),
        comment_end=union(comments.ends),
        agent_company=union(comments.agent_company_words),
        salutation=union(_SalutationData.model_validate(raw["salutation"]).lines),
    )


def _lines(text: str) -> list[str]:
    return [nfkc(line).strip() for line in text.splitlines() if line.strip()]


def surname(name: str) -> str | None:
    """The family name in 「中村」「中村 太郎」「中村太郎」 (None: not a person's name)."""
    from furikaeri import nlp

    name = name.strip()
    if not name or name in _rules().not_names:
        return None
    first = name.split()[0]
    morphemes = nlp.morphemes(first)
    if not len(morphemes):
        return None
    pos = morphemes[0].part_of_speech()
    if pos[2] == "人名" and pos[3] == "姓":
        return str(morphemes[0].surface())
    return None


def signer(text: str) -> str | None:
    """The surname of the person who signs a company's notice (None: a department signs)."""
    return _signed_by(_lines(text), _rules().signed) or _introduced(text)


def advisor(text: str) -> str | None:
    """The surname of an agent's career advisor, from their signature or self-introduction."""
    return _signed_by(_lines(text), _rules().advised) or _introduced(text)


def _signed_by(lines: list[str], role: re.Pattern[str]) -> str | None:
    """A name after the last role word of a signature line (「人事部 採用担当 中村」), or alone on
    the line after one that ends with a role word (「人事部 採用担当」 / 「中村 太郎」)."""
    tail = lines[-10:]
    for i in range(len(tail) - 1, -1, -1):
        ends = [m.end() for m in role.finditer(tail[i])]
        if not ends:
            continue
        rest = tail[i][ends[-1] :].strip(" 　:：")
        if not rest and i + 1 < len(tail):
            rest = tail[i + 1]
        alone = re.fullmatch(_NAME, rest)
        found = surname(alone.group("name")) if alone else None
        if found:
            return found
    return None


def _introduced(text: str) -> str | None:
    for line in _lines(text)[:8]:
        for m in _rules().self_intro.finditer(line):
            found = surname(m.group("name"))
            if found:
                return found
    return None


def address_of(header: str | None) -> str | None:
    """The address in a From / Reply-To value (None for a no-reply address)."""
    for _name, addr in getaddresses([header or ""]):
        if addr and "@" in addr and not is_no_reply(addr):
            return addr
    return None


def is_no_reply(address: str) -> bool:
    return bool(_rules().no_reply.search(address.split("@", 1)[0]))


def reply_address(
    text: str, *, reply_to: str | None = None, from_: str | None = None
) -> str | None:
    """Where to write back: Reply-To, else an address the body gives for replies or questions,
    else the sender; never a no-reply address."""
    found = address_of(reply_to)
    if found:
        return found
    rules = _rules()
    for line in _lines(text):
        if rules.reply_hint.search(line):
            for addr in _ADDRESS.findall(line):
                if not is_no_reply(addr):
                    return addr
    return address_of(from_)


def no_disclosure(text: str) -> list[str]:
    """The sentences in which the notice says questions about the selection are not answered."""
    pat = _rules().disclosure
    found: list[str] = []
    for sent in sentences(text):
        m = pat.search(sent)
        if m is None:
            continue
        start, end = whole_words(sent, m.start(), m.end())  # never a quote cut mid-word
        if sent[start:end] not in found:
            found.append(sent[start:end])
    return found


_QUOTES = '「」『』"“”'


def company_comments(text: str) -> str | None:
    """The company's comments an agent's notice quotes (「企業からのコメント：『…』」, or the
    lines below 「先方から以下のコメントをいただいております。」), as one text; None when the
    notice quotes none."""
    rules = _rules()
    lines = [nfkc(line).strip() for line in text.splitlines()]
    for i, line in enumerate(lines):
        head = rules.heading.match(line)
        if head is not None:
            found = _comment_lines([head.group("rest"), *lines[i + 1 :]])
        elif rules.intro.search(line) and line.rstrip().endswith(("。", ":", "：")):
            found = _comment_lines(lines[i + 1 :])
        else:
            continue
        if found:
            return found
    return None


def _comment_lines(lines: list[str]) -> str:
    """The comment: from the first non-empty line up to a blank line or an end line."""
    ends = _rules().comment_end
    kept: list[str] = []
    for line in lines:
        if not line:
            if kept:
                break
            continue
        if ends.search(line) or _ADDRESS.search(line):
            break
        kept.append(line.strip(_QUOTES + " ・-"))
    return "".join(k if k.endswith(("。", "！", "？")) else k + "。" for k in kept if k)[:2000]


@dataclass(frozen=True)
class AgentContact:
    company: str | None = None
    email: str | None = None


def agent_contact(text: str) -> AgentContact:
    """The agent company and the advisor's address from the signature of an agent's mail
    (「マイナビエージェント キャリアアドバイザー 高橋 由美」 / 「takahashi@agent.example.jp」): the
    words before the advisor's role, or the line above it when it names a company; the
    address on the lines around it (never a no-reply one)."""
    rules = _rules()
    tail = _lines(text)[-12:]
    for i in range(len(tail) - 1, -1, -1):
        words = tail[i].split()
        at = next((k for k, w in enumerate(words) if rules.advised.fullmatch(w)), None)
        if at is None:
            continue
        company = " ".join(words[:at]) or None
        if company is None and i > 0 and rules.agent_company.search(tail[i - 1]):
            above = tail[i - 1]
            company = None if _ADDRESS.search(above) or "。" in above else above
        near = [a for line in tail[max(0, i - 2) : i + 5] for a in _ADDRESS.findall(line)]
        email = next((a for a in near if not is_no_reply(a)), None)
        return AgentContact(company or _introduced_company(text), email)
    return AgentContact(_introduced_company(text))


def _introduced_company(text: str) -> str | None:
    """The agent company the advisor introduces themself with at the top (「リクルートエージェント
    の佐藤です」「株式会社キャリアリンクの高橋と申します」): the words before 「の＋surname」 in
    that clause, when they name a company (`agent_company_words`)."""
    rules = _rules()
    for line in _lines(text)[:8]:
        for m in rules.self_intro.finditer(line):
            before = re.split(r"[。、,，!！?？「」]", line[: m.start()])[-1].strip()
            before = re.sub(r"^(?:私は|わたしは|こちらは|わたくし)\s*", "", before)
            if before and rules.agent_company.search(before) and surname(m.group("name")):
                return before
    return None


def without_salutation(text: str) -> str:
    """The text from its first line that says something: the addressee, greetings and the
    sender's self-introduction at the top are skipped (a reply's preview starts with what it
    says). The whole text when every line is one of those."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    pattern = _rules().salutation
    for i, line in enumerate(lines[:6]):
        if not pattern.search(nfkc(line)):
            return "\n".join(lines[i:])
    return "\n".join(lines)
