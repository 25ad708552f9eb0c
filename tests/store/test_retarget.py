"""Re-targeting: pass and fail by industry, job type, company size and route, checked against
a seeded database whose figures are known; counts under 5 decided, no rates and no suggestion;
the new application fields through the store, the export and import (CLI, database reopened)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from furikaeri import store as st
from furikaeri.cli import app as cli
from furikaeri.patterns_report import build_patterns, render_report
from furikaeri.retarget import AppRow, company_sizes, retarget_view
from furikaeri.store import Store, open_store


def _apps(s: Any, n: int, *, industry: str, passed: int, size: str = "", **kw: Any) -> None:
    """n applications in one group: ``passed`` reached 一次 and were rejected there, the rest
    were rejected at 書類."""
    for i in range(n):
        a = st.create_application(
            s, company=f"{industry}{i}", industry=industry, company_size=size, **kw
        )
        if i < passed:
            iv = st.add_interview(s, application_id=a.id, stage="一次", result="rejected")
            st.record_rejection(s, application_id=a.id, interview_id=iv.id, stage="一次")
        else:
            st.record_rejection(s, application_id=a.id, stage="書類")


def seed(s: Any) -> None:
    """食品 6 (4 pass 書類), IT 6 (1 passes), 建設 2 (both pass: too few for a rate)."""
    _apps(s, 6, industry="食品", passed=4, size="medium", job_type="営業")
    _apps(s, 6, industry="IT", passed=1, size="large", job_type="営業")
    _apps(s, 2, industry="建設", passed=2, channel="agent")


def test_the_figures_of_a_seeded_database(store: Store) -> None:
    with store.session() as s:
        seed(s)
    with store.session(readonly=True) as s:
        p = build_patterns(s)
    assert p.retarget is not None
    dims = {d.id: d for d in p.retarget.dimensions}
    assert set(dims) == {"industry", "job_type", "company_size", "channel"}
    groups = {g.value: g for g in dims["industry"].groups}
    food, it, build = groups["食品"], groups["IT"], groups["建設"]
    assert (food.applied, food.screened, food.screen_failed, food.later_failed) == (6, 4, 2, 4)
    assert round(food.screen_rate * 100) == 67 and round(it.screen_rate * 100) == 17
    assert (build.screened, build.decided, build.screen_rate) == (2, 2, None)  # too few
    # 食品 passes 書類 more often than IT (both with 6 decided): said plainly, with counts.
    assert "『食品』" in dims["industry"].suggestion and "4/6件" in dims["industry"].suggestion
    sizes = {g.value: g for g in dims["company_size"].groups}
    assert set(sizes) == {company_sizes()["medium"], company_sizes()["large"], "（未記入）"}
    assert sizes["（未記入）"].applied == 2
    channels = {g.value: g.applied for g in dims["channel"].groups}
    assert channels == {"直接応募": 12, "転職エージェント": 2}
    # One job type for all: no comparison to make.
    assert dims["job_type"].suggestion == ""
    html = render_report(p)
    assert "応募先の選び方" in html and "件数が少ないため割合なし" in html


def test_small_numbers_give_counts_and_no_suggestion() -> None:
    rows = [AppRow("rejected", 1, {"industry": "食品"})] * 4 + [
        AppRow("rejected", 0, {"industry": "IT"})
    ] * 4
    view = retarget_view(rows, top=5)
    (dim,) = [d for d in view.dimensions if d.id == "industry"]
    assert all(g.screen_rate is None for g in dim.groups)
    assert dim.suggestion == "" and "件数がありません" in view.summary


def test_no_applications_no_groups() -> None:
    assert retarget_view([], top=5).dimensions == ()


def test_the_fields_are_checked(store: Store) -> None:
    with store.session() as s:
        with pytest.raises(st.ValidationError) as err:
            st.create_application(s, company="株式会社A", company_size="huge")
        assert "企業規模" in err.value.errors["company_size"]
        with pytest.raises(st.ValidationError):
            st.create_application(s, company="株式会社A", industry="食品\n物流")
        row = st.create_application(s, company="株式会社A", industry=" ＩＴ ", job_type="営業")
        assert row.industry == "IT" and row.company_size == ""


def test_export_and_import_keep_the_fields(migrated_url: Any, tmp_path: Path) -> None:
    source, target = migrated_url("rt_source"), migrated_url("rt_target")
    opened = open_store(source)
    with opened.session() as s:
        st.create_application(
            s, company="株式会社B", industry="食品", job_type="営業", company_size="small"
        )
    opened.close()
    out = tmp_path / "export.json"
    runner = CliRunner()
    assert runner.invoke(cli, ["export", str(out), "--db", source]).exit_code == 0
    row = json.loads(out.read_text(encoding="utf-8"))["tables"]["applications"][0]
    assert (row["industry"], row["job_type"], row["company_size"]) == ("食品", "営業", "small")
    result = runner.invoke(cli, ["import", str(out), "--db", target])
    assert result.exit_code == 0, result.output
    opened = open_store(target)
    with opened.session(readonly=True) as s:
        (a,) = st.list_applications(s)
        assert (a.industry, a.job_type, a.company_size) == ("食品", "営業", "small")
    opened.close()
