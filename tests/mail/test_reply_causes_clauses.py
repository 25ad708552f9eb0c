"""Which clause of a reply names which cause: a cause comes from the clause whose predicate
criticises, with the topic that clause is about (reply.words, reply.leaving); not from the object
of a question or a complaint, the company's own values, the writer's medium, a quoted wish, or
what a critique kept the interviewer from hearing. Sentences written for these tests."""

from __future__ import annotations

import pytest
from mail_support import read_reply

from furikaeri.mail.reply import classify_reply
from furikaeri.mail.reply.lack import hedged_denial
from furikaeri.mail.reply.words import _morphs

# A cause comes from the clause whose predicate criticises, with the topic that clause is about;
# not from the object of a question, an interest or a complaint, not from the company telling its
# own values as the grounds of a judgement, not from a party the news came from, not from a talk
# described by what it centred on. The neighbours that must still fire are pinned beside each
# class.


_HEAD = "採用担当です。\n"


_TAIL = "\n今後のご活躍をお祈りいたします。"


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # What the questions were about is their content, also where a phrase named the question.
        (
            "賞与の支給月数や週末のシフトの入り方についてのご質問だけで、仕事そのものへのご関心"
            "は見えにくいものでした。",
            ["reverse_question"],
        ),
        (
            "残業や土日の出勤日数に関するご質問だけでしたので、当館でのお仕事にどんな思いを"
            "お持ちかは伝わりにくかったです。",
            ["reverse_question"],
        ),
        # What an interest is held about names no cause of its own.
        (
            "給与や在宅勤務の日数についてのご質問ばかりで、担当業務やご自身の強みをどう活かすか"
            "へのご関心が伝わってきませんでした。",
            ["reverse_question"],
        ),
        # What a complaint is about: the former workplace's, no mismatch of fit.
        (
            "以前の店舗のシフトの決め方やエリアマネージャーへのご不満のお話がかなり続き、"
            "そこが引っかかりました。",
            ["negative_reason"],
        ),
        # Working hours told in the reason for leaving, the company's own word for itself (当院).
        (
            "退職の理由を伺ったところ、夜勤明けの勤務や主任との関係についてのお話が大半で、"
            "当院でどんな看護をしたいかというお話にはなりませんでした。",
            ["negative_reason"],
        ),
        # The company's values as the grounds of its judgement name no culture_fit.
        (
            "面接時の髪の乱れやシャツのしわが気になりました。弊社は窓口での身だしなみを何より"
            "大切にしているため、その点を重く見ております。",
            ["manners"],
        ),
        (
            "当店では入店時のあいさつを大事にしておりますので、入室時に会釈がなかった点が"
            "気になりました。",
            ["manners"],
        ),
        # A talk described by what it centred on is its content, no answer beside the question.
        (
            "前の会社を辞めたわけを聞いたところ、前のリーダーへの文句が中心のお話になっていました。",
            ["negative_reason"],
        ),
        # A party the news came from: no decision put down to a point.
        (
            "株式会社ハルカ様から、お見送りの理由についてご回答をいただきました。"
            "「弊社製品への理解が浅く、志望理由に具体性が感じられなかった」とのことです。",
            ["motivation"],
        ),
        # Neighbours that must still fire.
        (
            "当社が大切にしているチームで進める働き方とは、合わないと判断いたしました。",
            ["culture_fit"],
        ),
        # the hours one can work: the terms, no cause (session 19)
        ("夜勤のシフトに入れないとのことで、今回は見送りとなりました。", []),
        ("ご質問が一つもなく、入社への意欲が伝わってきませんでした。", ["reverse_question"]),
        ("ご経歴についてのお話が長く、要点がつかみにくい場面がございました。", ["communication"]),
        ("前の職場の話になってしまい、質問への答えになっていませんでした。", ["communication"]),
        ("経験不足のため、今回は見送りとさせていただきました。", ["skills"]),
    ],
)
def test_causes_from_the_criticised_clause(body: str, causes: list[str]) -> None:
    assert read_reply(body, head=_HEAD, tail=_TAIL)[1] == causes


def test_news_from_a_party_alone_names_nothing() -> None:
    r = classify_reply("〇〇様から、今回のお見送りの理由についてご回答がございました。")
    assert r.causes == []


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # A long stay the candidate wishes for is no stay.
        (
            "志望の理由が「腰を落ち着けて長く働きたい職場だから」というお話にとどまり、"
            "弊社を選ぶ理由が見えませんでした。",
            ["motivation"],
        ),
        (
            "長期的に勤務したいというお気持ちは伺いましたが、当社ならではの理由が伝わりませんでした。",
            ["motivation"],
        ),
        (
            "前職を半年で退職されており、当社で長く働いていただけるか不安が残りました。",
            ["short_tenure"],
        ),
        # Praise before a turn names nothing: ease of taking in (〜やすい), a compound noun whose
        # first part is a negative word (借金, ローン) is a kind of work.
        (
            "ご経歴は住宅ローンの審査業務が中心で、お話もとても聞きやすかったのですが、"
            "今回求める法人融資の実務経験には届いていませんでした。",
            ["skills"],
        ),
        # Experience perceived without a lack against the role is no gap.
        (
            "提案資料は細部まで練られていて、現場経験の厚みも感じられました。ただ、志望動機が"
            "どの会社にも当てはまる内容でした。",
            ["motivation"],
        ),
        # A fault denied as a whole (「ということではない」) leaves a comparison relative only.
        (
            "何かが劣っていたということではございません。今回の業務により近い経験をお持ちの方が"
            "いらっしゃり、その方にお願いすることになりました。",
            ["relative"],
        ),
        # A talk of the former workplace's ways (「評価のされ方」) that went on, and the worry that the
        # same comes again here: the reason for leaving, no delivery and no motive.
        (
            "退職の経緯を伺った際、当時の工場の運営や評価のされ方についてのお話が長くなり、"
            "弊社で似たような状況になったときにどう向き合われるのか、懸念が残りました。",
            ["negative_reason"],
        ),
        # Neighbours: a long talk of one's own career is delivery; a question of why here is motive.
        ("これまでのご経歴についてのお話が長く、要点が分かりにくかったです。", ["communication"]),
        ("当社で何を実現したいのか、というところが見えませんでした。", ["motivation"]),
        ("説明が分かりにくく、結論が最後まで見えませんでした。", ["communication"]),
    ],
)
def test_no_cause_from_praise_wishes_or_recurrence(body: str, causes: list[str]) -> None:
    assert read_reply(body, head=_HEAD, tail=_TAIL)[1] == causes


@pytest.mark.parametrize(
    "body",
    [
        "先日の件ですが、メールだと細かいところが伝わりづらいので、お電話でご説明させてください。",
        "文面では誤解が生じかねない内容のため、一度お電話でお話しできればと存じます。",
    ],
)
def test_the_writers_medium_is_no_cause(body: str) -> None:
    r = classify_reply(body)
    assert (r.label, r.causes) == ("other", [])


# Which clause of a reply names which cause: a hedged denial of experience
# (「十分とは言えない」), an unclear answer on a subject of knowledge, the candidate's plans after joining,
# the company's direction as what they did not know, a gap between the candidate's wish and the
# company's need, and a worry that follows on from the sentence before.


CASES = [
    # a hedged denial (と(は) + 言う/思う under a negator or 難い) of experience: a shortfall
    (["skills"], "店舗運営のご経験については、今回の募集で求める水準に十分とは言えませんでした。"),
    (["skills"], "海外営業のご経験が豊富とは言い難く、今回は見送りといたしました。"),
    (["motivation"], "弊社の商品についてのご理解が、十分とは思えませんでした。"),
    (["communication"], "お話の要点が明確とは言えず、ご回答が長くなりがちでした。"),
    # an unclear answer on a subject of knowledge: not known (skills), not delivery
    (["skills"], "原価計算の話題になった際、お答えがあやふやになる場面がございました。"),
    (["skills"], "ネットワーク設計に関するご質問へのご回答が曖昧でした。"),
    (["communication"], "ご回答が曖昧で、結論が見えにくい場面がありました。"),
    (["motivation"], "志望理由の話になった際、ご回答が曖昧になっておられました。"),
    # what the candidate wants to do after joining: motivation, not self_pr's past action
    (
        ["motivation"],
        "ご入社後にどういった業務で何を実現したいのかが、あまり見えてきませんでした。",
    ),
    (["self_pr"], "その場面でご自身が何をされたのかが具体的ではありませんでした。"),
    # the company's direction as what the candidate knew little of: research, not fit
    (["motivation"], "弊社の今後の方向性について、ほとんど調べてこられていないご様子でした。"),
    (["culture_fit"], "弊社が目指す方向性と、ご本人の志向とが異なると判断いたしました。"),
    # a gap between the candidate's wish and the company's need: fit only, both sides quoted
    (
        ["culture_fit"],
        "営業経験を活かして管理職を目指したいというご希望と、当社が今回求めている現場の専門職"
        "としての役割との間にずれがあると判断いたしました。",
    ),
    (
        ["culture_fit"],
        "うちは自分から手を挙げて新規案件を取りに行く人を探していて、「言われたことを丁寧に"
        "こなす」スタイルとは少し方向が違うかなと思いました。",
    ),
    (["skills"], "今回の職務で求める知識と、これまでのご経験との間に隔たりがございました。"),
]


@pytest.mark.parametrize(("causes", "body"), CASES)
def test_each_clause_names_its_own_topic(causes: list[str], body: str) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == ("feedback", causes)


ADVICE = [
    # the kind of a talk to tell (専門的な, 技術的な) is what is told: the telling is the point
    (
        ["communication"],
        "技術的なお話を、もう少し噛み砕いて説明できるようにされると良いと思います。",
    ),
    (["communication"], "法務的な内容を端的に伝える練習をされると、より良くなるかと存じます。"),
    # the means before a wish (経験を活かして…何をしたいのか) is no topic: the wish is
    (
        ["motivation"],
        "培ったご経験を踏まえて、当社で何に挑戦したいのかをお聞きしたかったです。",
    ),
    (
        ["negative_reason"],
        "前職の残業や上司の方への不満が中心のお話でした。"
        "ご経験を活かしてこの先どんなことをしたいのか、という形でお話しいただけると良かったと思います。",
    ),
    # a knowledge told as lacking is still skills
    (["skills"], "業務で必要となる専門知識が不足していると判断いたしました。"),
]


@pytest.mark.parametrize(("causes", "body"), ADVICE)
def test_advice_names_a_cause_through_its_own_topic(causes: list[str], body: str) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == ("feedback", causes)


FOLLOW_ON = [
    # a worry that the same situation comes again: the point of the sentence before
    (
        ["negative_reason"],
        "退職理由として、前職の人事評価や上司の方への不満を挙げておられました。"
        "弊社で似たような状況になった際にどう対応されるのか、懸念がございました。",
    ),
    # the effect of missing questions across clauses and sentences: reverse_question alone
    (
        ["reverse_question"],
        "最後に「ほかにご質問はございますか」と伺ったところ「大丈夫です」とのことで、"
        "弊社への関心の程度がつかみきれませんでした。",
    ),
    (
        ["reverse_question"],
        "逆質問の時間には、特にご質問がございませんでした。"
        "そのため、弊社への関心がどの程度なのか判断しかねました。",
    ),
    # a worry with a topic of its own after another point: named
    (
        ["motivation", "reverse_question"],
        "逆質問の時間には、特にご質問がございませんでした。"
        "また、志望動機も他社に当てはまる内容で、弊社でなければならない理由が見えませんでした。",
    ),
]


@pytest.mark.parametrize(("causes", "body"), FOLLOW_ON)
def test_a_follow_on_worry_takes_the_point_before(causes: list[str], body: str) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == ("feedback", causes)


@pytest.mark.parametrize(
    ("clause", "words"),
    [
        ("十分とは言えませんでした", "分とは言えません"),
        ("明確とは言い難く", "明確とは言い難く"),
        ("適切とは思えない", "適切とは思えない"),
        ("問題とは考えておりません", None),  # a negative word denied: a reassurance
        ("言うまでもありません", None),
    ],
)
def test_hedged_denial(clause: str, words: str | None) -> None:
    assert hedged_denial(_morphs(clause)) == words


# Which clause names which cause: a quoted answer of none relayed as the
# candidate's answer, and the picture of working there as the missing questions' effect; the
# reason for leaving told as talk of the former workplace (reply.leaving.former_talk); a short
# stay in any words (reply.leaving.short_stay) and a clause ending in a reassurance
# (reply.stance.reassures); a reason said to hold at any other organisation of the kind; wishes
# told as what would have been better (reply.stance.wished_otherwise); where an episode happened
# and whose reaction it was; a fault denied as a whole beside a comparison; the company's own
# rotation. Sentences written for these tests.


QUOTED_AND_FORMER_TALK = [
    # a quoted answer of none, relayed as the answer, with the effect after it
    (
        ["reverse_question"],
        "質疑応答の時間を設けましたが、「今のところ大丈夫です」とのことで、入社への熱意が"
        "伝わりにくかったようです。",
    ),
    (
        ["reverse_question"],
        "面接の締めくくりに、「とくにないです」とのお返事でした。弊社で働く姿を思い描いて"
        "おられないのかなと感じました。",
    ),
    (
        ["reverse_question"],
        "質問の機会をお作りしたところ、『大丈夫です』とのことで、当社への関心のほどが"
        "分かりかねました。",
    ),
    # near-miss: the image of working there asked as motivation, no questions named
    (
        ["motivation"],
        "志望動機を伺いましたが、入社後のイメージをあまりお持ちでないように感じました。",
    ),
    # near-miss: a party relays a verdict as its answer: no answer of the candidate's
    (
        [],
        "先方のご担当者様に確認しましたが、明確なご回答はいただけませんでした。"
        "「総合的に判断した結果」とのお返事のみです。",
    ),
    # the reason for leaving told as talk of the former workplace
    (
        ["negative_reason"],
        "退職を決められた理由を伺った際、以前の会社の評価制度や経営の方針についてのご説明が"
        "大半で、次に何をなさりたいのかが見えませんでした。",
    ),
    (
        ["negative_reason"],
        "前の職場の先輩や上司との関係のお話ばかりになってしまい、少しもったいなかったです。",
    ),
    (
        ["negative_reason", "short_tenure"],
        "二つ目の会社を10か月で退職された理由として、社内の人事についてのお話が多く、"
        "その前も一年足らずでの退職だった点が気になりました。",
    ),
    # near-miss: what the candidate did there
    (
        ["motivation"],
        "前の職場で取り組まれた改善活動のお話が中心で、当社で何をしたいのかが伝わりにくかったです。",
    ),
    # a short stay in any words
    (
        ["short_tenure"],
        "これまでの職場がどちらも二年前後で変わっておられる点について、ご説明が十分ではなく、"
        "長く働いていただけるか不安が残りました。",
    ),
    (
        ["short_tenure"],
        "過去の勤務先ではいずれも1年に満たずにご退職されている点を懸念しておりました。",
    ),
    (["short_tenure"], "弊社で腰を落ち着けてお勤めいただけるのか、判断しきれませんでした。"),
    # a clause ending in a reassurance names nothing of what it spoke of
    (
        ["skills"],
        "前職を半年ほどで退職された件は、ご事情を伺っておりますので、選考上の問題にはなって"
        "おりません。今回は、必要な施工管理の実務経験がまだ浅い点が理由です。",
    ),
    (
        ["motivation"],
        "一社目の在籍が短い点は、経緯を丁寧にご説明いただき、合否には影響しておりません。"
        "志望動機が当社ならではの内容になっていなかったことが主な理由です。",
    ),
    # near-miss: a concern not dispelled is no reassurance
    (
        ["short_tenure"],
        "3か月ほどで離職されたことが続いており、定着への懸念も払拭できませんでした。",
    ),
    # a reason said to hold at any other organisation of the kind
    (
        ["motivation"],
        "志望理由については、ほかの地方銀行でも同じことが言えるのではと受け取られたようです。",
    ),
    (
        ["motivation"],
        "「なぜ当院なのか」という点は、どこの総合病院でも同様のことが当てはまる内容でした。",
    ),
    # what would have been better: a frame however the degree is worded
    (
        ["self_pr"],
        "販売のお仕事でどのような提案をされ、その結果お客様の数がどう増えたのか、具体的なお話が"
        "あればなお良かったです。",
    ),
    # near-miss: plain praise in the past stays praise
    ([], "面接では明るくお話しされていて良かったです。"),
    # whose reaction: the customers' is the episode's result
    (
        ["self_pr"],
        "アルバイト先で実際にどんな工夫をされ、利用者さんの反応がどう変わったのかをもう少し"
        "伺えたらと思います。",
    ),
    # 前職 as where the episode happened
    (
        ["self_pr"],
        "前職のチームでどんな役割を担い、どのような成果につながったのかを、数字を交えて"
        "伺えるとよかったです。",
    ),
    # a fault denied as a whole leaves a comparison alone
    (
        ["relative"],
        "別の応募者の方のほうが現場でのご経験が長く、その方にお願いしました。"
        "山本さんに何か問題があったわけではないです。",
    ),
    # the company's own rotation is no job-hopping
    (
        ["culture_fit"],
        "弊社では数年おきに店舗を転々としながら経験を積んでいただきますが、一つのお店で"
        "じっくり働きたいとのご希望で、方向性が合わないと判断いたしました。",
    ),
    # near-miss: the candidate's moves still are
    (["short_tenure"], "これまで職場を転々とされている点を、先方は気にされていたようです。"),
]


@pytest.mark.parametrize(("causes", "body"), QUOTED_AND_FORMER_TALK)
def test_which_clause_names_which_cause(causes: list[str], body: str) -> None:
    assert classify_reply(body).causes == causes


# The cause of a critique comes from what is criticised: a quoted wish set against the company's
# way claims no strength; topics told as what a critique of delivery or of the questions kept the
# interviewer from taking in name no cause of their own. Sentences written for these tests, not
# from the eval cases.


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # a quoted wish set against the company's way: fit only, no self-PR
        (
            "面接で『いずれは海外の拠点を任されたい』とおっしゃっていましたが、当社は国内の店舗"
            "運営が中心で、方向性が合わないと判断しました。",
            ["culture_fit"],
        ),
        (
            "「自分のペースでじっくり開発したい」とのお話があり、スピードを重んじる当社の社風とは"
            "少し違うと感じました。",
            ["culture_fit"],
        ),
        # a strength claimed in a quote is still a claim without an episode
        (
            "「誰とでもすぐ打ち解けられるのが強みです」とのことでしたが、それを示すご経験のお話が"
            "伺えませんでした。",
            ["self_pr"],
        ),
        # quoted slang: manners only
        (
            "お話の途中で『超やばかったです』『ぶっちゃけ』という言い方が何度か出ていました。",
            ["manners"],
        ),
    ],
)
def test_quoted_words_by_their_role(body: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert result.label == "feedback"
    assert result.causes == causes


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # what a critique of delivery or of the questions kept unseen is its effect
        (
            "声が少し小さく、これまでのご経験の良さがこちらに伝わりきりませんでした。",
            ["communication"],
        ),
        (
            "最後のご質問がなかったので、当社の働き方をどう受け止められたのか測りかねました。",
            ["reverse_question"],
        ),
        ("ご回答が長くなりがちで、強みがどこにあるのか埋もれてしまいました。", ["communication"]),
        (
            "視線を合わせる場面が少なく、技術職としてのご経験が当社で活かせるかイメージしにくかった"
            "です。",
            ["communication"],
        ),
        # near-misses: a second point added with も, and praise before the link
        ("声が小さく、志望動機もよく分かりませんでした。", ["motivation", "communication"]),
        ("ご経験は十分で、志望動機がどうしても見えてきませんでした。", ["motivation"]),
        # a critique of what was said: what went unsaid is a point of its own
        (
            "退職の理由が待遇へのご不満ばかりで、当社で何をしたいのかが見えてきませんでした。",
            ["motivation", "negative_reason"],
        ),
        # the effect is the critique's own topic: kept
        (
            "志望動機が他社でも言える内容で、当社でなければならない理由が分かりませんでした。",
            ["motivation"],
        ),
    ],
)
def test_effect_of_a_critique_names_no_cause(body: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert result.label == "feedback"
    assert sorted(result.causes) == sorted(causes)


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # points of concern counted out: each names its cause, ending in 〜点です
        (
            "気になった点が二つありました。一点目は、退職の理由として前の職場の評価制度へのご不満を"
            "中心にお話しされていた点です。二点目は、最後のご質問が賞与や有給休暇のことに集中して"
            "いた点です。",
            ["negative_reason", "reverse_question"],
        ),
        (
            "懸念となった点は二つです。ひとつは、前の会社の上司についてのお話が中心だった点、"
            "もうひとつは、ご質問が福利厚生のことのみだった点です。",
            ["negative_reason", "reverse_question"],
        ),
        # near-miss: points of praise counted out name no cause
        (
            "良かった点は二つあります。一つ目は、店舗での接客のお話です。二つ目は、当社の商品に"
            "ついて調べてこられた点です。",
            [],
        ),
        # the count ends with the first sentence that opens with no ordinal
        (
            "気になった点は一つです。一点目は、転職理由として前職の人間関係のお話が中心だった点です。"
            "当社のサービスについてのお話も伺いました。",
            ["negative_reason"],
        ),
    ],
)
def test_points_counted_out(body: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert result.label == "feedback"
    assert sorted(result.causes) == sorted(causes)


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # an embedded question of what happened asks for the episode: self_pr, whatever words
        # of delivery (反応, 表情) it holds
        (
            "『人と話すのが好き』というお気持ちは伝わりましたが、どんな場面でどなたと関わり、"
            "相手にどういう反応があったのか、といったお話がもう少し聞けたらと思いました。",
            ["self_pr"],
        ),
        (
            "明るいお人柄は感じましたが、そのときお客様がどんな表情をされたのか、具体的に伺え"
            "ればと思いました。",
            ["self_pr"],
        ),
        # near-misses: the candidate's own reaction in the talk is delivery; a question of why
        # the candidate left names the leaving, no episode
        ("ご質問への反応がやや薄く、会話が続きにくい場面がありました。", ["communication"]),
        ("前職をなぜ辞めたのか、はっきりしたお話がありませんでした。", ["negative_reason"]),
    ],
)
def test_missing_episode_is_self_pr(body: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert result.label == "feedback"
    assert sorted(result.causes) == sorted(causes)


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # the wish told, then named again as one side of a gap: fit
        (
            "「地元で腰を据えて営業したい」というご希望を伺いましたが、当面は全国の拠点を回って"
            "いただく予定のため、ご希望とのずれが大きいと判断しました。",
            "feedback",
            ["culture_fit"],
        ),
        # near-misses: the decision's formula and the request for feedback are no gap of fit; a
        # gap denied is none
        (
            "当社で働きたいというお気持ちは大変ありがたく存じますが、今回はご希望に沿えない結果と"
            "なりました。",
            "other",
            [],
        ),
        (
            "長く働きたいというお考えは伺いましたが、ご希望とのずれはないと考えております。ただ"
            "今回は他の方を採用しました。",
            "feedback",
            ["relative"],
        ),
    ],
)
def test_wish_named_again_in_a_gap(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert result.label == label
    assert sorted(result.causes) == sorted(causes)


# Cause precision on company replies: the availability of the person the company preferred is a
# comparison, no fit of the candidate's; the writer's own trouble (「当方の通信環境の問題」) is no conduct of
# the candidate's; the former workplace named only as where a talk's episode was leaves a point of
# delivery to communication.


PREFERRED_AND_WRITERS_TROUBLE = [
    # the person preferred, told by the days or hours they can work: a comparison
    ("feedback", ["relative"], "今回は早番に毎日入れる方を優先して採用いたしました。"),
    ("feedback", ["relative"], "ごめんね、週末ずっと出られる人を優先させてもらったんだ。"),
    ("feedback", ["relative"], "土日どちらも入れる子を探していて、そちらの方にお願いしました。"),
    # the candidate's own days are the terms, no cause (culture_fit before session 19)
    ("feedback", [], "希望されていたシフトがこちらの体制と合いませんでした。"),
    # the writer's own connection or equipment: nothing of the candidate's
    (
        "declined",
        [],
        "先日はありがとうございました。当方の回線の不具合もあったかと思います。"
        "選考の詳細については開示しておりません。",
    ),
    # the former job only as where the episode was; the talk judged as talk
    (
        "feedback",
        ["communication"],
        "前職の案件についてのご説明が略語ばかりで、分かりづらかったです。",
    ),
    (
        "feedback",
        ["communication"],
        "以前の職場でのご担当業務の説明が長く、要点がつかみにくかったです。",
    ),
    # the former job itself as what was talked about, with complaints: negative_reason
    ("feedback", ["negative_reason"], "前職についてのお話では、上司へのご不満が目立ちました。"),
    # nervousness conceded before praise names no cause; judged on its own, or with a point
    # after the concession, it does
    ("feedback", [], "少し緊張なさっていたようですが、熱意は十分に伝わってまいりました。"),
    ("feedback", [], "緊張されていたものの、誠実なお人柄がよく伝わりました。"),
    ("feedback", ["communication"], "緊張されていたようですが、結論が最後まで見えにくかったです。"),
    ("feedback", ["communication"], "緊張が強く、声が聞き取りにくい場面がありました。"),
    ("feedback", ["motivation"], "志望理由はやや弱かったけれど、人柄はとても良かったです。"),
    # the interviewer's quoted question, then an answer owed to it that did not come: off target,
    # whatever the question was about; a missing clear answer keeps the question's topic
    (
        "feedback",
        ["communication"],
        "「なぜ介護職を選んだのか」という問いに対し、前職の話が長く続き、質問へのお答えは"
        "いただけませんでした。",
    ),
    (
        "feedback",
        ["communication"],
        "『当社で挑戦したいことは？』とお尋ねした際、学生時代のお話になり、ご質問に対する"
        "答えがなかったのが残念です。",
    ),
    (
        "feedback",
        ["negative_reason"],
        "「前職を辞めた理由は？」とお尋ねした際、明確なお答えがなく、残念でした。",
    ),
    (
        "feedback",
        ["skills"],
        "ご質問へのお答えは的確でしたが、実務経験の年数が要件に届きませんでした。",
    ),
    # what the candidate wants next, asked for after complaints: no value of the company's
    (
        "feedback",
        ["negative_reason"],
        "前職の評価制度へのご不満のお話が多く、次の職場で何を大切にしたいのかを伺いたかったです。",
    ),
    ("feedback", ["culture_fit"], "当社が大切にしている価値観と、ご志向とのずれを感じました。"),
    # the candidate's wish quoted, then the role's demand and a gap with the wish
    (
        "feedback",
        ["culture_fit"],
        "「自分のペースで一人で進めたい」とおっしゃっていましたが、当部署は毎日の打ち合わせで"
        "進める体制のため、ご希望とのずれが大きいと判断しました。",
    ),
    (
        "feedback",
        [],
        "「一人で黙々と取り組める仕事がしたい」とおっしゃっていた点は、当部署の業務とよく合って"
        "いると感じました。",
    ),
]


@pytest.mark.parametrize(("label", "causes", "body"), PREFERRED_AND_WRITERS_TROUBLE)
def test_reply_precision3(label: str, causes: list[str], body: str) -> None:
    result = classify_reply(body)
    assert (result.label, sorted(result.causes)) == (label, sorted(causes))


# How a reply's reading generalises across wordings: a concession (にもかかわらず, けど), a quote relayed
# as the company's judgement, the interviewer's own question as the subject of the answer, a
# denied negative word as a reassurance, a requirement before として, the subject of a word of
# differing, the question as the talk cut into, words of perception (〜に聞こえた) and causes by their
# concept words.


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # A concession grants what precedes it; the point follows.
        (
            "マネジメントのご経験が長いにもかかわらず、ご自身がどう動かれたのかのお話が少なかったです。",
            ["self_pr"],
        ),
        # A quote relayed as the company's words is read as the judgement it is.
        ("「退職理由が前の上司への批判に聞こえた」とのコメントでした。", ["negative_reason"]),
        # A word of perception walked over to the judgement before it.
        ("転職のきっかけのご説明が、後ろ向きに映りました。", ["negative_reason"]),
        # The interviewer's own question: its subject is what the answer was to speak of.
        (
            "当社のビジョンについてお伺いした際、ご自身の経験と結びつけたお話が伺えませんでした。",
            ["motivation"],
        ),
        # A denied negative word is a reassurance; the point is the next sentence.
        (
            "在籍期間の短さについては問題視しておりません。ただ、必須の資格をお持ちでなかった点が理由です。",
            ["skills"],
        ),
        # A requirement before として is no judgement as another cause's material.
        ("中国語での会話力を必須としている職種のため、今回は見送りました。", ["skills"]),
        # The subject of a word of differing (the impression, not the answer).
        (
            "もう少し当社の製品を触っていただいた上でのご感想が伺えれば、印象は違ったと思います。",
            ["motivation"],
        ),
        # The interviewer's question cut into.
        ("ご質問の途中で話し始められる場面が何度かありました。", ["communication"]),
        # Backchannel as a delivery word.
        ("相槌がほとんどなく、話が伝わっているのか分かりにくかったです。", ["communication"]),
        # A cause given for the leaving, whatever its noun.
        ("人間関係が悪かったので退職した、というお話だけでした。", ["negative_reason"]),
        # A casual fear of quitting soon.
        ("またすぐ辞めちゃうんじゃないかって心配になりました。", ["short_tenure"]),
        ("前の会社を10か月で離れた経緯が、よく分かりませんでした。", ["short_tenure"]),
        # Appearance by its parts; conduct outside the room.
        ("靴が汚れていて、髪も整っていなかったのが気になりました。", ["manners"]),
        ("控室でのご様子について、スタッフから気になる点があったと聞いております。", ["manners"]),
        # The company compared, with words between.
        (
            "当社みたいな少人数の会社より、大企業の方が力を発揮できるタイプだと感じました。",
            ["culture_fit"],
        ),
        ("組織の価値観とはやや違う考えをお持ちだと感じました。", ["culture_fit"]),
        # A close call said another way.
        ("最終候補のもうお一人の方と紙一重の判断でした。", ["relative"]),
        # Conditions-only questions with only before the question.
        ("賞与と在宅勤務の可否についてだけのご質問でした。", ["reverse_question"]),
        # Experience to accumulate first: a shortfall against the role.
        ("もう少し法人営業のご経験を積まれてから、再度ご応募ください。", ["skills"]),
        # A counterfactual with が.
        (
            "短期間での離職について今後の考えを伺えていれば、評価が違ったかもしれません。",
            ["short_tenure"],
        ),
    ],
)
def test_cause_read_by_mechanism(body: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert result.label == "feedback"
    assert result.causes == causes


@pytest.mark.parametrize(
    "body",
    [
        # Praise and denied concerns name no cause.
        "転職回数が多いことは問題視しておりません。",
        "ご経験が豊富にもかかわらず謙虚な姿勢で、大変好印象でした。",
        "ご質問の途中で話を遮られることもなく、落ち着いた受け答えでした。",
        "面接官の方の印象は大変良いものでした。",
        "スキル面では申し分ございません。",
    ],
)
def test_praise_and_reassurance_name_no_cause(body: str) -> None:
    assert classify_reply(body).causes == []


@pytest.mark.parametrize(
    "body",
    [
        "選考に関するお問い合わせには個別に対応しておりません。",
        "総合的に判断しており、理由というものはございません。",
    ],
)
def test_refusals_are_declined(body: str) -> None:
    assert classify_reply(body).label == "declined"
