"""Notices read by structure rather than phrase: status lines (label：value, bracketed results on a
path), positive phrases negated by their own predicate (Sudachi) or by an English negation, the
pass frame (a stage に/へ 進む; the next stage に/へ ご案内・選ばれる), invitations without the usual
labels, and bulk or conditional mail that names a selection without being anyone's result.
Our own sentences, written apart from the eval cases."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice

CASES = [
    # status lines and paths
    (
        "rejection",
        "選考状況のお知らせ",
        "応募ポジション：店舗スタッフ\n選考ステータス：お見送り\n※送信専用",
    ),
    ("rejection", None, "合否：不合格\n受験番号：2231"),
    ("rejection", "マイページ更新", "エントリー（受付済）→ 書類選考（通過）→ 二次面接（不通過）"),
    ("pass", "マイページ更新", "書類選考（通過）→ 一次面接（合格）→ 最終面接へ"),
    ("pass", "Application status", "Status: Passed – next round\nThis is an automated message."),
    ("offer", None, "選考結果：内定\n詳細は人事よりご連絡します。"),
    ("other", "マイページ更新", "選考ステータス：結果待ち\nしばらくお待ちください。"),
    (
        "other",
        "会社説明会",
        "当日の流れ：受付（13:30）→ 説明（60分）→ 座談会\n皆様のご参加をお待ちしております。",
    ),
    # negated positives
    ("rejection", "面談のお礼", "社内で話し合った結果、今回は内定をお出ししないことになりました。"),
    ("rejection", None, "検討の結果、次の面接にはお進みいただけないという結論になりました。"),
    (
        "rejection",
        "Your candidacy",
        "After reviewing your case study, we have decided we will not be moving you to the next round.",
    ),
    (
        "rejection",
        "Update",
        "We appreciate your time, but we won't be extending an offer for the Analyst position.",
    ),
    (
        "offer",
        "内定のご連絡",
        "内定のご連絡が遅くなり申し訳ありません。山田様に内定をお出しします。",
    ),
    ("rejection", "結果", "誠に残念ながら、一次面接は通過されませんでした。"),
    ("rejection", "結果", "社内で協議した結果、採用しないこととなりました。"),
    ("rejection", "結果", "今回、合格を差し上げることはできかねます。"),
    ("rejection", "結果", "検討を重ねましたが、内定のご提示には至りませんでした。"),
    ("other", "ご案内", "採用ページが表示されない場合は、ブラウザを更新してください。"),
    (
        "other",
        "ご連絡",
        "合否のご連絡が遅れておりますこと、お詫び申し上げます。結果は明日お送りします。",
    ),
    # pass frames
    (
        "pass",
        "選考結果",
        "先日の面接の結果、グループディスカッションに進んでいただくこととなりました。",
    ),
    (
        "pass",
        None,
        "一次選考の結果、次の実技選考へご案内することになりました。日程は後日お送りします。",
    ),
    ("pass", "書類選考の結果", "応募書類を拝見し、ぜひ面接に進んでいただきたいと考えております。"),
    (
        "pass",
        "Next step",
        "Thanks for the chat last week. We'd like to progress your application to a technical round.",
    ),
    (
        "other",
        "ご応募ありがとうございます",
        "ご応募後、書類選考に進みます。結果は2週間以内にご連絡します。",
    ),
    ("other", None, "面接に進まれた方には、個別にご連絡を差し上げております。"),
    # invitations without labels, English invitations
    (
        "interview_invite",
        "ご来店のお願い",
        "応募ありがとうございます。面接のため、5日（金）16時にご来店いただけますか。",
    ),
    (
        "interview_invite",
        "Next conversation",
        "We'd be glad to invite you for a 30-minute call with our CTO. Please choose a time on the calendar link.",
    ),
    (
        "interview_invite",
        "面接について",
        "下記の日程で面接試験を実施いたします。日時：2月3日（火）10時 場所：本社",
    ),
    # offers relayed by an agent, casual offers
    (
        "offer",
        "ご報告",
        "株式会社ノゾミ様より、ぜひ佐藤様を採用したいとのお返事がありました。年収と入社日の条件をお送りします。",
    ),
    (
        "offer",
        "面接のお礼",
        "今日はありがとう！ぜひ採用とさせてください。初出勤の日を相談しましょう。",
    ),
    # someone else chosen; English negatives
    (
        "rejection",
        "選考結果",
        "慎重に検討した結果、今回は他の候補者の方とご一緒することにいたしました。",
    ),
    (
        "rejection",
        "Application",
        "After much thought we decided to proceed with a more experienced applicant.",
    ),
    (
        "rejection",
        "Your application",
        "We're sorry, but your application has not been shortlisted for this role.",
    ),
    ("rejection", None, "Job: Line Cook\nStatus: Rejected\nDo not reply to this email."),
    (
        "rejection",
        "面談の件",
        "お時間ありがとうございました。残念ですが、現時点で採用は難しいという判断です。",
    ),
    # other verbs of passing, English passes
    ("pass", "適性検査の結果", "適性検査を無事突破されました。次は人事面接です。"),
    (
        "pass",
        "Round 2",
        "Congrats, you made it to the next round of interviews for the Designer role.",
    ),
    (
        "pass",
        "Thanks!",
        "We loved meeting you and would like to bring you back for a final interview.",
    ),
    ("other", "就活コラム", "面接の通過率を上げるには、結論から話すことが大切です。"),
    # invitations and offers in other words
    (
        "interview_invite",
        "Chat",
        "Hi Aya, are you free for a short call with our lead designer on Monday at 11am?",
    ),
    ("offer", "Welcome", "We are excited to welcome you to Nimbus as our next Support Lead."),
    ("offer", "ありがとうございました", "ぜひ来てほしいです。入社日について相談させてください。"),
    ("offer", "ご報告", "先方から、加藤様をぜひお迎えしたいとのお返事をいただきました。"),
    # someone else chosen, a negated fit, status keys
    (
        "rejection",
        "結果",
        "総合的に検討し、よりマネジメント経験の豊富な方を採用することになりました。",
    ),
    (
        "rejection",
        "Update",
        "We've offered the role to another candidate. Thanks so much for your time.",
    ),
    ("rejection", None, "今回は、ご経歴と当社の求める人物像が一致しないという判断になりました。"),
    ("rejection", "Notice", "The status of your application is now: Declined"),
    ("other", "ご案内", "他の方法でのご応募をご希望の場合は、採用窓口までご連絡ください。"),
    ("other", "求人情報", "勤務条件に合わない方のご応募はご遠慮ください。"),
    ("other", "就活ニュース", "書類選考で不採用になる学生の多くは、志望動機が弱いと言われます。"),
    # passes by a following stage asked for, or a stage remained in
    ("pass", "選考のご連絡", "一次面接の結果、次は役員との面談をお願いしたく存じます。"),
    ("pass", "最終選考", "厳正な選考の結果、最終選考に残りました。おめでとうございます。"),
    # invitations asking for free days or offering a time
    ("interview_invite", "面接日", "面接の日程を決めたいので、都合の良い曜日を教えてください。"),
    ("interview_invite", "お電話", "少しお話を伺いたいのですが、金曜の午前10時はいかがですか。"),
    (
        "interview_invite",
        "Interview",
        "Can we set up an interview call? Let me know which days work.",
    ),
    (
        "other",
        "説明会リマインド",
        "明日14:00から会社説明会です。ZoomのURLはこちら：https://zoom.example/j/9",
    ),
    # refused invitations, offers with a title, 次 as the stage
    (
        "rejection",
        "Application",
        "Sadly we are not able to invite you to an interview for this vacancy.",
    ),
    (
        "offer",
        "Offer",
        "We would love to offer you the Junior Data Scientist position starting in April.",
    ),
    ("pass", "ご報告", "先方から、ぜひ次へ進んでいただきたいとのご連絡がありました。"),
    # English fit negated; selected for a position; quoted relays in 『』
    (
        "rejection",
        "Update",
        "Your background is impressive, but it's not a strong fit for this position.",
    ),
    ("offer", "Result", "We're glad to say you have been chosen for the role of Store Manager."),
    ("offer", "ご報告", "先方より『ぜひうちに入社してほしい』とのお言葉をいただきました。"),
    ("pass", "ご連絡", "部長も、ぜひまたお話ししたいと申しております。日程を調整させてください。"),
    # many readers: a consultation offered every week is no interview; an exam to 受験者各位 is
    (
        "other",
        "ご案内",
        "会員の皆様\n無料のキャリア面談を実施中です。\n日時：毎週日曜 13:00〜18:00",
    ),
    (
        "interview_invite",
        "試験のご案内",
        "受験者各位\n筆記試験を以下のとおり行います。\n日時：8月2日 9:30",
    ),
    # the result as the topic of a question
    (
        "other",
        "ご質問への回答",
        "不採用の理由についてのご質問ですが、個別にはお答えしておりません。",
    ),
    (
        "interview_invite",
        "Phone screen",
        "Could we schedule a quick phone screen? Are any of these times OK: Tue 3pm, Wed 11am?",
    ),
    (
        "interview_invite",
        "面接のお願い",
        "一度面接をさせていただけますか。10月2日か3日でご都合はいかがでしょう。",
    ),
    # no position to offer; working together; the first day; asked to come to an interview
    ("rejection", "ご連絡", "現時点では、ご経験を活かしていただけるポジションがございません。"),
    (
        "rejection",
        "Role",
        "Thanks for your patience. We have gone with another applicant for this role.",
    ),
    (
        "offer",
        "よろしく！",
        "面接おつかれさま！一緒に働きましょう。初出勤は4月1日の8時半に店に来てね。",
    ),
    (
        "interview_invite",
        "ご応募の件",
        "ぜひ面接にいらしてください。火曜の午後か木曜の午前はいかがですか。",
    ),
    (
        "interview_invite",
        "予約",
        "面接はこちらのページから予約できます。ご都合のよい枠をお選びください。",
    ),
    (
        "other",
        "お礼",
        "昨日は面接にお越しいただき、ありがとうございました。結果は追ってご連絡します。",
    ),
    (
        "other",
        "転職フェア",
        "当日は面接を行う企業も出展します。日時：6月1日 10:00〜 会場：幕張メッセ",
    ),
    # a label on its own line; apologies and 'unfortunately' before the news; described others
    (
        "rejection",
        "選考結果",
        "ご応募ありがとうございました。\n【合否】\n不合格\n以上、ご連絡いたします。",
    ),
    ("pass", "選考結果", "■選考状況\n一次面接通過\n※次回のご案内は別途お送りします。"),
    ("rejection", "選考結果", "申し訳ありませんが、今回の選考ではご期待に添いかねます。"),
    (
        "rejection",
        "Re: application",
        "Unfortunately we will not be taking your application further at this stage.",
    ),
    (
        "rejection",
        "Update",
        "We've chosen to pursue candidates with more hands-on Kubernetes experience.",
    ),
    (
        "other",
        "Thanks for applying",
        "Only candidates with relevant experience will be contacted for an interview.",
    ),
    # a quoted notice under the reader's own short note (a Re: thread's quote stays a quote)
    (
        "rejection",
        None,
        "ダメだった…\n\n> 慎重に検討した結果、今回は採用を見送ることになりました。",
    ),
    (
        "other",
        "Re: 先日の件",
        "承知しました。\n\n> 慎重に検討した結果、今回は採用を見送ることになりました。",
    ),
    # が after a noun is a case particle, not the end of the predicate
    ("rejection", "結果", "ご経歴と当社の求めるスキルとの合致が難しいと判断いたしました。"),
    (
        "pass",
        "Good news",
        "Your resume has been shortlisted. Please complete the coding test by Friday.",
    ),
    (
        "interview_invite",
        "Intro",
        "Would you be up for a quick intro call? Tue 4pm or Wed 9am JST both work.",
    ),
    ("offer", "Join us", "We'd love you to join us as our first Customer Success hire."),
    # English and casual wordings of each label
    ("rejection", "Re: role", "We've decided to pass on moving forward with you at this time."),
    (
        "rejection",
        "Application",
        "Your experience does not meet the minimum requirements for this vacancy.",
    ),
    ("rejection", "Update", "We won't be offering you the position, but thank you for your time."),
    ("rejection", "面接の結果", "来てくれてありがとう。ごめんだけど、今回は不採用です。"),
    ("pass", "Round 2", "The panel would like you to come back for a second interview next week."),
    ("pass", "一次面接", "一次面接、通ってますよ！二次面接の日程を調整しましょう。"),
    ("pass", "次のステップ", "評価が高かったので、次は部長と会ってもらえますか。"),
    ("rejection", "一次面接", "残念ながら一次面接は通りませんでした。"),
    (
        "interview_invite",
        "面接",
        "応募ありがとう！金曜の18時ごろお店に来れそうですか？面接しましょう。",
    ),
    ("interview_invite", "面接のご案内", "二次面接を以下の通り行います。日時：5月9日 10:00"),
    ("offer", "Offer", "We'd like to make you an offer for the Support Engineer role."),
    ("offer", "よろしく", "ぜひうちで働いてもらいたいです。来週からシフトに入れる日を教えて。"),
    # events of the hiring calendar that are no interview
    (
        "other",
        "模擬面接",
        "学生各位\n模擬面接を行います。日時：7月1日 14:00 会場：キャリアセンター",
    ),
    ("other", "健康診断", "入社前の健康診断のご案内です。日時：3月2日 9:00 会場：駅前クリニック"),
    (
        "interview_invite",
        "Interview",
        "Can you take a 45-minute technical interview on Friday at 2pm JST?",
    ),
    ("rejection", "応募状況", "応募先：株式会社サンプル（事務）\n状況：選考終了（不採用）"),
    ("interview_invite", "面接", "以下の日時で面接をお願いいたします。\n9月3日（水）11時 本社2階"),
    (
        "rejection",
        "Update",
        "We have closed your application for this position. Thank you for applying.",
    ),
    ("pass", "Next", "We'd like to advance you to the technical interview stage."),
    ("interview_invite", "面接", "面接を行いますので、11月2日（月）15時に当園へご来園ください。"),
    ("rejection", "Role", "We've filled the position internally. Thanks for your interest."),
    ("pass", "Challenge", "You passed our coding challenge. Next up is a chat with the founders."),
    (
        "interview_invite",
        "Call",
        "I'd love to set up a call with you; how does Monday at 2pm JST look?",
    ),
    ("rejection", "結果", "一次面接結果：×\nご応募ありがとうございました。"),
    (
        "rejection",
        "Update",
        "We decided to move ahead with someone who has more retail experience.",
    ),
    (
        "interview_invite",
        "Interview",
        "Please send us your availability for a 45-minute interview next week.",
    ),
    ("offer", "Welcome", "So glad you'll be joining us! Your first day is 2 June."),
    (
        "other",
        "応募書類の返却について",
        "不採用の場合も、応募書類は返却いたしません。ご了承ください。",
    ),
    ("interview_invite", "Zoom?", "Are you around for a quick Zoom on Tuesday at 5pm JST?"),
    ("interview_invite", "面接", "面接は水曜の16時、本店でお願いできますか？"),
    ("offer", "Offer", "Congratulations! Please find your written offer attached."),
    # bulk and conditional mail
    (
        "other",
        "今週のおすすめ",
        "■ 営業職／面接1回で内定！\n■ 事務職／内定まで最短5日\nメール配信の停止はこちら",
    ),
    (
        "other",
        "Web面接の事前準備",
        "一次選考を通過された場合は、面接日程をご案内いたします。事前にカメラとマイクをご確認ください。",
    ),
    (
        "other",
        "Thanks for applying",
        "We have your application. If you are shortlisted, we will invite you to an interview.",
    ),
]


@pytest.mark.parametrize(("label", "subject", "body"), CASES)
def test_notice_structure(label: str, subject: str | None, body: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


# A job site's status that ends the selection (「現在の ステータス：選考終了」「企業の判断により選考が終了しました」), an English
# rejection whose conditions sit in a later sentence (「The role has now been filled. … in case
# another role opens up」), and a small employer asking for a trial shift after talking
# (「お試しで入ってもらえませんか」). Near-misses: a status still open, a listing closed, a glossary of statuses,
# the candidate's own withdrawal, an English conditional, a trial thanked for, an event's 仕事体験.
# Our own sentences, written apart from the eval cases.


STATUS = [
    # the selection ended, as a status value or by the company's judgement
    (
        ("rejection",),
        "求人：ホールスタッフ\n現在の状況：選考終了\n詳細はマイページをご覧ください。",
    ),
    (("rejection",), "応募職種：施工管理\nステータス：応募終了\n"),
    (
        ("rejection",),
        "ご応募いただいた求人の選考は、応募先企業の判断により終了となりました。",
    ),
    (("rejection",), "先方の判断により、今回の選考を終了させていただくこととなりました。"),
    (("rejection",), "当社の判断で選考はクローズとさせていただきました。"),
    (("rejection",), "求人：受付事務\n選考状況：終了（企業判断）\n"),
    (("rejection",), "以下のご応募は選考終了となりました。\n■求人：清掃スタッフ"),
    # near-misses: a value that says more, a stage held, a listing closed, a schedule
    (("offer",), "求人：総務\nステータス：選考終了（内定）\n"),
    (("other",), "求人：総務\nステータス：選考終了（辞退）\n"),
    (("other",), "求人：総務\n現在のステータス：書類選考中\n"),
    (("other",), "求人：総務\nステータス：掲載終了\n"),
    (("other",), "求人：総務\n選考状況：終了（掲載期間満了）\n"),
    (("other",), "書類選考（通過）→ 二次面接（終了）→ 最終面接（日程調整中）"),
    (("other",), "企業の判断により、この求人の掲載は終了しました。ほかの求人もご覧ください。"),
    (("other",), "本日で全ての選考が終了しました。結果は5日以内にお知らせいたします。"),
    (("other",), "ご応募は今月末で締め切り、その後に選考終了となります。"),
]


GLOSSARY = [
    # a newsletter defining the statuses: no result of the reader's
    "「内定」：企業から入社のお誘いを受けた状態を表します。",
    "「選考終了」とは、合否を問わずその応募の選考が終わったことを示します。",
    "「不採用」とは、企業が採用を見送ったことを指します。",
]


ENGLISH = [
    (
        ("rejection",),
        "Thanks for your time last week. The role has now been filled by another applicant. "
        "We will hold on to your CV in case something similar comes up.",
    ),
    (
        ("rejection",),
        "We have already filled the position. If you would like to apply again next year, "
        "please do.",
    ),
    (
        ("rejection",),
        "After much deliberation, we have decided to go with a candidate whose background "
        "is closer to what the team needs.",
    ),
    (
        ("rejection",),
        "Your interview went well, but we have selected an applicant whose experience "
        "is a closer match for the team.",
    ),
    (
        ("rejection",),
        "Thank you for your time. After some discussion, the team has decided to go another way.",
    ),
    (("rejection",), "We enjoyed meeting you, but we don't think it's the right fit right now."),
    (
        ("rejection",),
        "We have decided to cancel this opening and will not be hiring for it this year.",
    ),
    # near-misses: an English conditional, still reviewing, moving forward with the reader,
    # candidates described by what the role needs (no one chosen yet)
    (
        ("other",),
        "We will review every application and contact candidates whose skills match the role.",
    ),
    (
        ("other",),
        "If the vacancy has been filled by the time we reach your application, we will tell you.",
    ),
    (
        ("other",),
        "We are still reviewing applications and will be in touch by the end of the month.",
    ),
    (("other",), "It's not just about finding the right fit; it's about growing together."),
    (
        ("other",),
        "We have received your application. If you are unsure whether it is the right fit, "
        "feel free to ask us.",
    ),
    (
        ("pass", "interview_invite"),
        "Good news: we would like to move forward with your application to the next round.",
    ),
]


@pytest.mark.parametrize(("accepted", "body"), STATUS)
def test_a_status_that_ends_the_selection(accepted: tuple[str, ...], body: str) -> None:
    got = classify_notice(subject="応募状況のお知らせ", body=f"高木 様\n\n{body}\n\nジョブポータル")
    assert got.label in accepted, (got.label, got.evidence)


@pytest.mark.parametrize("line", GLOSSARY)
def test_a_glossary_of_statuses_tells_no_result(line: str) -> None:
    body = f"いつもご利用ありがとうございます。今週はステータスの意味をご紹介します。\n{line}"
    got = classify_notice(subject="【転職ノウハウ】ステータスの見方", body=body)
    assert got.label == "other", got.evidence


@pytest.mark.parametrize(("accepted", "body"), ENGLISH)
def test_english_sentences_are_clauses_of_their_own(accepted: tuple[str, ...], body: str) -> None:
    got = classify_notice(subject="Your application", body=f"Dear Rina,\n\n{body}\n\nHR")
    assert got.label in accepted, (got.label, got.evidence)


@pytest.mark.parametrize(
    ("body", "label", "words"),
    [
        ("求人：調理補助\n現在の状況：選考終了\n", "rejection", "選考終了"),
        ("応募先企業の判断により、選考が終了しました。", "rejection", "判断により、選考が終了し"),
        ("一度お試しで入ってもらえませんか。", "pass", "お試しで入ってもらえませんか"),
    ],
)
def test_evidence_is_the_words(body: str, label: str, words: str) -> None:
    got = classify_notice(subject="ご連絡", body=f"高木様\n\n{body}")
    assert got.label == label
    assert any(words in e for e in got.evidence), got.evidence


# Notices read by their structure: a rejection in translated or stiff Japanese (a regret, then the
# reader's fit negated or a going-on declined; others chosen, but not while the selection is still
# open), a selection's steps listed (a bare noun item is a step ahead, not the reader's result; a
# class of people named by a result, 合格者に内定, is the process), and a way in only made possible (a
# scout's 「書類選考なしで面談に進んでいただけます」). Our own sentences, written apart from the eval cases.


_ANY_INVITE = ("other", "interview_invite")


_PASS = ("pass", "interview_invite")


STEPS_AND_STIFF_REJECTIONS = [
    # translated rejections: a regret, then the reader's fit negated or a going-on declined
    (
        ("rejection",),
        "残念ながら、現時点では、あなたのスキルは私たちがこのチームで必要としているものと一致していません。",
    ),
    (("rejection",), "申し訳ありませんが、あなたのご経歴は本ポジションの要件に適合しません。"),
    (("rejection",), "残念ながら、当社は今回、ほかの応募者とプロセスを進めることにしました。"),
    (("rejection",), "ご応募内容を確認しましたが、今回は前進しないことに決めました。"),
    (("rejection",), "慎重な検討の結果、別の候補者を追求することにいたしました。"),
    (("rejection",), "残念ながら、私たちはあなたの申請を次の段階に進めないことを決定しました。"),
    # near-misses: a regret about something else, a job ad, a selection still open
    (
        _ANY_INVITE,
        "残念ながら、ご希望の時間帯はすでに埋まっております。別の候補日をお知らせください。",
    ),
    (
        ("other",),
        "申し訳ありませんが、お送りいただいたファイルが破損しておりました。再送をお願いします。",
    ),
    (("other",), "応募資格を満たしていない方はご遠慮ください。"),
    (("other",), "必須要件を満たしていない方のご応募はご遠慮ください。"),
    (
        _ANY_INVITE,
        "残念ながら、あなたの希望日程が面接官の予定と合わないため、別日をご提案させてください。",
    ),
    (
        ("other",),
        "現在、ほかの応募者の方との面接も進めておりますので、結果は来週中にご連絡いたします。",
    ),
    (("rejection",), "ほかの応募者の方と選考を進めることになりました。"),
    # a selection's steps listed
    (
        ("other",),
        "ご応募を受け付けました。\n選考の流れ\n1. 書類選考\n2. 適性検査\n3. 面接（2回）\n4. 内定\n"
        "適性検査のご案内は追ってお送りします。",
    ),
    (
        ("other",),
        "プレエントリーありがとうございます。今後のステップ：①説明会 ②エントリーシート ③面接 ④内々定",
    ),
    (
        ("other",),
        "マイページ登録が完了しました。\nStep1 会社説明会\nStep2 筆記試験\nStep3 役員面接\nStep4 採用決定",
    ),
    (
        ("other",),
        "本選考では、二次面接の合格者に最終面接をご案内し、最終面接の通過者に内定をお出しします。",
    ),
    (
        ("offer",),
        "厳正な選考の結果、内定とさせていただきます。\n今後の予定\n1. 内定承諾書のご返送\n"
        "2. 懇親会\n3. 入社式",
    ),
    (
        _PASS,
        "二次面接の結果、通過となりました。\n残りの選考\n1. 最終面接\n2. 役員面談\n3. 内定\n"
        "最終面接の候補日をご返信ください。",
    ),
    # near-misses: a status told item by item, a list of slots
    (
        ("offer",),
        "選考状況のご報告です。\n1. 書類選考通過\n2. 一次面接通過\n3. 最終面接内定\n"
        "引き続きよろしくお願いいたします。",
    ),
    (
        _PASS,
        "二次面接の候補日\n1. 7月8日 10:00\n2. 7月9日 13:00\n3. 7月10日 15:00\n"
        "ご都合のよい日時をお知らせください。",
    ),
    # a way in only made possible (a scout), and a pass told as a result
    (
        _ANY_INVITE,
        "ご経歴を拝見しました。よろしければ一度お話ししませんか？書類選考なしで面接に進んでいただけます。",
    ),
    (
        _ANY_INVITE,
        "特別ルートのご案内です。一次面接を免除し、最終面接から受けていただくことが可能です。",
    ),
    (_PASS, "書類選考の結果、一次面接に進んでいただけます。候補日をお知らせください。"),
    (_PASS, "厳正な審査の結果、次の選考へお進みいただけることとなりました。"),
]


@pytest.mark.parametrize(("accepted", "body"), STEPS_AND_STIFF_REJECTIONS)
def test_structure_reads(accepted: tuple[str, ...], body: str) -> None:
    got = classify_notice(subject="ご連絡", body=f"佐々木様\n\n{body}\n\n採用担当")
    assert got.label in accepted, (got.label, got.evidence)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            "残念ながら、あなたの資格はこの役割の要件と一致していません。",
            "あなたの資格はこの役割の要件と一致",
        ),
        ("今回は前進しないことに決めました。", "前進しないこと"),
    ],
)
def test_rejection_evidence_is_the_words(body: str, words: str) -> None:
    got = classify_notice(subject="ご連絡", body=f"佐々木様\n\n{body}")
    assert got.label == "rejection"
    assert words in got.evidence


def test_steps_masked_only_in_a_list() -> None:
    """A status list (a colon after each name) keeps its values; so does a prose offer."""
    got = classify_notice(
        subject="選考状況",
        body="佐々木様\n\n・A社 一次面接：通過\n・B社 書類選考：結果待ち\n・C社 最終面接：結果待ち",
    )
    assert got.label == "pass"
