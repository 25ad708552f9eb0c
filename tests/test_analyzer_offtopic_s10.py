"""communication.off_topic (session 10, branch s10-offtopic): an answer that shares the asked
genre's word but tells its neighbour: the habit of reading news for a news item (topics.toml
`genre` in a routine sentence), a success after the failure asked is denied or turned down
(「失敗というより」, hardship read on the undenied text), a present study routine for the
future (`routine` on the future topic) or the present
alone (`present`: 〜ています), one's own trait for the organisation's issue
(questions/owner.py). Hard negatives (the rivals asked, told of 御社: no [unasked] genre): an item named beside the habit, a failure that ends
well, the study told as the path to a future, the company's issue told. Sentences written for
these tests, none taken from the evaluation cases."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze
from furikaeri.analyzer.doc import Doc
from furikaeri.analyzer.questions.owner import asked_of_organisation
from furikaeri.analyzer.readings import routine, routines

OFF = "communication.off_topic"

NEWS = "最近気になったニュースを教えてください。"
ISSUE = "社会問題で関心のあることは何ですか。"
FAILURE = "これまでの失敗経験を教えてください。"
SETBACK = "挫折した経験はありますか。"
FUTURE = "10年後にどうなっていたいですか。"
COMPANY_ISSUE = "当社の課題は何だと思いますか。"
COMPANY_TASK = "弊社がこれから取り組むべき課題は何だとお考えですか。"
RIVALS = "当社の競合はどこだとお考えですか。"


def _off(answer: str, question: str) -> bool:
    return OFF in {f.code for f in analyze(answer, question=question).findings}


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (NEWS, "毎晩テレビのニュースを見るようにしています。新聞も毎日読んでいます。"),
        (NEWS, "情報収集のために、毎朝ニュースアプリに目を通すことを習慣にしております。"),
        (NEWS, "ニュースは毎日欠かさずチェックするようにしています。"),
        (ISSUE, "毎朝スマホでニュースサイトを確認しています。"),
        (NEWS, "毎日テレビのニュースを見るようにしています。"),
        (
            FAILURE,
            "失敗というより、うまくいった話になりますが、文化祭の模擬店で売上一位になりました。",
        ),
        (FAILURE, "失敗した経験は特にありません。営業では毎月目標を達成し、表彰もいただきました。"),
        (SETBACK, "挫折は特にございませんが、大学ではゼミ長として発表会を成功させました。"),
        (SETBACK, "挫折経験というほどのものではありませんが、資格試験に一回で合格しました。"),
        (FUTURE, "毎朝、英単語を30個ずつ覚えるようにしています。"),
        (FUTURE, "今は毎日、統計学の勉強を続けています。"),
        (FUTURE, "現在は経理部で月次決算を担当しております。請求書の確認も行っています。"),
        (
            COMPANY_ISSUE,
            "私の強みは問題発見力です。アルバイト先で無駄な作業を見つけ、改善しました。",
        ),
        (
            COMPANY_TASK,
            "私の課題は、話が長くなりがちなところです。結論から話すよう意識しています。",
        ),
    ],
)
def test_neighbouring_topic_told_is_off_topic(question: str, answer: str) -> None:
    assert _off(answer, question)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            NEWS,
            "毎朝新聞を読んでいますが、最近は半導体工場の誘致が地方の雇用を変えているという記事が印象に残りました。",
        ),
        (NEWS, "電気自動車の値下げ競争のニュースです。部品メーカーにも影響が出ると感じました。"),
        (NEWS, "新聞を毎朝読むのが日課で、最近は物流業界の人手不足の記事をよく読んでいます。"),
        (FUTURE, "将来PMになるために、毎日設計の勉強をしています。"),
        (ISSUE, "空き家の増加です。地元でも放置された家が増え、防災面の不安が話題になっています。"),
        (
            FAILURE,
            "発注の桁を間違え、在庫を抱えてしまいました。すぐに報告し、他店に回して損失を抑えました。",
        ),
        (
            FAILURE,
            "新人のころ、確認を怠って納品ミスを出しました。それ以来、二重チェックを続け、ミスはなくなりました。",
        ),
        (
            SETBACK,
            "はい、大学受験に失敗したことです。その悔しさから資格の勉強に打ち込み、合格しました。",
        ),
        (
            FUTURE,
            "10年後には営業部門を率いる立場になりたいです。そのために今は毎日マーケティングを勉強しています。",
        ),
        (FUTURE, "将来は海外案件を任される存在を目指しています。今は英語の勉強を続けています。"),
        (FUTURE, "部下を育てる管理職として働いている姿を思い描いています。"),
        (FUTURE, "地域の方に頼られる薬剤師として働いていると思います。"),
        (COMPANY_ISSUE, "御社は国内シェアが高い一方で、若い世代への認知が課題だと考えます。"),
        (
            RIVALS,
            "地元のC社や全国展開のD社だと思います。ただ、御社は修理の早さで選ばれていると感じます。",
        ),
        (
            COMPANY_ISSUE,
            "人材の確保だと思います。採用ページを拝見し、地方拠点の応募が少ないと感じました。",
        ),
    ],
)
def test_asked_topic_answered_is_not_off_topic(question: str, answer: str) -> None:
    assert not _off(answer, question)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("毎朝新聞を読むようにしています。夜はニュースを見ることを心がけています。", 2),
        ("毎日ニュースサイトで情報を集めています。", 1),
        ("毎日のように値上げが報じられています。", 0),
        ("昨日、新聞で値上げの記事を読みました。", 0),
        ("資格の勉強も続けようと考えています。", 0),
        ("来年からは毎朝英語の勉強をするつもりです。", 0),
    ],
)
def test_routines_reads_each_sentence_of_habit(text: str, count: int) -> None:
    doc = Doc(text)
    starts = [f.start for f in routines(doc)]
    told = [s for s in doc.sentences if any(s.start <= at < s.end for at in starts)]
    assert len(told) == count
    assert (routine(doc) is None) == (count == 0)


@pytest.mark.parametrize(
    ("question", "nouns"),
    [
        (COMPANY_ISSUE, {"課題"}),
        (COMPANY_TASK, {"課題"}),
        ("当社が他社に負けている点はどこだと思いますか。", {"点"}),
        ("あなたの強みを当社でどう活かしますか。", set()),
    ],
)
def test_asked_of_organisation_reads_its_clause_head(question: str, nouns: set[str]) -> None:
    assert asked_of_organisation(question) == frozenset(nouns)
