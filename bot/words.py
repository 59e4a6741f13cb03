"""Words as both the fact base and the matcher see them: folded, split, stemmed; function words named."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot.patterns import Pattern, pattern

# Letters and digits of any script: "Søren", "Straße", Cyrillic and Arabic words stay whole.
_WORD = pattern(r"[^\W_]+")
QUESTION_WORDS = frozenset("what when who whom whose where why how which".split())
# The verbs of how a thing is put, each form of them (a pattern's stem, \w* after it): "how did they describe the
# gesture?", "how was the help portrayed?", "how did they frame the hostage question?", "how is it presented?".
DESCRIBING = r"(?:describ|characteri[sz]|portray|depict|frame|present|paint|phrase|worded)"
# What a question opens with: a question word, or the verb of a yes/no question.
QUESTION_OPENERS = (
    *sorted(QUESTION_WORDS),
    *"did do does is are was were has have had can could will would should".split(),
)

# Words that open a noun phrase: after one, "discussion" or "response" names a thing, not someone's act.
DETERMINERS = frozenset("the a an this that these those their his her its our my your".split())
# Words before a subject that names people by what they are or by count ("the two leaders", "both presidents").
PEOPLE_DETERMINERS = frozenset("the two both all these those".split())
# Nouns of place: "which region …?" asks where, as "where …?" does.
PLACE_NOUNS = frozenset(
    "region regions territory territories area areas place places location locations zone zones land lands".split()
)
# Named places of a kind: "which capitals share a vision?" asks which ones, as "which region?" asks which, though a
# fact names them without "in" or "from" ("the shared vision of Moscow and Cairo").
TOWN_NOUNS = frozenset("city cities capital capitals town towns".split())


MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
MONTH_NAMES = [m.capitalize() for m in MONTHS.split("|")]  # "November": as dates are written
WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# A date as questions and answers write it: a month (with its day), a day of a month, or a year.
DATE_MENTION = pattern(
    rf"\b(?:(?:{MONTHS})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTHS})|"
    r"(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


# A date in digits: day and month either way round, with a year or not ("14/11", "11/14/2023", "14.11.2023"), or
# year first ("2023-11-14"). A dot needs a year or a closing dot ("14.11."): "14.11" alone is a number.
_NUMERIC_DATE = pattern(
    r"(?<![\w/.-])(?:(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?:(?P=sep)(?P<year>\d{4}|\d{2})\b|(?P<dot>(?<=\.\d)\.|"
    r"(?<=\.\d\d)\.)|(?![\w/.]))|(?P<iso_year>\d{4})-(?P<iso_month>\d{1,2})-(?P<iso_day>\d{1,2})\b)"
)


# Days of the month as words ("November fourteenth", "the twenty-first of May"), read as their digits.
_ORDINALS = {
    word: n
    for n, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
        "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(),
        start=1,
    )
}
_ORDINALS.update({f"twenty{dash}{w}": 20 + n for w, n in list(_ORDINALS.items())[:9] for dash in ("-", " ", "")})
_ORDINALS.update({"thirtieth": 30, "thirty-first": 31, "thirty first": 31, "thirtyfirst": 31})
_ORDINAL = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_MONTH_NAMED = pattern(MONTHS, re.IGNORECASE)
_WORDED_DAY = pattern(
    rf"\b(?:(?P<month>{MONTHS})\s+(?:the\s+)?(?P<after>{_ORDINAL})|(?P<before>{_ORDINAL})\s+of\s+(?P<of>{MONTHS}))\b",
    re.IGNORECASE,
)


# The courtesies that close a message: "… pls", "…, for the bibliography please", "… thanks?".
COURTESY_WORDS = ("pls", "plz", "please", "thanks", "thx", "ty")
_COURTESY = "|".join(COURTESY_WORDS)
_WORDED_DAY_ALONE = pattern(
    # Or a cleft's "was it the fourteenth that/when they spoke?": the day, then what happened on it.
    rf"\b((?:on|by|before|after|until|till|since|(?:was|is)(?:n['’]?t)?\s+it|it\s+was)\s+the\s+)({_ORDINAL})\b"
    # Not a word it counts ("the second call", "the fourteenth-century"); a closing may follow ("… the 14th pls?").
    rf"(?!-\w|\s+(?!(?:of|that|when|{_COURTESY}|lol|then|again|right|or\s+not)\b)[a-z])",
    re.IGNORECASE,
)


def _day_alone(found: re.Match[str]) -> str:
    return f"{found[1]}{_in_digits(_ORDINALS[found[2].lower()])}"


def _in_digits(n: int) -> str:
    """An ordinal in digits: 1st, 2nd, 14th."""
    return f"{n}{'th' if 10 < n % 100 < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _worded_days(text: str) -> str:
    """ "November fourteenth", "the fourteenth of November" -> "November 14", "the 14th of November"."""

    def day(found: re.Match[str]) -> str:
        if found["month"]:
            if found["month"] == "may":
                return found.group()  # "what may first happen?": the verb, as typed in lower case
            return f"{found['month']} {_ORDINALS[found['after'].lower()]}"
        return f"{_in_digits(_ORDINALS[found['before'].lower()])} of {found['of']}"

    return _WORDED_DAY.sub(day, text)


def spelt_dates(text: str) -> str:
    """Dates written in digits spelt with the month's name, where the digits tell which is the month ("what
    happened on 14/11?": "November 14"; "2023-11-14": "November 14, 2023"), so they read as the documents' dates do;
    days of the month written as words in digits ("November fourteenth": "November 14"). "11/12" (either way a
    date) and "24/7" (no date) stay as typed."""
    if _MONTH_NAMED.search(text):  # a day in words is read only beside a month's name: one scan for most questions
        text = _worded_days(text)
    elif " the " in text:
        # Or after "on the", "before the", with nothing after it that it could count ("was the call on the
        # fourteenth?", not "on the second call"): "the 14th", a day of the month as the documents give it.
        text = _WORDED_DAY_ALONE.sub(_day_alone, text)
    if "/" not in text and "." not in text and "-" not in text:
        return text

    def spelt(found: re.Match[str]) -> str:
        if found["iso_year"]:
            month, day, year = int(found["iso_month"]), int(found["iso_day"]), found["iso_year"]
        else:
            a, b = int(found["a"]), int(found["b"])
            if found["sep"] == "." and not (found["year"] or found["dot"]):
                return found.group()
            if a > 12 >= b:
                day, month = a, b
            elif b > 12 >= a:
                month, day = a, b
            else:
                return found.group()
            year = found["year"] if found["year"] and len(found["year"]) == 4 else ""
        if not (1 <= month <= 12 and 1 <= day <= 31) or found.group() == "24/7":
            return found.group()
        return f"{MONTH_NAMES[month - 1]} {day}" + (f", {year}" if year else "")

    return _NUMERIC_DATE.sub(spelt, text)


# A question opening with a preposition before its question word: "on what date was the call?", "with whom did he
# speak?" (read as a question wherever one is looked for: a lead-in before it, a confirmation, a second half).
PREPOSED_QUESTION = r"(?:on|in|at|for|from|with|by|to|since|until)\s+(?:what|which|whom|whose)"


# The pronoun "it", which may point back at what an earlier clause or question named ("… and how was it held?").
IT = pattern(r"\bit\b", re.IGNORECASE)


def opens_with(*choices: str) -> Pattern:
    """A pattern for a text that opens (after any punctuation) with one of the words `choices`."""
    return pattern(rf"^\W*(?:{'|'.join(choices)})\b", re.IGNORECASE)


# Words that open a clause of the asker's own ("before I send this out: …", "since we're writing it up, …"): no thing
# asked about, and no question.
SUBORDINATORS = ("before", "since", "because", "while", "until", "once", "as")

# Function words carry no meaning of their own. Question words (who, when, how, ...) are
# deliberately absent: they tell "when did they speak" from "who spoke".
STOPWORDS = frozenset(
    """
    a an the and or but if of to in on at by for from with without into onto about as is are was
    were be been being am do does did done doing have has had having i me my mine we us our you
    your he him his she her it its they them their theirs this that these those there here so
    than then too very can could would should shall will may might must just also any some all
    each both either neither not no nor only own same such up down out over under again further
    once between among during via per within toward towards upon s t d ll m re ve y o please tell know let say said
    regarding says myself yourself himself herself itself ourselves yourselves themselves
    """.split()
)


def fold(text: str) -> str:
    """Case-fold and strip accents: 'Poutine Élysée Straße' -> 'poutine elysee strasse'."""
    if text.isascii():  # the common case, and a hundred times cheaper
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


_SYLLABIC = ("CJK", "HANGUL", "HIRAGANA", "KATAKANA")
_SYLLABLE_LETTERS = 3


def latin_share(text: str) -> float:
    """The share of a text's letters that are Latin (1.0 for a text without letters)."""
    if text.isascii():
        return 1.0  # every ASCII letter is Latin
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 1.0
    latin = total = 0
    for c in letters:
        name = unicodedata.name(c, "")
        if c.isascii() or "LATIN" in name:
            latin += 1
            total += 1
        else:
            # A Chinese character, a Hangul or kana syllable says as much as a few Latin letters: "Putin 和 Sisi
            # 什么时候通话？" is a Chinese question, though half its letters are Latin.
            total += _SYLLABLE_LETTERS if name.startswith(_SYLLABIC) else 1
    return latin / total


def words(text: str) -> list[str]:
    """Folded words of a text, punctuation dropped: "al-Sisi's call" -> ['al', 'sisi', 's', 'call']."""
    if ("US" in text or "U.S" in text) and not text.isupper():
        # The United States, not "us": folded, the name would become a function word and vanish ("did the US
        # help?" read as "did the help?"). Left alone in a text written all in capitals.
        text = _US.sub("USA", text)
    if text.isascii():  # the same split as _WORD's, three times quicker: it is most of indexing a large base
        return text.lower().translate(_ASCII_GAPS).split()
    return _WORD.findall(fold(text))


_US = pattern(r"\bU\.S\.(?:A\.)?(?!\w)|\bUS(?:A)?\b")
_ASCII_GAPS = str.maketrans({c: " " for c in map(chr, range(128)) if not c.isalnum()})


_ES_AFTER = ("sses", "shes", "ches", "xes", "zes")
# "-ation" keeps its "at" so that evacuation / evacuate / evacuated meet at "evacuat".
_SUFFIXES = (
    ("ations", "at"),
    ("ation", "at"),
    ("ions", ""),
    ("ion", ""),
    ("ings", ""),
    ("ing", ""),
    ("edly", ""),
    ("ed", ""),
    ("ly", ""),
)


@lru_cache(maxsize=500_000)  # a fact base has far fewer distinct words; indexing stems millions
def stem(word: str) -> str:
    """A light, deterministic suffix stripper; both sides use it, so consistency beats linguistics.

    >>> [stem(w) for w in ("discussed", "discussion", "agreed", "agree", "leaders", "countries")]
    ['discuss', 'discuss', 'agre', 'agre', 'leader', 'country']
    """
    if word[:1].isdigit() and word.endswith(("st", "nd", "rd", "th")) and word[:-2].isdigit():
        return word[:-2]  # "the 14th" is the 14th: "November 14"
    if len(word) <= 4 or word.isdigit():
        return word
    original = word
    if word.endswith(("ies", "ied")):
        return word[:-3] + "y"  # "intensified" meets "intensify", as "intensifies" does
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + replacement
            if suffix in _VERB_ENDINGS and len(word) == _SHORT_STEM and _SHORT_SYLLABLE.fullmatch(word):
                # "named", "hoped", "dated": a short syllable that doesn't double its consonant ("hopped" does) had
                # lost the "e" that a four-letter word, kept whole, holds ("name", "hope", "date").
                word += "e"
            break
    else:
        if word.endswith(_ES_AFTER):
            word = word[:-2]
        elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
            word = word[:-1]
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    if word in _UNINFLECTED:
        # "Theme" and "themes" are no "them", nor "noted" and "notion" a "not": a word that takes no ending is
        # another word when one comes off, so the stem keeps the letter after it.
        word = original[: len(word) + 1]
    return _one_spelling(word)


_SHORT_STEM = 3
_VERB_ENDINGS = frozenset(("ed", "edly"))  # not "fully", "vision"; nor "timing", "during": words of their own
_SHORT_SYLLABLE = re.compile(r"[^aeiouy][aeiou][^aeiouwxy]")
# Function words that take no ending, which stripping one from a longer word could leave.
_UNINFLECTED = frozenset(("them", "not", "then", "than", "that", "this", "thus", "when", "what", "whom"))


def _one_spelling(stemmed: str) -> str:
    """British and American spellings of a stem as one ("organis"/"organiz", "favour"/"favor", "dialogu"/"dialog",
    "defenc"/"defens"): a reader writes either, whichever the documents use. Only endings that no other word shares
    are folded (not -ll-: "filled" is no "filed")."""
    if len(stemmed) >= 5 and stemmed.endswith(("iz", "yz")):
        return f"{stemmed[:-1]}s"
    if len(stemmed) >= 6 and stemmed.endswith("our") and (stemmed[-4] not in "aeou"):
        return f"{stemmed[:-2]}r"
    if len(stemmed) >= 6 and stemmed.endswith("ogu"):
        return stemmed[:-1]
    if len(stemmed) >= 6 and stemmed.endswith(("fenc", "cenc")):
        return f"{stemmed[:-1]}s"
    return stemmed


# Chat shorthand, spelt out in questions before anything else reads them: "ppl" is "people" and "convo" a
# "conversation" to every later step (aliases, weights, yes/no), not an unknown word that weighs like a name.
# Only abbreviations with one reading in a question to a bot; facts are written out and never need this. Chat
# phrases, the frame-word list and the bot's own names read questions spelt out, so they list only the long form.
SHORTHAND = {
    "ppl": "people", "abt": "about", "convo": "conversation", "convos": "conversations", "evac": "evacuation",
    "govt": "government", "govts": "governments", "pres": "president", "prez": "president", "bc": "because",
    "cuz": "because", "coz": "because", "mtg": "meeting", "info": "information", "wat": "what", "wut": "what",
    "wht": "what", "whn": "when", "tho": "though", "thru": "through", "rly": "really", "approx": "approximately",
    "intl": "international", "natl": "national", "dept": "department", "yr": "year", "yrs": "years",
    "tmrw": "tomorrow", "tmr": "tomorrow", "hrs": "hours", "mins": "minutes", "msg": "message", "pls": "please",
    "plz": "please", "u": "you", "ur": "your", "jan": "january", "feb": "february", "apr": "april", "jun": "june",
    "jul": "july", "aug": "august", "sep": "september", "sept": "september", "oct": "october", "nov": "november",
    "dec": "december", "thx": "thanks", "thnx": "thanks", "thanx": "thanks", "tnx": "thanks", "cud": "could",
    "wud": "would", "shud": "should", "wot": "what", "hw": "how", "bout": "about", "b4": "before", "ya": "you",
    "yu": "you", "dat": "that", "dem": "them", "gonna": "going to", "wanna": "want to", "gimme": "give me",
    "lemme": "let me", "teh": "the", "wuz": "was", "fone": "phone", "fones": "phones", "tlk": "talk",
    "tlkd": "talked", "btwn": "between", "nd": "and", "smth": "something", "sth": "something", "yday": "yesterday",
    # "w/ the hostages": the slash is no word, and the letter alone is "with"; "indep." as in a headline.
    "w": "with", "indep": "independent", "n": "and",
    # Without the apostrophe, as "what's" is read: "what" and "s".
    "whats": "what s", "thats": "that s", "hows": "how s", "whos": "who s", "wheres": "where s",
    "didnt": "didn t", "doesnt": "doesn t", "dont": "don t", "isnt": "isn t", "wasnt": "wasn t", "werent": "weren t",
    "arent": "aren t", "havent": "haven t", "hasnt": "hasn t", "couldnt": "couldn t", "wouldnt": "wouldn t",
    "shouldnt": "shouldn t", "im": "i m", "ive": "i ve", "youre": "you re", "theyre": "they re", "id": "i d",
}  # fmt: skip


def spelt_out(found: list[str]) -> list[str]:
    """Words with chat shorthand spelt out: ['ppl', 'evac'] -> ['people', 'evacuation'], ['gonna'] -> ['going',
    'to'] (so "are they gonna push for a ceasefire?" asks about the future as "going to" does); a first word that
    is a question word mistyped, that question word ("wher was the call?": where)."""
    if found and found[0] in QUESTION_TYPOS and found[0] not in SHORTHAND:
        found = [QUESTION_TYPOS[found[0]], *found[1:]]
    elif found and found[0].startswith(_RUN_ON_OPENERS) and (apart := _run_on(found[0])):
        found = [*apart, *found[1:]]
    if "us" in found:  # "the US", typed in lower case, is a country, not "us"
        found = ["usa" if w == "us" and n and found[n - 1] == "the" else w for n, w in enumerate(found)]
    if "2" in found or "4" in found:
        found = [_digit_as_word(found, n) for n in range(len(found))]
    if SHORTHAND.keys().isdisjoint(found):  # most questions have none
        return list(found)
    return [
        part
        for n, w in enumerate(found)
        # "what was the dat of the call?": after "the" no pronoun stands, so "dat" is a word mistyped ("date").
        for part in (
            w if w in _PRONOUN_SHORTHAND and n and found[n - 1] in _BEFORE_A_NOUN else SHORTHAND.get(w, w)
        ).split()
    ]


def _digit_as_word(found: list[str], n: int) -> str:
    """The word at n, or the word a "2" or "4" stands for between two words ("see eye 2 eye", "thanks 4 helping");
    a count stays one after a word a number follows ("the 2 leaders", "on nov 4") or before a plural ("2 calls")."""
    word = found[n]
    if word not in _DIGIT_WORDS or not 0 < n < len(found) - 1:
        return word
    before, after = found[n - 1], found[n + 1]
    if not (before.isalpha() and after.isalpha()) or before in _BEFORE_A_COUNT or after.endswith("s"):
        return word
    return _DIGIT_WORDS[word]


_DIGIT_WORDS = {"2": "to", "4": "for"}
_BEFORE_A_COUNT = frozenset(
    (*DETERMINERS, *MONTHS.split("|"), "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
     "dec", "between", "of", "with", "at", "on", "in", "by", "about", "around", "only", "just", "all", "both", "over",
     "under", "than", "top", "first", "last", "next", "number", "no", "page", "paragraph", "part",
     "point", "line", "step", "item", "question", "q", "day", "week", "round", "phase", "and", "or")
)  # fmt: skip
_PRONOUN_SHORTHAND = frozenset(("dat", "dem", "u", "ya", "yu"))
# Determiners only a noun follows: "that", "these", "those" also stand alone or open a clause ("is it true that u …").
_BEFORE_A_NOUN = DETERMINERS - {"that", "these", "those"}


# A first word typed together with the next ("whatdid they agree on?", "whenwas the call?"): an opener and an everyday
# word, neither of which a name is made of ("Isabel" and "Howard" are no "is abel", "how ard").
_RUN_ON_OPENERS = (*QUESTION_WORDS, "did", "does", "do", "was", "were", "is", "are", "can", "could", "has", "have")
_RUN_ON_OPENERS_LONGEST_FIRST = sorted(_RUN_ON_OPENERS, key=len, reverse=True)
_RUN_ON_MIN = 3  # letters after the opener: "willis", "hasan" are no "will is", "has an"
_RUN_ON_ZIPF = 4.5  # the rest must be a common word ("did", "thanked", "putin"), not any word English has seen


def _run_on(word: str) -> list[str] | None:
    """The first word and the rest, where a message's first word is an opener run into a common word, or None."""
    openers = [o for o in _RUN_ON_OPENERS_LONGEST_FIRST if word.startswith(o) and len(word) - len(o) >= _RUN_ON_MIN]
    if not openers:
        return None  # "where", "which", "what": the opener alone (wordfreq is not loaded for them)
    from bot.matching.frequency import is_english_word, zipf  # noqa: PLC0415 - 60 ms to load: only for such a word

    if is_english_word(word):
        return None
    return next(([o, word[len(o) :]] for o in openers if zipf(word[len(o) :]) >= _RUN_ON_ZIPF), None)


def _question_typos() -> dict[str, str]:
    """A question word with a letter left out or two letters swapped ("wher", "whta", "wen"), where that is no
    English word ("here", "were", "hat") and only one question word is meant ("hwo" is "who" or "how"). The typo
    corrector would read it as a word of the fact base ("hwo" as "two", "wher" as "when"); as a message's first
    word it asks what the question word asks."""
    found: dict[str, set[str]] = {}
    for word in QUESTION_WORDS:
        dropped = {word[:n] + word[n + 1 :] for n in range(len(word))}
        swapped = {word[:n] + word[n + 1] + word[n] + word[n + 2 :] for n in range(len(word) - 1)}
        for typo in (dropped | swapped) - {word}:
            found.setdefault(typo, set()).add(word)
    return {
        typo: meant.pop()
        for typo, meant in found.items()
        if len(meant) == 1 and len(typo) > 1 and typo not in QUESTION_WORDS and typo not in _ENGLISH_NEAR_QUESTION_WORDS
    }


# Words one letter from a question word that people mean as themselves (wordfreq's English word list holds them).
_ENGLISH_NEAR_QUESTION_WORDS = frozenset("hat here ho hose ow were wh wo".split())
QUESTION_TYPOS = _question_typos()
# Question words in shorthand ("wat", "hw", "whn"), spelt out in a message's text: the patterns that read what a
# question asks (what time, how many, when) read its text, not the matcher's words, where shorthand is spelt out.
_SHORT_QUESTION = {short: full for short, full in SHORTHAND.items() if full in QUESTION_WORDS}
_SHORT_QUESTION_WORD = pattern(rf"\b(?:{'|'.join(sorted(_SHORT_QUESTION))})\b", re.IGNORECASE)


_SHORT_AND = pattern(r"(?<=[^\W\d_]) [nN] (?=[^\W\d_])")  # "putin n sisi": "n" between two words is "and"


def spelt_questions(text: str) -> str:
    """The text with question words in shorthand spelt out ("wat time was the call" -> "what time was the call"),
    and chat's "n" for "and" ("did putin n sisi discuss …"), which the patterns reading a question's parts and roles
    look for."""
    if " n " in text.lower():
        text = _SHORT_AND.sub(" and ", text)
    return _SHORT_QUESTION_WORD.sub(lambda m: _SHORT_QUESTION[m.group().lower()], text)


def with_apostrophes(text: str) -> str:
    """Contractions typed without their apostrophe given it back ("whats" -> "what's", "isnt" -> "isn't", "theyre"
    -> "they're"), where the word without it is no other English word ("its", "were", "well", "ill", "shed" stay):
    the bot's readings of a question's opening and its quoted words are written for the apostrophe."""
    if "'" in text or "’" in text or _APOSTROPHE_AT.keys().isdisjoint(words(text)):
        return text  # most messages: a split and a set test (a search of every contraction took 15 µs)
    return _BARE_CONTRACTION.sub(_with_apostrophe, text)


def _with_apostrophe(found: re.Match[str]) -> str:
    word = found.group()
    cut = _APOSTROPHE_AT[word.lower()]
    return f"{word[:-cut]}'{word[-cut:]}"


def _contractions() -> dict[str, int]:
    """Each contraction without its apostrophe, and how many letters its apostrophe stands before."""
    at: dict[str, int] = {}
    for ending, bases in (
        ("s", "what where who how that there here when why"),
        ("nt", "is was are were do does did has have had could would should ca wo need must might"),
        ("re", "you they"), ("ve", "you they i we could would should might must"), ("ll", "you they it that"),
        ("d", "you they"), ("m", "i"),
    ):  # fmt: skip
        for base in bases.split():
            at[f"{base}{ending}"] = len(ending) if ending != "nt" else 1
    return at


_APOSTROPHE_AT = _contractions()
_BARE_CONTRACTION = pattern(rf"\b(?:{'|'.join(sorted(_APOSTROPHE_AT, key=len, reverse=True))})\b", re.IGNORECASE)


def squeezed(text: str) -> str:
    """The text with each run of spaces as one space, and each run of blank space holding a line break as one line
    break. Many of the bot's patterns read "some space, maybe a comma, some space"; across a long run of spaces that
    is tried every way the run can be cut, from every position in it (a message with 1,000 spaces in a row took 40
    seconds to read)."""
    if "  " not in text and "\n" not in text and "\t" not in text:
        return text  # most messages: two substring tests
    text = _SPACE_RUN.sub(" ", text)
    return _BREAK_RUN.sub("\n", text) if "\n" in text else text


_SPACE_RUN = pattern(r"[^\S\n]{2,}")
_BREAK_RUN = pattern(r"[^\S\n]?\n\s*")


def looks_binary(text: str) -> bool:
    """True for text that is mostly control or replacement characters, as from a pasted binary."""
    if not text:
        return False
    return len(_ODD.findall(text)) / len(text) > 0.1


# The replacement character and the control characters (Unicode category Cc) but tab and line ends.
_ODD = pattern("[\ufffd\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def stems(text: str) -> list[str]:
    """Stemmed words of a text: the form both questions and alias variants are compared in."""
    return [stem(w) for w in words(text)]


# "It" as what a paper publishes, prints, runs or carries, or a writer writes: the document itself ("which newspaper
# published it?" points back to no other part of a message).
DOCUMENT_ACTED_ON = pattern(
    r"\b(?:publish(?:es|ed)?|print(?:s|ed)?|run|runs|ran|carr(?:y|ies|ied)|write|writes|wrote|written)\s+it\b",
    re.IGNORECASE,
)
