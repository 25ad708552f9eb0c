"""Session 22 (f): casual senders' notices. A stage result said as OK by the round's rank alone
(「二次OKでした！」) or after a day past (「昨日の面接、OKです」), a round got through by its rank
(「一次通ってます」), the next step told as talking to someone in any form of もらう
(「次は店長と少し話してもらう形です」); a talk asked as a question with a day's part
(「一度お話しできますか？ 土曜の午後…」); another person introduced or placed by a staffing
agency (「今回は別の方のご紹介となりました」「別のスタッフさんが就業されることに」)."""

import pytest

from furikaeri.mail.notice.classifier import classify_notice


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        # --- a stage result said as OK by the round's rank alone, or after a day past
        (
            "",
            "吉川さん\nお疲れさまです、ラーメン太郎の店長です。\n二次OKでした！👏\n"
            "最後は社長とちょっとだけ話してもらう流れです。日にちは調整してまた送ります。",
            "pass",
        ),
        (
            "面接のお礼",
            "大野さん\n昨日の面接、OKです！🙌\n来週あたりに本部の人とも話してもらう予定です。",
            "pass",
        ),
        ("", "永井さん\n最終もOKでした！おめでとうございます🎉", "pass"),
        (
            "",
            "菅原さん\n一次通ってますよ〜！次は現場のリーダーと軽く話してもらいますね。",
            "pass",
        ),
        (  # the mirror: a rank's NG stays a rejection
            "",
            "杉本さん\nごめんなさい、一次はNGでした…🙏 また別の募集で声かけますね。",
            "rejection",
        ),
        (  # a document received and checked OK: no stage's result
            "",
            "野村さん\n写真付きの履歴書、届きました！中身もOKです。\n面接日はこちらから連絡します。",
            "other",
        ),
        (  # a final check OK: 最終 not a round here
            "",
            "本田さん\n契約書の最終確認OKです。あとはこちらで進めておきます。",
            "other",
        ),
        ("", "石田さん\n三次面接もOKでした〜！最後は役員との顔合わせです。", "pass"),
        ("", "遠藤さん\n二次突破です👏\n工場長の都合がわかったらまた連絡します。", "pass"),
        (  # OK asked, not told
            "",
            "柴田さん\n一次OKですか？と聞かれたのですが、まだ結果は届いていません。",
            "other",
        ),
        (
            "",
            "松下さん\nおつかれさまです！一次はOKになりました〜 次は社長とお話ししてもらいます。",
            "pass",
        ),
        (  # papers named by a compound: documents checked, no 書類 stage
            "",
            "前川さん\n入社書類、全部OKです！あとはこちらで手続きしておきます。",
            "other",
        ),
        # --- the next step told as talking to someone, in any form of もらう
        (
            "",
            "片山さん\n昨日はお疲れさまでした！次は代表と20分ほど話してもらえればと思います。",
            "pass",
        ),
        (
            "面接ありがとうございました",
            "山下さん\n先日はありがとうございました。\n次は店長と少し話してもらう形になります。"
            "店長の予定が決まったら連絡します。",
            "pass",
        ),
        # --- a talk asked as a question, with a day's part of the day
        (
            "",
            "ご応募ありがとうございます！雑貨屋ひだまりの店長です。\n"
            "一度お店でお話しできますか？ 金曜か日曜の17時ごろだと助かります。\n"
            "都合のいい方を教えてください。",
            "interview_invite",
        ),
        (
            "",
            "内田さん\n応募ありがとうございます😊 動物病院の受付の件です。\n"
            "一度お話しできませんか？ 来週の水曜、午後なら時間が取れます。",
            "interview_invite",
        ),
        (
            "ご応募の件",
            "荒木様\n\nご応募ありがとうございます。学童クラブの森下です。\n"
            "一度こちらにいらしていただけますか。今週の土曜、午前中でしたら私がおります。",
            "interview_invite",
        ),
        (
            "",
            "ご応募ありがとう！陶芸工房の西田です。\n一度工房を見に来て、そのときにお話ししましょう。"
            "来週の日曜、10時ごろどうですか？",
            "interview_invite",
        ),
        (
            "",
            "北川さん\n求人へのご応募ありがとうございます。\n事務所で一度お会いできますか？"
            " 火曜の午後なら空いています。",
            "interview_invite",
        ),
        (  # the same words with no application named: a teacher to a student, no interview
            "",
            "北川さん\nレポートの件、研究室で一度お会いできますか？ 火曜の午後なら空いています。",
            "other",
        ),
        (  # a friend's plans: no application named
            "",
            "ゆかへ\n今度の土日どちらか、お昼からどう？ みんなでお話ししましょう！",
            "other",
        ),
        (  # a shop's event for its customers: no applicant, no talk asked
            "ワークショップのお知らせ",
            "いつもありがとうございます！\n来週の日曜、午後から店内で小さなワークショップをやります。"
            "ぜひお気軽に来てくださいね。",
            "other",
        ),
        (  # a casual briefing session with days to choose: an event, no interview
            "説明会のお知らせ",
            "エントリーしてくれた皆さんへ\n倉庫スタッフの説明会を月曜か水曜の18時から事務所でやります。"
            "来られる方を教えてください。",
            "other",
        ),
        # --- another person introduced or placed by a staffing agency
        (
            "お仕事の結果について",
            "今村様\n\nいつもありがとうございます。担当の須藤です。\n"
            "ご応募いただいた検品のお仕事ですが、先方のご判断により、今回は別の方のご紹介と"
            "なりました。\nまたご希望に合うお仕事をお探しします。",
            "rejection",
        ),
        (
            "",
            "小松さん\nお疲れさまです、コーディネーターの浅野です。\n"
            "例の受付のお仕事、先方に確認したところ他のスタッフさんが就業されることになりました。"
            "すみません！",
            "rejection",
        ),
        (
            "",
            "工藤さん\nエントリーいただいた販売のお仕事ですが、今回は別のスタッフさんの"
            "ご推薦で決まりました💦 次の案件も探してみますね。",
            "rejection",
        ),
        (
            "",
            "河合さん\n製造補助のお仕事ですが、先方がほかのスタッフさんを選ばれたとのことです。"
            "また探しますね。",
            "rejection",
        ),
        (  # another staff member sent to the reader's own workplace: no one chosen instead
            "",
            "関さん\n来月から別のスタッフさんを派遣することになりました。引き継ぎをお願いします。",
            "other",
        ),
        (
            "",
            "神田さん\n例の事務のお仕事、今回は他の派遣会社さんのスタッフに決まったそうです…",
            "rejection",
        ),
        (  # a subsidy refused: a dealing, no job (the dealt noun modifies no job)
            "審査結果のお知らせ",
            "受講費用の補助について審査いたしましたが、今回は補助を見送らせていただきます。",
            "other",
        ),
        (
            "",
            "大橋さん\nごめんなさい、例のスーパーの件はほかの方が入ることになりました🙏",
            "rejection",
        ),
        (  # another staff member joining the reader's workplace: no one placed instead
            "",
            "野口さん\n来月から同じ売り場に別の方も入る予定です。よろしくお願いしますね。",
            "other",
        ),
        (  # a new job introduced to the reader: no one placed instead
            "お仕事のご紹介",
            "大塚さん\n担当の平井です。ご希望に近いお仕事が出たのでご紹介させてください！\n"
            "・一般事務（週3日〜）\n気になったら返信くださいね。",
            "other",
        ),
        (  # a friend-referral campaign: an introduction asked, none decided
            "お友だち紹介キャンペーン",
            "いつもご利用ありがとうございます。\nお仕事を探しているほかの方にもぜひご紹介ください。"
            "紹介した方とされた方に特典があります。",
            "other",
        ),
        (  # the reader's coordinator changed: a person named, no one placed
            "担当者変更のご案内",
            "森様\n\n来月より、森様のご担当は別のスタッフの高田が務めることになりました。\n"
            "引き続きよろしくお願いいたします。",
            "other",
        ),
        (  # other staff at the workplace described: no decision
            "",
            "坂田さん\nご紹介した工場は、ほかのスタッフさんが就業中の現場で雰囲気もいいですよ。"
            "見学はいつにしましょうか？",
            "other",
        ),
    ],
)
def test_casual_notices(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject or None, body=body).label == label


@pytest.mark.parametrize(
    "body",
    [
        "堀さん\n3月4日14時で一次面接OKとのことです。当日はよろしくお願いします。",
        "菊地さん\n一次面接の日程、先方からOKが出ました。",
        "明日の面接OKです！気をつけて来てくださいね。",
    ],
)
def test_slot_approved_is_no_pass(body: str) -> None:
    """OK said of a slot (a day or a time before it, or 日程) approves the booking, no result."""
    assert classify_notice(subject=None, body=body).label != "pass"
