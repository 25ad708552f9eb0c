"""QA session 11, the mail side: what to do first about feedback, and a bare body read alike
by `mail classify` and `mail import`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support import migrated_sqlite
from typer.testing import CliRunner

from furikaeri import store
from furikaeri.cli import app
from furikaeri.mail.request import RequestPlan, first_step

runner = CliRunner()

_DIRECT = RequestPlan(variant="standard", via_agent=False)
_AGENT = RequestPlan(variant="agent", via_agent=True)


@pytest.mark.parametrize(
    ("plan", "replied", "expected"),
    [
        (_DIRECT, False, "company"),
        (_AGENT, False, "advisor"),
        (RequestPlan(variant="agent", via_agent=True, comments="志望動機が…"), False, "comments"),
        (
            RequestPlan(variant="thanks", via_agent=False, no_disclosure=("お答えいたしかねます",)),
            False,
            "no_disclosure",
        ),
        (_DIRECT, True, "replied"),
        (RequestPlan(variant="agent", via_agent=True, comments="志望動機が…"), True, "replied"),
    ],
)
def test_the_first_step_never_asks_for_what_is_in_hand(
    plan: RequestPlan, replied: bool, expected: str
) -> None:
    assert first_step(plan, replied=replied) == expected


# --- a file with no headers: `mail classify` and `mail import` agree ------------------------

BARE = (
    "山田太郎様\n\nこの度は弊社の一次面接にお越しいただき、誠にありがとうございました。\n"
    "慎重に選考を重ねました結果、誠に残念ながら今回はご期待に沿いかねる結果となりました。\n\n"
    "株式会社ミナトロジ 人事部 中村\n"
)


@pytest.mark.parametrize(
    ("name", "codec"),
    [("notice.txt", "utf-8"), ("notice.eml", "utf-8"), ("notice.eml", "cp932"), ("n", "utf-16")],
)
def test_classify_and_import_read_a_bare_body_alike(tmp_path: Path, name: str, codec: str) -> None:
    path = tmp_path / name
    path.write_bytes(BARE.encode(codec))
    classified = runner.invoke(app, ["mail", "classify", str(path), "--json"])
    assert classified.exit_code == 0, classified.output
    assert json.loads(classified.stdout)["label"] == "rejection"

    db = migrated_sqlite(tmp_path / "db.sqlite3")
    imported = runner.invoke(app, ["mail", "import", str(path), "--db", db])
    assert imported.exit_code == 0, imported.output
    assert "ヘッダー" not in imported.stderr
    opened = store.open_store(db)
    with opened.session(readonly=True) as session:
        (application,) = store.list_applications(session)
        assert application.company == "株式会社ミナトロジ"
        assert len(store.recent_rejections(session, limit=5)) == 1
    opened.close()
    again = runner.invoke(app, ["mail", "import", str(path), "--db", db])
    assert again.exit_code == 0 and "取り込み済み 1 件" in again.output


@pytest.mark.parametrize(("raw", "message"), [(b"", "空"), (b"\x00\x01\x02\x03binary", "バイナリ")])
def test_no_body_is_refused_alike(tmp_path: Path, raw: bytes, message: str) -> None:
    path = tmp_path / "notice.txt"
    path.write_bytes(raw)
    classified = runner.invoke(app, ["mail", "classify", str(path)])
    assert classified.exit_code == 2 and message in classified.stderr
    db = migrated_sqlite(tmp_path / "db.sqlite3")
    imported = runner.invoke(app, ["mail", "import", str(path), "--db", db])
    assert imported.exit_code == 1 and message in imported.stderr
    assert "Traceback" not in imported.output + classified.output
