"""Regular expressions compiled at their first use, from code an earlier process compiled where it can.

Python's `re` compiles a pattern in Python code, and the bot's reading of a question is some three hundred
patterns: compiled at import, they were a third of a one-question `python -m bot ask`, which needs about a
third of them. A served bot compiles them all before its first question (`compile_all`, from its warm-up).

Even lazily, compiling the hundred a question needs took 70 ms of a 190 ms `python -m bot ask`. `re` keeps no
compiled code between processes, so the bot does: `save_compiled` writes the code `re` compiled for every
pattern to the cache folder, and `load_compiled` reads it back, from which the C engine builds a pattern in
microseconds (all of them in 5 ms). The code is `re`'s own, made by `re`'s parser and compiler for this exact
Python build (the file's name holds its version and the engine's magic number), and each entry is kept only if
the pattern it builds equals `re.compile`'s (equal patterns have equal code). Any failure, such as a Python
whose internals differ, leaves the table empty and every pattern is compiled by `re.compile` as before.
"""

import contextlib
import functools
import hashlib
import importlib
import marshal
import os
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType
from typing import Any

_METHODS = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer")
_WAITING: list["Pattern"] = []
_MADE: list["Pattern"] = []  # every pattern made, for save_compiled
# (source, flags) -> what `_sre.compile` takes after the source: flags, code, groups, group names both ways.
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_TABLE: dict[tuple[str, int], Entry] = {}
# Which module made each pattern of the table: written back, a module's entries are those of the patterns it makes
# now (an edited pattern's old entry is dropped, or the table would grow with every change of the code), and the
# entries of modules this process never imported are kept as they were.
_OWNERS: dict[tuple[str, int], str | None] = {}
_missed = [False]  # a pattern was compiled without the table since it was loaded


class Pattern:
    """A `re.Pattern`'s matching methods; the pattern is compiled by the first call of any of them.

    That call puts the compiled pattern's own methods on the instance, so every later call goes straight to
    `re` with no step of ours in between.
    """

    def __init__(self, source: str, flags: int = 0, module: str | None = None) -> None:
        self.source = source
        self.flags = flags
        self.module = module
        _WAITING.append(self)
        _MADE.append(self)

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        compiled = _from_table(self.source, self.flags)
        if compiled is None:
            compiled = re.compile(self.source, self.flags)
            _missed[0] = True
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
    return Pattern(source, flags, _making_module())


def _making_module() -> str | None:
    """The module whose top level is making a pattern (through helpers such as `opens_with` too)."""
    frame: FrameType | None = sys._getframe(2)
    for _ in range(_FRAMES_UP):
        if frame is None:
            return None
        if frame.f_code.co_name == "<module>":
            return str(frame.f_globals.get("__name__"))
        frame = frame.f_back
    return None


_FRAMES_UP = 6


def compile_all() -> None:
    """Compile every pattern made so far, so that no question waits for one."""
    while _WAITING:
        waiting = _WAITING.pop()
        if "search" not in vars(waiting):  # not compiled by a use already
            waiting.compiled()


@contextlib.contextmanager
def kept_in(folder: Path | None) -> Iterator[None]:
    """Patterns compiled by an earlier process are read from `folder` before the block, and any the block had to
    compile are written there after it; nothing without a folder."""
    if folder is None:
        yield
        return
    load_compiled(folder)
    try:
        yield
    finally:
        save_compiled(folder)


def load_compiled(folder: Path) -> None:
    """Read the code an earlier process compiled (see save_compiled); nothing if there is none for this Python."""
    try:
        saved = marshal.loads((Path(folder) / _table_name()).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return
    # (owners, entries) as written now; a bare table of entries, as written before owners were kept.
    owners, table = saved if isinstance(saved, tuple) and len(saved) == 2 else ({}, saved)
    if isinstance(table, dict) and isinstance(owners, dict):
        _TABLE.update(table)
        _OWNERS.update({key: owners.get(key) for key in table})
    _missed[0] = False


def save_compiled(folder: Path) -> None:
    """Write the compiled code of every pattern made so far, if one was compiled without the table since it was
    loaded (a pattern new or changed); nothing on failure, which costs the next process only its compiling."""
    if not _missed[0]:
        return
    imported = {made.module for made in _MADE} | {None}  # an entry no module owns was written before owners were
    # Another module's entries stay; of this process's modules, only the patterns they make now.
    table = {key: entry for key, entry in _TABLE.items() if _OWNERS.get(key) not in imported}
    owners = {key: _OWNERS.get(key) for key in table}
    for made in _MADE:
        key = (made.source, int(made.flags))
        entry = _TABLE.get(key) or _entry(made.source, made.flags)
        if entry is not None:
            table[key], owners[key] = entry, made.module
    temporary = None
    try:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        import tempfile  # noqa: PLC0415 - with shutil and random, 3 ms of every `ask`; only a run that compiled needs it

        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".patterns-")
        with os.fdopen(handle, "wb") as file:
            marshal.dump((owners, table), file)
        os.replace(temporary, folder / _table_name())  # whole or not at all, for a process reading it meanwhile
    except (OSError, ValueError):
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)  # a half-written table left behind would never be read, only kept
        return
    _TABLE.clear()
    _TABLE.update(table)
    _OWNERS.clear()
    _OWNERS.update(owners)
    _missed[0] = False


def _table_name() -> str:
    engine = _engine()  # its magic number changes with the format of its code
    build = f"{sys.version}|{sys.implementation.cache_tag}|{engine.MAGIC}|{engine.CODESIZE}"
    return f"patterns-{hashlib.sha256(build.encode()).hexdigest()[:16]}.marshal"


def _entry(source: str, flags: int) -> Entry | None:
    """What `re.compile` makes of a pattern, as data; None if this Python's `re` is not built as expected."""
    try:
        # re's own parser and compiler (private modules: what they make is checked against re.compile below).
        parser, compiler = importlib.import_module("re._parser"), importlib.import_module("re._compiler")
        parsed = parser.parse(source, flags)
        code = [int(op) for op in compiler._code(parsed, flags)]
        names = {name: int(number) for name, number in parsed.state.groupdict.items()}
        index: list[str | None] = [None] * parsed.state.groups
        for name, number in names.items():
            index[number] = name
        entry: Entry = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, names, tuple(index))
        if _build(source, entry) != re.compile(source, flags):  # the same code, or the entry is not kept
            return None
    except Exception:  # any internals unlike 3.11's: compiled as re does, with no table
        return None
    return entry


def _from_table(source: str, flags: int) -> re.Pattern[str] | None:
    entry = _TABLE.get((source, int(flags))) if _TABLE else None
    if entry is None:
        return None
    try:
        return _build(source, entry)
    except Exception:  # a table this engine can't read: compiled as re does
        return None


def _build(source: str, entry: Entry) -> re.Pattern[str]:
    flags, code, groups, names, index = entry
    return _engine().compile(source, flags, code, groups, names, index)  # type: ignore[no-any-return]


@functools.cache
def _engine() -> Any:
    """The C engine under `re` (`_sre`), which builds a pattern from compiled code."""
    return importlib.import_module("_sre")
