"""Progress off a terminal is a plain line count on stderr (every 500 items and at the end)."""

from __future__ import annotations

import pytest

from furikaeri.progress import counter


def test_plain_count_every_500_and_at_the_end(capsys: pytest.CaptureFixture[str]) -> None:
    with counter("記録に保存中", total=1203) as advance:
        for _ in range(1203):
            advance(1)
    assert capsys.readouterr().err.splitlines() == [
        "記録に保存中: 500 / 1203",
        "記録に保存中: 1000 / 1203",
        "記録に保存中: 1203 / 1203",
    ]


def test_unknown_total(capsys: pytest.CaptureFixture[str]) -> None:
    with counter("メールを読み込み中") as advance:
        advance(3)
    assert capsys.readouterr().err == "メールを読み込み中: 3\n"
