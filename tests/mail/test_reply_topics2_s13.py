"""Which clause names which cause, round 2 (s13-replies6): a quoted answer of none relayed as
the candidate's answer, and the picture of working there as the missing questions' effect; the
reason for leaving told as talk of the former workplace (reply_leaving.former_talk); a short
stay in any words (reply_leaving.short_stay) and a clause ending in a reassurance
(reply_stance.reassures); a reason said to hold at any other organisation of the kind; wishes
told as what would have been better (reply_stance.wished_otherwise); where an episode happened
and whose reaction it was; a fault denied as a whole beside a comparison; the company's own
rotation. Sentences written for these tests."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

CASES = [
    # a quoted answer of none, relayed as the answer, with the effect after it
    (
        ["reverse_question"],
        "質疑応答の時間を設けましたが、「今のところ大丈夫です」とのことで、入社への熱意が"
        "伝わりにくかったようです。",
    ),
    (
        ["reverse_question"],
        "面接の締めくくりに、「とくにないです」とのお返事でした。弊社で働く姿を思い描いて"
        "おられないのかなと感じました。",
    ),
    (
        ["reverse_question"],
        "質問の機会をお作りしたところ、『大丈夫です』とのことで、当社への関心のほどが"
        "分かりかねました。",
    ),
    # near-miss: the image of working there asked as motivation, no questions named
    (
        ["motivation"],
        "志望動機を伺いましたが、入社後のイメージをあまりお持ちでないように感じました。",
    ),
    # near-miss: a party relays a verdict as its answer: no answer of the candidate's
    (
        [],
        "先方のご担当者様に確認しましたが、明確なご回答はいただけませんでした。"
        "「総合的に判断した結果」とのお返事のみです。",
    ),
    # the reason for leaving told as talk of the former workplace
    (
        ["negative_reason"],
        "退職を決められた理由を伺った際、以前の会社の評価制度や経営の方針についてのご説明が"
        "大半で、次に何をなさりたいのかが見えませんでした。",
    ),
    (
        ["negative_reason"],
        "前の職場の先輩や上司との関係のお話ばかりになってしまい、少しもったいなかったです。",
    ),
    (
        ["negative_reason", "short_tenure"],
        "二つ目の会社を10か月で退職された理由として、社内の人事についてのお話が多く、"
        "その前も一年足らずでの退職だった点が気になりました。",
    ),
    # near-miss: what the candidate did there
    (
        ["motivation"],
        "前の職場で取り組まれた改善活動のお話が中心で、当社で何をしたいのかが伝わりにくかったです。",
    ),
    # a short stay in any words
    (
        ["short_tenure"],
        "これまでの職場がどちらも二年前後で変わっておられる点について、ご説明が十分ではなく、"
        "長く働いていただけるか不安が残りました。",
    ),
    (
        ["short_tenure"],
        "過去の勤務先ではいずれも1年に満たずにご退職されている点を懸念しておりました。",
    ),
    (["short_tenure"], "弊社で腰を落ち着けてお勤めいただけるのか、判断しきれませんでした。"),
    # a clause ending in a reassurance names nothing of what it spoke of
    (
        ["skills"],
        "前職を半年ほどで退職された件は、ご事情を伺っておりますので、選考上の問題にはなって"
        "おりません。今回は、必要な施工管理の実務経験がまだ浅い点が理由です。",
    ),
    (
        ["motivation"],
        "一社目の在籍が短い点は、経緯を丁寧にご説明いただき、合否には影響しておりません。"
        "志望動機が当社ならではの内容になっていなかったことが主な理由です。",
    ),
    # near-miss: a concern not dispelled is no reassurance
    (
        ["short_tenure"],
        "3か月ほどで離職されたことが続いており、定着への懸念も払拭できませんでした。",
    ),
    # a reason said to hold at any other organisation of the kind
    (
        ["motivation"],
        "志望理由については、ほかの地方銀行でも同じことが言えるのではと受け取られたようです。",
    ),
    (
        ["motivation"],
        "「なぜ当院なのか」という点は、どこの総合病院でも同様のことが当てはまる内容でした。",
    ),
    # what would have been better: a frame however the degree is worded
    (
        ["self_pr"],
        "販売のお仕事でどのような提案をされ、その結果お客様の数がどう増えたのか、具体的なお話が"
        "あればなお良かったです。",
    ),
    # near-miss: plain praise in the past stays praise
    ([], "面接では明るくお話しされていて良かったです。"),
    # whose reaction: the customers' is the episode's result
    (
        ["self_pr"],
        "アルバイト先で実際にどんな工夫をされ、利用者さんの反応がどう変わったのかをもう少し"
        "伺えたらと思います。",
    ),
    # 前職 as where the episode happened
    (
        ["self_pr"],
        "前職のチームでどんな役割を担い、どのような成果につながったのかを、数字を交えて"
        "伺えるとよかったです。",
    ),
    # a fault denied as a whole leaves a comparison alone
    (
        ["relative"],
        "別の応募者の方のほうが現場でのご経験が長く、その方にお願いしました。"
        "山本さんに何か問題があったわけではないです。",
    ),
    # the company's own rotation is no job-hopping
    (
        ["culture_fit"],
        "弊社では数年おきに店舗を転々としながら経験を積んでいただきますが、一つのお店で"
        "じっくり働きたいとのご希望で、方向性が合わないと判断いたしました。",
    ),
    # near-miss: the candidate's moves still are
    (["short_tenure"], "これまで職場を転々とされている点を、先方は気にされていたようです。"),
]


@pytest.mark.parametrize(("causes", "body"), CASES)
def test_which_clause_names_which_cause(causes: list[str], body: str) -> None:
    assert classify_reply(body).causes == causes
