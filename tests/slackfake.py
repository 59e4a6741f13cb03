"""Test doubles that speak real HTTP: a fake Slack Web API, Slack's request signing, and the bot's server."""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import waitress

from bot.config import Settings
from bot.server import wsgi_app
from bot.slack_app import create_app

BOT_USER = "UBOT0001"
SECRET = "test-signing-secret"


def free_port() -> int:
    """A loopback port nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


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


def sign(secret: str, timestamp: str, body: str) -> str:
    """Slack's v0 signature: HMAC-SHA256 over "v0:{timestamp}:{body}"."""
    base = f"v0:{timestamp}:{body}".encode()
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


class FakeSlack:
    """A local Web API on 127.0.0.1 that answers auth.test and records every call and response_url post."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict]] = []
        self.arrivals: list[float] = []  # time.monotonic() of each call, parallel to `calls`
        self.failures: dict[str, list[tuple[int, dict]]] = {}  # method -> queued (status, headers)
        self.canned: dict[str, dict] = {}  # method -> the JSON it answers with
        self.lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                raw = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
                if "json" in (self.headers.get("Content-Type") or ""):
                    body = json.loads(raw or "{}")
                else:
                    body = {k: v[0] for k, v in urllib.parse.parse_qs(raw).items()}
                method = self.path.rsplit("/", 1)[-1] if self.path.startswith("/api/") else "response_url"
                with fake.lock:
                    queued = fake.failures.get(method)
                    failure = queued.pop(0) if queued else None
                    fake.calls.append((method, body))
                    fake.arrivals.append(time.monotonic())
                if failure:
                    status, headers = failure
                    self._send(status, {"ok": False, "error": "ratelimited"}, headers)
                elif method in fake.canned:
                    self._send(200, fake.canned[method])
                elif method == "auth.test":
                    self._send(200, {"ok": True, "user_id": BOT_USER, "bot_id": "BBOT0001", "team_id": "T0001",
                                     "team": "test", "user": "briefbot", "url": "https://test.slack.com/"})
                else:
                    self._send(200, {"ok": True, "channel": body.get("channel", "C1"), "ts": f"{time.time():.6f}"})

            def _send(self, status, payload, headers=None):
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def posts(self, method: str) -> list[dict]:
        with self.lock:
            return [body for name, body in self.calls if name == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 5.0) -> list[dict]:
        """Listeners run after the ack, so poll until `count` calls arrived (or time out)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.posts(method)
            if len(found) >= count:
                return found
            time.sleep(0.02)
        return self.posts(method)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class BotServer:
    """The bot's real WSGI server (waitress) on a free loopback port, talking to a FakeSlack."""

    def __init__(self, index, fake: FakeSlack, secret: str = SECRET) -> None:
        settings = Settings(knowledge_dir=index.knowledge.root, bot_token="xoxb-test", signing_secret=secret,
                            api_url=f"{fake.url}/api/")
        self.secret = secret
        self.app = create_app(settings, index)
        self.server = waitress.create_server(wsgi_app(self.app, index), host="127.0.0.1", port=0, threads=8)
        self.url = f"http://127.0.0.1:{self.server.effective_port}"
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()

    def post(self, body: str, *, content_type: str = "application/json", timestamp: int | None = None,
             signature: str | None = None, headers: dict | None = None) -> tuple[int, str]:
        stamp = str(int(time.time()) if timestamp is None else timestamp)
        request = urllib.request.Request(f"{self.url}/slack/events", data=body.encode(), method="POST", headers={
            "Content-Type": content_type, "X-Slack-Request-Timestamp": stamp,
            "X-Slack-Signature": signature or sign(self.secret, stamp, body), **(headers or {}),
        })
        return self._open(request)

    def get(self, path: str) -> tuple[int, str]:
        return self._open(urllib.request.Request(f"{self.url}{path}"))

    @staticmethod
    def _open(request) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as err:
            return err.code, err.read().decode()

    def close(self) -> None:
        self.server.close()


def event_body(event: dict, event_id: str = "Ev0001") -> str:
    return json.dumps({
        "token": "x", "team_id": "T0001", "api_app_id": "A0001", "type": "event_callback",
        "event_id": event_id, "event_time": int(time.time()), "event": event,
        "authorizations": [{"team_id": "T0001", "user_id": BOT_USER, "is_bot": True}],
    })


def command_body(command: str, text: str, response_url: str) -> str:
    return urllib.parse.urlencode({
        "token": "x", "team_id": "T0001", "team_domain": "test", "channel_id": "C0001", "channel_name": "general",
        "user_id": "U0USER1", "user_name": "someone", "command": command, "text": text, "api_app_id": "A0001",
        "is_enterprise_install": "false", "response_url": response_url, "trigger_id": "1.2.3",
    })


def action_body(action_id: str, value: str, response_url: str, *, thread_ts: str = "111.000",
                ephemeral: bool = False) -> str:
    payload = {
        "type": "block_actions", "user": {"id": "U0USER1", "username": "someone", "team_id": "T0001"},
        "api_app_id": "A0001", "token": "x", "trigger_id": "1.2.3", "response_url": response_url,
        "container": {"type": "message", "message_ts": "222.000", "channel_id": "C0001", "is_ephemeral": ephemeral,
                      "thread_ts": thread_ts},
        "team": {"id": "T0001", "domain": "test"}, "channel": {"id": "C0001", "name": "general"},
        "message": {"type": "message", "ts": "222.000", "thread_ts": thread_ts, "text": "x"},
        "actions": [{"action_id": action_id, "block_id": "b", "type": "button", "value": value,
                     "action_ts": "333.000"}],
    }
    return urllib.parse.urlencode({"payload": json.dumps(payload)})
