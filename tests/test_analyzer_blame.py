"""negative_reason.blame from the sentence's structure: polarity with a target, 〜てくれない,
the passive of suffering, 〜ばかり, conduct told with no evaluative word, a count with しか of pay
or time off, friction with a person named, the management as a subject; and what is not blame
(misfortune, a wish, fit, a relationship that did not work out, a problem the candidate solved
or a hardship turned, a complaint denied or set aside). Sentences written for these tests."""

from __future__ import annotations

import pytest
from support import answer_codes

from furikaeri.analyzer import analyze

OFF = "communication.off_topic"
BLAME = "negative_reason.blame"
ABSTRACT = "self_pr.abstract"
CASUAL = "manners.casual_language"
GENERIC = "motivation.generic"
UNEXPLAINED = "short_tenure.unexplained"
RESEARCH = "reverse_question.researchable"


COMPLAINTS = [
    # polarity of an evaluation, with the employer or its people as target
    ("店の方針がいい加減で、毎週のように言うことが変わりました。", "いい加減"),
    ("本部の指示は現場の実情を無視した理不尽なものばかりでした。", "理不尽"),
    ("課長の態度が悪く、朝礼のたびに気分が沈みました。", "悪く"),
    # a good thing denied
    (
        "何年働いても昇給がなく、会社に将来性を感じられませんでした。",
        "将来性を感じられませんでした",
    ),
    # pay low, hours high (synonyms through Sudachi's synonym groups)
    ("サラリーが同業より明らかに安く、生活が苦しかったです。", "安く"),
    ("時間外労働が月に百時間を超える月もあり、体が持ちませんでした。", "超える"),
    # 〜てくれない / 〜てもらえない
    ("店長は新人に何も教えてくれず、見て覚えろの一点張りでした。", "教えてくれず"),
    ("どれだけ提案しても、まともに取り合ってもらえませんでした。", "取り合ってもらえませんでした"),
    # passive of suffering
    ("取引先の前で部長に怒鳴られたことが決定打でした。", "怒鳴られた"),
    ("他人のミスまで私の責任にされ、始末書を書かされました。", None),
    ("無理な納期を一方的に押し付けられる毎日でした。", "押し付けられる"),
    # 〜ばかり
    ("事務職のはずが、実際には雑用ばかりでした。", "雑用ばかり"),
    # slang
    ("上司がほんとにありえない人で、毎日イライラしていました。", "ありえない"),
]


@pytest.mark.parametrize(("answer", "word"), COMPLAINTS)
def test_complaints_are_blame_with_evidence_on_the_words(answer: str, word: str | None) -> None:
    result = analyze(answer, kind="reason_for_leaving")
    found = {f.code: f for f in result.findings}
    assert BLAME in found, answer
    if word:
        assert any(word in e.text for e in found[BLAME].evidence), found[BLAME].evidence


NOT_BLAME = [
    # misfortune, not a judgement of anyone
    "入社後まもなく持病が悪化し、医師と相談して退職しました。",
    "勤めていた工場が海外移転で閉鎖されることになり、退職しました。",
    "父が倒れて実家の店を手伝う必要が生じたためです。",
    # what the candidate wants next
    "お客様と長く向き合える仕事がしたいと考え、転職を決めました。",
    "評価がきちんと数字で示される環境で力を試したいと考えています。",
    # a problem the candidate worked on
    "前職は残業が多い部署でしたが、私は当番表を作り直し、月の残業を半分にしました。",
    # a complaint denied
    "給料に不満があったわけではありません。営業から企画へ仕事の幅を広げたいのです。",
    "上司には丁寧に教えていただき、感謝しています。",
]


@pytest.mark.parametrize("answer", NOT_BLAME)
def test_misfortune_wishes_and_solved_problems_are_not_blame(answer: str) -> None:
    result = analyze(answer, kind="reason_for_leaving")
    assert BLAME not in {f.code for f in result.findings}, [
        (f.code, [e.text for e in f.evidence]) for f in result.findings
    ]


LEAVING = "転職理由を教えてください。"


@pytest.mark.parametrize(
    ("answer", "blame"),
    [
        # refused by customers and prospects: the hardship of sales
        (
            "前職の営業では、2年間断られ続けた病院に毎月通い、最後は採用していただきました。"
            "今後はこの粘り強さを活かし、製品企画の立場から医療現場を支えたいと考えております。",
            False,
        ),
        (
            "前の会社では飛び込み訪問で見込み客に何度も断られましたが、提案を工夫して"
            "目標を達成しました。次は既存顧客の支援に携わりたいと考えています。",
            False,
        ),
        (
            "前職では取引先に値上げを拒否されることもありましたが、原価の資料を示して"
            "合意をいただきました。今後は購買の立場で交渉力を活かしたいです。",
            False,
        ),
        (
            "前職では飛び込み営業で毎日断られましたが、断られた理由を記録して話し方を変え、"
            "半年で新規契約を12件獲得しました。今後は法人向けの提案営業に挑戦したいです。",
            False,
        ),
        # refused by the workplace's people: still blame
        ("前職の営業では、上司に企画書を出しても断られてばかりでした。", True),
        ("前職では上司に提案を何度も断られ、お客様のためになる仕事ができませんでした。", True),
        ("会社に異動の希望を断られ続け、評価もしてもらえなかったので辞めました。", True),
    ],
)
def test_refused_by_customers(answer: str, blame: bool) -> None:
    assert (BLAME in answer_codes(answer, question=LEAVING, kind="reason_for_leaving")) is blame


WHY = "退職理由を教えてください。"


@pytest.mark.parametrize(
    ("answer", "blamed"),
    [
        # the employer stinting: a judgement of it, in a colloquial verb
        ("前職は古い機械ばかりで、会社は設備投資もケチっていました。", True),
        ("会社が人件費をケチるばかりで、現場は常に人手不足でした。", True),
        # one's own thrift, or a stinting denied: no one judged
        ("私は交通費をケチって、自転車で通っていました。", False),
        ("材料費をケチらずに、良い素材を選ぶよう提案しました。", False),
    ],
)
def test_stinting_employer_is_blame(answer: str, blamed: bool) -> None:
    assert (BLAME in answer_codes(answer, question=WHY, kind="reason_for_leaving")) is blamed


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
    assert (BLAME in answer_codes(answer, question=Q_LEAVE)) is flagged


LQ = "前職を退職された理由を教えてください。"

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
    codes = answer_codes(answer, question=SHORT if kind == "short_tenure" else LQ, kind=kind)
    assert codes & {BLAME, UNEXPLAINED, OFF} == expected


Q_WHY_CHANGE = "転職を考えた理由を教えてください。"


@pytest.mark.parametrize(
    ("answer", "blamed"),
    [
        # a complaint word the speaker sets aside for what they want next
        (
            "職場に不満があるというより、介護の経験を医療の現場で活かしたいと考えるようになりました。",
            False,
        ),
        (
            "待遇への不満というより、企画から関われる仕事に挑戦したいという思いが強くなりました。",
            False,
        ),
        # …unless a complaint of people follows
        ("会社に不満があるというより、先輩が仕事を何も教えてくれなかったからです。", True),
        # the employer's direction questioned, an attempt of one's own, a goal
        (
            "売上だけを追う店舗運営に疑問を感じていました。店長に相談し、自分の担当売り場で在庫の"
            "見直しを試しましたが、全店への展開は認められませんでした。お客様の声を商品づくりに"
            "活かせる仕事に携わりたいと考えています。",
            False,
        ),
        (
            "紙の帳票に頼る運用に疑問があり、入力の自動化を提案して自分の課で導入しました。"
            "ただ会社全体ではなかなか広がりませんでした。業務改善を仕事の中心にしたいと考え、"
            "転職を決めました。",
            False,
        ),
        # …no goal after it, people judged, or a wish to leave: still blame
        ("方針に疑問を感じ、上司に提案しましたが、上司は無能で何も分かっていませんでした。", True),
        (
            "会社の方針がおかしいと感じ、改善を提案しましたが聞いてもらえず、上司も高圧的でした。"
            "もっと裁量のある職場で働きたいです。",
            True,
        ),
        (
            "何度相談しても、会社の体制は何も変わりませんでした。早く辞めたいと思っていました。",
            True,
        ),
        # a complaint told after the goal is no background of it
        (
            "改善を提案してきましたが、担当を外れました。専門性を高めたいと考えました。"
            "会社の方針がころころ変わり、意見は聞いてもらえませんでした。",
            True,
        ),
    ],
)
def test_blame_set_aside_or_constructive(answer: str, blamed: bool) -> None:
    assert (
        BLAME in answer_codes(answer, question=Q_WHY_CHANGE, kind="reason_for_leaving")
    ) is blamed


Q_SHORT_STAY = "前職を短期間で退職されていますが、理由を教えてください。"


@pytest.mark.parametrize(
    ("answer", "blamed"),
    [
        # a relationship that did not work out: fit, no one judged
        ("職場の人間関係がうまくいかず、半年で退職しました。", False),
        ("配属先のチームにうまく溶け込めず、自分から相談することもできませんでした。", False),
        ("周囲との関係が上手くいかなかったことが一番の理由です。", False),
        # a person of the workplace named, or judged: blame
        ("課長との関係がうまくいかず、三か月で辞めました。", True),
        ("人間関係がギスギスしていて、毎日つらかったです。", True),
        ("同期が非協力的で、仕事を押し付けられてばかりでした。", True),
    ],
)
def test_relationship_without_judgement(answer: str, blamed: bool) -> None:
    assert (BLAME in answer_codes(answer, question=Q_SHORT_STAY, kind="short_tenure")) is blamed


JUDGED = {OFF, GENERIC, ABSTRACT, BLAME, CASUAL, UNEXPLAINED, RESEARCH}


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (
            "入社前に聞いていた仕事と実際の業務が全く違いました。企画職と言われていたのに、実際は飛び込み営業ばかりでした。会社に騙されたような気持ちになり、退職を決めました。",
            {BLAME},
        ),
        (
            "求人票には残業なしと書いてあったのに、実際は毎日終電でした。嘘をつかれたと感じ、辞めました。",
            {BLAME},
        ),
        ("上司に約束を裏切られたと感じ、退職しました。", {BLAME}),
        # a difference conceded and a wish told: no blame
        (
            "入社前の説明と実際の業務に違いがありましたが、それ自体は仕方のないことだと考えています。企画の仕事に本気で取り組みたいと気づき、転職を決めました。",
            set(),
        ),
        # a favour done by a junior is no suffering
        (
            "後輩から悩みを相談されることが多く、人を育てる仕事に就きたいと考えて退職しました。",
            set(),
        ),
    ],
)
def test_deceit_by_the_employer_is_blame(answer: str, expected: set[str]) -> None:
    assert (
        answer_codes(answer, question="退職理由を教えてください。", kind="reason_for_leaving")
        & JUDGED
    ) == expected


RL = "退職の理由をお聞かせください。"


def _found(answer: str, *, question: str | None = None, kind: str | None = None, **kw):
    return {
        f.code: [e.text for e in f.evidence]
        for f in analyze(answer, question=question, kind=kind, **kw).findings
    }


# ---------------------------------------------------------------- blame told by conduct
@pytest.mark.parametrize(
    ("answer", "word"),
    [
        # a manner that judges the actor, said of another department or of people
        (
            "物流部門が、営業の取ってきた注文を平気で断ってしまうことが続き、"
            "お客様との約束を何度も守れませんでした。",
            "平気で断っ",
        ),
        (
            "本社の企画部が、現場で決めた販促の日程を勝手に変えてしまうことがよくありました。",
            "勝手に変え",
        ),
        ("部長は、チームで合意した目標を一方的に引き上げる人でした。", "一方的に引き上げ"),
        # what people said, taken up by no one (a passive denied)
        (
            "管理部門と現場の距離が遠く、看護師の意見が病棟の運営に生かされることはまずありませんでした。",
            "意見",
        ),
        ("私の改善案は何度出しても採用されず、やがて誰も提案しなくなりました。", "改善案"),
        # the people of a place named with の+人 (上の人たち, 現場の方)
        (
            "正直、上の人たちが現場の事情を全然わかってなくて、話が通じませんでした。",
            "わかってなく",
        ),
        # friction with someone named
        ("主任との確執が深まり、毎朝職場に向かうのがつらくなりました。", "主任との確執"),
        # the person named in the clause before does not do something
        (
            "古株の先輩が一人いて、新人には必要な情報を一切共有しないので、"
            "仕事を覚えるのに苦労しました。",
            "共有しない",
        ),
    ],
)
def test_conduct_with_no_evaluative_word_is_blame(answer: str, word: str) -> None:
    found = _found(answer, question=RL, kind="reason_for_leaving")
    assert BLAME in found
    assert any(word in e for e in found[BLAME]), found[BLAME]


@pytest.mark.parametrize(
    "answer",
    [
        # a disregard denied praises
        "課長は部下の提案を一方的に退けることはなく、必ず理由を説明してくれる人でした。",
        "店長は勝手にシフトを変えず、いつも事前に相談してくれました。",
        "上司は一方的に話すのではなく、必ず私たちの意見を聞いてくれました。"
        "その姿勢を学び、次はマネジメントに挑戦したいと考え転職を決めました。",
        # a favour done unasked
        "チームの先輩が勝手に仕事を手伝ってくれることも多く、恵まれた環境でした。"
        "海外営業に挑戦したく転職を決めました。",
        # what people said, taken up: no complaint
        "現場の意見が運営に反映される職場で、私も提案を二つ形にできました。"
        "次は全社の仕組みづくりに関わりたいと考え、転職を決めました。",
        # a negative noun in a clause that sets the scene for the candidate's own action
        "パートさんが不満を口にしたときは、私が一人ずつ話を聞いて勤務表を組み直してきました。"
        "その経験を人事の仕事で生かしたいと考え、退職しました。",
        "後輩が不安を打ち明けても、すぐに答えを出さず一緒に手順を確認するようにしていました。"
        "教育に専念できる環境を求めて転職を決めました。",
        # a neutral or fussy act denied of a boss: praise
        "上司はあれこれ口出ししない人で、企画を一人で任せてもらえました。"
        "その経験を生かして、より大きな案件に挑戦したいと考え退職しました。",
        # an adjective that describes a thing, not the workplace (a health reason)
        "腰の持病が悪化し、重い資材を運ぶ作業は続けられないと医師に言われて退職しました。"
        "今は治療を終え、事務作業には全く支障がありません。",
    ],
)
def test_conduct_told_well_or_a_scene_set_is_not_blame(answer: str) -> None:
    assert BLAME not in _found(answer, question=RL, kind="reason_for_leaving")


Q_FIRST_JOB_SHORT = "1社目を1年足らずで辞められた理由を教えてください。"


@pytest.mark.parametrize(
    "answer",
    [
        (
            "面接では開発職と聞いていましたが、入社後は全員がコールセンターに配属され、"
            "部長からは当面は変わらないと言われました。電話対応で相手の話を整理する力が身につき、"
            "休日にはプログラミングの講座に通ってアプリを作りました。"
            "今回は応募の前に業務内容を確認しています。"
        ),
        (
            "広報を希望していましたが、配属は工場の総務で、3年は異動がないと説明されました。"
            "人事に一度面談をお願いしましたが、変わりませんでした。"
            "この経験から、応募する前に配属の考え方を確かめるようになりました。"
            "総務で身につけた労務の知識は、御社でも活かせると考えています。"
        ),
    ],
)
def test_broken_promise_reported_is_no_blame(answer: str) -> None:
    found = answer_codes(answer, question=Q_FIRST_JOB_SHORT, kind="short_tenure")
    assert BLAME not in found and UNEXPLAINED not in found


@pytest.mark.parametrize(
    "answer",
    [
        # blame in evaluating words stays blame, lesson or not
        (
            "店長が気分屋で、理不尽な指示ばかりでした。この経験から、"
            "職場の雰囲気を事前に確かめる大切さを学びました。"
        ),
    ],
)
def test_judging_words_stay_blame(answer: str) -> None:
    assert BLAME in answer_codes(
        answer, question="退職された理由は何ですか。", kind="reason_for_leaving"
    )


LEAVE = "前職を退職された理由を教えてください。"


@pytest.mark.parametrize(
    ("answer", "blame"),
    [
        ("前の会社、ベテランが次々辞めてしまって、ほんとにヤバい状態でした。", True),
        ("当時の職場は、毎月のように人が抜けて、ひどい状況が続いていました。", True),
        # a state that befell no one's fault, or an own act on it
        (
            "前の職場では人手が足りない状態が続き、私は新人教育の手順を作りました。その経験を生かし、教育の仕事に専念したいと考えています。",
            False,
        ),
        ("より大きな案件に挑戦したいと考え、退職を決めました。", False),
        # several people's share carried alone: the workplace short of hands
        ("前の職場、人がどんどん辞めていって、一人で三人分の仕事を回していました。", True),
        ("最後の半年は二人分の業務を一人で抱えていて、休む暇もありませんでした。", True),
        # …not when the candidate's own act on it follows, nor in a self-PR's result
        (
            "前の職場では一人で三人分の仕事を回していましたが、手順書を整えて負担を減らしました。"
            "今後は業務改善を専門に担いたいと考えています。",
            False,
        ),
    ],
)
def test_workplace_falling_apart(answer: str, blame: bool) -> None:
    assert (BLAME in answer_codes(answer, question=LEAVE, kind="reason_for_leaving")) is blame


@pytest.mark.parametrize(
    "answer",
    [
        # a coworker who does no work; the burden falls on me
        "同じチームの先輩がほとんど仕事をしないため、その分の作業がいつも私に回ってきていました。"
        "このままでは自分の仕事に集中できないと思い、転職を決めました。",
        "隣の席の同僚が電話を一切取らないので、問い合わせは全部私が受けていました。",
        # consulting the boss and nothing changes; a voice that never reaches
        "上司に何度相談しても、何も変わりませんでした。現場の声が届かない会社だと感じ、"
        "退職を決意しました。",
        "人が足りないと何度訴えても、一向に改善されませんでした。",
        "意見が反映されない職場だったので、辞めることにしました。",
        # a manager who never shows up and brushes complaints off
        "店長は現場にほとんど顔を出さず、スタッフが不満を伝えても「みんな我慢しているんだから」"
        "と言うだけでした。そういう環境で働き続けるのは難しいと思いました。",
        "部長は誰も責任を取ろうとせず、トラブルはいつも現場任せでした。",
        # a workplace characterised by a clause
        "正直者が損をする職場でした。",
        "若手が育たない環境で、このままでは自分も成長できないと思いました。",
        "人がどんどん辞めていく職場で、残った人に仕事が偏っていました。",
        # chronic understaffing, no breaks
        "慢性的な人手不足で、休憩も取れない日がほとんどでした。改善をお願いしても人は増えず、"
        "体力的にも限界を感じて退職しました。",
    ],
)
def test_others_conduct_is_blame(answer: str) -> None:
    assert BLAME in answer_codes(answer, kind="reason_for_leaving")


@pytest.mark.parametrize(
    "answer",
    [
        # what others did not do that was good
        "先輩は忙しい中でも嫌な顔ひとつせず、丁寧に教えてくださいました。"
        "ただ、会社が海外事業から撤退することになり、海外と関わる仕事を続けたいと考えて"
        "転職を決めました。",
        "上司は私の提案を否定せず、いつも最後まで聞いてくれました。それでも、もっと大きな"
        "裁量のある環境で挑戦したいと考え、転職を決意しました。",
        "同僚は誰も辞めず、長く働ける雰囲気の職場でした。ただ、専門性を高めたいと思い、"
        "転職を決めました。",
        # a hardship met and acted on; a try that did not change a fact
        "前職では人手が足りない時期が続きましたが、私はシフトの組み方を見直し、休憩を交代で"
        "取れるようにしました。その経験を活かし、今後は店舗運営に携わりたいと考えています。",
        "上司に相談し、担当を変えてもらうこともできましたが、自分のやりたい企画の仕事は社内には"
        "ないと分かり、転職を決めました。",
        "上司がいない時間帯は自分で判断する必要があり、判断力が身につきました。"
        "その力を活かして、より責任のある仕事に挑戦したいと考えています。",
        # the company wished for, not the one left
        "残業のない会社で、家族との時間も大切にしながら長く働きたいと考えています。",
        "失敗しても挑戦が認められる会社で働きたいと思い、転職を決めました。",
    ],
)
def test_others_conduct_told_well_is_not_blame(answer: str) -> None:
    assert BLAME not in answer_codes(answer, kind="reason_for_leaving")


# ---------------------------------------------------------------- 4. blame, precision
@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        # relationships mentioned vaguely, trailing off: no one is blamed; the stay is unexplained
        (
            "えっと、人間関係がちょっと……。いろいろあって、続けるのは難しいかなと思って辞めました。",
            "short_tenure",
        ),
        (
            "職場の人間関係が自分には合わないなと感じて、早めに辞めることにしました。",
            "short_tenure",
        ),
        ("まあ、周りとちょっと合わなかったというのもあって……。それで辞めました。", "short_tenure"),
        (
            "人間関係というか、雰囲気が合わないなと思うことが多くて、それで転職を考えました。",
            "reason_for_leaving",
        ),
        ("みんなとあまり馴染めなかったので、半年で退職しました。", "short_tenure"),
    ],
)
def test_a_vague_mention_of_relationships_is_not_blame(answer: str, kind: str) -> None:
    codes = answer_codes(answer, kind=kind)
    assert BLAME not in codes
    if kind == "short_tenure":
        assert "short_tenure.unexplained" in codes


@pytest.mark.parametrize(
    "answer",
    [
        "人間関係が悪く、上司からは毎日のように怒鳴られていました。",
        "直属の上司と価値観が合わず、何を提案しても否定されるばかりでした。",
        "職場の人間関係がギスギスしていて、陰口ばかりの環境でした。",
        "先輩と反りが合わず、仕事を教えてもらえませんでした。",
    ],
)
def test_friction_with_a_person_named_stays_blame(answer: str) -> None:
    assert BLAME in answer_codes(answer, kind="reason_for_leaving")


@pytest.mark.parametrize(
    ("answer", "blame"),
    [
        # a peer who does not work; breaks that cannot be taken
        (
            "いや、同期が全然働かないんですよ。で、結局そのしわ寄せが全部こっちに来るっていう。",
            True,
        ),
        ("休憩時間もろくに取れないまま、毎日12時間近く働いていました。", True),
        ("何度頼んでも、上司は一度も褒めてくれず、評価もされませんでした。", True),
        # a favour done by someone of the workplace
        ("面倒見がいいとよく言われるので、後輩からは慕われるほうだと思います。", False),
        ("上司からも頼られ、やりがいのある毎日でしたが、専門性を高めたいと考えました。", False),
    ],
)
def test_peers_breaks_and_favours(answer: str, *, blame: bool) -> None:
    assert (BLAME in answer_codes(answer, kind="reason_for_leaving")) is blame


@pytest.mark.parametrize(
    "answer",
    [
        "待遇に不満があったわけではありません。前職の介護施設は職員同士の仲も良く、やりがいの"
        "ある職場でしたが、人員配置の都合で利用者お一人おひとりと話す時間が十分に取れないことに"
        "もどかしさを感じていました。ご本人の思いに寄り添ったケアができる環境で働きたいと"
        "考えています。",
        "年収が下がることも承知しております。前職の印刷会社では、小ロットの注文は採算が合わず"
        "お断りせざるを得ないことが多くありました。地域の小さなお店の販促物にも応えられる"
        "仕事がしたいと考えています。",
        "上司や同僚には恵まれましたが、ルート営業のため新しいお客様の課題に取り組む機会が"
        "ありませんでした。新規開拓に挑戦できる環境で力を試したいと考え、転職を決めました。",
    ],
)
def test_complaints_set_aside_with_a_wish_are_no_blame(answer: str) -> None:
    assert BLAME not in answer_codes(
        answer, question="転職を考えた理由を教えてください。", kind="reason_for_leaving"
    )


@pytest.mark.parametrize(
    "answer",
    [
        # set aside in words, then the people blamed all the same
        "給与への不満ではありません。上司が毎日部下を怒鳴りつけ、相談できる人がいなかったので、"
        "落ち着いて働ける職場で長く働きたいと考えています。",
        # nothing set aside: plain complaints
        "残業が多いうえに給料も低く、上司も何も対策を打たなかったので辞めました。",
    ],
)
def test_complaints_not_set_aside_stay_blame(answer: str) -> None:
    assert BLAME in answer_codes(
        answer, question="退職理由を教えてください。", kind="reason_for_leaving"
    )


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # a problem of the workplace, then what one did about it
        (
            "チームで仕事を進めるうえで心がけていることは何ですか。",
            "前の部署は情報共有が少ない職場だったので、私から週に一度の短い打ち合わせを提案し、"
            "作業の重なりをなくしました。",
        ),
        # a fact conceded, then one's own way
        (
            "プレッシャーを感じたときはどうしていますか。",
            "前職は月末に残業が多かったのですが、やることを紙に書き出して一つずつ片付けていました。",
        ),
    ],
)
def test_a_problem_met_and_acted_on_is_no_blame(question: str, answer: str) -> None:
    assert BLAME not in answer_codes(answer, question=question)


Q_UNDER_A_YEAR = "前職を1年未満で退職されていますが、理由を教えてください。"


@pytest.mark.parametrize(
    "answer",
    [
        "料理長とはどうしてもうまくいかず、4か月で辞めました。",
        "配属された営業所の支店長と上手くいかなかったので退職しました。",
        "勤めていた店はかなりブラックで、すぐに辞めました。",
        "前の店舗はブラックだったため、2か月で退職しています。",
    ],
)
def test_friction_and_slang_are_blame(answer: str) -> None:
    assert BLAME in answer_codes(answer, question=Q_UNDER_A_YEAR, kind="short_tenure")


@pytest.mark.parametrize(
    "answer",
    [
        # a mismatch with the posting, told alone, is a fact of the job
        "募集のときに聞いていた担当業務と実際の業務が違っていたため、早めに退職しました。",
        # friction denied
        "上司とうまくいかなかったということはなく、介護のために退職しました。現在は家族の協力"
        "が得られ、長く働ける状況です。",
        # the shop named with no judgement
        "前の店では接客とレジを担当しました。親の看病のため退職しましたが、現在は落ち着き、"
        "長く働ける状況です。",
        # friction the candidate worked on
        "料理長とうまくいかない時期もありましたが、毎日の仕込みで相談を重ねて信頼関係を築き"
        "ました。退職は家族の転勤のためで、今後は長く働きたいと考えています。",
        # work that did not go well, no person named
        "新しい機械の操作がうまくいかず、適性を見直して退職しました。現在は資格を取り、長く"
        "働きたいと考えています。",
    ],
)
def test_facts_are_not_blame(answer: str) -> None:
    assert BLAME not in answer_codes(answer, question=Q_UNDER_A_YEAR, kind="short_tenure")


OFF_ABSTRACT_BLAME = {OFF, ABSTRACT, BLAME}

Q_PR_PLAIN = "自己PRをお願いします。"

Q_LEFT = "退職理由を教えてください。"


@pytest.mark.parametrize(
    ("answer", "question", "kind", "expected"),
    [
        (
            "前職では問い合わせ対応の担当が長く、次は企画の仕事に挑戦したいと考えて退職を決めました。",
            Q_PR_PLAIN,
            "self_pr",
            {OFF},
        ),
        (
            "検品の担当期間が長く続いたことで品質を見る目は養えましたが、今後は設計に携わりたいと考えました。",
            Q_LEFT,
            "reason_for_leaving",
            set(),
        ),
        # near-misses: hours and a boss complained of
        (
            "拘束時間が長く、上司も話を聞いてくれなかったので辞めました。",
            Q_LEFT,
            "reason_for_leaving",
            {BLAME},
        ),
    ],
)
def test_tenure_is_no_complaint(answer: str, question: str, kind: str, expected: set[str]) -> None:
    assert (answer_codes(answer, question=question, kind=kind) & OFF_ABSTRACT_BLAME) - (
        {ABSTRACT} if OFF in expected else set()
    ) == expected


RL_WHY_QUIT = "前職を辞めた理由を教えてください。"


@pytest.mark.parametrize(
    ("answer", "blamed"),
    [
        ("工場の方針は毎年変わり、経営陣は現場の安全をまったく考えようとしませんでした。", True),
        ("上層部は私たちの提案を一度も検討しませんでした。", True),
        ("首脳陣は現場の事情を何もわかっておらず、見切りをつけました。", True),
        ("経営者は店舗の状況を一度も見に来ませんでした。", True),
        # the management praised, or told as a setting, is no complaint
        (
            "経営陣は若手の提案にも耳を傾けてくれる方々で、多くを学びました。次は企画職に挑戦したいです。",
            False,
        ),
        (
            "経営陣が交代したのを機に、以前から関心のあった物流の仕事に挑戦したいと考えました。",
            False,
        ),
        (
            "上層部は休まず現場を回っており、その姿勢から多くを学びました。今後は管理職を目指したいです。",
            False,
        ),
    ],
)
def test_management_as_subject(answer: str, blamed: bool) -> None:
    assert (
        BLAME in answer_codes(answer, question=RL_WHY_QUIT, kind="reason_for_leaving")
    ) is blamed


@pytest.mark.parametrize(
    ("answer", "blamed"),
    [
        ("前の会社の方針は売上優先で、点検の時間が削られていきました。", True),
        ("本社は数字至上主義で、店舗の意見は通りませんでした。", True),
        ("経営方針が人件費削減一辺倒でした。", True),
        ("社長は利益を最優先にしていたため、転職を決めました。", True),
        # …not one's own priorities, nor a slogan of safety or customers
        ("私は常に安全を最優先に作業してきました。今後は設備保全の専門性を高めたいです。", False),
        ("前職の会社は安全第一を掲げており、その考え方を学びました。", False),
    ],
)
def test_money_before_all_else(answer: str, blamed: bool) -> None:
    codes = answer_codes(answer, question="転職理由を教えてください。", kind="reason_for_leaving")
    assert (BLAME in codes) is blamed


WHY_LEAVE = "前の職場を辞めようと思われた理由は何ですか。"


@pytest.mark.parametrize(
    ("answer", "blamed"),
    [
        # solved: the complaint is the cause of what the candidate did, told as done
        (
            "前職の営業部は残業が多かったため、日報を自動で集計する仕組みを作り、部全体の残業を"
            "月15時間減らしました。今後は業務改善を専門にしたいです。",
            False,
        ),
        (
            "評価の基準があいまいだったため、私が評価シートを作って導入し、面談の時間を半分に"
            "しました。これからは人事制度づくりに専念したいです。",
            False,
        ),
        (
            "休日出勤が多かったから、作業の順番を見直して休日出勤をなくしました。次は現場全体の"
            "改善に関わりたいです。",
            False,
        ),
        # not solved: the attempt turned down, or nothing done
        (
            "職場は休日出勤が多かったため、改善を提案しましたが、聞き入れてもらえませんでした。"
            "それで退職を決めました。",
            True,
        ),
        ("残業代がきちんと出なかったので、辞めることにしました。", True),
        (
            "残業が多すぎたので、業務の見直しを上司に提案しましたが、何も変わりませんでした。",
            True,
        ),
    ],
)
def test_a_problem_solved_is_no_complaint(answer: str, blamed: bool) -> None:
    assert (BLAME in answer_codes(answer, question=WHY_LEAVE, kind="reason_for_leaving")) is blamed


@pytest.mark.parametrize(
    "answer",
    [
        "配属されてから、回されるのは書類のコピーと電話番ばかりでした。",
        "毎日、倉庫の片付けばかりやらされていました。",
        "課長は部下がまとめた提案を、自分の手柄として役員に説明していました。",
        "主任が私の分析結果を自分の実績にしてしまいました。",
        "どれだけ成果を上げても、賞与には反映されませんでした。",
        "入社して2年たっても、任されるのは伝票の仕分けだけでした。",
    ],
)
def test_blame_told_as_facts(answer: str) -> None:
    assert BLAME in answer_codes(
        answer, question="転職を考えた理由を教えてください。", kind="reason_for_leaving"
    )


@pytest.mark.parametrize(
    "answer",
    [
        # the work characterised: maybe a boast
        "任されるのは重要な案件ばかりで、やりがいを感じていました。今後は管理職を目指したいと考えています。",
        # who was given the work, not what: a boast
        "大きな案件を任されたのは同期で私だけでした。今後はより大きな裁量のある環境で挑戦したいと考えています。",
        # one's own results shared, not taken
        "先輩は自分の成果を後輩にも惜しまず共有してくださいました。今後は私も人を育てる立場に挑戦したいと考えています。",
        # results and a denial of one's own complacency: no target of the employer's
        "結果を出しても慢心せず、次の目標を立ててきました。より大きな裁量のある環境で挑戦したいと考えています。",
    ],
)
def test_near_misses_are_not_blame(answer: str) -> None:
    assert BLAME not in answer_codes(
        answer, question="転職を考えた理由を教えてください。", kind="reason_for_leaving"
    )


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("前の職場を辞めた理由は？", "ぶっちゃけ、ひどすぎて無理でした。残業も毎月80時間とかで。"),
        ("退職の理由をお聞かせください。", "正直に申し上げると、理不尽でした。"),
        ("どうして転職を考えたんですか。", "うーん、ブラックすぎて体がもたなかったです。"),
        # time off told as few: a complaint of the conditions, as pay told as low
        (
            "前職を辞めた理由を教えてください。",
            "有給がほとんど取れず、休日も少なくて疲れ切っていました。",
        ),
    ],
)
def test_unsubjected_judgement_is_blame_not_off_topic(question: str, answer: str) -> None:
    codes = answer_codes(answer, question=question)
    assert BLAME in codes
    assert OFF not in codes


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # a subject named: the judgement is of it, not of the workplace
        (
            "退職理由を教えてください。",
            "当時は体調が最悪でした。今は回復し、医師からも就労の許可を得ています。",
        ),
        # a modifier: one's own fault
        (
            "前職を辞めた理由を教えてください。",
            "契約が更新されなかったのは、自分の力不足のせいです。今は資格の勉強を続けています。",
        ),
        # denied: no judgement told
        (
            "退職理由を教えてください。",
            "よく言われるようなブラックではありませんでした。ただ、より専門性の高い業務に挑戦したいと考えました。",
        ),
        # attributive: a state named
        (
            "転職理由を教えてください。",
            "最悪の事態を防ぐ仕組みづくりに、より深く関わりたいと考えたためです。",
        ),
    ],
)
def test_judgement_of_something_named_is_no_blame(question: str, answer: str) -> None:
    assert BLAME not in answer_codes(answer, question=question)


def test_few_overtime_hours_are_no_complaint() -> None:
    answer = (
        "休日出勤は少なく働きやすい職場でしたが、より大きな案件に関わりたいと考え転職を決めました。"
    )
    assert BLAME not in answer_codes(answer, question="転職理由を教えてください。")


@pytest.mark.parametrize(
    "answer",
    [
        "会社の業績が落ちて、賞与が大幅にカットされたので退職しました。",
        "二年続けて給料が下がり、生活が苦しくなったため辞めました。",
        "職場の人たちと全然話が合わなくて、毎日行くのがしんどかったです。",
        "正直、前の会社は人使いが荒くて、休みの日も呼び出されました。",
    ],
)
def test_complaints_of_pay_cut_and_people_are_blame(answer: str) -> None:
    assert BLAME in answer_codes(
        answer, question="退職理由を教えてください。", kind="reason_for_leaving"
    )


@pytest.mark.parametrize(
    "answer",
    [
        "年収が下がっても、設計の専門性を高められる環境で挑戦したいと考え、転職を決めました。",
        "残業が減ったことで資格の勉強に時間を使えるようになり、経理の道に進みたいと考えました。",
        "同じ部署の人たちとは仲が良く働きやすい職場でしたが、海外の案件に携わりたく転職を決めました。",
        "給料が下がるのは覚悟の上で、未経験の業界に挑戦したいと考え、退職しました。",
        "評価制度が変わって私の評価が下がったことをきっかけに、強みを活かせる場所を考え、退職しました。",
        "前職では原価の見直しを担当し、仕入れコストを2割削減しました。この経験を広く活かしたいと考え、退職しました。",
    ],
)
def test_falls_and_people_told_without_complaint_are_no_blame(answer: str) -> None:
    assert BLAME not in answer_codes(
        answer, question="退職理由を教えてください。", kind="reason_for_leaving"
    )


@pytest.mark.parametrize(
    "answer",
    [
        "深夜までの勤務が続いたことで体調を崩し、5か月で退職しました。現在は完治しており、"
        "医師からも働くことに問題はないと言われています。",
        "休日出勤が重なって体を壊し、8か月で退職いたしました。今は治療を終え、体調も安定しております。"
        "この経験から、無理を抱え込まず早めに相談するようにしております。",
    ],
)
def test_load_told_as_the_cause_of_an_illness_recovered_is_no_blame(answer: str) -> None:
    codes = answer_codes(
        answer, question="前職を短期間で退職された理由を教えてください。", kind="short_tenure"
    )
    assert BLAME not in codes
    assert "short_tenure.unexplained" not in codes


def test_illness_blamed_on_a_boss_stays_blame() -> None:
    answer = "上司の怒鳴り声が毎日続き、体調を崩して退職しました。現在は回復しております。"
    assert BLAME in answer_codes(
        answer, question="前職を短期間で退職された理由を教えてください。", kind="short_tenure"
    )


WHY_LEFT = "退職の理由を教えてください。"


@pytest.mark.parametrize(
    "answer",
    [
        "休日は月に5日しかなく、店長もアルバイトの意見を聞こうとしない人でした。"
        "スタッフを大切にする職場で働きたいと考えています。",
        "年間休日が70日しかありませんでした。社員を大切にする会社で長く働きたいです。",
        "ボーナスは年に1回、5万円しか出ませんでした。",
        "前の店は夏休みが3日しかなくて、正直きつかったです。",
        "上司は部下の提案を一切受け入れない方でした。風通しの良い職場で働きたいです。",
        "課長は若手の相談に耳を貸さない人で、現場の声は届きませんでした。",
        "部長は現場の意見を聞かないタイプでしたので、声を拾う会社で働きたいと思いました。",
    ],
)
def test_only_a_count_of_leave_and_a_deaf_boss_are_blame(answer: str) -> None:
    assert BLAME in answer_codes(answer, question=WHY_LEFT, kind="reason_for_leaving")


@pytest.mark.parametrize(
    "answer",
    [
        "前職は社員が5人しかいない小さな会社でしたが、営業から経理まで経験できました。"
        "より専門性を磨ける環境で働きたいと考えています。",
        "入社して1年しか経っていませんが、より専門的な仕事に挑戦したいと考えています。",
        "残業は月に10時間しかなく恵まれた環境でしたが、海外案件に携わりたいと考え転職を"
        "決めました。",
        "上司は頭ごなしに否定しない人で、私の意見もよく聞いてくれました。その環境で身につけた"
        "提案力を、より大きな組織で活かしたいと考えています。",
        "私は当時、先輩の助言を聞かず失敗したことがあります。その反省から、周囲と相談しながら"
        "進める働き方を大切にしています。",
        "主任は反対意見も遮らずに聞いてくれる方でした。そこで学んだ調整力を活かし、より大きな"
        "案件に挑戦したいと考えています。",
        "店長は誰に対しても態度を変えない人でした。次は店舗運営にも携わりたいです。",
        "上司は細かいことを言わない人でした。今後は新しい分野に挑戦したいです。",
        "社長は社員を見捨てない人でした。今後はその姿勢を見習い、後輩を支える立場を目指したい"
        "です。",
    ],
)
def test_other_counts_and_praise_are_no_blame(answer: str) -> None:
    assert BLAME not in answer_codes(answer, question=WHY_LEFT, kind="reason_for_leaving")


SHORT_Q = "前職を短期間で辞めた理由を教えてください。"


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        (
            "夫の転勤で県外に引っ越すことになり、前の職場には通えなくなったため、10か月で"
            "退職しました。今は転居先で生活が落ち着き、長く働ける環境を探しています。",
            "short_tenure",
        ),
        (
            "妻が転勤になりました。そのため前職の勤務地には通えなくなり、半年で退職しました。"
            "現在は引っ越しも済み、腰を据えて働きたいと考えています。",
            "short_tenure",
        ),
        (
            "引っ越しで前職の店舗に通えなくなったので、退職しました。今後は地元で長く働きたい"
            "です。",
            "reason_for_leaving",
        ),
        (
            "えっと、主人の異動で引っ越しまして、前の職場には通えなくなっちゃったんです。"
            "今はこっちで落ち着いたので、長く働けるところを探してます。",
            "reason_for_leaving",
        ),
    ],
)
def test_unable_to_commute_for_ones_own_circumstance_is_no_blame(answer: str, kind: str) -> None:
    assert BLAME not in answer_codes(answer, question=SHORT_Q, kind=kind)


@pytest.mark.parametrize(
    "answer",
    [
        "上司が休みを取らせてくれず、家族と過ごす時間が取れなくなったので辞めました。",
        "会社が勝手に勤務地を変えたせいで通えなくなり、辞めるしかありませんでした。",
    ],
)
def test_the_employer_blamed_for_it_is_still_blame(answer: str) -> None:
    assert BLAME in answer_codes(answer, question=WHY_LEFT, kind="reason_for_leaving")


@pytest.mark.parametrize(
    "answer",
    [
        "前の職場では二か月しか勤められず、申し訳なく思っております。今後は腰を据えて働きます。",
        "前職ではわずかな期間しかお役に立てず、大変恐縮しております。家族の介護のため退職しました。",
        "前の会社では思うように成果を出せず、心苦しく感じておりました。",
    ],
)
def test_an_own_shortfall_with_an_apology_is_no_blame(answer: str) -> None:
    assert BLAME not in answer_codes(answer, question=WHY_LEFT, kind="reason_for_leaving")


@pytest.mark.parametrize(
    "answer",
    [
        "月給が低いのに日曜出勤が当たり前で代休もほとんど取れなかったのでまともな会社で"
        "働きたいと思いました",
        "給料が上がらないのに休日出勤が普通だったからしっかりした会社に移りたいです",
        "賞与が少ないのに毎週土曜も出勤させられて有休なんて取れる雰囲気じゃなかったので"
        "きちんとした職場に移りたいです",
    ],
)
def test_a_run_on_complaint_before_a_wish_is_blame(answer: str) -> None:
    assert BLAME in answer_codes(answer, question=WHY_LEFT, kind="reason_for_leaving")


@pytest.mark.parametrize(
    "answer",
    [
        "給与に不満があったわけではございません。海外案件に携わりたいと考え、退職しました。",
        "待遇が理由ではありません。専門性を高めたいと考え、転職を決めました。",
    ],
)
def test_a_complaint_set_aside_stays_no_blame(answer: str) -> None:
    assert BLAME not in answer_codes(answer, question=WHY_LEFT, kind="reason_for_leaving")


SHORT_Q_WORKPLACE = "前の職場を短い期間で辞めた理由を教えてください。"

WHY_LEFT_FORMER = "前職の退職理由を教えてください。"


@pytest.mark.parametrize("kind", ["short_tenure", "reason_for_leaving"])
@pytest.mark.parametrize(
    "answer",
    [
        "配属されてすぐ店舗に一人で立たされ、店長も何も教えてくれなかったため、2か月で退職しました。",
        "質問しても先輩が誰も答えてくれなかったので、4か月で辞めることにしました。",
        "入社後は研修がなく、いきなり客先を任されました。その後も現場で放置される日が続きました。",
        "教育係もおらず、ほぼ放置された状態で半年が過ぎたため退職しました。",
    ],
)
def test_blame_after_a_short_stay(answer: str, kind: str) -> None:
    assert BLAME in answer_codes(
        answer, question=SHORT_Q_WORKPLACE if kind == "short_tenure" else WHY_LEFT_FORMER, kind=kind
    )


@pytest.mark.parametrize(
    "answer",
    [
        # the employer's end, in the passive of a negative verbal noun
        "親会社の方針で店舗ごと閉鎖されたため、半年で退職しました。今後は長く腰を据えて働きたいです。",
        # one's own fault corrected: the object named (を)
        "入力のミスを何度も指摘され、自分の確認不足を痛感して半年で退職しました。今は資格の勉強を続けています。",
        # training given and praised
        "研修は丁寧でしたが、夜勤が体に合わず3か月で退職しました。今は日勤の仕事で長く働くつもりです。",
        # a problem solved, its number a result
        "先輩が教えてくれなかったため、手順書を自分で作り、ミスを月10件から2件に減らしました。",
    ],
)
def test_no_blame_in_a_stay_told_plainly(answer: str) -> None:
    assert BLAME not in answer_codes(answer, question=SHORT_Q_WORKPLACE, kind="short_tenure")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "辞めたいと思ったきっかけは何でしたか。",
            "課長にきつく当たられる毎日で、出勤すること自体がしんどくなりました。",
        ),
        (
            "仕事を辞めたいと思った理由を教えてください。",
            "同じ部署の先輩に冷たくあしらわれ続け、会社に行くのが苦痛になったからです。",
        ),
        (
            "辞めたいと思ったのはなぜですか。",
            "店長からいつも怒鳴られていて、店に立つのがつらくなりました。",
        ),
    ],
)
def test_suffering_from_a_coworker_told_for_the_wish_to_leave_is_blame(
    question: str, answer: str
) -> None:
    assert BLAME in answer_codes(answer, question=question, kind="other")


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "辞めたいと思ったきっかけは何でしたか。",
            "先輩に丁寧に教えていただきましたが、より設計に近い仕事がしたいと思うようになりました。",
        ),
        ("辞めたいと思ったことはありますか。", "いいえ、ありません。"),
    ],
)
def test_a_wish_to_leave_without_suffering_is_no_blame(question: str, answer: str) -> None:
    assert BLAME not in answer_codes(answer, question=question, kind="other")


@pytest.mark.parametrize(
    ("answer", "blame"),
    [
        ("配属後はデータ入力の業務が一年ほど続きました。", False),  # the work given, a fact
        ("繁忙期でもないのに休日出勤が三か月続きました。", True),  # hours that went on
        ("月の残業が八十時間を超える状態が当たり前でした。", True),
    ],
)
def test_what_went_on_is_a_complaint_only_of_hours(answer: str, *, blame: bool) -> None:
    assert ("negative_reason.blame" in answer_codes(answer, kind="reason_for_leaving")) is blame


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
    assert ("negative_reason.blame" in answer_codes(answer, kind="reason_for_leaving")) is blame
