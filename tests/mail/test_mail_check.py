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
