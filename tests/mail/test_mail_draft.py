"""The feedback-request mail: what it must say and never say, timing, .eml and mailto."""

from __future__ import annotations

import email
from datetime import date
from email.policy import default as default_policy
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from furikaeri.mail.check import check_mail
from furikaeri.mail.draft import DraftError, draft_feedback_request
from furikaeri.mail.parse import parse_message

TODAY = date(2026, 11, 23)
FULL = {
    "candidate_email": "taro@example.jp",
    "candidate_phone": "090-0000-1111",
    "department": "人事部",
    "person": "佐藤",
    "stage": "二次",
    "interview_date": date(2026, 11, 18),
    "notice_date": TODAY,
    "today": TODAY,
    "agent_name": "鈴木",
    "agent_company": "株式会社キャリアブリッジ",
    "to_address": "saiyo@example.co.jp",
}


def _draft(variant: str = "standard", **kw: object):  # type: ignore[no-untyped-def]
    return draft_feedback_request(
        candidate_name="山田太郎", company="株式会社ほしぞら", variant=variant, **kw
    )  # type: ignore[arg-type]


@pytest.mark.parametrize("variant", ["standard", "short", "agent"])
@pytest.mark.parametrize("extra", [{}, FULL, {"notice_date": date(2026, 11, 10), "today": TODAY}])
def test_every_mail_variant_passes_its_own_check(variant: str, extra: dict[str, object]) -> None:
    assert check_mail(_draft(variant, **extra).as_text()) == []


@pytest.mark.parametrize("variant", ["standard", "short"])
def test_the_company_mail_says_what_makes_it_answerable(variant: str) -> None:
    body = _draft(variant, **FULL).body
    assert body.startswith("株式会社ほしぞら\n人事部\n佐藤様")
    assert "11月18日の二次面接" in body
    assert "ありがとうございました" in body  # thanks
    assert "真摯に受け止めて" in body  # accepts the result
    assert "至らなかった点" in body  # the ask
    assert "改善" in body  # the aim
    assert "恐縮" in body  # the reader is busy
    assert "差し支えのない範囲" in body or "差し支えなければ" in body  # no demand
    assert "貴社" in body and "御社" not in body
    assert "山田太郎\nメール: taro@example.jp\n電話: 090-0000-1111" in body


@pytest.mark.parametrize("variant", ["standard", "short", "agent", "phone"])
def test_never_blunt_never_a_reminder(variant: str) -> None:
    text = _draft(variant, **FULL).as_text()
    for word in (
        "不採用理由",
        "不採用の理由",
        "なぜ落ち",
        "御社" if variant != "phone" else "@@",
        "再送",
        "催促",
        "リマインド",
    ):
        assert word not in text
    notes = " ".join(_draft(variant).notes)
    if variant == "agent":  # advisors pass on the company's comments as a matter of routine
        assert "10社に1社" not in notes and "アドバイザー" in notes
    else:
        assert "10社に1社" in notes and "催促や再送" in notes


def test_addressee_without_a_person() -> None:
    assert _draft().body.startswith("株式会社ほしぞら\n採用ご担当者様")


def test_agent_variant_asks_the_advisor_for_the_companys_comments() -> None:
    d = _draft("agent", **FULL)
    assert d.body.startswith("株式会社キャリアブリッジ\n鈴木様")
    assert "面接について先方からコメントがあれば、共有していただけないでしょうか" in d.body
    assert "評価いただいた点" in d.body  # what went well, too
    # 伺う is humble: it is the candidate's own act, never the advisor's.
    assert "伺っていただけ" not in d.body
    assert d.subject == "株式会社ほしぞらの選考結果について（山田太郎）"
    assert any("キャリアアドバイザー" in n for n in d.notes)


@pytest.mark.parametrize("notice", [None, date(2026, 11, 20)])
def test_the_agent_variant_says_先日_at_most_once(notice: date | None) -> None:
    d = _draft("agent", notice_date=notice, today=TODAY)
    assert d.body.count("先日") <= 1, d.body
    assert "ご連絡が遅くなり" in d.body or notice is None


@pytest.mark.parametrize("variant", ["standard", "short", "agent", "phone"])
def test_a_documents_rejection_never_speaks_of_an_interview(variant: str) -> None:
    from furikaeri.mail.check import check_mail

    d = _draft(variant, stage="書類", person="中村", agent_name="佐藤")
    text = d.as_text()
    assert "面接" not in text and "応募書類" in text and "選考" in text
    if variant != "phone":
        assert check_mail(text) == []
    assert "書類選考" in d.subject or variant == "phone"


def test_a_notice_that_answers_no_questions_advises_thanks_only() -> None:
    d = _draft("standard", no_disclosure=True)
    assert "お礼だけ" in d.notes[0] and "送らない" in d.notes[0]
    assert not any("お礼だけ" in n for n in _draft("standard").notes)


def test_phone_is_a_script_given_only_with_the_reason_it_is_not_recommended() -> None:
    d = _draft("phone", **FULL)
    assert "おすすめしません" in d.body
    assert any("電話はおすすめしません" in n and "時間" in n for n in d.notes)
    assert "佐藤様" in d.body
    with pytest.raises(DraftError):
        d.as_eml()
    with pytest.raises(DraftError):
        d.mailto()


LATE = "ご連絡が遅くなり、申し訳ございません。"


@pytest.mark.parametrize(
    ("notice", "days", "level", "in_body", "apology"),
    [
        (
            date(2026, 11, 23),
            0,
            "today",
            "本日、選考結果のご連絡をいただき、承知いたしました。",
            False,
        ),
        (
            date(2026, 11, 22),
            1,
            "late",
            "11月22日に選考結果のご連絡をいただき、承知いたしました。",
            False,
        ),
        (date(2026, 11, 21), 2, "late", "11月21日に選考結果のご連絡をいただき", True),
        (date(2026, 11, 18), 5, "late", "11月18日に選考結果", True),
        (date(2026, 11, 16), 7, "very_late", "11月16日に選考結果", True),
        (date(2026, 10, 1), 53, "very_late", "10月1日に選考結果", True),
    ],
)
@pytest.mark.parametrize("variant", ["standard", "short"])
def test_timing(
    notice: date, days: int, level: str, in_body: str, apology: bool, variant: str
) -> None:
    d = _draft(variant, notice_date=notice, today=TODAY)
    assert (d.timing.days_since_notice, d.timing.level) == (days, level)
    assert in_body in d.body
    # The apology is for the late contact, never for a late thanks, and not after one day.
    assert "お礼が遅" not in d.body
    assert (LATE in d.body) is apology
    assert ("お詫び" in d.timing.message) is apology
    if level == "today":
        assert "最適" in d.timing.message
    if level == "very_late":
        assert "見込みは小さく" in d.timing.message


def test_timing_without_a_notice_date_says_same_day_is_best() -> None:
    d = _draft()
    assert d.timing.days_since_notice is None and "当日" in d.timing.message
    assert "選考結果のご連絡をいただき、承知いたしました。" in d.body
    assert d.body.count("先日") == 1  # 「先日の面接」 only, not 「先日、…ご連絡」 as well


@pytest.mark.parametrize("stage", ["二次", "書類"])
@pytest.mark.parametrize("variant", ["standard", "short"])
@pytest.mark.parametrize("extra", [{}, FULL, {"notice_date": date(2026, 11, 10), "today": TODAY}])
def test_the_company_mail_opens_acknowledges_and_closes_as_a_business_mail(
    variant: str, extra: dict[str, object], stage: str
) -> None:
    body = _draft(variant, **{**extra, "stage": stage}).body
    assert check_mail(_draft(variant, **{**extra, "stage": stage}).as_text()) == []
    late = extra.get("notice_date") == date(2026, 11, 10)
    assert ("ご連絡が遅くなり、申し訳ございません。" in body) is late
    lines = body.split("\n")
    opening = lines[lines.index("") + 1]
    assert opening.startswith("お世話になっております。")
    assert "選考結果のご連絡をいただき、承知いたしました。" in body
    assert "残念" in body  # it is a pity: said once, calmly
    before_signature = body[: body.index("―")].rstrip().split("\n")[-1]
    assert before_signature == "何卒よろしくお願い申し上げます。"
    assert "気持ちは強く" not in body
    assert body.count("範囲で") <= 1


@pytest.mark.parametrize(
    "notice", [None, TODAY, date(2026, 11, 22), date(2026, 11, 18), date(2026, 10, 1)]
)
def test_the_phone_timing_note_matches_the_script(notice: date | None) -> None:
    d = _draft("phone", notice_date=notice, today=TODAY)
    note = d.timing.message
    for word in ("送る", "送り", "送っ", "お詫び", "文面"):
        assert word not in note, note
    assert "電話" in note
    assert "遅くなり" not in d.body and "申し訳" not in d.body  # so no note may claim it
    assert d.body.count("先日") <= 1


def test_eml_is_an_rfc5322_draft_with_encoded_japanese_headers() -> None:
    d = _draft(**FULL)
    raw = d.as_eml()
    raw.decode("ascii")  # every header encoded, body in base64
    assert b"\r\nX-Unsent: 1\r\n" in raw
    msg = email.message_from_bytes(raw, policy=default_policy)
    assert msg["Subject"] == d.subject
    assert msg["To"] == "saiyo@example.co.jp" and msg["From"] == "taro@example.jp"
    assert msg.get_content_charset() == "utf-8"
    parsed = parse_message(raw)
    assert parsed.body_text == d.body


def test_mailto_round_trips() -> None:
    d = _draft(**FULL)
    url = urlsplit(d.mailto())
    assert url.scheme == "mailto" and unquote(url.path) == "saiyo@example.co.jp"
    query = parse_qs(url.query)
    assert query["subject"] == [d.subject]
    assert query["body"][0].replace("\r\n", "\n") == d.body


@pytest.mark.parametrize(
    ("kw", "message"),
    [
        ({"candidate_name": " ", "company": "株式会社ほしぞら"}, "名前"),
        ({"candidate_name": "山田", "company": ""}, "会社名"),
        ({"candidate_name": "山田", "company": "株式会社ほしぞら", "variant": "long"}, "種類"),
    ],
)
def test_bad_input(kw: dict[str, str], message: str) -> None:
    with pytest.raises(DraftError, match=message):
        draft_feedback_request(**kw)  # type: ignore[arg-type]


def test_templates_never_use_goshya_or_blunt_words() -> None:
    from furikaeri.catalogue import load_data

    data = load_data("mail_templates.toml")
    text = str(data)
    for word in ("御社", "不採用理由", "なぜ落ち", "再送", "催促"):
        assert word not in text.replace("催促や再送", "")


@pytest.mark.parametrize("variant", ["standard", "short", "agent", "phone"])
def test_every_draft_says_why_courtesy_matters_after_a_rejection(variant: str) -> None:
    notes = _draft(variant, **FULL).notes
    courtesy = [n for n in notes if "同じ業界" in n]
    assert len(courtesy) == 1
    assert "また関わる" in courtesy[0] and len(courtesy[0]) < 90  # brief, a reason not a cheer
    assert "！" not in courtesy[0] and "頑張" not in courtesy[0]


@pytest.mark.parametrize("stage", ["一次", "書類"])
@pytest.mark.parametrize(
    ("notice", "apology"),
    [
        (TODAY, False),
        (date(2026, 11, 22), False),
        (date(2026, 11, 21), True),
        (date(2026, 11, 1), True),
    ],
)
def test_the_agent_mail_apologises_for_late_contact_from_day_two(
    stage: str, notice: date, apology: bool
) -> None:
    body = _draft("agent", stage=stage, notice_date=notice, today=TODAY).body
    assert (LATE in body) is apology and "お礼が遅" not in body
