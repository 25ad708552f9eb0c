"""Session 12 (s12-answers): a strengths question answered with one's own leaving is off-topic,
an episode in which others leave is not (demands/leaving.py); the 逆質問 used for a motivation
asks nothing and answers another question (none and off-topic); colloquial words read on
Sudachi's analysis ([casual].words: なんか, とりあえず, ノリで), not their neutral namesakes; a
circumstance withheld (家庭の事情) explains a short stay only with the present and the future.
Sentences written for these tests, none taken from the evaluation cases."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze
from furikaeri.analyzer.demands.leaving import own_leaving
from furikaeri.analyzer.doc import Doc

OFF = "communication.off_topic"
NONE = "reverse_question.none"
CASUAL = "manners.casual_language"
UNEXPLAINED = "short_tenure.unexplained"
ABSTRACT = "self_pr.abstract"

INN = {
    "name": "株式会社ゆのさと",
    "profile": "温泉旅館を3軒運営。理念は「湯治を、いまの暮らしに」。連泊向けの自炊プラン『湯治ぐらし』"
    "を2023年に始めた。",
}

PR = "自己PRをお願いします。"
RQ = "最後に何か質問はありますか。"
ST = "前職を半年で退職されていますが、理由を教えてください。"


def _codes(question: str, kind: str | None, answer: str, company: dict | None = None) -> set[str]:
    found = analyze(answer, question=question, kind=kind, company=company).findings
    return {f.code for f in found}


@pytest.mark.parametrize(
    ("sentence", "own"),
    [
        ("研究職に就きたいと考え、退職を決意しました。", True),
        ("私は入社9か月で会社を辞めました。", True),
        ("事業所の閉鎖に伴い退職いたしました。", True),
        ("アルバイトが次々と辞めていく店でした。", False),
        ("辞めた同期の分まで担当しました。", False),
        ("転職する前に資格を取りました。", False),
        ("退職後は職業訓練校に通いました。", False),
        ("部署の離職率を下げる施策を考えました。", False),
        ("後輩も転職を考えていました。", False),
        ("前職を辞めた理由は、夜勤が続いたことです。", True),
        ("その経験が、転職を決めたきっかけです。", True),
    ],
)
def test_own_leaving(sentence: str, own: bool) -> None:
    assert own_leaving(Doc(sentence)) is own


@pytest.mark.parametrize(
    ("question", "kind", "answer", "company", "want", "unwanted"),
    [
        # a strengths question answered with one's own leaving: off-topic
        (
            PR,
            "self_pr",
            "前職では受付を2年担当しましたが、専門的な知識が身につかないと感じ、退職を決意しました。"
            "今後は医療事務の資格を活かせる仕事がしたいです。",
            None,
            {OFF},
            set(),
        ),
        (
            "あなたの長所は何ですか。",
            None,
            "入社して半年で会社を辞めました。営業の仕事が自分に向いていないと感じたためです。",
            None,
            {OFF},
            set(),
        ),
        # an episode in which others leave, carried to a result: a self-PR
        (
            PR,
            "self_pr",
            "前職のスーパーでは、パートの方が次々と辞めてしまうことが課題でした。私は売り場ごとに"
            "作業の手順を写真で示した掲示を作り、新人の方と最初の3日間一緒に回りました。"
            "その年、3か月以内に辞めた方は1人もいませんでした。",
            None,
            set(),
            {OFF},
        ),
        # the 逆質問 used for a motivation: no question, and another question answered
        (
            RQ,
            "reverse_questions",
            "湯治を暮らしに取り入れるという御社の理念に共感しております。『湯治ぐらし』の企画に"
            "携わり、連泊のお客様を増やしたいと考えております。",
            INN,
            {NONE, OFF},
            set(),
        ),
        # thanks and an impression only: no question, nothing else answered
        (
            RQ,
            "reverse_questions",
            "本日はありがとうございました。お話を伺い、ますます御社で働きたいと思いました。",
            INN,
            {NONE},
            {OFF},
        ),
        # a question about one's own past teaching told (教えてきました) asks nothing
        (
            RQ,
            "reverse_questions",
            "はい。私は塾講師として中学生に数学を教えてきました。その経験を御社の研修づくりに"
            "活かしたいと考えております。",
            None,
            {NONE},
            set(),
        ),
        # colloquial words of talk
        (
            "休日は何をしていますか。",
            None,
            "なんか最近は、とりあえず近所を走るようにしています。",
            None,
            {CASUAL},
            set(),
        ),
        (
            "学生時代に力を入れたことは何ですか。",
            None,
            "友人とノリで始めたフリーマーケットを、3年間で出店者60組の行事に育てました。",
            None,
            {CASUAL},
            set(),
        ),
        # …and their neutral namesakes
        (
            "アルバイトで工夫したことは何ですか。",
            None,
            "手巻き寿司の店で、ノリの湿気を防ぐために保管箱に乾燥剤を入れる提案をし、"
            "廃棄が月に200枚減りました。",
            None,
            set(),
            {CASUAL},
        ),
        (
            "トラブルへの対応を教えてください。",
            None,
            "配送が止まった日は、とりあえずの措置として近隣店舗から在庫を回し、"
            "翌朝までに全件を出荷しました。なにか抜けがないか、夜に一覧で確かめました。",
            None,
            set(),
            {CASUAL},
        ),
        # a circumstance withheld: explained only with the present and the future
        (ST, "short_tenure", "家の事情で退職いたしました。", None, {UNEXPLAINED}, set()),
        (
            ST,
            "short_tenure",
            "家庭の事情で退職しました。今後は長く勤めたいと考えています。",
            None,
            {UNEXPLAINED},
            set(),
        ),
        (
            ST,
            "short_tenure",
            "家庭の事情で退職しましたが、現在は落ち着いており、勤務に制約もありません。"
            "今後は腰を据えて長く働きたいと考えています。",
            None,
            set(),
            {UNEXPLAINED},
        ),
        # a difficulty met is no action of one's own
        (
            PR,
            "self_pr",
            "私の強みは粘り強さです。これまで数々の壁に直面してきましたが、そのたびに乗り越えて"
            "まいりました。",
            None,
            {ABSTRACT},
            set(),
        ),
    ],
)
def test_answers(
    question: str,
    kind: str | None,
    answer: str,
    company: dict | None,
    want: set[str],
    unwanted: set[str],
) -> None:
    codes = _codes(question, kind, answer, company)
    assert want <= codes
    assert not (unwanted & codes)
