"""A reply's topics from the points an interviewer's
evaluation sheet covers ([[concept]] in data/mail_replies.toml: Sudachi normalized forms and
synonym groups, each tied to one cause), fault words that need no frame unless denied, a concern
pointing back to the sentence before (そこは, その点は), a question of the candidate's own past
action (どう巻き込んだのか), a scene told as there or going on (〜場面が続きました), a grade mark
on an evaluation sheet, and the near-misses each must leave alone."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

FEEDBACK = [
    # manners: concepts read by synonym group (腕時計 → リストウオッチ; 飲み物 → ドリンク).
    ("面談の最中にリストウオッチへ何度も目をやっておられたのが気になりました。", ["manners"]),
    ("途中でドリンクを口にされる場面が何度かあり、面接官が気にしておりました。", ["manners"]),
    ("ネイルがかなり派手で、来客対応のある職場には合わないと感じました。", ["manners"]),
    # A fault word names its cause alone.
    ("面接の開始に十五分遅刻されました。", ["manners"]),
    ("話を聞いている間、ずっと頬杖をついていらっしゃいました。", ["manners"]),
    ("面接官に対してため口で話される場面がございました。", ["manners"]),
    ("オンラインでしたが、マイクの雑音がひどく、事前の確認が不足していたようです。", ["manners"]),
    # short_tenure: tenure concepts and job-hopping.
    ("勤務年数がどの会社でも短く、その点が懸念材料となりました。", ["short_tenure"]),
    ("これまで職を転々とされている印象を受けました。", ["short_tenure"]),
    ("数年おきに勤務先を変えておられる点を、面接官は気にしておりました。", ["short_tenure"]),
    # negative_reason: complaints by name.
    ("前の職場の話になると愚痴が多くなる印象でした。", ["negative_reason"]),
    (
        "退職のきっかけとして、評価の理不尽さを強く訴えておられたのが気になりました。",
        ["negative_reason"],
    ),
    # self_pr: initiative (主体性 and its group 自主性), the candidate's own ingenuity.
    ("ご経歴の中で自主性を発揮された場面が伝わってきませんでした。", ["self_pr"]),
    # A question of the candidate's own past action the interviewer could not get answered.
    ("チームの中でご自身が何を担当されたのかが最後まで分かりませんでした。", ["self_pr"]),
    (
        "その課題をどのように解決したのかを伺いましたが、具体的なお話はありませんでした。",
        ["self_pr"],
    ),
    # A concern pointing back to the sentence before takes the topic it left open.
    (
        "最後に質問はありますかと伺ったところ、特にないとのことでした。その点は残念に思います。",
        ["reverse_question"],
    ),
    (
        "当社の製品についてどう思われたかを伺いました。そこがもう少し聞きたかったところです。",
        ["motivation"],
    ),
    # A scene told as there or going on: its modifier is the judgement.
    ("ご質問に対して考え込んでしまい、沈黙が続く場面がありました。", ["communication"]),
    # A grade mark against an item of an evaluation sheet.
    ("評価シート：逆質問　×（残業時間のみ）", ["reverse_question"]),
    # An answer missing after a topic asked: the topic's point, not delivery.
    (
        "半年で退職された経緯をお尋ねしましたが、明確なお答えはございませんでした。",
        ["short_tenure"],
    ),
    # Round two: the reason told by its quality is the candidate's, not a refusal.
    ("志望理由について、納得のいく理由が伺えませんでした。", ["motivation"]),
    (
        "退職の経緯を伺いましたが、周囲の人のせいにするお話が多く、気になりました。",
        ["negative_reason"],
    ),
    ("半年を待たずに前職を離れておられる点は、慎重に判断いたしました。", ["short_tenure"]),
    ("当社の特徴をお尋ねした際、お答えに詰まってしまわれました。", ["motivation"]),
    ("お客様とどういった交渉をされたのかが最後まで見えてきませんでした。", ["self_pr"]),
    ("最後のご質問が、説明会でご案内した福利厚生についてでした。", ["reverse_question"]),
    # Round three: blame told as a cause, a choice of the closest, the individual's part.
    ("辞めたのは上司がひどかったからだ、というお話が中心でした。", ["negative_reason"]),
    ("三名の方が最終面接に進まれ、その中で最もご経験の近い方に決まりました。", ["relative"]),
    (
        "プロジェクトは成功したとのことですが、あなた自身の役割がはっきりしませんでした。",
        ["self_pr"],
    ),
    ("面接の開始時間に遅れていらしたのが残念でした。", ["manners"]),
    ("評価シート：逆質問　なし", ["reverse_question"]),
    # An explanation weighed after the candidate's own matter is theirs, even relayed.
    (
        "先方からは、前職を一年で辞めた理由について、十分な説明がなかったとのことでした。",
        ["short_tenure"],
    ),
]

NEAR_MISSES = [
    # Fault words denied: praise or reassurance, no cause.
    ("当日は遅刻もなく、身だしなみも整っていて好印象でした。", []),
    ("腕組みなどは見られず、落ち着いた様子でお話しされていました。", []),
    ("前職への愚痴を言うこともなく、前向きな退職理由でした。", []),
    ("転職回数が多いことはまったく気にしておりません。", []),
    # A topic word of negative meaning denied is a reassurance.
    ("ご不満めいたご発言もなく、前向きなお話でした。", []),
    # The others as the scene of a conduct compare nobody.
    (
        "他の学生さんが発言している最中に、スマートフォンをいじっていらしたのが気になりました。",
        ["manners"],
    ),
    ("転職回数の多さは問題にしておりません。", []),
    # A concept word praised.
    ("カメラ越しでも表情がよく伝わり、明るい印象を受けました。", []),
    # A scene told by a word of praise.
    ("鋭いご質問をいただく場面もありました。", []),
    # 仕事 is no formal noun denying the phrase before it.
    ("当社でなくてもできる仕事ではないか、という印象が残りました。", ["motivation"]),
]


@pytest.mark.parametrize(("body", "causes"), FEEDBACK)
def test_a_reply_names_the_cause_of_its_concept(body: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == ("feedback", causes)


@pytest.mark.parametrize(("body", "causes"), NEAR_MISSES)
def test_a_denied_or_praised_concept_names_nothing(body: str, causes: list[str]) -> None:
    assert classify_reply(body).causes == causes


def test_a_refusal_held_back_is_declined() -> None:
    body = "社内で検討いたしましたが、フィードバックのご提供は見合わせることといたしました。"
    assert classify_reply(body).label == "declined"
