"""communication.off_topic read across questions (issue 10, round 2): the question's topic
against the topic the answer's first sentence declares (its theme before は, read by Sudachi's
normalized forms, or a topic's `declares` words), opposites (長所 for 短所) as different topics,
and a whole-answer reading (a reason for leaving that ends with why this company is on topic).
Sentences written for these tests (spoken, written ES, new graduates, mid-career), none taken
from the evaluation cases."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze
from furikaeri.analyzer.doc import Doc
from furikaeri.analyzer.questions.declaration import declared

OFF = "communication.off_topic"

Q_INTRO = "まずは1分ほどで自己紹介をしてください。"
Q_PR = "では、自己PRをお願いできますか。"
Q_STRENGTH = "ご自身の長所は何だと思いますか。"
Q_WEAK = "あなたの短所を教えていただけますか。"
Q_SETBACK = "今までで最も大きな挫折は何でしたか。"
Q_MOTIVE = "弊社を志望された理由をお聞かせください。"
Q_OTHERS = "ほかの会社の選考状況はいかがですか。"
Q_VIEW = "周囲からはどんな人だと言われますか。"
Q_VIEW_PAST = "以前の職場で上司からはどのように評価されていましたか。"
Q_LEAVE = "転職を考えた理由を教えてください。"
Q_DO = "うちに入ったら、どんなことをやってみたいですか。"
Q_PLAN = "10年後のキャリアプランを教えてください。"
Q_NEWS = "最近気になったニュースがあれば教えてください。"
Q_HOBBY = "休みの日はどのように過ごしていますか。"
Q_GAKU = "学生時代に力を入れたことは何ですか。"
Q_REVERSE = "最後に何か質問はありますか。"


def _codes(answer: str, question: str, **kw: object) -> set[str]:
    return {f.code for f in analyze(answer, question=question, **kw).findings}


def _off_evidence(answer: str, question: str) -> list[str]:
    found = [f for f in analyze(answer, question=question).findings if f.code == OFF]
    assert found, answer
    return [e.text for e in found[0].evidence]


# ------------------------------------------------ another known question answered outright
@pytest.mark.parametrize(
    ("question", "answer", "words"),
    [
        # a self-PR answered with a motivation
        (
            Q_PR,
            "貴院を志望した理由は、地域の在宅医療を支える姿勢に惹かれたからです。",
            "志望した理由は",
        ),
        # a 自己紹介 that is only a motivation, or only a weakness
        (
            Q_INTRO,
            "御社を志望した動機は、物流の現場を変える製品に共感したことです。",
            "志望した動機は",
        ),
        (Q_INTRO, "私の弱みは、決断に時間がかかることです。", "弱みは"),
        # a setback question answered with a strength
        (
            Q_SETBACK,
            "私の強みは行動力です。塾講師のアルバイトで、生徒の成績表を毎週作りました。",
            "強みは",
        ),
        # strengths and weaknesses are opposites
        (Q_WEAK, "私の長所は几帳面なところです。伝票の誤りを毎月見つけてきました。", "長所は"),
        (Q_STRENGTH, "短所は心配性な点で、何度も確認してしまいます。", "短所は"),
        # a personal question answered with the other applications
        (Q_VIEW, "現在3社の選考を受けており、うち1社は最終面接を控えています。", "3社の選考"),
        # a question on the future answered with a hobby
        (Q_PLAN, "趣味はキャンプで、月に一度は家族と出かけています。", "趣味は"),
        # a motivation answered with a weekend
        (Q_MOTIVE, "週末はたいてい図書館で過ごしています。", "週末は"),
        # news answered with a reason for leaving
        (
            Q_NEWS,
            "転職を決めたきっかけは、今の部署がなくなると聞いたことです。",
            "転職を決めたきっかけは",
        ),
        # what one would do here answered with what others say
        (Q_DO, "友人からは、よく面倒見がいいと言われます。", "面倒見がいいと言われ"),
        # a reverse question answered with a hobby (no question asked)
        (Q_REVERSE, "休日は子どもとサッカーをしています。", "休日は"),
    ],
)
def test_another_topic_declared_is_off_topic(question: str, answer: str, words: str) -> None:
    assert any(words in e for e in _off_evidence(answer, question))


# ------------------------------------------------ on topic, though borrowing other words
@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # a 自己紹介 that mentions motivation briefly
        (
            Q_INTRO,
            "高橋と申します。前職では信用金庫で窓口業務を4年担当しました。"
            "御社の地域密着の姿勢に惹かれて応募いたしました。",
        ),
        # a 長所 answer told with a failure episode
        (
            Q_STRENGTH,
            "長所は、ミスを仕組みで防げるところです。新人の頃に請求書の宛先を誤ったことがあり、"
            "以来チェック表を作って、同じ誤りは一度もありません。",
        ),
        # a weakness told as the flip side of a strength
        (
            Q_WEAK,
            "短所は、慎重すぎるところです。長所の裏返しでもありますが、"
            "今は締め切りから逆算して判断するようにしています。",
        ),
        # a plan resting on past experience
        (
            Q_PLAN,
            "これまで7年間、施工管理で培った段取りの経験を土台に、"
            "10年後には複数の現場を束ねる所長を目指したいと考えています。",
        ),
        # a reason for leaving that ends with why this company (push + pull)
        (
            Q_LEAVE,
            "今は夜勤のある交代勤務ですが、子どもの進学を機に日中に働ける職場を探しています。"
            "病棟での経験を活かしたいと考えた際、訪問看護に力を入れている御社なら"
            "その経験をそのまま活かせると思いました。",
        ),
        (
            Q_LEAVE,
            "県庁では数年ごとに異動があり、一つの分野を深められません。"
            "観光振興の担当になって発信の面白さを知り、専門にしたいと考えるようになりました。"
            "自治体の広報を支援している御社で、その経験を活かしたいです。",
        ),
        # a setback told, naming the strength it built
        (
            Q_SETBACK,
            "挫折というほどではないのですが、県大会の直前に怪我で出場できなかったことです。"
            "その悔しさから体づくりを見直し、翌年は決勝まで進みました。",
        ),
        # open personal questions answered on their own terms
        (
            Q_HOBBY,
            "学生時代は軽音部でベースを弾いていて、今も友人とのバンドで月1回練習しています。",
        ),
        (Q_HOBBY, "最近は家庭菜園にはまっていて、ベランダでトマトを育てています。"),
        (Q_VIEW_PAST, "上司からは、仕事が丁寧で任せて安心だと評価していただいていました。"),
        (Q_OTHERS, "はい、同じ業界の2社に応募しており、どちらも書類選考を通過しています。"),
        # a self-PR may tell what others say of one
        (
            Q_PR,
            "周りからはよく粘り強いと言われます。資格試験に2度落ちましたが、3度目で合格しました。",
        ),
        # a ガクチカ answered with its own episode
        (
            Q_GAKU,
            "学生時代に力を入れたのは、ゼミの地域調査です。商店街の30店舗に聞き取りをし、"
            "空き店舗の活用案を市に提出しました。",
        ),
    ],
)
def test_on_topic_answers_stay(question: str, answer: str) -> None:
    assert OFF not in _codes(answer, question)


# ------------------------------------------------ the declaration read by Sudachi
@pytest.mark.parametrize(
    ("answer", "topic"),
    [
        ("私の長所は、粘り強いところです。", "strength"),
        ("私のセールスポイントは、段取りの良さです。", "strength"),
        ("弱点は、人前で緊張しやすいことです。", "weakness"),
        ("貴社を志望いたしましたのは、製品に惹かれたためです。", "motivation"),
        ("前の会社を辞めたのは、家業を継ぐためでした。", "reason_for_leaving"),
        # きっかけ and キッカケ are one normalized form
        ("転職のキッカケは、部署の統合でした。", "reason_for_leaving"),
        ("休みの日は、近所を走っています。", "hobby"),
        ("大学時代に頑張ったのは、塾講師のアルバイトです。", "student_days"),
        ("山本と申します。", "self_intro"),
    ],
)
def test_declared_topic(answer: str, topic: str) -> None:
    found = declared(Doc(answer))
    assert found is not None and found[0].name == topic
    assert answer[found[1].start : found[1].end] == found[1].text


@pytest.mark.parametrize(
    "answer",
    [
        # a は in the body, a setting, a time: no declaration
        "大学時代はカフェで働いていました。",
        "現在は夜勤のある病棟で働いています。",
        "前職を辞めてからは、資格の勉強をしていました。",
        "えっと、営業を5年やってきました。",
    ],
)
def test_no_declared_topic(answer: str) -> None:
    assert declared(Doc(answer)) is None


# ------------------------------------------------ self_pr.abstract: no episode
ABSTRACT = "self_pr.abstract"


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # qualities and effort, and praise received (another's act, not one's own)
        (
            Q_PR,
            "私は何事にも前向きで、一度決めたことは最後まで諦めずにやり抜きます。"
            "前の職場でも、その姿勢を上司に評価していただきました。",
        ),
        # a ガクチカ that names lessons and no episode
        (
            Q_GAKU,
            "軽音楽サークルの活動です。メンバーと一緒にライブにも練習にも全力で打ち込み、"
            "仲間を信じることの大切さを学びました。",
        ),
    ],
)
def test_no_episode_is_abstract(question: str, answer: str) -> None:
    assert ABSTRACT in _codes(answer, question)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # a setback, then one's own act and the result
        (
            Q_PR,
            "私の強みは粘り強さです。宅建の試験に2回落ちましたが、"
            "過去問を分野ごとに解き直し、3回目で合格しました。",
        ),
        # a ガクチカ whose lesson follows an episode
        (
            Q_GAKU,
            "ゼミの共同研究です。データの集計が遅れた際に作業表を作って分担を決め直し、"
            "締め切りの1週間前に論文を提出しました。協力することの大切さを学びました。",
        ),
    ],
)
def test_episode_is_not_abstract(question: str, answer: str) -> None:
    assert ABSTRACT not in _codes(answer, question)


# ------------------------------------------------ a broken promise reported, a short stay explained
BLAME = "negative_reason.blame"
SHORT = "short_tenure.unexplained"
Q_SHORT = "1社目を1年足らずで辞められた理由を教えてください。"


@pytest.mark.parametrize(
    "answer",
    [
        (
            "面接では開発職と聞いていましたが、入社後は全員がコールセンターに配属され、"
            "部長からは当面は変わらないと言われました。電話対応で相手の話を整理する力が身につき、"
            "休日にはプログラミングの講座に通ってアプリを作りました。"
            "今回は応募の前に業務内容を確認しています。"
        ),
        (
            "広報を希望していましたが、配属は工場の総務で、3年は異動がないと説明されました。"
            "人事に一度面談をお願いしましたが、変わりませんでした。"
            "この経験から、応募する前に配属の考え方を確かめるようになりました。"
            "総務で身につけた労務の知識は、御社でも活かせると考えています。"
        ),
    ],
)
def test_broken_promise_reported_is_no_blame(answer: str) -> None:
    found = _codes(answer, Q_SHORT, kind="short_tenure")
    assert BLAME not in found and SHORT not in found


@pytest.mark.parametrize(
    "answer",
    [
        # blame in evaluating words stays blame, lesson or not
        (
            "店長が気分屋で、理不尽な指示ばかりでした。この経験から、"
            "職場の雰囲気を事前に確かめる大切さを学びました。"
        ),
    ],
)
def test_judging_words_stay_blame(answer: str) -> None:
    assert BLAME in _codes(answer, "退職された理由は何ですか。", kind="reason_for_leaving")


@pytest.mark.parametrize(
    "answer",
    [
        # resolve only, no reason
        "8か月で辞めてしまいましたが、だからこそ次は腰を据えて長く働きたいと思っています。",
    ],
)
def test_resolve_without_reason_is_unexplained(answer: str) -> None:
    assert SHORT in _codes(answer, Q_SHORT, kind="short_tenure")


# ------------------------------------------------ the new topic keys are checked at load
def _topics_raw() -> dict:
    import tomllib
    from importlib.resources import files

    return tomllib.loads(files("furikaeri.data").joinpath("topics.toml").read_text("utf-8"))


def test_topic_relations_must_name_known_topics() -> None:
    from pydantic import ValidationError

    from furikaeri.analyzer.schema import TopicsData

    raw = _topics_raw()
    TopicsData.model_validate(raw)
    raw["topics"][0]["akin"] = ["no_such_topic"]
    with pytest.raises(ValidationError, match="unknown topics: no_such_topic"):
        TopicsData.model_validate(raw)


def test_theme_entries_must_not_be_empty() -> None:
    from pydantic import ValidationError

    from furikaeri.analyzer.schema import TopicsData

    raw = _topics_raw()
    raw["topics"][0]["theme"] = [[]]
    with pytest.raises(ValidationError):
        TopicsData.model_validate(raw)


@pytest.mark.parametrize(
    ("question", "answer", "off"),
    [
        # a motivation declared without naming what is applied for answers another question
        (Q_PR, "志望動機は、小さな宿を応援するサービスに惹かれたことです。", True),
        # one that names another job applied for tells why one changed jobs
        (
            Q_LEAVE,
            "事務職を志望した理由は、前職の営業で数字の管理にやりがいを感じたからです。",
            False,
        ),
        # the other applications asked, this company's 理念 praised instead
        (Q_OTHERS, "御社の「旅で町を好きになる」という理念に強く共感しております。", True),
        (Q_OTHERS, "現在は御社のみに応募しています。御社の理念に共感したためです。", False),
    ],
)
def test_motivation_declared_or_told(question: str, answer: str, off: bool) -> None:
    assert (OFF in _codes(answer, question)) is off
