"""Fixtures for the mail tests: sample Japanese mails as real RFC 5322 bytes, and a real
dovecot IMAP server (session-scoped) on 127.0.0.1 with TLS and a Maildir of those mails."""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from mail_samples import Imap, sample_mails
from support import free_port, require

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"


@pytest.fixture(scope="session")
def mails() -> dict[str, bytes]:
    return sample_mails()


# --- dovecot --------------------------------------------------------------------------------


def _cert(dirpath: Path) -> tuple[Path, Path]:
    cert, key = dirpath / "cert.pem", dirpath / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=localhost",
         "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost"],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


def _fill_maildir(maildir: Path, messages: dict[str, bytes], uid: int, gid: int) -> None:
    from email import message_from_bytes
    from email.utils import parsedate_to_datetime

    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    for n, (_name, raw) in enumerate(messages.items()):
        # Unread mail in cur/ (no S flag); mtime = INTERNALDATE, which IMAP SINCE searches.
        path = maildir / "cur" / f"{1700000000 + n}.M{n}P1.test:2,"
        path.write_bytes(raw)
        when = parsedate_to_datetime(str(message_from_bytes(raw)["Date"])).timestamp()
        os.utime(path, (when, when))
    for p in [maildir, *maildir.rglob("*")]:
        os.chown(p, uid, gid)


def _config(
    root: Path, *, port: int, tls_port: int, cert: Path, key: Path, uid: int, gid: int
) -> str:
    me = pwd.getpwuid(os.getuid()).pw_name
    as_root = os.getuid() == 0
    login_user = "dovenull" if as_root else me
    internal_user = "dovecot" if as_root else me
    return f"""
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
disable_plaintext_auth = no
# The wrong-password test must not slow down the tests after it (delay and anvil penalty).
auth_failure_delay = 0
auth_mechanisms = plain login
default_login_user = {login_user}
default_internal_user = {internal_user}
first_valid_uid = 1
mail_location = maildir:{root}/home/%u/Maildir
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
  {"" if as_root else "chroot ="}
}}
service anvil {{
  {"" if as_root else "chroot ="}
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
"""


def _wait_for(port: int, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"dovecot exited: {log.read_text() if log.exists() else ''}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    pytest.fail("dovecot did not start listening")


@pytest.fixture(scope="session")
def imap_server(mails: dict[str, bytes]) -> Iterator[Imap]:
    require(os.path.exists(DOVECOT), "dovecot (Debian dovecot-imapd) is not installed")
    require(shutil.which("openssl") is not None, "the openssl command is not installed")
    # Not under pytest's 0700 basetemp: as root, mail is served as 'nobody', who must reach it.
    root = Path(tempfile.mkdtemp(prefix="furikaeri-dovecot-"))
    root.chmod(0o755)
    if os.getuid() == 0:
        uid, gid = pwd.getpwnam("nobody").pw_uid, grp.getgrnam("nogroup").gr_gid
    else:
        uid, gid = os.getuid(), os.getgid()
    port, tls_port = free_port(), free_port()
    cert, key = _cert(root)
    (root / "passwd").write_text("taro:{PLAIN}s3cret-pass\n")
    (root / "passwd").chmod(0o644)  # read by dovecot's auth processes, whatever the umask
    home = root / "home" / "taro"
    _fill_maildir(home / "Maildir", mails, uid, gid)
    os.chown(home, uid, gid)
    os.chown(root / "home", uid, gid)
    conf = root / "dovecot.conf"
    conf.write_text(
        _config(root, port=port, tls_port=tls_port, cert=cert, key=key, uid=uid, gid=gid)
    )
    proc = subprocess.Popen(
        [DOVECOT, "-F", "-c", str(conf)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        _wait_for(port, proc, root / "dovecot.log")
        _wait_for(tls_port, proc, root / "dovecot.log")
        yield Imap("127.0.0.1", port, tls_port, "taro", "s3cret-pass", cert, home / "Maildir")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(root, ignore_errors=True)
