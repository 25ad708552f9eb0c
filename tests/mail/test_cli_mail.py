"""`furikaeri mail ...` through the real CLI (Typer's CliRunner): contract, readable output,
bad input (clear message, no traceback, nothing half-written, non-zero exit)."""

from __future__ import annotations

import json
import mailbox
from pathlib import Path

import pytest
from mail_samples import Imap, make_mail
from support import migrated_sqlite
from typer.testing import CliRunner

from furikaeri import store
from furikaeri.cli import app

runner = CliRunner()


NOTICE = make_mail(
    subject="【株式会社ほしぞら】一次面接の結果", msgid="cli1",
    body="山田様\n\n慎重に検討しました結果、今回は採用を見送らせていただきます。\n\n株式会社ほしぞら 人事部",
)  # fmt: skip


def _clean_failure(result, code: int = 2) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output


# --- classify -------------------------------------------------------------------------------


def test_jsonl_contract_from_stdin() -> None:
    lines = [
        {"id": "a", "subject": "内定のご連絡", "body": "内定のご連絡を差し上げます。"},
        {"id": "b", "body": "今回はご縁がなかったということで、ご了承ください。"},
    ]
    text = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n\n"
    result = runner.invoke(app, ["mail", "classify", "--jsonl", "-"], input=text)
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(o["id"], o["label"]) for o in out] == [("a", "offer"), ("b", "rejection")]


def test_reply_jsonl_contract_from_a_file(tmp_path: Path) -> None:
    src = tmp_path / "replies.jsonl"
    src.write_text(
        json.dumps({"id": 1, "body": "逆質問がなかった点が気になりました。"}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["mail", "classify", "--reply", "--jsonl", str(src)])
    assert result.exit_code == 0, result.output
    rec = json.loads(result.stdout)
    assert (rec["id"], rec["label"], rec["causes"]) == (1, "feedback", ["reverse_question"])


def test_jsonl_bad_lines_give_error_records_and_the_rest_still_run() -> None:
    text = '{"id": "x"}\nnot json\n[1]\n{"id": "ok", "body": "内定です。"}\n'
    result = runner.invoke(app, ["mail", "classify", "--jsonl", "-"], input=text)
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.exit_code == 1
    assert [("error" in o) for o in out] == [True, True, True, False]
    assert out[0]["id"] == "x" and out[1]["line"] == 2 and out[3]["label"] == "offer"


def test_jsonl_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["mail", "classify", "--jsonl", str(tmp_path / "no.jsonl")])
    _clean_failure(result)


def test_one_eml_readable(tmp_path: Path) -> None:
    (tmp_path / "n.eml").write_bytes(NOTICE)
    result = runner.invoke(app, ["mail", "classify", str(tmp_path / "n.eml")])
    assert result.exit_code == 0, result.output
    for text in ("不採用の通知", "株式会社ほしぞら", "一次", "見送", "furikaeri mail draft"):
        assert text in result.output


def test_one_eml_json_and_a_plain_text_reply(tmp_path: Path) -> None:
    (tmp_path / "n.eml").write_bytes(NOTICE)
    result = runner.invoke(app, ["mail", "classify", str(tmp_path / "n.eml"), "--json"])
    assert json.loads(result.stdout)["label"] == "rejection"
    (tmp_path / "r.txt").write_text(
        "弊社の方針により、選考理由はお答えいたしかねます。", encoding="utf-8"
    )
    result = runner.invoke(app, ["mail", "classify", "--reply", str(tmp_path / "r.txt")])
    assert result.exit_code == 0 and "回答なし" in result.output


def test_classify_a_reply_shows_the_sentence_per_cause_and_the_praise(tmp_path: Path) -> None:
    reply = (
        "山田様\n\nお世話になっております。株式会社あおば 採用担当の中村です。\n"
        "営業としての実績は高く評価しておりましたが、当社が今後目指す方向性とは異なると"
        "判断いたしました。\n今後のご活躍をお祈り申し上げます。"
    )
    (tmp_path / "r.txt").write_text(reply, encoding="utf-8")
    result = runner.invoke(app, ["mail", "classify", "--reply", str(tmp_path / "r.txt")])
    flat = "".join(line.strip() for line in result.output.splitlines())
    assert (
        "根拠: 「営業としての実績は高く評価しておりましたが、当社が今後目指す方向性とは異なると判断いたしました。」"
        in flat
    )
    assert "良かった点: 「営業としての実績は高く評価しておりました」" in flat
    assert "お世話になっております" not in flat
    as_json = runner.invoke(app, ["mail", "classify", "--reply", "--json", str(tmp_path / "r.txt")])
    data = json.loads(as_json.stdout)
    assert data["sentences"] == {"culture_fit": reply.split("\n")[3]}
    assert data["praise"] == ["営業としての実績は高く評価しておりました"]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("bad.eml", b"\x00\x01garbage"),
        ("empty.eml", b""),
        ("latin.txt", bytes(range(0x80, 0xFF)) * 3),
    ],
)
def test_classify_bad_files(tmp_path: Path, name: str, data: bytes) -> None:
    (tmp_path / name).write_bytes(data)
    result = runner.invoke(app, ["mail", "classify", str(tmp_path / name)])
    _clean_failure(result)
    assert "エラー" in result.output


def test_classify_needs_something() -> None:
    _clean_failure(runner.invoke(app, ["mail", "classify"]))


# --- draft ----------------------------------------------------------------------------------

DRAFT_ARGS = [
    "mail",
    "draft",
    "--name",
    "山田太郎",
    "--company",
    "株式会社ほしぞら",
    "--stage",
    "一次",
]


def test_draft_readable_with_timing_and_notes() -> None:
    result = runner.invoke(app, [*DRAFT_ARGS, "--notice-date", "2026-11-01"])
    assert result.exit_code == 0, result.output
    for text in ("件名:", "至らなかった点", "タイミング", "見込みは小さく", "10社に1社"):
        assert text in result.output
    assert "同じ業界" in result.output  # why courtesy matters even after a rejection


def test_draft_json_eml_and_mailto(tmp_path: Path) -> None:
    out = tmp_path / "draft.eml"
    args = [*DRAFT_ARGS, "--to", "saiyo@example.co.jp", "--eml", str(out), "--mailto", "--json"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["variant"] == "standard" and data["mailto"].startswith(
        "mailto:saiyo@example.co.jp?"
    )
    assert b"X-Unsent: 1" in out.read_bytes()
    assert [p.name for p in tmp_path.iterdir()] == ["draft.eml"]  # no temporary file left


@pytest.mark.parametrize("variant", ["short", "agent", "phone"])
def test_draft_variants(variant: str) -> None:
    result = runner.invoke(app, [*DRAFT_ARGS, "--variant", variant, "--agent-name", "鈴木"])
    assert result.exit_code == 0, result.output


def test_draft_refuses_a_stage_or_notice_day_it_cannot_use() -> None:
    """QA P3: 「先日の五次面接では」 and 「本日、選考結果のご連絡」 for a day to come; the
    web's wording for a day that does not exist."""
    messages = {
        "--stage 五次": "--stage は次のいずれかで指定してください",
        "--notice-date 2099-01-01": "未来の日付です",
        "--notice-date 2026-02-30": "2026年2月30日という日はありません",
    }
    for args, message in messages.items():
        result = runner.invoke(app, [*DRAFT_ARGS, *args.split()])
        _clean_failure(result)
        assert message in result.stderr and result.stderr.count("\n") == 1


@pytest.mark.parametrize(
    "extra",
    [
        ["--notice-date", "2026-11-01x"],
        ["--notice-date", "2026-02-30"],
        ["--notice-date", "2099-01-01"],
        ["--stage", "五次"],
        ["--variant", "letter"],
        ["--variant", "phone", "--eml", "x.eml"],
    ],
)
def test_draft_bad_input(tmp_path: Path, extra: list[str]) -> None:
    result = runner.invoke(
        app, [*DRAFT_ARGS, *[str(tmp_path / e) if e == "x.eml" else e for e in extra]]
    )
    _clean_failure(result)
    assert not (tmp_path / "x.eml").exists()


def test_draft_into_a_missing_folder_writes_nothing(tmp_path: Path) -> None:
    result = runner.invoke(app, [*DRAFT_ARGS, "--eml", str(tmp_path / "no" / "d.eml")])
    _clean_failure(result)
    assert not (tmp_path / "no").exists()


# --- check ----------------------------------------------------------------------------------


def test_check_a_draft_made_by_draft_is_clean(tmp_path: Path) -> None:
    out = tmp_path / "d.eml"
    runner.invoke(app, [*DRAFT_ARGS, "--eml", str(out)])
    result = runner.invoke(app, ["mail", "check", str(out)])
    assert result.exit_code == 0, result.output
    assert "問題は見つかりませんでした" in result.output


def test_check_reports_issues_with_line_and_fix(tmp_path: Path) -> None:
    f = tmp_path / "m.txt"
    f.write_text("御社の人事部の方へ\nなぜ落ちたのか至急教えてください。", encoding="utf-8")
    result = runner.invoke(app, ["mail", "check", str(f)])
    assert result.exit_code == 1
    for text in ("2 行目「なぜ落ちた」", "1 行目「御社」", "直し方", "（不足）"):
        assert text in result.output
    data = json.loads(runner.invoke(app, ["mail", "check", str(f), "--json"]).stdout)
    assert data[0]["span"] == {"start": 0, "end": 2, "text": "御社"}


def test_check_from_stdin() -> None:
    result = runner.invoke(app, ["mail", "check", "-", "--json"], input="すみません。")
    assert result.exit_code == 1 and json.loads(result.stdout)[0]["code"] == "casual"


def test_check_missing_file(tmp_path: Path) -> None:
    _clean_failure(runner.invoke(app, ["mail", "check", str(tmp_path / "none.txt")]))


# --- import ---------------------------------------------------------------------------------


def test_import_eml_folder_and_mbox_skip_duplicates(
    tmp_path: Path, mails: dict[str, bytes]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, raw in mails.items():
        (folder / f"{name}.eml").write_bytes(raw)
    box = mailbox.mbox(str(tmp_path / "box"))
    box.add(mails["iso2022"])
    box.close()
    result = runner.invoke(app, ["mail", "import", str(folder), str(tmp_path / "box"), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data) == 5  # six mails, one not recruiting, the mbox copy a duplicate
    assert {d["notice"]["label"] for d in data} == {
        "rejection",
        "pass",
        "offer",
        "interview_invite",
    }
    readable = runner.invoke(app, ["mail", "import", str(folder)])
    assert "選考のメール 5 件（読み込んだメール 6 件）" in readable.output
    assert "不採用の通知" in readable.output


def test_import_with_a_bad_mail_warns_and_fails(tmp_path: Path) -> None:
    (tmp_path / "a.eml").write_bytes(NOTICE)
    (tmp_path / "b.eml").write_bytes(b"\x00\x00")
    result = runner.invoke(
        app, ["mail", "import", str(tmp_path / "a.eml"), str(tmp_path / "b.eml"), "--json"]
    )
    _clean_failure(result, 1)
    assert len(json.loads(result.stdout)) == 1
    assert "b.eml" in result.stderr


@pytest.mark.parametrize("name", ["empty.mbox", "empty"])
def test_import_empty_mbox(tmp_path: Path, name: str) -> None:
    (tmp_path / name).write_bytes(b"")
    result = runner.invoke(app, ["mail", "import", str(tmp_path / name)])
    _clean_failure(result)
    assert "空" in result.output


def test_import_needs_a_source() -> None:
    _clean_failure(runner.invoke(app, ["mail", "import"]))


def _imap_args(server: Imap, *extra: str) -> list[str]:
    return ["mail", "import", "--imap", server.host, "--port", str(server.tls_port),
            "--user", server.user, "--ca-file", str(server.ca_file), *extra]  # fmt: skip


@pytest.mark.imap
def test_import_imap_with_the_password_from_the_environment(imap_server: Imap) -> None:
    env = {"FURIKAERI_IMAP_PASSWORD": imap_server.password}
    result = runner.invoke(app, _imap_args(imap_server, "--json", "--since", "2026-11-19"), env=env)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [d["notice"]["label"] for d in data] == ["interview_invite", "rejection"]
    assert imap_server.password not in result.output


@pytest.mark.imap
def test_import_imap_insecure_and_starttls(imap_server: Imap) -> None:
    env = {"FURIKAERI_IMAP_PASSWORD": imap_server.password}
    args = ["mail", "import", "--imap", imap_server.host, "--port", str(imap_server.port),
            "--user", imap_server.user, "--starttls", "--insecure", "--all", "--json"]  # fmt: skip
    result = runner.invoke(app, args, env=env)
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)) == 6
    assert "検証しません" in result.stderr


@pytest.mark.imap
def test_import_imap_wrong_password(imap_server: Imap) -> None:
    result = runner.invoke(
        app, _imap_args(imap_server), env={"FURIKAERI_IMAP_PASSWORD": "nope-456"}
    )
    _clean_failure(result)
    assert "ログインできません" in result.output and "nope-456" not in result.output


def test_import_imap_without_a_password_and_no_terminal() -> None:
    result = runner.invoke(
        app,
        ["mail", "import", "--imap", "127.0.0.1", "--user", "u"],
        env={"FURIKAERI_IMAP_PASSWORD": None},
    )
    _clean_failure(result)
    assert "FURIKAERI_IMAP_PASSWORD" in result.output


def test_import_imap_unreachable_host() -> None:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = runner.invoke(
        app, ["mail", "import", "--imap", "127.0.0.1", "--port", str(port), "--user", "u"],
        env={"FURIKAERI_IMAP_PASSWORD": "p"},
    )  # fmt: skip
    _clean_failure(result)
    assert "接続できません" in result.output


def test_import_since_filters_files_by_their_date(tmp_path: Path, mails: dict[str, bytes]) -> None:
    for name, raw in mails.items():
        (tmp_path / f"{name}.eml").write_bytes(raw)
    result = runner.invoke(
        app, ["mail", "import", str(tmp_path), "--since", "2026-11-19", "--json"]
    )
    assert result.exit_code == 0, result.output
    assert [d["message_id"] for d in json.loads(result.stdout)] == [
        "<html@example.co.jp>",
        "<qp@example.co.jp>",
    ]


def test_draft_from_the_notice_reads_company_stage_date_and_address(tmp_path: Path) -> None:
    (tmp_path / "n.eml").write_bytes(NOTICE)  # dated 2026-11-20, from saiyo@example.co.jp
    args = ["mail", "draft", "--name", "山田太郎", "--notice", str(tmp_path / "n.eml"), "--json"]
    data = json.loads(runner.invoke(app, args).stdout)
    assert data["to"] == "saiyo@example.co.jp"
    assert data["body"].startswith("株式会社ほしぞら\n採用ご担当者様")
    assert "先日の一次面接" in data["body"]
    assert data["timing"]["days_since_notice"] is not None


def test_draft_without_a_company_is_a_clear_error() -> None:
    _clean_failure(runner.invoke(app, ["mail", "draft", "--name", "山田太郎"]))


def test_jsonl_that_is_not_utf8_is_a_clear_error(tmp_path: Path) -> None:
    src = tmp_path / "sjis.jsonl"
    src.write_bytes('{"id": "a", "body": "見送り"}\n'.encode("cp932"))
    result = runner.invoke(app, ["mail", "classify", "--jsonl", str(src)])
    _clean_failure(result)
    assert "UTF-8" in result.output


@pytest.mark.imap
def test_import_imap_without_tls_warns(imap_server: Imap) -> None:
    args = ["mail", "import", "--imap", imap_server.host, "--port", str(imap_server.port),
            "--user", imap_server.user, "--no-tls", "--json"]  # fmt: skip
    result = runner.invoke(app, args, env={"FURIKAERI_IMAP_PASSWORD": imap_server.password})
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)) == 5
    assert "暗号化せず" in result.stderr


def test_no_tls_cannot_be_combined_with_tls_options() -> None:
    args = ["mail", "import", "--imap", "127.0.0.1", "--user", "u", "--no-tls", "--starttls"]
    result = runner.invoke(app, args, env={"FURIKAERI_IMAP_PASSWORD": "p"})
    _clean_failure(result)


# --- import --confirm -----------------------------------------------------------------------


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return migrated_sqlite(tmp_path / "confirm.sqlite3")


def _two_applications(db_url: str) -> tuple[int, int]:
    from furikaeri import store as st
    from furikaeri.store import open_store

    opened = open_store(db_url)
    with opened.session() as s:
        found = st.create_application(s, company="株式会社ほしぞら").id
        other = st.create_application(s, company="株式会社つきあかり").id
    opened.close()
    return found, other


def _notices(db_url: str) -> list[tuple[int | None, bool]]:
    from sqlalchemy import select

    from furikaeri.store import open_store
    from furikaeri.store.models import Notice

    opened = open_store(db_url)
    with opened.session(readonly=True) as s:
        rows = [(n.application_id, n.confirmed) for n in s.scalars(select(Notice))]
    opened.close()
    return rows


def test_import_confirm_off_a_terminal_asks_nothing(tmp_path: Path, db_url: str) -> None:
    found, _ = _two_applications(db_url)
    (tmp_path / "n.eml").write_bytes(NOTICE)
    result = runner.invoke(
        app, ["mail", "import", "--confirm", str(tmp_path / "n.eml"), "--db", db_url]
    )
    assert result.exit_code == 0, result.output
    assert "端末ではないため" in result.output and "/notices/confirm" in result.output
    assert _notices(db_url) == [(found, False)]  # filed as before, left to confirm


def test_import_confirm_on_a_terminal_moves_the_notice(tmp_path: Path, db_url: str) -> None:
    import os
    import pty
    import select
    import subprocess
    import sys
    import time

    found, other = _two_applications(db_url)
    (tmp_path / "n.eml").write_bytes(NOTICE)
    master, slave = pty.openpty()
    command = [sys.executable, "-m", "furikaeri", "mail", "import", "--confirm"]
    proc = subprocess.Popen(
        [*command, str(tmp_path / "n.eml"), "--db", db_url],
        stdin=slave,
        stdout=subprocess.DEVNULL,
        stderr=slave,
        close_fds=True,
    )
    os.close(slave)
    seen, answered, deadline = b"", False, time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.5)
        if ready:
            try:
                seen += os.read(master, 4096)
            except OSError:
                break
        if not answered and "違えば応募の番号".encode() in seen:
            os.write(master, b"999\n")  # not an application: asked again
            answered = True
        if answered and "で答えてください".encode() in seen:
            os.write(master, f"{other}\n".encode())
            seen = seen.replace("で答えてください".encode(), b"")
    proc.wait(timeout=30)
    os.close(master)
    text = seen.decode("utf-8", "replace")
    assert proc.returncode == 0, text
    assert f"応募 {found}（株式会社ほしぞら）" in text
    assert "1 件の通知を確認しました（選び直し 1 件）" in text
    assert _notices(db_url) == [(other, True)]


def test_import_reads_utf16_and_nul_laden_mails_and_names_an_empty_one(tmp_path: Path) -> None:
    """Hostile files: a mail saved as UTF-16 (with and without its BOM) or with NUL bytes is
    imported like any mail; an empty one is named with a message; no traceback."""
    folder = tmp_path / "in"
    folder.mkdir()

    def notice(company: str, msgid: str) -> bytes:
        body = f"山田様\n\n慎重に検討しました結果、今回は採用を見送らせていただきます。\n\n{company} 人事部"
        return make_mail(subject=f"【{company}】一次面接の結果", msgid=msgid, body=body)

    text = notice("株式会社ゆーてぃーえふ", "u16").decode("utf-8")
    (folder / "bom.eml").write_bytes(text.encode("utf-16"))
    (folder / "nobom.eml").write_bytes(
        notice("株式会社びっぐえんでぃあん", "u16be").decode().encode("utf-16-be")
    )
    nul = notice("株式会社ぬるもじ", "nul").replace("今回".encode(), "今\x00回".encode())
    (folder / "nul.eml").write_bytes(nul)
    (folder / "empty.eml").write_bytes(b"")
    db = migrated_sqlite(tmp_path / "db.sqlite3")
    result = runner.invoke(app, ["mail", "import", str(folder), "--db", db])
    _clean_failure(result, 1)  # one unreadable mail: named, the others imported
    assert "empty.eml" in result.stderr and "空" in result.stderr
    from furikaeri import store

    opened = store.open_store(db)
    with opened.session(readonly=True) as session:
        companies = {a.company for a in store.list_applications(session)}
    opened.close()
    assert companies == {"株式会社ゆーてぃーえふ", "株式会社びっぐえんでぃあん", "株式会社ぬるもじ"}


def test_classify_reads_a_mail_saved_as_utf16_whatever_its_name(tmp_path: Path) -> None:
    """A mail saved as UTF-16 under another name than .eml (notice.txt) is still found to be a
    mail: it was read as text in a legacy codec and judged 「選考結果ではないメール」."""
    path = tmp_path / "notice.txt"
    path.write_bytes(NOTICE.decode("utf-8").encode("utf-16"))
    result = runner.invoke(app, ["mail", "classify", str(path)])
    assert result.exit_code == 0, result.output
    assert "不採用の通知" in result.output and "株式会社ほしぞら" in result.output


# QA, the mail side: what to do first about feedback, and a bare body read alike by `mail
# classify` and `mail import`.


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
