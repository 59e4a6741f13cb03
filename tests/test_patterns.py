"""Patterns compiled at their first use behave as `re`'s own."""

import re

from bot import patterns
from bot.patterns import pattern


def test_a_pattern_is_compiled_by_its_first_use_and_answers_as_re_does() -> None:
    made = pattern(r"\b(?P<word>call)s?\b", re.IGNORECASE)
    same = re.compile(r"\b(?P<word>call)s?\b", re.IGNORECASE)
    assert "search" not in vars(made)
    text = "Two Calls, one call."
    found = made.search(text)
    assert found is not None and found["word"] == "Call"
    assert vars(made)["search"].__self__ is vars(made)["finditer"].__self__  # re's own methods, one pattern
    assert [m.span() for m in made.finditer(text)] == [m.span() for m in same.finditer(text)]
    assert made.sub("x", text) == same.sub("x", text)
    assert made.split(text) == same.split(text)
    assert made.findall(text) == same.findall(text)
    assert made.match(text, 4) is not None and made.fullmatch("call") is not None
    assert made.subn(lambda m: m.group().upper(), text) == ("Two CALLS, one CALL.", 2)


def test_compile_all_leaves_no_pattern_to_compile_at_a_question() -> None:
    waiting = pattern(r"never used before")
    patterns.compile_all()
    assert "match" in vars(waiting)
    assert not patterns._WAITING
