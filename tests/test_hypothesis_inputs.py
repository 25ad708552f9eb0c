"""Any Unicode or bytes: the analyzer, the mail parser and the classifiers either answer or raise
the project's own error (FurikaeriError), never anything else."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from furikaeri.analyzer import analyze
from furikaeri.errors import FurikaeriError
from furikaeri.mail.check import check_mail
from furikaeri.mail.extract import company, first_date, stage
from furikaeri.mail.notice import classify_notice
from furikaeri.mail.parse import decode_bytes, html_to_text, parse_message
from furikaeri.mail.reply import classify_reply

# Japanese-heavy text with the odd characters real input brings: surrogates are not valid
# str in files, so they are left out; control characters, NUL and emoji stay in.
texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)),
    max_size=300,
) | st.text(
    alphabet="あいうえおです。、！？「」株式会社不採用見送り面接えーあのー\n\t \u3000", max_size=300
)

SLOW = settings(max_examples=80, deadline=None)


def _only_ours(call: Callable[[], Any]) -> None:
    with contextlib.suppress(FurikaeriError):
        call()


@SLOW
@given(texts, st.one_of(st.none(), texts), st.sampled_from([None, "other", "motivation", "bad"]))
def test_analyze(answer: str, question: str | None, kind: str | None) -> None:
    _only_ours(lambda: analyze(answer, question=question, kind=kind, company="株式会社テスト"))


@SLOW
@given(st.binary(max_size=2000))
def test_parse_any_bytes(raw: bytes) -> None:
    _only_ours(lambda: parse_message(raw))


@SLOW
@given(
    st.builds(
        lambda subject, body, charset: (
            f"Subject: {subject}\r\nContent-Type: text/plain; charset={charset}\r\n\r\n".encode(
                "utf-8", "replace"
            )
            + body
        ),
        texts,
        st.binary(max_size=500),
        st.sampled_from(["utf-8", "iso-2022-jp", "shift_jis", "x-unknown", "euc-jp", ""]),
    )
)
def test_parse_mail_shaped_bytes(raw: bytes) -> None:
    _only_ours(lambda: parse_message(raw))


# A mail as text (headers and a Japanese body, no NUL): what a user's editor may save in UTF-16.
mail_texts = st.builds(
    lambda subject, body: (
        f"From: saiyo@example.co.jp\r\nSubject: {subject}\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}"
    ),
    st.text(alphabet="株式会社面接結果のご連絡 abc【】", max_size=40),
    st.text(alphabet="あいうえお今回は採用を見送り。、\n\r\t 株式会社ABC123①髙", max_size=300),
)


def _parsed_or_ours(raw: bytes) -> object:
    try:
        return parse_message(raw)
    except FurikaeriError:
        return FurikaeriError


@SLOW
@given(mail_texts, st.sampled_from(["utf-16", "utf-16-le", "utf-16-be"]))
def test_parse_a_mail_saved_as_utf16_as_the_same_mail(text: str, codec: str) -> None:
    assert _parsed_or_ours(text.encode(codec)) == _parsed_or_ours(text.encode("utf-8"))


@SLOW
@given(mail_texts, st.lists(st.integers(min_value=0), max_size=3))
def test_parse_a_mail_with_a_few_nul_bytes_as_the_mail_without_them(
    text: str, places: list[int]
) -> None:
    clean = text.encode("utf-8")
    raw = bytearray(clean)
    for place in places:
        raw.insert(place % (len(raw) + 1), 0)
    assert _parsed_or_ours(bytes(raw)) == _parsed_or_ours(clean)


@SLOW
@given(st.binary(max_size=500), st.sampled_from([None, "utf-8", "iso-2022-jp", "cp932", "bogus"]))
def test_decode_any_bytes(data: bytes, charset: str | None) -> None:
    _only_ours(lambda: decode_bytes(data, charset))


@SLOW
@given(st.one_of(st.none(), texts), texts)
def test_classifiers_and_extractors(subject: str | None, body: str) -> None:
    _only_ours(lambda: classify_notice(subject=subject, body=body))
    _only_ours(lambda: classify_reply(body))
    _only_ours(lambda: check_mail(body))
    _only_ours(lambda: html_to_text(body))
    _only_ours(lambda: company(subject=subject, body=body))
    _only_ours(lambda: stage(subject=subject, body=body))
    _only_ours(lambda: first_date(body, reference=dt.date(2026, 5, 1)))
