"""Session 14 (issue #10), round 3 of replies: the writer's own apology or explanation names no
cause of the candidate (reply_boundary.writers_act); and the
near-misses where the candidate is spoken of all the same."""

from __future__ import annotations

import pytest

from furikaeri.mail.lack import counterfactuals
from furikaeri.mail.reply import classify_reply
from furikaeri.mail.reply_boundary import general_talk, writers_act
from furikaeri.mail.reply_leaving import short_stay
from furikaeri.mail.reply_rules import _reply_rules
from furikaeri.mail.reply_words import _morphs


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # the company's explanation fell short, apologised for: nothing of the candidate
        (
            "弊社からのご案内が不十分で、誠に申し訳ございませんでした。\n"
            "選考の理由につきましては開示しておりませんので、ご了承ください。",
            "declined",
            [],
        ),
        # the writer's act as the subject, no apology
        (
            "こちらの連絡が遅くなってしまいましたね。\n理由はお伝えできない決まりになっています。",
            "declined",
            [],
        ),
        # an apology of the writer's, then a cause told in its own sentence
        (
            "当方の説明が分かりにくく、失礼いたしました。\n"
            "面接では、結論がなかなか見えず、お話が長くなりがちな印象でした。",
            "feedback",
            ["communication"],
        ),
        # near-miss: the writer's words are what the candidate did not take in
        (
            "うなずきや返事が少なく、こちらの質問の意図が伝わっているのか分かりにくい場面が"
            "ありました。",
            "feedback",
            ["communication"],
        ),
        # near-miss: a refusal inside an apology is still read
        ("評価の内容はお答えできないことになっておりまして、申し訳ありません。", "declined", []),
    ],
)
def test_writers_own_doing(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert result.label == label
    assert sorted(result.causes) == sorted(causes)


@pytest.mark.parametrize(
    ("clause", "words"),
    [
        ("当社からのご説明が行き届かず", "当社からのご説明が"),
        ("こちらの説明が足りなかった", "こちらの説明が"),
        ("当社の基準は満たしておらず", None),  # 基準: no act of the writer's
        ("こちらのお話が伝わっているのか分かりにくい場面が", None),
        ("当社での経験は", None),
    ],
)
def test_writers_act(clause: str, words: str | None) -> None:
    assert writers_act(_morphs(clause)) == words


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # a comparison denied as the ground of the result
        (
            "今回の判断は、ほかの候補者の方との比較に基づくものではございません。\n"
            "面接では、ご質問の意図とずれた回答が続き、やり取りがかみ合わない場面がありました。",
            "feedback",
            ["communication"],
        ),
        # a fault cleared by a counterfactual: had it been there, no second interview
        (
            "ご経験の浅さに問題があれば、二次面接にはお呼びしておりません。\n"
            "選考理由の詳細はお伝えしておりませんので、ご了承ください。",
            "declined",
            [],
        ),
        # near-miss: a condition whose consequent is not denied names the cause
        (
            "もう少し具体的なエピソードがあれば、評価は違ったかもしれません。",
            "feedback",
            ["self_pr"],
        ),
        # near-miss: a comparison told as the ground, not denied
        ("他の方と比較した結果、今回は見送りとなりました。", "feedback", ["relative"]),
    ],
)
def test_other_causes_denied(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert result.label == label
    assert sorted(result.causes) == sorted(causes)


@pytest.mark.parametrize(
    ("sent", "count"),
    [
        ("志望動機に懸念があれば最終面接までお進みいただいておりません。", 1),
        ("ご経験の浅さに問題があれば、二次面接にはお呼びしておりません。", 1),
        ("懸念がなければ、通過していただいていたと思います。", 0),  # a negation inside
        ("問題があれば、ご連絡ください。", 0),  # no consequent denied
    ],
)
def test_counterfactuals(sent: str, count: int) -> None:
    assert len(counterfactuals(_morphs(sent))) == count


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # an agent's advice in general after a refusal
        (
            "企業様からは、評価の詳細は開示できないとのお返事でした。\n"
            "一般論として、志望動機に企業独自の魅力が入っていないと、熱意が伝わりにくいと"
            "言われます。",
            "declined",
            [],
        ),
        (
            "理由についてはお伝えできかねます。\n"
            "一般的に、面接では結論から話さないと要点が伝わりにくいことがあります。",
            "declined",
            [],
        ),
        # near-miss: no refusal before it, the agent's own reading of the interview
        (
            "面接では、ご自身の強みを裏づけるエピソードが少なく、印象に残りにくかったようです。",
            "feedback",
            ["self_pr"],
        ),
        # near-miss: the attribute 一般的な is the cause's own word
        (
            "詳しい理由は控えさせていただきますが、志望動機が一般的な内容にとどまっていました。",
            "feedback",
            ["motivation"],
        ),
    ],
)
def test_general_advice_after_a_refusal(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert result.label == label
    assert sorted(result.causes) == sorted(causes)


@pytest.mark.parametrize(
    ("sent", "words"),
    [
        ("なお一般論ですが、実績の数字がないと通過しにくいです。", "一般論"),
        ("一般的に、最終面接では意欲が重視されます。", "一般的に"),
        ("多くの企業では逆質問が重視されます。", "多くの企業"),
        ("志望動機が一般的な内容でした。", None),
        ("非常に多くの方にご応募いただきました。", None),
    ],
)
def test_general_talk(sent: str, words: str | None) -> None:
    assert general_talk(_morphs(sent)) == words


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # employers counted over a span, framed
        ("正直なところ、四年で五社という点が一番気になりました。", "feedback", ["short_tenure"]),
        ("1年半で3社というご経歴に、定着面の不安が残りました。", "feedback", ["short_tenure"]),
        # near-miss: long stays each (ten years, two employers)
        (
            "10年で2社というご経歴で、いずれも長く勤められている点は安心材料でした。",
            "other",
            [],
        ),
        # near-miss: clients counted, no employer
        (
            "2年で30社の新規開拓をお任せする想定で、そのご経験が足りないという判断でした。",
            "feedback",
            ["skills"],
        ),
    ],
)
def test_employers_counted_over_a_span(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert result.label == label
    assert sorted(result.causes) == sorted(causes)


@pytest.mark.parametrize(
    ("sent", "words"),
    [
        ("三年で四社というのが", "三年で四社"),
        ("2年で3回転職されている", "2年で3回転職"),
        ("1年半で3社", "1年半で3社"),
        ("10年で2社", None),
        ("2年で40社ほどのお取引先", None),
    ],
)
def test_short_stay_counted(sent: str, words: str | None) -> None:
    assert short_stay(_reply_rules().leaving, _morphs(sent)) == words


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # the decisive factor told, a fit topic
        ("最終的な決め手は、現場の雰囲気に合うかどうかでした。", "feedback", ["culture_fit"]),
        ("決め手となったのは、職場の風土に馴染めるかという点でした。", "feedback", ["culture_fit"]),
        ("決め手になったのは、当社の価値観との重なりでした。", "feedback", ["culture_fit"]),
        # near-miss: the candidate's own reason for joining, asked and answered well
        (
            "入社の決め手をお伺いしたところ、明確にお答えいただき好印象でした。",
            "feedback",
            [],
        ),
        # near-miss: another person chosen by what they had, nothing said the reader lacked
        (
            "最終的には、店舗の立ち上げをご経験された別の候補者の方に決定いたしました。",
            "feedback",
            ["relative"],
        ),
    ],
)
def test_the_decisive_factor(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert result.label == label
    assert sorted(result.causes) == sorted(causes)
