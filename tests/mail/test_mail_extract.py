"""Names and text read out of a mail: company names in a signature keep all their kana,
end at a greeting's 「！」 or a clause; one mail.text.nfkc shared by extract, contacts and
forward."""

from __future__ import annotations

import pytest

from furikaeri.mail import contacts, extract, forward
from furikaeri.mail.extract import company, corporate_names
from furikaeri.mail.text import nfkc, normalize


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("こんにちは！株式会社Nexloopの採用担当の小林です😊", ["株式会社Nexloop"]),
        ("お疲れさまです!!合同会社ソラトの佐野です", ["合同会社ソラト"]),
        ("先日ご応募いただいた株式会社アルファ商事の件では", ["株式会社アルファ商事"]),
        ("あおば株式会社 人事部", ["あおば株式会社"]),
        ("ミナト株式会社", ["ミナト株式会社"]),
        # の inside a Sudachi word is part of the name; a particle after the name is not
        ("株式会社あけぼの建設 人事部", ["株式会社あけぼの建設"]),
        ("株式会社あけぼの建設の佐藤です", ["株式会社あけぼの建設"]),
        ("あけぼの株式会社 人事部", ["あけぼの株式会社"]),
        ("株式会社ミナトとの面談について", ["株式会社ミナト"]),
        ("ご応募の株式会社ミナトより", ["株式会社ミナト"]),
    ],
)
def test_company_name_boundaries(text: str, names: list[str]) -> None:
    assert corporate_names(text) == names


# QA: company names read out of a notice's signature keep all their kana.


NOTICE = (
    "山田太郎様\n\n先日は四次面接にお越しいただきありがとうございました。\n"
    "慎重に選考いたしました結果、誠に残念ながら今回はご希望に沿いかねる結果となりました。\n\n"
)


@pytest.mark.parametrize(
    "signature, name",
    [
        # the last kana reads as a particle on its own (か・ぜ・ね・や), but the line ends there
        ("株式会社かぜ 人事部 採用担当 小林", "株式会社かぜ"),
        ("株式会社みどりや\n人事部 採用担当", "株式会社みどりや"),
        ("株式会社まるか 採用チーム", "株式会社まるか"),
        ("株式会社さくらね", "株式会社さくらね"),
    ],
)
def test_a_hiragana_name_in_the_signature_is_not_cut(signature: str, name: str) -> None:
    assert company(subject=None, body=NOTICE + signature) == name


@pytest.mark.parametrize(
    "body, name",
    [
        ("株式会社ミナトとの面談の件でご連絡いたします。", "株式会社ミナト"),
        ("【株式会社ミナトより】選考結果のご連絡", "株式会社ミナト"),
    ],
)
def test_a_particle_the_name_runs_into_is_still_dropped(body: str, name: str) -> None:
    assert company(subject=None, body=body) == name


# One mail.text.nfkc for extract, contacts and forward (they each had a copy).


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
