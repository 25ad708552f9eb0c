"""Six classes of answers (branch s10-answers): casual words in someone else's quoted speech,
a motivation on the field plus a pleasant workplace, 「思いつきません」 with a deferral, a
self-PR answered to why one left, a job found unlike one's own expectation (no blame), and a
forward-looking reverse question naming a fact word (not researchable). Sentences written for
these tests (spoken and written, new graduates and mid-career, several trades), none taken from
the evaluation cases."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze
from furikaeri.analyzer.types import Company

CASUAL = "manners.casual_language"
GENERIC = "motivation.generic"
NONE = "reverse_question.none"
OFF = "communication.off_topic"
BLAME = "negative_reason.blame"
UNEXPLAINED = "short_tenure.unexplained"
RESEARCH = "reverse_question.researchable"

NURSE = Company(
    name="株式会社あおば訪問看護",
    profile="横浜市で訪問看護ステーションを5拠点運営。理念は「住み慣れた家で最期まで」。"
    "24時間対応の緩和ケアと小児訪問看護に力を入れ、2025年にリハビリ専門チームを新設。",
)
CARE = Company(
    name="社会福祉法人ひだまり会",
    profile="特別養護老人ホーム3施設とデイサービスを運営。ユニットケアを導入し、理念は"
    "「その人らしい暮らしを支える」。介護ロボットの導入と外国人職員の育成に取り組む。",
)
MAKER = Company(
    name="東和精機株式会社",
    profile="自動車向け精密ばねのメーカー。本社工場（愛知県）に加え、2026年に岐阜新工場が稼働"
    "予定。EV向け部品の比率を高めている。",
)


def _codes(answer: str, question: str, kind: str, company: Company | None = None) -> set[str]:
    return {f.code for f in analyze(answer, question=question, kind=kind, company=company).findings}


PR = "自己PRをお願いします。"


@pytest.mark.parametrize(
    ("answer", "casual"),
    [
        # someone else's words, quoted: reported speech (passive, receiving, a named speaker)
        (
            "塾講師のアルバイトで、中学生から「マジで意味わからん」と言われたことをきっかけに、図を使った説明に切り替えました。",
            False,
        ),
        (
            "学童保育で、子どもたちに『宿題とかだるいし、やばい』と言われることが多くありました。",
            False,
        ),
        ("先日、娘が「パパの料理マジでうまい」と言ってくれたことがうれしかったです。", False),
        (
            "サッカー部の主将として、後輩が「練習きつすぎてやばい」と漏らしていたのを聞き、練習メニューを見直しました。",
            False,
        ),
        (
            "お客様に「ぶっちゃけ解約したいんだけど」と切り出された際も、丁寧にご要望を伺いました。",
            False,
        ),
        # the candidate's own words, quoted or not
        (
            "サークルの代表として、私は仲間に「ぶっちゃけ今のままじゃ勝てないよ」と伝え、練習方法を変えました。",
            True,
        ),
        (
            "新人に「マジで無理っす」と言われた時は、私自身もマジで焦りましたが、手順書を作り直しました。",
            True,
        ),
        (
            "文化祭の準備が間に合わず、「これはやばい」と思いましたが、作業を分担し直しました。",
            True,
        ),
        ("ぶっちゃけ、私の強みは粘り強さです。", True),
    ],
)
def test_quoted_speech_of_others_is_not_casual(answer: str, casual: bool) -> None:
    assert (CASUAL in _codes(answer, PR, "self_pr")) is casual


MQ = "当院・当社を志望した理由を教えてください。"


@pytest.mark.parametrize(
    ("answer", "company", "generic"),
    [
        # the field (訪問看護, 介護, close to patients) plus a pleasant workplace
        (
            "訪問看護に携わりたいと考えています。利用者様のご自宅で、一人ひとりに寄り添った看護がしたいです。説明会で職員の方が働きやすい環境だと伺い、志望しました。",
            NURSE,
            True,
        ),
        (
            "急性期病院で7年勤務しましたが、退院後の患者さんの生活に寄り添いたいと思い、訪問看護を志しました。こちらは働きやすい職場だと伺い、志望しました。",
            NURSE,
            True,
        ),
        (
            "病棟勤務の中で、もっと患者さんの近くで関わりたいと思うようになりました。見学の際に雰囲気が良く、風通しが良さそうだと感じました。",
            NURSE,
            True,
        ),
        (
            "高齢者の生活を支える介護の仕事にやりがいを感じています。貴法人は職員同士の仲が良く、働きやすそうだと感じましたので志望いたしました。",
            CARE,
            True,
        ),
        # this company's own business or 理念, with the workplace as an aside
        (
            "小児訪問看護に力を入れ、「住み慣れた家で最期まで」という理念を掲げている点に共感しました。前職のNICUで退院後のご家族の不安を見てきた経験を生かしたいです。職員の方も働きやすい環境だと伺っています。",
            NURSE,
            False,
        ),
        (
            "ユニットケアで入居者一人ひとりの暮らしを大切にされている点に惹かれました。前職の大規模施設では流れ作業になりがちだったため、貴法人の「その人らしい暮らしを支える」という理念のもとで働きたいです。",
            CARE,
            False,
        ),
        (
            "EV向け部品の比率を高めている御社で、精密ばねの品質管理に携わりたいと考えています。前職で自動車部品の検査を5年担当した経験を生かせると考えました。",
            MAKER,
            False,
        ),
    ],
)
def test_field_and_pleasant_workplace_is_generic(
    answer: str, company: Company, generic: bool
) -> None:
    assert (GENERIC in _codes(answer, MQ, "motivation", company)) is generic


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
    assert (NONE in _codes(answer, RQ, "reverse_questions")) is none


@pytest.mark.parametrize(
    "answer",
    [
        "短所は特に思いつきません。",
        "弱点は今のところ見当たりません。それより、責任感の強さが私の長所です。",
    ],
)
def test_nothing_comes_of_another_topic_is_off_topic(answer: str) -> None:
    # another question answered (短所): off-topic, as before the verbs of having nothing
    assert OFF in _codes(answer, RQ, "reverse_questions")


LQ = "前職を退職された理由を教えてください。"


@pytest.mark.parametrize(
    ("answer", "off"),
    [
        # a pure self-PR: strength, episode, result, lesson, nothing of leaving
        (
            "はい。私は数字に強いことが強みです。前職の経理では、毎月の決算資料をExcelマクロで自動化し、作業時間を半分に短縮しました。御社でもこの強みを生かして貢献したいと考えております。",
            True,
        ),
        (
            "前職では物流センターで在庫管理を担当し、棚卸の手順を見直すことで差異を9割減らしました。この経験から、小さな改善の積み重ねが大きな成果につながることを学びました。御社でもこの姿勢を大切にしたいと考えています。",
            True,
        ),
        (
            "私の強みは課題解決力です。前職では営業事務として受注処理の手順を見直し、入力ミスを月20件から3件に減らしました。",
            True,
        ),
        # a reason for leaving, with what was achieved
        (
            "前職では営業として3年連続で目標を達成しましたが、会社の方針で既存顧客の対応が中心となり、新規開拓に挑戦できなくなりました。新しい市場を切り開く仕事がしたいと考え、転職を決めました。",
            False,
        ),
        (
            "前職では事務の効率化に取り組み、残業時間を月20時間削減しました。より大きな規模で業務改善に携わりたいと考え、コンサルティング業界を目指すことにしました。",
            False,
        ),
        (
            "前職では経理として月次決算の早期化に取り組み、締め日を5日短縮しました。その中で、より経営に近い立場で数字を扱いたいと考えるようになりました。",
            False,
        ),
    ],
)
def test_self_pr_for_reason_for_leaving_is_off_topic(answer: str, off: bool) -> None:
    assert (OFF in _codes(answer, LQ, "reason_for_leaving")) is off


SHORT = "前職を半年で退職した理由を教えてください。"


@pytest.mark.parametrize(
    ("answer", "kind", "expected"),
    [
        (
            "入社前に思っていた仕事と違い、ついていけないと感じたためです。",
            "short_tenure",
            {UNEXPLAINED},
        ),
        ("イメージと違い、やりがいを感じられなかったためです。", "short_tenure", {UNEXPLAINED}),
        (
            "入社前に思っていた仕事と違ったので、辞めました。正直、思っていたより地味な作業が多かったです。",
            "short_tenure",
            {UNEXPLAINED},
        ),
        (
            "入社前に思っていた仕事と違ったことが理由です。会社が悪いわけではなく、自分の確認不足でした。",
            "short_tenure",
            {UNEXPLAINED},
        ),
        ("思っていた仕事と違い、正直つまらなかったです。", "reason_for_leaving", set()),
        (
            "入社前に思っていた仕事と違ったためです。企画職を希望していましたが、実際は営業のサポートが中心でした。今後は企画に携わりたいと考えています。",
            "reason_for_leaving",
            set(),
        ),
        # the employer, its people or the treatment judged: blame still
        (
            "思っていた仕事と全然違いました。説明もなく雑用ばかり押し付けられ、上司も何も教えてくれませんでした。",
            "reason_for_leaving",
            {BLAME},
        ),
        (
            "上司がパワハラ気味で、何を提案しても否定されました。給料も安く、残業代も出なかったので辞めました。",
            "reason_for_leaving",
            {BLAME},
        ),
    ],
)
def test_own_expectation_mismatch_is_not_blame(answer: str, kind: str, expected: set[str]) -> None:
    codes = _codes(answer, SHORT if kind == "short_tenure" else LQ, kind)
    assert codes & {BLAME, UNEXPLAINED, OFF} == expected


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
    assert (RESEARCH in _codes(answer, RQ, "reverse_questions", MAKER)) is researchable
