"""The reply label at its boundaries (furikaeri.mail.reply_boundary): a fault told as not there is
feedback, judging words only in the writer's own side (apology, request, question to the reader)
leave a reply `other`, the company holding back its judgement is declined; near-misses keep
their label."""

from __future__ import annotations

import pytest

from furikaeri.mail.reply import classify_reply
from furikaeri.mail.reply_boundary import no_fault, refrains, writers_side
from furikaeri.mail.reply_words import _morphs


@pytest.mark.parametrize(
    ("body", "label"),
    [
        # nothing major, an overall judgement: something said of the candidate
        (
            "選考担当に確認したところ、とくに大きな問題があったわけではなく、総合的に判断した結果とのことです。",
            "feedback",
        ),
        ("正直、目立ったマイナスはなかったんですよ。最終的には総合的な判断です。", "feedback"),
        ("ご経歴やお人柄に問題があったということではございません。", "feedback"),
        ("面接での受け答えに、特に問題はございませんでした。", "feedback"),
        # the writer's own doing, a request or a question to the reader: nothing of the interview
        ("先程のメールは送り先を誤ってお送りしたものです。大変失礼いたしました。", "other"),
        (
            "ご応募の記録が見当たりませんでした。お手数ですが、応募時の氏名をご確認をお願いいたします。",
            "other",
        ),
        ("面接時にお預かりした資料の返送を希望されますか。", "other"),
        ("まだ現場からのコメントがそろっていないため、もう少しだけお待ちください。", "other"),
        ("日程は問題ございません。当日お待ちしております。", "other"),
        # refusals
        ("選考の評価については、どなたにも一律で控えさせていただいております。", "declined"),
        ("申し訳ないのですが、うちでは選考の理由はお伝えしないようにしています。", "declined"),
        ("当社では選考内容に関するご質問には応じておりません。ご了承ください。", "declined"),
        ("個別のお問い合わせには対応しておりません。", "declined"),
        # near-misses: a judgement beside a request stays feedback; a question as a guess too
        (
            "ご自身の強みを裏付けるエピソードが少なかった印象です。次の面接も頑張ってください。",
            "feedback",
        ),
        ("事前にもう少し当社の事業を調べておく必要があったのではないでしょうか。", "feedback"),
        ("話がまとまらない場面が多く、最後まで結論が見えにくいと感じたようです。", "feedback"),
    ],
)
def test_label(body: str, label: str) -> None:
    assert classify_reply(body).label == label


@pytest.mark.parametrize(
    ("sentence", "side"),
    [
        ("大変失礼いたしました。", True),
        ("ご了承くださいますようお願い申し上げます。", True),
        ("書類をご返送いただきたく存じます。", True),
        ("ご都合はいかがでしょうか。", True),
        ("準備不足だったのではないでしょうか。", False),
        ("丁寧にご説明いただきました。", False),
        ("結論から話される点が良かったです。", False),
    ],
)
def test_writers_side(sentence: str, side: bool) -> None:
    assert writers_side(_morphs(sentence)) is side


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("大きな課題があったということではなく", "課題があったということではなく"),
        ("大きなマイナスはなかったです", "マイナスはなかっ"),
        ("日程は問題ございません", None),
        ("大きな問題はないと思います", None),
        ("課題が残りました", None),
        ("ご経験が不十分だったということではございません", None),
    ],
)
def test_no_fault(sentence: str, said: str | None) -> None:
    assert no_fault(_morphs(sentence)) == said


def test_refrains_needs_the_writers_humble_form() -> None:
    judged = frozenset({"理由", "フィードバック"})
    assert refrains(_morphs("理由の開示は控えさせていただきます"), judged) == "理由の開示は控え"
    assert refrains(_morphs("面接では理由を述べるのを控えていた"), judged) is None
