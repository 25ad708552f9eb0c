"""Replies to a feedback request, session 17 (third set): what lies outside disclosure
(対象外) is a refusal; a short stay set as the topic and judged no concern names no cause; a
workplace left (離れる) within a short stay is short_tenure; 当ホテル names the company; the
company's ways listed as understood too little are research."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

CASES = [
    # Outside what is disclosed: a refusal.
    (
        "declined",
        [],
        "お問い合わせの件ですが、選考基準や個別の評価内容につきましては、お伝えする対象外と"
        "させていただいております。",
    ),
    ("declined", [], "面接の評価に関しましては、公表の範囲外となりますのでご容赦ください。"),
    # Near-miss: told it is not outside: no refusal.
    (
        "other",
        [],
        "配属先についてのご質問ですね。配属は開示の対象外ではございませんので、人事部より"
        "あらためてご案内いたします。",
    ),
    # A short stay set as the topic, its judgement denied at the clause's end: no cause.
    (
        "feedback",
        [],
        "早期離職の経歴については、ご説明いただき納得していますので、懸念事項にはなって"
        "おりません。",
    ),
    (
        "feedback",
        ["skills"],
        "半年で転職されている点は、ご事情を伺いましたので問題にはなっておりません。ただ、法人"
        "営業のご経験が不足している点で見送りとなりました。",
    ),
    # Near-miss: the topic judged a concern stays.
    (
        "feedback",
        ["short_tenure"],
        "短い期間で転職されている点については、面接官の間でも懸念が残りました。",
    ),
    # A workplace left within a short stay, the object before or after the span.
    ("feedback", ["short_tenure"], "1年未満で職場を離れておられる点が気になりました。"),
    (
        "feedback",
        ["short_tenure"],
        "三つの会社をいずれも1年に満たずに離れておられる点が、定着の面で懸念となりました。",
    ),
    # A business naming itself by its kind in katakana (当ホテル, 当クリニック) is the company.
    (
        "feedback",
        ["motivation"],
        "業界全体への憧れはよく伝わったものの、当ホテルの特徴にはほとんど触れられて"
        "いませんでした。",
    ),
    ("feedback", ["motivation"], "当クリニックならではの魅力についてのお話がありませんでした。"),
    # Near-miss: a complaint about the former workplace left what they wish to take up here
    # unsaid: negative_reason alone, an embedded question between.
    (
        "feedback",
        ["negative_reason"],
        "前の施設の人員体制への不満のお話が多く、当施設でどのようなことに取り組みたいのか"
        "というところまでお話が進みませんでした。",
    ),
    # The company's ways listed as what was understood too little: research, no mismatch.
    (
        "feedback",
        ["motivation"],
        "企業文化、働き方についてのご理解がやや浅いように感じました。",
    ),
    # Near-miss: the ways not fitting are a mismatch.
    ("feedback", ["culture_fit"], "当社の企業文化と働き方が合わないと感じました。"),
]


@pytest.mark.parametrize(("label", "causes", "body"), CASES)
def test_reply_s17c(label: str, causes: list[str], body: str) -> None:
    result = classify_reply(body)
    assert (result.label, sorted(result.causes)) == (label, sorted(causes))
