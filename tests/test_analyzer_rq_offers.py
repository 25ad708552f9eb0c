"""Reverse questions about what the company offers: a question for a list or a
count of the company's products, services, routes, titles, stores, brands, goods handled or
facilities is answered by its website, read from the profile's nouns and from Sudachi's POS and
normalized forms (no list of such nouns); a question that names one of them but asks about the
inside (the team, how two departments work together, people moving between them, what is hard)
is a good question. A reply that asks about conditions and about the offer is judged on both.
Sentences written for these tests, none taken from the evaluation cases."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze
from furikaeri.analyzer.types import Company

RESEARCH = "reverse_question.researchable"
COND = "reverse_question.conditions"
NONE = "reverse_question.none"

TRAM = Company(
    name="港町電気軌道株式会社",
    profile=(
        "市内で路面電車4系統と路線バス16路線を運行。駅ビル『ポートスクエア』と観光船の"
        "事業も営む。「毎日の足を、100年先まで」を掲げる。"
    ),
)
BREWERY = Company(
    name="株式会社岩清水酒造",
    profile=(
        "創業1890年の蔵元。純米酒『岩清水』『雪あかり』など9銘柄を醸造し、直営の酒販店3店舗"
        "と蔵の見学施設を運営。欧州とアジアの12か国へ輸出している。"
    ),
)
COMICS = Company(
    name="株式会社ほしぞら社",
    profile=(
        "漫画とライトノベルの出版社。少年誌『ほしぞらジャンプ』と少女誌『ほしぞらリボン』を"
        "発行し、電子コミックの配信サービス『ほしぞらアプリ』を運営。"
    ),
)
GROCER = Company(
    name="株式会社やさいの森",
    profile=(
        "有機野菜の宅配と、自然食品のスーパー『森のマルシェ』を首都圏に27店舗展開。取扱品目は"
        "約4,000。提携農家は全国に300軒。"
    ),
)


def _codes(answer: str, company: Company | None) -> set[str]:
    found = analyze(answer, company=company, kind="reverse_questions").findings
    return {f.code for f in found} & {RESEARCH, COND, NONE}


# ------------------------------------------------ a list or a count of what it offers
@pytest.mark.parametrize(
    ("company", "answer"),
    [
        # a determiner of question on a noun the profile uses, any verb of what it does now
        (TRAM, "どんな系統の路面電車を走らせているのですか。"),
        (BREWERY, "どのような銘柄を造っていらっしゃるのでしょうか。"),
        (COMICS, "どんな少年誌を出していらっしゃいますか。"),
        (COMICS, "えっと、御社ってどんな漫画を出してるんですか。"),
        # the topic a formal noun or a noun of kinds stands for
        (GROCER, "取扱品目にはどういったものがあるのでしょうか。"),
        (COMICS, "電子コミックにはどのようなジャンルがありますか。"),
        # what the topic is, in any polite ending
        (BREWERY, "看板の銘柄って何になりますか。"),
        (BREWERY, "御社の銘柄の中で、一番の主力はどれになりますか。"),
        # counts: by the profile's counter, the profile's noun as the topic, or a general noun
        (TRAM, "路線バスは何路線あるのでしょうか。"),
        (BREWERY, "直営の酒販店はいくつあるのでしょうか。"),
        (GROCER, "お店は首都圏に何店舗くらいありますか。"),
        (COMICS, "少年誌は何誌くらい発行されていますか。"),
        (None, "扱っている商品の種類はどのくらいありますか。"),
        # a topic counted in its own unit: a count of a kind of thing the company has
        (None, "工場は全国に何工場あるのでしょうか。"),
        (None, "作品は全部で何作品くらい出されていますか。"),
        # a request to be told: the noun right before it, a list of one, a name the profile gives
        (TRAM, "運行されている系統を教えていただけますか。"),
        (BREWERY, "輸出している国を教えてください。"),
        (GROCER, "御社が提供しているサービスの一覧をお聞かせください。"),
        (None, "御社の製品ラインナップを教えていただけますでしょうか。"),
        (COMICS, "『ほしぞらアプリ』について教えてください。"),
        (COMICS, "配信している漫画の数も知りたいです。"),
    ],
)
def test_a_list_or_count_of_what_the_company_offers_is_researchable(
    company: Company | None, answer: str
) -> None:
    assert RESEARCH in _codes(answer, company)


# ------------------------------------------------ the inside of a named product: a good question
@pytest.mark.parametrize(
    ("company", "answer"),
    [
        (TRAM, "路面電車と路線バスの運転士の間で、人の行き来はありますか。"),
        (TRAM, "『ポートスクエア』の運営チームは、どのような体制で動いているのでしょうか。"),
        (BREWERY, "『雪あかり』の仕込みでは、杜氏と蔵人の方はどのように役割を分けていますか。"),
        (BREWERY, "新しい銘柄を立ち上げるとき、営業の方はどの程度関わるのでしょうか。"),
        (
            COMICS,
            "『ほしぞらジャンプ』と『ほしぞらリボン』の編集部は、どのように協力されていますか。",
        ),
        (COMICS, "『ほしぞらアプリ』の編集部は、何名くらいの体制ですか。"),
        (
            COMICS,
            "本日のお話で疑問点はほぼ解消できました。一点だけ、『ほしぞらリボン』の編集チームが今"
            "いちばん苦労されていることは何でしょうか。",
        ),
        (GROCER, "宅配事業とスーパーの事業の間で、社員の異動はどのくらいあるのでしょうか。"),
        (GROCER, "新人が最初に覚える商品はどのくらいありますか。"),
        (None, "チームは何チームに分かれているのでしょうか。"),
        (GROCER, "数ある商品の中で、面接官の方が個人的におすすめの商品はどれですか。"),
        # the head the determiner names is not the offer (開発), nor is a noun in the scene
        (None, "どのようなアプリの開発に携わっている方が多いですか。"),
        (COMICS, "入社までに『ほしぞらアプリ』について勉強しておくべきことはありますか。"),
        (COMICS, "『ほしぞらアプリ』の機能の中で、読者に一番使われているのはどれですか。"),
        # what is asked is the topic of は何, not a noun of a clause before it
        (COMICS, "ライトノベルとして書籍化される作品に共通することは何でしょうか。"),
    ],
)
def test_a_question_about_the_inside_of_a_named_product_is_not_researchable(
    company: Company, answer: str
) -> None:
    assert RESEARCH not in _codes(answer, company)


# ------------------------------------------------ several questions in one reply: each is judged
@pytest.mark.parametrize(
    ("company", "answer", "expected"),
    [
        (
            TRAM,
            "借り上げ社宅はありますか。あと、路線バスは何路線あるのでしょうか。",
            {COND, RESEARCH},
        ),
        (
            BREWERY,
            "有給休暇は取りやすいですか。それから、どのような銘柄を造っているのかも伺いたいです。",
            {COND, RESEARCH},
        ),
        (
            GROCER,
            "在宅勤務の制度と、お店がどの地域にあるのかを教えていただけますか。",
            {COND, RESEARCH},
        ),
        (
            COMICS,
            "フレックスタイム制はありますか。また、これまでに刊行したライトノベルを教えてください。",
            {COND, RESEARCH},
        ),
        # items listed before the request, each asked; a hope to be told asks too
        (GROCER, "店舗の数と、年間休日の日数を教えていただけますか。", {COND, RESEARCH}),
        (
            BREWERY,
            "社宅はありますか。あわせて、直営の酒販店がどこにあるのかも伺えればと思います。",
            {COND, RESEARCH},
        ),
        # a good question beside a condition: the condition alone is "mostly" nothing
        (
            COMICS,
            "残業はどのくらいありますか。また、『ほしぞらジャンプ』の編集部で活躍されている方に"
            "共通する点を教えてください。",
            set(),
        ),
    ],
)
def test_each_question_of_a_reply_is_judged(
    company: Company, answer: str, expected: set[str]
) -> None:
    assert _codes(answer, company) == expected


def test_a_hope_to_hear_more_names_nothing_asked() -> None:
    # (a hope to be told asks only of something named: 「…のかも伺えればと思います」)
    answer = "特にございません。また機会があれば、お話を伺えればと思います。"
    assert _codes(answer, BREWERY) == {NONE}
