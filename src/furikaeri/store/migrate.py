"""Alembic, configured in code: the scripts ship in ``furikaeri/migrations`` (no alembic.ini)."""

from __future__ import annotations

from importlib import resources

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, inspect


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("furikaeri") / "migrations"))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to ``revision`` (default: the latest). Empties the engine's compiled
    statement cache afterwards: what the migrations compiled (reflection, a batch rebuild's
    copies of tables) is never run again, and it kept ~20,000 objects alive for the life of
    the process, which every full garbage collection then walked (the dashboard of a server
    that had just migrated rendered several times slower)."""
    command.upgrade(alembic_config(engine), revision)
    engine.clear_compiled_cache()


def current_revision(engine: Engine) -> str | None:
    if not inspect(engine).has_table("alembic_version"):
        return None
    with engine.connect() as conn:
        value = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    return str(value) if value is not None else None
