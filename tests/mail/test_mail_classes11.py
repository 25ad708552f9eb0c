"""Error classes of blind set 11 (mail), read as patterns: a booking confirmed by labelled
English fields, a portal's service described, onboarding paperwork chased; in replies skills
named only by a stated shortfall against the role (not experience praised, not experience
inside another critique), reasons that would hold for any company, the candidate's own action
and its result asked for, a relayed interviewer comment, a topic header, an English contrast of
working styles, another person's profile that matched closely. Sentences written for these
tests (none from the evaluation sets)."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from furikaeri.catalogue import DataFileError, load_data, validated
from furikaeri.mail.notice import classify_notice
from furikaeri.mail.reply import classify_reply
from furikaeri.mail.reply_schema import ReplyData

# (subject, body, label)
NOTICES = [
    (
        "Booking details",
        "Hello Ryo,\nYour panel interview is locked in.\n"
        "Date: Wednesday, 21 May\nTime: 11:00-12:00 JST\nFormat: Webex\n"
        "Interviewers: P. Novak, J. Ito\nBest wishes,\nHiring Team",
        "interview_invite",
    ),
    (
        "Next step",
        "Hi Sam,\nThanks for confirming. Here are the details for your case interview.\n"
        "Location: 5F, Shibuya office\nTime: 9:30 JST, Friday 4 July\nSee you then.",
        "interview_invite",
    ),
    (
        "【新卒採用マイページ】メールアドレス変更完了",
        "※送信専用アドレスのため返信できません。\n"
        "ご登録のメールアドレスを変更しました。マイページにログインすると、選考状況や面接予定の"
        "確認ができます。",
        "other",
    ),
    (
        "Account created",
        "Welcome to the careers site. Once you sign in you can track your application and see "
        "any interview slots we offer. This mailbox is not monitored.",
        "other",
    ),
    (
        "【人事部】入社書類ご提出のお願い（再送）",
        "西田様\n先日お送りした書類のうち、源泉徴収票と年金手帳の写しがまだ届いておりません。"
        "提出期限の今月20日までにご返送をお願いいたします。",
        "other",
    ),
    (
        "Paperwork due",
        "Hi Omar,\nFriendly nudge: please upload your payroll form and emergency contact "
        "before your first day. Thanks!\nPeople team",
        "other",
    ),
    # Hard negatives: the offer itself, and the paperwork opened, stay offers.
    (
        "採用内定のご連絡",
        "松本様\n選考の結果、採用内定となりましたのでご連絡いたします。"
        "入社承諾書を同封いたしましたので、期日までにご返送ください。",
        "offer",
    ),
    (
        "Your offer",
        "Dear Ana,\nWe are pleased to extend you an offer for the Support Lead role. "
        "Your offer letter is attached.",
        "offer",
    ),
]


@pytest.mark.parametrize(("subject", "body", "label"), NOTICES)
def test_notice_classes(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


# (body, label, causes)
REPLIES = [
    # Experience praised, another point criticised: no skills.
    (
        "ご経歴はたいへん豊かだと伺っております。一方で、ご回答が冗長になり要点が伝わりにくい"
        "場面がございました。",
        "feedback",
        ["communication"],
    ),
    (
        "Your years in retail are clearly an asset. That said, your answers ran long and the key "
        "point often got lost.",
        "feedback",
        ["communication"],
    ),
    # Experience as the material of a self-PR critique: self_pr, no skills.
    (
        "強みとされた粘り強さについて、エピソードが抽象的で、実際のご経験と結びつけて理解しにくい"
        "印象でした。",
        "feedback",
        ["self_pr"],
    ),
    # Stated shortfalls against the role: skills (Japanese and English, company and agent).
    (
        "ご連絡ありがとうございます。今回は法人営業のご経験が当ポジションで求める水準に達して"
        "いないと判断いたしました。",
        "feedback",
        ["skills"],
    ),
    (
        "エージェントの原です。先方の見立てでは、設計のご経験がまだ浅く、即戦力としては難しい"
        "とのことでした。",
        "feedback",
        ["skills"],
    ),
    (
        "In the end we felt your exposure to embedded systems was too limited for what this "
        "position needs.",
        "feedback",
        ["skills"],
    ),
    (
        "Candidly, your data modelling experience fell short of the level this team expects.",
        "feedback",
        ["skills"],
    ),
    # Not having, or more wanted: skills.
    ("必要な免許をお持ちでなかったことが判断の分かれ目になりました。", "feedback", ["skills"]),
    (
        "業務知識について、もう一段の深さが欲しかったというのが現場の声です。",
        "feedback",
        ["skills"],
    ),
    # Having it, said beside another point: no skills.
    (
        "幅広いご経験をお持ちで、お人柄も好印象でしたが、結論が見えにくい回答が続きました。",
        "feedback",
        ["communication"],
    ),
    # Reasons that hold for any company: motivation.
    (
        "志望理由は丁寧でしたが、どの会社にも当てはまる内容にとどまっていたとの評価でした。",
        "feedback",
        ["motivation"],
    ),
    (
        "We felt your reasons could equally have applied to any other company in our sector.",
        "feedback",
        ["motivation"],
    ),
    # The candidate's own action and its result asked for, in a relayed comment: self_pr.
    (
        "面接官からのコメントをお伝えします。「サークル運営のお話は熱量がありましたが、"
        "ご自身がその場で何をして、どう変わったのかが伺えませんでした。」",
        "feedback",
        ["self_pr"],
    ),
    (
        "担当者より：『リーダー経験のお話は多かったのですが、ご本人がどんな役割を担い、何を成し"
        "遂げたのかが分かりませんでした』とのことです。",
        "feedback",
        ["self_pr"],
    ),
    # A topic header names the cause of a framed clause after it.
    (
        "所感を共有します。\n・自己PRについて：意欲は伝わってきましたが、全体として印象に"
        "残りにくいものでした。",
        "feedback",
        ["self_pr"],
    ),
    # English contrast of working styles: culture_fit.
    (
        "We sensed you tend to prefer long, carefully planned projects, while our small team "
        "changes direction every sprint.",
        "feedback",
        ["culture_fit"],
    ),
    # Another person's profile matched closely: relative, no skills.
    (
        "Ultimately another applicant from the final round had a background that lined up almost "
        "exactly with the brief, so we went with them.",
        "feedback",
        ["relative"],
    ),
    # An invitation to another opening is no evaluation.
    (
        "Thank you for your note. On another matter, our data team has just posted an analyst "
        "opening that might suit your experience; would you like to be considered?",
        "other",
        [],
    ),
]


@pytest.mark.parametrize(("body", "label", "causes"), REPLIES)
def test_reply_classes(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, sorted(result.causes)) == (label, sorted(causes))


def test_a_header_without_a_frame_names_nothing() -> None:
    body = "・自己PRについて：とても分かりやすく、熱意が伝わってきました。"
    assert classify_reply(body).causes == []


@pytest.mark.parametrize(
    ("change", "where"),
    [
        (lambda d: d["header"].update(pattern="^・(.+?)について："), "group named topic"),
        (lambda d: d["shortfall"].update(lemmas=[]), "shortfall.lemmas"),
        (lambda d: d["shortfall"].update(cause="talent"), "unknown cause ids"),
        (lambda d: d["shortfall"].update(role="(?:要件"), "shortfall.role"),
    ],
)
def test_malformed_header_or_shortfall_names_the_bad_place(change: Any, where: str) -> None:
    data = copy.deepcopy(load_data("mail_replies.toml"))
    change(data)
    with pytest.raises(DataFileError, match=re.escape(where)):
        validated("mail_replies.toml", ReplyData, data)
