"""Notices of session 14, round 3: a job site's status that ends the selection (「現在の
ステータス：選考終了」「企業の判断により選考が終了しました」), an English rejection whose
conditions sit in a later sentence (「The role has now been filled. … in case another role opens
up」), and a small employer asking for a trial shift after talking (「お試しで入ってもらえませんか」).
Near-misses: a status still open, a listing closed, a glossary of statuses, the candidate's own
withdrawal, an English conditional, a trial thanked for, an event's 仕事体験. Our own sentences,
written apart from the eval cases."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice

_GOES_ON = ("pass", "interview_invite", "offer")

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

TRIAL = [
    # a trial at the workplace asked of the reader, or the reader's first day arranged
    (
        _GOES_ON,
        "話してみて、ぜひ一緒にやりたいと思いました。一度お試しで半日入ってもらえませんか？",
    ),
    (
        _GOES_ON,
        "まずはトライアルという形で3時間ほど働いてみませんか。来週で都合のいい日はありますか。",
    ),
    (_GOES_ON, "よかったら体験勤務で一日来てほしいです。平日と週末、どちらが良いですか？"),
    (_GOES_ON, "店長とも話して、ぜひ来てもらおうということになりました。"),
    (
        _GOES_ON,
        "スタッフと相談して、働いてもらおうという結論になりました。初日の日程を相談させてください。",
    ),
    (_GOES_ON, "もしよければ、試しに一日手伝ってもらえないかな？土曜か日曜でどうでしょう。"),
    (
        _GOES_ON,
        "面接ありがとう。一度ホールに立ってみてもらえますか？都合のいい曜日を教えてください。",
    ),
    (_GOES_ON, "よかったら来週、体験バイトで2時間くらい入ってみませんか？"),
    (
        _GOES_ON,
        "うちで一緒にやってほしいと思っています。研修日を決めたいので空いている日を教えてください。",
    ),
    (_GOES_ON, "オーナーと話して、ぜひうちに入ってもらうことに決めました。来週からお願いします。"),
    (_GOES_ON, "店長とも相談して、来てもらうことになりました！"),
    # near-misses: a trial thanked for, someone else engaged, an ad, an event's 仕事体験
    (("other",), "先日はお試しで入ってくれてありがとう。結果は来週お伝えします。"),
    (("rejection",), "今回は経験のある人に入ってもらおうという話になりました。ごめんなさい。"),
    (
        ("other",),
        "来月から新しいスタッフに来てもらうことになりました。シフト表を見ておいてください。",
    ),
    (("other",), "学生向けの仕事体験を開催します。当日は会場に直接来てください。"),
    (("other",), "まずは一度、マイページに入ってみてください。応募状況が確認できます。"),
    (("other",), "お試しでアプリに入ってみてください。求人の検索ができます。"),
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


@pytest.mark.parametrize(("accepted", "body"), TRIAL)
def test_a_trial_shift_asked_for(accepted: tuple[str, ...], body: str) -> None:
    got = classify_notice(
        subject="先日はありがとうございました", body=f"原田さん\n\n{body}\n\n店長 北村"
    )
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
