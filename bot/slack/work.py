"""Slack work that is never lost: journaled before the ack, finished when Slack accepts the reply,
run again (by this process or another) when a try fails for a passing reason or its process dies."""

from __future__ import annotations

import functools
import http.client
import inspect
import json
import logging
import threading
import time
import urllib.error
from collections.abc import Callable
from typing import Any

from slack_bolt import App, BoltContext, BoltRequest, BoltResponse
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler
from slack_sdk.http_retry.request import HttpRequest
from slack_sdk.http_retry.response import HttpResponse
from slack_sdk.http_retry.state import RetryState
from sqlalchemy.exc import SQLAlchemyError

from bot.slack.channels import listens_in
from bot.store.journal import LEASE, Journal

log = logging.getLogger("briefbot")
Body = dict[str, Any]
REPLY_METADATA = "briefbot_reply"  # event_type of the metadata on each reply: which work it answers
SWEEP_EVERY = 0.5  # seconds between looks for due work
HOUSEKEEPING_EVERY = 60.0  # seconds between giving up stale work and pruning old rows


class InFlight:
    """Work keys this process is running now, whose leases it keeps renewing."""

    def __init__(self) -> None:
        self._keys: set[str] = set()
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)

    def add(self, key: str) -> None:
        with self._lock:
            self._keys.add(key)

    def discard(self, key: str) -> None:
        with self._lock:
            self._keys.discard(key)
            self._idle.notify_all()

    def snapshot(self) -> set[str]:
        with self._lock:
            return set(self._keys)

    def wait_idle(self, timeout: float) -> bool:
        """Wait until nothing is in flight; False if `timeout` passed first."""
        with self._lock:
            return self._idle.wait_for(lambda: not self._keys, timeout)


class RefusedConnectionRetryHandler(ConnectionErrorRetryHandler):
    """Retry a call only when the connection was refused, so nothing was sent. A connection lost after
    sending may have delivered a post: the journal tries that again, after looking for the post."""

    def _can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        reason = getattr(error, "reason", None)
        return isinstance(error, urllib.error.URLError) and isinstance(reason, ConnectionRefusedError)


def work_key(body: Body) -> tuple[str, str] | None:
    """(kind, unique key) of a request worth journaling; None for handshakes like url_verification."""
    kind = body.get("type")
    if kind == "event_callback" and isinstance(body.get("event_id"), str):
        return "event", f"event:{body['event_id']}"
    if isinstance(body.get("command"), str):
        # A slash command's trigger_id (or response_url) is unique to one invocation.
        unique = body.get("trigger_id") or body.get("response_url")
        return ("command", f"command:{unique}") if isinstance(unique, str) and unique else None
    if kind in ("block_actions", "view_submission", "message_action", "shortcut"):
        unique = body.get("trigger_id")
        return (kind, f"{kind}:{unique}") if isinstance(unique, str) and unique else None
    return None


class RecentKeys:
    """Keys seen in the last `ttl` seconds, in memory: the dedupe of last resort while the database is away.
    Keys leave by age only, never by count, so a retry inside its window is always recognised."""

    def __init__(self, ttl: float = 600.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.ttl, self.clock = ttl, clock
        self._keys: dict[str, float] = {}  # insertion order is expiry order: one ttl for all
        self._lock = threading.Lock()

    def first(self, key: str) -> bool:
        now = self.clock()
        with self._lock:
            while self._keys and next(iter(self._keys.values())) <= now:
                del self._keys[next(iter(self._keys))]
            if key in self._keys:
                return False
            self._keys[key] = now + self.ttl
            return True


def message_key(body: Body) -> str | None:
    """The message an event is about: a mention in a channel the bot reads arrives as two events."""
    event = body.get("event") if body.get("type") == "event_callback" else None
    if not isinstance(event, dict) or event.get("type") not in ("app_mention", "message"):
        return None
    return f"message:{event.get('channel')}:{event.get('ts')}"


def record_work(body: Body, context: BoltContext, briefbot: Any, next: Callable[[], Any]) -> Any:
    """Global middleware: journal each request before it is acknowledged; drop one seen before.

    If the database can't be reached the request is still answered (deduplicated in memory only,
    and not replayed after a crash): an answer now beats a perfect record of it.
    """
    replay = context.get("replay_key")
    if replay:
        context["work_key"] = replay
        briefbot.in_flight.add(replay)
        return next()
    found = work_key(body)
    if found is None:
        return next()
    if _not_for_us(body, briefbot):
        return BoltResponse(status=200, body="")  # a channel message in a channel that has not opted in
    kind, key = found
    try:
        new = briefbot.journal.record(key, kind, body, claiming=message_key(body))
    except SQLAlchemyError as error:
        log.warning(json.dumps({"event": "journal_unreachable", "key": key, "error": _describe(error)}))
        if not briefbot.recent.first(key):
            return BoltResponse(status=200, body="")
        return next()
    if not new:
        log.info(json.dumps({"event": "duplicate_dropped", "key": key}))
        return BoltResponse(status=200, body="")
    context["work_key"] = key
    context["attempt"] = 1
    briefbot.in_flight.add(key)
    return next()


def unhandled(context: BoltContext) -> None:
    """No listener took the request (an event or action the bot has no use for): done, not pending forever."""
    key, briefbot = context.get("work_key"), context.get("briefbot")
    if key and briefbot is not None:
        briefbot.in_flight.discard(key)
        _note(briefbot.journal.finish, key, "no listener for this request")


def _not_for_us(body: Body, briefbot: Any) -> bool:
    """A plain message in a channel whose rules don't ask the bot to listen: not worth journaling."""
    event = body.get("event") if body.get("type") == "event_callback" else None
    if not isinstance(event, dict) or event.get("type") != "message" or event.get("channel_type") == "im":
        return False
    return not listens_in(event, briefbot.factbase.knowledge)


def is_transient(error: BaseException) -> bool:
    """A failure that may pass: Slack unreachable, slow, rate-limiting or failing on its side."""
    if isinstance(error, SlackApiError):
        status = getattr(error.response, "status_code", 0)
        return status == 429 or status >= 500
    return isinstance(error, urllib.error.URLError | OSError | http.client.HTTPException | TimeoutError)


def journaled(listener: Callable[..., Any]) -> Callable[..., Any]:
    """Run a listener and record its outcome: done, or due again later after a passing failure.

    Bolt passes arguments by the names of the listener's own parameters (it reads them through
    `__wrapped__`), so a journaled listener takes `context` and `briefbot` among them.
    """
    missing = {"context", "briefbot"} - set(inspect.signature(listener).parameters)
    if missing:
        raise TypeError(f"{listener.__name__} must take {', '.join(sorted(missing))} to be journaled")

    @functools.wraps(listener)
    def run(**kwargs: Any) -> Any:
        context, briefbot = kwargs["context"], kwargs["briefbot"]
        key = context.get("work_key")
        try:
            result = listener(**kwargs)
        except Exception as error:
            if key is None:
                raise
            if is_transient(error) or isinstance(error, SQLAlchemyError):
                log.warning(json.dumps({"event": "work_retry_later", "key": key, "error": _describe(error)}))
                _note(briefbot.journal.retry_later, key, _describe(error))
                return None
            _note(briefbot.journal.finish, key, _describe(error))
            raise
        finally:
            if key is not None:
                briefbot.in_flight.discard(key)
        if key is not None:
            _note(briefbot.journal.finish, key)
        return result

    return run


def _note(write: Callable[..., None], *args: Any) -> None:
    """Record an outcome in the journal; if the database is away, the work stays pending (a later try
    finds the reply already posted) and the person is not told about our bookkeeping."""
    try:
        write(*args)
    except SQLAlchemyError as error:
        log.warning(json.dumps({"event": "journal_unreachable", "key": args[0], "error": _describe(error)}))


def reply_metadata(context: BoltContext) -> dict[str, Any] | None:
    """Metadata that names the work a post answers, so a retry can find the post it already made."""
    key = context.get("work_key")
    return {"event_type": REPLY_METADATA, "event_payload": {"work": key}} if key else None


def already_posted(client: WebClient, context: BoltContext, channel: str, thread_ts: str) -> bool:
    """On a retry, True if this work's reply is already in the thread (its first post got through
    but the answer to it was lost). First tries post without looking: it costs a call."""
    key = context.get("work_key")
    if not key or int(context.get("attempt") or 1) <= 1:
        return False
    try:
        found = client.conversations_replies(channel=channel, ts=thread_ts, include_all_metadata=True, limit=200)
    except SlackApiError as error:
        if is_transient(error):
            raise
        return False  # e.g. a missing history scope: post rather than stay silent
    for message in found.get("messages") or []:
        metadata = message.get("metadata") or {}
        if metadata.get("event_type") == REPLY_METADATA and (metadata.get("event_payload") or {}).get("work") == key:
            return True
    return False


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"[:500]


class Redelivery:
    """A background thread that runs due work again through the app, renews leases on work in
    flight, and keeps the journal tidy. Started by `serve`; stopped on shutdown."""

    def __init__(self, app: App, journal: Journal, in_flight: InFlight) -> None:
        self.app, self.journal, self.in_flight = app, journal, in_flight
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="redelivery", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.ident is not None:  # started
            self._thread.join(timeout=5)

    def _run(self) -> None:
        renewed = housekept = 0.0
        while not self._stop.is_set():
            try:
                now = time.monotonic()
                if now - renewed >= LEASE / 3:
                    self.journal.renew(self.in_flight.snapshot())
                    renewed = now
                if now - housekept >= HOUSEKEEPING_EVERY:
                    self.journal.give_up_stale()
                    self.journal.prune()
                    housekept = now
                self.run_due()
            except Exception as error:  # the database is away: try again on the next round
                log.warning("redelivery round failed: %s", _describe(error))
            self._stop.wait(SWEEP_EVERY)

    def run_due(self) -> int:
        """Dispatch every due piece of work again; returns how many."""
        due = self.journal.claim_due()
        for item in due:
            log.info(json.dumps({"event": "work_retried", "key": item.key, "attempt": item.attempts}))
            context = {"replay_key": item.key, "attempt": item.attempts}
            self.app.dispatch(BoltRequest(body=item.body, mode="socket_mode", context=context))
        return len(due)
