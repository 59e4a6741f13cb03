"""The Slack path under load: `python -m bot serve` in its own process, signed events from 50 senders."""

from __future__ import annotations

import http.client
import json
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.run import percentile
from bot.testing.slackfake import BOT_USER, SECRET, FakeSlack, event_body, free_port, sign, wait_ready

ROOT = Path(__file__).resolve().parent.parent
EVENTS, RETRIES = 500, 50
PROCESSES, THREADS = 5, 10  # 50 concurrent senders
SENDERS = PROCESSES * THREADS
QUESTIONS = [
    "when did the two presidents speak?",
    "what did putin thank egypt for",
    "hostages",
    "did they agree on a ceasefire",
    "What is the capital of France?",
]


def _post(port: int, body: str, headers: dict | None = None) -> tuple[int, float]:
    """One signed delivery on a new connection, as Slack makes them; (status, seconds to the ack)."""
    stamp = str(int(time.time()))
    payload = body.encode()
    all_headers = {
        "Content-Type": "application/json",
        "X-Slack-Request-Timestamp": stamp,
        "X-Slack-Signature": sign(SECRET, stamp, body),
        **(headers or {}),
    }
    started = time.monotonic()
    # http.client rather than urllib: the load generator should spend its CPU sending, not
    # building openers, since it shares the machine with the bot it measures.
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("POST", "/slack/events", body=payload, headers=all_headers)
        response = connection.getresponse()
        response.read()
        status = response.status
    except OSError:
        status = 0
    finally:
        connection.close()
    return status, time.monotonic() - started


def _send_batch(port: int, process: int, rate: float = 0.0, start_at: float = 0.0) -> dict:
    """One sender process: THREADS concurrent senders; (ts, sent at, ack latency, status) per event.

    With a `rate` (events a second over all senders), event n leaves at start_at + n / rate (wall clock,
    shared by the processes); without one, each sender sends as fast as it is answered.
    """
    events: list[tuple[str, float, float, int]] = []
    retry_errors = 0
    lock = threading.Lock()

    def sender(thread: int) -> None:
        nonlocal retry_errors
        for n in range(process * THREADS + thread, EVENTS, SENDERS):
            if rate:
                time.sleep(max(0.0, start_at + n / rate - time.time()))
            ts = f"{1_700_000_000 + n}.000100"
            body = event_body(
                {
                    "type": "app_mention",
                    "user": "U0LOAD",
                    "channel": "C0LOAD",
                    "ts": ts,
                    "event_ts": ts,
                    "text": f"<@{BOT_USER}> {QUESTIONS[n % len(QUESTIONS)]}",
                },
                event_id=f"EvLoad{n}",
            )
            sent_at = time.monotonic()  # CLOCK_MONOTONIC: comparable across processes
            status, elapsed = _post(port, body)
            with lock:
                events.append((ts, sent_at, elapsed, status))
            if n < RETRIES:  # Slack's redelivery of an event we already acknowledged
                status, _ = _post(port, body, {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
                with lock:
                    retry_errors += status != 200

    threads = [threading.Thread(target=sender, args=(t,)) for t in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {"events": events, "retry_errors": retry_errors}


def run_load(database_url: str | None = None, *, store: bool = True, rate: float = 0.0) -> dict:
    """Start the bot, wait until ready, send the load, count replies per event. Stops by itself.

    `database_url` defaults to a fresh SQLite file (no memory of earlier runs); `store` turns the
    question store on or off, to measure what it adds.
    """
    fake = FakeSlack()
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "BRIEFBOT_"))}
    database = tempfile.TemporaryDirectory(prefix="briefbot-bench-")
    env.update(
        SLACK_BOT_TOKEN="xoxb-bench", SLACK_SIGNING_SECRET=SECRET, PORT=str(port), SLACK_API_URL=f"{fake.url}/api/",
        BRIEFBOT_DATABASE_URL=database_url or f"sqlite:///{database.name}/briefbot.db",
        BRIEFBOT_STORE="on" if store else "off",
    )  # fmt: skip
    started = time.monotonic()
    bot = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        startup = wait_ready(port, started)
        # The senders run in their own processes (10 threads each), so that timing them is not
        # disturbed by the fake Web API, which answers the bot's replies in this process.
        context = multiprocessing.get_context("spawn")
        with context.Pool(PROCESSES) as pool:
            start_at = time.time() + 1.0
            batches = pool.starmap(_send_batch, [(port, worker, rate, start_at) for worker in range(PROCESSES)])
        sent = {ts: at for batch in batches for ts, at, _, _ in batch["events"]}
        acks = [elapsed for batch in batches for _, _, elapsed, _ in batch["events"]]
        errors = sum(status != 200 for batch in batches for *_, status in batch["events"]) + sum(
            batch["retry_errors"] for batch in batches
        )
        fake.wait_for("chat.postMessage", EVENTS, timeout=60)
        time.sleep(1.0)  # let any duplicate reply arrive before counting
        replies: dict[str, list[float]] = {}
        with fake.lock:
            for (method, body), arrived in zip(fake.calls, fake.arrivals, strict=True):
                if method == "chat.postMessage":
                    replies.setdefault(body["thread_ts"], []).append(arrived)
        counts = [len(replies.get(ts, [])) for ts in sent]
        reply_latency = [replies[ts][0] - sent[ts] for ts in sent if ts in replies]
        return {
            "events": EVENTS,
            "senders": SENDERS,
            "retries": RETRIES,
            "startup_s": round(startup, 3),
            "ack_p50_ms": statistics.median(acks) * 1000,
            "ack_p99_ms": percentile(acks, 0.99) * 1000,
            "reply_p50_ms": statistics.median(reply_latency) * 1000 if reply_latency else float("nan"),
            "reply_p99_ms": percentile(reply_latency, 0.99) * 1000 if reply_latency else float("nan"),
            "answered_0": counts.count(0),
            "answered_1": counts.count(1),
            "answered_more": sum(c > 1 for c in counts),
            "http_errors": errors,
        }
    finally:
        bot.terminate()
        bot.wait(timeout=30)
        fake.close()
        database.cleanup()


if __name__ == "__main__":
    print(json.dumps(run_load(), indent=2))
