"""`furikaeri mail import` of many .eml files: how long filing the notices in the store takes.

Writes --messages .eml files (rejections, passes and interview invitations from --companies
companies, a few sent twice under one Message-ID) into a temporary folder, parses them once
(`furikaeri.mail.importer.iter_eml_files`), then times, against a fresh database:
- ``file``: `furikaeri.inbox.file_imported` of all of them (what `mail import` does after
  reading), as the CLI calls it;
- ``refile``: the same again (every notice already filed: the idempotent re-import);
- ``cli``: the whole `furikaeri mail import FOLDER --db URL` in a subprocess (reading, parsing,
  classifying, the table, filing), on another fresh database.
The last line is JSON: {"messages", "parse_s", "file_s", "file_ms_per_message", "refile_s",
"cli_s", "filed", "database"}.

Run: .venv/bin/python benchmarks/mail_import.py [--messages 2000] [--companies 400] [--postgres]
With --postgres the databases are fresh schemas on FURIKAERI_TEST_POSTGRES_URL.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import subprocess
import sys
import tempfile
import time
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from bench_support import scratch_database

from furikaeri.inbox import file_imported
from furikaeri.mail.importer import iter_eml_files
from furikaeri.store.database import open_store

BODIES = {
    "rejection": (
        "{name}様\n\nこの度は弊社の{stage}面接にお越しいただき、誠にありがとうございました。\n"
        "慎重に選考を進めました結果、誠に残念ながら今回はご期待に添いかねる結果となりました。\n"
        "{name}様の今後のご活躍を心よりお祈り申し上げます。\n\n{company} 人事部 採用担当"
    ),
    "pass": (
        "{name}様\n\n先日は{stage}面接にお越しいただきありがとうございました。\n"
        "選考の結果、次の選考にお進みいただくことになりました。\n"
        "日程は追ってご連絡いたします。\n\n{company} 人事部 採用担当"
    ),
    "invite": (
        "{name}様\n\n{company} 採用担当です。{stage}面接の日程についてご連絡いたします。\n"
        "下記の候補日からご都合のよい日時をお知らせください。\n\n{company} 人事部 採用担当"
    ),
}
SUBJECTS = {
    "rejection": "選考結果のご連絡（{company}）",
    "pass": "{stage}面接の結果のご連絡（{company}）",
    "invite": "{stage}面接日程のご案内（{company}）",
}
STAGES = ("一次", "二次", "最終")


def write_mails(folder: Path, *, messages: int, companies: int) -> None:
    """``messages`` .eml files; every 50th repeats the previous Message-ID (sent twice)."""
    import datetime as dt

    start = dt.datetime(2026, 6, 1, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    for n in range(messages):
        kind = ("invite", "pass", "rejection")[n % 3]
        company = f"株式会社ベンチ{n % companies:04d}"
        stage = STAGES[(n // 3) % len(STAGES)]
        words = {"name": "山田", "company": company, "stage": stage}
        msg = EmailMessage()
        msg["From"] = f"{company} 採用担当 <saiyo{n % companies}@example.co.jp>"
        msg["To"] = "yamada@example.jp"
        msg["Subject"] = SUBJECTS[kind].format(**words)
        msg["Date"] = format_datetime(start + dt.timedelta(hours=n))
        msg_n = n - 1 if n % 50 == 49 else n
        msg["Message-ID"] = f"<bench-{msg_n}@example.co.jp>"
        msg.set_content(BODIES[kind].format(**words) + f"\n（受付番号 {msg_n:05d}）")
        (folder / f"{n:05d}.eml").write_bytes(bytes(msg))


def timed_filing(url: str, items: list[Any]) -> tuple[float, float, int]:
    """(seconds to file, seconds to file again, notices filed)."""
    store = open_store(url)
    try:
        started = time.perf_counter()
        summary = _file(store, items)
        first = time.perf_counter() - started
        started = time.perf_counter()
        again = _file(store, items)
        second = time.perf_counter() - started
        assert again.filed == 0, "a re-import filed notices again"
        return first, second, summary.filed
    finally:
        store.close()


def _file(store: Any, items: list[Any]) -> Any:
    """file_imported as the CLI calls it; before batching (issue 11) it took a session, which
    this still accepts so that a checkout from before can be measured with the same script."""
    if "store" in inspect.signature(file_imported).parameters:
        return file_imported(store, items)
    with store.session() as session:
        return file_imported(session, items)


def timed_cli(url: str, folder: Path, data_dir: Path) -> float:
    exe = Path(sys.executable).with_name("furikaeri")
    env = {**os.environ, "FURIKAERI_DATA_DIR": str(data_dir)}
    started = time.perf_counter()
    subprocess.run(
        [str(exe), "mail", "import", str(folder), "--db", url],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--companies", type=int, default=400)
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()
    if args.postgres and not os.environ.get("FURIKAERI_TEST_POSTGRES_URL"):
        raise SystemExit("--postgres needs FURIKAERI_TEST_POSTGRES_URL")
    with tempfile.TemporaryDirectory(prefix="furikaeri-mail-") as name:
        tmp = Path(name)
        folder = tmp / "mail"
        folder.mkdir()
        write_mails(folder, messages=args.messages, companies=args.companies)
        started = time.perf_counter()
        items = list(iter_eml_files([folder]))
        parse_s = time.perf_counter() - started
        url, drop = scratch_database(tmp, "file", args.postgres)
        try:
            file_s, refile_s, filed = timed_filing(url, items)
        finally:
            drop()
        url, drop = scratch_database(tmp, "cli", args.postgres)
        try:
            cli_s = timed_cli(url, folder, tmp)
        finally:
            drop()
    report = {
        "messages": args.messages,
        "parse_s": round(parse_s, 2),
        "file_s": round(file_s, 2),
        "file_ms_per_message": round(file_s * 1000 / args.messages, 2),
        "refile_s": round(refile_s, 2),
        "cli_s": round(cli_s, 2),
        "filed": filed,
        "database": "postgresql" if args.postgres else "sqlite",
    }
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main()
