"""Session 21: notices read on classes the blind sets showed (an internship's selection, …)."""

import pytest

from furikaeri.mail.notice.classifier import classify_notice


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (  # admitted to the internship, its days and place booked: the selection's pass
            "サマーインターン選考結果のお知らせ",
            "森本 様\n\nこのたびはサマーインターンにご応募いただきありがとうございました。\n"
            "書類選考の結果、森本様には本インターンシップにご参加いただくことが決定いたしました。\n"
            "期間：8月18日（火）〜8月22日（土）\n会場：大阪本社 5階\n"
            "参加承諾書を8月5日までにご提出ください。",
            "pass",
        ),
        (
            "【参加決定】1day仕事体験",
            "選考の結果、インターンシップにご参加いただけることとなりました。\n"
            "詳細は追ってマイページにてご案内します。",
            "pass",
        ),
        (  # the internship's result, a refusal
            "インターンシップ選考結果",
            "インターンシップへのご応募ありがとうございました。\n厳正なる選考の結果、"
            "誠に残念ながら今回はご参加いただくことができなくなりました。",
            "rejection",
        ),
        (  # thanks after an internship attended: no result
            "インターンシップ参加のお礼",
            "先日はインターンシップにご参加いただき、ありがとうございました。\n"
            "アンケートへのご回答をお願いいたします。",
            "other",
        ),
    ],
)
def test_an_internship_selection(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (  # the subject's client passed; another client's rejection added as news
            "大和精機様 一次面接の結果",
            "中川さん\n\nお世話になっております。リクルートエージェントの佐々木です。\n"
            "大和精機様の一次面接、通過となりました！\n次回は部長面接です。\n\n"
            "その他の状況です。\n・丸善フーズ様は、残念ながら今回はお見送りとなりました。\n"
            "・コスモ物産様は、結果待ちです。",
            "pass",
        ),
        (  # an offer from the subject's client; a parallel one declined
            "東光ソリューションズ様より内定のご連絡",
            "石田様\n\n東光ソリューションズ様から内定のご連絡がございました。おめでとうございます。\n"
            "一方、並行して進めていたアオイ工業様は、二次面接で見送りとのことでした。\n"
            "条件面は明日ご説明します。",
            "offer",
        ),
        (  # the subject's client itself declined: still the news
            "大和精機様 選考結果のご連絡",
            "中川さん\n\n大和精機様の一次面接ですが、残念ながら見送りとのご連絡をいただきました。\n"
            "丸善フーズ様は書類通過しておりますので、そちらに集中しましょう。",
            "rejection",
        ),
        (  # the reader's own name with 様 in the subject is no client
            "ミナミ様 選考結果のご連絡",
            "ミナミ様\n\nお世話になっております。\n"
            "株式会社コスモ物産様より、今回は採用を見送るとのご連絡がありました。",
            "rejection",
        ),
    ],
)
def test_an_agents_news_of_other_clients_is_not_this_mails(
    subject: str, body: str, label: str
) -> None:
    assert classify_notice(subject=subject, body=body).label == label
