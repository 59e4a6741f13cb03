"""How common a word is in real English (the wordfreq package's offline lists), for the words a fact
base has never seen: an everyday word ("stuff", "concerned") says little about what is asked, a rare
one or a name ("Macron", "Netanyahu") says a lot. Also tells a real word from a typo, and a question
in another language from an English one."""

from __future__ import annotations

from collections.abc import Container, Iterable
from functools import lru_cache

from bot.words import QUESTION_WORDS, STOPWORDS

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
# A longer word is real English from WRAPPING_WORD on: English writes the misspellings of long words rarely
# ("goverment" 2.7, "definately" 2.9, "thier" 3.0, the fact base's own typos 0-2.3), its rarer real words often
# enough ("outset" 3.4 is no "outlet", "undermined" 3.3 no "underlined", "warmed" 3.5 no "harmed").
LONG_WORD = 6
# Around a question, a word from this zipf on is English the asker wrapped it in ("sanity check: …" 3.5, "prepping"
# 3.2), though too rare to be kept from typo correction; typos of the fact base's words score far below it.
WRAPPING_WORD = 3.0
# A question is in another language when at least FOREIGN_HITS of its words, and FOREIGN_SHARE of
# them, are that language's commonest function words (question words, articles, "and"). Loading
# wordfreq's list of each language would cost tens of megabytes apiece; these few words decide it.
FOREIGN_HITS = 2
FOREIGN_SHARE = 0.3
FUNCTION_WORDS = {
    "Spanish": "el la los las un una de del que y en por para con cuando como que quien donde cual cuanto cuantos "
    "porque es son fue esta estan se su sus al lo hablaron dijo",
    "French": "le la les un une des du de et est sont que qui quand comment pourquoi ou quel quelle avec pour "
    "dans sur ce cette ils elle il ont a au aux eu l qu j",  # elided "l'", "qu'", "j'" stand alone once split
    "German": "der die das ein eine und ist sind was wann wie warum wo wer mit fur nicht auf den dem des zu im "
    "haben hat sie er es",
    "Italian": "il lo la gli le un una di del della e che chi quando come perche dove quale con per sono ha hanno",
    "Portuguese": "o a os as um uma de do da e que quem quando como porque onde qual com para em sao foi tem",
    "Dutch": "de het een en is zijn wat wanneer hoe waarom waar wie met voor niet op van",
}
_FUNCTION_SETS = {language: frozenset(text.split()) for language, text in FUNCTION_WORDS.items()}


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


# A superlative is a form of its adjective only where English also writes the comparative of the same stem
# ("hardest": harder, "biggest": bigger); "modest" (moder), "Everest" (everer) and "interest" are words of their own.
COMPARATIVE_ZIPF = 2.5
SUPERLATIVE_LENGTH = 6  # "best", "rest", "west": no shorter word is a regular superlative of a longer adjective


def superlative_bases(word: str) -> tuple[str, ...]:
    """The adjectives a regular superlative may be of ("hardest": hard; "largest": larg, large; "biggest": bigg,
    big; "earliest": earli, early); none for a word that is no superlative."""
    if len(word) < SUPERLATIVE_LENGTH or not word.endswith("est") or zipf(word[:-3] + "er") < COMPARATIVE_ZIPF:
        return ()
    base = word[:-3]
    found = [base, f"{base}e"]
    if base[-1] == base[-2]:
        found.append(base[:-1])
    if base.endswith("i"):
        found.append(f"{base[:-1]}y")
    return tuple(found)


def english_spelling(word: str) -> str | None:
    """The one common English word a misspelt word is a single slip from (a letter dropped, added, changed, or two
    swapped: "evidnce", "befre", "terrtory"), or None where there is none, or several as likely ("lst": list or
    last). Only for a word English itself writes as rarely as a misspelling (see terms.MISSPELLING_ZIPF)."""
    # Only the slips English writes commonly are looked up one by one: a set of them is met in C, where looking up each
    # of a word's five hundred slips took a third of a millisecond.
    found = {
        edited: frequency
        for edited in _one_slip(word) & common_words()
        if (frequency := zipf(edited)) >= COMMON_SPELLING
    }
    if not found:
        return None
    ranked = sorted(found.items(), key=lambda item: -item[1])
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < CLEAR_LEAD:
        # A letter left out is the commonest slip: the one word that holds every letter typed, and one more, is meant
        # ("besids": besides, not beside; "economc": economic, not economy), unless another is far commoner.
        fuller = [w for w, _ in ranked if len(w) == len(word) + 1 and _holds_in_order(w, word)]
        if len(fuller) == 1 and found[fuller[0]] > ranked[0][1] - CLEAR_LEAD:
            return fuller[0]
        return None
    return ranked[0][0]


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Every English word at least COMMON_SPELLING on the Zipf scale, as zipf rounds it (15,000 words; wordfreq has
    already read its list for zipf, so this is milliseconds)."""
    from wordfreq import get_frequency_dict  # noqa: PLC0415 - as zipf, only when a question needs it

    floor = 10 ** (COMMON_SPELLING - ZIPF_ROUNDING - 9)  # Zipf is log10 of the frequency per billion words
    return frozenset(word for word, frequency in get_frequency_dict("en", "best").items() if frequency >= floor)


def _holds_in_order(longer: str, shorter: str) -> bool:
    """Whether `shorter` is `longer` with one letter left out."""
    return any(longer[:at] + longer[at + 1 :] == shorter for at in range(len(longer)))


# A correction is a word at least this common (a typo of a rare word is left as it is: a name, most often), and
# leads any other one slip away by this much ("reson": reason 5.2, resin 3.3).
COMMON_SPELLING = 3.5
ZIPF_ROUNDING = 0.005  # wordfreq rounds Zipf to two places: 3.495 is 3.5
CLEAR_LEAD = 1.0
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _one_slip(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    dropped = {a + b[1:] for a, b in splits if b}
    swapped = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    changed = {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    added = {a + c + b for a, b in splits for c in _LETTERS}
    return (dropped | swapped | changed | added) - {word}


def is_english_word(word: str) -> bool:
    """Whether a word is real English, never a typo of another (see REAL_WORD and LONG_WORD); a long plural in -men
    also as its singular, which English writes more often ("statesmen", 2.9: "statesman", 3.5). Not any regular
    ending: a slip that drops letters often leaves one on a real word ("hostes": "host")."""
    if len(word) < LONG_WORD:
        return len(word) > 1 and zipf(word) >= REAL_WORD
    return zipf(word) >= WRAPPING_WORD or (word.endswith("men") and zipf(f"{word[:-3]}man") >= WRAPPING_WORD)


def is_wrapping_word(word: str) -> bool:
    """Whether a word is English enough to be how a question was wrapped, not what it names (see WRAPPING_WORD)."""
    return len(word) > 1 and zipf(word) >= WRAPPING_WORD


def language_of(words: Iterable[str], known: Container[str]) -> str | None:
    """The name of the language the words are in, if clearly not English; None if English (or unsure).

    Words the fact base knows (names, its own vocabulary) are left out of the count.
    """
    candidates = [w for w in words if w not in known and not w.isdigit()]
    if len(candidates) < FOREIGN_HITS:
        return None
    best, best_hits = None, 0
    for language, function_words in _FUNCTION_SETS.items():
        hits = sum(1 for w in candidates if w in function_words and not _english_function_word(w))
        if hits > best_hits:
            best, best_hits = language, hits
    return best if best_hits >= max(FOREIGN_HITS, FOREIGN_SHARE * len(candidates)) else None


def _english_function_word(word: str) -> bool:
    return word in STOPWORDS or word in QUESTION_WORDS
