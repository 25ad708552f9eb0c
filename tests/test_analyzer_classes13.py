"""Reverse questions, kind inference and casual forms (session 7, answers 13): asking leave to
ask later or to speak is no question; a plain request to be told of the company's products or
理念 is researchable, and how a named product works in practice is not; numbered points are
read one by one; the names of "this organisation" (当金庫, 当法人, 貴庫) are one data set;
〜んす and 〜っけ are casual. Sentences written for these tests, none taken from the
evaluation cases."""

from __future__ import annotations

import re

import pytest

from furikaeri.analyzer import analyze
from furikaeri.analyzer.kinds import infer_kind
from furikaeri.analyzer.lexicon import lexicon, organisation_names, with_names
from furikaeri.analyzer.types import Company
from furikaeri.catalogue import load_data
from furikaeri.question_bank import bank

NONE = "reverse_question.none"
RESEARCH = "reverse_question.researchable"
COND = "reverse_question.conditions"
CASUAL = "manners.casual_language"
GENERIC = "motivation.generic"

BAKERY = Company(
    name="株式会社こむぎ堂",
    profile=(
        "北海道産の小麦にこだわるパンの製造販売。主力商品は食パン『ゆめしずく』。理念は"
        "「毎朝の食卓を、少しだけ幸せに」。道内に18店舗を展開し、学校給食向けのパンも作る。"
    ),
)
SAAS = Company(
    name="株式会社タスクリンク",
    profile=(
        "建設会社向けの工程管理アプリ『ゲンバノート』を提供。理念は「段取りで、現場を守る」。"
        "全国の工務店約2,000社が導入している。"
    ),
)


def _codes(
    answer: str,
    company: Company | None = None,
    *,
    kind: str | None = "reverse_questions",
    question: str | None = None,
) -> set[str]:
    return {f.code for f in analyze(answer, company=company, kind=kind, question=question).findings}


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
    assert NONE in _codes(answer, BAKERY)


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
    assert NONE not in _codes(answer, BAKERY)


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
    assert RESEARCH in _codes(answer, BAKERY)


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
    assert RESEARCH not in _codes(answer, SAAS)


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
    assert _codes(answer, BAKERY) & {RESEARCH, COND, NONE} == expected


@pytest.mark.parametrize(
    "answer",
    [
        "福利厚生で、社員寮や借り上げ社宅のような制度はございますか。",
        "初任給と、賞与が年何回あるかを教えてください。",
        "有休の取得率と、年末年始のお休みが何日あるかを教えていただけますか。",
    ],
)
def test_conditions_in_polite_and_listed_forms(answer: str) -> None:
    assert COND in _codes(answer, BAKERY)


# ------------------------------------------------ kinds: the prompt, this organisation
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("こちらからの質問は以上です。鈴木さんから何かありますか？", "reverse_questions"),
        ("私からは以上になります。何かございますか。", "reverse_questions"),
        ("何か聞いておきたいことはありますか。", "reverse_questions"),
        ("確認しておきたいことがあればどうぞ。", "reverse_questions"),
        ("なぜ当金庫を志望されたのですか。", "motivation"),
        ("数ある税理士法人の中で、なぜ当法人を選ばれたのですか。", "motivation"),
        ("当組合に応募された理由を教えてください。", "motivation"),
        ("当センターで働きたいと思ったのはなぜですか。", "motivation"),
        ("弊行を選んだ理由は何ですか。", "motivation"),
        # not this organisation, or not a prompt to ask
        ("なぜ信用金庫業界を志望されたのですか。", "other"),
        ("チームであなたから何か提案したことはありますか。", "other"),
        ("担当した案件で一番難しかったものは何ですか。", "other"),
    ],
)
def test_kind_inference(question: str, kind: str) -> None:
    assert infer_kind(question) == kind


def test_a_motivation_for_this_organisation_is_judged_when_the_kind_is_inferred() -> None:
    found = _codes(
        "数ある法人の中でも、成長できる環境があると感じたからです。",
        BAKERY,
        kind=None,
        question="なぜ当法人を選ばれたのですか。",
    )
    assert GENERIC in found
    prompt = "こちらからの質問は以上です。田中さんから何かありますか？"
    assert NONE in _codes("特にありません。", BAKERY, kind=None, question=prompt)


def test_the_names_of_this_organisation_are_one_data_set() -> None:
    """kinds.toml and the motivation topic read {org_own} and {org_addressed} from
    analyzer.toml [organisation]; every slot is filled and compiles."""
    names = organisation_names(load_data("analyzer.toml")["organisation"])
    own, addressed = re.compile(names["org_own"]), re.compile(names["org_addressed"])
    assert all(own.fullmatch(w) for w in ("当社", "当金庫", "当法人", "当院", "弊行", "わが社"))
    assert all(addressed.fullmatch(w) for w in ("御社", "貴社", "貴庫", "貴法人", "御院"))
    assert not own.search("担当院")  # (当 inside a word)
    filled = with_names({"a": ["x{org_own}", {"b": "{org_addressed}"}], "n": 1}, names)
    assert filled == {"a": ["x" + names["org_own"], {"b": names["org_addressed"]}], "n": 1}
    motivation = next(t for t in lexicon().topics if t.name == "motivation")
    assert motivation.addressee is not None and motivation.addressee.search("貴法人の")
    assert all("{org_" not in p.pattern for _, p in lexicon().kind_rules)


def test_the_bank_s_reverse_question_prompts_are_inferred_as_such() -> None:
    asked = [q for q in bank().questions if q.kind == "reverse_questions"]
    assert asked and all(infer_kind(q.text) == "reverse_questions" for q in asked)


# ------------------------------------------------ casual: 〜んす, 〜っけ
@pytest.mark.parametrize(
    ("answer", "casual"),
    [
        ("お客さんの話を聞くのが一番大事だと思ってるんすよ。", True),
        ("それって、研修はどのくらいあるんすか。", True),
        ("前の職場は、えっと、どこでしたっけ、失礼しました、印刷会社です。", True),
        ("入社日って四月一日でしたっけ。", True),
        ("学生時代はダンスサークルで副部長を務めました。", False),
        ("メンテナンスの受付で、ライセンス更新の案内を担当しました。", False),
        ("大事なチャンスをいただけたと思っています。", False),
    ],
)
def test_contracted_desu_after_n_and_kke_are_casual(answer: str, *, casual: bool) -> None:
    found = _codes(answer, question="学生時代に力を入れたことは何ですか。", kind="other")
    assert (CASUAL in found) is casual


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
