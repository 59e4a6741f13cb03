"""Summaries and the list of sources: curated content for /summary, /sources and the CLI."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from bot.knowledge import Document, Fact, KnowledgeBase
from bot.matching import Index
from bot.words import fold

SAMPLE_QUESTIONS = 3


class SummaryKind(StrEnum):
    ALL = "all"  # every document's short summary
    DOCUMENT = "document"  # one document's long summary
    TOPIC = "topic"  # the facts on a topic, each with its quote
    UNKNOWN = "unknown"  # nothing matches: what exists instead


@dataclass(frozen=True)
class Summary:
    kind: SummaryKind
    query: str
    documents: tuple[Document, ...] = ()
    facts: tuple[Fact, ...] = ()
    topics: tuple[str, ...] = ()  # offered when the query names nothing known
    brief: bool = False  # a document's short summary, where a short one was asked for ("tl;dr", "in one line")


@dataclass(frozen=True)
class Source:
    document: Document
    fact_count: int
    samples: tuple[str, ...]


def summary_of(document: Document, *, brief: bool) -> str:
    """The document's curated summary: the short one where a short one was asked for, else the long one."""
    return document.summary_short if brief else document.summary_long


def summarize(index: Index, query: str = "") -> Summary:
    """No query: all documents; a document's id or title: that document; else a topic word."""
    knowledge = index.knowledge
    query = " ".join(query.split())
    if not query:
        return Summary(SummaryKind.ALL, query, tuple(knowledge.documents.values()))
    document = find_document(knowledge, query)
    if document:
        return Summary(SummaryKind.DOCUMENT, query, (document,))
    facts = index.facts_using_all(query)
    if facts:
        return Summary(SummaryKind.TOPIC, query, facts=facts)
    return Summary(SummaryKind.UNKNOWN, query, topics=topics(knowledge))


def find_document(knowledge: KnowledgeBase, query: str) -> Document | None:
    """A document named by its id, or by its title or a good part of it."""
    wanted = fold(query).strip()
    for document in knowledge.documents.values():
        if wanted in (document.id, fold(document.title)):
            return document
    if len(wanted) >= 8:  # a short word is a topic, not a title
        for document in knowledge.documents.values():
            if wanted in fold(document.title):
                return document
    return None


def topics(knowledge: KnowledgeBase) -> tuple[str, ...]:
    """Every tag in the fact base, most used first."""
    counts: dict[str, int] = {}
    for fact in knowledge.facts:
        for tag in fact.tags:
            counts[tag] = counts.get(tag, 0) + 1
    return tuple(sorted(counts, key=lambda t: (-counts[t], t)))


def sources(knowledge: KnowledgeBase) -> tuple[Source, ...]:
    """Each document with its fact count and a few sample questions."""
    by_document: dict[str, list[Fact]] = {d: [] for d in knowledge.documents}
    for fact in knowledge.facts:
        by_document[fact.document].append(fact)
    return tuple(
        Source(knowledge.documents[d], len(facts), sample_questions(facts)) for d, facts in by_document.items()
    )


def sample_questions(facts: Sequence[Fact], count: int = SAMPLE_QUESTIONS) -> tuple[str, ...]:
    """First phrasings of facts spread evenly over the list: a fair taste of what is covered."""
    if not facts:
        return ()
    step = max(1, len(facts) // count)
    return tuple(f.questions[0] for f in facts[::step][:count])
