"""The curation loop through real boundaries: Slack requests write rows, `report` shows them,
`learn --apply` turns confirmed wordings into phrasings (or refuses), `forget` deletes a person."""

import json
import logging
import urllib.parse

import pytest
from sqlalchemy import create_engine

from bot.cli import main
from bot.factbase import FactBase
from bot.store.database import Database, open_database
from bot.store.questions import Asked, Feedback, QuestionStore, Reaction, UserPolicy
from bot.testing.slackfake import BOT_USER, BotServer, FakeSlack, action_body, command_body, event_body

FORM = "application/x-www-form-urlencoded"


def mention(text, ts, user="U0USER1"):
    return {"type": "app_mention", "user": user, "text": f"<@{BOT_USER}> {text}", "ts": ts, "channel": "C0001",
            "event_ts": ts}  # fmt: skip


@pytest.fixture
def db_url(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'briefbot.db'}"
    monkeypatch.setenv("BRIEFBOT_DATABASE_URL", url)
    return url


def run(capsys, knowledge, *argv):
    code = main(["--knowledge", str(knowledge), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_slack_traffic_lands_in_the_store_and_the_report_shows_it(index, db_url, capsys, kb_copy):
    fake = FakeSlack()
    bot = BotServer(FactBase.of(index), fake, database_url=db_url)
    try:
        bot.post(event_body(mention("ferry", "1.1"), event_id="E1"))
        bot.post(event_body(mention("what is the capital of France?", "1.2"), event_id="E2"))
        bot.post(event_body(mention("capital of France", "1.3", user="U0OTHER"), event_id="E3"))
        bot.post(event_body(mention("repairz", "1.4"), event_id="E4"))  # did you mean
        bot.post(command_body("/ask", "who is the king of Valmora", f"{fake.url}/response/a", trigger_id="t-ask"),
                 content_type=FORM)  # fmt: skip
        posts = fake.wait_for("chat.postMessage", 4)
        suggestion = next(p for p in posts if p["thread_ts"] == "1.4")
        pick = next(b for b in suggestion["blocks"] if b["type"] == "actions")["elements"][0]
        bot.post(action_body("pick_fact_0", pick["value"], f"{fake.url}/r/p", thread_ts="1.4", trigger_id="t-pick"),
                 content_type=FORM)  # fmt: skip
        answer = next(p for p in posts if p["thread_ts"] == "1.1")
        negative = next(b for b in answer["blocks"] if b["type"] == "context_actions")["elements"][0]["negative_button"]
        bot.post(
            action_body("answer_feedback", negative["value"], f"{fake.url}/r/f", trigger_id="t-fb"), content_type=FORM
        )
        assert bot.settle()
    finally:
        bot.close()
        fake.close()
    code, out, _ = run(capsys, kb_copy, "report", "--json")
    assert code == 0
    report = json.loads(out)
    assert report["questions"] == 5 and report["answered"] == 1
    [france, king] = report["unanswered"]
    assert france["count"] == 2 and set(france["examples"]) == {"what is the capital of France?", "capital of France"}
    assert king["examples"] == ["who is the king of Valmora"]
    assert [g["wording"] for g in report["did_you_mean"]] == ["repairz"]
    assert report["unhelpful"][0]["fact_id"] == "ferry-service" and report["unhelpful"][0]["questions"] == ["ferry"]
    assert report["picks"] == [{"question": "repairz", "fact_id": pick_fact(pick), "count": 1}]
    assert "ferry-service" not in report["never_asked"] and "publisher" in report["never_asked"]
    code, text, _ = run(capsys, kb_copy, "report", "--since", "1d")
    assert code == 0 and "2× capital of France\n      also: what is the capital of France?" in text
    assert "Facts never asked about" in text


def pick_fact(button):
    return json.loads(button["value"])["fact"]


def seed_picks(db_url, pairs):
    store = QuestionStore(open_database(db_url))
    for question, fact_id in pairs:
        asked = Asked("mention", question, "suggest", "low_score", 0.4, suggestions=(fact_id,))
        store.add(asked)
        store.add(Feedback(Reaction.PICKED, asked.id, fact_id))
    assert store.flush()
    return store


def test_learn_apply_adds_only_the_new_lines_and_keeps_the_rest_byte_for_byte(db_url, kb_copy, capsys, tmp_path):
    facts = kb_copy / "facts" / "harbour.yaml"
    facts.write_text("# curators' note: keep this comment\n" + facts.read_text())
    before = facts.read_text().splitlines(keepends=True)
    seed_picks(db_url, [("when do boats sail to Lindholm again", "ferry-service")] * 2)
    cases = tmp_path / "cases.yaml"
    cases.write_text("questions:\n  - {q: ferry, expect: ferry-service}\n"
                     "  - {q: what is the capital of France, expect: abstain, kind: off-topic}\n")  # fmt: skip
    code, out, err = run(capsys, kb_copy, "learn", "--apply", "--eval", str(cases))
    assert code == 0, err
    assert "“when do boats sail to Lindholm again”  (2× picked" in out
    after = facts.read_text().splitlines(keepends=True)
    added = [line for line in after if line not in before]
    assert added == ['      - "when do boats sail to Lindholm again"\n']
    assert [line for line in after if line in before] == before  # every old line, in order
    assert after.index(added[0]) == before.index("      - Is the ferry running again?\n") + 1
    assert run(capsys, kb_copy, "ask", "--json", "when do boats sail to Lindholm again")[1].count("ferry-service")


def test_learn_apply_refuses_a_phrasing_that_makes_the_evaluation_worse(db_url, kb_copy, capsys, tmp_path):
    original = {p: p.read_bytes() for p in (kb_copy / "facts").iterdir()}
    seed_picks(db_url, [("what is the capital of France", "ferry-service")])
    cases = tmp_path / "cases.yaml"
    cases.write_text("questions:\n  - {q: ferry, expect: ferry-service}\n"
                     "  - {q: what is the capital of France, expect: abstain, kind: off-topic}\n")  # fmt: skip
    code, _, err = run(capsys, kb_copy, "learn", "--apply", "--eval", str(cases))
    assert code == 1 and "Nothing written: the evaluation would get worse: off-topic refusal 100.0% → 0.0%" in err
    assert {p: p.read_bytes() for p in (kb_copy / "facts").iterdir()} == original


def test_forget_deletes_one_persons_records(db_url, kb_copy, capsys):
    store = QuestionStore(open_database(db_url), users=UserPolicy.HASH)
    for user in ("U0AAA", "U0AAA", "U0BBB"):
        asked = Asked("dm", "ferry", "answer", "", 0.9, "ferry-service", user=user)
        store.add(asked)
        store.add(Feedback(Reaction.HELPFUL, asked.id, "ferry-service", user=user))
    assert store.flush()
    code, out, _ = run(capsys, kb_copy, "forget", "--user", "U0AAA")
    assert code == 0 and out.startswith("Deleted 4 record(s) of U0AAA")
    assert len(store.questions_since(0)) == 1 and len(store.feedback_since(0)) == 1


def test_an_unreachable_store_costs_no_answer_and_catches_up(index, db_url, caplog):
    fake = FakeSlack()
    bot = BotServer(FactBase.of(index), fake, database_url=db_url)
    store = bot.store
    working = store.db
    try:
        dead = create_engine("postgresql+psycopg://nobody@127.0.0.1:9/none", connect_args={"connect_timeout": 1})
        store.db = Database(dead)
        with caplog.at_level(logging.WARNING, logger="briefbot"):
            bot.post(event_body(mention("ferry", "2.1"), event_id="EDown1"))
            bot.post(event_body(mention("who led the repairs", "2.2"), event_id="EDown2"))
            assert len(fake.wait_for("chat.postMessage", 2)) == 2  # answered all the same
            assert bot.settle() and not store.flush() and store.pending() == 2
        assert caplog.text.count("question store unreachable") == 1
        store.db = working
        assert store.flush() and store.pending() == 0
        assert {row.question for row in store.questions_since(0)} == {"ferry", "who led the repairs"}
    finally:
        store.db = working
        bot.close()
        fake.close()


def test_chat_record_keeps_cli_questions(db_url, kb_copy, capsys, monkeypatch):
    import io  # noqa: PLC0415
    import sys  # noqa: PLC0415

    monkeypatch.setattr(sys, "stdin", io.StringIO("ferry\nwhat is the capital of France\n"))
    assert run(capsys, kb_copy, "chat", "--record")[0] == 0
    rows = QuestionStore(open_database(db_url)).questions_since(0)
    assert [(r.surface, r.outcome) for r in rows] == [("cli", "answer"), ("cli", "abstain")]


def test_report_rejects_a_bad_duration(db_url, kb_copy, capsys):
    code, _, err = run(capsys, kb_copy, "report", "--since", "forever")
    assert code == 2 and "not a duration" in err


def test_two_processes_on_one_postgres_database_both_write_and_the_report_sees_both(
    index, postgres_url, kb_copy, capsys, monkeypatch
):
    fake = FakeSlack()
    bots = [BotServer(FactBase.of(index), fake, database_url=postgres_url) for _ in range(2)]
    try:
        bots[0].post(event_body(mention("ferry", "3.1"), event_id="P1"))
        bots[1].post(event_body(mention("who led the repairs", "3.2"), event_id="P2"))
        fake.wait_for("chat.postMessage", 2)
        assert all(bot.settle() and bot.store.flush() for bot in bots)
    finally:
        for bot in bots:
            bot.close()
        fake.close()
    monkeypatch.setenv("BRIEFBOT_DATABASE_URL", postgres_url)
    _, out, _ = run(capsys, kb_copy, "report", "--json")
    assert json.loads(out)["answered"] == 2


def test_the_report_posts_as_a_block_kit_digest(db_url, kb_copy, capsys, monkeypatch):
    fake = FakeSlack()
    try:
        seed_picks(db_url, [("repairz", "repair-cost")])
        monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
        monkeypatch.setenv("SLACK_API_URL", f"{fake.url}/api/")
        code, _, err = run(capsys, kb_copy, "report", "--post", "C0CURATORS")
        assert code == 0 and "Posted to C0CURATORS" in err
        [post] = fake.posts("chat.postMessage")
        blocks = post["blocks"] if isinstance(post["blocks"], list) else json.loads(post["blocks"])
        assert post["channel"] == "C0CURATORS" and blocks[0]["type"] == "header" and len(blocks) <= 50
        assert "“repairz” → `repair-cost`" in json.dumps(blocks, ensure_ascii=False)
    finally:
        fake.close()


assert urllib.parse  # the form bodies above are built by the helpers


def test_records_past_the_retention_period_are_deleted(db_url):
    store = QuestionStore(open_database(db_url), retention_days=30)
    now = 1_800_000_000.0
    store.add(Asked("dm", "old question", "answer", "", 0.9, "ferry-service", asked_at=now - 31 * 86400))
    store.add(Asked("dm", "new question", "answer", "", 0.9, "ferry-service", asked_at=now - 86400))
    assert store.flush()
    store.clock = lambda: now
    assert store.apply_retention() == 1
    assert [row.question for row in store.questions_since(0)] == ["new question"]
