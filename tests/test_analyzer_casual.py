"""manners.casual_language and manners.spoken_style: slang, net laughter, hedging suffixes,
contracted and colloquial forms, a verb conjugated as an adjective, ら抜き; and what is not casual
register (words quoted or reported, spoken forms of a polite sentence, a title with バイト,
fillers). Sentences written for these tests, not the evaluation cases."""

from __future__ import annotations

import pytest
from support import answer_codes

from furikaeri.analyzer import analyze

OFF = "communication.off_topic"
BLAME = "negative_reason.blame"
ABSTRACT = "self_pr.abstract"
CASUAL = "manners.casual_language"
SPOKEN = "manners.spoken_style"
GENERIC = "motivation.generic"
UNEXPLAINED = "short_tenure.unexplained"
RESEARCH = "reverse_question.researchable"


PR = "学生時代に力を入れたことを教えてください。"


@pytest.mark.parametrize(
    ("answer", "casual"),
    [
        # mentioned: an event's name, words discussed as words, a colleague's style corrected,
        # a customer's thanks, reviews quoted
        ("料理サークルで「ガチ勢料理バトル」という大会を企画し、参加者を40人集めました。", False),
        (
            "国語の授業で「ヤバい」の意味の変化を調べ、発表会で学年1位の評価をいただきました。",
            False,
        ),
        (
            "新人の報告メールに「了解っす」や「マジです」が混じっていたため、"
            "例文集を作って研修で共有し、差し戻しを半分に減らしました。",
            False,
        ),
        (
            "配達先のおばあさまが「ほんとめっちゃ助かるわ」とお手紙をくださり、"
            "配達ルートの工夫を続ける励みになりました。",
            False,
        ),
        ("口コミサイトの『ガチでおすすめ』という評価を分析し、販促資料に反映しました。", False),
        ("後輩の日報に「ｗ」が多かったので、書き方を一緒に見直しました。", False),
        # the candidate's own thought or speech, told so: their own register
        ("締め切りの前日に「これはマジでまずい」と思い、すぐに担当を分け直しました。", True),
        ("私は部員に「ぶっちゃけこのままだと負ける」と伝え、練習量を増やしました。", True),
        # slang outside the quote is still the candidate's own
        ("「ぶっちゃけトーク会」を企画したんですが、準備がマジで大変でした。", True),
    ],
)
def test_quoted_words_are_mentioned(answer: str, casual: bool) -> None:
    assert (CASUAL in answer_codes(answer, question=PR, kind="self_pr")) is casual


@pytest.mark.parametrize(
    ("answer", "casual"),
    [
        # hedges: 的 after a role or a person (not before the position it stands for), or a
        # point of view; みたいな after a verb
        (
            "軽音部では副部長的なことをやっていて、ライブの段取りを担当し、来場者を倍にしました。",
            True,
        ),
        (
            "塾のアルバイトでは教室長の右腕的に動いて、欠席連絡の仕組みを作り、退塾を3人減らしました。",
            True,
        ),
        ("気持ち的には、最後まで諦めずに練習を続け、県大会でベスト8に入りました。", True),
        ("私的には、実行委員で会計を担当し、予算を10万円余らせたことが一番の成果です。", True),
        ("チームを引っ張るみたいな役目を任され、文化祭の模擬店で売上1位を取りました。", True),
        # とか with another hedge
        (
            "居酒屋で店長の右腕的な…いや、店長代理的な感じで、発注とか新人の指導とかを担当しました。",
            True,
        ),
        # clean: standard 的-adjectives, 的 of a common noun, てみたい, とか alone
        (
            "効率的な手順を考え、積極的に提案し、一時的に増えた作業を比較的短期間で片付けました。",
            False,
        ),
        ("家族的な雰囲気の部で、中心的な役割を担い、代表的な大会で3位に入りました。", False),
        ("個人的には、将来的に社会的な課題の解決にも挑戦してみたいと考えております。", False),
        ("私的な事情で1年休学しましたが、復学後は研究に専念し、学会で発表しました。", False),
        ("試食会ではお客様も喜んでいたみたいで、翌月の予約が30件増えました。", False),
        ("英語の勉強とか、地域のボランティア活動にも取り組み、TOEICは820点を取得しました。", False),
        ("チームのリーダー的存在として、週1回の進捗会を提案し、納期遅れをなくしました。", False),
        # a role likened in writing: a loanword (リーダー的), or the position named after 的な
        (
            "軽音部では副部長的な立場で、ライブの段取りを担当し、来場者を倍の200人にしました。",
            False,
        ),
        (
            "ゼミではムードメーカー的な役割で、発表前の練習会を毎週開き、全員が単位を取りました。",
            False,
        ),
        (
            "塾のアルバイトでは教室長の右腕的な存在として、欠席連絡の仕組みを作り、退塾を3人減らしました。",
            False,
        ),
    ],
)
def test_hedging_suffixes(answer: str, casual: bool) -> None:
    assert (CASUAL in answer_codes(answer, question=PR, kind="self_pr")) is casual


@pytest.mark.parametrize(
    ("answer", "casual"),
    [
        ("文化祭の後は、クラスのみんなで朝まで打ち上げをしましたｗ", True),
        ("半年で体重を10キロ落としました草", True),
        ("毎日3時間練習して、大会で優勝できましたw。", True),
        # clean: 草 as a noun, w inside words and addresses
        ("地域の草野球チームで会計を担当し、年会費の未納を0件にしました。", False),
        ("商店街のWebサイトとWi-Fiの案内を作り、www.から始まる住所を店頭に掲示しました。", False),
        ("休日は庭の草むしりと家庭菜園をしております。", False),
    ],
)
def test_net_laughter(answer: str, casual: bool) -> None:
    assert (CASUAL in answer_codes(answer, question=PR, kind="self_pr")) is casual


Q_STRENGTHS = "あなたの強みを教えてください。"

WHY = "退職理由を教えてください。"

SHORT = "前職を短期間で退職された理由を教えてください。"


@pytest.mark.parametrize(
    ("answer", "question", "kind", "casual"),
    [
        # バイト before a role: the post's name
        (
            "飲食店でバイトリーダーを務め、新人向けの手順書を作成しました。",
            Q_STRENGTHS,
            "self_pr",
            False,
        ),
        ("書店でバイトチーフとして発注を担当しました。", Q_STRENGTHS, "self_pr", False),
        # バイト alone: the clipped word
        ("学生時代はバイトを頑張りました。", Q_STRENGTHS, "self_pr", True),
        # a colloquial katakana verb whose dictionary spelling is kana, alone in a polite answer
        (
            "前職では会社が設備投資もケチっており、安全面に不安を感じておりました。",
            WHY,
            "reason_for_leaving",
            False,
        ),
        ("予定が少しズレてしまい、調整に時間がかかりました。", Q_STRENGTHS, "self_pr", False),
        # a native word respelled in katakana stays slang
        ("そのときは本気でキレそうになりました。", Q_STRENGTHS, "self_pr", True),
        # several spoken forms together: the register is casual
        (
            "正直、ノリで入っちゃった感じで、なんか違うなーってなって辞めました。",
            SHORT,
            "short_tenure",
            True,
        ),
    ],
)
def test_casual_titles_and_colloquial_verbs(
    answer: str, question: str, kind: str, casual: bool
) -> None:
    assert (CASUAL in answer_codes(answer, question=question, kind=kind)) is casual


def test_colloquial_verb_is_spoken_style() -> None:
    codes = answer_codes(
        "上司が人件費をケチるばかりでした。", question=WHY, kind="reason_for_leaving"
    )
    assert SPOKEN in codes and CASUAL not in codes


Q_SELF_PR = "自己PRをお願いします。"


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
    assert (CASUAL in answer_codes(answer, question=Q_SELF_PR, kind="self_pr")) is casual


@pytest.mark.parametrize(
    ("answer", "casual"),
    [
        # someone's casual words reported without 「」, said to the candidate
        ("保育実習では、園児からやばい楽しいと言われ、手遊びの種類を毎週増やしました。", False),
        ("常連のお客様にマジ助かるわと言っていただき、発注の仕組みを自分で整えました。", False),
        ("部下から、ぶっちゃけ前の方が楽でしたと言われ、手順書を一緒に作り直しました。", False),
        # the candidate's own casual words stay casual
        ("ゼミの研究はマジで大変でしたが、最後まで一人でやり切りました。", True),
        ("店長にやばいくらい叱られましたが、接客を見直して売上を伸ばしました。", True),
        ("友人とマジで練習して、大会で三位に入りました。", True),
        ("先輩にすごいねと褒められて、マジで嬉しかったです。", True),
    ],
)
def test_reported_casual_without_brackets(answer: str, casual: bool) -> None:
    assert (CASUAL in answer_codes(answer, question=Q_SELF_PR, kind="self_pr")) is casual


@pytest.mark.parametrize(
    ("answer", "casual"),
    [
        ("なんとなく自分に合わない気がして、辞めちゃいました。", False),
        ("結局、途中で諦めちゃったんです。", False),
        ("めちゃ忙しい職場でした。", True),
        ("仕事がめちゃくちゃ大変でした。", True),
    ],
)
def test_a_verb_stem_in_me_before_chau_is_no_intensifier(answer: str, casual: bool) -> None:
    codes = answer_codes(answer, kind="short_tenure")
    assert (CASUAL in codes) is casual


JUDGED = {OFF, GENERIC, ABSTRACT, BLAME, CASUAL, UNEXPLAINED, RESEARCH}

SEIKA = {
    "name": "株式会社みのり製菓",
    "profile": "米菓メーカー。主力商品は『ほろ焼きせんべい』。国産米100%にこだわり、地元農家と契約栽培を行う。",
}


def test_spoken_forms_in_polite_questions_are_no_casual_register() -> None:
    answer = "御社ってどんな商品を扱ってるんでしょうか。コンビニとかでも売ってますか？"
    codes = (
        answer_codes(
            answer, question="何か聞きたいことある？", kind="reverse_questions", company=SEIKA
        )
        & JUDGED
    )
    assert CASUAL not in codes
    statement = "残業が多すぎて体がもたなかったんですけど、今は転職を考えてるところです。"
    assert CASUAL in (answer_codes(statement, kind="reason_for_leaving") & JUDGED)


def _found(answer: str, *, question: str | None = None, kind: str | None = None, **kw):
    return {
        f.code: [e.text for e in f.evidence]
        for f in analyze(answer, question=question, kind=kind, **kw).findings
    }


@pytest.mark.parametrize(
    "answer",
    [
        "小林です。文化祭の準備は大変でしたが、本番はバッチグーでした。",
        "森と申します。学生時代は写真部で、撮った写真はほぼスマホの壁紙です（笑）",
        "前職では上司に恵まれて、毎日ルンルンで出社していました。",
    ],
)
def test_dated_slang_and_written_laughter_are_casual(answer: str) -> None:
    assert CASUAL in _found(answer, question="自己紹介をお願いします。", kind="self_intro")


@pytest.mark.parametrize(
    "answer",
    [
        "岡田と申します。大学では笑顔の研究をしており、表情と印象の関係を調べました。",
        "前職では談笑の時間を設けるなど、チームの雰囲気づくりに努めました。",
    ],
)
def test_laughter_as_a_word_is_not_casual(answer: str) -> None:
    assert CASUAL not in _found(answer, question="自己紹介をお願いします。", kind="self_intro")


# ------------------------------------------------ casual: 〜んす, 〜っけ
@pytest.mark.parametrize(
    ("answer", "casual"),
    [
        ("お客さんの話を聞くのが一番大事だと思ってるんすよ。", True),
        ("それって、研修はどのくらいあるんすか。", True),
        ("前の職場は、えっと、どこでしたっけ、失礼しました、印刷会社です。", True),
        ("入社日って四月一日でしたっけ。", True),
        ("学生時代はダンスサークルで副部長を務めました。", False),
        ("メンテナンスの受付で、ライセンス更新の案内を担当しました。", False),
        ("大事なチャンスをいただけたと思っています。", False),
    ],
)
def test_contracted_desu_after_n_and_kke_are_casual(answer: str, *, casual: bool) -> None:
    found = answer_codes(answer, question="学生時代に力を入れたことは何ですか。", kind="other")
    assert (CASUAL in found) is casual


@pytest.mark.parametrize(
    ("answer", "casual"),
    [
        # spoken forms of polite speech: spoken style only
        (
            "イベントの受付を担当したんですけど、来場者が一度に集まって列が崩れていたんですね。"
            "で、番号札を配って呼び出す形に変えました。",
            False,
        ),
        (
            "在庫の数え直しを任されたんですけど、毎月ずれが出ていたんです。"
            "で、棚ごとに担当を決めて、ずれを半分にしました。",
            False,
        ),
        ("休みの日は川で釣りをしてます。釣れなくても気分が晴れるんですよね。", False),
        # slang and plain talk still make a casual register
        ("受付を担当したんですけど、マジで人が多くて。で、番号札を配りました。", True),
        ("受付をやってたんだけど、人が多すぎて大変だった。で、番号札を配ったんだよね。", True),
        ("受付担当だったっす。で、番号札配ったっす。", True),
        # plain い抜き with けど (「考えてるところです」) adds up as before
        ("残業が多くてつらかったんですけど、今は転職を考えてるところです。", True),
    ],
)
def test_polite_spoken_forms(answer: str, casual: bool) -> None:
    codes = answer_codes(answer, question="前職で工夫したことを教えてください。")
    assert (CASUAL in codes) is casual


BAKERY_FROZEN = {
    "name": "株式会社こむぎ堂",
    "profile": "北陸でパン屋『こむぎ堂』を25店舗運営。1978年創業、従業員数430名。"
    "地元産小麦のパンと、2023年に始めた冷凍パンの通信販売が特徴。",
}


@pytest.mark.parametrize(
    "answer",
    [
        "えっと、こむぎ堂のパンが子どもの頃から好きで、で、お店の雰囲気もあったかいなーって"
        "思って。ここで働けたらいいなと思いました。",
        "店員さんが楽しそうだなあーって感じて、自分もそうなりたいと思いました。",
    ],
)
def test_spoken_motivation_is_casual(answer: str) -> None:
    assert CASUAL in answer_codes(
        answer, question="志望動機を教えてください。", company=BAKERY_FROZEN
    )


def test_a_written_de_after_a_noun_is_not_casual() -> None:
    answer = (
        "地元産小麦にこだわる御社のパンづくりに共感しました。前職は食品工場で、衛生管理を"
        "5年担当し、異物混入ゼロを3年続けました。"
    )
    assert CASUAL not in answer_codes(
        answer, question="志望動機を教えてください。", company=BAKERY_FROZEN
    )


ST = "前職を短期間で退職された理由を教えてください。"


@pytest.mark.parametrize(
    ("question", "kind", "answer", "casual"),
    [
        (ST, "short_tenure", "任される仕事が求人票と違くて、毎日戸惑っていました。", True),
        (ST, "short_tenure", "聞いていた勤務地と違かったので、半年で退職しました。", True),
        (
            Q_SELF_PR,
            "self_pr",
            "前任者とは進め方が違くないかと思い、手順書を作り直して残業を月10時間減らしました。",
            True,
        ),
        (ST, "short_tenure", "求人票と実際の仕事が違ければ、入社前に確認すべきでした。", True),
        # the verb's own forms and other words are not
        (
            ST,
            "short_tenure",
            "任される仕事が求人票と違っていたため、半年で退職いたしました。",
            False,
        ),
        (ST, "short_tenure", "勤務地が当初の説明と違いましたので、退職を決めました。", False),
        (
            Q_SELF_PR,
            "self_pr",
            "数多くの店舗を回り、売上の高かった店の陳列を他店に広げました。",
            False,
        ),
        (
            Q_SELF_PR,
            "self_pr",
            "間違いの多かった伝票処理を見直し、確認の手順を二段階にしました。",
            False,
        ),
    ],
)
def test_verb_conjugated_as_adjective(question: str, kind: str, answer: str, casual: bool) -> None:
    assert (CASUAL in answer_codes(answer, question=question, kind=kind)) is casual


@pytest.mark.parametrize(
    "answer",
    [
        "母の看病が必要になり、休職ではなく退職という形をとりました。現在は看病の必要もなくなり、"
        "フルタイムで働けます。",
        "取引先とこまめに連絡をとりまして、納期の遅れを防ぎました。",
        "部署ごとの要望をとりまとめ、半年で新しい申請手順を作りました。",
        "はい、高校では陸上部に所属しておりました。で、3年生では部長を務め、大会の運営にも"
        "関わりました。",
        "はい、販売職を希望しておりますが、必ずしも店頭じゃなくても、お客様の声を聞ける仕事"
        "であれば挑戦したいと考えております。で、通販の問い合わせ対応も経験がございます。",
    ],
)
def test_polite_speech_with_toru_or_a_lone_de_is_no_casual_register(answer: str) -> None:
    assert CASUAL not in answer_codes(answer, question="自己紹介をお願いします。")


WHY_LEFT = "退職の理由を教えてください。"


@pytest.mark.parametrize(
    "answer",
    [
        "とりま応募してみたって感じです。",
        "残業が多くてしんどかったんですけど、今は転職を考えてるところです。",
        "で、前の店は給料がマジで安かったんで。",
    ],
)
def test_real_casual_forms_stay_casual(answer: str) -> None:
    assert CASUAL in answer_codes(answer, question=WHY_LEFT, kind="reason_for_leaving")


def test_cho_before_an_adverb_is_casual() -> None:
    codes = answer_codes("締め切りは超ギリギリでしたが、なんとか間に合わせました。", kind="other")
    assert "manners.casual_language" in codes


@pytest.mark.parametrize(
    "answer",
    [
        "早く作業手順を覚えれるよう努めます。",
        "どんな職場にもすぐ慣れれるほうです。",
    ],
)
def test_ranuki_on_an_ichidan_stem(answer: str) -> None:
    assert "manners.casual_language" in answer_codes(answer, kind="other")
