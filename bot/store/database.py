"""Open the database named by a URL and bring its schema up to date."""

from __future__ import annotations

import contextlib
import logging
import queue
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url

log = logging.getLogger("briefbot")
T = TypeVar("T")
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


class Database:
    """An engine, and the way this process writes through it.

    Small writes (`write`: the journal's, several per Slack request) go through one writer thread
    that commits whatever has queued up in a single transaction (group commit). On SQLite, which
    lets one writer in at a time and makes the others sleep and retry (1, 2, 5, 10 … ms), those
    sleeps and then a convoy of threads on one lock were most of a reply's latency under load; on
    PostgreSQL each commit waits for a WAL flush, and one flush for many writes was 8x faster at
    50 concurrent senders. Larger writes (`begin`) take the same lock on SQLite and go straight to
    PostgreSQL, which runs concurrent transactions itself.
    """

    BATCH = 256  # writes committed together at most

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sqlite = engine.dialect.name == "sqlite"
        self._write_lock = threading.Lock() if self._sqlite else contextlib.nullcontext()
        self._queue: queue.SimpleQueue[tuple[Callable[[Connection], Any], Future[Any]] | None] = queue.SimpleQueue()
        self._writer: threading.Thread | None = None  # started on the first write
        self._writer_lock = threading.Lock()

    def write(self, operation: Callable[[Connection], T]) -> T:
        """Run `operation` in a transaction and return its result once committed."""
        future: Future[T] = Future()
        self._start_writer()
        self._queue.put((operation, future))
        return future.result()

    def _start_writer(self) -> None:
        with self._writer_lock:
            if self._writer is None:
                self._writer = threading.Thread(target=self._write_batches, name="sqlite-writer", daemon=True)
                self._writer.start()

    def _write_batches(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
            batch = [first]
            while len(batch) < self.BATCH:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    self._queue.put(None)  # stop after this batch
                    break
                batch.append(item)
            self._commit(batch)

    def _commit(self, batch: list[tuple[Callable[[Connection], Any], Future[Any]]]) -> None:
        with self._write_lock:
            try:
                with self.engine.begin() as connection:
                    results = [operation(connection) for operation, _ in batch]
            except Exception:
                for operation, future in batch:
                    try:
                        with self.engine.begin() as connection:
                            future.set_result(operation(connection))
                    except Exception as error:
                        future.set_exception(error)
                return
        for (_, future), result in zip(batch, results, strict=True):
            future.set_result(result)

    @property
    def dialect(self) -> str:
        return str(self.engine.dialect.name)

    @contextlib.contextmanager
    def begin(self) -> Iterator[Connection]:
        """A transaction for writing, committed at the end of the block."""
        with self._write_lock, self.engine.begin() as connection:
            yield connection

    def connect(self) -> Connection:
        """A connection for reading."""
        return self.engine.connect()

    def dispose(self) -> None:
        if self._writer is not None:
            self._queue.put(None)
            self._writer.join(timeout=10)
            self._writer = None
        self.engine.dispose()


def open_database(url: str, *, migrate: bool = True) -> Database:
    """The database at `url`, with its schema migrated to the latest version."""
    url = normalize_url(url)
    parsed = make_url(url)
    options: dict[str, Any] = {"future": True}
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        # Pooled connections (opening one costs more than a write); SQLite's own lock still lets one
        # writer in at a time, and the busy timeout makes the others wait for it rather than fail.
        options.update(connect_args={"check_same_thread": False, "timeout": 10}, pool_size=8, max_overflow=24)
    else:
        options.update(pool_size=10, max_overflow=20, pool_pre_ping=True, connect_args={"connect_timeout": 5})
    engine = create_engine(url, **options)
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    if migrate:
        upgrade(engine)
    return Database(engine)


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
