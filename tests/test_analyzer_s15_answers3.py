"""Session 15 (answers3): a question of what one did in a time (「空白期間は何をしていました
か」「ブランクについて教えてください」) is met by one's own acts told, whatever words they use;
a question that names the company as where one would work is met by an episode carried to it
(「御社でも…」); pay or time off cut (カット, 下がる) is blame like pay told as low; friction with
the employer's people named (「部署の人たちと話が合わず」) and a rough way of using staff
(人使いが荒い) are blame. Sentences written for these tests, not the dev cases."""

from __future__ import annotations

import pytest
from support import answer_codes as _codes

from furikaeri.analyzer import analyze

OFF = "communication.off_topic"
BLAME = "negative_reason.blame"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "ブランクが半年ほどありますが、その間は何をされていましたか。",
            "前職を辞めてからは、ハローワークの講座に通い、CADの操作を身につけました。"
            "修了後は知人の設計事務所で図面の修正を手伝いました。",
        ),
        (
            "離職期間について教えてください。",
            "退職後は父の店を手伝いながら、宅建の勉強を続け、昨年合格しました。",
        ),
        (
            "退職されてから今日まで、どのように過ごしていましたか。",
            "辞めたあとは、独学でPythonを学び、家計簿アプリを作って公開しました。",
        ),
    ],
)
def test_deeds_told_answer_a_question_of_a_time(question: str, answer: str) -> None:
    assert OFF not in _codes(answer, question)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # why one left, told for what one did after it
        (
            "空白期間は何をしていましたか。",
            "前職は残業が多く、上司とも合わなかったので辞めました。",
        ),
        # another topic declared first
        (
            "ブランクの間は何をしていましたか。",
            "私の強みは粘り強さです。学生時代は陸上部で毎朝練習を続けました。",
        ),
        # the former job's work told, set there (前職では), not the time after it
        (
            "ブランク期間について教えてください。",
            "前の会社では経理を担当し、月次決算を3日短縮しました。",
        ),
    ],
)
def test_a_question_of_a_time_still_missed(question: str, answer: str) -> None:
    assert OFF in _codes(answer, question)


def test_episode_carried_to_the_company_answers() -> None:
    question = "これまでのご経験で、当社で役立つと思うことを教えてください。"
    answer = (
        "倉庫で5年間、入出荷の管理を担当し、棚の配置を見直して出荷ミスを半分に減らしました。"
        "御社の物流センターでも、この改善の進め方を役立てられると考えています。"
    )
    assert OFF not in _codes(answer, question)


@pytest.mark.parametrize(
    "answer",
    [
        "会社の業績が落ちて、賞与が大幅にカットされたので退職しました。",
        "二年続けて給料が下がり、生活が苦しくなったため辞めました。",
        "職場の人たちと全然話が合わなくて、毎日行くのがしんどかったです。",
        "正直、前の会社は人使いが荒くて、休みの日も呼び出されました。",
    ],
)
def test_complaints_of_pay_cut_and_people_are_blame(answer: str) -> None:
    assert BLAME in _codes(answer, "退職理由を教えてください。", "reason_for_leaving")


@pytest.mark.parametrize(
    "answer",
    [
        "年収が下がっても、設計の専門性を高められる環境で挑戦したいと考え、転職を決めました。",
        "残業が減ったことで資格の勉強に時間を使えるようになり、経理の道に進みたいと考えました。",
        "同じ部署の人たちとは仲が良く働きやすい職場でしたが、海外の案件に携わりたく転職を決めました。",
        "給料が下がるのは覚悟の上で、未経験の業界に挑戦したいと考え、退職しました。",
        "評価制度が変わって私の評価が下がったことをきっかけに、強みを活かせる場所を考え、退職しました。",
        "前職では原価の見直しを担当し、仕入れコストを2割削減しました。この経験を広く活かしたいと考え、退職しました。",
    ],
)
def test_falls_and_people_told_without_complaint_are_no_blame(answer: str) -> None:
    assert BLAME not in _codes(answer, "退職理由を教えてください。", "reason_for_leaving")


_GUARANTOR = {
    "name": "株式会社すまいガード",
    "profile": "賃貸住宅の家賃保証を手がける。単身高齢者向けに家賃保証と安否確認を組み合わせた"
    "『あんしん入居パック』を提供。",
}


def test_a_condition_modifying_the_companys_product_is_no_benefit() -> None:
    answer = (
        "管理会社で入居審査を担当し、身寄りのない高齢の方が断られる場面を見てきました。"
        "貴社が家賃保証と安否確認を組み合わせて単身高齢者の入居を支えている点に惹かれました。"
    )
    found = analyze(
        answer, question="志望動機を教えてください。", kind="motivation", company=_GUARANTOR
    )
    assert "motivation.generic" not in {f.code for f in found.findings}


def test_a_benefit_stays_generic_for_that_company() -> None:
    answer = "家賃補助や福利厚生が充実していて、安定して長く働けると思い志望しました。"
    found = analyze(
        answer, question="志望動機を教えてください。", kind="motivation", company=_GUARANTOR
    )
    assert "motivation.generic" in {f.code for f in found.findings}


@pytest.mark.parametrize(
    "answer",
    [
        "深夜までの勤務が続いたことで体調を崩し、5か月で退職しました。現在は完治しており、"
        "医師からも働くことに問題はないと言われています。",
        "休日出勤が重なって体を壊し、8か月で退職いたしました。今は治療を終え、体調も安定しております。"
        "この経験から、無理を抱え込まず早めに相談するようにしております。",
    ],
)
def test_load_told_as_the_cause_of_an_illness_recovered_is_no_blame(answer: str) -> None:
    codes = _codes(answer, "前職を短期間で退職された理由を教えてください。", "short_tenure")
    assert BLAME not in codes
    assert "short_tenure.unexplained" not in codes


def test_illness_blamed_on_a_boss_stays_blame() -> None:
    answer = "上司の怒鳴り声が毎日続き、体調を崩して退職しました。現在は回復しております。"
    assert BLAME in _codes(answer, "前職を短期間で退職された理由を教えてください。", "short_tenure")


def test_a_transfer_that_befell_is_a_concrete_reason() -> None:
    answer = (
        "入社4か月で設計から品質管理へ異動となり、設計を続けたいと上長にも相談したうえで退職を"
        "決めました。その反省から、今回は配属の方針を事前に確認したうえで応募しております。"
    )
    codes = _codes(answer, "前職を短期間で退職された理由を教えてください。", "short_tenure")
    assert "short_tenure.unexplained" not in codes
