"""Notices told casually or in kana only (session 18): a mail written all in katakana (half-width
telegram style) read as kana; a place given to someone else, told in kana. Sentences are our own."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice


def _label(subject: str, body: str) -> str:
    return classify_notice(subject=subject, body=body).label


KATAKANA_REJECTIONS = [
    "ｹﾝﾄｳｼﾏｼﾀ ｹｯｶ ｻﾞﾝﾈﾝﾅｶﾞﾗ ｺﾝｶｲﾊ ｻｲﾖｳｦ ﾐｵｸﾗｾﾃ ｲﾀﾀﾞｷﾏｽ｡",
    "ｺﾝｶｲﾊ ｺﾞｷﾀｲﾆ ｿｴﾅｲ ｹｯｶﾄ ﾅﾘﾏｼﾀ｡ ﾓｳｼﾜｹｺﾞｻﾞｲﾏｾﾝ｡",
    "ｾﾝｺｳﾉ ｹｯｶ ﾌｻｲﾖｳﾄ ﾅﾘﾏｼﾀ｡",
    "コンカイハ ゴエンガ ナカッタ トイウ コトデ ゴリョウショウ クダサイ。",
    "コンカイハ ホカノ カタヲ サイヨウ スル コトニ ナリマシタ。",
]


@pytest.mark.parametrize("line", KATAKANA_REJECTIONS)
def test_a_rejection_in_katakana(line: str) -> None:
    subject = "ｾﾝｺｳｹｯｶ ﾉ ｺﾞﾚﾝﾗｸ"
    body = f"ﾔﾏﾀﾞ ｻﾏ\nｺﾉﾀﾋﾞﾊ ｺﾞｵｳﾎﾞ ｱﾘｶﾞﾄｳｺﾞｻﾞｲﾏｼﾀ｡\n{line}\nｶﾌﾞｼｷｶﾞｲｼｬ ﾋｶﾞｼ"
    result = classify_notice(subject=subject, body=body)
    assert result.label == "rejection"
    # the evidence is the mail's own words, as written (half-width or not)
    assert result.evidence and all(phrase in f"{subject}\n{body}" for phrase in result.evidence)


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        ("ｼｮﾙｲｾﾝｺｳ ﾉ ｹｯｶ", "ｻﾄｳ ｻﾏ\nｼｮﾙｲｾﾝｺｳﾉ ｹｯｶ ﾂｳｶﾄ ﾅﾘﾏｼﾀ｡ ｼﾞｶｲﾊ ﾒﾝｾﾂﾃﾞｽ｡", "pass"),
        (
            "ﾒﾝｾﾂ ﾉ ｺﾞｱﾝﾅｲ",
            "ｻﾄｳ ｻﾏ\nｺﾞｵｳﾎﾞ ｱﾘｶﾞﾄｳｺﾞｻﾞｲﾏｽ｡ ﾒﾝｾﾂｦ ｵｺﾅｲﾀｲﾉﾃﾞ ｺﾞﾂｺﾞｳﾉ ﾖｲ ﾆﾁｼﾞｦ ｵｼﾗｾｸﾀﾞｻｲ｡",
            "interview_invite",
        ),
        # an order not shipped, in the same stock words: a dealing, not a notice
        (
            "ｵﾄﾄﾞｹ ﾉ ｺﾞﾚﾝﾗｸ",
            "ｺﾞﾁｭｳﾓﾝﾉ ｼｮｳﾋﾝﾊ ｻﾞﾝﾈﾝﾅｶﾞﾗ ｻﾞｲｺｶﾞ ﾅｸ ｺﾝｶｲﾊ ｵｸﾚﾅｲ ｹｯｶﾄ ﾅﾘﾏｼﾀ｡",
            "other",
        ),
        ("ｾｰﾙ ﾉ ｺﾞｱﾝﾅｲ", "ｺﾝｼｭｳﾏﾂﾊ ｾﾞﾝﾋﾟﾝ 2ﾜﾘﾋﾞｷ ﾃﾞｽ｡ ｺﾞﾗｲﾃﾝｦ ｵﾏﾁｼﾃ ｵﾘﾏｽ｡", "other"),
        ("ｾﾝｺｳ ﾉ ｼﾞｮｳｷｮｳ", "ｹｯｶﾊ ﾗｲｼｭｳﾁｭｳﾆ ｺﾞﾚﾝﾗｸ ｲﾀｼﾏｽ｡ ｲﾏｼﾊﾞﾗｸ ｵﾏﾁｸﾀﾞｻｲ｡", "other"),
    ],
)
def test_other_katakana_mails(subject: str, body: str, label: str) -> None:
    assert _label(subject, body) == label
