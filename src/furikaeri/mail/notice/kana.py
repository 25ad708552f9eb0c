"""A mail written all in hiragana with spaces between its words (a small shop's
「ざんねんながら こんかいは さいようを みおくらせて いただく ことに なりました」), read in kanji
so the rules, written on kanji, read it ([kana] in data/mail_notices.toml). Sudachi knows few
such words in kana (さいよう is さい・よう to it), so each word between spaces is read from its
opening: a noun of the rules' own vocabulary, by Sudachi's reading of it, with only function
words after it; and the verbs and adjectives Sudachi itself gives a kanji normalized form.

A mail written all in katakana (a half-width telegram style, 「ｾﾝｺｳｹｯｶ ｻﾞﾝﾈﾝﾅｶﾞﾗ…」, folded to full
width by NFKC) is read the same way once its katakana are turned to hiragana: Sudachi reads
neither as words, and the rules' vocabulary is found by its reading. In a mail that only writes
some words in half-width katakana (「ﾒﾝｾﾂ日時のご案内」, a legacy system's subject), those words
alone are read so (:func:`halfwidth_reading`)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from furikaeri.mail.notice.rules import _NoticeRules

_HIRAGANA = re.compile(r"[ぁ-ゖー]")
_KATAKANA = re.compile(r"[ァ-ヺー]")
_JAPANESE = re.compile(r"[ぁ-ゖァ-ヺー一-龥々]")
_SPACED = re.compile(r"[ぁ-ゖ][ \u3000]+(?=[ぁ-ゖ])")
_KANJI = re.compile(r"[一-龥々]")
_ALL_HIRAGANA = re.compile(r"[ぁ-ゖー]+")
_WORDS = re.compile(r"[ぁ-ゖァ-ヺー一-龥々]+")  # the Japanese words of a pattern's source
_SPACE = re.compile(r"(\s+)")
_HALFWIDTH = re.compile(r"([\uff66-\uff9f]+)")  # half-width katakana (ｦ-ﾟ, with ｰ ﾞ ﾟ)
_FUNCTION = ("助詞", "助動詞", "接尾辞")  # parts of speech that may follow a noun in its word
_READ = ("動詞", "形容詞", "形状詞")  # read by Sudachi's own normalized form


def spaced_kana(rules: _NoticeRules, text: str) -> bool:
    """``text`` is written in hiragana with spaces between its words ([kana] `share`,
    `spaces_min`)."""
    japanese = len(_JAPANESE.findall(text))
    return (
        japanese > 0
        and len(_HIRAGANA.findall(text)) >= rules.kana.share * japanese
        and len(_SPACED.findall(text)) >= rules.kana.spaces_min
    )


def kana_written(rules: _NoticeRules, text: str) -> str:
    """``text`` as the kana reading sees it: a mail written in katakana ([kana] `share` of its
    Japanese characters, after NFKC) turned to hiragana; any other mail as it is."""
    folded = unicodedata.normalize("NFKC", text)
    japanese = len(_JAPANESE.findall(folded))
    if japanese and len(_KATAKANA.findall(folded)) >= rules.kana.share * japanese:
        return _hiragana(folded)
    return text


@dataclass(frozen=True)
class KanjiReading:
    """A text read in kanji, word by word: ``pieces`` pairs each piece read with the mail's own."""

    pieces: tuple[tuple[str, str], ...]

    @property
    def text(self) -> str:
        return "".join(read for read, _ in self.pieces)

    def original(self, phrase: str) -> str:
        """The mail's own words that ``phrase`` (found in the text read, as the rules read it:
        NFKC, lower case, spaces removed) was read from: the whole words it spans; ``phrase``
        itself when it is not found."""
        reads = [
            [_folded(c) for c in read] for read, _ in self.pieces
        ]  # each character as the rules read it (「､」 is 「、」)
        chars = [k for k, read in enumerate(reads) for c in read for _ in c]  # each one's piece
        sought = _folded(phrase)
        at = "".join(c for read in reads for c in read).find(sought)
        if at < 0 or not phrase:
            return phrase
        first, last = chars[at], chars[at + len(sought) - 1]
        return "".join(own for _, own in self.pieces[first : last + 1]).strip()


def _folded(text: str) -> str:
    """``text`` as the rules read it (mail.text.normalize: NFKC, lower case, no spaces)."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text).lower())


def dialect_reading(rules: _NoticeRules, text: str) -> KanjiReading | None:
    """``text`` with its western dialect forms read in the standard ones ([kana] `dialect`:
    Kyushu's 「難しか」 as 「難しい」, the copula 「OKやったで」 as 「OKでした」); each other
    character as written. None when no form is there."""
    pieces: list[tuple[str, str]] = []
    at = 0
    found = sorted(
        (m.start(), m.end(), read)
        for pattern, read in rules.kana.dialect
        for m in pattern.finditer(text)
    )
    for start, end, read in found:
        if start < at:  # (overlapping another form read)
            continue
        pieces.extend((c, c) for c in text[at:start])
        pieces.append((read, text[start:end]))
        at = end
    if not found:
        return None
    pieces.extend((c, c) for c in text[at:])
    return KanjiReading(tuple(pieces))


def halfwidth_reading(rules: _NoticeRules, text: str) -> KanjiReading | None:
    """``text`` with its runs of half-width katakana read as the kana they stand for: a legacy
    system (a staffing agency's) writes every kana so and its kanji as kanji (「ｺﾞ応募ｲﾀﾀﾞｲﾀ倉庫内
    軽作業ﾆﾂｷﾏｼﾃ､今回ﾊ…ﾃﾞｷﾏｾﾝﾃﾞｼﾀ｡」). A run is read in hiragana (the particles and endings of the
    words around it) but for the katakana words Sudachi knows in it (ピッキング, スタッフ:
    :func:`_katakana_words`); a hiragana piece that opens a word with a noun of the rules'
    vocabulary is read in kanji (「ﾒﾝｾﾂ日時」 → 「面接日時」). None when no run is there."""
    nouns = _vocabulary(rules)
    parts = _HALFWIDTH.split(text)
    if len(parts) == 1:
        return None
    full = [
        p if k % 2 == 0 else _hiragana(unicodedata.normalize("NFKC", p))
        for k, p in enumerate(parts)
    ]
    pieces: list[tuple[str, str]] = []
    for k, piece in enumerate(parts):
        if k % 2 == 0:  # as written, character by character (the evidence spans no more)
            pieces.extend((c, c) for c in piece)
            continue
        chars = _halfwidth_chars(piece)
        before, after = _line_around(full, k)
        words = _katakana_words(full[k], before, after)
        for start, stop, katakana in _split_runs(len(chars), words):
            own = "".join(chars[start:stop])
            kana = full[k][start:stop]
            if katakana:
                pieces.append((unicodedata.normalize("NFKC", own), own))
            elif start == 0 and _KANJI.search(before[-1:]):  # an ending or a particle: as it is
                pieces.append((kana, own))
            else:
                pieces.append((_read_word(rules, nouns, kana), own))
    return KanjiReading(tuple(pieces))


def _line_around(parts: list[str], k: int) -> tuple[str, str]:
    """The text of part ``k``'s line before and after it: the parts are walked only up to the
    nearest line break each way (joining every part each time was quadratic in the runs)."""
    before: list[str] = []
    for j in range(k - 1, -1, -1):
        _, brk, tail = parts[j].rpartition("\n")
        before.append(tail)
        if brk:
            break
    after: list[str] = []
    for j in range(k + 1, len(parts)):
        head, brk, _ = parts[j].partition("\n")
        after.append(head)
        if brk:
            break
    return "".join(reversed(before)), "".join(after)


def _halfwidth_chars(run: str) -> list[str]:
    """``run`` (half-width katakana) cut into its characters as NFKC folds them: a voiced or
    semi-voiced mark goes with the kana before it (ｶﾞ is ガ)."""
    chars: list[str] = []
    for c in run:
        if c in "\uff9e\uff9f" and chars:
            chars[-1] += c
        else:
            chars.append(c)
    return chars


_KATAKANA_GAIN = 1000  # Sudachi's path cost a katakana word must save to be read as one


def _katakana_words(kana: str, before: str, after: str) -> list[tuple[int, int]]:
    """The spans of ``kana`` (a run read as hiragana, between ``before`` and ``after`` on its
    line) that are katakana words: a common noun Sudachi's dictionary holds in katakana (its
    normalized form the word itself: アルバイト, not コト 事), two characters or more, that makes
    the line cheaper to read by `_KATAKANA_GAIN` (Sudachi's own path cost: 「あるばいとの面接」
    costs more than 「アルバイトの面接」; 「10日デス」 saves too little over 「10日です」). The word
    that saves most is taken first, then the next on the line so read, none overlapping."""
    from furikaeri.nlp import path_cost, word_entries

    katakana = _katakana(kana)
    found = [
        (i, j)
        for i in range(len(kana))
        for j in range(i + 2, min(len(kana), i + _WORD_MAX) + 1)
        if any(
            pos[:2] == ("名詞", "普通名詞") and form == katakana[i:j]
            for pos, form in word_entries(katakana[i:j])
        )
    ]
    taken: list[tuple[int, int]] = []
    current = kana
    while found:
        cost = path_cost(before + current + after)
        gains = [
            (cost - path_cost(before + current[:i] + katakana[i:j] + current[j:] + after), (i, j))
            for i, j in found
        ]
        gain, (i, j) = max(gains, key=lambda g: (g[0], g[1][1] - g[1][0]))
        if gain < _KATAKANA_GAIN:
            break
        taken.append((i, j))
        current = current[:i] + katakana[i:j] + current[j:]
        found = [(a, b) for a, b in found if b <= i or j <= a]
    return sorted(taken)


_WORD_MAX = 12  # characters of a katakana word looked up


def _split_runs(length: int, words: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """(start, stop, is a katakana word) covering ``length`` characters around ``words``."""
    out: list[tuple[int, int, bool]] = []
    at = 0
    for i, j in words:
        if at < i:
            out.append((at, i, False))
        out.append((i, j, True))
        at = j
    if at < length:
        out.append((at, length, False))
    return out


def kanji_reading(rules: _NoticeRules, text: str, own: str | None = None) -> KanjiReading:
    """``text`` read in kanji, word by word (words are the runs between spaces). ``own`` is the
    mail as written when ``text`` is its :func:`kana_written` form: the words it gives back."""
    nouns = _vocabulary(rules)
    written = _SPACE.split(text)
    owned = _SPACE.split(own) if own is not None else written
    if len(owned) != len(written):
        owned = written
    pieces: list[tuple[str, str]] = []
    for piece, its_own in zip(written, owned, strict=True):
        if not piece or piece.isspace():
            pieces.append((piece, its_own))
        else:
            pieces.append((_read_word(rules, nouns, piece), its_own))
    return KanjiReading(tuple(pieces))


def _read_word(rules: _NoticeRules, nouns: dict[str, str], word: str) -> str:
    """One word read: a vocabulary noun opening it (after an honorific prefix) with function words
    after it, then the verbs and adjectives of the rest."""
    for prefix in ("", *rules.kana.prefixes):
        if not word.startswith(prefix):
            continue
        rest = word[len(prefix) :]
        for reading in sorted((r for r in nouns if rest.startswith(r)), key=len, reverse=True):
            tail = rest[len(reading) :]
            if _noun_first(nouns[reading], tail):
                return prefix + nouns[reading] + _read_verbs(tail)
    return _read_verbs(word)


def _noun_first(noun: str, tail: str) -> bool:
    """``noun`` before ``tail`` is read as one word, followed by nothing, a function word (a
    particle, an auxiliary, a suffix) or a light verb (Sudachi's 非自立可能: する, できる, なる):
    「採用を」「縁が」「採用できません」, not 「面なさい」."""
    from furikaeri.nlp import morphemes

    ms = list(morphemes(noun + tail))
    if not ms or ms[0].surface() != noun:
        return False
    if len(ms) == 1:
        return True
    pos = ms[1].part_of_speech()
    return pos[0] in _FUNCTION or (pos[0] == "動詞" and pos[1] == "非自立可能")


def _read_verbs(text: str) -> str:
    """``text`` with each verb, adjective or adjectival noun written in hiragana replaced by its
    Sudachi normalized form when that has kanji, keeping the word's own ending (みおくら → 見送ら).
    Light verbs (いただく, なる) stay as written, as the rules read them."""
    from furikaeri.nlp import morphemes

    out: list[str] = []
    for m in morphemes(text):
        surface, pos = m.surface(), m.part_of_speech()
        form = m.normalized_form()
        if (
            pos[0] not in _READ
            or pos[1] == "非自立可能"
            or _KANJI.search(surface)
            or not _KANJI.search(form)
        ):
            out.append(surface)
            continue
        if pos[0] == "形状詞":
            out.append(form)
            continue
        lemma = m.dictionary_form()
        common = 0
        while common < min(len(surface), len(lemma)) and surface[common] == lemma[common]:
            common += 1
        ending = lemma[common:]
        if common and form.endswith(ending):
            out.append(form[: len(form) - len(ending)] + surface[common:])
        else:
            out.append(surface)
    return "".join(out)


_NOUNS: dict[int, dict[str, str]] = {}


def _vocabulary(rules: _NoticeRules) -> dict[str, str]:
    """The nouns of the [kana] `vocabulary` patterns, by their hiragana reading (Sudachi's, two
    kana or more): 「さいよう」 → 採用."""
    found = _NOUNS.get(id(rules))
    if found is not None:
        return found
    from furikaeri.nlp import read_morphemes

    sources = {
        "rejection.strong": rules.strong["rejection"],
        "rejection.weak": rules.weak,
        "offer.strong": rules.strong["offer"],
        "pass.strong": rules.strong["pass"],
        "interview_invite.strong": rules.strong["interview_invite"],
        "interview_invite.generic": rules.invite_generic,
        "outcome.dealings": (rules.outcome.dealings,),
        "rejection.taken_who": (re.compile("|".join(sorted(rules.taken.who))),),
    }
    found = {}
    for name in rules.kana.vocabulary:
        for pattern in sources[name]:
            for words in _WORDS.findall(pattern.pattern):
                ms = list(read_morphemes(words))
                for m, nxt in zip(ms, [*ms[1:], None], strict=True):
                    reading = _hiragana(m.reading_form())
                    surface = m.surface()
                    if (
                        m.part_of_speech()[0] == "名詞"
                        and _KANJI.match(surface)
                        and (len(surface) > 1 or (nxt and nxt.part_of_speech()[0] == "助詞"))
                        and len(reading) >= 2
                        and _ALL_HIRAGANA.fullmatch(reading)
                    ):  # (one kanji is a word only before a particle: 「縁が」, not 「叶」 of 叶わ)
                        found.setdefault(reading, surface)
    _NOUNS[id(rules)] = found
    return found


def _hiragana(katakana: str) -> str:
    """Katakana as hiragana (ァ-ヶ shifted; ー kept)."""
    return "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in katakana)


def _katakana(hiragana: str) -> str:
    """Hiragana as katakana (ぁ-ゖ shifted)."""
    return "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in hiragana)
