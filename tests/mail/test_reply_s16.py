"""Replies to a feedback request (session 16): a cause named only to deny it, up front and as a
whole clause (「スキルが不足していたためではございません」「技術力が足りなかったというわけでは
ない」「経験が浅いから見送った、ということではありません」), is no cause; the point after it is.
Near-misses: a denial of one thing next to a lack told plainly, and a guess (「…ためではないか」),
still name the lack."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # a reason made a noun (ため) and denied
        (
            "今回の判断は、ご経験が足りなかったためではございません。当社の今後の方向性と、"
            "目指されているキャリアの方向性が異なると考えたためです。",
            ["culture_fit"],
        ),
        (
            "お話の進め方に問題があったためではありません。今回の職種では設計の実務経験が"
            "必須で、そのご経験がなかったため見送りとなりました。",
            ["skills"],
        ),
        # a lack denied across a formal noun (足りない inside the denied proposition)
        (
            "最初に申し上げると、技術力が足りなかったというわけではないです。当社の社風との"
            "相性という点で、今回は見送らせていただきました。",
            ["culture_fit"],
        ),
        # a degree word the lexicon leaves neutral (弱い), denied
        (
            "自己PRが弱かったわけではございません。ほかの候補者の方のご経歴が、当社の求める"
            "要件により近かったため、このような結果となりました。",
            ["relative"],
        ),
        # a judgement quoted and denied (という判断ではない), the ground after it
        ("スキルが足りないという判断ではなく、方向性の違いによるものです。", ["culture_fit"]),
        # a quoted clause before a comma, then ということではない
        (
            "経験が浅いから見送った、ということではありません。当社の価値観と、大切にされている"
            "働き方に違いがあると感じたことが理由です。",
            ["culture_fit"],
        ),
    ],
)
def test_a_cause_denied_up_front_is_no_cause(body: str, causes: list[str]) -> None:
    got = classify_reply(body)
    assert got.label == "feedback"
    assert got.causes == causes


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # one thing denied, the lack told plainly beside it
        (
            "お人柄に問題があったわけではありませんが、業務に必要な知識が不足していると判断しました。",
            ["skills"],
        ),
        # a guess, not a denial
        (
            "志望動機の掘り下げが浅かったためではないかと、面接官は申しておりました。",
            ["motivation"],
        ),
        # a judgement quoted and not denied
        ("ご経験が不足しているという判断に至りました。", ["skills"]),
        # a concern left (a negative word denied, then denied again)
        (
            "ご経験に問題がなかったわけではありません。実務経験の年数が要件に届いていませんでした。",
            ["skills"],
        ),
    ],
)
def test_a_lack_beside_a_denial_or_guessed_still_counts(body: str, causes: list[str]) -> None:
    got = classify_reply(body)
    assert got.label == "feedback"
    assert got.causes == causes


@pytest.mark.parametrize(
    "body",
    [
        # the company's present way and a mismatch in one clause, casual
        "〇〇さんは手順がはっきりしている現場で力を出せる方だと思いました。うちは今、走りながら"
        "仕組みを作っている最中なので、そこがちょっと噛み合わないと判断しました。",
        # the company's way with a topic of fit, the mismatch two sentences on
        "技術面は問題ありませんでした。私たちはまず作って試しながら直していく文化のチームです。"
        "〇〇さんの慎重さは長所ですが、今の段階のうちには合わないと感じました。",
        # a stance contrasted, formal
        "計画を固めてから着手したいというスタンスをお持ちだと拝察しましたが、当社は現在、"
        "方針を試しながら決めている段階です。その違いから今回は見送りといたしました。",
        # the verdict given with fit as the only point weighed
        "部署の雰囲気や進め方との相性を考慮した結果、今回は見送りとさせていただきました。",
        # マッチしない after the company's way in the clause
        "〇〇さんは段取りが決まってから動くのが得意な方だと感じました。うちはまだ決まっていない"
        "ことだらけで、走りながら決めていくので、そこがマッチしないと思いました。",
        # the company's way told as what it values (大事にしています), the mismatch after
        "僕たちは、まず粗く出して反応を見て直すやり方を大事にしています。〇〇さんは仕上げてから"
        "出したい方だと思うので、今のうちとは噛み合わないかなと。",
        # the company's want in the sentence before, a word of difference after (not only: no
        # refusal)
        "店長の岡田です。うちは少人数の店なので、言われた作業だけでなく自分から仕事を探せる人に"
        "来てほしいんです。そのあたりの感覚が少し違うかなと感じました。",
        # the decision told as for both sides
        "僕らは今、とにかく速く出すことを優先している時期なので、お互いのためにも今回は見送らせてください。",
        # the candidate's direction and the company's told as different
        "〇〇様が進みたい方向と、弊社がこれから目指す方向が違っていたことが理由です。",
    ],
)
def test_fit_told_casually_is_culture_fit(body: str) -> None:
    got = classify_reply(body)
    assert got.label == "feedback"
    assert got.causes == ["culture_fit"]


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # fitting in told as good, then the real gap
        (
            "チームにも馴染みそうだと感じましたが、必須としていたクラウドの運用経験がなかったため見送りました。",
            ["skills"],
        ),
        # talk that did not mesh is communication, not fit
        (
            "話が噛み合わない場面が何度かあり、質問の意図とずれたお答えが多く見られました。",
            ["communication"],
        ),
        # a boss one did not get on with is a reason for leaving
        ("前職の上司と合わなかったという退職理由の伝え方が気になりました。", ["negative_reason"]),
    ],
)
def test_near_misses_of_fit(body: str, causes: list[str]) -> None:
    got = classify_reply(body)
    assert got.label == "feedback"
    assert got.causes == causes


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # advice on how to do something: the verbal noun done to its object names no self_pr
        (
            "逆質問が休日や手当のことに偏っていました。確認したいお気持ちは当然ですので、"
            "尋ね方や順番を工夫なさるとよいと思います。",
            ["reverse_question"],
        ),
        (
            "最後のご質問が福利厚生のみでした。聞く時期を工夫してみるといいかもしれません。",
            ["reverse_question"],
        ),
        # a closing regret grounded on praise (だけに) adds no cause of its own
        (
            "転職理由が前の職場への愚痴に聞こえてしまいました。ほかのお答えは落ち着いていらした"
            "だけに、惜しかったです。",
            ["negative_reason"],
        ),
        (
            "自己PRに具体的な場面がなく、強みが伝わりにくかったです。ご経歴は申し分ないだけに、"
            "もったいないと感じました。",
            ["self_pr"],
        ),
        # a delivery point with the job as its setting: no skills
        (
            "声が小さめで視線も下がりがちだった点が、窓口でお客様に対応する職種としては心配でした。",
            ["communication"],
        ),
    ],
)
def test_advice_and_closing_remarks_add_no_cause(body: str, causes: list[str]) -> None:
    got = classify_reply(body)
    assert got.label == "feedback"
    assert got.causes == causes


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # the candidate's own ingenuity is still self_pr
        ("ご自身で工夫された点が最後まで見えてきませんでした。", ["self_pr"]),
        # a regret whose ground is the fault itself still names it
        ("期待していただけに、専門知識が足りない点が残念でした。", ["skills"]),
        # advice that names the point is feedback on it
        (
            "結論から先にお話しされるとよいと思います。ご回答が長く要点がつかみにくい場面がありました。",
            ["communication"],
        ),
        # the job named with a missing experience is skills
        ("接客のご経験がない点が、今回の店舗スタッフ職では懸念となりました。", ["skills"]),
    ],
)
def test_near_misses_of_advice_and_regret(body: str, causes: list[str]) -> None:
    got = classify_reply(body)
    assert got.label == "feedback"
    assert got.causes == causes


@pytest.mark.parametrize(
    "body",
    [
        # another person told as the one who fitted, casual and formal
        "別の方の職歴が、今チームが必要としている領域にぴったりだったそうです。"
        "〇〇さんに問題があったわけではないとのことです。",
        "先方の話では、ほかの候補者の方のご経験が、いまの事業の状況にうまくハマったとのことでした。",
        "今回は、もう一人の候補者のご経歴が、現在の部署の課題に合致していたという事情です。",
        # two people weighed
        "人事の方いわく、二人のうちどっちにするかで最後まで悩んだそうです。",
        "最終的にご両名のどちらを採用するかで、社内でもかなり迷いました。",
        # the person chosen told by what they can do
        "入社日が合う方を優先して採用いたしました。",
        "当社では、ご経験を積まれた方を優先して採用いたしました。",
        # the person chosen told by a closer experience, joining
        "最終的に、現在の体制により適したご経験をお持ちの方にご入社いただくこととなりました。",
    ],
)
def test_the_other_person_chosen_is_relative(body: str) -> None:
    got = classify_reply(body)
    assert got.label == "feedback"
    assert got.causes == ["relative"]


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # advice to choose what suits, no one chosen
        ("ご自身に合う方を選ばれるとよいと思います。", "other", []),
        # the reader fitting in with others, then the gap
        (
            "ほかの社員とも合いそうな明るいお人柄でしたが、実務経験が不足していると判断しました。",
            "feedback",
            ["skills"],
        ),
        # the others as a baseline conceded (比べても), then the gap
        (
            "他の方と比べても当社に合っていると感じましたが、必須の資格をお持ちでなかったため"
            "見送りました。",
            "feedback",
            ["skills"],
        ),
        # a policy with the verdict weighs no point of fit
        ("弊社の方針として、今回は見送りとさせていただきました。", "other", []),
        # a refusal to tell is still one
        ("選考の理由につきましては、お伝えすることができません。", "declined", []),
        # a word of difference with a topic of its own is that topic's
        (
            "弊社は未経験の方も歓迎しています。ただ、今回求める実務経験の水準とは少し違うと判断しました。",
            "feedback",
            ["skills"],
        ),
        # the interviewers two, not the candidates
        (
            "面接官二名で協議した結果、志望動機が弱いという結論になりました。",
            "feedback",
            ["motivation"],
        ),
    ],
)
def test_near_misses_of_relative(body: str, label: str, causes: list[str]) -> None:
    got = classify_reply(body)
    assert got.label == label
    assert got.causes == causes


# ---- Round 2 (s16-replies2): reasons outside the ten causes, the hire's news beside a refusal, a
# margin from the others, 【】 fields run into one line, a short stay's present and future, and
# the relayed overall judgement with no points.


@pytest.mark.parametrize(
    "body",
    [
        # the start date did not match
        "お問い合わせの件です。ご入社いただける時期が、当社の予定とどうしても合いませんでした。",
        # the days the shop needs, sought as a requirement (no skill)
        "アドバイザーです。先方は週末のシフトに入れる方を必要としていて、今回は見送りになりました。",
        # what decided was the start date
        "面接の印象は良好でした。最終的な決め手は勤務開始日でした。",
        # the interview cleared in the same clause: the date still decided
        "先方によれば、面接内容は問題なく、最後は出社できる時期が決め手だったそうです。",
    ],
)
def test_when_one_can_work_is_feedback_with_no_cause(body: str) -> None:
    got = classify_reply(body)
    assert (got.label, got.causes) == ("feedback", [])


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # the start date cleared, then an overall judgement: a fault told as not there
        (
            "入社時期は特に問題ありませんでしたが、総合的に判断し、今回は見送りとなりました。",
            "feedback",
            [],
        ),
        # shifts asked about in the reverse questions stay reverse_question
        (
            "逆質問では、シフトの組み方や夜勤の回数についてのご質問のみでした。",
            "feedback",
            ["reverse_question"],
        ),
        # a skill required, sought in a person: still skills
        (
            "今回は経理の実務経験がある方を必要としており、今回は見送りとさせていただきました。",
            "feedback",
            ["skills"],
        ),
    ],
)
def test_near_misses_of_when_one_can_work(body: str, label: str, causes: list[str]) -> None:
    got = classify_reply(body)
    assert (got.label, got.causes) == (label, causes)


@pytest.mark.parametrize(
    "body",
    [
        "先月のポジションは別の候補者の方で内定が決まりました。個別の評価は開示しておりません。",
        "エージェントの者です。企業様は他の方を採用されたとのことで、お一人ずつの理由は"
        "お伝えいただけないそうです。",
    ],
)
def test_the_hire_beside_a_refusal_is_declined(body: str) -> None:
    got = classify_reply(body)
    assert (got.label, got.causes) == ("declined", [])


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # the margin from those chosen, small or large, is a comparison
        ("採用となった方との差は、ほんのわずかなものでした。", "feedback", ["relative"]),
        ("最終に進まれた方々との差は小さかったと聞いています。", "feedback", ["relative"]),
        # a comparison that names what decided stays relative beside a refusal (declined with
        # the comparison, as before: not the hire's news alone)
        (
            "他の候補者の方のご経験のほうが当社の要件により近かったため、その方に決まりました。"
            "これ以上の詳細はお伝えできかねます。",
            "declined",
            ["relative"],
        ),
        # a gap from the company's level is no comparison with people
        (
            "当社の求める水準との差が大きく、実務経験が不足していると判断しました。",
            "feedback",
            ["skills"],
        ),
    ],
)
def test_margins_and_comparisons(body: str, label: str, causes: list[str]) -> None:
    got = classify_reply(body)
    assert (got.label, got.causes) == (label, causes)


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        (
            "面接官の所感です。【よかった点】店長としてのご経験は豊富でした【気になった点】"
            "最後のご質問がなく、入社への熱意が伝わりにくかった",
            ["reverse_question"],
        ),
        (
            "評価をお伝えします。【良かった点】はきはきとした話し方【懸念点】必須の資格をお持ちでない",
            ["skills"],
        ),
    ],
)
def test_fields_run_into_one_line_are_read_apart(body: str, causes: list[str]) -> None:
    got = classify_reply(body)
    assert got.causes == causes
    assert all(e in body for e in got.evidence)


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # the interviewer did not get to hear the present and the future: a short stay unexplained
        (
            "1年未満での退職理由をお尋ねしましたが、はっきりしたお答えはなく、将来の働き方についても"
            "お話が聞けませんでした。",
            ["short_tenure"],
        ),
        # near-miss: not listening to the question is communication
        ("面接官の質問を最後まで聞かずに話し始める場面がありました。", ["communication"]),
        # near-miss: the company's way of working against the candidate's, no short stay
        ("弊社の働き方とはスタイルが合わないと判断しました。", ["culture_fit"]),
    ],
)
def test_a_short_stay_told_with_the_future(body: str, causes: list[str]) -> None:
    assert classify_reply(body).causes == causes


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        (
            "先方に確認しましたが、『総合的に判断した』とのご回答のみで、具体的な評価ポイントは"
            "教えていただけませんでした。",
            "declined",
            [],
        ),
        # no point pointed out beside the overall judgement: nothing told
        (
            "企業様からは総合的に判断した結果とのことで、具体的な指摘はございませんでした。",
            "declined",
            [],
        ),
        # near-miss: a fault told as not there beside it is feedback
        (
            "面接の内容について大きな課題はございませんでした。総合的に判断した結果です。",
            "feedback",
            [],
        ),
        # near-miss: no pointing out with no overall judgement: the interview cleared
        ("面接では特にマイナスの指摘はありませんでした。", "feedback", []),
        # near-miss: specifics the candidate did not give are self_pr
        (
            "自己PRでは、強みを裏付ける具体的なエピソードが伺えませんでした。",
            "feedback",
            ["self_pr"],
        ),
    ],
)
def test_overall_judgement_relayed_with_no_points(body: str, label: str, causes: list[str]) -> None:
    got = classify_reply(body)
    assert (got.label, got.causes) == (label, causes)


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # the experience that would bear out the strength is the self-PR's episode
        (
            "自己PRの粘り強さについて、それを裏付けるご経験が不足しているように感じました。",
            ["self_pr"],
        ),
        ("アピールされた主体性を裏付ける経験が不足しており、説得力に欠けました。", ["self_pr"]),
        # near-miss: the experience the role requires stays skills
        ("募集要件にある法人営業のご経験が不足していました。", ["skills"]),
        # English conversation the work needs is a language ability, no delivery
        ("海外の取引先と話す場面が多く、英会話がまだ十分ではないと判断しました。", ["skills"]),
        # near-miss: the conversation with the interviewer is delivery
        ("面接官との会話がかみ合わない場面がありました。", ["communication"]),
    ],
)
def test_experience_bearing_out_a_claim_is_self_pr(body: str, causes: list[str]) -> None:
    assert classify_reply(body).causes == causes
