"""Import recruiting mail from .eml files, an mbox or IMAP (read-only: EXAMINE and BODY.PEEK,
nothing is marked read or deleted). Each mail is parsed and, when it is recruiting mail,
classified. Duplicates are skipped by Message-ID. Side effects: reads files; opens one IMAP
connection per iter_imap call. The password is never stored or logged."""

from __future__ import annotations

import contextlib
import mailbox
import re
import socket
import ssl
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from furikaeri.errors import FurikaeriError
from furikaeri.library_logs import quiet
from furikaeri.mail.notice import NoticeResult, classify_mail
from furikaeri.mail.parse import MailParseError, ParsedMail, parse_mail_or_body, parse_message
from furikaeri.patterns import union

_FETCH_BATCH = 50
OnError = Callable[[str, Exception], None]
Progress = Callable[[int, int], None]


class MailImportError(FurikaeriError):
    """Input that cannot be imported (message in Japanese, safe to show; never a password)."""


@dataclass(frozen=True)
class ImportedMail:
    parsed: ParsedMail
    notice: NoticeResult | None  # None: not recruiting mail
    source: str  # a path, "path#3" for the 3rd mbox message, or "imap://host/folder;UID=7"

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            **self.parsed.to_dict(),
            "notice": self.notice.to_dict() if self.notice else None,
        }


@cache
def _recruiting() -> re.Pattern[str]:
    from furikaeri.catalogue import load_data

    return union(load_data("mail_notices.toml")["recruiting"]["patterns"])


def classify_parsed(parsed: ParsedMail) -> NoticeResult | None:
    """The notice of a recruiting mail, or None for any other mail."""
    result = classify_mail(parsed)
    if result.label != "other":
        return result
    if not result.company:
        # Recruiting words alone (a friend writing about 面接) do not make a recruiting mail:
        # with no company named it would be listed, and filed, on every import.
        return None
    text = f"{parsed.subject or ''}\n{parsed.body_text}"
    return result if _recruiting().search(text) else None


def _build(
    raw: bytes,
    source: str,
    seen: set[str],
    on_error: OnError | None,
    *,
    parse: Callable[[bytes], ParsedMail] = parse_message,
) -> ImportedMail | None:
    try:
        parsed = parse(raw)
    except MailParseError as exc:
        if on_error is None:
            raise MailImportError(f"{source}: {exc}") from exc
        on_error(source, exc)
        return None
    if parsed.message_id:
        if parsed.message_id in seen:
            return None
        seen.add(parsed.message_id)
    return ImportedMail(parsed=parsed, notice=classify_parsed(parsed), source=source)


def iter_eml_files(
    paths: Iterable[str | Path],
    *,
    seen: set[str] | None = None,
    on_error: OnError | None = None,
) -> Iterator[ImportedMail]:
    """Each .eml file (a directory contributes its *.eml files, sorted). ``seen`` is shared
    between calls to skip duplicates across sources; ``on_error`` makes bad mails and files
    that cannot be read skippable (without it, either raises MailImportError)."""
    seen = set() if seen is None else seen
    for path in _expand(paths):
        try:
            raw = path.read_bytes()
        except OSError as exc:
            if on_error is None:
                raise MailImportError(f"ファイルを読めません: {path} ({exc.strerror})") from exc
            on_error(str(path), MailImportError(f"ファイルを読めません（{exc.strerror}）"))
            continue
        # A file may hold a body alone (as `mail classify` reads it); an mbox or IMAP never.
        item = _build(raw, str(path), seen, on_error, parse=parse_mail_or_body)
        if item is not None:
            yield item


def _expand(paths: Iterable[str | Path]) -> list[Path]:
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(p.glob("*.eml"))
        elif p.exists():
            out.append(p)
        else:
            raise MailImportError(f"ファイルが見つかりません: {p}")
    return out


def iter_mbox(
    path: str | Path,
    *,
    seen: set[str] | None = None,
    on_error: OnError | None = None,
) -> Iterator[ImportedMail]:
    """Each message of an mbox file; an empty or non-mbox file raises MailImportError."""
    seen = set() if seen is None else seen
    p = Path(path)
    try:
        with p.open("rb") as fh:
            head = fh.read(5)
    except OSError as exc:
        raise MailImportError(f"ファイルを読めません: {p} ({exc.strerror})") from exc
    if not head:
        raise MailImportError(f"mbox が空です: {p}")
    if head != b"From ":
        raise MailImportError(f"mbox 形式ではありません（先頭が「From 」ではありません）: {p}")
    box = mailbox.mbox(str(p), create=False)
    try:
        for n, key in enumerate(box.iterkeys(), start=1):
            item = _build(box.get_bytes(key), f"{p}#{n}", seen, on_error)
            if item is not None:
                yield item
    finally:
        box.close()


def is_mbox(path: str | Path) -> bool:
    """True when the file starts like an mbox (「From 」 line)."""
    try:
        with Path(path).open("rb") as fh:
            return fh.read(5) == b"From "
    except OSError:
        return False


def iter_imap(
    *,
    host: str,
    user: str,
    password: str,
    folder: str = "INBOX",
    port: int | None = None,
    tls: bool = True,
    starttls: bool = False,
    since: date | None = None,
    ssl_context: ssl.SSLContext | None = None,
    timeout: float = 30.0,
    seen: set[str] | None = None,
    on_error: OnError | None = None,
    progress: Progress | None = None,
) -> Iterator[ImportedMail]:
    """Each message of an IMAP folder, read-only (EXAMINE, BODY.PEEK[]): nothing is marked
    read. TLS: implicit (port 993) by default, STARTTLS with ``starttls=True`` (port 143),
    none with ``tls=False``. ``progress(done, total)`` is called after each fetched batch."""
    seen = set() if seen is None else seen
    client = _connect(host, port, tls=tls, starttls=starttls, ctx=ssl_context, timeout=timeout)
    try:
        _login(client, user, password)
        uids = _search(client, folder, since)
        for uid, raw in _fetch_all(client, uids, progress):
            item = _build(raw, f"imap://{host}/{folder};UID={uid}", seen, on_error)
            if item is not None:
                yield item
    finally:
        _logout(client)


def _fetch_all(
    client: Any, uids: list[int], progress: Progress | None
) -> Iterator[tuple[int, bytes]]:
    """(uid, raw message) in batches, with BODY.PEEK[] so that nothing is flagged \\Seen."""
    for start in range(0, len(uids), _FETCH_BATCH):
        batch = uids[start : start + _FETCH_BATCH]
        fetched = _fetch(client, batch)
        for uid in batch:
            raw = (fetched.get(uid) or {}).get(b"BODY[]")
            if isinstance(raw, bytes):
                yield uid, raw
        if progress is not None:
            progress(start + len(batch), len(uids))


def _connect(
    host: str,
    port: int | None,
    *,
    tls: bool,
    starttls: bool,
    ctx: ssl.SSLContext | None,
    timeout: float,
) -> Any:
    from imapclient import IMAPClient

    implicit = tls and not starttls
    port = port or (993 if implicit else 143)
    where = f"{host}:{port}"
    try:
        client = IMAPClient(host, port=port, ssl=implicit, ssl_context=ctx, timeout=timeout)
        if tls and starttls:
            client.starttls(ctx or ssl.create_default_context())
    except ssl.SSLCertVerificationError as exc:
        raise MailImportError(
            f"{where} との TLS 接続に失敗しました（証明書を確認してください: {exc.reason}）。"
        ) from exc
    except ssl.SSLError as exc:
        # Not the certificate: the port does not speak TLS (e.g. 143 without --starttls).
        raise MailImportError(
            f"{where} は TLS で応答しませんでした（{exc.reason}）。"
            "ポート993（TLS）を指定するか、ポート143なら --starttls を付けてください。"
        ) from exc
    except socket.gaierror as exc:
        raise MailImportError(f"IMAP サーバーが見つかりません: {host}") from exc
    except TimeoutError as exc:
        raise MailImportError(f"{where} への接続がタイムアウトしました。") from exc
    except OSError as exc:
        raise MailImportError(f"{where} に接続できません（{exc.strerror or exc}）。") from exc
    except Exception as exc:  # imapclient's own errors (e.g. no STARTTLS capability)
        raise MailImportError(f"{where} との接続に失敗しました（{type(exc).__name__}）。") from exc
    return client


def _login(client: Any, user: str, password: str) -> None:
    from imapclient.exceptions import IMAPClientError, LoginError

    try:
        client.login(user, password)
    except LoginError:
        raise MailImportError(
            f"IMAP にログインできません。ユーザー名（{user}）とパスワードを確認してください。"
        ) from None
    except (IMAPClientError, OSError) as exc:
        raise MailImportError(f"IMAP にログインできません（{type(exc).__name__}）。") from None


def _search(client: Any, folder: str, since: date | None) -> list[int]:
    from imapclient.exceptions import IMAPClientError

    try:
        with quiet("imapclient.util"):
            # EXAMINE: the folder stays untouched. The server's "doesn't exist" echoes the
            # name in UTF-8, which imapclient logs a decode warning about: our error says it.
            client.select_folder(folder, readonly=True)
    except IMAPClientError as exc:
        raise MailImportError(f"フォルダーを開けません: {folder}") from exc
    criteria: list[Any] = ["SINCE", since] if since else ["ALL"]
    return sorted(_guard(lambda: client.search(criteria)))


def _fetch(client: Any, uids: list[int]) -> dict[int, dict[bytes, Any]]:
    result: dict[int, dict[bytes, Any]] = _guard(lambda: client.fetch(uids, ["BODY.PEEK[]"]))
    return result


def _guard(call: Callable[[], Any]) -> Any:
    from imapclient.exceptions import IMAPClientError

    try:
        return call()
    except (IMAPClientError, OSError) as exc:
        raise MailImportError(
            f"IMAP サーバーとの通信に失敗しました（{type(exc).__name__}）。"
        ) from exc


def _logout(client: Any) -> None:
    with contextlib.suppress(Exception):
        client.logout()
