"""Whose result a notice tells: the company's staff named as the source of a result, no
salutation to the company."""

from __future__ import annotations

import pytest
from mail_support import notice_label

# The employer's staff as a source (より, から) in a short sentence near the top is no
# salutation to the company: the agent's mail is the reader's notice.


@pytest.mark.parametrize(
    "line",
    [
        "B社の人事ご担当者様より結果のご連絡がありました。",
        "F社の採用担当者様から先ほどお電話がありました。",
    ],
)
def test_the_employers_staff_as_a_source(line: str) -> None:
    body = f"吉岡様\n\nお世話になっております。\n{line}\n残念ながら今回はお見送りとのことです。"
    assert notice_label("選考結果のご報告", body) == "rejection"


def test_a_salutation_to_the_company_stays_the_candidates_mail() -> None:
    body = "株式会社ヒノデ\n採用ご担当者様\n\n先日は面接の機会をいただき、ありがとうございました。"
    assert notice_label("面接のお礼", body) == "other"
