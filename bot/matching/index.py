"""The matcher's inverted index over a fact base: term ids, idf weights, postings, phrasing terms.

Built once per fact base (and cached by `bot.matching.cache`); `answer` and the summaries read it
only through the methods here.
"""

from __future__ import annotations

import gc
import math
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate, chain, islice, pairwise
from operator import add

from bot.knowledge import ChannelRule, Fact, FactTable, KnowledgeBase
from bot.matching.packed import PackedRows, inverted
from bot.matching.terms import GENERIC_QUESTION_STEMS, LIGHT_VERB_STEMS, QUESTION_STEMS, Normalizer, Vocabulary
from bot.patterns import pattern
from bot.words import DATE_MENTION, MONTHS, words

UNKNOWN_FACTOR = 2.5  # an unknown non-filler word weighs this times the rarest known word
# A light verb takes its meaning from its object ("get help" is help received, "get aid into Gaza" aid delivered):
# in a fact base of few facts its rarity made it weigh as much as a name ("what did Russia get help with?" went to
# the one fact phrased "how will aid get into Gaza?"). It counts for this share of its weight.
LIGHT_VERB_SHARE = 0.5
CONTEXT_SAMPLE = 200  # facts looked at per candidate correction of a typo (Index.in_context)
RETYPE_TERMS = 2  # at most this many words of a question read as misspellings of other fact-base words
RETYPE_SAMPLE = 500  # facts looked at, at most, when looking for them (Index.retyped)
RETYPE_CHECKS = 50  # ... and at most this many facts equally close spelt out: more, and the question is too vague

_DAY = pattern(r"\b(\d{1,2})(?:st|nd|rd|th)?\b")  # a day of the month in a date (not its year)

_SEPARATOR_TERM = "qqsep"  # not a word; stems to itself and is in no alias
_SEPARATOR = f" {_SEPARATOR_TERM} "


@dataclass
class Index:
    """Everything the matcher needs, built once from a KnowledgeBase (and cacheable)."""

    knowledge: KnowledgeBase
    normalizer: Normalizer
    term_ids: dict[str, int]
    weights: array[float]  # idf per term id
    postings: PackedRows  # term id -> facts whose questions, tags or answer use it
    quote_postings: PackedRows  # term id -> facts whose quote alone uses it
    # Term ids in compact arrays, not sets or tuples: 4 bytes per id instead of dozens (and
    # unpickling makes no int objects), which keeps 100,000 facts inside the memory budget.
    fact_terms: PackedRows  # per fact
    fact_quote_terms: PackedRows  # per fact
    # Every phrasing of every fact in turn (its questions, affirms and answer): its term ids, each once.
    # Fact n's are rows first_phrasing[n] to first_phrasing[n + 1]; with each one's weight (idf sum) and how
    # many of its terms are not question words worked out when indexing, a fact's precision is a few
    # membership tests per phrasing for the few facts a question brings to the top.
    phrasings: PackedRows
    first_phrasing: array[int]
    phrasing_weights: array[float]
    phrasing_sizes: array[int]
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

    def phrasing_range(self, number: int) -> range:
        """Rows of `phrasings` that are fact `number`'s (its answer the last)."""
        return range(self.first_phrasing[number], self.first_phrasing[number + 1])

    @property
    def rarest_weight(self) -> float:
        """The idf of a term only one fact uses: the heaviest a known word can weigh."""
        return self.unknown_weight / UNKNOWN_FACTOR

    @cached_property
    def generic_weight(self) -> float:
        """The lighter weight of "what" and "which": both weigh it (see matcher._weigh)."""
        found = [self.weights[self.term_ids[s]] for s in GENERIC_QUESTION_STEMS if s in self.term_ids]
        return min(found, default=self.rarest_weight)

    @cached_property
    def document_numbers(self) -> dict[str, array[int]]:
        """The numbers of each document's facts (worked out the first time a question needs them)."""
        facts = self.knowledge.facts
        found: dict[str, array[int]] = {}
        for number in range(len(facts)):
            found.setdefault(facts.document_of(number), array("I")).append(number)
        return found

    @cached_property
    def document_sizes(self) -> Counter[str]:
        """How many facts each document has."""
        return Counter({document: len(numbers) for document, numbers in self.document_numbers.items()})

    def share_in_document(self, term_id: int, number: int) -> float:
        """The share of the facts of fact `number`'s document that use a term, in their own words or quote."""
        facts = self.knowledge.facts
        document = facts.document_of(number)
        return sum(1 for n in self.users(term_id) if facts.document_of(n) == document) / self.document_sizes[document]

    @cached_property
    def dates_given(self) -> frozenset[tuple[int, int]]:
        """Every (month, day) a fact gives in its answer or quote ("November 14": (11, 14)), read from the facts
        that use a month's name only, the first time a question needs them."""
        found: set[tuple[int, int]] = set()
        for month, name in enumerate(MONTHS.split("|"), start=1):
            terms = self.normalizer.terms_of_words([name])
            if terms:
                ids = [self.term_ids[t] for t in terms if t in self.term_ids]
                facts = (self.knowledge.facts[n] for term_id in ids for n in self.users(term_id))
                texts: Iterable[str] = (text for fact in facts for text in (fact.answer, fact.quote))
            else:  # "May" is a function word, in no fact's terms: the documents' own text, where quotes come from
                texts = (document.text for document in self.knowledge.documents.values())
            for text in texts:
                for mention in DATE_MENTION.finditer(text):
                    if name in mention.group().lower():
                        found.update((month, int(day)) for day in _DAY.findall(mention.group()))
        return frozenset(found)

    @cached_property
    def question_term_ids(self) -> frozenset[int]:
        """Ids of the question words (what, when, who, ...) the fact base uses."""
        return frozenset(self.term_ids[s] for s in QUESTION_STEMS if s in self.term_ids)

    def in_context(self, options: list[str], known: list[str]) -> int:
        """Which of `options` (terms, most likely first) a fact uses together with the most of the `known`
        terms (those of the question that need no correction): its position; the first on a tie."""
        context = {self.term_ids[t] for t in known if t in self.term_ids and t not in QUESTION_STEMS}
        # With nothing else to go by, a reading that is a fact's term (or a function word: "") beats one that is
        # neither: "tlaking" is "talking" (a word of talk), not "taking", a word of the fact base only inside
        # "taking part".
        best = next((n for n, option in enumerate(options) if not option or option in self.term_ids), 0)
        best_shared = 0
        if not context:
            return best
        for position, option in enumerate(options):
            term = self.term_ids.get(option)
            if term is None:
                continue
            # A sample of the facts using the option is enough: a typo's right reading shares a rare word.
            sample = self.postings[term][:CONTEXT_SAMPLE]
            shared = max((len(context.intersection(self.fact_terms[n])) for n in sample), default=0)
            if shared > best_shared:
                best, best_shared = position, shared
        return best

    def retyped(self, subjects: list[str], typos: AbstractSet[str]) -> dict[str, str]:
        """Misspellings that are words of the fact base themselves: {question term: the term one fact has
        instead}, when one fact holds every one of `subjects` once at most RETYPE_TERMS of them, each one
        of `typos`, are read as the only term of that fact one edit away ("dofos" for the "difos husis" of a
        fact about Dizevul and the husis). Fewest changes win; {} if there is no such fact or two disagree."""
        ids = {t: self.term_ids.get(t) for t in subjects}
        known = [i for i in ids.values() if i is not None]
        if not known or len(ids) < 2 or not typos:
            return {}
        if not all(t in typos for t, i in ids.items() if i is None):
            return {}  # a word no fact has, that can't be a misspelling of one: no fact holds it
        # The fact holds every subject word that can't be a misspelling, so it is among the facts of the rarest
        # of those; and all but RETYPE_TERMS of the others, so it is among the facts of any few of them.
        # Whichever way reads fewer facts.
        fixed = [self.term_ids[t] for t in ids if t not in typos and t in self.term_ids]
        others = sorted((self.term_ids[t] for t in ids if t in typos and t in self.term_ids), key=self.posting_size)
        least = sum(t in typos for t in ids) - RETYPE_TERMS  # of the others, the fact holds at least this many
        ways = [[min(fixed, key=self.posting_size)]] if fixed else []
        if least >= 1 and len(others) >= least:
            ways.append(others[: len(others) - least + 1])
        elif not fixed:
            ways.append(others)  # it holds one subject word at least, so one of these
        if not ways:
            return {}
        anchors = min(ways, key=lambda way: sum(map(self.posting_size, way)))
        facts = dict.fromkeys(islice((n for i in anchors for n in self.users(i)), RETYPE_SAMPLE))
        # A fact that holds every word that can't be misspelt misses only misspellable ones, and those that
        # hold the most subject words are the ones that matter: counted at C speed (a set meets each fact's rows),
        # the missing words spelt out only for them.
        terms, term_offsets = self.fact_terms.values, self.fact_terms.offsets
        quoted, quote_offsets = self.fact_quote_terms.values, self.fact_quote_terms.offsets
        wanted, must = set(known), set(fixed)
        most, holding = -1, list[tuple[int, set[int]]]()  # the most subject words a fact holds; who holds which
        for number in facts:
            has = wanted.intersection(terms[term_offsets[number] : term_offsets[number + 1]])
            has.update(wanted.intersection(quoted[quote_offsets[number] : quote_offsets[number + 1]]))
            if must <= has and len(has) >= most:
                if len(has) > most:
                    most, holding = len(has), []
                holding.append((number, has))
        fewest = len(ids) - most  # subject words missing from the closest facts
        if most < 0 or fewest == 0 or fewest > RETYPE_TERMS or len(holding) > RETYPE_CHECKS:
            return {}  # a fact holds them all as typed, none holds most, or too many do: nothing to fix
        closest = [(n, [t for t, i in ids.items() if i is None or i not in has]) for n, has in holding]
        from rapidfuzz.distance import OSA  # noqa: PLC0415 - only a question no fact answers gets here

        names = self.term_names
        found: list[dict[str, str]] = []
        for number, missing in closest:
            held = (*self.fact_terms[number], *self.fact_quote_terms[number])
            swaps = {}
            for typo in missing:
                near = {names[i] for i in held if OSA.distance(typo, names[i], score_cutoff=1) <= 1}
                if len(near) != 1:
                    break
                swaps[typo] = near.pop()
            else:
                found.append(swaps)
        return found[0] if found and all(swaps == found[0] for swaps in found) else {}

    @cached_property
    def term_names(self) -> list[str]:
        """Term id -> term."""
        names = [""] * len(self.term_ids)
        for term, term_id in self.term_ids.items():
            names[term_id] = term
        return names

    def uses(self, number: int, term: str) -> bool:
        """Whether fact `number` uses `term`, in its own words or in the sentence that proves it."""
        term_id = self.term_ids.get(term)
        return term_id is not None and (term_id in self.fact_terms[number] or term_id in self.fact_quote_terms[number])

    def users(self, term_id: int) -> Iterator[int]:
        """Numbers of the facts that use a term, in their own words or their quote (no fact is in both)."""
        return chain(self.postings[term_id], self.quote_postings[term_id])

    def posting_size(self, term_id: int) -> int:
        """How many facts use a term, in their own words or their quote."""
        return self.postings.size(term_id) + self.quote_postings.size(term_id)

    def facts_using_all(self, text: str) -> tuple[Fact, ...]:
        """Facts whose questions, answer or tags use every term of `text` (aliases included)."""
        terms, _ = self.normalizer.question_terms(text)
        ids = [self.term_ids.get(t) for t in terms]
        if not ids or None in ids:
            return ()
        return tuple(self.knowledge.facts[n] for n in self.using_all([i for i in ids if i is not None]))

    def using_all(self, term_ids: list[int]) -> Iterator[int]:
        """Numbers of the facts whose own words (questions, answer, tags) use every one of `term_ids`, in order."""
        if not term_ids:
            return
        rarest = min(term_ids, key=self.postings.size)
        for number in self.postings[rarest]:
            terms = self.fact_terms[number]
            if all(i in terms for i in term_ids):
                yield number


_SENTENCE_END = pattern(r"(?<=[.!?])\s+")


def _proving_sentence(sentences: Sequence[Sequence[int]], answer: set[int]) -> Sequence[int]:
    """Term ids of the quote's sentence that proves the answer (the one sharing most terms with it), in order.

    A quote may take in the sentence before, to say who "they" are; that sentence is another fact's
    own, and crediting its words to this fact drew questions about the other one here.
    """
    best: Sequence[int] = ()
    best_overlap = -1
    for sentence in sentences:
        overlap = len(answer.intersection(sentence))
        if overlap >= best_overlap:  # a tie goes to the later sentence: context comes first
            best, best_overlap = sentence, overlap
    return best


def _split_sentence(sentence: Sequence[int], owns: Sequence[set[int]], credits: Sequence[set[int]]) -> None:
    """Share one proving sentence out between the facts it proves (each fact's own terms in `owns`, the sentence's
    other terms it is credited with in `credits`, trimmed here): what follows a fact's own part of the sentence and
    another of them says in its own words is that one's. "They discussed practical arrangements …, thus
    demonstrating their common desire to …": the desire is not the arrangements' ("what did the practical
    arrangements show?" had drawn the arrangements by their quote's "demonstrating"), while the arrangements stay
    the desire's context, as a sentence before a fact's own stays its context (_proving_sentence)."""
    for own, credit in zip(owns, credits, strict=True):
        last = max((n for n, term in enumerate(sentence) if term in own), default=-1)
        if last < 0:
            continue
        others = set().union(*(o for o in owns if o is not own))
        credit -= (set(sentence[last + 1 :]) - set(sentence[: last + 1])) & others


@dataclass
class Segment:
    """What indexing needs from some facts (one fact file, as a rule), with term ids of its own.

    A segment depends only on its facts and the aliases, so it is cached per file: after an edit
    to one file of a large fact base only that file is read and indexed again, and `assemble`
    joins the segments, mapping each one's term ids to the index's.
    """

    facts: FactTable
    terms: tuple[str, ...]  # local term id -> term; id 0 is the separator
    full: PackedRows  # per fact: local ids of its own words (postings are these rows inverted, when assembled)
    quote_only: PackedRows  # per fact: local ids found only in its proving sentence
    words: Counter[str]  # surface words and how often, for the typo vocabulary
    tags: frozenset[str]  # the topics its facts carry (channels.yaml may name only these)
    # Per phrasing of each fact in turn (its questions, affirms and answer): local ids, each once. The
    # precision bound needs every phrasing's weight, and summing rows of a flat array is C work.
    phrasing_rows: PackedRows
    ids: frozenset[str]  # its facts' ids, to find one used twice across files at C speed


def segment_of(facts: Iterable[Fact], normalizer: Normalizer) -> Segment:
    """Turn facts into terms (the costly part of indexing: every text is split, stemmed and aliased)."""
    enabled = gc.isenabled()
    gc.disable()  # millions of small objects and no cycles: the cyclic collector would only rescan them
    try:
        return _segment_of(FactTable.of(list(facts)), normalizer)
    finally:
        if enabled:
            gc.enable()


def _segment_of(table: FactTable, normalizer: Normalizer) -> Segment:
    # Every text of every fact is split, stemmed and aliased as one run of words, with the separator word
    # between texts (it keeps an alias from matching across two of them): a few calls on long lists
    # instead of several per fact, whose overhead was a quarter of indexing a large fact base.
    texts: list[str] = []
    shapes: list[tuple[int, int]] = []  # per fact: how many of its own texts, how many quote sentences
    for fact in table:
        own_texts = (*fact.phrasings, fact.answer, *fact.tags)
        sentences = [part for part in _SENTENCE_END.split(fact.quote) if part.strip()] or [fact.quote]
        texts += own_texts
        texts += sentences
        shapes.append((len(own_texts), len(sentences)))
    found = words(_SEPARATOR.join(texts))
    counts = Counter(found)
    counts.pop(_SEPARATOR_TERM, None)
    terms = normalizer.terms_of_words(found)
    local = {term: number for number, term in enumerate(dict.fromkeys(chain((_SEPARATOR_TERM,), terms)))}
    numbered = list(map(local.__getitem__, terms))
    ends = [n for n, term in enumerate(numbered) if term == 0]
    ends.append(len(numbered))

    fulls: list[set[int]] = []
    provings: list[set[int]] = []
    # Facts proved by one sentence, by its words: the curator has split what it says between them.
    sharing: dict[tuple[int, ...], list[int]] = {}
    phrasing_rows = PackedRows()
    text, start = 0, 0  # the next text, and where it starts in `numbered`
    for fact, (own, quoted) in zip(table, shapes, strict=True):
        sequence = numbered[start : ends[text + own - 1]]
        full = set(sequence)
        full.discard(0)
        bounds = [start, *(end + 1 for end in ends[text : text + own + quoted])]  # where each of its texts starts
        quote_parts = [numbered[a : b - 1] for a, b in pairwise(bounds[own:])]
        if len(quote_parts) == 1:
            sentence: Sequence[int] = quote_parts[0]
        else:
            answer = len(fact.phrasings)
            sentence = _proving_sentence(quote_parts, set(numbered[bounds[answer] : bounds[answer + 1] - 1]))
        sharing.setdefault(tuple(sentence), []).append(len(fulls))
        fulls.append(full)
        provings.append(set(sentence) - full)
        for a, b in pairwise(bounds[: len(fact.phrasings) + 2]):  # each phrasing, and the answer
            phrasing_rows.append(set(numbered[a : b - 1]))
        text += own + quoted
        start = bounds[-1]
    for shared, group in sharing.items():
        if len(group) > 1:
            _split_sentence(shared, [fulls[n] for n in group], [provings[n] for n in group])
    return Segment(
        table,
        tuple(local),
        PackedRows(fulls),
        PackedRows(provings),
        counts,
        frozenset(tag for fact in table for tag in fact.tags),
        phrasing_rows,
        frozenset(table.id_of(n) for n in range(len(table))),
    )


def build_index(knowledge: KnowledgeBase) -> Index:
    """Index a fact base for `answer`."""
    normalizer = Normalizer(knowledge.aliases)
    return assemble(knowledge, [segment_of(knowledge.facts, normalizer)], normalizer)


def assemble(knowledge: KnowledgeBase, segments: Sequence[Segment], normalizer: Normalizer | None = None) -> Index:
    """The index of a fact base from its segments (`knowledge.facts` must be their facts, in order), with the
    normalizer of `knowledge.aliases` that made them, if there is one at hand (the index takes it over)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _assemble(knowledge, segments, normalizer or Normalizer(knowledge.aliases))
    finally:
        if enabled:
            gc.enable()


def _assemble(knowledge: KnowledgeBase, segments: Sequence[Segment], normalizer: Normalizer) -> Index:
    counts: Counter[str] = Counter()
    for group in knowledge.aliases:
        for text in (group.canonical, *group.variants, *group.exact):
            counts.update(words(text))
    # Ids in order of first use, as one setdefault per term of every segment gave, at C speed.
    every_term = dict.fromkeys(chain((_SEPARATOR_TERM,), *(segment.terms for segment in segments)))
    term_ids = {term: number for number, term in enumerate(every_term)}
    tables = [array("I", map(term_ids.__getitem__, segment.terms)) for segment in segments]
    bases = accumulate((len(segment.facts) for segment in segments), initial=0)
    parts = list(zip(segments, tables, bases, strict=False))  # bases has one more: the total
    postings = inverted([(s.full, t, base) for s, t, base in parts], len(term_ids))
    quote_postings = inverted([(s.quote_only, t, base) for s, t, base in parts], len(term_ids))
    for segment in segments:
        counts.update(segment.words)
    normalizer.vocabulary = Vocabulary.of(counts)
    fact_terms = PackedRows.joined((s.full, t) for s, t in zip(segments, tables, strict=True))
    fact_quote_terms = PackedRows.joined((s.quote_only, t) for s, t in zip(segments, tables, strict=True))

    count = len(knowledge.facts)
    document_frequency = map(add, postings.sizes(), quote_postings.sizes())
    weights = array("d", (math.log(1 + count / max(1, df)) for df in document_frequency))
    for term in LIGHT_VERB_STEMS & term_ids.keys():
        weights[term_ids[term]] *= LIGHT_VERB_SHARE
    unknown_weight = UNKNOWN_FACTOR * math.log(1 + max(count, 1))
    rows = PackedRows.joined((s.phrasing_rows, t) for s, t in zip(segments, tables, strict=True))
    asking = [term_ids[s] for s in QUESTION_STEMS if s in term_ids]
    first, sums, sizes, lightest = _phrasing_figures(rows, weights, asking, knowledge.facts)
    return Index(
        knowledge,
        normalizer,
        term_ids,
        weights,
        postings,
        quote_postings,
        fact_terms,
        fact_quote_terms,
        rows,
        first,
        sums,
        sizes,
        unknown_weight,
        lightest,
    )


def _phrasing_figures(
    rows: PackedRows, weights: array[float], asking: list[int], facts: FactTable
) -> tuple[array[int], array[float], array[int], array[float]]:
    """Per fact, its first phrasing row; per phrasing, its weight and its number of terms that are not question
    words (at most 255); per fact, the weight of its lightest phrasing that weighs anything (0 if none does).

    In NumPy, whole arrays at a time: there are some 600,000 phrasings at 100,000 facts. A row's weight is a
    difference of prefix sums; it differs from summing the row alone by rounding only (under 1e-9), far inside
    the slack the matcher's bound keeps (ROUNDING)."""
    import numpy as np  # noqa: PLC0415 - see PackedRows.joined

    texts = np.asarray(facts.phrasing_counts(), dtype=np.int64) + 1  # its answer counts as one more
    first = np.concatenate(([0], np.cumsum(texts))).astype(np.uint32)
    if not len(facts):
        return array("I", first.tobytes()), array("d"), array("B"), array("d")
    values = np.asarray(rows.values, dtype=np.intp)
    offsets = np.asarray(rows.offsets, dtype=np.intp)
    prefix = np.concatenate(([0.0], np.cumsum(np.asarray(weights, dtype=np.float64)[values])))
    sums = prefix[offsets[1:]] - prefix[offsets[:-1]]
    plain = np.concatenate(([0], np.cumsum(~np.isin(values, np.asarray(asking, dtype=np.intp)))))
    sizes = np.minimum(plain[offsets[1:]] - plain[offsets[:-1]], 255).astype(np.uint8)
    heavy = np.where(sums > 0, sums, np.inf)  # a phrasing of filler words only bounds nothing
    lightest = np.minimum.reduceat(heavy, first[:-1].astype(np.intp))
    lightest[np.isinf(lightest)] = 0.0
    return (
        array("I", first.tobytes()),
        array("d", sums.tobytes()),
        array("B", sizes.tobytes()),
        array("d", lightest.tobytes()),
    )
