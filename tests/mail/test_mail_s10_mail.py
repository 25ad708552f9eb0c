"""Session 10 (s10-mail): notices and replies read in context. An agent's approval relayed
(「書類OKとのことです」) and a next round the company goes on with or wants to hold again
(「二次面接も進めることになりました」「次回もお話を伺いたい」) are a pass; the selection stopped
(「今回の選考はここまでとさせてください」) a rejection; a following round told with its hour
(「二次面接は来週木曜14時、品川本社です」) an invitation. In replies, 声 voiced as an opinion
(「懸念の声がございました」) is no communication point; a fault word after a named standard
(「服装について、弊社の基準からするとややカジュアル」) is manners; a comparison that is only the scope
of an overall judgement (「複数の応募者の中から総合的に判断」) declines; nervousness shown
(「緊張が強く出ていた」) and delivery (「ハキハキと」) are communication; a point kept within a
limit (「一般論にとどまっていた」) or low (「親和性が低い」) is framed. Cases written before the
rules were read (none from the evaluation sets), with their look-alikes."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice
from furikaeri.mail.reply import classify_reply

GREETING = "山田様\n\nお世話になっております。\n"
CLOSING = "\n\nよろしくお願いいたします。"

NOTICES = [
    # An agent's approval relayed, with no day or time approved.
    ("A社の件、書類OKとのことです！面接日程を調整しますね。", "pass"),
    ("先方の回答ですが、一次面接の結果はOKでした！", "pass"),
    ("書類OKとのことで、面接に進めます。", "pass"),
    # The company goes on with the next round, or wants to talk again.
    ("A社、二次面接も進めることになりました！", "pass"),
    ("先方で最終面接を進める運びとなりました。日程は追ってご連絡します。", "pass"),
    ("面接官一同、ぜひ次回もお話を伺いたいと申しております。", "pass"),
    # The selection stopped for the reader.
    ("募集枠が埋まってしまったため、今回の選考はここまでとさせてください。", "rejection"),
    ("社内で検討いたしましたが、今回の選考はここまでとさせていただきます。", "rejection"),
    # A following round told with its hour, as an agent relays it.
    ("A社から連絡がありました！二次面接は来週木曜14時、品川本社です。", "interview_invite"),
    (
        "A社の件、先方から次回の日程として10月9日（水）15:00、渋谷本社との連絡がありました。",
        "interview_invite",
    ),
    # An agent's 「今回はクローズ」 closes the reader's candidacy; a listing closed is no result.
    ("A社はポジションが埋まってしまったそうで、今回はクローズとなりました。", "rejection"),
    ("この求人は募集をクローズしました。他の求人もご覧ください。", "other"),
    # Look-alikes: a slot approved, a plan of later rounds, a talk to come, a practice.
    ("一次面接を通過された場合、二次面接は10月10日14時からを予定しています。", "other"),
    ("当社の選考では、最終面接は例年3月10日13時から本社で行っています。", "other"),
    ("二次面接の結果は10月10日15時までにご連絡します。", "other"),
    ("先方より、12月10日15:00で一次面接OKとのことです。", "other"),
    ("次回の面接では、合格された場合に最終面接に進んでいただきます。", "other"),
    ("来週中に合否をご連絡いたします。合格の場合は最終面接のご案内をお送りします。", "other"),
    ("次回もお話しできるのを楽しみにしております。説明会の資料を添付します。", "other"),
    ("選考辞退のご連絡、承知いたしました。今回はご縁がなかったということで。", "other"),
]


@pytest.mark.parametrize(("body", "label"), NOTICES)
def test_notice(body: str, label: str) -> None:
    result = classify_notice(subject="ご連絡", body=GREETING + body + CLOSING)
    assert result.label == label


REPLY_HEAD = "お問い合わせいただきありがとうございます。\n"

REPLIES = [
    # 声 as an opinion voiced: the topic is what the voice is about.
    (
        "前職での在籍期間について、面接官の間で懸念の声がございました。",
        "feedback",
        ["short_tenure"],
    ),
    ("志望理由が弱いという声が上がりました。", "feedback", ["motivation"]),
    # ... and the candidate's voice is still communication.
    ("お声が小さく、こちらに伝わりにくいところがありました。", "feedback", ["communication"]),
    ("声の大きさがやや小さく、聞き取りづらい場面がありました。", "feedback", ["communication"]),
    # A fault word after a standard named between.
    (
        "当日の服装について、弊社の基準からするとややカジュアルな印象を受けました。",
        "feedback",
        ["manners"],
    ),
    (
        "言葉遣いについては、お客様の前に出ることを考えるとやや気になる点がございました。",
        "feedback",
        ["manners"],
    ),
    # Nervousness shown, and how the words come out, are delivery; nervousness not shown is none.
    ("面接官からは、少し緊張が強く出ていたとのことでした。", "feedback", ["communication"]),
    ("もう少しハキハキとお話しいただけると良かったと思います。", "feedback", ["communication"]),
    ("緊張が見られず、堂々とお話しされていました。", "other", []),
    # A point kept within a limit, or low where more was wanted, is framed.
    ("自己PRのエピソードが一般論にとどまっていた印象です。", "feedback", ["self_pr"]),
    (
        "これまでのご経験と、当ポジションの業務内容との親和性が低いと判断しました。",
        "feedback",
        ["skills"],
    ),
    ("一般論にとどまらず、ご自身の経験に基づいたお話で好印象でした。", "feedback", []),
    ("ご経験の評価は決して低くありませんでした。", "feedback", []),
    # A comparison that only scopes an overall judgement declines.
    (
        "複数の応募者の中から総合的に判断させていただきました。",
        "declined",
        ["relative"],
    ),
    ("総合的に判断させていただいた結果となります。", "declined", []),
    # A comparison naming what was compared is a reason.
    (
        "総合的に判断いたしましたが、他の候補者の方が営業経験において上回っておりました。",
        "feedback",
        ["relative", "skills"],
    ),
]


@pytest.mark.parametrize(("body", "label", "causes"), REPLIES)
def test_reply(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(REPLY_HEAD + body)
    assert (result.label, sorted(result.causes)) == (label, sorted(causes))
