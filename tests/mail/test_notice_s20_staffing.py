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
