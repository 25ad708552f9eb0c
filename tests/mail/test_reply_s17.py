"""Replies to a feedback request, session 17: a decline's courtesy words (the request mail read,
the writer's regret) name no cause; an agent relaying only an overall judgement declines; praise
and denials (「能力の問題じゃないので」「技術力ではなく、相性を重視」) name no cause; one sentence
names the one cause it tells (the company's picture of the candidate at work is no motivation;
eye contact is communication; a talk aimed at the whole industry is motivation); a short stay
told length first and an online interview's setting are found."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

CASES = [
    # The request mail as the writer read it, and the writer's regret: a decline, no cause.
    (
        "declined",
        [],
        "情熱の伝わるお便りを拝見いたしました。誠に心苦しいのですが、選考に関する評価は"
        "お伝えしておりません。",
    ),
    (
        "declined",
        [],
        "意欲あふれるメールを頂戴しながら大変心苦しいのですが、選考理由の開示は"
        "控えさせていただいております。",
    ),
    (
        "declined",
        [],
        "ご期待に沿うことができず、選考理由の開示も控えさせていただいております。",
    ),
    # Near-miss: the reason given first, then the regret: the reason stands.
    (
        "feedback",
        ["skills"],
        "法人向けの提案営業のご経験を必須としておりますため、今回はご期待に沿えない結果と"
        "なりました。",
    ),
    # An agent relaying only an overall judgement, in other spellings of not receiving.
    (
        "declined",
        [],
        "人事ご担当者様からは総合的な判断とのお返事で、具体的な内容は開示していただけません"
        "でした。",
    ),
    (
        "declined",
        [],
        "先方に確認しましたが「総合的に見て」とのことで、具体的な理由は教えていただけな"
        "かったです。",
    ),
    # What fell short asked as the request's question: no episode of the candidate's.
    (
        "declined",
        [],
        "どこが足りなかったのか具体的にお聞きしたかったのですが、先方からは総合的な判断とだけ"
        "伺っており、詳細はいただけませんでした。",
    ),
    # Not heard, then a cause judged in the same clause: the candidate's, no refusal.
    (
        "feedback",
        ["self_pr"],
        "面接では接客で工夫された点について具体的なお話を伺えず、自己PRが抽象的な印象でした。",
    ),
    # The company telling each applicant, as what its refusal spares: no delivery point.
    (
        "declined",
        [],
        "申し訳ないけど、理由は誰にも伝えないことにしてるんです。"
        "皆さんに説明していたら手が回らなくなってしまうので。",
    ),
    # Advice told as given to every applicant, beside a refusal: still a decline.
    (
        "declined",
        [],
        "個別の評価はお伝えしておりません。なお、皆様にお伝えしていることですが、面接では"
        "結論から簡潔にお話しいただくと伝わりやすくなります。",
    ),
    # Denials, polite and casual, and a reassurance told as a request: no cause.
    (
        "other",
        [],
        "スキルの問題じゃないから、あんまり気にしすぎないでね。",
    ),
    (
        "feedback",
        ["culture_fit"],
        "経験年数ではなく、配属先のチームとの相性を優先させていただきました。",
    ),
    (
        "feedback",
        ["culture_fit"],
        "知識面じゃなくて、うちの社風との相性を重視した結果なんです。",
    ),
    # Near-miss: a quality denied (形状詞) is still a lack.
    (
        "feedback",
        ["motivation"],
        "志望理由が明確ではなく、当社を選ばれた理由が伝わりませんでした。",
    ),
    # The fit weighed in the judgement names it; the company's habit in the present does not.
    (
        "feedback",
        ["culture_fit"],
        "最終的には、職場の雰囲気との相性を重視して判断いたしました。",
    ),
    ("other", [], "弊社は社風との相性を重視しています。"),
    # The company's picture of the candidate at work is the effect: the episode is the cause.
    (
        "feedback",
        ["self_pr"],
        "具体的なご経験が伺えず、入社後に活躍される姿をイメージしにくかったです。",
    ),
    # Near-miss: the candidate's own picture of their career stays motivation.
    (
        "feedback",
        ["motivation"],
        "入社後のキャリアのビジョンが見えませんでした。",
    ),
    # Looking at the interviewer told as rare: communication, not manners.
    (
        "feedback",
        ["communication"],
        "お話しの間、相手の顔を見て話される場面が少なく、やや気になりました。",
    ),
    ("feedback", ["communication"], "面接官を見ずにお話しされる場面が多くありました。"),
    # A talk aimed at the whole industry: motivation.
    (
        "feedback",
        ["motivation"],
        "ご回答は業界全般に向けた内容に留まり、当社ならではのお話は伺えませんでした。",
    ),
    # The person chosen as the subject, said casually: relative.
    (
        "feedback",
        ["relative"],
        "ほんとに僅かな差で、別の経験者の人が決まっちゃいました。",
    ),
    # A stay told length first, and 在職: short_tenure.
    (
        "feedback",
        ["short_tenure"],
        "前職、前々職ともに半年足らずの在籍であった点が懸念材料となりました。",
    ),
    (
        "feedback",
        ["short_tenure"],
        "直前のお勤め先での在職期間が10か月に満たないことが気になりました。",
    ),
    # The stay asked about, its explanation missing: the stay is the point, not the talk.
    (
        "feedback",
        ["short_tenure"],
        "入社から半年弱の在職で退職された理由を伺いましたが、納得感のあるご説明がありません"
        "でした。",
    ),
    # The eagerness the candidate showed, then the writer's regret: a decline.
    (
        "declined",
        [],
        "せっかく熱意をお示しいただいたのに、お応えできず申し訳ございません。理由の開示は"
        "控えております。",
    ),
    # 十分 is enough, not ten minutes of talk: no complaint read from it.
    (
        "feedback",
        ["short_tenure"],
        "1年に満たない在籍が続いていることについて、十分なご説明がなかったことが懸念となりました。",
    ),
    # An online interview's setting as prepared, and its near-miss told as fine.
    (
        "feedback",
        ["manners"],
        "Web面接では、背景に生活感のある室内が映っており、面接の場としての準備が不十分な"
        "印象を受けました。",
    ),
    (
        "feedback",
        [],
        "Web面接でしたが、背景に生活感もなく、きちんと準備されていて好印象でした。",
    ),
    # The setting told as it was, with no frame: a fault in itself; a permission is none.
    (
        "feedback",
        ["manners"],
        "リモートでの面接中、ずっとカメラをオフにされたままでした。",
    ),
    ("other", [], "次回の面談はカメラをオフのままでも構いません。"),
    ("feedback", [], "生活感のあるエピソードで、お人柄が伝わってきました。"),
]


@pytest.mark.parametrize(("label", "causes", "body"), CASES)
def test_reply_s17(label: str, causes: list[str], body: str) -> None:
    result = classify_reply(body)
    assert (result.label, sorted(result.causes)) == (label, sorted(causes))
