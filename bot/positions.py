"""Places in a document a question points to: "in the second paragraph, what did they call for?", "what does the
last sentence say they want?", or the document's own words in quotation marks ("what does 'humanitarian impulse'
refer to?"). Only facts quoted from that place may answer."""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache

from bot.knowledge import Fact, KnowledgeBase
from bot.patterns import pattern
from bot.words import QUESTION_WORDS, STOPWORDS, words

_ORDINALS = {
    "first": 0, "1st": 0, "opening": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3,
    "fifth": 4, "5th": 4, "sixth": 5, "6th": 5, "seventh": 6, "7th": 6, "last": -1, "final": -1, "closing": -1,
    "concluding": -1, "penultimate": -2, "second to last": -2, "second-to-last": -2,
}  # fmt: skip
_POINTING = pattern(
    # "Last paragraph: what was discussed?": the article left out where the place opens the message.
    r"(?:\b(?:does|did|do)\s+)?(?:\b(?:in|from|of|according\s+to|per)\s+)?(?:\bthe\s+|^\W*)"
    rf"(?P<ordinal>{'|'.join(sorted((re.escape(o) for o in _ORDINALS), key=len, reverse=True))})\s+"
    r"(?P<unit>paragraph|sentence)\b(?:\s+of\s+(?:the|this)\s+(?:article|document|report|piece|text|story))?"
    # "What does the last sentence say they want?": the place is where something is said; and what it ends or opens
    # with is what it says there ("the last paragraph ends with something about …").
    r"(?:\s+(?:say|says|said|mention|mentions|tell|tells)\b"
    r"|\s+(?:end|ends|ended|close|closes|closed|conclude|concludes|concluded|finish|finishes|finished|open|opens"
    r"|opened|start|starts|started|begin|begins|began)"
    r"\s+(?:with|by|on)\b)?",
    re.IGNORECASE,
)
# The document's ends, named as such: "how does the article end?" asks what its last sentence says, "what does it say
# at the beginning of the article?" what its first does.
_DOCUMENT = r"(?:the|this|that)\s+(?:article|document|report|piece|text|story)"
_EDGE = pattern(
    rf"\bhow\s+does\s+(?:{_DOCUMENT}|it)\s+(?P<verb>end|close|conclude|finish|begin|start|open)\b"
    rf"|\b(?:at|in)\s+the\s+(?P<noun>end|close|conclusion|beginning|start|opening)\s+of\s+{_DOCUMENT}"
    # Closing the question, of nothing named: the document's, what the asker reads ("what goal did they share at the
    # end?"); "at the end of October" names what it is the end of.
    r"|\b(?:at|in|towards?)\s+the\s+(?P<last>end|close|conclusion|beginning|start|opening|outset)(?=[\s?.!]*$)",
    re.IGNORECASE,
)
_EDGE_HINTS = ("end", "clos", "conclu", "finish", "begin", "start", "open", "outset")
_AT_START = frozenset(("begin", "start", "open", "beginning", "opening", "outset"))


def _at_edge(found: re.Match[str]) -> str:
    ordinal = "first" if (found["verb"] or found["noun"] or found["last"]).lower() in _AT_START else "last"
    if found["last"] and ordinal == "last":
        # Said in passing, the end is a stretch (that sentence or the ones before it), not the one sentence; the first
        # paragraph is the headline.
        return "in the last paragraph"
    return f"what does the {ordinal} sentence say" if found["verb"] else f"in the {ordinal} sentence"


# Paragraphs are runs of lines with text; sentences end at a stop followed by a space (not "U.S.").
_PARAGRAPH = pattern(r"(?:[^\n]*\S[^\n]*(?:\n|$))+")
_SENTENCE = pattern(r"\S(?:.|\n)*?(?:[.!?]+[\"”’)]*(?=\s|$)|\Z)")
_ENDS_SENTENCE = pattern(r"[.!?][\"”’)]*\s*$")


def at_position(
    asked: str, knowledge: KnowledgeBase, allowed: Container[int] | None
) -> tuple[str, Container[int] | None]:
    """The question without the words that point into the document, and the facts it may then be answered from
    (those of `allowed` quoted from that place). With several documents, which one's paragraph is meant is not said:
    that place in each of them. Unchanged where the question points nowhere."""
    lowered = asked.lower()
    if any(hint in lowered for hint in _EDGE_HINTS):
        asked = _EDGE.sub(_at_edge, asked)
        lowered = asked.lower()
    if "paragraph" not in lowered and "sentence" not in lowered:
        return asked, allowed
    found = _POINTING.search(asked)
    if found is None:
        return asked, allowed
    unit = found["unit"].lower()
    position = _ORDINALS[" ".join(found["ordinal"].lower().replace("-", " ").split())]
    spans = {}
    for document in knowledge.documents.values():
        places = _places(document.text, unit)
        if -len(places) <= position < len(places):
            spans[document.id] = places[position]
    rest = f"{asked[: found.start()]} {asked[found.end() :]}"
    return " ".join(rest.split()).lstrip(" ,;:"), _QuotedFrom(knowledge, spans, allowed)


@lru_cache(maxsize=4096)
def _places(text: str, unit: str) -> tuple[tuple[int, int], ...]:
    """Where each paragraph or sentence of a document's text starts and ends (worked out once per text: a question
    pointing into several documents reads each of them)."""
    paragraphs = _paragraphs(text)
    if unit == "paragraph":
        return tuple(paragraphs)
    return tuple(
        (start + m.start(), start + m.end()) for start, end in paragraphs for m in _SENTENCE.finditer(text[start:end])
    )


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Where each paragraph of a document's body starts and ends: a first line with no stop is its headline."""
    found = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    first = text[found[0][0] : found[0][1]] if found else ""
    return found[1:] if first and "\n" not in first.strip() and not _ENDS_SENTENCE.search(first) else found


class _QuotedFrom:
    """The facts (of those `allowed`) whose quote overlaps the stretch named for their document; read lazily, as the
    matcher reaches them."""

    def __init__(
        self, knowledge: KnowledgeBase, spans: dict[str, tuple[int, int]], allowed: Container[int] | None
    ) -> None:
        self._facts, self._spans, self._allowed = knowledge.facts, spans, allowed
        self.one_document = len(knowledge.documents) == 1

    def __contains__(self, number: object) -> bool:
        if not isinstance(number, int) or (self._allowed is not None and number not in self._allowed):
            return False
        fact = self._facts[number]
        span = self._spans.get(fact.document)
        return span is not None and fact.start < span[1] and span[0] < fact.end


def quoted_there(knowledge: KnowledgeBase, allowed: Container[int] | None) -> list[Fact]:
    """The facts a question pointing into the document may be answered from, in the document's order: what "what
    does the second sentence say?" asks for. Empty unless `allowed` came from at_position, and where the fact base
    holds several documents (the second sentence of every one of them is no answer)."""
    if not isinstance(allowed, _QuotedFrom) or not allowed.one_document:
        return []
    return in_document_order(knowledge, allowed)


# Words in quotation marks: straight or curly, double or single (a single quote only where no letter touches it
# on the outside: "Egypt's" and "didn't" hold apostrophes, not quotes); or in backticks, Slack's code, with which
# people quote exact words as often ("what does `humanitarian impulse` refer to?").
_QUOTED = pattern(
    r'"(?P<straight>[^"\n]{2,200}?)"|“(?P<curly>[^”\n]{2,200}?)”|‘(?P<single>[^’\n]{2,200}?)’'
    r"|(?<!\w)'(?P<plain>[^'\n]{2,200}?)'(?!\w)|`(?P<code>[^`\n]{2,200}?)`"
)
_QUOTE_MARKS = frozenset("\"“‘'`")
MIN_QUOTED_CHARS = 4  # a quoted word shorter than this ("'it'") names no place
# What a question says of words it quotes, besides asking: "what does 'X' mean?", "why does the author use 'X'?".
_OF_WORDS = frozenset(
    "mean means meant meaning refer refers referred referring reference mention mentions mentioned use uses used "
    "using phrase phrases word words term terms expression context article document author writer text passage "
    "quote quoted exactly line".split()
)


# Words pasted without quotation marks, set off from a question that asks nothing of its own: "in times of crisis -
# what's that about?", "a crucial step: meaning?". Read as quoted where the document holds them as they are.
_PASTED = pattern(r"^\W*(?P<phrase>[^?!:;—–\n]{8,200}?)(?:\s+[-–—]+\s*|\s*[:—–]\s*)(?P<rest>[^\n]{0,60})$")
MIN_PASTED_WORDS = 3
_ASKS_WHAT = frozenset("what which who mean means meant meaning refer refers referring context".split())


def _pasted(asked: str) -> str | None:
    """The message with pasted words in quotation marks (see _PASTED), or None."""
    if not any(mark in asked for mark in ":-—–"):
        return None
    found = _PASTED.match(asked)
    if found is None:
        return None
    phrase, rest = words(found["phrase"]), words(found["rest"])
    if len(phrase) < MIN_PASTED_WORDS or all(w in STOPWORDS for w in phrase) or not rest:
        return None
    if any(w not in STOPWORDS and w not in QUESTION_WORDS and w not in _OF_WORDS for w in rest):
        return None  # "Gaza aid - what did they call for?" asks its own question of its subject
    if _ASKS_WHAT.isdisjoint(rest):
        return None  # "children and women - mentioned?" asks whether they were, which a yes may answer
    return f'"{found["phrase"]}" {found["rest"]}'


# The document's own sentences asked for by a word they hold: "show me the sentence that mentions Cairo", "the line
# about the hostages?", "which paragraph talks about the Middle East?". The word as typed, where the document has it.
_MENTIONING = pattern(
    r"^\W*(?:(?:can|could|would)\s+you\s+|please\s+|pls\s+)*"
    r"(?:(?:show|tell|give|find|quote|get|paste|point)(?:\s+(?:me|us))?(?:\s+to)?\s+|what(?:['’]?s|\s+is|\s+was)\s+"
    r"|where(?:['’]?s|\s+is)\s+)?"
    r"(?:(?:the|a|any|which)\s+)?(?:sentences?|lines?|passages?|parts?|bits?|paragraphs?)\s+"
    r"(?:(?:that|which|where)\s+(?:(?:it|they|the\s+article)\s+)?)?"
    r"(?:mentions?|mentioning|mentioned|names?|naming|contains?|containing|with|about|on|says?|talks?\s+about"
    r"|refers?\s+to|referring\s+to)\s+(?P<phrase>[^?!.\n]{2,80}?)\W*$",
    re.IGNORECASE,
)


# What the document calls something, asked back by its words: "what's described as deadly?", "whose assistance gets
# called valuable?", "what does the piece call devastating?", "the piece calls something undeniable - what?". The
# words are the document's own, as a quotation is.
# Anywhere in a message, as Slack messages wrap a question ("hey briefbot, …", "does anybody know …"), up to its mark,
# a dash or a closing word ("… pls", "… asap").
_WRAPPED = r"(?:^|(?<=[^\w'’]))\W*"
_WRAPPED_END = r"(?=\s*(?:[?!.]|[-–—]\s|$)|\s+(?:pls|plz|please|asap|thanks|thx|ty|cheers|lol)\b)"
# The document, or whoever wrote it, as the one who calls a thing so.
_CALLER = r"(?:article|piece|writer|author|report|story|text|document)"
_CALLED_SO = pattern(
    rf"{_WRAPPED}(?:what|which(?:\s+[\w-]+)?|whose(?:\s+[\w-]+)?|who)(?:['’]?s|\s+is|\s+was|\s+are|\s+were|\s+gets?"
    r"|\s+got)\s+(?:described|called|termed|labell?ed|dubbed|referred\s+to|characteri[sz]ed|portrayed)\s+(?:as\s+)?"
    rf"(?P<phrase>[^?!.\n]{{2,60}}?)(?:\s+(?:in|by)\s+the\s+{_CALLER})?{_WRAPPED_END}"
    rf"|{_WRAPPED}what\s+(?:does|did)\s+(?:the\s+|this\s+)?{_CALLER}\s+"
    r"(?:call|calls|term|label|describe\s+as|refer\s+to\s+as)\s+(?!(?:the|a|an|this|that|their|its|his|her)\s)"
    rf"(?P<phrase2>[^?!.\n]{{2,60}}?){_WRAPPED_END}"
    rf"|{_WRAPPED}(?:the\s+)?{_CALLER}\s+(?:calls|describes|labels|terms)"
    r"\s+(?:something|someone|somebody|some\s+\w+)\s+(?:as\s+)?(?P<phrase3>[^?!.\n]{2,60}?)\s*[-–—,:]+\s*"
    rf"(?:what|who|which){_WRAPPED_END}",
    re.IGNORECASE,
)


_CALLING_HINTS = ("describ", "call", "term", "label", "dubbed", "referred", "characteri", "portray")


def called_in_documents(asked: str, knowledge: KnowledgeBase, allowed: Container[int] | None) -> Quoted | None:
    """The facts whose quote holds the words a question asks back as what the document calls something ("what's
    described as deadly?": "this deadly conflict"), as if it had quoted them; None for any other question."""
    lowered = asked.lower()
    # A few substring tests first: most questions name no calling or describing at all.
    found = _CALLED_SO.search(asked) if any(verb in lowered for verb in _CALLING_HINTS) else None
    if found is None:
        return None
    phrase = found["phrase"] or found["phrase2"] or found["phrase3"]
    if all(w in STOPWORDS for w in words(phrase)):
        return None
    return quoted_in_documents(f'"{phrase}"', knowledge, allowed)


def _mentioning(asked: str) -> str | None:
    """The words a request for the sentences holding them names (see _MENTIONING), or None."""
    if not any(unit in asked.lower() for unit in ("sentence", "line", "passage", "part", "bit", "paragraph")):
        return None
    found = _MENTIONING.match(asked)
    if found is None or all(w in STOPWORDS for w in words(found["phrase"])):
        return None
    return found["phrase"]


@dataclass(frozen=True)
class Quoted:
    """What a question quotes from the documents: the facts whose quote holds those words, and whether the question
    asks anything of them beyond what they refer to."""

    facts: frozenset[int]
    asks_more: bool


def quoted_in_documents(asked: str, knowledge: KnowledgeBase, allowed: Container[int] | None) -> Quoted | None:
    """The facts (of those `allowed`) whose quote holds words the question quotes from a document ("who gave
    'valuable and comprehensive assistance'?"); None where it quotes no document's words. Case, accents and
    punctuation don't count, as in a question's other words."""
    mentioned = None
    if _QUOTE_MARKS.isdisjoint(asked) or not _QUOTED.search(asked):  # "what's" holds no quotation mark
        mentioned = None if (pasted := _pasted(asked)) else _mentioning(asked)
        if pasted is None and mentioned is None:
            return None
        asked = pasted or f'"{mentioned}"'
    spans: dict[str, list[tuple[int, int]]] = {}
    rest = asked
    for found in _QUOTED.finditer(asked):
        marked = next(group for group in found.groups() if group)
        quoted = words(marked)
        if sum(map(len, quoted)) < MIN_QUOTED_CHARS or all(w in STOPWORDS for w in quoted):
            continue
        if found.group("code") and len(quoted) == 1 and marked.strip()[:1].isupper():
            continue  # a name set in code marks ("who did `Putin` speak with?") names him, as many passages do
        phrase = re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, quoted)) + r"(?!\w)", re.IGNORECASE)
        for document in knowledge.documents.values():
            spans.setdefault(document.id, []).extend(m.span() for m in phrase.finditer(document.text))
        rest = rest.replace(found.group(), " ")
    if not any(spans.values()):
        return None
    facts = knowledge.facts
    pinned = frozenset(
        number
        for number in range(len(facts))
        if (allowed is None or number in allowed)
        and _holds(facts.span_of(number), spans.get(facts.document_of(number)))
    )
    if not pinned:
        return None
    if len(pinned) <= _FEW:
        # A quote that takes in the sentence before it, for what "they" stands for, holds that sentence's words too:
        # the fact quoting them most closely is the one they belong to.
        within = {n: (facts.document_of(n), *facts.span_of(n)) for n in pinned}
        pinned = frozenset(n for n in pinned if not any(_inside(within[m], within[n]) for m in pinned if m != n))
    rest_words = words(rest)
    if (antecedent := _antecedent(asked, spans, knowledge, allowed)) is not None:
        return Quoted(frozenset((antecedent,)), asks_more=False)
    asks_more = any(w not in STOPWORDS and w not in QUESTION_WORDS and w not in _OF_WORDS for w in rest_words)
    # "Whose 'common desire' is mentioned?" of a sentence several facts quote asks one thing of it (whose, when),
    # which one of them answers; "what is 'X'?" asks for what they all say.
    asks_more = asks_more or (len(pinned) > 1 and not _ASKS_ONE_THING.isdisjoint(rest_words))
    # A sentence asked for by a word several passages hold ("the line about their common desire") is the one of them
    # the question's words match best.
    return Quoted(pinned, asks_more or (mentioned is not None and len(pinned) > 1))


_FEW = 20  # pinned facts compared pairwise
_ASKS_ONE_THING = frozenset(("who", "whose", "whom", "when", "where"))


def _antecedent(
    asked: str, spans: dict[str, list[tuple[int, int]]], knowledge: KnowledgeBase, allowed: Container[int] | None
) -> int | None:
    """The fact a quoted "this gesture" points back to, where the question asks what it refers to ("what does 'this
    gesture' refer to?"): the fact just before the words in their document, if its quote names the same thing ("In
    a gesture of recognition, Putin expressed his gratitude …"); None otherwise (the words' own fact is shown)."""
    pointing = _POINTS_BACK.search(asked)
    if pointing is None or len(spans) != 1:
        return None
    ((document, found),) = spans.items()
    if len(found) != 1:
        return None
    facts = knowledge.facts
    before = [
        n
        for n in range(len(facts))
        if (allowed is None or n in allowed) and facts.document_of(n) == document and facts.span_of(n)[1] <= found[0][0]
    ]
    if not before:
        return None
    nearest = max(before, key=lambda n: facts.span_of(n))
    start, end = facts.span_of(nearest)
    text = knowledge.documents[document].text[start:end]
    noun = pointing["noun"] or pointing["noun2"]
    return nearest if re.search(rf"(?<!\w){re.escape(noun)}(?!\w)", text, re.IGNORECASE) else None


# A thing pointed back to, quoted, and asked what it refers to: "what does 'this gesture' refer to?", "what is
# 'this gesture'?", "what's meant by 'that step'?".
_POINTS_BACK = pattern(
    r"""['"‘“`](?:this|that|these|those|such\s+an?)\s+(?P<noun>[a-z]+)['"’”`]"""
    r"(?:\s+(?:refer|refers|referring|point|points)\s+(?:back\s+)?to|\s+mean|\s+stand\s+for|\s*\?)"
    r"|(?:meant|means)\s+by\s+['\"‘“`](?:this|that|these|those)\s+(?P<noun2>[a-z]+)['\"’”`]",
    re.IGNORECASE,
)


def _inside(inner: tuple[str, int, int], outer: tuple[str, int, int]) -> bool:
    """Whether one quote lies within another, and is shorter."""
    return inner[0] == outer[0] and outer[1] <= inner[1] and inner[2] <= outer[2] and inner[1:] != outer[1:]


def _holds(quote: tuple[int, int], spans: list[tuple[int, int]] | None) -> bool:
    return spans is not None and any(quote[0] <= start and end <= quote[1] for start, end in spans)


def in_document_order(knowledge: KnowledgeBase, numbers: Container[int]) -> list[Fact]:
    """The facts of these numbers, in the order their quotes stand in the documents (a stable sort: curated order
    among equals)."""
    found = [fact for number, fact in enumerate(knowledge.facts) if number in numbers]
    return sorted(found, key=lambda fact: (fact.document, fact.start, fact.end))


# Number words describe how many, not what a thing is like ("two leaders").
_COUNTING = frozenset("one two three four five six seven eight nine ten both several many few".split())


def describing_words(noun: str, text: str) -> list[tuple[str, int, int]]:
    """The words right before `noun` (or its plural) in a text that describe it: "a devastating conflict",
    "valuable and comprehensive assistance", "a telephone conversation". A capitalised word names which one ("the
    Israeli-Palestinian conflict"), and a function or number word describes nothing ("the conflict", "two leaders").
    Each as (word, start, end of the noun)."""
    found = []
    for match in _describing(noun).finditer(text):
        word = match.group(1)
        if word[0].islower() and word.lower() not in STOPWORDS and word.lower() not in _COUNTING:
            found.append((word, match.start(1), match.end()))
    return found


def names_noun(noun: str, text: str) -> bool:
    """Whether a text holds the noun or its plural, in any case."""
    return _noun(noun).search(text) is not None


@lru_cache(maxsize=64)
def _describing(noun: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’-])([^\W\d_][\w'’-]+)\s+(?i:{re.escape(noun)}s?)(?![\w'’-])")


@lru_cache(maxsize=64)
def _noun(noun: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'’-])(?i:{re.escape(noun)}s?)(?![\w'’-])")


def described_in_documents(noun: str, knowledge: KnowledgeBase, allowed: Container[int] | None) -> frozenset[int]:
    """The facts (of those `allowed`) whose quote holds a word describing `noun` (see describing_words): for each
    place, the one quoting it most closely."""
    spans = {
        document.id: [(start, end) for _, start, end in describing_words(noun, document.text)]
        for document in knowledge.documents.values()
    }
    if not any(spans.values()):
        return frozenset()
    facts = knowledge.facts
    pinned = [
        number
        for number in range(len(facts))
        if (allowed is None or number in allowed)
        and _holds(facts.span_of(number), spans.get(facts.document_of(number)))
    ]
    chosen: set[int] = set()
    for document, places in spans.items():
        for place in places:
            # Each place by the closest quotes holding it: a longer one holds it among more.
            holding = [n for n in pinned if facts.document_of(n) == document and _holds(facts.span_of(n), [place])]
            if holding:
                size = min(_length(facts.span_of(n)) for n in holding)
                chosen.update(n for n in holding if _length(facts.span_of(n)) == size)
    return frozenset(chosen)


def _length(span: tuple[int, int]) -> int:
    return span[1] - span[0]
