"""Questions that ask for something wanting (one's weakness, the company's or its product's weak
point or what to improve) answered with another question's answer or only praise; blame told in
a clause that goes on (〜すぎて…られなかった); the website's first page asked of the
organisation itself, and a unit that only announces the next question's subject. Sentences
written for these tests, not the evaluation cases."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze

OFF = "communication.off_topic"
BLAME = "negative_reason.blame"
RESEARCH = "reverse_question.researchable"
RQ = "最後に何か質問はありますか。"
NPO = {
    "name": "NPO法人みどりの輪",
    "profile": "里山の保全活動と環境教育を行うNPO法人。県内12か所で活動している。",
}
SHOP = {
    "name": "株式会社ミナモ",
    "profile": "手ぬぐいと雑貨の専門店を運営。2022年に北米向けのオンライン販売を開始した。",
}
TOOL = {
    "name": "株式会社カゼノ",
    "profile": "飲食店向けの予約管理アプリ『よやくる』を提供している。",
}


def _codes(answer: str, question: str, company: dict[str, str] | None = None) -> set[str]:
    return {f.code for f in analyze(answer, question=question, company=company).findings}


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "あなたの短所を教えてください。",
            "大学では心理学を専攻し、卒業論文で睡眠と記憶の関係を調べています。",
        ),
        (
            "あなたの弱みは何ですか。",
            "ゼミでは地域の商店街について研究しており、毎週現地に通っています。",
        ),
        (
            "当社の弱みは何だと思いますか。",
            "御社の製品は昔から好きで、学生時代は家電量販店でアルバイトをしていました。",
        ),
        pytest.param(
            "この商品の改善すべき点を教えてください。",
            "小学生の頃から愛用していて、家族みんなのお気に入りです。",
            marks=pytest.mark.xfail(
                reason="a praise noun before the copula (お気に入りです) reads as the thing "
                "named outright (offtopic._named_outright): the polarity dictionary lacks it",
                strict=True,
            ),
        ),
        (
            "この商品の改善すべき点を教えてください。",
            "小学生の頃から愛用しています。とても使いやすくて、素晴らしい商品だと思います。",
        ),
        (
            "弊社の課題はどこにあるとお考えですか。",
            "前の職場では新規開拓で表彰されました。粘り強さでは誰にも負けないと自負しています。",
        ),
        (
            "弊社アプリの弱点はどこだと思われますか。",
            "御社のアプリは毎日使っています。大学ではプログラミングのサークルに入っていました。",
        ),
        (
            "他社の選考状況を教えてください。",
            "御社が第一志望です。説明会で伺った社員の方の働き方に強く惹かれました。",
        ),
    ],
)
def test_nothing_wanting_named_is_off_topic(question: str, answer: str) -> None:
    assert OFF in _codes(answer, question)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "あなたの短所を教えてください。",
            "ゼミの議論では、つい自分の意見を押し通そうとしてしまいます。",
        ),
        ("あなたの弱みは何ですか。", "人に頼るのが下手で、研究室でも作業を一人で抱えがちです。"),
        (
            "当社の弱みは何だと思いますか。",
            "店頭で見る限り、若い方への知名度がまだ低いと感じました。",
        ),
        ("当社の課題は何だと思いますか。", "人手不足が一番の課題ではないかと感じております。"),
        (
            "この商品の改善すべき点を教えてください。",
            "持ち手が細くて握りにくいので、太めのものがあると嬉しいです。",
        ),
        (
            "弊社アプリの弱点はどこだと思われますか。",
            "通知の設定が分かりにくく、初めての方は迷うと思います。",
        ),
        ("他社の選考状況を教えてください。", "他は受けておらず、御社が第一志望です。"),
    ],
)
def test_something_wanting_named_answers(question: str, answer: str) -> None:
    assert OFF not in _codes(answer, question)


@pytest.mark.parametrize(
    "answer",
    [
        "正直、給料が低すぎてやっていけませんでした。",
        "給料が安すぎて生活が回らなかったです。",
    ],
)
def test_pay_too_low_then_a_clause_is_blame_and_answers(answer: str) -> None:
    codes = _codes(answer, "前職を辞めた理由を教えてください。")
    assert BLAME in codes
    assert OFF not in codes


def test_a_negation_in_aspect_still_denies() -> None:
    # (取れ+て+いない: the negation belongs to the verb before て, a complaint of leave)
    assert BLAME in _codes(
        "休みが全然取れていなかったので辞めました。", "退職理由を教えてください。"
    )


@pytest.mark.parametrize(
    ("answer", "company"),
    [
        ("こちらの法人は、ふだんどのような活動をされているのですか。", NPO),
        ("御社は主にどんなお仕事をされているんでしょうか。", SHOP),
        ("この団体ってどういった活動してるんですか。", NPO),
    ],
)
def test_what_the_organisation_itself_does_is_researchable(
    answer: str, company: dict[str, str]
) -> None:
    assert RESEARCH in _codes(answer, RQ, company)


@pytest.mark.parametrize(
    ("answer", "company"),
    [
        (
            "北米向けのオンライン販売についてお伺いしたいです。現地では、どのような柄が特に好まれているのでしょうか。",
            SHOP,
        ),
        ("御社では、若手の方はどのような仕事をされている方が多いのでしょうか。", SHOP),
        (
            "『よやくる』についてお聞きしたいのですが、店舗の方からはどのような要望が多いでしょうか。",
            TOOL,
        ),
        (
            "里山の保全活動をされていると拝見しましたが、ボランティアの方はどのようなきっかけで参加されるのでしょうか。",
            NPO,
        ),
    ],
)
def test_a_question_built_on_the_profile_is_not_researchable(
    answer: str, company: dict[str, str]
) -> None:
    assert RESEARCH not in _codes(answer, RQ, company)


def test_a_lone_announcement_still_asks() -> None:
    # (the announcement is the only question: it asks for the business outright)
    assert RESEARCH in _codes("御社の事業内容についてお伺いしたいです。", RQ, SHOP)
