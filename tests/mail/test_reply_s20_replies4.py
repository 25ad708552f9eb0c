"""Session 20 (replies4): refusals written with English words (shareできない, discloseしていない,
interview feedback), a refusal relayed as the company's quoted answer after asking for the reason
of the decision, a business named by a compound (飲食店) read as no manners topic, an English
「for example,」 and 「before getting to your own role」 read as no self-PR topic, the application
of a claimed strength asked where the episode is missing read as self_pr only, and a person
preferred in a wish (優先したかった) read as the role's need (skills), no comparison."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

DECLINED = [
    # English verbs and nouns in a Japanese sentence: Sudachi's katakana loans (シェア,
    # ディスクローズ) tell, feedback (in an English compound too) is the company's judgement
    "申し訳ないのですが、interview feedbackはshareできないルールなんです。",
    "HRの方針上、個別のevaluationはdiscloseしていないんです。すみません🙏",
    "弊社では選考のfeedbackはshareしないpolicyとなっております。",
    "Sorry、candidate feedbackはshareできないことになってます。",
    # the decision's reason asked of the company, its refusal quoted as its answer
    "不採用の理由を伺いましたが、『理由についてはお伝えしていない』とのご回答でした。",
    "企業様に見送り理由をお尋ねしましたが、「選考内容はお答えできません」とのことでした。",
    "『個別の評価についてはお伝えしていない』とのご回答でした。お力になれず申し訳ありません。",
]

FEEDBACK = [
    # near-misses of the refusals: English words telling a point, an agent relaying one
    ("面接の内容はチームにshareしましたが、SQLのskillが足りないという意見でした。", ["skills"]),
    (
        "先方に見送り理由を伺ったところ、「志望動機が他社にも当てはまる内容だった」とのこと"
        "でした。",
        ["motivation"],
    ),
    # the candidate's own reason for leaving asked: what was not heard is the candidate's
    ("前職を辞めた理由をお聞きしたところ、はっきりとはお答えいただけませんでした。", None),
    # a business named by a compound headed by 店 or 業 (飲食店, 飲食業): no eating in the
    # interview; the motivation point stands
    (
        "当社が手がける飲食店向けの食材卸についてもご存じない様子で、なぜ当社なのかが伝わって"
        "きませんでした。",
        ["motivation"],
    ),
    (
        "弊社の主要取引先である飲食業の事業者様についてご存じなく、志望理由が他社でも通じる"
        "内容でした。",
        ["motivation"],
    ),
    # near-misses: eating and drinking in the interview still manners
    ("面接中に飲食をされていたのが気になりました。", ["manners"]),
    ("途中で飲み物を何度も口にされていたのが気になりました。", ["manners"]),
    # English: 「for example,」 gives an instance of the delivery point; 「getting to your own
    # role」 is the order of the answer
    (
        "Your answers tended to be long and the conclusion was hard to find - for example, when "
        "we asked about a difficult client, you described the whole setup before getting to your own "
        "part.",
        ["communication"],
    ),
    (
        "Some answers wandered; for example, the story about your internship took several "
        "minutes before it came to your own role.",
        ["communication"],
    ),
    # the question an example was asked on (why you left, what drew you) is no point of its own
    (
        "Your answers ran long - for example, when we asked why you left your previous employer, "
        "you spent most of the time on its history.",
        ["communication"],
    ),
    (
        "Your answers were long - for example, when we asked what drew you to our company, you "
        "spoke for several minutes before getting to the point.",
        ["communication"],
    ),
    # near-misses: a point of the asked topic's own stays
    (
        "When we asked why you left your last job, you spoke quite negatively about your former "
        "manager.",
        ["negative_reason"],
    ),
    (
        "When we asked why you wanted to join us, your answer could have applied to any company.",
        ["motivation"],
    ),
    # near-misses: the self-PR's examples and own role still self_pr
    ("We did not hear concrete examples of your own contribution.", ["self_pr"]),
    ("We would have liked to hear more about your own role in that project.", ["self_pr"]),
    # the application of the strengths asked where the episode is missing: self_pr only
    (
        "長所として『粘り強さ』と『協調性』を挙げられましたが、どちらも具体的なエピソードや成果の"
        "お話がなく、当社の業務でどう発揮されるのか想像しにくい印象でした。",
        ["self_pr"],
    ),
    (
        "強みは「巻き込み力」とのことでしたが、具体的な場面のお話がなく、うちの店舗でどう活かせる"
        "のかが見えませんでした。",
        ["self_pr"],
    ),
    # near-miss: the self-PR praised, how it applies at the company still motivation
    (
        "自己PRのエピソードは分かりやすかったのですが、当社でそれをどう活かすのかが見えません"
        "でした。",
        ["motivation"],
    ),
    # a person preferred in a wish: the role's need, no one else chosen (skills)
    (
        "まだ8人の会社で経理も一人で回してもらうので、月次決算を締めた経験がある人を優先"
        "したかったんです。",
        ["skills"],
    ),
    (
        "立ち上げ期のチームなので、本番環境の運用経験がある人を優先したいと考えていました。"
        "経験を積まれたらまたぜひ。",
        ["skills"],
    ),
    # near-misses: another person chosen stays relative
    ("今回は、本番環境の運用経験が豊富な別の候補者の方を採用いたしました。", ["relative"]),
    ("最終面接に進まれた方のうち、法人営業の経験をお持ちの方に決まりました。", ["relative"]),
]


@pytest.mark.parametrize("body", DECLINED)
def test_refusals_in_english_words_and_relayed(body: str) -> None:
    result = classify_reply(body)
    assert result.label == "declined", result
    assert result.causes == []


@pytest.mark.parametrize(("body", "causes"), FEEDBACK)
def test_points_told_beside_the_refusals_and_readings(body: str, causes: list[str] | None) -> None:
    result = classify_reply(body)
    assert result.label == "feedback", result
    if causes is not None:
        assert sorted(result.causes) == sorted(causes), result
