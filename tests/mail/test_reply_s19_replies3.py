"""Replies whose wording led the reader astray (session 19, replies3): a mail mixing English
sentences into Japanese, a technical discussion the candidate could not follow, written in
half-width katakana; the questions of the interview's end told by any verb of receiving them;
a wish about the place of work or travel set against a condition of the post; a public office's
procedure for asking one's scores, which tells none; the company's policy named as what the
candidate researched or as the ground of a requirement, no fit point."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply
from furikaeri.mail.text import split_sentences

MIXED = [
    # a discussion of a subject of knowledge the candidate could not follow: skills
    (
        "Hi 佐藤さん, Thanks for your time. ﾈｯﾄﾜｰｸ設計の議論が難しかった点が今回のポイントでした。",
        "feedback",
        ["skills"],
    ),
    (
        "Thank you for joining us. 結論から申し上げますと、ｲﾝﾌﾗ構成についてのdiscussionで"
        "詰まってしまわれた点が理由です。",
        "feedback",
        ["skills"],
    ),
    (
        "Thanks again. データ基盤に関する議論にうまくついてこられなかった点が見送りの理由です。",
        "feedback",
        ["skills"],
    ),
    # a subject of knowledge probed deeper, the answer not coming: skills, 具体 no self-PR
    (
        "インフラの負荷分散について深掘りした際、具体的なお答えが出てこない場面がありました。",
        "feedback",
        ["skills"],
    ),
    # the English sentence ends before the Japanese one: 結論から言うと opens it, no delivery
    (
        "Thanks for coming. 結論から言うと、志望動機が他社でも言える内容でした。",
        "feedback",
        ["motivation"],
    ),
    # the discussion praised: the point is elsewhere
    (
        "Hello. ｼｽﾃﾑ設計の議論はとても良かったです。ただ、逆質問がありませんでした。",
        "feedback",
        ["reverse_question"],
    ),
]


@pytest.mark.parametrize(("body", "label", "causes"), MIXED)
def test_mixed_mails_and_discussions(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)


def test_an_english_period_before_japanese_ends_the_sentence() -> None:
    parts = [
        norm for _, norm in split_sentences("Thanks for coming. 結論から言うと、良かったです。")
    ]
    assert parts == ["thanksforcoming.", "結論から言うと、良かったです。"]


QUESTIONS = [
    # the questions at the end, received in any humble verb, kept to leave and pay
    (
        "面接の最後に頂戴したご質問が、賞与の回数と有給の日数についてのものに続いておりました"
        "ので、業務そのものへのご関心の程度が分かりかねました。",
        "feedback",
        ["reverse_question"],
    ),
    (
        "最後にお受けしたご質問は、お休みの取りやすさに関するものばかりでした。",
        "feedback",
        ["reverse_question"],
    ),
    # the interviewer's question the candidate answered: its answer is the point
    ("最後にお尋ねした質問へのお答えが曖昧でした。", "feedback", ["communication"]),
    # interest judged from the motivation, no question asked
    (
        "志望動機からは、お仕事そのものへのご関心がどの程度あるのか分かりかねました。",
        "feedback",
        ["motivation"],
    ),
]


@pytest.mark.parametrize(("body", "label", "causes"), QUESTIONS)
def test_questions_of_the_interviews_end(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)


TERMS = [
    # the place of work limited against a post with transfers: the terms, no skills
    (
        "全国の営業所への転勤がある職種ですが、勤務地を九州に限定したいとのご希望で、"
        "募集条件と合致しませんでした。",
        "feedback",
        [],
    ),
    # travel the candidate cannot take on, named as a circumstance and the wish's word alone
    (
        "海外出張が多いポジションのため、出張が難しいというご事情とご希望が、業務の条件と"
        "一致しませんでした。",
        "feedback",
        [],
    ),
    # an ability the post asks for beside the terms: skills still
    (
        "勤務地のご希望には沿えましたが、応募要件の経理実務2年以上のご経験に届いていませんでした。",
        "feedback",
        ["skills"],
    ),
    (
        "全国転勤の条件はご了承いただいていましたが、募集要件としていた宅建の資格をお持ちで"
        "なかった点が理由です。",
        "feedback",
        ["skills"],
    ),
]


@pytest.mark.parametrize(("body", "label", "causes"), TERMS)
def test_terms_against_the_post(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)


SCORES = [
    # how scores may be asked for: no score told, the reasons unanswered
    (
        "○○町総務課です。採用試験の結果につきましては、不合格となった方に限り、ご本人の請求に"
        "より得点を口頭でお知らせしております。面接での評価の詳細はお答えいたしかねます。",
        "declined",
        [],
    ),
    ("成績の開示は、本人が請求した場合に限り、総合得点と順位をお伝えしています。", "declined", []),
    # a grade or a score told short of the pass mark: feedback, the pass mark no skills
    ("第二次試験の評定はC評価で、合格基準に達しませんでした。", "feedback", []),
    (
        "採用試験の結果、教養試験の得点が合格最低点を3点下回りました。なお、得点は請求により"
        "開示しております。",
        "feedback",
        [],
    ),
    # 限る of a limited experience is a shortfall still
    ("実務経験がまだ限られている点が課題でした。", "feedback", ["skills"]),
]


@pytest.mark.parametrize(("body", "label", "causes"), SCORES)
def test_scores_and_how_to_ask_for_them(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)


POLICY = [
    # the motivation praised for being built on the policy: the point is elsewhere
    (
        "志望動機については、当社の経営方針を踏まえた内容で、評価も高かったです。ただ、質問への"
        "答えが長く、要点が分かりにくい場面がありました。",
        "feedback",
        ["communication"],
    ),
    # the policy not touched on in the motivation: research, no fit
    (
        "当社は『挑戦』を理念に掲げております。志望動機では、当社の理念について何も触れられて"
        "いませんでした。",
        "feedback",
        ["motivation"],
    ),
    # the policy as the ground of a requirement: the requirement's point
    (
        "当院の方針として、夜勤のリーダーをお任せできる臨床経験を重視しております。",
        "feedback",
        ["skills"],
    ),
    # the policy set against the candidate by a word of fit: culture_fit
    # what the company values as the standpoint of the judgement: the point judged
    (
        "チームワークを大切にしている当社としては、前職への不満を多く話された点が気になりました。",
        "feedback",
        ["negative_reason"],
    ),
    (
        "当社はスピードを大切にしている会社ですので、じっくり取り組みたいという○○様のお考えとは"
        "合わないと判断しました。",
        "feedback",
        ["culture_fit"],
    ),
    ("当塾の指導方針とは考え方が異なると判断いたしました。", "feedback", ["culture_fit"]),
    # the company's stance set against the candidate: fit, not the candidate's posture
    (
        "お客様に寄り添う当社の姿勢とは、少し考え方が異なるように感じました。",
        "feedback",
        ["culture_fit"],
    ),
    ("面接中の姿勢が気になりました。", "feedback", ["manners"]),
    ("当社の考え方にはそぐわない印象を受けました。", "feedback", ["culture_fit"]),
    (
        "当金庫の方針をよく理解されていましたが、ご希望の働き方が当金庫の方針とは合わないと"
        "考えました。",
        "feedback",
        ["culture_fit"],
    ),
]


@pytest.mark.parametrize(("body", "label", "causes"), POLICY)
def test_the_companys_policy_named(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)


ATTITUDE = [
    # a good attitude the polarity dictionary leaves out: praise of the questions, no point
    (
        "逆質問では、入社後の評価の仕組みについて伺いたいとのことで、主体的な姿勢を感じました。"
        "今回は、他の候補者の方との比較の結果となりました。",
        "feedback",
        ["relative"],
    ),
]


@pytest.mark.parametrize(("body", "label", "causes"), ATTITUDE)
def test_a_good_attitude_observed(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)


LINKED = [
    # experience as one side of a link the motivation was to tell: motivation only
    (
        "これまでのご経験と当社の業務とのつながりが志望動機から見えず、なぜ当社なのかが"
        "分かりにくかったです。",
        "feedback",
        ["motivation"],
    ),
    (
        "前職でのご経験と当社の職務との接点が志望動機で語られず、当社を選ばれた理由が"
        "伝わりませんでした。",
        "feedback",
        ["motivation"],
    ),
    # with no other topic, experience far from the work is a gap of skills
    (
        "ご経験と当社の業務との関連が薄く、即戦力としては難しいと判断しました。",
        "feedback",
        ["skills"],
    ),
]


@pytest.mark.parametrize(("body", "label", "causes"), LINKED)
def test_experience_linked_for_another_answer(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)


WORDS = [
    # 続くだけ is no くだけた: the listed words are the self-PR's point
    (
        "自己PRでは『誠実』『几帳面』という言葉が続くだけで、それが表れた場面のお話が"
        "伺えませんでした。",
        "feedback",
        ["self_pr"],
    ),
    ("言葉遣いが少しくだけていた点が気になりました。", "feedback", ["manners"]),
    # 受付 as a job held is experience, not the reception desk
    (
        "受付のご経験がなく、当院の窓口をすぐにお任せするのは難しいと判断しました。",
        "feedback",
        ["skills"],
    ),
    # the pass mark told as the successful applicants' lowest score: a score short
    (
        "ご請求のあった成績をお知らせします。総合得点は合格者の最低点を8点下回っていました。",
        "feedback",
        [],
    ),
]


@pytest.mark.parametrize(("body", "label", "causes"), WORDS)
def test_words_read_whole(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)


OTHERS = [
    # others told by the requirement they met: relative beside the reader's own shortfall
    (
        "経理実務のご経験が要件の3年に届かず、同じ時期に要件を満たした応募者が複数"
        "いらっしゃいました。",
        "feedback",
        ["skills", "relative"],
    ),
    (
        "Javaでの開発経験が必須要件の3年に届かず、同じポジションに要件を満たした候補者が"
        "複数いらしたため、見送りとなりました。",
        "feedback",
        ["skills", "relative"],
    ),
    # the field named beside a refusal: declined as before
    (
        "多くの方からご応募いただき、要件を満たす応募者が多数いらっしゃいました。個別の理由に"
        "ついてはお答えしておりません。",
        "declined",
        [],
    ),
]


@pytest.mark.parametrize(("body", "label", "causes"), OTHERS)
def test_others_who_met_the_requirement(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)
