"""Run the Slack app: HTTP on waitress (every request verified before anything else) or Socket Mode,
with the journal's redelivery beside it and a graceful drain on SIGTERM."""

from __future__ import annotations

import io
import json
import logging
import os
import signal
import socket
import sys
import threading
import time
import urllib.parse
import uuid
from collections.abc import Callable, Iterable
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_bolt.error import BoltError
from slack_sdk.errors import SlackApiError, SlackRequestError
from sqlalchemy.exc import SQLAlchemyError
from waitress.adjustments import Adjustments
from waitress.channel import HTTPChannel
from waitress.server import TcpWSGIServer
from waitress.task import ThreadedTaskDispatcher

from bot import messages
from bot.config import ConfigError, Settings, check_slack
from bot.factbase import WATCH_EVERY, FactBase, Reload, Watcher
from bot.patterns import kept_in
from bot.replies import warm_up
from bot.slack.app import SLACK_API, create_app
from bot.slack.listeners import Deps, publish_home
from bot.slack.post import post_to_curators
from bot.slack.signature import verify
from bot.slack.work import Redelivery
from bot.store.database import masked, open_database
from bot.store.journal import Journal
from bot.store.questions import QuestionStore, UserPolicy

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
# Slack's largest payloads (a 40,000-character message with its rich-text blocks, a modal's full
# state) stay well under 200 KB; 1 MiB leaves room and refuses anything bigger before reading it.
MAX_BODY = 1 << 20
THREADS = 16  # waitress request threads: each only verifies, journals and acks, then lets go
CONNECTION_LIMIT = 1000  # Slack opens a connection per delivery; a flood of idle ones must not lock it out
IDLE_TIMEOUT = 10  # seconds a connection may sit idle between requests
REQUEST_DEADLINE = 10  # seconds to send one whole request: a trickle of bytes cannot hold a connection
DRAIN_SECONDS = 20.0  # on SIGTERM, how long work in flight may take to finish

log = logging.getLogger("briefbot")
StartResponse = Callable[..., Any]
Wsgi = Callable[[dict[str, Any], StartResponse], Iterable[bytes]]


def _respond(start_response: StartResponse, status: str, payload: dict[str, Any]) -> list[bytes]:
    data = json.dumps(payload).encode()
    start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(data)))])
    return [data]


def wsgi_app(app: App, factbase: FactBase, secret: str, *, status: Callable[[], dict[str, Any]] | None = None) -> Wsgi:
    """Slack's endpoint, verified first, plus a health check that needs no signature.

    No byte of an unverified body is parsed, logged or handed to Bolt: too big is 413 before it
    is read, a bad signature (or a timestamp that is not plain digits) is 401, and only then is
    the body checked to be the JSON object or form Slack sends (400 otherwise).
    """
    slack = SlackRequestHandler(app, path=EVENTS_PATH)

    def application(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path, method = environ.get("PATH_INFO"), environ.get("REQUEST_METHOD")
        if path == HEALTH_PATH and method in ("GET", "HEAD"):
            return _respond(start_response, "200 OK", {"ok": True, **factbase.status(), **(status() if status else {})})
        if path != EVENTS_PATH:
            return _respond(start_response, "404 Not Found", {"error": "not found"})
        if method != "POST":
            return _respond(start_response, "405 Method Not Allowed", {"error": "POST only"})
        length = environ.get("CONTENT_LENGTH") or ""
        if not length.isdigit():
            return _respond(start_response, "411 Length Required", {"error": "Content-Length required"})
        if int(length) > MAX_BODY:
            return _respond(start_response, "413 Content Too Large", {"error": "request body too large"})
        body = environ["wsgi.input"].read(int(length))
        stamp, signature = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP"), environ.get("HTTP_X_SLACK_SIGNATURE")
        if not verify(secret, stamp, signature, body):
            log.info("rejected a request whose signature could not be verified (%d bytes)", len(body))
            return _respond(start_response, "401 Unauthorized", {"error": "invalid request"})
        if not _well_formed(body, environ.get("CONTENT_TYPE") or ""):
            log.warning("rejected a signed request whose body is not a Slack payload")
            return _respond(start_response, "400 Bad Request", {"error": "invalid request body"})
        environ["wsgi.input"] = io.BytesIO(body)
        try:
            return slack(environ, start_response)
        except Exception:  # a signed payload Bolt itself trips over: our log, not a traceback on the wire
            log.exception("Bolt failed on a signed request")
            return _respond(start_response, "500 Internal Server Error", {"error": "internal error"})

    return application


def _well_formed(body: bytes, content_type: str) -> bool:
    """The body is what Slack sends: a JSON object, or a form whose `payload` (if any) is one."""
    try:
        text = body.decode("utf-8")
        if content_type.startswith("application/json"):
            return isinstance(json.loads(text), dict)
        form = urllib.parse.parse_qs(text, keep_blank_values=True)
        return "payload" not in form or isinstance(json.loads(form["payload"][0]), dict)
    except (ValueError, RecursionError):
        return False


class _GuardedChannel(HTTPChannel):  # type: ignore[misc]
    """A connection that remembers when its current request began."""

    request_started = 0.0

    def received(self, data: bytes) -> bool:
        if self.request is None:
            self.request_started = time.monotonic()
        return bool(super().received(data))


class _GuardedServer(TcpWSGIServer):  # type: ignore[misc]
    """waitress, closing connections that take longer than REQUEST_DEADLINE to send one request.
    waitress's own timeout resets with every byte, so one byte a second would hold it forever."""

    channel_class = _GuardedChannel

    def maintenance(self, now: float) -> None:
        super().maintenance(now)
        late = time.monotonic() - REQUEST_DEADLINE
        for channel in list(self.active_channels.values()):
            if channel.request is not None and not channel.requests and channel.request_started < late:
                channel.will_close = True


class HttpServer:
    """The WSGI app on waitress, configured for Slack's traffic, and stoppable from another thread."""

    def __init__(self, application: Wsgi, *, host: str, port: int, threads: int = THREADS, poll: float = 0.05) -> None:
        # waitress refuses a body at >= its limit; ours (MAX_BODY, checked in wsgi_app) is inclusive.
        adjustments = Adjustments(
            host=host, port=port, threads=threads, connection_limit=CONNECTION_LIMIT, channel_timeout=IDLE_TIMEOUT,
            cleanup_interval=1, max_request_body_size=MAX_BODY + 1, max_request_header_size=32 * 1024,
            asyncore_use_poll=True, ident="briefbot",
        )  # fmt: skip
        self.dispatcher = ThreadedTaskDispatcher()
        self.dispatcher.set_thread_count(threads)
        self.map: dict[int, Any] = {}
        family, kind, protocol, address = adjustments.listen[0][:4]
        self.server = _GuardedServer(
            application, self.map, dispatcher=self.dispatcher, adj=adjustments,
            sockinfo=(family, kind, protocol, address),
        )  # fmt: skip
        self.port = int(self.server.effective_port)
        self.poll = poll  # seconds a round of the accept loop waits: how long stop() may take to be noticed
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def serve(self) -> None:
        """Serve until stop(); short rounds of waitress's loop let stop() end it cleanly."""
        while not self._stopping.is_set():
            self.server.asyncore.loop(timeout=self.poll, map=self.map, count=1, use_poll=True)

    def start(self) -> None:
        self._thread = threading.Thread(target=self.serve, name="http", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop accepting, let requests being handled finish, then close every socket."""
        self._stopping.set()
        if self._thread:
            self._thread.join()
        self.dispatcher.shutdown(cancel_pending=False)
        self.server.asyncore.close_all(self.map)


class Service:
    """The running bot: database and journal, the Bolt app, redelivery; what `serve` starts and stops."""

    def __init__(
        self, settings: Settings, factbase: FactBase, *, watch_every: float = WATCH_EVERY, **app_options: Any
    ) -> None:
        check_slack(settings)
        self.settings, self.factbase = settings, factbase
        try:
            database = open_database(settings.database_url)
        except (SQLAlchemyError, OSError) as err:
            raise ConfigError(
                f"Could not open the database {masked(settings.database_url)}: {type(err).__name__}. "
                "Check BRIEFBOT_DATABASE_URL."
            ) from None
        owner = f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.journal = Journal(database, owner)
        self.store = QuestionStore(
            database, users=UserPolicy(settings.store_users), retention_days=settings.retention_days or None
        )
        kept = self.store if settings.store_questions else None
        self.app, self.deps = _build_app(settings, factbase, self.journal, store=kept, **app_options)
        self.redelivery = Redelivery(self.app, self.journal, self.deps.in_flight)
        self.watcher = Watcher(factbase, self.reloaded, every=watch_every)
        with kept_in(settings.cache_dir):  # a restart after a deploy is ready sooner
            warm_up(factbase.index)

    def reloaded(self, outcome: Reload) -> None:
        """Tell the curators' channel what a reload did (or why an edit was kept out), and rebuild the Home
        tabs people have opened, so they show the new fact base."""
        post_to_curators(self.settings, messages.reload_notice(outcome))
        if outcome.loaded:
            for user in list(self.deps.home_users):
                try:
                    publish_home(self.app.client, user, self.deps)
                except (SlackApiError, OSError) as err:
                    log.info("could not rebuild a Home tab: %s", err)

    def start(self) -> None:
        """Start the background work: redelivery, the question store's writer, the knowledge watcher."""
        self.store.start()
        self.redelivery.start()
        self.watcher.start()

    def stop(self) -> bool:
        """Stop the background work after draining what is in flight; True if everything finished."""
        self.watcher.stop()
        self.redelivery.stop()
        drained = self.drain()
        self.store.stop()
        return drained

    def wsgi(self) -> Wsgi:
        return wsgi_app(self.app, self.factbase, self.settings.signing_secret, status=self.status)

    def status(self) -> dict[str, Any]:
        try:
            pending = self.journal.counts().get("pending", 0)
        except SQLAlchemyError:
            return {"journal": "unreachable"}
        return {"pending_work": pending}

    def drain(self, timeout: float = DRAIN_SECONDS) -> bool:
        """Wait for work in flight to finish; what does not stays pending in the journal."""
        return self.deps.in_flight.wait_idle(timeout)


def _build_app(settings: Settings, factbase: FactBase, journal: Journal, **options: Any) -> tuple[App, Deps]:
    try:
        return create_app(settings, factbase, journal, **options)
    except (BoltError, SlackApiError, SlackRequestError) as err:
        hint = "Check SLACK_BOT_TOKEN (and SLACK_API_URL)."
        raise ConfigError(f"Slack refused to start the bot: {err}. {hint}") from None
    except OSError as err:  # urllib's URLError included: the Web API could not be reached
        where = masked(settings.api_url or SLACK_API)
        reason = getattr(err, "reason", None) or type(err).__name__
        raise ConfigError(
            f"Could not reach the Slack Web API at {where}: {reason}. Check the network and SLACK_API_URL."
        ) from None


def serve(settings: Settings, factbase: FactBase) -> int:
    """Serve Slack until SIGTERM or Ctrl-C, then drain: finish work in flight, keep the rest journaled."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s", stream=sys.stderr)
    logging.getLogger("briefbot.bolt").setLevel(logging.WARNING)  # Bolt would log request bodies at INFO
    logging.getLogger("alembic").setLevel(logging.WARNING)
    service = Service(settings, factbase)
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    facts = len(factbase.knowledge.facts)
    if settings.socket_mode:
        from slack_bolt.adapter.socket_mode import SocketModeHandler  # noqa: PLC0415 - only this mode needs it

        handler = SocketModeHandler(service.app, settings.app_token)
        handler.connect()  # type: ignore[no-untyped-call]
        service.start()
        log.info("ready: Socket Mode, %d facts", facts)
        stop.wait()
        # Closing the WebSocket client takes seconds (it waits on its own polling intervals): it
        # runs beside the drain. An envelope that still arrives meanwhile is journaled like any other.
        handler.client.auto_reconnect_enabled = False
        threading.Thread(target=handler.close, name="socket-mode-close", daemon=True).start()
    else:
        http = HttpServer(service.wsgi(), host="0.0.0.0", port=settings.port)
        http.start()
        service.start()
        log.info("ready: HTTP mode on port %d, events at %s, health at %s", http.port, EVENTS_PATH, HEALTH_PATH)
        stop.wait()
        http.stop()
    drained = service.stop()
    log.info("stopped: %s", "all work finished" if drained else "unfinished work stays journaled for the next start")
    return 0
