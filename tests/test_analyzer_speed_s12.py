"""Session 12 speed: the benchmark's corpus with no repeated sentence (answer_corpus.distinct),
and an answer none of whose sentences a batch read before, read whole (pieces.Pieces.tokens):
the same words, offsets and morphemes as tokenized alone, its sentences still kept for the
answers after it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from furikaeri.analyzer.pieces import Joined, Pieces
from furikaeri.nlp import morphemes, words

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from answer_corpus import _SENTENCE, corpus, distinct_corpus

# Answers of several sentences (spoken, written ES, new graduate, mid-career, 例文), and a
# later answer that says the second of them after a sentence of its own (a sentence is reused
# where it has a 「。」 before it, or where it opens the answer, as it had).
PAIRS = [
    (
        "えっと、私の強みは粘り強さです。大学では野球部で主将を務めました。",
        "毎朝の練習を欠かしませんでした。大学では野球部で主将を務めました。",
    ),
    (
        "貴社を志望する理由は二点あります。第一に、地域に根ざした事業を展開している点です。",
        "第二に、社風に惹かれました。第一に、地域に根ざした事業を展開している点です。",
    ),
    (
        "前職では法人営業を五年担当しました。売上を前年比120%に伸ばしました。",
        "今後はマネジメントにも挑戦したいです。売上を前年比120%に伸ばしました。",
    ),
    (
        "ぶっちゃけ前の会社は残業が多すぎて、マジで無理でした。なので辞めました。",
        "今は落ち着いています。なので辞めました。",
    ),
]


def _whole(text: str) -> tuple[list[str], list[int], list[int]]:
    ml = morphemes(text)
    found, ends = words(text, ml)
    return [w.surface for w in found], ends, [m.word_id() for m in ml]


def _read(batch: Pieces, text: str) -> tuple[list[str], list[int], list[int]]:
    found, ends, ml = batch.tokens(text)
    assert len(ml) == len(found)
    return [w.surface for w in found], ends, [ml[i].word_id() for i in range(len(ml))]


@pytest.mark.parametrize(("first", "later"), PAIRS)
def test_a_new_answer_is_read_whole_and_its_sentences_kept(first: str, later: str) -> None:
    batch = Pieces()
    _, _, ml = batch.tokens(first)
    assert not isinstance(ml, Joined)  # nothing to reuse: Sudachi's own list
    assert _read(Pieces(), first) == _whole(first)
    assert _read(batch, first) == _whole(first)
    _, _, joined = batch.tokens(later)
    assert isinstance(joined, Joined)  # the shared sentence reused
    assert _read(batch, later) == _whole(later)


def test_the_distinct_corpus_repeats_no_sentence() -> None:
    records = distinct_corpus(120_000)
    said = [s for r in records for s in _SENTENCE.findall(r["answer"])]
    assert len(said) == len(set(said))
    assert sum(len(r["answer"].encode("utf-8")) for r in records) >= 120_000
    assert records == distinct_corpus(120_000)  # the same on every run
    # answers about as long as the repeating corpus's (each topped up to its record's length)
    plain = corpus(120_000)
    mean = sum(len(r["answer"]) for r in records) / len(records)
    assert mean >= 0.9 * sum(len(r["answer"]) for r in plain) / len(plain)
