"""Session 16 speed: shortcuts that must give what the plain reading gives. takes_up (the
answer shares a content word or a synonym group with the question) remembers, per question,
the words met that take up nothing: an answer made only of them is passed over in C."""

from __future__ import annotations

import json

import pytest

from furikaeri.analyzer import analyze_records, core
from furikaeri.analyzer.cross.wording import _CONTENT_POS, _NOT_CONTENT, _question_words, takes_up
from furikaeri.analyzer.doc import Doc, asks_back
from furikaeri.nlp import synonym_groups

QUESTIONS = [
    "学生時代に最も打ち込んだことは何ですか",
    "休日はどのように過ごしていますか",
    "最近気になったニュースを教えてください",
]
# Answers in several styles (spoken, written ES, new graduate, mid-career); each is read twice
# per question, the second time from what the first remembered.
ANSWERS = [
    "えっと、大学ではずっと吹奏楽部でトランペットを吹いてました。",
    "私は学生時代、地域の清掃ボランティアに力を注ぎました。",
    "週末は家族と近所の公園を散歩しております。",
    "前職では経理として月次決算を担当しておりました。",
    "物流業界の人手不足に関する記事が印象に残っています。",
    "はい、特にございません。",
    "休みの日はジョギングをして過ごすことが多いです。",
    "今朝のニュースで見た円安の話題が気になりました。",
]


def _plain(doc: Doc, seeds: frozenset[str], groups: frozenset[int]) -> bool:
    ws, ml = doc.words, doc.morphemes
    return any(
        w.pos in _CONTENT_POS
        and w.pos2 not in _NOT_CONTENT
        and (
            w.normalized in seeds
            or w.lemma in seeds
            or (bool(groups) and not groups.isdisjoint(synonym_groups(w, ml[i])))
        )
        for i, w in enumerate(ws)
    )


@pytest.mark.parametrize("question", QUESTIONS)
def test_takes_up_remembering_misses_reads_as_the_plain_loop(question: str) -> None:
    seeds, groups = _question_words(question)
    for _ in range(2):
        for answer in ANSWERS:
            doc = Doc(answer)
            assert takes_up(doc, seeds, groups) == _plain(Doc(answer), seeds, groups), answer


# Answers opening with the question asked back, a bare reply, or neither.
OPENINGS = [
    ("短所、ですか。えー、心配性なところです。", 1),
    ("はい。私の強みは粘り強さです。", 0),
    ("志望動機ですか。御社の製品に惹かれたからです。", 1),
    ("前職では営業を担当しておりました。", 0),
]


@pytest.mark.parametrize(("answer", "echoes"), OPENINGS)
def test_asked_back_and_opening_are_read_once_per_answer(answer: str, echoes: int) -> None:
    doc = Doc(answer)
    first = doc.asked_back()
    assert len(first) == echoes
    assert doc.asked_back() is first  # shared, not read again
    opening = doc.opening()
    assert doc.opening() is opening
    fresh = Doc(answer)
    assert fresh.opening() == opening and fresh.asked_back() == first
    said = [s for s in fresh.sentences[echoes:] if not fresh._bare(s)]
    assert opening == [fresh.sentence_span(said[0])]


@pytest.mark.parametrize(
    ("sentence", "asks"),
    [
        ("短所、ですか。", True),
        ("失敗ですか……。", True),
        ("弱み、でございますか", True),
        ("学生時代の経験ですか？", True),
        ("何を学んだかが大切だと考えています。", False),  # (か inside, not closing)
        ("本当にそうでしょうか。", False),  # (う between: no echo)
        ("成長できたかな、と思います。", False),
        ("御社を志望した理由ですかね。", False),  # (ね closes it)
    ],
)
def test_asks_back_reads_the_closing_particle_first(sentence: str, asks: bool) -> None:
    assert asks_back.__wrapped__(sentence) is asks


# Answers to questions of a known topic (kind other or self_intro), which off_topic reads word
# by word: the batch tokenizes them up front (core._topic_read), with the same analysis.
TOPIC_RECORDS = [
    {"id": "a", "question": "あなたの短所を教えてください", "answer": "心配性なところです。"},
    {
        "id": "b",
        "kind": "self_intro",
        "question": "自己紹介をお願いします",
        "answer": "山田太郎と申します。大学では経済学を学びました。",
    },
    {"id": "c", "question": "趣味は何ですか", "answer": "週末は登山をしています。"},
    {"id": "d", "question": "前職を辞めた同僚について", "answer": "後輩が次々と辞めていきました。"},
    {
        "id": "e",
        "question": "最近気になったニュースは",
        "answer": "毎朝新聞を読むようにしています。",
    },
]


def test_answers_to_a_known_topic_are_tokenized_in_the_batch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lines = [json.dumps(r, ensure_ascii=False) for r in TOPIC_RECORDS]
    guessed = list(analyze_records(lines))
    assert core._topic_read("other", TOPIC_RECORDS[0]["question"])
    assert core._topic_read("self_intro", TOPIC_RECORDS[1]["question"])
    assert not core._topic_read("other", None)  # (no topic: seldom read word by word)
    assert not core._topic_read("motivation", TOPIC_RECORDS[0]["question"])
    monkeypatch.setattr(core, "_topic_read", lambda kind, question: False)
    assert list(analyze_records(lines)) == guessed
