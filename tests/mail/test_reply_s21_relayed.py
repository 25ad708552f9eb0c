"""Session 21 (relayed): an agent relaying the company's comment as quoted lines (＞ and >
lines, 「」 blocks, ――以下…――ここまで―― frames) reads the quote as the company's feedback,
while a reply that quotes the candidate's own request stays what its own lines say; failures
blamed on others (negative_reason); a short tenure told by a staffing agent (short_tenure);
the company's own plans and work not known, 「…ならどこでもよい」 (motivation); praise of the
candidate's experience is no cause, and of two evaluation items the one not met is the cause.
All sentences were written for these tests."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

RELAYED = [
    # full-width ＞ lines after the agent's lead, 「とのことです」 after them
    (
        "山田様\n\nお世話になっております。キャリアブリッジの森です。\n"
        "C社様の二次面接について、先方より所感をいただきました。\n\n"
        "＞Excelの関数や集計の操作経験が浅く、即戦力としての配属は難しいと判断しました。\n"
        "＞業務で必要となるデータ分析のスキルが現時点では不足していると感じました。\n\n"
        "とのことです。引き続き求人をご紹介しますのでご相談ください。\n\nキャリアブリッジ 森",
        ["skills"],
    ),
    # ASCII > lines, casual agent chat
    (
        "田中さん\n先方の所感、そのまま貼りますね！\n\n"
        "> 志望理由が当社の事業とどう結びつくのかが、最後までよく分かりませんでした。\n\n"
        "とのことでした。次に向けて一緒に整理しましょう！",
        ["motivation"],
    ),
    # a framed block, the comment blaming others for a failure
    (
        "小林様\n\nいつもお世話になっております。ワークリンクの高橋です。\n"
        "E社様から一次面接のフィードバックが届きましたので共有いたします。\n\n"
        "――以下、先方コメント――\n"
        "プロジェクトが遅延した理由を伺ったところ、上司の指示や協力会社の対応のせいだというお話が"
        "中心で、ご自身が何をされたのかが見えませんでした。\n"
        "――以上――\n\n次回の面接に向けて準備しましょう。",
        ["negative_reason"],
    ),
    # a 【】 heading and a multi-line 「」 block
    (
        "佐々木様\n\nお世話になっております。リクルートパートナーズの中村です。\n"
        "F社様より選考結果の理由について回答がありましたので、原文のままお送りします。\n\n"
        "【企業様コメント】\n"
        "「ご質問への回答が長く、結論がどこにあるのかがつかみにくい場面が多くありました。\n"
        "要点を先にお話しいただけると、より伝わったと思います。」\n\n"
        "以上となります。今後ともよろしくお願いいたします。",
        ["communication"],
    ),
    # the frame with ■ marks and a blame of the team
    (
        "伊藤様\n\nネクストワークスの渡辺です。G社様からのコメントを転記します。\n\n"
        "■■ここから■■\n"
        "チームの売上が伸びなかった原因について、メンバーの意識の低さや会社の方針ばかりを挙げて"
        "おられ、ご自身の振り返りが伺えませんでした。\n"
        "■■ここまで■■\n\nご確認ください。",
        ["negative_reason"],
    ),
]

# A reply quoting the candidate's own request (the mail it answers) does not read the
# candidate's words as the company's.
QUOTED_REQUEST = [
    (
        "declined",
        "ご連絡ありがとうございます。\n選考の詳細な理由についてはお答えしかねます。"
        "何卒ご了承ください。\n\n"
        "> お世話になっております。先日面接を受けた鈴木です。\n"
        "> 至らなかった点を教えていただけないでしょうか。志望動機の伝え方に不安がありました。\n",
    ),
    (
        "other",
        "メールを拝受しました。担当者に確認のうえ、改めてご連絡いたします。\n\n"
        "-----Original Message-----\n"
        "> 面接でのコミュニケーションに課題があったのではと感じております。\n"
        "> 改善点があればご教示ください。\n",
    ),
    (
        "declined",
        "お問い合わせの件、採用担当より以下のとおり回答いたします。\n\n"
        "> 不採用となった理由を教えていただけないでしょうか。\n"
        "> 面接での受け答えに課題があったのか知りたいです。\n\n"
        "恐れ入りますが、選考の評価内容は開示しておりません。\n",
    ),
]

# Failures blamed on others, not quoted.
BLAME = [
    "前職で案件がうまくいかなかった理由を、すべて周囲の人のせいにされている印象を受けました。",
    "失敗の原因を他部署や取引先の対応に求めるお話が多く、ご自身の反省点が聞けなかった点が"
    "気になりました。",
    "トラブルの責任を上司に押し付けるような言い方が何度かあり、懸念が残りました。",
]

# A short tenure told by a staffing agent or the client.
SHORT_TENURE = [
    "先方からは、前回のお仕事が2か月で終了となっている点を気にされていたと伺いました。",
    "派遣先企業様は、直近のご就業先での期間が半年と短かった点を懸念されていたようです。",
    "前の職場を3ヶ月で辞めちゃってるところが、先方的には引っかかったみたいです。",
    "これまでのご就業期間がいずれも短めである点について、先方が気にしておられました。",
]

# The company's own plans and work not known: motivation.
RESEARCH = [
    "当社の新規事業や海外展開の取り組みについてはご存じない様子で、「IT企業であればどこでも"
    "よいのでは」という印象を受けました。",
    "当院の理念や地域医療への取り組みについてはご存じないようで、病院ならどこでもよいのでは"
    "と感じてしまいました。",
    "弊社の主力商品や経営方針についてほとんど調べてこられていないようでした。",
    "ホテルであればどこでもいいのかな、という印象でした。",
]

# Praise of the experience is no cause; of two evaluation items the one not met is the cause.
PRAISE_AND_ITEMS = [
    (
        "木村様のご経験は当社の業務にも十分活かせると感じました。ただ、なぜ当社なのかという"
        "問いへのお答えが他社にも当てはまる内容で、志望の理由が見えませんでした。",
        ["motivation"],
    ),
    (
        "前職での営業経験は弊社でも活かしていただけるものと感じております。一方で、最後の"
        "逆質問で特にご質問がなかった点が気になりました。",
        ["reverse_question"],
    ),
    # possible (a potential verb), no shortfall: 「活かせると感じました」 is a prospect
    (
        "「これまでのご経験は弊社の業務にも活かせると感じました。ただ、最後に何かご質問は"
        "とお聞きした際、特にないとのことでした。」",
        ["reverse_question"],
    ),
    (
        "前職でのご経験はうちの現場でも使えると思いました。一方で、志望動機がどの会社にも"
        "当てはまる内容だった点が気になりました。",
        ["motivation"],
    ),
    (
        "個別面接の評定では、「協調性」の項目は良好でしたが、「表現力」の項目が基準に達し"
        "ませんでした。",
        ["communication"],
    ),
    (
        "評定のうち「積極性」は高く評価されましたが、「説明力」が基準に届きませんでした。",
        ["communication"],
    ),
    (
        "「主体性」の項目は基準を満たしていましたが、「論理的な説明力」の項目が基準を下回り"
        "ました。",
        ["communication"],
    ),
]


# Near misses: the reason asked of the company's contact, a place that may be anywhere, a
# sheet's item praised alone.
NEAR_MISSES = [
    ("declined", [], "不採用の理由を企業の担当者に求めましたが、回答はいただけませんでした。"),
    (
        "feedback",
        ["motivation"],
        "見送りの理由について、先方からは志望動機の点ばかり挙げられました。",
    ),
    (
        "other",
        [],
        "勤務地は東京であればどこでもよいとのことでしたので、配属の幅は広く検討できました。",
    ),
    ("feedback", [], "評価項目のうち「協調性」が高く評価されました。"),
]


@pytest.mark.parametrize(("label", "causes", "body"), NEAR_MISSES)
def test_near_misses(label: str, causes: list[str], body: str) -> None:
    result = classify_reply(body)
    assert result.label == label, result
    assert sorted(result.causes) == sorted(causes), result


@pytest.mark.parametrize(("body", "causes"), RELAYED)
def test_relayed_quoted_comment_is_feedback(body: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert result.label == "feedback", result
    assert sorted(result.causes) == sorted(causes), result


@pytest.mark.parametrize(("label", "body"), QUOTED_REQUEST)
def test_quoted_request_stays_the_candidates(label: str, body: str) -> None:
    result = classify_reply(body)
    assert result.label == label, result
    assert result.causes == [], result


@pytest.mark.parametrize("body", BLAME)
def test_blame_on_others_is_negative_reason(body: str) -> None:
    result = classify_reply(body)
    assert result.label == "feedback", result
    assert result.causes == ["negative_reason"], result


@pytest.mark.parametrize("body", SHORT_TENURE)
def test_short_tenure_in_staffing(body: str) -> None:
    result = classify_reply(body)
    assert result.label == "feedback", result
    assert result.causes == ["short_tenure"], result


@pytest.mark.parametrize("body", RESEARCH)
def test_company_not_known_is_motivation(body: str) -> None:
    result = classify_reply(body)
    assert result.label == "feedback", result
    assert result.causes == ["motivation"], result


@pytest.mark.parametrize(("body", "causes"), PRAISE_AND_ITEMS)
def test_praise_no_cause_items_not_met(body: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert result.label == "feedback", result
    assert sorted(result.causes) == sorted(causes), result


def test_unquote_relayed_reads_the_data_patterns() -> None:
    from furikaeri.mail.reply.rules import _reply_rules
    from furikaeri.mail.text import strip_quoted, unquote_relayed

    lead, close, asks = _reply_rules().quote_block
    led = "先方より所感をいただきました。\n＞説明が長かった。\n"
    closed = "ご報告です。\n> 説明が長かった。\nとのことです。"
    asked = "人事部より回答いたします。\n> 理由を教えてください。\n"
    after_marker = "-----Original Message-----\n> 説明が長かった。\nとのことです。"
    assert "説明が長かった" in strip_quoted(unquote_relayed(led, lead, close, asks))
    assert "説明が長かった" in strip_quoted(unquote_relayed(closed, lead, close, asks))
    assert "理由を教えて" not in strip_quoted(unquote_relayed(asked, lead, close, asks))
    assert "説明が長かった" not in strip_quoted(unquote_relayed(after_marker, lead, close, asks))
