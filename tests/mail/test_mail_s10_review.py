"""s10-review: one mail.text.nfkc for extract, contacts and forward (they each had a copy)."""

from __future__ import annotations

import pytest

from furikaeri.mail import contacts, extract, forward
from furikaeri.mail.text import nfkc, normalize


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("ＡＢＣ商事　１次面接", "ABC商事 1次面接"),
        ("ｶﾌﾞｼｷｶﾞｲｼｬ", "カブシキガイシャ"),
        ("㈱かぜ", "(株)かぜ"),
        ("株式会社かぜ", "株式会社かぜ"),  # already folded: unchanged
    ],
)
def test_nfkc_folds_widths(text: str, folded: str) -> None:
    assert nfkc(text) == folded
    assert normalize(text) == folded.lower().replace(" ", "")


def test_the_mail_modules_share_the_one_helper() -> None:
    for module in (extract, contacts, forward):
        assert module.nfkc is nfkc
        assert not hasattr(module, "_nfkc")


@pytest.mark.parametrize(
    ("subject", "body", "company"),
    [
        ("【株式会社かぜ】一次面接のご案内", "山田様\nお世話になっております。", "株式会社かぜ"),
        ("一次面接のご案内", "山田様\n\nＡＢＣ株式会社 人事部", "ABC株式会社"),
    ],
)
def test_company_is_read_from_the_folded_text(subject: str, body: str, company: str) -> None:
    assert extract.company(subject=subject, body=body) == company
