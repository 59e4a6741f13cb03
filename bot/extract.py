"""Draft facts from a new document: one candidate per sentence, for a curator to edit and keep."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

from rapidfuzz import fuzz, utils

from bot.knowledge.validate import quote_problems
from bot.matching.everyday import EVERYDAY_WORDS
from bot.patterns import pattern
from bot.words import QUESTION_WORDS, STOPWORDS, fold, words

# A sentence ends at . ! or ? followed by whitespace, or at a line break (titles have no stop).
_SENTENCE = pattern(r"[^\s].*?(?:[.!?](?=\s|$)|(?=\n)|$)", re.DOTALL)
_NAME = pattern(r"\b(?:(?:al|el|as|bin|de|von)-)?[A-Z][\w'’-]*(?:\s+(?:(?:al|el|as|bin|de|von)-)?[A-Z][\w'’-]*)*")
SAME_NAME_SCORE = 75  # rapidfuzz ratio from which two spellings are offered as one name
KEYWORDS = 3


def sentences(text: str) -> list[tuple[int, int, str]]:
    """(start, end, sentence) for every sentence of a text, offsets into the text."""
    found = []
    for match in _SENTENCE.finditer(text):
        sentence = match.group().strip()
        if len(words(sentence)) >= 3:
            start = match.start()
            found.append((start, start + len(sentence), sentence))
    return found


def keywords(sentence: str, frequency: Counter[str], count: int = KEYWORDS) -> list[str]:
    """The sentence's rarest content words in the document: what it is most specifically about."""
    content = [w for w in dict.fromkeys(words(sentence)) if w not in STOPWORDS | EVERYDAY_WORDS | QUESTION_WORDS]
    return sorted(content, key=lambda w: (frequency[w], -len(w)))[:count]


def name_variants(text: str) -> list[list[str]]:
    """Groups of capitalised names that look like spellings of one another ("Sisi", "Sissi")."""
    names = []
    for match in _NAME.finditer(text):
        # A lone capital "I" joins two names in some translations ("Putin I al-Sisi" = "and").
        for part in re.split(r"\s+I\s+", match.group()):
            name = _drop_leading_filler(part.strip())
            if name and name not in names:
                names.append(name)
    groups: list[list[str]] = []
    for name in names:
        for group in groups:
            if any(_same(name, other) for other in group):
                group.append(name)
                break
        else:
            groups.append([name])
    return [g for g in groups if len(g) > 1]


def _drop_leading_filler(name: str) -> str:
    parts = name.split()
    while parts and (
        fold(parts[0]) in STOPWORDS or fold(parts[0]) in EVERYDAY_WORDS or fold(parts[0]) in QUESTION_WORDS
    ):
        parts.pop(0)
    return " ".join(parts)


def _same(a: str, b: str) -> bool:
    # Compare last words too: "Vladimir Putin" and "Poutine" are one person.
    whole = fuzz.ratio(a, b, processor=utils.default_process)
    last = fuzz.ratio(a.split()[-1], b.split()[-1], processor=utils.default_process)
    return max(whole, last) >= SAME_NAME_SCORE


def draft_yaml(path: Path, *, document_id: str | None = None) -> str:
    """A facts file draft for `path`: copy it into knowledge/facts/ and edit every entry."""
    text = path.read_text(encoding="utf-8")
    doc_id = document_id or re.sub(r"[^a-z0-9]+", "-", fold(path.stem)).strip("-")
    frequency = Counter(words(text))
    lines = [
        f"# Draft facts for {path} - a starting point, not a fact base. For each entry: rewrite",
        "# `answer` as a short answer in plain words, add the phrasings people would really use,",
        "# trim `quote` to the words that prove the answer (it must stay verbatim), set `tags`.",
        f"# Add the document to knowledge/documents.yaml with id {doc_id}, then run `python -m bot check`.",
        f"document: {doc_id}",
        "facts:",
    ]
    found = sentences(text)
    for number, (start, end, sentence) in enumerate(found, 1):
        keys = keywords(sentence, frequency)
        quote_start = start
        if number > 1 and quote_problems(sentence, text, start):
            quote_start = found[number - 2][0]  # "They also …": take in the sentence that says who
        quote = text[quote_start:end]
        problems = quote_problems(quote, text, quote_start)
        if problems:
            lines.append(f"  # skipped characters {start}-{end} ({sentence[:40]!r}): {problems[0]}")
            continue
        lines += [
            f"  - id: {doc_id}-{number:02d}-{'-'.join(keys[:2]) or 'claim'}",
            f"    # characters {quote_start}-{end} of {path}",
            "    questions:",
            f"      - {json.dumps('What does the document say about ' + ' and '.join(keys) + '?')}",
            f"      - {json.dumps(' '.join(keys))}",
            f"    answer: {json.dumps(sentence, ensure_ascii=False)}",
            f"    quote: {json.dumps(' '.join(quote.split()), ensure_ascii=False)}",
            f"    tags: {json.dumps(keys[:1])}",
        ]
    groups = name_variants(text)
    if groups:
        lines.append("# Name variants found in the document; add them to knowledge/aliases.yaml under names:")
        for group in groups:
            lines.append(f"#   - canonical: {group[0]}")
            lines.append(f"#     variants: [{', '.join(group[1:])}]")
    return "\n".join(lines) + "\n"
