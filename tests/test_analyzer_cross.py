"""An answer to another question judged as that one too (analyzer/detect_cross.py,
data/cross.toml): a strengths speech for a failure is also an abstract self-PR, complaints for a
plan are also blame, a motivation for a self-introduction is also a motivation; off-topic misses
the topics did not see (complaints only, student days for a motivation, a self-PR for a short
stay, a sidestepped news question); blame in a motivation; a fact set aside (「それ自体よりも」)
is no blame. Sentences written for these tests, none taken from the evaluation cases; about half
are tempting negatives (an on-topic answer that borrows the other kind's words)."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze
from furikaeri.analyzer.cross.table import CrossData, data
from furikaeri.catalogue import DataFileError, load_data, validated

OFF = "communication.off_topic"
ABSTRACT = "self_pr.abstract"
BLAME = "negative_reason.blame"
GENERIC = "motivation.generic"
UNEXPLAINED = "short_tenure.unexplained"
JUDGED = {OFF, ABSTRACT, BLAME, GENERIC, UNEXPLAINED}

BAKERY = {
    "name": "株式会社コムギ舎",
    "profile": "国産小麦のパンを焼く製パン会社。理念は「焼きたてを、町の朝に」。駅前に8店舗を"
    "展開し、2025年から学校給食向けの米粉パンを製造している。",
}

Q_FAIL = "仕事でいちばん大きな失敗を教えてください。"
Q_SETBACK = "これまでに挫折したことはありますか。"
Q_WEAK = "ご自身の短所は何だと思いますか。"
Q_AFTER = "入社したら、どんな仕事をしてみたいですか。"
Q_FIVE = "5年後の自分をどう描いていますか。"
Q_LEARNED = "前職で学んだことは何ですか。"
Q_INTRO = "はじめに自己紹介をお願いします。"
Q_MOTIVE = "弊社を志望された理由をお聞かせください。"
Q_SHORT = "前の会社を4か月で退職されていますね。理由を教えてください。"
Q_NEWS = "最近気になったニュースがあれば教えてください。"
Q_LEAVE = "転職を考えた理由を教えてください。"
Q_CONFLICT = "職場で意見が食い違ったとき、どのように対応しましたか。"

CASES = [
    # a strengths speech for a failure, a setback, a weakness: off-topic only (self_pr.abstract
    # belongs to questions that ask for strengths)
    (
        Q_FAIL,
        "私は負けず嫌いな性格で、目標を決めたら必ずやり遂げます。周りからも行動力があると"
        "言われます。",
        {OFF},
    ),
    (
        Q_SETBACK,
        "私の強みは継続力です。毎日こつこつ努力を積み重ねることができ、途中で投げ出すことは"
        "ありません。",
        {OFF},
    ),
    (
        Q_WEAK,
        "私の長所は聞き上手なところです。相手の話を最後まで聞き、信頼関係を築くのが得意です。",
        {OFF},
    ),
    # …not a failure told that names a strength on the way
    (
        Q_FAIL,
        "入社1年目に、予約のお客様のパンを別の方にお渡しするミスをしました。記憶力には自信が"
        "ありましたが、名前の確認を省いていたのが原因です。すぐにお詫びの電話をし、焼き直した"
        "パンをご自宅までお届けしました。それからは、お渡しの前に必ず控えと照らし合わせています。",
        set(),
    ),
    (
        Q_WEAK,
        "私の短所は、頼まれると断れないところです。人の役に立てるのは長所でもありますが、"
        "仕事を抱えすぎたことがありました。今は引き受ける前に締め切りを確かめ、無理なときは"
        "相談するようにしています。",
        set(),
    ),
    # complaints for a plan, for what was learned: also blame
    (
        Q_AFTER,
        "今の会社は上司が部下の提案をまったく聞かず、何を言っても前例がないと却下されます。"
        "評価も上司の好き嫌いで決まってしまいます。",
        {OFF, BLAME},
    ),
    (
        Q_FIVE,
        "現職は給料が何年たっても上がらず、サービス残業も当たり前の職場です。上司も部下を"
        "育てる気がありません。",
        {OFF, BLAME},
    ),
    (
        Q_LEARNED,
        "特にありません。前の職場は新人を放っておく会社で、上司に質問しても面倒くさそうに"
        "されるだけでした。",
        {OFF, BLAME},
    ),
    # …not a plan that mentions a past difficulty, nor a lesson learned in a hard place
    (
        Q_FIVE,
        "5年後には、米粉パンの製造ラインを任される職人になっていたいです。前職では早朝勤務が"
        "続いて大変な時期もありましたが、仕込みの段取りは身につきました。",
        set(),
    ),
    (
        Q_AFTER,
        "学校給食向けの米粉パンの製造に携わりたいです。前の職場では人手が足りず苦労しましたが、"
        "その分、限られた時間で焼き上げる工夫を覚えました。",
        set(),
    ),
    (
        Q_LEARNED,
        "段取りの大切さです。前職は繁忙期の残業が多い職場でしたが、仕込みの順番を見直して、"
        "一日の残業を1時間減らせました。",
        set(),
    ),
    # a motivation for a self-introduction: also generic (nothing of the company)
    (
        Q_INTRO,
        "食品業界はこれからも人々の暮らしに欠かせない業界だと考えています。業界をリードする"
        "御社で、自分も大きく成長したいと思い志望いたしました。",
        {OFF, GENERIC},
    ),
    # …not a self-introduction that ends on this company's own business
    (
        Q_INTRO,
        "田中美咲と申します。製菓の専門学校を卒業後、ホテルのベーカリーで3年間働いてきました。"
        "学校給食の米粉パンに取り組まれている御社で、その経験を活かしたいと考えております。",
        set(),
    ),
    # a motivation told as student days, or as why one leaves
    (
        Q_MOTIVE,
        "学生時代はサークルの会計係として、年間の予算を管理していました。合宿の費用を見直し、"
        "一人あたりの負担を減らしました。",
        {OFF, GENERIC},  # (no reason for choosing told, nothing of this company)
    ),
    # …not a motivation that starts from student days and ends on the company
    (
        Q_MOTIVE,
        "学生時代にパン屋でアルバイトをしていて、朝いちばんの焼きたてを楽しみに来るお客様を"
        "見てきました。「焼きたてを、町の朝に」という理念に惹かれ、駅前の店舗で働きたいと"
        "考え志望しました。",
        set(),
    ),
    # blame in a motivation
    (
        Q_MOTIVE,
        "今の職場は上司が何でも頭ごなしに否定するので、毎日がつらいです。御社なら伸び伸び"
        "働けると思い、応募しました。",
        {BLAME, GENERIC},
    ),
    # …not a fact of the old job that turns to what it taught
    (
        Q_MOTIVE,
        "前職は早朝からの勤務が多い職場でしたが、その中で焼きたてを待つお客様の顔を見るのが"
        "何よりの楽しみでした。駅前に8店舗を構える御社で、町の朝を支えたいと考えています。",
        set(),
    ),
    # a short stay answered with a self-PR or a motivation: off-topic too
    (
        Q_SHORT,
        "私の強みは前向きさです。どんな仕事でも楽しみながら取り組むことができ、周りを"
        "明るくできます。",
        {OFF, UNEXPLAINED},
    ),
    # …not a short stay explained
    (
        Q_SHORT,
        "入社時の説明と違い、製造ではなく本社の経理に配属されたためです。異動を希望しましたが"
        "認められませんでした。短い期間で辞めたことは反省しており、今回は仕事内容を確かめた"
        "うえで応募し、長く働きたいと考えています。",
        set(),
    ),
    # a news question sidestepped, or answered with an own episode
    (
        Q_NEWS,
        "ニュースというわけではないのですが、先月、店長の代わりに新人の指導を任されたことが"
        "心に残っています。",
        {OFF},
    ),
    (
        Q_NEWS,
        "私は前職で、売れ残りを減らすために焼く量を時間帯ごとに分けることを提案しました。"
        "その結果、廃棄が半分になりました。",
        {OFF},
    ),
    # …not a piece of news, told with why it matters
    (
        Q_NEWS,
        "小麦の輸入価格が上がったという記事を読みました。米粉の需要が伸びると知り、"
        "学校給食で米粉パンを作る意味が大きくなっていると感じました。",
        set(),
    ),
    # a conflict of opinions answered with a sales record of one's own
    (
        Q_CONFLICT,
        "私は販売チームにいましたが、個人の売上目標を3か月続けて達成しました。毎朝売場を"
        "見直し、よく売れるパンを目立つ棚に並べました。",
        {OFF},
    ),
    # …not a disagreement told, with how it was settled
    (
        Q_CONFLICT,
        "新商品を増やしたい店長と、品数を絞りたい製造担当の考えが分かれました。私は売れ残りの"
        "記録を一か月分まとめて二人に見せ、週替わりで一品だけ入れ替えることで話がまとまりました。",
        set(),
    ),
    # a fact of the old job set aside for the real issue, own action, a wish: not blame
    (
        Q_LEAVE,
        "夜勤の多い職場でした。ただ、それ自体よりも、品質の改善が一度きりで終わってしまうことに"
        "課題を感じていました。私は検品の手順書を作り、同僚に共有しました。今後は改善を続ける"
        "仕組みづくりに取り組みたいと考えています。",
        set(),
    ),
    (
        Q_LEAVE,
        "給与が低いという事情もありました。ですが、それよりも、新しい商品づくりに関われない"
        "ことが大きな理由です。今後は商品開発に携わりたいと考えています。",
        set(),
    ),
    # …a judgement set aside for a worse one is still blame
    (
        Q_LEAVE,
        "残業が多い職場でした。ただ、それよりも上司が理不尽で、毎日怒鳴られていたことが"
        "耐えられませんでした。",
        {BLAME},
    ),
]


# A motivation that praises what any employer may offer is generic, though the profile says the
# same words (研修制度, 知名度, 経営基盤); one that names the profile's business is not.
TRAINING = {
    "name": "株式会社ミナミ建設",
    "profile": "創業60年の地元密着の建設会社。県内の橋梁補修を中心に手がけ、安定した経営基盤と"
    "知名度を持つ。新入社員には1年間の研修制度を設けている。",
}
GENERIC_CASES = [
    (
        "研修制度が充実していると伺い、未経験からプロとして成長できる環境だと感じ志望しました。",
        {GENERIC},
    ),
    ("地元での知名度が高く、安定した経営基盤をお持ちなので、長く働けると考えました。", {GENERIC}),
    (
        "県内の橋梁補修を手がけている点に惹かれました。前職で道路の点検をしていて、古い橋の"
        "補修が追いついていないと感じていたからです。",
        set(),
    ),
    # a complaint in a motivation: blame; a fact of this company, or a customer who had refused,
    # is none
    (
        "今の会社は残業ばかりで、何年いても給料が上がりません。御社で長く働きたいです。",
        {BLAME, GENERIC},
    ),
    ("御社の研修制度では、配属後も先輩社員から指導を受けられる点に魅力を感じました。", {GENERIC}),
]


@pytest.mark.parametrize(("answer", "expected"), GENERIC_CASES)
def test_motivation_read_against_the_profile(answer: str, expected: set[str]) -> None:
    found = analyze(answer, question=Q_MOTIVE, company=TRAINING).findings
    assert {f.code for f in found} & JUDGED == expected


@pytest.mark.parametrize(("question", "answer", "expected"), CASES)
def test_judged_as_what_it_answers(question: str, answer: str, expected: set[str]) -> None:
    found = analyze(answer, question=question, company=BAKERY).findings
    assert {f.code for f in found} & JUDGED == expected


def test_cross_findings_carry_evidence_and_advice() -> None:
    question, answer, _ = next(c for c in CASES if BLAME in c[2])
    found = {f.code: f for f in analyze(answer, question=question, company=BAKERY).findings}
    abstract = found[BLAME]
    assert abstract.evidence and abstract.advice
    assert all(answer[e.start : e.end] == e.text for e in abstract.evidence)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # a strengths speech where the other applications are asked: off-topic only
        (
            "ほかの会社の選考状況はいかがですか。",
            "私の強みは継続力で、毎日努力を積み重ねられます。",
        ),
        # an on-topic plan: no other kind's checks run
        (Q_FIVE, "5年後には店長として、新人が質問しやすい店をつくっていたいです。"),
    ],
)
def test_other_kinds_not_read(question: str, answer: str) -> None:
    codes = {f.code for f in analyze(answer, question=question, company=BAKERY).findings}
    assert not codes & {ABSTRACT, BLAME, GENERIC}


def test_data_names_known_topics_and_kinds() -> None:
    loaded = data()
    assert {a.kind for a in loaded.answered} == {"self_pr", "motivation", "reason_for_leaving"}
    broken = load_data("cross.toml")
    broken["answered"][0]["asked"] = []
    with pytest.raises(DataFileError, match=r"cross\.toml is malformed"):
        validated("cross.toml", CrossData, broken)


def _plain(value: object) -> object:
    """A NamedTuple as a dict, recursively (what pydantic's model_dump gives for a model)."""
    if isinstance(value, tuple) and hasattr(value, "_asdict"):
        return {k: _plain(v) for k, v in value._asdict().items()}
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    return value


def test_data_holds_what_the_schema_reads() -> None:
    """data() reads the checked file as plain tuples (no pydantic on a cold start): the same
    values as the schema's model, defaults included."""
    model = CrossData.model_validate(load_data("cross.toml"))
    assert _plain(data()) == model.model_dump()


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        # The asked topic's word inside a strength (失敗を恐れず) or denied (短所は思い当たりません)
        # tells nothing gone wrong: a strengths speech, off-topic only (no self-PR was asked).
        (
            "今までで最大の失敗は何ですか。",
            "私の強みは失敗を恐れない前向きさです。何事にも積極的に挑戦し、周りを明るくできます。",
            {"communication.off_topic"},
        ),
        (
            "ご自身の短所を教えてください。",
            "短所は特に思い当たりません。むしろ長所として、几帳面さと粘り強さがあります。",
            {"communication.off_topic"},
        ),
        # A failure told, with a strength named in passing: on topic.
        (
            "今までで最大の失敗は何ですか。",
            "入社2年目に見積もりの桁を間違える失敗をしました。すぐ上司に報告して訂正し、"
            "以来、提出前の読み合わせを続けています。",
            set(),
        ),
    ],
)
def test_a_denied_topic_word_tells_no_mishap(
    question: str, answer: str, expected: set[str]
) -> None:
    codes = {f.code for f in analyze(answer, question=question).findings}
    assert codes & {"communication.off_topic", "self_pr.abstract"} == expected


Q_QUIT = "前の職場を辞めた理由は何ですか。"
Q_STRENGTH = "あなたの長所を教えてください。"
Q_STUDENT = "学生時代に打ち込んだことは何ですか。"
Q_REVERSE = "最後に、何か質問はありますか。"
RESERVED = "reverse_question.none"

# Round 3: which asked questions are read as which answered kind; 「質問ではないのですが」.
ROUND3 = [
    # a strengths speech for why one left: off-topic only
    (
        Q_QUIT,
        None,
        "私は何事にも粘り強く取り組むタイプです。任された仕事は最後まで責任を持ってやり遂げます。"
        "この粘り強さを御社でも発揮したいです。",
        {OFF},
    ),
    # …not a reason told that closes on a strength
    (
        Q_QUIT,
        None,
        "店舗が閉鎖されることになり、退職しました。接客で培った気配りを御社でも活かしたいです。",
        set(),
    ),
    # complaints for a trait: also blame
    (
        Q_STRENGTH,
        None,
        "今の職場は上司が何を提案しても聞いてくれません。評価も不公平で、頑張っても報われません。",
        {OFF, BLAME},
    ),
    # …not a strength shown against a hard boss
    (
        Q_STRENGTH,
        None,
        "私の長所は粘り強さです。前職で上司に一度断られた新商品の企画を、お客様アンケート200件を"
        "集めて練り直し、三度目の提案で採用されました。",
        set(),
    ),
    # complaints for a self-PR: off-topic and blame
    (
        "自己PRをお願いします。",
        None,
        "今の職場は店長が気分で指示を変えるので、毎日振り回されています。会社に相談しても"
        "何も変わりませんでした。",
        {OFF, BLAME},
    ),
    # …not a self-PR told against a moody boss
    (
        "自己PRをお願いします。",
        None,
        "私は周りの状況を見て動けるタイプです。店長の指示がよく変わる職場でしたが、朝礼で"
        "確認事項を紙にまとめて共有し、発注ミスを月5件から1件に減らしました。",
        set(),
    ),
    # a motivation for student days: also a motivation (generic)
    (
        Q_STUDENT,
        None,
        "昔からパンが好きで、御社のパンを毎朝食べています。地域に愛される御社で働きたいと思い、"
        "志望しました。",
        {OFF, GENERIC},
    ),
    # …not student days that end on the company
    (
        Q_STUDENT,
        None,
        "大学ではパン作りのサークルで代表を務め、学園祭で300個を完売しました。この経験を御社でも"
        "活かしたいです。",
        set(),
    ),
    # complaints and nothing of this company for a motivation: why one leaves
    (
        Q_MOTIVE,
        "motivation",
        "今の職場は休みが少なく、上司も相談に乗ってくれません。このまま続けるのはもう無理だと"
        "感じています。",
        {OFF, BLAME, GENERIC},
    ),
    # complaints for the most rewarding work: why one leaves, told as blame
    (
        "これまでの仕事で最もやりがいを感じたのはどんな仕事ですか。",
        None,
        "正直、今の職場では上司が何も任せてくれません。言われた作業を繰り返すだけで、"
        "評価もされず不満ばかりです。",
        {OFF, BLAME},
    ),
    # …not a rewarding job told after a hard start
    (
        "これまでの仕事で最もやりがいを感じたのはどんな仕事ですか。",
        None,
        "新店舗の立ち上げです。最初は客足が伸びず苦労しましたが、朝の焼きたてを店頭で案内する"
        "工夫を重ね、三か月で来店数を倍にできたときに一番やりがいを感じました。",
        set(),
    ),
    # a bare history for a motivation: off-topic, and nothing of this company (generic)
    (
        Q_MOTIVE,
        "motivation",
        "専門学校を卒業後、ホテルの厨房に入りました。7年間パン部門に所属し、仕込みから焼成まで"
        "担当しました。",
        {OFF, GENERIC},
    ),
]


@pytest.mark.parametrize(("question", "kind", "answer", "expected"), ROUND3)
def test_round3_judged_as_what_it_answers(
    question: str, kind: str | None, answer: str, expected: set[str]
) -> None:
    found = analyze(answer, question=question, kind=kind, company=BAKERY).findings
    assert {f.code for f in found} & JUDGED == expected


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # "not a question, rather…", then an appeal or a self-PR: none and off-topic
        (
            "質問ではないのですが、最後に自己PRをさせていただけますか。私の強みは継続力です。",
            {RESERVED, OFF},
        ),
        ("質問というより、御社で働きたい思いは誰にも負けないとお伝えしたいです。", {RESERVED, OFF}),
        ("質問ではありませんが、入社したら人一倍努力するつもりです。", {RESERVED, OFF}),
        # …then an impression or thanks: none only
        ("質問ではないのですが、本日はお話を伺えてとても楽しかったです。", {RESERVED}),
        (
            "質問ではありませんが、一言よろしいですか。今日は本当にありがとうございました。",
            {RESERVED},
        ),
        # …then a question: a question asked
        ("質問というより確認ですが、研修は何か月ありますか。", set()),
    ],
)
def test_not_a_question_then_an_appeal(answer: str, expected: set[str]) -> None:
    codes = {f.code for f in analyze(answer, question=Q_REVERSE, kind="reverse_questions").findings}
    assert codes & {RESERVED, OFF} == expected
