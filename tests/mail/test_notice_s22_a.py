"""Session 22 (a): a posting closed before the application, an offer or a hiring talk called
off, a role put on hold with the reader's application closed, a public exam's class of those
taken on to the next stage, and a staffing agency's workplace visit."""

import pytest

from furikaeri.mail.notice.classifier import classify_notice


def _label(subject: str | None, body: str) -> str:
    return classify_notice(subject=subject, body=body).label


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (  # closed before the application, told as done, and the application refused
            "ご応募の件",
            "長谷川様\n\nご応募いただきありがとうございます。誠に恐れ入りますが、こちらの求人は"
            "先月末をもちまして募集を終了しておりました。\nそのため、今回は選考を実施することが"
            "できかねます。\n\n株式会社ヒナタ 採用係",
            "rejection",
        ),
        (  # an intake closed, the entry not taken into the selection
            None,
            "エントリーいただいた件につきまして、秋採用のエントリーは既に締め切っておりました。"
            "申し訳ございませんが、今回は選考の対象とすることができません。",
            "rejection",
        ),
        (  # a closing still ahead: a notice to apply early, no one refused
            "締切のお知らせ",
            "倉庫作業スタッフの求人は、今週金曜日に募集を締め切ります。ご検討中の方はお早めに"
            "ご応募ください。",
            "other",
        ),
        (  # closed, but those who applied are still selected: a pass
            "書類選考結果",
            "書類選考の結果、二次面接にお進みいただくことになりました。なお、本求人の募集は既に"
            "締め切っておりますが、ご応募済みの方は引き続き選考いたします。",
            "pass",
        ),
        (  # a job board's notice of a listing closed, no refusal of anyone
            "お気に入り求人の更新",
            "保存していた求人「受付スタッフ」は募集を終了しました。条件の近い求人をお届けします。",
            "other",
        ),
    ],
)
def test_closed_before_the_application(subject: str | None, body: str, label: str) -> None:
    assert _label(subject, body) == label


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (  # English: an offer undone, told as decided
            "About your offer",
            "Dear Mr. Abe,\n\nFollowing a change in our funding, we have to withdraw the offer "
            "for the QA Engineer role. We are very sorry.\n\nHR, Kestrel",
            "rejection",
        ),
        (  # English: an offer told as undone (passive, done)
            None,
            "Hi Mio, I'm afraid the conditional offer made last week has now been revoked "
            "after the merger.",
            "rejection",
        ),
        (  # an offer that may be withdrawn on a condition is still an offer
            "Offer Letter",
            "We are delighted to offer you the role of Analyst. This offer may be withdrawn if "
            "references cannot be verified. Please sign by June 3.",
            "offer",
        ),
        (  # an offer withdrawn only on a condition is still an offer
            "Offer",
            "We are pleased to offer you the role of Designer. We will withdraw the offer if "
            "the reference checks fail.",
            "offer",
        ),
        (  # the offer named as the matter (の件ですが), then undone in a later clause
            "内定の件",
            "先日お伝えした内定の件ですが、誠に申し訳ございません、取り消しとさせていただけ"
            "ますでしょうか。",
            "rejection",
        ),
        (  # a hiring talk called off: お話 with なかったことに, the joining named
            "先日の件",
            "入社に向けてご相談しておりましたが、会社の事情により、このお話はなかったことに"
            "していただけないでしょうか。",
            "rejection",
        ),
        (  # the hiring talk as the topic, undone after its cause (により)
            None,
            "ご入社のお話につきまして、取引先の撤退により白紙とさせていただきたく存じます。",
            "rejection",
        ),
        (  # an offer's matter told with its date: still an offer
            "内定のご連絡",
            "選考の結果、内定となりました。内定の件ですが、入社日は来年4月1日を予定しております。",
            "offer",
        ),
        (  # talk of joining not called off: no result
            None,
            "入社後のお話は、改めてお時間をいただいた際にさせてください。",
            "other",
        ),
    ],
)
def test_an_offer_called_off(subject: str | None, body: str, label: str) -> None:
    assert _label(subject, body) == label


def test_something_else_undone_under_the_offer() -> None:
    # the undoing has its own object (ご予約を): no offer called off
    body = "内定おめでとうございます。内定につきまして、面談のご予約を取り消しいたしました。"
    assert _label("内定のご連絡", body) != "rejection"


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (  # every application closed, the reader's named among them
            "Update",
            "Hi Taro,\n\nThe Support Lead opening is frozen until further notice, so we are "
            "closing all pending applications, yours included.\n\nBest, Dana",
            "rejection",
        ),
        (  # the reader's own application told closed
            None,
            "Dear Ms. Ueda, the Analyst vacancy was cancelled this week and your application "
            "has been closed. Thank you for your time.",
            "rejection",
        ),
        (  # the candidacy going no further
            None,
            "Hello Ken, the role is on hold for now and your candidacy will not progress at "
            "this stage.",
            "rejection",
        ),
        (  # on hold, the application kept open: no result
            "Status",
            "Hi Ren, the position is paused while budgets are set. Your application stays open "
            "and we'll be back in touch in January.",
            "other",
        ),
        (  # every application closed, but not the reader's named: no result
            "Update",
            "Hi, we are closing all applications for the role, including those from agencies. "
            "Interviews continue next week.",
            "other",
        ),
        (  # going no further only on a condition: a request, no result
            None,
            "Hi, your application will not move forward until we receive your transcript.",
            "other",
        ),
        (  # a newsletter on closing applications in general
            "Weekly tips",
            "Hiring freezes are common in December, and some teams close applications early. "
            "Here is how to plan your search.",
            "other",
        ),
    ],
)
def test_a_role_on_hold(subject: str | None, body: str, label: str) -> None:
    assert _label(subject, body) == label


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (  # not of the class taken on to the next stage (対象, と, a negated なる)
            "第一次試験結果",
            "令和8年度職員採用試験の第一次試験の結果、あなたは第二次試験の対象とはなりません"
            "でしたので通知します。",
            "rejection",
        ),
        (  # 対象者, compounded
            "選考結果",
            "書類選考の結果、あなたは面接試験の対象者となりませんでした。",
            "rejection",
        ),
        (  # outside the class, told as done
            "選考結果の通知",
            "書類審査の結果、貴殿は面接の対象外となりましたので通知します。",
            "rejection",
        ),
        (  # a class of no stage: a rule, no result
            "面接のご案内",
            "一次面接を下記のとおり行います。\n日時：3月4日 10:00\n場所：本社\nなお、宿泊費は"
            "支給の対象とはなりません。",
            "interview_invite",
        ),
        (  # a class of no stage in an event's notice
            "説明会のご案内",
            "本説明会は2028年卒業予定の方が対象です。既卒の方は対象となりませんのでご了承ください。",
            "other",
        ),
    ],
)
def test_not_taken_on_to_the_stage(subject: str, body: str, label: str) -> None:
    assert _label(subject, body) == label


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (  # a staffing agency's workplace visit with its fields: the client's interview
            "職場見学のご連絡",
            "佐野様\n\nお世話になっております。派遣会社ミライワークの藤井です。\n"
            "ご紹介しているお仕事の職場見学が決まりました。\n日時：1月9日（金）13:30〜\n"
            "場所：株式会社カワセ 本社1階受付\n当日は13:20に受付前で待ち合わせましょう。\n\n藤井",
            "interview_invite",
        ),
        (  # the client's no after the visit: a rejection, no favour declined
            "職場見学の結果",
            "先日の職場見学の件ですが、派遣先企業にてご検討いただいた結果、今回は見送りとの"
            "ことでした。別のお仕事を探してまいります。",
            "rejection",
        ),
        (  # a factory tour for families: an event
            "工場見学のご案内",
            "親子で楽しめる工場見学を開催します。\n日時：8月3日 10:00\n場所：本社工場\n"
            "先着20組です。",
            "other",
        ),
        (  # a student's workplace visit programme: an event
            "職場見学会のご案内",
            "学生の皆さまを対象に職場見学会を開催します。\n日時：2月10日 14:00\n場所：本社",
            "other",
        ),
    ],
)
def test_a_workplace_visit(subject: str, body: str, label: str) -> None:
    assert _label(subject, body) == label
