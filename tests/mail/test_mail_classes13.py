"""Error classes of the second list of session 7 (mail), read as patterns: an agent's word of
approval (OKが出た) with the next stage; the joining details of a booked interview; the thanks
for an interview already held; a referral thanked and a result told as heard; in replies short
stays told in English, talking over others in a discussion, a wish set against the company's
environment as a mismatch, and an offer of another position asked as a question. Sentences
written for these tests (none from the evaluation sets)."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice
from furikaeri.mail.reply import classify_reply

# (subject, body, label)
NOTICES = [
    # An agent's approval, then the next stage.
    (
        "ご報告",
        "川口様\nキャリアアドバイザーの西です。\nサクラ工業様の書類選考ですが、先方からOKが出ました！"
        "次は一次面接になりますので、候補日が届きましたら転送します。",
        "pass",
    ),
    (
        "一次面接の件",
        "川口様\n一次面接、企業様からOKをいただきました。二次は役員の方との面接です。",
        "pass",
    ),
    # Approval denied: a rejection.
    (
        "一次面接の件",
        "川口様\n残念ながら、一次面接は先方からのOKは出ませんでした。",
        "rejection",
    ),
    # A day and a time approved is a booking, not a result.
    (
        "日程確定",
        "川口様\n先方から、1月9日（金）10:30で二次面接OKとの返事がありました。当日は本社3階へお越しください。",
        "interview_invite",
    ),
    (
        "日程の件",
        "川口様\n二次面接の日程、企業様からOKが出ました。1月14日（水）16:00に本社へお越しください。",
        "interview_invite",
    ),
    # The joining details of a booked interview.
    (
        "二次面接の参加用リンク",
        "石原様\n2月6日（金）15:00からの二次面接の参加用リンクをお送りします。\n"
        "https://zoom.us/j/5550001111\nミーティングID：555 000 1111\nパスコード：7q7q\n"
        "開始の5分前にはご入室ください。",
        "interview_invite",
    ),
    (
        "Your call on Thursday",
        "Hi Mei,\nHere is the meeting link for your screening call on Thursday, March 5 at "
        "16:00 JST.\nMeeting ID: 901 234 5678\nPasscode: sky42\nSee you then.",
        "interview_invite",
    ),
    # A passcode with no interview named is a login code.
    (
        "【マイページ】ワンタイムパスコード",
        "ログイン用のワンタイムパスコードをお送りします。\nパスコード：730215\n有効期限は10分です。",
        "other",
    ),
    # Logistics of an event are no interview.
    (
        "合同説明会 参加URL",
        "ご登録者の皆さま\n\n2月20日（木）18:00から合同企業説明会をオンラインで開催します。\n"
        "参加URL：https://zoom.us/j/3330001111\nミーティングID：333 000 1111",
        "other",
    ),
    # Thanks for an interview already held, the result still to come.
    (
        "本日の面接のお礼",
        "野口様\n本日はオンライン面接にご参加いただき、誠にありがとうございました。\n"
        "選考結果につきましては、10日以内にメールでご連絡いたします。",
        "other",
    ),
    # ... and with a next round invited in another sentence.
    (
        "面接のお礼と次回のご案内",
        "野口様\n先日は一次面接にお越しいただき、ありがとうございました。\n"
        "二次面接を3月2日（月）11:00より実施いたします。",
        "interview_invite",
    ),
    # A referral thanked and the friend's result heard.
    (
        "朗報",
        "島田さん\nお疲れさまです。採用チームの森です。\n"
        "島田さんの前職の後輩の方、最終面接を経て採用が決まったそうです！ご紹介本当にありがとうございました。",
        "other",
    ),
    (
        "リファラルの件",
        "島田さん\n先月の社員紹介の件、ご友人に内定が出たそうです。紹介報酬は来月の給与で支給されます。",
        "other",
    ),
    # The referral thanked, the reader's own result told: the reader's.
    (
        "選考結果のご連絡",
        "島田様\n先日はご友人をご紹介いただき、ありがとうございました。\n"
        "島田様ご自身の最終面接の結果、内定とさせていただくことになりました。",
        "offer",
    ),
    # The offer sent after thanks for the offer meeting (the thanks itself is over and done).
    (
        "条件のご案内",
        "松井様\n先日は条件面談にお時間をいただき、ありがとうございました。\n"
        "お話しした条件にて、正式にオファーをお送りいたします。添付をご確認ください。",
        "offer",
    ),
]


@pytest.mark.parametrize(("subject", "body", "label"), NOTICES)
def test_notice_classes(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


# (body, label, causes)
REPLIES = [
    # English short stays, employers over a span, roles left within a span.
    (
        "Thanks for writing. What gave the panel pause was the run of short stints on your CV "
        "(four employers over the past five years).",
        "feedback",
        ["short_tenure"],
    ),
    (
        "Honestly, we were concerned that you left your last three roles after only a few "
        "months each.",
        "feedback",
        ["short_tenure"],
    ),
    (
        "We were not fully sure about your long-term commitment, given how often you have moved.",
        "feedback",
        ["short_tenure"],
    ),
    # A long stay praised is no short tenure.
    (
        "Your long-term commitment to one employer stood out. However, the role needs someone "
        "with hands-on Terraform experience, which we did not see.",
        "feedback",
        ["skills"],
    ),
    # Talking over others.
    (
        "討論の場面で、他の方がお話しされている途中に割り込んでしまうことがあり、その点が気になりました。",
        "feedback",
        ["communication"],
    ),
    (
        "グループワークでは、メンバーの発言をさえぎって自説を続けるご様子が見られ、評価が伸びませんでした。",
        "feedback",
        ["communication"],
    ),
    # Denied, it is no fault.
    (
        "ディスカッションでは人の話を遮ることもなく、よく聞いていらっしゃいました。"
        "ただ、今回は他の候補者の方を優先させていただきました。",
        "feedback",
        ["relative"],
    ),
    # A wish set against the company's environment as a mismatch.
    (
        "ご経験は申し分ございませんでした。一方で、ご自身の専門分野だけを深めたいというご意向が強く、"
        "当社の何でも担う体制とはミスマッチではないかと判断いたしました。",
        "feedback",
        ["culture_fit"],
    ),
    # Another position offered as a question: no refusal.
    (
        "ご連絡ありがとうございます。実はインサイドセールスのポジションでご案内できないかと考えております。"
        "一度カジュアルにお話しできませんか。",
        "other",
        [],
    ),
    # A refusal stays a refusal, hedged too.
    (
        "恐縮ですが、評価の詳細についてはお伝えできないかと存じます。",
        "declined",
        [],
    ),
    (
        "誠に恐縮ですが、選考内容についてはお伝えできません。ご了承ください。",
        "declined",
        [],
    ),
]


@pytest.mark.parametrize(("body", "label", "causes"), REPLIES)
def test_reply_classes(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, sorted(result.causes)) == (label, sorted(causes))
