"""Replies to a feedback request, session 18: advice common to all applicants listed after a
refusal is no feedback; a point raised then accepted by the interviewers is no cause; a relative
decision with no fault, then an apology for having no point to give, is feedback (relative);
topics a fault is denied of are no topic a later frame judges; clothes likened to loungewear are
manners; a short stay told before a worry of recurrence is short_tenure."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

CASES = [
    # Items of advice common to everyone, after the refusal: declined, no cause.
    (
        "declined",
        [],
        "選考理由は開示しておりません。\nなお、多くの応募者の方に共通する点をまとめました。\n"
        "・志望動機は、業界ではなく当社を選ぶ理由まで掘り下げていただくと伝わりやすくなります。\n"
        "・自己PRは、強みと具体例をセットでお話しください。",
    ),
    (
        "declined",
        [],
        "申し訳ありませんが、評価の内容はお答えできません。\n皆様に共通してお伝えしているポイントです。\n"
        "1. 志望動機はなぜ当社なのかまで考える\n2. 逆質問を準備する",
    ),
    # Near-miss: the list is of this candidate's interview.
    (
        "feedback",
        ["motivation"],
        "面接官からのコメントを共有します。\n・志望動機が他社でも通じる内容に聞こえた\n"
        "・話し方は落ち着いていて好印象だった",
    ),
    # A point raised, then accepted: no cause.
    (
        "feedback",
        ["skills"],
        "半年で退職された点については、ご病気のご事情を伺い、面接官も納得しておりました。"
        "見送りの理由は、設計業務のご経験が不足していたことです。",
    ),
    (
        "feedback",
        ["relative"],
        "在籍期間が短いことは伺いましたが、ご家庭のご事情をご説明いただき、その点は問題視して"
        "おりません。最終的には他の候補者の方との比較で決めました。",
    ),
    # Near-miss: raised and not accepted.
    (
        "feedback",
        ["short_tenure"],
        "半年で退職された点について、ご事情は伺いましたが、面接官としては納得するには至りません"
        "でした。",
    ),
    # Relative only, no fault told, then the apology for no point: feedback.
    (
        "feedback",
        ["relative"],
        "ご経歴やご回答に問題があったわけではございません。他の候補者の方との僅差でした。"
        "具体的な至らなかった点をお伝えできず恐縮です。",
    ),
    (
        "feedback",
        ["relative"],
        "能力に課題があったためではなく、他の方との比較の結果です。改善点を申し上げられず"
        "申し訳ございません。",
    ),
    # Near-miss: no fault told: the refusal stands.
    (
        "declined",
        [],
        "誠に恐縮ですが、選考の理由をお伝えすることはできかねます。ご了承ください。",
    ),
    (
        "declined",
        [],
        "至らなかった点をお伝えできず恐縮ですが、選考内容は非公開とさせていただいております。",
    ),
    # Topics a fault is denied of, then a frame: no topic judged.
    (
        "feedback",
        ["relative"],
        "受け答えや経歴に懸念はなく、他の候補者の方と比べてわずかな差でのお見送りとなりました。",
    ),
    # Clothes likened to loungewear: manners; a permission stays no fault.
    (
        "feedback",
        ["manners"],
        "Web面接に部屋着のような服装でご参加されていた点が、面接官の印象に残っておりました。",
    ),
    ("feedback", ["manners"], "普段着に近い格好でのご来社だった点が気になりました。"),
    # A short stay told before a worry that it recurs, second of two points.
    (
        "feedback",
        ["self_pr", "short_tenure"],
        "気になった点は二点です。\n一点目は、自己PRが抽象的だったことです。\n二点目は、前職を"
        "3か月で辞められた経緯で、当社でも同じことが起きないかという懸念があったことです。",
    ),
]


@pytest.mark.parametrize(("label", "causes", "body"), CASES)
def test_reply_s18(label: str, causes: list[str], body: str) -> None:
    result = classify_reply(body)
    assert (result.label, sorted(result.causes)) == (label, sorted(causes)), result
