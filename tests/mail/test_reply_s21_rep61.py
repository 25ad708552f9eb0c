"""Session 21 (rep61): error classes of the described reply set 61, each with blind cases of
several styles written before the rules were read, and near-misses:
1. an agent relaying that the company gave only an overall judgement and no concrete comment
   (「具体的なコメントはいただけませんでした」, the company named as the one asked in the sentence
   before) is declined: 具体的 speaks of the comment;
2. what telling one candidate would bring (「特定の方にだけお話しすれば、ほかの受験者の方との公正さ…」)
   is the ground of a refusal, no comparison; a speech frame (「率直に申し上げますと」) is none;
3. 受付 is the reception desk only as the place of a conduct (受付で, 受付の方), not a job held;
4. experience as what the motive should link to, beside a question of why this company, is
   motivation, no skills gap and no missing episode;
5. a view named 〜観 quoted, and the company's own way told before it (「自立を大切にする当施設の
   考え方」), name no self-PR: values that differ are culture_fit;
6. the camera as where the candidate looked, and the microphone as why the voice was hard to
   hear, are delivery (communication), no manners;
7. the part of the interview held in a language (英語面接, 中国語での質疑) and what was hard in it are
   the language's level (skills), no delivery point."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

CASES = [
    # 1 words about the reply itself, or an agent's relay: the company's answer, no cause
    (
        "キャリアアドバイザーの森です。先方に不採用の理由を伺いましたが、「諸般の事情を踏まえた総合判断」との回答のみで、具体的なフィードバックはいただけませんでした。申し訳ございません。",
        "declined",
        [],
    ),
    (
        "担当の佐藤です。企業様へ確認したところ、選考理由の詳細については開示していないとのことで、具体的な内容は教えていただけませんでした。",
        "declined",
        [],
    ),
    (
        "お世話になっております。エージェントの川口です。人事の方からは総合的に検討した結果とだけ伺っており、それ以上詳しいお話はございませんでした。ご了承ください。",
        "declined",
        [],
    ),
    (
        "先方企業からの回答は「総合的に判断した結果」というもので、具体的な指摘はありませんでした。お力になれず申し訳ありません。",
        "declined",
        [],
    ),
    (
        "ご依頼の件、企業に問い合わせましたが、明確なコメントは頂戴できませんでした。次のご紹介に向けて面談させてください。",
        "declined",
        [],
    ),
    (
        "エージェントの森です。企業様からは、自己PRが抽象的で具体的なエピソードが少なかったとのコメントをいただきました。",
        "feedback",
        ["self_pr"],
    ),
    # 2 the ground of a refusal (fairness to the others): no comparison
    (
        "誠に恐縮ですが、選考理由は開示しておりません。特定の方にのみお伝えすることは、他の候補者の方との公平性を欠くことになるためです。",
        "declined",
        [],
    ),
    (
        "大変申し訳ございませんが、応募者全員に対して公平を期すため、個別の評価内容についてはお答えしかねます。",
        "declined",
        [],
    ),
    (
        "不採用の理由につきましては、ほかの受験者との公正を保つ観点から、お知らせしていません。ご理解ください。",
        "declined",
        [],
    ),
    (
        "ごめんなさい、理由は教えられない決まりなんです。他の学生さんとの兼ね合いもあるので。就活頑張ってください！",
        "declined",
        [],
    ),
    (
        "社内規定により選考結果の詳細はお伝えできかねます。すべての応募者様に同じ対応をさせていただいておりますので、何卒ご容赦ください。",
        "declined",
        [],
    ),
    (
        "詳細はお伝えできませんが、率直に申し上げますと、他の方のほうが評価が高かったです。",
        "declined",
        ["relative"],
    ),
    (
        "理由はお答えできかねます。個別にご説明いたしますと、他の応募者様との平等が保てなくなります。",
        "declined",
        [],
    ),
    # 3 a job held (受付, 窓口対応) as experience: no manners
    (
        "今回の募集では法人営業のご経験を重視しておりました。ご経歴は窓口対応が中心でしたので、経験の点で要件を満たさないと判断しました。",
        "feedback",
        ["skills"],
    ),
    (
        "ホテルのフロント業務のご経験はおありですが、今回はレストランの予約管理システムの運用経験が必須でしたので、見送らせていただきました。",
        "feedback",
        ["skills"],
    ),
    (
        "これまでのご経験がコールセンターでの問い合わせ対応中心であり、当ポジションで求める品質管理の実務経験とは異なっていました。",
        "feedback",
        ["skills"],
    ),
    (
        "店舗での接客経験は豊富ですが、在庫管理や発注業務のご経験がなかったため、店長候補としての要件には届かないと判断いたしました。",
        "feedback",
        ["skills"],
    ),
    (
        "面接中、受付での対応がややぶっきらぼうだったと社員から報告がありました。",
        "feedback",
        ["manners"],
    ),
    ("受付でのご対応がややそっけない印象でした。", "feedback", ["manners"]),
    # 4 experience as what the motive should link to: motivation, no skills
    (
        "なぜ当社なのか、ご自身のこれまでの経験と当社の事業がどうつながるのかをもう少し語っていただけると、志望の強さが伝わったと思います。",
        "feedback",
        ["motivation"],
    ),
    (
        "当社を選んだ理由が、ご経験とどう関係するのかが見えにくく、他社でもよいのではという印象が残りました。",
        "feedback",
        ["motivation"],
    ),
    (
        "学生時代の経験と、うちの会社で何をしたいかが結びついていなかったかな、というのが面接官の感想です。",
        "feedback",
        ["motivation"],
    ),
    (
        "志望動機はよく伝わりましたが、システム開発の実務経験が不足していると判断しました。",
        "feedback",
        ["skills"],
    ),
    # 5 the candidate's values against the organisation's: culture_fit only
    (
        "山田様が重視されている「個人の成果を最大化する」という働き方の考え方が、チームで成果を分かち合う当社の文化とは異なると感じました。",
        "feedback",
        ["culture_fit"],
    ),
    (
        "先生が大事にされている、きっちりと指導する教育観が、生徒の自主性を尊重する本校の方針と合わないと判断しました。",
        "feedback",
        ["culture_fit"],
    ),
    (
        "ご自身の介護に対するお考えが、利用者様の自立支援を第一にする当施設の考え方と少し違うように思いました。",
        "feedback",
        ["culture_fit"],
    ),
    (
        "お話しいただいた仕事観（安定を最優先する）と、変化を楽しむ当社の社風にずれがあると面接官は感じたようです。",
        "feedback",
        ["culture_fit"],
    ),
    (
        "自己PRでご自身の強みが具体的に伝わらず、当社の方針とも少し異なる印象でした。",
        "feedback",
        ["culture_fit", "self_pr"],
    ),
    (
        "中村様の「利用者様の安全を最優先に、決まった手順を守る」という介護観が、利用者様の自立と挑戦を大切にする当施設の考え方とは違うと感じました。",
        "feedback",
        ["culture_fit"],
    ),
    # 6 eye contact and voice in an online interview: communication, no manners
    (
        "オンライン面接では、画面を見ずに下を向いて話される時間が長く、視線が合いませんでした。また音声が途切れがちで聞き取りづらかったです。",
        "feedback",
        ["communication"],
    ),
    (
        "面接官からは、声が小さく聞き取りにくかったこと、話すスピードが速かったことが挙げられていました。",
        "feedback",
        ["communication"],
    ),
    (
        "Web面接の際、カメラ目線でなかったため、自信がなさそうに見えてしまったとのことです。",
        "feedback",
        ["communication"],
    ),
    (
        "早口で、お声もこもっていて、内容が伝わりにくい場面が多かったです。",
        "feedback",
        ["communication"],
    ),
    ("面接に10分遅刻され、連絡もなかった点が評価に影響しました。", "feedback", ["manners"]),
    (
        "服装がカジュアルすぎる点と、言葉遣いが友達と話すような口調だった点が気になりました。",
        "feedback",
        ["manners"],
    ),
    ("オンライン面接で、カメラをオフにしたままでした。", "feedback", ["manners"]),
    (
        "カメラを見ずにお話しされ、服装もカジュアルすぎる印象でした。",
        "feedback",
        ["communication", "manners"],
    ),
    # 7 a language's level shown in the part held in it: skills
    (
        "当ポジションではTOEIC 750点以上を目安にしております。面接の英語での質疑では、回答に詰まる場面が多く見受けられました。",
        "feedback",
        ["skills"],
    ),
    (
        "海外拠点とのやり取りが日常的に発生するため、ビジネス英語が必須です。英語面接の際、質問の意図を聞き取れない場面がございました。",
        "feedback",
        ["skills"],
    ),
    (
        "中国語での商談が中心となる職種ですが、面接内の中国語での会話パートで、やや受け答えに時間がかかっておりました。",
        "feedback",
        ["skills"],
    ),
    (
        "英語での自己紹介をお願いした際、語彙や文法面でまだ実務レベルに届いていないと感じました。",
        "feedback",
        ["skills"],
    ),
    ("質問に対する回答が長く、結論が分かりにくい場面がありました。", "feedback", ["communication"]),
    (
        "英語面接では問題ありませんでしたが、日本語でのご説明が冗長でした。",
        "feedback",
        ["communication"],
    ),
    # near-misses across the classes
    (
        "営業のご経験について、こちらの質問の意図をうまく聞き取れていない場面がありました。",
        "feedback",
        ["communication"],
    ),
    (
        "英語面接では流暢にお話しされていましたが、志望動機が弱いと感じました。",
        "feedback",
        ["motivation"],
    ),
    (
        "先方に確認いたしました。具体的なフィードバックはいただけませんでしたが、経験不足とのことです。",
        "feedback",
        ["skills"],
    ),
    (
        "マイクの設定のため音声が途切れ、服装もラフでした。",
        "feedback",
        ["communication", "manners"],
    ),
]


@pytest.mark.parametrize(("body", "label", "causes"), CASES)
def test_reply_reading(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, sorted(result.causes)) == (label, sorted(causes))
