"""Turn text into matching terms: fold, fix typos, stem, map aliases to one form, drop filler."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from bot.knowledge import AliasGroup
from bot.markup import for_matching
from bot.matching.everyday import EVERYDAY_WORDS, FRAME_WORDS, INTERJECTIONS
from bot.matching.frequency import WRAPPING_WORD, english_spelling, is_english_word, zipf
from bot.patterns import pattern
from bot.words import QUESTION_WORDS, SHORTHAND, STOPWORDS, spelt_out, stem, stems, words

STOP_STEMS = frozenset(stem(w) for w in STOPWORDS)

EVERYDAY_STEMS = frozenset(stem(w) for w in EVERYDAY_WORDS | FRAME_WORDS)
# The light verbs, every form: English's verbs of little meaning of their own (see index.LIGHT_VERB_SHARE).
LIGHT_VERB_STEMS = frozenset(
    stem(w)
    for w in "get gets getting got gotten make makes making made take takes taking took taken give gives giving gave "
    "given come comes coming came go goes going went gone put puts putting".split()
)

# Question words alone are not a question about anything.
QUESTION_STEMS = frozenset(stem(w) for w in QUESTION_WORDS)
# "what" and "which" ask for anything ("which day", "which leaders", "what date"); a fact base that
# seldom phrases a question with "which" gave it a rare word's idf, which sank questions using it. So do
# "whose" and "whom" ("whose evacuation did they discuss?" was drawn to the two facts phrased with "whose"), and
# "where", which one fact's phrasing used ("where is the aid going?" abstained); whether the answer names a place
# is checked apart (replies._gap).
GENERIC_QUESTION_STEMS = frozenset(("what", "which", stem("whose"), stem("whom"), stem("where")))

# Picks one of several equally likely corrections (their terms, most frequent first) given the question's
# known terms: the position of the one chosen.
Context = Callable[[list[str], list[str]], int]

# The particles of English phrasal verbs a question may set apart from their verb ("let the hostages go").
# "Public" is no particle, but "make the agreement public" sets it apart from its verb the same way.
PARTICLES = frozenset(("out", "up", "off", "down", "back", "go", "free", "away", "public"))
SEPARATED = 3  # at most this many words between the verb and its particle ("made the ceasefire news public")

# Typos: words shorter than this are left alone (too many real words sit one edit apart).
MIN_TYPO_LENGTH = 3
_HELD_DOWN = pattern(r"(.)\1{2,}")  # a letter typed three times or more in a row
LONG_WORD = 8  # from this length on, two edits are forgiven instead of one
MIN_INFLECTED_TYPO = 6  # a shorter unknown word is not looked up without its ending
MIN_TRUNCATED = 6  # a word cut short ("humanit") is completed from this many letters: "evac", "pres" could be many
MAX_COMPLETIONS = 4  # more known words than this beginning alike are no one word cut short
INFLECTIONS = ("ings", "ing", "ed", "es", "s")  # endings a misspelt word may carry that its known form lacks
MISSPELLING_ZIPF = 1.5  # wordfreq's web text holds common misspellings too, at about this frequency or below
# A shorter unknown word is too often a name, or another word, that a known word is an edit from, to be read as a
# misspelling on the word lists' say alone (respelling, everyday typos, a lone correction trusted).
MIN_MISSPELLING = 5
# A word this short whose last letter, doubled, makes a known word at least DOUBLED_LEAD commoner in English is read as
# that word ("cal": "call", "tel": "tell").
MAX_UNDOUBLED = 4
DOUBLED_LEAD = 1.4
DOER_SUFFIXES = ("ers", "er")  # the longest first
MEMO_SIZE = 50_000
MIN_DOER_BASE = 4


_ENDING = pattern(rf"(?:{'|'.join(INFLECTIONS)})$")  # the longest first, as listed
_ENDING_LETTERS = frozenset(e[-1] for e in INFLECTIONS)


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _twice_deleted(word: str) -> set[str]:
    return {twice for once in _deletes(word) for twice in _deletes(once)}


class DeletionIndex:
    """Deletion variant -> the known words it comes from, joined by spaces (no word holds one).

    Built as a dict; saved, and loaded from the index cache, as two sorted lists of strings searched by bisection.
    A dict of 100,000 new string keys costs 45 ms to unpickle (each key is hashed again), two lists some 10: this
    is the typo look-up of a 100,000-fact base, and a cached load waits for it. A look-up by bisection takes under a
    microsecond, and only a question's unknown words are looked up. Sorting happens when the cache is written,
    which a large build leaves to a forked copy of the process, beside the first answers.
    """

    __slots__ = ("_found", "_table", "_variants")

    def __init__(self, table: dict[str, str]) -> None:
        self._table: dict[str, str] | None = table
        self._variants: list[str] = []
        self._found: list[str] = []

    def found(self, variant: str) -> str | None:
        """The words `variant` is a deletion of, joined by spaces; None if none."""
        if self._table is not None:
            return self._table.get(variant)
        at = bisect_left(self._variants, variant)
        return self._found[at] if at < len(self._variants) and self._variants[at] == variant else None

    def __len__(self) -> int:
        return len(self._table) if self._table is not None else len(self._variants)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, DeletionIndex) and self._ordered() == other._ordered()

    __hash__ = None  # type: ignore[assignment]  # mutable in spirit, as the dict it stands for

    def _ordered(self) -> list[tuple[str, str]]:
        if self._table is not None:
            return sorted(self._table.items())
        return list(zip(self._variants, self._found, strict=True))

    def __getstate__(self) -> tuple[str, str]:
        ordered = self._ordered()
        # One string each: unpickled at C speed.
        return "\n".join(v for v, _ in ordered), "\n".join(f for _, f in ordered)

    def __setstate__(self, state: tuple[str, str]) -> None:
        self._table = None
        self._variants = state[0].split("\n") if state[0] else []
        self._found = state[1].split("\n") if state[1] else []


@dataclass
class Vocabulary:
    """Surface words the fact base knows, indexed by single deletions for typo look-up (SymSpell)."""

    counts: Counter[str] = field(default_factory=Counter)
    by_delete: DeletionIndex = field(default_factory=lambda: DeletionIndex({}))
    # Whether a word two slips away, one of them a swap, is looked for: for a fact base's words, not for the
    # everyday ones, which would read a near miss's unknown subject as filler ("who meiated the talks?").
    swaps: bool = True
    # Corrections worked out, by word: a question's unknown word is looked up by the wording respeller and again by
    # the matcher, and a served bot meets the same typos again (MEMO_SIZE words at most, then it starts afresh).
    _memo: dict[str, list[str]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def of(cls, counts: Counter[str], *, swaps: bool = True) -> Vocabulary:
        """The vocabulary with these word counts."""
        by_delete: dict[str, list[str]] = {}
        for word in counts:
            if len(word) >= MIN_TYPO_LENGTH and not word.isdigit():
                for variant in _deletes(word):
                    by_delete.setdefault(variant, []).append(word)
        return cls(counts, DeletionIndex({variant: " ".join(found) for variant, found in by_delete.items()}), swaps)

    def __getstate__(self) -> dict[str, object]:
        return {"counts": self.counts, "by_delete": self.by_delete, "swaps": self.swaps}  # not what was memoised

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.counts, self.by_delete, self.swaps, self._memo = state["counts"], state["by_delete"], state["swaps"], {}

    def warm(self) -> None:
        """Load the typo corrector's distance code and word lists now, not at the first typo (a served bot calls
        this)."""
        from rapidfuzz import process  # noqa: F401, PLC0415
        from rapidfuzz.distance import OSA  # noqa: F401, PLC0415

        _framing_vocabulary()  # and the everyday words' (everyday_typo, respelt): some tens of milliseconds

    def correct(self, word: str) -> str:
        """The known word closest to an unknown one, within the edits forgiven; else the word itself."""
        return self.corrections(word)[0]

    def corrections(self, word: str) -> list[str]:
        """The known words closest to an unknown one, within the edits forgiven, most frequent first; [word]
        if it is known, a real word, or nothing is close enough."""
        if word in self.counts or len(word) < MIN_TYPO_LENGTH or word.isdigit():
            return [word]
        found = self._memo.get(word)
        if found is None:
            if len(self._memo) >= MEMO_SIZE:
                self._memo.clear()
            found = self._memo[word] = self._corrections(word)
        return list(found)

    def _corrections(self, word: str) -> list[str]:
        doer = self._doer(word)
        if doer:
            return [doer]
        doubled = self.undoubled(word)
        if doubled is not None:
            return [doubled]
        if word in STOPWORDS or word in EVERYDAY_WORDS or word in FRAME_WORDS or is_english_word(word):
            return [word]  # a real word is not a typo of a fact-base word ("show" is not "how")
        found = self._closest(word)
        if not found and "f" in word:
            found = self._sounded_out(word)
        if not found and len(word) >= MIN_INFLECTED_TYPO and zipf(word) < MISSPELLING_ZIPF:
            # The fact base may hold only another form of the word misspelt: "relesaing" of "release", "takled" of
            # "talk". The ending is set aside and the rest looked up, as it is and with the "e" an ending drops; only
            # for a word no English text has ("welding" is no "held", however rare).
            for ending in INFLECTIONS:
                if word.endswith(ending):
                    base = word[: -len(ending)]
                    found = self._closest(base) or self._closest(f"{base}e")
                    if not found and base.endswith("i"):
                        found = self._closest(f"{base[:-1]}y")  # "intenified": "intensify"
                    # A guess on a guess keeps the first letter, which slips least: "visiing" is no "sisi".
                    found = [f for f in found if f[:1] == word[:1]]
                    break
            # Or the slip is in the ending itself: "releaisng", "discusisng" (two letters swapped), "releasingg".
            found = found or self._inflected_after_one_slip(word)
            # Or two slips, one of them two letters swapped ("hsotges", "caesfire"): a swap is the commonest slip,
            # and the single-deletion index finds no word two edits away.
            found = found or (self._after_a_swap(word) if self.swaps else [])
            # Or a letter held down ("taaalk", "hostaaages"): two edits or more, each a repeat of the letter before.
            if not found and (held := _HELD_DOWN.sub(r"\1", word)) != word:
                found = [held] if held in self.counts else self._closest(held)
            if not found and len(word) >= MIN_TRUNCATED and zipf(word) < MISSPELLING_ZIPF:
                found = self._completed(word)
        return found or [word]

    def completes(self, start: str) -> bool:
        """Whether a known word begins with `start`, as a word cut short does ("humanit")."""
        at = bisect_left(self._sorted, start)
        return at < len(self._sorted) and self._sorted[at].startswith(start)

    def _completed(self, start: str) -> list[str]:
        """The known word a cut-short one begins ("humanit aid"), where every known word it begins is one word's
        forms ("humanitarian", "humanitarians"); else none."""
        ordered = self._sorted
        at = bisect_left(ordered, start)
        found: list[str] = []
        while at < len(ordered) and ordered[at].startswith(start) and len(found) <= MAX_COMPLETIONS:
            found.append(ordered[at])
            at += 1
        if not found or len(found) > MAX_COMPLETIONS or len({stem(w) for w in found}) > 1:
            return []
        return sorted(found, key=lambda w: (-self.counts[w], w))[:1]

    @cached_property
    def _sorted(self) -> list[str]:
        return sorted(self.counts)

    def _after_a_swap(self, word: str) -> list[str]:
        """Known words one edit from `word` with two neighbouring letters swapped back; most frequent first."""
        found: set[str] = set()
        for i in range(len(word) - 1):
            if word[i] != word[i + 1]:
                found.update(self._closest(word[:i] + word[i + 1] + word[i] + word[i + 2 :]))
        return sorted(found, key=lambda w: (-self.counts[w], w))

    def made_from(self, word: str) -> str | None:
        """The fact base's word an unknown doer or comparative is made from (see _doer), or None."""
        return None if word in self.counts else self._doer(word)

    def _doer(self, word: str) -> str | None:
        """The fact base's word an unknown doer or comparative is made from ("speakers": "speak", "caller": "call",
        "harder": "hard"), or None.

        English makes a noun for who does something of nearly any verb with -er, and the comparative of most short
        adjectives; the stemmer leaves either apart from its base, so "was Sisi one of the speakers?" named nobody
        the article says spoke. Only the plain suffix after a base of MIN_DOER_BASE letters: with a dropped "e" or
        a doubled consonant too many other words end so ("officer" is no "office", "summer" no "sum")."""
        for suffix in DOER_SUFFIXES:
            if word.endswith(suffix):
                base = word[: -len(suffix)]
                return base if len(base) >= MIN_DOER_BASE and base in self.counts else None
        return None

    def _inflected_after_one_slip(self, word: str) -> list[str]:
        """Known words of which `word`, with one letter dropped or two neighbours swapped back, is a regular -s,
        -ed or -ing form; most frequent first."""
        # Only a slip in the last letters can hide an ending (one before them leaves it whole, for the look-up above),
        # and an ending needs its last letter there.
        start = max(0, len(word) - len(INFLECTIONS[0]) - 2)
        if not _ENDING_LETTERS.intersection(word[start:]):
            return []
        variants = {word[:i] + word[i + 1 :] for i in range(start, len(word))}
        variants.update(word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(start, len(word) - 1))
        bases: set[str] = set()
        for variant in variants:
            found = _ENDING.search(variant)
            if found is not None:
                base = variant[: found.start()]
                bases.update(b for b in (base, f"{base}e") if len(b) >= MIN_TYPO_LENGTH and b in self.counts)
        return sorted(bases, key=lambda w: (-self.counts[w], w))

    def undoubled(self, word: str) -> str | None:
        """The known word a short word is with its last letter doubled, where English writes it far more often ("when
        was the cal?": "cal" 4.0, "call" 5.5, the key held too briefly, though "cal" is English too); else None."""
        doubled = f"{word}{word[-1:]}"
        if word in SHORTHAND:
            return None  # "pres" is short for "president", not a slip of "press"
        if len(word) <= MAX_UNDOUBLED and doubled in self.counts and zipf(word) <= zipf(doubled) - DOUBLED_LEAD:
            return doubled
        return None

    def _sounded_out(self, word: str) -> list[str]:
        """A word with an "f" typed for the "ph" that sounds the same ("telefone", "fotograph"), within the edits
        forgiven of a known word once that "ph" is put back."""
        for at in (n for n, letter in enumerate(word) if letter == "f"):
            found = self._closest(f"{word[:at]}ph{word[at + 1 :]}")
            if found:
                return found
        return []

    def _closest(self, word: str) -> list[str]:
        """The known words within the edits forgiven of `word`, closest and then most frequent first; [] if none."""
        if len(word) < MIN_TYPO_LENGTH:
            return []
        candidates = self._near(word)
        if not candidates and len(word) >= LONG_WORD and zipf(word) < MISSPELLING_ZIPF:
            # Two edits forgiven, but a single-deletion variant in common finds only some words two edits away: a
            # letter changed and one added ("relashionship") shares none with "relationship". Two deletions of the
            # typed word reach them, for a long word no English text writes ("thanking" is no "talking").
            candidates = {
                w for key in _twice_deleted(word) if (held := self.by_delete.found(key)) for w in held.split(" ")
            }
        if not candidates:
            return []
        from rapidfuzz import process  # noqa: PLC0415 - only a question with an unknown word needs it
        from rapidfuzz.distance import OSA  # noqa: PLC0415

        limit = 2 if len(word) >= LONG_WORD else 1
        # Most frequent first, so a tie goes to the word the fact base uses most (unless the question says
        # otherwise: see Normalizer.question_words).
        ranked = sorted(candidates, key=lambda w: (-self.counts[w], w))
        found = process.extract(word, ranked, scorer=OSA.distance, processor=None, score_cutoff=limit, limit=None)
        if not found:
            return []
        closest = min(distance for _, distance, _ in found)
        nearest = [str(w) for w, distance, _ in found if distance == closest]
        # Two letters swapped is the commonest slip: of readings as close, those it makes come first ("wnat" is
        # "want", not "what", though "what" is the commoner word).
        swapped = [w for w in nearest if len(w) == len(word) and sorted(w) == sorted(word)]
        return swapped + [w for w in nearest if w not in swapped] if swapped else nearest

    def has_neighbour(self, word: str) -> bool:
        """Whether another known word may be one edit from `word` (a letter added, dropped, changed or swapped)."""
        return bool(self._near(word) - {word})

    def _near(self, word: str) -> set[str]:
        """Known words that share a single-deletion variant with `word` (SymSpell): every word one edit away,
        and a few two edits away that the callers' distance check sets aside."""
        variants = _deletes(word)
        near = {v for v in variants if v in self.counts}  # an extra letter typed
        for key in (word, *variants):
            found = self.by_delete.found(key)
            if found is not None:
                near.update(found.split(" "))
        return near


@cache
def _everyday_vocabulary() -> Vocabulary:
    # The lists hold base forms; a typo is as often of an inflected one ("mattres"). Built at the first unknown
    # word that needs it (about 40,000 deletion keys, some milliseconds).
    forms = Counter(
        form for w in (EVERYDAY_WORDS | FRAME_WORDS) - INTERJECTIONS if w.isalpha() for form in _inflected(w)
    )
    return Vocabulary.of(forms, swaps=False)


def _inflected(word: str) -> tuple[str, ...]:
    """A base word and its regular -s, -ed and -ing forms; a word that is already a form stands alone ("roles" has no
    "rolesing" for "relesing" to be one letter from)."""
    if word.endswith(("s", "ed", "ing", "ly")):
        return (word,)
    stem_ = word[:-1] if word.endswith("e") else word
    return (word, f"{word}s", f"{stem_}ed", f"{stem_}ing")


@cache
def _framing_vocabulary() -> Vocabulary:
    # The words the readings of a question's text look for: function words, question words, and the everyday and
    # framing words with their simple inflections (_everyday_vocabulary).
    forms = Counter(w for w in STOPWORDS | QUESTION_WORDS if w.isalpha())
    forms.update(_everyday_vocabulary().counts)
    return Vocabulary.of(forms, swaps=False)


_FRAMING_WORDS = STOPWORDS | QUESTION_WORDS | EVERYDAY_WORDS | FRAME_WORDS
_WORD = pattern(rf"[^\W\d_]{{{MIN_MISSPELLING},}}")  # a word long enough to tell a misspelling in


def respelt(text: str, facts: Vocabulary | None = None) -> str:
    """The text with its misspelt words spelt right ("how would you descibe", "is the ceasefire alreay in place?",
    "did the leaers mention children?"), so that what reads a question's wording finds them as the matcher does.
    Only a word of five letters or more that English writes about as rarely as a misspelling (below
    MISSPELLING_ZIPF: "descibe" 1.0, "exacly" 1.3; rare real words and names sit higher), or a common word's slip
    that English writes only a little more often ("excatly", "poeple": see STRAY_SLIP). The closest word is taken,
    where one alone is closest: of the `facts`' vocabulary first, as the matcher reads it ("rleations" is
    "relations", not the everyday "reactions"); or a function, question, everyday or framing word nearer still
    ("tahnking" is one swap from "thanking", two edits from the facts' "talking"); else any common English word a
    slip away ("evidnce"). Where several words of a list are as close, the word is left to the matcher, which picks
    one by the question's other words."""
    known = facts.counts if facts is not None else {}
    unknown = [w for w in _WORD.findall(text.lower()) if w not in known and w not in _FRAMING_WORDS]
    if not unknown:
        return text  # most questions, at set tests only (the word lists below take some 50 ms to build)
    framing = _framing_vocabulary()
    fixes: dict[str, str] = {}
    for word in unknown:
        if word in framing.counts:
            continue
        frequency = zipf(word)
        if (
            len(word) >= MIN_RUN_TOGETHER
            and frequency < WRAPPING_WORD
            and (apart := _run_together(word, known))
            and (facts is None or facts.corrections(word) == [word])
        ):
            # "phonecall", "ceasefireagreement": two of the facts' words typed as one; not a misspelling of one of
            # them ("agreemet" is no "agree met", "undercore" no "under core").
            fixes[word] = apart
            continue
        if frequency >= MISSPELLING_ZIPF:
            # Web text holds the commonest slips of common words too: one is taken where the word it slips from is
            # far commoner still ("excatly" 1.6, "exactly" 5.0).
            english = english_spelling(word) if frequency < STRAY_SLIP else None
            if english is not None and zipf(english) - frequency >= STRAY_LEAD:
                fixes[word] = english
            continue
        best: tuple[int, list[str]] | None = None
        for options in (facts.corrections(word) if facts is not None else [word], framing.corrections(word)):
            if options != [word]:
                distance = _distance(word, options[0])
                if best is None or distance < best[0]:
                    best = (distance, options)
        if best is None and not (facts is not None and facts.completes(word)):
            # Any common English word last, which never outbids the lists above ("practicle arangements" is the
            # facts' "practical", whatever "practice" is one letter from), nor a word cut short ("humanit aid").
            best = (1, [english]) if (english := english_spelling(word)) else None
        if best is not None and len(best[1]) == 1:
            fixes[word] = best[1][0]
    if not fixes:
        return text
    return _WORD.sub(lambda found: fixes.get(found.group().lower(), found.group()), text)


MIN_RUN_TOGETHER = 7  # letters: two words of three at least, and one more


def _run_together(word: str, known: Container[str]) -> str | None:
    """The two words of the facts' vocabulary a word is made of, typed without the space between them ("phonecall":
    "phone call"), where one way alone splits it so; else None."""
    splits = [
        f"{word[:at]} {word[at:]}"
        for at in range(MIN_PART, len(word) - MIN_PART + 1)
        if word[:at] in known and word[at:] in known
    ]
    return splits[0] if len(splits) == 1 else None


MIN_PART = 3  # "onestate" is no "on estate": each part a word of three letters at least


# A word English writes below this often may still be a slip ("poeple" 2.1), where the word it slips from is this much
# commoner (on the Zipf scale: a thousand times).
STRAY_SLIP = 2.5
STRAY_LEAD = 3.0


def _distance(word: str, other: str) -> int:
    from rapidfuzz.distance import OSA  # noqa: PLC0415 - only a question with an unknown word needs it

    return int(OSA.distance(word, other))


def everyday_typo(word: str) -> bool:
    """Whether an unknown word is a misspelling of an everyday or framing word ("concenred", "outocme")."""
    vocabulary = _everyday_vocabulary()
    return bool(vocabulary._near(word)) and vocabulary.corrections(word) != [word]


# Where a question's clauses part: no alias of several words runs across it ("what was the outcome of the call?
# (for a memo)", "when was the call, for the minutes?" are no "call for", a demand). A token no word can be, taken
# out once the terms are made.
BREAK = "\x00"
_CLAUSE_END = pattern(r"[?!;()\[\]—–]|[.,](?=\s|$)|:(?=\s)|\s-+\s")


def _clause_words(text: str) -> list[str]:
    """The words of a text, BREAK between its clauses."""
    if _CLAUSE_END.search(text.rstrip().rstrip("?!.")) is None:
        return words(text)  # most questions: one clause, ended by its "?"
    found: list[str] = []
    for clause in _CLAUSE_END.split(text):
        part = words(clause)
        if part:
            if found:
                found.append(BREAK)
            found.extend(part)
    return found


def verb_stem(word: str) -> str:
    """A verb's stem without the consonant the stemmer keeps doubled before -ing or -ed ("getting": get)."""
    found = stem(word)
    doubled = len(found) > 3 and found[-1] == found[-2] and found[-1] not in "aeioulsz" and word.endswith(("ing", "ed"))
    return found[:-1] if doubled else found


def _keys_of(group: AliasGroup) -> list[tuple[str, ...]]:
    """The stems of a group's canonical form and variants; and where a variant of several words ends in one of the
    group's own words ("humanitarian aid"), the same words ending in each of its others ("humanitarian relief",
    "humanitarian assistance"): a curator who lists one has said what the modifier does to them all. A name's
    forms of several words count typed as one word too."""
    forms = (group.canonical, *group.variants)
    keys = [tuple(stems(v)) for v in forms]
    own = list(dict.fromkeys(k[0] for k in keys if len(k) == 1))
    more = [(*k[:-1], w) for k in keys if len(k) > 1 and k[-1] in own for w in own if w != k[-1]]
    if group.name:
        # A name of several words is typed as one as well: "Elsisi", "Abdelfattah", "Alsisi".
        more += [tuple(stems("".join(found))) for found in map(words, forms) if len(found) > 1]
    return list(dict.fromkeys([*keys, *more]))


class Normalizer:
    """Maps text to matching terms; the same pipeline serves facts and questions."""

    def __init__(self, aliases: tuple[AliasGroup, ...], vocabulary: Vocabulary | None = None) -> None:
        self.vocabulary = vocabulary
        self.phrases: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        # Words read as their group's canonical form before stemming, so that no other form of them is.
        self.exact = {form: tuple(stems(group.canonical)) for group in aliases for form in group.exact}
        for group in aliases:
            target = tuple(stems(group.canonical))
            for key in _keys_of(group):
                if key and not set(key) <= STOP_STEMS:  # "themes" stems to "them": it must not catch "them"
                    self.phrases.setdefault(key[0], []).append((key, target))
        # The canonical terms aliases map to: curated as meaningful, everyday word or not.
        self.alias_terms = frozenset(t for options in self.phrases.values() for _, target in options for t in target)
        # The terms that name someone or something (the `names:` groups): who did what to whom.
        self.name_terms = frozenset(t for group in aliases if group.name for t in stems(group.canonical))
        self._name_groups = tuple(group for group in aliases if group.name)  # for affiliations, worked out when asked
        # Two-word variants a question may split around what they act on ("get out": "getting the Russians out").
        self.separable = frozenset(
            key for options in self.phrases.values() for key, _ in options if len(key) == 2 and key[1] in PARTICLES
        )
        for first, options in list(self.phrases.items()):
            options.sort(key=lambda option: -len(option[0]))  # longest variant wins
            # A one-word variant always matches its word, so nothing after the first can apply; and if that
            # one maps the word to itself (every canonical name does), it changes nothing. Without them, a
            # text that only names someone skips alias mapping, which was half of indexing a large base.
            single = next((n for n, (key, _) in enumerate(options) if len(key) == 1), len(options))
            del options[single + 1 :]
            if options[single:] and options[single][0] == options[single][1]:
                del options[single]
            if not options:
                del self.phrases[first]

    @cached_property
    def modifier_phrases(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """Variants of several words whose last word alone is of the same group ("humanitarian aid": "aid"), by first
        stem: the words before it narrow what that word names, which a statement of the group's other words may not
        say ("help" is aid, but no humanitarian aid)."""
        found: dict[str, list[tuple[str, ...]]] = {}
        for first, options in self.phrases.items():
            for key, target in options:
                last = key[-1]
                alone = next((t for k, t in self.phrases.get(last, ()) if k == (last,)), (last,))
                if len(key) > 1 and alone == target:
                    found.setdefault(first, []).append(key)
        return {first: tuple(keys) for first, keys in found.items()}

    @cached_property
    def phrase_targets(self) -> dict[str, tuple[frozenset[str], ...]]:
        """For each term of a canonical form of several words ("took part", "in person"), the term sets of those
        forms: such a term is the curated one only beside the rest of its form ("who took part?", not "the
        ceasefire part")."""
        found: dict[str, set[frozenset[str]]] = {}
        for options in self.phrases.values():
            for _, target in options:
                kept = frozenset(target) - STOP_STEMS  # a question's terms have no "in" of "in person"
                if len(kept) > 1:
                    for term in kept:
                        found.setdefault(term, set()).add(kept)
        return {term: tuple(targets) for term, targets in found.items()}

    def aliased(self, term: str, terms: Container[str]) -> bool:
        """Whether a question's term (of all its `terms`) is a canonical form's: one of a single word, or one of
        several words whose other words the question holds too."""
        if term not in self.alias_terms:
            return False
        targets = self.phrase_targets.get(term)
        return targets is None or any(all(t in terms for t in target) for target in targets)

    @cached_property
    def affiliations(self) -> dict[str, frozenset[str]]:
        """The names each one-word name stands for as well, by its own variants: "Egyptian counterpart" is one of
        Sisi's names, so a statement naming Sisi speaks for Egypt ("did Putin thank Egypt?" of "Putin thanked
        his Egyptian counterpart"). Only a yes/no question with roles needs it: worked out then, not at every
        build (30-50 ms at 100,000 facts)."""
        found: dict[str, frozenset[str]] = {}
        for group in self._name_groups:
            own = stems(group.canonical)
            if len(own) != 1:
                continue
            others = {
                t
                for variant in group.variants
                for word in words(variant)
                for t in self.terms_of_words([word])
                if t in self.name_terms and t != own[0]
            }
            if others:
                found[own[0]] = frozenset(others)
        return found

    @cached_property
    def role_terms(self) -> frozenset[str]:
        """Words for what people are, read off the names' own variants ("Russian president", "Egyptian
        counterpart", "leader of Egypt"): the terms of their words that are no name. "The leaders" and "the two
        presidents" name people, as "the phone call" does not. Worked out when first asked."""
        return frozenset(t for group in self._name_groups for t in self._titles_of(group))

    @cached_property
    def titles(self) -> dict[str, frozenset[str]]:
        """Per one-word name, the role terms of its own variants ("Russian president": putin has president; "coastal
        enclave": gaza has coastal): which names are people is read off them."""
        found = {}
        for group in self._name_groups:
            own = stems(group.canonical)
            if len(own) == 1 and (titles := frozenset(self._titles_of(group))):
                found[own[0]] = titles
        return found

    def _titles_of(self, group: AliasGroup) -> Iterator[str]:
        return (
            t
            for variant in group.variants
            if len(found := words(variant)) > 1
            for word in found
            for t in self.terms_of_words([word])
            if t not in self.name_terms
        )

    @property
    def known_words(self) -> Container[str]:
        """The surface words the fact base uses (its names included)."""
        return self.vocabulary.counts if self.vocabulary else frozenset()

    def question_terms(self, text: str) -> tuple[list[str], list[str]]:
        """(terms after typo correction, terms as typed) of a question, normalised once if nothing changed.

        Facts are indexed as written (terms_of_words); only questions are corrected against
        the fact base's vocabulary.
        """
        terms, as_typed, _ = self.question_words(text)
        return terms, as_typed

    def question_words(
        self, text: str, context: Context | None = None, kept: Container[str] = frozenset()
    ) -> tuple[list[str], list[str], dict[str, str]]:
        """question_terms, plus the word each plain (non-alias) term came from: an unknown term is weighed
        by how common its word is in English. With `context`, a typo that several known words are equally
        close to becomes the one that goes with the question's other words ("Gizepuse and the kuun difos":
        "kupun", which a fact about Gizepus and difos uses, rather than a more frequent "kuzun"). Words `kept`
        are never read as typos."""
        typed, corrected = self._corrected(text, context, kept)
        as_typed = self.terms_of_words(self._joined(typed))
        terms = as_typed if corrected == typed else self.terms_of_words(self._joined(corrected))
        if BREAK in typed:
            as_typed, terms = [t for t in as_typed if t != BREAK], [t for t in terms if t != BREAK]
        return terms, as_typed, {stem(w): w for w in corrected if w != BREAK}

    def _joined(self, found: list[str]) -> list[str]:
        """The words with a particle also put beside its verb where the two make a variant and at most SEPARATED
        words stand between them: "did Egypt help get the Russians out?" -> "... get out the Russians out"."""
        if not self.separable or PARTICLES.isdisjoint(found):
            return found
        for position, word in enumerate(found):
            if word not in PARTICLES:
                continue
            for verb in range(max(0, position - SEPARATED - 1), position - 1):
                if self._separates(found[verb], word):
                    # The particle stays where it stood too, so that the words around it join no other variant
                    # ("getting wounded people out of Gaza" is no "people of Gaza").
                    return [*found[:verb], verb_stem(found[verb]), word, *found[verb + 1 :]]
        return found

    def particle_of(self, verb: str, following: list[str]) -> str | None:
        """The particle among the words `following` a verb that makes a variant with it, at most SEPARATED words on
        ("made the agreement public": "public"); None if there is none."""
        return next((word for word in following[: SEPARATED + 1] if self._separates(verb, word)), None)

    def _separates(self, verb: str, word: str) -> bool:
        """Whether `word` is a particle that makes a variant with `verb` ("get" ... "out")."""
        return word in PARTICLES and (verb_stem(verb), word) in self.separable

    def _corrected(
        self, text: str, context: Context | None, kept: Container[str] = frozenset()
    ) -> tuple[list[str], list[str]]:
        """The question's words as typed, and with unknown words corrected (see question_words)."""
        typed = spelt_out(_clause_words(for_matching(text)))
        if self.vocabulary is None:
            return typed, typed
        options = [[w] if w in kept else self.vocabulary.corrections(w) for w in typed]
        corrected = [found[0] for found in options]
        if context is not None and any(len(found) > 1 for found in options):
            known = self.terms_of_words([w for w in typed if w in self.vocabulary.counts])
            for position, found in enumerate(options):
                if len(found) > 1:
                    corrected[position] = self._read_in(found, context, known)
        return typed, corrected

    def read_typo(self, word: str, context: Context) -> str:
        """One word corrected alone: of several readings as close, the one `context` picks with nothing else known
        ("tlaking": the fact's "talking", not the "taking" of an alias)."""
        if self.vocabulary is None:
            return word
        found = self.vocabulary.corrections(word)
        return self._read_in(found, context, []) if len(found) > 1 else found[0]

    def _read_in(self, found: list[str], context: Context, known: list[str]) -> str:
        """Which of a typo's equally close readings `context` picks, given the question's `known` terms."""
        readings = [self.terms_of_words([w]) for w in found]
        return found[context([r[0] if r else "" for r in readings], known)]

    def terms_of_words(self, found: list[str]) -> list[str]:
        """Matching terms of already-split words (indexing splits each text once for two uses)."""
        phrases = self.phrases
        distinct = dict.fromkeys(found)  # a fact file's words are mostly repeats: stem each one once
        stemmed = dict(zip(distinct, map(stem, distinct), strict=True))
        if self.exact and not self.exact.keys().isdisjoint(distinct):
            tokens = [t for w in found for t in (self.exact[w] if w in self.exact else (stemmed[w],))]
        else:
            tokens = list(map(stemmed.__getitem__, found))
        if "s" in tokens:
            tokens = self._possessives_turned(tokens)
        if phrases.keys() & tokens:  # one C-level check; most texts have no alias at all
            tokens = self._map_aliases(tokens, [i for i, t in enumerate(tokens) if t in phrases])
        return [t for t in tokens if t not in STOP_STEMS]

    def _possessives_turned(self, tokens: list[str]) -> list[str]:
        """ "Egypt's president" read as "president of Egypt" where that is a variant: the possessive is one more way
        to say it, and curators list only the "of" form."""
        turned = list(tokens)
        for i in range(1, len(tokens) - 1):
            if tokens[i] == "s":
                key = (tokens[i + 1], "of", tokens[i - 1])
                if any(variant == key for variant, _ in self.phrases.get(key[0], ())):
                    turned[i - 1 : i + 2] = key
        return turned

    def _map_aliases(self, tokens: list[str], hits: list[int]) -> list[str]:
        """Replace alias variants starting at the `hits` positions, longest variant first."""
        out: list[str] = []
        done = 0  # tokens before this index are in `out` already
        for i in hits:
            if i < done:
                continue  # inside a variant already replaced
            for key, target in self.phrases[tokens[i]]:
                end = i + len(key)
                if tuple(tokens[i:end]) == key:
                    out.extend(tokens[done:i])
                    out.extend(target)
                    done = end
                    break
        out.extend(tokens[done:])
        return out
