"""A staffing agency's placement is a hiring: its 職場見学 is a step of the placement, and
「別のスタッフさんで決定」 after it ends the reader's candidacy; a visit asked of a company with no
hiring named is still a favour declined."""

import pytest

from furikaeri.mail.notice.classifier import classify_notice


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (
            "お仕事紹介の結果について",
            "いつもご利用ありがとうございます。担当の森です。\n"
            "先日の物流センター内の受付事務のお仕事につきまして、派遣先様にてご検討の結果、"
            "今回は別の方で決定となりました。\n"
            "職場見学までお越しいただいたのに、良いご報告ができず申し訳ありません。",
            "rejection",
        ),
        (
            "職場見学のご依頼について",
            "ゼミの皆さんでの職場見学のご依頼、ありがとうございました。\n"
            "あいにく繁忙期のため、今回はお受けすることが難しい状況です。",
            "other",
        ),
    ],
)
def test_a_placement_is_a_hiring(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (
            "書類選考通過のお知らせ",
            "青木 様\n\n株式会社ヒバリ書房 編集部採用担当です。\nご応募ありがとうございました。\n"
            "書類選考の結果、青木様には一次面接へお進みいただくことになりました。\n"
            "日程は改めてご連絡いたします。",
            "pass",
        ),
        (
            "【ヒバリ通信】面接対策特集",
            "こんにちは、ヒバリ通信編集部です。\n今号は「一次面接を通過する人の共通点」を特集します。\n"
            "続きはWebで。",
            "other",
        ),
    ],
)
def test_a_publishers_hiring_desk_is_no_editorial_team(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label
