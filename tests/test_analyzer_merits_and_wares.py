"""Session 19, third answers round: a role likened in writing is no hedge
(manners.casual_language); what the company itself makes or sells, asked with it as the topic,
is on its website, and clothes it handles are no dress code (reverse_question.researchable,
.conditions); a field named in one word of industry nouns (農業機械) shows nothing of this
company, and one's own past that lived what the company does does (motivation.generic); one's
own unsuitability or a hardship one could not manage judges no one, pay told roughly or by
comparison does (negative_reason.blame); one's own character told for the company's
problems misses the question, a flaw denied (ミスはほとんどありません, 苦にならない) or a trait
(負けず嫌い) naming no problem, and one's flaw answered only with merits (a liking, an
ability, a success) misses it too, as does a self-PR or a value answered with what the former
workplace was, had or served (communication.off_topic). Sentences written for these tests, not the evaluation cases."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze

CASUAL = "manners.casual_language"
RESEARCH = "reverse_question.researchable"
COND = "reverse_question.conditions"
Q_ROLE = "チームの中ではどんな役割でしたか。"
Q_REVERSE = "最後に何か質問はありますか。"
FURNITURE = {
    "name": "株式会社ミドリ木工",
    "profile": "創業50年の家具メーカー。主力は子ども用の椅子。",
}
PRESS = {"name": "株式会社あおぞら社", "profile": "地方の出版社。旅行ガイドと郷土史の本が中心。"}
LAUNDRY = {
    "name": "株式会社しろたえ",
    "profile": "クリーニングチェーン。預かった衣類の保管サービスと、着なくなった服の回収を行う。",
}


def _codes(answer: str, question: str | None = None, kind: str | None = None) -> set[str]:
    return {f.code for f in analyze(answer, question=question, kind=kind).findings}


@pytest.mark.parametrize(
    ("answer", "casual"),
    [
        # a loanword role with 的 (written), or a role before the position it stands for
        ("吹奏楽部ではパートリーダー的な立場で、後輩8人の練習計画を立てていました。", False),
        ("職場ではムードメーカー的に、朝礼で一言ずつ話す場を作っていました。", False),
        ("研究室では班長的な役回りを任され、実験装置の予約を取りまとめていました。", False),
        ("店舗では店長の片腕的な存在として、パートさんのシフトを組んでいました。", False),
        # the hedge stays: a point of view, a verb, 的な感じ, a role likened loosely
        ("僕的には、裏方で支えるほうが合っていると思います。", True),
        ("みんなをまとめる的な役を担当していました。", True),
        ("サブリーダー的な感じで、進み具合を見ていました。", True),
        ("バイト先では先輩的なことを新人に教えていました。", True),
    ],
)
def test_role_likened_in_writing_is_no_hedge(answer: str, casual: bool) -> None:
    assert (CASUAL in _codes(answer, Q_ROLE)) is casual


@pytest.mark.parametrize(
    ("answer", "company", "researchable"),
    [
        # the company as the topic, what it makes or sells asked (its website's first page)
        ("御社では主にどういった家具を作っていらっしゃるのでしょうか。", FURNITURE, True),
        ("御社はどんな本を出版しているんですか。", PRESS, True),
        ("こちらの会社さんは、どのような商品を販売されているのでしょうか。", FURNITURE, True),
        # another topic between (新人は), a plan, the work given, who does it: no published fact
        ("御社では、新人はどのような家具を作ることが多いのでしょうか。", FURNITURE, False),
        ("御社が今後どのような本を出していく予定か教えてください。", PRESS, False),
        ("御社では、入社後どのような商品を担当することになりますか。", FURNITURE, False),
        ("御社では、どのような方が本を企画されているのでしょうか。", PRESS, False),
    ],
)
def test_own_wares_asked_of_the_company(
    answer: str, company: dict[str, str], researchable: bool
) -> None:
    found = _codes_for(answer, company)
    assert (RESEARCH in found) is researchable


@pytest.mark.parametrize(
    ("answer", "condition"),
    [
        # clothes as what the business handles
        ("回収した服は、その後どのように仕分けされるのでしょうか。", False),
        ("お預かりした衣類に染みが残った場合、どなたが判断されるのでしょうか。", False),
        # the dress code itself
        ("入社後の服装に決まりはありますか。また、残業は月にどのくらいでしょうか。", True),
    ],
)
def test_clothes_handled_are_no_dress_code(answer: str, condition: bool) -> None:
    assert (COND in _codes_for(answer, LAUNDRY)) is condition


NOUKI = {
    "name": "株式会社みのり農機",
    "profile": "農業機械メーカー。果樹園向けの小型運搬車と、高齢の農家でも扱える電動の草刈機が主力。"
    "理念は「実りを、次の世代へ」。",
}
TOUR = {
    "name": "株式会社うみかぜ旅行",
    "profile": "三陸の漁村に特化した体験型ツアー会社。定置網漁の見学、牡蠣の殻むき、民宿での郷土料理"
    "づくりなど、漁師の仕事を旅にする。",
}
GENERIC = "motivation.generic"
Q_WHY = "当社を志望する理由を教えてください。"


@pytest.mark.parametrize(
    ("answer", "company", "generic"),
    [
        # the field in one word made of industry nouns (農業+機械), the industry's role
        (
            "農業機械を通して日本の食を支えたいと考えています。ものづくりで社会に貢献できる点に"
            "魅力を感じました。",
            NOUKI,
            True,
        ),
        # a hobby the field shares, told of one's childhood
        (
            "子どもの頃から旅行が好きで、家族でよく出かけていました。御社で旅の楽しさを伝えたい"
            "と考えています。",
            TOUR,
            True,
        ),
        # one's own past that lived what the company does, tied to it
        (
            "大学のゼミで三陸の漁村に通い、定置網漁の見学や牡蠣の殻むきを手伝いました。漁師の"
            "仕事そのものを旅にしている御社でこそ、その経験を活かせると考えました。",
            TOUR,
            False,
        ),
        (
            "高校時代に果樹園でアルバイトをして、重い運搬車の扱いに苦労しました。小型運搬車を"
            "作る御社で、その経験を製品づくりに活かしたいです。",
            NOUKI,
            False,
        ),
    ],
)
def test_field_words_and_a_lived_past(answer: str, company: dict[str, str], generic: bool) -> None:
    found = analyze(answer, question=Q_WHY, kind="motivation", company=company)
    assert (GENERIC in {f.code for f in found.findings}) is generic


def _codes_for(answer: str, company: dict[str, str]) -> set[str]:
    found = analyze(answer, question=Q_REVERSE, kind="reverse_questions", company=company)
    return {f.code for f in found.findings}


BLAME = "negative_reason.blame"
Q_LEAVE = "転職を考えた理由を教えてください。"


@pytest.mark.parametrize(
    ("answer", "blame"),
    [
        # one's own unsuitability, and what follows reasons from it
        (
            "個人宅への飛び込み営業が自分には向いていないと分かり、このまま続けても仕方ないと"
            "思いました。",
            False,
        ),
        (
            "一日中データを入力する仕事が私には合っておらず、このままでは成長できないと感じ"
            "ました。",
            False,
        ),
        # a hardship of the hours felt, and what one could not manage
        ("早番のシフトがつらくて、どうしても朝起きられませんでした。", False),
        ("夜間の勤務がきつくて、生活のリズムを保てなかったのが理由です。", False),
        # friction with people after a fit denied stays a complaint; the load measured stays one
        ("課長と考えが合わず、何を提案しても取り合ってもらえませんでした。", True),
        ("残業が多すぎて、家族と過ごす時間が取れませんでした。", True),
        # pay told roughly, or by comparison in the next sentence
        ("ボーナスが年に5万円くらいしか出ず、生活が苦しかったです。", True),
        (
            "月給は入社時から21万円のままでした。同じ業界の友人と比べてもかなり低いと思います。",
            True,
        ),
        ("手取りは17万円ほどで、同年代と比べても少ない額でした。", True),
        # a comparison that judges something else
        ("給料は22万円でした。友人と比べても、仕事のやりがいは大きかったです。", False),
    ],
)
def test_own_unfit_and_compared_pay(answer: str, blame: bool) -> None:
    found = analyze(answer, question=Q_LEAVE, kind="reason_for_leaving")
    assert (BLAME in {f.code for f in found.findings}) is blame


OFF = "communication.off_topic"
Q_CRITIQUE = "当社の課題は何だと思いますか。"


@pytest.mark.parametrize(
    ("answer", "off"),
    [
        # one's own character, its flaws denied: nothing of the company's problems
        ("私は負けず嫌いで、始めたことは最後までやり抜く性格です。", True),
        (
            "私は慎重なタイプで、前職でも入力の誤りはほとんどありませんでした。細かい作業も苦に"
            "ならないので、正確さには自信があります。",
            True,
        ),
        # the company's problem named, in any words
        ("若い世代への認知度がまだ低い点だと思います。SNSでの発信を増やす余地があります。", False),
        ("店舗が郊外に偏っていて、駅前のお客様を取りこぼしている点だと感じました。", False),
    ],
)
def test_own_character_for_the_company_problem(answer: str, off: bool) -> None:
    found = analyze(answer, question=Q_CRITIQUE, company=FURNITURE)
    assert (OFF in {f.code for f in found.findings}) is off


Q_FLAW = "あなたの短所を教えてください。"


@pytest.mark.parametrize(
    ("answer", "off"),
    [
        # merits only: a liking or knack claimed, an ability, a success or a favour met
        (
            "私は体を動かすことが好きで、学生時代は毎朝5キロ走っていました。市民マラソンでは"
            "年代別で3位に入りました。",
            True,
        ),
        (
            "私は細かい計算が得意です。前の職場では請求書の確認を任され、課長から何度も"
            "褒められました。",
            True,
        ),
        (
            "誰とでもすぐに仲良くなれる性格で、アルバイト先では店長から新人の相談役を任されて"
            "いました。",
            True,
        ),
        # a flaw named in any words, or a kind told with no good word
        ("細かいことが気になる性格です。", False),
        ("マイペースな性格で、周りより作業が遅れることがあります。", False),
        ("話すことが好きな反面、結論が後回しになりがちです。", False),
        ("頼まれると断れない性格で、仕事を引き受けすぎてしまいます。", False),
        ("慎重な性格で、決断に時間がかかります。", False),
    ],
)
def test_merits_told_for_a_flaw(answer: str, off: bool) -> None:
    found = analyze(answer, question=Q_FLAW)
    assert (OFF in {f.code for f in found.findings}) is off


Q_PR = "自己PRをお願いします。"
Q_VALUE = "仕事をするうえで大切にしていることは何ですか。"


@pytest.mark.parametrize(
    ("question", "answer", "off"),
    [
        # the workplace's trade, its customers, its sites: nothing of one's own
        (
            Q_PR,
            "前職は地方の酒造会社で、日本酒を県内の酒店に卸していました。主な客層は贈答用に買う"
            "年配の方でした。",
            True,
        ),
        (
            Q_PR,
            "前の勤め先は医療機器の商社で、病院向けに検査機器を販売していました。取引先は40病院"
            "ほどで、県内の三つの営業所を行き来していました。",
            True,
        ),
        (
            Q_VALUE,
            "前の職場はホテルのフロントで、スタッフは私を含めて4人でした。お客様は外国の方が多く"
            "て、夏は予約の電話が一日中鳴っていました。",
            True,
        ),
        # one's own work or a value told beside the workplace
        (Q_PR, "前職は食品商社でした。主な担当はスーパー向けの営業でした。", False),
        (
            Q_VALUE,
            "前の職場はお客様に外国の方が多い店でした。だからこそ、ゆっくり分かりやすく話すこと"
            "を大切にしています。",
            False,
        ),
    ],
)
def test_workplace_told_for_a_self_pr_or_a_value(question: str, answer: str, off: bool) -> None:
    kind = "self_pr" if question == Q_PR else None
    found = analyze(answer, question=question, kind=kind)
    assert (OFF in {f.code for f in found.findings}) is off


SWEETS = {
    "name": "株式会社ほしの菓子",
    "profile": "小麦を使わない米粉のクッキー『ほしまる』が主力の菓子メーカー。2025年からシンガポール"
    "への輸出を始めた。",
}


@pytest.mark.parametrize(
    ("question", "answer", "company", "off"),
    [
        # a study told, and its episode after it, for the other applications
        (
            "他社の選考状況はいかがですか。",
            "大学では農学を学んでおり、卒業研究では稲の病気について調べています。実際に農家を"
            "回って、田んぼの土を集めました。",
            None,
            True,
        ),
        # a strength had (a quality noun the claims name) and its episode: an attempt
        (
            "あなたの強みを教えてください。",
            "私には責任感があります。ゼミでは会計係を務め、合宿の予算を管理しました。皆から頼り"
            "にされていたと思います。",
            None,
            False,
        ),
        # why this company told through a family episode that names its product
        (
            "当社を志望した理由を教えてください。",
            "弟に小麦のアレルギーがあり、昔から同じお菓子を食べられずにいました。『ほしまる』を"
            "一緒に食べた日のことは忘れられません。大学では食品学を専攻し、卒業研究で米粉の"
            "食感を扱っています。シンガポールへの輸出を始められた今、その知識を活かして新しい"
            "お菓子を開発したいと考えています。",
            SWEETS,
            False,
        ),
        # the company's problem named as a view
        (
            "当社の課題は何だと思いますか。",
            "海外での販路だと思います。前職で代理店を担当していたので、その経験を生かせます。",
            SWEETS,
            False,
        ),
        # a role held, told for one's role
        (
            "前職での役割を教えてください。",
            "店舗ではサブリーダーとして、アルバイト10名の教育を担当していました。",
            None,
            False,
        ),
    ],
)
def test_other_questions_answered_in_their_own_way(
    question: str, answer: str, company: dict[str, str] | None, off: bool
) -> None:
    found = analyze(answer, question=question, company=company)
    assert (OFF in {f.code for f in found.findings}) is off


FISH = {
    "name": "株式会社しおかぜ水産",
    "profile": "三陸の水産加工会社。サバの缶詰と干物が主力で、漁港の直売所と通販で販売する。",
}


@pytest.mark.parametrize(
    ("question", "answer", "kind", "company", "code", "found"),
    [
        # a hardship of one's own episode names none of the company's problems
        (
            Q_CRITIQUE,
            "私は粘り強い性格で、前職でも難しいお客様を最後まで担当しました。",
            None,
            FISH,
            OFF,
            True,
        ),
        (
            Q_CRITIQUE,
            "私は前職で通販を担当していましたが、御社は通販サイトの品揃えがまだ少ないと感じます。",
            None,
            FISH,
            OFF,
            False,
        ),
        # basic pay that does not rise is pay
        (
            Q_LEAVE,
            "基本給が入社以来ほとんど上がらず、生活が苦しくなりました。",
            "reason_for_leaving",
            None,
            BLAME,
            True,
        ),
        # one's own unfit is a reason for leaving, though told denied
        (
            Q_LEAVE,
            "数字を細かく扱う仕事が私には合わず、人と接する仕事で力を発揮したいと思いました。",
            "reason_for_leaving",
            None,
            OFF,
            False,
        ),
        # the company's field as the profile names its kind (水産加工会社) is no knowledge of it
        (
            Q_WHY,
            "水産加工を通して日本の食を守りたいと思い志望しました。ものづくりで人々の生活を支え"
            "られる点に魅力を感じています。",
            "motivation",
            FISH,
            GENERIC,
            True,
        ),
        (
            Q_WHY,
            "漁港の直売所でサバの干物を買ったとき、店の方が食べ方まで教えてくれました。その"
            "直売所を通販と合わせて広げる仕事がしたいと考え、御社を志望しました。",
            "motivation",
            FISH,
            GENERIC,
            False,
        ),
    ],
)
def test_own_episode_pay_unfit_and_field(
    question: str,
    answer: str,
    kind: str | None,
    company: dict[str, str] | None,
    code: str,
    found: bool,
) -> None:
    codes = {
        f.code for f in analyze(answer, question=question, kind=kind, company=company).findings
    }
    assert (code in codes) is found
