"""Held-out error classes (issue 10 tuning) for notices and replies: own cases, varied styles."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice
from furikaeri.mail.reply import classify_reply

NOTICES = [
    # Passes, not invitations or other.
    (
        "一次面接の結果について",
        "田村様\n先日は一次面接にお越しいただきありがとうございました。\n"
        "社内で検討いたしました結果、二次面接にご案内させていただくこととなりました。\n"
        "日程につきましては、別途ご連絡いたします。",
        "pass",
    ),
    (
        "選考結果のご連絡",
        "中島様\nこのたびは書類をお送りいただきありがとうございました。\n"
        "書類を拝見し、ぜひ一度お会いしてお話を伺いたいと考えております。\n"
        "面接の候補日を三つほどお知らせいただけますでしょうか。",
        "interview_invite",  # a 書類 result worded as an invitation: the tests' convention
    ),
    (
        "【株式会社ミドリ】適性検査の結果について",
        "森様\n先日は適性検査を受検いただきありがとうございました。\n"
        "検査の結果をふまえ、次のステップである面接へお進みいただきたいと存じます。",
        "pass",
    ),
    # An invitation worded without the usual labels.
    (
        "面談のお願い",
        "西村様\nご応募いただいた件について、一度オンラインでお話しする機会をいただけますでしょうか。\n"
        "来週の平日でご都合のよい時間帯をお知らせください。",
        "interview_invite",
    ),
    # Offers.
    (
        "選考結果のお知らせ",
        "小林様\n最終面接にご参加いただきありがとうございました。\n"
        "慎重に選考を重ねた結果、貴殿の採用が決まりましたのでお知らせいたします。\n"
        "入社手続きの書類を郵送いたします。",
        "offer",
    ),
    (
        "採用決定のご連絡",
        "山口様\nこのたびは当社の経理職にご応募いただき、ありがとうございました。\n"
        "厳正なる選考の結果、採用決定となりました。",
        "offer",
    ),
    # 内定 in a general or third-party sense.
    (
        "【就活ナビ】今週の新着求人と内定者インタビュー",
        "今週のおすすめ求人をお届けします。\n先輩の内定体験記：面接で聞かれたこと\n"
        "早期内定を目指す方向けのセミナーも開催中です。",
        "other",
    ),
    (
        "内定辞退のご連絡について",
        "岡田様\n内定ご辞退のご連絡、拝受いたしました。\n"
        "ご丁寧にご連絡いただきありがとうございました。岡田様の今後のご活躍をお祈り申し上げます。",
        "other",
    ),
    (
        "Re: 内定辞退について",
        "藤井様\nメールを確認いたしました。内定を辞退されるとのこと、残念ではございますが承知いたしました。",
        "other",
    ),
    (
        "【キャリアナビ】内定率アップのコツ",
        "内定を勝ち取った先輩の声を集めました。\n今年の内定率は昨年を上回っています。",
        "other",
    ),
]


@pytest.mark.parametrize(("subject", "body", "label"), NOTICES)
def test_notice_label(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


REPLIES = [
    # Manners named in a reply.
    (
        "お問い合わせありがとうございます。面接担当者からは、受け答えの際の言葉遣いがややくだけていたとの意見がありました。",
        "feedback",
        {"manners"},
    ),
    (
        "ご連絡ありがとうございます。面接の開始時刻に遅れていらしたことが、評価に影響いたしました。",
        "feedback",
        {"manners"},
    ),
    (
        "率直に申し上げますと、入室時の挨拶やお辞儀など、基本的なビジネスマナーの面で気になる点がございました。",
        "feedback",
        {"manners"},
    ),
    # Culture fit named in a reply.
    (
        "ご経歴は申し分ありませんでしたが、チームで進める当社の働き方には合わないのではないかという判断になりました。",
        "feedback",
        {"culture_fit"},
    ),
    (
        "お人柄は大変魅力的でしたが、当社の社風とは少し異なる印象を受けました。",
        "feedback",
        {"culture_fit"},
    ),
    (
        "ご志向が、安定した環境で着実に進める当社の雰囲気とは一致しないと判断いたしました。",
        "feedback",
        {"culture_fit"},
    ),
    # Short tenure named in a reply.
    (
        "前職を一年未満で退職されている点について、十分なご説明をいただけなかったことが懸念となりました。",
        "feedback",
        {"short_tenure"},
    ),
    (
        "短い期間での転職が続いている点が、面接官の間で懸念されました。",
        "feedback",
        {"short_tenure"},
    ),
    (
        "これまでの職歴で在籍が短いことについて、理由を伺いきれなかった点が選考に影響しました。",
        "feedback",
        {"short_tenure"},
    ),
]


@pytest.mark.parametrize(("body", "label", "causes"), REPLIES)
def test_reply(body: str, label: str, causes: set[str]) -> None:
    result = classify_reply(body)
    assert (result.label, set(result.causes)) == (label, causes)


REPLY_PRECISION = [
    # 「〜という声が」 is an opinion, not the candidate's voice.
    (
        "強みのエピソードについて、具体的な場面を伺えればよかったという声が面接官からございました。",
        {"self_pr"},
    ),
    # A wish to gain experience is a direction (fit), not a missing skill.
    (
        "じっくり経験を積む働き方をご希望とのことで、当社の方向性とは異なると判断いたしました。",
        {"culture_fit"},
    ),
    # A deficiency denied in favour of another candidate: relative only.
    (
        "何かが不足していたというより、別の候補者の方が当社の求める経験により近かったという結果です。",
        {"relative"},
    ),
]


@pytest.mark.parametrize(("body", "causes"), REPLY_PRECISION)
def test_reply_precision(body: str, causes: set[str]) -> None:
    assert set(classify_reply(body).causes) == causes
