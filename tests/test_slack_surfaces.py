"""The Slack surfaces beyond a mention, through signed requests: App Home, follow-ups in threads,
per-channel documents and behaviour, the message shortcut, the thinking indicator."""

import json
import threading
import urllib.parse

import pytest

from bot.factbase import FactBase
from bot.knowledge import check_knowledge
from bot.slack import listeners
from bot.testing.slackfake import BOT_USER, BotServer, FakeSlack, action_body, event_body

FORM = "application/x-www-form-urlencoded"
CHANNELS = """channels:
  - channel: C0FERRY
    tags: [ferry]
    note: Ferry questions only.
  - channel: C0ASKME
    answer: questions
"""


@pytest.fixture
def slack(kb_copy):
    (kb_copy / "channels.yaml").write_text(CHANNELS)
    fake = FakeSlack()
    bot = BotServer(FactBase(kb_copy), fake, curators=("U0CURATOR",))
    yield fake, bot
    bot.close()
    fake.close()


def event(text, ts, channel="C0001", **extra):
    kind = extra.pop("type", "app_mention")
    return {"type": kind, "user": "U0USER1", "text": text, "ts": ts, "channel": channel, "event_ts": ts, **extra}


def view_of(call):
    return call["view"] if isinstance(call["view"], dict) else json.loads(call["view"])


def test_app_home_shows_documents_samples_and_the_persons_questions(slack):
    fake, bot = slack
    bot.post(event_body(event(f"<@{BOT_USER}> ferry", "1.1"), event_id="EvH0"))
    fake.wait_for("chat.postMessage")
    assert bot.settle() and bot.store.flush()
    bot.post(event_body({"type": "app_home_opened", "user": "U0USER1", "channel": "D0001", "tab": "home",
                         "event_ts": "1.2"}, event_id="EvH1"))  # fmt: skip
    [published] = fake.wait_for("views.publish")
    view = view_of(published)
    dumped = json.dumps(view, ensure_ascii=False)
    assert published["user_id"] == "U0USER1" and view["type"] == "home" and len(view["blocks"]) <= 100
    assert "Valmora harbour reopens after storm repairs" in dumped and "home_ask_0" in dumped
    assert "ferry — _answered_" in dumped and "For curators" not in dumped
    assert "Ferry questions only." in dumped  # what each channel covers


def test_curators_see_the_fact_base_and_this_weeks_counts(slack):
    fake, bot = slack
    bot.post(event_body({"type": "app_home_opened", "user": "U0CURATOR", "channel": "D0002", "tab": "home",
                         "event_ts": "2.1"}, event_id="EvC1"))  # fmt: skip
    dumped = json.dumps(view_of(fake.wait_for("views.publish")[0]))
    assert (
        "For curators" in dumped and "Fact base version" in dumped and "This week: 0 question(s) not answered" in dumped
    )


def test_a_sample_question_in_the_home_tab_is_answered_in_a_direct_message(slack):
    fake, bot = slack
    bot.post(action_body("home_ask_0", "When did the Valmora harbour reopen?", f"{fake.url}/r", trigger_id="th"),
             content_type=FORM)  # fmt: skip
    [dm] = fake.wait_for("chat.postMessage")
    assert dm["channel"] == "U0USER1" and "reopened on March 3" in dm["text"]
    assert fake.wait_for("views.publish")  # the Home tab shows the new question


def test_a_follow_up_in_a_thread_is_read_with_the_earlier_question(slack):
    fake, bot = slack
    fake.threads[("C0001", "3.1")] = [
        {"type": "message", "ts": "3.1", "user": "U0USER1", "text": f"<@{BOT_USER}> what about the Lindholm ferry?"},
        {"type": "message", "ts": "3.2", "user": BOT_USER, "bot_id": "BBOT0001", "text": "The ferry …"},
    ]
    bot.post(event_body(event(f"<@{BOT_USER}> when will it run again?", "3.3", thread_ts="3.1"), event_id="EvF1"))
    [post] = fake.wait_for("chat.postMessage")
    assert post["thread_ts"] == "3.1" and "will resume in April" in post["text"]
    assert fake.posts("conversations.replies")[0]["ts"] == "3.1"


def test_a_channel_limited_to_some_topics_answers_only_from_them(slack):
    fake, bot = slack
    bot.post(event_body(event(f"<@{BOT_USER}> who led the repairs?", "4.1", channel="C0FERRY"), event_id="EvL1"))
    bot.post(event_body(event(f"<@{BOT_USER}> who led the repairs?", "4.2", channel="C0OTHER"), event_id="EvL2"))
    posts = {p["channel"]: p for p in fake.wait_for("chat.postMessage", 2)}
    assert "Korhonen" not in posts["C0FERRY"]["text"] and "Korhonen" in posts["C0OTHER"]["text"]


def test_plain_questions_are_answered_only_in_channels_that_opt_in(slack):
    fake, bot = slack
    plain = {"type": "message", "channel_type": "channel"}
    bot.post(event_body(event("when will the ferry to Lindholm resume?", "5.1", channel="C0QUIET", **plain),
                        event_id="EvQ1"))  # fmt: skip
    bot.post(event_body(event("who led the repairs", "5.2", channel="C0ASKME", **plain), event_id="EvQ2"))
    bot.post(event_body(event("when will the ferry to Lindholm resume?", "5.3", channel="C0ASKME", **plain),
                        event_id="EvQ3"))  # fmt: skip
    [post] = fake.wait_for("chat.postMessage")
    assert bot.settle()
    assert fake.posts("chat.postMessage") == [post] and post["channel"] == "C0ASKME" and post["thread_ts"] == "5.3"
    assert bot.journal.state_of("event:EvQ1") is None  # not even journaled


def test_the_message_shortcut_opens_a_prefilled_form_and_answers_privately(slack):
    fake, bot = slack
    shortcut = {
        "type": "message_action", "callback_id": "ask_about_message", "trigger_id": "tsc", "action_ts": "6.9",
        "user": {"id": "U0USER1"}, "channel": {"id": "C0001", "name": "general"}, "team": {"id": "T0001"},
        "message": {"type": "message", "ts": "6.1", "user": "U0OTHER",
                    "text": "<!here> how much did the repairs cost?"},
        "response_url": f"{fake.url}/r/sc",
    }  # fmt: skip
    bot.post(urllib.parse.urlencode({"payload": json.dumps(shortcut)}), content_type=FORM)
    [opened] = fake.wait_for("views.open")
    modal = view_of(opened)
    field = modal["blocks"][0]["element"]
    assert field["initial_value"] == "here how much did the repairs cost?" and "<!here>" not in json.dumps(modal)
    submission = {
        "type": "view_submission", "user": {"id": "U0USER1"}, "trigger_id": "tsub2", "team": {"id": "T0001"},
        "view": {"id": "V2", "type": "modal", "callback_id": "ask_from_message",
                 "private_metadata": modal["private_metadata"],
                 "state": {"values": {"question": {"text": {"type": "plain_text_input",
                                                            "value": "how much did the repairs cost?"}}}}},
    }  # fmt: skip
    assert bot.post(urllib.parse.urlencode({"payload": json.dumps(submission)}), content_type=FORM)[0] == 200
    [private] = fake.wait_for("chat.postEphemeral")
    dumped = json.dumps(private["blocks"]) if isinstance(private["blocks"], list) else private["blocks"]
    assert private["channel"] == "C0001" and private["user"] == "U0USER1"
    assert "four million euros" in dumped and "share_in_channel" in dumped


def test_channels_yaml_problems_are_named_with_file_and_line(kb_copy):
    (kb_copy / "channels.yaml").write_text(
        "channels:\n  - channel: general\n  - channel: C0A\n    documents: [nowhere]\n    answer: always\n"
    )
    found = "\n".join(str(p) for p in check_knowledge(kb_copy)[1])
    assert "channels.yaml:2: 'general' is not a channel id" in found
    assert "channels.yaml:4: unknown document 'nowhere'" in found
    assert "channels.yaml:5: 'answer' must be 'mentions' or 'questions'" in found


class _Client:
    def __init__(self):
        self.calls, self.added = [], threading.Event()

    def reactions_add(self, **kwargs):
        self.calls.append(("add", kwargs))
        self.added.set()

    def reactions_remove(self, **kwargs):
        self.calls.append(("remove", kwargs))


def test_the_thinking_reaction_shows_only_for_slow_answers():
    thinking = listeners.Thinking(after=0.05)
    fast = _Client()
    thinking.done(thinking.start(fast, "C1", "1.1"))
    assert fast.calls == []
    slow = _Client()
    token = thinking.start(slow, "C1", "1.2")
    assert slow.added.wait(2)
    thinking.done(token)
    assert [c[0] for c in slow.calls] == ["add", "remove"] and slow.calls[0][1]["name"] == "eyes"
