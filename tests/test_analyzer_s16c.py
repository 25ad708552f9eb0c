"""Session 16 (answers, third helper): blame in a short-tenure answer read as in a reason for
leaving (one's leaving after the cause is no solution: 「…教えてくれなかったため、2か月で退職」;
the passive of a negative verbal noun, 放置される; training not given, 研修がない); a
self-introduction that declares the reason for leaving as its theme with no は (「退職理由に
ついてですが」「辞めた理由からお話しします」); a short stay explained by a told-vs-actual
placement, and a ガクチカ told with an episode but no result, are not off-topic; a slang
self-PR claim with the particle dropped (「自信あります」) and a type as the predicate
(「〜タイプなんで」) is abstract. Sentences written for these tests, not the dev cases nor the
blind files."""

from __future__ import annotations

import pytest
from support import answer_codes as _codes

OFF = "communication.off_topic"
BLAME = "negative_reason.blame"
ABSTRACT = "self_pr.abstract"
SHORT_Q = "前の職場を短い期間で辞めた理由を教えてください。"
WHY_LEFT = "前職の退職理由を教えてください。"
INTRO_Q = "それでは自己紹介をお願いします。"
GAKU_Q = "学生時代に力を入れて取り組んだことを教えてください。"
PR_Q = "あなたの長所を教えてください。"


@pytest.mark.parametrize("kind", ["short_tenure", "reason_for_leaving"])
@pytest.mark.parametrize(
    "answer",
    [
        "配属されてすぐ店舗に一人で立たされ、店長も何も教えてくれなかったため、2か月で退職しました。",
        "質問しても先輩が誰も答えてくれなかったので、4か月で辞めることにしました。",
        "入社後は研修がなく、いきなり客先を任されました。その後も現場で放置される日が続きました。",
        "教育係もおらず、ほぼ放置された状態で半年が過ぎたため退職しました。",
    ],
)
def test_blame_after_a_short_stay(answer: str, kind: str) -> None:
    assert BLAME in _codes(answer, SHORT_Q if kind == "short_tenure" else WHY_LEFT, kind)


@pytest.mark.parametrize(
    "answer",
    [
        # the employer's end, in the passive of a negative verbal noun
        "親会社の方針で店舗ごと閉鎖されたため、半年で退職しました。今後は長く腰を据えて働きたいです。",
        # one's own fault corrected: the object named (を)
        "入力のミスを何度も指摘され、自分の確認不足を痛感して半年で退職しました。今は資格の勉強を続けています。",
        # training given and praised
        "研修は丁寧でしたが、夜勤が体に合わず3か月で退職しました。今は日勤の仕事で長く働くつもりです。",
        # a problem solved, its number a result
        "先輩が教えてくれなかったため、手順書を自分で作り、ミスを月10件から2件に減らしました。",
    ],
)
def test_no_blame_in_a_stay_told_plainly(answer: str) -> None:
    assert BLAME not in _codes(answer, SHORT_Q, "short_tenure")


@pytest.mark.parametrize(
    "answer",
    [
        "退職理由についてですが、評価制度に納得できなかったことが一番です。",
        "前職を半年で辞めた理由からお話しします。営業のノルマが合わなかったためです。",
        "はい、転職を決めた理由をご説明します。今の部署では新しい技術に触れる機会がないためです。",
    ],
)
def test_a_self_intro_declaring_the_reason_for_leaving_is_off_topic(answer: str) -> None:
    assert OFF in _codes(answer, INTRO_Q, "self_intro")


@pytest.mark.parametrize(
    "answer",
    [
        "高橋健と申します。物流会社で4年間配車を担当し、先月退職いたしました。よろしくお願いいたします。",
        "中村です。病院の医療事務として3年間勤務し、退職後は医療情報技師の資格を取りました。",
        # について of the career, not of a topic's theme
        "森と申します。大学では都市計画について学び、卒業後は建設コンサルタントに勤めています。",
    ],
)
def test_a_self_intro_with_a_career_is_answered(answer: str) -> None:
    assert OFF not in _codes(answer, INTRO_Q, "self_intro")


@pytest.mark.parametrize(
    "answer",
    [
        "採用面接では本社勤務と伺っていましたが、実際には他県の工場に配属され、通えなくなったためです。",
        "入社前に聞いていた職種ではなく、別の部署に回されたためです。",
    ],
)
def test_a_short_stay_told_against_what_was_promised_answers_it(answer: str) -> None:
    assert OFF not in _codes(answer, SHORT_Q, "short_tenure")


@pytest.mark.parametrize(
    "answer",
    [
        "合唱部の活動に打ち込みました。パートリーダーとして後輩をまとめるのは大変でしたが、最後まで投げ出さずに続けました。",
        "陸上部で主将を務めました。チームをまとめるのは苦労しましたが、引退まで走り抜きました。",
    ],
)
def test_a_gakuchika_with_an_episode_and_no_result_is_not_off_topic(answer: str) -> None:
    assert OFF not in _codes(answer, GAKU_Q, "other")


@pytest.mark.parametrize(
    "answer",
    [
        "聞き上手なところにはマジで自信あります。誰とでも話せるタイプなんで。",
        "体力には正直自信あります。徹夜しても平気な性格なんで。",
        "根性はガチであります。最後まで粘るタイプなんです。",
    ],
)
def test_a_slang_claim_with_no_episode_is_abstract(answer: str) -> None:
    assert ABSTRACT in _codes(answer, PR_Q, "self_pr")


@pytest.mark.parametrize(
    "answer",
    [
        "体力には自信あります。引越しのバイトで繁忙期の人手不足を任され、1日5件の現場を回って予約を全部さばきました。",
        "聞き上手なタイプなんで、サークルで後輩の相談役をして、退部者を前年の半分に減らしました。",
    ],
)
def test_a_slang_claim_with_an_episode_is_not_abstract(answer: str) -> None:
    assert ABSTRACT not in _codes(answer, PR_Q, "self_pr")
