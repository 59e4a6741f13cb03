"""The matcher's inverted index over a fact base: term ids, idf weights, postings, phrasing terms.

Built once per fact base (and cached by `bot.matching.cache`); `answer` and the summaries read it
only through the methods here.
"""

from __future__ import annotations

import gc
import math
import re
from array import array
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from bot.knowledge import ChannelRule, Fact, KnowledgeBase
from bot.matching.packed import PackedRows
from bot.matching.terms import QUESTION_STEMS, Normalizer, Vocabulary
from bot.words import words

UNKNOWN_FACTOR = 2.5  # an unknown non-filler word weighs this times the rarest known word

_SEPARATOR_TERM = "qqsep"  # not a word; stems to itself and is in no alias
_SEPARATOR = f" {_SEPARATOR_TERM} "


@dataclass
class Index:
    """Everything the matcher needs, built once from a KnowledgeBase (and cacheable)."""

    knowledge: KnowledgeBase
    normalizer: Normalizer
    term_ids: dict[str, int]
    weights: array[float]  # idf per term id
    postings: list[array[int]]  # term id -> facts whose questions, tags or answer use it
    quote_postings: list[array[int]]  # term id -> facts whose quote alone uses it
    # Term ids in compact arrays, not sets or tuples: 4 bytes per id instead of dozens (and
    # unpickling makes no int objects), which keeps 100,000 facts inside the memory budget.
    fact_terms: PackedRows  # per fact
    fact_quote_terms: PackedRows  # per fact
    # Per fact, the term ids of its questions, answer and tags in order, SEPARATOR between
    # texts: phrasing terms for the few facts a question brings to the top, at 4 bytes a term.
    fact_sequences: PackedRows
    separator: int  # the term id that divides texts in fact_sequences
    unknown_weight: float
    # Per fact, the weight of its lightest phrasing (0 if none weighs anything): with the weight a
    # question shares with the fact, it bounds the fact's precision before any phrasing is looked at.
    lightest_phrasing: array[float] = field(default_factory=lambda: array("d"))
    _allowed: dict[str, frozenset[int]] = field(default_factory=dict, repr=False)

    def allowed_by(self, rule: ChannelRule | None) -> frozenset[int] | None:
        """Numbers of the facts a channel rule lets the bot answer from (None: all of them)."""
        if rule is None or not (rule.documents or rule.tags):
            return None
        key = f"{rule.documents}|{rule.tags}"
        if key not in self._allowed:
            self._allowed[key] = frozenset(n for n, f in enumerate(self.knowledge.facts) if rule.allows(f))
        return self._allowed[key]

    def phrasings_of(self, number: int) -> list[set[int]]:
        """Term ids of each phrasing of fact `number` (its answer counting as one more)."""
        texts = self.knowledge.facts.phrasing_count(number) + 1
        found: list[set[int]] = [set()]
        for term in self.fact_sequences[number]:
            if term == self.separator:
                if len(found) == texts:
                    break  # the rest are tags
                found.append(set())
            else:
                found[-1].add(term)
        return found

    @property
    def rarest_weight(self) -> float:
        """The idf of a term only one fact uses: the heaviest a known word can weigh."""
        return self.unknown_weight / UNKNOWN_FACTOR

    @cached_property
    def question_term_ids(self) -> frozenset[int]:
        """Ids of the question words (what, when, who, ...) the fact base uses."""
        return frozenset(self.term_ids[s] for s in QUESTION_STEMS if s in self.term_ids)

    def posting_size(self, term_id: int) -> int:
        """How many facts use a term, in their own words or their quote."""
        return len(self.postings[term_id]) + len(self.quote_postings[term_id])

    def facts_using_all(self, text: str) -> tuple[Fact, ...]:
        """Facts whose questions, answer or tags use every term of `text` (aliases included)."""
        terms, _ = self.normalizer.question_terms(text)
        ids = [self.term_ids.get(t) for t in terms]
        if not ids or None in ids:
            return ()
        known = [i for i in ids if i is not None]
        first = set(self.postings[known[0]])
        numbers = sorted(n for n in first if all(i in self.fact_terms[n] for i in known[1:]))
        return tuple(self.knowledge.facts[n] for n in numbers)


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _proving_terms(fact: Fact, ids: Callable[[str], list[int]]) -> set[int]:
    """Term ids of the quote's sentence that proves the answer (the one sharing most terms with it).

    A quote may take in the sentence before, to say who "they" are; that sentence is another fact's
    own, and crediting its words to this fact drew questions about the other one here.
    """
    sentences = [part for part in _SENTENCE_END.split(fact.quote) if part.strip()]
    if len(sentences) < 2:
        return set(ids(fact.quote))
    answer = set(ids(fact.answer))
    best: set[int] = set()
    best_overlap = -1
    for sentence in sentences:
        terms = set(ids(sentence))
        if len(terms & answer) >= best_overlap:  # a tie goes to the later sentence: context comes first
            best, best_overlap = terms, len(terms & answer)
    return best


def build_index(knowledge: KnowledgeBase) -> Index:
    """Index a fact base for `answer`."""
    # Millions of small objects and no cycles: the cyclic collector would only rescan them.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _build_index(knowledge)
    finally:
        if enabled:
            gc.enable()


def _build_index(knowledge: KnowledgeBase) -> Index:
    # One pass: each text is split into words once, for the typo vocabulary and for the terms.
    counts: Counter[str] = Counter()
    for group in knowledge.aliases:
        for text in (group.canonical, *group.variants):
            counts.update(words(text))
    normalizer = Normalizer(knowledge.aliases)
    term_ids: dict[str, int] = {}
    terms_of_words, setdefault = normalizer.terms_of_words, term_ids.setdefault

    def ids(text: str) -> list[int]:
        found = words(text)
        counts.update(found)
        return [setdefault(t, len(term_ids)) for t in terms_of_words(found)]

    # Rows of fact_terms need no order: membership is all the matcher asks of them.
    fact_terms, fact_quote_terms, fact_sequences = PackedRows(), PackedRows(), PackedRows()
    postings: list[array[int]] = []
    quote_postings: list[array[int]] = []
    separator = term_ids.setdefault(_SEPARATOR_TERM, len(term_ids))
    for number, fact in enumerate(knowledge.facts):
        # One pass over all of a fact's own words (questions, answer, tags); the separator word
        # marks where each text ends and keeps an alias from matching across two of them.
        sequence = ids(_SEPARATOR.join((*fact.phrasings, fact.answer, *fact.tags)))
        full = set(sequence)
        full.discard(separator)
        quote_only = _proving_terms(fact, ids) - full
        fact_sequences.append(sequence)
        fact_terms.append(full)
        fact_quote_terms.append(quote_only)
        while len(postings) < len(term_ids):
            postings.append(array("I"))
            quote_postings.append(array("I"))
        for term in full:
            postings[term].append(number)
        for term in quote_only:
            quote_postings[term].append(number)
    counts.pop(_SEPARATOR_TERM, None)
    normalizer.vocabulary = Vocabulary.of(counts)

    count = len(knowledge.facts)
    document_frequency = (len(p) + len(q) for p, q in zip(postings, quote_postings, strict=True))
    weights = array("d", (math.log(1 + count / max(1, df)) for df in document_frequency))
    unknown_weight = UNKNOWN_FACTOR * math.log(1 + max(count, 1))
    index = Index(
        knowledge,
        normalizer,
        term_ids,
        weights,
        postings,
        quote_postings,
        fact_terms,
        fact_quote_terms,
        fact_sequences,
        separator,
        unknown_weight,
    )
    lightest = index.lightest_phrasing
    for number in range(count):
        heavy = [w for w in (sum(map(weights.__getitem__, terms)) for terms in index.phrasings_of(number)) if w > 0]
        lightest.append(min(heavy, default=0.0))
    return index
