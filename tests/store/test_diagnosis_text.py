"""What the diagnosis says: a headline that agrees with the list, each note in its section,
the company's own sentence for a cause it named, and its praise as 良かった点."""

from __future__ import annotations

import pytest

from furikaeri.diagnosis import AnswerInput, ReplyInput, diagnose
from furikaeri.mail.reply import classify_reply

REPLY = (
    "山田様\n\nお世話になっております。株式会社あおば 採用担当の中村です。\n"
    "ご丁寧なご連絡をいただき、ありがとうございます。\n"
    "営業としての実績は高く評価しておりましたが、志望動機について、当社でなければならない理由が"
    "伝わりにくい印象がございました。\nまた、逆質問がなかった点も気になりました。\n"
    "山田様の今後のご活躍をお祈り申し上げます。"
)
FIT = (
    "山田様\n\nご連絡ありがとうございます。\n"
    "ご経験は申し分ないものの、当社が今後目指す方向性とは異なると判断いたしました。"
)
GOOD_PR = AnswerInput(
    "これまでの仕事で成果を上げた経験を教えてください。",
    "前職では、取引が止まっていた顧客30社を半年かけて訪問し直しました。まず過去の注文履歴を洗い出し、各社の繁忙期に合わせて提案の時期を変えたところ、12社との取引が再開し、担当地域の売上が前年より15%伸びました。",
    "self_pr",
)


def _reply(text: str) -> ReplyInput:
    result = classify_reply(text)
    return ReplyInput(result.label, tuple(result.causes), text)


def test_reply_evidence_is_the_sentence_that_names_the_cause_not_the_greeting() -> None:
    result = diagnose(replies=[_reply(REPLY)])
    by_id = {c.id: c for c in result.causes}
    motivation = by_id["motivation"].evidence[0]
    assert motivation.source == "reply"
    assert motivation.detail == (
        "営業としての実績は高く評価しておりましたが、志望動機について、当社でなければならない理由が"
        "伝わりにくい印象がございました。"
    )
    assert (
        by_id["reverse_question"].evidence[0].detail == "また、逆質問がなかった点も気になりました。"
    )
    for cause in result.causes:
        for ev in cause.evidence:
            assert "お世話になって" not in ev.detail and "山田様" not in ev.detail


def test_a_cause_the_company_named_is_stated_not_guessed() -> None:
    result = diagnose(replies=[_reply(REPLY)])
    for cause in result.causes:
        if cause.level == "reply":
            assert "可能性" not in cause.summary
            assert "会社からの返信" in cause.summary
    assert result.controllable[0].level == "reply"


def test_praise_in_a_reply_is_a_good_point() -> None:
    result = diagnose(replies=[_reply(REPLY)])
    assert result.praise == ("営業としての実績は高く評価しておりました",)
    assert list(result.to_dict()["praise"]) == ["営業としての実績は高く評価しておりました"]


def test_notes_belong_to_their_sections_not_to_the_intro() -> None:
    result = diagnose(replies=[_reply(REPLY)], self_check={"relative.competitive": "yes"})
    intro = " ".join(result.messages)
    assert "欠点ではありません" not in intro  # heads the fit / relative section instead
    assert "会社からの返信で指摘された点" not in intro  # the summary of those causes instead
    assert "欠点ではありません" in result.uncontrollable_note


def test_a_fit_the_company_named_is_said_as_the_company_said_it() -> None:
    result = diagnose(replies=[_reply(FIT)])
    assert result.nothing_controllable
    assert "会社からの返信" in result.headline and "可能性が高い" not in result.headline
    fit = next(c for c in result.causes if c.id == "culture_fit")
    assert fit.level == "reply" and "可能性" not in fit.summary
    assert fit.evidence[0].detail.startswith("ご経験は申し分ないものの")
    assert result.praise == ("ご経験は申し分ない",)


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"answers": [GOOD_PR]},
        {"answers": [GOOD_PR], "self_check": {"communication.voice": "partly"}},
        {"self_check": {"communication.voice": "no"}},
        {"self_check": {"communication.voice": "partly", "manners.entry": "partly"}},
        {"replies": [_reply(REPLY)]},
        {"replies": [_reply(FIT)]},
        {"replies": [_reply(FIT)], "self_check": {"self_pr.episode": "partly"}},
    ],
)
def test_the_headline_never_contradicts_the_list(kwargs: dict[str, object]) -> None:
    result = diagnose(**kwargs)  # type: ignore[arg-type]
    if result.controllable:
        assert "見当たりません" not in result.headline and "少ない" not in result.headline
    elif result.enough_data:
        assert "はっきりした原因は見当たりません" in result.headline
        if result.minor and not any(c.level == "reply" for c in result.causes):
            assert "小さな手がかり" in result.headline
    assert not set(result.minor) & set(result.controllable)
    assert all(not c.stands_out for c in result.minor)
