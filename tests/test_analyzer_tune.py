"""Held-out error classes (issue 10 tuning): own cases per class, in varied styles.

Each table compares only the codes of its class, so that a row tests one judgement.
"""

from __future__ import annotations

import pytest

from furikaeri.analyzer import KINDS, analyze


def _codes(kq: str, answer: str, company: dict | None, only: set[str]) -> set[str]:
    if kq in KINDS:
        result = analyze(answer, kind=kq, company=company)
    else:
        result = analyze(answer, question=kq, company=company)
    return {f.code for f in result.findings} & only


# ------------------------------------------------- 1. casual_language vs spoken_style
CASUAL = "manners.casual_language"
SPOKEN = "manners.spoken_style"
REGISTER = [
    # Spoken connectives: conversational, not slang.
    ("other", "えっと、前職では経理をしていたんですけど、月次決算を三日早めました。", {SPOKEN}),
    ("other", "あの、規模は小さかったんですけど、新規の取引先を十社開拓しました。", {SPOKEN}),
    (
        "other",
        "異動してからは、営業だけの仕事じゃなくなったので、数字の管理も覚えました。",
        {SPOKEN},
    ),
    ("other", "派遣社員じゃなく、正社員として長く働きたいと考えています。", {SPOKEN}),
    ("other", "まあ、最初は不安だったんですけど、先輩に相談しながら慣れていきました。", {SPOKEN}),
    # Real slang stays casual_language (with or without spoken connectives).
    ("other", "ぶっちゃけ給料が決め手でした。", {CASUAL}),
    ("other", "前の現場はマジで忙しかったんですけど、なんとか乗り切りました。", {CASUAL, SPOKEN}),
    ("other", "締め切り前はほんとやばい状況でした。", {CASUAL}),
    ("other", "来週から来れます。", {CASUAL}),
    ("other", "自分、体力には自信あるっす。", {CASUAL}),
    # Look-alikes: nothing.
    ("other", "大学ではマジック研究会に所属し、地域の施設で公演を企画しました。", set()),
    ("other", "ゲームアプリのガチャ機能の設計を担当していました。", set()),
    ("other", "超高齢社会に向けて、在宅介護の支援に携わりたいと考えています。", set()),
    ("other", "お客様が資料をいつでも見られるように、共有フォルダを整理しました。", set()),
    ("other", "週末も来られる方を優先してシフトを組みました。", set()),
    (
        "新卒として御社を志望する理由は何ですか。",
        "貴社の研修制度では、配属後も先輩社員からの指導を受けられる点に魅力を感じました。",
        set(),
    ),
]


@pytest.mark.parametrize(("kq", "answer", "expected"), REGISTER)
def test_register(kq: str, answer: str, expected: set[str]) -> None:
    assert _codes(kq, answer, None, {CASUAL, SPOKEN}) == expected


REGISTER_MORE = [
    (
        "self_intro",
        "経済学部の田中です。ゼミでは統計を勉強しました。よろしくお願いしまーす。",
        {CASUAL},
    ),
    ("self_intro", "物流会社で配車を担当してました、木村でーす。", {CASUAL, SPOKEN}),
    ("other", "えー、前職では在庫管理を担当していました。", set()),
    ("other", "前職では営業でしたけど、今は企画の仕事に関心があります。", {SPOKEN}),
    ("other", "締め切りに間に合わなくて、焦っちゃいました。", {SPOKEN}),
    ("other", "規模は小さいですが、新規の取引先を十社開拓しました。", set()),
    ("other", "派遣社員ではなく、正社員として長く働きたいと考えております。", set()),
]


@pytest.mark.parametrize(("kq", "answer", "expected"), REGISTER_MORE)
def test_register_more(kq: str, answer: str, expected: set[str]) -> None:
    assert _codes(kq, answer, None, {CASUAL, SPOKEN}) == expected


# ------------------------------------------------- 2. reverse_question.researchable
RESEARCH = "reverse_question.researchable"
REVERSE = [
    ("reverse_questions", "御社の主力製品はどれですか。", {RESEARCH}),
    ("reverse_questions", "本社はどこですか。", {RESEARCH}),
    ("reverse_questions", "えっと、営業所はいくつありますか。", {RESEARCH}),
    ("reverse_questions", "御社は上場していますか。", {RESEARCH}),
    ("reverse_questions", "会社ができたのはいつですか。", {RESEARCH}),
    ("reverse_questions", "社員は何人くらいいますか。", {RESEARCH}),
    ("reverse_questions", "工場は全国にいくつありますか。", {RESEARCH}),
    ("reverse_questions", "上場はされていますか。", {RESEARCH}),
    ("reverse_questions", "支社は全国に何か所ありますか。", {RESEARCH}),
    ("reverse_questions", "配属予定の拠点では何名働いていますか。", set()),
    ("reverse_questions", "上場してから、現場の仕事の進め方は変わりましたか。", set()),
    # About the work, merely mentioning a product: not researchable.
    (
        "reverse_questions",
        "配属後、主力製品の提案営業ではどのような知識が特に求められますか。",
        set(),
    ),
    (
        "reverse_questions",
        "新しいサービスの開発チームでは、若手はどんな役割を担っていますか。",
        set(),
    ),
    (
        "reverse_questions",
        "御社の製品を扱う上で、入社前に勉強しておくべきことはありますか。",
        set(),
    ),
    (
        "reverse_questions",
        "上場を目指す中で、管理部門にはどのような役割が期待されていますか。",
        set(),
    ),
]


@pytest.mark.parametrize(("kq", "answer", "expected"), REVERSE)
def test_researchable(kq: str, answer: str, expected: set[str]) -> None:
    assert _codes(kq, answer, None, {RESEARCH}) == expected


# ------------------------------------------------- 3. communication.off_topic
OFF = "communication.off_topic"
OFF_TOPIC = [
    (
        "当社を志望する理由を教えてください。",
        "私の強みは粘り強さです。ゼミの研究でデータ収集が難航した際、毎日聞き取りを続け、"
        "最終的に百件の回答を集めました。この強みを活かしたいです。",
        {OFF},
    ),
    (
        "志望動機をお聞かせください。",
        "えー、私の長所は、あの、責任感があるところです。アルバイトで店長代理を任され、売上を一割伸ばしました。",
        {OFF},
    ),
    (
        "転職を考えた理由を教えてください。",
        "5年後にはプロジェクトマネージャーとして、チームを率いていたいと考えています。"
        "そのために現在は資格の勉強をしています。",
        {OFF},
    ),
    (
        "最後に何か質問はありますか。",
        "私の強みは、前職で培った提案力です。既存顧客への提案を見直し、受注率を二割上げました。",
        {OFF},
    ),
    # On their own terms: not off-topic.
    (
        "当社を志望する理由を教えてください。",
        "貴社の物流システムが中小の荷主にも開かれている点に惹かれました。前職の配車経験を活かしたいです。",
        set(),
    ),
    (
        "転職を考えた理由を教えてください。",
        "顧客の課題に最初から最後まで関わる仕事がしたいと考えたためです。",
        set(),
    ),
    (
        "あなたの強みを教えてください。",
        "強みは段取り力です。文化祭の実行委員で、準備の工程表を作り、前日までに全ての準備を終えました。",
        set(),
    ),
    (
        "最後に何か質問はありますか。",
        "配属後、最初の半年で身につけるべきことは何でしょうか。",
        set(),
    ),
    # A generic motivation is still a motivation (motivation.generic, not off-topic).
    (
        "当社を志望する理由を教えてください。",
        "学生時代のゼミで地域活性化を研究し、その経験から地域に根差した仕事がしたいと考えました。",
        set(),
    ),
    (
        "当社を志望する理由を教えてください。",
        "私の強みである粘り強さを、営業の仕事で発揮したいと考えています。",
        set(),
    ),
    (
        "転職を考えた理由を教えてください。",
        "将来はマネジメントに携わりたいと考え、その機会が多い環境を求めて転職を決めました。",
        set(),
    ),
]


@pytest.mark.parametrize(("kq", "answer", "expected"), OFF_TOPIC)
def test_off_topic(kq: str, answer: str, expected: set[str]) -> None:
    assert _codes(kq, answer, None, {OFF}) == expected


# ------------------------------------------------- 4. short_tenure.unexplained
TENURE = "short_tenure.unexplained"
SHORT = [
    # Explained: a concrete reason plus what was learned, or a recovered illness.
    (
        "short_tenure",
        "入社前に聞いていた営業職ではなく、倉庫での作業に配属されたため退職しました。"
        "仕事内容を事前に確かめる大切さを学び、今回は面接で業務を詳しく伺っています。",
        set(),
    ),
    (
        "short_tenure",
        "えっと、持病の治療のために半年で退職しましたが、今は完治しておりまして、フルタイムで問題なく働けます。",
        set(),
    ),
    (
        "short_tenure",
        "体調を崩して三か月で退職しました。その後、通院を続けて回復し、現在はアルバイトで週五日勤務しています。",
        set(),
    ),
    (
        "short_tenure",
        "会社の事業撤退で部署がなくなり、一年で退職することになりました。この経験から、"
        "変化に備えて自分の専門性を磨くことの大切さを学びました。",
        set(),
    ),
    # Unexplained: a bare illness with nothing about the present, or nothing concrete.
    ("short_tenure", "体調を崩してしまい、半年で退職しました。", {TENURE}),
    ("short_tenure", "病気になったので、三か月で辞めました。", {TENURE}),
    ("short_tenure", "えー、いろいろあって、一年たたずに辞めることになりました。", {TENURE}),
    (
        "short_tenure",
        "自分には合わないと感じて、入社して半年で退職しました。今後は長く働ける会社を探しています。",
        {TENURE},
    ),
]


@pytest.mark.parametrize(("kq", "answer", "expected"), SHORT)
def test_short_tenure(kq: str, answer: str, expected: set[str]) -> None:
    assert _codes(kq, answer, None, {TENURE}) == expected


SHORT_HEALTH = [
    (
        "short_tenure",
        "体調を崩し、半年で退職しました。御社では長く働きたいと考えています。",
        {TENURE},
    ),
    (
        "short_tenure",
        "適応障害と診断され、四か月で退職しました。今後は腰を据えて働くつもりです。",
        {TENURE},
    ),
    (
        "short_tenure",
        "腰痛が悪化して半年で退職しましたが、治療を終えて今は問題なく働けます。長く勤めたいです。",
        set(),
    ),
]


@pytest.mark.parametrize(("kq", "answer", "expected"), SHORT_HEALTH)
def test_short_tenure_health(kq: str, answer: str, expected: set[str]) -> None:
    assert _codes(kq, answer, None, {TENURE}) == expected
