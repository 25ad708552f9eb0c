"""Mail rules read in context (sentences written for these tests): a closing wish or a
selection word in a general sentence decides nothing; bookings, invitations and offers worded
without the usual labels; replies that refuse by an overall judgement only."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice
from furikaeri.mail.reply import classify_reply

NOTICES = [
    (
        "other",
        "ワークショップへのご参加ありがとうございました。皆様のご健康をお祈りしております。\n\nあおば電機 採用担当",
    ),
    (
        "other",
        "社内報より\n「書類で不合格になった経験が今の自分を作りました」と語る先輩社員を紹介します。",
    ),
    ("other", "■選考の流れ\n書類選考 → 面接2回 → 内定\nエントリーをお待ちしています。"),
    ("other", "【合格者インタビュー】入社3年目の社員が語る、選考で見られていたこと。"),
    (
        "interview_invite",
        "ご返信ありがとうございます。それでは3月4日（水）10:30〜で確定とさせていただきます。",
    ),
    ("interview_invite", "書類を拝見し、ぜひ一度お話ししたく、一次選考へご招待いたします。"),
    (
        "offer",
        "検討の結果、ぜひ当社で一緒に働いていただきたいと考えております。雇用条件は書面でお送りします。",
    ),
    ("rejection", "再検討の結果、次の面接へお進みいただくことは難しいとの判断となりました。"),
]


@pytest.mark.parametrize(("label", "body"), NOTICES)
def test_notices_are_read_in_context(label: str, body: str) -> None:
    assert classify_notice(subject=None, body=body).label == label


REPLIES = [
    ("declined", [], "結果は総合的な判断によるものでございます。今後のご活躍をお祈りいたします。"),
    (
        "declined",
        [],
        "選考の公平を保つため、フィードバックは応募者の皆様に一律でお送りしておりません。",
    ),
    (
        "feedback",
        ["communication"],
        "緊張のせいか、ご回答が質問の要点から外れることがございました。",
    ),
    ("feedback", ["skills"], "募集要件である物流管理の実務経験との間に差がございました。"),
    (
        "feedback",
        ["reverse_question"],
        "最後にいただいたご質問が福利厚生に限られていた点が気になりました。",
    ),
]


@pytest.mark.parametrize(("label", "causes", "body"), REPLIES)
def test_replies_are_read_for_what_they_say(label: str, causes: list[str], body: str) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)


MORE_REPLIES = [
    (
        ["culture_fit"],
        "当社が進める少数精鋭の働き方と、ご希望の働き方とでは方向性に違いがございました。",
    ),
    (["motivation"], "当社ならではの志望理由をもう少し伺いたかったところです。"),
    (["skills"], "求めている設計経験の水準には届いていませんでした。"),
    (["communication"], "面接中は視線が下がりがちで、お声も小さく聞き取りにくい場面がありました。"),
]


@pytest.mark.parametrize(("causes", "body"), MORE_REPLIES)
def test_reply_causes_in_other_words(causes: list[str], body: str) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == ("feedback", causes)
