"""Property tests of the analyzer (hypothesis): evidence lies inside the answer and covers
whole words; an unrelated polite sentence creates no finding; width variants are judged alike."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from furikaeri.analyzer import analyze
from furikaeri.nlp import tokenize

# Building blocks written for these tests: clauses of interview answers of every kind.
CLAUSES = [
    "私は物流センターで在庫管理を担当していました",
    "毎朝の棚卸しで数量のずれを確認しました",
    "上司が話を全然聞いてくれないので",
    "残業が毎月80時間を超えていて",
    "給料が安すぎて生活が苦しかったです",
    "手順書を作り直して誤出荷を半分に減らしました",
    "御社の冷凍配送の仕組みに惹かれました",
    "年間休日は何日ありますか",
    "賞与は年に何回出ますか",
    "入社までに勉強しておくべきことはありますか",
    "特にありません",
    "マジでやばかったっす",
    "ぶっちゃけ給料が一番大事です",
    "体調を崩して退職しましたが、今は完治しています",
    "なんとなく合わなかったので辞めました",
    "責任感が強く、最後まで諦めません",
    "チームで協力して目標を達成しました",
]
KINDS = st.sampled_from(
    ["self_pr", "motivation", "reason_for_leaving", "reverse_questions", "short_tenure", "other"]
)
answers = st.lists(st.sampled_from(CLAUSES), min_size=1, max_size=5).map(
    lambda parts: "。".join(parts) + "。"
)
POLITE = [
    "本日はお時間をいただき、ありがとうございます。",
    "どうぞよろしくお願いいたします。",
    "貴重な機会をいただき、感謝しております。",
]
quick = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _word_edges(text: str) -> set[int]:
    edges = {0, len(text)}
    for t in tokenize(text):
        edges.add(t.begin)
        edges.add(t.end)
    return edges


@quick
@given(answers, KINDS)
def test_evidence_lies_inside_the_answer_and_covers_whole_words(answer: str, kind: str) -> None:
    result = analyze(answer, kind=kind)
    edges = _word_edges(answer)
    for item in [*result.findings, *result.strengths]:
        for span in item.evidence:
            assert 0 <= span.start < span.end <= len(answer)
            assert answer[span.start : span.end] == span.text
            assert span.start in edges and span.end in edges, (item.code, span.text, answer)


@quick
@given(answers, KINDS, st.sampled_from(POLITE))
def test_an_unrelated_polite_sentence_creates_no_finding(
    answer: str, kind: str, polite: str
) -> None:
    before = {f.code for f in analyze(answer, kind=kind).findings}
    after = {f.code for f in analyze(answer + polite, kind=kind).findings}
    # Length findings depend on length by design; every other finding must stay as it was.
    length = {"communication.too_short", "communication.too_long"}
    assert after - length <= before - length


def _half_width(text: str) -> str:
    """Digits and ASCII letters as full-width, the way some keyboards type them."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in text)


@quick
@given(answers, KINDS)
def test_full_width_digits_and_letters_are_judged_alike(answer: str, kind: str) -> None:
    wide = _half_width(answer)
    assert unicodedata.normalize("NFKC", wide) == unicodedata.normalize("NFKC", answer)
    assert {f.code for f in analyze(wide, kind=kind).findings} == {
        f.code for f in analyze(answer, kind=kind).findings
    }


@given(st.text(alphabet="あい。！？!?\n 　うえ、ｱ", min_size=1, max_size=30))
def test_sentences_are_the_stripped_matches_of_the_sentence_pattern(text: str) -> None:
    """Doc.sentences finds each match's place with str.find (no match objects): the same
    sentences as reading the matches' offsets."""
    from furikaeri.analyzer.doc import _SENTENCE, Doc

    doc = Doc(text)
    expected = []
    for m in _SENTENCE.finditer(doc.folded):
        raw = m.group()
        stripped = raw.strip()
        if stripped:
            start = m.start() + len(raw) - len(raw.lstrip())
            expected.append((start, start + len(stripped), stripped))
    assert [tuple(s) for s in doc.sentences] == expected
