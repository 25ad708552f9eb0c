"""Replies to a feedback request, read by meaning (sentences written for these tests, not the
eval cases): topic words by Sudachi normalized form and synonym group, causes named in
indirect HR wording, comparisons with another candidate, refusals in English or with the
disclosure as the object."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

SYNONYMS = [
    # One entry covers its synonyms (Sudachi synonym groups) and spellings (normalized forms).
    ("入社へのやる気があまり感じられませんでした。", ["motivation"]),  # 意欲
    ("情熱がもう一歩伝わってきませんでした。", ["motivation"]),  # 熱意
    ("現場で求められる技量には届いていないと判断しました。", ["skills"]),  # 技能
    ("業務上のノウハウが不足していると感じました。", ["skills"]),
    ("礼節を欠く場面がございました。", ["manners"]),  # 礼儀
    ("言葉づかいが気になりました。", ["manners"]),  # 言葉遣い
    ("ご応答が質問の趣旨とずれていることがありました。", ["communication"]),  # 受け答え
    ("チームの雰囲気になじんでいただけるか懸念がありました。", ["culture_fit"]),
]


@pytest.mark.parametrize(("body", "causes"), SYNONYMS)
def test_a_topic_word_covers_its_synonyms_and_spellings(body: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == ("feedback", causes)


INDIRECT = [
    # Nervousness remarked on is communication.
    ("ご緊張のせいか、お話が前後することがありました。", ["communication"]),
    ("かなり緊張されていたようで、本来の力を出し切れていない印象です。", ["communication"]),
    # An episode called abstract is self_pr, not skills.
    ("ご経験されたことのお話が抽象的で、何をされたのか分かりにくかったです。", ["self_pr"]),
    # Complaints as the reason for leaving, honorific or about anyone.
    ("転職理由が前職の上司へのご不満に終始していた点が懸念でした。", ["negative_reason"]),
    ("お話の多くが職場の人間関係への不満で占められていました。", ["negative_reason"]),
    # Late without the word 遅刻.
    ("面接の開始予定から15分ほど遅れてのご到着でした。", ["manners"]),
    ("事前のご連絡もなく、お時間を過ぎてのご来社でした。", ["manners"]),
    # Short tenure, indirectly.
    ("長期的にご活躍いただけるかという点に不安が残りました。", ["short_tenure"]),
    ("転職を重ねてこられた経緯について、十分なご説明をいただけませんでした。", ["short_tenure"]),
    ("腰を据えて長く働いていただける姿が描けませんでした。", ["short_tenure"]),
    # Fit, indirectly: the topic weighed, another environment suits, a way of working.
    ("社風との相性を考慮し、今回の判断に至りました。", ["culture_fit"]),
    ("大きな組織の方が、山田様の力を発揮していただけると考えました。", ["culture_fit"]),
    ("当社の社員とは仕事の進め方が合わないように感じました。", ["culture_fit"]),
    # Which of our businesses: motivation without the word 志望動機.
    ("当社のどの事業に関わりたいのかが、最後まで分かりませんでした。", ["motivation"]),
    ("志望動機の具体性が課題でした。", ["motivation"]),
]


@pytest.mark.parametrize(("body", "causes"), INDIRECT)
def test_causes_in_indirect_wording(body: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == ("feedback", causes)


COMPARISONS = [
    # The wish to join, compared: motivation and relative.
    (
        "別の最終候補の方が、より当社のビジョンへの共感を示されていました。",
        ["motivation", "relative"],
    ),
    # How much more the other person had: a comparison, relative only (s20).
    ("最終的に、より開発経験の長い方を採用いたしました。", ["relative"]),
    # A better fit of the other person's experience: relative only.
    (
        "ご経験は申し分ありませんでしたが、当社の事業により合った経験の方を採用しました。",
        ["relative"],
    ),
    # A required experience the other person had: skills and relative.
    (
        "マーケティングのご経験は評価しておりましたが、必須要件であるBtoBの経験をお持ちの方がおり、そちらを優先しました。",
        ["skills", "relative"],
    ),
    # Values closer in someone else: fit is relational.
    ("当社の考え方により近い価値観の方がいらっしゃいました。", ["culture_fit", "relative"]),
]


@pytest.mark.parametrize(("body", "causes"), COMPARISONS)
def test_comparisons_with_another_candidate(body: str, causes: list[str]) -> None:
    assert classify_reply(body).causes == causes


NO_CAUSE = [
    "緊張されることなく、落ち着いてお話しいただけました。",
    "ご経験は十分でした。",
    "ご経験されたエピソードはどれも具体的で、よく伝わってきました。",
]


@pytest.mark.parametrize("body", NO_CAUSE)
def test_praise_and_denials_name_no_cause(body: str) -> None:
    assert classify_reply(body).causes == []


DECLINED = [
    "選考理由をお伝えすることは、社内の規程によりいたしかねます。",
    "Due to our policy, we cannot share feedback on individual candidates.",
    "We do not provide detailed feedback on applications.",
    "Unfortunately we are not in a position to disclose the reasons.",
]


@pytest.mark.parametrize("body", DECLINED)
def test_refusals(body: str) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == ("declined", [])


ENGLISH = [
    ("The interviewers felt your technical skills were not yet at the level we need.", ["skills"]),
    ("We felt your answers on why you wanted to join were vague.", ["motivation"]),
    ("The team felt that another candidate was better aligned with the role.", ["relative"]),
]


@pytest.mark.parametrize(("body", "causes"), ENGLISH)
def test_english_feedback(body: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == ("feedback", causes)


def test_a_topic_word_must_be_one_sudachi_word() -> None:
    from furikaeri.mail.reply.words import _words

    with pytest.raises(ValueError, match="not one Sudachi word"):
        _words(["志望動機"], [])


MORE = [
    ("ご説明が一方的で、対話になりにくい場面がありました。", ["communication"]),
    ("こちらのお話を最後まで聞かずに回答される場面がございました。", ["communication"]),
    ("どうして同業の中で当社を選ばれたのか、もう一歩伺いたかったです。", ["motivation"]),
    ("以前の職場の嫌なところを多くお話しされていました。", ["negative_reason"]),
    (
        "チームで成果を出す当社の風土と、個人で完結したいというお考えには隔たりがありました。",
        ["culture_fit"],
    ),
    ("Your knowledge of our market was not quite enough for this role.", ["skills"]),
    # More experience said of the candidate chosen: skills and relative (s11-mail).
    # (the other person's experience: a comparison only)
    ("We moved forward with a candidate who had more hands-on experience.", ["relative"]),
    ("実際にどのような場面で強みを生かされたのかが、伝わりきりませんでした。", ["self_pr"]),
    ("逆質問が有給休暇の取りやすさに集中していた点が気になりました。", ["reverse_question"]),
    ("同程度の評価の応募者が何名かおり、比べた結果です。", ["relative"]),
    ("今回は海外営業の経験を重視し、別の方を採用いたしました。", ["skills", "relative"]),
    (
        "最初から最後まであがっていらっしゃる様子で、本来のお力が見えませんでした。",
        ["communication"],
    ),
    ("伺った経験談がどれも漠然としていて、ご自身の役割が分かりませんでした。", ["self_pr"]),
    ("法人営業の実務が3年に届かず、今回の基準に達しておりませんでした。", ["skills"]),
    (
        "離職のご理由を伺った際、前の上司の話が多く、次に何をしたいかが伝わりませんでした。",
        ["negative_reason"],
    ),
    ("面接の最中に携帯の着信音が鳴った点が気になりました。", ["manners"]),
    ("最後のお尋ねの機会に、何もご質問がなかった点が残念でした。", ["reverse_question"]),
    ("当社のサービスについての下調べが浅いと感じました。", ["motivation"]),
    ("Your answers were rather wordy, and it was hard to follow them.", ["communication"]),
    ("面接官の目を見て話される時間が短く、自信がなさそうに見えました。", ["communication"]),
    ("プロジェクトの中でご自身がどのように動かれたのかが、不明確でした。", ["self_pr"]),
    ("今回の職種に欠かせない法務の知識を、十分にお持ちでないと判断しました。", ["skills"]),
    (
        "お客様第一を大切にしている当社と、効率重視のお考えとはずれがあると感じました。",
        ["culture_fit"],
    ),
    ("面接当日、スーツを着用されていなかった点が気になりました。", ["manners"]),
    ("他社でもよいのではないか、弊社でなくてもよいのではと感じました。", ["motivation"]),
    ("受け答えがやや硬く、暗記した文章を読み上げている印象でした。", ["communication"]),
    ("必須としていた管理会計の経験がネックになりました。", ["skills"]),
    ("以前の会社について否定的な発言が目立ちました。", ["negative_reason"]),
    ("少数精鋭の当社の風土とは、相性があまり良くないと判断しました。", ["culture_fit"]),
    ("数ある会社の中から当社を選ぶ理由が、最後まで伝わりませんでした。", ["motivation"]),
    ("ご回答の要旨がうまくまとまっておらず、理解に時間がかかりました。", ["communication"]),
    ("求める経験年数を下回っておりました。", ["skills"]),
    ("面接中に腕を組んでお話しされていた点が気になりました。", ["manners"]),
    ("当社の製品についてどこまでご存じか、準備が足りないように感じました。", ["motivation"]),
    ("求める英語力の水準には達していませんでした。", ["skills"]),
]


@pytest.mark.parametrize(("body", "causes"), MORE)
def test_more_indirect_wording(body: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == ("feedback", causes)


@pytest.mark.parametrize(
    "body",
    [
        "様々な観点から検討した結果ですので、ご理解いただけますと幸いです。",
        "複数の要素を総合して判断しており、特定の理由があるわけではございません。",
        "選考は総合的な見地から行っており、これが理由というものはございません。",
        "理由を一つに絞ることは難しく、総合的な結果とご理解ください。",
        "We don't provide individual feedback, but thank you for your interest.",
    ],
)
def test_an_overall_judgement_alone_is_declined(body: str) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == ("declined", [])


def test_a_strength_used_in_the_work_is_self_pr_only() -> None:
    body = "アピールされた強みが実務のどの場面で発揮されたのか、具体例が乏しい印象でした。"
    assert classify_reply(body).causes == ["self_pr"]
