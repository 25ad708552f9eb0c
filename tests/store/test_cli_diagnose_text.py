"""`furikaeri diagnose` (CliRunner) says what the web says: the company's sentence under the
cause it named, its praise, each note in its section, a headline that agrees with the list."""

from __future__ import annotations

import json

from diagnosis_cases import MOTIVATION_SENTENCE, PRAISE, interview_with_reply
from typer.testing import CliRunner

from furikaeri.cli import app
from furikaeri.store import open_store

runner = CliRunner()


def _diagnose(db_url: str, *args: str, **kw: object) -> tuple[str, int]:
    opened = open_store(db_url)
    with opened.session() as session:
        interview_id, _ = interview_with_reply(session, **kw)  # type: ignore[arg-type]
    opened.close()
    result = runner.invoke(app, ["diagnose", str(interview_id), *args, "--db", db_url])
    assert result.exit_code == 0, result.output
    return result.output, interview_id


def _flat(text: str) -> str:
    """The output with Rich's line wrapping and indentation removed."""
    return "".join(line.strip() for line in text.splitlines())


def test_the_cli_shows_the_sentence_the_praise_and_notes_in_their_sections(db_url: str) -> None:
    output, _ = _diagnose(db_url)
    flat = _flat(output)
    assert f"「{MOTIVATION_SENTENCE}」" in flat
    assert "お世話になっております" not in flat
    assert f"「{PRAISE}」（会社からの返信）" in flat
    changeable = flat.index("あなたが変えられること")
    not_yours = flat.index("あなたのせいではないこと")
    assert flat.index("次の二つは") > not_yours  # heads the fit / relative section
    assert changeable < flat.index("会社からの返信で指摘された点") < not_yours
    assert flat.count("会社からの返信で指摘された点") == 2  # motivation, reverse_question


def test_the_cli_headline_agrees_with_the_list(db_url: str) -> None:
    output, _ = _diagnose(db_url, reply=None, self_check={"communication.voice": "partly"})
    flat = _flat(output)
    assert "はっきりした原因は見当たりません" in flat
    assert "あなたが変えられること" not in flat  # nothing stands out: no such list
    assert "小さな手がかり" in flat


def test_the_json_carries_the_sentence_and_the_praise(db_url: str) -> None:
    output, _ = _diagnose(db_url, "--json")
    data = json.loads(output)
    motivation = next(c for c in data["causes"] if c["id"] == "motivation")
    assert motivation["evidence"][0]["source"] == "reply"
    assert motivation["evidence"][0]["detail"] == MOTIVATION_SENTENCE
    assert "可能性" not in motivation["summary"]
    assert data["praise"] == [PRAISE]


def test_the_cli_puts_praise_of_the_self_pr_above_the_guess(db_url: str) -> None:
    """QA P2 #9: praise for concrete numbers makes the abstract self-PR a small clue."""
    reply = "法人営業での実績を具体的な数字で話されていた点は高く評価しております。"
    output, _ = _diagnose(db_url, reply=reply, self_check={"self_pr.episode": "no"})
    flat = _flat(output)
    minor = flat.index("小さな手がかり")
    praise = flat.index("［会社の返信（良かった点）］")
    assert minor < praise < flat.index("あなたのせいではないこと")
    assert f"「{reply}」" in flat
    assert "あなたが変えられること" not in flat
