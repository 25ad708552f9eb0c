"""Replies to a feedback request, session 16 (third round): the company's sought type set
against the candidate's, a difference of direction as the ground, a preference among the
applicants carried out, the writer's own interest, vague said casually, a clearing beside a
refusal to tell, and what a long answer kept the interviewer from hearing."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

CASES = [
    # The type the company seeks, then the candidate told as another type (culture_fit).
    (
        "feedback",
        ["culture_fit"],
        "当社では今、前例のない仕事にも自分から手を挙げていける方を求めています。"
        "〇〇様は手順が決まった環境で力を発揮されるタイプとお見受けしました。",
    ),
    (
        "feedback",
        ["culture_fit"],
        "うちは毎週のように方針が変わる会社で、その変化を楽しめる人を探しているんです。"
        "〇〇さんは一つのことにじっくり取り組む方だと感じました。",
    ),
    (
        "feedback",
        ["culture_fit"],
        "弊社が求めているのは、営業と開発の間に立って自ら調整役を担える人材です。"
        "〇〇様は専門領域を深く掘り下げていかれるタイプという印象でした。",
    ),
    # Agreement, not a contrast: the candidate is that type, another person was chosen.
    (
        "feedback",
        ["relative"],
        "弊社では自分から動ける方を求めております。〇〇様はまさにそのようなタイプだと"
        "感じましたが、今回は別の方を採用いたしました。",
    ),
    # The candidate described with no type sought before: nothing of fit.
    (
        "feedback",
        [],
        "〇〇様は周囲を支える役割で力を発揮されるタイプだとお見受けしました。",
    ),
    # A difference of direction or values as the ground, framed by nothing else.
    ("feedback", ["culture_fit"], "面接の内容は良かったです。最終的には価値観の違いですね。"),
    ("feedback", ["culture_fit"], "ご経歴は十分でした。方向性の違いかなと思っております。"),
    ("feedback", ["culture_fit"], "今回は、目指す方向の違いが理由です。"),
    # The gap named beside a word of praise: the mismatch is still the point.
    (
        "feedback",
        ["culture_fit"],
        "〇〇様は一人で黙々と仕上げることに強みがある方だとお見受けし、そこが当社の求める"
        "人物像とは違っていました。",
    ),
    # The sides of the gap are what is compared, no point of their own; a side judged on its
    # own stays.
    (
        "feedback",
        ["culture_fit"],
        "入社後に描かれているキャリアの方向性が、当社の目指す方向と異なると判断しました。",
    ),
    (
        "feedback",
        ["culture_fit", "motivation"],
        "当社の理念への共感があまり感じられず、大切にしている価値観とも方向性が異なると"
        "判断いたしました。",
    ),
    # The difference denied: no fit point.
    (
        "feedback",
        ["relative"],
        "方向性の違いによるものではございません。今回は他の方とのご縁となりました。",
    ),
    # A preference among the applicants carried out: relative beside the skills it names.
    (
        "feedback",
        ["relative", "skills"],
        "今回の募集では、物流センターでの管理経験をお持ちの方を優先して選考を進めました。",
    ),
    (
        "feedback",
        ["relative", "skills"],
        "本ポジションは、法人向けSaaSの導入経験2年以上の方を優先させていただいた結果、"
        "今回はご期待に沿えない結果となりました。",
    ),
    (
        "feedback",
        ["relative", "skills"],
        "先方は不動産業界での営業経験がある方を優先的に採用したかったそうで、"
        "最終的には業界経験者の方で決まったとのことです。",
    ),
    # A preference as a wish, nothing carried out; the writer's side deciding: no comparison.
    ("other", [], "今後は未経験の方も優先的に採用したいと考えております。"),
    ("other", [], "こちらの方で決めさせていただきました。"),
    # The writer's own interest in the candidate's experience: praise, no motivation.
    (
        "feedback",
        ["skills"],
        "〇〇様のご経験の中身には大いに関心を持っておりましたが、実務経験の面で当社の求める"
        "水準には届いていないと判断いたしました。",
    ),
    (
        "other",
        [],
        "面接官は〇〇様の研究テーマに関心を持っていたようですが、業務との接点が少ないと"
        "判断したようです。",
    ),
    # The reader's interest in the company stays motivation.
    ("feedback", ["motivation"], "当社の事業への関心があまり感じられませんでした。"),
    ("feedback", ["motivation"], "弊社への関心をお持ちでないように見受けられました。"),
    # Vague, said casually.
    (
        "feedback",
        ["motivation"],
        "担当の野口です！先方いわく、志望動機がちょっとふわっとしてたみたいです。",
    ),
    (
        "feedback",
        ["motivation"],
        "面接官の感想としては、ふわっとした志望理由に聞こえたとのことでした。",
    ),
    # A clearing, then a refusal to tell: declined.
    (
        "declined",
        [],
        "〇〇様の能力や意欲に問題があったわけではございません。"
        "申し訳ございませんが、選考理由の詳細はお答えいたしかねます。",
    ),
    (
        "declined",
        [],
        "アドバイザーの川口です。経験面や人柄で何か問題があったということではないそうです。"
        "ただ、見送りの具体的な理由は開示していないとのことでした。",
    ),
    # A clearing beside an overall judgement only stays feedback.
    (
        "feedback",
        [],
        "特に大きな課題があったということではなく、総合的に判断した結果でございます。",
    ),
    # What a long answer kept the interviewer from hearing (まで): delivery only.
    (
        "feedback",
        ["communication"],
        "ご回答が長くなりがちで、ご自身が実際にどう動かれたのかまで伺うことができませんでした。",
    ),
    (
        "feedback",
        ["communication"],
        "お話が長く結論が見えにくかったため、チームの中でどんな役割を担われたのかまでは"
        "お聞きできませんでした。",
    ),
    # No delivery point before it: the episode missing is self_pr's.
    (
        "feedback",
        ["self_pr"],
        "ご自身がどのように行動されたのかが伺えず、強みの裏付けが見えませんでした。",
    ),
]


@pytest.mark.parametrize(("label", "causes", "body"), CASES)
def test_reply_s16c(label: str, causes: list[str], body: str) -> None:
    result = classify_reply(body)
    assert (result.label, sorted(result.causes)) == (label, sorted(causes))
