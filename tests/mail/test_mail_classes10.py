"""Error classes of blind set 10 (mail), read as patterns: a booking settled without labels,
a continuation or an exclusion under a condition, an indirect rejection; in replies a decline
that only reassures, experience that went unheard, a comparison told in English, interest
placed elsewhere than the company's work, a fit with another company, a quoted reason for
leaving. Sentences written for these tests (none from the evaluation sets)."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice
from furikaeri.mail.reply import classify_reply

# (subject, body, label)
NOTICES = [
    # A booking settled by an agent, a day and a time, no 日時： label.
    (
        "面接の件",
        "中島さん\nお疲れさまです。エージェントの大野です。\n"
        "トウカイ精機様の二次面接、次の日程で決まりました。\n"
        "9/16(火) 17:00〜 Google Meet\n面接官は技術部長です。",
        "interview_invite",
    ),
    (
        "最終面接日程",
        "中島様\n最終面接の日程ですが、先方との調整がつきました。\n"
        "11月4日(火) 10:30〜 本社3階\nご不明点はお知らせください。",
        "interview_invite",
    ),
    (
        "Interview",
        "Hi Mia,\nYour technical interview is all set: Wednesday at 2:30 pm on Zoom.\n"
        "Link to follow.",
        "interview_invite",
    ),
    (
        "面接設定のご連絡",
        "中島さん\nフジ物産様の一次面接、12/4(木)の15時からで手配が完了しました。",
        "interview_invite",
    ),
    # An interview held once a document is in, with no slot: nothing booked yet; 内定に向けた is
    # no offer.
    (
        "書類のお願い",
        "中島様\n内定に向けた手続きとして、卒業証明書をご提出いただいたうえで、役員面接を実施"
        "いたします。",
        "other",
    ),
    # Settled, but an event's own date (内定式), not an interview.
    (
        "内定式のご案内",
        "中島様\n内定式の日程が決まりました。10/1(水) 13:00〜 本社ホール",
        "other",
    ),
    # A continuation that waits on the reader's documents.
    (
        "書類ご提出のお願い",
        "中島様\n公正な選考のため、推薦状をご提出ください。\n"
        "推薦状の到着後、次の選考へご案内いたします。",
        "other",
    ),
    (
        "課題提出のお願い",
        "中島様\n課題を11月1日までにご提出ください。ご提出の後に、次のステップへ進んでいただきます。",
        "other",
    ),
    # ... while a step after the reader's submission, told as done, reports a result.
    (
        "選考結果",
        "中島様\n課題のご提出後に社内で検討した結果、今回は見送りとなりました。",
        "rejection",
    ),
    # An exclusion under a と-condition in a reminder.
    (
        "締切のお知らせ",
        "中島様\n適性検査の受検期限は明日までです。期限を過ぎますと選考対象外となりますので"
        "ご注意ください。",
        "other",
    ),
    (
        "締切のお知らせ",
        "中島様\n締切までにESが届かないと、書類選考の対象外となります。",
        "other",
    ),
    # と after a verb of saying, or before a past, is no condition.
    (
        "選考結果",
        "中島様\n結論から申し上げますと、今回は採用を見送らせていただきます。",
        "rejection",
    ),
    (
        "二次面接の件",
        "中島様\n部長と相談すると、最終面接へ進んでいただくことになりました。",
        "pass",
    ),
    # ... while an exclusion told as done is still a rejection.
    (
        "選考結果",
        "中島様\n書類を拝見しましたが、今回は選考対象外となりました。",
        "rejection",
    ),
    # Another person joining or filling the place.
    (
        "選考結果",
        "中島様\n最終面接の結果、今回は他の候補者の方に入社いただくことになりました。",
        "rejection",
    ),
    (
        "選考のご報告",
        "中島さん\nエージェントの大野です。先方より、募集枠が別の応募者の方で埋まったとの"
        "連絡がありました。",
        "rejection",
    ),
    # The stage as an object carried on (「選考を適正に進める」) is no stage reached.
    (
        "資料のお願い",
        "中島様\n選考を公平に進めるため、作品を2点お送りください。拝見したうえで選考を進めます。",
        "other",
    ),
    # A rule past a deadline, stated to everyone, is no result; past the deadline told as done is.
    (
        "提出期限",
        "応募者の皆様\n締切後のご提出は受け付けられず、選考の対象外となります。",
        "other",
    ),
    (
        "選考について",
        "中島様\n提出期限を過ぎたため、今回は選考の対象外となりました。",
        "rejection",
    ),
    # No work to offer; the position offered to someone else (English verbs first).
    (
        "選考結果",
        "中島様\n検討の結果、中島様にご担当いただける業務がございませんでした。",
        "rejection",
    ),
    (
        "Your application",
        "Dear Ken,\nWe have offered the role to a different candidate.",
        "rejection",
    ),
    # An English booking with a month and a day.
    (
        "Onsite",
        "Hi Ken,\nYour onsite is booked for Thu 5 Feb, 11:00am at our Kyoto office.",
        "interview_invite",
    ),
    # Hard negatives that keep their label.
    (
        "一次面接結果",
        "中島様\n一次面接を通過されました。二次面接へお進みください。",
        "pass",
    ),
    (
        "会社説明会",
        "中島様\n会社説明会の日程が決まりました。10/3(金) 14:00〜 オンライン",
        "other",
    ),
]


@pytest.mark.parametrize(("subject", "body", "label"), NOTICES)
def test_notice_classes(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


def test_a_settled_booking_points_at_its_words() -> None:
    result = classify_notice(
        subject="面接の件",
        body="中島さん\nサクラ食品様の一次面接、以下で固まりました。\n10/9(木) 11:00〜",
    )
    assert result.label == "interview_invite"
    assert any("固まり" in e for e in result.evidence)


# (body, label, causes)
REPLIES = [
    # Only an overall judgement relayed, nothing about the candidate.
    (
        "エージェントの大野です。先方に伺いましたが、「全体を踏まえて総合的に判断した」とのことで、"
        "それ以上のコメントはいただけませんでした。",
        "declined",
        [],
    ),
    (
        "先方からは「総合的な判断です」というお返事のみで、詳しい理由はございませんでした。",
        "declined",
        [],
    ),
    # Any reason or comment the company did not give, relayed.
    (
        "先方からは「社内で総合的に判断した」とだけ伺っており、細かいコメントは頂けませんでした。",
        "declined",
        [],
    ),
    # ... but the candidate's reason that did not come across is feedback.
    (
        "企業からのコメント：『当社を選んだ理由として伝わらなかった。』",
        "feedback",
        ["motivation"],
    ),
    # A reassurance that denies a lack.
    (
        "今回の結果は、ご経験が不十分だったということではございません。総合的に判断いたしました。",
        "declined",
        [],
    ),
    (
        "決してスキルや人柄を否定するものではなく、総合的な判断によるものです。",
        "declined",
        [],
    ),
    # ... while a lack said outright stays feedback.
    (
        "実務経験が足りないと判断いたしました。",
        "feedback",
        ["skills"],
    ),
    # Experience as what went unheard.
    (
        "緊張されていたご様子で、これまでの実績について詳しくお聞きできませんでした。",
        "feedback",
        ["communication"],
    ),
    (
        "You spoke very quietly, so we didn't hear enough about your experience.",
        "feedback",
        ["communication"],
    ),
    # Other finalists described by having more.
    (
        "We had other finalists with broader experience in retail analytics.",
        "feedback",
        ["relative"],
    ),
    (
        "A few other shortlisted applicants had deeper exposure to clinical trials.",
        "feedback",
        ["relative"],
    ),
    # English culture_fit and communication.
    (
        "We weren't confident our loosely structured team would be the right environment for you.",
        "feedback",
        ["culture_fit"],
    ),
    (
        "Your answers felt evasive when we asked about the budget you managed.",
        "feedback",
        ["communication"],
    ),
    (
        "We had some doubts: you described wanting a fixed routine, and our team changes plans "
        "every week.",
        "feedback",
        ["culture_fit"],
    ),
    (
        "We felt you would flourish more at a larger firm with formal mentoring.",
        "feedback",
        ["culture_fit"],
    ),
    # Interest placed elsewhere than the company's work.
    (
        "弊社の製品開発よりも、在宅で働けることへの関心の方が強いように感じました。",
        "feedback",
        ["motivation"],
    ),
    (
        "You seemed more interested in the flexible hours than in the services we offer.",
        "feedback",
        ["motivation"],
    ),
    (
        "What attracted you seemed to be the salary more than the research we do.",
        "feedback",
        ["motivation"],
    ),
    (
        "You might prefer a bigger organisation where responsibilities are narrower.",
        "feedback",
        ["culture_fit"],
    ),
    # A better fit with another company: the candidate's fit, no other candidate.
    (
        "We think you would be a better fit in a larger organisation with clearer processes.",
        "feedback",
        ["culture_fit"],
    ),
    # ... while a better-suited other candidate is relative.
    (
        "Another applicant was better suited to the role.",
        "feedback",
        ["relative"],
    ),
    # A reason for leaving quoted as people not fitting.
    (
        "退職理由が『同僚とうまくいかなかった』とだけ記載されていた点が気になりました。",
        "feedback",
        ["negative_reason"],
    ),
    # A courtesy about the request names no reverse question.
    (
        "Thanks for your question. Your examples stayed quite general.",
        "feedback",
        ["self_pr"],
    ),
    # A start date that does not fit names no cause: timing, no flaw and no fit.
    (
        "We need someone who can start next month, and your notice period is three months.",
        "other",
        [],
    ),
]


@pytest.mark.parametrize(("body", "label", "causes"), REPLIES)
def test_reply_classes(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, sorted(result.causes)) == (label, sorted(causes))


def test_a_quoted_reason_is_the_evidence() -> None:
    result = classify_reply("退職理由として「上司と合わなかった」と伺い、不安が残りました。")
    assert "negative_reason" in result.causes
    assert "上司と合わなかった" in result.evidence
    assert "culture_fit" not in result.causes
