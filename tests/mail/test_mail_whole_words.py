"""Quotes of the mail check end on whole words (QA P3): 「今週中にご回答いただけますでしょう」
stopped before its 「か」."""

from __future__ import annotations

import pytest

from furikaeri.mail.check import check_mail


@pytest.mark.parametrize(
    ("body", "code", "quote"),
    [
        ("なぜ落ちたのか教えてください。", "blunt_reason", "なぜ落ちた"),
        (
            "今週中にご回答いただけますでしょうか。",
            "pressure",
            "今週中にご回答いただけますでしょうか",
        ),
        ("明日までにご返答いただけますか。", "pressure", None),
        ("お返事をお待ちしております。", "awaiting_reply", "お返事をお待ちしております"),
        ("資料を拝見させていただきました。", "keigo_double", "拝見させていただきました"),
    ],
)
def test_quotes_end_on_whole_words(body: str, code: str, quote: str | None) -> None:
    spans = {i.code: i.span for i in check_mail(body) if i.span}
    assert code in spans
    _, _, said = spans[code]
    if quote is not None:
        assert said == quote
    # Never stops inside a word: the next character starts a new one (or the sentence ends).
    after = body[body.index(said) + len(said) :][:1]
    assert after in ("", "。", "、", "を", "の", "と", "に") or said.endswith(("か", "す", "た"))
