"""Passes and invitations told in plain, casual or English words by small employers and
start-ups, and the same words in a shop's, an inn's or a team's mail that invites no one.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from mail_support import notice_label

PASSES = [
    # OK spelled in kana, after a round named by its rank
    (
        "面接ありがとう",
        "昨日はありがとう！\n一次面接、オッケーでした👍\n次は店長と話してもらいます。",
    ),
    # going on with the reader told as going forward
    (
        "面接のお礼",
        "先日は面接にお越しいただきありがとうございました。\n"
        "面接の結果、ぜひ前向きに進めたいと考えております。\n次は社長との面談です。",
    ),
    # a quote named by a view reached (「…」という意見)
    (
        "面談ありがとう",
        "面談ありがとうございました！\nスタッフ全員「ぜひ次に進んでほしい」という意見でした。\n"
        "日程はまた送ります。",
    ),
    # English: a named stage cleared
    (
        "Technical interview",
        "Hi Mei,\nCongratulations, you have passed the technical interview.\n"
        "Our hiring manager will contact you about the final round.\nBest,\nKite Labs",
    ),
    # the next step asked plainly (来てほしい), or set up by the company (組ませてください)
    (
        "面接ありがとう",
        "面接ありがとうございました。\nみんなで話して、次は現場の体験に来てほしいです。\n"
        "日にちはまた相談させてください。",
    ),
    (
        "Re: 面接",
        "面接ありがとうございました！\nチームの評判も上々でした。\n"
        "次は代表との面談を設定させてください。",
    ),
]


@pytest.mark.parametrize(("subject", "body"), PASSES)
def test_a_pass_in_plain_words(subject: str, body: str) -> None:
    assert notice_label(subject, body) == "pass"


INVITATIONS = [
    # a booked interview moved to a new time named as the goal of the move
    (
        "面接の日",
        "来週の面接ですが、店の都合で申し訳ないけど、木曜の16時に変更してもらえますか？",
    ),
    (
        "Interview time",
        "Hi Ravi,\nSorry for the short notice. Could we move your interview to Friday at 11am?\n"
        "Thanks,\nOtter K.K.",
    ),
    # a time proposed in English
    (
        "Your application",
        "Hi Noa,\nThanks for applying for the support role. Does Wednesday 5pm work for you?\n"
        "We could do a quick video chat.\nGen",
    ),
    # the decision put after a meeting, with a time given
    (
        "応募ありがとう",
        "応募ありがとう。面接ってほど固いものじゃないけど、顔を見てから決めたいです。\n"
        "土曜の10時に駅で待ってます。",
    ),
    # a slot chosen in plain words
    (
        "ご応募ありがとうございます",
        "ご応募ありがとうございます！\n下のリンクから、カジュアル面談の枠を選んでください。",
    ),
]


@pytest.mark.parametrize(("subject", "body"), INVITATIONS)
def test_an_invitation_in_plain_words(subject: str, body: str) -> None:
    assert notice_label(subject, body) == "interview_invite"


NO_ONES_NEWS = [
    # a customer's booking, a shop's sale, a shift, a team's meeting: no hiring named
    (
        "ご予約の確認",
        "ご来店ありがとうございました。\n次回のご予約は5月3日の18時、4名様でお待ちしております。",
    ),
    ("半額セール", "今週末は全品半額です！\n土曜の10時からお店に遊びに来てください。"),
    ("来週のシフト", "来週のシフトです。\n火曜は9時から17時でお願いします。"),
    ("定例の時間", "明日の定例、10時から15時に変更です！"),
    # a level cleared in a loyalty programme; OK said of a document's format
    (
        "Silver member",
        "You passed level 2 of our rewards program!\nEnjoy a free drink on your next visit.",
    ),
    ("Re: 書類の形式", "ご質問ありがとうございます。\n書類の形式はWordでもオッケーです。"),
]


@pytest.mark.parametrize(("subject", "body"), NO_ONES_NEWS)
def test_the_same_words_with_no_hiring_stay_other(subject: str, body: str) -> None:
    assert notice_label(subject, body) == "other"


REFUSALS = [
    (
        "面接の結果",
        "面接ありがとうございました。\nメンバー全員で話し合い、「今回は見送りたい」という意見でした。",
    ),
    (
        "Interview result",
        "Hi Ken,\nThank you for your time. Unfortunately you have not passed this stage.\nOrbit",
    ),
    ("面接の結果", "前向きに検討しましたが、今回は採用を見送ることになりました。"),
]


@pytest.mark.parametrize(("subject", "body"), REFUSALS)
def test_the_same_words_refusing_stay_a_rejection(subject: str, body: str) -> None:
    assert notice_label(subject, body) == "rejection"
