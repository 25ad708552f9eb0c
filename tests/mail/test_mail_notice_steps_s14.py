"""Notices read by their structure (session 14): a rejection in translated or stiff Japanese
(a regret, then the reader's fit negated or a going-on declined; others chosen, but not while
the selection is still open), a selection's steps listed (a bare noun item is a step ahead, not
the reader's result; a class of people named by a result, 合格者に内定, is the process), and a
way in only made possible (a scout's 「書類選考なしで面談に進んでいただけます」). Our own
sentences, written apart from the eval cases."""

from __future__ import annotations

import pytest

from furikaeri.mail.notice import classify_notice

_ANY_INVITE = ("other", "interview_invite")
_PASS = ("pass", "interview_invite")

CASES = [
    # translated rejections: a regret, then the reader's fit negated or a going-on declined
    (
        ("rejection",),
        "残念ながら、現時点では、あなたのスキルは私たちがこのチームで必要としているものと一致していません。",
    ),
    (("rejection",), "申し訳ありませんが、あなたのご経歴は本ポジションの要件に適合しません。"),
    (("rejection",), "残念ながら、当社は今回、ほかの応募者とプロセスを進めることにしました。"),
    (("rejection",), "ご応募内容を確認しましたが、今回は前進しないことに決めました。"),
    (("rejection",), "慎重な検討の結果、別の候補者を追求することにいたしました。"),
    (("rejection",), "残念ながら、私たちはあなたの申請を次の段階に進めないことを決定しました。"),
    # near-misses: a regret about something else, a job ad, a selection still open
    (
        _ANY_INVITE,
        "残念ながら、ご希望の時間帯はすでに埋まっております。別の候補日をお知らせください。",
    ),
    (
        ("other",),
        "申し訳ありませんが、お送りいただいたファイルが破損しておりました。再送をお願いします。",
    ),
    (("other",), "応募資格を満たしていない方はご遠慮ください。"),
    (("other",), "必須要件を満たしていない方のご応募はご遠慮ください。"),
    (
        _ANY_INVITE,
        "残念ながら、あなたの希望日程が面接官の予定と合わないため、別日をご提案させてください。",
    ),
    (
        ("other",),
        "現在、ほかの応募者の方との面接も進めておりますので、結果は来週中にご連絡いたします。",
    ),
    (("rejection",), "ほかの応募者の方と選考を進めることになりました。"),
    # a selection's steps listed
    (
        ("other",),
        "ご応募を受け付けました。\n選考の流れ\n1. 書類選考\n2. 適性検査\n3. 面接（2回）\n4. 内定\n"
        "適性検査のご案内は追ってお送りします。",
    ),
    (
        ("other",),
        "プレエントリーありがとうございます。今後のステップ：①説明会 ②エントリーシート ③面接 ④内々定",
    ),
    (
        ("other",),
        "マイページ登録が完了しました。\nStep1 会社説明会\nStep2 筆記試験\nStep3 役員面接\nStep4 採用決定",
    ),
    (
        ("other",),
        "本選考では、二次面接の合格者に最終面接をご案内し、最終面接の通過者に内定をお出しします。",
    ),
    (
        ("offer",),
        "厳正な選考の結果、内定とさせていただきます。\n今後の予定\n1. 内定承諾書のご返送\n"
        "2. 懇親会\n3. 入社式",
    ),
    (
        _PASS,
        "二次面接の結果、通過となりました。\n残りの選考\n1. 最終面接\n2. 役員面談\n3. 内定\n"
        "最終面接の候補日をご返信ください。",
    ),
    # near-misses: a status told item by item, a list of slots
    (
        ("offer",),
        "選考状況のご報告です。\n1. 書類選考通過\n2. 一次面接通過\n3. 最終面接内定\n"
        "引き続きよろしくお願いいたします。",
    ),
    (
        _PASS,
        "二次面接の候補日\n1. 7月8日 10:00\n2. 7月9日 13:00\n3. 7月10日 15:00\n"
        "ご都合のよい日時をお知らせください。",
    ),
    # a way in only made possible (a scout), and a pass told as a result
    (
        _ANY_INVITE,
        "ご経歴を拝見しました。よろしければ一度お話ししませんか？書類選考なしで面接に進んでいただけます。",
    ),
    (
        _ANY_INVITE,
        "特別ルートのご案内です。一次面接を免除し、最終面接から受けていただくことが可能です。",
    ),
    (_PASS, "書類選考の結果、一次面接に進んでいただけます。候補日をお知らせください。"),
    (_PASS, "厳正な審査の結果、次の選考へお進みいただけることとなりました。"),
]


@pytest.mark.parametrize(("accepted", "body"), CASES)
def test_structure_reads(accepted: tuple[str, ...], body: str) -> None:
    got = classify_notice(subject="ご連絡", body=f"佐々木様\n\n{body}\n\n採用担当")
    assert got.label in accepted, (got.label, got.evidence)


@pytest.mark.parametrize(
    ("body", "words"),
    [
        (
            "残念ながら、あなたの資格はこの役割の要件と一致していません。",
            "あなたの資格はこの役割の要件と一致",
        ),
        ("今回は前進しないことに決めました。", "前進しないこと"),
    ],
)
def test_rejection_evidence_is_the_words(body: str, words: str) -> None:
    got = classify_notice(subject="ご連絡", body=f"佐々木様\n\n{body}")
    assert got.label == "rejection"
    assert words in got.evidence


def test_steps_masked_only_in_a_list() -> None:
    """A status list (a colon after each name) keeps its values; so does a prose offer."""
    got = classify_notice(
        subject="選考状況",
        body="佐々木様\n\n・A社 一次面接：通過\n・B社 書類選考：結果待ち\n・C社 最終面接：結果待ち",
    )
    assert got.label == "pass"
