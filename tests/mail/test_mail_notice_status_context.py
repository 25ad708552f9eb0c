"""Notices read in context: a status told in a sentence (a value in quotes after a label), a
result followed by the next step asked for, fraud warnings, and form fields (「日時：」) that
invite nobody by themselves."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice
from furikaeri.mail.text import sentences


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("応募いただいた求人の選考状況が「お見送り」に変更されました。", "rejection"),
        ("エントリー中の案件のステータスが『不合格』となりました。", "rejection"),
        ("ご応募先の選考ステータスが【書類選考通過】に更新されました。", "pass"),
        ("応募状況が「内定」に変わりました。マイページをご確認ください。", "offer"),
        ("選考状況が「選考中」に更新されました。", "other"),
        ("Your application status has been updated to Rejected.", "rejection"),
        ('Good news: the status of your application is now "Offer".', "offer"),
        ("Your application status is now under review.", "other"),
        ("現在の選考状況は「書類選考不通過」です。", "rejection"),
        ("エントリーの結果は《不合格》となりました。", "rejection"),
        ('Your profile was moved to the "Hired" stage by the recruiter.', "offer"),
        ("選考状況：応募済み → 書類選考通過", "pass"),
        ('Your candidacy was moved to the "Final Interview" stage.', "pass"),
        ("Your application status has been changed to 「不合格」. See My Page.", "rejection"),
        ("ステータスが変わりました。\n現在のステータス\n書類選考通過", "pass"),
        ("Your application status has changed to 'No longer under consideration'.", "rejection"),
        (
            "We've reviewed your profile. Current status: Withdrawn by employer - not selected.",
            "rejection",
        ),
        # Other people's statuses, and a status that would change: nobody's result here.
        ("昨年度はエントリーした学生の6割が「一次面接通過」となりました。", "other"),
        ("今月は120名が「内定」に決まりました！", "other"),
        ("ステータスが「不採用」に変更されたら、別の求人もご検討ください。", "other"),
        # The label and the value, but a condition: what would happen, not what did.
        ("選考状況が「不採用」となった場合も、メールでお知らせします。", "other"),
    ],
)
def test_a_status_told_in_a_sentence_is_the_result(body: str, label: str) -> None:
    assert classify_notice(subject="選考状況のお知らせ", body=body).label == label


@pytest.mark.parametrize(
    ("body", "label"),
    [
        (
            "先日の二次面接、ありがとうございました。面接の結果、次は現場での体験勤務を半日"
            "行っていただきたいと考えています。可能な日を教えてください。",
            "pass",
        ),
        (
            "一次面接の評価結果、筆記試験をお願いしたく存じます。受験できる週をお知らせください。",
            "pass",
        ),
        (
            "Following your interview with the team, we would like you to prepare a short "
            "presentation for the next round. Please reply with a few dates that suit you.",
            "pass",
        ),
        (
            "Thanks for your time on Monday. The next step is a paired coding session with two "
            "engineers.",
            "pass",
        ),
        (
            "この前の面談を踏まえて、次は簡単な課題に取り組んでもらいたいと思っています。",
            "pass",
        ),
        (
            "オーナーと話し合いまして、一度トライアルで働いていただきたいです。都合のいい日は？",
            "pass",
        ),
        (
            "二次面接の結果を受けまして、適性検査を受検していただきたく存じます。",
            "pass",
        ),
        (
            "Based on the call with our lead, we'll send you a take-home task to finish by Friday.",
            "pass",
        ),
        (
            "昨日はありがとうございました。次は厨房で1時間ほど作ってもらう体験をお願いしたいです。",
            "pass",
        ),
        (
            "Following your chat with Ms. Mori, we'd like you to run a trial class for our "
            "juniors.",
            "pass",
        ),
        (
            "After discussing your interview, we'd like you to take a short writing test next.",
            "pass",
        ),
        ("一次面接の結果、次は現場責任者との面談となります。", "pass"),
        # The company's process told in general is nobody's result.
        ("当社の選考は、書類選考の結果、一次面接となります。", "other"),
        # The step already booked (a 日時 field): the invitation to it.
        (
            "書類選考の結果、面接にお越しいただきたくご連絡いたします。\n日時：3月2日（月）10:00\n"
            "場所：本社3階",
            "interview_invite",
        ),
        # A first invitation with no result before it stays an invitation.
        (
            "この度はご応募ありがとうございます。下記日程で面接を実施いたします。",
            "interview_invite",
        ),
        # A date changed after a review is no pass; with no new date offered it is a change
        # request, not an invitation either.
        ("社内で検討した結果、面談の日程を変更させていただきたく存じます。", "other"),
        (
            "社内で検討した結果、面談の日程を変更させていただきたく存じます。"
            "3月9日（月）15:00はいかがでしょうか。",
            "interview_invite",
        ),
    ],
)
def test_a_result_then_the_next_step_asked_for_is_a_pass(body: str, label: str) -> None:
    assert classify_notice(subject="選考について", body=body).label == label


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (
            "注意喚起",
            "弊社の採用担当を装い「内定おめでとうございます」と連絡して口座番号を尋ねる電話が"
            "あります。弊社ではそのようなご連絡はいたしません。",
            "other",
        ),
        (
            "Phishing alert",
            "Some candidates received a bogus offer letter in our name asking for a deposit. "
            "We never charge candidates.",
            "other",
        ),
        (
            "重要なお知らせ",
            "当社の社名をかたって採用決定を伝えるSMSが出回っています。リンクは開かないでください。",
            "other",
        ),
        (
            "採用通知を装うSMSについて",
            "「採用が決定しました」と書かれたメッセージにご注意ください。URLは開かないでください。",
            "other",
        ),
        (
            "Offer scams: stay alert",
            "Real employers never charge you. Nobody will make you an offer and then ask you "
            "for money.",
            "other",
        ),
        (
            "ご注意ください",
            "「内定を出すので研修費を振り込んでください」という連絡は詐欺です。",
            "other",
        ),
        (
            "内定のご連絡",
            "最終面接の結果、内定とさせていただきました。\n"
            "なお、当社を名乗る不審なメールにはご注意ください。",
            "offer",
        ),
    ],
)
def test_a_fraud_warning_is_no_result(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        ("パスワード変更完了", "パスワードが変更されました。\n日時：12/3 07:15\n端末：PC", "other"),
        (
            "着信のお知らせ",
            "お電話をいただきました。\n日時：12月4日 9:30\n折り返しご連絡します。",
            "other",
        ),
        (
            "書類到着のご連絡",
            "履歴書を受け取りました。\n到着日時：12月1日\n場所：本社受付",
            "other",
        ),
        (
            "面接について",
            "一次面接は以下のとおりです。\n日時：12月8日（月）15:00\n場所：本社5階",
            "interview_invite",
        ),
        (
            "ご来社のお願い",
            "下記の通りお越しください。\n日時：12月9日（火）10:00\n持ち物：筆記用具",
            "interview_invite",
        ),
    ],
)
def test_a_date_field_alone_invites_nobody(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("We enjoyed talking with you. We will be in touch soon.", 2),
        ("Thanks, Mr. Ito. See you then.", 2),
        ("The call is at 10 a.m. on Monday.", 1),
        ("Python 3.12 is required.", 1),
    ],
)
def test_english_sentences_are_split_at_their_periods(text: str, count: int) -> None:
    assert len(sentences(text)) == count


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("Thanks for today. We'll come back to you with a decision by Friday.", "other"),
        ("We are still assessing applications. The next stage of our process is a panel.", "other"),
        ("アプリの更新で、応募状況が「内定」に変わったときに通知が届くようになります。", "other"),
        ("Congratulations, you're through to the final round with our founders.", "pass"),
        ("Could you come back for an onsite interview next Tuesday?", "pass"),
    ],
)
def test_english_words_of_a_next_round_need_someone_moved_on(body: str, label: str) -> None:
    assert classify_notice(subject="Update", body=body).label == label
