"""s10-mail2: a scout's or a job board's interview request, an agent's 「書類選考 → 通過」, a bare
「上記で確定しました」; replies naming a requirement gap, the forward half of a reason for leaving,
the company's ways as the topic of the questions, 多数のご応募 as context, an agent's caveat."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice.classifier import classify_notice
from furikaeri.mail.reply import classify_reply

NOTICES = [
    # A scout's first contact asking for an interview (no application before).
    (
        "interview_invite",
        "はじめまして。株式会社サクラ設計の人事、野口です。\n"
        "ご経歴を拝見し、ぜひ面接でお話を伺いたいと考えております。\n"
        "面接希望日をマイページからご登録ください。",
    ),
    (
        "interview_invite",
        "突然のご連絡失礼いたします。ご登録の職務経歴を拝見しました。\n"
        "一度面接させていただけませんか。面接可能な日時をいくつかご教示ください。",
    ),
    (
        "interview_invite",
        "突然のご連絡失礼いたします。株式会社あおぞら介護の採用担当です。\n"
        "ご経歴を拝見し、ぜひ一度面接のお時間をいただけないでしょうか。",
    ),
    (
        "interview_invite",
        "はじめまして。医療法人ひかり会の人事部です。ご登録情報を拝見しご連絡しました。"
        "当院では見学を兼ねた面接を行っております。ご都合はいかがでしょうか。",
    ),
    (
        "other",
        "先日は面接のお時間をいただき、ありがとうございました。結果は1週間以内にご連絡いたします。",
    ),
    # A job board's frame around the company's message.
    (
        "interview_invite",
        "【転職ナビ】\n株式会社ユウキ商事からメッセージが届いています。\n\n"
        "＞ 書類を拝見し、面接をお願いしたいと考えております。\n"
        "＞ 面接可能な日時を3つほどご返信いただけますでしょうか。\n",
    ),
    (
        "interview_invite",
        "株式会社ホシノからプラチナスカウトが届きました。\n\n"
        "「職務経歴を拝見し、面接確約でご連絡しております。面接の日程についてご相談させてください。」",
    ),
    ("interview_invite", "企業から面接のご依頼が届きました。マイページからご確認ください。"),
    (
        "rejection",
        "株式会社ユウキ商事から選考結果が届いています。\n\n"
        "＞ 慎重に検討いたしました結果、誠に残念ながら今回は見送らせていただくことになりました。\n",
    ),
    # An agent's 「stage → result」 line.
    (
        "pass",
        "鈴木様\nエージェントの井上です。\n■株式会社ベータ電子\n書類選考 → 通過\n先方が一度お会いしたいと仰っています。",
    ),
    (
        "rejection",
        "鈴木様\nエージェントの井上です。\n一次面接 ⇒ 見送り\n引き続きサポートいたします。",
    ),
    # A bare confirmation under the booking's lines.
    ("interview_invite", "2026/12/18 10:30〜\n一次面接\n場所：オンライン\n上記で確定しました。"),
    (
        "interview_invite",
        "1月7日(木) 16時\n二次面接（役員）\n大阪支社 5F\n以上で確定いたしました。",
    ),
    # Look-alikes.
    ("other", "企業から面接のご依頼が届いた際は、メールでお知らせします。"),
    (
        "other",
        "株式会社ユウキ商事からメッセージが届いています。\n\n"
        "＞ 応募書類を確認しております。結果については1週間程度でご連絡いたします。\n",
    ),
    ("other", "■株式会社ベータ電子\n書類選考 → 結果待ち\n結果が届き次第ご連絡します。"),
    ("other", "選考フロー：書類選考 → 一次面接 → 最終面接 → 内定"),
    (
        "other",
        "日時：12月9日（水）13:00〜\n内容：会社説明会\n場所：本社ホール\n上記で予約が確定しました。",
    ),
]


@pytest.mark.parametrize(("label", "body"), NOTICES)
def test_notice_label(label: str, body: str) -> None:
    assert classify_notice(subject=None, body=body).label == label


REPLIES = [
    # A requirement and the gap named.
    (
        "feedback",
        ["skills"],
        "法人営業のマネジメント経験を必須要件としておりましたが、ご経歴との差が大きいと判断いたしました。",
    ),
    ("feedback", ["skills"], "求める経験とご経歴との差が大きいと判断いたしました。"),
    ("feedback", ["culture_fit"], "ご希望の年収と弊社の水準との差が大きく、見送りとなりました。"),
    # The forward half of a reason for leaving.
    (
        "feedback",
        ["negative_reason"],
        "退職理由について、前職への不満が中心で、今後どのような仕事に挑戦したいのかについての"
        "お話が少なかった点が気になりました。",
    ),
    (
        "feedback",
        ["negative_reason"],
        "転職理由が待遇への不満ばかりで、これから何に取り組みたいのかが見えませんでした。",
    ),
    ("feedback", ["motivation"], "今後どのような仕事に挑戦したいのかが伝わりませんでした。"),
    # The company's ways as what the questions did not ask about.
    (
        "feedback",
        ["reverse_question"],
        "逆質問では、当社の方針や研修制度についてのご質問がなく、関心が伝わりませんでした。",
    ),
    (
        "feedback",
        ["reverse_question"],
        "最後のご質問の時間に、当院の理念や教育体制についてのご関心が見られませんでした。",
    ),
    (
        "feedback",
        ["culture_fit"],
        "当院の看護方針とお考えの看護観に隔たりがあり、職場になじむのは難しいと判断しました。",
    ),
    # Many applications as the context of a refusal.
    (
        "declined",
        [],
        "この度は多数のご応募をいただいたため、誠に恐れ入りますが、選考結果の理由に関するご質問には"
        "お答えいたしかねます。",
    ),
    (
        "feedback",
        ["relative"],
        "多数の応募者の中から慎重に選考し、より近いご経験の方を採用いたしました。",
    ),
    # An agent's request to the company, with a caveat.
    (
        "other",
        [],
        "見送りの理由について企業様に確認しておりますので、回答がありましたらご報告いたします。\n"
        "なお、企業によっては回答をいただけない場合もございますので、あらかじめご了承ください。",
    ),
    (
        "other",
        [],
        "不採用理由の件、先方に問い合わせ中です。分かり次第お伝えしますね。"
        "ただ、企業さんによってはお答えいただけないこともあります。",
    ),
    (
        "declined",
        [],
        "企業様に見送りの理由を確認いたしましたが、選考理由については回答できないとのことでした。",
    ),
]


@pytest.mark.parametrize(("label", "causes", "body"), REPLIES)
def test_reply_label_and_causes(label: str, causes: list[str], body: str) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)
