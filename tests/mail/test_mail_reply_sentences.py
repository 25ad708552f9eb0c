"""A reply's sentence for each cause it names, and what it praises: as the company wrote it."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply, sentences_naming
from furikaeri.mail.text import normalize, sentences, split_sentences

GREETING = "山田様\n\nお世話になっております。株式会社あおば 採用担当の中村です。\nお問い合わせの件、ご連絡いたします。\n"
CLOSING = "\n山田様の今後のご活躍をお祈り申し上げます。"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "営業としての実績は高く評価しておりましたが、当社が今後目指す方向性とは異なると判断いたしました。",
            {
                "culture_fit": "営業としての実績は高く評価しておりましたが、当社が今後目指す方向性とは異なると判断いたしました。"
            },
        ),
        (
            "志望動機がやや一般的で、当社でなければならない理由が伝わってきませんでした。\nまた、逆質問がなかった点も気になりました。",
            {
                "motivation": "志望動機がやや一般的で、当社でなければならない理由が伝わってきませんでした。",
                "reverse_question": "また、逆質問がなかった点も気になりました。",
            },
        ),
        (  # hard-wrapped, full-width letters: shown as written, the line break joined
            "率直に申し上げますと、ご自身の強みを裏付ける\n具体的なエピソードが不足していた印象です。ＰＲの内容は明確でした。",
            {
                "self_pr": "率直に申し上げますと、ご自身の強みを裏付ける具体的なエピソードが不足していた印象です。"
            },
        ),
        (
            "必須要件である法人営業のご経験が、今回の募集の水準に届かないと判断いたしました。",
            {
                "skills": "必須要件である法人営業のご経験が、今回の募集の水準に届かないと判断いたしました。"
            },
        ),
    ],
)
def test_each_cause_comes_with_the_sentence_that_names_it(
    body: str, expected: dict[str, str]
) -> None:
    result = classify_reply(GREETING + body + CLOSING)
    assert result.label == "feedback"
    assert result.sentences == expected
    assert sorted(result.causes) == sorted(expected)
    for sentence in result.sentences.values():
        assert "お世話になっております" not in sentence and "お祈り" not in sentence


@pytest.mark.parametrize(
    ("body", "praise"),
    [
        (
            "営業としての実績は高く評価しておりましたが、当社が今後目指す方向性とは異なると判断いたしました。",
            ["営業としての実績は高く評価しておりました"],
        ),
        (
            "ご経験は申し分ないものの、志望動機について当社でなければならない理由が伝わりにくい印象でした。",
            ["ご経験は申し分ない"],
        ),
        (
            "誠実なお人柄には好感を持ちました。一方で、法人営業のご経験が不足しておりました。",
            ["誠実なお人柄には好感を持ちました。"],
        ),
        (
            "明るくハキハキとした受け答えが印象的でした。",
            ["明るくハキハキとした受け答えが印象的でした。"],
        ),
        (
            "スキル面では申し分ございませんが、今回はより経験の近い方を採用いたしました。",
            ["スキル面では申し分ございません"],
        ),
        (
            "面接官からは、誠実なお人柄が伝わってきたとの声がありました。",
            ["面接官からは、誠実なお人柄が伝わってきたとの声がありました。"],
        ),
        # Denied or criticised: not praise.
        ("弊社の事業への魅力を感じていただけている点が伝わってきませんでした。", []),
        ("正直なところ、好感が持てず残念でした。", []),
        ("高く評価できる水準には届きませんでした。", []),
        ("ご経験が当社の求める水準に満たないと判断いたしました。", []),
        ("選考の理由についてはお答えしかねます。", []),
    ],
)
def test_praise_is_the_clause_that_says_what_went_well(body: str, praise: list[str]) -> None:
    assert classify_reply(GREETING + body + CLOSING).praise == praise


def test_a_cause_set_by_hand_gets_the_sentence_that_speaks_of_it() -> None:
    # sentences_naming serves causes the user set by hand, whether or not the classifier
    # named them itself (the classifier has learnt to name this one since).
    body = GREETING + "必須条件の経験年数に届いていませんでした。" + CLOSING
    assert sentences_naming(body, ["skills"]) == {
        "skills": "必須条件の経験年数に届いていませんでした。"
    }
    assert sentences_naming(body, ["manners"]) == {}


@pytest.mark.parametrize(
    "text",
    [
        GREETING + "営業成績は高く評価しておりました。\n" + CLOSING,
        "一行目の途中で\n折り返した文です。次の文！　最後の文？\r\nおわり",
        "ｶﾀｶﾅの行。\n\n\n空行のあと",
    ],
)
def test_split_sentences_normalises_as_sentences_does(text: str) -> None:
    assert [norm for _, norm in split_sentences(text)] == sentences(text)


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        (
            "志望動機に不足はございませんが、当社の方向性とは異なると判断いたしました。",
            ["culture_fit"],
        ),
        ("ご経験に不足はありませんが、社風と合わないと判断しました。", ["culture_fit"]),
        ("ご経験に不足はありませんが、志望動機が伝わりにくい印象でした。", ["motivation"]),
    ],
)
def test_a_denied_point_before_が_does_not_lend_its_topic_to_the_next_clause(
    body: str, causes: list[str]
) -> None:
    assert classify_reply(body).causes == causes


@pytest.mark.parametrize(
    "opening",
    ["一方で、", "その一方で、", "ただ、", "しかし，", "一方で, "],
)
def test_praise_after_a_connective_is_quoted_without_the_comma(opening: str) -> None:
    """「一方で、法人営業の実績を…」: the clause after the connective was quoted with the comma
    that followed it (「、法人営業の実績を…評価していました。」, s4 QA)."""
    body = (
        GREETING
        + "志望動機が弱い印象でした。"
        + opening
        + "法人営業の実績を数字で話されていた点は評価していました。"
        + CLOSING
    )
    praise = classify_reply(body).praise
    assert praise, body
    for quoted in praise:
        assert quoted[0] not in "、，, 　", quoted


def test_a_line_ending_in_an_emoji_ends_its_sentence() -> None:
    text = "今回は見送らせてください🙏\nまたご連絡するかもしれません。"
    assert sentences(text) == ["今回は見送らせてください🙏", "またご連絡するかもしれません。"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list item closed at its line's end, then a plain line: two sentences
        ("・第一印象はとても良かった\n結果は見送りとなりました。",
         ["・第一印象はとても良かった", "結果は見送りとなりました。"]),
        # a heading marked with △ or ◎ stands alone
        ("・挨拶は丁寧だった\n△懸念点\n・回答が長い",
         ["・挨拶は丁寧だった", "△懸念点", "・回答が長い"]),
        # an arrow opens a conclusion of its own
        ("・受け答えは問題なし\n→ 条件面だけで選んでいるように見えた",
         ["・受け答えは問題なし", "→条件面だけで選んでいるように見えた"]),
        # an item left open by a comma or a particle, or indented under it, goes on
        ("・前職での経理実務、\n月次決算を早めた話は具体的",
         ["・前職での経理実務、月次決算を早めた話は具体的"]),
        ("・月次決算を5営業日早めた話は\n　具体的で良い", ["・月次決算を5営業日早めた話は具体的で良い"]),
    ],
)  # fmt: skip
def test_a_list_item_closed_at_its_line_end_is_a_sentence(text: str, expected: list[str]) -> None:
    assert [norm for _, norm in split_sentences(text, items=True)] == [
        normalize(s) for s in expected
    ]
