"""Replies read for what a remark is about: an answer beside the question (what was said
instead names no cause), a complaint whose length and silence are its effects, another person's
longer experience (relative only), English gaps in skills and ways of working, and a casual
remark on a short stay."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # An answer beside the question: communication only.
        (
            "志望動機を伺った際に、前職での資格取得のお話をされ、質問の意図とずれていると感じました。",
            "feedback",
            ["communication"],
        ),
        (
            "When we asked why you applied, you talked about your programming skills instead.",
            "feedback",
            ["communication"],
        ),
        (
            "長所を伺った際に、前職の体制の説明が中心で、質問への回答になっていませんでした。",
            "feedback",
            ["communication"],
        ),
        ("ご質問への回答はいずれも簡潔で分かりやすいものでした。", "feedback", []),
        (
            "入社後の目標を伺ったのですが、趣味のお話になってしまい、残念でした。",
            "feedback",
            ["communication"],
        ),
        (
            "When we asked how you handle conflict, you explained your sales numbers instead.",
            "feedback",
            ["communication"],
        ),
        (
            "自己PRをお願いした際、前職の会社紹介のお話が長く、質問に噛み合っておらず残念でした。",
            "feedback",
            ["communication"],
        ),
        # A complaint that went on: negative_reason only.
        (
            "以前の職場への愚痴のお話が長く、弊社で何をしたいのかが見えませんでした。",
            "feedback",
            ["negative_reason"],
        ),
        (
            "The complaints about your last team went on for a while, and we never heard what you would like to do with us.",
            "feedback",
            ["negative_reason"],
        ),
        # Another person with more experience: a comparison, relative only (s20: no shortfall
        # of the reader's told).
        (
            "今回は即戦力となる方を探しており、より現場経験の豊富な方を優先いたしました。",
            "feedback",
            ["relative"],
        ),
        (
            "今回は、より接客経験が長くすぐに現場に立てる方がいたため、そちらを優先しました。",
            "feedback",
            ["relative"],
        ),
        (
            "We hired an applicant who had two more years of experience with payroll.",
            "feedback",
            ["skills", "relative"],
        ),
        (
            "必須としていた経理の実務について、他の応募者の方がより長くご経験をお持ちでした。",
            "feedback",
            ["skills", "relative"],
        ),
        # English skills and ways of working.
        (
            "You told us you like a quiet, predictable day, but our shop is busy and chaotic, so it wasn't the right place for you.",
            "feedback",
            ["culture_fit"],
        ),
        (
            "The key factor was that you have not yet managed a team, which the job requires from day one.",
            "feedback",
            ["skills"],
        ),
        (
            "The biggest gap was experience with payroll systems, a core requirement here.",
            "feedback",
            ["skills"],
        ),
        (
            "Your technical background didn't quite cover the embedded work the team does daily.",
            "feedback",
            ["skills"],
        ),
        (
            "Honestly, it came down to fit with our environment: we change plans often and you prefer fixed routines.",
            "feedback",
            ["culture_fit"],
        ),
        (
            "Your preference for working alone differs a lot from how our team works, which is pairing all day.",
            "feedback",
            ["culture_fit"],
        ),
        (
            "Your wish to keep fully flexible hours would not fit well with our shift-based team.",
            "feedback",
            ["culture_fit"],
        ),
        (
            "You like working remotely on your own schedule, whereas our team works side by side in the lab, and that difference worried us.",
            "feedback",
            ["culture_fit"],
        ),
        # Casual short tenure.
        (
            "前の会社、早く辞めてるよね。うちは長く続けてくれる人がほしいから、その点が少し気になったかな。",
            "feedback",
            ["short_tenure"],
        ),
        (
            "うちは長く続けてくれる人がいいんだけど、前の仕事を三か月で辞めてるのがちょっと気になってね。",
            "feedback",
            ["short_tenure"],
        ),
        # Auto-replies say nothing about the candidate, whatever they mention.
        (
            "Thanks for your note about feedback on your interview. I'm on leave until 3 March with limited access to email; for urgent questions about your experience or application, write to hr@example.net.",
            "other",
            [],
        ),
        (
            "【自動返信】担当者は出張のため不在にしております。面接の評価に関するお問い合わせは、戻り次第ご連絡いたします。",
            "other",
            [],
        ),
        (
            "最後の逆質問が有給休暇の日数についてだけで、仕事への関心が見えにくかったです。",
            "feedback",
            ["reverse_question"],
        ),
        (
            "I am away from the office until 5 August. For anything urgent, please contact recruiting@example.org.",
            "other",
            [],
        ),
    ],
)
def test_reply_effects(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)
