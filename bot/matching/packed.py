"""A list of integer lists stored in two flat arrays: compact in memory and quick to pickle."""

from __future__ import annotations

from array import array
from collections.abc import Iterable
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

    def __getstate__(self) -> tuple[array[int], array[int]]:
        return self.values, self.offsets

    def __setstate__(self, state: Any) -> None:
        self.values, self.offsets = state
