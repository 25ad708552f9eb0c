"""The mail data files checked at load: a malformed header, shortfall or notice section
names the bad place."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from furikaeri.catalogue import DataFileError, load_data, validated
from furikaeri.mail.notice_schema import NoticeData
from furikaeri.mail.reply import classify_reply
from furikaeri.mail.reply.schema import ReplyData


def test_a_header_without_a_frame_names_nothing() -> None:
    body = "・自己PRについて：とても分かりやすく、熱意が伝わってきました。"
    assert classify_reply(body).causes == []


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d["header"].update(pattern="^・(.+?)について："), "group named topic"),
        (lambda d: d["shortfall"].update(lemmas=[]), "shortfall.lemmas"),
        (lambda d: d["shortfall"].update(cause="talent"), "unknown cause ids"),
        (lambda d: d["shortfall"].update(role="(?:要件"), "shortfall.role"),
    ],
)
def test_malformed_header_or_shortfall_names_the_bad_place(change: Any, where: str) -> None:
    data = copy.deepcopy(load_data("mail_replies.toml"))
    change(data)
    with pytest.raises(DataFileError, match=re.escape(where)):
        validated("mail_replies.toml", ReplyData, data)


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d["context"].pop("account"), "account"),
        (lambda d: d["context"].update(selected=["(?:合格"]), "selected"),
        (lambda d: d["guards"].update(person_titles=[]), "person_titles"),
        (lambda d: d["pass"].update(round_named=[]), "round_named"),
    ],
)
def test_malformed_notice_data_names_the_bad_place(change: Any, where: str) -> None:
    data = copy.deepcopy(load_data("mail_notices.toml"))
    change(data)
    with pytest.raises(DataFileError, match=re.escape(where)):
        validated("mail_notices.toml", NoticeData, data)
