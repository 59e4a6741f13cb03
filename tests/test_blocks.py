from bot.slack.blocks import BLOCK_LIMIT, SECTION_LIMIT, TEXT_LIMIT, answer_message, message, section, with_blocks


def test_long_sections_and_too_many_blocks_are_cut_with_a_note():
    blocks = [section("x" * 5000) for _ in range(60)]
    body = message(blocks, "y" * 50_000)
    assert len(body["blocks"]) == BLOCK_LIMIT
    assert all(len(b["text"]["text"]) <= SECTION_LIMIT for b in body["blocks"] if b["type"] == "section")
    assert "cut" in body["blocks"][0]["text"]["text"] and "cut" in str(body["blocks"][-1])
    assert len(body["text"]) <= TEXT_LIMIT


def test_blocks_added_around_a_full_message_always_fit():
    body = with_blocks(message([section("x")] * 60, "x"), before=[section("before")], after=[section("after")])
    assert len(body["blocks"]) == BLOCK_LIMIT
    assert body["blocks"][0]["text"]["text"] == "before" and body["blocks"][-1]["text"]["text"] == "after"


def test_answer_message_has_quote_block_context_and_feedback(index):
    fact = index.knowledge.fact("reopen-date")
    body = answer_message(fact, index.knowledge, "<!channel> when?")
    kinds = [b["type"] for b in body["blocks"]]
    assert kinds == ["section", "section", "context", "context_actions"]
    [buttons] = body["blocks"][3]["elements"]
    assert buttons["type"] == "feedback_buttons"
    values = {buttons["positive_button"]["value"], buttons["negative_button"]["value"]}
    assert len(values) == 2  # Slack says which was pressed only through the value
    assert body["blocks"][1]["text"]["text"].startswith("> The Valmora harbour reopened on March 3")
    assert "Port News" in body["blocks"][2]["elements"][0]["text"]
    assert "<!channel>" not in str(body)


def test_two_tied_facts_read_the_same_in_slack_as_in_the_terminal(curated_index):
    from bot import messages  # noqa: PLC0415
    from bot.replies import reply_to  # noqa: PLC0415
    from bot.slack.blocks import reply_message  # noqa: PLC0415

    reply = reply_to("Did they discuss humanitarian aid?", curated_index)
    slack = reply_message(reply, curated_index.knowledge)
    assert slack["text"].startswith(messages.TIED)
    assert slack["blocks"][0]["text"]["text"] == messages.TIED
    assert "\n\n1. " in slack["text"] and "\n\n2. " in slack["text"]
    guarded = reply_message(reply_to("Did Russia send aid to Gaza?", curated_index), curated_index.knowledge)
    assert guarded["blocks"][0]["text"]["text"] == messages.TIED_SAYS
