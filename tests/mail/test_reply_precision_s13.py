"""Session 13, reply cause precision (issue #10): a cause comes from the clause whose predicate
criticises, with the topic that clause is about; not from the object of a question, an interest
or a complaint, not from the company telling its own values as the grounds of a judgement, not
from a party the news came from, not from a talk described by what it centred on. The
neighbours that must still fire are pinned beside each class."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

_HEAD = "採用担当です。\n"
_TAIL = "\n今後のご活躍をお祈りいたします。"


def _causes(body: str) -> list[str]:
    return classify_reply(_HEAD + body + _TAIL).causes


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # What the questions were about is their content, also where a phrase named the question.
        (
            "賞与の支給月数や週末のシフトの入り方についてのご質問だけで、仕事そのものへのご関心"
            "は見えにくいものでした。",
            ["reverse_question"],
        ),
        (
            "残業や土日の出勤日数に関するご質問だけでしたので、当館でのお仕事にどんな思いを"
            "お持ちかは伝わりにくかったです。",
            ["reverse_question"],
        ),
        # What an interest is held about names no cause of its own.
        (
            "給与や在宅勤務の日数についてのご質問ばかりで、担当業務やご自身の強みをどう活かすか"
            "へのご関心が伝わってきませんでした。",
            ["reverse_question"],
        ),
        # What a complaint is about: the former workplace's, no mismatch of fit.
        (
            "以前の店舗のシフトの決め方やエリアマネージャーへのご不満のお話がかなり続き、"
            "そこが引っかかりました。",
            ["negative_reason"],
        ),
        # Working hours told in the reason for leaving, the company's own word for itself (当院).
        (
            "退職の理由を伺ったところ、夜勤明けの勤務や主任との関係についてのお話が大半で、"
            "当院でどんな看護をしたいかというお話にはなりませんでした。",
            ["negative_reason"],
        ),
        # The company's values as the grounds of its judgement name no culture_fit.
        (
            "面接時の髪の乱れやシャツのしわが気になりました。弊社は窓口での身だしなみを何より"
            "大切にしているため、その点を重く見ております。",
            ["manners"],
        ),
        (
            "当店では入店時のあいさつを大事にしておりますので、入室時に会釈がなかった点が"
            "気になりました。",
            ["manners"],
        ),
        # A talk described by what it centred on is its content, no answer beside the question.
        (
            "前の会社を辞めたわけを聞いたところ、前のリーダーへの文句が中心のお話になっていました。",
            ["negative_reason"],
        ),
        # A party the news came from: no decision put down to a point.
        (
            "株式会社ハルカ様から、お見送りの理由についてご回答をいただきました。"
            "「弊社製品への理解が浅く、志望理由に具体性が感じられなかった」とのことです。",
            ["motivation"],
        ),
        # Neighbours that must still fire.
        (
            "当社が大切にしているチームで進める働き方とは、合わないと判断いたしました。",
            ["culture_fit"],
        ),
        ("夜勤のシフトに入れないとのことで、今回は見送りとなりました。", ["culture_fit"]),
        ("ご質問が一つもなく、入社への意欲が伝わってきませんでした。", ["reverse_question"]),
        ("ご経歴についてのお話が長く、要点がつかみにくい場面がございました。", ["communication"]),
        ("前の職場の話になってしまい、質問への答えになっていませんでした。", ["communication"]),
        ("経験不足のため、今回は見送りとさせていただきました。", ["skills"]),
    ],
)
def test_causes_from_the_criticised_clause(body: str, causes: list[str]) -> None:
    assert _causes(body) == causes


def test_news_from_a_party_alone_names_nothing() -> None:
    r = classify_reply("〇〇様から、今回のお見送りの理由についてご回答がございました。")
    assert r.causes == []
