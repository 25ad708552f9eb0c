"""Session 17 speed: where a loop asked whether any of several patterns matches a text, one
scan of their union (patterns.any_of) answers first; the loop runs only where the union finds
something. These tests compare each shortcut with the plain loop it stands in front of."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from furikaeri.analyzer.content.episodes import _KEPT_UP, _kept_up_said
from furikaeri.analyzer.cross import wording
from furikaeri.analyzer.denial import _BEFELL, befell
from furikaeri.analyzer.doc import Doc
from furikaeri.analyzer.lexicon import lexicon
from furikaeri.analyzer.questions import declaration, offtopic
from furikaeri.nlp import fold
from furikaeri.patterns import LiteralUnion, any_of, matcher

# Sentences in several styles (spoken, written ES, new graduate, mid-career, near-misses of
# the topics' marks and hallmarks); each is read alone and all of them as one answer.
SENTENCES = [
    "えっと、前の職場では上司がほとんど相談に乗ってくれなくて、正直しんどかったです。",
    "私の強みは、相手の立場に立って考えられることです。",
    "御社を志望した理由は、地域に根ざした医療に携わりたいと考えたからです。",
    "学生時代はテニスサークルの副代表として、新入生の勧誘に力を入れました。",
    "5年後には、チームをまとめるリーダーとして後輩の育成にも関わっていたいです。",
    "最近気になったニュースは、物流業界の人手不足に関する記事です。",
    "周りからはよく粘り強いと言われます。",
    "現在、他社の選考も受けております。",
    "山田太郎と申します。本日はよろしくお願いいたします。",
    "休日は近所の公園を走ったり、料理をしたりして過ごしています。",
    "発注数を一桁間違えてしまい、先輩に迷惑をかけてしまいました。",
    "ちゃんと確認しなかったのが原因です。",
    "じゃあ次はどうするかを考えて、チェックリストを作りました。",
    "しまうまの絵本を読むのが好きです。",
    "前職は営業事務でした。受注入力と請求書の発行を担当しておりました。",
    "特にございません。",
    "残業が月80時間を超えることもあり、体調を崩してしまったためです。",
    "貴院の理念に共感し、応募いたしました。",
]
TEXTS = [*SENTENCES, "".join(SENTENCES), ""]


def _folded(text: str) -> str:
    return Doc(text).folded if text else text


def test_any_of_matches_where_one_of_the_patterns_does() -> None:
    topics = lexicon().topics
    patterns = [p for t in topics for p in (t.marks, t.hallmark, t.answer) if p is not None]
    union = any_of(patterns)
    assert union is not None
    for text in map(_folded, TEXTS):
        assert (union.search(text) is not None) == any(p.search(text) for p in patterns)


@pytest.mark.parametrize(
    "patterns",
    [
        [r"(a)\1", "b"],  # a back reference: its group would be renumbered
        [r"(?P<x>a)", r"(?P<x>b)"],  # group names that clash
        [re.compile("a", re.I), "b"],  # flags the union would lose
    ],
)
def test_any_of_refuses_what_a_union_cannot_keep(patterns: list[object]) -> None:
    matchers = [matcher(p) if isinstance(p, str) else p for p in patterns]
    assert any_of(matchers) is None  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["あい", "い[うえ]", "^え", "お$", "か+き", "く|け", "(?<=こ)さ"]),
        min_size=1,
    ),
    st.text(alphabet="あいうえおかきくけこさ", max_size=12),
)
def test_any_of_agrees_with_the_loop_on_any_text(sources: list[str], text: str) -> None:
    matchers = [matcher(s) for s in sources]
    union = any_of(matchers)
    assert union is not None
    assert (union.search(text) is not None) == any(m.search(text) for m in matchers)


def test_any_of_keeps_literal_unions_literal() -> None:
    union = any_of([LiteralUnion(["短所", "弱み"]), LiteralUnion(["長所"])])
    assert isinstance(union, LiteralUnion)
    assert union.search("私の長所は") is not None


@pytest.mark.parametrize("text", TEXTS)
def test_befell_reads_as_its_pattern(text: str) -> None:
    assert befell(text) == (_BEFELL.search(text) is not None)


@pytest.mark.parametrize("text", TEXTS)
def test_the_topic_unions_answer_as_the_loops(text: str) -> None:
    folded = _folded(text)
    for topic in lexicon().topics:
        for open_question in (False, True):
            marks = offtopic._other_marks(topic.name, open_question)
            assert offtopic._marked_other(folded, topic.name, open_question) == any(
                m.search(folded) for m in marks
            )
        for without in ((), topic.pull):
            pairs = offtopic._addressed(topic.name, without)
            assert offtopic._hallmarked(folded, topic.name, without) == any(
                h.search(folded) and (to is None or to.search(folded)) for h, to in pairs
            )
            rivals = offtopic._rival_marks(topic.name, without)
            union = offtopic._union(offtopic._rival_marks, topic.name, without)
            assert offtopic._paired(folded, rivals, union) == any(
                m.search(folded) and (to is None or to.search(folded)) for m, to in rivals
            )


@pytest.mark.parametrize("text", TEXTS)
def test_genre_marks_answer_as_the_loop(text: str) -> None:
    folded = _folded(text)
    for genres in (
        ("strength", "self_pr", "reason_for_leaving", "job_content", "motivation"),
        ("hobby", "student_days"),
    ):
        plain = any(
            any(m.search(folded) is not None for m in marks)
            and (addressee is None or addressee.search(folded) is not None)
            for marks, addressee in wording._genre_checks(genres)
        )
        assert wording._genre_marked.__wrapped__(folded, genres) == plain


@pytest.mark.parametrize("text", [t for t in SENTENCES])
def test_a_declaration_is_read_as_before(text: str) -> None:
    doc = Doc(text)
    first = doc.sentences[0]
    folded = fold(first.text)
    plain = next(
        (
            t
            for t in declaration._themed()
            if t.declares is not None and t.declares.search(folded) is not None
        ),
        None,
    )
    union = declaration._declarations()
    assert union is not None
    assert (union.search(folded) is not None) == (plain is not None)


REASONS = [
    "体調を崩してしまい、医師の勧めもあって退職いたしました。",
    "入社前の説明では地元勤務とのことでしたが、実際には県外への配属となりました。",
    "家族の介護が必要になり、やむを得ず退職しました。",
    "経理職での採用でしたが、入社後は倉庫に回されることになりました。",
    "少なくとも3年は営業に出られないと言われました。",
    "御社の安定した経営基盤と、成長できる環境に魅力を感じました。",
    "大学のゼミで地域の課題を調べた際、住民の方に話を伺いました。",
    "特に理由はありませんが、なんとなく辞めました。",  # (no reason named)
]


@pytest.mark.parametrize(
    ("name", "section", "key"),
    [
        ("tenure_reason", "short_tenure", "reason_patterns"),
        ("generic_motivation", "motivation", "generic_patterns"),
        ("situation", "self_pr", "situation"),
    ],
)
def test_branched_lexicon_patterns_find_the_spans_of_the_union(
    name: str, section: str, key: str
) -> None:
    branched = getattr(lexicon(), name)
    plain = matcher(lexicon().raw[section][key])
    for text in map(_folded, [*TEXTS, *REASONS, "".join(REASONS)]):
        assert [m.span() for m in branched.finditer(text)] == [
            m.span() for m in plain.finditer(text)
        ]
        found, want = branched.search(text), plain.search(text)
        assert (found and found.span()) == (want and want.span())


def test_find_keeps_its_spans_and_gives_each_caller_its_own_list() -> None:
    doc = Doc("私の強みは粘り強さです。責任感を持って取り組むタイプです。前職では営業でした。")
    claims = lexicon().pr_claims
    fresh = Doc(doc.text)
    first = doc.find(claims)
    assert first
    first.append(first[0])  # (a caller may add to its list: 「claims += …」)
    again = doc.find(claims)
    assert again == fresh.find(claims)
    assert again is not first
    assert doc.first(claims) == fresh.first(claims) == again[0]
    sentence = doc.sentences[1]
    assert doc.find(claims, within=sentence) == fresh.find(claims, within=sentence)


KEPT_UP = [
    "法人営業に携わってまいりました。",
    "三年間、部員をまとめてきました。",
    "接客を大切にして参りました。",
    "地道に続けてきたことが自信になりました。",
    "解決できました。",  # (できました: no period told)
    "先輩が教えてきました。",
    "毎朝走ってきたので体力には自信があります。",
]


@pytest.mark.parametrize("text", [*KEPT_UP, *SENTENCES])
def test_kept_up_reads_as_its_pattern(text: str) -> None:
    assert _kept_up_said(text) == (_KEPT_UP.search(text) is not None)
