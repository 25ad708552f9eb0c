"""QA session 9: company names read out of a notice's signature keep all their kana."""

from __future__ import annotations

import pytest

from furikaeri.mail.extract import company

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
