"""YAML loading that remembers line numbers, so a curator is told where a problem is.

PyYAML decides what a file means. A large fact base is first read with yaml-rs (a YAML parser in Rust,
some ten times faster), and its result is used only when it is what PyYAML would build: no anchors or
aliases, no duplicate keys, nothing but text, and no plain text that YAML 1.1 (PyYAML) would read as a
boolean, number or date (yaml-rs reads YAML 1.2, where `yes` is text). Anything else, and any file with a
problem, is read again by PyYAML, which gives the line numbers a curator needs.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterator
from pathlib import Path
from typing import Any

import yaml

from bot.patterns import pattern

# libyaml's parser is several times faster on large fact bases; plain PyYAML is the fallback.
_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR = "tag:yaml.org,2002:str"


class LineMap(dict[Any, Any]):
    """A YAML mapping with the line of each key's value (1-based) and of each list item."""

    line: int = 0

    def __init__(self) -> None:
        super().__init__()
        self.lines: dict[Any, int] = {}
        self.item_lines: dict[Any, list[int]] = {}
        self.duplicate_keys: list[tuple[str, int]] = []

    def line_of(self, key: str, index: int | None = None) -> int:
        """Line of a key's value, or of item `index` of a list value; the mapping's own line if unknown."""
        if index is not None and index < len(self.item_lines.get(key, ())):
            return self.item_lines[key][index]
        return self.lines.get(key, self.line)


class YamlError(Exception):
    """Malformed YAML, with the file and line where the parser gave up."""

    def __init__(self, path: Path, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path, self.line, self.message = path, line, message


class _LineLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.visited: set[int] = set()

    def visit(self, node: yaml.Node) -> None:
        # Without anchors every node is built once. A node met twice is an alias (`*name`), and
        # nested aliases grow exponentially ("billion laughs"): a fact base never needs them.
        if id(node) in self.visited:
            raise yaml.constructor.ConstructorError(
                None, None, "anchors and aliases (&name, *name) are not allowed here", node.start_mark
            )
        self.visited.add(id(node))

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        if isinstance(node, yaml.CollectionNode):
            self.visit(node)
        return super().construct_object(node, deep=deep)


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> Iterator[LineMap]:
    data = LineMap()
    data.line = node.start_mark.line + 1
    yield data
    seen: set[Hashable] = set()
    for key_node, value_node in node.value:
        # A plain text key is the common case; anything else goes through PyYAML, which
        # reports unhashable keys as a marked error.
        if isinstance(key_node, yaml.ScalarNode) and key_node.tag == _STR:
            key = key_node.value
        else:
            key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, Hashable):
            raise yaml.constructor.ConstructorError(None, None, "a key must be plain text", key_node.start_mark)
        if key in seen:
            # PyYAML silently keeps the last value; a curator would lose the first one unseen.
            data.duplicate_keys.append((str(key), key_node.start_mark.line + 1))
        seen.add(key)
        data[key] = _value(loader, value_node)
        data.lines[key] = value_node.start_mark.line + 1
        if isinstance(value_node, yaml.SequenceNode):
            data.item_lines[key] = [item.start_mark.line + 1 for item in value_node.value]


def _value(loader: _LineLoader, node: yaml.Node) -> Any:
    # Text and lists of text are nearly all a fact base holds; build them straight from the
    # nodes instead of through PyYAML's general constructor (a third of the parse time).
    if isinstance(node, yaml.ScalarNode) and node.tag == _STR:
        return node.value
    if isinstance(node, yaml.SequenceNode) and all(
        isinstance(item, yaml.ScalarNode) and item.tag == _STR for item in node.value
    ):
        loader.visit(node)
        return [item.value for item in node.value]
    return loader.construct_object(node, deep=True)


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)


def load_yaml(path: Path) -> Any:
    """Parse one YAML file; mappings come back as `LineMap` with line numbers."""
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as err:
        raise YamlError(path, 1, f"not UTF-8 text ({err.reason} at byte {err.start})") from None
    try:
        return yaml.load(text, Loader=_LineLoader)
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else 1
        raise YamlError(path, line, f"malformed YAML: {err.problem or err}") from None
    except yaml.YAMLError as err:
        raise YamlError(path, 1, f"malformed YAML: {err}") from None
    except (ValueError, TypeError) as err:  # e.g. a date like 2023-13-45 that PyYAML cannot build
        raise YamlError(path, 1, f"malformed YAML value: {err}") from None


_ITEM = pattern(r"^( *)-(?: |$)", re.MULTILINE)
_TOP_LEVEL_KEY = pattern(r"^[^\s#-]", re.MULTILINE)


def load_plain(path: Path, *lists: str) -> tuple[LineMap, dict[str, list[int]]] | None:
    """The file as PyYAML would read it, quickly, with the line of each item of its top-level `lists` (those
    present; one at least); None when only PyYAML can say (an unusual shape, anything unusual in it, or
    yaml-rs missing): use `load_yaml` then. The shape read here is a fact or alias file's: a mapping of text
    whose lists hold mappings of text and lists of text. Its mappings know no line numbers of their own: a
    caller that finds a problem reads the file again with `load_yaml`; each item knows its own line."""
    try:
        import yaml_rs  # noqa: PLC0415 - only a fact base being read needs it
    except ImportError:
        return None
    try:
        text = path.read_bytes().decode("utf-8")
        refuse = yaml_rs.AliasLimits(0, 0, 0)  # an alias (*name) is an error, as in load_yaml
        data: Any = yaml_rs.loads(text, alias_limits=refuse, duplicate_key_policy=yaml_rs.DuplicateKeyPolicy.Error)
    except Exception:  # unreadable, malformed, an alias, a duplicate key, anything: PyYAML says what, and where
        return None
    texts = _texts(data, lists)
    if texts is None or _NOT_TEXT_IN_YAML_1_1.search("\n".join(texts)):
        return None
    top = _Unlocated(data)
    lines = {}
    for key in lists:
        if key in data:
            lines[key] = _item_lines(text, key)
            if len(lines[key]) != len(data[key]):
                return None
            top[key] = list(map(_Unlocated, data[key]))
            for item, line in zip(top[key], lines[key], strict=True):
                item.line = line
    return top, lines


class _Unlocated(LineMap):
    """A mapping read by `load_plain`: no line numbers to keep (a file with a problem is read again)."""

    def __init__(self, items: Any) -> None:
        dict.__init__(self, items)
        # Shared empty records, never written (only the line-keeping loader fills them, in its own maps):
        # three new containers per fact were half the time of a quick read.
        self.lines, self.item_lines, self.duplicate_keys = _NO_LINES, _NO_ITEM_LINES, _NO_DUPLICATES


_NO_LINES: dict[Any, int] = {}
_NO_ITEM_LINES: dict[Any, list[int]] = {}
_NO_DUPLICATES: list[tuple[str, int]] = []


# Plain scalars YAML 1.1 resolves to something other than text (PyYAML's implicit resolvers: booleans,
# null, numbers in every base, sexagesimal, dates, `<<` and `=`). yaml-rs can't say whether text was
# quoted, so quoted text like "yes" also sends a file to PyYAML: slower, never different.
_NOT_TEXT_IN_YAML_1_1 = pattern(
    r"^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|~|null|Null|NULL|<<|="
    r"|[-+]?(?:\.[0-9]|[0-9])[0-9_:.,eExXoObBa-fA-F+-]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)"
    r"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]).*)$",
    re.MULTILINE,
)


def _texts(data: Any, lists: tuple[str, ...]) -> list[str] | None:
    """Every key and text of a fact or alias file's shape, or None if it has anything else (numbers, nulls,
    nesting, none of the `lists`)."""
    if not isinstance(data, dict) or not any(isinstance(data.get(key), list) for key in lists):
        return None
    texts: list[str] = []
    items = []
    for key, value in data.items():
        if key in lists:
            if type(value) is not list:
                return None
            items += value
            texts.append(key)
        elif type(key) is not str or type(value) is not str:
            return None
        else:
            texts += (key, value)
    for item in items:
        if not isinstance(item, dict):
            return None
        for key, value in item.items():
            if type(key) is not str:
                return None
            if type(value) is str:
                texts += (key, value)
            elif type(value) is list and all(type(v) is str for v in value):
                texts.append(key)
                texts += value
            else:
                return None
    if "" in texts:
        return None  # an empty value: PyYAML may read it as null
    return texts


def _item_lines(text: str, items: str) -> list[int]:
    """Lines (1-based) of the items of the top-level list `items`, found by their dashes."""
    start = re.search(rf"^{re.escape(items)}:[ \t]*$", text, re.MULTILINE)
    first = _ITEM.search(text, start.end()) if start else None
    if first is None:
        return []
    dash = re.compile(rf"^{first.group(1)}-(?: |$)", re.MULTILINE)
    after = _TOP_LEVEL_KEY.search(text, start.end()) if start else None  # where the next top-level key begins
    lines, line, position = [], 1, 0
    for match in dash.finditer(text, first.start(), after.start() if after else len(text)):
        line += text.count("\n", position, match.start())
        position = match.start()
        lines.append(line)
    return lines
