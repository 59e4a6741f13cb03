"""Live reload: a running bot picks up edits within seconds, survives broken ones, and says what changed."""

import json
import time

import pytest

from bot.factbase import FactBase, Watcher
from bot.testing.slackfake import BOT_USER, BotServer, FakeSlack, event_body


def mention(text, ts):
    return {"type": "app_mention", "user": "U0USER1", "text": f"<@{BOT_USER}> {text}", "ts": ts, "channel": "C0001",
            "event_ts": ts}  # fmt: skip


def ask(bot, fake, text, n):
    """The bot's reply in the question's thread (a curators' reload notice may be posted at any moment too)."""
    ts = f"{n}.0001"
    bot.post(event_body(mention(text, ts), event_id=f"EvReload{n}"))

    def replies():
        return [p for p in fake.posts("chat.postMessage") if p.get("thread_ts") == ts]

    assert wait_until(replies), f"no reply in thread {ts}"
    return replies()[0]["text"]


def wait_until(condition, timeout=5.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
def running(kb_copy):
    fake = FakeSlack()
    bot = BotServer(FactBase(kb_copy), fake, curators_channel="C0CURATORS")
    yield fake, bot, kb_copy
    bot.close()
    fake.close()


def health(bot):
    return json.loads(bot.get("/healthz")[1])


def test_an_edited_answer_is_served_within_seconds_and_curators_hear_what_changed(running):
    fake, bot, knowledge = running
    assert ask(bot, fake, "ferry", 1).startswith("The ferry service to Lindholm island will resume in April.")
    version = health(bot)["version"]
    facts = knowledge / "facts" / "harbour.yaml"
    facts.write_text(facts.read_text().replace("answer: The ferry service to Lindholm island will resume in April.",
                                               "answer: The Lindholm ferry runs again from April."))  # fmt: skip
    assert wait_until(lambda: health(bot)["version"] != version)
    assert ask(bot, fake, "ferry", 2).startswith("The Lindholm ferry runs again from April.")
    notice = next(p for p in fake.posts("chat.postMessage") if p["channel"] == "C0CURATORS")
    assert "1 answer(s) changed" in notice["text"] and "ferry-service" in notice["text"]
    assert "will resume in April.” → “The Lindholm ferry runs again from April.”" in notice["text"]


def test_a_broken_edit_keeps_the_last_good_fact_base_and_a_fix_recovers(running):
    fake, bot, knowledge = running
    facts = knowledge / "facts" / "harbour.yaml"
    good = facts.read_text()
    facts.write_text(good.replace("quote: Fishing boats were the first", "quote: Fishing boats were the last"))
    assert wait_until(lambda: health(bot)["last_reload_error"] is not None)
    error = health(bot)["last_reload_error"]
    assert "harbour.yaml:" in error and "quote does not occur verbatim" in error and "first-boats" in error
    assert ask(bot, fake, "which boats returned first", 3).startswith("Fishing boats were the first")
    notice = next(p for p in fake.posts("chat.postMessage") if p["channel"] == "C0CURATORS")
    assert "was not loaded" in notice["text"] and "quote does not occur verbatim" in notice["text"]
    facts.write_text(good.replace("answer: Fishing boats were the first", "answer: The fishing boats were first"))
    assert wait_until(lambda: health(bot)["last_reload_error"] is None)
    assert ask(bot, fake, "which boats returned first", 4).startswith("The fishing boats were first")


def test_an_edited_document_is_noticed_too(kb_copy):
    outcomes = []
    factbase = FactBase(kb_copy)
    watcher = Watcher(factbase, outcomes.append)
    seed = kb_copy.parent / "seeds" / "harbour-report.txt"
    seed.write_text(seed.read_text().replace("reopened on March 3", "reopened on March 4"))
    outcome = watcher.check()
    assert outcome is not None and not outcome.loaded and "quote does not occur verbatim" in outcome.problems
    assert outcomes == [outcome] and factbase.knowledge.fact("reopen-date").answer.endswith("March 3.")
    assert watcher.check() is None  # nothing changed since


def test_a_write_landing_while_a_reload_reads_the_files_is_read_at_the_next_look(kb_copy):
    factbase = FactBase(kb_copy)
    watcher = Watcher(factbase, lambda outcome: None)
    facts = kb_copy / "facts" / "harbour.yaml"
    text = facts.read_text()
    first, second = "They paid four million euros.", "They paid four million euros in all."
    reload = factbase.reload

    def reload_then_an_editor_finishes_saving():
        outcome = reload()
        facts.write_text(text.replace("The repairs cost four million euros.", second))
        return outcome

    factbase.reload = reload_then_an_editor_finishes_saving  # type: ignore[method-assign]
    facts.write_text(text.replace("The repairs cost four million euros.", first))
    assert watcher.check().loaded and factbase.knowledge.fact("repair-cost").answer == first
    factbase.reload = reload  # type: ignore[method-assign]
    assert watcher.check().loaded and factbase.knowledge.fact("repair-cost").answer == second
    assert watcher.check() is None


def test_a_question_in_flight_keeps_one_fact_base(kb_copy):
    factbase = FactBase(kb_copy)
    current = factbase.current  # what a listener takes at the start of a question
    facts = kb_copy / "facts" / "harbour.yaml"
    facts.write_text(facts.read_text().replace("answer: The repairs cost four million euros.",
                                               "answer: They paid four million euros."))  # fmt: skip
    assert factbase.reload().loaded
    assert current.index.knowledge.fact("repair-cost").answer == "The repairs cost four million euros."
    assert factbase.knowledge.fact("repair-cost").answer == "They paid four million euros."
