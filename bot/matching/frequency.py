"""How common a word is in real English (the wordfreq package's offline lists), for the words a fact
base has never seen: an everyday word ("stuff", "concerned") says little about what is asked, a rare
one or a name ("Macron", "Netanyahu") says a lot. Also tells a real word from a typo, and a question
in another language from an English one."""

from __future__ import annotations

from collections.abc import Container, Iterable
from functools import lru_cache

# Zipf scale: log10 of a word's frequency per billion words. "the" is 7.7, "news" 5.4, "stuff" 5.1,
# "concerned" 4.8, "Ukraine" 4.3, "Macron" 3.0. An unknown word at or below RARE weighs like any word
# the fact base has never seen; above it, less in proportion, down to FLOOR of that at COMMON.
# Frequency alone cannot tell "stance" from "Syria" or "stuff" from "oil" (they sit side by side
# on this scale), so even the commonest unknown word keeps FLOOR: everyday words that wrap a
# question weigh little only through the curated everyday-word list. On the dev set a grid of
# FLOOR 0.3-1.0 and COMMON 6-7 moved in-scope accuracy by one question; below 0.7 common topic words
# ("economy", "life", "room") let off-topic questions ride on one known word, so 0.7 it is.
COMMON = 6.0
RARE = 4.0
FLOOR = 0.7
# From this zipf on a word is real English, and never "corrected" into a fact-base word one letter
# away ("show" is not a typo of "how"); typos of real words score far below it (ceasfire: 0).
REAL_WORD = 3.6  # "wen" (3.5) and "wat" (3.4) are still read as typos of "when" and "what"
# A question is read as being in another language when at least this share of its words are common
# in that language and clearly more so than in English ("el", "de" and "puerto" occur in English
# text too, but far more in Spanish). Other languages' lists are loaded only once at least
# FOREIGN_WORDS of a question's words are not English at all: English questions never pay for them.
FOREIGN_SHARE = 0.6
FOREIGN_WORDS = 2
MORE_THAN_ENGLISH = 1.0  # on the Zipf scale: ten times as frequent
LANGUAGES = {"es": "Spanish", "fr": "French", "de": "German", "it": "Italian", "pt": "Portuguese", "nl": "Dutch",
             "pl": "Polish", "tr": "Turkish", "ru": "Russian", "ar": "Arabic"}  # fmt: skip


@lru_cache(maxsize=200_000)
def zipf(word: str, language: str = "en") -> float:
    """The word's Zipf frequency in `language` (0.0 if unknown)."""
    from wordfreq import zipf_frequency  # noqa: PLC0415 - 60 ms to load: only when a question needs it

    return float(zipf_frequency(word, language))


def rarity(word: str) -> float:
    """1.0 for a rare word or a name, falling to FLOOR for the commonest English words."""
    value = zipf(word)
    if value <= RARE:
        return 1.0
    return max(FLOOR, (COMMON - value) / (COMMON - RARE))


def is_english_word(word: str) -> bool:
    return len(word) > 1 and zipf(word) >= REAL_WORD


def language_of(words: Iterable[str], known: Container[str]) -> str | None:
    """The name of the language the words are in, if clearly not English; None if English (or unsure).

    Words the fact base knows (names, its own vocabulary) are left out of the count.
    """
    candidates = [w for w in words if w not in known and not w.isdigit()]
    if len(candidates) < 2 or sum(1 for w in candidates if zipf(w) < REAL_WORD) < FOREIGN_WORDS:
        return None
    best, best_count = None, 0
    for code, name in LANGUAGES.items():
        count = sum(1 for w in candidates if zipf(w, code) >= max(REAL_WORD, zipf(w) + MORE_THAN_ENGLISH))
        if count > best_count:
            best, best_count = name, count
    return best if best_count >= FOREIGN_SHARE * len(candidates) else None
