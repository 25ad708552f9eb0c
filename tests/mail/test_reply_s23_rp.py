"""Replies of session 23 (rp23): a credential or skill held in place of the one required, an
answer that went to another subject, praise with encouragement only, fit told as the company's
stage against the candidate's stated preference, and a complaint about colleagues quoted (its
words name no motivation). Sentences are our own."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

HELD_INSTEAD = [
    # the requirement conceded (が), then another grade or credential held: skills
    (
        "本ポジションは簿記1級の保有を必須条件としておりましたが、川村様は2級をお持ちで、"
        "1級は来年受験のご予定と伺いました。",
        "feedback",
        ["skills"],
    ),
    (
        "測量士の資格を要件としておりましたが、原田様は測量士補をお持ちという段階でした。",
        "feedback",
        ["skills"],
    ),
    (
        "法人営業のご経験を必須としておりましたが、個人向け営業のご経験をお持ちでした。",
        "feedback",
        ["skills"],
    ),
    # near misses: the one required held, or praised; a time before the holding is no credential
    (
        "第一種衛生管理者の資格を必須としておりましたが、資格をお持ちで、その点は問題ございません"
        "でした。",
        "feedback",
        [],
    ),
    (
        "普通自動車免許を必須としておりましたが、佐野様は免許をお持ちで、運転歴も長いと伺いました。",
        "other",
        [],
    ),
    (
        "法人営業のご経験を必須としておりましたが、豊富なご経験をお持ちでした。",
        "other",
        [],
    ),
    ("調理師免許を条件としておりましたが、先月取得されたと伺いました。", "other", []),
    # English: a requirement told as a must-have, the reader's level after it
    (
        "The opening listed fluent Korean as a must-have, and you told us your level is basic.",
        "feedback",
        ["skills"],
    ),
]

WENT_ELSEWHERE = [
    # the question told, a talk of another subject went on, the answer not heard: communication
    (
        "「入社後に挑戦したいことは？」という質問に対し、学生時代のアルバイトのお話が続き、"
        "お考えを伺うことができませんでした。",
        "feedback",
        ["communication"],
    ),
    (
        "チームで意見が割れたときの対応をお尋ねしたところ、ご自身の担当業務の説明が長く続き、"
        "肝心のご対応はお聞きできませんでした。",
        "feedback",
        ["communication"],
    ),
    # near misses: a talk told by what it did (blame) is that point; a talk praised is praise
    (
        "一番苦労した仕事について伺った際、失敗の原因を協力会社に押し付けるお話が続き、"
        "ご自身の振り返りが聞けなかった点が気になりました。",
        "feedback",
        ["negative_reason"],
    ),
    (
        "ご経験について伺った際、具体的な数字を交えたお話が続き、とても分かりやすかったです。",
        "feedback",
        [],
    ),
]

CHEERED = [
    # praise and encouragement, nothing of why: declined
    (
        "面接では、お客様への想いをたくさん聞かせていただき、私たちも嬉しく思いました。\n"
        "残念な結果となりましたが、小野さんならきっと素敵な販売員さんになられると信じています。",
        "declined",
    ),
    (
        "面接でのはきはきした受け答えが印象的でした。今回はご縁がありませんでしたが、"
        "陰ながら応援しております。",
        "declined",
    ),
    (
        "We really enjoyed meeting you and were impressed by your energy. It did not work out "
        "this time, but we are confident you will find a great team.",
        "declined",
    ),
    # encouragement alone, with no praise: still no reason
    ("今回は残念だったけど、これからも応援してるよ。", "declined"),
    # near misses: a reason beside the encouragement is feedback; praise alone stays feedback
    (
        "面接では誠実なお人柄が伝わりました。ただ、志望理由が他社でも言える内容にとどまっていました。"
        "きっと次は良い結果になると信じています。",
        "feedback",
    ),
    ("終始落ち着いて、丁寧にお答えになっていました。", "feedback"),
]

FIT = [
    # the company's stage against the candidate's stated preference: culture_fit
    (
        "ご経験は申し分ありませんでした。ただ、どちらが正しいという話ではなく、フィットの問題だと"
        "考えています。",
        "feedback",
        ["culture_fit"],
    ),
    (
        "チームとのフィット感に欠けるのではという意見が多く出ました。",
        "feedback",
        ["culture_fit"],
    ),
    (
        "一人で黙々と進めたいとのお考えでしたが、今の当社だと毎日の打ち合わせが欠かせず、"
        "働きにくさを感じられると思います。",
        "feedback",
        ["culture_fit"],
    ),
    (
        "腰を据えて同じ業務に取り組みたいとのお考えでしたが、体制が毎月変わる今の当社の段階だと、"
        "ご負担の大きい環境になってしまうと考えました。",
        "feedback",
        ["culture_fit"],
    ),
    (
        "Your engineering record is strong. Based on your comments about preferring a fixed "
        "routine, we felt the fit with our current phase was not there.",
        "feedback",
        ["culture_fit"],
    ),
    # near misses: the verb フィットする of an experience or of another person is not fit
    ("ご経験が募集要件にフィットしなかったため、見送りとなりました。", "feedback", ["skills"]),
    ("より当社の求める要件にフィットする方がいらっしゃいました。", "feedback", ["relative"]),
]

COLLEAGUES_QUOTED = [
    # a complaint about the former colleagues quoted: negative_reason, no motivation
    (
        "退職理由を伺った際、前職の先輩方について「向上心のない人ばかりだった」とのご発言が"
        "ありました。",
        "feedback",
        ["negative_reason"],
    ),
    (
        "前の職場の同僚について「やる気が感じられない人が多かった」とお話しされていました。",
        "feedback",
        ["negative_reason"],
    ),
    # near miss: praise of them quoted is no complaint
    (
        "退職理由を伺った際、前職の上司について「とても尊敬できる人だった」とのお話がありました。",
        "other",
        [],
    ),
]


@pytest.mark.parametrize(("body", "label", "causes"), HELD_INSTEAD + WENT_ELSEWHERE)
def test_held_instead_and_went_elsewhere(body: str, label: str, causes: list[str]) -> None:
    r = classify_reply(body)
    assert (r.label, sorted(r.causes)) == (label, sorted(causes))


@pytest.mark.parametrize(("body", "label"), CHEERED)
def test_praise_and_encouragement_only(body: str, label: str) -> None:
    r = classify_reply(body)
    assert r.label == label
    if label == "declined":
        assert r.causes == []


@pytest.mark.parametrize(("body", "label", "causes"), FIT + COLLEAGUES_QUOTED)
def test_fit_and_quoted_colleagues(body: str, label: str, causes: list[str]) -> None:
    r = classify_reply(body)
    assert (r.label, sorted(r.causes)) == (label, sorted(causes))
