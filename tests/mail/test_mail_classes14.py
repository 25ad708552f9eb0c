"""Error classes of round 3 of session 7 (mail), read as patterns: a casual startup rejection
(見送らせてください); a meeting with one's own career advisor; a posting closed before screening;
an agent's job recommendations after a result already told; a dated meeting called off; in
replies a question back to identify the candidate, an offer to talk the feedback over by call,
culture fit told as a wish for stability, an English relay on motivation, an agent relaying that
reasons are not disclosed, and comparison words used generally or denied. Sentences written for
these tests (none from the evaluation sets)."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice
from furikaeri.mail.reply import classify_reply

# (subject, body, label)
NOTICES = [
    # A casual rejection in a request form of 見送る.
    (
        "面談ありがとうございました",
        "河野さん\nこの間はありがとうございました！メンバーと相談して、いまはインフラに強い方を"
        "優先したいので、今回はご一緒するのを見送らせてください。またどこかで！",
        "rejection",
    ),
    (
        "先日のお話",
        "河野さん\n社内で話した結果、今回は見送らせてください。すみません🙏",
        "rejection",
    ),
    # An appointment still ahead called off is no result.
    (
        "日程について",
        "河野さん\n申し訳ないのですが、明日の面談は急用のため見送らせてください。別日をご相談させてください。",
        "other",
    ),
    (
        "ご連絡",
        "河野さん\n先方の担当者が体調を崩しておりまして、本日は見送らせてください。",
        "other",
    ),
    # A meeting with one's own career advisor is no selection interview.
    (
        "ご登録ありがとうございます",
        "河野様\n担当コンサルタントとの面談のご予約を承りました。\n日時：2月3日 19:00\n形式：電話",
        "other",
    ),
    (
        "登録面談のご案内",
        "河野様\nご登録後の登録面談について、下記よりご都合の良い日時をお選びください。",
        "other",
    ),
    # A company's own interview booked is an invitation all the same.
    (
        "面接のご案内",
        "河野様\n一次面接のご案内です。下記にてお越しください。\n日時：2月5日 13:00\n場所：本社4階",
        "interview_invite",
    ),
    # A posting closed with no selection held: nothing was judged.
    (
        "募集終了のお知らせ",
        "河野様\nご応募いただいた経理職ですが、組織再編のため募集を停止いたしました。"
        "選考は実施せず、このまま終了とさせていただきます。",
        "other",
    ),
    # Requirements checked before the screening, then 見送り: a rejection all the same.
    (
        "ご応募について",
        "河野様\n書類選考前に必須要件を確認いたしましたところ、今回は見送らせていただくこととなりました。",
        "rejection",
    ),
    # A posting closed after the selection: a rejection.
    (
        "選考結果",
        "河野様\n書類選考の結果、誠に残念ながら今回は採用を見送らせていただきます。",
        "rejection",
    ),
    # An agent's job recommendations after a result already told.
    (
        "求人のご紹介",
        "河野様\n先日ご連絡したトウカイ化学様の件は残念でしたが、河野様に合いそうな新着求人を"
        "お送りします。",
        "other",
    ),
    (
        "新しいご提案",
        "河野様\n前回のミナミ精機様は見送りとなりましたが、別の求人で面白いものが出てきました。",
        "other",
    ),
    # The result told now, with other jobs offered after it: a rejection.
    (
        "選考結果",
        "河野様\n本日ミナミ精機様より、一次面接は見送りとのご連絡がありました。別の求人もご紹介します。",
        "rejection",
    ),
    # One stage skipped is how the process runs, not a posting closed: an invitation.
    (
        "面接日程のご相談",
        "石井様\nご応募ありがとうございます。当院では書類選考は行わず、応募者全員と面接を"
        "行っております。\n6月10日(火)14時から、本院の会議室で面接させていただけますでしょうか。",
        "interview_invite",
    ),
    # A casual refusal whose line ends with an emoji, not 。: a sentence of its own, so the
    # maybe-later line after it does not join it.
    (
        "面談ありがとうございました！",
        "佐野さん\nこの前は楽しかったです、ありがとうございました！\nチームで相談したのですが、"
        "今回は見送らせてください🙇\nまた募集を再開したらご連絡するかもしれません。その時はぜひ！",
        "rejection",
    ),
]


@pytest.mark.parametrize(("subject", "body", "label"), NOTICES)
def test_notice_classes(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject, body=body).label == label


# (body, label, causes)
REPLIES = [
    # A question back to identify the candidate says nothing yet.
    (
        "ご連絡ありがとうございます。同姓同名の方が複数いらっしゃいますので、確認のため"
        "応募職種と面接日をお知らせいただけますか。",
        "other",
        [],
    ),
    (
        "同姓同名の方がいらっしゃいますので、念のため応募された職種をお知らせください。",
        "other",
        [],
    ),
    # An offer to talk the feedback over.
    (
        "お問い合わせありがとうございます。文章では伝わりにくいかと思いますので、オンラインで"
        "10分ほどお話しできればと存じます。ご都合のよい日時をお知らせください。",
        "other",
        [],
    ),
    (
        "Thanks for asking. Happy to set up a quick call to walk you through it.",
        "other",
        [],
    ),
    # Feedback with the same words: still feedback.
    (
        "面接では、ご説明が長く、結論が伝わりにくい場面がございました。",
        "feedback",
        ["communication"],
    ),
    # A wish for stability against a company that changes course: culture fit.
    (
        "面接で腰を据えて長く働きたいとおっしゃっていましたが、当社は方針が頻繁に変わるため、"
        "その環境では働きにくさを感じられるのではないかと考えました。",
        "feedback",
        ["culture_fit"],
    ),
    (
        "落ち着いた環境でじっくり働きたいとのお考えを伺い、変化の激しい当社ではやりづらさを感じられるのでは"
        "ないかと判断しました。",
        "feedback",
        ["culture_fit"],
    ),
    # English relay on motivation.
    (
        "Hi Ren, the insurer's comment: your reasons for joining were not convincing and could "
        "apply to any insurer.",
        "feedback",
        ["motivation"],
    ),
    # An agent relaying a refusal.
    (
        "先方に伺いましたが、個別の理由はお伝えしていないとのことで、コメントもいただけませんでした。",
        "declined",
        [],
    ),
    # Comparison words used generally or denied.
    (
        "業界の中で比較しても高いご経験をお持ちでした。ただ、必須としている英語での実務経験が"
        "不足しておりました。",
        "feedback",
        ["skills"],
    ),
    (
        "他の応募者と比べてというわけではなく、当社の求める営業経験が足りなかったためです。",
        "feedback",
        ["skills"],
    ),
    # Other people as the baseline the reader exceeds is praise; interest in the company's
    # business not conveyed is motivation.
    (
        "実務経験はほかの応募者よりも長く、説明も明快でした。ただ、当社の製品への関心があまり"
        "感じられませんでした。",
        "feedback",
        ["motivation"],
    ),
    # A concessive comparison in praise is no relative; with a word of less it is.
    (
        "人柄はほかの候補者と比べても印象的でした。ただ、必須の宅建資格をお持ちでなかった点がネックでした。",
        "feedback",
        ["skills"],
    ),
    (
        "ほかの候補者と比べても、実務の面でやや見劣りしました。",
        "feedback",
        ["relative"],
    ),
    # Disclosure not done, relayed in plain form: declined.
    (
        "採用担当の方に伺ったところ、理由の開示は行っていないとのお返事でした。",
        "declined",
        [],
    ),
    (
        "Hi Rin, the firm's note: your reasons for joining would apply to any consultancy.",
        "feedback",
        ["motivation"],
    ),
    # A real comparison is still relative.
    (
        "最終的に、他の候補者と比較して経験がより近い方に決まりました。",
        "feedback",
        ["relative"],
    ),
]


@pytest.mark.parametrize(("body", "label", "causes"), REPLIES)
def test_reply_classes(body: str, label: str, causes: list[str]) -> None:
    result = classify_reply(body)
    assert (result.label, sorted(result.causes)) == (label, sorted(causes))
