"""A post named by a title the vocabulary does not know is still a post.

What a job seeker applied for is a job unless the mail gives positive evidence of another kind
of selection (a loan, a tenancy, a course, a volunteer's seat, a school place, a prize: [outcome]
`non_job`, `matter_domains`, `admissions`, read in the matter's head). Our own sentences,
written apart from the eval cases and the blind files.
"""

from __future__ import annotations

import pytest
from mail_support import notice_label

REJECTED_POSTS = [
    "このたびは店舗アシスタントにご応募いただき、誠にありがとうございました。慎重に選考を"
    "進めました結果、誠に残念ながら今回は採用を見送らせていただくこととなりました。",
    "カスタマーリレーションにご応募いただきありがとうございました。選考の結果、今回はご期待に"
    "沿えない結果となりました。",
    "配膳係にご応募いただき、ありがとうございました。検討の結果、今回は見送らせていただきます。",
    "学校事務にご応募いただき誠にありがとうございました。選考の結果、誠に残念ながら今回は"
    "ご縁がなかったものとさせていただきます。",
    "保険営業にご応募いただきありがとうございました。慎重に選考いたしましたが、今回はご希望に"
    "添いかねる結果となりました。",
    "ｼｽﾃﾑｻﾎﾟｰﾄにご応募いただき、ありがとうございました。選考の結果、今回は採用を見合わせる"
    "こととなりました。",
    "Sales Operations にご応募いただきありがとうございました。選考の結果、今回は見送らせて"
    "いただくこととなりました。",
    "清掃補助にご応募いただきありがとうございました。選考の結果、残念ながら今回は不採用と"
    "させていただきます。",
    "ホールリーダーにご応募いただき、ありがとうございました。選考の結果、今回はご縁が"
    "なかったということでご了承ください。",
    "洗い場（土日のみ）にご応募いただきありがとうございました。選考の結果、今回は見送らせて"
    "いただきます。",
]


@pytest.mark.parametrize("body", REJECTED_POSTS)
def test_a_post_the_vocabulary_does_not_know_is_rejected(body: str) -> None:
    assert notice_label("選考結果のご連絡", "木下様\n\n" + body) == "rejection"


def test_a_post_the_vocabulary_does_not_know_passes() -> None:
    body = (
        "木下様\n\nレセプションにご応募いただきありがとうございます。書類選考の結果、"
        "面接にお進みいただくことになりました。日程は追ってご連絡いたします。"
    )
    assert notice_label("書類選考結果のお知らせ", body) in ("pass", "interview_invite")


NOT_POSTS = [
    "賃貸物件にお申込みいただきありがとうございました。審査の結果、今回はご期待に沿えない"
    "結果となりました。",
    "当社カードローンにお申込みいただきありがとうございました。審査の結果、今回はご希望に"
    "添いかねる結果となりました。",
    "子ども向け料理講座にお申込みいただきありがとうございました。抽選の結果、今回はご期待に"
    "沿えない結果となりました。",
    "吹奏楽団メンバーにご応募いただきありがとうございました。選考の結果、今回はご期待に"
    "沿えない結果となりました。",
    "清掃ボランティアスタッフにご応募いただきありがとうございました。選考の結果、今回は"
    "見送らせていただくこととなりました。",
    "学生寮の入居申込みにつきまして、選考の結果、今回はご希望に沿えない結果となりました。",
    "ご応募いただいた原稿について審査いたしました結果、残念ながら今回は入選に至りませんでした。",
    "市民文学賞にご応募いただきありがとうございました。選考の結果、今回は残念ながら入賞を"
    "逃しました。",
    "夏休み自然体験ツアー（小学生対象）にお申込みいただきありがとうございました。選考の結果、"
    "今回はご参加を見送らせていただきます。",
]


@pytest.mark.parametrize("body", NOT_POSTS)
def test_a_selection_evidenced_as_no_post_stays_other(body: str) -> None:
    assert notice_label("選考結果のご連絡", "木下様\n\n" + body) == "other"
