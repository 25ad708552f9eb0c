"""Session 22 (b): replies the reader over- or under-read. An automatic receipt whose notice
says the message itself was sent (「本メールは自動で送信されています」) is no conduct of the
candidate's; applications past the places and a choice in order of grade are a comparison; a
requirement told, then another person chosen for having more of it, is skills beside the
comparison; a gap against the company's line of business is motivation, not fit; a question's
noun (「どんな課題に」) is no shortfall; a quote about the former workplace's people is no
strength claimed. Sentences written for these tests."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

RECEIPTS = [
    "青木様\n\n※本メールは採用管理システムから自動で送信されています。\n"
    "お問い合わせを受け付けました。\n受付番号：55012\n担当者より追ってご連絡いたします。",
    "このメッセージは送信専用のアドレスから配信されています。\nお問い合わせありがとうございます。"
    "内容を確認し、数日以内にご連絡いたします。",
    "※こちらのメールは自動送信されております。ご返信いただいてもお答えできません。\n"
    "面談結果についてのお問い合わせを承りました。",
]


@pytest.mark.parametrize("body", RECEIPTS)
def test_automatic_receipt_is_other(body: str) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == ("other", [])


def test_conduct_told_in_respect_is_still_a_concern() -> None:
    result = classify_reply("面接の途中で何度もメールを確認されていました。")
    assert result.label == "feedback"


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        (
            "書類の完成度は高く、社内の評価も良好でした。ただ、受け入れ人数を大きく上回るご応募が"
            "あり、点数の高い方から順にご案内したため、今回は届きませんでした。",
            "feedback",
            ["relative"],
        ),
        (
            "今年は定員に対して想定以上のエントリーがあり、選考は最後まで接戦でした。",
            "feedback",
            ["relative"],
        ),
        (
            "二つの枠に経験者の方が多く集まり、評価の上位の方からお声がけしました。",
            "feedback",
            ["relative"],
        ),
        (
            "募集人数を超えるご応募をいただいておりますが、選考理由は個別にはお答えして"
            "おりません。",
            "declined",
            [],
        ),
    ],
)
def test_applications_past_the_places(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        (
            "このポジションでは、店舗開発の実務経験が重要な条件でした。最終的には、その経験を"
            "より長くお持ちの方に決めさせていただきました。",
            ["skills", "relative"],
        ),
        (
            "今回は生産管理システムの導入経験が必須の要件でした。\nIn the end we chose another "
            "candidate who had more hands-on implementation experience.",
            ["skills", "relative"],
        ),
        (
            "最終的には、複数の候補者の中から総合的に判断させていただきました。",
            ["relative"],
        ),
    ],
)
def test_requirement_then_another_had_more(body: str, causes: list[str]) -> None:
    assert sorted(classify_reply(body).causes) == sorted(causes)


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        (
            "当社は医療機器の会社なので、「化粧品の企画がしたい」とおっしゃっていたのは少し"
            "ズレているかなと感じました。",
            ["motivation"],
        ),
        (
            "うちは法人向けの保守がメインなんです。\n「新しいアプリを作りたい」と言われたので、"
            "ちょっと違うかなと思いました。",
            ["motivation"],
        ),
        (
            "弊社は少人数で一人が何でも担当する社風ですが、決まった業務に専念したいとのお考え"
            "で、ちょっと違うかなと感じました。",
            ["culture_fit"],
        ),
        (
            "うちは創業2年の会社で、ルールもまだありません。「決まった手順で働きたい」と言われた"
            "ので、ちょっと違うかなと思いました。",
            ["culture_fit"],
        ),
    ],
)
def test_gap_against_the_line_of_business(body: str, causes: list[str]) -> None:
    assert classify_reply(body).causes == causes


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        (
            "自己PRで店長経験を挙げていらっしゃいましたが、どんな課題にどう向き合ったのかが"
            "伝わりませんでした。",
            ["self_pr"],
        ),
        (
            "自己PRの中で、どのような課題があって何を工夫したのかが見えにくかったです。",
            ["self_pr"],
        ),
        (
            "現場のマネジメント経験がまだ少なく、そこが課題だと感じました。",
            ["skills"],
        ),
    ],
)
def test_question_noun_is_no_shortfall(body: str, causes: list[str]) -> None:
    assert classify_reply(body).causes == causes


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        (
            "前の店について「店長のやり方が納得できなかった」というお話が続き、気になりました。",
            ["negative_reason"],
        ),
        (
            "自己PRでは「周りからも頼られる存在でした」とのお話でしたが、具体的な場面が"
            "伺えませんでした。",
            ["self_pr"],
        ),
    ],
)
def test_quote_about_others_claims_nothing(body: str, causes: list[str]) -> None:
    assert classify_reply(body).causes == causes
