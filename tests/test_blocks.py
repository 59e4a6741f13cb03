from bot.blocks import BLOCK_LIMIT, SECTION_LIMIT, TEXT_LIMIT, answer_message, escape, message, neutralize, section


def test_escape_only_touches_the_three_mrkdwn_characters():
    assert escape("a & b < c > d * _ ~") == "a &amp; b &lt; c &gt; d * _ ~"


def test_neutralize_removes_every_ping_and_link_disguise():
    text = "<!channel> <!here|here> <!everyone> <!subteam^S1|@ops> <@U1|bob> <@U2> <https://evil|https://good>"
    safe = neutralize(text)
    assert "<" not in safe and "@" not in safe.replace("&", "")
    assert "https://evil" in safe and "https://good" not in safe


def test_long_sections_and_too_many_blocks_are_cut_with_a_note():
    blocks = [section("x" * 5000) for _ in range(60)]
    body = message(blocks, "y" * 50_000)
    assert len(body["blocks"]) == BLOCK_LIMIT
    assert all(len(b["text"]["text"]) <= SECTION_LIMIT for b in body["blocks"] if b["type"] == "section")
    assert "cut" in body["blocks"][0]["text"]["text"] and "cut" in str(body["blocks"][-1])
    assert len(body["text"]) <= TEXT_LIMIT


def test_answer_message_has_quote_block_context_and_feedback(index):
    fact = index.knowledge.fact("call-date")
    body = answer_message(fact, index.knowledge, "<!channel> when?")
    kinds = [b["type"] for b in body["blocks"]]
    assert kinds == ["section", "section", "context", "actions"]
    assert body["blocks"][1]["text"]["text"].startswith("> Held on November 14")
    assert "La Nouvelle Tribune" in body["blocks"][2]["elements"][0]["text"]
    assert "<!channel>" not in str(body)
