"""Notices told casually or in kana only (session 18): a mail written all in katakana (half-width
telegram style) read as kana; a place given to someone else, told in kana. Sentences are our own."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice


def _label(subject: str, body: str) -> str:
    return classify_notice(subject=subject, body=body).label


KATAKANA_REJECTIONS = [
    "ｹﾝﾄｳｼﾏｼﾀ ｹｯｶ ｻﾞﾝﾈﾝﾅｶﾞﾗ ｺﾝｶｲﾊ ｻｲﾖｳｦ ﾐｵｸﾗｾﾃ ｲﾀﾀﾞｷﾏｽ｡",
    "ｺﾝｶｲﾊ ｺﾞｷﾀｲﾆ ｿｴﾅｲ ｹｯｶﾄ ﾅﾘﾏｼﾀ｡ ﾓｳｼﾜｹｺﾞｻﾞｲﾏｾﾝ｡",
    "ｾﾝｺｳﾉ ｹｯｶ ﾌｻｲﾖｳﾄ ﾅﾘﾏｼﾀ｡",
    "コンカイハ ゴエンガ ナカッタ トイウ コトデ ゴリョウショウ クダサイ。",
    "コンカイハ ホカノ カタヲ サイヨウ スル コトニ ナリマシタ。",
]


@pytest.mark.parametrize("line", KATAKANA_REJECTIONS)
def test_a_rejection_in_katakana(line: str) -> None:
    subject = "ｾﾝｺｳｹｯｶ ﾉ ｺﾞﾚﾝﾗｸ"
    body = f"ﾔﾏﾀﾞ ｻﾏ\nｺﾉﾀﾋﾞﾊ ｺﾞｵｳﾎﾞ ｱﾘｶﾞﾄｳｺﾞｻﾞｲﾏｼﾀ｡\n{line}\nｶﾌﾞｼｷｶﾞｲｼｬ ﾋｶﾞｼ"
    result = classify_notice(subject=subject, body=body)
    assert result.label == "rejection"
    # the evidence is the mail's own words, as written (half-width or not)
    assert result.evidence and all(phrase in f"{subject}\n{body}" for phrase in result.evidence)


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        ("ｼｮﾙｲｾﾝｺｳ ﾉ ｹｯｶ", "ｻﾄｳ ｻﾏ\nｼｮﾙｲｾﾝｺｳﾉ ｹｯｶ ﾂｳｶﾄ ﾅﾘﾏｼﾀ｡ ｼﾞｶｲﾊ ﾒﾝｾﾂﾃﾞｽ｡", "pass"),
        (
            "ﾒﾝｾﾂ ﾉ ｺﾞｱﾝﾅｲ",
            "ｻﾄｳ ｻﾏ\nｺﾞｵｳﾎﾞ ｱﾘｶﾞﾄｳｺﾞｻﾞｲﾏｽ｡ ﾒﾝｾﾂｦ ｵｺﾅｲﾀｲﾉﾃﾞ ｺﾞﾂｺﾞｳﾉ ﾖｲ ﾆﾁｼﾞｦ ｵｼﾗｾｸﾀﾞｻｲ｡",
            "interview_invite",
        ),
        # an order not shipped, in the same stock words: a dealing, not a notice
        (
            "ｵﾄﾄﾞｹ ﾉ ｺﾞﾚﾝﾗｸ",
            "ｺﾞﾁｭｳﾓﾝﾉ ｼｮｳﾋﾝﾊ ｻﾞﾝﾈﾝﾅｶﾞﾗ ｻﾞｲｺｶﾞ ﾅｸ ｺﾝｶｲﾊ ｵｸﾚﾅｲ ｹｯｶﾄ ﾅﾘﾏｼﾀ｡",
            "other",
        ),
        ("ｾｰﾙ ﾉ ｺﾞｱﾝﾅｲ", "ｺﾝｼｭｳﾏﾂﾊ ｾﾞﾝﾋﾟﾝ 2ﾜﾘﾋﾞｷ ﾃﾞｽ｡ ｺﾞﾗｲﾃﾝｦ ｵﾏﾁｼﾃ ｵﾘﾏｽ｡", "other"),
        ("ｾﾝｺｳ ﾉ ｼﾞｮｳｷｮｳ", "ｹｯｶﾊ ﾗｲｼｭｳﾁｭｳﾆ ｺﾞﾚﾝﾗｸ ｲﾀｼﾏｽ｡ ｲﾏｼﾊﾞﾗｸ ｵﾏﾁｸﾀﾞｻｲ｡", "other"),
    ],
)
def test_other_katakana_mails(subject: str, body: str, label: str) -> None:
    assert _label(subject, body) == label


CASUAL_REJECTIONS = [
    # the place taken, told as a regrettable completion
    ("バイトの応募の件", "応募ありがとう！ごめんね、実はもう人が決まっちゃったんだ。"),
    (
        "面接のお礼",
        "先日は面接に来てくれてありがとう。募集してた枠はもう埋まってしまいまして…すみません。",
    ),
    ("ご応募の件", "ご応募ありがとうございました。あいにく、もう人数が揃ってしまいました。"),
    # a person described engaged instead, with an apology and no 今回
    (
        "おしらせ",
        "この まえは きてくれて ありがとう。はたけの しごとは、ちかくに すんでいる かたに"
        " おねがい することに なりました。ごめんなさいね。",
    ),
    (
        "面接の件",
        "面接ありがとうございました。地元に住んでいる方にお願いすることにしました。すみません。",
    ),
    ("しごとの けん", "はいたつの しごと だけど、べつの ひとに まかせる ことに したよ。ごめんね。"),
    # a failed result told by an agent in chat, ending in an emoji, or as a reply received
    ("結果", "お疲れさまです！一次面接の結果、今回はちょっと厳しかったみたいです😢"),
    ("結果", "A社さんの二次ですが、今回は厳しいとのお返事でした🙏 また探しますね。"),
]


@pytest.mark.parametrize(("subject", "body"), CASUAL_REJECTIONS)
def test_a_casual_rejection(subject: str, body: str) -> None:
    result = classify_notice(subject=subject, body=body)
    assert result.label == "rejection"
    assert result.evidence and all(
        phrase.replace(" ", "") in f"{subject}\n{body}".replace(" ", "")
        for phrase in result.evidence
    )


NOT_REJECTIONS = [
    # someone else's news, told in hearsay between family or friends
    ("弟のこと", "弟、受けてた会社の面接ダメだったんだって。帰ったら話聞いてあげて。"),
    ("聞いた？", "おつかれ！ゆうこ、結局内定もらえなかったみたい😢 今度ごはん誘おう。"),
    ("先輩の話", "先輩、志望してた会社の最終で落ちたらしいよ。"),
    # something else taken or asked of someone else, with no selection named
    ("シフトの件", "来週土曜のシフト、もう人数が揃っちゃいました。ごめんね！"),
    (
        "司会の件",
        "懇親会の司会は近くに住んでいる方にお願いすることになりました。ご協力ありがとうございました。",
    ),
    # a schedule that is hard, then other days asked
    ("日程", "先方が来週はちょっと厳しいみたいで💦 面接を再来週にできないか聞かれています。"),
    ("日程", "面接の日ですが、その日は厳しいとのお返事でした。別の日を調整しますね。"),
]


@pytest.mark.parametrize(("subject", "body"), NOT_REJECTIONS)
def test_not_a_rejection(subject: str, body: str) -> None:
    assert _label(subject, body) != "rejection"
