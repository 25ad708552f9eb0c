"""Answer error classes of session 7 (short tenure, 逆質問 conditions and researchable, 長所
read as a self-PR, generic motivation, blame): kind inference for questions that call a stay
short, a placement mismatch with its lesson and what comes next, a condition named as the
setting of a question about the work, 「実際のところ」, contemptuous slang for a coworker, and the
limits of one's own role. Sentences written for these tests (spoken, written ES, new graduates,
mid-career), none taken from the evaluation cases."""

from __future__ import annotations

import pytest

from furikaeri.analyzer import analyze
from furikaeri.analyzer.kinds import infer_kind

TENURE = "short_tenure.unexplained"
COND = "reverse_question.conditions"
RESEARCH = "reverse_question.researchable"
ABSTRACT = "self_pr.abstract"
GENERIC = "motivation.generic"
BLAME = "negative_reason.blame"

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
TRUCKS = {
    "name": "株式会社みちのく運送",
    "profile": (
        "東北の食品メーカー向けに定温輸送を行う運送会社。共同配送サービス『つなぎ便』を運営し、"
        "2024年に自社の運行管理アプリを導入した。"
    ),
}


def _codes(answer: str, question: str, company: dict[str, str] | None = None) -> set[str]:
    return {f.code for f in analyze(answer, question=question, company=company).findings}


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("前職のご在籍が7か月と短いですが、どうされたのでしょうか。", "short_tenure"),
        ("職務経歴書を見ると、前の職場の在籍が短いようですね。", "short_tenure"),
        ("ご在籍は半年ですね。何かあったのでしょうか。", "short_tenure"),
        ("前の会社は4か月ほどですね。", "short_tenure"),
        ("長所と短所を一つずつ教えてください。", "self_pr"),
        ("強みと弱みをお聞かせください。", "self_pr"),
        ("長所は何だと思いますか。", "self_pr"),
        ("ご自身の良いところを教えてください。", "self_pr"),
        # not a short stay: a long one, or the work's own periods
        ("前職には10年勤務されていたのですね。", "other"),
        ("あなたの短所を教えてください。", "other"),
    ],
)
def test_kind_inference(question: str, kind: str) -> None:
    assert infer_kind(question) == kind


Q_SHORT = "前職の在籍期間が短いようですが、何かあったのでしょうか。"


@pytest.mark.parametrize(
    ("answer", "flagged"),
    [
        # vague, or only a promise: nothing the interviewer can weigh
        ("思うところがいろいろとありまして、退職を決めました。", True),
        ("自分には別の道が合っていると思い、辞めることにしました。", True),
        ("次の職場こそは長く続けたいと思っております。粘り強く頑張ります。", True),
        ("私の甘さが原因でした。反省し、今後は長く働きたいと考えています。", True),
        (
            "営業職の採用でしたが、配属は物流センターで、当面は異動できないと言われ退職しました。"
            "現在は宅建の取得に向けて勉強中です。",
            False,
        ),
        # a placement other than the job hired for, the lesson and what comes next
        (
            "総務職として採用されましたが、実際には工場のライン作業に配属され、2年は異動できない"
            "と言われたため退職しました。配属を確かめずに入社したことは反省しており、今回は求人票"
            "と面談で仕事内容を確認しています。",
            False,
        ),
        (
            "設計職での内定でしたが、入社後は全員まず営業に回される方針で、少なくとも3年は設計に"
            "戻れないとのことでした。営業で顧客の声を聞けたことは学びになりました。今は腰を据えて"
            "設計の腕を磨きたいと考えています。",
            False,
        ),
        (
            "海外営業の募集で入社しましたが、配属は国内の倉庫で、5年間はこの部署だと説明されま"
            "した。現在は貿易実務検定の勉強をしており、御社で長く働きたいと考えています。",
            False,
        ),
    ],
)
def test_short_tenure(answer: str, flagged: bool) -> None:
    assert (TENURE in _codes(answer, Q_SHORT)) is flagged


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
    found = _codes(
        answer, Q_REVERSE, DEVELOPER if "理念" in answer or "リモート" in answer else HOSPITAL
    )
    assert found & {COND, RESEARCH} == codes


@pytest.mark.parametrize(
    ("question", "answer", "flagged"),
    [
        (
            "長所と短所を教えてください。",
            "長所は誠実さです。約束は必ず守ります。短所は頑固なところです。",
            True,
        ),
        (
            "長所は何だと思いますか。",
            "前向きなところです。落ち込んでもすぐに気持ちを切り替えられます。",
            True,
        ),
        (
            "自己PRをお願いします。",
            "経理として12年間勤めてまいりました。正確さと誠実さを大切にし、社内の多くの方から"
            "信頼をいただいております。調整力とリーダーシップには自信があります。",
            True,
        ),
        (
            "長所と短所を教えてください。",
            "長所は粘り強さです。ゼミの調査でアンケートが30件しか集まらなかった際、商店を一軒ずつ"
            "訪ねてお願いし、最終的に120件を集めました。短所は心配性なところです。",
            False,
        ),
    ],
)
def test_strengths_read_as_self_pr(question: str, answer: str, flagged: bool) -> None:
    assert (ABSTRACT in _codes(answer, question)) is flagged


@pytest.mark.parametrize(
    ("answer", "flagged"),
    [
        (
            "人々の暮らしを支える仕事がしたいと考えています。物流は社会に欠かせない役割を担って"
            "おり、確かな実績をお持ちで、チームワークを大切にする社風の御社を志望しました。",
            True,
        ),
        (
            "前職で食品工場の出荷を担当し、定温輸送の手配に苦労しました。御社の『つなぎ便』は中小"
            "メーカーの荷物をまとめて運べる点に惹かれ、運行管理アプリの現場定着に携わりたいです。",
            False,
        ),
    ],
)
def test_generic_motivation(answer: str, flagged: bool) -> None:
    assert (GENERIC in _codes(answer, "当社を志望する理由を教えてください。", TRUCKS)) is flagged


def test_praise_the_profile_shares_is_still_generic() -> None:
    """The profile's own words of praise (暮らし, チームワーク, 社風) said back show nothing of the
    business: the bridges, the drones and the surveys are what this company does."""
    company = {
        "name": "株式会社みなも建設",
        "profile": (
            "橋やトンネルの維持補修で地域の暮らしを支える建設会社。ドローン点検と3次元測量を"
            "導入し、県内の橋梁点検で実績を重ねる。チームワークを重んじる社風。"
        ),
    }
    answer = (
        "人々の暮らしを支える仕事がしたいと考えています。建設業界は社会に欠かせない役割を担って"
        "おり、確かな実績を持ち、チームワークを大切にする社風の御社で働きたいと思いました。"
    )
    assert GENERIC in _codes(answer, "志望動機をお聞かせください。", company)


Q_LEAVE = "転職を考えた理由を教えてください。"


@pytest.mark.parametrize(
    ("answer", "flagged"),
    [
        ("人間関係です。お局さんみたいな方がいて、新人のミスをいつも噂にしていました。", True),
        ("正直に言うと、老害と呼ばれるような上司がいて、若手の提案は全部却下されました。", True),
        ("先輩たちの間で、新人はいつも陰口の的にされていました。", True),
        (
            "窓口担当として、私の立場では商品のご案内までしかできませんでした。今後はお客様の"
            "資産全体を一緒に考える仕事に携わりたいと考えています。",
            False,
        ),
        (
            "契約社員という立場上、企画の会議には参加できませんでした。正社員として商品企画に"
            "携わりたいと考え、転職を決めました。",
            False,
        ),
    ],
)
def test_blame(answer: str, flagged: bool) -> None:
    assert (BLAME in _codes(answer, Q_LEAVE)) is flagged


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


@pytest.mark.parametrize(
    ("question", "answer", "code", "present"),
    [
        # The experiential 〜たことがあります tells one past event: an episode.
        (
            "あなたの長所を教えてください。",
            "長所は、細かな違いに気づけるところです。前職の総務で、備品の発注データの重複を5件見つけ、"
            "約20万円の無駄な発注を止めたことがあります。",
            ABSTRACT,
            False,
        ),
        # A slang intensifier is no judgement: help received from the support team.
        (
            "転職を考えた理由を教えてください。",
            "今の職場の上司がサポートの人にめっちゃ助けられたって話してて、自分も支える側に回りたいと"
            "思ったんです。",
            BLAME,
            False,
        ),
        # …while the complaint it intensifies still is one.
        (
            "転職を考えた理由を教えてください。",
            "上司がめっちゃ怒鳴ってくるし、給料もめっちゃ安かったんです。",
            BLAME,
            True,
        ),
    ],
)
def test_episodes_and_intensifiers(question: str, answer: str, code: str, present: bool) -> None:
    assert (code in {f.code for f in analyze(answer, question=question).findings}) is present
