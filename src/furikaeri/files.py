"""Files the commands write (an export, a report, a draft .eml): written whole or not at all.

The text goes to an owner-only temporary file beside the target, which is then renamed over
it. A failure or a Ctrl+C part-way (a full disk, a large export) leaves the earlier file as it
was: `furikaeri export backup.json` used to truncate last week's good backup first and could
leave half of the new one in its place.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_whole(path: Path, data: bytes | str) -> None:
    """Write ``data`` (str as UTF-8) to ``path``, owner-only, atomically. Raises OSError (the
    target's folder missing or unwritable, the disk full) with nothing changed."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
