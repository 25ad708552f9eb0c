"""Whose selection a notice tells and how it is written: a scholarship's, an exam's or a
tenancy's result beside a public employer's own; a staffing agency's mail with its kana in
half-width katakana among kanji; a shop manager's casual invitation; an interview booked after
the reader agreed to come. Sentences written for these tests."""

from __future__ import annotations

import unicodedata

import pytest
from mail_support import notice_label

from furikaeri.mail.notice import classify_notice
from furikaeri.mail.notice.kana import _hiragana, _katakana, _katakana_words

NOT_EMPLOYMENT = [
    # a foundation selects scholars, with a hiring's words (書類選考, 面接, 採用枠)
    (
        "奨学生選考結果について",
        "このたびは当会の貸与奨学金にご応募いただきありがとうございました。\n"
        "書類選考および面接の結果、残念ながら不採用となりました。\n"
        "今年度の採用枠は例年より少なく、多くの方のご期待に沿えませんでした。",
    ),
    (
        "選考のご報告",
        "本財団の海外留学奨学生選考につきまして、慎重に審査いたしました。\n"
        "誠に残念ながら、今回は採用を見送らせていただくこととなりました。",
    ),
    (
        "奨学生の募集について",
        "本会奨学生の募集にご応募いただきありがとうございました。\n"
        "選考の結果、貴殿を奨学生として採用することはできませんでした。",
    ),
    # an exam's score, no job words at all
    (
        "試験結果のお知らせ",
        "受験番号：A-1182\n判定：不合格\n得点：55点（合格基準：60点）\n"
        "次回の試験は3月9日（日）に実施します。",
    ),
    ("試験結果通知", "受験番号：0415\n判定：合格\n合格証は後日郵送いたします。"),
    # a tenancy screened by a real-estate agent, the reader's employer named as income
    (
        "お申込み物件の審査結果",
        "お申込みいただいたお部屋の審査ですが、今回は貸主様のご判断でお見送りとなりました。\n"
        "ご就職先の在籍確認が取れなかったためとのことです。申し訳ございません。",
    ),
    (
        "入居審査のご連絡",
        "お申込みの物件、入居審査が無事に通りました。\n"
        "内定先の会社様への確認も問題ありませんでした。契約日のご都合をお知らせください。",
    ),
]


@pytest.mark.parametrize(("subject", "body"), NOT_EMPLOYMENT)
def test_a_selection_that_is_not_employment(subject: str, body: str) -> None:
    assert notice_label(subject, body) == "other"


PUBLIC_EMPLOYERS = [
    (
        "職員採用試験の結果",
        "受験番号：2207\n令和7年度○○市職員採用試験（保健師）第2次試験の結果、不合格となりました。",
        "rejection",
    ),
    (
        "会計年度任用職員の選考結果",
        "○○村会計年度任用職員（図書館司書補）にご応募いただきありがとうございました。\n"
        "面接の結果、今回は不採用となりましたのでお知らせします。",
        "rejection",
    ),
    # a foundation hiring its own staff, in the same words a scholarship uses
    (
        "事務局職員の選考結果",
        "当財団の事務局職員の募集にご応募いただきありがとうございました。\n"
        "書類選考および面接の結果、限られた採用枠のため、今回は不採用とさせていただきます。",
        "rejection",
    ),
    (
        "第1次試験の結果",
        "受験者各位\n○○県職員採用試験（行政）第1次試験の結果をお知らせします。\n"
        "受験番号：5110\n判定：合格\n第2次試験（面接）は6月20日に行います。",
        "pass",
    ),
]


@pytest.mark.parametrize(("subject", "body", "label"), PUBLIC_EMPLOYERS)
def test_a_public_employers_result_stays(subject: str, body: str, label: str) -> None:
    assert notice_label(subject, body) == label


HALFWIDTH_AMONG_KANJI = [
    # a staffing agency's system writes every kana in half-width katakana, kanji as kanji
    (
        "ｺﾞ応募ﾉ結果",
        "ｺﾞ応募ｲﾀﾀﾞｲﾀ検品作業ﾆﾂｷﾏｼﾃ､今回ﾊ選考ﾉ結果ｺﾞ紹介ﾃﾞｷﾏｾﾝﾃﾞｼﾀ｡",
        "rejection",
    ),
    (
        "選考結果ﾉｺﾞ連絡",
        "ｴﾝﾄﾘｰｲﾀﾀﾞｷ誠ﾆｱﾘｶﾞﾄｳｺﾞｻﾞｲﾏｼﾀ｡\n慎重ﾆ検討ｼﾀ結果､今回ﾊ採用ｦ見送ﾗｾﾃｲﾀﾀﾞｷﾏｽ｡",
        "rejection",
    ),
    (
        "ｵ仕事ﾉｺﾞ紹介ﾆﾂｲﾃ",
        "先日ｺﾞ応募ｲﾀﾀﾞｲﾀｺｰﾙｾﾝﾀｰ業務ﾃﾞｽｶﾞ､企業様ﾄﾉ調整ﾉ結果､今回ﾊｵ仕事ｦｺﾞ紹介ｽﾙｺﾄｶﾞﾃﾞｷﾏｾﾝﾃﾞｼﾀ｡",
        "rejection",
    ),
    (
        "書類選考ﾉ結果",
        "書類選考ﾉ結果､次ﾉ選考ﾍｵ進ﾐｲﾀﾀﾞｸｺﾄﾆﾅﾘﾏｼﾀ｡日程ﾊ改ﾒﾃｺﾞ連絡ｼﾏｽ｡",
        "pass",
    ),
    # the same system's other mail stays other
    ("ｼﾌﾄ提出ﾉｵ願ｲ", "来月ﾉｼﾌﾄ希望ｦ20日ﾏﾃﾞﾆﾏｲﾍﾟｰｼﾞｶﾗ提出ｼﾃｸﾀﾞｻｲ｡", "other"),
    ("ｺﾞ登録ｱﾘｶﾞﾄｳｺﾞｻﾞｲﾏｽ", "ｱﾙﾊﾞｲﾄ･派遣ｽﾀｯﾌﾉ新着求人ｶﾞ5件ｱﾘﾏｽ｡ﾏｲﾍﾟｰｼﾞｶﾗｺﾞ確認ｸﾀﾞｻｲ｡", "other"),
]


@pytest.mark.parametrize(("subject", "body", "label"), HALFWIDTH_AMONG_KANJI)
def test_halfwidth_kana_among_kanji_read_as_kana(subject: str, body: str, label: str) -> None:
    result = classify_notice(subject=subject, body=body)
    assert result.label == label
    # the evidence is the mail's own words, half-width as written
    assert all(phrase in f"{subject}\n{body}" for phrase in result.evidence)


@pytest.mark.parametrize(
    ("before", "run", "after", "words"),
    [
        ("ご応募", "ｲﾀﾀﾞｲﾀﾋﾟｯｷﾝｸﾞ", "作業", ["ピッキング"]),  # a word inside a run of endings
        ("", "ｱﾙﾊﾞｲﾄﾉ", "面接", ["アルバイト"]),  # not ある・ばい・と
        ("", "ｴﾝﾄﾘｰｱﾘｶﾞﾄｳｺﾞｻﾞｲﾏｼﾀ", "｡", ["エントリー"]),  # not あり・ガトウ
        ("日時は10月3日", "ﾃﾞｽ", "｡", []),  # 「10日デス」 reads no better than 「10日です」
    ],
)
def test_katakana_words_in_a_halfwidth_run(
    before: str, run: str, after: str, words: list[str]
) -> None:
    kana = _hiragana(unicodedata.normalize("NFKC", run))
    spans = _katakana_words(kana, before, after)
    assert [_katakana(kana[i:j]) for i, j in spans] == words


CASUAL_INVITES = [
    "面接なんだけど、しあさっての土曜11時にお店まで来れる？エプロンはいらないよ。",
    "面接の件、来週の水曜14時にうちの事務所まで来てもらえるかな？場所は駅の北口です。",
    "面接しようと思うんだけど、月曜か火曜の夕方5時以降って空いてる？",
    "応募ありがとう。明後日の10時に一回お店に来てくれる？少し話そう。",
]


@pytest.mark.parametrize("body", CASUAL_INVITES)
def test_a_shop_managers_casual_invitation(body: str) -> None:
    assert notice_label("", f"{body}\nカフェ小町 店長") == "interview_invite"


NOT_CASUAL_INVITES = [
    # a shift asked of staff: no application, no interview
    ("", "お疲れさま！来週の金曜、15時から来れるかな？急に人が足りなくなって。", "other"),
    # a refusal after the interview, casually
    ("", "面接来てくれてありがとね。ごめん、今回は別の人にお願いすることになったよ。", "rejection"),
    # the result promised, no meeting asked
    ("", "面接おつかれさま。結果は来週の月曜10時ごろ電話するね。", "other"),
]


@pytest.mark.parametrize(("subject", "body", "label"), NOT_CASUAL_INVITES)
def test_casual_words_that_invite_to_nothing(subject: str, body: str, label: str) -> None:
    assert notice_label(subject, body) == label


AGREED_TO_ATTEND = [
    # the reader agreed to come; the mail books the interview
    (
        "最終面接の日程確定について",
        "このたびは最終面接へのご参加をご快諾いただき、心より御礼申し上げます。\n"
        "日程が確定いたしましたのでご案内いたします。\n日時：4月8日（火）11:00〜\n場所：本社5階",
    ),
    (
        "二次面接のご案内",
        "二次面接へのご出席をご承諾いただき、ありがとうございます。\n"
        "当日の詳細は以下のとおりです。\n日時：6月2日（月）15:00〜\n場所：大阪支店",
    ),
    (
        "【確定】役員面接",
        "役員面接への参加のご承諾、ありがとうございました。\n"
        "下記で確定しましたのでお知らせします。\n日時：7月1日（火）10:30〜\n形式：対面",
    ),
    (
        "最終選考のご案内",
        "最終選考へのご参加のご意思をお知らせいただき、誠にありがとうございます。\n"
        "最終選考は下記のとおり実施いたします。\n日時：2月12日（水）13:00〜\n会場：本社",
    ),
]


@pytest.mark.parametrize(("subject", "body"), AGREED_TO_ATTEND)
def test_an_interview_booked_after_the_reader_agreed(subject: str, body: str) -> None:
    assert notice_label(subject, body) == "interview_invite"


TOLD_A_STEP = [
    # the news itself: a pass, an offer accepted, an interview held
    (
        "一次面接の結果",
        "一次面接の結果、最終面接へのご参加をお願いしたく、ご連絡いたしました。",
        "pass",
    ),
    (
        "選考結果のお知らせ",
        "二次面接の結果、最終面接へお進みいただくことになりました。日程は追ってご連絡します。",
        "pass",
    ),
    (
        "入社承諾書の受領",
        "内定のご承諾をいただき、ありがとうございます。入社承諾書を受領いたしました。",
        "other",
    ),
    (
        "本日のお礼",
        "本日は最終面接にご参加いただき、ありがとうございました。結果は1週間以内にご連絡します。",
        "other",
    ),
]


@pytest.mark.parametrize(("subject", "body", "label"), TOLD_A_STEP)
def test_a_step_told_stays(subject: str, body: str, label: str) -> None:
    assert notice_label(subject, body) == label
