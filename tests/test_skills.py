"""Skills and experience: a posting's 必須 / 歓迎 requirements read and compared with the
profile, the career history and the candidate's documents; each result with its words."""

from __future__ import annotations

import datetime as dt

import pytest

from furikaeri.diagnosis import diagnose
from furikaeri.skills import Candidate, Job, SkillsError, compare, parse_posting

TODAY = dt.date(2026, 6, 1)
POSTING = """【仕事内容】
量販店向けの法人営業。
【必須条件】
・法人営業の経験3年以上
・普通自動車第一種運転免許
・日商簿記2級以上、TOEIC700点以上
【歓迎条件】
・食品業界での営業経験
・ビジネスレベルの英語力
【給与】年収400万円〜
"""
CANDIDATE = Candidate(
    qualifications="普通自動車免許（AT限定）\n日商簿記3級\nTOEIC 750点",
    career=(
        Job("株式会社ほしぞら物流", "法人営業", dt.date(2019, 1, 1), dt.date(2024, 6, 1)),
        Job("株式会社はやて通信", "インサイドセールス", dt.date(2024, 7, 1), None),
    ),
)


def _by_text(posting: str, candidate: Candidate = CANDIDATE) -> dict[str, tuple[str, bool]]:
    gap = compare(parse_posting(posting), candidate, today=TODAY)
    return {m.requirement.text: (m.status, m.requirement.required) for m in gap.items}


def test_each_requirement_met_missing_or_unclear_with_its_words() -> None:
    found = _by_text(POSTING)
    assert found == {
        "法人営業の経験3年以上": ("met", True),
        "普通自動車第一種運転免許": ("met", True),
        "日商簿記2級以上": ("missing", True),
        "TOEIC700点以上": ("met", True),
        "食品業界での営業経験": ("unclear", False),
        "ビジネスレベルの英語力": ("met", False),
    }
    gap = compare(parse_posting(POSTING), CANDIDATE, today=TODAY)
    boki = next(m for m in gap.items if m.requirement.name == "日商簿記")
    assert boki.evidence == ("日商簿記3級",) and "2級" in boki.reason
    years = next(m for m in gap.items if m.requirement.kind == "years")
    assert "ほしぞら物流" in years.evidence[0] and "5年" in years.reason


@pytest.mark.parametrize(
    ("posting", "expected"),
    [
        # Inline headings, kanji numerals, general working experience.
        (
            "必須：社会人経験三年以上。歓迎：普通免許",
            {"社会人経験三年以上": ("met", True), "普通免許": ("met", False)},
        ),
        # Fewer years than required in the matching role.
        (
            "■応募資格\nインサイドセールスの経験3年以上",
            {"インサイドセールスの経験3年以上": ("missing", True)},
        ),
        # A preferred marker inside the 必須 section.
        (
            "【必須】\n宅地建物取引士の資格があれば尚可",
            {"宅地建物取引士の資格があれば尚可": ("missing", False)},
        ),
        # An unknown certificate still reads as a licence, with its grade.
        ("応募資格：\n・色彩検定2級", {"色彩検定2級": ("missing", True)}),
        # English test grade: 英検準1級 against nothing written about 英検.
        ("必須条件：英検準1級以上", {"英検準1級以上": ("unclear", True)}),
        # No headings: only clear requirements count.
        (
            "法人営業経験5年以上の方を募集しています。明るい職場です。",
            {"法人営業経験5年以上の方を募集しています": ("met", True)},
        ),
    ],
)
def test_postings_in_many_shapes(posting: str, expected: dict[str, tuple[str, bool]]) -> None:
    assert _by_text(posting) == expected


def test_an_empty_profile_is_unclear_not_missing() -> None:
    found = _by_text(POSTING, Candidate())
    assert {status for status, _ in found.values()} == {"unclear"}


@pytest.mark.parametrize(
    "posting", ["", "明るく風通しのよい職場です。チームで協力して働きます。", "あ" * 20_000]
)
def test_a_posting_without_requirements_gets_a_clear_message(posting: str) -> None:
    with pytest.raises(SkillsError) as err:
        parse_posting(posting)
    assert err.value.field == "posting" and "求人票" in err.value.message


def test_missing_required_conditions_weigh_on_the_skills_cause() -> None:
    gap = compare(parse_posting(POSTING), CANDIDATE, today=TODAY)
    d = diagnose(skill_gap=gap)
    skills = next(c for c in d.causes if c.id == "skills")
    assert skills.stands_out
    assert any(e.source == "posting" and "日商簿記2級以上" in e.message for e in skills.evidence)
    # Without the posting, skills rests on the self-check alone.
    assert next(c for c in diagnose().causes if c.id == "skills").score == 0


# --- the paste check's oddities (QA P3) -------------------------------------------------------


@pytest.mark.parametrize(
    ("posting", "expected"),
    [
        # A language and years of experience in one line: two requirements.
        (
            "必須：ビジネスレベルの英語、海外営業経験3年以上",
            ["ビジネスレベルの英語", "海外営業経験3年以上"],
        ),
        (
            "必須：TOEIC700点以上、法人営業の経験2年以上",
            ["TOEIC700点以上", "法人営業の経験2年以上"],
        ),
        ("必須：普通自動車免許、日商簿記2級", ["普通自動車免許", "日商簿記2級"]),
        # Alternatives stay one requirement.
        ("必須：法人営業、または店舗運営の経験", ["法人営業、または店舗運営の経験"]),
        ("必須：英語または中国語、ビジネスレベル", ["英語または中国語、ビジネスレベル"]),
        # A skill that is not years, a licence nor a language keeps the line whole.
        ("必須：Excel、経理経験3年以上", ["Excel、経理経験3年以上"]),
    ],
)
def test_a_line_is_split_only_into_requirements_that_stand_alone(
    posting: str, expected: list[str]
) -> None:
    assert [r.text for r in parse_posting(posting).requirements] == expected


def test_an_empty_qualifications_field_leaves_every_kind_unclear() -> None:
    """QA P3: 「Salesforceの利用経験」 was 「足りない」 while the licence and the language were
    「判断できない」, all with the qualifications field empty."""
    career = (Job("株式会社まえ", "インサイドセールス", dt.date(2020, 4, 1), dt.date(2024, 3, 31)),)
    posting = "必須：\n・Salesforceの利用経験\n・普通自動車免許\n・ビジネスレベルの英語"
    found = _by_text(posting, Candidate(career=career))
    assert {status for status, _ in found.values()} == {"unclear"}
    written = Candidate(qualifications="普通自動車免許", career=career)
    assert _by_text(posting, written)["Salesforceの利用経験"] == ("missing", True)


def test_fit_to_postings_counts_what_the_record_cannot_tell() -> None:
    from types import SimpleNamespace

    from furikaeri.skills import fit_to_postings

    app = SimpleNamespace(id=1, job_posting="必須：ビジネスレベルの英語、海外営業経験3年以上")
    career = (Job("株式会社まえ", "インサイドセールス", dt.date(2020, 4, 1), dt.date(2024, 3, 31)),)
    (row,) = fit_to_postings([app], Candidate(career=career))
    assert (row.met, row.unclear, row.required) == (0, 1, 2)
