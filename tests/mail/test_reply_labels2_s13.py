"""Reply labels where judging words judge something else than the candidate: a reply that
redirects, offers another opening or corrects a mis-sent mail names an evaluation (評価, 所感,
誤り) without the candidate as what is judged, and is `other`; near-misses that judge the
candidate (a name, their conduct in respectful forms, a topic of the interview, a fault denied)
stay feedback."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply
from furikaeri.mail.reply_boundary import about_candidate
from furikaeri.mail.reply_rules import _reply_rules
from furikaeri.mail.reply_words import _morphs


@pytest.mark.parametrize(
    ("body", "label"),
    [
        # the evaluation handed on elsewhere, the reader sent there
        (
            "選考についてのご質問は、応募時にご利用の転職サイトの担当者様宛にお願いいたします。"
            "面接官の評価は、すでにそちらへお伝えしております。",
            "other",
        ),
        ("評価シートは人事部で保管しております。確認でき次第、改めてご連絡いたします。", "other"),
        # another opening offered instead of an answer
        (
            "ご連絡とは別件ですが、現在当社では物流企画のポジションでも募集しております。"
            "一度オンラインでお話しする機会をいただけないでしょうか。",
            "other",
        ),
        # a mis-sent mail corrected: the selection goes on
        (
            "昨日のメールは宛先の誤りでした。田中様は書類選考を通過されておりますので、"
            "面接日程を追ってご案内いたします。",
            "other",
        ),
        ("先程の不合格のご連絡は手違いでした。最終面接へお進みいただけます。", "other"),
        # near-misses: the candidate is what is judged
        (
            "面接官の所感をお伝えします。田中様はご質問に対して終始落ち着いてお答えになっていました。",
            "feedback",
        ),
        (
            "エージェント様経由でもお伝えしましたが、志望理由が当社ならではのものになっていなかった点が"
            "惜しまれます。",
            "feedback",
        ),
        ("面接の途中から、ややお疲れになっているように見受けられました。", "feedback"),
        (
            "先方の担当者からのコメントです。服装や話し方で気になる点は特にございませんでした。",
            "feedback",
        ),
    ],
)
def test_reply_label_who_is_judged(body: str, label: str) -> None:
    assert classify_reply(body).label == label


@pytest.mark.parametrize(
    ("clause", "about"),
    [
        ("田中様は質問の意図をよく理解されていました", True),
        ("ご自身の言葉で語っていただけました", True),
        ("面接中に時計を何度も見ていらっしゃいました", True),
        ("面接官の評価は先方にお渡し済みです", False),
        ("先程のメールは送信先の誤りでした", False),
        ("田中様は一次面接を通過されております", False),
        ("別のご案内になります", False),
    ],
)
def test_about_candidate(clause: str, about: bool) -> None:
    assert about_candidate(_reply_rules().observation, _morphs(clause)) is about


@pytest.mark.parametrize(
    ("body", "label"),
    [
        # the company's telling, referred to by a pronoun before its negation: a refusal
        (
            "不採用理由に関しましては、開示・個別説明のいずれもいたしておりませんので、"
            "ご理解をお願いいたします。",
            "declined",
        ),
        ("評価の内容は、書面・口頭回答のいずれも行っておりません。", "declined"),
        # near-miss: the candidate's answers, all of them judged
        ("ご回答のいずれも具体的で、よく準備されていると感じました。", "feedback"),
    ],
)
def test_reply_label_refusal_by_pronoun(body: str, label: str) -> None:
    assert classify_reply(body).label == label
