"""One Japanese date format in user-facing text (QA P3): messages said 「今日は 2026-12-02」
while pages said 「2026年12月2日（水）」."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from support import migrated_sqlite
from typer.testing import CliRunner

from furikaeri import store
from furikaeri.dates import ja_date, ja_month
from furikaeri.store.validation import Checker

ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


@pytest.mark.parametrize(
    ("value", "weekday", "expected"),
    [
        (dt.date(2026, 12, 2), False, "2026年12月2日"),
        (dt.date(2026, 12, 2), True, "2026年12月2日（水）"),
        (dt.datetime(2026, 1, 4, 23, 59), True, "2026年1月4日（日）"),
        (None, True, ""),
    ],
)
def test_ja_date(value: dt.date | None, weekday: bool, expected: str) -> None:
    assert ja_date(value, weekday=weekday) == expected


@pytest.mark.parametrize(
    ("key", "expected"),
    [("2026-05", "2026年5月"), ("2026-11", "2026年11月"), ("日付なし", "日付なし")],
)
def test_ja_month(key: str, expected: str) -> None:
    assert ja_month(key) == expected


TODAY = dt.date(2026, 12, 2)


@pytest.mark.parametrize(
    ("kwargs", "said"),
    [
        ({"value": "2026-12-03"}, "未来の日付です（今日は2026年12月2日）"),
        ({"value": "2028-01-05", "allow_future": True}, "（2028年1月5日）"),
        (
            {
                "value": "2026-11-01",
                "not_before": dt.date(2026, 11, 5),
                "not_before_label": "送信日",
            },
            "送信日（2026年11月5日）より前の日付です",
        ),
    ],
)
def test_date_messages_use_the_japanese_format(kwargs: dict[str, object], said: str) -> None:
    check = Checker(today=TODAY)
    check.date("date", **kwargs)  # type: ignore[arg-type]
    message = check.errors["date"]
    assert said in message and not ISO.search(message)


def test_a_past_due_date_says_today_in_japanese(tmp_path: object) -> None:
    from furikaeri.store.actions import _due

    check = Checker(today=TODAY)
    _due(check, "2026-11-30")
    assert "今日は2026年12月2日" in check.errors["due_on"]
    assert not ISO.search(check.errors["due_on"])


def test_cli_diagnose_and_plan_print_japanese_dates(tmp_path: object) -> None:
    from furikaeri.cli import app

    url = migrated_sqlite(Path(f"{tmp_path}/d.db"))
    opened = store.open_store(url)
    with opened.session() as s:
        application = store.create_application(s, company="株式会社ひづけ")
        interview = store.add_interview(
            s, application_id=application.id, stage="一次", result="rejected", date="2026-11-27"
        )
        store.add_qa(
            s,
            interview_id=interview.id,
            question="あなたの強みを教えてください。",
            answer="私の強みはコミュニケーション能力です。",
        )
        rejection = store.record_rejection(
            s, application_id=application.id, interview_id=interview.id, stage="一次"
        )
        interview_id, rejection_id = interview.id, rejection.id
    opened.close()
    runner = CliRunner()
    out = runner.invoke(app, ["diagnose", str(interview_id), "--db", url])
    assert out.exit_code == 0, out.output
    assert "一次面接（2026年11月27日）の振り返り" in out.output
    made = runner.invoke(app, ["plan", "--db", url, "make", str(rejection_id)])
    assert made.exit_code == 0, made.output
    shown = runner.invoke(app, ["plan", "--db", url], env={"COLUMNS": "300"})
    assert shown.exit_code == 0, shown.output
    assert "（期日 " in shown.output and "日）" in shown.output
    assert not ISO.search(shown.output)
    reopened = store.open_store(url)
    with reopened.session(readonly=True) as s:
        assert s.query(store.ActionItem).count() > 0
    reopened.close()


def test_the_offline_report_is_titled_with_a_japanese_date(tmp_path: object) -> None:
    from furikaeri.cli import app

    url = migrated_sqlite(Path(f"{tmp_path}/r.db"))
    out = f"{tmp_path}/report.html"
    result = CliRunner().invoke(app, ["report", "-o", out, "--db", url])
    assert result.exit_code == 0, result.output
    from bs4 import BeautifulSoup

    title = BeautifulSoup(Path(out).read_text(encoding="utf-8"), "html.parser").title.text
    today = dt.date.today()
    assert title == f"振り返りレポート（{today.year}年{today.month}月{today.day}日）"
