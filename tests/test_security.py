"""Hostile requests over real HTTP: nothing unverified makes the bot do anything, nothing crashes it."""

import contextlib
import json
import socket
import time

import pytest

from bot.slack.server import MAX_BODY
from bot.slack.signature import sign, verify
from bot.testing.slackfake import BOT_USER, action_body, command_body, event_body

FORM = "application/x-www-form-urlencoded"


def mention(text, ts="1700000000.000100"):
    return {"type": "app_mention", "user": "U0USER1", "text": text, "ts": ts, "channel": "C0001", "event_ts": ts}


@pytest.mark.parametrize("stamp", ["abc", "", "1e9", "1.5", " 1", "-1", "9" * 40, "\xb2\xb3"])
def test_a_timestamp_that_is_not_plain_digits_is_401_and_nothing_is_posted(slack, stamp, caplog):
    fake, bot = slack
    body = event_body(mention(f"<@{BOT_USER}> ferry"))
    with caplog.at_level("INFO"):
        status, _ = bot.post(body, timestamp=stamp, signature="v0=" + "0" * 64)
    assert status == 401
    assert bot.settle()
    assert fake.posts("chat.postMessage") == [] and fake.posts("chat.postEphemeral") == []
    assert "Traceback" not in caplog.text and "ferry" not in caplog.text  # no body in the logs


@pytest.mark.parametrize("body", ["[]", "null", "123", '"x"', "[" * 10_000 + "]" * 10_000, "{", ""])
def test_unsigned_bodies_of_any_shape_are_401_never_500(slack, body):
    _, bot = slack
    assert bot.post(body, signature="v0=bad")[0] == 401
    assert bot.post(body, content_type=FORM, signature="")[0] == 401


@pytest.mark.parametrize("body", ["[]", "null", "123", "[" * 10_000 + "]" * 10_000, "{", "\udcff"])
def test_signed_bodies_that_are_not_slack_payloads_are_400(slack, body):
    _, bot = slack
    raw = body.encode("utf-8", "surrogateescape")
    assert bot.post(raw)[0] == 400
    assert bot.post(b"payload=" + raw, content_type=FORM)[0] == 400
    assert bot.get("/healthz")[0] == 200


def test_a_body_larger_than_slack_sends_is_413_before_it_is_read(slack):
    _, bot = slack
    port = int(bot.url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=5) as connection:
        head = (
            f"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            f"Content-Length: {100 * 1024 * 1024}\r\nX-Slack-Request-Timestamp: {int(time.time())}\r\n"
            "X-Slack-Signature: v0=00\r\n\r\n"
        )
        connection.sendall(head.encode() + b"{" * 1024)  # a sliver of the promised 100 MB
        assert connection.recv(64).startswith(b"HTTP/1.1 413")


def raw_post(bot, body: bytes) -> int:
    """POST a signed body on a raw socket; the status, even when the server answers before it has all of it."""
    stamp = str(int(time.time()))
    head = (
        f"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        f"X-Slack-Request-Timestamp: {stamp}\r\nX-Slack-Signature: {sign(bot.secret, stamp, body)}\r\n\r\n"
    )
    port = int(bot.url.rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        with contextlib.suppress(OSError):  # refused part-way: the answer is already waiting
            connection.sendall(head.encode() + body)
        return int(connection.recv(64).split()[1])


def test_a_body_just_over_the_limit_is_refused_and_one_at_it_is_read(slack):
    _, bot = slack
    assert raw_post(bot, b"x" * (MAX_BODY + 1)) == 413
    assert raw_post(bot, b"x" * MAX_BODY) == 400  # signed, read, and not a Slack payload


def test_slow_connections_do_not_lock_out_a_real_event(slack):
    fake, bot = slack
    port = int(bot.url.rsplit(":", 1)[1])
    trickles = []
    try:
        for _ in range(150):
            connection = socket.create_connection(("127.0.0.1", port), timeout=5)
            connection.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\n")  # and then nothing more
            trickles.append(connection)
        started = time.monotonic()
        status, _ = bot.post(event_body(mention(f"<@{BOT_USER}> ferry", ts="3.0001"), event_id="EvReal"))
        # Locked out, it would wait for a trickle's 10 s deadline; served, it takes milliseconds.
        assert status == 200 and time.monotonic() - started < 8
        assert len(fake.wait_for("chat.postMessage")) == 1
    finally:
        for connection in trickles:
            connection.close()


@pytest.mark.parametrize("value", [[1, 2], 7, None, "x" * 10_000, '["a"]', "not json", {"fact": ["x"]}])
def test_action_values_that_are_not_what_we_sent_get_no_traceback(slack, value, caplog):
    fake, bot = slack
    for n, action in enumerate(("feedback_helpful", "share_in_channel", "pick_fact_0")):
        body = action_body(action, value, f"{fake.url}/response/v", trigger_id=f"t-{action}-{n}")
        with caplog.at_level("INFO"):
            assert bot.post(body, content_type=FORM)[0] == 200
    assert bot.settle()
    assert "Traceback" not in caplog.text
    assert all(len(record.getMessage()) < 5_000 for record in caplog.records)


def test_replayed_commands_and_actions_are_answered_once(slack):
    fake, bot = slack
    ask = command_body("/ask", "ferry", f"{fake.url}/response/ask", trigger_id="trig-ask")
    share = action_body("share_in_channel", json.dumps({"kind": "ask", "query": "ferry"}), f"{fake.url}/response/s",
                        trigger_id="trig-share")  # fmt: skip
    pick = action_body("pick_fact_0", "ferry-service", f"{fake.url}/response/p", trigger_id="trig-pick")
    for body in (ask, share, pick):
        for _ in range(3):
            assert bot.post(body, content_type=FORM)[0] == 200
    assert bot.settle()
    assert len(fake.posts("response_url")) == 2 and len(fake.posts("chat.postMessage")) == 1


def test_verify_never_raises_and_accepts_only_a_fresh_signature():
    now = 1_700_000_000
    good = sign("s", str(now), b"body")
    assert verify("s", str(now), good, b"body", now=now)
    assert not verify("s", str(now - 301), sign("s", str(now - 301), b"body"), b"body", now=now)
    for stamp in (None, "", "abc", "1e9", "1.5", "0x10", "١٢٣"):
        assert not verify("s", stamp, good, b"body", now=now)
    for signature in (None, "", "v0=", "v0=é" + good[4:], good.upper()):
        assert not verify("s", str(now), signature, b"body", now=now)
    assert not verify("", str(now), good, b"body", now=now)
