"""`furikaeri import` of a broken JSON file says where (QA P3): a minified export is one line,
so 「（2行目）」 told nothing. The message names the line, the character, the record and field,
and what is wrong, in Japanese; nothing is saved."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from support import migrated_sqlite
from typer.testing import CliRunner

from furikaeri.cli import app
from furikaeri.json_place import place_of
from furikaeri.store import open_store

runner = CliRunner()


def _minified(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _break_after(text: str, needle: str, replacement: str) -> str:
    assert needle in text
    return text.replace(needle, replacement, 1)


def _cases(data: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(broken text, the record and field named, the reason) for a minified export."""
    text = _minified(data)
    second = data["tables"]["applications"][1]
    company = json.dumps(second["company"], ensure_ascii=False)
    at_company = f'"company":{company}'
    return [
        (
            _break_after(text, at_company, f'"company" {company}'),
            "applications の 2 件目の company のあたり",
            "「:」が足りません",
        ),
        (
            _break_after(text, at_company, f"{at_company},,"),
            "applications の 2 件目の company のあたり",
            "余分な「,」",
        ),
        (
            text[: text.index(at_company) + len(at_company) - 2] + "\n",
            "applications の 2 件目の company のあたり",
            "ファイルが途中で終わっています",
        ),
        (text + "}", "", "余分な内容があります"),
    ]


def test_a_broken_one_line_export_is_placed_by_record_and_field(
    demo_export: dict[str, Any], tmp_path: Path
) -> None:
    url = migrated_sqlite(tmp_path / "to.sqlite3")
    for i, (broken, record, reason) in enumerate(_cases(demo_export)):
        file = tmp_path / f"broken{i}.json"
        file.write_text(broken, encoding="utf-8")
        result = runner.invoke(app, ["import", str(file), "--db", url])
        assert result.exit_code != 0
        out = " ".join(result.output.split())
        assert "1行目・" in out and "2行目" not in out, out
        assert record in out and reason in out, out
        assert "何も保存していません" in out
        assert "Traceback" not in out
        column = int(out.split("1行目・")[1].split("文字目")[0].replace(",", ""))
        expected = len(broken.rstrip()) if "途中" in reason else None
        if expected is not None:
            assert column == expected
    reopened = open_store(url)
    with reopened.session(readonly=True) as s:
        from furikaeri.transfer import is_empty

        assert is_empty(s)
    reopened.close()


@pytest.mark.parametrize(
    ("text", "line", "column", "path", "reason"),
    [
        ('{"a": [1, 2 3]}', 1, 13, ("a", 1), "「,」が足りません"),
        ('{\n  "a": {"b": "x\n"}\n}', 2, 16, ("a", "b"), "制御文字"),
        (
            '{"tables": {"qas": [{"id": 1}, {"id": 2, "answer": "\\q"}]}}',
            1,
            53,
            ("tables", "qas", 1, "answer"),
            "「\\」",
        ),
        ('[{"a": 1}, {"a": 2}, ', 1, 20, (2,), "途中で終わっています"),
        ('{"a": "x\\"y", "b": }', 1, 20, ("b",), "値がありません"),
    ],
)
def test_place_of(text: str, line: int, column: int, path: tuple[object, ...], reason: str) -> None:
    with pytest.raises(json.JSONDecodeError) as err:
        json.loads(text)
    place = place_of(text, err.value)
    assert (place.line, place.column, place.path) == (line, column, path)
    assert reason in place.describe()
