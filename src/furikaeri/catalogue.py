"""The cause catalogue and finding templates, loaded from reviewed TOML data files."""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from furikaeri.errors import FurikaeriError

if TYPE_CHECKING:
    from pydantic import BaseModel

try:  # CPython's own SHA-256 (hashlib loads OpenSSL first: ~3 ms of a cold start); same digests
    from _sha256 import sha256  # Python 3.11
except ImportError:  # pragma: no cover
    try:
        from _sha2 import sha256  # Python 3.12 on
    except ImportError:
        from hashlib import sha256

M = TypeVar("M", bound="BaseModel")

CAUSE_IDS: tuple[str, ...] = (
    "motivation",
    "self_pr",
    "communication",
    "reverse_question",
    "negative_reason",
    "skills",
    "manners",
    "short_tenure",
    "culture_fit",
    "relative",
)


def known_cause(value: str) -> str:
    """``value`` if it is one of the ten cause ids; a pydantic validator for data files
    (``Annotated[str, AfterValidator(known_cause)]``) that name a cause."""
    if value not in CAUSE_IDS:
        raise ValueError(f"unknown cause id {value!r}; known: {', '.join(CAUSE_IDS)}")
    return value


@dataclass(frozen=True)
class Cause:
    id: str
    title: str
    summary: str
    controllable: bool
    advice: tuple[str, ...]


@dataclass(frozen=True)
class FindingTemplate:
    code: str
    cause: str
    severity: str
    message: str
    advice: str


class DataFileError(FurikaeriError):
    """A shipped data file is malformed: names the file and every place that is wrong."""

    status = 500


def load_data(name: str) -> dict[str, Any]:
    """Parse a TOML file shipped in ``furikaeri/data`` (read beside the package when it is on
    disk: importlib.resources is imported only otherwise)."""
    return _parse(name, _data_bytes(name))


def parsed_data(name: str) -> dict[str, Any]:
    """:func:`load_data`, remembered per content as :func:`checked_data` remembers a checked
    file (a stamp of the parsed data in the user cache dir), for a file no schema checks:
    a cold `furikaeri analyze` that reports a finding then reads the finding templates
    without importing tomllib and parsing TOML. Side effect: may write the stamp."""
    return checked_data(name, "")


def checked_data(name: str, schema: str, *, depends: tuple[str, ...] = ()) -> dict[str, Any]:
    """The TOML file ``name`` parsed and checked against the pydantic model ``schema``
    ("module:Class"), like ``validated`` but done once per content: a passing check leaves a
    stamp file in the user cache dir named by a hash of the file's bytes, ``schema``, the
    sources of its module and of ``depends`` (modules whose code the validators call),
    Python's and pydantic's versions; it holds the parsed data as JSON. A later process
    finding the stamp skips pydantic, the ~200 regular expression compiles and the TOML parse
    (cold start of ``furikaeri analyze``). Side effect: may write the stamp; an unwritable
    cache or an unreadable stamp only means parsing and validating again."""
    raw = _data_bytes(name)
    module, _, cls = schema.partition(":")
    stamp = _stamp(name, raw, schema, (module, *depends) if module else depends)
    if stamp is not None:
        try:
            cached = json.loads(stamp.read_bytes())
        except (OSError, ValueError):
            cached = None
        if isinstance(cached, dict):
            return cached
    data = _parse(name, raw)
    if module:  # "" (parsed_data): parsed only
        validated(name, getattr(importlib.import_module(module), cls), data)
    if stamp is not None:
        _write_stamp(stamp, data)
    return data


def _data_bytes(name: str) -> bytes:
    """The bytes of a shipped data file: read beside ``furikaeri/data/__init__.py`` when the
    package is on disk (skips importing importlib.resources), else through importlib.resources."""
    origin = _origin("furikaeri.data")
    if origin is not None and origin.with_name(name).is_file():
        return origin.with_name(name).read_bytes()
    from importlib import resources

    return resources.files("furikaeri.data").joinpath(name).read_bytes()


def _parse(name: str, raw: bytes) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(raw.decode())
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise DataFileError(f"data/{name}: not valid TOML: {exc}") from exc


STAMP_KEPT_DAYS = 7  # another stamp of the same file, older than this, is removed
_TMP_KEPT_S = 3600  # a temporary file left by a killed process


def _write_stamp(stamp: Path, data: dict[str, Any]) -> None:
    """The data as JSON, written whole or not at all (a temporary file renamed); then the
    file's older stamps are pruned (:func:`prune_stamps`)."""
    try:
        text = json.dumps(data, ensure_ascii=False)
    except (TypeError, ValueError):
        return  # e.g. a TOML date: no stamp, validated every time
    try:
        stamp.parent.mkdir(parents=True, exist_ok=True)
        tmp = stamp.with_name(f"{stamp.name}.{os.getpid()}.tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, stamp)
    except OSError:
        return
    prune_stamps(stamp)


def prune_stamps(stamp: Path, *, now: float | None = None) -> int:
    """Remove the other stamps of the same data file not written for ``STAMP_KEPT_DAYS``
    (those of earlier versions: a new stamp is written only when the file, its schema or a
    version changed) and temporary files left for an hour. Runs only after a stamp is written,
    never on the quick path that reads one. A stamp of another installation sharing the cache
    that is still in use is at worst written again. Returns how many files were removed."""
    import time

    now = time.time() if now is None else now
    removed = 0
    prefix = stamp.name.rsplit(".", 1)[0] + "."
    try:
        entries = list(os.scandir(stamp.parent))
    except OSError:
        return 0
    for entry in entries:
        if entry.name == stamp.name:
            continue
        is_tmp = entry.name.endswith(".tmp")
        if not (is_tmp or entry.name.startswith(prefix)):
            continue
        try:
            age = now - entry.stat(follow_symlinks=False).st_mtime
            if age > (_TMP_KEPT_S if is_tmp else STAMP_KEPT_DAYS * 86400):
                os.unlink(entry.path)
                removed += 1
        except OSError:
            continue
    return removed


def _stamp(name: str, raw: bytes, schema: str, modules: tuple[str, ...]) -> Path | None:
    digest = sha256(raw)
    digest.update(f"{schema}|{sys.version}".encode())
    sources = [_origin("pydantic", "version.py")]  # pydantic pins pydantic-core exactly
    sources += [_origin(mod) for mod in (__name__, *modules)]
    for source in sources:
        if source is None:
            return None
        try:
            digest.update(source.read_bytes())
        except OSError:
            return None
    return cache_dir() / "validated" / f"{name}.{digest.hexdigest()[:32]}"


def cache_dir() -> Path:
    """FURIKAERI_CACHE_DIR (settings.cache_dir), read here without pydantic (this is the quick
    path of a cold `furikaeri analyze`), else the user cache dir. On Linux that is
    platformdirs' rule ($XDG_CACHE_HOME or ~/.cache, then furikaeri) without importing it,
    which costs ~7 ms of the start (it imports tempfile and shutil)."""
    env = os.environ.get("FURIKAERI_CACHE_DIR", "").strip()
    if env:
        return Path(env)
    if sys.platform == "linux":
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        return Path(xdg if xdg.strip() else os.path.expanduser("~/.cache")) / "furikaeri"
    import platformdirs

    return Path(platformdirs.user_cache_dir("furikaeri", appauthor=False))


def _origin(module: str, sibling: str | None = None) -> Path | None:
    """The source file of ``module`` (or the file ``sibling`` beside it), found without
    importing the module itself (a submodule's package is imported)."""
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).with_name(sibling) if sibling else Path(spec.origin)


def validated(name: str, model: type[M], data: dict[str, Any] | None = None) -> M:
    """``data`` (default: the TOML file ``name``) checked against ``model``; a malformed file
    raises DataFileError listing each bad place (``blame.patterns.3: not a valid pattern``)."""
    from pydantic import ValidationError

    raw = load_data(name) if data is None else data
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or '(top)'}: {e['msg']}" for e in exc.errors()
        )
        raise DataFileError(f"data/{name} is malformed: {problems}") from exc


def frozen_lists(model: BaseModel, *, exclude: frozenset[str] = frozenset()) -> dict[str, Any]:
    """The fields of a validated data ``model`` for a frozen class of word sets: each list as a
    frozenset (looked up per morpheme), any other value as it is; ``exclude``: fields the class
    does not keep. By name, so the class's field order does not matter."""
    dumped = model.model_dump(exclude=set(exclude))
    return {k: frozenset(v) if isinstance(v, list) else v for k, v in dumped.items()}


@cache
def causes() -> dict[str, Cause]:
    raw = parsed_data("causes.toml")["causes"]
    return {
        cid: Cause(
            id=cid,
            title=c["title"],
            summary=c["summary"],
            controllable=bool(c["controllable"]),
            advice=tuple(c["advice"]),
        )
        for cid, c in raw.items()
    }


@cache
def finding_templates() -> dict[str, FindingTemplate]:
    raw = parsed_data("findings.toml")["findings"]
    return {code: FindingTemplate(code=code, **t) for code, t in raw.items()}


@cache
def strength_messages() -> dict[str, str]:
    raw = parsed_data("findings.toml")["strengths"]
    return {code: s["message"] for code, s in raw.items()}
