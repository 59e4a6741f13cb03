"""The fact base as data: documents, facts and alias groups, and the problems a curator must fix."""

from __future__ import annotations

import operator
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from itertools import accumulate
from pathlib import Path
from typing import Any, overload

from bot.words import words


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the fact base, located for the curator."""

    path: str
    line: int
    message: str
    fact_id: str = ""

    def __str__(self) -> str:
        where = f" (fact {self.fact_id})" if self.fact_id else ""
        return f"{self.path}:{self.line}: {self.message}{where}"


class KnowledgeError(Exception):
    """The fact base is invalid; `problems` lists everything found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        lines = "\n".join(str(p) for p in problems)
        super().__init__(f"the fact base has {len(problems)} problem(s):\n{lines}")


@dataclass(frozen=True)
class Document:
    id: str
    path: str
    title: str
    publisher: str
    date: str
    url: str
    covers: str
    summary_short: str
    summary_long: str
    text: str = field(repr=False)

    def citation(self) -> str:
        """Title, publisher and date as one line: how a reader finds the source."""
        parts = [f"“{self.title}”", self.publisher, self.date or "date not given"]
        return ", ".join(p for p in parts if p)


@dataclass(frozen=True)
class Fact:
    id: str
    document: str
    questions: tuple[str, ...]
    answer: str
    quote: str
    tags: tuple[str, ...]
    start: int  # character offsets of the quote in its document
    end: int
    path: str
    line: int
    affirms: tuple[str, ...] = ()  # yes/no questions the quote answers with a plain "yes"

    @property
    def phrasings(self) -> tuple[str, ...]:
        """Every way of asking for this fact: its questions, then the yes/no ones it affirms."""
        return self.questions + self.affirms


# Facts stored column-wise: every text in one UTF-8 buffer, numbers in arrays, a `Fact` built when read.
# A hundred thousand `Fact` objects hold some 1.5 million small strings; pickling and unpickling them was
# most of a cached start-up, and holding them most of the memory. As one bytes object and a few arrays
# they unpickle at memory speed, and the matcher reads only the handful of facts a question brings up.
_TEXTS = 5  # id, document, answer, quote, path; then the questions, affirms and tags


class FactTable(Sequence[Fact]):
    """An immutable sequence of facts, compact in memory and in a pickle."""

    __slots__ = ("__dict__", "_blob", "_bounds", "_built", "_counts", "_first", "_numbers")

    def __init__(self, facts: Iterable[Fact] = ()) -> None:
        encoded: list[bytes] = []
        counts, numbers, first = array("I"), array("q"), array("Q")  # "Q": any number of facts
        built = tuple(facts)
        for fact in built:
            first.append(len(encoded))
            texts = (fact.id, fact.document, fact.answer, fact.quote, fact.path, *fact.phrasings, *fact.tags)
            encoded.extend(text.encode() for text in texts)
            counts.extend((len(fact.questions), len(fact.affirms), len(fact.tags)))
            numbers.extend((fact.start, fact.end, fact.line))
        self._blob = b"".join(encoded)
        # Four bytes an offset while the texts are under 4 GiB (a million offsets at 100,000 facts).
        self._bounds = array("I" if len(self._blob) < 2**32 else "Q", accumulate(map(len, encoded), initial=0))
        first = array("I", first) if len(encoded) < 2**32 else first
        self._counts, self._numbers, self._first = counts, numbers, first
        # The facts this table was built from, kept until it is pickled: indexing a fact base just
        # loaded reads every fact, and building each again from the buffer would cost a second.
        self._built: tuple[Fact, ...] | None = built

    @classmethod
    def of(cls, facts: Iterable[Fact]) -> FactTable:
        """`facts` as a table (itself if it is one already)."""
        return facts if isinstance(facts, FactTable) else cls(facts)

    @classmethod
    def joined(cls, tables: Sequence[FactTable]) -> FactTable:
        """One table holding the facts of `tables` in turn, joined buffer to buffer (no fact is rebuilt)."""
        joined = cls()
        if not tables:
            return joined
        import numpy as np  # noqa: PLC0415 - 60 ms to import; only building an index needs it

        # Whole arrays at a time: a Python step per text of 100,000 facts took a tenth of a second.
        bounds, first, counts, numbers = [np.zeros(1, np.uint64)], [], array("I"), array("q")
        size = texts = 0  # bytes and texts before this table
        for table in tables:
            own = np.asarray(table._bounds, dtype=np.uint64)
            bounds.append(own[1:] + np.uint64(size))
            first.append(np.asarray(table._first, dtype=np.uint64) + np.uint64(texts))
            counts.extend(table._counts)
            numbers.extend(table._numbers)
            size += int(own[-1])
            texts += len(own) - 1
        blob = b"".join(t._blob for t in tables)
        joined._blob = blob
        joined._bounds = array(*_narrowest(np.concatenate(bounds), len(blob)))
        joined._first = array(*_narrowest(np.concatenate(first), texts))
        joined._counts, joined._numbers = counts, numbers
        built = [t._built for t in tables]
        joined._built = tuple(f for b in built for f in b) if all(b is not None for b in built) else None  # type: ignore[union-attr]
        return joined

    def __len__(self) -> int:
        return len(self._first)

    @overload
    def __getitem__(self, number: int) -> Fact: ...

    @overload
    def __getitem__(self, number: slice) -> tuple[Fact, ...]: ...

    def __getitem__(self, number: int | slice) -> Fact | tuple[Fact, ...]:
        if isinstance(number, slice):
            return tuple(self._fact(n) for n in range(*number.indices(len(self))))
        if number < 0:
            number += len(self)
        if not 0 <= number < len(self):
            raise IndexError("fact number out of range")
        return self._fact(number)

    def __iter__(self) -> Iterator[Fact]:
        return (self._fact(n) for n in range(len(self)))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FactTable):
            return NotImplemented
        return (self._blob, self._bounds, self._counts, self._numbers) == (
            other._blob,
            other._bounds,
            other._counts,
            other._numbers,
        )

    def __hash__(self) -> int:
        return hash(self._blob)

    def __repr__(self) -> str:
        return f"FactTable({len(self)} facts)"

    def __getstate__(self) -> tuple[bytes, array[int], array[int], array[int], array[int]]:
        return self._blob, self._bounds, self._counts, self._numbers, self._first

    def __setstate__(self, state: tuple[bytes, array[int], array[int], array[int], array[int]]) -> None:
        self._blob, self._bounds, self._counts, self._numbers, self._first = state
        self._built = None

    def number_of(self, fact_id: str) -> int | None:
        """The position of the fact with this id, if there is one."""
        return self._numbers_by_id.get(fact_id)

    @cached_property
    def _numbers_by_id(self) -> dict[str, int]:
        return {self._text(self._first[n]): n for n in range(len(self))}

    def id_of(self, number: int) -> str:
        """The id of fact `number`, without building the fact."""
        return self._text(self._first[number])

    def document_of(self, number: int) -> str:
        """The document id of fact `number`, without building the fact."""
        return self._text(self._first[number] + 1)

    def span_of(self, number: int) -> tuple[int, int]:
        """Where fact `number`'s quote starts and ends in its document, without building the fact."""
        return self._numbers[3 * number], self._numbers[3 * number + 1]

    def phrasing_counts(self) -> array[int]:
        """Per fact, how many phrasings (questions and affirms) it has."""
        counts = self._counts
        return array("I", map(operator.add, counts[0::3], counts[1::3]))

    def phrasing_count(self, number: int) -> int:
        """How many phrasings (questions and affirms) fact `number` has, without building it."""
        return int(self._counts[3 * number] + self._counts[3 * number + 1])

    def _text(self, slot: int) -> str:
        return self._blob[self._bounds[slot] : self._bounds[slot + 1]].decode()

    def _fact(self, number: int) -> Fact:
        if self._built is not None:
            return self._built[number]
        slot = self._first[number]
        questions, affirms, tags = self._counts[3 * number : 3 * number + 3]
        texts = [self._text(s) for s in range(slot, slot + _TEXTS + questions + affirms + tags)]
        start, end, line = self._numbers[3 * number : 3 * number + 3]
        rest = texts[_TEXTS:]
        return Fact(
            id=texts[0],
            document=texts[1],
            questions=tuple(rest[:questions]),
            answer=texts[2],
            quote=texts[3],
            tags=tuple(rest[questions + affirms :]),
            start=start,
            end=end,
            path=texts[4],
            line=line,
            affirms=tuple(rest[questions : questions + affirms]),
        )


@dataclass(frozen=True)
class AliasGroup:
    canonical: str
    variants: tuple[str, ...]
    name: bool = False  # listed under `names:` (a person, a place, an organisation), not `words:`
    # One-word variants meant only as written, not in every form stemming joins: "settlement" is a conflict's
    # solution, where "settlements" are the ones of the West Bank.
    exact: tuple[str, ...] = ()


class Answering(StrEnum):
    """When the bot speaks in a channel."""

    MENTIONS = "mentions"  # only when mentioned (the default)
    QUESTIONS = "questions"  # also to any message ending in "?" (needs the message.channels event)


@dataclass(frozen=True)
class ChannelRule:
    """What the bot answers from in one channel, and when it speaks there (knowledge/channels.yaml)."""

    channel: str
    documents: tuple[str, ...] = ()  # empty: every document
    tags: tuple[str, ...] = ()  # empty: every topic
    answering: Answering = Answering.MENTIONS
    note: str = ""  # a line for /sources and the Home tab

    def allows(self, fact: Fact) -> bool:
        if self.documents and fact.document not in self.documents:
            return False
        return not self.tags or bool(set(self.tags) & set(fact.tags))


@dataclass(frozen=True)
class KnowledgeBase:
    root: Path
    documents: dict[str, Document]
    facts: FactTable
    aliases: tuple[AliasGroup, ...]
    channels: dict[str, ChannelRule] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "facts", FactTable.of(self.facts))  # any sequence of facts is accepted

    def document_of(self, fact: Fact) -> Document:
        return self.documents[fact.document]

    @cached_property
    def source_names(self) -> tuple[tuple[str, bool], ...]:
        """Every document's publisher and title as folded words joined by spaces, each led by a space (so that a
        name's last words are found with `endswith`), and whether it is the publisher. Worked out at first use, not
        for every question that names a document."""
        return tuple(
            (" " + " ".join(words(source)).lower(), source == document.publisher)
            for document in self.documents.values()
            for source in (document.publisher, document.title)
        )

    def fact(self, fact_id: str) -> Fact | None:
        number = self.facts.number_of(fact_id)
        return None if number is None else self.facts[number]


def _narrowest(values: Any, largest: int) -> tuple[str, bytes]:
    """An array's type code and bytes for unsigned `values` of at most `largest`: 4 bytes each if they fit."""
    import numpy as np  # noqa: PLC0415 - see FactTable.joined

    return ("I", values.astype(np.uint32).tobytes()) if largest < 2**32 else ("Q", values.astype(np.uint64).tobytes())
