"""communication.off_topic (session 7): an answer to another common question given without
announcing it: grievances (complaints of the workplace, working conditions, only a wish to work
somewhere) for a trait or for what one would do after joining (demands.grievances_instead, with
demands.ahead for a question ahead), a bare career for what others say, a student-days episode
for a career plan, a motivation for the other applications or for a strength; and the push of a
reason for leaving told before its pull (demands.pushed), which is on topic. Sentences written
for these tests (spoken and written, new graduates and mid-career, several industries), none
taken from the evaluation cases."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze
from furikaeri.analyzer.demands.changes import pushed
from furikaeri.analyzer.demands.plans import ahead
from furikaeri.analyzer.doc import Doc
from furikaeri.analyzer.questions.topics import kind_topic

OFF = "communication.off_topic"

Q_JOIN = "入社されたら、まずどんなことに取り組みたいですか。"
Q_GIVE = "弊社でどのように貢献していただけそうですか。"
Q_USE = "うちでは、ご自身のどんな経験を活かせると思いますか。"
Q_CAREER = "入社後はどのようなキャリアを積んでいきたいですか。"
Q_GOOD = "あなたの長所を一つ教えてください。"
Q_SAID = "周りの方からはどんな人だと言われることが多いですか。"
Q_ELSE = "ほかに選考を受けている会社はありますか。"
Q_INTRO = "それでは自己紹介からお願いします。"
Q_PR = "1分程度で自己PRをお願いします。"
Q_LEAVE = "転職をお考えになった理由を教えてください。"
Q_WHY = "なぜ今の職場を離れようと思われたのですか。"

BANK = {"name": "さくら信用金庫", "profile": "県内に30店舗。創業支援と事業承継の相談に力を入れる。"}


def _codes(answer: str, question: str, **kw: object) -> set[str]:
    return {f.code for f in analyze(answer, question=question, **kw).findings}


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # what one would do after joining, answered with what is wrong at the present job
        (
            Q_JOIN,
            "今の部署では改善を提案しても前例がないと却下されます。"
            "会議も形だけで、若手の意見はほとんど通りません。",
        ),
        (
            Q_GIVE,
            "現職は休日出勤が多く、評価の仕組みもはっきりしていません。"
            "頑張っても給料にはつながりませんでした。",
        ),
        # …or with the company's conditions and only the wish to work there
        (
            Q_JOIN,
            "御社は年間休日が多く、住宅手当や社員寮も整っていると伺いました。"
            "安心して長く働ける会社だと思い、ぜひ御社で働きたいと考えています。",
        ),
        (Q_USE, "貴社は産休や育休の取得実績が多く、福利厚生も手厚いところに惹かれました。"),
        # a strength answered with complaints about the former job
        (
            Q_GOOD,
            "前の職場はシフトが急に変わることが多く、手取りも少なかったです。"
            "店長に相談しても何も変わりませんでした。",
        ),
        # what others say answered with a bare career
        (
            Q_SAID,
            "専門学校を出てから歯科医院で受付をしておりました。"
            "その後、医療事務の会社に移り、レセプトの点検業務に携わっています。",
        ),
        # a career plan answered with a student-days episode
        (
            Q_CAREER,
            "高校の吹奏楽部では部長を務め、練習方針をめぐって学年間で対立したときに、"
            "パートごとの話し合いを重ねて全員が納得する練習計画をまとめました。",
        ),
        # the other applications answered with a motivation for this company
        (
            Q_ELSE,
            "小さい頃から御社のパンが大好きで、毎朝のように食べてきました。"
            "あの味を届ける側になりたくて、御社を第一に考えています。",
        ),
        # a strength, a self-introduction, answered with why one applied (a 信用金庫, a 組合 addressed)
        (
            Q_GOOD,
            "地域の商店を金融の面から支えたいと考え、御金庫を志望いたしました。",
        ),
        (Q_INTRO, "貴庫を志望した理由は、事業承継の相談に力を入れている点に共感したからです。"),
        (
            Q_GOOD,
            "地域の農家を支えたいと考え、貴組合を志望いたしました。営農指導に魅力を感じています。",
        ),
        # a self-PR answered with a self-introduction
        (
            Q_PR,
            "井上と申します。長野県の出身で、大学では農学を専攻しました。"
            "卒業後は食品工場で品質管理をしております。本日はよろしくお願いいたします。",
        ),
    ],
)
def test_another_question_answered_unannounced_is_off_topic(question: str, answer: str) -> None:
    assert OFF in _codes(answer, question, company=BANK)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # a complaint of the former job, then what one would do here
        (
            Q_JOIN,
            "前職では提案が通りにくい環境でしたが、御社では新規顧客への提案営業に"
            "積極的に挑戦していきたいと考えています。",
        ),
        # a plan told with ます, a condition named in it
        (
            Q_JOIN,
            "入社後は、まず窓口で接客を学びます。その上で、残業の多い店舗の業務の見直しに"
            "取り組みます。",
        ),
        # a condition named in passing
        (
            Q_JOIN,
            "資格取得の支援制度があると伺ったので、まずは基礎を学び、"
            "ゆくゆくは融資の審査を一人で担えるようになりたいです。",
        ),
        # what one can do, without a wish (貢献できる, 提案ができる, 活かせる)
        (
            Q_GIVE,
            "前職の介護の現場で、段差に困るご家族を多く見てきました。"
            "その経験から、使う人の目線に立った提案ができると考えています。",
        ),
        (
            Q_USE,
            "施工管理の経験を活かせると思います。工程表を作り直し、残業を月20時間減らしました。",
        ),
        # a plan that cites a past episode first
        (
            Q_CAREER,
            "学生時代にゼミで商店街を調べ、後継者のいない店が多いと知りました。"
            "入社後はまず融資の基本を身につけ、将来は事業承継の相談を担当したいです。",
        ),
        # a strength shown in a work episode with a hardship and a strict boss in it
        (
            Q_GOOD,
            "我慢強いところです。前職の上司はとても厳しい方でしたが、"
            "指摘をノートにまとめて見直し、半年後には現場を一人で任されました。",
        ),
        (
            Q_GOOD,
            "几帳面です。前職では請求書の入力ミスが多く、困っていました。"
            "そこで確認表を作り、ミスをほぼなくしました。",
        ),
        # what others say, told at the job where it was said
        (
            Q_SAID,
            "前の職場で、同僚によく「相談しやすい」と言われていました。"
            "新人の質問に乗ることが多く、気づけば教育係を任されていました。",
        ),
        # the other applications named by industry, then why this one
        (
            Q_ELSE,
            "はい、食品メーカーを2社受けております。その中でも、"
            "アレルギー対応に力を入れている御社が第一志望です。",
        ),
        # a self-PR that opens with one's name, then a strength and an episode
        (
            Q_PR,
            "森と申します。私の強みは、数字をもとに改善を進められることです。"
            "前職では問い合わせの件数を分析し、回答の手順を変えて対応時間を半分にしました。",
        ),
    ],
)
def test_on_topic_though_borrowing_other_words(question: str, answer: str) -> None:
    assert OFF not in _codes(answer, question, company=BANK)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # the present job set against a wish, then this company (no 退職 word)
        (
            Q_LEAVE,
            "今の会社では既存システムの保守が中心で、利用者の声を聞く機会がありません。"
            "現場の声を製品に活かせる仕事がしたいと思い、御社を志望しています。",
        ),
        # an observation that changed, then the wish and this company
        (
            Q_WHY,
            "帰省するたびに、地元の商店街から店が減っていくのを見てきました。"
            "ふるさとの商売を支える仕事がしたいと考え、創業支援に力を入れる御金庫に応募しました。",
        ),
        (
            Q_WHY,
            "病院の事務をする中で、退院した方が自宅の段差で苦労していると聞くことが増えました。"
            "住まいの面から支えたいと思い、改修に力を入れる御社に応募しました。",
        ),
    ],
)
def test_a_push_told_before_the_pull_is_a_reason_for_leaving(question: str, answer: str) -> None:
    assert OFF not in _codes(answer, question, company=BANK)


def test_a_motivation_alone_is_no_reason_for_leaving() -> None:
    """The company first and nothing pushed: a motivation, off the question of why one leaves."""
    answer = "御社の理念に強く共感しました。御社で商品企画に携わりたいと考えています。"
    assert OFF in _codes(answer, Q_LEAVE)
    assert not pushed(Doc(answer), kind_topic("motivation"))


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
