"""The place taken by someone else, told plainly by a small employer: the subject elided
(「もう決まってしまいました。ごめんなさい」), someone else settled on with a dialect ending after the
verb, another person taken on in plain words (採る, 雇う, 来てくれる), a person described joining
the work instead (「親戚の子が入ることになった」), a quota reached by earlier applicants; and the
mails that must not read as one (a date settled, a shift to be settled, a question, a choice
only begun, a staff notice, a quota supposed)."""

import pytest

from furikaeri.mail.notice.classifier import classify_notice


@pytest.mark.parametrize(
    ("subject", "body"),
    [
        # The subject elided, told as a regrettable completion, with an apology.
        (
            "ご応募について",
            "ご応募ありがとうございました。\n清掃スタッフの件ですが、実は先週埋まってしまいました。\n"
            "申し訳ありません。\n\nビルメンテ東和",
        ),
        ("", "応募の件、ほんまにすんません、もう決まってしもたんです。\nたこ焼き はなまる"),
        ("バイトの件", "応募してくれたのにごめんね〜、もう見つかっちゃったんだ。\n古着屋 ジャンク"),
        # Someone else settled on, a dialect ending after the verb (a salutation beside it).
        (
            "こないだはありがとう",
            "川口くん\nこないだは面接ありがとう！\n悪いけど、今回は他の子に決まったけえ。\n"
            "また店に顔出してな。\n\n焼鳥 とりいち",
        ),
        ("", "田中さん\n応募ありがとう。今回はほかの方に決まったさかい、堪忍な。\n\n割烹 たけむら"),
        # Another person taken on in plain words.
        ("応募の件", "応募おおきに。結局、経験ある別の人を雇いました。すまんな。\n\n森田板金"),
        (
            "",
            "ご応募の件、ありがとうございました。\nもう他の方が来てくれることになりまして、"
            "申し訳ないです。\n\n喫茶 こもれび",
        ),
        # A person described joins the work instead, in a mail that apologises about the work.
        (
            "仕事の件",
            "電話ありがとう。\n畑の仕事の件やけど、隣町の若いのが手伝うことになったけん、ごめんね。\n\n"
            "石田ファーム",
        ),
        (
            "ご応募ありがとうございました",
            "応募してくださってありがとうございます。\n去年まで働いていた方が戻ってきてくれる"
            "ことになりましたので、今回の募集は終わりにします。ごめんなさい。\n\nパン工房 ゆずりは",
        ),
        # The work named only by a need of people to come (「また人が足りなくなったら」).
        (
            "",
            "先日はお店に寄ってくれてありがとう。\n前にいた子がまた働いてくれることになりました。"
            "ごめんなさいね。\nまた人が足りなくなったら連絡します。\n\n八百屋 まるた",
        ),
        # A quota reached by earlier applicants.
        (
            "【ご応募の件】倉庫内軽作業",
            "佐々木 様\n\nこの度はご応募いただきありがとうございました。\n"
            "恐れ入りますが、先着順で面接した方で定員に達してしまいました。\n"
            "ご希望に沿えず申し訳ございません。",
        ),
    ],
)
def test_place_taken_plainly(subject: str, body: str) -> None:
    assert classify_notice(subject=subject or None, body=body).label == "rejection"


@pytest.mark.parametrize(
    "body",
    [
        # A date settled, a shift or a contact person still to be settled.
        "応募ありがとうございます。面接日が決まりましたので、お知らせします。7月2日の10時です。",
        "採用が決まったみなさんへ。シフトが決まったらまた連絡します。よろしくね。",
        "ご応募ありがとうございます。担当者が決まり次第ご連絡します。遅くなってすみません。",
        # A question: the employer asks whether the reader found work.
        "こんにちは、カフェ ミント です。応募の件、ごめんね連絡遅くなって。もう決まっちゃいましたか？"
        "まだなら土曜に面接どうですか。",
        # A concession before more: the elided subject is not the place.
        "ごめんなさい、急に決まってしまったのですが、明日の面接を10時からにしてもらえますか？",
        # A choice only begun, then the reader taken.
        "応募ありがとう。正直、ほかの人に決まりかけてたんだけど、やっぱり君に来てほしい。"
        "来月から来られる？",
        # A slot of an appointment, with its topic said before.
        "ご応募ありがとうございます。ご希望の面接日ですが、もう埋まってしまいました。すみません、"
        "別の日でいかがでしょうか。",
        # A quota supposed, not reached.
        "説明会へのご応募ありがとうございます。定員となり次第締め切りますので、ご了承ください。",
        # To staff: a need of people now, someone joining; a shift arranged around a returner.
        "いつもありがとう。人手が足りなくて迷惑かけてごめんね。来月から近所の子が手伝ってくれる"
        "ことになったよ。\n店長",
        "山下さん\nシフトのことで迷惑かけてごめんね。土曜は前にいた子がまた入ってくれることに"
        "なったから、山下さんは日曜だけでいいよ。\n店長",
        # News to staff, someone else's news.
        "スタッフのみなさんへ\n前に働いていた子が戻ってくることになったので、来週から歓迎会をします。",
        "聞いて！友達の会社の募集、もう決まっちゃったらしいよ。残念やね〜",
    ],
)
def test_no_place_taken(body: str) -> None:
    assert classify_notice(subject=None, body=body).label != "rejection"
