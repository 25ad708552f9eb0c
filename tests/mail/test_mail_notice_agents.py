"""Notices relayed by an agent or a job board: a result for one named reader closing on
recommended jobs, and an agent declining the reader's other applications beside an offer."""

from __future__ import annotations

import pytest
from mail_support import notice_label

from furikaeri.mail.notice import classify_notice


@pytest.mark.parametrize(
    "line",
    [
        "選考中の他社については、見送り（辞退）の連絡を弊社から入れておきます。",
        "他社さんの選考は、こちらから見送りの連絡しておきますね。",
        "E社様の選考については、弊社より見送り（辞退）のご連絡を差し上げます。",
    ],
)
def test_an_agent_declining_other_applications_beside_an_offer(line: str) -> None:
    body = f"小野様\nエージェントの村井です。\nB社様より内定をいただきました。おめでとうございます。\n{line}"
    assert notice_label("内定のご連絡", body) == "offer"


# A job board's result for one named reader that closes on recommended jobs (おすすめ求人) is that
# reader's notice; recommendation mail after an application stays other.


_REJECTED = (
    "中村 翔太 様\n\ndoda カスタマーサポートです。\n"
    "ご応募いただいた以下の求人について、書類選考の結果をお知らせします。\n\n"
    "■企業名：株式会社ネクストゲート\n■職種：社内SE\n■結果：書類選考見送り\n\n"
    "企業からのコメント：\n今回は誠に恐縮ながらお見送りとさせていただきます。\n\n"
    "ほかにもご経験を活かせる求人が多数ございます。\n"
    "マイページの「あなたへのおすすめ求人」からご確認ください。"
)


_RELAYED = (
    "佐藤 花子 様\n\nマイナビ転職です。\n応募された求人の選考結果をお知らせします。\n"
    "株式会社ハナミズキより、「慎重に検討いたしましたが、今回はご期待に沿えない結果と"
    "なりました」との連絡がありました。\n\nあなたにおすすめの求人はこちら\n配信停止はこちら"
)


_PASSED = (
    "中村 翔太 様\n\nご応募いただいた以下の求人について、書類選考の結果をお知らせします。\n"
    "■企業名：株式会社ネクスト\n■結果：書類選考通過\n\n"
    "企業からのメッセージをご確認のうえ、面接日程をご調整ください。\n"
    "ほかにもおすすめ求人が多数ございます。"
)


_ADS = (
    "山田 太郎 様\n\n先日はご応募いただきありがとうございました。\n"
    "あなたにおすすめの求人をお届けします。\n\n営業職（未経験歓迎） 書類選考なし・面接1回で内定！\n"
    "マイページの「おすすめ求人」からご確認ください。\n※配信停止はこちら"
)


_NEWSLETTER = (
    "山田様\nいつもご利用ありがとうございます。\n"
    "今回は「書類選考で不合格が続くときに見直したいポイント」をお届けします。\n"
    "選考結果のご連絡が来ないときの対処法もご紹介します。\n配信停止はこちら"
)


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        ("【doda】応募企業からの選考結果のお知らせ", _REJECTED, "rejection"),
        ("【マイナビ転職】選考結果のご連絡", _RELAYED, "rejection"),
        ("【doda】選考結果のお知らせ", _PASSED, "pass"),
        ("【doda】あなたへのおすすめ求人", _ADS, "other"),
        ("転職ノウハウ通信 vol.12", _NEWSLETTER, "other"),
    ],
)
def test_result_to_one_reader_beside_recommended_jobs(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label
