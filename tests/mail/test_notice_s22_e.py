"""Rejections written casually by owners who use no HR template: a condition closed by its own
judgement of need or difficulty before the refusal (「今の体制だと経験者が必要で、今回は見送らせて
ください」), the post settled on another person with a casual auxiliary (「紹介の人に決まっちゃって」),
another kind of person taken (「経験者を取ることにしました」), the places told as a count (「その2名が
もう決まってしまいました」), the need met (「人手が足りたので」); and the casual mails that must not
read as one (a reschedule, a trial shift, the reader hired, a relative's news)."""

import pytest

from furikaeri.mail.notice.classifier import classify_notice


@pytest.mark.parametrize(
    ("subject", "body", "label"),
    [
        # A condition closed by its own consequence (a need, a difficulty) at a comma: the
        # refusal after the comma is the decision.
        (
            "",
            "山本さん\n先日はありがとうございました。\n"
            "いまの開発体制だとどうしてもバックエンドに強い人が先に必要で、今回は見送らせてください。\n"
            "熱意は十分伝わりました。来年あたりまたご縁があればぜひ。",
            "rejection",
        ),
        (
            "応募の件",
            "小林さん\n社内で相談したところ、夜勤に入れないとやっぱり厳しいという話になりまして、"
            "今回は見送りとさせてください。\n夜勤ができるようになったらまた声をかけてください。",
            "rejection",
        ),
        (
            "",
            "先日は面談ありがとうございました。今の規模だと採用は難しく、今回は見送らせてください。",
            "rejection",
        ),
        # A consequence that goes on without a comma still conditions: a rule, no decision.
        (
            "応募受付",
            "応募ありがとうございます。期限を過ぎると選考が難しくなり不採用となります。"
            "書類は今月末までにお送りください。",
            "other",
        ),
        # The post settled on another person, told with ちゃう or てしまう.
        (
            "先日の件",
            "森さん\n倉庫のバイトの件なんですが、あのあと前から知ってる人に決まっちゃいまして。\n"
            "連絡が遅くなってすみません。",
            "rejection",
        ),
        (
            "",
            "池田さん\n面接ありがとうございました。申し訳ないのですが、前から応募してくれていた方に"
            "決まってしまいました。",
            "rejection",
        ),
        # Another kind of person taken (取る / 採る after the person as its object).
        (
            "",
            "藤田くん\nわざわざ来てくれてありがとう。会社で話して、今回は現場経験のある経験者を"
            "取ることにしました。ごめんね。",
            "rejection",
        ),
        (
            "",
            "後藤さん\n面談ありがとうございました。今回は資格を持っている経験者をとることにしました。"
            "すみません。",
            "rejection",
        ),
        # The places told as a count.
        (
            "選考について",
            "村上さん\n先日は面接ありがとうございました。今年の採用枠は2名だったのですが、"
            "その2名がもう決まってしまいました。本当に残念です。",
            "rejection",
        ),
        # The need met, the particle dropped, a line ending with an emoji.
        (
            "",
            "遠藤さん！居酒屋まるの店長です\nバイトの件やけど、ごめん、もう人足りたから今回は大丈夫になったわ🙏\n"
            "また募集するときは声かけるね",
            "rejection",
        ),
        (
            "",
            "青山さん\n面接ありがとね。悪いんだけど、人手が足りたから今回はなしで。ごめんね。",
            "rejection",
        ),
        # Casual mails that are no rejection.
        (
            "",
            "原田さん\nすみません、こちらの都合で来週の面接は見送らせてください。日程はまた連絡します。",
            "other",
        ),
        (
            "",
            "吉田さん\n先日はありがとうございました。うちの息子も春から就職が決まっちゃいまして、"
            "バタバタしてます。面接の結果は来週中にお知らせしますね。",
            "other",
        ),
        (
            "",
            "野口さん\n採用枠は1名なんだけど、その1名に野口さんに来てもらうことに決まりました！"
            "おめでとう。",
            "offer",
        ),
        (
            "",
            "宮本さん\n書類ありがとうございました。社内で話して、面接に来ていただくことにしました。"
            "来週火曜の14時はいかがでしょう？",
            "interview_invite",
        ),
    ],
)
def test_casual_owner_rejections(subject: str, body: str, label: str) -> None:
    assert classify_notice(subject=subject or None, body=body).label == label


@pytest.mark.parametrize(
    "body",
    [
        # Negated, the need is the opposite.
        "桜井さん\nお疲れ様です。店長の上野です。人が足りなくて困ってるので、よかったら明日から"
        "来てもらえますか？",
        # A trial shift confirmed.
        "中島さん\n面接ありがとう！さっそくだけど、来週の土曜に試しに一日シフト入ってみてもらえる？"
        "10時に店に来てね。",
        # What was settled on a person is the topic (an interviewer), not the post.
        "面接ありがとう。二次の担当は社長じゃなくて現場の人に決まっちゃいました、緊張しないでね。"
        "二次面接は12日の15時です。",
        # A part of the places filled, the rest still open.
        "パートの件、3名の枠のうち2名が決まってしまいましたが、残りの1名はまだ選考中です。"
        "結果は来週お知らせします。",
        # A condition whose consequence goes on to the refusal, told as a rule.
        "応募ありがとうございます。この仕事は普通免許がないと難しく、その場合は見送りとなります。",
        # An appointment called off for now, not the reader.
        "小川さん\nお疲れ様です。急な出張が入ってしまい、明日の面談は見送らせてください。"
        "改めて候補日を送ります。",
    ],
)
def test_casual_mails_no_rejection(body: str) -> None:
    assert classify_notice(subject=None, body=body).label != "rejection"
