"""Notices of session 16: an arrangement that did not come about (「採用の運びとはなりません
でした」), a casual request to pass on the hire (「採用の方は見送らせてください」: 方 read ほう),
an offer withdrawn (内定取り消し), a third person's offer among friends (「さとしが内定もらったって」,
「内定祝い」), and a shop's order refused with a notice's stock phrase (ご期待に沿えない結果). Near
misses beside each. Our own sentences, written apart from the eval cases."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice


def _label(subject: str, body: str) -> str:
    return classify_notice(subject=subject, body=body).label


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

A_CLASS_STILL_RULED = [
    # a class of people as the topic, told as a rule: no result of the reader's
    "エントリーを受け付けました。未経験の方は選考を見送らせていただきます。",
    "応募書類を受け付けました。書類に不備のある方は選考を見送らせていただきます。",
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

OTHERS_OFFER = [
    (
        "祝い",
        "みんなへ\n\nけいすけが第一志望のメーカーから内定もらったって！\n週末にお祝いしよう。",
    ),
    (
        "報告",
        "おばあちゃんへ\n\n次女の真理子が市役所から内定をいただきました。\nご心配をおかけしました。",
    ),
    ("聞いた？", "しおり\n\nバイト先の高田くん、銀行の内定出たらしいよ。"),
    ("幹事より", "皆さま\n\n山口さんの内定祝いは金曜19時からです。"),
    ("近況", "りょう\n\n兄貴が商社から内定取ったんだって。すごくない？"),
    ("聞いた？", "みんな\n\n妹が昨日、第一志望から内定の電話をもらったそうです！"),
]

OWN_OFFER = [
    (
        "内定のご連絡",
        "まきさん\n\n最終面接ありがとうございました！まきさんに内定をお出しすることになりました🎉",
    ),
    ("選考結果", "小野様\n\n厳正なる選考の結果、小野様の採用を内定いたしました。"),
    (
        "エージェントより",
        "原様\n\nB社から、原様に内定を出したいとのご連絡がありました。おめでとうございます！",
    ),
]

ORDERS = [
    (
        "在庫切れのお知らせ",
        "ご注文の商品は入荷の見込みが立たず、ご期待に沿えない結果となりました。ご注文を取り消させていただきます。",
    ),
    (
        "抽選結果",
        "限定モデルの抽選販売にご応募いただきありがとうございました。抽選の結果、ご希望に添えない結果となりました。",
    ),
    ("ご予約の件", "ご予約の日時は満席のため、ご希望に沿いかねる結果となりました。"),
]

SELECTIONS_AT_SHOPS = [
    (
        "選考結果",
        "販売スタッフ募集にご応募いただきありがとうございました。面接の結果、ご期待に沿えない結果となりました。",
    ),
    (
        "書類選考",
        "商品企画職へのご応募ありがとうございました。選考の結果、ご希望に添えない結果となりました。",
    ),
    (
        "オープンカンパニーの件",
        "当社のオープンカンパニーにご応募ありがとうございました。抽選の結果、今回はご参加いただけなくなりました。",
    ),
]


@pytest.mark.parametrize("body", NOT_COME_ABOUT)
def test_an_arrangement_that_did_not_come_about_rejects(body: str) -> None:
    assert _label("選考結果のご連絡", body) == "rejection"


@pytest.mark.parametrize(("subject", "body"), STILL_ARRANGED)
def test_an_arrangement_made_or_about_something_else_rejects_nobody(
    subject: str, body: str
) -> None:
    assert _label(subject, body) != "rejection"


@pytest.mark.parametrize("body", ASKED_TO_PASS)
def test_a_casual_request_to_pass_on_the_hire_rejects(body: str) -> None:
    assert _label("選考について", f"ゆうきさん\n\n{body}") == "rejection"


@pytest.mark.parametrize("body", A_CLASS_STILL_RULED)
def test_a_rule_for_a_class_of_people_still_decides_nothing(body: str) -> None:
    assert _label("受付完了", body) == "other"


@pytest.mark.parametrize(("subject", "body"), REVOKED)
def test_an_offer_withdrawn_is_no_offer(subject: str, body: str) -> None:
    assert _label(subject, f"大川様\n\n{body}") == "rejection"


@pytest.mark.parametrize(("subject", "body", "labels"), NOT_REVOKED)
def test_an_offer_not_withdrawn(subject: str, body: str, labels: tuple[str, ...]) -> None:
    assert _label(subject, body) in labels


@pytest.mark.parametrize(("subject", "body"), OTHERS_OFFER)
def test_a_third_persons_offer_among_friends_is_no_notice(subject: str, body: str) -> None:
    assert _label(subject, body) == "other"


@pytest.mark.parametrize(("subject", "body"), OWN_OFFER)
def test_the_readers_own_offer_still_counts(subject: str, body: str) -> None:
    assert _label(subject, body) == "offer"


@pytest.mark.parametrize(("subject", "body"), ORDERS)
def test_an_order_refused_is_no_rejection(subject: str, body: str) -> None:
    assert _label(subject, f"木下様\n\n{body}") == "other"


def test_a_screening_of_applicants_is_no_dealing() -> None:
    body = "佐藤様\n\nこの度はご応募いただきありがとうございました。\n慎重に審査いたしました結果、今回は見送らせていただきます。"
    assert _label("ご応募の件", body) == "rejection"


@pytest.mark.parametrize(("subject", "body"), SELECTIONS_AT_SHOPS)
def test_a_selection_at_a_shop_still_rejects(subject: str, body: str) -> None:
    assert _label(subject, f"木下様\n\n{body}") == "rejection"


RESULT_NOT_COME = [
    "今回は内定という結果にはなりませんでした。",
    "協議の結果、ご縁を結ぶ運びとはなりませんでした。",
    "次のステップにご案内する運びとはならず、誠に申し訳ございません。",
]


@pytest.mark.parametrize("body", RESULT_NOT_COME)
def test_a_result_that_did_not_come_rejects(body: str) -> None:
    assert (
        _label("選考結果のご連絡", f"木村様\n\n先日はありがとうございました。\n{body}")
        == "rejection"
    )


def test_a_manner_changed_is_no_rejection() -> None:
    body = "木村様\n\n対面での面接という形にはならず、オンラインでの実施となります。\n日時：5月10日 14:00"
    assert _label("面接のご案内", body) == "interview_invite"


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
        _label("選考結果のご連絡", f"木村様\n\nご応募ありがとうございました。\n{body}")
        == "rejection"
    )


@pytest.mark.parametrize(
    "body",
    [
        "本メールは面接のご案内とはなりませんので、ご注意ください。",
        "説明会は中止せざるを得ない運びとなりました。",
    ],
)
def test_what_a_mail_is_or_an_event_called_off_rejects_nobody(body: str) -> None:
    assert _label("お知らせ", f"木村様\n\n{body}") != "rejection"


def test_a_courtesy_condition_keeps_a_request_to_pass() -> None:
    body = "はるとさん\n\n面接ありがとうございました！\nもし可能なら、今回のオファーは見送らせていただけると助かります🙏"
    assert _label("選考結果", body) == "rejection"


def test_a_meeting_put_off_is_no_rejection() -> None:
    body = (
        "だいきさん\n\nすみません！明日15時の面談は、こちらの都合でいったん見送らせてください🙏\n"
        "別の日で30分いただけますか？"
    )
    assert _label("明日の面談について", body) != "rejection"


def test_a_result_not_yet_reached_is_no_rejection() -> None:
    body = "木村様\n\n現在、未だ最終面接の結果には至っておりません。今しばらくお待ちください。"
    assert _label("選考状況", body) == "other"


def test_yet_said_of_the_reader_still_rejects() -> None:
    body = "木村様\n\n検討の結果、まだ経験が浅いため採用には至りませんでした。"
    assert _label("選考結果", body) == "rejection"


def test_the_evidence_of_a_withdrawn_offer_names_the_undoing() -> None:
    got = classify_notice(
        subject="内定について",
        body="大川様\n\n誠に申し訳ございませんが、内定を取り消させていただきます。",
    )
    assert got.label == "rejection"
    assert any("取り消" in words for words in got.evidence)


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        ("聞いた？", "みんな\n\nさとし、一次面接通過したらしい！次は最終面接なんだって。"),
        (
            "報告",
            "おばあちゃんへ\n\n弟の健太が書類選考を通過して、来週面接に進むことになりました。",
        ),
        ("ねえ", "しおり\n\nゆうきくんが二次面接に進んだって！"),
    ],
)
def test_a_third_persons_step_among_friends_is_no_pass(subject: str, body: str) -> None:
    assert _label(subject, body) == "other"


@pytest.mark.parametrize(
    "body",
    [
        "山田さん\n\n山田さん、一次面接通過です！次は最終面接へお進みください。",
        "山田 太郎 様\n\n書類選考の結果、通過となりましたのでお知らせいたします。",
    ],
)
def test_the_readers_own_step_still_passes(body: str) -> None:
    assert _label("選考結果", body) == "pass"


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
    assert _label("選考結果のご連絡", "大西様\n\n" + body) == "other"


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
    assert _label("選考結果のご連絡", "大西様\n\n" + body) in labels


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
    assert _label("適性検査結果のご連絡", "坂本様\n\n" + body) in ("pass", "interview_invite")
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
    assert _label("ご連絡", "坂本様\n\n" + body) == "pass"


@pytest.mark.parametrize(
    ("body", "label"),
    [
        ("残念ながら、次の選考ステップである個人面接へご案内することはできません。", "rejection"),
        ("適性検査を通過された方のみ、次の選考ステップである面接へご案内いたします。", "other"),
        ("次の選考ステップへのご案内は、結果が確定次第お送りいたします。", "other"),
    ],
)
def test_the_next_stage_refused_or_promised_is_no_pass(body: str, label: str) -> None:
    assert _label("選考について", "坂本様\n\n" + body) == label


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
    assert _label("選考について", "村井様\n\n" + body) == label
