"""Session 11 speed: an answer read sentence by sentence (analyzer/pieces.py) has exactly the
words, offsets and morphemes of the answer tokenized whole, and a batch tokenizes each
distinct sentence once."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest

from furikaeri.analyzer import analyze, analyze_records, pieces
from furikaeri.analyzer.doc import Doc
from furikaeri.analyzer.pieces import Joined, Pieces
from furikaeri.nlp import morphemes, words

TEXTS = [
    # spoken, new graduate
    "えっと、私の強みは粘り強さです。大学では野球部で主将を務めました。よろしくお願いします。",
    "ぶっちゃけ前の会社は残業が多すぎて、マジで無理でした。なので辞めました。",
    # written ES
    "貴社を志望する理由は二点あります。第一に、地域に根ざした事業を展開している点です。第二に、若手に裁量を与える社風に惹かれました。",
    # mid-career
    "前職では法人営業を五年担当し、新規開拓で売上を前年比120%に伸ばしました。今後はマネジメントにも挑戦したいと考えております。",
    # career-site 例文
    "私は学生時代、飲食店のアルバイトでリーダーを務めました。人手不足の課題に対し、シフトの組み方を見直しました。その結果、離職率が下がりました。",
    # agent mail register
    "お世話になっております。選考の結果につきまして、ご連絡いたします。何卒よろしくお願い申し上げます。",
    # no cut: 。 before a bracket, a digit, Latin, a line break, 「。」 twice, no 。 at all
    "「頑張ります。」と言いました。3年間続けました。OKです。\n次に、改善しました。。それで終わりです",
    "結論から申し上げますと御社が第一志望です",
    "モーニング娘。が好きです。ライブにも行きました。",
    # katakana and kanji after 。, a half-width kana, a long vowel
    "サービスが好きです。ソフトウェア開発に携わりました。ｱﾙﾊﾞｲﾄもしました。ーそれだけです。",
    # the same sentence twice in one answer
    "よろしくお願いいたします。よろしくお願いいたします。",
]


def _whole(text: str) -> tuple[list[str], list[int], list[int]]:
    ml = morphemes(text)
    found, ends = words(text, ml)
    return [w.surface for w in found], ends, [m.word_id() for m in ml]


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_by_sentence_is_the_whole_answer(text: str) -> None:
    found, ends, ml = Pieces().tokens(text)
    assert ([w.surface for w in found], ends, [ml[i].word_id() for i in range(len(ml))]) == (
        _whole(text)
    )
    assert len(ml) == len(found)


@pytest.mark.parametrize("text", TEXTS)
def test_a_doc_reads_the_same_words_given_a_batch(text: str) -> None:
    shared = Pieces()
    shared.tokens("よろしくお願いします。" + text)  # sentences of another answer read before
    doc, alone = Doc(text, pieces=shared), Doc(text, morphemes=morphemes(text))
    assert doc.words == alone.words
    assert doc.ends == alone.ends
    assert doc.begins == alone.begins
    assert "morphemes" in doc.__dict__


def test_each_distinct_sentence_is_tokenized_once(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []

    def counted(text: str, *, valid: bool = False) -> object:
        read.append(text)
        return morphemes(text, valid=valid)

    monkeypatch.setattr(pieces, "morphemes", counted)
    batch = Pieces()
    batch.tokens("私は営業を担当しました。本日はよろしくお願いいたします。")
    batch.tokens("私は企画を担当しました。本日はよろしくお願いいたします。")
    batch.tokens("本日は企画の話をします。本日はよろしくお願いいたします。")
    assert read == [
        "私は営業を担当しました。本日はよろしくお願いいたします。",  # new sentences: one call
        "私は企画を担当しました。",
        "本日は企画の話をします。",  # its second sentence was read after a 「。」 already
    ]
    batch.tokens("私は営業を担当しました。本日はよろしくお願いいたします。")
    assert len(read) == 3
    # a sentence first in its answer is read at the beginning, as it is there
    batch.tokens("本日はよろしくお願いいたします。私は企画を担当しました。")
    assert read[3:] == ["本日はよろしくお願いいたします。私は企画を担当しました。"]


def _sample_sentences() -> list[str]:
    data = resources.files("furikaeri") / "data" / "samples" / "answers.jsonl"
    answers = [json.loads(line)["answer"] for line in data.read_text("utf-8").splitlines() if line]
    return list(dict.fromkeys(s for a in answers for s in re.findall(r"[^。]+。", a)))


def test_sample_sentences_in_every_order_read_as_whole() -> None:
    """Each sentence of the bundled sample answers after each other one (new left contexts
    for every sentence), read through one batch: the same as each text tokenized whole."""
    sentences = _sample_sentences()[:24]
    batch = Pieces()
    for a in sentences:
        for b in sentences:
            found, ends, ml = batch.tokens(a + b)
            ids = [ml[i].word_id() for i in range(len(ml))]
            assert ([w.surface for w in found], ends, ids) == _whole(a + b)


def test_morphemes_by_word_index() -> None:
    text = "営業を担当しました。成果を出しました。"
    batch = Pieces()
    batch.tokens("営業を担当しました。研修も受けました。")  # its first sentence read: joined
    _, _, ml = batch.tokens(text)
    whole = morphemes(text)
    assert isinstance(ml, Joined)
    assert [m.surface() for m in ml[:]] == [m.surface() for m in whole]
    assert ml[-1].surface() == "。"
    with pytest.raises(IndexError):
        ml[len(whole)]


def test_a_batch_says_what_each_answer_alone_says() -> None:
    records = [
        {"id": str(i), "answer": text, "question": "自己PRをしてください。"}
        for i, text in enumerate(TEXTS * 2)
    ]
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    for rec, out in zip(records, analyze_records(lines), strict=True):
        alone = analyze(rec["answer"], question=rec["question"])
        assert [f["code"] for f in out["findings"]] == [f.code for f in alone.findings]
