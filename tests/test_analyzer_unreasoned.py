"""communication.off_topic for a why-question answered with duties or a career only, no reason
at all (cross.toml [unreasoned] demands; [short_stay] with no word of a reason), and against
answers that give a reason, however briefly; a short-tenure reason told with 入社してみて is a
reason (short_tenure.unexplained), not a motivation told instead; 問い合わせ is no 合わない.
Sentences written for these tests, not the evaluation cases."""

from __future__ import annotations

import pytest
from support import answer_codes

OFF = "communication.off_topic"
UNEXPLAINED = "short_tenure.unexplained"

SHORT = "前職を10か月で退職された理由を教えてください。"
WHY_SALES = "接客のご経験が長いですが、どうして営業職を志望されるのですか。"


@pytest.mark.parametrize(
    "answer",
    [
        "前職では、法人のお客様向けに複合機のリース営業を担当していました。既存顧客を中心に、月に30件ほど訪問していました。",
        "前の会社では、個人のお客様からの問い合わせに電話で対応し、修理の受付や部品の手配を行っていました。",
        "えっと、前のとこでは倉庫で検品と出荷作業をやってました。フォークリフトにも乗ってました。",
    ],
)
def test_short_tenure_answered_with_duties_is_off_topic(answer: str) -> None:
    assert OFF in answer_codes(answer, question=SHORT, kind="short_tenure")


@pytest.mark.parametrize(
    "answer",
    [
        "働いてみて、自分の性格には向いていないと思ったため、早めに退職しました。",
        "入社してみて、仕事内容が自分には合っていないと感じたので、早い段階で決断しました。",
        "配属先が希望と違い、設計の仕事に就きたいという思いが強かったためです。",
    ],
)
def test_short_tenure_reason_is_not_off_topic(answer: str) -> None:
    codes = answer_codes(answer, question=SHORT, kind="short_tenure")
    assert OFF not in codes


@pytest.mark.parametrize(
    "answer",
    [
        "ホテルのフロントで6年間勤務し、予約管理やクレーム対応、新人の教育も担当しておりました。",
        "前職では飲食店の店長を4年務め、売上管理やアルバイトのシフト作成を行っていました。",
    ],
)
def test_why_question_answered_with_career_is_off_topic(answer: str) -> None:
    assert OFF in answer_codes(answer, question=WHY_SALES)


@pytest.mark.parametrize(
    "answer",
    [
        "接客を続ける中で、お客様の課題にもっと踏み込んで提案したいと考えるようになったからです。",
        "ホテルで法人のお客様を担当した際、提案が契約につながる面白さを知り、営業に挑戦したいと思いました。",
        "お客様と長く関われる仕事がしたいので、営業を志望しています。",
    ],
)
def test_why_question_answered_with_reason_is_not_off_topic(answer: str) -> None:
    assert OFF not in answer_codes(answer, question=WHY_SALES)


WEAK = "あなたの短所を教えてください。"


@pytest.mark.parametrize(
    "answer",
    [
        "どんな作業にも最後まで粘り強く取り組むことができ、先輩から頼りにされることが多いです。",
        "明るく話しやすいので、後輩から相談されることが多いです。",
    ],
)
def test_weakness_answered_with_favours_met_often_is_off_topic(answer: str) -> None:
    assert OFF in answer_codes(answer, question=WEAK)


@pytest.mark.parametrize(
    "answer",
    [
        "頼まれると断れず、仕事を抱え込んでしまうことが多いです。今は優先順位を伝えて相談するようにしています。",
        "人前で話すと緊張してしまい、早口になることが多いです。事前に練習して臨むようにしています。",
    ],
)
def test_weakness_told_often_is_not_off_topic(answer: str) -> None:
    assert OFF not in answer_codes(answer, question=WEAK)


GENERIC = "motivation.generic"
MOTIVE = "志望動機を教えてください。"
NIGHT_CARE = {
    "name": "あおぞら介護",
    "profile": "訪問介護事業所を運営。夜勤の多いご家庭のために、夜間の見守り訪問を行う。",
}


@pytest.mark.parametrize(
    "answer",
    [
        "夜勤の多いご家庭に夜間の見守り訪問をされている御社で、ご家族が安心して働ける支えになりたいと考えました。",
        "夜勤のある方のご家庭を夜間に見守り訪問されている御社で、家族の暮らしを支えたいと思い志望しました。",
    ],
)
def test_motivation_naming_a_service_for_night_workers_is_not_generic(answer: str) -> None:
    assert GENERIC not in answer_codes(
        answer, question=MOTIVE, kind="motivation", company=NIGHT_CARE
    )


@pytest.mark.parametrize(
    "answer",
    [
        "夜勤のない職場で、利用者の方に寄り添った介護がしたいと考え、御社を志望しました。",
        "人の役に立つ仕事がしたいと思い、介護業界の中でも御社を志望しました。",
    ],
)
def test_motivation_with_own_conditions_only_stays_generic(answer: str) -> None:
    assert GENERIC in answer_codes(answer, question=MOTIVE, kind="motivation", company=NIGHT_CARE)


@pytest.mark.parametrize(
    "answer",
    [
        "設計職で入社しましたが、3か月後に製造現場への異動を打診されました。設計の経験を積みたいと考え、退職を決めました。"
        "この反省から、今回は配属の方針を事前に伺っております。御社では設計として長く力を尽くしたいと考えております。",
        "入社半年で他県への転勤の内示を受けました。家族の事情で地元を離れられず、退職いたしました。"
        "今後は地元に根を張って、長く働き続けたいと考えております。",
    ],
)
def test_short_tenure_with_a_transfer_put_to_one_is_explained(answer: str) -> None:
    assert UNEXPLAINED not in answer_codes(answer, question=SHORT, kind="short_tenure")


@pytest.mark.parametrize(
    "answer",
    [
        "異動を打診されたこともありましたが、自分から辞めることにしました。",
        "上司から異動の打診がありました。",
    ],
)
def test_short_tenure_with_a_transfer_and_nothing_ahead_stays_unexplained(answer: str) -> None:
    assert UNEXPLAINED in answer_codes(answer, question=SHORT, kind="short_tenure")
