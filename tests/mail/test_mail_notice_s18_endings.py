"""Notices of session 18 (fifth set): a selection ended in other words (its process ended, a
place filled by someone described with a verb of any row), an interview booked by labelled
lines under a heading (「面接について」, 【日時】), a request of the reader's declined (OB訪問,
a visit, a longer internship), a denial with an adverb inside it (「わけではまったくない」),
with near misses beside each. Our own sentences, written apart from the eval cases."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice


def _label(subject: str, body: str) -> str:
    return classify_notice(subject=subject, body=body).label


ENDED = [
    (
        "選考についてのご連絡",
        "高橋様\n\nご応募ありがとうございました。\n"
        "社内で検討の結果、高橋様との選考手続きは本段階をもって終了とさせていただきます。",
    ),
    (
        "面接のお礼",
        "森さん\n\n花屋ブーケの店長です。面接ありがとうございました。\n"
        "今回は朝の仕入れに早く来られる方に決まりました。本当にごめんなさい。",
    ),
    (
        "アルバイトの件",
        "石田さん\n\n先日は面接ありがとう。今回は近所に住む方にお願いすることにしました。"
        "すみません。",
    ),
]

INVITED = [
    (
        "面接について",
        "村田様\n\n株式会社ヒカリ工業の採用担当です。\n\n"
        "日時：4月2日（水）11:00〜\n場所：本社2階 応接室\n持ち物：履歴書\n",
    ),
    (
        "一次面接について",
        "中村様\n\n【日時】11月8日（金）14:00〜14:45\n【場所】名古屋支店 3階\n【持ち物】筆記用具\n",
    ),
]

REQUESTS_DECLINED = [
    (
        "OB訪問の件",
        "小山さん\n\n株式会社ミツバ電機の後藤です。OB訪問のご依頼ありがとうございました。\n"
        "あいにく海外出張が入っており、今月はお時間が取れません。ご希望に沿えず申し訳ありません。",
    ),
    (
        "見学について",
        "お問い合わせいただいた倉庫見学ですが、安全上の理由で受け入れを停止しております。\n"
        "ご希望に沿えず恐縮です。",
    ),
    (
        "Re: ご相談の件",
        "研修期間を短くしたいとのご相談、ありがとうございました。\n"
        "部署と話しましたが、今回は難しいという結論になりました。ご希望に沿えず申し訳ないです。",
    ),
]

DENIED_WITH_ADVERB = [
    (
        "進捗のご報告",
        "C社の件、まだ結果が出ていません。不採用と決まったわけでは決してないので、ご安心ください。",
    ),
    (
        "状況",
        "G社さんは担当者が休みで止まってます。お見送りになったわけじゃ全然ないです！",
    ),
]

NEAR_MISSES = [
    # A rejection that denies a cause with an adverb, then rejects: still a rejection.
    (
        "選考結果のお知らせ",
        "先日は面接ありがとうございました。\n"
        "ご経験が足りなかったというわけでは全くございませんが、今回は採用を見送らせていただきます。",
        "rejection",
    ),
    # A regret of a wish in a selection (応募 named): still the candidacy's.
    (
        "選考結果",
        "ご応募いただきありがとうございました。ご相談の上で慎重に検討しましたが、"
        "ご希望に沿えない結果となりました。",
        "rejection",
    ),
    # A heading with labelled lines of a company briefing: no interview named.
    (
        "説明会について",
        "学生の皆様\n\n日時：2月3日（月）13:00\n場所：本社ホール\n持ち物：筆記用具\n",
        "other",
    ),
    # Staff news with no occasion and no apology: nobody rejected.
    (
        "新しいメンバー",
        "来月から近所に住む方に入ってもらうことになりました。みなさんよろしくね。",
        "other",
    ),
]


@pytest.mark.parametrize(("subject", "body"), ENDED)
def test_selection_ended_in_other_words_is_rejection(subject: str, body: str) -> None:
    assert _label(subject, body) == "rejection"


@pytest.mark.parametrize(("subject", "body"), INVITED)
def test_labelled_lines_under_an_interview_heading_invite(subject: str, body: str) -> None:
    assert _label(subject, body) == "interview_invite"


@pytest.mark.parametrize(("subject", "body"), REQUESTS_DECLINED)
def test_request_declined_is_no_rejection(subject: str, body: str) -> None:
    assert _label(subject, body) == "other"


@pytest.mark.parametrize(("subject", "body"), DENIED_WITH_ADVERB)
def test_denial_with_an_adverb_is_no_rejection(subject: str, body: str) -> None:
    assert _label(subject, body) == "other"


@pytest.mark.parametrize(("subject", "body", "label"), NEAR_MISSES)
def test_near_misses_keep_their_labels(subject: str, body: str, label: str) -> None:
    assert _label(subject, body) == label
