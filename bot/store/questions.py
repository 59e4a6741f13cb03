"""The question and feedback store: every question from every surface, and what people said of the answers.

Writes never hold up an answer: records go into a bounded in-memory buffer that a background thread
writes out. When the database can't be reached the bot goes on answering, logs one warning, keeps
what it can't write (up to BUFFER_LIMIT records, the oldest dropped and counted beyond that) and
writes it all when the database is back.
"""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, Row, delete, func, insert, select
from sqlalchemy.exc import SQLAlchemyError

from bot.replies import Reply
from bot.store.database import Database
from bot.store.schema import feedback, meta, questions

log = logging.getLogger("briefbot")

BUFFER_LIMIT = 10_000  # records kept while the database is away (a busy day's questions)
FLUSH_EVERY = 1.0  # seconds between writes: one batch a second costs the answers less than five
RETRY_EVERY = 5.0  # seconds between tries while the database is away
RETENTION_EVERY = 3600.0  # seconds between deletions of records past BRIEFBOT_RETENTION_DAYS


class UserPolicy(StrEnum):
    """How a Slack user id is stored (BRIEFBOT_STORE_USERS)."""

    HASH = "hash"  # a salted hash: questions of one person can be grouped and forgotten, not named
    PLAIN = "plain"
    OFF = "off"  # not at all


class Reaction(StrEnum):
    HELPFUL = "helpful"
    UNHELPFUL = "unhelpful"
    PICKED = "picked"  # a "did you mean" suggestion was chosen
    REASON = "reason"  # why an answer did not help, from the reason form


def new_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class Asked:
    """One question and what the bot made of it."""

    surface: str  # mention, dm, ask, cli, shortcut, home
    question: str
    outcome: str
    reason: str
    score: float
    fact_id: str | None = None
    suggestions: tuple[str, ...] = ()
    channel: str | None = None
    user: str | None = None
    version: str | None = None
    id: str = field(default_factory=new_id)
    asked_at: float = field(default_factory=time.time)

    @classmethod
    def of(
        cls,
        reply: Reply,
        surface: str,
        *,
        channel: str | None = None,
        user: str | None = None,
        version: str | None = None,
    ) -> Asked:
        """The record of one reply."""
        result = reply.result
        return cls(
            surface=surface, question=reply.question[:4000], outcome=reply.kind.value, reason=result.reason.value,
            score=result.score, fact_id=reply.parts[0].fact.id if reply.answered else None,
            suggestions=tuple(c.fact.id for c in result.suggestions), channel=channel, user=user, version=version,
        )  # fmt: skip


@dataclass(frozen=True)
class Feedback:
    """A press of Helpful / Not helpful, a reason given, or a suggestion picked."""

    kind: Reaction
    question_id: str | None
    fact_id: str | None = None
    reason: str | None = None
    channel: str | None = None
    user: str | None = None
    at: float = field(default_factory=time.time)


class QuestionStore:
    """Buffered writes to the questions and feedback tables, and the queries the curator tools need."""

    def __init__(
        self,
        db: Database,
        *,
        users: UserPolicy = UserPolicy.HASH,
        retention_days: int | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.db, self.users, self.retention_days, self.clock = db, users, retention_days, clock
        self._buffer: deque[Asked | Feedback] = deque()
        self._lock = threading.Lock()
        self._salt: str | None = None
        self._down_since: float | None = None
        self.dropped = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- writing ------------------------------------------------------------------------

    def add(self, record: Asked | Feedback) -> None:
        """Queue a record for writing; never blocks on the database."""
        with self._lock:
            if len(self._buffer) >= BUFFER_LIMIT:
                self._buffer.popleft()
                self.dropped += 1
            self._buffer.append(record)

    def pending(self) -> int:
        with self._lock:
            return len(self._buffer)

    def flush(self) -> bool:
        """Write everything buffered; False (buffer kept) if the database can't be reached."""
        with self._lock:
            batch = list(self._buffer)
        if not batch:
            return True
        try:
            asked = [self._asked_row(r) for r in batch if isinstance(r, Asked)]
            reactions = [self._feedback_row(r) for r in batch if isinstance(r, Feedback)]

            def write(connection: Connection) -> None:
                if asked:
                    connection.execute(insert(questions), asked)
                if reactions:
                    connection.execute(insert(feedback), reactions)

            # Through the writer thread: committed in the same transaction as the journal's writes
            # of the moment, instead of holding the database while answers wait for it.
            self.db.write(write)
        except SQLAlchemyError as err:
            if self._down_since is None:
                self._down_since = self.clock()
                log.warning(
                    "question store unreachable (%s); answering goes on and %d record(s) wait in memory",
                    type(err).__name__,
                    len(batch),
                )
            return False
        with self._lock:
            for _ in batch:
                self._buffer.popleft()
        if self._down_since is not None:
            log.warning("question store reachable again; wrote %d waiting record(s)", len(batch))
            self._down_since = None
        return True

    def start(self) -> None:
        """Write in the background from now on."""
        self._thread = threading.Thread(target=self._run, name="question-store", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop the writer after one last flush."""
        self._stop.set()
        if self._thread:
            self._thread.join(timeout=10)
        self.flush()

    def _run(self) -> None:
        pruned = 0.0
        while not self._stop.is_set():
            self._stop.wait(FLUSH_EVERY if self._down_since is None else RETRY_EVERY)
            if self.flush() and self.retention_days and time.monotonic() - pruned >= RETENTION_EVERY:
                try:
                    removed = self.apply_retention()
                except SQLAlchemyError as err:
                    log.warning("could not delete old questions: %s", type(err).__name__)
                else:
                    pruned = time.monotonic()
                    if removed:
                        log.info("deleted %d question and feedback record(s) past the retention period", removed)

    def _asked_row(self, record: Asked) -> dict[str, Any]:
        row = asdict(record)
        row["user"] = self.user_key(record.user)
        row["suggestions"] = json.dumps(list(record.suggestions))
        return row

    def _feedback_row(self, record: Feedback) -> dict[str, Any]:
        row = asdict(record)
        row["kind"] = record.kind.value
        row["user"] = self.user_key(record.user)
        return row

    # -- people -------------------------------------------------------------------------

    def user_key(self, user: str | None) -> str | None:
        """How a user id is stored under the configured policy."""
        if not user or self.users is UserPolicy.OFF:
            return None
        if self.users is UserPolicy.PLAIN:
            return user
        return hashlib.sha256(f"{self._user_salt()}:{user}".encode()).hexdigest()[:32]

    def _user_salt(self) -> str:
        if self._salt is None:
            with self.db.begin() as connection:
                found = connection.execute(select(meta.c.value).where(meta.c.key == "user_salt")).scalar()
                if found is None:
                    found = secrets.token_hex(16)
                    connection.execute(insert(meta).values(key="user_salt", value=found))
            self._salt = str(found)
        return self._salt

    def forget_user(self, user: str) -> int:
        """Delete every question and feedback record of one person (stored plain or hashed)."""
        self.flush()
        keys = {user, hashlib.sha256(f"{self._user_salt()}:{user}".encode()).hexdigest()[:32]}
        with self.db.begin() as connection:
            removed = connection.execute(delete(feedback).where(feedback.c.user.in_(keys))).rowcount
            removed += connection.execute(delete(questions).where(questions.c.user.in_(keys))).rowcount
        return int(removed)

    def apply_retention(self) -> int:
        """Delete records older than the retention period; how many went."""
        if not self.retention_days:
            return 0
        cutoff = self.clock() - self.retention_days * 86400
        with self.db.begin() as connection:
            removed = connection.execute(delete(feedback).where(feedback.c.at < cutoff)).rowcount
            removed += connection.execute(delete(questions).where(questions.c.asked_at < cutoff)).rowcount
        return int(removed)

    # -- reading ------------------------------------------------------------------------

    def questions_since(self, since: float) -> Sequence[Row[Any]]:
        with self.db.connect() as connection:
            return connection.execute(
                select(questions).where(questions.c.asked_at >= since).order_by(questions.c.asked_at)
            ).all()

    def feedback_since(self, since: float) -> Sequence[Row[Any]]:
        """Feedback in the window, each with the question it is about (when known)."""
        joined = feedback.outerjoin(questions, feedback.c.question_id == questions.c.id)
        with self.db.connect() as connection:
            return connection.execute(
                select(feedback, questions.c.question.label("question"), questions.c.surface.label("surface"))
                .select_from(joined)
                .where(feedback.c.at >= since)
                .order_by(feedback.c.at)
            ).all()

    def questions_of(self, user: str, limit: int = 5) -> Sequence[Row[Any]]:
        """A person's own latest questions."""
        key = self.user_key(user)
        if key is None:
            return []
        with self.db.connect() as connection:
            return connection.execute(
                select(questions).where(questions.c.user == key).order_by(questions.c.asked_at.desc()).limit(limit)
            ).all()

    def week_counts(self) -> dict[str, int]:
        """This week's unanswered questions and not-helpful presses, for the curators' Home tab."""
        since = self.clock() - 7 * 86400
        with self.db.connect() as connection:
            unanswered = connection.execute(
                select(func.count())
                .select_from(questions)
                .where(questions.c.asked_at >= since, questions.c.outcome.in_(("abstain", "suggest", "related")))
            ).scalar()
            unhelpful = connection.execute(
                select(func.count())
                .select_from(feedback)
                .where(feedback.c.at >= since, feedback.c.kind == Reaction.UNHELPFUL.value)
            ).scalar()
        return {"unanswered": int(unanswered or 0), "not_helpful": int(unhelpful or 0)}
