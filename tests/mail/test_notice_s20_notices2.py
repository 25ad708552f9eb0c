"""Session 20, notices round 2: a rejection said only under a condition of silence (「連絡が
なければ、不採用とお考えください」) in an application's receipt is no decision."""

import pytest

from furikaeri.mail.notice.classifier import classify_notice


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (
            "応募受付のお知らせ",
            "ご応募ありがとうございます。面接に進んでいただく方にのみご連絡します。\n"
            "10日を過ぎても連絡がなければ、誠に残念ながら不採用とお考えください。",
            "other",
        ),
        (
            "エントリーありがとうございます",
            "書類を拝見し、お会いしたい方にはお電話します。\n"
            "来週末までに電話がなかったら、今回はご縁がなかったということでご了承ください。",
            "other",
        ),
        (
            "【自動返信】応募を受け付けました",
            "選考通過者にのみ3週間以内にご連絡します。\n"
            "ご連絡がないときは、今回は見送りとさせていただいたものとご理解ください。",
            "other",
        ),
        (
            "【自動返信】応募を受け付けました",
            "書類が届かなければ、選考の対象外となりますのでご注意ください。",
            "other",
        ),
        # The decision itself, said with the same words: a rejection.
        (
            "選考結果のご連絡",
            "先日は面接にお越しいただきありがとうございました。\n"
            "検討の結果、今回はご縁がなかったものとご理解いただければ幸いです。",
            "rejection",
        ),
        (
            "選考結果のご連絡",
            "ご応募ありがとうございました。連絡が遅くなりすみません。"
            "残念ながら今回は不採用とさせていただきます。",
            "rejection",
        ),
        # A courtesy that nothing stands in the way conditions nothing.
        (
            "内定のご連絡",
            "選考の結果、山田様を採用することに決定いたしました。\n"
            "問題なければ、同封の内定承諾書を今月末までにご返送ください。",
            "offer",
        ),
    ],
)
def test_silence_conditions(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


@pytest.mark.parametrize(
    ("body", "label"),
    [
        (
            "田村様\n\nお世話になっております。担当の佐々木です。\n"
            "先方より一次面接の結果をいただきました。今回はお見送りとのことです。\n\n"
            "田村様のご希望に近い新着求人を、後日改めてお送りしますね。",
            "rejection",
        ),
        (
            "藤井様\n\n担当の後藤です。\n株式会社ミナト様の書類選考を通過されました！\n"
            "面接の候補日を3つほどお知らせください。\n"
            "あわせて、条件の近い新着求人も明日お送りします。",
            "pass",
        ),
        # A digest of new postings, sent now: no result of the reader's.
        (
            "山田様\n今週の新着求人をお届けします。\n・株式会社ミドリ 営業 月給25万円〜\n"
            "・株式会社アオイ 事務 月給22万円〜\n書類選考なし、面接1回で内定！\n配信停止はこちら",
            "other",
        ),
    ],
)
def test_postings_promised_later(body: str, label: str) -> None:
    assert classify_notice(subject=None, body=body).label == label


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (
            "Re: OB訪問について",
            "小野様\nご連絡ありがとうございます。\n今月は出張が続いており、今回はお受けすることが"
            "難しい状況です。\n来月の座談会をご案内しますので、よろしければご参加ください。",
            "other",
        ),
        (
            "学校新聞の取材の件",
            "新聞部 御中\n取材のお申し出ありがとうございます。\n"
            "社内で検討いたしましたが、今回はお断りさせていただくこととなりました。",
            "other",
        ),
        (
            "工場見学のお申し込みについて",
            "見学のお申し込みをいただきありがとうございました。\n"
            "改修工事中のため、誠に申し訳ございませんが今回はご希望にお応えいたしかねます。",
            "other",
        ),
        # A staffing agency's 職場見学 the reader has had is its interview: a rejection.
        (
            "ご連絡",
            "前田様\n先日は職場見学にお越しいただきありがとうございました。\n"
            "派遣先と調整しましたが、今回はご希望に沿えない形となりました。",
            "rejection",
        ),
        # A job applied for, refused in the same words: a rejection.
        (
            "ご応募について",
            "営業職にご応募いただきありがとうございました。\n"
            "検討の結果、今回は採用をお受けすることが難しい状況です。",
            "rejection",
        ),
    ],
)
def test_favour_declined(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (
            "先日の件",
            "中島さん\n先日はありがとうございました。\n"
            "専務とも相談しましたが、今回はご希望に応えられそうにありません。\n"
            "遠くから来ていただいたのに、すみません。",
            "rejection",
        ),
        (
            "面接の件",
            "先日はお越しいただきありがとうございました。\n"
            "店長とも話しましたが、ご期待に応えることはできそうにないです。ごめんなさい。",
            "rejection",
        ),
        (
            "ご応募の件",
            "アルバイトにご応募いただいた件ですが、ご希望に添うのは難しそうです。すみません。",
            "rejection",
        ),
        (
            "先日の件",
            "先日は来ていただきありがとうございました。家族とも話したのですが、"
            "ご希望を叶えてあげられそうにありません。ごめんなさい。",
            "rejection",
        ),
        # A wish met, or a term regretted after an offer accepted: no rejection.
        ("ご相談", "ご希望を叶えられるよう、勤務時間を調整いたします。", "other"),
        (
            "勤務条件について",
            "井上様\nご希望の土日休みについては、できる限りご希望に沿えるよう調整いたします。",
            "other",
        ),
        (
            "Re: 入社日について",
            "内定承諾ありがとうございます。入社日のご希望には応えられそうにありません。"
            "4月1日でお願いします。",
            "other",
        ),
    ],
)
def test_wish_unmet(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


@pytest.mark.parametrize(
    "body",
    [
        "山田様\nご連絡がなければ、予定どおり6月3日10時に二次面接を実施いたします。",
        "山田様\n特にご質問がなければ、当日は10時に受付までお越しください。面接は二次面接となります。",
    ],
)
def test_silence_before_an_invitation(body: str) -> None:
    # (Only rejection phrases are read under a condition of silence.)
    assert classify_notice(subject="Re: 日程", body=body).label == "interview_invite"


def test_warning_is_no_rejection() -> None:
    body = "山田様\n期日までに書類のご提出がなければ、内定は取り消しとなりますのでご注意ください。"
    assert classify_notice(subject="入社書類のご案内", body=body).label != "rejection"


_RELAYED = (
    "山田様\n\nお世話になっております。担当の佐々木です。\n"
    "先方より書類選考の結果をいただきました。今回は見送りとのことです。\n\n"
)


@pytest.mark.parametrize(
    "follow_up",
    [
        "引き続き、山田様に合う求人をご紹介しますね。",
        "条件の近い新着求人を3件ほどピックアップしましたので、ご確認ください。",
        "新着求人も随時お送りしますので、一緒に頑張りましょう。",
        "おすすめの求人をまたお送りします。",
    ],
)
def test_relayed_result_before_postings(follow_up: str) -> None:
    # (An agent's offer of other postings does not undo the result it relays.)
    assert classify_notice(subject=None, body=_RELAYED + follow_up).label == "rejection"


def test_column_in_a_digest_relays_no_result() -> None:
    body = (
        "山田様\nある企業の採用担当者いわく、最終面接で不合格との判断になるのは入社意欲が"
        "見えないときとのこと。\nあなたにおすすめの新着求人をお届けします。"
    )
    assert classify_notice(subject="【新着求人】おすすめ求人", body=body).label == "other"


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        (
            "卒業論文のアンケートについて",
            "佐藤様\n卒業論文のためのアンケートへのご協力依頼をいただきありがとうございます。\n"
            "社内で検討しましたが、今回はご協力いたしかねます。ご期待に沿えず申し訳ございません。",
        ),
        (
            "Re: 社員の方にお話を伺いたく",
            "佐藤様\n社員へのインタビューの件、あいにく今回はお受けすることができません。",
        ),
    ],
)
def test_more_favours_declined(subject: str, body: str) -> None:
    assert classify_notice(subject=subject, body=body).label == "other"
