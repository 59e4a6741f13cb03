"""The fact base as data: documents, facts and alias groups, and the problems a curator must fix."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from pathlib import Path


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


@dataclass(frozen=True)
class AliasGroup:
    canonical: str
    variants: tuple[str, ...]


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
    facts: tuple[Fact, ...]
    aliases: tuple[AliasGroup, ...]
    channels: dict[str, ChannelRule] = field(default_factory=dict)

    def document_of(self, fact: Fact) -> Document:
        return self.documents[fact.document]

    @cached_property
    def _facts_by_id(self) -> dict[str, Fact]:
        return {f.id: f for f in self.facts}

    def fact(self, fact_id: str) -> Fact | None:
        return self._facts_by_id.get(fact_id)
