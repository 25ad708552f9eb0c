"""Dates as the user reads them: one Japanese format in pages, messages and the CLI
(「2026年12月2日」, with the weekday 「（水）」 where a date stands alone on a page). ISO dates
stay in form values, JSON, file names and URLs."""

from __future__ import annotations

import datetime as dt

WEEKDAYS = "月火水木金土日"


def ja_date(value: dt.date | None, *, weekday: bool = False) -> str:
    """「2026年12月2日」 (a datetime gives its day); ``weekday`` adds 「（水）」. "" for None."""
    if value is None:
        return ""
    text = f"{value.year}年{value.month}月{value.day}日"
    return f"{text}（{WEEKDAYS[value.weekday()]}）" if weekday else text


def ja_month(value: str) -> str:
    """A month key 「2026-11」 as 「2026年11月」; anything else (「日付なし」) as it is."""
    year, sep, month = value.partition("-")
    if sep and year.isdigit() and month.isdigit():
        return f"{year}年{int(month)}月"
    return value
