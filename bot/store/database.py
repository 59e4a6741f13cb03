"""Open the database named by a URL and bring its schema up to date."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

log = logging.getLogger("briefbot")
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
DEFAULT_PATH = Path(".data") / "briefbot.db"
_MIGRATION_LOCK = 72_671_043  # any constant: the PostgreSQL advisory lock that serialises migrations


def default_url() -> str:
    """An SQLite file in ./.data: nothing to install or start."""
    return f"sqlite:///{DEFAULT_PATH}"


def normalize_url(url: str) -> str:
    """postgres:// and postgresql:// mean psycopg 3 here (SQLAlchemy would otherwise pick psycopg2)."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def masked(url: str) -> str:
    """A URL safe to print: any password replaced by ***."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


def open_database(url: str, *, migrate: bool = True) -> Engine:
    """An engine for `url` with its schema migrated to the latest version."""
    url = normalize_url(url)
    parsed = make_url(url)
    options: dict[str, Any] = {"future": True}
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        # Each thread opens its own connection: SQLite's locking, not a pool, arbitrates writers.
        options.update(connect_args={"check_same_thread": False, "timeout": 10}, poolclass=NullPool)
    else:
        options.update(pool_size=10, max_overflow=20, pool_pre_ping=True, connect_args={"connect_timeout": 5})
    engine = create_engine(url, **options)
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    if migrate:
        upgrade(engine)
    return engine


def _sqlite_pragmas(connection: Any, _: Any) -> None:
    cursor = connection.cursor()
    # WAL lets readers (the report) run beside the writer; NORMAL is durable across a crash of
    # the process (what the journal needs), if not of the whole machine's power.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def upgrade(engine: Engine) -> None:
    """Run every migration not yet applied; several processes starting at once take turns."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.connect() as connection:
        postgres = engine.dialect.name == "postgresql"
        if postgres:
            connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": _MIGRATION_LOCK})
            connection.commit()
        try:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        finally:
            if postgres:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": _MIGRATION_LOCK})
                connection.commit()
