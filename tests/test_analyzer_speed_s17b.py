"""Session 17 speed, second pass: each shortcut compared with what it stands in for.

- pieces._cut: the answer's sentences found from their 「。」 (a literal the engine looks for)
  instead of a lookbehind tried at every position (_CUT.split);
- core._judge: an answer of a batch tokenized already is not scanned for lone surrogates again
  (valid_text gave it).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from furikaeri.analyzer import analyze, analyze_records
from furikaeri.analyzer.pieces import _CUT, _cut
from furikaeri.nlp import valid_text

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from answer_corpus import corpus, distinct_corpus

# Sentences in several styles (spoken, written ES, new graduate, mid-career, agent mail), with
# numbers and results told across and beside a 「。」, and stops in odd places.
SENTENCES = [
    "えっと、前職では月80時間の残業が続き、正直しんどかったです。",
    "その結果、売上を前年比120%に伸ばし、社内で表彰されました。",
    "3年間で新規顧客を二十社獲得しました。その甲斐あって、昇格できました。",
    "問い合わせ対応の時間を半分に短縮しました。",
    "五。六人のチームでした。",
    "契約を。いただきました。",
    "売上が。前年より伸びました。",
    "1。5倍になりました。",
    "二。三割ほど改善しました。",
    "結果。成果につながりました。",
    "一二三。四五六件",
    "。。から3件まで。",
    "本日はよろしくお願いいたします。",
    "モーニング娘。が好きです。",
    "１０人の後輩を指導し、離職率を半減させました",
    "以上です",
]


def _texts() -> list[str]:
    joined = "".join(SENTENCES)
    return [*SENTENCES, joined, joined.replace("。", "。\n"), "。", "。。", "a。b"]


@pytest.mark.parametrize("text", _texts())
def test_cut_is_cut_split(text: str) -> None:
    assert _cut(text) == _CUT.split(text)


def test_cut_is_cut_split_on_the_benchmark_corpora() -> None:
    for rec in [*corpus(200_000), *distinct_corpus(200_000)]:
        assert _cut(rec["answer"]) == _CUT.split(rec["answer"])


@given(st.text(alphabet="あア亜。。、a1 \n", max_size=30))
@settings(max_examples=300, deadline=None)
def test_cut_is_cut_split_on_any_text(text: str) -> None:
    assert _cut(text) == _CUT.split(text)


@pytest.mark.parametrize(
    "answer",
    ["普通の回答です。", "壊れた\ud800文字", "\udfffだけ", "二つ\ud800\udc00目"],
)
def test_a_batch_key_is_its_own_valid_text(answer: str) -> None:
    """core._judge skips valid_text for an answer that is a key of the batch's tokens: such a
    key is valid_text's output, which valid_text gives back as it is (the same object)."""
    key = valid_text(answer)
    assert valid_text(key) is key
    assert "\ufffd" in key or key is answer


def test_judge_reads_a_batch_answer_as_alone() -> None:
    """The same analysis whether the answer comes in a batch (tokenized already) or alone."""
    answers = [
        "御社の理念に共感しました。前職では売上を二割伸ばしました。",
        "壊れた\ud800文字です。",
    ]
    lines = [
        json.dumps({"id": i, "answer": a, "kind": "motivation"}) for i, a in enumerate(answers)
    ]
    batch = list(analyze_records(lines))
    alone = [json.loads(json.dumps(analyze(a, kind="motivation").to_dict())) for a in answers]
    for b, a in zip(batch, alone, strict=True):
        assert b["findings"] == a["findings"] and b["strengths"] == a["strengths"]
