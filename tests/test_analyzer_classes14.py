"""Five classes of answers (branch s14-answers): a working condition told as a third party's
(父の転勤, 母の夜勤) in a motivation tied to the company's own service; a motivation of industry
growth, momentum and a working environment whose product is named only as the company's fame;
a self-PR episode told in stock phrases only (思い立つ, 行動に移す, 大成功を収める, what others
did); a question of why one leaves asked in other words (転職活動をされている理由) and filed as
other; an open question answered on its own terms (何も考えずに). Sentences written for these
tests (spoken and written, new graduates and mid-career, several trades), none taken from the
evaluation cases."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze

GENERIC = "motivation.generic"
ABSTRACT = "self_pr.abstract"
OFF = "communication.off_topic"


def _codes(answer: str, question: str, kind: str | None, company: dict | None = None) -> set[str]:
    return {f.code for f in analyze(answer, question=question, kind=kind, company=company).findings}


BAKERY = {
    "name": "株式会社こむぎ堂",
    "profile": "冷凍パンの宅配サービス「こむぎ便」を運営。焼き上げ直後に急速冷凍し、"
    "共働き世帯や夜勤者向けに朝食セットを届ける。理念は「朝に、焼きたてを」。",
}
RENTAL = {
    "name": "株式会社かるがも",
    "profile": "転勤者・単身赴任者向けの家具家電レンタル「かるがもパック」を運営。"
    "夜間・休日対応の搬入で、引っ越し当日から暮らせる部屋を用意する。",
}
CLINIC = {
    "name": "医療法人ひかり会",
    "profile": "在宅医療クリニックを運営。オンライン診療と訪問診療を組み合わせ、"
    "通院が難しい高齢者を支える。",
}


@pytest.mark.parametrize(
    ("answer", "company", "generic"),
    [
        # a third party's conditions: the setting of one's story, no condition wanted
        (
            "母が看護師で夜勤の多い家庭に育ち、朝食はいつも菓子パンでした。"
            "御社の「こむぎ便」が焼き上げ直後に急速冷凍したパンを届けていると知り、"
            "学生時代にパン屋で3年働いた経験を、配送の品質管理で生かしたいと考えました。",
            BAKERY,
            False,
        ),
        (
            "父の単身赴任と転勤が続き、祖母の通院に付き添うのは私の役目でした。"
            "御社のオンライン診療と訪問診療を組み合わせる仕組みなら、通院の難しい高齢者も"
            "家で診てもらえます。医療事務の経験を、予約の調整に生かしたいと思います。",
            CLINIC,
            False,
        ),
        (
            "友人が残業続きで体を壊したのを見て、働く人の朝を支えたいと思うようになりました。"
            "「朝に、焼きたてを」という理念のもと、夜勤者向けの朝食セットを届ける御社で、"
            "物流の経験を生かしたいです。",
            BAKERY,
            False,
        ),
        # the profile's conditions are its customers' (転勤者向け, 休日対応): its business
        (
            "父の転勤で引っ越すたびに、家具をそろえるまで段ボールの上で食事をしていました。"
            "御社の「かるがもパック」が引っ越し当日から家具家電のそろった部屋を用意すると知り、"
            "倉庫管理の経験を搬入の段取りに生かしたいと考えています。",
            RENTAL,
            False,
        ),
        # the candidate's own wish for conditions: generic, though a parent is named
        (
            "父も転勤が多く大変そうだったので、転勤がなく年間休日の多い御社で長く働きたいと"
            "思いました。",
            BAKERY,
            True,
        ),
        (
            "家族との時間を大切にしたいので、残業が少なく土日が休みの職場を希望しています。",
            BAKERY,
            True,
        ),
    ],
)
def test_conditions_of_others(answer: str, company: dict, generic: bool) -> None:
    assert (GENERIC in _codes(answer, "志望動機を教えてください。", "motivation", company)) is (
        generic
    )


@pytest.mark.parametrize(
    ("answer", "company", "generic"),
    [
        # the product named only as what the company is known for
        (
            "食品業界はこれからも需要が見込まれます。貴社は「こむぎ便」でも知られており、"
            "勢いのある会社だと感じました。これまでの経験を生かし、風通しの良い環境で"
            "成長したいと考えています。",
            BAKERY,
            True,
        ),
        (
            "医療業界は成長していく分野です。御社は地元でも評判が高く、若手にも裁量がある"
            "環境だと伺いました。これまでの経験を生かして挑戦したいです。",
            CLINIC,
            True,
        ),
        # the product known and what it does told: knowledge
        (
            "「こむぎ便」は有名ですが、私が惹かれたのは、焼き上げ直後に急速冷凍して"
            "夜勤者向けに朝食セットを届けている点です。パン屋での3年の経験を生かしたいです。",
            BAKERY,
            False,
        ),
    ],
)
def test_fame_is_no_knowledge(answer: str, company: dict, generic: bool) -> None:
    assert (GENERIC in _codes(answer, "志望理由をお聞かせください。", "motivation", company)) is (
        generic
    )


@pytest.mark.parametrize(
    ("answer", "abstract"),
    [
        # stock phrases in the form of an episode
        (
            "私の強みは実行力です。ゼミで地域のイベントを開きたいと思い立ち、すぐに行動を"
            "起こしました。準備では多くの壁にぶつかりましたが、仲間と力を合わせて乗り越え、"
            "大成功を収めることができました。",
            True,
        ),
        (
            "前職では、チーム内で意見が対立することもありましたが、粘り強く向き合い、"
            "大きく成長することができました。",
            True,
        ),
        (
            "私は何事にも前向きです。アルバイト先でトラブルが起きた際も、すぐに行動に移し、"
            "持ち前の明るさで乗り越えました。",
            True,
        ),
        # own concrete acts and a result: an episode (what others did is its situation)
        (
            "売上が落ちていたため、私が店頭のPOPを作り直し、3か月で売上を1.2倍にしました。",
            False,
        ),
        (
            "私の強みは実行力です。ゼミで地域の清掃イベントを企画し、商店街の12店舗を回って"
            "協賛を集めました。当日は80人が参加し、翌年も市の行事として続いています。",
            False,
        ),
        (
            "コールセンターで問い合わせが月末に集中していたため、よくある質問を20項目に"
            "まとめて窓口に掲示し、翌月の入電を15%減らしました。",
            False,
        ),
    ],
)
def test_stock_episode(answer: str, abstract: bool) -> None:
    assert (ABSTRACT in _codes(answer, "自己PRをお願いします。", "self_pr")) is abstract


def test_others_act_is_no_own_act_but_the_episode_stands() -> None:
    """「売上が落ちていた」 is the situation, not an act; the own act and the multiplied count
    still make the episode."""
    found = analyze(
        "売上が落ちていたため、私が店頭のPOPを作り直し、3か月で売上を1.2倍にしました。",
        question="自己PRをお願いします。",
        kind="self_pr",
    )
    assert "strength.episode" in {s.code for s in found.strengths}
    assert not found.findings


@pytest.mark.parametrize(
    ("question", "answer", "off"),
    [
        # a reason for leaving asked in other words, filed as other: answered
        (
            "今回、転職活動を始められた理由をお聞かせください。",
            "現職では製造ラインの品質検査を6年担当してきましたが、検査の前の設計段階から品質に"
            "関わりたいと考えるようになり、転職を決めました。",
            False,
        ),
        (
            "前職の退職をご決断された経緯を教えていただけますか。",
            "店舗の閉鎖が決まり、異動先が片道2時間の店舗となったため、通える範囲で接客の経験を"
            "生かせる仕事を探すことにしました。",
            False,
        ),
        # …answered with a hobby: off-topic
        (
            "今回、転職活動をされている理由を教えてください。",
            "休日はよく釣りに出かけます。先月は友人と船に乗って、アジを30匹釣りました。",
            True,
        ),
    ],
)
def test_reason_for_leaving_filed_as_other(question: str, answer: str, off: bool) -> None:
    assert (OFF in _codes(answer, question, "other")) is off


@pytest.mark.parametrize(
    ("question", "answer", "off"),
    [
        # an open question answered on its own terms (〜ずに: a manner, no denial)
        (
            "ストレスはどのように発散していますか。",
            "何も考えずに近所の川沿いを1時間ほど歩くことです。歩き終わるころには頭が"
            "すっきりしています。",
            False,
        ),
        (
            "気分転換の方法を教えてください。",
            "スマホを見ずに、好きな喫茶店で本を読むようにしています。",
            False,
        ),
        # nothing done: a denial, still off-topic
        (
            "ストレスはどのように発散していますか。",
            "特に何もしていません。",
            True,
        ),
    ],
)
def test_open_question_own_terms(question: str, answer: str, off: bool) -> None:
    assert (OFF in _codes(answer, question, None)) is off
