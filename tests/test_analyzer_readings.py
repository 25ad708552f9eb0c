"""Rules read on Sudachi morphemes by normalized form, POS and conjugation (analyzer/readings.py):
one entry of the data covers spellings, conjugations and kana/kanji variants, and the evidence is
the exact words. Also the readings the judgements rest on (analyzer/content/, demands/, Doc):
negation through auxiliaries and dependent verbs, habits and work kept up, conditions, routines,
an act ahead, one's own leaving, and the opening of an answer past a bare reply."""

from __future__ import annotations

import pytest

from furikaeri.analyzer.content.conditions import is_condition
from furikaeri.analyzer.content.episodes import habitual, kept_up
from furikaeri.analyzer.content.predicates import negated
from furikaeri.analyzer.demands.leaving import own_leaving
from furikaeri.analyzer.demands.plans import ahead
from furikaeri.analyzer.doc import Doc
from furikaeri.analyzer.readings import disclaimed, escapes, routine, routines, stated_stay


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("入社5か月で退職しました。", "5か月で退職"),
        ("三ヶ月ほどでやめることになりました。", "三ヶ月ほどでやめる"),
        ("半年足らずで辞めてしまいました。", "半年足らずで辞め"),
        ("結局ひと月で辞職しました。", "ひと月で辞職"),
        ("1ヶ月も経たずに辞めました。", "1ヶ月も経たずに辞め"),
        ("4か月弱で職を辞することにいたしました。", "4か月弱で職を辞する"),
        ("入社からわずか2ヶ月で会社を去る結果となりました。", "2ヶ月で会社を去る"),
        ("10日目に退職届を出しました。", "10日目に退職届"),
        ("入社してすぐに会社を辞めました。", "入社してすぐに会社を辞め"),
        ("入って間もなく辞めちゃったんです。", "入って間もなく辞め"),
        ("入社後まもなく離職しました。", "入社後まもなく離職"),
    ],
)
def test_stated_stay(text: str, evidence: str) -> None:
    span = stated_stay(Doc(text))
    assert span is not None and span.text == evidence


@pytest.mark.parametrize(
    "text",
    [
        "入社5年目で退職しました。",  # years: no short stay
        "3か月で資格を取り、それを活かせる職場に移りたいと考えて退職しました。",
        "3ヶ月に一度、退職者が出る職場でした。",  # a suffixed noun: no leaving told
        "入社後すぐに頑張って成果を出しましたが、評価されないまま退職しました。",
        "6年間勤めましたが、体力的に限界を感じ退職いたしました。",
    ],
)
def test_no_stated_stay(text: str) -> None:
    assert stated_stay(Doc(text)) is None


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("今の環境から一刻も早く逃げ出したいです。", "逃げ出したい"),
        ("プレッシャーから解放されたいです。", "解放されたい"),
        ("今の会社を出ていきたいです。", "出ていきたい"),
        ("まずはこの状況から脱却したいと考えています。", "脱却したい"),
        ("早くこの部署から離れたくて仕方がありません。", "離れたく"),
        ("とにかく今の会社を去りたいというのが本音です。", "去りたい"),
    ],
)
def test_escapes(text: str, evidence: str) -> None:
    assert [s.text for s in escapes(Doc(text))] == [evidence]


@pytest.mark.parametrize(
    "text",
    [
        "地元を離れたくないと考えています。",  # the wish denied
        "現場を離れても後輩を指導できるリーダーになりたいです。",  # the wish is another verb's
        "その環境から逃げずに工夫しました。",
        "海外に出たいです。",  # nothing left (から, を)
        "5年後には、チームから信頼される人になりたいです。",
    ],
)
def test_no_escapes(text: str) -> None:
    assert escapes(Doc(text)) == []


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("お給料に不満があったのではありません。", "給料に不満があったのではありません"),
        ("待遇面に文句があったのではなく、", "待遇面に文句があったのではなく"),
        ("賃金面の問題で辞めたわけではございません。", "賃金面の問題で辞めたわけではございません"),
        ("月給が下がるのは覚悟のうえです。", "月給が下がるのは覚悟"),
        ("年収が下がることも承知しておりますが、", "年収が下がることも承知"),
        ("待遇には満足しておりましたが、", "満足しておりましたが"),
        ("職場の人たちにはすごく感謝してるんですけど、", "感謝してるんですけど"),
        ("上司にも恵まれましたが、", "恵まれましたが"),
    ],
)
def test_disclaimed(text: str, evidence: str) -> None:
    span = disclaimed(Doc(text))
    assert span is not None and span.text == evidence


@pytest.mark.parametrize(
    "text",
    [
        "給料が低いだけではなく、上司も話を聞いてくれませんでした。",  # adds, sets nothing aside
        "給料に納得できず、転職を考えました。",  # the acceptance denied
        "休みもない職場でした。",
        "待遇に満足できませんでしたが、",  # the praise denied
    ],
)
def test_not_disclaimed(text: str) -> None:
    assert disclaimed(Doc(text)) is None


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("毎朝欠かさずラジオ体操をしています。", "毎朝欠かさ"),
        ("ここ半年ほど、簿記の問題を解く生活を続けています。", "続け"),
        ("実はいま、Pythonを独習しております。", "独習し"),
        (
            "毎晩寝る前に英単語を覚えることを日課にしています。",
            "毎晩寝る前に英単語を覚えることを日課",
        ),
        ("一日に三十ページ程度ずつ参考書を読み進めています。", "三十ページ程度ずつ"),
        ("えっと、最近は毎日筋トレしてまして。", "筋トレし"),
        ("英語の勉強中です。", "勉強中"),
        ("早起きするように心がけています。", "ように心がけ"),
    ],
)
def test_routine(text: str, evidence: str) -> None:
    span = routine(Doc(text))
    assert span is not None and span.text == evidence


@pytest.mark.parametrize(
    "text",
    [
        "毎月のように値上げが続いています。",  # 続く: the world's, not one's own
        "そこで私は手順書を見直し、原因を一つずつ洗い出しました。",  # an episode, in the past
        "毎朝十分間の打ち合わせを提案し、状況を共有するようにしました。",
        "先輩のお話はとても勉強になりました。",  # instructive, no study done
        "事故が毎日のように報道されています。",  # passive: someone else's act
    ],
)
def test_no_routine(text: str) -> None:
    assert routine(Doc(text)) is None


def test_routine_does_not_tokenize_without_its_words() -> None:
    """The cheap gate: an answer with none of [routine]'s words is not tokenized for it."""
    doc = Doc("円安の影響で輸入部品の価格が上がったと聞きました。")
    assert routine(doc) is None
    assert "morphemes" not in doc.__dict__


@pytest.mark.parametrize(
    "text",
    [
        "新人が三か月以内に辞めてしまうことが課題でした。",  # a limit, not one's stay
        "食品業界は人々の生活に欠かせない業界です。",  # 欠かす denied: indispensable
        "次の職場こそは長く続けたいと思っております。",  # a wish, no habit
    ],
)
def test_neither_stay_nor_routine(text: str) -> None:
    doc = Doc(text)
    assert stated_stay(doc) is None and routine(doc) is None


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
    ("answer", "expected"),
    [
        ("新規事業の立ち上げに挑戦したいです。", True),
        ("現場で経験を積み、地域の企業を支えていきます。", True),
        ("いずれは管理職を目指します。", True),
        ("私の経験で御社に貢献できると思います。", True),
        ("挑戦したいことは、海外向けの商品企画です。", True),
        # what one will do, told with ます or as a quoted intention
        ("まず現場で接客を学び、その後は売場づくりに取り組みます。", True),
        ("資格の勉強も続けようと考えています。", True),
        ("提案しても止まってしまいます。", False),
        ("現職は残業が多いと思います。", False),
        # working or joining wished, a wish that names a thing, or what one did
        ("ぜひ御社で働きたいです。", False),
        ("御社に入社したいと考えております。", False),
        ("今の会社ではやりたいことが何もできません。", False),
        ("前職では新人の教育を目指しました。", False),
    ],
)
def test_an_act_ahead_is_read_from_the_verb(answer: str, expected: bool) -> None:
    assert ahead(Doc(answer)) is expected


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("現場のことを分かっていませんでした。", "分かっ", True),
        ("話を聞いてくれませんでした。", "聞い", True),
        ("毎朝資料を読んでいました。", "読ん", False),
        ("手を抜かずに続けました。", "抜か", True),
    ],
)
def test_negated_reads_through_a_dependent_verb(text: str, verb: str, expected: bool) -> None:
    doc = Doc(text)
    k = next(i for i, w in enumerate(doc.words) if w.surface == verb)
    assert negated(doc.words, k) is expected


@pytest.mark.parametrize(
    ("sentence", "verb", "expected"),
    [
        ("私は一度も休まずに通いました。", "休ま", True),
        ("課題を分かっていませんでした。", "分かっ", True),
        ("毎日休んで通院しました。", "休ん", False),  # a look-alike: not negated
        ("提案を見直しました。", "見直し", False),
    ],
)
def test_negated_reads_the_auxiliaries(sentence: str, verb: str, expected: bool) -> None:
    ws = Doc(sentence).words
    k = next(i for i, w in enumerate(ws) if w.surface == verb)
    assert negated(ws, k) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("常にお客様の立場で考えてきました。", True),
        ("三年間続けてきました。", True),
        ("問題を解決できました。", False),  # できました: one event
        ("売上を二割伸ばしました。", False),
    ],
)
def test_habitual_tells_a_habit_or_a_period(text: str, expected: bool) -> None:
    assert habitual(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("法人営業に携わってまいりました。", True),
        ("お客様に合わせた提案を心がけております。", True),
        ("長年人間関係に悩んできました。", False),  # a setback gone through
        ("昨日は雨でした。", False),
    ],
)
def test_kept_up_tells_ones_own_work(text: str, expected: bool) -> None:
    assert kept_up(Doc(text)) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("年間休日", True), ("住宅手当", True), ("残業", True), ("巡回", False), ("営業", False)],
)
def test_is_condition(word: str, expected: bool) -> None:
    assert is_condition(word) is expected


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
    ("answer", "opening"),
    [
        ("はい。私の強みは責任感です。", "私の強みは責任感です。"),
        ("えー。はい。御社の理念に共感しております。", "御社の理念に共感しております。"),
        ("はい、私の強みは責任感です。", "はい、私の強みは責任感です。"),
    ],
)
def test_opening_skips_a_bare_reply(answer: str, opening: str) -> None:
    assert [s.text for s in Doc(answer).opening()] == [opening]
