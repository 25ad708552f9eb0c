"""The 逆質問 (reverse_question.none, .researchable, .conditions): asking nothing (leave to ask
later, a greeting, the request said back), asking what the company's website or profile already
says (products, counts, sites, prices, 理念), asking only about pay, leave and shifts; and the
questions that are none of these (how a product works in practice, views, what is typical for
the people there). Sentences written for these tests, not the evaluation cases."""

from __future__ import annotations

import pytest
from support import answer_codes

from furikaeri.analyzer import analyze
from furikaeri.analyzer.types import Company

RESEARCH = "reverse_question.researchable"
NONE = "reverse_question.none"
COND = "reverse_question.conditions"


HOSPITAL = {
    "name": "医療法人ひかり会 ひかり中央病院",
    "profile": (
        "地域の救急を担う250床の病院。新人看護師には1年間のプリセプター制度があり、夜勤は"
        "入職5か月目から始まる。有給休暇取得率は年75%。訪問看護部門があり、時短勤務制度を持つ。"
    ),
}

DEVELOPER = {
    "name": "株式会社アオバシステム",
    "profile": (
        "農業法人向けの出荷管理アプリ『みのりノート』を開発。理念は「畑の手間をひとつ減らす」。"
        "九州の産地を中心に導入が進み、フレックスタイム制とリモートワークを取り入れている。"
    ),
}

Q_REVERSE = "最後に何か質問はありますか。"


@pytest.mark.parametrize(
    ("answer", "codes"),
    [
        # a condition as the setting of a question about the work
        (
            "新人の方は何か月目から夜勤を担当されますか。それまでに身につけるべき技術も伺いたいです。",
            set(),
        ),
        ("時短勤務の方とは、訪問の担当や申し送りをどのように分担されていますか。", set()),
        ("リモートワークの日は、チームの進捗をどのように共有されていますか。", set()),
        # a question about pay, leave or benefits for one's own sake
        ("夜勤手当はいくらぐらい出ますか。", {COND}),
        ("時短勤務は入社してすぐに利用できますか。", {COND}),
        ("リモートワークは週に何日できますか。", {COND}),
        # what no website says: how a published policy works in practice
        ("有給休暇の取得率は公表されていますが、実際のところ希望の日に取れていますか。", {COND}),
        ("プリセプター制度について、実際にはどのくらいの期間ついていただけるのでしょうか。", set()),
        ("夜勤は月に何回くらいありますか。", {COND}),
        ("残業は多いですか。業務量はどのくらいでしょうか。", {COND}),
        ("プリセプターの先輩には、どのくらいの期間一緒に勤務していただけますか。", set()),
        # what the profile states
        ("御社の理念を教えてください。", {RESEARCH}),
        ("プリセプター制度はどのくらいの期間ですか。", {RESEARCH}),
    ],
)
def test_reverse_questions(answer: str, codes: set[str]) -> None:
    found = answer_codes(
        answer,
        question=Q_REVERSE,
        company=DEVELOPER if "理念" in answer or "リモート" in answer else HOSPITAL,
    )
    assert found & {COND, RESEARCH} == codes


CARE = {
    "name": "社会福祉法人あさひ会",
    "profile": "栃木県で特別養護老人ホーム4施設と訪問介護2拠点を運営。介護ロボットを全施設に導入している。",
}


@pytest.mark.parametrize(
    ("answer", "codes"),
    [
        # A yes/no on the condition itself, the work named only as its topic.
        ("介護の仕事は年末年始も出勤になりますか。休日出勤の手当は出ますか。", {COND}),
        # How the work is shared across shifts: about the work.
        ("夜勤明けの申し送りは、チームの中でどのように共有されていますか。", set()),
        # Two counts asked in one sentence, one the profile gives (4施設).
        ("施設は全部でいくつありますか。それぞれ職員は何人くらいでしょうか。", {RESEARCH}),
        ("施設はいくつあって、それぞれの定員は何名ですか。", {RESEARCH}),
    ],
)
def test_conditions_and_counts_asked_together(answer: str, codes: set[str]) -> None:
    result = analyze(answer, question="最後に何かご質問はありますか。", company=CARE)
    assert {f.code for f in result.findings} & {COND, RESEARCH} == codes


RQ = "最後に何か質問はありますか。"


@pytest.mark.parametrize(
    ("answer", "none"),
    [
        ("今のところ思いつきません。また何かあれば、その際に伺えればと思います。", True),
        (
            "そうですね……今のところは特に思い浮かばないです。また疑問が出てきた際に、改めてお伺いできればと思います。",
            True,
        ),
        ("現時点では特に浮かびません。本日は丁寧にご説明いただきありがとうございました。", True),
        ("ご説明が丁寧でしたので、お聞きしたいことが見当たりません。", True),
        ("質問は特にございません。今後何かございましたら改めてお伺いできればと存じます。", True),
        (
            "現時点では浮かんでおりません。気になる点が出てまいりましたら、人事の方を通じてお伺いさせていただければ幸いです。",
            True,
        ),
        # a question after all
        (
            "すぐには思いつかないのですが、強いて言えば、御社で活躍されている方に共通する点は何でしょうか。",
            False,
        ),
        ("研修の内容について、改めてお伺いできればと思います。", False),
        (
            "はい、一点だけございます。入社までに勉強しておくべきことがあれば教えていただけますか。",
            False,
        ),
    ],
)
def test_nothing_comes_to_mind_and_deferral_is_none(answer: str, none: bool) -> None:
    assert (NONE in answer_codes(answer, question=RQ, kind="reverse_questions")) is none


MAKER = Company(
    name="東和精機株式会社",
    profile="自動車向け精密ばねのメーカー。本社工場（愛知県）に加え、2026年に岐阜新工場が稼働"
    "予定。EV向け部品の比率を高めている。",
)


@pytest.mark.parametrize(
    ("answer", "researchable"),
    [
        ("新工場稼働後、本社工場との役割分担はどうなる予定でしょうか。", False),
        (
            "岐阜の新工場が稼働した後は、品質管理の体制を本社と新工場でどのように分けていくお考えでしょうか。",
            False,
        ),
        ("海外拠点が増えた場合、本社の企画部門の役割はどのように変わっていく見込みですか。", False),
        (
            "今後、拠点を増やしていく中で、新しい拠点の立ち上げに若手が関わる機会はありますか。",
            False,
        ),
        ("本社はどちらにありますか。また、従業員数は何名でしょうか。", True),
        ("工場はどこにあるのでしょうか。設立は何年ですか。", True),
        ("工場って全部でいくつあるんですか。", True),  # (全部でいくつ: no 〜ていく of a plan)
    ],
)
def test_forward_looking_question_is_not_researchable(answer: str, researchable: bool) -> None:
    assert (
        RESEARCH in answer_codes(answer, question=RQ, kind="reverse_questions", company=MAKER)
    ) is researchable


ASK = "最後に何か質問はありますか。"


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # a hope to be told of a thing named: a question
        ("配属先のチーム構成を伺えればと思います。", set()),
        ("入社前に身につけておくべき知識を教えていただければ幸いです。", set()),
        ("新人研修の流れも伺えれば嬉しいです。", set()),
        ("有給休暇の取得日数と残業時間を伺えれば幸いです。", {COND}),
        # only a talk hoped for, or nothing: no question
        ("今後もお話を伺えればと思います。", {NONE}),
        ("特にございません。また機会があれば、お話を伺えれば幸いです。", {NONE}),
        ("質問は特にありません。", {NONE}),
    ],
)
def test_hope_to_be_told(answer: str, expected: set[str]) -> None:
    codes = answer_codes(answer, question=ASK, kind="reverse_questions")
    assert codes & {NONE, COND, RESEARCH} == expected


def test_a_price_the_profile_states_is_researchable() -> None:
    company = {
        "name": "株式会社はるかぜ英会話",
        "profile": "社会人向けのオンライン英会話『はるトーク』を運営。受講料は月額6,600円。",
    }
    answer = "『はるトーク』の月額の受講料はいくらですか。あと、賞与は年に何回ありますか。"
    codes = answer_codes(answer, kind="reverse_questions", company=company)
    assert {RESEARCH, COND} <= codes


def test_a_cost_the_company_would_bear_for_the_candidate_is_a_condition() -> None:
    answer = "資格の受験費用は会社で負担していただけるのでしょうか。"
    assert COND in answer_codes(answer, kind="reverse_questions")


_CARE = {
    "name": "株式会社あさがお介護",
    "profile": "埼玉県で訪問介護を運営。事業所は県内に9か所。新人は研修『あさがお塾』で初任者研修の資格取得を目指す。",
}


def test_a_count_stated_and_a_fee_subsidy_asked_are_both() -> None:
    answer = "事業所はいくつありますか。それと、資格の受講料の補助はありますか。"
    codes = answer_codes(answer, kind="reverse_questions", company=_CARE)
    assert {RESEARCH, COND} <= codes


@pytest.mark.parametrize(
    "answer",
    [
        "『あさがお塾』を終えた方は、入社してどのくらいで資格を取られることが多いですか。",
        "研修から資格取得まで、一般的にどれくらいかかるものでしょうか。",
    ],
)
def test_what_is_typical_for_the_people_there_is_not_researchable(answer: str) -> None:
    codes = answer_codes(answer, kind="reverse_questions", company=_CARE)
    assert RESEARCH not in codes


def test_a_price_asked_to_be_told_and_a_cost_borne_are_both() -> None:
    company = {
        "name": "株式会社ふくふく家事",
        "profile": "家事代行『ふくふくメイド』を運営。料金は月額8,800円の定額プランから。拠点は5か所。",
    }
    answer = (
        "定額プランの価格を教えていただけますか。あと、資格の受験費用は会社が出してくれますか。"
    )
    codes = answer_codes(answer, kind="reverse_questions", company=company)
    assert {RESEARCH, COND} <= codes


def _found(answer: str, *, question: str | None = None, kind: str | None = None, **kw):
    return {
        f.code: [e.text for e in f.evidence]
        for f in analyze(answer, question=question, kind=kind, **kw).findings
    }


# ---------------------------------------------------------------- conditions: the focus asked
@pytest.mark.parametrize(
    "answer",
    [
        "決算期で残業が増える時期には、どの業務から優先して覚えればよいでしょうか。",
        "夜勤に一人で入れるようになるまでに、どのような処置を習得しておくべきですか。",
        "繁忙期に休日出勤が必要になったとき、応援に入ることが多い工程はどれですか。",
    ],
)
def test_a_condition_named_as_the_setting_is_no_conditions_question(answer: str) -> None:
    assert COND not in _found(answer, kind="reverse_questions")


@pytest.mark.parametrize(
    "answer",
    [
        "残業は月にどのくらいありますか。",
        "どのような手当が支給されますか。",
        "夜勤は月に何回くらい入りますか。",
        "賞与の支給月はいつでしょうか。",
    ],
)
def test_a_condition_asked_about_stays_a_conditions_question(answer: str) -> None:
    assert COND in _found(answer, kind="reverse_questions")


# ---------------------------------------------------------------- researchable: the business
FARM = {
    "name": "株式会社ソラマメ農場",
    "profile": "長野県で高原レタスとブロッコリーを露地栽培。生協と飲食チェーンに直接出荷している。"
    "新人には先輩社員がトレーナーとして付く制度と2週間の座学研修がある。",
}


@pytest.mark.parametrize(
    ("answer", "word"),
    [
        ("こちらではどういった野菜を栽培されているのでしょうか。", "栽培"),
        ("主にどんな作物を作っているんですか。", "作っ"),
        ("収穫したものはどこに出荷されているのですか。", "出荷"),
    ],
)
def test_what_the_profile_says_the_company_grows_or_sells_is_researchable(
    answer: str, word: str
) -> None:
    found = _found(answer, kind="reverse_questions", company=FARM)
    assert RESEARCH in found
    assert any(word in e for e in found[RESEARCH]), found[RESEARCH]


@pytest.mark.parametrize(
    "answer",
    [
        # how a system named in the profile runs in practice: no number of its own there
        "トレーナーの先輩には、どのくらいの期間ついていただけるのでしょうか。",
        # a view or plans about the products
        "今後、どのような野菜の栽培に力を入れていきたいとお考えですか。",
        "栽培で一番難しいと感じていらっしゃるのはどんな点ですか。",
    ],
)
def test_practice_and_views_are_not_researchable(answer: str) -> None:
    assert RESEARCH not in _found(answer, kind="reverse_questions", company=FARM)


# ---------------------------------------------------------------- none: the request said back
@pytest.mark.parametrize(
    "answer",
    [
        "あ、逆質問ですか。いえ、今日のお話で十分わかりましたので大丈夫です。",
        "質問ですか？うーん、大丈夫っす。",
    ],
)
def test_the_request_said_back_is_no_question(answer: str) -> None:
    assert NONE in _found(answer, kind="reverse_questions")


def test_a_question_after_the_request_said_back_is_a_question() -> None:
    found = _found(
        "質問ですか。では、配属先のチームの人数を教えてください。", kind="reverse_questions"
    )
    assert NONE not in found


def test_a_week_of_two_days_off_is_a_condition() -> None:
    assert COND in _found("完全週休二日制でしょうか。", kind="reverse_questions")


BAKERY = Company(
    name="株式会社こむぎ堂",
    profile=(
        "北海道産の小麦にこだわるパンの製造販売。主力商品は食パン『ゆめしずく』。理念は"
        "「毎朝の食卓を、少しだけ幸せに」。道内に18店舗を展開し、学校給食向けのパンも作る。"
    ),
)


# ------------------------------------------------ no question: leave asked, not a question
@pytest.mark.parametrize(
    "answer",
    [
        "今はとくに思いつきません。もし後から疑問が出てきた場合、メールでご質問してもよろしいで"
        "しょうか。",
        "本日は丁寧にご説明いただきました。後日気になることがあれば、お電話でお問い合わせしても"
        "構いませんか。",
        "質問ではないのですが、最後に一言よろしいでしょうか。お話を伺い、御社で働きたい気持ちが"
        "いっそう強くなりました。",
        "質問ではないのですが、先ほどの自己PRを言い直させていただけないでしょうか。私は在庫の"
        "誤差を月10件から2件に減らした経験があります。",
        "特にございません。会社説明会の資料で事業内容も仕事内容も拝見しておりますので、今のところ"
        "お聞きしたいことはございません。",
        "今は大丈夫です。入社までに疑問が出てきたら、人事の方にご連絡しても差し支えないでしょうか。",
    ],
)
def test_leave_to_ask_later_or_to_speak_is_no_question(answer: str) -> None:
    assert NONE in answer_codes(answer, kind="reverse_questions", company=BAKERY)


@pytest.mark.parametrize(
    "answer",
    [
        # a real question after the leave or the 「特にありません」
        "後ほど改めて伺うかもしれませんが、まず、店舗に配属されたら最初の一か月はどのように"
        "過ごすのでしょうか。",
        "入社後に分からないことが出てきたら、どなたに相談すればよいでしょうか。",
        "特にありません、と申し上げるつもりでしたが一つだけ。製造の現場で新人がまず覚える工程は"
        "どこですか。",
        "質問ではないのですが一言よろしいでしょうか。それと、店舗で活躍されている方に共通する"
        "ことを教えてください。",
    ],
)
def test_a_real_question_after_a_leave_is_still_a_question(answer: str) -> None:
    assert NONE not in answer_codes(answer, kind="reverse_questions", company=BAKERY)


# ------------------------------------------------ researchable: what the company sells or holds
@pytest.mark.parametrize(
    "answer",
    [
        "主力となっている商品について教えていただけますでしょうか。",
        "御社の主力の事業は何になりますでしょうか。",
        "企業理念についても改めてお聞きしたいです。",
        "経営理念を教えていただけますか。",
        "主なサービスはどのようなものになりますでしょうか。",
        "主な商品について簡単にご説明いただけますか。",
    ],
)
def test_a_plain_request_for_what_the_company_sells_or_stands_for(answer: str) -> None:
    assert RESEARCH in answer_codes(answer, kind="reverse_questions", company=BAKERY)


SAAS = Company(
    name="株式会社タスクリンク",
    profile=(
        "建設会社向けの工程管理アプリ『ゲンバノート』を提供。理念は「段取りで、現場を守る」。"
        "全国の工務店約2,000社が導入している。"
    ),
)


@pytest.mark.parametrize(
    "answer",
    [
        # how a named product works in practice, or the people who do well: not on the website
        "『ゲンバノート』を導入するにあたって、工務店の方が最もつまずきやすいのはどのような点で"
        "しょうか。",
        "『ゲンバノート』を導入された工務店で、段取りの時間はどのくらい短くなったのでしょうか。",
        "チームで活躍されている方には、どのような共通点がありますか。",
        "「段取りで、現場を守る」という理念を、営業の仕事で最も実感されるのはどのような場面"
        "ですか。",
        "営業の方は一日に何件くらい工務店を訪問されるのでしょうか。",
        "工程管理アプリの開発では、現場の声をどのように機能に反映しているのですか。",
        "サポート担当として入社した場合、最初に任される仕事について教えてください。",
        # a listed word (創業) in a question that names what it asks (業種)
        "創業したばかりの工務店から相談を受けた場合、どのような点に気をつけていますか。",
    ],
)
def test_how_a_named_product_works_in_practice_is_not_researchable(answer: str) -> None:
    assert RESEARCH not in answer_codes(answer, kind="reverse_questions", company=SAAS)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "二点お伺いしたいです。一点目は、御社の主力商品は何でしょうか。二点目は、賞与は年に"
            "何回ありますか。",
            {RESEARCH, COND},
        ),
        (
            "二つあります。一つ目は、有給休暇の取得率と、夏季休暇が何日あるかということ、二つ目"
            "は、主な商品は何かということです。",
            {RESEARCH, COND},
        ),
        ("質問が二つあります。一つ目は夏季休暇について、二つ目は賞与についてです。", {COND}),
        (
            "一点目は、入社までに勉強しておくべきことはありますか。二点目は、店舗で活躍されて"
            "いる方に共通する点を教えてください。",
            set(),
        ),
    ],
)
def test_numbered_points_are_read_one_by_one(answer: str, expected: set[str]) -> None:
    assert (
        answer_codes(answer, kind="reverse_questions", company=BAKERY) & {RESEARCH, COND, NONE}
        == expected
    )


@pytest.mark.parametrize(
    "answer",
    [
        "福利厚生で、社員寮や借り上げ社宅のような制度はございますか。",
        "初任給と、賞与が年何回あるかを教えてください。",
        "有休の取得率と、年末年始のお休みが何日あるかを教えていただけますか。",
    ],
)
def test_conditions_in_polite_and_listed_forms(answer: str) -> None:
    assert COND in answer_codes(answer, kind="reverse_questions", company=BAKERY)


@pytest.mark.parametrize(
    ("answer", "none"),
    [
        (
            "特にございません。資料は拝見しました。ご縁がありましたら、どうぞよろしくお願いいたします。",
            True,
        ),
        ("本日はありがとうございました。今後ともよろしくお願い申し上げます。", True),
        ("入社前に読んでおくとよい資料はありますか。どうぞよろしくお願いいたします。", False),
        ("配属後の研修について、どうぞよろしくお願いいたします。", False),
    ],
)
def test_a_closing_greeting_asks_nothing(answer: str, none: bool) -> None:
    codes = {f.code for f in analyze(answer, question="最後に何か質問はありますか。").findings}
    assert ("reverse_question.none" in codes) is none


_APP = "家計簿アプリ『カケイボン』を開発・運営。利用者数は300万人。東京・福岡に開発拠点。"

_GYOZA = "冷凍食品「まんぷく餃子」シリーズの製造販売。全国のスーパー約8,000店で販売。"


@pytest.mark.parametrize(
    ("profile", "answer", "researchable"),
    [
        # how the company does something with a product the profile names: an insider's view
        (_APP, "ユーザーの意見は、どういう形でアプリに反映されているのでしょうか。", False),
        (_APP, "『カケイボン』の新しい機能は、どんな基準で優先順位を決めているのですか。", False),
        (
            _APP,
            "カケイボンの利用者からのフィードバックは、開発チームにどのような形で共有されていますか。",
            False,
        ),
        (
            _GYOZA,
            "まんぷく餃子についてお客様から寄せられた意見は、どういった形で商品に活かされていますか。",
            False,
        ),
        # the work a new hire would get
        (_APP, "中途で入った人は、カケイボンのどんな仕事から担当することが多いですか。", False),
        (
            _GYOZA,
            "営業職で採用された場合、まんぷく餃子の販売ではどういった業務を担当しますか。",
            False,
        ),
        # what the product is, where it is sold: the website says
        (_APP, "カケイボンはどのようなアプリですか。", True),
        (_GYOZA, "まんぷく餃子はどこで販売されていますか。", True),
        # how many facilities and where, when the profile counts them
        (
            "介護付き有料老人ホームを運営。首都圏に42施設。",
            "何施設ほど運営されているのでしょうか。",
            True,
        ),
        (
            "保育園を運営。東京都内に15園、神奈川県に5園。",
            "園は何園あって、どの市区にありますか。",
            True,
        ),
        (
            "整骨院グループ。千葉県内に23院（船橋、松戸、柏など）。",
            "院はいくつあって、どのエリアが中心ですか。",
            True,
        ),
        (
            "調剤薬局を運営。静岡市・浜松市・沼津市に合わせて31薬局。",
            "静岡県内では、どの町に店舗を構えていらっしゃいますか。",
            True,
        ),
        ("学習塾を運営。大阪・兵庫・京都に教室56か所。", "教室は今いくつあるんですか。", True),
        # one site's staff is not on the website
        (
            "ドラッグストア「くすりのハナ」を展開。九州・中国地方に210店舗。",
            "1店舗あたり、スタッフは何人くらいで運営されていますか。",
            False,
        ),
        (
            "保育園を運営。東京都内に15園、神奈川県に5園。",
            "一つの園では、保育士さんは何名くらい働いていらっしゃいますか。",
            False,
        ),
    ],
)
def test_researchable_reads_what_is_asked_of_the_profile(
    profile: str, answer: str, *, researchable: bool
) -> None:
    company = {"name": "株式会社テスト", "profile": profile}
    codes = answer_codes(answer, kind="reverse_questions", company=company)
    assert (RESEARCH in codes) is researchable


BAKERY_FROZEN = {
    "name": "株式会社こむぎ堂",
    "profile": "北陸でパン屋『こむぎ堂』を25店舗運営。1978年創業、従業員数430名。"
    "地元産小麦のパンと、2023年に始めた冷凍パンの通信販売が特徴。",
}


@pytest.mark.parametrize(
    "answer",
    [
        "従業員って何人ぐらいいるんですか。",
        "いつからある会社なんすか。",
        "社員数は何人くらいいるんでしょうか。",
    ],
)
def test_casual_headcount_or_founding_is_researchable(answer: str) -> None:
    assert RESEARCH in answer_codes(
        answer, question="最後に何か質問はありますか。", company=BAKERY_FROZEN
    )


@pytest.mark.parametrize(
    "answer",
    [
        "冷凍パンの通信販売を始められてから、店舗の皆さんの仕事はどのように変わりましたか。",
        "各店舗の従業員は何人くらいで回しているのでしょうか。",
    ],
)
def test_how_the_work_changed_is_not_researchable(answer: str) -> None:
    assert RESEARCH not in answer_codes(
        answer, question="最後に何か質問はありますか。", company=BAKERY_FROZEN
    )


CARE_HOME = Company(
    name="社会福祉法人ひかり苑",
    profile=(
        "グループホーム2か所と小規模多機能型居宅介護を運営。2024年に記録をタブレットへ"
        "切り替え、夜勤の申し送り方法を改めた。理念は「笑顔の時間を増やす」。"
    ),
)


@pytest.mark.parametrize(
    "answer",
    [
        "タブレットに切り替えてから、夜勤の申し送りで変わった点はありますか。",
        "夜勤の記録はどのように工夫されていますか。入職前に覚えておくべき操作はありますか。",
        "夜勤に入るまでに、タブレットの入力方法を覚えておいた方がよいでしょうか。",
    ],
)
def test_night_shift_as_setting_is_no_condition(answer: str) -> None:
    assert COND not in answer_codes(answer, kind="reverse_questions", company=CARE_HOME)


@pytest.mark.parametrize(
    "answer",
    [
        "夜勤の回数は減らしていただけますか。",
        "夜勤の手当はいくらですか。また、夜勤明けは休めますか。",
    ],
)
def test_night_shift_asked_for_itself_is_a_condition(answer: str) -> None:
    assert COND in answer_codes(answer, kind="reverse_questions", company=CARE_HOME)


@pytest.mark.parametrize(
    ("answer", "conditions"),
    [
        (
            "仕事の進め方について伺いたいです。また、基本給の額と寮の有無についても教えてください。",
            True,
        ),
        (
            "入社後の研修の内容を教えてください。それと、役職手当や家族手当はどのくらい出ますか。",
            True,
        ),
        ("配属先の決め方を教えてください。あと、残業代と休日出勤の手当の扱いも伺えますか。", True),
        # one condition beside a question about the work is not "mostly" conditions
        ("配属先の決め方を教えてください。また、年間休日は何日でしょうか。", False),
        # one condition told in a phrase of の (one thing asked), beside a work question
        ("担当する業務の範囲を教えてください。また、残業時間の上限はどのくらいでしょうか。", False),
        (
            "活躍している方の共通点を教えてください。また、入社前に学んでおくべきことはありますか。",
            False,
        ),
    ],
)
def test_several_conditions_in_one_question(answer: str, conditions: bool) -> None:
    assert (COND in answer_codes(answer, question=RQ, kind="reverse_questions")) is conditions


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "御社の従業員数は何名ほどでしょうか。あと、賞与の回数と家族手当の有無も"
            "お伺いしたいです。",
            {RESEARCH, COND},
        ),
        (
            "入社後の研修の流れをお聞きしたいです。",
            set(),
        ),
    ],
)
def test_humble_asking(answer: str, expected: set[str]) -> None:
    codes = answer_codes(answer, question="最後に何か質問はありますか。", kind="reverse_questions")
    assert codes & {RESEARCH, COND} == expected


LAST = "最後に、何かご質問はございますか。"


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "拠点はいくつあるのでしょうか。それから、賞与の支給月も教えていただきたいです。",
            {RESEARCH, COND},
        ),
        ("30代の社員の方の月給がどのくらいか、教えていただきたいと思います。", {COND}),
        ("看護師の夜勤手当がいくらになるのか教えていただけますか。", {COND}),
        # a request about the work asks, and is no condition
        ("配属先で最初に任される仕事について教えていただきたいです。", set()),
        ("現場で活躍されている方の共通点を教えていただきたいです。", set()),
    ],
)
def test_requests_on_itadaku_ask(answer: str, expected: set[str]) -> None:
    codes = answer_codes(answer, question=LAST, kind="reverse_questions")
    assert NONE not in codes
    assert codes & {COND, RESEARCH} == expected


REVERSE = "最後に何か質問はありますか。"


@pytest.mark.parametrize(
    "answer",
    [
        "台湾のお客様からは、どのような商品が特に支持されているのでしょうか。",
        "御社のサービスの中で、どの商品が一番売れていますか。",
        "海外のお店では、どんな商品が人気なのでしょうか。",
        "お客様にはどのような商品が好まれているのでしょうか。",
    ],
)
def test_what_customers_favour_is_no_researchable_question(answer: str) -> None:
    assert RESEARCH not in answer_codes(answer, question=REVERSE, kind="reverse_questions")


@pytest.mark.parametrize(
    "answer",
    [
        "御社ではどのような商品を販売されているのでしょうか。",
        "御社の本社はどちらですか。",
        "御社の主力商品は何ですか。",
    ],
)
def test_what_the_website_lists_is_still_researchable(answer: str) -> None:
    assert RESEARCH in answer_codes(answer, question=REVERSE, kind="reverse_questions")


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
    codes = answer_codes(answer, kind="reverse_questions")
    assert ("reverse_question.researchable" in codes) is researchable
    assert "reverse_question.none" not in codes


@pytest.mark.parametrize(
    ("answer", "code"),
    [
        ("宿直や夜勤は月に何回ほどありますか。", "reverse_question.conditions"),
        ("休日出勤はどのくらいの頻度でありますか。", "reverse_question.conditions"),
    ],
)
def test_night_and_holiday_shifts_are_conditions(answer: str, code: str) -> None:
    assert code in answer_codes(answer, kind="reverse_questions")


def test_what_customers_say_is_an_insiders_view() -> None:
    codes = answer_codes("利用者の方からは、どのような反応が多いですか。", kind="reverse_questions")
    assert "reverse_question.researchable" not in codes


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
    assert code in answer_codes(answer, kind="reverse_questions")


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
    codes = answer_codes(answer, kind="reverse_questions")
    assert code in codes
    assert "communication.off_topic" not in codes


def test_a_compound_ending_in_a_site_is_a_site() -> None:
    codes = answer_codes("御社の国内工場はどの県にあるのでしょうか。", kind="reverse_questions")
    assert "reverse_question.researchable" in codes
