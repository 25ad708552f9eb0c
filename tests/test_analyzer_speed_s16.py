"""Session 16 speed: shortcuts that must give what the plain reading gives. takes_up (the
answer shares a content word or a synonym group with the question) remembers, per question,
the words met that take up nothing: an answer made only of them is passed over in C."""

from __future__ import annotations

import pytest

from furikaeri.analyzer.cross.wording import _CONTENT_POS, _NOT_CONTENT, _question_words, takes_up
from furikaeri.analyzer.doc import Doc
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
