"""Replies to a feedback request, session 17 (second round): a cause told as having had no effect
names nothing, even with what the reader may do on that ground after it (「…影響しておりません
ので、ご安心ください」); advice framed as general (「一般的なお話として」「皆様にお伝えしている
ことですが」「…と言われています」) names nothing of the candidate beside a refusal; a telling
refused in a humble form (「ご提供をお断りしております」) or a practice denied after a telling named
as its topic (「フィードバックですが、…当社では実施しておりません」) declines; a requirement not
met (「…の資格、もしくは同等の現場経験をお持ちの方を対象」) and experience not confirmed
(「実務経験の深さが確認できなかった」) are skills; one sentence names its own cause only (the
words calling a casual quote, the company's motto quoted, the company's own lack beside
praise)."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

CASES = [
    # A cause told as no effect, going on to a request on that ground: nothing named.
    (
        "declined",
        [],
        "選考理由の詳細はお伝えしておりません。なお、待遇についてのご質問は評価には一切関係"
        "ございませんので、ご安心ください。",
    ),
    (
        "feedback",
        ["skills"],
        "前職を一年で退職されたことは合否に影響しておりませんから、お気になさらないでください。"
        "今回は、必須としている法人営業のご経験が不足していたことが理由です。",
    ),
    # ... and a decision word of the verdict itself (不採用とは関係ありません).
    (
        "feedback",
        ["relative"],
        "前職の上司についてのお話は、不採用とは関係ありません。同じ経験をお持ちの方が複数"
        "いらっしゃり、比較の結果です。",
    ),
    # Not taken into the decision (評価には含めておりません), a worry told needless (ご心配は
    # 不要です): set aside.
    (
        "declined",
        [],
        "声が小さかったという点は、オンラインでの音声の問題もあったため、評価には含めて"
        "おりません。それ以外の点についてはお答えしかねます。",
    ),
    (
        "declined",
        [],
        "服装についてのご心配は不要です。結果の理由につきましては開示しておりませんので、"
        "ご了承ください。",
    ),
    # Near-misses: what the candidate left out of an answer is still theirs.
    (
        "feedback",
        ["motivation"],
        "志望動機に当社ならではの理由を含めておらず、一般的な内容にとどまっていました。",
    ),
    # A reassurance pointing back (そこは…影響していません) clears what its sentence named.
    (
        "feedback",
        ["motivation"],
        "逆質問が少なかったことを気にされているようですが、そこは評価に影響していませんよ。"
        "志望動機で当社でなければならない理由があまり見えなかったのが一番のところです。",
    ),
    (
        "feedback",
        [],
        "声が小さく聞き取りにくい場面がありましたが、その点は選考には影響しておりません。",
    ),
    ("feedback", ["motivation"], "志望動機が弱く、その点が今回の判断に影響しました。"),
    # Near-misses: a fault judged, then a request on its ground, is still the fault.
    (
        "feedback",
        ["motivation"],
        "志望動機から当社でなければならない理由が伝わりませんでしたので、次回はご留意ください。",
    ),
    # Advice framed as general, beside a refusal: declined, no cause.
    (
        "declined",
        [],
        "個別の評価は開示しておりません。なお、一般的なお話として、面接では結論から話すことや、"
        "志望動機に企業ごとの理由を盛り込むことを意識されると良いと言われています。",
    ),
    (
        "declined",
        [],
        "選考の詳細はお答えいたしかねます。面接では、退職理由を前向きな言葉で伝えることが大切だと"
        "言われています。",
    ),
    (
        "declined",
        [],
        "お問い合わせの件、個別の理由はお伝えしておりません。皆様にお伝えしていることですが、"
        "志望動機には当社ならではの理由を盛り込まれると、より想いが伝わりやすくなるかと存じます。",
    ),
    (
        "declined",
        [],
        "選考理由についてはお答えできません。多くの応募者の方に申し上げていることですが、企業研究を"
        "深めていただき、その会社でなければならない理由をお話しいただくことをおすすめしております。",
    ),
    # Near-misses: what was relayed in the past, or with its source, is the candidate's.
    (
        "feedback",
        ["motivation"],
        "面接では、志望動機が一般的な内容にとどまっていたと言われています。",
    ),
    ("feedback", ["motivation"], "企業からは「志望動機が弱い」と言われています。"),
    # A telling not done: refused in a humble form, or a practice denied after its topic.
    (
        "declined",
        [],
        "面接の評価・所見につきましては、社外へのご提供をお断りしております。",
    ),
    (
        "declined",
        [],
        "面接のフィードバックですが、申し訳ございません、当社では実施しておりません。",
    ),
    (
        "declined",
        [],
        "評価の開示については、大変恐縮ですが、弊社では行っておりません。",
    ),
    # Near-misses: a practice of something else, or the candidate's doing, is no refusal.
    ("other", [], "会社説明会ですが、現在は実施しておりません。"),
    (
        "feedback",
        ["motivation"],
        "志望動機についてですが、当社の事業について調べていただいた様子が伺えませんでした。",
    ),
    # A requirement not met is skills, whatever equal it allows (no other applicant named).
    (
        "feedback",
        ["skills"],
        "本ポジションは1級建築施工管理技士の資格、もしくは同等の現場経験をお持ちの方を対象と"
        "しております。今回はそのいずれも満たしていないと判断いたしました。",
    ),
    ("feedback", ["relative"], "同等のご経験をお持ちの方が他にもいらっしゃり、比較の結果です。"),
    # The requirement pointed back to as an object, after a courtesy clause.
    (
        "feedback",
        ["skills"],
        "本求人は宅地建物取引士の資格をお持ちの方を対象としております。恐れ入りますが、その点を"
        "満たしていなかったため、見送りとさせていただきました。",
    ),
    (
        "feedback",
        ["motivation"],
        "本ポジションは法人営業の経験を必須としております。恐れ入りますが、志望動機が弱く"
        "見送りました。",
    ),
    # Experience whose depth could not be confirmed is skills.
    (
        "feedback",
        ["skills"],
        "【懸念点】技術面接で設計の判断理由を深掘りした際、ご回答が抽象的で、実務経験の深さが"
        "確認できなかった",
    ),
    ("feedback", ["skills"], "マネジメントのご経験について、具体的な規模が確認できませんでした。"),
    # One sentence, one cause: the words calling a casual quote (といったお言葉が何度か聞かれた)
    # are the quote's; the company's motto quoted is no casual language of the candidate's;
    # what the company's people lack, said of the candidate's experience, is praise.
    (
        "feedback",
        ["manners"],
        "入室の際にノックがなかったこと、また会話の中で『〜っすね』といったお言葉が何度か"
        "聞かれたことが気になりました。",
    ),
    (
        "feedback",
        ["culture_fit"],
        "当社は『とりあえずやってみる』文化なので、じっくり計画を立ててから進める〇〇様の"
        "スタイルとは合わないと判断しました。",
    ),
    (
        "feedback",
        ["culture_fit"],
        "弊社は「まずやってみよう」という社風で、慎重に進めたいという〇〇様のお考えとは"
        "方向性が異なりました。",
    ),
    ("feedback", ["manners"], "面接中に「とりあえず」「マジで」という言葉が何度か出ていました。"),
    (
        "feedback",
        [],
        "前職での新規事業の立ち上げ経験は、当社のメンバーにはない視点で、面接官も大変興味深く"
        "伺っておりました。",
    ),
    (
        "feedback",
        ["skills"],
        "社内にはないご経験をお持ちでしたが、当ポジションで必須の法人営業のご経験が"
        "不足していました。",
    ),
    # The talk of the motivation called abstract is the motivation's, no self-PR.
    (
        "feedback",
        ["motivation"],
        "志望動機のお話が抽象的なものにとどまり、当社を選ばれた理由までは伺えませんでした。",
    ),
    ("feedback", ["self_pr"], "お話が抽象的で、具体的なエピソードが伺えませんでした。"),
    # A reason denied (「…からではなく」) names nothing; what was weighed instead is the cause.
    (
        "feedback",
        ["culture_fit"],
        "先方の人事の方いわく、「自己PRが抽象的だったからではなく、今回は社風とのマッチングを"
        "重視した判断です」とのことでした。",
    ),
    (
        "feedback",
        ["relative"],
        "志望動機が弱かったからではありません。今回はより経験の近い方を採用しました。",
    ),
    ("feedback", ["skills"], "志望動機が弱いからではなく、経験が足りないからです。"),
    (
        "feedback",
        ["skills"],
        "企業様によると「受け答えが悪かったからではなく、経験年数を重視した判断」とのことです。",
    ),
    (
        "feedback",
        ["relative"],
        "法人営業のご経験は、弊社の営業メンバーにはない強みで、面接官も興味深く伺って"
        "いました。今回は他の方との比較で見送りとなりました。",
    ),
    # Near-miss: a reason told, not denied.
    ("feedback", ["motivation"], "志望動機が弱かったから見送りました。"),
    # Telling no applicant is a refusal, not general advice.
    (
        "declined",
        [],
        "公平性の観点から、評価内容は応募者の皆様にお伝えしないこととしております。",
    ),
]


@pytest.mark.parametrize(("label", "causes", "body"), CASES)
def test_reply_s17b(label: str, causes: list[str], body: str) -> None:
    result = classify_reply(body)
    assert (result.label, sorted(result.causes)) == (label, sorted(causes))
