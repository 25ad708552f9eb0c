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


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # A long stay the candidate wishes for is no stay.
        (
            "志望の理由が「腰を落ち着けて長く働きたい職場だから」というお話にとどまり、"
            "弊社を選ぶ理由が見えませんでした。",
            ["motivation"],
        ),
        (
            "長期的に勤務したいというお気持ちは伺いましたが、当社ならではの理由が伝わりませんでした。",
            ["motivation"],
        ),
        (
            "前職を半年で退職されており、当社で長く働いていただけるか不安が残りました。",
            ["short_tenure"],
        ),
        # Praise before a turn names nothing: ease of taking in (〜やすい), a compound noun whose
        # first part is a negative word (借金, ローン) is a kind of work.
        (
            "ご経歴は住宅ローンの審査業務が中心で、お話もとても聞きやすかったのですが、"
            "今回求める法人融資の実務経験には届いていませんでした。",
            ["skills"],
        ),
        # Experience perceived without a lack against the role is no gap.
        (
            "提案資料は細部まで練られていて、現場経験の厚みも感じられました。ただ、志望動機が"
            "どの会社にも当てはまる内容でした。",
            ["motivation"],
        ),
        # A fault denied as a whole (「ということではない」) leaves a comparison relative only.
        (
            "何かが劣っていたということではございません。今回の業務により近い経験をお持ちの方が"
            "いらっしゃり、その方にお願いすることになりました。",
            ["relative"],
        ),
        # A talk of the former workplace's ways (「評価のされ方」) that went on, and the worry that the
        # same comes again here: the reason for leaving, no delivery and no motive.
        (
            "退職の経緯を伺った際、当時の工場の運営や評価のされ方についてのお話が長くなり、"
            "弊社で似たような状況になったときにどう向き合われるのか、懸念が残りました。",
            ["negative_reason"],
        ),
        # Neighbours: a long talk of one's own career is delivery; a question of why here is motive.
        ("これまでのご経歴についてのお話が長く、要点が分かりにくかったです。", ["communication"]),
        ("当社で何を実現したいのか、というところが見えませんでした。", ["motivation"]),
        ("説明が分かりにくく、結論が最後まで見えませんでした。", ["communication"]),
    ],
)
def test_no_cause_from_praise_wishes_or_recurrence(body: str, causes: list[str]) -> None:
    assert _causes(body) == causes


@pytest.mark.parametrize(
    "body",
    [
        "先日の件ですが、メールだと細かいところが伝わりづらいので、お電話でご説明させてください。",
        "文面では誤解が生じかねない内容のため、一度お電話でお話しできればと存じます。",
    ],
)
def test_the_writers_medium_is_no_cause(body: str) -> None:
    r = classify_reply(body)
    assert (r.label, r.causes) == ("other", [])
