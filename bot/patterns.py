"""Regular expressions compiled at their first use.

Python's `re` compiles a pattern in Python code, and the bot's reading of a question is some two hundred
patterns: compiled at import, they were a third of a one-question `python -m bot ask`, which needs about a
third of them. A served bot compiles them all before its first question (`compile_all`, from its warm-up).
"""

import re
import sys
from collections.abc import Callable, Iterator
from typing import Any

_METHODS = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer")
_WAITING: list["Pattern"] = []


class Pattern:
    """A `re.Pattern`'s matching methods; the pattern is compiled by the first call of any of them.

    That call puts the compiled pattern's own methods on the instance, so every later call goes straight to
    `re` with no step of ours in between.
    """

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags
        _WAITING.append(self)

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        compiled = re.compile(self.source, self.flags)
        for name in _METHODS:
            setattr(self, name, getattr(compiled, name))
        return compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As `re.Pattern.search`."""
        return self.compiled().search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As `re.Pattern.match`."""
        return self.compiled().match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """As `re.Pattern.fullmatch`."""
        return self.compiled().fullmatch(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        """As `re.Pattern.sub`."""
        return self.compiled().sub(repl, string, count)

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> tuple[str, int]:
        """As `re.Pattern.subn`."""
        return self.compiled().subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        """As `re.Pattern.split`."""
        return self.compiled().split(string, maxsplit)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        """As `re.Pattern.findall`."""
        return self.compiled().findall(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        """As `re.Pattern.finditer`."""
        return self.compiled().finditer(string, pos, endpos)


def pattern(source: str, flags: int = 0) -> Pattern:
    """A pattern compiled when it is first used (module-level patterns; `re.compile` for ones built per call)."""
    return Pattern(source, flags)


def compile_all() -> None:
    """Compile every pattern made so far, so that no question waits for one."""
    while _WAITING:
        waiting = _WAITING.pop()
        if "search" not in vars(waiting):  # not compiled by a use already
            waiting.compiled()
