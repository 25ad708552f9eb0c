"""Round 3 of the s11 answer classes (branch s11-answers3): バイト in a job title and a
colloquial katakana verb of the standard language (ケチる) are not slang; a reason withheld
(「事情がありまして」) answers why one left, badly; a step taken since leaving is a word on the
present; a job search begun marks a reason for leaving given for a motivation; a product in 『』
in the profile is no slogan because the next sentence names the 理念. Sentences written for
these tests (spoken and written, new graduates and mid-career), none from the evaluation cases."""

from __future__ import annotations

from typing import Any

import pytest

from furikaeri.analyzer import analyze

CASUAL = "manners.casual_language"
SPOKEN = "manners.spoken_style"
OFF = "communication.off_topic"
SHORT_UNEXPLAINED = "short_tenure.unexplained"
GENERIC = "motivation.generic"

PR = "あなたの強みを教えてください。"
WHY = "退職理由を教えてください。"
SHORT = "前職を短期間で退職された理由を教えてください。"
MOTIVE = "当社を志望する理由を教えてください。"


def _codes(answer: str, question: str, kind: str, company: Any = None) -> set[str]:
    found = analyze(answer, question=question, kind=kind, company=company).findings
    return {f.code for f in found}


@pytest.mark.parametrize(
    ("answer", "question", "kind", "casual"),
    [
        # バイト before a role: the post's name
        ("飲食店でバイトリーダーを務め、新人向けの手順書を作成しました。", PR, "self_pr", False),
        ("書店でバイトチーフとして発注を担当しました。", PR, "self_pr", False),
        # バイト alone: the clipped word
        ("学生時代はバイトを頑張りました。", PR, "self_pr", True),
        # a colloquial katakana verb whose dictionary spelling is kana, alone in a polite answer
        (
            "前職では会社が設備投資もケチっており、安全面に不安を感じておりました。",
            WHY,
            "reason_for_leaving",
            False,
        ),
        ("予定が少しズレてしまい、調整に時間がかかりました。", PR, "self_pr", False),
        # a native word respelled in katakana stays slang
        ("そのときは本気でキレそうになりました。", PR, "self_pr", True),
        # several spoken forms together: the register is casual
        (
            "正直、ノリで入っちゃった感じで、なんか違うなーってなって辞めました。",
            SHORT,
            "short_tenure",
            True,
        ),
    ],
)
def test_casual_titles_and_colloquial_verbs(
    answer: str, question: str, kind: str, casual: bool
) -> None:
    assert (CASUAL in _codes(answer, question, kind)) is casual


def test_colloquial_verb_is_spoken_style() -> None:
    codes = _codes("上司が人件費をケチるばかりでした。", WHY, "reason_for_leaving")
    assert SPOKEN in codes and CASUAL not in codes


@pytest.mark.parametrize(
    "answer",
    [
        "いろいろと事情がありまして……。ただ、今は気持ちを切り替えて、長く働きたいと思っています。",
        "一身上の都合により退職いたしました。今後は腰を据えて働きたいと考えております。",
        "諸事情がございまして、半年で退職いたしました。次の職場では長く勤めたいです。",
    ],
)
def test_reason_withheld_is_unexplained_not_off_topic(answer: str) -> None:
    codes = _codes(answer, SHORT, "short_tenure")
    assert OFF not in codes and SHORT_UNEXPLAINED in codes


@pytest.mark.parametrize(
    ("answer", "unexplained"),
    [
        (
            "入社時に説明を受けていた経理業務ではなく、倉庫作業が業務のほとんどでした。2か月目に"
            "人事へ相談しましたが、配置転換は難しいとの回答でした。退職後に簿記2級を取得し、"
            "今回経理職に応募いたしました。",
            False,
        ),
        (
            "募集要項と異なり、テスト業務のみの担当でした。その後、職業訓練校に通い、"
            "プログラミングを学びました。",
            False,
        ),
        # a step since, but no concrete reason
        ("なんとなく合わなくて辞めました。退職後に資格を取得しました。", True),
        # a concrete reason, nothing on the present
        ("求人票と異なり、営業の仕事が中心だったため退職しました。", True),
    ],
)
def test_step_since_leaving(answer: str, unexplained: bool) -> None:
    assert (SHORT_UNEXPLAINED in _codes(answer, SHORT, "short_tenure")) is unexplained


INN = {
    "name": "株式会社ふるさと舎",
    "profile": "地方の空き家を改修し、一棟貸しの宿泊施設として再生・運営する。"
    "理念は「まちに灯りをともす」。",
}


@pytest.mark.parametrize(
    ("answer", "off"),
    [
        (
            "前職では営業として新規開拓に取り組みましたが、希望の企画職への異動は叶いません"
            "でした。そこで新しい環境で一から挑戦したいと考え、転職活動を始めました。",
            True,
        ),
        (
            "今の職場では希望の仕事ができず、転職活動を開始しました。",
            True,
        ),
        # the same opening, then this company: a motivation
        (
            "前職では希望の企画職への異動が叶わず、転職活動を始めました。空き家を宿として再生"
            "されている御社で、地域に人を呼ぶ企画に携わりたいと考え志望しました。",
            False,
        ),
    ],
)
def test_job_search_begun_for_a_motivation(answer: str, off: bool) -> None:
    assert (OFF in _codes(answer, MOTIVE, "motivation", INN)) is off


KETTLE = {
    "name": "株式会社ひなた家電",
    "profile": "小型家電メーカー。主力製品は電気ケトル『すこやかポット』。理念は「暮らしに安心を届ける」。",
}


@pytest.mark.parametrize(
    ("answer", "generic"),
    [
        (
            "前職では電子部品メーカーで8年間品質保証を担当してきました。御社の『すこやかポット』が"
            "「暮らしに安心を届ける」という理念のもと作られていることに感銘を受け、品質保証の経験を"
            "活かしたいと考えています。",
            False,
        ),
        (
            "前職では電子部品メーカーで8年間品質保証を担当してきました。家電業界で経験を活かし、"
            "成長している御社でさらに成長したいと考えています。",
            True,
        ),
    ],
)
def test_product_before_philosophy_is_no_slogan(answer: str, generic: bool) -> None:
    assert (GENERIC in _codes(answer, MOTIVE, "motivation", KETTLE)) is generic


BLAME = "negative_reason.blame"


@pytest.mark.parametrize(
    ("answer", "blamed"),
    [
        # the employer stinting: a judgement of it, in a colloquial verb
        ("前職は古い機械ばかりで、会社は設備投資もケチっていました。", True),
        ("会社が人件費をケチるばかりで、現場は常に人手不足でした。", True),
        # one's own thrift, or a stinting denied: no one judged
        ("私は交通費をケチって、自転車で通っていました。", False),
        ("材料費をケチらずに、良い素材を選ぶよう提案しました。", False),
    ],
)
def test_stinting_employer_is_blame(answer: str, blamed: bool) -> None:
    assert (BLAME in _codes(answer, WHY, "reason_for_leaving")) is blamed
