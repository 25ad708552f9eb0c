"""How a reply tells its points, read from the grammar rather than from listed phrases: the
share of a talk of the former workplace told in any words (「その多くが」「…が中心で」「長く
お話しされ」), a complaint quoted as beyond measure (〜すぎた); near-misses where the talk of the
former workplace was no hardship or no share of the answer."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply


def _causes(body: str) -> list[str]:
    result = classify_reply(body)
    assert result.label == "feedback"
    return sorted(result.causes)


# A talk of the former workplace mostly about hardship there, the share told by a noun of share
# (その多くが, 大半が), by the talk set as the topic and its content's share after が, or by a word
# of share before a verb of telling (長く, 多く): negative_reason.
@pytest.mark.parametrize(
    "body",
    [
        "以前の病院について伺った際、その大半が看護師長とのやり取りの苦しさについてでした。",
        "前の事務所の話は、所長と折り合いが悪かったということがほとんどでした。",
        "前職のお話は、上司の方との関係に悩まれたというご経験が中心で、印象に残りにくかったです。",
        "前の職場の人間関係のつらさを長く語っておられ、今後のお話が少なかったように思います。",
        "前職の上司の方への不信感を多くお話しされていたのが気になりました。",
        "前の学童のことを伺ったところ、その多くが職員同士の対立のしんどさで、気になりました。",
        # the share as a noun of the talk (お話の中心, 話の大半), the content on either side
        "お話の中心は、前の薬局での薬剤師同士の関係のしんどさでした。",
        "退職理由については、主任とうまくいかなかったことがお話の大半でした。",
        # a talk dominated told by ほとんど or by its share of the time; the workplace's hardship
        "前の病院を辞めた理由を伺うと、師長との確執や夜勤の多さの話がほとんどでした。",
        "前の会社の人間関係についてのお話に、面接時間の多くが割かれていました。",
        "以前の職場の人手不足のつらさについてのお話が多く、気になりました。",
        # the former workplace spoken ill of
        "前の職場のことをひどく言っている印象が残りました。",
    ],
)
def test_talk_mostly_of_hardship_names_the_complaint(body: str) -> None:
    assert "negative_reason" in _causes(body)


# Near-misses: the talk of the former workplace mostly about what the candidate did there, a
# hardship told without a share of the talk, or the share of a talk of something else.
@pytest.mark.parametrize(
    "body",
    [
        "前職のお話は、店舗の売上を伸ばした取り組みが中心で、当社で何をしたいのかが見えませんでした。",
        "前職のお話の中心は、新規顧客の開拓で工夫されたことでした。志望動機が弱い点が気になりました。",
        "前の職場で大変なご経験をされたことも伺い、よく乗り越えてこられたと感じました。"
        "志望動機が他社にも当てはまる内容だった点が理由です。",
        "ご経験のお話は、その多くがお客様への提案の工夫についてで、大変参考になりました。"
        "今回はより経験の長い方を採用いたしました。",
        # the talk of the former workplace's people told as scarce (ほとんどなく)
        "前の職場の上司についてのお話はほとんどなく、ご自身の工夫を中心に伺いました。"
        "今回は経験年数の点で見送りとなりました。",
        # a circumstance conceded before what the candidate did in it, told in its own clause
        "前の会社では先輩に恵まれなかったとのことでしたが、その中で工夫されたことを丁寧に"
        "お話しいただき、好印象でした。今回は志望動機の点で見送りとなりました。",
    ],
)
def test_talk_of_other_things_names_no_complaint(body: str) -> None:
    assert "negative_reason" not in _causes(body)


# A complaint quoted as beyond measure (〜すぎた) about the former workplace's people, or a
# condition of it denied (休憩が取れなかった), in a sentence naming the leaving: negative_reason.
@pytest.mark.parametrize(
    "body",
    [
        "前の会社を辞めた理由を伺ったところ、「社長が細かすぎた」というお話が中心で、気になりました。",
        "退職理由として「休憩がまったく取れなかった」とおっしゃっていたのが引っかかりました。",
    ],
)
def test_quoted_excess_is_a_complaint(body: str) -> None:
    assert "negative_reason" in _causes(body)


# A choice made by a margin pointed back to (その差で, そこの違いが決め手), or another person told
# with the comparative ほう: a comparison, relative, however casual.
@pytest.mark.parametrize(
    "body",
    [
        "ほかの方はうちの店に何度も通ってくれていたみたいで、正直そこの差で決めました。",
        "別の応募者さんは自作の資料を用意してきてくれていて、その違いが決め手になりました。",
        "君も悪くなかったけど、ほかの人のほうがうちの雰囲気に慣れてそうで、そっちにしたよ。",
        # the other person pointed to as the one chosen with する
        "もう一人の方が、うちのメニューを食べ比べてきてくれたので、そちらにしました。",
    ],
)
def test_margin_or_comparative_names_relative(body: str) -> None:
    assert "relative" in _causes(body)


# Near-misses: a margin of something else than people (a wish against the offer), and a
# comparison denied with the person said politely (他の応募者の方と比べてということではなく).
@pytest.mark.parametrize(
    ("body", "causes"),
    [
        (
            "ご希望の年収と当社の提示額に差があり、その点が合いませんでした。志望動機が弱い点も"
            "気になりました。",
            ["culture_fit", "motivation"],
        ),
        (
            "他の候補者の方と比べてということではなく、必須としている施工管理の経験がなかった点が"
            "理由です。",
            ["skills"],
        ),
    ],
)
def test_no_comparison_names_no_relative(body: str, causes: list[str]) -> None:
    assert _causes(body) == causes


# The candidate's question quoted in the company's comment relayed by an agent, told as all there
# was (の一点のみ, だけ) or with a concern: read by the answer analyzer as a reverse question, one
# about conditions or one the website answers is reverse_question.
@pytest.mark.parametrize(
    "body",
    [
        "先方のコメントです。「経験は十分。ただ、逆質問が『在宅勤務は可能ですか』の一点のみだった」",
        "人事の方より「最後のご質問が『有給はどのくらい取れますか』というものだけだった」とのことです。",
        "面接官のコメントです。「逆質問で『従業員数は何人ですか』と聞かれ、準備不足が気になった」",
    ],
)
def test_quoted_question_of_conditions_names_reverse_question(body: str) -> None:
    assert _causes(body) == ["reverse_question"]


# Near-misses: a question quoted with praise, or told concretely (an observation that praises).
@pytest.mark.parametrize(
    ("body", "causes"),
    [
        (
            "先方のコメントです。「逆質問では『入社までに学ぶべきことは何か』を聞かれていて意欲を"
            "感じた。ただ、必須要件の実務経験が足りない」",
            ["skills"],
        ),
        (
            "面接官より「質問の時間には、研修の進め方について具体的に聞かれていた。ただ、志望動機が"
            "同業他社にも言える内容だった」とのことです。",
            ["motivation"],
        ),
    ],
)
def test_praised_question_names_no_reverse_question(body: str, causes: list[str]) -> None:
    assert _causes(body) == causes


# A policy of whom the company hires (…方を採用する方針にしていました; 方針を取っております) is
# what the role requires, no person chosen; the reader short of it, pointed back to (その点が
# 理由, その点で見送り): skills, no relative.
@pytest.mark.parametrize(
    "body",
    [
        "当事務所では、会計事務所での勤務経験がある方を採用する方針にしておりました。"
        "〇〇様は大学を卒業されたばかりとのことで、その点が理由です。",
        "当園では保育の実務経験がある方を採用する方針を取っております。今回はその点で見送りと"
        "なりました。",
    ],
)
def test_hiring_policy_is_a_requirement(body: str) -> None:
    assert _causes(body) == ["skills"]


# Near-misses: the experienced person chosen (done: relative), and a policy open to newcomers
# told as no reason (the point is elsewhere).
@pytest.mark.parametrize(
    ("body", "causes"),
    [
        ("今回は、保育の実務経験がある別の方を採用いたしました。", ["relative"]),
        (
            "当院は未経験の方も採用する方針ですので、ご経験の有無は理由ではございません。"
            "志望動機が他の病院でも通じる内容だった点が気になりました。",
            ["motivation"],
        ),
    ],
)
def test_person_chosen_or_policy_cleared(body: str, causes: list[str]) -> None:
    assert _causes(body) == causes


# Casual words quoted together are all read as casual (manners), none left for a later reading
# to take as a claimed strength (self_pr); a worry for the post after it is the same point.
@pytest.mark.parametrize(
    "body",
    [
        "面接の途中から「ヤバいっすね」「ガチで頑張りました」といった言葉が出ていたことについて、"
        "窓口業務としては不安がある、というのが面接官の意見でした。",
        "「ぶっちゃけ」「マジでいけます」というような言い方が何度か聞かれ、接客の仕事としては"
        "心配があるという判断になりました。",
    ],
)
def test_casual_quotes_are_manners_only(body: str) -> None:
    assert _causes(body) == ["manners"]


# An opinion voiced by others after a manners episode (心配の声が出ました, 現場からも声が
# 上がりました) is the effect of the same point, no voice of the candidate's (communication).
@pytest.mark.parametrize(
    "body",
    [
        "ロビーでずっと大きな声で電話をされていて、受付の者からも困惑の声が出ておりました。",
        "面接に20分遅れていらっしゃり、事前のご連絡もありませんでした。現場からも声が上がって"
        "おりました。",
        # the company's people after the quote reacted to it; they did not say it
        "面接中に何度か「マジっすか」とおっしゃっていて、社員からも心配の声が上がっていました。",
    ],
)
def test_opinion_voiced_after_manners_is_no_communication(body: str) -> None:
    assert _causes(body) == ["manners"]


# Near-miss: the candidate's own voice, whoever remarked on it, is communication.
@pytest.mark.parametrize(
    "body",
    [
        "面接官からも、お声が小さく聞き取りにくい場面が多かったとの意見がありました。",
        "同席した社員からも、声が小さくて何度か聞き返したという話が出ていました。",
    ],
)
def test_candidates_voice_remarked_is_communication(body: str) -> None:
    assert _causes(body) == ["communication"]
