"""Find a quote in a document verbatim, forgiving only differences in whitespace."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from bot.patterns import pattern

_NON_SPACE = pattern(r"\S+")


class Searchable:
    """A document that quotes are looked up in: verbatim first, else with whitespace collapsed."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._collapsed: _Collapsed | None = None  # built only if some quote needs it

    def locate(self, quote: str) -> tuple[int, int] | None:
        """Character offsets [start, end) of `quote` in the text, or None if absent."""
        found = self.text.find(quote) if quote else -1
        if found >= 0:
            return found, found + len(quote)
        if self._collapsed is None:
            self._collapsed = _Collapsed.of(self.text)
        return self._collapsed.locate(quote)


@dataclass(frozen=True)
class _Collapsed:
    """A text with runs of whitespace collapsed, and the way back to original offsets."""

    collapsed: str
    piece_starts: tuple[int, ...]  # offset of each word in `collapsed`
    piece_origins: tuple[int, ...]  # offset of the same word in the original text

    @classmethod
    def of(cls, text: str) -> _Collapsed:
        parts, starts, origins, pos = [], [], [], 0
        for match in _NON_SPACE.finditer(text):
            starts.append(pos)
            origins.append(match.start())
            parts.append(match.group())
            pos += len(match.group()) + 1
        return cls(" ".join(parts), tuple(starts), tuple(origins))

    def _original(self, index: int) -> int:
        piece = bisect.bisect_right(self.piece_starts, index) - 1
        return self.piece_origins[piece] + (index - self.piece_starts[piece])

    def locate(self, quote: str) -> tuple[int, int] | None:
        """Character offsets [start, end) of `quote` in the original text, or None if absent."""
        needle = " ".join(quote.split())
        if not needle:
            return None
        found = self.collapsed.find(needle)
        if found < 0:
            return None
        return self._original(found), self._original(found + len(needle) - 1) + 1
