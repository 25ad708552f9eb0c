"""Session 22 (c): advice offered by a career centre or an agent is no interview invitation, a
forwarded notice that ends the selection is read under the forwarder's invitation, and a reply's
subject (「RE: 書類選考通過…」) is the earlier mail's: the new text's rejection or offer decides."""

import pytest

from furikaeri.mail.notice.classifier import classify_notice
from furikaeri.mail.notice.clauses import _sentence_morphemes
from furikaeri.mail.notice.rulebook import _notice_rules

_FWD = "\n\n---------- Forwarded message ---------\nFrom: {frm}\n件名: {subj}\n\n"


def _forwarded(own: str, frm: str, subj: str, notice: str) -> str:
    return own + _FWD.format(frm=frm, subj=subj) + notice


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (  # a career centre: the company's rejection forwarded, a consultation offered with hours
            "Fw: 選考結果について（株式会社ハナミズキ）",
            _forwarded(
                "教育学部4年 小野さん\n\n就職支援室の坂井です。ハナミズキ社から結果が届いたので"
                "転送します。\n次に向けて、一度相談に来ませんか。受付は平日10時〜16時です。",
                "株式会社ハナミズキ 人事課 <hr@hanamizuki.example.jp>",
                "選考結果について",
                "〇〇大学 就職支援室 御中\n\n小野様の選考につき社内で検討を重ねましたが、"
                "今回はご期待に添いかねる結果となりました。",
            ),
            "rejection",
        ),
        (  # the forwarder's own meeting (面談しませんか, a time given) over a forwarded rejection
            "Fw: 面接結果",
            _forwarded(
                "川村さん\n\nキャリア支援課です。企業からの連絡を転送します。\n"
                "気持ちが落ち着いたら、支援課で面談しませんか。火曜の午後は空いています。",
                "株式会社ツツジ電工 採用担当",
                "面接結果",
                "川村様の一次面接につきまして、誠に残念ながら今回は採用を見合わせることと"
                "いたしました。",
            ),
            "rejection",
        ),
        (  # an agent relays an offer and offers to talk it over, hours given
            "FW: 内定のご連絡",
            _forwarded(
                "宮本様\n\nビズリーチの今井です。企業様からのご連絡を転送いたします。\n"
                "条件面で迷われることがあれば、ご相談にお越しください。本日18時以降は空いております。",
                "株式会社コブシ 人事部",
                "内定のご連絡",
                "宮本様\n\n最終面接の結果、宮本様を採用内定とさせていただきましたので"
                "ご連絡いたします。",
            ),
            "offer",
        ),
        (  # no result at all: a review of an interview offered by the career centre
            "面接振り返りのご案内",
            "西村さん\n\nキャリアセンターです。先週の一次面接の振り返りをしたいので、"
            "一度相談に来ませんか。窓口は平日9時半〜17時です。",
            "other",
        ),
        (  # practice offered (練習 し に 来る), an hour given
            "面接練習について",
            "西村さん\n\n就職課の野口です。来週の最終面接に向けて、面接の練習しに来てください。"
            "木曜の13時から空けておきます。",
            "other",
        ),
        # kept: the company's own interview, the agent relaying it, a bare forward
        (
            "株式会社カツラ 面談のご案内",
            "平田様\n\nマイナビエージェントの島田です。\n株式会社カツラ様の開発部長が、平田様と"
            "ぜひ面談したいとのことです。\n候補日：7月2日(水) 10:00 / 7月3日(木) 15:00",
            "interview_invite",
        ),
        (
            "Fw: 一次面接のご案内",
            _forwarded(
                "",
                "株式会社カツラ 採用担当",
                "一次面接のご案内",
                "平田様\n\n一次面接を下記のとおり実施いたします。\n日時：7月9日(水) 11:00\n"
                "場所：本社4階",
            ).lstrip(),
            "interview_invite",
        ),
        (  # the career centre adds a consultation offer over the company's invitation
            "Fw: 二次面接のご案内",
            _forwarded(
                "小池さん\n\nキャリアセンターです。二次面接の案内を転送します。\n"
                "不安があれば相談に来てください。窓口は9時から開いています。",
                "株式会社カツラ 人事部",
                "二次面接のご案内",
                "小池様\n\n二次面接を下記のとおり実施いたします。\n日時：7月15日(火) 14:00\n"
                "場所：本社4階 会議室",
            ),
            "interview_invite",
        ),
        (  # a company asks the reader to come to an interview: no advice
            "面接のご案内",
            "平田様\n\n株式会社カツラです。一度弊社に来ていただけませんか。面接は7月9日(水)11:00"
            "からを予定しております。",
            "interview_invite",
        ),
    ],
)
def test_advice_offered_and_the_forwarded_result(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


_QUOTED_PASS = (
    "\n\n-----Original Message-----\nFrom: 採用担当\nSubject: {subj}\n\n{name}様\n"
    "書類選考を通過されましたので、面接のご案内をいたします。ご都合の良い日時をお知らせください。"
)


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        (  # the new text: not successful after the second interview; time thanked for above it
            "RE: 【書類選考通過のお知らせ】営業企画（中途）",
            "岡田様\n\n株式会社サザンカの人事です。\n先日は二次面接にお時間をいただき、"
            "ありがとうございました。\n社内で協議いたしましたが、今回は岡田様のご期待に沿う結果"
            "とはなりませんでした。"
            + _QUOTED_PASS.format(subj="【書類選考通過のお知らせ】", name="岡田"),
            "rejection",
        ),
        (
            "Re: 【合格】一次選考結果",
            "岡田様\n\n二次選考の結果ですが、今回は見送りとなりました。お時間をいただいたのに"
            "申し訳ありません。\n\n> 岡田様\n> 一次選考の結果、合格となりました。",
            "rejection",
        ),
        (  # an offer in a reply under the invitation's subject
            "RE: 最終面接のご案内",
            "岡田様\n\n最終面接の結果、ぜひ入社していただきたく、内定のご連絡を差し上げます。"
            + _QUOTED_PASS.format(subj="最終面接のご案内", name="岡田"),
            "offer",
        ),
        (  # kept: the new text only confirms a booking
            "RE: 二次面接のご案内",
            "岡田様\n\nご返信ありがとうございます。それでは5月14日(水)15:00でお待ちしております。"
            + _QUOTED_PASS.format(subj="二次面接のご案内", name="岡田"),
            "interview_invite",
        ),
        (  # kept: 内定 in a reply, the new text congratulating and sending paperwork
            "Re: 内定のご連絡",
            "岡田様\n\nご返信ありがとうございます。改めまして、内定おめでとうございます。"
            "入社承諾書をお送りしますのでご確認ください。",
            "offer",
        ),
        (  # kept: the new text says nothing of a result; the subject is read
            "Re: 不採用のご連絡",
            "岡田様\n\nご丁寧なお返事をありがとうございます。岡田様の今後のご活躍をお祈りして"
            "おります。",
            "rejection",
        ),
    ],
)
def test_a_reply_subject_is_history(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


def test_counsel_words_are_sudachi_normalized_forms() -> None:
    counsel = _notice_rules().intake.counsel
    assert {"相談", "練習"} <= counsel
    for word in counsel:
        assert [m[3] for m in _sentence_morphemes(word)] == [word]
