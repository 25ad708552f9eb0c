"""What a sentence tells of the candidate's merits: a liking or a knack claimed (好きで,
得意です, 自信があります), a success or a favour met (褒められました, 二番目の成績を残しました,
名前で呼んでいただけるようになりました), a kind of person with a good word (全力で取り組むタイプ),
an ability (すぐに打ち解けられます). A question on one's flaw (topics.toml `flaw`) answered only
so tells the opposite of what it asks (offtopic._record_instead). Read on Sudachi's words, the
polarity dictionary and [concepts] favours and joys, not on phrases."""

from __future__ import annotations

from bisect import bisect_left

from furikaeri.analyzer.blame.complaints import _speaker_only_subject, potential_form
from furikaeri.analyzer.content.predicates import holds_auxiliary, negated
from furikaeri.analyzer.doc import Doc, Sentence
from furikaeri.analyzer.semantics import concept, normalized_words, polarity
from furikaeri.nlp import Word

# What merit() gives: none, a kind or an ability (said of anyone's way), a claim or a success.
NONE, SOFT, FIRM = 0, 1, 2


def merit(doc: Doc, sent: Sentence) -> int:
    """How plainly ``sent`` tells a merit of the speaker: FIRM for a liking or knack claimed or
    a success met, SOFT for a kind of person with a good word or an ability, NONE else (and for
    a wish: たい tells what one wants)."""
    ws = doc.words
    lo, hi = bisect_left(doc.begins, sent.start), bisect_left(doc.begins, sent.end)
    if holds_auxiliary(ws, lo, hi, "たい"):
        return NONE
    if _claimed(doc, lo, hi) or _succeeded(doc, lo, hi):
        return FIRM
    if _kind(doc, lo, hi) or _able(ws, lo, hi):
        return SOFT
    return NONE


def _good(w: Word) -> bool:
    """The polarity dictionary holds the word positive (as a noun or a predicate)."""
    pol = polarity()
    return pol.of(w.lemma, noun=True) > 0 or pol.of(w.lemma, noun=False) > 0


def _copula(ws: list[Word], k: int) -> bool:
    """Word k is the copula closing a predicate (です, で, だ), not な before a noun."""
    return (
        k < len(ws)
        and ws[k].pos == "助動詞"
        and ws[k].lemma in ("だ", "です")
        and not (k + 1 < len(ws) and ws[k + 1].pos == "名詞")
    )


def _claimed(doc: Doc, lo: int, hi: int) -> bool:
    """A liking or knack of [self_pr] liking_words the polarity dictionary holds good, as the
    predicate (「人と話すことが好きで」「関係づくりが得意です」), or 自信 had (「体力には自信が
    あります」)."""
    ws, likings = doc.words, normalized_words("self_pr", "liking_words")
    for i in range(lo, hi):
        w = ws[i]
        if w.normalized in likings and _good(w) and _copula(ws, i + 1):
            return True
        if w.normalized == "自信" and any(
            ws[k].normalized == "有る" and not negated(ws, k) for k in range(i + 1, min(hi, i + 4))
        ):
            return True
    return False


def _succeeded(doc: Doc, lo: int, hi: int) -> bool:
    """A success or a favour met, told in the past (the auxiliary た) and not denied: a word of
    [concepts] joys, or of favours done to one (褒め+られ, 任せ+られ, 感謝され); a good noun the
    polarity dictionary holds made the object or subject of a verb (成績を残し, 信頼を得); a rank
    (a number and 位 or 番目); a change come about (よう+に+なる); a favour received from others
    (〜ていただく, 〜てもらう)."""
    ws, ml = doc.words, doc.morphemes
    joys, favours = concept("joys"), concept("favours")
    if not holds_auxiliary(ws, lo, hi, "た"):
        # (or a favour met often, こと+が+多い: 「周囲から頼りにされることが多いです」)
        return any(
            favours.has_word(ws[i], ml, i) and _done_to_one(ws, i) and _often(ws, i, hi)
            for i in range(lo, hi)
        )
    for i in range(lo, hi):
        w = ws[i]
        if (
            w.pos in ("動詞", "名詞", "形容詞")
            and (joys.has_word(w, ml, i) or (favours.has_word(w, ml, i) and _done_to_one(ws, i)))
            and not (w.pos == "動詞" and negated(ws, i))
        ):
            return True
        if (
            w.pos == "名詞"
            and polarity().of(w.lemma, noun=True) > 0
            and i + 2 < hi
            and ws[i + 1].surface in ("を", "が")
            and ws[i + 2].pos == "動詞"
            and not negated(ws, i + 2)
        ):
            return True
        if (
            w.pos == "接尾辞"
            and w.normalized in ("位", "番目")
            and i > lo
            and ws[i - 1].pos == "名詞"
        ):
            return True
        if (
            w.normalized == "よう"
            and i + 2 < hi
            and ws[i + 1].surface == "に"
            and ws[i + 2].normalized == "成る"
            and not negated(ws, i + 2)
        ):
            return True
        if (
            w.pos == "動詞"
            and w.normalized in _BENEFACTIVE
            and i > lo
            and ws[i - 1].surface in ("て", "で")
            and not negated(ws, i)
        ):
            return True
    return False


# Verbs of receiving a favour after て (Sudachi normalized forms: いただく, いただける, もらう).
_BENEFACTIVE = frozenset({"頂く", "貰う", "頂ける", "貰える"})


def _often(ws: list[Word], i: int, hi: int) -> bool:
    """Word i's predicate is closed as a frequent happening: こと, が or も, 多い (not denied)."""
    for k in range(i + 1, min(hi - 2, i + 7)):
        if (
            ws[k].normalized in ("事", "こと")
            and ws[k].pos == "名詞"
            and ws[k + 1].surface in ("が", "も")
        ):
            return ws[k + 2].normalized == "多い" and not negated(ws, k + 2)
    return False


def _done_to_one(ws: list[Word], i: int) -> bool:
    """A favour word done to the speaker: a verb in the passive (褒め+られ), or a noun made a
    verb in the passive or received (感謝+さ+れ, 信頼を得, 相談を受け)."""
    k = i + 1
    if ws[i].pos == "名詞" and k < len(ws) and ws[k].surface in ("を", "が"):
        return k + 1 < len(ws) and ws[k + 1].normalized in ("受ける", "得る", "集める", "頂く")
    if ws[i].pos == "名詞" and k + 1 < len(ws) and ws[k].surface == "に":
        k += 1  # (頼り+に+さ+れ: a noun made a verb by にする)
    if ws[i].pos == "名詞" and k < len(ws) and ws[k].normalized == "為る":
        k += 1
    return k < len(ws) and ws[k].pos == "助動詞" and ws[k].lemma in ("れる", "られる")


def kind_claimed(doc: Doc, sent: Sentence) -> bool:
    """``sent`` tells a kind of person with a good word (_kind): a strength claimed."""
    lo, hi = bisect_left(doc.begins, sent.start), bisect_left(doc.begins, sent.end)
    return _kind(doc, lo, hi)


def _kind(doc: Doc, lo: int, hi: int) -> bool:
    """A kind of person ([self_pr] kind_nouns: タイプ, 性格) as the predicate, told by a word
    the polarity dictionary holds good in the words before it (「何事にも全力で取り組むタイプで」
    「几帳面な性格で」), or by an ability (「気軽に話せる性格で」)."""
    ws, kinds = doc.words, normalized_words("self_pr", "kind_nouns")
    for i in range(lo + 1, hi):
        if ws[i].normalized not in kinds or not _copula(ws, i + 1):
            continue
        k = i - 1
        while k >= lo and ws[k].pos not in ("補助記号",) and ws[k].surface not in ("は", "が"):
            if _good(ws[k]) or (ws[k].pos == "動詞" and potential_form(ws, k)):
                return True
            k -= 1
    return False


def _able(ws: list[Word], lo: int, hi: int) -> bool:
    """An ability affirmed with no subject but the speaker: a verb in a potential form not
    denied (話せる, 打ち解け+られ+ます), none the polarity dictionary holds bad."""
    return any(
        ws[k].pos == "動詞"
        and potential_form(ws, k)
        and not negated(ws, k)
        and polarity().of(ws[k].normalized, noun=False) >= 0
        and _speaker_only_subject(ws, k)
        for k in range(lo, hi)
    )
