"""Forwarded mail: find the forwarded notice inside a mail and the forwarder's own words.

A notice reaches the candidate forwarded by themselves (from another address) or by an agent:
Gmail's 「---------- Forwarded message ---------」 block, Outlook's 「-----Original Message-----」
(From:/Sent:/To:/Subject: or 差出人:/送信日時:/宛先:/件名:), Thunderbird's 「転送メッセージ」,
Apple Mail's 「Begin forwarded message:」, a hand-made fence of 「＞＞＞＞」 lines (closed by
「＜＜＜＜」), or the notice quoted with `>` under a line such as
「以下、企業様からのご連絡を転送いたします」.
A forward of a forward (agent ← agent's colleague ← company; career centre ← professor ←
company) is unwrapped to the innermost mail, whatever the styles; the words of every forwarder on
the way are the forwarder's words. The markers and header labels are data
(data/mail_routes.toml). Pure."""

from __future__ import annotations

import email.utils
import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from pydantic import BaseModel, ConfigDict

from furikaeri.catalogue import load_data
from furikaeri.mail.text import nfkc
from furikaeri.patterns import union


class _Marker(BaseModel):
    model_config = ConfigDict(extra="forbid")
    style: str
    pattern: str
    reply: bool = False


class _ForwardData(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)
    markers: list[_Marker]
    from_: list[str]
    date: list[str]
    subject: list[str]
    to: list[str]
    forward_subject: str
    forward_words: list[str]
    quote_intro: str
    fence_close: str
    reply_subject: str


@dataclass(frozen=True)
class _Rules:
    markers: tuple[tuple[str, re.Pattern[str], bool], ...]
    header: re.Pattern[str]
    labels: dict[str, str]  # label (lower case) -> from / date / subject / to
    forward_subject: re.Pattern[str]
    forward_words: re.Pattern[str]
    quote_intro: re.Pattern[str]
    fence_close: re.Pattern[str]
    reply_subject: re.Pattern[str]


@cache
def _rules() -> _Rules:
    raw = dict(load_data("mail_routes.toml")["forward"])
    raw["from_"] = raw.pop("from")
    data = _ForwardData.model_validate(raw)
    labels: dict[str, str] = {}
    for kind, names in (
        ("from", data.from_),
        ("date", data.date),
        ("subject", data.subject),
        ("to", data.to),
    ):
        labels.update({n.lower(): kind for n in names})
    alternatives = "|".join(re.escape(n) for n in sorted(labels, key=len, reverse=True))
    return _Rules(
        markers=tuple((m.style, re.compile(m.pattern, re.I), m.reply) for m in data.markers),
        header=re.compile(rf"^\s*\**\s*({alternatives})\s*\**\s*[:：]\s*(.*)$", re.I),
        labels=labels,
        forward_subject=re.compile(data.forward_subject, re.I),
        forward_words=union(data.forward_words),
        quote_intro=re.compile(data.quote_intro, re.I),
        fence_close=re.compile(data.fence_close),
        reply_subject=re.compile(data.reply_subject, re.I),
    )


@dataclass(frozen=True)
class Forwarded:
    """A forwarded notice: ``body`` is the forwarded mail, ``own_text`` what the forwarder wrote."""

    style: str  # gmail | outlook | thunderbird | apple | fence | quote
    own_text: str
    body: str
    subject: str | None = None
    from_: str | None = None
    to: str | None = None
    date: date | None = None


_MAX_DEPTH = 8  # forwards of forwards unwrapped, at most


def split_forward(*, subject: str | None, body: str) -> Forwarded | None:
    """The forwarded mail inside ``body`` (the innermost one, when it forwards a forward), or None
    when the mail forwards nothing. ``style`` is the outermost forward's (how the mail reached
    the reader); ``own_text`` holds every forwarder's words, outermost first."""
    found = _split_once(subject=subject, body=body)
    rules = _rules()
    for _ in range(_MAX_DEPTH):
        if found is None:
            break
        # The inner mail's own subject, else the outer one less one 「Fwd:」: each prefix is one
        # forward, so 「Fwd: Fwd:」 says the forwarded text forwards a mail in turn.
        outer_subject = found.subject or _one_prefix_less(rules, subject)
        if outer_subject and rules.reply_subject.match(nfkc(outer_subject)):
            break  # a reply forwarded: what it quotes is the mail it answers
        inner = _split_once(subject=outer_subject, body=found.body, inner=True)
        if inner is None:
            break
        subject = outer_subject
        found = Forwarded(
            style=found.style,
            own_text="\n\n".join(t for t in (found.own_text, inner.own_text) if t),
            body=inner.body,
            subject=inner.subject or found.subject,
            from_=inner.from_,
            to=inner.to,
            date=inner.date or found.date,
        )
    return found


def _one_prefix_less(rules: _Rules, subject: str | None) -> str | None:
    if not subject:
        return None
    return rules.forward_subject.sub("", nfkc(subject), count=1).strip() or None


def _split_once(*, subject: str | None, body: str, inner: bool = False) -> Forwarded | None:
    """The forwarded mail of one level. ``inner``: ``body`` is itself forwarded; a marker also
    used in replies counts only when the subject chain says so (「Fw: Fw:」), not by the words
    above it (the forwarded mail's own 「下記の通りご連絡いたします」 may sit above the quoted
    mail it answers)."""
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    rules = _rules()
    for i in range(len(lines)):
        marker = _marker(rules, lines, i)
        if marker is None:
            continue
        style, reply = marker
        if reply and not _says_forward(rules, subject, lines[:i], words=not inner):
            return None  # the quoted mail of a reply
        return _block(rules, style, lines[:i], lines[i + 1 :])
    bare = _bare_header_block(rules, lines)
    if bare is not None and _says_forward(rules, subject, lines[:bare], words=not inner):
        return _block(rules, "outlook", lines[:bare], lines[bare:])
    return _quoted(rules, subject, lines, words=not inner)


def _marker(rules: _Rules, lines: list[str], i: int) -> tuple[str, bool] | None:
    text = nfkc(lines[i]).strip()
    for style, pat, reply in rules.markers:
        if pat.match(text):
            if text.startswith("_") and not _headers_follow(rules, lines[i + 1 : i + 4]):
                return None  # a rule of underscores is only a marker above 差出人: / From:
            return style, reply
    return None


def _says_forward(
    rules: _Rules, subject: str | None, own: list[str], *, words: bool = True
) -> bool:
    """The subject (「Fwd:」「FW:」「転送:」) or (``words``) the forwarder's own words say it is a
    forward."""
    if subject and rules.forward_subject.match(nfkc(subject)):
        return True
    return words and bool(rules.forward_words.search(nfkc("\n".join(own))))


def _headers_follow(rules: _Rules, lines: list[str]) -> bool:
    return any(rules.header.match(nfkc(line)) for line in lines if line.strip())


def _bare_header_block(rules: _Rules, lines: list[str]) -> int | None:
    """Outlook without a marker: a 差出人:/From: line followed by 件名:/Subject: or a date."""
    for i, line in enumerate(lines):
        m = rules.header.match(nfkc(line))
        if not m or rules.labels[m.group(1).lower()] != "from" or i == 0:
            continue
        following = [rules.header.match(nfkc(x)) for x in lines[i + 1 : i + 5]]
        kinds = {rules.labels[f.group(1).lower()] for f in following if f}
        if kinds & {"subject", "date"}:
            return i
    return None


def _block(rules: _Rules, style: str, own: list[str], rest: list[str]) -> Forwarded:
    if style == "fence":  # up to the last closing line; what follows is the forwarder's again
        close = [i for i, line in enumerate(rest) if rules.fence_close.match(nfkc(line).strip())]
        if close:
            own, rest = [*own, *rest[close[-1] + 1 :]], rest[: close[-1]]
    headers, body_lines = _headers(rules, rest)
    return Forwarded(
        style=style,
        own_text="\n".join(own).strip(),
        body="\n".join(body_lines).strip(),
        subject=headers.get("subject"),
        from_=headers.get("from"),
        to=headers.get("to"),
        date=parse_loose_date(headers.get("date")),
    )


def _headers(rules: _Rules, lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """Leading "Label: value" lines (blank lines before them allowed) and the rest."""
    found: dict[str, str] = {}
    i = 0
    while i < len(lines):
        text = nfkc(lines[i]).strip()
        if not text:
            if found:
                i += 1
                break
            i += 1
            continue
        m = rules.header.match(text)
        if not m:
            break
        found.setdefault(rules.labels[m.group(1).lower()], m.group(2).strip())
        i += 1
    return found, lines[i:]


_QUOTE = re.compile(r"^\s*(?:[>＞|]\s?)+")


def _quoted(
    rules: _Rules, subject: str | None, lines: list[str], *, words: bool = True
) -> Forwarded | None:
    """A `>`-quoted notice, when the subject or the forwarder's words say it is a forward."""
    first = next((i for i, line in enumerate(lines) if _QUOTE.match(line)), None)
    if first is None:
        return None
    own = lines[:first]
    intro_date = None
    if own and rules.quote_intro.search(nfkc(own[-1]).strip()):
        intro_date = parse_loose_date(own[-1])  # 「2026年11月20日(金) 10:00 採用担当 <…>:」
        own = own[:-1]
    own_text = "\n".join(own).strip()
    if not _says_forward(rules, subject, own, words=words):
        return None  # a reply quoting the mail it answers, not a forward
    quoted = [_QUOTE.sub("", line) for line in lines[first:] if _QUOTE.match(line) or not line]
    headers, body_lines = _headers(rules, quoted)
    return Forwarded(
        style="quote",
        own_text=own_text,
        body="\n".join(body_lines).strip(),
        subject=headers.get("subject"),
        from_=headers.get("from"),
        to=headers.get("to"),
        date=parse_loose_date(headers.get("date")) or intro_date,
    )


_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
)}  # fmt: skip
_YMD = re.compile(r"(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})")
_MDY = re.compile(r"\b([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})", re.I)
_DMY = re.compile(r"\b(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})", re.I)


def parse_loose_date(value: str | None) -> date | None:
    """The day of a date header as mail programs print it in a forward (RFC 5322, 「2026年11月20日
    (金) 10:00」, 「2026/11/20 10:00」, 「Fri, Nov 20, 2026 at 10:00 AM」, 「Friday, November 20,
    2026 10:00 AM」)."""
    if not value:
        return None
    text = nfkc(value)
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    for pat, order in ((_YMD, "ymd"), (_MDY, "mdy"), (_DMY, "dmy")):
        m = pat.search(text)
        if m:
            found = _ymd(m, order)
            if found is not None:
                return found
    return None


def _ymd(m: re.Match[str], order: str) -> date | None:
    parts = dict(zip(order, m.groups(), strict=True))
    month = parts["m"]
    month_no = int(month) if month.isdigit() else _MONTHS.get(month[:3].lower())
    if month_no is None:
        return None
    try:
        return date(int(parts["y"]), month_no, int(parts["d"]))
    except ValueError:
        return None
