"""Test doubles that speak real HTTP: a fake Slack Web API, Slack's request signing, and the bot's server."""

from __future__ import annotations

import json
import socket
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import Future, ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from bot.slack.signature import sign

BOT_USER = "UBOT0001"
BOT_ID = "BBOT0001"
SECRET = "test-signing-secret"
POLL = 0.01  # how often the fake's accept loop checks for shutdown: closing it is near instant

__all__ = ["BOT_USER", "SECRET", "BotServer", "FakeSlack", "free_port", "sign", "wait_ready"]


def free_port() -> int:
    """A loopback port nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_ready(port: int, started: float, timeout: float = 30.0) -> float:
    """Poll a bot's /healthz until it answers; seconds since `started` (a time.monotonic() value)."""
    while time.monotonic() - started < timeout:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as response:
                if response.status == 200:
                    return time.monotonic() - started
        except OSError:
            time.sleep(0.01)
    raise RuntimeError("the bot did not become ready in time")


class FakeSlack:
    """A local Web API on 127.0.0.1: answers auth.test, records every call and response_url post, and can
    be slow (`delay`), fail (`failures`), accept a post but drop the response (`drop`), or be down (`down`)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.arrivals: list[float] = []  # time.monotonic() of each call, parallel to `calls`
        self.failures: dict[str, list[tuple[int, dict[str, str]]]] = {}  # method -> queued (status, headers)
        self.canned: dict[str, dict[str, Any]] = {}  # method -> the JSON it answers with
        self.drop: dict[str, int] = {}  # method -> how many more calls to record, then hang up on
        self.delay = 0.0  # seconds before each answer
        self.drop_until = 0.0  # time.monotonic() until which every post is taken but not answered
        self.threads: dict[tuple[str, str], list[dict[str, Any]]] = {}  # (channel, thread ts) -> messages
        self.lock = threading.Lock()
        self.server = self._start(0)
        self.port = int(self.server.server_address[1])
        self.url = f"http://127.0.0.1:{self.port}"

    def _start(self, port: int) -> ThreadingHTTPServer:
        server = ThreadingHTTPServer(("127.0.0.1", port), _handler(self))
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, args=(POLL,), daemon=True).start()
        return server

    def answer(self, method: str, body: dict[str, Any]) -> tuple[int, dict[str, Any], dict[str, str]] | None:
        """Record one call; (status, JSON, headers) to send back, or None to hang up without answering."""
        with self.lock:
            self.calls.append((method, body))
            self.arrivals.append(time.monotonic())
            queued = self.failures.get(method)
            failure = queued.pop(0) if queued else None
            dropping = self.drop.get(method, 0) > 0
            if dropping:
                self.drop[method] -= 1
            elif method in ("chat.postMessage", "response_url") and time.monotonic() < self.drop_until:
                dropping = True
            reply = self._success(method, body) if failure is None else None
        if dropping:
            return None
        if failure:
            status, headers = failure
            return status, {"ok": False, "error": "ratelimited" if status == 429 else "internal_error"}, headers
        assert reply is not None
        return 200, reply, {}

    def _success(self, method: str, body: dict[str, Any]) -> dict[str, Any]:
        if method in self.canned:
            return self.canned[method]
        if method == "auth.test":
            return {"ok": True, "user_id": BOT_USER, "bot_id": BOT_ID, "team_id": "T0001", "team": "test",
                    "user": "briefbot", "url": "https://test.slack.com/"}  # fmt: skip
        if method == "conversations.replies":
            messages = self.threads.get((str(body.get("channel")), str(body.get("ts"))), [])
            return {"ok": True, "messages": list(messages), "has_more": False}
        ts = f"{time.time():.6f}"
        if method == "chat.postMessage":
            thread = str(body.get("thread_ts") or ts)
            message = {"type": "message", "ts": ts, "thread_ts": thread, "text": body.get("text", ""), "bot_id": BOT_ID,
                       "user": BOT_USER, "metadata": body.get("metadata")}  # fmt: skip
            self.threads.setdefault((str(body.get("channel")), thread), []).append(message)
        return {"ok": True, "channel": body.get("channel", "C1"), "ts": ts}

    def posts(self, method: str) -> list[dict[str, Any]]:
        with self.lock:
            return [body for name, body in self.calls if name == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 5.0) -> list[dict[str, Any]]:
        """Listeners run after the ack, so poll until `count` calls arrived (or time out)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.posts(method)
            if len(found) >= count:
                return found
            time.sleep(0.01)
        return self.posts(method)

    def down(self) -> None:
        """Refuse connections (nothing listens on the port) until `up()`."""
        self.server.shutdown()
        self.server.server_close()

    def up(self) -> None:
        self.server = self._start(self.port)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _handler(fake: FakeSlack) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
            if "json" in (self.headers.get("Content-Type") or ""):
                body = json.loads(raw or "{}")
            else:
                body = {k: v[0] for k, v in urllib.parse.parse_qs(raw).items()}
            method = self.path.rsplit("/", 1)[-1] if self.path.startswith("/api/") else "response_url"
            if fake.delay:
                time.sleep(fake.delay)
            reply = fake.answer(method, body)
            if reply is None:
                self.close_connection = True  # accepted, but the answer is lost on the way back
                return
            status, payload, headers = reply
            data = json.dumps(payload).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(data)
            except OSError:
                pass  # the client gave up waiting: nothing to answer

    return Handler


class TrackingExecutor(ThreadPoolExecutor):
    """Bolt's listener pool, counting work in flight so a test can wait until the bot has finished."""

    def __init__(self, workers: int = 5) -> None:
        super().__init__(max_workers=workers, thread_name_prefix="listener")
        self._pending = 0
        self._idle = threading.Condition()

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        with self._idle:
            self._pending += 1
        future = super().submit(fn, *args, **kwargs)
        future.add_done_callback(self._finished)
        return future

    def _finished(self, _: Future[Any]) -> None:
        with self._idle:
            self._pending -= 1
            self._idle.notify_all()

    def settle(self, timeout: float = 5.0) -> bool:
        """Wait until no listener is running or queued; False if that took longer than `timeout`."""
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout)


class BotServer:
    """The bot's real HTTP server (waitress, verify-first, journaled) on a free loopback port, talking to a
    FakeSlack. Its database is a fresh SQLite file unless `database_url` names another."""

    def __init__(
        self,
        factbase: Any,
        fake: FakeSlack,
        secret: str = SECRET,
        *,
        retries: int = 3,
        database_url: str | None = None,
        redeliver: bool = True,
        curators_channel: str = "",
        curators: tuple[str, ...] = (),
        watch_every: float = 0.1,
    ) -> None:
        from bot.config import Settings  # noqa: PLC0415 - the bot itself, only when a test runs one
        from bot.slack.server import HttpServer, Service  # noqa: PLC0415

        self._folder = tempfile.TemporaryDirectory(prefix="briefbot-test-db-")
        settings = Settings(
            knowledge_dir=factbase.folder, bot_token="xoxb-test", signing_secret=secret,
            api_url=f"{fake.url}/api/", api_retries=retries,
            database_url=database_url or f"sqlite:///{self._folder.name}/briefbot.db",
            curators_channel=curators_channel, curators=curators,
        )  # fmt: skip
        self.secret = secret
        self.executor = TrackingExecutor()
        self.service = Service(settings, factbase, executor=self.executor, watch_every=watch_every)
        self.app, self.journal = self.service.app, self.service.journal
        self.http = HttpServer(self.service.wsgi(), host="127.0.0.1", port=0, threads=8, poll=POLL)
        self.url = f"http://127.0.0.1:{self.http.port}"
        self.http.start()
        self.store = self.service.store
        if redeliver:
            self.service.start()

    def post(
        self,
        body: str | bytes,
        *,
        content_type: str = "application/json",
        timestamp: int | str | None = None,
        signature: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, str]:
        stamp = str(int(time.time()) if timestamp is None else timestamp)
        raw = body.encode() if isinstance(body, str) else body
        all_headers = {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": stamp,
            "X-Slack-Signature": signature if signature is not None else sign(self.secret, stamp, raw),
            **(headers or {}),
        }
        request = urllib.request.Request(f"{self.url}/slack/events", data=raw, method="POST", headers=all_headers)
        return self._open(request)

    def get(self, path: str) -> tuple[int, str]:
        return self._open(urllib.request.Request(f"{self.url}{path}"))

    def settle(self, timeout: float = 5.0) -> bool:
        """Wait until every listener the bot started has finished and no journaled work is due."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            idle = self.executor.settle(max(0.0, deadline - time.monotonic()))
            if idle and not self.service.deps.in_flight.snapshot():
                return True
            time.sleep(POLL)
        return False

    @staticmethod
    def _open(request: urllib.request.Request) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return int(response.status), response.read().decode()
        except urllib.error.HTTPError as err:
            return err.code, err.read().decode()

    def close(self) -> None:
        self.http.stop()
        self.service.stop()
        self.executor.shutdown(wait=True)
        self.service.journal.db.dispose()
        self._folder.cleanup()


def event_body(event: dict[str, Any], event_id: str = "Ev0001") -> str:
    return json.dumps({
        "token": "x", "team_id": "T0001", "api_app_id": "A0001", "type": "event_callback",
        "event_id": event_id, "event_time": int(time.time()), "event": event,
        "authorizations": [{"team_id": "T0001", "user_id": BOT_USER, "is_bot": True}],
    })  # fmt: skip


def command_body(command: str, text: str, response_url: str, trigger_id: str = "1.2.3") -> str:
    return urllib.parse.urlencode({
        "token": "x", "team_id": "T0001", "team_domain": "test", "channel_id": "C0001", "channel_name": "general",
        "user_id": "U0USER1", "user_name": "someone", "command": command, "text": text, "api_app_id": "A0001",
        "is_enterprise_install": "false", "response_url": response_url, "trigger_id": trigger_id,
    })  # fmt: skip


def action_body(action_id: str, value: Any, response_url: str, *, thread_ts: str = "111.000",
                ephemeral: bool = False, trigger_id: str = "1.2.3") -> str:  # fmt: skip
    payload = {
        "type": "block_actions", "user": {"id": "U0USER1", "username": "someone", "team_id": "T0001"},
        "api_app_id": "A0001", "token": "x", "trigger_id": trigger_id, "response_url": response_url,
        "container": {"type": "message", "message_ts": "222.000", "channel_id": "C0001", "is_ephemeral": ephemeral,
                      "thread_ts": thread_ts},
        "team": {"id": "T0001", "domain": "test"}, "channel": {"id": "C0001", "name": "general"},
        "message": {"type": "message", "ts": "222.000", "thread_ts": thread_ts, "text": "x"},
        "actions": [{"action_id": action_id, "block_id": "b", "type": "button", "value": value,
                     "action_ts": "333.000"}],
    }  # fmt: skip
    return urllib.parse.urlencode({"payload": json.dumps(payload)})
