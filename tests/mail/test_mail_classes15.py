"""Error classes of session 8 (mail), read as patterns: a formal rejection with no stock word (a
judged gap and the matter ended); an offer's acceptance acknowledged (paperwork, not the offer);
an agent's new postings after a result named by 件; a person quoted over several sentences in a
newsletter; a result negated as the way forward (採用の方向では進めない). In replies: reasons for
changing jobs told as conditions only, the reason for a short stay (no complaint), an agent's
stock formula, a withheld comment, and the company's way set against the candidate's wish.
Sentences written for these tests (none from the evaluation sets)."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice
from furikaeri.mail.reply import classify_reply

# (subject, body, label)
NOTICES = [
    # A judged gap or difficulty, and the matter ended: a rejection without the stock words.
    (
        "面談のお礼",
        "岩田様\n先日は面談のお時間をいただきありがとうございました。\n"
        "社内で検討した結果、岩田様のご希望の職務内容と当社で想定している役割とのあいだに"
        "ずれがあると判断いたしました。\n恐縮ですが、本件はこれをもちまして終了とさせて"
        "いただきます。",
        "rejection",
    ),
    (
        "ご面談について",
        "岩田様\n検討いたしましたが、現状の組織体制では岩田様のご経験を活かせる環境を"
        "ご用意することが困難と結論づけました。\n今回のお話はここまでとさせていただきたく、"
        "何卒ご了承ください。",
        "rejection",
    ),
    # Either alone decides nothing: a letter's closing 「以上」 beside an interview booked …
    (
        "二次面接のご案内",
        "岩田様\n二次面接を下記のとおり実施いたします。\n日時：3月4日（水）14:00〜15:00\n"
        "場所：本社3階\n本件に関するご案内は以上となります。",
        "interview_invite",
    ),
    # … and a judged gap that leads to another position.
    (
        "ポジションのご相談",
        "岩田様\n面談を踏まえ、ご志向と今回の募集職種には違いがあると判断いたしました。"
        "つきましては、企画職での選考をご提案したく、ご意向をお聞かせください。",
        "other",
    ),
    # The reader's acceptance acknowledged: the paperwork after an offer, not the offer.
    (
        "入社書類について",
        "岩田様\n内定承諾書を確かに受領いたしました。\n入社日までに、給与振込口座届と"
        "通勤経路の申請書をご提出ください。",
        "other",
    ),
    (
        "今後のご案内",
        "岩田様\n入社をご決断いただき、誠にありがとうございます。\n4月の入社前研修の"
        "日程は追ってお知らせいたします。",
        "other",
    ),
    (
        "Welcome",
        "Hi Aiko,\nThank you for accepting our offer! Please complete the onboarding forms "
        "before your first day.",
        "other",
    ),
    # An offer's own instructions for the acceptance are still the offer.
    (
        "内定のご連絡",
        "岩田様\n選考の結果、岩田様に内定をお出しすることとなりました。\n入社承諾書に"
        "ご署名いただき、ご返送ください。",
        "offer",
    ),
    # An agent's new postings after a result named by 件: the result is background.
    (
        "求人のご提案",
        "岩田様\nアドバイザーの小松です。先週の東和精機様の件は残念でしたが、"
        "岩田様の生産管理のご経験に合う求人が新たに2件届きました。詳細を添付いたします。",
        "other",
    ),
    (
        "ご報告",
        "岩田様\nアドバイザーの小松です。さきほどお伝えした東和精機様の件ですが、"
        "同じ業界で条件の近いポジションが出てまいりましたのでご紹介させてください。",
        "other",
    ),
    # The agent telling the result itself stays a rejection.
    (
        "東和精機様の選考結果",
        "岩田様\nアドバイザーの小松です。東和精機様より一次面接の結果をいただき、"
        "残念ながら今回は見送りとのことでした。",
        "rejection",
    ),
    # A person quoted over several sentences in a newsletter: the words stay quoted.
    (
        "採用チームだより 第8号",
        "今号は営業部の新人にインタビューしました。\n「最初の就活では最終面接で不合格が"
        "続きました。それでも内定をもらえたのは、面接の振り返りを続けたからです」\n"
        "続きは採用サイトでお読みいただけます。",
        "other",
    ),
    # A result negated as the way forward.
    (
        "面談の件",
        "岩田さん\nチームで話して、今回は採用の方向では進めないことにしました。"
        "またタイミングが合えばお話ししましょう！",
        "rejection",
    ),
]


@pytest.mark.parametrize(("subject", "body", "label"), NOTICES)
def test_notice_classes15(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


# (body, label, causes)
REPLIES = [
    # Reasons for changing jobs told as conditions only: negative_reason, and what the candidate
    # wants to do here unsaid is motivation too.
    (
        "面接では、転職の理由が休日の多さや通勤時間の短さといった条件のお話ばかりで、"
        "当社で何に取り組みたいのかが伝わってきませんでした。",
        "feedback",
        ["motivation", "negative_reason"],
    ),
    (
        "お話が年収面に終始しており、物足りなさを感じました。",
        "feedback",
        ["negative_reason"],
    ),
    # Questions about conditions are reverse_question's, no reason for leaving.
    (
        "最後のご質問が残業や休日についてのものばかりで、仕事への関心が見えにくかったです。",
        "feedback",
        ["reverse_question"],
    ),
    # The reason for a short stay asked for: short_tenure, no complaint.
    (
        "前職を8か月で退職された理由について、納得できるご説明がいただけなかった点が"
        "気になりました。",
        "feedback",
        ["short_tenure"],
    ),
    (
        "勤続わずか10か月での退職理由についても、もう少し具体的にお聞きしたかったです。",
        "feedback",
        ["short_tenure"],
    ),
    # A reason for leaving told apart from the stay is still read for negative_reason.
    (
        "退職理由のご説明が曖昧で、転職回数の多さについての懸念も残りました。",
        "feedback",
        ["negative_reason", "short_tenure"],
    ),
    (
        "Thanks for asking. You left your last company after about seven months, and we "
        "could not get a clear picture of why.",
        "feedback",
        ["short_tenure"],
    ),
    # An agent relaying only a stock formula, or a comment withheld: declined.
    (
        "岩田様\nアドバイザーの小松です。先方に理由を確認しましたが、「選考基準に照らして"
        "判断した結果」とのことで、それ以上の情報はいただけませんでした。",
        "declined",
        [],
    ),
    (
        "岩田様\n東和精機様からは、個別のコメントは差し控えたいとのご回答でした。",
        "declined",
        [],
    ),
    (
        "岩田様\n先方からは、詳しい評価内容は開示されないとのことでした。",
        "declined",
        [],
    ),
    # The company's way set against the wish that follows: culture_fit.
    (
        "毎週のように方針を見直す当社の進め方に対して、決まった手順で着実に仕事を"
        "進めたいというご志向がかなり強いと感じました。",
        "feedback",
        ["culture_fit"],
    ),
    # Set against nothing: the wish heard with praise.
    (
        "当社の研修制度に対し、ご自身でも学びたいというお考えを伺い、心強く感じました。",
        "feedback",
        [],
    ),
    # English: a motivation that fits any company of the industry.
    (
        "Hello, the panel felt your reasons would fit almost any logistics company.",
        "feedback",
        ["motivation"],
    ),
]


@pytest.mark.parametrize(("body", "label", "causes"), REPLIES)
def test_reply_classes15(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, result.causes) == (label, causes)
