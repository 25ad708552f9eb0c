"""Japanese line breaking for the terminal (禁則処理), as a Rich renderable.

Rich wraps at spaces; Japanese has none, so a long line was cut at whatever cell the width ran
out: 「。」「、」「」」 at the start of a line and words split in two (「残業が多」「い」).
Here a line may break only between phrases (a content word starts a new unit; particles,
auxiliaries and suffixes stay with the word before), never before closing punctuation or small
kana and never after an opening bracket. A unit wider than the line is folded by characters,
still without starting a line on closing punctuation (追い出し).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len

if TYPE_CHECKING:  # Rich's renderables are imported by JaText only: the plain report
    # (report_plain) wraps lines with this module and imports no more of Rich than its cells.
    from rich.console import Console, ConsoleOptions, RenderResult
    from rich.measure import Measurement
    from rich.text import Text

# Characters that must not start a line (行頭禁則) and must not end one (行末禁則).
NO_START = frozenset(
    "、。，．,.)）]］}｝〕〉》」』】〙〗〟’”｠»"
    "!?！？‼⁇⁈⁉:;：；・…‥ー〜～ゝゞ々〻"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
    "ｧｨｩｪｫｯｬｭｮｰﾞﾟ"
)
NO_END = frozenset("(（[［{｛〔〈《「『【〘〖〝‘“｟«")
# A new phrase may start at these parts of speech (content words), not at particles,
# auxiliaries or suffixes.
_CONTENT = frozenset(
    {"名詞", "代名詞", "動詞", "形容詞", "形状詞", "副詞", "連体詞", "接続詞", "感動詞", "接頭辞"}
)


def _may_break(prev: Any, tok: Any) -> bool:
    """May a line start at ``tok``, after ``prev``?"""
    first, last = tok.surface[0], prev.surface[-1]
    if first in NO_START or last in NO_END or tok.pos == "空白":
        return False
    if prev.pos == "空白":
        return True
    if (
        ((last.isascii() and last.isalnum()) or last in ".,:%")
        and first.isascii()
        and first.isalnum()
    ):
        return False  # inside a Latin word or a number (2.5, v1.2)
    if prev.pos == "補助記号" or first in NO_END:
        return True  # after 。、」 and the like, or before 「（
    if tok.pos not in _CONTENT or tok.pos2 == "非自立可能" or prev.pos in ("接頭辞", "連体詞"):
        return False
    return not (tok.pos == "名詞" and prev.pos == "名詞")  # a compound noun stays whole


def break_points(text: str) -> list[int]:
    """Offsets in ``text`` where a new line may start (0 and len(text) excluded)."""
    from furikaeri.nlp import tokenize

    tokens = tokenize(text)
    return [tok.begin for prev, tok in itertools.pairwise(tokens) if _may_break(prev, tok)]


def _fold(
    text: str, span: tuple[int, int], width: int, used: int, line_begin: int
) -> tuple[list[int], int, int]:
    """Cut a unit wider than the line by characters, carrying a character down with closing
    punctuation (追い出し). Returns the cuts, the width used and the start of the last line."""
    offsets: list[int] = []
    for i in range(*span):
        w = cell_len(text[i])
        if used + w > width and used > 0:
            cut = i
            while text[cut] in NO_START and cut - 1 > line_begin:
                cut -= 1
            offsets.append(cut)
            line_begin, used = cut, cell_len(text[cut:i])
        used += w
    return offsets, used, line_begin


def wrap_offsets(text: str, width: int) -> list[int]:
    """Where to cut ``text`` (one paragraph) so that each line fits ``width`` cells."""
    width = max(width, 4)
    if cell_len(text) <= width:
        return []
    bounds = [0, *break_points(text), len(text)]
    offsets: list[int] = []
    used, line_begin = 0, 0
    for start, end in itertools.pairwise(bounds):
        unit = cell_len(text[start:end])
        visible = cell_len(text[start:end].rstrip())  # spaces may hang past the edge
        if used + visible <= width:
            used += unit
            continue
        if used and visible <= width:  # the unit fits on a line of its own
            offsets.append(start)
            used, line_begin = unit, start
            continue
        folded, used, line_begin = _fold(text, (start, end), width, used, line_begin)
        offsets += folded
    return offsets


def wrap(text: str, width: int) -> list[str]:
    """``text`` as lines of at most ``width`` cells, broken the Japanese way."""
    out: list[str] = []
    for paragraph in text.split("\n"):
        cuts = [0, *wrap_offsets(paragraph, width), len(paragraph)]
        out += [paragraph[a:b].rstrip() for a, b in itertools.pairwise(cuts)]
    return out


class JaText:
    """A Rich renderable: ``text`` (a str or a styled Text) wrapped to the available width with
    Japanese line-breaking rules; styles are kept."""

    def __init__(self, text: str | Text) -> None:
        from rich.text import Text

        self.text = text if isinstance(text, Text) else Text(text)

    def _lines(self, width: int) -> Iterator[Text]:
        for paragraph in self.text.split("\n", allow_blank=True):
            offsets = wrap_offsets(paragraph.plain, width)
            for line in paragraph.divide(offsets) if offsets else [paragraph]:
                line.rstrip()
                line.no_wrap = True
                line.overflow = "ignore"
                line.end = "\n"
                yield line

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield from self._lines(options.max_width)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        from rich.measure import Measurement

        longest = max((cell_len(p) for p in self.text.plain.split("\n")), default=0)
        return Measurement(min(longest, 12), longest)


def ja_lines(texts: Iterable[str | Text]) -> list[JaText]:
    return [JaText(t) for t in texts]
