"""Session 12, round 2 of replies (issue #10): the field of applicants as a refusal's stock
words, complaints reported as the content of the candidate's talk, conditions-only and absent
last questions told as facts, casual words quoted as the candidate's way of speaking, a denied
negative word as praise, a choice of another person by closeness as relative."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

_HEAD = "ご連絡ありがとうございます。\n"
_TAIL = "\n今後のご活躍をお祈りいたします。"


def _read(body: str) -> tuple[str, list[str]]:
    r = classify_reply(_HEAD + body + _TAIL)
    return r.label, r.causes


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # The field of every applicant beside a refusal: no comparison of this candidate.
        (
            "個別の選考理由はお答えしておりません。限られた募集枠に、多数の方からご応募をいただいた"
            "中での結果となります。",
            "declined",
            [],
        ),
        (
            "選考内容については一律でお伝えしておりません。採用枠が限られており、難しい判断でした。",
            "declined",
            [],
        ),
        # A comparison with another candidate beside a refusal still names relative.
        (
            "他の応募者の方との比較の結果となりました。個別の評価はお伝えしておりません。",
            "declined",
            ["relative"],
        ),
        # Complaints reported as the content of the candidate's talk (no quotes).
        (
            "退職のご理由を伺ったところ、前の勤務先の評価が不公平だった、という話が何度も出ました。",
            "feedback",
            ["negative_reason"],
        ),
        (
            "以前の会社の同僚とうまくいかなかったことを長くお話しされていました。",
            "feedback",
            ["negative_reason"],
        ),
        (
            "前の職場は給料が安い、残業が長い、といったお話が大半でした。",
            "feedback",
            ["negative_reason"],
        ),
        (
            "前の職場の上長がいかに無責任だったかという話に時間を割かれていました。",
            "feedback",
            ["negative_reason"],
        ),
        # Near-misses: a talk of what the candidate improved; the company's own conditions.
        (
            "前職でチームの雰囲気をどう良くしたかというお話は具体的で、よかったです。",
            "feedback",
            [],
        ),
        (
            "当社の給与や休日については、面接の中でご説明いたしました。",
            "other",
            [],
        ),
        # The answer to the invitation to ask, quoted, is none: no frame needed.
        (
            "面接の最後に「ほかに聞いておきたいことはありますか」と伺うと、「今は大丈夫です」"
            "とのお答えでした。",
            "feedback",
            ["reverse_question"],
        ),
        (
            "逆質問の時間に「なんかある？」って聞いたら「特にないです」だって。",
            "feedback",
            ["reverse_question"],
        ),
        # A question asked in the quote is no none; the company's formula quoted neither.
        (
            "最後に何かご質問はありますかと伺うと、「配属先はいつ決まりますか」とのことでした。",
            "other",
            [],
        ),
        # Casual words quoted as the candidate's way of speaking are manners without a frame.
        (
            "「超ウケる」「めっちゃ」といった言い回しが、ご経験を話される中で出ていました。",
            "feedback",
            ["manners"],
        ),
        # The interviewer's own casual word is no fault of the candidate's.
        (
            "面接官が「マジで」という言い方をしてしまう場面もありましたが、和やかにお話しできました。",
            "other",
            [],
        ),
        # Conditions-only questions told as a fact; 意欲 after them is their consequence.
        (
            "最後のご質問は、月給と賞与の支給実績の確認だけでした。意欲の面で判断が分かれました。",
            "feedback",
            ["reverse_question"],
        ),
        (
            "いただいたご質問が、転勤の有無と有給の取りやすさについてのみでした。",
            "feedback",
            ["reverse_question"],
        ),
        # Another person chosen as closer is relative; the candidate's own lack is skills.
        (
            "今回の業務により近いご経歴の方がいらしたため、そちらにお願いすることとしました。",
            "feedback",
            ["relative"],
        ),
        (
            "内定をお出しした方は、同じ業界で営業を続けてこられ、募集内容により合っていました。",
            "feedback",
            ["relative"],
        ),
        (
            "顧客対応をお一人でお任せできるかについて、判断材料がまだ足りませんでした。",
            "feedback",
            ["skills"],
        ),
        # Work the company meant to entrust, told as a plan: no cause.
        (
            "ご入社後は経理業務をお任せする想定でお話ししておりました。",
            "other",
            [],
        ),
        # A negative word denied after an answer is praise, no stuck answer; eye contact missed
        # is communication.
        (
            "専門的なご質問への回答内容は悪くありませんでした。",
            "other",
            [],
        ),
        (
            "専門的なご質問への回答内容は悪くありませんでした。ただ、ずっと視線を落とされたままで、"
            "こちらと目が合うことはあまりありませんでした。",
            "feedback",
            ["communication"],
        ),
        # The company's own interviewer's conduct, apologised for: nothing of the candidate.
        (
            "こちらの面接官がメモを取るのに集中してしまい、目を合わせる機会が少なく申し訳ございません"
            "でした。",
            "other",
            [],
        ),
        # A short stay explained only by a quoted answer: short_tenure, not communication nor a
        # refusal (「それ以上のお話は」 is the candidate's after their answer).
        (
            "前職は10か月で退職されています。辞められた経緯は『しっくりこなかった』というご説明に"
            "とどまりました。",
            "feedback",
            ["short_tenure"],
        ),
        (
            "二社目を半年で退職された理由は「向いていないと思った」というご説明だけで、それ以上の"
            "お話はありませんでした。",
            "feedback",
            ["short_tenure"],
        ),
        # Experience as what the candidate was talking about names no skill.
        (
            "これまでのご経験を語られる中で、「ガチで」という言い方が何度か出ていました。",
            "feedback",
            ["manners"],
        ),
        # The talk's content marked by かを and a verb of saying (口にする).
        (
            "以前の勤め先の上司がいかに横暴だったかを繰り返し語っておられました。",
            "feedback",
            ["negative_reason"],
        ),
        (
            "前職で休日が少なかったことを何度も口にされていました。",
            "feedback",
            ["negative_reason"],
        ),
        # Casual reactions quoted are manners without a frame.
        (
            "「えー、ウケる」「それヤバいっすね」といった反応が面接中に何度かありました。",
            "feedback",
            ["manners"],
        ),
        # What the candidate wanted to ask, answered as nothing, unquoted; the writer's own
        # 「確認したいことは特にございません」 is no such answer.
        (
            "面接の終わりに聞いておきたいことを伺ったところ、特にないとのお返事でした。",
            "feedback",
            ["reverse_question"],
        ),
        (
            "こちらから確認したいことは特にございません。結果は改めてご連絡します。",
            "other",
            [],
        ),
    ],
)
def test_reply_round2(body: str, label: str, causes: list[str]) -> None:
    assert _read(body) == (label, causes)
