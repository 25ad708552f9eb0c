"""Off-topic answers (session 11, s11-offtopic): a self-introduction answered with a motivation,
why one left answered with a strengths speech in other wordings, a question about the company
answered with one's own life, the news answered with a reading habit whose genre comes later,
every address of the company (貴院, 貴園, 御行, 貴ステーション), and self_pr.abstract only where
strengths are asked. Sentences written for these tests, none taken from the evaluation cases."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze

OFF = "communication.off_topic"
ABSTRACT = "self_pr.abstract"
GENERIC = "motivation.generic"
RESEARCHABLE = "reverse_question.researchable"
JUDGED = {OFF, ABSTRACT, GENERIC, RESEARCHABLE}

CLINIC = {
    "name": "医療法人あさひ会 ひかり病院",
    "profile": "郊外の中規模病院。理念は「家に帰れる医療」。2023年に訪問看護ステーションを開設し、"
    "退院後の在宅療養を支えている。",
}
LOGI = {
    "name": "株式会社ツミキ物流",
    "profile": "中小の荷主向けに共同配送サービス『のせあい便』を運営。理念は「空きスペースを、"
    "地域の力に」。2024年から冷蔵便を始めた。",
}

INTRO = "1分程度で自己紹介をお願いします。"
LEAVE = "前職を辞めた理由を教えてください。"
NEWS = "最近気になったニュースは何ですか。"

CASES = [
    # 1. a self-introduction answered with a motivation: off-topic
    (
        INTRO,
        "self_intro",
        "では、御社を志望した理由からお話しします。『のせあい便』の記事を読み、空いた荷台を"
        "地域で分け合う仕組みに共感しました。営業として広めていきたいと考えています。",
        LOGI,
        {OFF},
    ),
    (
        INTRO,
        "self_intro",
        "貴院の訪問看護ステーションの取り組みを知り、退院後の暮らしまで支える姿勢に強く"
        "惹かれました。私もその一員として働きたいと思っています。",
        CLINIC,
        {OFF},
    ),
    # …not one that tells who one is first (a career in any form), then the motivation
    (
        INTRO,
        "self_intro",
        "介護職の高橋です。特別養護老人ホームで6年間勤務し、夜勤のリーダーも務めました。"
        "貴院の在宅療養支援に関心を持ち、応募しました。",
        CLINIC,
        set(),
    ),
    (
        INTRO,
        "self_intro",
        "森です。運送会社で配車を担当してきました。御社の共同配送に携わりたいと思い、"
        "応募いたしました。",
        LOGI,
        set(),
    ),
    # 2. why one left, answered with a strengths speech in other wordings: off-topic only
    (
        LEAVE,
        "reason_for_leaving",
        "私の強みは粘り強さです。飛び込み営業で何度断られても訪問を続け、半年で新規契約を"
        "15件獲得しました。この経験から、続けることの大切さを学びました。",
        None,
        {OFF},
    ),
    (
        LEAVE,
        "reason_for_leaving",
        "自信があるのは段取りの力です。繁忙期の倉庫で作業の順番を組み替え、出荷の遅れを"
        "なくしました。",
        None,
        {OFF},
    ),
    (
        LEAVE,
        "reason_for_leaving",
        "私がアピールしたいのは調整力です。三つの部署の間に立ち、納期の異なる案件を一本の"
        "計画にまとめました。",
        None,
        {OFF},
    ),
    # …not a reason told that names a strength on the way
    (
        LEAVE,
        "reason_for_leaving",
        "粘り強さを強みに営業成績を伸ばしてきましたが、より長く顧客と関われる法人営業に"
        "挑戦したいと考え、退職を決めました。",
        None,
        set(),
    ),
    # 3. a question about the company answered with one's own life: off-topic
    (
        "当社が抱えている課題は何だと思いますか。",
        "other",
        "休日はよく川へ釣りに出かけます。朝早くから夕方まで粘ることもあります。",
        LOGI,
        {OFF},
    ),
    (
        "当社の製品について、どのような印象をお持ちですか。",
        "other",
        "学生時代はずっと軽音楽部でギターを弾いていました。文化祭では毎年ステージに立ちました。",
        LOGI,
        {OFF},
    ),
    # …not one that goes on to judge the company, or names what it offers
    (
        "当社が抱えている課題は何だと思いますか。",
        "other",
        "休日に配送の様子を見かけることがありますが、冷蔵便の知名度がまだ低いと感じます。",
        LOGI,
        set(),
    ),
    (
        "当社の製品について、どのような印象をお持ちですか。",
        "other",
        "週末に実家の店を手伝った際、『のせあい便』で仕入れを受け取りました。時間どおりに"
        "届き、助かりました。",
        LOGI,
        set(),
    ),
    # 4. the news answered with a reading habit, the genre in a later sentence: off-topic
    (
        NEWS,
        "other",
        "毎朝、新聞アプリに目を通すようにしています。特に経済面とIT関連の記事はよく読んでいます。",
        None,
        {OFF},
    ),
    (
        NEWS,
        "other",
        "寝る前にニュースサイトを見るのが日課です。見るのはスポーツと芸能が多いです。",
        None,
        {OFF},
    ),
    # …not a piece of news named after the habit
    (
        NEWS,
        "other",
        "毎朝新聞を読んでいます。最近は物価高のニュースが気になっています。",
        None,
        set(),
    ),
    (
        NEWS,
        "other",
        "毎朝新聞を読んでいます。中でも、路線バスの減便が相次いでいるという記事が印象に"
        "残りました。",
        None,
        set(),
    ),
    # 5. every address of the company: 貴院, 御行, 貴園 …
    (
        "当院を志望した理由を教えてください。",
        "motivation",
        "看護師として成長できる環境で働きたいと考え、貴院を志望しました。",
        CLINIC,
        {GENERIC},
    ),
    (
        "当院を志望した理由を教えてください。",
        "motivation",
        "祖母の退院後、訪問看護に支えられました。貴院が訪問看護ステーションを開設し、"
        "「家に帰れる医療」を掲げている点に惹かれ、志望しました。",
        CLINIC,
        set(),
    ),
    (
        "最後に何か質問はありますか。",
        "reverse_questions",
        "貴園の設立は何年でしょうか。",
        None,
        {RESEARCHABLE},
    ),
    (
        "何か質問はありますか。",
        "reverse_questions",
        "貴院はいつからあるのでしょうか。",
        None,
        {RESEARCHABLE},
    ),
    (
        "何か質問はありますか。",
        "reverse_questions",
        "貴校で活躍されている先生方に共通する姿勢があれば教えていただけますか。",
        None,
        set(),
    ),
    # 6. a strengths speech for a failure: off-topic only, no self_pr.abstract
    (
        "これまでの失敗経験を教えてください。",
        "other",
        "私の長所は明るいところです。どんなときも前向きに周りを励ますことができます。",
        None,
        {OFF},
    ),
    (
        "あなたの長所を教えてください。",
        "self_pr",
        "私の長所は明るいところです。どんなときも前向きに周りを励ますことができます。",
        None,
        {ABSTRACT},
    ),
]


@pytest.mark.parametrize(("question", "kind", "answer", "company", "expected"), CASES)
def test_s11_offtopic(
    question: str, kind: str, answer: str, company: dict[str, str] | None, expected: set[str]
) -> None:
    found = analyze(answer, question=question, kind=kind, company=company).findings
    # (motivation.generic judged where a motivation is asked; a motivation given for a
    # self-introduction is read as one too, which is not what these rows check)
    judged = JUDGED if kind == "motivation" else JUDGED - {GENERIC}
    assert {f.code for f in found} & judged == expected


@pytest.mark.parametrize(
    "address", ["貴院", "貴園", "貴行", "御行", "貴庫", "貴法人", "貴会", "貴店", "貴ステーション"]
)
def test_every_address_names_the_company(address: str) -> None:
    """A self-introduction that is a motivation to the company, however it is addressed."""
    answer = f"{address}を志望した理由からお話しします。地域に根ざした取り組みに共感しました。"
    found = analyze(answer, question=INTRO, kind="self_intro").findings
    assert OFF in {f.code for f in found}
