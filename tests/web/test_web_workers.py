"""`furikaeri serve --workers N`: the option is accepted and N server processes answer (the real
command on a free port); out-of-range values are refused before anything starts."""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.request
from pathlib import Path

from browser_support import _wait_until_up
from support import free_port
from typer.testing import CliRunner

from furikaeri.cli import app


def test_two_workers_serve_the_pages(tmp_path: Path) -> None:
    port = free_port()
    db = f"sqlite:///{tmp_path / 'workers.sqlite3'}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("FURIKAERI_")}
    env["FURIKAERI_DATA_DIR"] = str(tmp_path)
    cmd = [sys.executable, "-m", "furikaeri", "serve", "--no-browser", "--port", str(port)]
    proc = subprocess.Popen(
        [*cmd, "--workers", "2", "--db", db], env=env, stdout=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url + "/", proc, timeout=60)
        for _ in range(4):  # whichever worker answers
            with urllib.request.urlopen(url + "/", timeout=10) as response:
                assert response.status == 200
                assert "ダッシュボード" in response.read().decode()
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_a_number_of_workers_out_of_range_is_refused() -> None:
    for bad in ("0", "65", "two"):
        result = CliRunner().invoke(app, ["serve", "--no-browser", "--workers", bad])
        assert result.exit_code == 2, (bad, result.output)
        assert "--workers" in result.output
