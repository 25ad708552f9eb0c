"""The readable report of `furikaeri analyze` as plain text, for output that is not a terminal.

Rich prints no colours there, only the characters: the panel around the answer, the lines
wrapped the Japanese way (linebreak.wrap, as linebreak.JaText wraps them). This module gives
those same characters without importing Rich's console (~35 ms of a cold start): report.py
renders the same lines, and tests/test_report_plain.py checks the two agree character for
character. Whenever Rich might print something else (a terminal, FORCE_COLOR or
TTY_COMPATIBLE, an encoding other than UTF, a width too narrow for the fixed lines, control
characters or emoji sequences whose width Rich reckons by grapheme), :func:`plain_report` gives
None and the caller prints with Rich.
"""

from __future__ import annotations

import builtins
import os
import sys
from typing import TYPE_CHECKING

from furikaeri.analyzer.types import KIND_LABELS, SEVERITY_LABELS
from furikaeri.linebreak import cell_len, wrap

if TYPE_CHECKING:
    from furikaeri.analyzer import Analysis

NOTHING_FOUND = "よくある不採用の原因にあたる点は見つかりませんでした。"
STRENGTHS = "良かった点"
MIN_WIDTH = 64  # the fixed lines (NOTHING_FOUND: 54 cells) and the panel title fit
# Characters Rich does not lay out one by one: control codes (it strips some, expands tabs),
# zero width joiner and variation selectors (emoji sequences measured by grapheme), lone
# surrogates (not printable). (Markup and emoji codes matter in the panel title only: "[", ":".)
_UNSAFE_RANGES = ((0, 0x0A), (0x0B, 0x20), (0x7F, 0xA0), (0x200D, 0x200E), (0xFE0E, 0xFE10))
_UNSAFE = frozenset(chr(c) for lo, hi in (*_UNSAFE_RANGES, (0xD800, 0xE000)) for c in range(lo, hi))


def rich_is_plain(environ: dict[str, str] | None = None) -> bool:
    """Whether Rich would print to sys.stdout without styles, as to a file or a pipe (its
    Console.is_terminal is false: TTY_COMPATIBLE, then FORCE_COLOR, then isatty), in UTF,
    outside Windows and Jupyter."""
    env = os.environ if environ is None else environ
    if sys.platform == "win32" or hasattr(builtins, "get_ipython") or "idlelib" in sys.modules:
        return False
    if not (getattr(sys.stdout, "encoding", None) or "utf-8").lower().startswith("utf"):
        return False
    compatible = env.get("TTY_COMPATIBLE", "")
    if compatible in ("0", "1"):
        return compatible == "0"
    force = env.get("FORCE_COLOR")
    if force is not None:
        return force == ""
    try:
        return not sys.stdout.isatty()
    except (AttributeError, ValueError):
        return True


def console_width(environ: dict[str, str] | None = None) -> int:
    """The width Rich's Console takes: COLUMNS, else the first terminal among the standard
    streams (a pipe from a terminal is as wide as the terminal), else 80."""
    env = os.environ if environ is None else environ
    columns = env.get("COLUMNS")
    if columns is not None and columns.isdigit():
        return int(columns)
    width = 0
    for fd in (0, 1, 2):
        try:
            width = os.get_terminal_size(fd).columns
        except (AttributeError, ValueError, OSError):
            continue
        break
    return width or 80


def plain_report(result: Analysis, width: int | None = None) -> str | None:
    """The report as Rich prints it where output is not a terminal, ``width`` cells wide
    (default: console_width()); None when only Rich can say how it would look."""
    width = console_width() if width is None else width
    minutes, seconds = divmod(result.spoken_seconds, 60)
    label = KIND_LABELS.get(result.kind, result.kind)
    title = f" {label}　{result.chars}字（話すと約{minutes}分{seconds:02d}秒） "
    texts = [result.answer, title]
    for f in result.findings:
        texts += [f.message, f.code, f.advice, *(span.text for span in f.evidence)]
    for s in result.strengths:
        texts += [s.message, *(span.text for span in s.evidence[:1])]
    if (
        width < MIN_WIDTH
        or cell_len(title) > width - 4
        or "[" in title
        or ":" in title
        or not all(_UNSAFE.isdisjoint(t) for t in texts)
    ):
        return None
    inner = width - 4
    lines = [f"╭─{title}{'─' * (inner - cell_len(title))}─╮"]
    lines += [f"│ {line}{' ' * (inner - cell_len(line))} │" for line in wrap(result.answer, inner)]
    lines.append(f"╰{'─' * (width - 2)}╯")
    if not result.findings:
        lines.append(NOTHING_FOUND)
    for f in result.findings:
        severity = SEVERITY_LABELS.get(f.severity, f.severity)
        lines += wrap(f"【{severity}】{f.message}（{f.code}）", width)
        quotes = "".join(f"「{span.text}」" for span in f.evidence)
        if quotes:
            lines += wrap(f"　根拠：{quotes}", width)
        lines += wrap(f"　改善：{f.advice}", width)
    if result.strengths:
        lines.append(STRENGTHS)
        for s in result.strengths:
            quote = f"（「{s.evidence[0].text}」）" if s.evidence else ""
            lines += wrap(f"　✓{s.message}{quote}", width)
    if any(cell_len(line) > width for line in lines):
        return None  # Rich would crop what does not fit
    return "\n".join(lines) + "\n"
