import time

import pytest

from bot.markup import (
    escape,
    for_matching,
    neutralize,
    plain,
    without_emoji,
    without_links,
    without_mention,
    without_struck,
)
from bot.words import words


def test_slack_markup_is_dropped_for_matching_but_link_labels_kept():
    text = "<@U123> <#C1|general> <!here> <!subteam^S1> :wave: see <https://x.io|the report> &amp; <mailto:a@b.c>"
    assert words(for_matching(text)) == ["see", "the", "report"]


def test_struck_words_are_taken_back():
    assert without_struck("who ~called~ spoke with Putin?") == "who spoke with Putin?"
    assert without_struck("~ignore my last message~ what did they agree?") == "what did they agree?"
    assert without_struck("about ~100 people, ~ maybe") == "about ~100 people, ~ maybe"  # no span: kept
    assert without_struck("~thanks~") == "~thanks~"  # all of it struck: nothing is left to read, so it stays


def test_emphasis_marks_are_dropped_for_matching_but_not_inside_words():
    assert for_matching("*when* did _they_ ~meet~ at snake_case **2 * 3**") == "when did they meet at snake_case 2 * 3"
    # A whole question in bold: its closing mark stands after the question mark.
    assert for_matching("*who was on the call?*") == "who was on the call?"
    assert for_matching("the call was held on ____?") == "the call was held on ____?"
    # Code marks too: "`Putin`" names Putin (quotations in them are read before this: see test_positions).
    assert words(for_matching("who did `Putin` speak with?")) == ["who", "did", "putin", "speak", "with"]


def test_escape_only_touches_the_three_mrkdwn_characters():
    assert escape("a & b < c > d * _ ~") == "a &amp; b &lt; c &gt; d * _ ~"


def test_neutralize_removes_every_ping_and_link_disguise():
    text = "<!channel> <!here|here> <!everyone> <!subteam^S1|@ops> <@U1|bob> <@U2> <https://evil|https://good>"
    safe = neutralize(text)
    assert "<" not in safe and "@" not in safe.replace("&", "")
    assert "https://evil" in safe and "https://good" not in safe


def test_plain_names_what_a_token_was():
    assert plain("<@U1> in <#C1|general> <!date^1|today>") == "someone in #general today"


def test_own_mention_is_removed_and_others_kept():
    assert without_mention("<@UBOT> ask <@UBOT|briefbot> <@U2>", "UBOT") == "ask   <@U2>"


@pytest.mark.parametrize("unit", ["<", "&", "*", ":", "e\u0301", "<@", "<!", ":a", "&amp"])
def test_every_text_function_is_linear_on_hostile_input(unit):
    # Linear work on 100,000 units takes milliseconds; a pattern that rescans takes minutes. The bound sits
    # far from both so a busy machine can't fail it: this guards against backtracking, it times nothing.
    text = unit * 100_000
    for function in (for_matching, plain, neutralize, escape, lambda t: without_mention(t, "UBOT")):
        started = time.perf_counter()
        function(text)
        assert time.perf_counter() - started < 5, (function, unit)


def test_a_link_reads_as_its_label_and_pings_stay_for_later():
    assert (
        without_links("<https://x.io/a|this report> - who published it? <@U1>")
        == " this report  - who published it? <@U1>"
    )
    assert without_links("see <https://x.io/a> first") == "see   first"


def test_an_emoji_code_after_the_askers_need_ends_the_sentence():
    assert "." in without_emoji("Need to credit the source properly :newspaper: where was this story published?")
    # A thing named before the emoji is what the question after it asks about: no stop.
    assert "." not in without_emoji("the children and women :broken_heart: what did they say?")
