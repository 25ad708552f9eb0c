"""The plan: tasks drawn from a diagnosis and specific to it, due dates, order, ticks; the CLI
(`furikaeri plan`, `plan done`, `plan make`) with the database reopened and checked."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from typer.testing import CliRunner

from furikaeri import store as st
from furikaeri.cli import app
from furikaeri.plan import (
    draft_plan,
    make_plan,
    plan_view,
    strength_in,
    task_link,
    task_templates,
)
from furikaeri.store import Store, open_store

TODAY = dt.date(2026, 6, 1)
runner = CliRunner()


def _seed(s: Any) -> int:
    st.save_profile(
        s,
        name="試験 花子",
        career=[
            {
                "company": "株式会社みどり倉庫",
                "role": "倉庫管理",
                "start_date": "2019-04-01",
                "end_date": "2025-03-31",
            }
        ],
    )
    a = st.create_application(
        s,
        company="株式会社そよ風物産",
        company_profile="理念は「暮らしに風を」。主力は業務用の物流サービス。",
        job_posting="必須：法人営業の経験3年以上\n歓迎：食品業界での経験",
        applied_on="2026-05-01",
    )
    iv = st.add_interview(s, application_id=a.id, stage="一次", date="2026-05-10")
    st.add_qa(
        s,
        interview_id=iv.id,
        kind="self_pr",
        question="自己PRをお願いします。",
        answer="私の強みは粘り強さです。責任感が強く、誰とでも打ち解けられます。",
    )
    st.add_qa(
        s,
        interview_id=iv.id,
        kind="motivation",
        question="志望動機を教えてください。",
        answer="物流業界で力を発揮したいと考え、成長できる環境だと思い志望しました。",
    )
    rej = st.record_rejection(
        s, application_id=a.id, interview_id=iv.id, stage="一次", date="2026-05-20"
    )
    return int(rej.id)


@pytest.fixture
def seeded(store: Store) -> tuple[Store, int]:
    with store.session() as s:
        rid = _seed(s)
    return store, rid


def test_the_plan_is_drawn_from_the_findings_and_specific_to_them(
    seeded: tuple[Store, int],
) -> None:
    store, rid = seeded
    with store.session() as s:
        rows = make_plan(s, rid, today=TODAY)
        titles = [r.title for r in rows]
        assert any("『株式会社そよ風物産』" in t and "倉庫管理" in t for t in titles), titles
        assert any("強み『粘り強さ』" in t for t in titles), titles
        # 必須「法人営業の経験3年以上」: a warehouse career does not show it.
        assert any("法人営業の経験3年以上" in t for t in titles), titles
        assert all(r.due_on and r.due_on > TODAY for r in rows)
        assert all(r.rejection_id == rid and r.link.startswith("/") for r in rows)
        by_template = {r.template: r for r in rows}
        # Practising the motivation opens the practice room on that cause, for this application.
        assert by_template["motivation.practice"].link == (
            f"/practice?focus=causes&cause=motivation&application_id={rows[0].application_id}"
        )
        assert by_template["motivation.connect"].link.endswith(
            f"application_id={by_template['motivation.connect'].application_id}"
        )
    with store.session() as s:
        # A second click (or a double-click) adds nothing.
        assert make_plan(s, rid, today=TODAY) == []
        assert len(st.list_action_items(s)) == len(rows)
        assert st.list_worksheets(s) == []  # the plan links, it does not fill in for the user


def test_due_dates_order_and_ticks(store: Store) -> None:
    with store.session() as s:
        a = st.add_action_item(s, title="A", due_on=TODAY, today=TODAY)
        b = st.add_action_item(s, title="B", due_on=TODAY + dt.timedelta(days=3), today=TODAY)
        c = st.add_action_item(s, title="C", today=TODAY)
        ids = (a.id, b.id, c.id)
    with store.session() as s:
        with pytest.raises(st.ValidationError) as err:
            st.add_action_item(s, title="過去", due_on="2026-05-01", today=TODAY)
        assert "過去" in err.value.errors["due_on"]
    with store.session() as s:
        assert [i.title for i in st.list_action_items(s)] == ["A", "B", "C"]
        st.move_action_item(s, ids[2], offset=-1)
        st.move_action_item(s, ids[2], offset=-1)
        st.move_action_item(s, ids[0], offset=5)  # past the end: last
        assert [i.title for i in st.list_action_items(s)] == ["C", "B", "A"]
        st.set_action_done(s, ids[1], today=TODAY)
    later = TODAY + dt.timedelta(days=1)
    with store.session() as s:
        view = plan_view(s, today=later)
        assert [i.title for i in view.overdue] == ["A"]
        assert [i.title for i in view.undated] == ["C"]
        assert [i.title for i in view.done] == ["B"] and view.done[0].done_on == TODAY
        assert view.next_step.title == "A"
        # An overdue task stays editable without moving its date; a new past date is refused.
        st.update_action_item(s, ids[0], title="A（書き直し）", due_on=TODAY, today=later)
        with pytest.raises(st.ValidationError):
            st.update_action_item(s, ids[2], title="C", due_on=TODAY, today=later)


def test_task_templates_are_valid_data() -> None:
    templates = task_templates()
    assert len({t.id for t in templates}) == len(templates)
    for t in templates:
        assert t.slots() <= {
            "company",
            "experience",
            "strength",
            "quote",
            "question",
            "requirement",
            "short_stay",
        }
        assert task_link(t, application_id=7).startswith("/") and t.due_days >= 0
        if t.kind == "practice":
            assert task_link(t, application_id=7) == (
                f"/practice?focus=causes&cause={t.cause}&application_id=7"
            )
            assert task_link(t) == f"/practice?focus=causes&cause={t.cause}"
    kinds = {t.id: t.kind for t in templates}
    assert kinds["motivation.practice"] == "practice"
    assert kinds["communication.conclusion"] == "practice"
    assert not [t for t in templates if "/analyze" in t.link]


def test_a_practice_task_without_a_trainable_cause_is_refused() -> None:
    from pydantic import ValidationError

    from furikaeri.plan import TaskTemplate

    base = {"id": "x", "title": "t", "fallback": "t", "detail": "d", "due_days": 1}
    with pytest.raises(ValidationError):
        TaskTemplate(**base, kind="practice", cause="relative")  # not a defect to train
    with pytest.raises(ValidationError):
        TaskTemplate(**base, kind="practice", cause="motivation", link="/analyze")
    with pytest.raises(ValidationError):
        TaskTemplate(**base, kind="worksheet", cause="motivation")  # no link


@pytest.mark.parametrize(
    ("answer", "strength"),
    [
        ("私の強みは粘り強さです。", "粘り強さ"),
        ("私の強みは、周囲を巻き込む力だと考えています。", "周囲を巻き込む力"),
        ("「継続力」が私の強みです。", "継続力"),
        ("責任感の強さが私の強みです。", "責任感の強さ"),
        ("前職では倉庫の在庫管理をしていました。", ""),
    ],
)
def test_the_strength_named_in_a_self_pr(answer: str, strength: str) -> None:
    assert strength_in([answer]) == strength


def test_a_diagnosis_with_nothing_controllable_plans_the_next_application() -> None:
    from furikaeri.diagnosis import diagnose
    from furikaeri.plan import Slots

    d = diagnose(self_check={})
    drafts = draft_plan(d, Slots(company="株式会社テスト"), today=TODAY)
    assert {x.cause for x in drafts} <= {"culture_fit", "relative"} and drafts


def test_cli_plan_lists_ticks_and_makes(db_url: str) -> None:
    opened = open_store(db_url)
    with opened.session() as s:
        rid = _seed(s)
    opened.close()
    made = runner.invoke(app, ["plan", "--db", db_url, "make", str(rid)])
    assert made.exit_code == 0, made.output
    assert "粘り強さ" in made.output
    listed = runner.invoke(app, ["plan", "--json", "--db", db_url])
    assert listed.exit_code == 0, listed.output
    data = json.loads(listed.output)
    first = (data["today"] + data["later"])[0]
    done = runner.invoke(app, ["plan", "--db", db_url, "done", str(first["id"])])
    assert done.exit_code == 0 and "済みにしました" in done.output
    missing = runner.invoke(app, ["plan", "--db", db_url, "done", "9999"])
    assert missing.exit_code == 1 and "見つかりません" in missing.output
    opened = open_store(db_url)
    with opened.session(readonly=True) as s:
        row = next(i for i in st.list_action_items(s) if i.id == first["id"])
        assert row.done and row.done_on == dt.date.today()
    opened.close()
    text = runner.invoke(app, ["plan", "--all", "--db", db_url])
    assert "済んだもの" in text.output


def test_a_rejection_at_the_document_stage_plans_the_posting_and_the_documents(
    store: Store,
) -> None:
    with store.session() as s:
        a = st.create_application(
            s, company="株式会社しょるい", job_posting="必須：経理の実務経験3年以上"
        )
        rej = st.record_rejection(s, application_id=a.id, stage="書類", date="2026-05-20")
        rows = make_plan(s, rej.id, today=TODAY)
        links = {r.template: r.link for r in rows}
        assert links["self_pr.documents"] == "/documents"
        assert links["skills.posting"] == f"/skills?application_id={a.id}"
        assert any("経理の実務経験3年以上" in r.title for r in rows)


def test_cli_plan_says_where_each_task_is_done(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """QA P3: `furikaeri plan` printed bare paths (/skills?application_id=5). Each task now
    names its page, with the full address the server answers on, and a practice task the
    command that does the same in the terminal."""
    monkeypatch.setenv("FURIKAERI_PORT", "8931")
    opened = open_store(db_url)
    with opened.session() as s:
        rid = _seed(s)
    opened.close()
    made = runner.invoke(app, ["plan", "--db", db_url, "make", str(rid)])
    assert made.exit_code == 0, made.output
    shown = runner.invoke(app, ["plan", "--db", db_url], env={"COLUMNS": "300"})
    assert shown.exit_code == 0, shown.output
    lines = [line.strip() for line in shown.output.splitlines()]
    places = [line for line in lines if line.startswith("画面：")]
    assert places and all("http://127.0.0.1:8931/" in line for line in places)
    assert not [line for line in lines if line.startswith("/")]  # no bare path
    assert any(line.startswith("画面：自己分析「なぜこの会社か」") for line in places)
    practice = [line for line in lines if line.startswith("画面：模擬面接")]
    commands = [line for line in lines if line.startswith("端末なら：")]
    assert practice and len(commands) == len(practice)
    assert all(c.startswith("端末なら：furikaeri practice start --cause ") for c in commands)
    assert "furikaeri serve" in lines[-1]
    opened = open_store(db_url)
    with opened.session(readonly=True) as s:
        links = [i.link for i in st.list_action_items(s)]
    opened.close()
    assert links and all(link.startswith("/") for link in links)  # stored as paths still


@pytest.mark.parametrize(
    ("link", "page", "command"),
    [
        ("/skills?application_id=5", "必須条件との照合", ""),
        ("/worksheets/values", "自己分析「価値観と、仕事に求めること」", ""),
        (
            "/practice?focus=causes&cause=self_pr&cause=motivation&application_id=3",
            "模擬面接",
            "furikaeri practice start --cause self_pr --cause motivation --application 3",
        ),
        (
            "/practice?focus=causes&cause=manners",
            "模擬面接",
            "furikaeri practice start --cause manners",
        ),
        ("/analyze", "/analyze", ""),  # saved by an older version: named by its path
    ],
)
def test_task_place(link: str, page: str, command: str) -> None:
    from furikaeri.plan import task_place

    place = task_place(link)
    assert (place.page, place.link, place.command) == (page, link, command)


def test_a_task_link_without_a_page_name_is_refused() -> None:
    from pydantic import ValidationError

    from furikaeri.catalogue import load_data
    from furikaeri.plan import _PlanData

    raw = load_data("plan.toml")
    pages = {k: v for k, v in raw["pages"].items() if k != "/skills"}
    with pytest.raises(ValidationError, match="no name for"):
        _PlanData(
            tasks=raw["tasks"],
            strength_patterns=raw["slots"]["strength_patterns"],
            stage_tasks=raw["stage_tasks"],
            pages=pages,
        )


def test_a_plan_title_with_a_line_break_is_refused(store: Store) -> None:
    from furikaeri.store import add_action_item
    from furikaeri.store.errors import ValidationError

    with store.session() as s, pytest.raises(ValidationError) as err:
        add_action_item(s, title="結論から話す練習\n毎朝5分")
    assert "改行" in err.value.errors["title"]
    with store.session() as s:
        assert add_action_item(s, title="  結論から話す練習  ").title == "結論から話す練習"
