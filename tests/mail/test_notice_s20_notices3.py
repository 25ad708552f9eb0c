"""Session 20, notices round 3: a rejection told as background (an earlier notice recalled, in
the past, before an invitation or a corrected result), results of several candidates shared with
staff, and a company name that ends at a word boundary (Sudachi) before particles and clauses."""

import pytest

from furikaeri.mail.extract import company
from furikaeri.mail.notice.classifier import classify_notice


@pytest.mark.parametrize(
    ("body", "label"),
    [
        (  # an earlier rejection recalled with にもかかわらず, then an invitation
            "井上様\n\n以前、不採用のご連絡を差し上げたにもかかわらず、突然のご連絡失礼いたします。\n"
            "営業部で欠員が出たため、改めて面接の機会をいただけないでしょうか。\n"
            "ご都合のよい日時を2〜3候補ほどお知らせください。\n\n株式会社ハルタ商会 人事部",
            "interview_invite",
        ),
        (  # a concession in the past (いたしましたが), then slots to book
            "森様\n\n先月はお見送りのご連絡をいたしましたが、新しい店舗の立ち上げが決まりました。\n"
            "改めて面接をお願いしたく、下記の日程からご希望の日時をお選びください。\n"
            "候補：3月4日 10時、3月5日 15時\n\nベーカリー小麦堂 採用担当",
            "interview_invite",
        ),
        (  # a result mail sent by mistake; the pass is the news, the slots follow later
            "野田様\n\n先ほど誤って不採用のメールをお送りしてしまいました。大変申し訳ございません。\n"
            "野田様は書類選考を通過されております。\n面接の日時は追ってご連絡いたします。\n\n"
            "株式会社キタハマ工業 人事",
            "pass",
        ),
        (  # near-miss: an earlier rejection recalled, and this one rejects again
            "石川様\n\n以前ご応募いただいた際はお見送りとなりましたが、今回も慎重に検討いたしました。\n"
            "誠に申し訳ございませんが、今回も採用は見送らせていただきます。\n\n有限会社カワセ電機",
            "rejection",
        ),
        (  # near-miss: a rejection in a past concession with nothing after it but courtesy
            "村上様\n\n慎重に選考いたしました結果、ご期待に沿えない結果となりましたが、"
            "ご応募いただいたことに感謝申し上げます。\n今後のご活躍をお祈りいたします。\n\n"
            "株式会社ミサキ薬品 人事部",
            "rejection",
        ),
        (  # near-miss: a current rejection relayed by an agent (a telling of a clause)
            "Ken様\n\n一次面接のお時間をありがとうございました。\n"
            "先方からは、今回は別の方で最終面接に進まれるとのご連絡がありました。\n"
            "引き続きよろしくお願いいたします。",
            "rejection",
        ),
        (  # results of two candidates shared with an interviewer
            "小松さん\n\n先日は面接官をありがとうございました。\n結果を共有します。\n"
            "・西村様：見送り\n・東様：通過（二次面接へ）\n西村様には本日、見送りのご連絡をしています。\n\n"
            "人事 原",
            "other",
        ),
        (  # near-miss: the reader's own rejection, other candidates named only as a crowd
            "東 美穂 様\n\n他の候補者の方々と比較検討いたしました結果、"
            "誠に残念ながら今回は見送りとさせていただきます。\n\n株式会社ナカノ設計 人事部",
            "rejection",
        ),
    ],
)
def test_labels(body: str, label: str) -> None:
    assert classify_notice(subject="選考について", body=body).label == label


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "先日ご応募いただいた株式会社ヒガシ精密につきまして、結果が届きました。\n\n"
            "キャリアエージェント 佐藤",
            "株式会社ヒガシ精密",
        ),
        (
            "株式会社ミドリ運輸についてですが、一次面接は通過です。\n\nエージェント 森",
            "株式会社ミドリ運輸",
        ),
        ("株式会社アサギ物産から連絡がありました。\n\nエージェント 高橋", "株式会社アサギ物産"),
        (
            "先日面接を受けていただいたカナメ工業株式会社より結果が届きました。",
            "カナメ工業株式会社",
        ),
        ("株式会社ことも 採用担当です。面接のご案内です。", "株式会社ことも"),
        ("株式会社あけぼの建設の採用担当です。", "株式会社あけぼの建設"),
    ],
)
def test_company_ends_at_a_word(body: str, name: str) -> None:
    assert company(subject=None, body=body) == name


@pytest.mark.parametrize(
    "body",
    [
        "鈴木さん\n\n先週は製造二課の中途採用の面接官、ありがとうございました。\n引き続きお願いします。",
        "チームの皆さん\n\nお見送りの方には人事から連絡済みです。\n以上です。",
    ],
)
def test_no_company_from_a_sentence(body: str) -> None:
    assert company(subject=None, body=body) is None


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("お世話になっております。株式会社ウミネコ人事部です。", "株式会社ウミネコ"),
        ("こんにちは、株式会社ソヨカゼ採用担当です。", "株式会社ソヨカゼ"),
    ],
)
def test_company_without_its_department(body: str, name: str) -> None:
    assert company(subject=None, body=body) == name
