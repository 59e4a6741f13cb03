"""YAML loading that remembers line numbers, so a curator is told where a problem is."""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from pathlib import Path
from typing import Any

import yaml

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
