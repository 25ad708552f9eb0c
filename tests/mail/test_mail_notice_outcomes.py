"""Notices read for the outcome they tell: rejections in words without the stock phrases
(an arrangement that did not come about, a plain no, a selection ended, a step passed to
others), offers and passes worded without 内定 or 通過, an offer withdrawn, a result not yet
there, a term regretted beside an offer, denials and regrets that are no rejection, and the
polarity of the predicate ([outcome] of data/mail_notices.toml, cases in notices_s9.jsonl).
Sentences written for these tests, with their near misses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from mail_support import notice_label

from furikaeri.mail.notice import classify_notice

# An internship's or a small employer's no, in plain words, and a call to apply to the main
# selection after it.
PLAIN_NO = [
    (
        "ウィンターインターンシップのご連絡",
        "小池様\n\n今回は小池様に参加枠をご用意することができませんでした。\n"
        "来年度の採用へのご応募もお待ちしております。\n\n株式会社カエデ",
    ),
    ("面接の結果", "原さん\n\n店で話したんですが、今回は採らないことになりました。ごめんね。"),
    ("バイトの件", "西さん\n\n迷ったんだけど、今回は別の子にお願いすることにしました。"),
    (
        "インターンの件",
        "上野さん\n\n今回はインターン生の受け入れが難しくなってしまいました。"
        "本選考でまた会えたらうれしいです！",
    ),
]


PLAIN_NOT_NO = [
    # to many readers, a newsletter, a rule for a class, a staff chat, a post's conditions
    # a gathering's seat drawn: the main selection it invites to is no stage refused (sl23)
    (
        "オープンカンパニー抽選結果",
        "森様\n\n厳正なる抽選の結果、残念ながら今回は落選となりました。\n"
        "本選考へのエントリーもお待ちしております。\n\n株式会社ハマナス",
    ),
    (
        "会社説明会のご案内",
        "学生の皆様\n\n説明会の日程を公開しました。本選考へのエントリーもお待ちしております。",
    ),
    (
        "採用通信 vol.12",
        "新しい社員インタビューを公開しました。本選考へのエントリーもお待ちしております。\n"
        "配信停止はこちら",
    ),
    ("【求人】ホールスタッフ", "未経験の方は採用しておりません。経験者のみご応募ください。"),
    ("シフトの件", "他の子にも聞いてみて、シフトを決めますね。"),
    (
        "ご応募ありがとう",
        "今回は山田様のために面接枠をご用意いたしました。ご都合の良い日時をお知らせください。",
    ),
]


@pytest.mark.parametrize(("subject", "body"), PLAIN_NO)
def test_a_plain_no_rejects(subject: str, body: str) -> None:
    assert classify_notice(subject=subject, body=body).label == "rejection"


@pytest.mark.parametrize(("subject", "body"), PLAIN_NOT_NO)
def test_near_misses_of_a_plain_no_are_no_rejection(subject: str, body: str) -> None:
    assert classify_notice(subject=subject, body=body).label != "rejection"


# An arrangement that did not come about (「採用の運びとはなりません でした」), a casual request to pass on the
# hire (「採用の方は見送らせてください」: 方 read ほう), an offer withdrawn (内定取り消し), a third person's offer among
# friends (「さとしが内定もらったって」, 「内定祝い」), and a shop's order refused with a notice's stock phrase
# (ご期待に沿えない結果). Near misses beside each. Our own sentences, written apart from the eval cases.


NOT_COME_ABOUT = [
    "今回は貴殿をお迎えする運びとはなりませんでした。",
    "選考の結果、最終面接にお進みいただく運びとはなりませんでした。",
    "社内で協議を重ねましたが、残念ながら内々定の運びとはならなかったとのことです。",
    "慎重に検討しましたが、次の面接のご案内を差し上げる運びにはなりませんでした。",
    "検討いたしましたが、ご入社いただく運びとはなりかねます。",
    "誠に残念ながら、佐野様と一緒に働く運びとはなりませんでした。",
]


STILL_ARRANGED = [
    # the arrangement came about, or it was an event, a schedule or a dividend
    ("選考結果", "厳正な選考の結果、貴殿を採用する運びとなりました。"),
    ("ご案内", "書類選考の結果、一次面接へお進みいただく運びとなりました。"),
    ("説明会について", "来週の会社説明会は、講師の体調不良により開催の運びとはなりませんでした。"),
    ("配当について", "株主各位\n\n本年度は増配の運びとはなりませんでした。"),
    (
        "日程のご相談",
        "ご提示の日程では面接実施の運びとはなりませんでした。別の候補日をお送りします。",
    ),
]


ASKED_TO_PASS = [
    "面接ありがとうございました！\nチームで相談したのですが、採用の方は見送らせてください🙏",
    "先日はありがとうございました😊\n正式なオファーの方は今回見送らせてほしいです🙇",
    "たくさん話してくれてありがとう！\n本当に悩んだけど、内定の方は見送らせていただきたいです😢",
    "カジュアル面談からありがとうございました！\nごめんなさい、ご縁の方は見送らせてもらえればと🙏",
]


REVOKED = [
    (
        "内定取り消しのご連絡",
        "業績の急激な悪化により、誠に申し訳ございませんが内定を取り消させていただきます。",
    ),
    ("重要なお知らせ", "事業縮小に伴い、先般お伝えした採用内定を撤回せざるを得なくなりました。"),
    (
        "オファーの件",
        "資金繰りの事情で、お渡ししたオファーを取り下げることになりました。本当にすみません。",
    ),
    ("内々定について", "組織再編により、内々定取り消しとなりましたことをお詫び申し上げます。"),
]


NOT_REVOKED = [
    (
        "入社について",
        "報道の件でご心配をおかけしましたが、内定が取り消しになることはございません。",
        ("offer", "other"),
    ),
    (
        "採用内定通知",
        "貴殿の採用を内定しました。なお、卒業できなかった場合は内定を取り消すことがあります。",
        ("offer",),
    ),
    (
        "ご案内",
        "学生の皆さんへ\n\n内定取り消しにあった場合はキャリアセンターにご相談ください。",
        ("other",),
    ),
]


@pytest.mark.parametrize("body", NOT_COME_ABOUT)
def test_an_arrangement_that_did_not_come_about_rejects(body: str) -> None:
    assert notice_label("選考結果のご連絡", body) == "rejection"


@pytest.mark.parametrize(("subject", "body"), STILL_ARRANGED)
def test_an_arrangement_made_or_about_something_else_rejects_nobody(
    subject: str, body: str
) -> None:
    assert notice_label(subject, body) != "rejection"


@pytest.mark.parametrize("body", ASKED_TO_PASS)
def test_a_casual_request_to_pass_on_the_hire_rejects(body: str) -> None:
    assert notice_label("選考について", f"ゆうきさん\n\n{body}") == "rejection"


@pytest.mark.parametrize(("subject", "body"), REVOKED)
def test_an_offer_withdrawn_is_no_offer(subject: str, body: str) -> None:
    assert notice_label(subject, f"大川様\n\n{body}") == "rejection"


@pytest.mark.parametrize(("subject", "body", "labels"), NOT_REVOKED)
def test_an_offer_not_withdrawn(subject: str, body: str, labels: tuple[str, ...]) -> None:
    assert notice_label(subject, body) in labels


RESULT_NOT_COME = [
    "今回は内定という結果にはなりませんでした。",
    "協議の結果、ご縁を結ぶ運びとはなりませんでした。",
    "次のステップにご案内する運びとはならず、誠に申し訳ございません。",
]


@pytest.mark.parametrize("body", RESULT_NOT_COME)
def test_a_result_that_did_not_come_rejects(body: str) -> None:
    assert (
        notice_label("選考結果のご連絡", f"木村様\n\n先日はありがとうございました。\n{body}")
        == "rejection"
    )


def test_a_manner_changed_is_no_rejection() -> None:
    body = "木村様\n\n対面での面接という形にはならず、オンラインでの実施となります。\n日時：5月10日 14:00"
    assert notice_label("面接のご案内", body) == "interview_invite"


MORE_NOT_COME = [
    "誠に残念ではございますが、弊社でご活躍いただく運びとはなりませんでした。",
    "慎重に検討いたしましたが、入社の運びとはまいりませんでした。",
    "慎重に検討いたしましたが、採用の運びとは相成りませんでした。",
    "慎重に検討いたしましたが、このたびの採用は実現いたしませんでした。",
    "誠に恐縮ながら、ご入社いただくことは叶わない運びとなりました。",
]


@pytest.mark.parametrize("body", MORE_NOT_COME)
def test_other_words_of_an_arrangement_not_come_about_reject(body: str) -> None:
    assert (
        notice_label("選考結果のご連絡", f"木村様\n\nご応募ありがとうございました。\n{body}")
        == "rejection"
    )


def test_a_courtesy_condition_keeps_a_request_to_pass() -> None:
    body = "はるとさん\n\n面接ありがとうございました！\nもし可能なら、今回のオファーは見送らせていただけると助かります🙏"
    assert notice_label("選考結果", body) == "rejection"


def test_a_result_not_yet_reached_is_no_rejection() -> None:
    body = "木村様\n\n現在、未だ最終面接の結果には至っておりません。今しばらくお待ちください。"
    assert notice_label("選考状況", body) == "other"


def test_yet_said_of_the_reader_still_rejects() -> None:
    body = "木村様\n\n検討の結果、まだ経験が浅いため採用には至りませんでした。"
    assert notice_label("選考結果", body) == "rejection"


def test_the_evidence_of_a_withdrawn_offer_names_the_undoing() -> None:
    got = classify_notice(
        subject="内定について",
        body="大川様\n\n誠に申し訳ございませんが、内定を取り消させていただきます。",
    )
    assert got.label == "rejection"
    assert any("取り消" in words for words in got.evidence)


# --- A waiting list (補欠, キャンセル待ち, 繰り上げ as a possibility) and the next stage named as a
# noun phrase of its own (「次の選考ステップである…へご案内いたします」).

WAITLISTED = [
    # placed on the list: the quota is filled for now, no decision either way
    "厳正な選考の結果、補欠合格とさせていただきました。辞退者が出ました際にはご連絡いたします。",
    "採用予定数に達したため、現在はキャンセル待ちとしてご登録させていただいております。",
    "今期の採用枠はすでに埋まっておりますが、補欠という形でお待ちいただけますと幸いです。",
    "現時点では内定をお出しできませんが、補欠者としてご登録いただければと存じます。",
    "先方からは、枠が埋まったため補欠扱いにしたいとの回答でした。",
    "最終選考の結果、補欠となりました。",
    # moving up told as a possibility
    "誠に残念ながら、現時点で採用枠に空きはございません。"
    "ただし、内定辞退者が出た場合には繰り上げでご連絡する可能性がございます。",
]


@pytest.mark.parametrize("body", WAITLISTED)
def test_a_waiting_list_is_neither_rejection_nor_pass(body: str) -> None:
    assert notice_label("選考結果のご連絡", "大西様\n\n" + body) == "other"


@pytest.mark.parametrize(
    ("body", "labels"),
    [
        # a list kept for future openings after a rejection: the rejection stands
        (
            "今回は採用を見送らせていただきます。ご経歴は人材バンクに登録し、"
            "新たな募集の際にお声がけすることがございます。",
            ("rejection",),
        ),
        (
            "誠に残念ながら、今回はご期待に沿えない結果となりました。"
            "タレントプールへのご登録をご希望の場合はご返信ください。",
            ("rejection",),
        ),
        # the list named but no one placed on it, or the placement settled since
        (
            "補欠合格者の繰り上げも終わり、今回の選考はすべて終了いたしました。"
            "残念ながら不採用となります。",
            ("rejection",),
        ),
        (
            "キャンセル待ちの枠も埋まっており、今回はご案内できない結果となりました。",
            ("rejection",),
        ),
        (
            "選考の結果、不合格となりました。なお、繰り上げ合格の可能性はございません。",
            ("rejection",),
        ),
        (
            "補欠としてお待ちいただいておりましたが、欠員が生じなかったため、"
            "今回は見送りとさせていただきます。",
            ("rejection",),
        ),
        # a verdict told, the list only kept beside it, or the verdict after the list
        (
            "選考の結果、不採用とさせていただきます。補欠として登録させていただき、"
            "今後欠員が出た際にはご連絡いたします。",
            ("rejection",),
        ),
        (
            "補欠として検討させていただいた結果、今回は見送りとさせていただきます。",
            ("rejection",),
        ),
        (
            "慎重に検討いたしましたが、補欠としての採用も含め、今回はご縁がなかったという結論に"
            "なりました。",
            ("rejection",),
        ),
        # recruiting to fill a vacancy (補欠募集) is no waiting list
        (
            "このたびは弊社の補欠募集にご応募いただきありがとうございました。"
            "採用予定人数に達したため、募集を締め切らせていただきました。",
            ("rejection", "other"),
        ),
        # moved up: the pass itself
        (
            "補欠合格としてご連絡しておりましたが、繰り上げにて合格とさせていただきます。",
            ("pass", "offer"),
        ),
        ("繰り上げ合格となりましたので、お知らせいたします。", ("pass", "offer")),
    ],
)
def test_a_list_named_or_settled_leaves_the_result(body: str, labels: tuple[str, ...]) -> None:
    assert notice_label("選考結果のご連絡", "大西様\n\n" + body) in labels


def test_a_placement_gives_its_words() -> None:
    got = classify_notice(
        subject="結果", body="大西様\n\n一次面接の結果、キャンセル待ちとなりました。"
    )
    assert got.label == "other"
    assert got.evidence == ["キャンセル待ちと"]


@pytest.mark.parametrize(
    "body",
    [
        "検査の結果、次の選考ステップである個人面接へご案内いたします。",
        "結果を踏まえ、次の選考である「グループ面接」へご案内いたします。",
        "坂本様には、次のステップとなる最終面接にお進みいただきたく存じます。",
        "審査の結果、次回選考にあたる【二次面接】へご招待いたします。",
    ],
)
def test_the_next_stage_named_as_a_phrase_is_a_pass(body: str) -> None:
    assert notice_label("適性検査結果のご連絡", "坂本様\n\n" + body) in ("pass", "interview_invite")
    got = classify_notice(subject="適性検査結果のご連絡", body="坂本様\n\n" + body)
    assert got.label == "pass"
    assert any("次" in words for words in got.evidence)


@pytest.mark.parametrize(
    "body",
    [
        # a stage told as held before, then the next one named: the frame follows from it
        "筆記試験の受験、お疲れさまでした。次の選考ステップである小論文へご案内いたします。",
        "先日はグループディスカッションにご参加いただきました。次の段階となる職場体験へご案内いたします。",
    ],
)
def test_the_next_stage_after_a_stage_held_is_a_pass(body: str) -> None:
    assert notice_label("ご連絡", "坂本様\n\n" + body) == "pass"


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("残念ながら、次の選考ステップである個人面接へご案内することはできません。", "rejection"),
        ("適性検査を通過された方のみ、次の選考ステップである面接へご案内いたします。", "other"),
        ("次の選考ステップへのご案内は、結果が確定次第お送りいたします。", "other"),
    ],
)
def test_the_next_stage_refused_or_promised_is_no_pass(body: str, label: str) -> None:
    assert notice_label("選考について", "坂本様\n\n" + body) == label


@pytest.mark.parametrize(
    ("body", "label"),
    [
        # a purpose before a comma: a step the reader must first take
        ("次の選考に進むには、12月10日までに課題をご提出ください。", "other"),
        ("最終面接へお進みいただくには、事前に適性検査の受検が必要です。", "other"),
        # no comma, no purpose: the step not reached is a rejection still
        ("慎重に検討しましたが、次の選考に進むには至りませんでした。", "rejection"),
    ],
)
def test_a_step_set_as_a_purpose_is_no_pass(body: str, label: str) -> None:
    assert notice_label("選考について", "村井様\n\n" + body) == label


PLAIN_OFFERS = [
    "ぜひ来月から週4日くらいで来てもらいたいと思っています。希望のシフトを教えてください。",
    "店長とも相談して、5月1日から働いていただきたいと考えています。",
    "来週の水曜日から入ってもらえると助かります。",
    "先方から、来月から来てほしいとのことです!",
]


@pytest.mark.parametrize("body", PLAIN_OFFERS)
def test_a_start_at_work_asked_after_an_interview_is_an_offer(body: str) -> None:
    assert notice_label("面接の件", "面接おつかれさまでした。\n" + body) == "offer"


NO_START = [
    # an interview asked for, no interview held (staff), a start refused, someone else's start
    (
        "面接のご案内",
        "ご応募ありがとうございます。来週から面接を行いますので、お店に来てください。",
    ),
    ("シフト", "来月から土日も入ってもらえますか。よろしくお願いします。"),
    ("面接の結果", "面接ありがとうございました。来月から来てもらうのは難しくなりました。"),
    ("面接のお礼", "面接ありがとうございました。来月から働いてもらう方はもう決まっています。"),
]


@pytest.mark.parametrize(("subject", "body"), NO_START)
def test_no_start_asked_of_the_reader_is_no_offer(subject: str, body: str) -> None:
    assert notice_label(subject, "工藤さん\n\n" + body) != "offer"


CONCEDED = [
    (
        "前回の経理職では残念な結果となりましたが、今回の総務職につきましては採用を決定いたしました。",
        "offer",
    ),
    (
        "以前ご応募いただいた営業職ではご縁がありませんでしたが、今回の企画職では書類選考を通過されました。",
        "pass",
    ),
    (
        "書類選考は残念ながら通過とはなりませんでしたが、別の職種で内定を出させていただくことになりました。",
        "offer",
    ),
]


NOT_CONCEDED = [
    "書類選考は通過されましたが、一次面接の結果、今回は採用を見送らせていただくことになりました。",
    "ご期待に沿えない結果となりましたが、今後のご活躍をお祈り申し上げます。",
]


@pytest.mark.parametrize(("body", "label"), CONCEDED)
def test_an_earlier_rejection_conceded_before_the_news(body: str, label: str) -> None:
    assert notice_label("選考結果のご連絡", body) == label


@pytest.mark.parametrize("body", NOT_CONCEDED)
def test_a_rejection_in_the_main_clause_stays(body: str) -> None:
    assert notice_label("選考結果のご連絡", body) == "rejection"


STEP_OFFERED = [
    (
        "【スカウト】書類選考免除のご案内",
        "山田様\nプロフィールを拝見し、スカウトをお送りしました。\n"
        "こちらの求人は、応募するだけで、書類選考なしで面接に進めます。\nぜひご応募ください。",
    ),
    ("おすすめ求人", "田中様\n書類選考なしで、面接に進める求人をピックアップしました。\n転職ナビ"),
]


@pytest.mark.parametrize(("subject", "body"), STEP_OFFERED)
def test_a_step_offered_to_whoever_applies_is_no_pass(subject: str, body: str) -> None:
    assert notice_label(subject, body) in ("other", "interview_invite")


def test_a_step_reached_after_a_result_stays_a_pass() -> None:
    body = "佐藤様\n書類選考の結果、面接に進めます。日程は追ってご連絡いたします。"
    assert notice_label("書類選考結果", body) == "pass"


PLACEMENTS = [
    (
        "お仕事決定のご連絡",
        "先日の顔合わせの結果、ミツバ物流様での就業が決定いたしました。\n就業開始：3月3日\n"
        "時給：1,400円",
    ),
    (
        "就業のご案内",
        "派遣先企業様からお返事があり、来月1日からの勤務開始が決定しました。時給は1,650円です。",
    ),
]


NOT_PLACEMENTS = [
    (
        "顔合わせの結果",
        "先日は顔合わせにご参加いただきありがとうございました。\n"
        "誠に残念ながら、今回はご希望に沿えない結果となりました。",
        "rejection",
    ),
    (
        "ご登録ありがとうございます",
        "就業が決まり次第、担当からご連絡いたします。お仕事のご紹介をお待ちください。",
        "other",
    ),
]


@pytest.mark.parametrize(("subject", "body"), PLACEMENTS)
def test_placement_decided_is_an_offer(subject: str, body: str) -> None:
    assert notice_label(subject, body) == "offer"


@pytest.mark.parametrize(("subject", "body", "label"), NOT_PLACEMENTS)
def test_placement_near_misses(subject: str, body: str, label: str) -> None:
    assert notice_label(subject, body) == label


# Notices that tell no result of the reader's: a result not yet there, an agent declining the
# reader's other applications beside an offer, a shift or a seat taken by someone else, an offer
# made before and referred to in a clause, the writer's own offer reported to a mentor; with near
# misses that keep their label. Sentences are our own.


NOT_YET = [
    "三次面接の結果がまだ届いておりませんが、先方の部長が休暇中とのことでした。",
    "申し訳ございませんが、書類選考の結果はまだ出ておりません。",
    "残念ながら、一次面接の結果はまだ出ていません。もう少しお待ちください。",
    "最終面接の合否につきましては、現時点で未定でございます。",
    "結果はまだ出ておりませんが、残念ながら厳しいかもしれません。",
    "二次の結果はまだ届いていないとのことでした。",
    "採否はいまだ決定に至っておりません。今しばらくお待ちください。",
    "ごめんね、面接の結果はまだです。決まったら連絡するね。",
]


@pytest.mark.parametrize("line", NOT_YET)
def test_a_result_not_yet_there_is_no_rejection(line: str) -> None:
    assert (
        notice_label("選考状況について", f"小野様\nいつもお世話になっております。\n{line}")
        == "other"
    )


@pytest.mark.parametrize(
    "line",
    [
        # a real rejection told beside a result still to come
        "C社様の結果はまだ届いておりませんが、D社様は今回見送りとのご連絡がありました。",
        # a result told after a delay
        "ご連絡が遅くなり申し訳ございません。選考の結果、今回は採用を見送らせていただきます。",
        # a result that did not come, told in the past with no 'not yet'
        "面接の結果、残念ながら今回はご縁がありませんでした。",
    ],
)
def test_a_rejection_beside_a_wait_or_after_a_delay_stays(line: str) -> None:
    assert notice_label("選考結果のご連絡", f"小野様\n{line}") == "rejection"


@pytest.mark.parametrize(
    "line",
    [
        "先週内定が出ましたG社様との入社日の調整ですが、5月1日で確定いたしました。",
        "内定を承諾いただいたJ社様より、配属先のご案内が届きました。",
        "内定が出ておりますL社様の入社手続きについて、必要書類をお送りします。",
    ],
)
def test_an_offer_made_before_referred_to_in_a_clause(line: str) -> None:
    assert notice_label("ご連絡", f"小野様\nエージェントの村井です。\n{line}") == "other"


# Notices (terms and earlier offers): an offer or a pass that regrets a term of it (the pay, the
# site, the posting, the day, the interview's form), a 内定 compounded into a matter of an offer
# made before (its acceptance, what follows it), and a friend's own news in a chat message with no
# salutation; near misses beside each that stay rejections or offers. Our own sentences, written
# apart from the eval cases.


TERMS_REGRETTED = [
    (
        "offer",
        "内定のご通知",
        "選考の結果、青木様を採用内定とさせていただきます。\n"
        "ご希望の勤務地につきましては、残念ながら仙台事業所の枠が充足しており、札幌での勤務となります。\n"
        "ご期待に十分お応えできず申し訳ございません。",
    ),
    (
        "offer",
        "採用のご連絡",
        "面接の結果、ぜひ斉藤様に内定をお出ししたいと考えております。\n"
        "月給はご希望より低い金額となり、ご希望に添えず恐縮です。",
    ),
    (
        "pass",
        "一次面接の結果",
        "一次面接の結果、上野様には二次面接へお進みいただくこととなりました。\n"
        "二次面接をオンラインでご希望とのことでしたが、当社では対面のみで行っており、"
        "ご希望に添えず申し訳ありません。",
    ),
    (
        "pass",
        "書類選考通過のお知らせ",
        "書類選考の結果、次の選考へお進みいただくことになりました。\n"
        "ご希望の京都勤務は誠に残念ながら募集が充足しております。",
    ),
]


STILL_REJECTED = [
    (
        "選考結果",
        "誠に残念ながら、今回は採用を見送らせていただきます。ご期待に添えず申し訳ございません。\n"
        "よろしければ、人材データベースへのご登録をご検討ください。",
    ),
    (
        "選考結果",
        "ご希望の職種につきましては、ご希望に添いかねる結果となりました。\n"
        "別のポジションであればご案内できるかもしれません。",
    ),
    (
        "面接結果",
        "厳正な選考の結果、残念ながら次の面接の日時をご案内することはできません。\n"
        "ご希望に添えず申し訳ございません。",
    ),
]


@pytest.mark.parametrize(("want", "subject", "body"), TERMS_REGRETTED)
def test_a_term_regretted_beside_the_outcome_keeps_it(want: str, subject: str, body: str) -> None:
    assert notice_label(subject, body) == want


@pytest.mark.parametrize(("subject", "body"), STILL_REJECTED)
def test_a_regret_of_the_application_stays_a_rejection(subject: str, body: str) -> None:
    assert notice_label(subject, body) == "rejection"


EARLIER_OFFERS = [
    (
        "承諾期限について",
        "H社の内定承諾期限ですが、先方のご厚意で再来週まで延ばしていただけました。",
    ),
    ("書類のお願い", "内定承諾書を今月中にご返送いただけますよう、お願い申し上げます。"),
]


NEW_OFFERS = [
    ("内定のご連絡", "最終面接の結果、森田様に内定をお出しすることになりました。"),
    ("【J社】内定", "J社から内定が出ました！承諾期限は今月末です。"),
]


@pytest.mark.parametrize(("subject", "body"), EARLIER_OFFERS)
def test_an_offer_made_before_is_no_new_offer(subject: str, body: str) -> None:
    assert notice_label(subject, body) == "other"


@pytest.mark.parametrize(("subject", "body"), NEW_OFFERS)
def test_a_new_offer_stays(subject: str, body: str) -> None:
    assert notice_label(subject, body) == "offer"


# A selection ended in other words (its process ended, a place filled by someone described with a
# verb of any row), an interview booked by labelled lines under a heading (「面接について」, 【日時】), a
# request of the reader's declined (OB訪問, a visit, a longer internship), a denial with an adverb
# inside it (「わけではまったくない」), with near misses beside each. Our own sentences, written apart from
# the eval cases.


ENDED = [
    (
        "選考のご連絡",
        "森さん\n一次面接ありがとうございました。\n社内で検討した結果、選考を、ここで一区切りとさせて"
        "いただくことになりました。",
    ),
    (
        "選考のご連絡",
        "森さん\n面接のお時間をありがとうございました。今回は選考をここで終えることになりました。",
    ),
    (
        "一次選考の結果",
        "木下さん\n先日は筆記試験にご参加いただきありがとうございました。\n"
        "誠に勝手ながら、木下さんの選考は今回の試験をもちまして終了とさせていただきます。",
    ),
    (
        "選考についてのご連絡",
        "高橋様\n\nご応募ありがとうございました。\n"
        "社内で検討の結果、高橋様との選考手続きは本段階をもって終了とさせていただきます。",
    ),
    (
        "面接のお礼",
        "森さん\n\n花屋ブーケの店長です。面接ありがとうございました。\n"
        "今回は朝の仕入れに早く来られる方に決まりました。本当にごめんなさい。",
    ),
    (
        "アルバイトの件",
        "石田さん\n\n先日は面接ありがとう。今回は近所に住む方にお願いすることにしました。"
        "すみません。",
    ),
]


DENIED_WITH_ADVERB = [
    (
        "進捗のご報告",
        "C社の件、まだ結果が出ていません。不採用と決まったわけでは決してないので、ご安心ください。",
    ),
    (
        "状況",
        "G社さんは担当者が休みで止まってます。お見送りになったわけじゃ全然ないです！",
    ),
]


NEAR_MISSES = [
    # A rejection that denies a cause with an adverb, then rejects: still a rejection.
    (
        "選考結果のお知らせ",
        "先日は面接ありがとうございました。\n"
        "ご経験が足りなかったというわけでは全くございませんが、今回は採用を見送らせていただきます。",
        "rejection",
    ),
    # A regret of a wish in a selection (応募 named): still the candidacy's.
    (
        "選考結果",
        "ご応募いただきありがとうございました。ご相談の上で慎重に検討しましたが、"
        "ご希望に沿えない結果となりました。",
        "rejection",
    ),
    # A heading with labelled lines of a company briefing: no interview named.
    (
        "説明会について",
        "学生の皆様\n\n日時：2月3日（月）13:00\n場所：本社ホール\n持ち物：筆記用具\n",
        "other",
    ),
    # The end of a selection told as a schedule: nobody rejected.
    (
        "今後の流れ",
        "選考は本日の最終面接をもって終了となります。結果は一週間以内にご連絡いたします。",
        "other",
    ),
    # Every selection ended: a schedule.
    (
        "今後の流れ",
        "本日で全ての選考を終了いたしましたので、結果は来週ご連絡します。",
        "other",
    ),
    # Staff news with no occasion and no apology: nobody rejected.
    (
        "新しいメンバー",
        "来月から近所に住む方に入ってもらうことになりました。みなさんよろしくね。",
        "other",
    ),
]


@pytest.mark.parametrize(("subject", "body"), ENDED)
def test_selection_ended_in_other_words_is_rejection(subject: str, body: str) -> None:
    assert notice_label(subject, body) == "rejection"


@pytest.mark.parametrize(("subject", "body"), DENIED_WITH_ADVERB)
def test_denial_with_an_adverb_is_no_rejection(subject: str, body: str) -> None:
    assert notice_label(subject, body) == "other"


@pytest.mark.parametrize(("subject", "body", "label"), NEAR_MISSES)
def test_near_misses_keep_their_labels(subject: str, body: str, label: str) -> None:
    assert notice_label(subject, body) == label


# The verb of [chosen]'s first frame must be the predicate the other person belongs to, read with
# Sudachi — not a piece of another noun (選 of 選考, 内定 of 内定者) and not after another predicate that
# took the person and closed its clause (「他の方と相談して、」). Results put on hold while others are
# interviewed stay other; a real choice of someone else is still a rejection. Our own sentences,
# written apart from the eval cases.


ON_HOLD = [
    "他の候補者の方の面接も続いているため、選考結果は一旦保留とさせていただきます。",
    "別の候補者の方を選考中のため、恐縮ですが最終回答は保留とさせてください。",
    "他の候補者と比較のうえ判断したいため、誠に勝手ながら選考を一時保留とさせていただきます。",
    "企業様より、他の候補者の選考状況を踏まえて判断したいとのことで、合否は来週になります。",
    "ほかの応募者の選考が終わるまで、結果のご連絡はもう少しお待ちください。",
    # other people's interviews: neither a choice nor an invitation to the reader
    "別の方の面接が入っているため、結果は来週になります。",
    "誠に申し訳ございませんが、選考結果のご連絡が当初の予定より遅れております。",
    "現在、他の候補者の方との面接を実施しているため、結果のご連絡まで1週間ほどお時間をください。",
]


NOT_CHOSEN = [
    "他の方と相談して、面接の日を決めました。12月10日14時に事務所までお越しください。",
    "他の担当の方と相談しまして、説明会の会場を決定いたしました。",
]


CHOSEN = [
    "慎重に検討いたしました結果、他の候補者の方を選ばせていただくことになりました。",
    "今回はより実務経験の豊富な方を選ばせていただきました。",
    "他の応募者の方と比較させていただいた結果、別の方の採用が決まりました。",
    "他の方の経験が豊富だったため、そちらの方を採用させていただきました。",
    "今回は他の方に来ていただくことに決めました。",
    "慎重に検討した結果、他の候補者の方で決定いたしました。",
    "他の応募者の方に経験があったため、その方の採用を決めました。",
    "他の応募者の方のご入社が決まりました。",
]


@pytest.mark.parametrize("body", ON_HOLD)
def test_a_result_on_hold_while_others_are_interviewed_is_other(body: str) -> None:
    assert classify_notice(subject="選考状況のご連絡", body=body).label == "other"


@pytest.mark.parametrize("body", NOT_CHOSEN)
def test_a_person_taken_by_another_predicate_is_not_chosen(body: str) -> None:
    assert classify_notice(subject="ご連絡", body=body).label != "rejection"


@pytest.mark.parametrize("body", CHOSEN)
def test_someone_else_chosen_is_still_a_rejection(body: str) -> None:
    result = classify_notice(subject="選考結果のご連絡", body=body)
    assert result.label == "rejection"
    assert all(e in body for e in result.evidence)


# No offer: a state described, or news of a result not there yet.
NO_OFFER = [
    "いつもお世話になっております。現在、内定なしの状態とのことですので、引き続き求人をご紹介します。",
    "本日時点で、企業様からの採用の連絡はなしです。回答があり次第お知らせいたします。",
    "内定の連絡はまだ届いていないとのこと、承知しました。他社の状況も教えてください。",
    "内定の連絡はまだありません。届き次第ご連絡します。",
    "本座談会は内定がない方もご参加いただけます。",
    "【募集要項】未経験者の採用はなしです。経験3年以上の方のみ応募可能です。",
    "ご状況を確認しました。現在は内定が出ていない状況ですね。",
]


STILL_OFFERS = [
    "最終面接の結果、内定のご連絡をさせていただきます。",
    "厳正なる選考の結果、山田様を内定とさせていただきます。",
]


@pytest.mark.parametrize("body", NO_OFFER)
def test_no_offer_yet_is_neither_offer_nor_rejection(body: str) -> None:
    assert classify_notice(subject="ご状況について", body=body).label == "other"


@pytest.mark.parametrize("body", STILL_OFFERS)
def test_offers_still_read(body: str) -> None:
    assert classify_notice(subject="選考結果のご連絡", body=body).label == "offer"


def test_a_next_step_skipped_on_the_way_to_an_offer_is_no_rejection() -> None:
    for body in (
        "合格です。次の選考はなしで、そのまま内定となります。",
        "合格です。次の選考はありません。そのまま内定となります。",
    ):
        assert classify_notice(subject="選考結果", body=body).label in ("offer", "pass")


def test_neither_a_pass_nor_a_failure_is_on_hold() -> None:
    body = "選考結果は合格でも不合格でもなく、保留です。来週改めてご連絡します。"
    assert classify_notice(subject="選考結果", body=body).label == "other"


# An offer or a pass that regrets a term hoped for (年収, 勤務地, 配属, 入社日, 職種) is no rejection; near
# misses beside it stay rejections (the term regretted and no hire said, a regret said of the
# candidate's fit, a refusal beside the regret). Our own sentences, written apart from the eval
# cases.


OFFERS = [
    (
        "条件のご提示",
        "井上様\n\n弊社にて井上様を採用させていただく方針となりました。\n"
        "誠に恐縮ながら、ご希望の年俸（900万円）にはご期待に沿えず、下記の条件でのご提示となります。\n"
        "・年俸：820万円\n・入社日：応相談",
    ),
    (
        "内定のご通知",
        "岡田様\n\n選考の結果、岡田様に内定をお出しすることとなりました。\n"
        "ご希望の勤務地につきましては、誠に申し訳ございませんがご希望に添えず、"
        "横浜事業所での勤務となります。",
    ),
    (
        "採用内定のご連絡",
        "前田さん\n\n面接ありがとうございました。前田さんには内定をお出しします！\n"
        "ただ、ご希望の配属先はご期待に沿えず、まずは総務部からのスタートになります。",
    ),
    (
        "採用決定のお知らせ",
        "藤田様\n\n選考の結果、藤田様の採用が決定いたしました。\n"
        "ご希望の入社日（3月1日）にはご希望に沿いかねる結果となりましたが、"
        "5月1日でのご入社をお願いしたく存じます。",
    ),
]


PASSES = [
    (
        "一次面接の結果",
        "石川様\n\n一次面接の結果、石川様には最終面接にお進みいただくこととなりました。\n"
        "なお、ご希望の職種（広報）での選考はご期待に沿えず、総務職での選考となります。",
    ),
    (
        "書類選考結果のお知らせ",
        "近藤様\n\n書類選考の結果、通過となりました。\n"
        "ご希望の勤務形態はご希望に添えず恐縮ですが、正社員での選考となります。",
    ),
]


REJECTIONS = [
    (
        "選考結果のご連絡",
        "坂本様\n\n慎重に検討いたしました結果、ご希望の職種での採用はご期待に沿えず、"
        "誠に申し訳ございません。\n坂本様の今後のご活躍をお祈り申し上げます。",
    ),
    (
        "選考結果について",
        "遠藤様\n\nご経験がご希望のポジションの要件に合致せず、誠に残念ながらご期待に沿えない結果と"
        "なりました。\n末筆ながら、遠藤様のご健勝をお祈り申し上げます。",
    ),
    (
        "選考結果",
        "青木様\n\nご希望の配属先につきましては、現在募集がなく、ご希望に沿えず申し訳ございません。\n"
        "今回は採用を見送らせていただくことになりました。",
    ),
    (
        "最終面接の結果",
        "西村様\n\nご希望の年収でのご採用は難しく、今回はご期待に沿えない結果となりました。",
    ),
    (  # thanks for a step already taken is no pass that would make the regret a term's
        "選考結果のご連絡",
        "山田様\n先日は二次面接に進んでいただきありがとうございました。\n"
        "ご希望の職種は採用枠が埋まってしまい、ご期待に沿えず申し訳ございません。",
    ),
    (
        "選考結果",
        "平野様\n\nご希望の年収にはご期待に沿えず申し訳ございません。\n"
        "条件を見直していただけるようでしたら、改めて採用を検討させていただきます。",
    ),
    (
        "選考結果",
        "本ポジションにつきましては、他の方で採用が決まりましたため、ご希望に添えず申し訳ございません。",
    ),
]


@pytest.mark.parametrize(("subject", "body"), OFFERS)
def test_offer_regretting_a_term_is_an_offer(subject: str, body: str) -> None:
    assert notice_label(subject, body) == "offer"


@pytest.mark.parametrize(("subject", "body"), PASSES)
def test_pass_regretting_a_term_is_a_pass(subject: str, body: str) -> None:
    assert notice_label(subject, body) == "pass"


@pytest.mark.parametrize(("subject", "body"), REJECTIONS)
def test_regret_without_a_hire_stays_a_rejection(subject: str, body: str) -> None:
    assert notice_label(subject, body) == "rejection"


def test_thanks_for_a_step_taken_is_no_pass() -> None:
    body = "山田様\n先日は最終面接にお進みいただき、誠にありがとうございました。\n引き続きよろしくお願いいたします。"
    assert notice_label("ご連絡", body) != "pass"


# A result told by the polarity of its predicate ([outcome] of data/mail_notices.toml: a positive
# outcome negated, a negative evaluation, any predicate about the reader negated up to a verdict),
# a sentence about a class of people, a plan or a flow (no decision), and the paperwork for
# joining (other, not an offer). Cases written for these tests before and while the rules were
# built (none from the evaluation sets), in notices_s9.jsonl: the six classes in several styles,
# ordinary notices of every label, and near misses of the new readings.


CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "notices_s9.jsonl").read_text("utf-8").splitlines()
    if line.strip()
]


# Not read yet: none (b6-p4, a next round set up as a meeting with the CEO, is read since
# session 23: [pass] `requested`).
LEFT: set[str] = set()


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_notice(case: dict) -> None:
    if case["id"] in LEFT:
        pytest.skip("left: a next round asked for as a meeting (「次はCEOとの面談を組ませて」)")
    got = classify_notice(subject=case.get("subject"), body=case["body"])
    assert got.label in case.get("accept", [case["expect"]]), got.evidence


@pytest.mark.parametrize(
    ("body", "evidence"),
    [
        (
            "健太さん\n結論から言うと、今回はベストなタイミングではないと判断しました。",
            "ベストなタイミングではない",
        ),
        ("山田様\n今回はご参加いただくには至りませんでした。", "至りませんでした"),
        ("小林さん\n今回の最終面接は厳しいという結果でした。", "厳しいという結果"),
    ],
)
def test_evidence_points_at_the_predicate(body: str, evidence: str) -> None:
    got = classify_notice(subject=None, body=body)
    assert got.label == "rejection"
    assert any(evidence in e for e in got.evidence), got.evidence


# The wordings of the class descriptions varied one element at a time (a compound noun, a
# hiragana spelling, a stage word, a quotation), after a salutation and thanks.
VARIANTS = [
    "結論として、お互いにとってベストタイミングではないと判断しました。",
    "結論として、今はベストなタイミングではないと判断しました。",
    "結論から言うと、お互いにとって今がベストなタイミングとは言えないと判断しました。",
    "話し合った結果、お互いにとって最良のタイミングではないという結論になりました。",
    "検討の結果、今回はタイミングが合わないと判断しました。",
    "ソラ社さんから書類選考の結果が来ました。今回はダメでした…すみません！",
    "ソラ社さんの結果、無理でした。すみません。",
    "ソラ社さんの書類、通らなかったです…。",
    "ソラ社さん、今回は書類通らずでした。",
    "ソラ社さんの一次、落ちちゃいました。ごめんなさい！",
    "ソラ社さんの結果ですが、今回は厳しかったです。",
    "今回はご参加いただくことがかないませんでした。",
    "今回はご参加いただける結果とはなりませんでした。",
    "今回は参加を実現できませんでした。",
    "残念ながら、今回はご参加いただけません。",
    "今回はご参加のご案内ができかねる結果となりました。",
    "今回は、ご一緒できるタイミングではないと考えております。",
    "今回はご縁をいただけない結果となりました。",
    "書類選考の結果はダメでした。必須要件の英語力が足りなかったようです。",
    "ソラ社さんから連絡があって、今回はNGとのことでした。",
]


@pytest.mark.parametrize("sentence", VARIANTS)
def test_variant_is_a_rejection(sentence: str) -> None:
    got = classify_notice(
        subject=None, body=f"山田さん\n\n先日はありがとうございました。\n{sentence}"
    )
    assert got.label == "rejection", got.evidence


# Policies, schedules and paperwork, some with the salutation on the line of the first sentence.
NOT_DECISIONS = [
    "ご応募者各位\n個人情報の取扱いについて。選考の結果、不採用となった場合の書類は当社で破棄いたします。",
    "ご応募者各位\n採用に至らなかった方の応募書類は、6か月以内に責任をもって廃棄いたします。内定者の書類は人事部で保管します。",
    "応募者の皆様へ\n残念ながらご縁がなかった皆様の個人情報は、選考終了後に削除いたします。",
    "ご応募者各位\n選考に漏れた方の書類は返却いたしません。",
    "山田様\nエントリーありがとうございます。選考はES、適性検査、一次面接、最終面接の順に進みます。各ステップの結果はマイページでお知らせします。6月から内々定を予定しております。",
    "山田様\nエントリーありがとうございます。今後の流れ：ES→適性検査→一次面接→最終面接。内々定は6月頃の予定です。",
    "山田様\nエントリーありがとうございます。最終面接を通過された方には、6月以降に内々定をお出しします。",
    "山田様\n入社日に向けて、雇用契約書、年金手帳、給与振込口座届、扶養控除申告書を3月20日までにご提出ください。",
    "山田様\n4月1日の入社日に向けて、必要書類（雇用契約書・年金手帳）のご提出期限は3月20日です。よろしくお願いいたします。",
    "山田様\n入社手続きに必要な書類を同封しました。記入のうえ、3月20日必着でご返送ください。",
]


@pytest.mark.parametrize("body", NOT_DECISIONS)
def test_policy_schedule_or_paperwork_is_other(body: str) -> None:
    got = classify_notice(subject=None, body=body)
    assert got.label == "other", got.evidence


# An offer worded without 内定: the reader as the partner of working together in the desiderative,
# or the wish to welcome the reader told as the decision or the result of the selection ([offer]
# strong); a kind of person named after the reader (a scout's 「〇〇様のような方に」) is no decision on the
# reader ([guards] hypothetical). Mails written for these tests (none from the evaluation sets).


# (subject, body, labels accepted)
NOTICES = [
    (
        "最終選考の結果",
        "岡本様\n\n先日は最終面接にお越しいただきありがとうございました。\n"
        "役員で協議した結果、岡本様と一緒に働きたいという結論に至りました。\n"
        "給与や配属先の条件は、来週中に書面でお送りいたします。\n\n株式会社イズミ 人事部",
        {"offer"},
    ),
    (
        "面接結果のお知らせ",
        "三浦様\n\n二次面接ではありがとうございました。\n"
        "選考の結果、ぜひ当社にお迎えしたいと考えております。\n"
        "正式な処遇は後日あらためてご提示いたします。\n\n合同会社ハルカゼ 採用担当",
        {"offer"},
    ),
    (
        "選考結果について",
        "西田様\n\nこの度はご応募ありがとうございました。\n"
        "面接官一同、西田様に働いていただきたいとの判断に至りました。\n"
        "勤務条件につきましては別途ご案内いたします。\n\n株式会社トウカイ",
        {"offer"},
    ),
    # near-misses: a column on hiring, a scout's meeting, a rejection that mentions the wish
    (
        "【今週のコラム】採用の現場から",
        "読者の皆様\n\n今回は、人材をお迎えしたいと考える企業がどのような点を見ているかを紹介します。\n"
        "給与や条件の示し方についても次回取り上げます。\n\n転職コラム編集部",
        {"other"},
    ),
    (
        "【スカウト】ぜひ一度お話しませんか",
        "荒木様\n\n株式会社ミドリの採用担当です。\n"
        "荒木様のような方に、ぜひ一緒に働いていただきたいと考えております。\n"
        "まずはカジュアル面談で、仕事内容についてお話しできれば幸いです。\n\n株式会社ミドリ",
        {"other", "interview_invite"},
    ),
    (
        "選考結果のご連絡",
        "吉川様\n\n先日は面接にお越しいただきありがとうございました。\n"
        "慎重に協議した結果、誠に残念ながら今回はご期待に沿えない結果となりました。\n"
        "吉川様の今後のご活躍をお祈り申し上げます。\n\n株式会社サンセット",
        {"rejection"},
    ),
]


@pytest.mark.parametrize(("subject", "body", "labels"), NOTICES)
def test_offer_without_naitei(subject: str, body: str, labels: set[str]) -> None:
    assert classify_notice(subject=subject, body=body).label in labels
