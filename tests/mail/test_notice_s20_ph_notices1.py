"""Session 20, notices (ph1): a hiring kind in a subject's status line (「【選考結果】中途採用
（営業職）」) names the process, not an offer; a selection closed at a ranked stage (「二次でクローズ
となってしまいました」) is the reader's rejection; a rejection word inside a condition (a column's
「不採用の通知を受け取ると、落ち込みますよね」) is no notice."""

import pytest

from furikaeri.mail.notice.classifier import classify_notice


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        # A hiring kind after a status label: the body's verdict decides.
        (
            "【選考結果】中途採用（経理職）",
            "岡田様\n社内で検討を重ねました結果、今回は採用を見送らせていただくことになりました。\n"
            "株式会社あおば 人事部",
            "rejection",
        ),
        (
            "【結果】新卒採用",
            "石井さん\n最終面接の結果、誠に残念ながらご期待に沿えない結果となりました。\n"
            "新卒採用チーム",
            "rejection",
        ),
        (
            "[選考結果] キャリア採用（設計職）",
            "前田様\n慎重に協議いたしましたが、今回はご縁がなかったものとさせていただきます。",
            "rejection",
        ),
        (
            "【選考結果】採用（事務職）",
            "上田様\n選考の結果、今回は採用に至りませんでした。申し訳ございません。",
            "rejection",
        ),
        # The status still reads a verdict of its own.
        ("【選考結果】採用", "森様\n詳細は追ってご連絡いたします。\n人事部", "offer"),
        ("【選考結果】内定", "森様\n入社に関する書類は別途お送りします。\n人事部", "offer"),
        # Closed at a ranked stage, told to the reader.
        (
            "Re: 北斗システムの件",
            "原さん\nお疲れさまです。北斗システムですが、一次でクローズとなってしまいました。\n"
            "フィードバックをもらえたら共有しますね。\nエージェント 川口",
            "rejection",
        ),
        (
            "選考状況のご連絡",
            "久保様\nアサヒ物流様の件、最終面接にて選考終了となりました。力及ばず申し訳ございません。\n"
            "キャリアアドバイザー 吉村",
            "rejection",
        ),
        # A posting closed: no candidacy ended.
        (
            "募集終了のお知らせ",
            "応募者各位\n本求人は応募多数のため、募集をクローズしました。\n人事部",
            "other",
        ),
        # A rejection word inside a condition: a column, not a notice.
        (
            "【就活コラム】落ちたときの考え方",
            "不採用の連絡を受けると、誰でも自信をなくしてしまいますよね。\n"
            "でも、数社の不採用は珍しいことではありません。\nキャリアナビ編集部",
            "other",
        ),
        (
            None,
            "不採用の通知が届くと、気持ちが沈んでしまうものです。次に向けて準備しましょう。",
            "other",
        ),
        # A headline to whoever is in that state: a generic あなた, no reader named.
        (
            "今週のキャリアコラム",
            "お祈りメールが続き、不採用の結果に悩んでいるあなたへ。\n"
            "今回は気持ちの立て直し方をご紹介します。\nキャリアナビ編集部",
            "other",
        ),
        # Told as done, the same words are a notice.
        (
            "選考結果のご連絡",
            "本田様\n面接の結果、誠に残念ながら不採用となりました。\n人事部",
            "rejection",
        ),
    ],
)
def test_ph_notices1(subject: str | None, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label
