"""What a mail's new part says versus what it quotes (mail.notice.history, [history] in the data):
a job board's relayed message is the news, quoted or bracketed; a quote is history when the new
part tells the reader's result as still to come, and someone else's when it greets another
person; a new part that passes the quote on keeps it the news."""

from __future__ import annotations

import pytest
from mail_support import notice_label

from furikaeri.mail.notice.rulebook import _notice_rules
from furikaeri.nlp import morphemes

# A job board's frame 「〇〇様からのメッセージ:」 (read by mail programs as a quote's header) or
# 「メッセージが届きました」 over the company's whole message in brackets: the message is the news.


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (
            "【転職サイト】企業からのメッセージ",
            "株式会社コバヤシ精工 人事 原様からのメッセージ:\n\n「東様\n先日の二次面接では"
            "ありがとうございました。\n社内で協議いたしましたが、今回は採用を見送ることと"
            "いたしました。\n東様のご活躍をお祈りしております。」\n\n▼マイページで確認する",
            "rejection",
        ),
        (
            "【求人サイト】新しいメッセージ",
            "株式会社タカラ運輸の採用担当からのメッセージ：\n\n『西川様\n書類選考の結果、"
            "通過となりました。\n次は一次面接をお願いいたします。』\n\n※このメールには返信できません。",
            "pass",
        ),
        (
            "【スカウト】メッセージが届きました",
            "株式会社アサヒ薬品 人事部長 大森様からメッセージが届きました。\n\n「三浦様\n"
            "最終面接ではお時間をいただきありがとうございました。\n検討の結果、三浦様に"
            "内定をお出しすることといたしました。\n条件は添付の書面をご覧ください。」",
            "offer",
        ),
        (
            "【転職サイト】企業からのメッセージ",
            "株式会社ミドリ食品 採用担当 杉本様からのメッセージ:\n\n「宮本様\nご応募ありがとう"
            "ございます。\n書類を拝見し、改めてご連絡いたします。」",
            "other",
        ),
    ],
)
def test_a_relayed_message_is_the_news(subject: str, body: str, label: str) -> None:
    assert notice_label(subject, body) == label


# The new part tells the reader's own result as still to come (after a survey, a thank-you, an
# apology): the interview or the result in the quote below it is history.


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "Re: 【日程確定】二次面接のご案内",
            "竹内様\n\n株式会社ホシノ 人事の坂井です。\n面接へのご参加ありがとうございました。"
            "\n差し支えなければ、応募者アンケートにご協力ください。\n二次面接の合否につきま"
            "しては、5営業日以内に改めてお知らせいたします。\n\n> 竹内様\n> 二次面接の日程が"
            "決まりました。\n> 日時：3月12日（木）10:00〜\n> 場所：本社会議室B",
        ),
        (
            "Re: 書類選考通過のご連絡",
            "小野様\n\n面接日のご連絡をありがとうございました。\n一次面接の結果は、決まり次第"
            "メールでご連絡いたします。\n\n> 小野様\n> 書類選考を通過されましたので、面接の"
            "ご希望日をお知らせください。",
        ),
        (
            "先ほどのメールについて",
            "土屋様\n\nお世話になっております。キャリアネクストの太田です。\n先ほどお送りしたメールは"
            "宛先を誤っておりました。申し訳ございません。\n土屋様の応募先からは、まだ結果が"
            "届いておりません。\n\n> 石川様\n> 応募先企業より、今回は不採用とのご連絡がありました。",
        ),
        (
            "お詫び",
            "内田様\n\n株式会社ヤマセ 採用担当です。\n本日、別の応募者様への案内を誤って内田様に"
            "お送りしてしまいました。\n大変失礼いたしました。\n\n> 菊地様\n> 最終面接の結果、"
            "内定とさせていただきます。",
        ),
    ],
)
def test_a_quote_behind_the_new_part_is_not_the_news(subject: str, body: str) -> None:
    assert notice_label(subject, body) == "other"


# A new part that passes the quote on (転送, 下記, 共有) keeps it the news, though it greets
# someone else or speaks of a later result.


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (
            "Fwd: 最終面接結果のご連絡",
            "就職支援課 森田様\n\n文学部の高野です。最終面接の結果が届きましたので共有いたします。"
            "\n\n---------- Forwarded message ---------\nFrom: 株式会社カワセ 人事部\n"
            "Subject: 最終面接結果のご連絡\n\n高野 葵 様\n慎重に審議を重ねましたが、誠に残念"
            "ながら今回は採用を見送らせていただきます。",
            "rejection",
        ),
        (
            "書類選考結果",
            "松井様\n\nいつもお世話になっております。ワークリンクの中島です。\n企業様から下記の"
            "ご連絡がありました。二次面接の結果は追ってご連絡いたします。\n\n> 松井様\n> 書類"
            "選考の結果、通過となりました。",
            "pass",
        ),
    ],
)
def test_a_quote_passed_on_stays_the_news(subject: str, body: str, label: str) -> None:
    assert notice_label(subject, body) == label


def test_history_words_are_sudachi_normalized_forms() -> None:
    """[history] lists Sudachi normalized forms: each word reads as itself."""
    history = _notice_rules().history
    for words in (history.awaiting, history.ahead, history.telling, history.relaying):
        assert words
        for word in words:
            assert [m.normalized_form() for m in morphemes(word)] == [word], word
