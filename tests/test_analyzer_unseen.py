"""Error classes found on answers the analyzer had not seen (issue 10), as general rules:
a short tenure explained by a promise not kept or an employer that changed; spoken questions
about facts the website lists; a motivation resting on the company's slogan; a self-PR whose
only "result" follows no episode; a question about the future answered with the past.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze
from furikaeri.analyzer.kinds import infer_kind


def _codes(answer: str, *, question: str | None = None, kind: str | None = None, **kw) -> set[str]:
    return {f.code for f in analyze(answer, question=question, kind=kind, **kw).findings}


@pytest.mark.parametrize(
    "answer",
    [
        # told one job before joining, given another; consulted; reflects; commits
        "求人には経理事務と書かれていたのですが、実際に任されたのは倉庫での出荷作業でした。"
        "総務の方に相談しましたが変更は難しいとのことで、九か月で退職しました。"
        "確認が甘かったと反省し、今回は面接で担当業務を詳しく伺っています。",
        # a promised training that never took place (the relative-clause form)
        "入社前に説明されていた三か月の研修は行われず、初日から一人で現場を任されました。"
        "上長とも話し合いましたが改善されず、半年で退職を決めました。"
        "この経験から、入社前に職場の方のお話を伺うようにしております。",
        # the owner changed and the policy with it; the candidate keeps a value
        "勤めていた薬局は、半年後に経営者が交代し、服薬指導より処方枚数を優先する体制になりました。"
        "患者さんと時間をかけて話す薬剤師でいたいと考え、退職しました。"
        "御社では地域の方のかかりつけとして、長く信頼される薬剤師を目指したいと考えています。",
        # an acquisition, spoken
        "入って四か月で会社が大手に買収されまして、私のいた部署はなくなったんです。"
        "短い間でしたが、受注から出荷までの流れを覚えられたのは財産だと思っています。"
        "次は一つの会社でじっくり経験を積みたいと思っています。",
    ],
)
def test_a_short_tenure_with_a_reason_and_reflection_is_explained(answer: str) -> None:
    codes = _codes(answer, kind="short_tenure")
    assert "short_tenure.unexplained" not in codes
    assert "negative_reason.blame" not in codes


@pytest.mark.parametrize(
    "answer",
    [
        "前職は五か月で辞めました。自分には向いていないと感じたからです。",
        "いろいろと事情があって、続けるのは難しいと思いました。",
        "半年で辞めてしまいましたが、特に大きな理由はありません。",
    ],
)
def test_a_short_tenure_without_reason_or_future_is_unexplained(answer: str) -> None:
    assert "short_tenure.unexplained" in _codes(answer, kind="short_tenure")


@pytest.mark.parametrize(
    ("answer", "blame"),
    [
        ("配属後はデータ入力の業務が一年ほど続きました。", False),  # the work given, a fact
        ("繁忙期でもないのに休日出勤が三か月続きました。", True),  # hours that went on
        ("月の残業が八十時間を超える状態が当たり前でした。", True),
    ],
)
def test_what_went_on_is_a_complaint_only_of_hours(answer: str, *, blame: bool) -> None:
    assert ("negative_reason.blame" in _codes(answer, kind="reason_for_leaving")) is blame


@pytest.mark.parametrize(
    ("answer", "researchable"),
    [
        ("名古屋以外にも営業所ってあるんですか。", True),
        ("九州に支店はございますか。", True),
        ("海外に工場ってお持ちなんでしょうか。", True),
        ("印刷のほかにも、何か事業はやられているんですか。", True),
        ("主力の製品って何になりますか。", True),
        ("主にどういった業種のお客様と取引されていますか。", True),
        ("本社ってどこでしたっけ。", True),
        # the work, plans or an insider's view: not on the website
        ("名古屋の営業所では、新人はどのような仕事から覚えていくのでしょうか。", False),
        ("製品の中で、社員の方が個人的におすすめのものは何ですか。", False),
        ("お客様とのやり取りで、特に意識されていることはありますか。", False),
        ("配属される支店はどのように決まりますか。", False),
    ],
)
def test_spoken_questions_about_listed_facts(answer: str, *, researchable: bool) -> None:
    codes = _codes(answer, kind="reverse_questions")
    assert ("reverse_question.researchable" in codes) is researchable
    assert "reverse_question.none" not in codes


_CLINIC = {
    "name": "医療法人ひだまり会",
    "profile": "内科と訪問診療のクリニックを市内に3院運営。理念は「患者さんに一番近い医療」。"
    "在宅医療専門の訪問看護ステーションを2024年に開設し、看護師を増員中。",
}


@pytest.mark.parametrize(
    ("answer", "generic"),
    [
        (
            "貴院の「患者さんに一番近い医療」という理念に深く共感しました。成長を続ける法人で、"
            "私も看護師として成長したいと考えております。",
            True,
        ),
        (
            "患者さん第一の方針に惹かれました。働きやすい環境で長く勤めたいと考え応募しました。",
            True,
        ),
        (
            "祖父が自宅で最期を迎えた際、訪問看護の方に家族ごと支えていただきました。貴院が在宅"
            "医療専門の訪問看護ステーションを開設されたと知り、病棟で五年培った急変対応の経験を"
            "在宅の現場で活かしたいと考えました。",
            False,
        ),
        (
            "「患者さんに一番近い医療」という理念に共感しています。特に訪問診療で通院が難しい方の"
            "ご自宅に伺う取り組みに、外来だけでは届かない看護があると感じ志望しました。",
            False,
        ),
    ],
)
def test_a_slogan_and_sympathy_alone_are_generic(answer: str, *, generic: bool) -> None:
    codes = _codes(answer, kind="motivation", company=_CLINIC)
    assert ("motivation.generic" in codes) is generic


@pytest.mark.parametrize(
    ("answer", "abstract"),
    [
        (
            "私の強みは傾聴力です。塾講師のアルバイトを通じて、生徒の気持ちに寄り添う力を培い"
            "ました。いつも生徒の話を最後まで聞くよう心がけ、その結果、多くの生徒に慕われました。",
            True,
        ),
        (
            "私の強みは誠実さです。仕事では常に約束を守ることを大切にしてきました。結果として、"
            "取引先からの信頼を得ることができました。",
            True,
        ),
        # an episode with a frame of its own (委員会では、主将として、…頃、…先で、): not abstract
        (
            "私の強みは段取り力です。陸上部の主将として、大会前の一か月の練習計画を種目ごとに組み直し、"
            "全員に紙で配りました。",
            False,
        ),
        (
            "私の強みは観察力です。花屋で働いていた頃、贈り物の相手を伺ってから花を選ぶ手順を"
            "店長に提案し、接客の流れを変えました。",
            False,
        ),
        (
            "私の強みは順応性です。実習先で、慣れない電子カルテに戸惑いましたが、操作を手順書に"
            "まとめて同期と共有しました。",
            False,
        ),
        # a setback met and conceded (polarity dictionary: 不合格, 戸惑う) sets the scene
        (
            "私の強みは継続力です。簿記の試験で一度不合格になりましたが、毎朝三十分の問題演習を"
            "半年続け、間違えた論点をノートにまとめ直しました。",
            False,
        ),
        (
            "私の強みは適応力です。海外の工場に赴任した当初は言葉の壁に戸惑いましたが、現地の"
            "スタッフと昼食をともにしながら作業手順を一緒に図に描き直しました。",
            False,
        ),
        # a role given (任される) is no action of one's own; a place framing a sentence (〜で、)
        # with the candidate's actions and the customer's words is an episode
        (
            "私の強みは指導力です。塾では新人講師の教育係を任されていました。教えるのが好きです。",
            True,
        ),
        (
            "私の強みは提案力です。家電量販店で、掃除機選びに迷うご夫婦の住まいの広さを伺い、"
            "二台の違いを実演してご説明しました。「決めやすかった」と喜んでいただけました。",
            False,
        ),
        # 結果として is a result, not a frame: still no episode
        (
            "私の長所は明るさです。どんな場でも笑顔を絶やしません。結果として、周囲からよく"
            "声をかけられます。",
            True,
        ),
        (
            "私の強みは調整力です。文化祭の実行委員会では、予算の配分で揉めていた三つの班から"
            "希望を聞き取り、優先順位の表を作って話し合いの場を設けました。",
            False,
        ),
    ],
)
def test_a_result_without_an_episode_is_still_abstract(answer: str, *, abstract: bool) -> None:
    assert ("self_pr.abstract" in _codes(answer, kind="self_pr")) is abstract


@pytest.mark.parametrize(
    ("question", "answer", "off"),
    [
        (
            "入社後に取り組みたいことを教えてください。",
            "大学では吹奏楽部でトランペットを担当していました。週末は地域の演奏会にも参加して"
            "いました。",
            True,
        ),
        (
            "弊社でどんな仕事に携わりたいですか。",
            "前職ではホテルのフロントで五年間、予約管理と接客をしてきました。",
            True,
        ),
        (
            "十年後のキャリアをどう描いていますか。",
            "学生時代は居酒屋でアルバイトをしていて、店長にも信頼されていました。",
            True,
        ),
        # a strength claimed in place of the future
        (
            "入社後に取り組みたいことを教えてください。",
            "中学から剣道を続けてきました。礼儀と集中力には自信があります。",
            True,
        ),
        # the past as the ground of a wish answers the question
        (
            "入社後に取り組みたいことを教えてください。",
            "前職で予約管理をしてきた経験を活かし、まずはフロント業務の効率化に取り組みたいです。",
            False,
        ),
        (
            "弊社でどんな仕事に携わりたいですか。",
            "法人向けの研修企画に携われればと思っております。",
            False,
        ),
    ],
)
def test_a_question_about_the_future_answered_with_the_past(
    question: str, answer: str, *, off: bool
) -> None:
    assert ("communication.off_topic" in _codes(answer, question=question)) is off


def test_a_change_of_mind_is_a_reason_for_leaving() -> None:
    answer = (
        "店舗の販売職として四年間、売場づくりを担ってきました。"
        "次第に、商品そのものの企画から関わりたいと考えるようになりました。"
    )
    codes = _codes(answer, question="転職を考えたきっかけは何ですか。")
    assert "communication.off_topic" not in codes


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("なんでうちの会社を選んだんですか。", "motivation"),
        ("どうして当社を受けようと思ったのですか。", "motivation"),
        ("短期間で転職を繰り返されていますね。", "short_tenure"),
        ("なんで前の会社を辞めたんですか。", "reason_for_leaving"),
    ],
)
def test_spoken_questions_are_read_as_their_kind(question: str, kind: str) -> None:
    assert infer_kind(question) == kind


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # the past as what the candidate brings to the company answers a question on the future
        (
            "入社後に取り組みたいことを教えてください。",
            "前職では物流倉庫の在庫管理を三年担当しました。その経験は貴社の倉庫でも発揮できます。",
        ),
        (
            "十年後のキャリアをどう描いていますか。",
            "前職でチームリーダーを任されていました。将来もその経験の延長にあると考えています。",
        ),
        # a dream held since childhood, told partly in the past
        (
            "将来の目標は何ですか。",
            "子どもの頃から獣医になるのが夢でした。今もその気持ちは同じです。",
        ),
    ],
)
def test_the_past_tied_to_the_company_or_ahead_is_not_off_topic(question: str, answer: str) -> None:
    assert "communication.off_topic" not in _codes(answer, question=question)


@pytest.mark.parametrize(
    ("answer", "code"),
    [
        ("宿直や夜勤は月に何回ほどありますか。", "reverse_question.conditions"),
        ("休日出勤はどのくらいの頻度でありますか。", "reverse_question.conditions"),
    ],
)
def test_night_and_holiday_shifts_are_conditions(answer: str, code: str) -> None:
    assert code in _codes(answer, kind="reverse_questions")


def test_what_customers_say_is_an_insiders_view() -> None:
    codes = _codes("利用者の方からは、どのような反応が多いですか。", kind="reverse_questions")
    assert "reverse_question.researchable" not in codes


@pytest.mark.parametrize(
    ("answer", "generic"),
    [
        ("医療の仕事が好きなので、好きなことを仕事にしたいと考え応募しました。", True),
        # liking grounded in what the candidate did, tied to the company's own service
        (
            "看護学生の頃から訪問看護が好きで、実習でも在宅の患者さんを担当しました。貴院の"
            "訪問看護ステーションで、その経験を活かしたいと考えています。",
            False,
        ),
    ],
)
def test_liking_the_field_is_generic(answer: str, *, generic: bool) -> None:
    codes = _codes(answer, kind="motivation", company=_CLINIC)
    assert ("motivation.generic" in codes) is generic


@pytest.mark.parametrize(
    ("answer", "blame"),
    [
        # a new clause after the complaint judges something else: no denial of it
        (
            "振られるのは議事録の清書のような雑務ばかりで、専門性が身につく職場ではありませんでした。",
            True,
        ),
        # a denial in the complaint's own clause
        ("残業が多かったわけではありません。海外の案件に関わりたいと考えました。", False),
    ],
)
def test_a_denial_sits_in_the_complaints_own_clause(answer: str, *, blame: bool) -> None:
    assert ("negative_reason.blame" in _codes(answer, kind="reason_for_leaving")) is blame


def test_cho_before_an_adverb_is_casual() -> None:
    codes = _codes("締め切りは超ギリギリでしたが、なんとか間に合わせました。", kind="other")
    assert "manners.casual_language" in codes


def test_a_fixed_term_contract_that_ended_is_a_reason() -> None:
    answer = (
        "派遣社員としての採用で、三か月の契約期間が満了したため退職しました。"
        "今後は正社員として、腰を据えて経理の経験を積みたいと考えております。"
    )
    assert "short_tenure.unexplained" not in _codes(answer, kind="short_tenure")


@pytest.mark.parametrize(
    ("answer", "code"),
    [
        # a 逆質問 recalled after the interview, told as what was asked
        ("賞与の支給実績と、転勤があるかどうかを聞きました。", "reverse_question.conditions"),
        ("本社の所在地について質問しました。", "reverse_question.researchable"),
        ("特に何も聞きませんでした。", "reverse_question.none"),
        # things done or heard are no question
        ("会社説明会で事業の説明を伺いました。", "reverse_question.none"),
        ("面接官の方の経歴を確認しました。", "reverse_question.none"),
    ],
)
def test_a_recalled_reverse_question(answer: str, code: str) -> None:
    assert code in _codes(answer, kind="reverse_questions")


@pytest.mark.parametrize(
    ("answer", "code"),
    [
        ("週末に仕事を持ち帰ることはありますか。", "reverse_question.conditions"),
        ("『ミルクル』って、どういうアプリなんでしょうか。", "reverse_question.researchable"),
        (
            "質問ではないのですが、本日のお話で貴社で働きたい気持ちが一層強まりました。",
            "reverse_question.none",
        ),
        # an impression naming the company answers no other question: none, not off-topic
        ("今日お話を伺って、御社の皆さんの温かさがよく伝わってきました。", "reverse_question.none"),
    ],
)
def test_spoken_conditions_products_and_impressions(answer: str, code: str) -> None:
    codes = _codes(answer, kind="reverse_questions")
    assert code in codes
    assert "communication.off_topic" not in codes


def test_a_self_pr_instead_of_a_question_is_off_topic() -> None:
    answer = "私の強みは粘り強さです。前職では一度断られた顧客にも提案を続けました。"
    assert "communication.off_topic" in _codes(answer, kind="reverse_questions")


def test_the_profiles_slogan_repeated_is_generic() -> None:
    company = {
        "name": "株式会社やまびこ食堂",
        "profile": "理念は「地元の味を毎日に」。県内の農家から仕入れた野菜の定食を20店舗で提供。",
    }
    answer = (
        "人の役に立つ仕事がしたいと考えています。地元の味を毎日にという考えを大切にされて"
        "いる御社で、自分の強みを活かしたいです。"
    )
    assert "motivation.generic" in _codes(answer, kind="motivation", company=company)


@pytest.mark.parametrize(
    "answer",
    [
        "早く作業手順を覚えれるよう努めます。",
        "どんな職場にもすぐ慣れれるほうです。",
    ],
)
def test_ranuki_on_an_ichidan_stem(answer: str) -> None:
    assert "manners.casual_language" in _codes(answer, kind="other")


@pytest.mark.parametrize(
    "answer",
    [
        "勤務していた店舗が入社八か月で閉店となり、通える範囲に異動先がなかったため退職しました。"
        "次は長く働ける職場で、接客の経験を積み重ねたいと考えています。",
        "看護師の資格を取得するために、半年で事務の仕事を辞めました。昨年国家試験に合格し、"
        "今後は病棟で長く経験を積んでいきたいと考えています。",
    ],
)
def test_a_closure_or_study_with_the_future_is_explained(answer: str) -> None:
    assert "short_tenure.unexplained" not in _codes(answer, kind="short_tenure")


@pytest.mark.parametrize(
    ("question", "answer", "off"),
    [
        # the answer has nothing of the shape the question asks for
        (
            "接客から経理へ移りたい理由を教えてください。",
            "前職ではドラッグストアの店舗で、レジと品出しを担当していました。",
            True,
        ),
        (
            "息抜きの方法を教えてください。ストレスはどう解消していますか。",
            "前の部署は締め切りが続き、毎晩遅くまで残る日が多かったです。",
            True,
        ),
        (
            "なぜ保育の仕事を選んだのですか。",
            "前職はアパレルの販売員で、週末は特に来店客が多かったです。",
            True,
        ),
        (
            "当社のサービスを利用されたことはありますか。",
            "高校では吹奏楽部の部長で、肺活量には自信があります。",
            True,
        ),
        (
            "納期に間に合わないと分かったら、どう対応しますか。",
            "学生時代は陸上部に所属し、駅伝の区間賞をいただきました。",
            True,
        ),
        (
            "学生時代に最も力を注いだことは何ですか。",
            "負けず嫌いな性格で、周りからは面倒見がいいと言われます。",
            True,
        ),
        # the same questions answered in their own words
        (
            "接客から経理へ移りたい理由を教えてください。",
            "レジ締めの差額を毎日確認するうちに、数字で店を支える仕事に関心を持つようになりました。",
            False,
        ),
        (
            "息抜きの方法を教えてください。ストレスはどう解消していますか。",
            "週末に友人とボルダリングに行きます。",
            False,
        ),
        (
            "なぜ保育の仕事を選んだのですか。",
            "年の離れた弟の世話をするうちに、子どもの成長を近くで支えたいと思ったからです。",
            False,
        ),
        (
            "当社のサービスを利用されたことはありますか。",
            "はい、引っ越しの際に一度お願いしました。",
            False,
        ),
        (
            "納期に間に合わないと分かったら、どう対応しますか。",
            "まず上司に状況を報告し、優先順位を相談します。",
            False,
        ),
        (
            "学生時代に最も力を注いだことは何ですか。",
            "書道です。毎週末、地域の教室で小学生に筆の持ち方を教えていました。",
            False,
        ),
    ],
)
def test_the_answer_has_the_shape_the_question_asks_for(
    question: str, answer: str, *, off: bool
) -> None:
    assert ("communication.off_topic" in _codes(answer, question=question)) is off


@pytest.mark.parametrize(
    ("answer", "off"),
    [
        # a wish for the next job is the recommended reason for leaving
        (
            "前職では店舗の販売を五年経験しました。今後は商品の企画に携わりたいと考えています。",
            False,
        ),
        # a motivation or a career plan instead of a reason
        ("貴社の『ミルクル』に惹かれ、その企画に関わりたいと考え志望しました。", True),
        (
            "十年後には管理職としてチームを率いていたいです。そのために今は簿記を学んでいます。",
            True,
        ),
    ],
)
def test_a_wish_is_a_reason_unless_it_answers_another_question(answer: str, *, off: bool) -> None:
    codes = _codes(answer, question="転職を決めた理由を教えてください。")
    assert ("communication.off_topic" in codes) is off


@pytest.mark.parametrize(
    ("question", "answer", "off"),
    [
        # a way to relieve stress is asked even in the words of a situation (〜ときはどうして)
        (
            "気持ちが沈んだときはどうしていますか。ストレスの話です。",
            "前の職場では毎日のように叱られていました。",
            True,
        ),
        ("なぜ薬剤師を目指したのですか。", "私の長所は几帳面なところです。", True),
        (
            "なぜ薬剤師を目指したのですか。",
            "母が飲む薬の多さに驚き、薬の専門家として支えたいと考えたからです。",
            False,
        ),
    ],
)
def test_stress_and_chosen_occupations(question: str, answer: str, *, off: bool) -> None:
    assert ("communication.off_topic" in _codes(answer, question=question)) is off


def test_a_compound_ending_in_a_site_is_a_site() -> None:
    codes = _codes("御社の国内工場はどの県にあるのでしょうか。", kind="reverse_questions")
    assert "reverse_question.researchable" in codes
