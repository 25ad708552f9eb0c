"""Runtime settings, read from ``FURIKAERI_*`` environment variables (pydantic-settings).

- ``FURIKAERI_DATABASE_URL``: SQLAlchemy URL; default is a SQLite file ``furikaeri.sqlite3`` in
  the user data directory (platformdirs), e.g. ``~/.local/share/furikaeri`` on Linux.
  PostgreSQL: ``postgresql+psycopg://user:password@host:5432/dbname``.
- ``FURIKAERI_DATA_DIR``: where local files live (default: the user data directory).
- ``FURIKAERI_HOST`` / ``FURIKAERI_PORT``: where ``furikaeri serve`` listens.
- ``FURIKAERI_PASSWORD``: required by the web layer when it listens beyond this machine (at
  least 12 characters; the browser logs in with it through a form).
- ``FURIKAERI_CERTFILE`` / ``FURIKAERI_KEYFILE``: serve over TLS (HTTPS) with this certificate
  and private key (PEM); the same as ``furikaeri serve --certfile/--keyfile``.
- ``FURIKAERI_ALLOWED_HOSTS``: comma-separated host names the web app answers besides localhost
  and IP addresses (e.g. ``mypc.local``), for use beyond this machine; any other ``Host`` header
  is refused (DNS rebinding).
- ``FURIKAERI_WHISPER_MODEL``: folder of a faster-whisper (CTranslate2) model, for transcribing
  spoken answers on this machine (optional extra ``whisper``); never downloaded by furikaeri.
- ``FURIKAERI_VOSK_MODEL``: folder of a Vosk Japanese model (optional extra ``vosk``), used when
  no Whisper model is set.
- ``FURIKAERI_WEB_THREADS``: how many sync pages one server process runs at once (AnyIO's
  default thread limiter, set when the server starts; default 4); 0 keeps AnyIO's own, 40.
- ``FURIKAERI_WEB_WARM``: a server process loads the dictionary, the analyzer and the
  templates in the background as it starts (``furikaeri serve`` turns it on, for every worker;
  see furikaeri.web.warm).
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

APP_NAME = "furikaeri"
DB_FILENAME = "furikaeri.sqlite3"
# Threads for the sync pages of one server process. With AnyIO's 40, 20 concurrent pages on an
# idle 2-core machine passed the GIL back and forth (the dashboard's server CPU 12.1 ms a
# request against 7.2 with 4 threads; docs/reliability.md, eighth session).
WEB_THREADS = 4


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="FURIKAERI_", extra="ignore")

    data_dir: Path = Field(default_factory=default_data_dir)
    # Read directly by catalogue.checked_data too (the analyzer's quick path skips pydantic).
    cache_dir: Path = Field(default_factory=default_cache_dir)
    database_url: str = ""
    host: str = "127.0.0.1"
    port: int = 8765
    password: SecretStr | None = None
    certfile: Path | None = None
    keyfile: Path | None = None
    allowed_hosts: str = ""
    whisper_model: Path | None = None
    vosk_model: Path | None = None
    web_threads: int = Field(default=WEB_THREADS, ge=0, le=256)
    web_warm: bool = False

    @field_validator("whisper_model", "vosk_model", mode="before")
    @classmethod
    def _unset_when_empty(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @property
    def allowed_host_names(self) -> tuple[str, ...]:
        """FURIKAERI_ALLOWED_HOSTS as a tuple of names (commas or spaces separate them)."""
        return tuple(name for name in self.allowed_hosts.replace(",", " ").split() if name)

    @model_validator(mode="after")
    def _default_database(self) -> Settings:
        if not self.database_url:
            self.database_url = sqlite_url(self.data_dir / DB_FILENAME)
        return self


def get_settings(**overrides: object) -> Settings:
    """Fresh settings from the environment; keyword overrides win (e.g. ``database_url=``)."""
    clean = {k: v for k, v in overrides.items() if v is not None}
    return Settings(**clean)  # type: ignore[arg-type]
