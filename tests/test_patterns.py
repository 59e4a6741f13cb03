"""Patterns compiled at their first use behave as `re`'s own."""

import os
import re
import subprocess
import sys

from bot import patterns
from bot.config import PROJECT_ROOT
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


def test_compiled_code_saved_by_one_process_builds_the_same_patterns_in_the_next(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(patterns, "_TABLE", {})
    monkeypatch.setattr(patterns, "_OWNERS", {})
    monkeypatch.setattr(patterns, "_missed", [False])
    monkeypatch.setattr(patterns, "_MADE", [])
    sources = [(r"\b(?P<who>putin|sisi)\s+(?:called|phoned)\b", re.IGNORECASE), (r"^\W*(?:hi|hello)[!.]*$", 0)]
    first = [pattern(source, flags) for source, flags in sources]
    assert first[0].search("Putin called") is not None  # compiled by re: a miss, so there is something to save
    patterns.save_compiled(tmp_path)
    [saved] = list(tmp_path.glob("patterns-*.marshal"))
    # The next process: an empty table, read from the file; its patterns are built from the saved code, not parsed.
    monkeypatch.setattr(patterns, "_TABLE", {})
    patterns.load_compiled(tmp_path)
    assert set(patterns._TABLE) == {(source, int(flags)) for source, flags in sources}
    second = [pattern(source, flags) for source, flags in sources]
    with monkeypatch.context() as compiling:
        compiling.setattr(re, "compile", lambda *args: (_ for _ in ()).throw(AssertionError("compiled again")))
        built = [made.compiled() for made in second]
    # Equal patterns have equal flags, source and code (CPython compares the code itself).
    assert built == [re.compile(source, flags) for source, flags in sources]
    found = second[0].search("so SISI phoned")
    assert found is not None and found["who"] == "SISI"
    assert second[1].match("hello!") is not None and second[1].match("hello there") is None
    # Nothing new compiled: the file is left as it is.
    before = saved.stat().st_mtime_ns
    patterns.save_compiled(tmp_path)
    assert saved.stat().st_mtime_ns == before


def test_an_unreadable_table_leaves_patterns_to_re(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(patterns, "_TABLE", {})
    monkeypatch.setattr(patterns, "_OWNERS", {})
    monkeypatch.setattr(patterns, "_missed", [False])
    monkeypatch.setattr(patterns, "_MADE", [])
    (tmp_path / patterns._table_name()).write_bytes(b"not marshal data")
    patterns.load_compiled(tmp_path)
    assert patterns._TABLE == {}
    # An entry the engine rejects (as another Python's might be) is compiled by re instead.
    source = r"calls?"
    patterns._TABLE[(source, 0)] = (0, [999], 0, {}, (None,))
    made = pattern(source)
    assert made.fullmatch("calls") is not None and made.compiled() == re.compile(source)
    # A folder that can't be written to costs nothing but the next process's compiling.
    patterns.save_compiled(tmp_path / "missing" / "\0")


def test_a_table_that_fails_to_write_leaves_no_file_behind(tmp_path, monkeypatch) -> None:
    import marshal  # noqa: PLC0415

    monkeypatch.setattr(patterns, "_TABLE", {})
    monkeypatch.setattr(patterns, "_OWNERS", {})
    monkeypatch.setattr(patterns, "_missed", [True])
    monkeypatch.setattr(patterns, "_MADE", [pattern(r"ceasefires?")])
    monkeypatch.setattr(marshal, "dump", lambda *args: (_ for _ in ()).throw(ValueError("unmarshallable")))
    patterns.save_compiled(tmp_path)
    assert list(tmp_path.iterdir()) == []
    assert patterns._missed[0]  # still to be written by a later run


def test_a_changed_pattern_leaves_no_stale_entry_and_other_modules_entries_stay(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(patterns, "_TABLE", {})
    monkeypatch.setattr(patterns, "_OWNERS", {})
    monkeypatch.setattr(patterns, "_missed", [False])
    monkeypatch.setattr(patterns, "_MADE", [])
    # One version of a module makes two patterns; another module, one.
    old = [patterns.Pattern(r"truces?", 0, "bot.one"), patterns.Pattern(r"calls?", 0, "bot.one")]
    other = patterns.Pattern(r"aid", 0, "bot.other")
    for made in (*old, other):
        made.compiled()
    patterns.save_compiled(tmp_path)
    # The next version of bot.one changed its first pattern; this process never imports bot.other.
    monkeypatch.setattr(patterns, "_TABLE", {})
    monkeypatch.setattr(patterns, "_OWNERS", {})
    monkeypatch.setattr(patterns, "_MADE", [])
    patterns.load_compiled(tmp_path)
    changed = patterns.Pattern(r"truces?|ceasefires?", 0, "bot.one")
    kept = patterns.Pattern(r"calls?", 0, "bot.one")
    assert changed.fullmatch("ceasefire") is not None and kept.fullmatch("call") is not None
    patterns.save_compiled(tmp_path)
    assert set(patterns._TABLE) == {(r"truces?|ceasefires?", 0), (r"calls?", 0), (r"aid", 0)}
    assert patterns._OWNERS[(r"aid", 0)] == "bot.other"


_SOURCES_MADE = """
import hashlib, importlib, pkgutil
import bot
from bot import patterns
for found in pkgutil.walk_packages(bot.__path__, "bot."):
    if not any(part in found.name for part in (".slack", ".store", ".testing", "__main__")):
        importlib.import_module(found.name)
print(hashlib.sha256("\\n".join(sorted(p.source for p in patterns._MADE)).encode()).hexdigest())
"""


def test_the_patterns_made_are_the_same_whatever_the_hash_seed() -> None:
    # A source built from a set in its iteration order differs between processes, so its saved compiled code is
    # never found and every `python -m bot ask` compiles it (and rewrites the table) again.
    made = [
        subprocess.run(
            [sys.executable, "-c", _SOURCES_MADE],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
            cwd=PROJECT_ROOT,
        ).stdout
        for seed in ("1", "2")
    ]
    assert made[0] == made[1] and len(made[0]) == 65
