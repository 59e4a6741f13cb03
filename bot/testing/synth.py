"""Synthetic but realistic fact bases in the real YAML format, and a seeded query set.

People and places have spelling variants (listed as aliases), vocabulary follows a Zipf law,
every fact has several phrasings and a quote that occurs verbatim in a generated document.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

from bot.matching.everyday import EVERYDAY_WORDS
from bot.words import STOPWORDS, stem

CONSONANTS = "bcdfghklmnprstvz"
VOWELS = "aeiou"
VERBS = [
    ("approved", "approve"),
    ("rejected", "reject"),
    ("announced", "announce"),
    ("criticised", "criticise"),
    ("praised", "praise"),
    ("funded", "fund"),
    ("signed", "sign"),
    ("opened", "open"),
    ("blocked", "block"),
    ("proposed", "propose"),
    ("defended", "defend"),
    ("reviewed", "review"),
    ("launched", "launch"),
    ("suspended", "suspend"),
    ("endorsed", "endorse"),
    ("questioned", "question"),
    ("cancelled", "cancel"),
    ("expanded", "expand"),
    ("investigated", "investigate"),
    ("negotiated", "negotiate"),
]
MONTHS = "January February March April May June July August September October November December".split()
FACTS_PER_DOCUMENT = 400
OFF_TOPIC_PLAIN = [
    "how do I reset my password",
    "what is the capital of France",
    "tell me a joke",
    "what's the weather tomorrow",
    "who won the world cup",
    "best pizza recipe",
    "how tall is the Eiffel Tower",
    "what time is it in Tokyo",
    "recommend a good laptop",
    "how do I file an expense report",
]


# person, three subject words, (past, base) verb, place, month, day
Record = tuple[int, str, str, str, tuple[str, str], str, str, int]


@dataclass(frozen=True)
class Query:
    text: str
    expect: str | None  # fact id, or None: must be refused
    kind: str = "in-scope"  # in-scope, off-topic, near-miss


# Question wordings. The development ones are what the matcher may be looked at against; the
# held-out ones (other words for the same asks, and another seed) are what the benchmark reports,
# and no word list of the matcher was ever tuned to them. (When FRAME_WORDS came to hold "stance" and
# "news", the two wordings that used them were changed to ones no list holds: tests/test_matcher.py.)
DEV_TEMPLATES = (
    "{name} and the {b} {a}: what happened?",
    "did {name} {base} the {a} {b}?",
    "what was {name}'s decision on the {a} {b}",
    "{a} {b} {name}",
)
HELD_OUT_TEMPLATES = (
    "{name}'s posture on the {a} {b}?",
    "what's the scoop on {name} and the {a} {b}",
    "tell me what {name} did with the {b} {a}",
    "{name}, {a} {b}: what's the story?",
    "what was the verdict of {name} regarding the {a} {b}",
    "I'm trying to recall what {name} did about the {a} {b}",
)
# Near misses: a known person with known words that never go together in a fact, or what is to come.
NEAR_MISS_TEMPLATES = (
    "what did {name} {base} about the {x} {y}?",
    "did {name} {base} the {x} {y}?",
    "when will {name} {base} the {a} {b} again?",
)


class Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.used: set[str] = set(STOPWORDS) | set(EVERYDAY_WORDS)

    def word(self, syllables: int) -> str:
        while True:
            word = "".join(self.rng.choice(CONSONANTS) + self.rng.choice(VOWELS) for _ in range(syllables))
            word += self.rng.choice(["", "n", "r", "s", "l", "t"])
            if word not in self.used:
                self.used.add(word)
                return word

    def variant(self, name: str) -> str:
        """Another spelling of a name: a doubled letter, i/y, ov/off, a trailing e."""
        options = [name + "e", name.replace("i", "y", 1), name[:2] + name[1] + name[2:], name.replace("o", "ou", 1)]
        options = [o for o in options if o != name and o.lower() not in self.used]
        choice = self.rng.choice(options)
        self.used.add(choice.lower())
        return choice


def build(folder: Path, facts: int, seed: int = 1) -> list[Query]:
    """Write knowledge/ and seeds/ for `facts` facts under `folder`; return the seeded development queries."""
    return build_sets(folder, facts, seed)[0]


def build_sets(
    folder: Path, facts: int, seed: int = 1, held_out_seed: int = 1_000_003
) -> tuple[list[Query], list[Query]]:
    """Write the fact base; return (development queries, held-out queries). The held-out ones use other
    wordings (HELD_OUT_TEMPLATES) and another seed, so nothing tuned on the first set fits the second."""
    gen = Generator(seed)
    rng = gen.rng
    vocabulary = [gen.word(rng.choice((2, 3))) for _ in range(max(3000, facts // 8))]
    zipf = [1 / (rank + 1) for rank in range(len(vocabulary))]
    people_count, place_count = max(200, facts // 40), max(80, facts // 150)
    people: list[tuple[str, str, str]] = []
    name_stems: set[str] = set()  # two people whose names stem alike would make an alias conflict
    while len(people) < people_count:
        first, last = gen.word(2).title(), gen.word(3).title()
        variant = gen.variant(last)
        own = {stem(last.lower()), stem(variant.lower())}
        if own & name_stems:
            continue
        name_stems |= own
        people.append((first, last, variant))
    places = [gen.word(3).title() for _ in range(place_count)]
    (folder / "knowledge" / "facts").mkdir(parents=True, exist_ok=True)
    (folder / "seeds").mkdir(parents=True, exist_ok=True)

    records: list[Record] = []
    seen: set[tuple[int, str, str]] = set()
    while len(records) < facts:
        person = rng.randrange(people_count)
        n1, n2, n3 = rng.choices(vocabulary, weights=zipf, k=3)
        if n1 == n2 or (person, n1, n2) in seen:
            continue
        seen.add((person, n1, n2))
        verb = rng.choice(VERBS)
        records.append((person, n1, n2, n3, verb, rng.choice(places), rng.choice(MONTHS), rng.randint(1, 28)))

    documents = []
    for start in range(0, facts, FACTS_PER_DOCUMENT):
        doc_id = f"doc-{start // FACTS_PER_DOCUMENT:04d}"
        sentences, fact_lines = [], [f"document: {doc_id}", "facts:"]
        for number in range(start, min(start + FACTS_PER_DOCUMENT, facts)):
            person, n1, n2, n3, (past, base), place, month, day = records[number]
            first, last, _ = people[person]
            quote = f"{first} {last} {past} the {n1} {n2} in {place} on {month} {day}, citing {n3}."
            sentences.append(quote)
            opening = f"What did {last} {base} in {place}?" if rng.random() < 0.3 else None
            questions = [
                opening or f"What did {last} do about the {n1} {n2}?",
                f"{last} {n1} {n2}",
                f"When did {last} {base} the {n1} {n2}?",
                f"Could you tell me what happened with {first} {last} and the {n1} {n2} in {place}?",
            ]
            fact_lines += [
                f"  - id: f{number}",
                "    questions:",
                *(f"      - {json.dumps(q)}" for q in questions),
                f"    answer: {json.dumps(f'{first} {last} {past} the {n1} {n2} in {place}, on {month} {day}.')}",
                f"    quote: {json.dumps(quote)}",
                f"    tags: [{n1}]",
            ]
        text = "\n\n".join(" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5))
        (folder / "seeds" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        (folder / "knowledge" / "facts" / f"{doc_id}.yaml").write_text("\n".join(fact_lines) + "\n", encoding="utf-8")
        documents.append(doc_id)

    doc_lines = ["documents:"]
    for doc_id in documents:
        doc_lines += [
            f"  - id: {doc_id}",
            f"    file: seeds/{doc_id}.txt",
            f"    title: Synthetic report {doc_id}",
            "    publisher: Bench Wire",
            "    covers: Generated decisions by generated people.",
            "    summary:",
            "      short: Generated.",
            "      long: Generated for the benchmark.",
        ]
    (folder / "knowledge" / "documents.yaml").write_text("\n".join(doc_lines) + "\n", encoding="utf-8")
    alias_lines = ["names:"]
    for first, last, variant in people:
        alias_lines += [f"  - canonical: {last}", f"    variants: [{first} {last}, {variant}]"]
    (folder / "knowledge" / "aliases.yaml").write_text("\n".join(alias_lines) + "\n", encoding="utf-8")
    development = make_queries(rng, gen, records, people)
    held_out_gen = Generator(held_out_seed)
    held_out_gen.used = set(gen.used)
    held_out = make_queries(held_out_gen.rng, held_out_gen, records, people, templates=HELD_OUT_TEMPLATES)
    return development, held_out


def typo(rng: random.Random, word: str) -> str:
    if len(word) < 5:
        return word
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("drop", "swap", "change"))
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return word[:i] + rng.choice(VOWELS if word[i] in VOWELS else CONSONANTS) + word[i + 1 :]


def make_queries(
    rng: random.Random,
    gen: Generator,
    records: list[Record],
    people: list[tuple[str, str, str]],
    in_scope: int = 200,
    off_topic: int = 100,
    near_miss: int = 100,
    templates: tuple[str, ...] = DEV_TEMPLATES,
) -> list[Query]:
    """In-scope paraphrases (typos, alias spellings, new word order), off-topic questions and near misses."""
    queries = []
    for number in rng.sample(range(len(records)), min(in_scope, len(records))):
        person, n1, n2, _, (_, base), _, _, _ = records[number]
        first, last, variant = people[person]
        name = variant if rng.random() < 0.5 else rng.choice((last, f"{first} {last}"))
        a, b = (typo(rng, n1), n2) if rng.random() < 0.5 else (n1, n2)
        template = rng.choice(templates)
        queries.append(Query(template.format(name=name, a=a, b=b, base=base), f"f{number}"))
    together = {(p, w) for p, n1, n2, *_ in records for w in (n1, n2)}
    subjects = sorted({w for _, n1, n2, *_ in records for w in (n1, n2)})
    for _ in range(near_miss):
        person, n1, n2, _, (_, base), _, _, _ = rng.choice(records)
        first, last, _ = people[person]
        x, y = rng.sample(subjects, 2)
        while (person, x) in together or (person, y) in together:
            x, y = rng.sample(subjects, 2)
        template = rng.choice(NEAR_MISS_TEMPLATES)
        text = template.format(name=last, base=base, x=x, y=y, a=n1, b=n2)
        queries.append(Query(text, None, "near-miss"))
    for number in range(off_topic):
        if number < len(OFF_TOPIC_PLAIN):
            queries.append(Query(OFF_TOPIC_PLAIN[number], None, "off-topic"))
            continue
        first, last, _ = rng.choice(people)
        unknown = [gen.word(3) for _ in range(2)]
        template = rng.choice(
            (
                "What did {last} say about the {u0} {u1}?",  # a known person, an unknown subject
                "what is the {u0} of {u1}",
                "when did {last} visit {u0}?",
                "{u0} {u1} policy",
            )
        )
        queries.append(Query(template.format(last=last, u0=unknown[0], u1=unknown[1]), None, "off-topic"))
    rng.shuffle(queries)
    return queries
