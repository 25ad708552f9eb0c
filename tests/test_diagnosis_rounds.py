"""A rejection at a later round (QA P3): the rounds before it were passed, which the diagnosis
says; at the last round it points to the wish to join (志望度) and the fit (相性). And a cause's
summary and advice fit its evidence: casual wording alone is not about 入退室 or 服装."""

from __future__ import annotations

import datetime as dt

import pytest

from furikaeri.catalogue import DataFileError, validated
from furikaeri.diagnosis import AnswerInput, _LaterRound, diagnose

CASUAL = AnswerInput(
    "当社を志望した理由を教えてください。",
    "御社の物流の仕組みがやばいと思って、ここで働きたいと思いました。前職で配送の効率化に"
    "取り組み、遅延を3割減らした経験を活かしたいです。",
)
FINAL_WORD = "志望度"


@pytest.mark.parametrize(
    ("stage", "passed", "said", "final"),
    [
        ("最終", ("一次", "二次"), "一次・二次面接は通過しています", True),
        ("最終", ("二次", "一次", "一次"), "一次・二次面接は通過しています", True),
        ("最終", (), "最終面接まで進んだのは、それまでの選考を通過したからです", True),
        ("役員", ("一次",), "一次面接は通過しています", True),
        ("二次", ("一次",), "一次面接は通過しています", False),
        ("三次", (), "三次面接まで進んだのは", False),
        ("最終", ("グループ", "一次"), "グループ面接・一次面接は通過しています", True),
        ("最終", ("最終",), "最終面接まで進んだ", True),  # a pass of this round is no earlier one
        ("最終", ("書類", "一次"), "書類選考・一次面接は通過しています", True),
        ("二次", ("五次",), "二次面接まで進んだ", False),  # a stage that cannot be placed
    ],
)
def test_a_later_round_says_the_earlier_rounds_went_well(
    stage: str, passed: tuple[str, ...], said: str, final: bool
) -> None:
    result = diagnose(answers=[CASUAL], stage=stage, passed=passed)
    text = "\n".join(result.messages)
    assert said in text
    assert "評価されていた" in text
    assert (FINAL_WORD in text and "相性" in text) is final
    assert (result.next_steps[0].id == "final_round") is final
    ids = [s.id for s in result.next_steps]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    ("stage", "passed"), [("一次", ()), ("書類", ()), ("", ("一次",)), (None, ()), ("五次", ())]
)
def test_an_early_or_unknown_round_says_nothing_of_earlier_rounds(
    stage: str | None, passed: tuple[str, ...]
) -> None:
    result = diagnose(answers=[CASUAL], stage=stage, passed=passed)
    assert not any(w in m for m in result.messages for w in ("通過しています", "通過した"))
    assert all(s.id != "final_round" for s in result.next_steps)


def test_a_documents_rejection_never_speaks_of_rounds() -> None:
    result = diagnose(stage="最終", passed=("一次",), documents=True)
    assert not any(w in m for m in result.messages for w in ("通過しています", "通過した"))


def test_the_last_round_weighs_the_wish_to_join_and_the_fit_a_little() -> None:
    result = diagnose(answers=[CASUAL], stage="最終", passed=("一次", "二次"))
    by_id = {c.id: c for c in result.causes}
    for cid in ("motivation", "culture_fit"):
        codes = [e.code for e in by_id[cid].evidence]
        assert "stage.final" in codes
    fit = by_id["culture_fit"]
    assert not fit.controllable and fit.score == 1  # context, not proof
    plain = diagnose(answers=[CASUAL])
    assert {c.id: c.score for c in plain.causes}["culture_fit"] == 0


def test_the_final_round_weight_alone_makes_nothing_stand_out() -> None:
    result = diagnose(stage="最終", self_check={"communication.voice": "yes"})
    assert not result.controllable


# --- a cause's summary and advice fit its evidence ---------------------------------------------

SETTING = ("入退室", "服装", "鏡")


def _manners(**kw: object) -> object:
    result = diagnose(**kw)  # type: ignore[arg-type]
    return next(c for c in result.causes if c.id == "manners")


def test_casual_wording_alone_is_about_language_not_entry_or_clothes() -> None:
    manners = _manners(answers=[CASUAL])
    assert manners.score > 0  # type: ignore[attr-defined]
    said = manners.summary + "".join(manners.advice)  # type: ignore[attr-defined]
    assert "言葉" in manners.summary  # type: ignore[attr-defined]
    assert not any(word in said for word in SETTING)


@pytest.mark.parametrize(
    ("self_check", "present", "absent"),
    [
        ({"manners.language": "no"}, "言葉", ("入退室", "服装")),
        ({"manners.entry": "no"}, "入室", ("服装", "言葉づかい")),
        ({"manners.appearance": "no"}, "服装", ("入退室", "言葉づかい")),
        ({"manners.entry": "no", "manners.appearance": "no"}, "入退室", ()),
    ],
)
def test_the_summary_follows_the_self_check(
    self_check: dict[str, str], present: str, absent: tuple[str, ...]
) -> None:
    manners = _manners(self_check=self_check)
    assert present in manners.summary  # type: ignore[attr-defined]
    assert not any(word in manners.summary for word in absent)  # type: ignore[attr-defined]


def test_casual_wording_and_an_unrehearsed_entry_get_the_whole_advice() -> None:
    manners = _manners(answers=[CASUAL], self_check={"manners.entry": "no"})
    assert "入退室" in manners.summary and "くだけた" in manners.summary  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("broken", "where"),
    [
        ({"later_from": "五次"}, "later_from"),
        ({"final_stages": ["最終", "ラスト"]}, "final_stages"),
        ({"final_evidence": {"motivaton": "x"}}, "final_evidence"),
        ({"final": None}, "final"),
    ],
)
def test_a_malformed_later_round_section_names_the_place(
    broken: dict[str, object], where: str
) -> None:
    from furikaeri.diagnosis import _texts

    data = {**_texts()["later_round"], **broken}
    with pytest.raises(DataFileError, match=rf"diagnosis\.toml is malformed: {where}"):
        validated("diagnosis.toml", _LaterRound, data)


def test_the_plan_follows_the_aspect() -> None:
    """Casual wording alone plans practice of the wording, not a rehearsal of 入退室・服装."""
    from furikaeri.plan import Slots, draft_plan

    today = dt.date(2026, 12, 2)
    wording = diagnose(answers=[CASUAL], self_check={"manners.language": "no"})
    manners = next(c for c in wording.causes if c.id == "manners")
    assert manners.aspect == "language" and manners.stands_out
    titles = [
        d.title for d in draft_plan(wording, Slots(quotes={"manners": "やばい"}), today=today)
    ]
    assert any(t.startswith("言葉づかい：『やばい』") for t in titles), titles
    assert not any("入退室" in t for t in titles)
    mixed = diagnose(answers=[CASUAL], self_check={"manners.entry": "no"})
    titles = [d.title for d in draft_plan(mixed, Slots(), today=today)]
    assert any("入退室" in t for t in titles) and not any(
        t.startswith("言葉づかい") for t in titles
    )


def test_every_plan_aspect_is_an_aspect_of_its_cause() -> None:
    from furikaeri.diagnosis import _aspects
    from furikaeri.plan import task_templates

    for t in task_templates():
        assert set(t.aspects) <= {"", *_aspects().get(t.cause, {})}, t.id


def test_every_evidence_source_has_a_cli_label() -> None:
    """The CLI names where each piece of evidence comes from (「［選考の段階］」, not 「［stage］」)."""
    from furikaeri.cli_store import _SOURCE

    result = diagnose(answers=[CASUAL], stage="最終", passed=("一次",))
    sources = {e.source for c in result.causes for e in c.evidence}
    assert "stage" in sources and sources <= set(_SOURCE)
