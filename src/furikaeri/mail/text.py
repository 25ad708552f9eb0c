"""Text helpers shared by the mail classifiers: normalisation, quoted text, sentences. Pure."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

_QUOTE_START = re.compile(
    r"^(?:-{2,}\s*(?:original message|元のメッセージ|転送メッセージ|forwarded message)"
    r"|.{0,80}(?:wrote|のメッセージ|が書きました|さんは書きました)[:：]\s*$)",
    re.IGNORECASE,
)
# (A casual mail ends a line with an emoji where a formal one has 。: 「見送らせてください🙏」.)
_SENTENCE_END = re.compile(
    r"(?:[。！？!?」』)）♪\u2600-\u27bf\U0001f300-\U0001faff]|ます|です|した|でした|ません|ください"
    r"|さい|様|担当|部|課|チーム)$"
)


def nfkc(text: str) -> str:
    """Full-width letters and digits and half-width kana folded (ＡＢＣ１ → ABC1, ｶﾅ → カナ):
    the mail patterns are written for the folded forms."""
    return unicodedata.normalize("NFKC", text)


def normalize(text: str) -> str:
    """NFKC, lower case, no spaces (Japanese phrases are matched without them)."""
    text = nfkc(text).lower()
    return re.sub(r"[ \t\u3000]+", "", text)


def strip_quoted(text: str) -> str:
    """Drop quoted lines (「>」) and everything after an 'original message' marker."""
    kept: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        stripped = line.strip()
        if _QUOTE_START.match(stripped):
            break
        if stripped.startswith((">", "＞", "|")):
            continue
        kept.append(line)
    return "\n".join(kept)


def quoted_history(text: str) -> str:
    """What :func:`strip_quoted` drops, unquoted: the quoted lines (「>」) without their marks, and
    all after an 'original message' marker (「…のメッセージ:」「-----Original Message-----」),
    the marker line itself left out."""
    kept: list[str] = []
    after = False
    for line in text.replace("\r\n", "\n").split("\n"):
        stripped = line.strip()
        if not after and _QUOTE_START.match(stripped):
            after = True
        elif after or stripped.startswith((">", "＞", "|")):
            kept.append(_QUOTED_LINE.sub("", line, count=1))
    return "\n".join(kept)


_QUOTED_LINE = re.compile(r"^\s*[>＞|](?:\s*[>＞])*\s?")


def unquote_relayed(
    text: str,
    lead: re.Pattern[str] | None,
    close: re.Pattern[str] | None,
    asks: re.Pattern[str] | None = None,
) -> str:
    """``text`` with each block of quoted lines (「＞」「>」「|」) that relays someone's words
    unquoted: the nearest line below it opens with ``close``, or the nearest line above it
    matches ``lead`` and the block asks nothing (``asks``: the request the lead answers); all
    normalised. Other blocks (the mail answered) stay quoted, for :func:`strip_quoted` to
    drop; so does all after an 'original message' marker."""
    lines = text.replace("\r\n", "\n").split("\n")
    out = list(lines)
    i = 0
    while i < len(lines):
        if _QUOTE_START.match(lines[i].strip()):
            break
        if not _QUOTED_LINE.match(lines[i]):
            i += 1
            continue
        j = i
        while j < len(lines) and (_QUOTED_LINE.match(lines[j]) or not lines[j].strip()):
            j += 1
        above = next((normalize(x) for x in reversed(lines[:i]) if x.strip()), "")
        below = next((normalize(x) for x in lines[j:] if x.strip()), "")
        block = normalize("".join(_QUOTED_LINE.sub("", x, count=1) for x in lines[i:j]))
        led = lead is not None and lead.search(above) and not (asks and asks.search(block))
        if led or (close is not None and below and close.match(below)):
            for k in range(i, j):
                out[k] = _QUOTED_LINE.sub("", lines[k], count=1)
        i = j
    return "\n".join(out)


def sentences(text: str) -> list[str]:
    """Normalised sentences. Hard-wrapped lines are joined when a line ends mid-sentence."""
    return [norm for _, norm in split_sentences(text)]


_LINE_BREAK = re.compile(r"\s*\n\s*|\r")


# A list item's marker (NFKC-normalised): 「・志望動機：…」「- 人物面：…」「1. …」. An agent's
# bullet points have no 。 at their ends; each is a sentence of its own.
# A heading standing on its own line (NFKC-normalised): 「【懸念点】」「■評価」「[良かった点]」. Its
# bullets below have no 。, so without it the heading is read as the end of the bullet above.
_HEADING = re.compile(r"^(?:【[^】]{1,20}】|\[[^\]]{1,20}\]|[■□◆◇●○◎△▲▽▼★☆][^。、]{1,20})[:：]?$")
# (the raw forms NFKC folds, ･ ． ① …, are listed too: notice.context reads raw lines with it)
_BULLET = re.compile(r"(?:[・･■□◆◇●○◎△▲▽▼★☆▶▷►※→⇒\-*]|\d{1,2}[.)．]|[①-⑳]|[\[【(]\d{1,2}[\]】)])")
# The end of a line that leaves its clause open (a comma, a particle, a て-form): the next line
# goes on with it, even after a bullet. Any other end closes a list item (「・第一印象は良かった」
# then 「結果は見送りとなりましたが…」 on the next line are two sentences).
_OPEN_END = re.compile(r"[、,・:(「『はがをにでとのもやて]$")
# A line that is one field of a memo, a label and a short value (NFKC-normalised:
# 「コミュニケーション:a」「志望度:b」「総合評価:不合格」): a grade line, closed at its line's end
# like a list item, so a judgement on a line after it is not read as the grade's.
_FIELD = re.compile(r"^[^:。、\s]{1,20}:[^:。、]{1,8}$")
# A line that opens with a memo field's label (「自己PR:c「調整力」を…」「在籍期間:c直近の…」):
# an evaluation sheet's next item, however long its comment, so it starts a sentence of its own.
_FIELD_OPENS = re.compile(r"^[^:。、\s「」『』()]{1,12}:(?!//)")
# A line of a sheet laid out in columns, without colons (as written, before NFKC folds the
# full-width space: 「自己ＰＲ　　　　Ｄ　根拠となる経験が語られず」「志望動機　◯　よく調べて…」):
# a short label, a gap of a full-width space or of two spaces or a tab, then its grade or
# comment. Each such line is one field, a sentence of its own like a colon field's.
_COLUMNS = re.compile(r"^[^\s。、，,:：「」『』()（）]{1,20}(?:\u3000|\t| {2,})\s*\S")
# A rule drawn across a sheet (NFKC-normalised: 「━━━━」「────」「＝＝＝＝」「-----」): no
# words; it closes the item above it and is no sentence itself.
_RULE = re.compile(r"^[\u2500-\u257f\u2015\u2010=\-_~〜ー*]{3,}$")


def opens_item(norm: str) -> bool:
    """``norm`` (normalised) opens with a list item's bullet or number (「・」「■」「1.」)."""
    return bool(_BULLET.match(norm))


def item_text(line: str) -> str | None:
    """What a list item says after its bullet or number (「・東様：見送り」 → 「東様：見送り」), or
    None when ``line`` (as written or normalised) opens no list item."""
    stripped = line.lstrip()
    bullet = _BULLET.match(stripped)
    return stripped[bullet.end() :].lstrip() if bullet else None


def opens_field(norm: str) -> bool:
    """``norm`` (normalised) opens with a memo field's label and a colon (「総合判定:不合格」):
    the label is its own subject, no topic of the sentence before."""
    return bool(_FIELD_OPENS.match(norm))


def split_sentences(text: str, *, items: bool = False) -> list[tuple[str, str]]:
    """Each sentence as written (hard-wrapped lines joined, spaces at the breaks removed) and
    normalised, so a classifier can match the normalised text and show the original.
    ``items``: a list item closed at its line's end ends its sentence (a reply's memo bullets,
    「・第一印象は良かった」 then 「結果は見送りとなりましたが…」); the notice reader keeps a
    list's last item with the line after it (「・給与振込口座届」「…ご入社をお待ちしております」:
    the paperwork frames the welcome)."""
    parts: list[tuple[str, str]] = []
    raw: list[str] = []
    buf = ""
    column = False  # the sentence in ``buf`` opened with a column sheet's field line
    for line in text.split("\n"):
        norm = normalize(line)
        if items and _RULE.match(norm):
            if buf:
                parts.append(("\n".join(raw), buf))
            raw, buf = [], ""
            continue
        heading = bool(_HEADING.match(norm))
        columns = items and bool(_COLUMNS.match(line))
        # a bullet or a heading line starts a new sentence, and a list item closed at its line's
        # end ends one (a line indented under it goes on with it: a hard-wrapped item)
        closed = items and bool(buf) and not _OPEN_END.search(buf)
        item_closed = closed and bool(
            (_BULLET.match(buf) or _FIELD.match(buf) or column) and line[:1] not in " \t\u3000"
        )
        field_opens = closed and (opens_field(norm) or columns)
        if not norm or (buf and (_BULLET.match(norm) or heading or item_closed or field_opens)):
            if buf:
                parts.append(("\n".join(raw), buf))
            raw, buf = [], ""
            if not norm:
                continue
        if not buf:
            column = columns
        raw.append(line)
        buf += norm
        if heading or _SENTENCE_END.search(buf):  # 【懸念点】 frames the bullets below it
            parts.append(("\n".join(raw), buf))
            raw, buf = [], ""
    if buf:
        parts.append(("\n".join(raw), buf))
    out: list[tuple[str, str]] = []
    for original, _ in parts:
        for piece in split_after_stops(original):
            norm = normalize(piece).replace("\n", "")
            if norm:
                out.append((_LINE_BREAK.sub("", piece).strip(), norm))
    return out


def split_after_stops(text: str) -> list[str]:
    """Split after every character that normalises to a full stop, ! or ?, and after an
    English sentence's period (「…the next stage. I'll send the brief once…」: a condition in
    the next sentence is not this one's)."""
    pieces: list[str] = []
    start = 0
    for i, char in enumerate(text):
        if (_is_stop(char) and not _QUOTED_AFTER.match(text, i + 1)) or (
            char == "." and _ENGLISH_STOP.match(text, i)
        ):
            pieces.append(text[start : i + 1])
            start = i + 1
    pieces.append(text[start:])
    return pieces


# A period that ends an English sentence: after a word that is no abbreviation (Mr., e.g.,
# a.m.), before a space and a capital letter or a digit, or a Japanese sentence in a mail that
# mixes the two (「Thanks for interviewing with us. 結論から申し上げると、…」: the Japanese
# sentence opens after it, its opening words read as its own).
_ENGLISH_STOP = re.compile(
    r"(?<![A-Z])(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bNo)(?<!\bvs)(?<!\bInc)"
    r"(?<!\bCo)(?<!\bLtd)(?<!\bJr)(?<!\bSr)(?<!\.[a-z])(?<=[a-z0-9)\]\"'])\.[ \t\u3000]+"
    r"(?=[A-Z0-9\"'(\u3005\u3040-\u30ff\u4e00-\u9fff\uff66-\uff9f])"
)


# A question or exclamation quoted without brackets goes on: 「最後に質問ありますか？と聞いたとき」;
# so does one inside brackets, up to their close (「『何か聞きたいことある？』と振ったら」).
_QUOTED_AFTER = re.compile(
    r"\s*(?:と(?:の|聞|伺|お尋ね|言|おっしゃ|尋ね)|って|(?<=[?!？！])[」』])"
)


@cache
def _is_stop(char: str) -> bool:
    """The character normalises to end in a full stop, ! or ? (remembered per character: a
    mail import asks for every character of thousands of mails)."""
    return normalize(char)[-1:] in ("。", "!", "?")


def offsets(original: str, norm: str) -> list[int] | None:
    """For each position of ``norm`` (``normalize(original)``), the position in ``original``
    it came from (one extra entry for the end); None when characters combine under NFKC
    and no such map exists."""
    out: list[int] = []
    for i, char in enumerate(original):
        out.extend([i] * len(normalize(char)))
    if len(out) != len(norm) or "".join(normalize(c) for c in original) != norm:
        return None
    out.append(len(original))
    return out


_CLAUSE_END = re.compile(r"[、。，．,.！？!?\n」』）)]")
_PREDICATE = ("動詞", "形容詞", "助動詞", "接尾辞")


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """``start:end`` widened to whole words, so that a quote never stops mid-word (「お答え
    いたしかね」→「お答えいたしかねます」, 「なぜ落ち」→「なぜ落ちた」): the analyzer's phrase
    snapping, then the auxiliaries after a predicate's suffix, which it leaves out (Sudachi
    reads 〜かね as a suffix), and a sentence-final particle after them (「…いただけますでしょう
    か」). Only the clause holding the span is tokenized."""
    from furikaeri.analyzer.doc import Doc
    from furikaeri.analyzer.types import Span
    from furikaeri.nlp import morphemes

    if not 0 <= start < end <= len(text):
        return start, end
    snapped = Doc(text).phrase(Span(start, end, text[start:end]))
    start, end = snapped.start, snapped.end
    stop = _CLAUSE_END.search(text, end)
    clause = text[start : stop.start() if stop else len(text)][: end - start + 40]
    ms = list(morphemes(clause)) if clause.strip() else []
    last = next((m for m in ms if m.end() == end - start), None)
    if last is None or last.part_of_speech()[0] not in _PREDICATE:
        return start, end
    for m in ms:
        pos = m.part_of_speech()
        # The auxiliaries, and a sentence-final particle closing them (「…でしょうか」).
        if m.begin() == end - start and (
            pos[0] in ("助動詞", "接尾辞") or pos[:2] == ("助詞", "終助詞")
        ):
            end = start + m.end()
    return start, end
