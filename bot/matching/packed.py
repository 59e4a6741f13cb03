"""A list of integer lists stored in two flat arrays: compact in memory and quick to pickle."""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from itertools import pairwise
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

    def size(self, index: int) -> int:
        """len(self[index]), without copying the row."""
        return int(self.offsets[index + 1] - self.offsets[index])

    def sizes(self) -> list[int]:
        """The length of every row."""
        return [end - start for start, end in pairwise(self.offsets)]

    @classmethod
    def joined(cls, parts: Iterable[tuple[PackedRows, Sequence[int] | None]]) -> PackedRows:
        """The rows of every part in turn, each part's values first mapped through its table (if any).

        Whole arrays at a time in NumPy, not a Python step per row or value: joining the hundreds of
        per-file parts of a large fact base takes a few milliseconds.
        """
        import numpy as np  # noqa: PLC0415 - 60 ms to import; only building an index needs it

        values, offsets, base = [], [np.zeros(1, np.uint64)], 0
        for rows, table in parts:
            own = np.asarray(rows.values, dtype=np.uint32)
            values.append(own if table is None else np.asarray(table, dtype=np.uint32)[own])
            offsets.append(np.asarray(rows.offsets, dtype=np.uint64)[1:] + np.uint64(base))
            base += len(own)
        joined = cls()
        joined.values = array("I", np.concatenate(values).astype(np.uint32).tobytes()) if values else array("I")
        joined.offsets = array("Q", np.concatenate(offsets).tobytes())
        return joined

    def __getstate__(self) -> tuple[array[int], array[int]]:
        return self.values, self.offsets

    def __setstate__(self, state: Any) -> None:
        self.values, self.offsets = state


def inverted(parts: Sequence[tuple[PackedRows, Sequence[int], int]], terms: int) -> PackedRows:
    """Postings of several parts' rows: per term id, the rows using it, in order.

    Each part is (rows, table, base): row r of the part is `base + r` overall, and its values are local
    term ids that `table` maps to the overall ones. One sort of (term, row) keys does all the work, and
    the postings come out as two flat arrays (a list of an array per term took 40 ms to pickle at 100k facts).
    """
    import numpy as np  # noqa: PLC0415 - see joined

    keys = [np.zeros(0, np.uint64)]
    for rows, table, base in parts:
        counts = np.diff(np.asarray(rows.offsets, dtype=np.uint64)).astype(np.int64)
        row_of_value = np.repeat(np.arange(base, base + len(counts), dtype=np.uint64), counts)
        term_of_value = np.asarray(table, dtype=np.uint64)[np.asarray(rows.values, dtype=np.int64)]
        keys.append((term_of_value << np.uint64(32)) | row_of_value)
    ordered = np.sort(np.concatenate(keys))
    postings = PackedRows()
    postings.offsets = array(
        "Q",
        np.searchsorted(ordered >> np.uint64(32), np.arange(terms + 1, dtype=np.uint64)).astype(np.uint64).tobytes(),
    )
    postings.values = array("I", (ordered & np.uint64(0xFFFFFFFF)).astype(np.uint32).tobytes())
    return postings
