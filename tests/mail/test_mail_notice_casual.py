"""Notices told casually or in kana: a curt reply from a small employer, a rejection in
katakana (half-width telegram style) or spaced in hiragana, casual words of refusal, and the
same words about something else. Sentences written for these tests."""

from __future__ import annotations

import pytest
from mail_support import notice_label

from furikaeri.mail.notice import classify_notice

SPACED_REJECTIONS = [
    "ざんねんながら こんかいは さいようを みおくらせて いただく ことに なりました。",
    "もうしわけ ありませんが、 こんかいは ごえんが なかった と いう ことで、 ふさいよう と させて ください。",
    "めんせつの けっかですが、 ざんねんですが こんかいは さいよう できません。",
    "しんちょうに けんとう しましたが、 こんかいは おみおくり させて いただきます。",
]


@pytest.mark.parametrize("line", SPACED_REJECTIONS)
def test_a_rejection_spaced_in_hiragana(line: str) -> None:
    result = classify_notice(
        subject="めんせつの けっか",
        body=f"やまださま\n\nおうぼ ありがとう ございました。\n{line}\n\nパンや こむぎ",
    )
    assert result.label == "rejection"
    body = f"おうぼ ありがとう ございました。\n{line}"
    assert all(phrase in f"めんせつの けっか\n{body}" for phrase in result.evidence)


def test_a_shop_notice_spaced_in_hiragana_stays_other() -> None:
    body = (
        "おきゃくさま へ\n\nざんねんながら こんしゅうは おみせを おやすみ させて いただきます。\n"
        "らいしゅう また おまちして おります。\n\nパンや こむぎ"
    )
    assert notice_label("おやすみの おしらせ", body) == "other"


def test_an_interview_spaced_in_hiragana() -> None:
    body = (
        "やまださま\n\nおうぼ ありがとう ございます。\n"
        "めんせつを 5がつ10にち ごご2じから おみせで おこないます。\n\nはなや みどり"
    )
    assert notice_label("めんせつの ごあんない", body) == "interview_invite"


CURT = [
    (
        "Re: 履歴書",
        "履歴書見ました。ぜひ面接お願いしたいです。日程はこちらから連絡します。",
        ("interview_invite", "pass"),
    ),
    ("Re: 応募", "確認しました。二次面接に進んでもらいます。詳細は追って。", ("pass",)),
    ("Re: 応募", "書類拝見しました。今回は見送りとさせてください。", ("rejection",)),
    (
        "ご応募ありがとうございます",
        "面接をお願いしたい場合は、こちらから改めてご連絡いたします。",
        ("other",),
    ),
]


@pytest.mark.parametrize(("subject", "body", "labels"), CURT)
def test_curt_replies(subject: str, body: str, labels: tuple[str, ...]) -> None:
    assert notice_label(subject, body) in labels


# Casual rejections: a noun of absence as the result's predicate (Sudachi reads ナシ as なし), a
# refraining decided on this occasion, a hiring of people negated in a decision, an apology on
# this occasion in a mail about a selection.
CASUAL_REJECTIONS = [
    "この前はありがとう。店長とも相談したんだけど、今回は採用はナシでお願いします。",
    "この間の面接の件だけど、今回は採用なしということで。ごめんなさい。",
    "先日はありがとうございました。社内で話し合った結果、今回はやめておくことにしました。",
    "面接の結果なんだけど、今回はごめんね。またどこかで。",
    "いろいろ考えたのですが、今年は新しい人は入れないことにしました。",
    "面接ありがとう。悪いけど、今回はバイトの子は雇わないことになった。",
    "面接ありがとうございました。うちは今年は新卒は採らないことになりました。",
    "面接の結果ですが、今回はやめておきます。ごめんなさい。",
]


# Near misses: the same words about something else.
CASUAL_OTHERS = [
    "今週の飲み会だけど、雨なので今回はやめておくことにしました。",
    "説明会のご案内です。今回は対面開催をやめて、オンラインにすることにしました。",
    "返信遅れてごめんね。面接の日だけど、来週の水曜14時はどう？持ち物は特にナシで大丈夫。",
    # a meeting put off, another to be arranged
    "面接の件ですが、台風が来ているので今回はやめておきます。日程を改めて連絡しますね。",
    "明日の面接ですが、台風のため今回はやめておくことにしました。別の日で調整させてください。",
    "面接の件、今回はやめておいて、来週にしましょうか。",
]


@pytest.mark.parametrize("body", CASUAL_REJECTIONS)
def test_casual_rejections(body: str) -> None:
    result = classify_notice(subject="面接の件", body=body)
    assert result.label == "rejection"
    assert all(e in body for e in result.evidence)


@pytest.mark.parametrize("body", CASUAL_OTHERS)
def test_casual_words_about_something_else(body: str) -> None:
    assert classify_notice(subject="連絡", body=body).label != "rejection"


# Notices told casually or in kana only: a mail written all in katakana (half-width telegram
# style) read as kana; a place given to someone else, told in kana. Sentences are our own.


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
    assert notice_label(subject, body) == label


PLACE_TAKEN_IN_KANA = [
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


@pytest.mark.parametrize(("subject", "body"), PLACE_TAKEN_IN_KANA)
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
    assert notice_label(subject, body) != "rejection"


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        # words of a legacy system's half-width katakana, read by the rules' vocabulary
        (
            "ﾒﾝｾﾂ日時のご案内",
            "ﾀﾅｶ ｹﾝｼﾞ様\n日時: 8/21(木) 10:00~10:30\n場所: 本社3F 会議室\n総務部",
            "interview_invite",
        ),
        (
            "ｾﾝｺｳｹｯｶのご連絡",
            "山下様\n誠に残念ながら、今回は採用を見送らせていただきます。",
            "rejection",
        ),
        # half-width katakana names only: nothing read
        ("ﾃﾞｻﾞｲﾝ講座のご案内", "ｶﾌﾞｼｷｶﾞｲｼｬ ﾐﾄﾞﾘ企画\n来月の講座のご案内です。", "other"),
    ],
)
def test_words_in_halfwidth_katakana(subject: str, body: str, label: str) -> None:
    assert notice_label(subject, body) == label
