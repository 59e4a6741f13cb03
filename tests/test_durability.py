"""Nothing acknowledged is lost and nothing is answered twice: outages, lost responses, restarts, two processes."""

import json
import time

import pytest

from bot.factbase import FactBase
from bot.store.database import open_database
from bot.store.journal import MAX_AGE, Journal
from bot.testing.slackfake import BOT_USER, BotServer, FakeSlack, event_body


def mention(text, ts):
    return {"type": "app_mention", "user": "U0USER1", "text": text, "ts": ts, "channel": "C0001", "event_ts": ts}


@pytest.fixture
def fake():
    fake = FakeSlack()
    yield fake
    fake.close()


@pytest.fixture
def db_url(tmp_path):
    return f"sqlite:///{tmp_path / 'briefbot.db'}"


def test_an_event_acked_while_the_web_api_refuses_connections_is_answered_when_it_is_back(index, fake, db_url):
    bot = BotServer(FactBase.of(index), fake, retries=0, database_url=db_url)
    try:
        fake.down()
        assert bot.post(event_body(mention(f"<@{BOT_USER}> ferry", "4.0001"), event_id="EvOutage"))[0] == 200
        time.sleep(0.5)  # the first try fails while the API is down; the journal keeps the work due
        assert bot.journal.state_of("event:EvOutage") == "pending"
        fake.up()
        [post] = fake.wait_for("chat.postMessage", timeout=10)
        assert post["thread_ts"] == "4.0001" and "April" in post["text"]
        assert bot.settle() and bot.journal.state_of("event:EvOutage") == "done"
    finally:
        bot.close()


def test_a_post_whose_response_is_lost_is_not_posted_twice(index, fake, db_url):
    bot = BotServer(FactBase.of(index), fake, database_url=db_url)
    try:
        fake.drop["chat.postMessage"] = 1  # Slack takes the post, the answer never comes back
        assert bot.post(event_body(mention(f"<@{BOT_USER}> ferry", "5.0001"), event_id="EvDrop"))[0] == 200
        deadline = time.monotonic() + 10
        while bot.journal.state_of("event:EvDrop") != "done" and time.monotonic() < deadline:
            time.sleep(0.05)
        assert bot.journal.state_of("event:EvDrop") == "done"
        assert len(fake.posts("chat.postMessage")) == 1  # the retry found it in the thread
        assert fake.posts("conversations.replies")  # by looking
        assert fake.posts("chat.postMessage")[0]["metadata"]["event_payload"]["work"] == "event:EvDrop"
    finally:
        bot.close()


def test_work_left_by_a_dead_process_is_answered_after_a_restart(index, fake, db_url):
    # What a process killed after its ack leaves behind: a pending row whose lease has run out.
    dead = Journal(open_database(db_url), "dead-process", clock=lambda: time.time() - 60)
    body = json.loads(event_body(mention(f"<@{BOT_USER}> ferry", "6.0001"), event_id="EvOrphan"))
    assert dead.record("event:EvOrphan", "event", body)
    dead.db.dispose()
    bot = BotServer(FactBase.of(index), fake, database_url=db_url)
    try:
        [post] = fake.wait_for("chat.postMessage", timeout=10)
        assert post["thread_ts"] == "6.0001"
    finally:
        bot.close()


def test_a_replay_after_a_restart_is_not_answered_again(index, fake, db_url):
    body = event_body(mention(f"<@{BOT_USER}> ferry", "7.0001"), event_id="EvOnce")
    first = BotServer(FactBase.of(index), fake, database_url=db_url)
    try:
        first.post(body)
        assert len(fake.wait_for("chat.postMessage")) == 1 and first.settle()
    finally:
        first.close()
    second = BotServer(FactBase.of(index), fake, database_url=db_url)
    try:
        assert second.post(body, headers={"X-Slack-Retry-Num": "2", "X-Slack-Retry-Reason": "http_timeout"})[0] == 200
        assert second.settle()
        assert len(fake.posts("chat.postMessage")) == 1
    finally:
        second.close()


def test_work_older_than_the_bound_is_given_up_not_run(db_url):
    journal = Journal(open_database(db_url), "p", clock=lambda: time.time() - MAX_AGE - 5)
    journal.record("event:EvAncient", "event", {"type": "event_callback"})
    now = Journal(journal.db, "q")
    assert now.claim_due() == []
    assert now.give_up_stale() == 1 and now.state_of("event:EvAncient") == "failed"


def test_two_processes_on_one_postgres_database_answer_an_event_once(index, fake, postgres_url):
    bots = [BotServer(FactBase.of(index), fake, database_url=postgres_url) for _ in range(2)]
    try:
        body = event_body(mention(f"<@{BOT_USER}> ferry", "8.0001"), event_id="EvBoth")
        assert [bot.post(body)[0] for bot in bots] == [200, 200]
        assert all(bot.settle() for bot in bots)
        assert len(fake.posts("chat.postMessage")) == 1
        assert bots[1].journal.state_of("event:EvBoth") == "done"
    finally:
        for bot in bots:
            bot.close()


def test_a_request_no_listener_takes_is_finished_not_left_pending(index, fake, db_url):
    from bot.testing.slackfake import action_body  # noqa: PLC0415

    bot = BotServer(FactBase.of(index), fake, database_url=db_url)
    try:
        body = action_body("some_old_button", "x", f"{fake.url}/r", trigger_id="t-unknown")
        bot.post(body, content_type="application/x-www-form-urlencoded")
        assert bot.settle()
        assert bot.journal.state_of("block_actions:t-unknown") == "failed"
        assert not bot.service.deps.in_flight.snapshot()
    finally:
        bot.close()
