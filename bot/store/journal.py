"""The journal of Slack work: every verified event, command and action, recorded before the ack.

A row is `pending` from arrival until Slack has accepted the reply (`done`). A process working on a
row holds a short lease on it and renews it while alive; a row whose lease ran out (its process
died) or whose try failed for a passing reason (the Web API down, rate limits) is due again, with
backoff, until it is MAX_AGE old. The key is unique, so a redelivery, a replay after a restart or
the same event sent to two processes is taken once: INSERT … ON CONFLICT DO NOTHING decides.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite

from bot.store.database import Database
from bot.store.schema import work

log = logging.getLogger("briefbot")

# Slack's response_url lives 30 minutes, and an answer later than that helps nobody: work older
# than this is given up (and logged) instead of being tried again.
MAX_AGE = 30 * 60.0
LEASE = 15.0  # seconds a process may hold a row without renewing it; a dead process's rows wait this long
BACKOFF_CAP = 10.0  # seconds: after an outage, work resumes within this of the Web API coming back
KEEP_DONE = 24 * 3600.0  # finished rows are kept this long: the dedupe memory (Slack retries for ~5 min)

PENDING, DONE, FAILED = "pending", "done", "failed"


@dataclass(frozen=True)
class Work:
    key: str
    kind: str
    body: dict[str, Any]
    attempts: int
    received_at: float


def backoff(attempts: int) -> float:
    """Seconds before try number attempts + 1: 1, 2, 4, 8, then BACKOFF_CAP."""
    return float(min(BACKOFF_CAP, 2 ** max(0, attempts - 1)))


class Journal:
    """Work records in the database; safe to share between threads and between processes."""

    def __init__(self, db: Database, owner: str, *, clock: Callable[[], float] = time.time) -> None:
        self.db, self.owner, self.clock = db, owner, clock
        self._insert = postgresql.insert if db.dialect == "postgresql" else sqlite.insert

    def record(
        self, key: str, kind: str, body: dict[str, Any], *, state: str = PENDING, claiming: str | None = None
    ) -> bool:
        """Record new work, leased to this process; False if the key was seen before (a duplicate).

        `claiming` also takes that key for this work in the same transaction (see `claim`).
        """
        now = self.clock()
        row = {
            "key": key, "kind": kind, "body": json.dumps(body), "state": state, "received_at": now,
            "attempts": 1, "next_attempt_at": now, "lease_until": now + LEASE, "owner": self.owner,
        }  # fmt: skip

        def insert(connection: Connection) -> bool:
            # RETURNING says whether this insert made the row (rowcount is not reliable across drivers).
            new = connection.execute(self._new_row(row)).first() is not None
            if new and claiming:
                connection.execute(self._new_row(self._claim_row(claiming, key, now)))
            return new

        return self.db.write(insert)

    def claim(self, key: str, holder: str) -> bool:
        """Take `key` for `holder` (another work key) once: True for the first holder and for that holder
        again, False for anyone else. Answers a message once when it arrives as two events."""
        with self.db.connect() as connection:
            body = connection.execute(select(work.c.body).where(work.c.key == key)).scalar()
        if body is None:
            row = self._claim_row(key, holder, self.clock())

            def insert(connection: Connection) -> Any:
                connection.execute(self._new_row(row))
                return connection.execute(select(work.c.body).where(work.c.key == key)).scalar()

            body = self.db.write(insert)
        return isinstance(body, str) and json.loads(body).get("holder") == holder

    def _new_row(self, row: dict[str, Any]) -> Any:
        return self._insert(work).values(**row).on_conflict_do_nothing(index_elements=["key"]).returning(work.c.key)

    def _claim_row(self, key: str, holder: str, now: float) -> dict[str, Any]:
        return {
            "key": key, "kind": "seen", "body": json.dumps({"holder": holder}), "state": DONE, "received_at": now,
            "attempts": 1, "next_attempt_at": now, "lease_until": 0.0, "owner": self.owner,
        }  # fmt: skip

    def finish(self, key: str, error: str | None = None) -> None:
        """The reply was accepted (or the work can never succeed, `error` says why): never run it again."""
        state = DONE if error is None else FAILED
        done = update(work).where(work.c.key == key).values(state=state, finished_at=self.clock(), error=error)
        self.db.write(lambda connection: connection.execute(done))

    def retry_later(self, key: str, error: str) -> None:
        """A passing failure: release the row and make it due again after a backoff."""
        with self.db.begin() as connection:
            attempts = connection.execute(select(work.c.attempts).where(work.c.key == key)).scalar() or 1
            connection.execute(
                update(work)
                .where(and_(work.c.key == key, work.c.state == PENDING))
                .values(next_attempt_at=self.clock() + backoff(attempts), lease_until=0.0, error=error)
            )

    def claim_due(self, limit: int = 50) -> list[Work]:
        """Lease up to `limit` rows that are due: pending, not leased, not too old."""
        now = self.clock()
        due = (
            select(work.c.key)
            .where(work.c.state == PENDING, work.c.kind != "seen")
            .where(work.c.next_attempt_at <= now, work.c.lease_until <= now, work.c.received_at >= now - MAX_AGE)
            .order_by(work.c.next_attempt_at)
            .limit(limit)
        )
        claimed: list[Work] = []
        with self.db.begin() as connection:
            for key in connection.execute(due).scalars().all():
                # Another process may take the same row between the select and here: the guarded
                # update lets exactly one of them have it.
                taken = connection.execute(
                    update(work)
                    .where(work.c.key == key, work.c.state == PENDING, work.c.lease_until <= now)
                    .values(lease_until=now + LEASE, owner=self.owner, attempts=work.c.attempts + 1)
                ).rowcount
                if taken:
                    row = connection.execute(select(work).where(work.c.key == key)).one()
                    claimed.append(Work(row.key, row.kind, json.loads(row.body), row.attempts, row.received_at))
        return claimed

    def renew(self, keys: set[str]) -> None:
        """Extend this process's lease on work it is still doing."""
        if not keys:
            return
        with self.db.begin() as connection:
            connection.execute(
                update(work)
                .where(work.c.key.in_(keys), work.c.owner == self.owner, work.c.state == PENDING)
                .values(lease_until=self.clock() + LEASE)
            )

    def give_up_stale(self) -> int:
        """Mark work older than MAX_AGE failed (each one logged); returns how many."""
        cutoff = self.clock() - MAX_AGE
        stale = and_(work.c.state == PENDING, work.c.received_at < cutoff, work.c.kind != "seen")
        with self.db.begin() as connection:
            keys = connection.execute(select(work.c.key).where(stale)).scalars().all()
            for key in keys:
                log.error(json.dumps({"event": "work_given_up", "key": key, "after_s": MAX_AGE}))
            connection.execute(update(work).where(stale).values(state=FAILED, error="too old to answer"))
        return len(keys)

    def prune(self) -> int:
        """Delete finished rows past KEEP_DONE (they have served as dedupe memory)."""
        cutoff = self.clock() - KEEP_DONE
        with self.db.begin() as connection:
            return connection.execute(delete(work).where(work.c.state != PENDING, work.c.received_at < cutoff)).rowcount

    def counts(self) -> dict[str, int]:
        """Rows per state, for /healthz and tests."""
        with self.db.connect() as connection:
            rows = connection.execute(select(work.c.state, func.count()).group_by(work.c.state)).all()
        return {state: count for state, count in rows}

    def state_of(self, key: str) -> str | None:
        with self.db.connect() as connection:
            state: str | None = connection.execute(select(work.c.state).where(work.c.key == key)).scalar()
        return state
