"""Replies naming the terms the candidate asked for (where and when one works), a career wished
against the role the company expects, terse one-reason replies, public-sector scores and
owners who give no reason (session 19, replies2)."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply

TERMS = [
    # the place of work wished against the post: the terms, feedback with no cause
    (
        "勤務地は名古屋市内のみをご希望とのことでしたが、今回は静岡の工場での勤務が前提となるため、"
        "条件が合いませんでした。",
        "feedback",
        [],
    ),
    ("ご希望の勤務地が関西のみで、配属予定の支店とは合致しませんでした。", "feedback", []),
    # days and hours: the terms, not culture_fit
    (
        "平日の日中のみ勤務をご希望でしたが、当店は週末のシフトが中心のため見送りました。",
        "feedback",
        [],
    ),
    (
        "当院の勤務体制では、日勤のみのご希望にお応えすることが難しいと判断しました。",
        "feedback",
        [],
    ),
    # a transfer refused, relayed by an agent in quotes with the verdict
    (
        "企業様からは「転居を伴う異動が難しいとのことで、今回は見送らせていただいた」"
        "とのコメントでした。",
        "feedback",
        [],
    ),
    # the terms told, then pointed back to in the next sentence
    (
        "通勤は30分以内がいいというお話でしたね。うちは郊外の倉庫なので、そこが合わなかったです。",
        "feedback",
        [],
    ),
    # near-miss: a complaint of leaving beside the terms stays
    (
        "ご希望の勤務地が合わなかったほか、前職の上司への不満を繰り返し話されていた点も"
        "気になりました。",
        "feedback",
        ["negative_reason"],
    ),
    # near-miss: conditions as the whole reason for leaving
    (
        "転職理由を伺ったところ、残業や休日の少なさなど待遇面のお話ばかりでした。",
        "feedback",
        ["negative_reason"],
    ),
    # near-miss: a way of working named beside the terms stays culture_fit
    (
        "当社はチームで動く働き方が基本で、ご希望の在宅中心の勤務形態とは合いませんでした。",
        "feedback",
        ["culture_fit"],
    ),
]


@pytest.mark.parametrize(("body", "label", "causes"), TERMS)
def test_terms_wished_name_no_cause(body: str, label: str, causes: list[str]) -> None:
    r = classify_reply(body)
    assert (r.label, r.causes) == (label, causes)


SCORES = [
    # a public body refuses the interviewers' evaluations but tells the score: feedback, no cause
    (
        "面接官ごとの評価はお示しできませんが、教養試験の得点が伸びず、総合得点が合格点に"
        "届きませんでした。",
        "feedback",
        [],
    ),
    (
        "第二次試験の面接は良好でしたが、論文試験の点数が低かったことが影響しました。",
        "feedback",
        [],
    ),
    (
        "個々の評価は公表していません。なお、適性検査と筆記試験の合計点が合格ラインを"
        "わずかに下回りました。",
        "feedback",
        [],
    ),
    # near-miss: the score itself refused is declined
    (
        "試験の得点や面接の評価については、一切お答えしておりません。",
        "declined",
        [],
    ),
    # near-miss: a test measuring an ability the post requires is skills
    (
        "実施したプログラミング試験の結果が、当社が新卒に求める水準に届いておらず、"
        "アルゴリズムの基礎にまだ課題があると判断しました。",
        "feedback",
        ["skills"],
    ),
    # near-miss: a credential's amount against the floor asked is skills
    (
        "TOEIC750点以上を応募条件としておりましたが、600点というスコアでしたので見送りました。",
        "feedback",
        ["skills"],
    ),
]


@pytest.mark.parametrize(("body", "label", "causes"), SCORES)
def test_selection_scores_name_no_cause(body: str, label: str, causes: list[str]) -> None:
    r = classify_reply(body)
    assert (r.label, r.causes) == (label, causes)


NO_REASON = [
    # an owner who cannot put it in a word, decided after thinking it over: no reason, declined
    (
        "うーん、ひとことで言うのは難しいんだよね。いろいろ考えて決めたことだから、気にしないで！",
        "declined",
        [],
    ),
    (
        "一口には言えないんですが、みんなで話し合って決めました。気にせず次に進んでくださいね。",
        "declined",
        [],
    ),
    (
        "何がダメだったとかじゃないんです。全員で相談して決めたことなので、気にしないでくださいね。",
        "declined",
        [],
    ),
    # near-miss: a reason given after all, whatever the owner's courtesy around it
    (
        "一言で言うのは難しいけど、うちを選んだ理由があまり伝わってこなかったかな。"
        "気にしないでね。",
        "feedback",
        ["motivation"],
    ),
    ("一言で言えば、話が長くて結論が見えにくかったです。", "feedback", ["communication"]),
    # near-miss: the interviewers' own worry denied is said of the interview, even beside an
    # overall judgement
    (
        "面接官は、言葉遣いについては特に気にしていなかったそうです。一言で申し上げるのは"
        "難しいのですが、総合的な判断です。",
        "feedback",
        [],
    ),
    # near-miss: the candidate could not put a strength in few words: self_pr
    (
        "ご自身の強みを一言で説明するのが難しそうなご様子でした。",
        "feedback",
        ["self_pr"],
    ),
]


@pytest.mark.parametrize(("body", "label", "causes"), NO_REASON)
def test_owners_with_no_reason_decline(body: str, label: str, causes: list[str]) -> None:
    r = classify_reply(body)
    assert (r.label, r.causes) == (label, causes)


@pytest.mark.parametrize(
    ("body", "causes"),
    [
        # another applicant called 子 by an owner, told as fitting better: a comparison
        ("ほかの子のほうがお店の雰囲気にぴったりだったんだよね。", ["culture_fit", "relative"]),
        ("別の子の方が経験が近かったかな、ごめんね。", ["relative"]),
    ],
)
def test_another_applicant_called_ko(body: str, causes: list[str]) -> None:
    r = classify_reply(body)
    assert (r.label, r.causes) == ("feedback", causes)


CAREERS = [
    # the career wanted against the role expected: culture_fit, the praise of skill after it
    # cancels nothing
    (
        "思い描かれているキャリアの方向性と、当社がこの職で期待している役割との間に違いが"
        "ございました。なお、技術的なスキルは十分に評価しております。",
        ["culture_fit"],
    ),
    (
        "当社が求める役割と、ご本人のキャリアビジョンとの間にギャップがありました。",
        ["culture_fit"],
    ),
    (
        "スペシャリストとしてのキャリアをお考えで、当社が数年後に期待する管理職の役割とは"
        "ずれがありました。",
        ["culture_fit"],
    ),
    # the two sides in two clauses, the gap in the second
    (
        "研究者として基礎研究を続けたいとのお話がありましたが、当ポジションは臨床開発を担って"
        "いただく前提で、その点で当社の期待とずれがありました。",
        ["culture_fit"],
    ),
    (
        "いずれは店舗をまとめる役割を担っていただきたかったのですが、販売の現場に立ち続け"
        "たいとのことでしたので、その点が合いませんでした。",
        ["culture_fit"],
    ),
    # near-miss: the company's wish of the reader against the experience held is skills
    (
        "即戦力としてご活躍いただきたいという期待と、実際のご経験との間に違いがありました。",
        ["skills"],
    ),
    # near-miss: a level against the role is skills
    ("ご経験を活かしたいとのことでしたが、当社の期待する水準とはずれがありました。", ["skills"]),
    # near-miss: the mismatch told as not there reassures; the cause is elsewhere
    (
        "キャリアの方向性と当社の期待する役割にずれはございませんでした。ただ、志望動機が"
        "どの会社にも当てはまる内容でした。",
        ["motivation"],
    ),
    ("価値観のずれはございませんでした。", []),
]


@pytest.mark.parametrize(("body", "causes"), CAREERS)
def test_career_against_role_is_culture_fit(body: str, causes: list[str]) -> None:
    r = classify_reply(body)
    assert (r.label, r.causes) == ("feedback", causes)


TERSE = [
    # one reason named plainly, no greeting nor signature: feedback with its cause
    ("志望動機が、同業他社さんにも言えそうに聞こえたのが一番です。", "feedback", ["motivation"]),
    (
        "志望理由がよそでも通用する内容だったことが大きいです。ご参考まで。",
        "feedback",
        ["motivation"],
    ),
    ("自己PRの強みに裏付けとなる経験談がなかったのが理由です。", "feedback", ["self_pr"]),
    # near-misses: praise of what holds elsewhere, other people, a terse refusal or a holding note
    ("ご経歴は他社でも十分通用するものだと思います。", "feedback", []),
    ("選考の理由についてはお答えしておりません。", "declined", []),
    ("メールを受け付けました。担当より追ってご連絡します。", "other", []),
]


@pytest.mark.parametrize(("body", "label", "causes"), TERSE)
def test_terse_replies_name_their_reason(body: str, label: str, causes: list[str]) -> None:
    r = classify_reply(body)
    assert (r.label, r.causes) == (label, causes)


def test_a_way_of_working_told_by_the_terms_is_the_terms() -> None:
    r = classify_reply(
        "異動のない働き方をご希望でしたが、当社は数年ごとの転勤が前提で、条件が合いませんでした。"
    )
    assert (r.label, r.causes) == ("feedback", [])
