"""Session 20, notices round 4: a condition quoted inside a verdict (「ご都合ですと難しいと判断し、
今回は見送り」), a place filled with a word of time between (「担当枠が先に埋まってしまい」) or by
another person (「別の方で決まってしまい」), English result words inside a Japanese sentence
(「unsuccessfulという判断」), and an offer extended to another finalist."""

import pytest

from furikaeri.mail.notice.classifier import classify_notice


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        # A condition inside the verdict: the decision after it is no longer conditioned.
        (
            "面接結果のご連絡",
            "小野さん\n面接ありがとうございました。\n当店ではランチ帯に毎日入れる方を探しておりまして、"
            "平日午後のみですと難しいと判断し、今回は見送りとさせていただきたく存じます。\n"
            "花かご食堂 店長",
            "rejection",
        ),
        (
            "選考結果について",
            "村上様\n社内で検討しましたが、週2日の勤務ですと難しいという結論になり、"
            "今回は採用を見送らせていただきます。\n株式会社ひまわり介護",
            "rejection",
        ),
        # The condition itself still states a rule: nothing decided.
        (
            "求人について",
            "ご質問ありがとうございます。週2日の勤務ですと採用は難しいと判断しております。"
            "週3日以上でご検討いただけますと幸いです。\nひまわり介護 採用担当",
            "other",
        ),
        (
            "募集要項",
            "期限を過ぎると選考の対象外となりますのでご注意ください。\n株式会社みなと",
            "other",
        ),
        # A place filled before the reader, with a word of time between, or by another person.
        (
            "講師のご応募について",
            "藤井さん\n教室長の森です。先日は面談ありがとうございました。\n"
            "今回は高校化学の担当枠が先に埋まってしまい、お願いすることができなくなりました。\n"
            "すみません。\n進学教室あおば",
            "rejection",
        ),
        (
            "ご応募の件",
            "中野様\nご応募いただきありがとうございました。\n"
            "大変申し訳ないのですが、ほかの方で先に決まってしまいまして、今回はご縁がありませんでした。",
            "rejection",
        ),
        (
            "短期アルバイト募集",
            "【冬期講習スタッフ募集】採用枠が埋まり次第締め切りますので、お早めにご応募ください。",
            "other",
        ),
        (
            "講習会のご案内",
            "説明会は各回20名です。枠が埋まり次第受付を終了いたします。\n株式会社みなと",
            "other",
        ),
        # An appointment's slot filled is a time taken, not the post.
        (
            "面接日程について",
            "岡田様\nご応募ありがとうございます。あいにく面接の枠が先に埋まってしまい、"
            "日程を再調整させてください。改めて候補日をお送りします。",
            "other",
        ),
        # English result words inside Japanese sentences, in a mail about a selection.
        (
            "選考結果",
            "三浦様\nRecruiterの佐藤です。一次面接の結果、今回はnot successfulという結果となりました。",
            "rejection",
        ),
        (
            "Application update",
            "Talent Acquisitionの林です。ご応募いただいたポジションですが、"
            "今回はdeclinedとさせていただきます。",
            "rejection",
        ),
        (
            "システムのお知らせ",
            "お支払いカードがdeclinedとなっていたため、有料プランの更新ができませんでした。",
            "other",
        ),
        (
            "選考のご案内",
            "本田様\n書類選考の結果について、unsuccessfulとなった場合はご連絡を差し上げておりません。"
            "通過された方には来週ご連絡いたします。",
            "other",
        ),
        # An offer extended to another finalist is the reader's rejection; to the reader, an offer.
        (
            "VP Engineering search",
            "Dear Mr. Ito,\nThank you for the conversations over the last month. The founders have "
            "decided to extend an offer to another finalist for the VP Engineering role.\n"
            "We are grateful for your time.\nBest, Ana",
            "rejection",
        ),
        (
            "Marketing Lead",
            "Hi Sora,\nWe have extended an offer to the other finalist, who has accepted.\n"
            "Thanks so much for your time.\nBen",
            "rejection",
        ),
        (
            "Offer - Data Analyst",
            "Hi Mei,\nWe'd love to extend an offer to you for the Data Analyst role. "
            "Your offer letter is attached.\nBest, Carla",
            "offer",
        ),
        (
            "Final round",
            "Hi Taro,\nYou've been selected for the final round. After the final round we will "
            "decide which finalist we extend an offer to.\nPlease send us your availability.",
            "pass",
        ),
    ],
)
def test_notice_s20_notices4(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label
