"""A list of integer lists stored in two flat arrays: compact in memory and quick to pickle."""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from typing import Any


class PackedRows:
    """Row i is `values[offsets[i]:offsets[i + 1]]`.

    A hundred thousand small tuples of ints cost tens of megabytes and unpickle into an int
    object per entry; two arrays cost four bytes per entry and load in one copy.
    """

    __slots__ = ("offsets", "values")

    def __init__(self, rows: Iterable[Iterable[int]] = ()) -> None:
        self.values = array("I")
        self.offsets = array("Q", [0])
        for row in rows:
            self.append(row)

    def append(self, row: Iterable[int]) -> None:
        self.values.extend(row)
        self.offsets.append(len(self.values))

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, index: int) -> array[int]:
        return self.values[self.offsets[index] : self.offsets[index + 1]]

    @classmethod
    def joined(cls, parts: Iterable[tuple[PackedRows, Sequence[int] | None]]) -> PackedRows:
        """The rows of every part in turn, each part's values first mapped through its table (if any).

        Work is per value but inside C (`map` over an array), not a Python loop per row: joining the
        hundreds of per-file parts of a large fact base takes a fraction of a second.
        """
        joined = cls()
        for rows, table in parts:
            base = len(joined.values)
            joined.values.extend(map(table.__getitem__, rows.values) if table is not None else rows.values)
            joined.offsets.extend(map(base.__add__, rows.offsets[1:]) if base else rows.offsets[1:])
        return joined

    def __getstate__(self) -> tuple[array[int], array[int]]:
        return self.values, self.offsets

    def __setstate__(self, state: Any) -> None:
        self.values, self.offsets = state
