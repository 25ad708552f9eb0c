"""The reply label at its boundaries (feedback, declined, other; furikaeri.mail.
reply.boundary): a fault told as not there is feedback; judging words only on the writer's side
(apology, request, question to the reader) or judging something else than the candidate leave a
reply other; refusals to tell in words the reader had no list for (a standing rule, a practice,
an inquiry not taken up, an overall judgement relayed) are declined; near misses keep their
label."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply
from furikaeri.mail.reply.faults import about_candidate, no_fault, refrains
from furikaeri.mail.reply.rules import _reply_rules
from furikaeri.mail.reply.words import _morphs
from furikaeri.mail.reply.writer import writers_side

# The reply label at its boundaries (furikaeri.mail.reply.boundary): a fault told as not there is
# feedback, judging words only in the writer's own side (apology, request, question to the reader)
# leave a reply `other`, the company holding back its judgement is declined; near-misses keep
# their label.


@pytest.mark.parametrize(
    ("body", "label"),
    [
        # nothing major, an overall judgement: something said of the candidate
        (
            "選考担当に確認したところ、とくに大きな問題があったわけではなく、総合的に判断した結果とのことです。",
            "feedback",
        ),
        ("正直、目立ったマイナスはなかったんですよ。最終的には総合的な判断です。", "feedback"),
        ("ご経歴やお人柄に問題があったということではございません。", "feedback"),
        ("面接での受け答えに、特に問題はございませんでした。", "feedback"),
        # the writer's own doing, a request or a question to the reader: nothing of the interview
        ("先程のメールは送り先を誤ってお送りしたものです。大変失礼いたしました。", "other"),
        (
            "ご応募の記録が見当たりませんでした。お手数ですが、応募時の氏名をご確認をお願いいたします。",
            "other",
        ),
        ("面接時にお預かりした資料の返送を希望されますか。", "other"),
        ("まだ現場からのコメントがそろっていないため、もう少しだけお待ちください。", "other"),
        ("日程は問題ございません。当日お待ちしております。", "other"),
        # refusals
        ("選考の評価については、どなたにも一律で控えさせていただいております。", "declined"),
        ("申し訳ないのですが、うちでは選考の理由はお伝えしないようにしています。", "declined"),
        ("当社では選考内容に関するご質問には応じておりません。ご了承ください。", "declined"),
        ("個別のお問い合わせには対応しておりません。", "declined"),
        # near-misses: a judgement beside a request stays feedback; a question as a guess too
        (
            "ご自身の強みを裏付けるエピソードが少なかった印象です。次の面接も頑張ってください。",
            "feedback",
        ),
        ("事前にもう少し当社の事業を調べておく必要があったのではないでしょうか。", "feedback"),
        ("話がまとまらない場面が多く、最後まで結論が見えにくいと感じたようです。", "feedback"),
    ],
)
def test_label(body: str, label: str) -> None:
    assert classify_reply(body).label == label


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("大変失礼いたしました。", True),
        ("ご了承くださいますようお願い申し上げます。", True),
        ("書類をご返送いただきたく存じます。", True),
        ("ご都合はいかがでしょうか。", True),
        ("準備不足だったのではないでしょうか。", False),
        ("丁寧にご説明いただきました。", False),
        ("結論から話される点が良かったです。", False),
    ],
)
def test_writers_side(sentence: str, side: bool) -> None:
    assert writers_side(_morphs(sentence)) is side


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("大きな課題があったということではなく", "課題があったということではなく"),
        ("大きなマイナスはなかったです", "マイナスはなかっ"),
        ("日程は問題ございません", None),
        ("大きな問題はないと思います", None),
        ("課題が残りました", None),
        ("ご経験が不十分だったということではございません", None),
    ],
)
def test_no_fault(sentence: str, said: str | None) -> None:
    assert no_fault(_morphs(sentence)) == said


def test_refrains_needs_the_writers_humble_form() -> None:
    judged = frozenset({"理由", "フィードバック"})
    assert refrains(_morphs("理由の開示は控えさせていただきます"), judged) == "理由の開示は控え"
    assert refrains(_morphs("面接では理由を述べるのを控えていた"), judged) is None


# Reply labels where judging words judge something else than the candidate: a reply that
# redirects, offers another opening or corrects a mis-sent mail names an evaluation (評価, 所感, 誤り)
# without the candidate as what is judged, and is `other`; near-misses that judge the candidate (a
# name, their conduct in respectful forms, a topic of the interview, a fault denied) stay
# feedback.


@pytest.mark.parametrize(
    ("body", "label"),
    [
        # the evaluation handed on elsewhere, the reader sent there
        (
            "選考についてのご質問は、応募時にご利用の転職サイトの担当者様宛にお願いいたします。"
            "面接官の評価は、すでにそちらへお伝えしております。",
            "other",
        ),
        ("評価シートは人事部で保管しております。確認でき次第、改めてご連絡いたします。", "other"),
        # another opening offered instead of an answer
        (
            "ご連絡とは別件ですが、現在当社では物流企画のポジションでも募集しております。"
            "一度オンラインでお話しする機会をいただけないでしょうか。",
            "other",
        ),
        # a mis-sent mail corrected: the selection goes on
        (
            "昨日のメールは宛先の誤りでした。田中様は書類選考を通過されておりますので、"
            "面接日程を追ってご案内いたします。",
            "other",
        ),
        ("先程の不合格のご連絡は手違いでした。最終面接へお進みいただけます。", "other"),
        # near-misses: the candidate is what is judged
        (
            "面接官の所感をお伝えします。田中様はご質問に対して終始落ち着いてお答えになっていました。",
            "feedback",
        ),
        (
            "エージェント様経由でもお伝えしましたが、志望理由が当社ならではのものになっていなかった点が"
            "惜しまれます。",
            "feedback",
        ),
        ("面接の途中から、ややお疲れになっているように見受けられました。", "feedback"),
        (
            "先方の担当者からのコメントです。服装や話し方で気になる点は特にございませんでした。",
            "feedback",
        ),
    ],
)
def test_reply_label_who_is_judged(body: str, label: str) -> None:
    assert classify_reply(body).label == label


@pytest.mark.parametrize(
    ("clause", "about"),
    [
        ("田中様は質問の意図をよく理解されていました", True),
        ("ご自身の言葉で語っていただけました", True),
        ("面接中に時計を何度も見ていらっしゃいました", True),
        ("面接官の評価は先方にお渡し済みです", False),
        ("先程のメールは送信先の誤りでした", False),
        ("田中様は一次面接を通過されております", False),
        ("別のご案内になります", False),
    ],
)
def test_about_candidate(clause: str, about: bool) -> None:
    assert about_candidate(_reply_rules().observation, _morphs(clause)) is about


@pytest.mark.parametrize(
    ("body", "label"),
    [
        # the company's telling, referred to by a pronoun before its negation: a refusal
        (
            "不採用理由に関しましては、開示・個別説明のいずれもいたしておりませんので、"
            "ご理解をお願いいたします。",
            "declined",
        ),
        ("評価の内容は、書面・口頭回答のいずれも行っておりません。", "declined"),
        # near-miss: the candidate's answers, all of them judged
        ("ご回答のいずれも具体的で、よく準備されていると感じました。", "feedback"),
    ],
)
def test_reply_label_refusal_by_pronoun(body: str, label: str) -> None:
    assert classify_reply(body).label == label


# Reply labels at three boundaries: a refusal told as a standing practice that a negated telling
# modifies (「開示しない取り扱い」「お伝えしない運用」), whoever is named before it; the writer's own trouble or
# apology before a refusal (「当方の回線の問題」「こちらの機材の不調」 「お待たせしてしまい失礼しました」), which names no cause; a hope
# the writer states after a conditional (「機会があれば嬉しく思います」), which praises nothing. Near-misses: a
# point given after a refusal or after "nothing was wrong" is feedback, a promise to answer later
# is other, an apology for telling keeps what it told, the company's own side as a judgement stays
# a cause.


@pytest.mark.parametrize(
    "body",
    [
        "選考の評価につきましては、ご応募くださったどなたに対しても開示しない取り扱いとしております。",
        "不合格の理由に関しましては、応募者の皆さまに一律でお知らせしない運用となっております。",
        "結果の理由は、原則として個別にご説明しない扱いです。ご了承ください。",
        "面接時間の変更ではご迷惑をおかけしました。当方の連絡の行き違いでした。"
        "なお、合否の理由につきましてはお答えいたしかねます。",
        "当日はこちらの回線の問題もあったかと思います。失礼いたしました。"
        "選考の理由は個別にはお伝えしておりませんので、ご理解ください。",
        "お待たせしてしまい大変失礼しました。評価の詳細はお伝えできない決まりです。",
    ],
)
def test_refusals_after_practice_or_apology_are_declined(body: str) -> None:
    got = classify_reply(body)
    assert got.label == "declined", got
    assert got.causes == []


@pytest.mark.parametrize(
    "body",
    [
        "ご丁寧なお礼のメールをありがとうございます。またご縁があればうれしいです。",
        "お礼状を拝受しました。いつかどこかでお仕事をご一緒できたら嬉しく思います。お元気で。",
        "秋にも追加の募集を予定しております。改めてご応募いただけると嬉しいです。",
        "こちらの機材の不具合でした。ご不便をおかけしました。",
    ],
)
def test_courtesy_and_next_round_are_other(body: str) -> None:
    assert classify_reply(body).label == "other"


@pytest.mark.parametrize(
    ("body", "cause"),
    [
        # a refusal, then a point anyway
        (
            "理由は開示しない取り扱いですが、個人的には、逆質問が福利厚生のことだけだった点が"
            "気になりました。",
            "reverse_question",
        ),
        # nothing wrong, then a concrete point
        (
            "大きな問題があったわけではありません。ただ、必須としていた法人営業のご経験が"
            "足りませんでした。",
            "skills",
        ),
        # an apology for telling: what it told stays
        (
            "志望動機が他社でも通じる内容だった点など、厳しいことを申し上げて申し訳ありません。",
            "motivation",
        ),
        # the company's own side as a judgement's ground stays a cause
        ("当社の社風が〇〇様のご志向とは合わないと判断いたしました。", "culture_fit"),
    ],
)
def test_points_stay_feedback(body: str, cause: str) -> None:
    got = classify_reply(body)
    assert got.label == "feedback", got
    assert cause in got.causes


def test_praise_of_the_interview_still_counts() -> None:
    got = classify_reply("面接では笑顔で話していただけたのが嬉しかったです。")
    assert got.label == "feedback"


def test_a_promise_to_answer_later_is_other() -> None:
    got = classify_reply("いただいたご質問は面接官に確認のうえ、改めてご連絡いたします。")
    assert got.label == "other"


def test_the_practice_is_the_evidence() -> None:
    got = classify_reply(
        "選考結果に関しましては、ご応募いただいた全ての方に対し、開示しない取り扱いとなっております。"
    )
    assert got.label == "declined"
    assert any(e.endswith("開示しない取り扱い") for e in got.evidence), got.evidence


# Refusals to tell in words the reader did not know: a standing rule as the ground
# (「社内の決まりで」「先方の方針により」), refraining from the telling (「やめている」「控えて いる」), the reader's inquiry not
# taken up (「お受けしておりません」「ご遠慮いただいて」), an overall evaluation with no single point lacking, a
# decision told as everyone's; and the medium of the writer's own contact
# (「お電話でお時間を」「メールでは説明しづらい」), which names no manners and no communication. Near-misses: a refusal
# then a point is feedback, a promise to answer later is other, 「ご遠慮なく」 invites.


@pytest.mark.parametrize(
    "body",
    [
        # a standing rule as the ground, the telling plain or received
        "恐れ入りますが、社内の決まりで選考の中身は回答できないことになっております。",
        "先方に確認しましたが、先方の規定上、評価についてはご共有いただくことができませんでした。",
        "当社のルールで、個別に説明することはできないんです。",
        # refraining from the telling, in plain forms
        "小さい店なので、落とした理由をいちいち伝えるのはやめてるんですよ。すみませんね。",
        "不採用の理由を一人ずつ説明するのは控えています。",
        # the reader's inquiry not taken up
        "合否に関するご質問は、どなたからであってもお受けできません。",
        "選考結果についての問い合わせは受け付けておりませんので、ご了承ください。",
        "評価内容に関するお問い合わせは、ご遠慮いただいております。",
        "個別の選考に関するご照会には応じかねます。",
        # an overall evaluation, no single point singled out
        "あくまで総合判断の結果であり、どこか一つが劣っていたということではありません。",
        "面接全体を踏まえて決めたもので、特定の項目が原因というわけではございません。総合的に判断いたしました。",
        # the decision told as everyone's, and the bond
        "面接に携わった者の総意としての結論です。ご縁がなかったものとご理解ください。",
        "担当者一同で慎重に協議した結果でございます。何卒ご了承ください。",
    ],
)
def test_refusals_in_other_words_are_declined(body: str) -> None:
    got = classify_reply(body)
    assert (got.label, got.causes) == ("declined", [])


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        # a refusal, then a point all the same
        (
            "社内規定で詳細は回答できないのですが、志望動機が他社でも通用する内容だった点は"
            "気になりました。",
            "feedback",
            ["motivation"],
        ),
        (
            "理由をお伝えするのは控えているのですが、一点だけ、ご質問への回答がやや長く、"
            "要点が分かりにくい場面がございました。",
            "feedback",
            ["communication"],
        ),
        # a promise to answer later
        ("お問い合わせの件、面接官に確認のうえ改めてお返事いたします。", "other", []),
        # the writer's own contact: no manners, no communication
        (
            "メールだと説明しにくいので、お電話で10分ほどお時間をいただけないでしょうか。",
            "other",
            [],
        ),
        ("よろしければ、一度お電話でお時間をいただけますと幸いです。", "other", []),
        # an invitation to ask, not a refusal
        ("ご不明な点があれば、ご遠慮なくご質問ください。", "other", []),
        # the candidate's phone in the interview is still manners
        (
            "面接中に携帯電話の着信音が鳴り、そのまま対応されていた点が気になりました。",
            "feedback",
            ["manners"],
        ),
        # a fault said not to be there is still feedback
        (
            "大きな課題があったわけではなく、総合的に判断した結果です。",
            "feedback",
            [],
        ),
    ],
)
def test_near_misses_keep_their_label(body: str, label: str, causes: list[str]) -> None:
    got = classify_reply(body)
    assert (got.label, sorted(got.causes)) == (label, sorted(causes))


@pytest.mark.parametrize(
    "body",
    [
        "先月のポジションは別の候補者の方で内定が決まりました。個別の評価は開示しておりません。",
        "エージェントの者です。企業様は他の方を採用されたとのことで、お一人ずつの理由は"
        "お伝えいただけないそうです。",
    ],
)
def test_the_hire_beside_a_refusal_is_declined(body: str) -> None:
    got = classify_reply(body)
    assert (got.label, got.causes) == ("declined", [])


@pytest.mark.parametrize(
    ("body", "label", "causes"),
    [
        (
            "先方に確認しましたが、『総合的に判断した』とのご回答のみで、具体的な評価ポイントは"
            "教えていただけませんでした。",
            "declined",
            [],
        ),
        # no point pointed out beside the overall judgement: nothing told
        (
            "企業様からは総合的に判断した結果とのことで、具体的な指摘はございませんでした。",
            "declined",
            [],
        ),
        # near-miss: a fault told as not there beside it is feedback
        (
            "面接の内容について大きな課題はございませんでした。総合的に判断した結果です。",
            "feedback",
            [],
        ),
        # near-miss: no pointing out with no overall judgement: the interview cleared
        ("面接では特にマイナスの指摘はありませんでした。", "feedback", []),
        # near-miss: specifics the candidate did not give are self_pr
        (
            "自己PRでは、強みを裏付ける具体的なエピソードが伺えませんでした。",
            "feedback",
            ["self_pr"],
        ),
    ],
)
def test_overall_judgement_relayed_with_no_points(body: str, label: str, causes: list[str]) -> None:
    got = classify_reply(body)
    assert (got.label, got.causes) == (label, causes)


@pytest.mark.parametrize(
    "body",
    [
        "メールでは細かいニュアンスをお伝えしにくいため、お電話で15分ほどお話しさせていただけない"
        "でしょうか。来週の火曜か木曜の午後でしたら対応できます。",
        "文面だと伝わりにくいので、オンラインで少しお話しできればと思います。ご都合のよい日時を教えてください。",
    ],
)
def test_a_call_offered_instead_of_a_mail_is_no_refusal(body: str) -> None:
    assert classify_reply(body).label == "other"
