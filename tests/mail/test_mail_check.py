"""`check_mail`: each rule fires on our own bad sentences, with the span; clean mail passes."""

from __future__ import annotations

import pytest

from furikaeri.mail.check import check_mail, mail_as_text, rule_codes

GOOD = """件名: 面接のお礼とお願い（山田花子）

株式会社みなと
採用ご担当者様

山田花子と申します。先日は面接の機会をいただき、ありがとうございました。
結果は真摯に受け止めております。今後に活かすため、至らなかった点をお教えいただけないでしょうか。
ご多忙のところ恐縮ですが、ご負担のない範囲でご検討いただけましたら幸いです。

――――――――
山田花子
メール: hanako@example.jp
"""


def _with(sentence: str) -> str:
    return GOOD.replace("結果は真摯に受け止めております。", sentence)


def test_a_good_mail_has_no_issue() -> None:
    assert check_mail(GOOD) == []


@pytest.mark.parametrize(
    ("sentence", "code", "span"),
    [
        ("不採用の理由を教えてください。", "blunt_reason", "不採用の理由"),
        ("私がなぜ落ちたのか知りたいです。", "blunt_reason", "なぜ落ち"),
        ("どこがダメだったのでしょうか。", "blunt_reason", "どこがダメ"),
        ("正直、納得がいきません。", "emotional", "納得がいき"),
        ("とても悔しい思いです。", "emotional", "悔し"),
        ("面接官の態度にも疑問がありました。", "complaint", "面接官の態度"),
        ("面接時間が短すぎたと思います。", "complaint", "時間が短すぎ"),
        ("至急お返事をお願いします。", "pressure", "至急"),
        ("11月30日までにご回答ください。", "pressure", "までにご回答"),
        ("必ずご返信ください。", "pressure", "必ずご返信"),
        ("先週お送りしたメールに、まだご返信をいただけておりません。", "reminder", "まだご返信"),
        ("再送いたします。", "reminder", "再送"),
        ("御社の面接では緊張しました。", "gosha", "御社"),
        ("すみません、ちょっとお聞きしたいです。", "casual", "すみません"),
        ("よろしくお願いします！", "casual", "！"),
        ("僕としては頑張ったつもりです。", "casual", "僕"),
    ],
)
def test_each_rule_fires_with_its_span(sentence: str, code: str, span: str) -> None:
    text = _with(sentence)
    issues = [i for i in check_mail(text) if i.code == code]
    assert issues, check_mail(text)
    first = issues[0]
    assert first.span is not None
    start, end, found = first.span
    assert text[start:end] == found
    assert span in found or found in span
    assert first.message and first.fix


@pytest.mark.parametrize(
    ("remove", "code"),
    [
        ("件名: 面接のお礼とお願い（山田花子）\n", "missing_subject"),
        ("採用ご担当者様\n", "missing_addressee"),
        ("先日は面接の機会をいただき、ありがとうございました。", "missing_thanks"),
        ("今後に活かすため、", "missing_improve"),
        ("――――――――\n山田花子\nメール: hanako@example.jp\n", "missing_signature"),
    ],
)
def test_missing_parts(remove: str, code: str) -> None:
    issues = check_mail(GOOD.replace(remove, ""))
    assert [(i.code, i.span) for i in issues] == [(code, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "貴社の今後のご発展をお祈り申し上げます。",
        "今後の課題をお教えいただけないでしょうか。",
        "ご返信はご負担のない範囲で構いません。",
        "面接の理由について",  # 理由 alone is not blunt
    ],
)
def test_polite_sentences_do_not_fire(sentence: str) -> None:
    assert check_mail(_with(sentence)) == []


def test_eml_subject_becomes_the_subject_line() -> None:
    assert mail_as_text(subject="件名です", body="本文") == "件名: 件名です\n\n本文"
    assert mail_as_text(subject=None, body="本文") == "本文"


def test_rule_codes_are_unique_and_all_have_text() -> None:
    from furikaeri.catalogue import load_data

    codes = rule_codes()
    assert len(codes) == len(set(codes))
    data = load_data("mail_check.toml")
    for rule in data["rules"] + data["missing"]:
        assert rule["message"] and rule["fix"] and rule["patterns"]


# Each class of mistake with sentences that vary in wording (not one literal example), and
# near-miss sentences of the same shape that are fine: the rule is for the class.
@pytest.mark.parametrize(
    ("sentence", "code", "span"),
    [
        # A deadline, however politely it is phrased.
        ("今週中にご回答いただけますでしょうか。", "pressure", "今週中にご回答いただ"),
        (
            "恐れ入りますが、本日中にお返事をいただけますと幸いです。",
            "pressure",
            "本日中にお返事をいただ",
        ),
        (
            "来週まででしたら、ご連絡いただけると助かります。",
            "pressure",
            "来週まででしたら、ご連絡いただ",
        ),
        ("3日以内にご教示いただければ幸いです。", "pressure", "3日以内にご教示いただ"),
        ("12月5日中にご回答をお願いできますでしょうか。", "pressure", "5日中にご回答をお願"),
        ("金曜日までにお知らせいただけますでしょうか。", "pressure", "金曜日までにお知らせいただ"),
        ("できるだけ早くご回答いただけますと幸いです。", "pressure", "できるだけ早くご回答いただ"),
        ("いつ頃ご回答いただけますでしょうか。", "pressure", "いつ頃ご回答いただけ"),
        # The answer taken for granted.
        ("お返事をお待ちしております。", "awaiting_reply", "お返事をお待ちしており"),
        (
            "ご連絡を心よりお待ち申し上げております。",
            "awaiting_reply",
            "ご連絡を心よりお待ち申し上げ",
        ),
        ("良いご回答をお待ちしています。", "awaiting_reply", "ご回答をお待ちしてい"),
        ("ご返信を楽しみにしております。", "awaiting_reply", "ご返信を楽しみにしており"),
        ("お返事、お待ちしています。", "awaiting_reply", "お返事、お待ちしてい"),
        # Complaints about the interview or the interviewer.
        ("面接官の方が終始冷たい態度で、驚きました。", "complaint", "面接官の方が終始冷たい"),
        ("担当者様は私の話に興味がなさそうでした。", "complaint", "担当者様は私の話に興味がなさ"),
        ("途中で話を遮られてしまい、十分にお伝えできませんでした。", "complaint", "話を遮られ"),
        (
            "話を最後まで聞いていただけませんでした。",
            "complaint",
            "話を最後まで聞いていただけませんでし",
        ),
        ("質問の内容が一方的だったように感じます。", "complaint", "一方的"),
        ("選考基準が不透明だと感じました。", "complaint", "選考基準が不透明"),
        ("面接官の態度が大きく、萎縮してしまいました。", "complaint", "面接官の態度"),
        (
            "面接官の方は、私の話をほとんど聞いていないようでした。",
            "complaint",
            "面接官の方は、私の話をほとんど聞いていない",
        ),
        # Chasing an earlier request.
        ("先日の件、いかがでしょうか。", "reminder", "先日の件、いかがでしょう"),
        (
            "先日お送りしたメールの件ですが、いかがでしょうか。",
            "reminder",
            "先日お送りしたメールの件ですが、いかがでしょう",
        ),
        (
            "先週お送りしたお願いについて、その後いかがでしょうか。",
            "reminder",
            "先週お送りしたお願いについて、その後いかがでしょう",
        ),
        ("その後、いかがでしょうか。", "reminder", "その後、いかがでしょう"),
        (
            "先日お願いした件はどうなりましたでしょうか。",
            "reminder",
            "先日お願いした件はどうなりまし",
        ),
        ("ご回答のほうはいかがでしょうか。", "reminder", "ご回答のほうはいかがでしょう"),
        ("ご検討の状況はいかがでしょうか。", "reminder", "ご検討の状況はいかがでしょう"),
        # Keigo errors.
        ("貴社のホームページを拝見させていただきました。", "keigo_double", "拝見させていただ"),
        ("資料を拝読させていただきました。", "keigo_double", "拝読させていただ"),
        ("面接官の方がおっしゃられたことを心に留めております。", "keigo_double", "おっしゃられ"),
        ("ご覧になられた通り、経験はまだ浅いです。", "keigo_double", "ご覧になられ"),
        ("お越しになられた皆様に感謝いたします。", "keigo_double", "お越しになられ"),
        (
            "面接官の方がお聞きになられた点について、補足いたします。",
            "keigo_double",
            "お聞きになられ",
        ),
        ("今後も努力を続けたいと所存です。", "keigo_shozon", "と所存"),
        ("次に活かす所存と考えております。", "keigo_shozon", "所存と考え"),
    ],
)
def test_each_class_fires_on_varied_wording(sentence: str, code: str, span: str) -> None:
    text = _with(sentence)
    issues = [i for i in check_mail(text) if i.code == code]
    assert issues, (sentence, check_mail(text))
    found = issues[0].span
    assert found is not None
    start, end, matched = found
    # The quote is the match widened to whole words (never cut mid-word).
    assert text[start:end] == matched and span in matched
    assert issues[0].fix


@pytest.mark.parametrize(
    "sentence",
    [
        # Time words without a demand.
        "本日、選考結果のご連絡をいただき、承知いたしました。",
        "11月20日に選考結果のご連絡をいただきました。",
        "今週中に職務経歴書を見直すつもりです。",
        "本来であれば早くご連絡すべきところ、遅くなり申し訳ございません。",
        # Waiting, but not for an answer.
        "ご連絡が遅くなり、申し訳ございません。",
        "貴重なご意見を次に活かしてまいります。",
        # The interviewer, kindly or with self-blame.
        "面接官の方が丁寧に話を聞いてくださり、ありがとうございました。",
        "面接官の方のお話から、貴社の雰囲気がよく伝わりました。",
        "面接官の方の前で失礼な言い方をしてしまい、申し訳ございません。",
        "面接では緊張してしまい、うまくお話しできませんでした。",
        "質問の意図をうまく汲み取れず、反省しております。",
        "面接は雑談のような和やかな雰囲気で、話しやすかったです。",
        "面接官の方のお話をよく聞けず、申し訳なく思っております。",
        "面接では、担当者様に丁寧にご対応いただきました。",
        "お手すきの際にご教示いただけましたら幸いです。",
        "またご縁がございましたら、その際はどうぞよろしくお願いいたします。",
        "改めてお話を聞いていただけないでしょうか。",  # a request, not a complaint
        # Earlier, but not chasing.
        "先日の面接では、貴重なお時間をいただきました。",
        "その後、自分なりに振り返りました。",
        "ご検討いただけましたら幸いです。",
        # Correct keigo.
        "貴社のホームページを拝見しました。",
        "資料を拝見いたしました。",
        "面接官の方がおっしゃった言葉を心に留めております。",
        "ご覧になった通り、経験はまだ浅いです。",
        "次に活かしてまいる所存です。",
        "お客様になられる方を大切にしたいと考えております。",
    ],
)
def test_near_misses_do_not_fire(sentence: str) -> None:
    assert check_mail(_with(sentence)) == [], sentence
