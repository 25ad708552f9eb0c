"""Application documents (履歴書, 職務経歴書, ES answers): read from an upload (.txt, .docx via
python-docx, .pdf text via pypdf) and checked as written: the analyzer's checks on each section
it can judge (abstract self-PR, generic motivation against the company, complaints as reasons),
sentences over about 60 字, and the share of a stated character limit that is used.

:func:`read_upload` raises :class:`DocumentError` with a clear Japanese message (an encrypted or
image-only PDF, a 500-page PDF, an unknown format); :func:`check_document` is pure.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import PurePath
from typing import Any

from pydantic import BaseModel, ConfigDict

from furikaeri.catalogue import validated
from furikaeri.errors import FurikaeriError
from furikaeri.library_logs import quiet

_SENTENCE = re.compile(r"[^。！？!?\n]+[。！？!?]?")


class DocumentError(FurikaeriError):
    """A file that cannot be read as a document (the message says what to do instead)."""

    status = 422  # the form comes back with the message by the file field


class _Limits(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sentence_chars: int
    low_share: float
    good_share: float
    max_pdf_pages: int
    max_upload_bytes: int
    min_pdf_chars: int


class _Sections(BaseModel):
    model_config = ConfigDict(extra="forbid")
    max_heading_chars: int
    extra: dict[str, str]


class _Findings(BaseModel):
    model_config = ConfigDict(extra="forbid")
    spoken_only: list[str]


class _Data(BaseModel):
    """data/documents.toml as written."""

    model_config = ConfigDict(extra="forbid")
    limits: _Limits
    sections: _Sections
    findings: _Findings
    messages: dict[str, str]
    errors: dict[str, str]

    @property
    def max_heading_chars(self) -> int:
        return self.sections.max_heading_chars

    @property
    def extra_headings(self) -> dict[str, str]:
        return self.sections.extra

    @property
    def spoken_only(self) -> list[str]:
        return self.findings.spoken_only


@cache
def document_data() -> _Data:
    """data/documents.toml, checked (a malformed file raises DataFileError naming the place)."""
    return validated("documents.toml", _Data)


def _error(key: str, **values: object) -> DocumentError:
    return DocumentError(document_data().errors[key].format(**values), field="file")


# --- reading files --------------------------------------------------------------------------


def read_upload(filename: str, data: bytes) -> str:
    """The text of an uploaded .txt, .docx or .pdf. Raises DocumentError (field ``file``).
    NUL characters are dropped: invisible, and PostgreSQL cannot store them."""
    limits = document_data().limits
    if len(data) > limits.max_upload_bytes:
        mb = limits.max_upload_bytes // (1024 * 1024)
        raise _error("too_large", mb=mb)
    suffix = PurePath(filename or "").suffix.lower()
    readers = {".txt": _read_text, ".docx": _read_docx, ".pdf": _read_pdf}
    if suffix not in readers:
        raise _error("format")
    return readers[suffix](data).replace("\x00", "")


def decode_text(data: bytes) -> str | None:
    """A Japanese text file's text: UTF-8 (with or without the BOM メモ帳 writes), else
    Shift_JIS (cp932: older Windows editors), else EUC-JP; None when none of them reads it.
    The web's document upload and the CLI's --file options read files the same way. A
    UTF-16 file (メモ帳's 「Unicode」) starts with its BOM, which no other of these begins with.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    for encoding in ("utf-8-sig", "cp932", "euc_jp"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _read_text(data: bytes) -> str:
    text = decode_text(data)
    if text is None:
        raise _error("encoding")
    return text


def _read_docx(data: bytes) -> str:
    import docx  # python-docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several types for a broken or foreign file
        raise _error("docx") from exc
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            cells = list(dict.fromkeys(c.text.strip() for c in row.cells if c.text.strip()))
            lines.append("\n".join(cells))
    return "\n".join(lines).strip()


def _read_pdf(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    limits = document_data().limits
    try:
        with quiet("pypdf"):  # 「EOF marker not found」: our message says the file is broken
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted and not reader.decrypt(""):
                raise _error("encrypted")
            pages = len(reader.pages)
    except DocumentError:
        raise
    except (PdfReadError, ValueError, OSError, KeyError, TypeError) as exc:
        raise _error("pdf") from exc
    if pages > limits.max_pdf_pages:
        raise _error("pages", pages=pages, limit=limits.max_pdf_pages)
    try:
        with quiet("pypdf"):
            text = "\n".join((page.extract_text() or "") for page in reader.pages).strip()
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise _error("pdf") from exc
    if len("".join(text.split())) < limits.min_pdf_chars:
        raise _error("image_only")
    return text


# --- checking -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SectionFinding:
    section: str  # the heading (or the ES question)
    cause: str
    code: str
    message: str
    advice: str
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class LongSentence:
    text: str
    chars: int
    message: str


@dataclass(frozen=True)
class DocumentCheck:
    chars: int
    findings: tuple[SectionFinding, ...]
    long_sentences: tuple[LongSentence, ...]
    sections: tuple[str, ...]  # the headings judged
    limit_message: str = ""
    limit_level: str = ""  # low | near | good | over ("" without a limit)
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def clean(self) -> bool:
        return not self.findings and not self.long_sentences and self.limit_level in ("", "good")


def count_chars(text: str) -> int:
    """Characters as an ES form counts them: everything but spaces and line breaks."""
    return len("".join(text.split()))


def _kind_of(heading: str) -> str:
    from furikaeri.analyzer.kinds import infer_kind

    for word, kind in document_data().extra_headings.items():
        if word in heading:
            return kind
    return infer_kind(heading)


def sections(text: str) -> list[tuple[str, str, str]]:
    """(heading, kind, body) of each part under a short heading line the analyzer can judge."""
    limit = document_data().max_heading_chars
    out: list[tuple[str, str, list[str]]] = []
    for line in text.splitlines():
        stripped = line.strip().strip("■□◆◇●○【】[]「」:：")
        kind = _kind_of(stripped) if 0 < len(stripped) <= limit else "other"
        if kind != "other":
            out.append((stripped, kind, []))
        elif out and line.strip():
            out[-1][2].append(line.strip())
    return [(h, k, "\n".join(b)) for h, k, b in out if b]


def _share(chars: int, limit: int | None) -> tuple[str, str]:
    if not limit:
        return "", ""
    d = document_data()
    share = chars / limit
    values = {"limit": limit, "chars": chars, "share": round(share * 100), "over": chars - limit}
    if share > 1:
        level = "over"
    elif share < d.limits.low_share:
        level = "low"
    elif share < d.limits.good_share:
        level = "near"
    else:
        level = "good"
    return d.messages[f"{level}_share"].format(**values), level


def _long_sentences(text: str) -> list[LongSentence]:
    d = document_data()
    out = []
    for m in _SENTENCE.finditer(text):
        sentence = m.group(0).strip()
        n = count_chars(sentence)
        if n > d.limits.sentence_chars:
            out.append(LongSentence(sentence, n, d.messages["long_sentence"].format(chars=n)))
    return out


def _analyzed(
    parts: list[tuple[str, str, str]], company: Any
) -> tuple[list[SectionFinding], list[str]]:
    from furikaeri.analyzer import AnalyzeError, analyze

    skip = set(document_data().spoken_only)
    found, notes = [], []
    for heading, kind, body in parts:
        try:
            result = analyze(body, question=heading, kind=kind, company=company)
        except AnalyzeError as exc:
            notes.append(f"「{heading}」は判定できませんでした: {exc.message}")
            continue
        for f in result.findings:
            if f.code in skip:
                continue
            quotes = tuple(s.text for s in f.evidence[:3])
            found.append(SectionFinding(heading, f.cause, f.code, f.message, f.advice, quotes))
    return found, notes


def check_document(
    text: str,
    *,
    kind: str = "es",
    question: str = "",
    char_limit: int | None = None,
    company: str = "",
    company_profile: str = "",
) -> DocumentCheck:
    """Check a document as written. An ES answer is judged as the answer to ``question``; a
    履歴書 / 職務経歴書 section by section (志望動機, 自己PR, 退職理由 ...). Pure."""
    from furikaeri.analyzer import Company

    text = text.strip()
    if kind == "es":
        es_kind = _kind_of(question) if question else "other"
        parts = [(question or "回答", es_kind if es_kind != "other" else "self_pr", text)]
        if not question:
            parts = [(h, k, b) for h, k, b in sections(text)] or parts
    else:
        parts = sections(text)
    about = (
        Company(name=company or None, profile=company_profile or None)
        if company or company_profile
        else None
    )
    found, notes = _analyzed(parts, about)
    if not parts:
        notes.append(
            "志望動機・自己PR・退職理由などの見出しが見つからなかったため、内容の判定は行っていません（文の長さだけを確かめました）。"
        )
    chars = count_chars(text)
    message, level = _share(chars, char_limit)
    return DocumentCheck(
        chars=chars,
        findings=tuple(found),
        long_sentences=tuple(_long_sentences(text)),
        sections=tuple(h for h, _, _ in parts),
        limit_message=message,
        limit_level=level,
        notes=tuple(notes),
    )
