"""The Slack side end to end: signed HTTP requests to the real server, a fake Web API recording replies."""

import json
import os
import subprocess
import sys
import time
import urllib.parse
import urllib.request

import pytest
from slack_sdk.signature import SignatureVerifier

from bot.testing.slackfake import (
    BOT_USER,
    SECRET,
    FakeSlack,
    action_body,
    command_body,
    event_body,
    free_port,
    sign,
    wait_ready,
)
from bot.testing.wsfake import FakeSocketMode
from tests.conftest import KB, ROOT


def bot_env(fake, tmp_path, **extra):
    """The environment of a `python -m bot serve` process under test: only what it is given."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "BRIEFBOT_KNOWLEDGE", "BRIEFBOT_DATA"))}
    env.update(
        SLACK_BOT_TOKEN="xoxb-test", SLACK_API_URL=f"{fake.url}/api/", BRIEFBOT_KNOWLEDGE=str(KB),
        BRIEFBOT_DATABASE_URL=f"sqlite:///{tmp_path / 'briefbot.db'}", **extra,
    )  # fmt: skip
    return env


def mention(text, ts="1700000000.000100", **extra):
    return {
        "type": "app_mention",
        "user": "U0USER1",
        "text": text,
        "ts": ts,
        "channel": "C0001",
        "event_ts": ts,
        **extra,
    }


def test_mention_is_answered_in_a_new_thread_with_answer_quote_and_document(slack):
    fake, bot = slack
    status, _ = bot.post(event_body(mention(f"<@{BOT_USER}> when did the harbour reopen?")))
    assert status == 200
    [post] = fake.wait_for("chat.postMessage")
    assert post["channel"] == "C0001" and post["thread_ts"] == "1700000000.000100"
    assert post["unfurl_links"] is False
    text = json.dumps(post["blocks"])
    assert "reopened on March 3." in text and "> The Valmora harbour reopened on March 3 after" in text
    assert "Port News" in text and "March 3" in post["text"]


def test_mention_inside_a_thread_is_answered_in_that_thread(slack):
    fake, bot = slack
    bot.post(event_body(mention(f"<@{BOT_USER}> ferry", ts="5.0002", thread_ts="5.0001")))
    [post] = fake.wait_for("chat.postMessage")
    assert post["thread_ts"] == "5.0001"


def test_direct_message_is_answered_without_a_mention(slack):
    fake, bot = slack
    dm = {
        "type": "message",
        "channel": "D0001",
        "channel_type": "im",
        "user": "U0USER1",
        "text": "who published this?",
        "ts": "7.0001",
        "event_ts": "7.0001",
    }
    bot.post(event_body(dm))
    [post] = fake.wait_for("chat.postMessage")
    assert post["channel"] == "D0001" and "Port News" in post["text"]


def test_retried_delivery_is_answered_once(slack):
    fake, bot = slack
    body = event_body(mention(f"<@{BOT_USER}> ferry"), event_id="EvRETRY")
    assert bot.post(body)[0] == 200
    assert bot.post(body, headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})[0] == 200
    assert bot.settle()
    assert len(fake.posts("chat.postMessage")) == 1


def test_retry_whose_first_delivery_was_lost_is_still_answered(slack):
    fake, bot = slack
    body = event_body(mention(f"<@{BOT_USER}> ferry", ts="8.0001"), event_id="EvLOST")
    bot.post(body, headers={"X-Slack-Retry-Num": "2", "X-Slack-Retry-Reason": "http_timeout"})
    assert len(fake.wait_for("chat.postMessage")) == 1


def test_mention_also_delivered_as_a_channel_message_is_answered_once(slack):
    fake, bot = slack
    bot.post(event_body(mention(f"<@{BOT_USER}> ferry", ts="9.0001"), event_id="EvA"))
    as_message = {
        "type": "message",
        "channel": "C0001",
        "channel_type": "channel",
        "user": "U0USER1",
        "text": f"<@{BOT_USER}> ferry",
        "ts": "9.0001",
    }
    bot.post(event_body(as_message, event_id="EvB"))
    assert bot.settle()
    assert len(fake.posts("chat.postMessage")) == 1


@pytest.mark.parametrize(
    "event",
    [
        {"type": "message", "channel": "D0001", "channel_type": "im", "bot_id": "BOTHER", "text": "ferry", "ts": "1.1"},
        {
            "type": "message",
            "subtype": "message_changed",
            "channel": "D0001",
            "channel_type": "im",
            "ts": "1.2",
            "message": {"text": "ferry", "user": "U0USER1"},
            "previous_message": {"text": "x"},
        },
        {"type": "message", "subtype": "message_deleted", "channel": "D0001", "channel_type": "im", "ts": "1.3"},
        {
            "type": "message",
            "subtype": "channel_join",
            "channel": "C0001",
            "user": "U0USER1",
            "ts": "1.4",
            "text": "joined",
        },
        {
            "type": "app_mention",
            "user": BOT_USER,
            "bot_id": "BBOT0001",
            "text": "ferry",
            "ts": "1.5",
            "channel": "C0001",
        },
    ],
    ids=["other-bot", "edit", "delete", "join", "own-message"],
)
def test_bot_messages_edits_and_other_subtypes_are_ignored(slack, event):
    fake, bot = slack
    assert bot.post(event_body(event, event_id=f"Ev{event['ts']}"))[0] == 200
    # A sentinel question sent after it: once its answer is in and the bot is idle, nothing is pending.
    bot.post(event_body(mention(f"<@{BOT_USER}> ferry", ts="2.0001"), event_id="EvSentinel"))
    [post] = fake.wait_for("chat.postMessage")
    assert bot.settle()
    assert fake.posts("chat.postMessage") == [post] and post["thread_ts"] == "2.0001"


def test_empty_mention_gets_help_with_examples(slack):
    fake, bot = slack
    bot.post(event_body(mention(f"<@{BOT_USER}>")))
    [post] = fake.wait_for("chat.postMessage")
    assert "for example" in post["text"] and "/sources" in post["text"]


def test_off_topic_mention_abstains_points_to_sources_and_is_stored_for_curators(slack):
    fake, bot = slack
    bot.post(event_body(mention(f"<@{BOT_USER}> what is the capital of France?")))
    [post] = fake.wait_for("chat.postMessage")
    assert post["text"].startswith("I don't have that in my documents.") and "/sources" in post["text"]
    assert bot.settle() and bot.store.flush()
    [row] = bot.store.questions_since(0)
    assert (row.surface, row.outcome, row.question, row.channel) == (
        "mention",
        "abstain",
        "what is the capital of France?",
        "C0001",
    )
    assert row.user and row.user != "U0USER1"  # hashed by default


def test_pings_in_the_question_are_never_echoed(slack):
    fake, bot = slack
    body = command_body(
        "/ask",
        "<!channel> <!here> <!subteam^S123|@team> <@U999> when did the harbour reopen?",
        f"{fake.url}/response/1",
    )
    assert bot.post(body, content_type="application/x-www-form-urlencoded")[0] == 200
    [reply] = fake.wait_for("response_url")
    dumped = json.dumps(reply)
    for ping in ("<!channel>", "<!here>", "<!subteam", "<@U999>"):
        assert ping not in dumped


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "reopened on March 3 after storm repairs"),
        ("harbour", "The ferry to Lindholm resumes in April"),
        ("date", "On “date”: 2 fact(s)"),
        ("volcanoes", "No document or topic matches"),
    ],
)
def test_summary_command_is_private_with_a_share_button(slack, text, expected):
    fake, bot = slack
    status, _ = bot.post(
        command_body("/summary", text, f"{fake.url}/response/s"), content_type="application/x-www-form-urlencoded"
    )
    assert status == 200
    [reply] = fake.wait_for("response_url")
    assert reply["response_type"] == "ephemeral"
    assert expected in json.dumps(reply["blocks"], ensure_ascii=False)
    assert "share_in_channel" in json.dumps(reply["blocks"])


@pytest.mark.parametrize(
    ("kind", "query", "expected"), [("summary", "", "after storm repairs"), ("ask", "ferry", "will resume in April")]
)
def test_share_button_posts_for_everyone(slack, kind, query, expected):
    fake, bot = slack
    value = json.dumps({"kind": kind, "query": query})
    bot.post(
        action_body("share_in_channel", value, f"{fake.url}/response/share"),
        content_type="application/x-www-form-urlencoded",
    )
    [reply] = fake.wait_for("response_url")
    assert reply["response_type"] == "in_channel" and "share_in_channel" not in json.dumps(reply["blocks"])
    assert expected in json.dumps(reply["blocks"])


def test_ask_command_answers_privately_with_a_post_button(slack):
    fake, bot = slack
    bot.post(
        command_body("/ask", "how much did the repairs cost?", f"{fake.url}/response/a"),
        content_type="application/x-www-form-urlencoded",
    )
    [reply] = fake.wait_for("response_url")
    assert reply["response_type"] == "ephemeral"
    dumped = json.dumps(reply["blocks"])
    assert "four million euros" in dumped and "Post in channel" in dumped and "Asked: how much" in dumped


def test_sources_command_lists_documents(slack):
    fake, bot = slack
    bot.post(command_body("/sources", "", f"{fake.url}/response/src"), content_type="application/x-www-form-urlencoded")
    [reply] = fake.wait_for("response_url")
    assert "Port News" in reply["text"] and "Try:" in reply["text"]


def test_did_you_mean_button_posts_that_fact_in_the_same_thread(slack):
    fake, bot = slack
    bot.post(
        action_body("pick_fact_1", "ferry-service", f"{fake.url}/response/p", thread_ts="42.0001"),
        content_type="application/x-www-form-urlencoded",
    )
    [post] = fake.wait_for("chat.postMessage")
    assert post["thread_ts"] == "42.0001" and "will resume in April" in post["text"]
    [update] = fake.wait_for("chat.update")
    assert update["ts"] == "222.000" and "Answering:" in update["text"] and "blocks" in update


def test_did_you_mean_in_a_private_reply_stays_private(slack):
    fake, bot = slack
    bot.post(
        action_body("pick_fact_0", "ferry-service", f"{fake.url}/response/priv", ephemeral=True),
        content_type="application/x-www-form-urlencoded",
    )
    [reply] = fake.wait_for("response_url")
    assert reply["response_type"] == "ephemeral" and reply["replace_original"] is True
    assert "will resume in April" in reply["text"]
    assert bot.settle()
    assert fake.posts("chat.postMessage") == []


def test_feedback_press_is_acknowledged_stored_and_asks_why(slack):
    fake, bot = slack
    bot.post(event_body(mention(f"<@{BOT_USER}> ferry", ts="31.0001"), event_id="EvFeedback"))
    [post] = fake.wait_for("chat.postMessage")
    [buttons] = next(b for b in post["blocks"] if b["type"] == "context_actions")["elements"]
    negative = buttons["negative_button"]["value"]
    bot.post(action_body("answer_feedback", negative, f"{fake.url}/response/f", trigger_id="trig-fb"),
             content_type="application/x-www-form-urlencoded")  # fmt: skip
    [ack] = fake.wait_for("chat.postEphemeral")
    assert ack["user"] == "U0USER1" and "feedback" in ack["text"]
    [opened] = fake.wait_for("views.open")
    view = json.loads(opened["view"]) if isinstance(opened["view"], str) else opened["view"]
    assert opened["trigger_id"] == "trig-fb" and view["callback_id"] == "feedback_reason"
    submission = {
        "type": "view_submission", "user": {"id": "U0USER1"}, "trigger_id": "trig-submit", "api_app_id": "A0001",
        "team": {"id": "T0001"},
        "view": {"id": "V1", "type": "modal", "callback_id": "feedback_reason",
                 "private_metadata": view["private_metadata"],
                 "state": {"values": {"reason": {"text": {"type": "plain_text_input", "value": "It was May 3"}}}}},
    }  # fmt: skip
    status, _ = bot.post(urllib.parse.urlencode({"payload": json.dumps(submission)}),
                         content_type="application/x-www-form-urlencoded")  # fmt: skip
    assert status == 200 and bot.settle() and bot.store.flush()
    [question] = bot.store.questions_since(0)
    rows = bot.store.feedback_since(0)
    assert [(r.kind, r.fact_id, r.question_id) for r in rows] == [
        ("unhelpful", "ferry-service", question.id),
        ("reason", "ferry-service", question.id),
    ]
    assert rows[1].reason == "It was May 3" and rows[1].question == "ferry"


def test_url_verification_returns_the_challenge(slack):
    _, bot = slack
    status, body = bot.post(json.dumps({"token": "x", "challenge": "abc123", "type": "url_verification"}))
    assert status == 200 and "abc123" in body


def test_bad_signature_is_rejected(slack):
    fake, bot = slack
    status, _ = bot.post(event_body(mention("ferry")), signature="v0=" + "0" * 64)
    assert status == 401
    assert bot.settle()
    assert fake.posts("chat.postMessage") == []


def test_stale_timestamp_is_rejected(slack):
    _, bot = slack
    old = int(time.time()) - 6 * 60
    assert bot.post(event_body(mention("ferry")), timestamp=old)[0] == 401


def test_body_that_is_not_json_is_a_bad_request_not_a_crash(slack):
    _, bot = slack
    status, _ = bot.post("this is {not json")
    assert status == 400
    assert bot.get("/healthz")[0] == 200


def test_rate_limited_post_is_retried_until_it_succeeds(slack):
    fake, bot = slack
    fake.failures["chat.postMessage"] = [(429, {"Retry-After": "0"})]
    bot.post(event_body(mention(f"<@{BOT_USER}> ferry", ts="10.0001"), event_id="Ev429"))
    posts = fake.wait_for("chat.postMessage", 2, timeout=5.0)
    assert len(posts) == 2 and posts[0] == posts[1]


def test_health_check(slack):
    _, bot = slack
    status, body = bot.get("/healthz")
    health = json.loads(body)
    assert status == 200 and health["ok"] is True and health["facts"] == 7 and health["last_reload_error"] is None


def test_signature_matches_slacks_published_example_with_a_frozen_clock():
    secret = "8f742231b10e8888abcd99yyyzzz85a5"
    timestamp = "1531420618"
    body = (
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
        "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
        "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN"
        "&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"
    )
    expected = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"
    assert sign(secret, timestamp, body) == expected

    class Frozen:
        def now(self):
            return 1531420618.0

    verifier = SignatureVerifier(secret, clock=Frozen())
    assert verifier.is_valid(body, timestamp, expected)
    assert not verifier.is_valid(body + "x", timestamp, expected)


def test_serve_command_answers_a_signed_mention(tmp_path):
    fake = FakeSlack()
    port = free_port()
    env = bot_env(fake, tmp_path, SLACK_SIGNING_SECRET=SECRET, PORT=str(port))
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        wait_ready(port, time.monotonic(), timeout=15)
        body = event_body(mention(f"<@{BOT_USER}> when did the harbour reopen?", ts="77.0001"))
        stamp = str(int(time.time()))
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/slack/events",
            data=body.encode(),
            headers={
                "Content-Type": "application/json",
                "X-Slack-Request-Timestamp": stamp,
                "X-Slack-Signature": sign(SECRET, stamp, body),
            },
        )
        with urllib.request.urlopen(request, timeout=5) as response:
            assert response.status == 200
        [post] = fake.wait_for("chat.postMessage", timeout=10)
        assert post["thread_ts"] == "77.0001" and "reopened on March 3" in post["text"]
    finally:
        process.terminate()
        output = process.communicate(timeout=10)[0]
        fake.close()
    assert "xoxb-test" not in output and SECRET not in output  # tokens are never logged


def test_socket_mode_serve_acks_the_envelope_and_answers_in_the_thread(tmp_path):
    fake = FakeSlack()
    socket_mode = FakeSocketMode()
    fake.canned["apps.connections.open"] = {"ok": True, "url": socket_mode.url}
    env = bot_env(fake, tmp_path, SLACK_APP_TOKEN="xapp-test")
    process = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert socket_mode.connected.wait(15), "the bot never opened the Socket Mode connection"
        payload = json.loads(
            event_body(mention(f"<@{BOT_USER}> how much did the repairs cost?", ts="88.0001"), event_id="EvSocket")
        )
        socket_mode.send(
            {
                "envelope_id": "env-1",
                "type": "events_api",
                "payload": payload,
                "accepts_response_payload": False,
                "retry_attempt": 0,
                "retry_reason": "",
            }
        )
        assert socket_mode.wait_for_ack("env-1")
        [post] = fake.wait_for("chat.postMessage")
        assert post["thread_ts"] == "88.0001" and "four million euros" in post["text"]
    finally:
        process.terminate()
        output = process.communicate(timeout=10)[0]
        socket_mode.close()
        fake.close()
    assert "xapp-test" not in output and "xoxb-test" not in output


def test_a_malformed_event_gets_a_polite_reply_not_a_traceback(slack):
    fake, bot = slack
    weird = mention({"not": "text"}, ts="99.0001")  # text that is not a string
    assert bot.post(event_body(weird, event_id="EvWeird"))[0] == 200
    [post] = fake.wait_for("chat.postMessage")
    assert post["thread_ts"] == "99.0001"
    assert post["text"].startswith("Sorry, something went wrong") and "Traceback" not in post["text"]
