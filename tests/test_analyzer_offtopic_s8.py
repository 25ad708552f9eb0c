"""communication.off_topic (session 8): answers that give the opposite of what was asked (a
success for a failure, 得意 for 苦手), half of a two-part question, a known genre for a question
of unknown topic (data/cross.toml [unasked]), a trade chosen for its popularity ([borrowed]), a
premise denied (topics.toml expected_hardship), an origin story for a short stay ([short_stay]
cores, origin), complaints for teamwork, stress, values or a disagreement (also blame), and a
motivation for a self-PR ([instead]); and the precision of motivation.generic when a motivation
answers another question but names this company's own business. Sentences written for these
tests (spoken and written, new graduates and mid-career, several trades), none taken from the
evaluation cases."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze
from furikaeri.analyzer.content.knowledge import company_specifics
from furikaeri.analyzer.content.predicates import negated
from furikaeri.analyzer.cross.table import data
from furikaeri.analyzer.doc import Doc
from furikaeri.analyzer.types import Company

OFF = "communication.off_topic"
BLAME = "negative_reason.blame"
GENERIC = "motivation.generic"
UNEXPLAINED = "short_tenure.unexplained"

DENTAL = {
    "name": "医療法人はなみずき会",
    "profile": "市内で歯科医院を3院運営。訪問歯科診療に力を入れ、高齢者施設への口腔ケア指導を行う。"
    "予約アプリ『ハミガキノート』で通院の記録を共有できる。",
}
ADVISORY = {
    "name": "みなと経営パートナーズ株式会社",
    "profile": "中小企業の経営支援を行うコンサルティング会社。後継者不在に悩む町工場向けの"
    "事業承継コンサルティングと、M&Aの仲介に力を入れている。",
}


def _codes(answer: str, question: str, **kw: object) -> set[str]:
    return {f.code for f in analyze(answer, question=question, **kw).findings}


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # the best instead of the worst
        (
            "仕事でしてしまった一番大きな失敗は何ですか。",
            "入社2年目に担当した展示会で、過去最高の来場者数を記録したことです。準備を早めに"
            "始めたことが良い結果につながりました。",
        ),
        (
            "これまでで最も悔しかった出来事を教えてください。",
            "一番うれしかったのは、吹奏楽部の定期演奏会が満席になったことです。",
        ),
        # 得意 for 苦手, 良いところ for 悪いところ
        (
            "苦手なことを一つ教えてください。",
            "得意なことは段取りを組むことです。引っ越しのアルバイトでは作業の順番を任されていました。",
        ),
        (
            "ご自身の良いところと悪いところを教えてください。",
            "良いところは、約束の時間を必ず守るところです。",
        ),
        # half of a two-part question
        (
            "長所と短所を一つずつお願いします。",
            "長所は聞き上手なところです。後輩から相談を受けることが多く、話しやすいと言われます。",
        ),
        (
            "あなたの強みと課題を教えてください。",
            "強みは数字に強いことです。前職では毎月の売上データを集計し、値引きの見直しで粗利を3%改善しました。",
        ),
    ],
)
def test_the_opposite_or_half_of_what_was_asked_is_off_topic(question: str, answer: str) -> None:
    assert OFF in _codes(answer, question)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # a failure told in its own words (no 失敗 nor ミス: 忘れ, 慌て)
        (
            "これまでで一番の失敗を教えてください。",
            "サークルの合宿で、バスの予約を忘れて出発の前日に慌てて手配し直したことです。今は予約"
            "したらすぐ共有するようにしています。",
        ),
        (
            "仕事での失敗経験を教えてください。",
            "発注書の数量を一桁多く書いてしまい、倉庫に在庫があふれました。今は提出前に読み合わせをしています。",
        ),
        # both halves told
        (
            "長所と短所を教えてください。",
            "長所は粘り強さで、資格試験に3回目で合格しました。短所は心配性なところで、確認に時間を"
            "かけすぎることがあるため、確認する項目を先に決めています。",
        ),
        (
            "苦手なことは何ですか。",
            "人前で話すことが苦手です。ゼミの発表前には原稿を作り、友人に聞いてもらって練習しています。",
        ),
        # a strengths speech for a strength
        (
            "あなたの強みを教えてください。",
            "得意なことは、初めての人ともすぐに打ち解けられることです。",
        ),
    ],
)
def test_the_thing_asked_told_in_its_own_words_is_on_topic(question: str, answer: str) -> None:
    assert OFF not in _codes(answer, question)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # a strengths speech for the family's view of a transfer
        (
            "転居を伴う異動があった場合、ご家族はどのようにお考えになりそうですか。",
            "私の強みは行動力です。前職では担当地域の新規開拓を進め、半年で取引先を15社増やしました。",
        ),
        # why one left, for which duties interest one here
        (
            "当院の仕事の中で、特にやってみたい業務はありますか。",
            "前の職場は人が少なく、毎日の残業で体調を崩しかけたので退職しました。",
        ),
        # a career history for an impression of the company's policy
        (
            "当園の保育方針を読んで、どのような印象を受けましたか。",
            "私は短大を卒業後、私立の保育園で3年間保育士として勤務しております。",
        ),
    ],
)
def test_a_known_genre_for_a_question_of_unknown_topic_is_off_topic(
    question: str, answer: str
) -> None:
    found = analyze(answer, question=question).findings
    assert OFF in {f.code for f in found}
    off = next(f for f in found if f.code == OFF)
    assert data().unasked.label in off.message


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # the question's own words answered
        (
            "当院の仕事の中で、特にやってみたい業務はありますか。",
            "訪問診療の業務です。前職で病棟にいた頃、退院後の暮らしを支えたいと思うようになりました。",
        ),
        (
            "転居を伴う異動があった場合、ご家族はどのようにお考えになりそうですか。",
            "私の強みは順応性で、家族も異動があることは承知しており、一緒に引っ越すと話しています。",
        ),
        # a yes first, or the one thing asked named first
        (
            "土曜日の出勤が月に一度ありますが、よろしいですか。",
            "はい、問題ございません。前職でも土曜日に勤務しておりました。",
        ),
        (
            "ご自身を動物に例えると何ですか。",
            "犬です。私の長所は人懐っこいところで、誰とでもすぐに打ち解けられます。",
        ),
        # an experience asked, a career told
        (
            "新人指導のご経験について教えてください。",
            "前職では3名の新人を担当し、週に一度の面談と作業手順書の作成を行いました。",
        ),
    ],
)
def test_an_unknown_question_answered_on_its_terms_is_on_topic(question: str, answer: str) -> None:
    assert OFF not in _codes(answer, question)


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        # the trade chosen for its popularity, nothing of one's own
        (
            "歯科衛生士を目指したきっかけを教えてください。",
            "最近はホワイトニングが流行っていて、歯のケアがSNSでも話題になっているからです。",
            {OFF},
        ),
        # an origin of one's own, popularity named in passing
        (
            "歯科衛生士を目指したきっかけを教えてください。",
            "中学生のとき矯正治療でお世話になった衛生士さんに憧れたからです。人気の仕事ですが、それ以上に"
            "あの方のように患者さんを安心させたいと思いました。",
            set(),
        ),
        # a premise denied, or one hardship named
        (
            "この仕事で大変だと思うことは何ですか。",
            "大変なことは特にないと思っています。体を動かすのは好きなので大丈夫です。",
            {OFF},
        ),
        (
            "入社後に苦労しそうなことは何だと思いますか。",
            "薬の名前を覚えることだと思います。今は通勤中に単語帳で覚えています。",
            set(),
        ),
    ],
)
def test_a_reason_or_a_hardship_not_ones_own(
    question: str, answer: str, expected: set[str]
) -> None:
    assert _codes(answer, question) & {OFF} == expected


@pytest.mark.parametrize(
    "answer",
    [
        "小学生のときから料理が好きで、ずっと調理師になるのが夢でした。",
        "もともと人と話すのが好きで、接客の道を選びました。御社は接客の研修が手厚いと伺っています。",
    ],
)
def test_a_short_stay_answered_with_an_origin_or_an_attraction(answer: str) -> None:
    codes = _codes(answer, "前職は1年もたたずに辞めていますね。何があったのですか。")
    assert {OFF, UNEXPLAINED} <= codes


def test_a_short_stay_answered_with_its_reason_is_not_off_topic() -> None:
    answer = (
        "家族の介護が必要になり、夜勤のある勤務を続けられなくなったため退職しました。現在は"
        "介護の体制が整ったので、日勤の御社で長く働きたいと考えています。"
    )
    codes = _codes(answer, "前職を5か月で退職されていますが、理由を教えてください。")
    assert OFF not in codes and UNEXPLAINED not in codes


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "チームで仕事を進めるうえで心がけていることは何ですか。",
            "前の部署では課長が方針をころころ変えて、結局は全部こちらに押し付けていました。"
            "メンバー同士も無関心で、正直うんざりしていました。",
        ),
        (
            "プレッシャーを感じたときはどうしていますか。",
            "前職は店長が感情的で、ミスがあるとみんなの前で怒鳴られていました。本社も見て見ぬふりでした。",
        ),
        (
            "リーダーシップを発揮した経験を教えてください。",
            "前の会社は社長のワンマン経営で、若手の提案は全部却下されました。評価も不公平でした。",
        ),
    ],
)
def test_complaints_for_a_question_on_ones_own_ways_are_off_topic_and_blame(
    question: str, answer: str
) -> None:
    assert {OFF, BLAME} <= _codes(answer, question)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # a problem of the workplace, then what one did about it
        (
            "チームで仕事を進めるうえで心がけていることは何ですか。",
            "前の部署は情報共有が少ない職場だったので、私から週に一度の短い打ち合わせを提案し、"
            "作業の重なりをなくしました。",
        ),
        # a fact conceded, then one's own way
        (
            "プレッシャーを感じたときはどうしていますか。",
            "前職は月末に残業が多かったのですが、やることを紙に書き出して一つずつ片付けていました。",
        ),
    ],
)
def test_a_problem_met_and_acted_on_is_no_blame(question: str, answer: str) -> None:
    assert BLAME not in _codes(answer, question)


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("転職を考えた理由を教えてください。", "reason_for_leaving"),
        ("自己PRをお願いします。", "self_pr"),
        ("あなたの長所を教えてください。", None),
    ],
)
@pytest.mark.parametrize(
    ("company", "answer"),
    [
        (
            ADVISORY,
            "御社を志望したのは、事業承継のご相談に力を入れておられるからです。跡継ぎのいない町工場を"
            "支えたいと考えています。",
        ),
        (
            DENTAL,
            "御社の『ハミガキノート』に魅力を感じています。訪問歯科で口腔ケアの指導に携わりたいです。",
        ),
    ],
)
def test_a_motivation_naming_the_companys_business_is_not_generic_whatever_was_asked(
    question: str, kind: str | None, company: dict[str, str], answer: str
) -> None:
    codes = _codes(answer, question, kind=kind, company=company)
    assert OFF in codes
    assert GENERIC not in codes


def test_a_motivation_naming_nothing_of_the_company_is_still_generic_for_another_question() -> None:
    answer = "成長できる環境で働きたいと考え、安定した経営基盤のある御社を志望しました。"
    codes = _codes(answer, "転職を考えた理由を教えてください。", company=ADVISORY)
    assert {OFF, GENERIC} <= codes


def test_a_part_of_a_profile_compound_names_the_same_business() -> None:
    company = Company(name=ADVISORY["name"], profile=ADVISORY["profile"])
    score, spans = company_specifics(Doc("事業承継のご相談に携わりたいです。"), company)
    assert score >= 2
    assert any(s.text == "事業承継" for s in spans)
    # an industry word alone inside the compound is no knowledge of this company
    assert company_specifics(Doc("コンサルティングの仕事がしたいです。"), company)[0] < 2


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
    ("question", "kind"),
    [("志望動機を教えてください。", "motivation"), ("転職を考えた理由を教えてください。", None)],
)
def test_conditions_of_the_former_job_are_no_praise_of_this_company(
    question: str, kind: str | None
) -> None:
    answer = (
        "今の職場は夜勤も休日出勤も多いです。御社が町工場向けに事業承継の相談に力を入れていると"
        "知り、跡継ぎのいない工場を支えたいと考えました。"
    )
    assert GENERIC not in _codes(answer, question, kind=kind, company=ADVISORY)


def test_conditions_this_company_offers_are_still_generic() -> None:
    answer = (
        "御社は年間休日が多く、住宅手当もあると伺いました。安心して長く働けると考え志望しました。"
    )
    assert GENERIC in _codes(answer, "志望動機を教えてください。", company=ADVISORY)


def test_a_self_pr_episode_closed_with_an_attraction_is_on_topic() -> None:
    answer = (
        "歯科助手として2年間働き、予約の電話を受けていました。キャンセルの多い曜日を調べて"
        "前日に確認の電話を入れ、空き枠を減らした経験があり、御社の訪問歯科に魅力を感じています。"
    )
    assert OFF not in _codes(answer, "自己PRをお願いします。", company=DENTAL)
