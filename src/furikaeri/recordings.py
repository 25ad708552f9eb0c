"""Recordings the user chose to keep (opt-in; by default a recording is measured in memory and
dropped). Kept as files in ``<data dir>/recordings``: the audio as uploaded and a JSON file of
its metrics beside it. Listing and reading never create anything; delete removes both files."""

from __future__ import annotations

import json
import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from furikaeri.errors import FurikaeriError
from furikaeri.files import write_whole

FOLDER = "recordings"
# Container names FFmpeg reports, to the file suffix a player expects.
SUFFIXES = {"matroska,webm": "webm", "ogg": "ogg", "wav": "wav", "mp3": "mp3", "flac": "flac"}
MP4 = "m4a"  # "mov,mp4,m4a,3gp,3g2,mj2"
MEDIA_TYPES = {
    "webm": "audio/webm",
    "ogg": "audio/ogg",
    "wav": "audio/wav",
    "mp3": "audio/mpeg",
    "flac": "audio/flac",
    "m4a": "audio/mp4",
}
_NAME = re.compile(r"^\d{8}-\d{6}-[0-9a-f]{8}\.(webm|ogg|wav|mp3|flac|m4a)$")


class RecordingNotFound(FurikaeriError):
    status = 404
    exit_code = 1


@dataclass(frozen=True, slots=True)
class Recording:
    name: str
    path: Path
    size: int
    recorded_at: datetime
    metrics: dict[str, Any]

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[self.path.suffix[1:]]


def folder(data_dir: Path) -> Path:
    return Path(data_dir) / FOLDER


def suffix_for(container_format: str) -> str:
    return SUFFIXES.get(container_format, MP4 if "mp4" in container_format else "webm")


def save(data_dir: Path, data: bytes, *, container_format: str, metrics: dict[str, Any]) -> str:
    """Keep ``data`` with its metrics; returns the new name. Written under a temporary name and
    renamed, metrics first, so a failure never leaves half a recording listed."""
    target = folder(data_dir)
    target.mkdir(parents=True, exist_ok=True)
    now = datetime.now().strftime("%Y%m%d-%H%M%S")
    name = f"{now}-{secrets.token_hex(4)}.{suffix_for(container_format)}"
    write_whole(target / f"{name}.json", json.dumps(metrics, ensure_ascii=False))
    try:
        write_whole(target / name, data)
    except OSError:
        (target / f"{name}.json").unlink(missing_ok=True)
        raise
    return name


def list_recordings(data_dir: Path) -> list[Recording]:
    """Kept recordings, newest first (an absent folder is an empty list)."""
    base = folder(data_dir)
    if not base.is_dir():
        return []
    names = sorted((p.name for p in base.iterdir() if _NAME.match(p.name)), reverse=True)
    return [_load(base / name) for name in names]


def _load(path: Path) -> Recording:
    try:
        metrics = json.loads(path.with_name(f"{path.name}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        metrics = {}
    stamp = datetime.strptime(path.name[:15], "%Y%m%d-%H%M%S")
    return Recording(path.name, path, path.stat().st_size, stamp, metrics)


def get(data_dir: Path, name: str) -> Recording:
    """The kept recording ``name``; RecordingNotFound for anything else (no path escapes)."""
    path = folder(data_dir) / name
    if not _NAME.match(name) or not path.is_file():
        raise RecordingNotFound("この録音は見つかりません。すでに削除された可能性があります。")
    return _load(path)


def delete(data_dir: Path, name: str) -> None:
    """Delete the recording and its metrics file."""
    recording = get(data_dir, name)
    recording.path.unlink(missing_ok=True)
    recording.path.with_name(f"{name}.json").unlink(missing_ok=True)
