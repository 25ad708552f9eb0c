"""Session 22 (d): a notice forwarded twice or more, unwrapped to the innermost mail whatever the
markers (Gmail, Outlook, Apple Mail, a 「＞＞＞」 fence, `>` quotes); the company's words quoted by an
agent and read as relayed by grammar (「…」との + a noun of a message, と + a verb of hearing, a
verb of telling in the passive); a subject the body points to (「結果は件名のとおりです」) read as
the headline that decides."""

import pytest

from furikaeri.mail.forward import split_forward
from furikaeri.mail.notice.classifier import classify_notice
from furikaeri.mail.notice.clauses import _relayed
from furikaeri.mail.notice.rulebook import _notice_rules

_GMAIL = "---------- Forwarded message ---------"
_OUTLOOK = "-----Original Message-----"


def _gmail(sender: str, subject: str, body: str) -> str:
    return f"{_GMAIL}\nFrom: {sender}\nDate: 2026年4月8日(水) 9:30\nSubject: {subject}\n\n{body}"


def _outlook(sender: str, subject: str, body: str) -> str:
    return f"{_OUTLOOK}\nFrom: {sender}\nSubject: {subject}\n\n{body}"


_NO = "大橋様の最終面接につきまして、検討を重ねました結果、今回は採用を見送ることといたしました。"
_NEXT = "大橋様の一次面接の結果、ぜひ二次面接へお進みいただきたく存じます。ご都合のよい日をお知らせください。"
_INVITE = "ご推薦の大橋様につきまして、面接を下記日程で実施いたします。\n日時：5月12日（火）10:00〜\n会場：本社2階"
_OFFER = "大橋様の最終面接の結果、内定とさせていただきます。内定通知書は追って郵送いたします。"


def _twice_gmail(inner: str) -> tuple[str, str]:
    body = (
        "大橋様\n\nキャリアドア（仮）の担当、三宅です。社内の担当経由で届いた連絡を転送します。\n\n"
        + _gmail(
            "RA 桑原",
            "Fwd: 選考のご連絡（株式会社ひばり工務店）",
            "三宅さん\n先方からの回答です。ご本人へお伝えください。\n\n"
            + _gmail(
                "株式会社ひばり工務店 人事 今村", "選考のご連絡", f"桑原様\n\n{inner}\n\n今村"
            ),
        )
    )
    return "Fwd: Fwd: 選考のご連絡（株式会社ひばり工務店）", body


def _twice_outlook(inner: str) -> tuple[str, str]:
    body = (
        "建築学科4年 大橋さん\n\n学生支援課の堀です。ゼミの先生から届いたメールを転送します。\n\n"
        + _outlook(
            "野口 研究室",
            "Fw: 選考について（株式会社ひばり工務店）",
            "堀さん\n大橋さんの件です。本人に知らせてください。\n\n"
            + _outlook("株式会社ひばり工務店 人事", "選考について", f"野口先生\n\n{inner}"),
        )
    )
    return "Fw: Fw: 選考について（株式会社ひばり工務店）", body


def _fenced(inner: str) -> tuple[str, str]:
    body = (
        "大橋様\n\nお世話になっております。ワークリンク（仮）の担当、辻です。営業からの連絡を共有します。\n\n"
        "＞＞＞＞＞＞＞＞\n辻さん\n就業先の回答です。大橋様にお伝えください。 営業・宮本\n"
        f"＞＞＞＞＞＞＞＞\n宮本様\n{inner}\nひばり工務店（仮）総務 今村\n＜＜＜＜＜＜＜＜\n\n"
        "ほかにもご紹介できるお仕事がありますので、またご連絡いたします。"
    )
    return "FW: FW: 職場見学の結果（一般事務）", body


def _quoted_twice(inner: str) -> tuple[str, str]:
    quoted = "\n".join(f"> > {line}" for line in f"桑原様\n{inner}".split("\n"))
    body = (
        "大橋さん\n\n先方の回答をそのまま転送しますね。\n\n"
        f"> {_GMAIL}\n> From: RA 桑原\n> Subject: Fwd: 選考結果\n>\n> 先方からです。\n>\n"
        f"> > {_GMAIL}\n> > From: 株式会社ひばり工務店 人事\n> > Subject: 選考結果\n> >\n{quoted}"
    )
    return "Fwd: Fwd: 選考結果", body


def _apple_in_gmail(inner: str) -> tuple[str, str]:
    body = "大橋様\n\n担当の三宅です。担当RAから届いた連絡を転送いたします。\n\n" + _gmail(
        "RA 桑原",
        "Fwd: 選考結果",
        "三宅さん\n先方から届きました。\n\nBegin forwarded message:\n\n"
        "From: 株式会社ひばり工務店 人事\nSubject: 選考結果\n\n"
        f"桑原様\n{inner}",
    )
    return "Fwd: 選考結果", body


_WRAPS = [_twice_gmail, _twice_outlook, _fenced, _quoted_twice, _apple_in_gmail]


@pytest.mark.parametrize("wrap", _WRAPS)
@pytest.mark.parametrize(
    ("inner", "labels"),
    [
        (_NO, {"rejection"}),
        (_NEXT, {"pass", "interview_invite"}),
        (_INVITE, {"interview_invite"}),
        (_OFFER, {"offer"}),
        (
            "先日は会社説明会にご参加いただき、ありがとうございました。資料をお送りします。",
            {"other"},
        ),
    ],
)
def test_nested_forward_reads_the_innermost_mail(wrap, inner, labels) -> None:
    subject, body = wrap(inner)
    assert classify_notice(subject=subject, body=body).label in labels


def test_nested_forward_keeps_every_forwarders_words() -> None:
    subject, body = _twice_gmail(_NO)
    fwd = split_forward(subject=subject, body=body)
    assert fwd is not None
    assert fwd.style == "gmail"  # how the mail reached the reader
    assert fwd.subject == "選考のご連絡"
    assert fwd.from_ == "株式会社ひばり工務店 人事 今村"
    assert "三宅" in fwd.own_text and "先方からの回答" in fwd.own_text
    assert fwd.body.startswith("桑原様") and _GMAIL not in fwd.body


def test_fence_closing_line_returns_to_the_forwarder() -> None:
    subject, body = _fenced(_NO)
    fwd = split_forward(subject=subject, body=body)
    assert fwd is not None and fwd.style == "fence"
    assert "ほかにもご紹介できるお仕事" in fwd.own_text
    assert "ほかにもご紹介" not in fwd.body and "採用を見送る" in fwd.body


def test_fence_without_a_forward_is_no_forward() -> None:
    body = "新着情報\n＞＞＞＞＞＞\n春のキャンペーンのお知らせです。\n＜＜＜＜＜＜"
    assert split_forward(subject="お知らせ", body=body) is None


@pytest.mark.parametrize(
    ("sentence", "relayed"),
    [
        (
            "先方からは「今回は見送らせていただきたい」とのフィードバックをいただいております。",
            True,
        ),
        ("人事の方からは「今回は見送りたい」とのご回答でした。", True),
        ("「今回は他の方で進めたい」とのことでした。", True),
        ("「今回はご縁がなかった」とご連絡がありました。", True),
        ("「今回は採用を見送る」と人事部長から伺いました。", True),
        ("「今回は見送りたい」と聞いております。", True),
        ("「今回は別の方に決めた」とお返事がありました。", True),
        ("「今回は見合わせたい」とお電話がありました。", True),
        ("「今回は見送りたい」とおっしゃっていました。", True),
        ("「今回は見送りたい」と言われました。", True),
        ("先輩は「不採用になった時は悔しかった」と話してくれました。", False),
        ("人事担当者は「不採用にする理由の多くは準備不足です」と語っています。", False),
        ("「お見送り」という言葉に落ち込む必要はありません。", False),
        ("「見送り」と考えて、次に進みましょう。", False),
    ],
)
def test_relayed_quote_by_grammar(sentence, relayed) -> None:
    close = max(sentence.rfind("」"), sentence.rfind("』"))
    assert _relayed(sentence, close) is relayed


@pytest.mark.parametrize(
    ("body", "labels"),
    [
        (
            "小野様\n\nアドバイザーの北川です。\n企業様からは「ご経験は評価しているが、今回は別の方とのご縁を"
            "優先し、お見送りとしたい」とのフィードバックをいただいております。\n次の求人もご紹介します。",
            {"rejection"},
        ),
        (
            "小野様\n\n担当の北川です。\n先方の部長からは「最後まで悩んだが、今回は他の候補者に決めた」と"
            "伺っております。\nお力になれず申し訳ありません。",
            {"rejection"},
        ),
        (
            "小野様\n\n担当の北川です。\n企業様から「ぜひ最終面接でお会いしたい」とのご回答をいただきました。"
            "\n日程を調整しますね。",
            {"pass", "interview_invite"},
        ),
        (
            "会員のみなさま\n\n今月のコラムです。内定者のCさんは「書類で不合格が続いた時期は本当につらかった」"
            "と振り返ります。\n焦らず準備を続けましょう。",
            {"other"},
        ),
        (
            "いつもご覧いただきありがとうございます。\n人事のプロは「不採用の連絡を受けても、"
            "落ち込みすぎないことが大切」と話しています。",
            {"other"},
        ),
    ],
)
def test_company_words_relayed_by_an_agent(body, labels) -> None:
    assert classify_notice(subject="選考についてのご報告", body=body).label in labels


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (
            "Application Status: Unsuccessful – Operations Analyst (Osaka)",
            "高木 様\n\nご応募いただきありがとうございました。\n選考の詳細につきましては、件名のとおりです。",
            "rejection",
        ),
        (
            "Not selected | Customer Success Manager",
            "高木 様\n\nThank you for applying.\n結果は表題の通りでございます。",
            "rejection",
        ),
        (
            "Your application update – Declined",
            "高木 様\n\nご応募ありがとうございました。結果につきましては件名をご確認ください。",
            "rejection",
        ),
        (
            "【選考結果】不合格／総合職",
            "高木様\n\nこのたびはご応募ありがとうございました。結果は件名のとおりです。",
            "rejection",
        ),
        (
            "Application Status: Offer – Data Engineer",
            "高木 様\n\n詳細は件名のとおりです。条件通知書を添付いたします。",
            "offer",
        ),
        (
            "Application Status: In Review – Operations Analyst",
            "高木 様\n\nご応募ありがとうございます。選考の詳細につきましては、件名のとおりでございます。",
            "other",
        ),
        (
            "Application received – Operations Analyst",
            "高木 様\n\nご応募ありがとうございました。内容は件名のとおりです。",
            "other",
        ),
        (
            "【内定者懇親会】6月10日（水）18:00〜 本社",
            "高木様\n\n日時と会場は件名のとおりです。ご出欠をお知らせください。",
            "other",
        ),
        (
            "合格発表の日程について／冬季インターンシップ",
            "高木様\n\n発表日は件名に記載のとおりです。",
            "other",
        ),
        (
            "【応募受付】総合職",
            "高木様\n\nご応募を受け付けました。書類選考の結果は改めてご連絡いたします。",
            "other",
        ),
    ],
)
def test_subject_the_body_points_to_decides(subject, body, label) -> None:
    assert classify_notice(subject=subject, body=body).label == label


def test_relay_and_pointer_data() -> None:
    rules = _notice_rules()
    assert {"事", "回答", "フィードバック", "伺う", "聞く"} <= rules.relay.saying
    assert "話す" not in rules.relay.saying and "話す" in rules.relay.telling
    assert {"れる", "られる"} <= rules.relay.passive
    assert rules.to_subject.search("選考結果は件名のとおりです。")
    assert not rules.to_subject.search("件名に「選考結果」とご記入のうえご返信ください。")
    assert rules.status.headline_split.split("notselected–engineer") == ["notselected", "engineer"]


def test_a_forwarded_reply_is_not_unwrapped_to_the_mail_it_answers() -> None:
    company = (
        "森様\n\nご連絡ありがとうございます。下記の通り面接日程をご連絡いたします。\n"
        "日時：6月3日（水）13:00〜14:00\n場所：本社4階\n\n"
    )
    original = _outlook(
        "森 由紀",
        "面接日程について",
        "株式会社ひばり工務店 ご担当者様\n日程のご連絡をお待ちしております。",
    )
    body = "森さん\n\n企業からの返信を転送します。\n\n" + _gmail(
        "株式会社ひばり工務店 人事 今村", "RE: 面接日程について", company + original
    )
    fwd = split_forward(subject="Fwd: RE: 面接日程について", body=body)
    assert fwd is not None and fwd.subject == "RE: 面接日程について"
    assert fwd.from_ == "株式会社ひばり工務店 人事 今村"
    found = classify_notice(subject="Fwd: RE: 面接日程について", body=body)
    assert found.label == "interview_invite"


def test_inner_reply_markers_need_the_subject_chain() -> None:
    company = (
        "森様\n\n下記の通り、二次面接の日程をご連絡いたします。\n日時：6月9日（火）15:00〜\n\n"
    )
    original = _outlook(
        "森 由紀",
        "一次面接のお礼",
        "株式会社ひばり工務店 ご担当者様\n先日はありがとうございました。",
    )
    body = "森さん\n\n企業からのメールを転送します。\n\n" + _gmail(
        "株式会社ひばり工務店 人事 今村", "二次面接のご案内", company + original
    )
    fwd = split_forward(subject="Fwd: 二次面接のご案内", body=body)
    assert fwd is not None and fwd.subject == "二次面接のご案内"
    assert "二次面接の日程" in fwd.body
