"""Match a question to a fact: weighted term overlap on an inverted index, with honest abstention.

A fact's score combines two things, each weighted by how informative its words are (idf):
- recall: how much of the *question* the fact accounts for. A word the fact base has never seen
  (a name like "Macron") weighs more than any known word, so a question about someone else
  cannot ride on one shared name or verb.
- precision: how much of the fact's phrasings the question covers (mostly the best-matching
  one, partly the average), which tells a specific fact from one that merely mentions the
  same words.
A question word (what, when, ...) counts in both, but never makes a match on its own.

score = recall ** RECALL_POWER * precision ** PRECISION_POWER, in [0, 1].
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum

from bot.knowledge import Fact
from bot.markup import for_matching
from bot.matching.frequency import is_english_word, is_wrapping_word, language_of, rarity, superlative_bases, zipf
from bot.matching.index import Index
from bot.matching.terms import (
    EVERYDAY_STEMS,
    GENERIC_QUESTION_STEMS,
    MIN_MISSPELLING,
    MISSPELLING_ZIPF,
    QUESTION_STEMS,
    STOP_STEMS,
    Normalizer,
    everyday_typo,
    verb_stem,
)
from bot.patterns import pattern
from bot.words import (
    COURTESY_WORDS,
    DATE_MENTION,
    DESCRIBING,
    DETERMINERS,
    DOCUMENT_ACTED_ON,
    MONTHS,
    PEOPLE_DETERMINERS,
    PLACE_NOUNS,
    PREPOSED_QUESTION,
    QUESTION_OPENERS,
    QUESTION_WORDS,
    STOPWORDS,
    SUBORDINATORS,
    TOWN_NOUNS,
    WEEKDAYS,
    latin_share,
    looks_binary,
    opens_with,
    spelt_out,
    stem,
    stems,
    words,
)

# Thresholds were chosen with `python -m bot eval tests/data/eval_dev.yaml --sweep` (see README);
# tests/test_matcher.py checks each one at its edge.
ANSWER_THRESHOLD = 0.46  # the sweep's recommendation on eval_dev.yaml: at or above, answer
SUGGEST_THRESHOLD = 0.30  # at or above, but not an answer: "did you mean"
MIN_MARGIN = 0.06  # the best fact must beat the next one by this much to be answered outright
# A short question ("what did they reaffirm?") holds little of any phrasing, so its precision and score are
# low however plainly it points at one fact. It is answered when most of its weight is in that fact and no
# other comes near: at least CLEAR_RECALL of it, CLEAR_MARGIN ahead, and at least a suggestion's score.
CLEAR_RECALL = 0.65
CLEAR_MARGIN = 0.2
# Or, at an answer's score, when it holds at least this much more of the question's weight than the runner-up,
# which scores below an answer (two answer-grade facts are a tie for the reply to weigh).
RECALL_LEAD = 0.3
MAX_SUGGESTIONS = 3
SUGGEST_WINDOW = 0.15  # suggestions must score within this of the best one

# Recall decides whether the documents cover the question at all; precision only tempers it
# (a long-winded question covers little of any one phrasing). A grid over these on the dev set
# (PRECISION_POWER 0.5/1.0, BEST_PHRASING_SHARE 0.5/0.7/1.0, UNKNOWN_FACTOR 2-3) moved the cost
# by one question at most; these values sit in the middle of that flat region.
RECALL_POWER = 1.0
PRECISION_POWER = 0.5
BEST_PHRASING_SHARE = 0.7  # precision = this * best phrasing + the rest * mean over phrasings
QUOTE_CREDIT = 0.5  # a question word found only in the quote counts half: quotes carry context
FILLER_WEIGHT = 0.15  # weight of an unknown everyday word ("exactly", "wondering")
AROUND_WEIGHT = 0.0  # weight of a word only around the question (see _wording): no part of what is asked
MIN_SUBJECT_CHARS = 2  # an unknown single letter ("quick q", "r they…") is shorthand, not a subject
# A known word around a question (see _wording) this common in English (zipf: "important" 5.5, "last" 5.8,
# "aid" 5.0; "hostages" 4.0, "ceasefire" 3.9) only says how the asker came to ask.
EVERYDAY_ZIPF = 5.0
EVERYDAY_SHARE = 0.5  # a known everyday word weighs at most this share of the rarest known word
# When a question holds this much of one of a fact's own phrasings (weighted), the words around it that
# the fact base has never seen are taken as wording and weigh like filler. Only a near-complete
# phrasing counts: "What did Putin and Macron discuss?" holds 0.6 of "What did Putin and Sisi discuss?".
FULL_PHRASING = 0.95
# A fact holds every word of a question (a sum of weights may fall a hair short of 1).
WHOLE = 0.999
# ... and only a phrasing of at least this many terms besides question words: "Egyptian presidency" or
# "in person?" are all there in too many questions about something else.
MIN_PHRASING_TERMS = 3

SURE_TYPO_LENGTH = 7  # a misspelt word this long, no English word, answers a question on its own correction
MIN_SWAPPED = 4  # a shorter word with two letters swapped is as likely another word
RETYPE_LENGTH = 5  # a shorter word is never read as a misspelling of another word the fact base knows
MAX_QUESTION_CHARS = 2000  # longer than any real question; beyond it we ask for a shorter one
LATIN_SHARE = 0.5  # a question with fewer Latin letters than this is in another script than the documents
KEEP_CANDIDATES = 4  # distinct facts kept per result: best, runner-up, suggestions
ROUNDING = 1e-4  # scores are rounded to 4 places: a bound must clear the kept score by this much
# A fact scoring below this can neither be answered or suggested nor, as runner-up, narrow a margin that
# decides (MIN_MARGIN needs a best of ANSWER_THRESHOLD, CLEAR_MARGIN one of SUGGEST_THRESHOLD): not scored.
IRRELEVANT = SUGGEST_THRESHOLD - CLEAR_MARGIN
LONG_POSTING = 200  # before admitting more facts than this at once, raise the bar (see _score_pruned)

WILDCARD_STEMS = frozenset(stem(w) for w in ("anything", "something", "everything", "nothing", "any"))

Query = list[tuple[int | None, float, bool]]  # (term id or None if unknown, weight, is evidence)
Precise = dict[int, tuple[float, int, float]]  # per fact: precision, best phrasing, coverage


@dataclass
class _Worked:
    """What one question's passes share, per fact number. Both parts depend only on the question's known words
    and their weights, which the second pass (unknown words as wording) leaves as they are."""

    # Weight of the question's known words the fact holds and their idf sum; None if it holds no evidence word.
    recalled: dict[int, tuple[float, float] | None] = field(default_factory=dict)
    precise: Precise = field(default_factory=dict)


class Outcome(StrEnum):
    ANSWER = "answer"
    SUGGEST = "suggest"
    ABSTAIN = "abstain"


class Reason(StrEnum):
    """Why a question got no outright answer (NONE when it did)."""

    NONE = ""
    EMPTY = "empty"  # nothing but whitespace, mentions or emoji
    NO_WORDS = "no_words"  # only question and filler words ("what?")
    TOO_LONG = "too_long"
    UNREADABLE = "unreadable"  # binary or control characters
    NO_MATCH = "no_match"  # no fact comes close
    LOW_SCORE = "low_score"  # a fact comes near, not close enough to answer
    AMBIGUOUS = "ambiguous"  # two facts score too close to choose
    TYPO = "typo"  # the match rests only on spelling corrections
    LANGUAGE = "language"  # the question is not in the documents' language
    TASK = "task"  # the message asks the bot to do something ("send the report to my manager"), not a question


@dataclass(frozen=True)
class Candidate:
    fact: Fact
    score: float
    phrasing: str  # the curated phrasing (or the answer) that matched best
    recall: float
    precision: float
    coverage: float = 0.0  # how much the question holds of its fullest phrasing of MIN_PHRASING_TERMS terms or more
    number: int = -1  # the fact's position in the index (-1: not known)

    @property
    def offered(self) -> str:
        """What a "did you mean" list offers: the phrasing that matched where it reads as a question, else the fact's
        first that does ("in person?" and "humanitarian aid" are a curator's cues, not questions to pick)."""
        return next((q for q in (self.phrasing, *self.fact.questions) if _reads_as_question(q)), self.phrasing)


def _reads_as_question(text: str) -> bool:
    return len(text.split()) >= _QUESTION_WORDS_AT_LEAST and _ASKING.match(text) is not None


_QUESTION_WORDS_AT_LEAST = 3  # "Who spoke?" is a cue as much as a question; "Who spoke with Putin?" reads as one


@dataclass(frozen=True)
class Result:
    """What the matcher concluded about one question. `reason` says why when there is no answer."""

    question: str
    outcome: Outcome
    candidates: tuple[Candidate, ...]  # distinct facts, best first
    terms: tuple[str, ...] = ()
    reason: Reason = Reason.NONE
    aside: frozenset[str] = frozenset()  # terms that only surround the question (aside_terms): no subject of it

    @property
    def answered(self) -> bool:
        return self.outcome is Outcome.ANSWER

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None

    @property
    def runner_up(self) -> Candidate | None:
        return self.candidates[1] if len(self.candidates) > 1 else None

    @property
    def score(self) -> float:
        return self.best.score if self.best else 0.0

    @property
    def margin(self) -> float:
        return self.score - (self.runner_up.score if self.runner_up else 0.0)

    def candidate_of(self, fact_id: str) -> Candidate | None:
        """The candidate for one fact, if the matcher weighed it."""
        return next((c for c in self.candidates if c.fact.id == fact_id), None)

    @property
    def suggestions(self) -> tuple[Candidate, ...]:
        if self.outcome is not Outcome.SUGGEST:
            return ()
        floor = max(SUGGEST_THRESHOLD, self.score - SUGGEST_WINDOW)
        return tuple(c for c in self.candidates if c.score >= floor)[:MAX_SUGGESTIONS]


def answer(
    question: str,
    index: Index,
    *,
    answer_threshold: float = ANSWER_THRESHOLD,
    exhaustive: bool = False,
    allowed: Container[int] | None = None,
) -> Result:
    """Match one question. `exhaustive` scores every fact (the slow reference the index must agree with);
    `allowed` limits it to those fact numbers (a channel that answers from some documents only)."""
    problem = _unusable(question)
    if problem:
        return Result(question, Outcome.ABSTAIN, (), reason=problem)
    text = for_matching(question)
    if "other" in text:  # a substring test first ("another" holds it too): most questions have neither
        # "Each other" is a pronoun, as "they" is: "did they talk to each other?" asks whether they talked, and its
        # "other" had drawn the one fact whose curated phrasing says "thank each other".
        text = _EACH_OTHER.sub(" ", text)
    if "whom" in text:
        # "With whom did Putin speak on November 14?" asks who, as "who did Putin speak with …?" does: read so by the
        # readers of who did what (the preposition says nothing a fact holds).
        text = _OPENING_WHOM.sub(r"\1who", text)
    if "mean" in text and (meant := _MEANT.match(text)) is not None:
        # "What did Putin mean?" asks what he said: the "means" a curated phrasing asks by ("by what means did they
        # speak?") is no meaning.
        text = f"{meant['asked']}say{text[meant.end() :]}"
    if "concerning" in text:
        # "What did they pledge concerning a truce?": about a truce, no concern of theirs ("the centre of concern").
        text = _CONCERNING.sub("about ", text)
    if "after" in text and _AFTER_WANTED.search(text):
        # "What kind of peace are they after?": what they seek; "after" closing the question is no time.
        text = _AFTER_WANTED.sub(r"\g<asked>\g<be> \g<who>seeking", text)
    if " or " in text and EITHER_WAY.search(text):
        text = EITHER_WAY.sub(" ", text)
    if _WHICH_PEOPLE.search(text):
        text = _WHICH_PEOPLE.sub(r"who \1", text)
    if "called" in text or "named" in text:  # a substring test first: few questions have either
        # "What's Egypt's leader called?" asks a name, as "what is the name of Egypt's leader?" does: its "called" is
        # no phone call, and had drawn the facts of how the leaders talked. So does "what are the leaders named?".
        text = _NAMED_AS.sub(r"\1what is the name of \2", text)
    # What the asker says of themselves around the question is theirs, not a misspelling of the fact base's words:
    # "I'm putting together a one-pager on …" had read "pager" as "paper", the publisher's word.
    around, context = _wording(text, index.normalizer.known_words, index.normalizer.terms_of_words)
    terms, as_typed, surface = index.normalizer.question_words(text, context=index.in_context, kept=context)
    described = _HOW_DESCRIBED.search(text)
    if _HOW_MUCH.search(text) or described:
        # "how many", "how much" ask for a figure, and "how was X described?" for the words said of X, not for the
        # manner a fact's "how did they ...?" phrasing asks.
        terms, as_typed = _dropping({"how"}, terms, as_typed)
        if described:
            # The verb of describing is its frame too, unless a fact uses it of what is described ("how was the talk
            # characterised?" of "the discussion was marked by"): "how is the situation in Gaza portrayed?" had
            # weighed "portrayed" as a rare word, and "how was Egypt's assistance characterised?" drew the talk's mark.
            verb = set(index.normalizer.terms_of_words(words(described.group(1))))
            of_it = _said_of(verb, terms, index)
            terms, as_typed = _dropping(verb - of_it, terms, as_typed)
            if not of_it and _only_the_talk(terms, index):
                # "How was the call described?" asks what characterised the talk as a whole, in the fact base's own
                # word for that, not how it was held: the call's "telephone" had answered it.
                characterised = index.normalizer.terms_of_words(["characterised"])
                marked = [t for t in characterised if t in index.term_ids and t not in terms]
                terms, as_typed = [*terms, *marked], [*as_typed, *marked]
        if _LASTED.search(text):
            # "How long did the call last?" asks a duration: the verb is its frame, not "a lasting solution".
            terms, as_typed = _dropping(
                set(index.normalizer.terms_of_words(["last", "lasts", "lasted"])), terms, as_typed
            )
    if "why" in text.lower() and (weighty := _WHY_WEIGHTY.search(text)) is not None:  # a substring test first
        # Unless a fact says it beside X ("why is the gesture important?" of "this gesture underlines the importance
        # of relations"): "why is the ceasefire important?" had drawn that fact by its one rare word, "importance".
        verb = set(index.normalizer.terms_of_words(words(weighty.group(1))))
        terms, as_typed = _dropping(verb - _said_of(verb, terms, index, with_all=False), terms, as_typed)
    if frame := how_held_frame(text, index.normalizer):
        # "Were the talks held by phone?", "what kind of conversation took place?": how it took place is asked, and
        # the taking place is only its frame (the date's fact says "held on November 14").
        terms, as_typed = _dropping(frame, terms, as_typed)
    if (source := _ACCORDING_TO.search(text)) and _cited_by_no_fact(source.group(1), index):
        # "What role does Egypt play according to Putin?": whose account is asked for, not an accord, where no fact
        # says anything is according to him; "according to the Egyptian presidency" is how two facts say it.
        terms, as_typed = _dropping(set(index.normalizer.terms_of_words(["according"])), terms, as_typed)
    if _MENTION.search(text) or _who_spoke_of(text, index):
        # "Is the evacuation of Russians mentioned?": whether the document mentions it, which says nothing of what
        # it is; as "discuss" (its alias) it drew the facts about what the leaders discussed. So with "who talked
        # about X?", "who brought up X?": who mentioned X, not who spoke with whom ("Who did Putin speak with?"). Kept
        # where little else names anything ("which conflict is mentioned?" is "what conflict did they discuss?").
        mention = set(index.normalizer.terms_of_words(["mention", "mentioned"]))
        kept, kept_typed = _dropping(mention, terms, as_typed)
        if len(set(kept) - QUESTION_STEMS - EVERYDAY_STEMS) >= 2:
            terms, as_typed = kept, kept_typed
    if trying := _TRYING.search(text):
        # "What were they trying to facilitate?" asks what they facilitated: the attempt only frames the verb after
        # it, and a phrasing that happens to say "trying" had drawn the question from the fact that says "facilitate".
        tried = set(index.normalizer.terms_of_words([trying.group(1).lower()]))
        kept, kept_typed = _dropping(tried, terms, as_typed)
        if set(kept) - QUESTION_STEMS:
            terms, as_typed = kept, kept_typed
    place = _WHICH_PLACE.search(text)
    if place:
        terms, as_typed = _dropping(set(index.normalizer.terms_of_words(words(place.group())[1:])), terms, as_typed)
    if WHO in index.term_ids and asks_identity(text, terms, index):
        # "Is Putin the Russian president?", "which president is Egyptian?", "what country does Sisi lead?": only
        # names and the words for what they are, asked of them: who they are, as "who is Putin?" asks. A word for
        # what they are that no fact uses ("lead") weighs nothing.
        unknown = {t for t in terms if t not in index.term_ids}
        terms, as_typed = _dropping(unknown, terms, as_typed)
        # "Who leads Egypt?": the one a country's name stands for, who is asked about.
        holders = {c: p for p, countries in index.normalizer.affiliations.items() for c in countries}
        terms, as_typed = [holders.get(t, t) for t in terms], [holders.get(t, t) for t in as_typed]
        if WHO not in terms:
            terms, as_typed = [*terms, WHO], [*as_typed, WHO]
    if TOPIC in index.term_ids and TOPIC not in terms and _asks_topic(text):
        terms, as_typed = [*terms, TOPIC], [*as_typed, TOPIC]
    if (
        DATE in index.term_ids
        and DATE not in terms
        and not _WHO_ASKED.match(text)
        and (_names_a_known_date(text, index) or _CLOCK_ASKED.search(text))
    ):
        # "was the call in November?" asks about the call's date, as "what date was the call?" does: the month
        # alone is also in every fact whose quote tells of the call.
        terms, as_typed = [*terms, DATE], [*as_typed, DATE]
    if not terms or set(terms) <= QUESTION_STEMS:
        return Result(question, Outcome.ABSTAIN, (), tuple(terms), reason=Reason.NO_WORDS)
    if latin_share(question) < LATIN_SHARE:
        return Result(question, Outcome.ABSTAIN, (), tuple(terms), reason=Reason.LANGUAGE)
    # The words as typed: the typo corrector reads French "ont" and "ils" as the English "on" and "is".
    typed = words(text)
    if language_of(typed, index.normalizer.known_words):
        return Result(question, Outcome.ABSTAIN, (), tuple(terms), reason=Reason.LANGUAGE)
    # One set test each for the many questions that name no workplace.
    if not _OWN_WORDS.isdisjoint(typed) and _asks_of_own_thing(text):
        return Result(question, Outcome.ABSTAIN, (), tuple(terms), reason=Reason.NO_MATCH)
    if _ADVICE.match(text) or _NOW.match(text):
        return Result(question, Outcome.ABSTAIN, (), tuple(terms), reason=Reason.NO_MATCH)
    if _is_task(text):
        return Result(question, Outcome.ABSTAIN, (), tuple(terms), reason=Reason.TASK)
    if not _WORKPLACE_WORDS.isdisjoint(typed) and _QUESTION_WORD.search(text):
        # Not in a request with no question in it: "release my newsletter", "sign off on my PR" ask the bot to act
        # on a thing of the asker's own, which no document holds (and is what the request is about).
        around |= {m.group(1).lower() for m in _WORKPLACE.finditer(text)}
    if not _WORKPLACE_WORDS.isdisjoint(typed):
        # What the answer is for, all its words: "for our Monday roundup", "for my weekly briefing".
        around |= {w for m in _FOR_OURS.finditer(text) for w in words(m.group(1))}
    if "for" in typed and not _WORK_PRODUCTS.isdisjoint(typed):
        # "For the board memo", "for a deck": what the answer is for, by the thing it goes into, whoever's it is.
        around |= {w for m in _FOR_PRODUCT.finditer(text) for w in words(m.group(1))}
    # The word of talk, looked for once (a set test first: most questions have none).
    talk = _TALK.search(text) if not _TALK_WORDS.isdisjoint(typed) else None
    speakers = _speakers(text, talk, index) if talk else frozenset()
    if speakers:
        terms, as_typed = _dropping(speakers, terms, as_typed)
    # Who does what a who-question asks the object of, and where a talk took place: off, unless nothing else is asked.
    for frame in (_doers_of_who(text, index), _occasion(text, talk, index) if talk else frozenset()):
        if frame and not set(terms) - frame <= QUESTION_STEMS:
            terms, as_typed = _dropping(frame, terms, as_typed)
    if "expression" in typed and (expressed := expressed_frame(text, index, grouped_nouns=True)):
        # "What does Putin's expression of thanks underscore?" asks what his thanks do: the noun of expressing is a
        # frame from the first reading (a curated "did Putin express his gratitude?" had drawn it to the thanks).
        terms, as_typed = _dropping(expressed, terms, as_typed)
    wording = (around, context)
    aside = aside_terms(terms, index, around, context)
    result = _match(question, (terms, as_typed, surface), index, answer_threshold, exhaustive, allowed, wording, aside)
    if not result.answered and "two" in typed and "two" not in aside and _counts_the_people(typed, index):
        # "What was the primary concern of the two leaders?": "two" counts the documents' people, whom every fact's
        # "they" stands for, and is no subject where it leaves the question unanswered (one phrasing's "the two
        # leaders" had drawn the topic's fact level); where it answers ("state the two presidents' names"), it stays.
        counted = _match(
            question, (terms, as_typed, surface), index, answer_threshold, exhaustive, allowed, wording, aside | {"two"}
        )
        if counted.answered:
            aside, result = aside | {"two"}, counted

    def without(drop: Container[str]) -> tuple[list[str], Result]:
        """The question's terms but `drop`, and the question matched again on them (each retry below)."""
        kept, kept_typed = _dropping(drop, terms, as_typed)
        return kept, _match(
            question, (kept, kept_typed, surface), index, answer_threshold, exhaustive, allowed, wording, aside
        )

    retry = result.reason in (Reason.LOW_SCORE, Reason.NO_MATCH, Reason.AMBIGUOUS) and not talk  # who talked: _speakers
    # Words that frame what is asked, which the first reading keeps (phrasings use them too); where it answers nothing,
    # the question is asked without them, each frame in turn until one answers:
    # - the documents' people, not named ("what issues did the presidents address?"): what they did is asked;
    # - a verb of expressing before a known noun ("what did they voice support for?"): expressing support is
    #   supporting ("both leaders reaffirmed their support");
    # - a verb of reporting with no one named ("what is reported about the wounded?"): what the document says of it,
    #   whoever in it reported anything (a phrasing of the presidency's report had drawn it).
    for framing in (_unnamed_doers, expressed_frame, _reported_about) if retry else ():
        if result.answered:
            break
        frame = framing(text, index)
        if result.reason is Reason.AMBIGUOUS and not frame <= _protagonist_people(index):
            # Two facts too close to choose between: only the people's names, which every fact's "they" stands for,
            # may be what made them so ("what were Putin and Sisi hoping to end?" drew each fact whose phrasings name
            # them); a word for the people ("the presidents") weighs as little and tells as little once dropped.
            continue
        if frame and set(terms) - frame - QUESTION_STEMS:
            kept, second = without(frame)
            if second.answered:
                terms, result = kept, second
    asked_of, whole = _whole_talk(text, index) if retry and not result.answered else ((), frozenset())
    if asked_of:
        # "Where was the focus of the Putin-Sisi call?": the call as a whole, which every fact of its account is part
        # of, and no subject of one; its words ("call" is "phone") had drawn the facts of how and with whom it was
        # held. Where the question answers nothing with them, what it asks of the call ("focus") is asked without
        # them, and answered by a fact that says it.
        kept, second = without(whole)
        if second.answered and second.best and all(index.uses(second.best.number, t) for t in asked_of):
            terms, result = kept, second
    minding: list[str] = []  # the words that ask whether a thing was spoken of, or minded
    if (result.reason is Reason.LOW_SCORE or _tied_on_talk(result, talk, index)) and _WHETHER.match(text):
        minding = ["discuss"] if talk else sorted(_MINDED_WORDS.intersection(typed))
    if minding:
        # "Did they discuss gratitude?", "any mention of gratitude?": whether a thing was spoken of, which every fact
        # of a conversation's account is; where the verb of talk costs the fact that names the thing its answer (no
        # phrasing of it says "discuss"), the thing alone is asked, and answered only by a fact that says all of it:
        # "was aid delivery to Israel discussed?" asks of Israel too, which the fact about aid never names. So with
        # whether they minded a thing ("were they concerned for civilians?"): what they said of it tells.
        minded = set(index.normalizer.terms_of_words(minding))
        left, _ = _dropping(minded, terms, as_typed)
        if left != terms and any(t in index.term_ids and t not in QUESTION_STEMS for t in left):
            kept, second = without(minded)
            if second.answered and second.best and second.best.recall >= WHOLE:
                terms, result = kept, second
    # An opinion is said too ("what does Israel think of this?"): whose it is must be known, as a speaker must; but
    # "do Moscow and Cairo think the same?" names them as what is asked, not as speakers to set aside.
    # Both may be asked: "did the article mention what Israel thinks of it?" talks of the article, and of Israel's view.
    opinion = _OPINION.search(text) if not _OPINION_WORDS.isdisjoint(typed) else None
    said = [found for found in (talk, opinion) if found is not None]
    if result.answered:
        result = _of_kind_asked(text, result, index, answer_threshold)
    if result.answered and (
        _asks_for_unknown(text, index)
        or (result.best and any(_unknown_speaker(text, found, index, result.best) for found in said))
        or (result.best and _unknown_reactor(text, index, result.best))
        or (result.best and _topic_unheld(text, index, result.best))
    ):
        return Result(question, Outcome.SUGGEST, result.candidates, tuple(terms), Reason.LOW_SCORE, aside)
    if not result.answered:
        # A misspelling may be a word the fact base knows too ("the dofos husis" of a fact about the "difos
        # husis"): read it as the word of the one fact that then holds all the question's subject words.
        swaps = index.retyped(*_subjects(terms, surface, index))
        if swaps:
            retyped = [swaps.get(t, t) for t in terms]
            turned = aside_terms(retyped, index, *wording)
            second = _match(
                question, (retyped, as_typed, surface), index, answer_threshold, exhaustive, allowed, wording, turned
            )
            if second.answered:
                return replace(second, aside=aside) if aside else second
    return replace(result, aside=aside) if aside else result


def in_own_words(result: Result, asked: str, index: Index, threshold: float) -> Result:
    """ "What does the article say they demonstrated?": "demonstrate" is an alias of "underline", which four facts
    use, but only one says "demonstrating". Of facts too close to choose between, the one alone whose own words
    (quote, answer, phrasings) hold every word of the question that an alias made one with other words is the one
    the question was asked in the words of: answered. Otherwise the result is returned as it is."""
    typed = {stem(w): w for w in words(for_matching(asked))}
    # An everyday word ("call", an alias of "phone") names no one fact's subject, nor does how a name is spelt
    # ("Russian" for Russia says nothing of which fact tells of it), nor which word names the people's role ("the two
    # leaders" are the presidents of every fact).
    names, roles = index.normalizer.name_terms, index.normalizer.role_terms
    aliased = {
        s
        for s, w in typed.items()
        if s not in EVERYDAY_STEMS
        and (terms := index.normalizer.terms_of_words([w])) not in ([], [s])
        and names.isdisjoint(terms)
        and roles.isdisjoint(terms)
    }
    if not aliased or not result.candidates:
        return result
    best = result.candidates[0].score
    close = [c for c in result.candidates if c.score >= threshold and round(best - c.score, 6) < MIN_MARGIN]
    holding = [c for c in close if aliased <= set(stems(" ".join((c.fact.quote, c.fact.answer, *c.fact.questions))))]
    if len(holding) != 1 or len(close) < 2:
        return result
    ranked = (holding[0], *(c for c in result.candidates if c is not holding[0]))
    return replace(result, outcome=Outcome.ANSWER, candidates=ranked, reason=Reason.NONE)


def _of_kind_asked(text: str, result: Result, index: Index, threshold: float) -> Result:
    """ "What conflict did the conversation focus on?" asks for a conflict: of the facts good enough to answer, one
    whose own words (quote or answer) name the noun asked for goes before one that only lists it among its tags or
    phrasings, which tell what a fact is about, not what it states."""
    found = _ASKED_FOR.match(text)
    head = _noun_asked_for(found, index)
    if head is None or result.best is None:
        return result
    kind = index.normalizer.terms_of_words([head])
    if len(kind) != 1 or kind[0] in EVERYDAY_STEMS or kind[0] in QUESTION_STEMS:
        return result

    def states(candidate: Candidate) -> bool:
        fact = candidate.fact
        return kind[0] in index.normalizer.terms_of_words(words(f"{fact.quote} {fact.answer}"))

    if states(result.best):
        return result
    stating = next((c for c in result.candidates[1:] if c.score >= threshold and states(c)), None)
    if stating is None:
        return result
    ranked = (stating, *(c for c in result.candidates if c is not stating))
    return replace(result, candidates=ranked)


def _noun_asked_for(found: re.Match[str] | None, index: Index, places: Container[str] = PLACE_NOUNS) -> str | None:
    """The noun a "what/which <noun> …" question asks for (`found`: _ASKED_FOR's or _ASKED_FOR_OWNED's match), in
    lower case; None where there is none, or it only asks for a figure, a place (one of `places`) or nothing new
    ("what kind of")."""
    if found is None:
        return None
    head = found.group(1).lower()
    return None if head in _FIGURE_NOUNS or head in places or _asks_nothing_new(head, index) else head


# Taking place, with how: how, by what means, in what form, by phone or in person (one search for most questions).
# The words of the `held` alias group (knowledge/aliases.yaml): each says only that the event took place.
_TAKING_PLACE = (
    r"\b(?:held|hold|(?:take|took|taken|taking|takes)\s+place|happen(?:s|ed|ing)?|occur(?:s|red|ring)?"
    r"|conduct(?:s|ed|ing)?|carr(?:y|ied)\s+out)\b"
)
_HELD_HOW = pattern(
    rf"{_TAKING_PLACE}.*?\b(?:by|via|over|on)\s+(?:the\s+|a\s+)?(?:what\s+means|(?:tele)?phone|video|zoom|e-?mail|letter)\b"
    rf"|\bin\s+person\b|\b(?:how(?!\s+(?:many|much))|by\s+what\s+means|what\s+(?:kind|sort|type|form)\s+of)\b.*?"
    rf"{_TAKING_PLACE}"
    # Between whom it took place: "between whom was the call held?" asks who, as "between whom was the call?" does.
    rf"|\b(?:between|among)\s+(?:whom|who|which)\b.*?{_TAKING_PLACE}",
    re.IGNORECASE,
)
_WHEN_ASKED = pattern(rf"\b(?:when|date|day|month|year|{MONTHS})\b|\d", re.IGNORECASE)


def how_held_frame(text: str, normalizer: Normalizer) -> frozenset[str]:
    """The terms of taking place, where a question asks how an event took place ("were the talks conducted by
    phone?") or between whom, not when: its frame, not what it asks. Empty for any other question."""
    if _HELD_HOW.search(text) is None or _WHEN_ASKED.search(text) is not None:
        return frozenset()
    return frozenset(normalizer.terms_of_words(["held"]))


def _said_of(verb: set[str], terms: list[str], index: Index, *, with_all: bool = True) -> set[str]:
    """The terms of a describing verb that some fact uses together with every other word of the question (with any
    one of them, unless `with_all`)."""
    rest = [t for t in terms if t not in verb and t not in QUESTION_STEMS]
    together = all if with_all else any
    said = set()
    for term in verb:
        term_id = index.term_ids.get(term)
        if term_id is None:
            continue
        if any(together(index.uses(number, other) for other in rest) for number in index.users(term_id)):
            said.add(term)
    return said


def _only_the_talk(terms: list[str], index: Index) -> bool:
    """Whether a question's only subject words name the talk itself ("the call", "the conversation")."""
    subjects = {t for t in terms if t not in QUESTION_STEMS}
    return bool(subjects) and subjects <= set(index.normalizer.terms_of_words(_THE_TALK))


# Words for a talk as a whole (what a question may ask the topic of, with others: _TOPIC_OF).
_THE_TALK = (
    "call calls conversation conversations discussion discussions talk talks exchange exchanges chat dialogue meeting"
).split()


def _tied_on_talk(result: Result, talk: re.Match[str] | None, index: Index) -> bool:
    """Whether two facts come too close to choose between only through the word of talk: one that is close lacks a
    name the best one holds ("did they discuss the evacuation of Russians?": the discussed evacuation of foreigners,
    no Russians). Where each names all ("did they discuss humanitarian aid?"), both answer it, and both are given."""
    if result.reason is not Reason.AMBIGUOUS or talk is None or result.best is None:
        return False
    best = result.best
    names = index.normalizer.name_terms
    subjects = [t for t in result.terms if t in names and index.uses(best.number, t)]
    close = [c for c in result.candidates[1:] if round(best.score - c.score, 6) < MIN_MARGIN]
    return any(not all(index.uses(c.number, t) for t in subjects) for c in close)


def _dropping(drop: Container[str], terms: list[str], as_typed: list[str]) -> tuple[list[str], list[str]]:
    """A question's terms, and its terms as typed, without those of `drop`."""
    return [t for t in terms if t not in drop], [t for t in as_typed if t not in drop]


def _asks_for_unknown(text: str, index: Index) -> bool:
    """Whether a question asks for a thing by a noun no fact uses ("what is the capital of the Palestinian state?",
    "what language is La Nouvelle Tribune in?"): what is asked for is not in the documents, however well the rest
    of the question matches. Everyday nouns ("what kind of", "what was the outcome of") only frame a question."""
    quality = _HOW_QUALITY.match(text)
    if quality is not None:
        # "How reliable is La Nouvelle Tribune?" asks a degree of a quality no fact names: the paper is no answer.
        word = quality.group(1).lower()
        return not _asks_nothing_new(word, index) and _none_known(set(index.normalizer.terms_of_words([word])), index)
    owned = _ASKED_FOR_OWNED.match(text)
    found = owned or _ASKED_FOR.match(text)
    if found is None:
        return False
    # "Which cities share a vision?" asks which named ones, as "which region?" does; "the capital of X" and "X's
    # capital" ask for something of X, which a fact must name as such.
    of_something = owned is not None or found.group(0).lower().endswith("of")
    if _noun_asked_for(found, index, PLACE_NOUNS if of_something else _PLACES) is None:
        return False
    if _ABOUT_TOPIC.search(text, found.end(1)):
        # "What was the verdict of Folacut regarding the difos?": a noun asked for about something names a kind
        # of statement (a verdict, a take), whose content the fact gives; only one asked for of a thing names
        # something of it (its capital, its language) that a fact must hold.
        return False
    # The head's own terms: what the question up to it maps to, less what the words after it map to (it may be
    # part of a variant of several words: "what month", "heads of state"); at the end, less what the words before
    # it map to.
    terms_of = index.normalizer.terms_of_words
    rest = text[: found.start(1)] if owned else text[found.end(1) :]
    # A request's verb ("explain the history of …") is how it asks, not what.
    request = None if owned else REQUEST_OPENING.match(text)
    start = request.end() if request else 0
    return _none_known(set(terms_of(words(text[start : found.end(1)]))) - set(terms_of(words(rest))), index)


# "How reliable is …?", "how successful was …?": the quality a degree is asked of (not "how many", "how come").
_HOW_QUALITY = pattern(
    r"^\W*how\s+(?!(?:many|much|long|often|far|old|big|large|soon|come|so|about|exactly|else|do|does|did|is|are|was|"
    r"were|can|could|would|will|should|has|have|had)\b)([a-z]+)\s+(?:is|was|are|were|s)\b",
    re.IGNORECASE,
)


def _asks_nothing_new(word: str, index: Index) -> bool:
    """Whether a word asked for is a function or everyday word, which only frames a question, or a misspelling of a
    fact's word ("what stiuation was at the heart of their talks?")."""
    if word in STOPWORDS or _everyday(stem(word), word):
        return True
    vocabulary = index.normalizer.vocabulary
    return vocabulary is not None and vocabulary.corrections(word) != [word]


def _none_known(terms: set[str], index: Index) -> bool:
    """Whether some terms, question words aside, are there and none of them is a fact's or an everyday one."""
    own = terms - QUESTION_STEMS
    return bool(own) and all(t not in index.term_ids and t not in EVERYDAY_STEMS for t in own)


_ABOUT_TOPIC = pattern(r"\b(?:regarding|on|about|concerning|toward|towards|over|re|wrt)\b", re.IGNORECASE)
# A figure asked for by its noun ("what percentage of…") is a question the reply answers with "no figure" when a
# fact lacks one: better than "did you mean".
_FIGURE_NOUNS = frozenset("percentage proportion share number amount total count figure rate".split())


# "What (is) the …", "who is the …": "who" asks for a person only with its "is" ("who editor …" asks nothing).
# "What would the capital of … be?" asks for the capital as "what is" does.
_IS = r"(?:\s*'s|\s+is|\s+was|\s+are|\s+were|\s+would|\s+will|\s+could|\s+might|\s+should)"
# A request that opens a question: "explain …", "tell me about …", "list …".
_REQUESTING = (
    r"(?:please\s+)?(?:explain|describe|outline|list|(?:elaborate|expand)(?:\s+on)?|"
    r"(?:tell|give|show)(?:\s+(?:me|us))?(?:\s+about)?)"
)
REQUEST_OPENING = pattern(rf"^\W*(?:so\s+|and\s+|but\s+)?{_REQUESTING}\s", re.IGNORECASE)
_ASKED_FOR = pattern(
    # Or asked for by a request: "explain the history of the Israeli-Palestinian conflict".
    rf"^\W*(?:so\s+|and\s+|but\s+)?(?:(?:what|which){_IS}?|who{_IS}|{_REQUESTING})\s+"
    r"(?:the\s+|their\s+|its\s+|his\s+|her\s+)?([a-z]+)\s+(?:of|is|was|are|were|did|do|does|for|in)\b",
    re.IGNORECASE,
)
# "What is the Palestinian state's capital?", "who is Egypt's foreign minister?": the noun asked for ends the
# question, after a possessive.
_ASKED_FOR_OWNED = pattern(
    rf"^\W*(?:so\s+|and\s+|but\s+)?(?:what|which|who){_IS}\s+.+?(?:'s|’s|s')\s+([a-z]+)\W*$", re.IGNORECASE
)


# "What was the call about?", "which conflict was it about?": a question ending in "about" after "is/was <it, the
# ..., their ...>" asks for the subject matter, which "about" (a function word) alone can't say. Read as the word
# "topic" when the fact base has it ("what were they worried about?" has no such noun phrase and is left alone).
TOPIC = "topic"
# A month or a year in a question names a date ("was the call in November?"): read as the word "date" when the fact
# base has it.
DATE = "date"


_ACCORDING_TO = pattern(r"\baccording\s+to\s+(?!wh)((?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?)", re.IGNORECASE)


def _cited_by_no_fact(source: str, index: Index) -> bool:
    """Whether the words after a question's "according to" name no one a fact's answer or quote cites that way."""
    named = set(index.normalizer.terms_of_words(words(source))) - QUESTION_STEMS - EVERYDAY_STEMS
    accord = index.term_ids.get(index.normalizer.terms_of_words(["according"])[0])
    if not named or accord is None:
        return bool(named)
    facts = index.knowledge.facts
    for number in index.users(accord):  # the few facts that say "according"
        for text in (facts[number].answer, facts[number].quote):
            for found in _ACCORDING_TO.finditer(text):
                if not named.isdisjoint(index.normalizer.terms_of_words(words(found.group(1)))):
                    return False
    return True


_MENTION = pattern(r"\bmention(?:s|ed|ing)?\b", re.IGNORECASE)
# A thing named as an issue: "the hostage issue", "this aid question" (a noun before the head noun, after a determiner).
_THING_AS_ISSUE = pattern(
    r"\b(?P<thing>(?:the|this|that)\s+(?P<word>\w+))\s+(?:issues?|questions?|matters?|topics?|subjects?)\b",
    re.IGNORECASE,
)
# Not where the issue is what is asked ("what was the main issue of the call?", "what's the subject of the call?").
_ISSUE_OF = pattern(
    r"(?<!\bwhat\s)(?<!\bwhat's\s)(?<!\bwas\s)(?<!\bis\s)\b(?:the|this|that)\s+(?:issue|question|matter)\s+of\s+(?=[a-z])",
    re.IGNORECASE,
)
# What the documents' own issues are called ("crucial issues"), or the main one: a kind of issue, not a thing.
_KINDS_OF_ISSUE = ("main", "crucial", "key", "important")


def without_issue(text: str, index: Index) -> str:
    """A question with a thing named as an issue named alone: "did they discuss the hostage issue?" asks about the
    hostages, as "the aid question" asks about aid; read as the topic (the alias of "issue"), it drew the fact of what
    the call was about, and asked a yes of it. "The main issue", "crucial issues" still ask what the topic was."""
    if "of" in text and (issue_of := _ISSUE_OF.search(text)) is not None:
        # "Did they raise the issue of hostages?": the hostages, named after the issue.
        text = text[: issue_of.start()] + text[issue_of.end() :]
    if _THING_AS_ISSUE.search(text) is None:
        return text
    return _THING_AS_ISSUE.sub(lambda m: m["thing"] if _names_a_thing(m["word"], index) else m.group(0), text)


# "What needs to be facilitated?", "who needs to leave Gaza?": the asked thing is the subject of "need to", a modal
# there as "has to" is; not "the need to release the hostages", a thing said.
_NEEDS_TO = pattern(r"^(\W*(?:what|who|which(?:\s+\w+)?)\s+)(?:needs|need)\s+to\b", re.IGNORECASE)
# "What needs facilitating?": the same, with the passive's gerund.
_NEEDS_DOING = pattern(r"^(\W*(?:what|who|which(?:\s+\w+)?)\s+)(?:needs|need)\s+(?=[a-z]{3,}ing\b)", re.IGNORECASE)


def need_as_modal(text: str) -> str:
    """ "What needs to be done?" read as "what has to be done?": "need", weighed as a word the documents use of the
    hostages, drew their fact and sank the question's own words."""
    return _NEEDS_DOING.sub(r"\1has to be ", _NEEDS_TO.sub(r"\1has to", text, count=1), count=1)


# "Which of the two presidents …?": the group chosen from is the answer's kind, and weighs as what the question is
# about in facts that speak of the group ("the two leaders expressed their desire"); "which of them" asks the same.
_WHICH_OF_THE = pattern(
    r"\bwhich\s+of\s+(?:the|these|those)\s+(?:(?:two|three|both)\s+)?(?:[\w-]+\s+)?[\w-]+(?:s|men)\b(?!\s+of\b)"
    # The group by its count alone: "which of the two said thank you?".
    r"|\bwhich\s+of\s+(?:the|these|those)\s+(?:two|three|pair|duo)\b(?!\s+[\w-]+(?:s|men)\b)",
    re.IGNORECASE,
)


def which_of_them(text: str) -> str:
    """ "Which of the two presidents thanked …?" read as "which of them thanked …?"."""
    return _WHICH_OF_THE.sub("which of them", text, count=1) if "which" in text.lower() else text


def _names_a_thing(word: str, index: Index) -> bool:
    """Whether a word before "issue" names a thing the fact base knows (hostage, aid, Gaza), not what kind of issue it
    is (_KINDS_OF_ISSUE) nor an everyday word."""
    terms_of = index.normalizer.terms_of_words
    terms = terms_of([word.lower()])
    return (
        len(terms) == 1
        and terms[0] in index.term_ids
        and terms[0] not in EVERYDAY_STEMS
        and terms[0] not in QUESTION_STEMS
        and terms[0] not in terms_of(list(_KINDS_OF_ISSUE))
    )


def _who_spoke_of(text: str, index: Index) -> bool:
    """Whether a question asks who spoke of something: "who" as its subject, and a verb of talk after it."""
    doing = _WHO_DID.match(text)
    if doing is None:
        return False
    terms_of = index.normalizer.terms_of_words
    return not set(terms_of(["mention"])).isdisjoint(terms_of(words(doing.group(1))))


# "Who" as the subject, and the verb (with its particle) after it: "who talked about …", "who brought up …".
_WHO_DID = pattern(r"^\W*who\s+(\w+(?:\s+(?:up|about|on|of))?)\b", re.IGNORECASE)
# Words of minding a thing, read as typed: "were they worried about the children?" asks what they said of them.
_MINDED_WORDS = frozenset("concerned worried care cared cares caring anxious troubled".split())
# A question of whether, as it opens: "did they …", "was X …", "any mention of …", "anything about …".
_WHETHER = pattern(r"^\W*(?:did|do|does|was|were|is|are|has|have|had|any|anything)\b", re.IGNORECASE)
_PLACES = PLACE_NOUNS | TOWN_NOUNS
# "Which region was the main concern?", "what part of the region did they focus on?": a noun of place after "which"
# or "what" asks where, as "where was the main concern?" does. It names the kind of answer wanted, never the subject:
# a fact that says "the region" (aid "to the region") is no likelier to answer it.
# A piece of a place: "what part of the region", "which strip of land".
_STRETCH = r"(?:parts?|strips?|stretch(?:es)?|pieces?|patch(?:es)?|corners?|bits?)"
_WHICH_PLACE = pattern(
    rf"\b(?:which|what)\s+(?:parts?\s+of\s+the\s+world|(?:{_STRETCH}\s+of\s+(?:the\s+)?)?(?:{'|'.join(sorted(_PLACES))}))\b",
    re.IGNORECASE,
)


EACH_OTHER_WORDS = r"each\s+other|one\s+another"
_EACH_OTHER = pattern(rf"\b(?:{EACH_OTHER_WORDS})(?:['’]s)?\b", re.IGNORECASE)
# "What did Putin mean?": a meaning asked of someone, with nothing after it.
_MEANT = pattern(r"^(?P<asked>\W*what\s+(?:did|does|do)\s+(?:\S+\s+){1,4}?)mean(?=\W*$)", re.IGNORECASE)
# "What time was the call?": when it was, to the hour, which the fact that dates it is nearest to (and says it lacks).
_CLOCK_ASKED = pattern(r"\b(?:what|which)\s+(?:time|hour)\b(?!\s*zones?\b)", re.IGNORECASE)
# "Who did Putin speak on November 14?" asks who: the day is when, no date asked ("was the call in November?" asks it).
_WHO_ASKED = pattern(r"^\W*(?:(?:with|to|by|for|from)\s+)?(?:who|whom)\b", re.IGNORECASE)
# "With whom …", "whom …" opening a question.
_OPENING_WHOM = pattern(r"^(\W*)(?:(?:with|to|by|for|from|of|about)\s+)?whom\b", re.IGNORECASE)
# "Concerning" as a preposition: before what it is about, named by a determiner.
_CONCERNING = pattern(
    r"\bconcerning\s+(?=(?:a|an|the|their|its|this|that|these|those|any|his|her|our)\b)",
    re.IGNORECASE,
)
# "What kind of peace are they after?": "after" closing a what-question, its subject before it.
_AFTER_WANTED = pattern(
    r"^(?P<asked>\W*(?:what|which)\b.*?\b)(?P<be>are|is|were|was)\s+(?P<who>(?:[\w'’-]+\s+){1,3}?)after(?=[\s?!.]*$)",
    re.IGNORECASE,
)
# "… or the other way round?", "… or vice versa?": which one of two did it, asked (see replies._told_one_way). The
# words ask nothing of their own, as "each other" doesn't.
EITHER_WAY = pattern(
    r"\bor\s+(?:the\s+other\s+way\s+a?round|vi[cs]e\s+versa|the\s+reverse|the\s+opposite)\b", re.IGNORECASE
)
_TRYING = pattern(r"\b(try|tries|tried|trying|attempt|attempts|attempted|attempting)\s+to\s+\w", re.IGNORECASE)
# "What's X called?", "what is X called in the article?": a name asked for (not "who called whom?").
_NAMED_AS = pattern(
    r"^(\W*)(?:what|how)(?:\s*['’]s|\s+is|\s+was|\s+are|\s+were)\s+(.+?)\s+(?:called|named)\b(?=\W*$|\s+(?:in|by)\b)",
    re.IGNORECASE,
)
# "Which groups are suffering?", "what people were evacuated?", "which side said so?": a noun for people after "which"
# or "what" asks who, as "who is suffering?" does. The noun stays: a fact may use it ("protect the lives of people
# caught up").
_WHICH_PEOPLE = pattern(r"\b(?:which|what)\s+(groups?|people|persons|individuals|ones|sides?)\b", re.IGNORECASE)


WHO = "who"
_IDENTITY_OPENING = pattern(
    r"^\W*(?:is|was|are|were|which|who|what\s+(?:country|countries|nation|nationality))\b"
    # Told as a statement and asked: "Sisi is Egypt's president?", "al-Sisi was the Egyptian president, right?"
    r"|^\W*[\w'-]+(?:\s+[\w'-]+)?\s+(?:is|was)\s",
    re.IGNORECASE,
)
# The words for what the documents' people are: their office, their country.
_ROLE_WORDS = """president presidents leader leaders lead leads head heads country countries nation nationality
    national citizen from"""
_ROLE_SET = frozenset(_ROLE_WORDS.split()) - {"from"}
_NATIONALITY_FRAME = frozenset("is was are a an the from".split())


def asks_identity(text: str, terms: list[str], index: Index) -> bool:
    """Whether a question asks only what the people it names are: every word of it, question words aside, a name or
    a word for an office or a country, a name among them (see answer)."""
    # A word for an office or a country as typed ("is Sisi the president of Egypt?", whose words are all Sisi's name):
    # "is Gaza in Palestine?" names two places and asks no one's office. Tested first: most questions have none.
    if _IDENTITY_OPENING.match(text) is None:
        return False
    normalizer = index.normalizer
    typed = [w.lower() for w in words(text)]
    if not any(w in _ROLE_SET for w in typed):
        # "Is Sisi Egyptian?", "is Putin from Russia?": a person and a country of theirs, and nothing else ("was Sisi in
        # Egypt?" asks where he was, which no statement of who he is says).
        own = [t for t in terms if t not in QUESTION_STEMS]
        people = [t for t in own if normalizer.affiliations.get(t)]
        rest = [w for w in typed if w not in _NATIONALITY_FRAME]
        return (
            len(people) == 1
            and len(own) == len(rest) == 2
            and all(t in people or t in normalizer.affiliations[people[0]] for t in own)
        )
    roles = set(normalizer.terms_of_words(_ROLE_WORDS.split()))
    own = [t for t in terms if t not in QUESTION_STEMS]
    return any(t in normalizer.name_terms for t in own) and all(t in normalizer.name_terms or t in roles for t in own)


def _asks_topic(text: str) -> bool:
    """Whether a question asks what a talk, an event or a text was about (see _ASKS_TOPIC)."""
    found = _ASKS_TOPIC.search(text)
    if found is None:
        return False
    named = [w.lower() for w in words(found.group("what"))]
    if named in (["it"], ["this"], ["that"]) and _EARLIER_SENTENCE.search(text, 0, found.start()):
        # The pronoun stands for what a sentence before names: a talk ("I saw the piece on the call. What was it
        # about?"), or not ("I read that Putin thanked Egypt. What was that about?": what the thanks were for).
        named = [w.lower() for w in words(text[: found.start()])]
        return not _TOPIC_OF.isdisjoint(w for w in named if w not in _PRONOUNS_OF_TOPIC)
    return not _TOPIC_OF.isdisjoint(named)


def _names_a_known_date(text: str, index: Index) -> bool:
    """Whether a question names a date whose every word the fact base knows ("in November", "on November 14"): one
    it doesn't ("November 15", "in 2023") is another day, which no fact's date answers."""
    known = index.normalizer.known_words
    found = [words(m.group()) for m in DATE_MENTION.finditer(text)]
    # A day of the month alone: "was the call on the 14th?" names the 14th of the month a fact gives.
    found += [[m[1]] for m in _DAY_OF_MONTH.finditer(text)]
    return bool(found) and all(w in known for date in found for w in date if w != "of")


_DAY_OF_MONTH = pattern(r"\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b", re.IGNORECASE)


# A participle before "about" says what people felt or did, not what a thing was about ("what were the leaders
# worried about?", "what were the presidents talking about?").
# And only of a talk, an event or a text ("what was the call about?", "what is it about?"): "what's the agreement
# about?" asks what was agreed, which the agreement's own fact tells.
_ASKS_TOPIC = pattern(
    r"\b(?:is|was|are|were|s)\s+(?P<what>it|(?:the|this|that|these|those|their|its|his|her)\b[\w\s'-]*?)"
    r"(?<!\wed)(?<!\wing)\s+about\W*$",
    re.IGNORECASE,
)
_EARLIER_SENTENCE = pattern(r"\w[.!?]+\s")
_PRONOUNS_OF_TOPIC = frozenset(("it", "this", "that"))
_TOPIC_OF = _PRONOUNS_OF_TOPIC | frozenset(
    [*_THE_TALK, *"meetings summit conference article report piece story document text news".split()]
)


# "the team meeting", "our weekly call", "my client's report": a thing of the asker's own workplace, not of the
# documents, whatever a fact says of meetings or calls.
_WORKPLACE_WORDS = frozenset("team staff company client clients board weekly daily monthly standup our my".split())
_FOR_OURS = pattern(
    r"\bfor\s+(?:our|my)\s+((?:[\w-]+\s+){0,2}?[\w-]+)"
    r"(?=\s*(?:[,.:;!?()—–]|\s-|$|\s(?:i|we|i'm|im|can|could|please|pls|what|who|when|where|why|how|which|did|do|does)\b))",
    re.IGNORECASE,
)
_WORKPLACE = pattern(rf"\b(?:{'|'.join(sorted(_WORKPLACE_WORDS))})(?:'s)?\s+([a-z]+)", re.IGNORECASE)
# A thing of the asker's own workplace that a question asks of, after a preposition or "is" ("when is our weekly
# call?", "what did we discuss in the team meeting?", "what's the topic of our standup?"): no document holds it,
# whatever a fact says of calls, meetings or topics.
_OWN_THING = pattern(
    r"(?:\b(?:of|for|at|in|on|during|from|about|is|was|are|were)|'s|’s)\s+(?:"
    r"(?:our|my)\s+(?:(?:team|staff|company|board|client|weekly|daily|monthly|next|last)(?:'s)?\s+)*"
    r"|(?:the|this|next|a)\s+(?:(?:team|staff|company|board|client|weekly|daily|monthly)(?:'s)?\s+)+"
    r"|(?:tomorrow|tonight|next\s+week)(?:'s|’s)\s+"
    r")([a-z]+)",
    re.IGNORECASE,
)
# A workplace's own events, whoever's they are said to be: "what time is standup?", "when's the all-hands?".
_OWN_EVENTS = (
    "standup standups stand-up stand-ups all-hands offsite offsites retro retros retrospective retrospectives sprint "
    "sprints sync syncs".split()
)
_OWN_EVENT = pattern(rf"\b(?:{'|'.join(_OWN_EVENTS)})\b", re.IGNORECASE)
# The asker's own people as who a question is about: "what did my manager say about the report?", "did our client
# agree?", "who was on the call with the client?".
_OWN_PEOPLE = (
    "client clients customer customers boss manager managers colleague colleagues coworker coworkers ceo vendor "
    "vendors team".split()
)
_THEIR_PEOPLE = pattern(
    r"\b(?:(?:did|does|do|has|have|had|will|would|is|was)\s+(?:my|our|the)|with\s+(?:my|our|the))\s+"
    rf"(?:{'|'.join(_OWN_PEOPLE)})\b",
    re.IGNORECASE,
)
# The words without which a question names no thing, event or person of the asker's own (see _asks_of_own_thing).
_OWN_WORDS = (
    _WORKPLACE_WORDS
    | frozenset(("tomorrow", "tonight", *_OWN_PEOPLE))
    | frozenset(w for event in _OWN_EVENTS for w in words(event))
)
# Whom or what the asking is for, not a thing asked of: "what did they say about aid, for my team?", "for my notes".
_FOR_WHOM = frozenset(
    "team teams staff boss manager managers colleague colleagues coworker coworkers client clients customer customers "
    "company board class students readers audience friend friends family group department editor editors notes "
    "records reference understanding".split()
)
# What a question is asked for ("for our weekly report", "for the digest"), not a thing asked of.
_WORK_PRODUCTS = frozenset(
    "report reports digest update updates memo memos newsletter briefing brief notes summary deck slides presentation "
    "doc docs document documents post piece article review timeline timelines tracker spreadsheet sheet wiki writeup "
    "one-pager handout".split()
)
_FOR_PRODUCT = pattern(
    rf"\bfor\s+(?:the|a|an|this|that|our|my|tomorrow[’']?s|today[’']?s)\s+((?:[\w-]+\s+){{0,2}}?"
    rf"(?:{'|'.join(sorted(_WORK_PRODUCTS))}))\b",
    re.IGNORECASE,
)
_QUESTION_WORD = pattern(
    r"\b(?:(?:what|when|who|where|how)s?|whom|whose|which|why|did|does|do|is|was|are|were|can|could|will|has|have)\b",
    re.IGNORECASE,
)
_COPULA = pattern(r"(?:is|was|are|were)\b", re.IGNORECASE)
_ADJUNCTS = pattern(r"[,;:()\n]|\s[-–—]+\s")
_LASTED = pattern(r"\bhow\s+long\b.*\blast(?:s|ed)?\b", re.IGNORECASE)
_HOW_MUCH = pattern(r"\bhow\s+(?:many|much|long|often|far|old|big|large|soon)\b", re.IGNORECASE)
# ("How would the article sum up the spirit of the talk?": summing it up is describing it.)
_HOW_DESCRIBED = pattern(
    rf"\bhow\b(?:\s+[\w'-]+){{1,8}}?\s+((?:{DESCRIBING}|summari[sz])\w*|sum(?:s|med|ming)?\s+up)", re.IGNORECASE
)


# "Why is X important?", "why does X matter?": how much X weighs is the frame, and X what is asked about.
_WHY_WEIGHTY = pattern(
    r"\bwhy\b(?:\s+[\w'-]+){1,8}?\s+((?:so\s+)?(?:important|significant|matter|matters|mattered|crucial|vital|"
    r"essential|key|relevant|notable|noteworthy)\b)",
    re.IGNORECASE,
)


# Words of talk, read as typed ("say" is a function word to the matcher).
_TALK_WORDS = frozenset(
    "discuss discussed discusses discussing discussion discussions discus talk talks talked talking speak speaks "
    "spoke spoken speaking say says said saying mention mentions mentioned mentioning tell tells told telling reply "
    "replies replied replying respond responds responded responding response responses react reacts reacted "
    "reacting reaction reactions comment comments commented commenting answer answers answered answering".split()
)
# Longest first, and in one order whatever the process's hash seed: the same source is the same saved compiled code
# (bot/patterns.py), where an order that changed with each process's set order made every CLI run compile it again.
_TALK = pattern(rf"\b(?:{'|'.join(sorted(_TALK_WORDS, key=lambda w: (-len(w), w)))})\b", re.IGNORECASE)
_OPINION_WORDS = frozenset("think thinks thought believe believes believed feel feels felt".split())
_OPINION = pattern(rf"\b(?:{'|'.join(sorted(_OPINION_WORDS))})\b", re.IGNORECASE)
# The documents' own protagonists are named in a good share of the facts ("Putin", "Sisi"); someone named in a few
# ("Israel") talking is itself what is asked ("what did Israel say about the call?").
PROTAGONIST_SHARE = 0.2
# A question whose only subject words are protagonists ("who is al-Sisi?") is answered only when it makes up at
# least half of the best fact's phrasings (precision): the question word alone then says what is asked of them.
NAMES_ONLY_PRECISION = 0.5


# What the asker should do or feel ("should we be worried?", "should I share this with the team?"): advice, which no
# document gives, however well its words match a fact ("worried": the centre of concern).
# Asked of whom, where or when too: "who should I thank for the onboarding docs?" (not "what should I know about …?",
# which asks what the documents say).
_ADVICE = pattern(r"^\W*(?:(?:who|whom|where|when)\s+)?(?:should|shall|ought)\s+(?:i|we)\b", re.IGNORECASE)
# What day or time it is now ("what's the date today?", "what year is it?", "what time is it?"): the asker's clock,
# not the documents', however well "date" and "year" match the fact that tells when something happened.
_NOW = pattern(
    r"^\W*(?:what|which)(?:'s|’s|s|\s+is)?\s+(?:(?:the\s+)?(?:date|day|time|year|month)\s+(?:is\s+it\b|today|now|right\s+now"
    r"|at\s+the\s+moment)|today['’]?s\s+(?:date|day)|the\s+time\s*\W*$)",
    re.IGNORECASE,
)
# A task for the bot, not a question: "Send the report to my manager.", "Set up a call with the Cairo office.", "Add
# the hostages item to the agenda." Its object's words matched facts ("report", "call", "hostages") and were answered.
# Handing something on counts only with someone else to hand it to, a person or a place people read, named by what
# they are (a name may be what is asked about: "share what they said about aid to Gaza"): "send me the part about the
# hostages" asks for that part, and "share what it says about Egypt's help with the evacuation" is no handing on.
# Verbs that are also nouns ("book", "order", "email") count only before what they act on.
_DETERMINER = r"(?:a|an|the|my|our|this|that|these|those|it|them|some|all|every)\b"
# Whom an answer is for (_FOR_WHOM), and the places a team reads.
_RECIPIENT_NOUNS = _FOR_WHOM | frozenset(
    "channel chat thread office director lead people folks inbox agenda calendar wiki doc docs deck slides sheet "
    "spreadsheet newsletter list everyone".split()
)
_RECIPIENT = (
    r"(?:#|@|<|everyone\b|everybody\b|him\b|her\b|them\b"
    rf"|(?:my|our|the|a|an|this|that)\s+(?:[\w-]+\s+)?(?:{'|'.join(sorted(_RECIPIENT_NOUNS))})\b)"
)
_TASK = pattern(
    r"^\W*(?:(?:please|pls|kindly|can|could|would|will|you|u)\s+)*"
    r"(?:(?:send|forward|email|e-mail|mail|post|share|pass|dm|cc|copy)\s+(?!(?:me|us)\b)[^?]*?"
    rf"\b(?:to|with|in)\s+(?!(?:me|us)\b){_RECIPIENT}"
    r"|(?:schedule|reschedule|book|cancel|set\s+up|arrange|organi[sz]e|create|open|file|submit|assign|add|order|buy"
    rf"|print|translate|draft|invite|ping|notify|call|phone|ring)\s+{_DETERMINER}"
    r"|invite\s+(?-i:[A-Z])|remind\s+(?:me|us|him|her|them|everyone|the\s+team)\s+to\b"
    # Writing something new of one's own ("write a tweet about this call"); a summary asked so is read before this.
    r"|(?:write|compose|pen)\s+(?:(?:me|us)\s+)?(?:a|an|some|the)\s+(?:[a-z-]+\s+)?(?:tweet|tweets|email|e-mail|post|posts"
    r"|memo|letter|press\s+release|poem|song|essay|blog|speech|message|thread|headline|slogan|caption|limerick)\b"
    # Translating is a task whatever its object: "translate 'ceasefire' into Russian".
    r"|translate\b"
    # A proposal to the team: "let's evacuate this channel and move to #general" (not "let's see what they said …",
    # "let's talk about the ceasefire", which ask about the documents).
    r"|let['’]?s\s+(?!(?:see|talk|discuss|look|review|go|check|find|recap|sum|summari[sz]e|hear|read|start|begin"
    r"|focus|get|dig|dive|turn|move|compare|quote|list|clarify|confirm|revisit|consider)\b)[a-z]+)",
    re.IGNORECASE,
)


def _is_task(text: str) -> bool:
    """Whether a message asks the bot to do something (see _TASK) and asks no question beside it."""
    if not _TASK.match(text):
        return False  # most messages: one anchored test
    parts, asking = message_parts(text)
    if not parts or not _TASK.match(parts[0]):
        return False
    return all(part == parts[0] for part in asking)  # "Send it to my boss. Also, when did they speak?" asks too


def _asks_of_own_thing(text: str) -> bool:
    """Whether the question of a message asks of a thing of the asker's own workplace (see _OWN_THING): after its
    question word ("when is our weekly call?"), or as what a yes/no question asks about ("is the team meeting
    today?"). One in a clause of its own says what the asking is for ("for our weekly report, when did they speak?",
    "I've got a quick one for the weekly digest: who did Putin thank?"), and so does a work product asked for."""
    parts, asking = message_parts(text)
    asking = asking or parts
    for segment in (s for p in asking for s in _ADJUNCTS.split(p)):
        for theirs in (_THEIR_PEOPLE.search(segment), _OWN_EVENT.search(segment)):
            if theirs is not None and (theirs.start() == 0 or _QUESTION_WORD.search(segment[: theirs.start()])):
                return True
        for found in _OWN_THING.finditer(segment):
            head, before = found.group(1).lower(), segment[: found.start()]
            if head in _FOR_WHOM or (head in _WORK_PRODUCTS and found.group().lower().startswith("for")):
                continue
            if _QUESTION_WORD.search(before) or (not before.strip() and _COPULA.match(found.group())):
                return True
    return False


_CLAUSE_START = pattern(r"[.?!:;—–\n]|\s-\s")
_SENTENCE_START = pattern(r"[.?!\n]")


def _speakers(text: str, found: re.Match[str], index: Index) -> frozenset[str]:
    """The names a question about talk gives as those who talked, when it also names what they talked about
    ("did al-Sisi and Putin discuss Gaza?", "what did Putin and Sisi say about Gaza?": Gaza is asked about; the
    names would draw the facts phrased "what did Putin and Sisi discuss?" or "what did Putin thank Sisi for?").
    Only the documents' protagonists count (see PROTAGONIST_SHARE), and one talked with or to is no subject ("did
    Sisi speak with Putin?" asks about them). Empty when nothing but the talk and the names is asked. `found` is the
    word of talk."""
    normalizer = index.normalizer
    # In the sentence that holds the word of talk: "my manager follows Egypt closely. Did the article say anything
    # about Egypt's role?" names Egypt in what the asker says, not as who spoke.
    sentence = _SENTENCE_START.split(text[: found.start()])[-1]
    before = frozenset(t for t in normalizer.terms_of_words(words(sentence)) if protagonist(t, index))
    # The documents' own people unnamed ("did the leaders mention children?") count where they are who spoke: between
    # the clause's last question word or auxiliary and the word of talk.
    before |= {t for t in normalizer.terms_of_words(_who_spoke(text, found.start())) if unnamed_protagonist(t, index)}
    rest = _OCCASION.sub(" ", text[found.end() :])
    terms = normalizer.terms_of_words(words(rest))
    talked_with = _TALKED_WITH.match(rest)
    if talked_with:
        # Whom they talked with, however many words name them ("with the Egyptian president", "to Cairo's president"),
        # talked too: the documents' people up to what the talk was about ("… with Sisi about Gaza").
        about = _ABOUT_TOPIC.search(rest, talked_with.end())
        cut = about.start() if about else len(rest)
        named = normalizer.terms_of_words(words(rest[talked_with.end() : cut]))
        terms = [t for t in named if not unnamed_protagonist(t, index)] + normalizer.terms_of_words(words(rest[cut:]))
    topic = [
        t
        for t in terms
        if t in index.term_ids and t not in QUESTION_STEMS and t not in EVERYDAY_STEMS and t not in before
    ]
    return before if before and topic else frozenset()


def _doers_of_who(text: str, index: Index) -> frozenset[str]:
    """The documents' own people named (not by name) as doing what a "who" question asks the object of: "who were
    the leaders most concerned for?", "who did the two presidents speak about?" ask whom the leaders were concerned
    for, not who the leaders were, which the fact naming them would answer on their word alone."""
    found = _WHO_OF.match(text)
    if found is None:
        return frozenset()
    terms = index.normalizer.terms_of_words(words(found.group(1)))
    # Words for people only (as _unnamed_doers reads them): "who were the Russians evacuated with the help of?" does
    # the evacuating to the Russians, and "evacuated", in many facts, is what is asked, not who.
    roles = index.normalizer.role_terms
    doers = frozenset(
        t for t in terms if t in roles and t not in index.normalizer.name_terms and unnamed_protagonist(t, index)
    )
    # Something besides them is done or felt ("concerned", "speak"): "who were the leaders of?" asks nothing.
    return doers if any(t not in doers and t not in STOP_STEMS for t in terms) else frozenset()


def _counts_the_people(typed: list[str], index: Index) -> bool:
    """Whether a "two" in a question counts the documents' people: right before a word for them ("the two leaders",
    "the two heads of state")."""
    roles = index.normalizer.role_terms
    return any(
        word == "two"
        and (terms := index.normalizer.terms_of_words(typed[at + 1 : at + 1 + _SUBJECT_WORDS]))
        and terms[0] in roles
        and unnamed_protagonist(terms[0], index)
        for at, word in enumerate(typed[:-1])
    )


def _unnamed_doers(text: str, index: Index) -> frozenset[str]:
    """The documents' own people, not named, as the subject of a question asking what they did ("what did the two
    presidents focus on?", "which region were the leaders worried about?"): the "they" of the facts' statements and
    phrasings, so what they did is what is asked. Names stay ("what did Putin thank Egypt for?"): they tell facts
    apart."""
    found = _WH_AUXILIARY.match(text)
    if found is not None:
        typed = [w.lower() for w in words(text[found.end() :])]
    elif (" which" in text or " what" in text) and _ASKED_AT_END.match(text):  # most questions ask at the start
        typed = [w.lower() for w in words(text)]  # asked at the end, the subject opens the question
    else:
        return frozenset()
    if (vocabulary := index.normalizer.vocabulary) is not None:
        typed = [vocabulary.corrections(w)[0] for w in typed]  # "what did putn and sisi focus on?": Putin, as matched
    start = 0
    while start < len(typed) and typed[start] in PEOPLE_DETERMINERS:
        start += 1
    roles = index.normalizer.role_terms
    doers: frozenset[str] = frozenset()
    for end in range(start + 1, min(start + _NAMED_SUBJECT_WORDS, len(typed)) + 1):
        terms = index.normalizer.terms_of_words(typed[start:end])
        if end - start <= _SUBJECT_WORDS and terms and all(t in roles and unnamed_protagonist(t, index) for t in terms):
            doers = frozenset(terms)
        elif len(set(terms)) >= 2 and "and" in typed[start:end] and set(terms) <= _protagonist_people(index):
            # "What do Putin and Sisi unanimously want?": the documents' people named together are their "they" too;
            # one of them alone tells facts apart, as countries do ("what do Moscow and Cairo share?").
            doers = frozenset(terms)
    return doers


# A question word, at most four words (what it asks for: "what part of the region"), then an auxiliary, after
# which the subject stands. (Anchored: one failed match at the first letter for most questions.)
_WH_AUXILIARY = pattern(
    r"^\W*(?:what|which|why|how|where|when)\b(?:\s+[\w'-]+){0,4}?\s+(?:did|do|does|were|was|are|is|had|have|has)\s+",
    re.IGNORECASE,
)
# A statement that asks for what it ends on: "putin and sisi focused on which area?" (no question word or auxiliary
# opening it: "what did … focus on which …" is asked at the start).
_ASKED_AT_END = pattern(
    r"^\W*(?!(?:what|which|who|whom|whose|why|how|where|when|did|do|does|is|are|was|were|can|could|will|would|has"
    r"|have|had)\b)[^?.!]*?\s(?:which|what)(?:\s+[\w'-]+){0,2}\W*$",
    re.IGNORECASE,
)
_SUBJECT_WORDS = 3  # "heads of state"
# "Vladimir Putin and Abdel Fattah al-Sisi", "the Russian head of state and Egyptian head of state"
_NAMED_SUBJECT_WORDS = 9


# "Who" asked as what a preposition at the end takes, with an auxiliary after it: the words between are the doer and
# what they did or felt. (Anchored: one failed match at the first letter for most questions.)
_WHO_OF = pattern(
    r"^\W*whom?\s+(?:did|do|does|were|was|are|is)\s+(.+?)\s+(?:about|for|of|to|with|at|on|over|toward|towards)"
    r"(?:\s+(?:the\s+)?(?:most|more|mainly|mostly|especially|particularly|primarily|above all))?\W*$",
    re.IGNORECASE,
)


def _occasion(text: str, found: re.Match[str], index: Index) -> frozenset[str]:
    """The terms of where a question about talk says the talk took place, after its word of talk (`found`: "what did
    they talk about on that phone call?": the phone call), which ask nothing of the call itself."""
    place = _OCCASION.search(text, found.end())
    return frozenset(index.normalizer.terms_of_words(words(place.group()))) if place else frozenset()


# Where the talk took place is no topic of it: "what did Putin and Sisi talk about on that phone call?" asks what
# they said, as "what did Putin and Sisi talk about?" does.
_OCCASION = pattern(
    r"\b(?:on|in|during|over|at)\s+(?:the|that|this|their|a)?\s*(?:(?:tele)?phone\s+|video\s+)?"
    r"(?:call|conversation|talks?|discussion|meeting|chat|exchange)\b",
    re.IGNORECASE,
)


def expressed_frame(text: str, index: Index, *, grouped_nouns: bool = False) -> frozenset[str]:
    """The terms of a verb of expressing ("express", "voice", "expression of") that a known noun follows, the noun
    being what was expressed ("voice support for", "expressed their gratitude"); empty otherwise. The noun may be an
    everyday word only where `grouped_nouns` and a curator made a group of it ("thanks")."""
    found = _EXPRESSING.search(text)
    if found is None:
        return frozenset()
    noun = index.normalizer.terms_of_words([found.group(2)])
    grouped = index.normalizer.alias_terms if grouped_nouns else frozenset()
    if not noun or any(t not in index.term_ids or (t in EVERYDAY_STEMS and t not in grouped) for t in noun):
        return frozenset()
    return frozenset(index.normalizer.terms_of_words([found.group(1)]))


def _reported_about(text: str, index: Index) -> frozenset[str]:
    """The terms of a verb of reporting asked with no one named as its subject ("what is reported about …", "what does
    the article state about …"); empty otherwise."""
    found = _REPORTED_ABOUT.search(text)
    return frozenset(index.normalizer.terms_of_words([found.group(1)])) if found else frozenset()


# Said by no one named: passive ("what is reported about"), or by the document ("what does the article report on",
# which reaches the matcher as "what did they report on").
_REPORTED_ABOUT = pattern(
    r"\b(?:is|was|are|were|been|(?:does|did|do)\s+(?:they|(?:the\s+|this\s+)?(?:article|document|text|piece|story|report)))\s+"
    r"(report|reported|state|stated|note|noted|write|written|record|recorded)\s+(?:about|on|regarding|concerning)\b",
    re.IGNORECASE,
)
# And the noun before what was expressed: "their expression of support".
_EXPRESSING = pattern(
    r"\b(express|expressed|expresses|expressing|voice|voiced|voices|voicing|expression)\s+(?:of\s+)?"
    r"(?:(?:their|his|her|its|the|a|an|any|some)\s+)?([a-z]+)\b",
    re.IGNORECASE,
)


def _whole_talk(text: str, index: Index) -> tuple[tuple[str, ...], frozenset[str]]:
    """What is asked of a talk named as a whole ("the focus of the Putin-Sisi call": "focus", as known terms; none
    when the fact base doesn't know the word) and the terms that name the talk, names before it included."""
    found = _OF_THE_TALK.search(text)
    if found is None:
        return (), frozenset()
    asked_of = tuple(index.normalizer.terms_of_words([found.group(1)]))
    if not asked_of or any(t not in index.term_ids or t in QUESTION_STEMS for t in asked_of):
        return (), frozenset()
    return asked_of, frozenset(index.normalizer.terms_of_words(words(found.group(2))))


_OF_THE_TALK = pattern(
    r"\b(\w+)\s+of\s+(?:the|that|this|their)\s+((?:[\w'-]+\s+)?(?:(?:tele)?phone\s+|video\s+)?"
    r"(?:call|conversation|talks|discussion|exchange))\b",
    re.IGNORECASE,
)


def _topic_unheld(text: str, index: Index, best: Candidate) -> bool:
    """Whether what the question is asked towards or about holds known words none of which the `best` fact uses:
    "what was Putin's tone towards Israel?" asks his tone about Israel, and the fact about the talk's tone, which
    never names Israel, answers only the tone."""
    for found in _TOWARDS.finditer(text):
        named = index.normalizer.terms_of_words(words(found.group(1)))
        held = [t for t in named if t in index.term_ids and t not in QUESTION_STEMS and t not in EVERYDAY_STEMS]
        if held and not any(index.uses(best.number, t) for t in held):
            return True
    lowered = text.lower()
    asks_state = any(n in lowered for n in ("stat", "situation", "condition"))
    for found in _STATE_OF.finditer(text) if asks_state else ():
        # "What's the state of the build?": the thing whose state is asked, whatever its words (an everyday "build"
        # weighs nothing), must be the fact's; "state" alone had drawn the Palestinian state.
        named = [t for t in index.normalizer.terms_of_words(words(found.group(1))) if t not in QUESTION_STEMS]
        if named and not any(t in index.term_ids and index.uses(best.number, t) for t in named):
            return True
    return False


_TOWARDS = pattern(r"\b(?:towards?|regarding|concerning)\s+([^,;:?!.]+)", re.IGNORECASE)
_STATE_OF = pattern(
    r"\b(?:state|status|situation|condition)\s+(?:of|with)\s+(?:the\s+|this\s+|that\s+|our\s+|your\s+|my\s+)?"
    r"(?!(?:things|affairs|play)\b)([^,;:?!.]+)",  # "the state of things" is the situation itself
    re.IGNORECASE,
)


def _unknown_speaker(text: str, found: re.Match[str], index: Index, best: Candidate) -> bool:
    """Whether a question about what someone said names as the speaker someone the documents don't know ("what did
    the US say about the Palestinian state?", "what did Biden say…"), or only names that the `best` fact's document
    mentions in passing ("what did Israel say?": the article names Israel only in "the Israeli-Palestinian
    conflict"): what others said is no answer to it, however well the topic matches. An everyday word ("people",
    "they") is no such name. `found` is the word of talk."""
    if found.start() == 0:
        return False
    speakers = _who_spoke(text, found.start())
    if not speakers:
        return False
    if _not_heard_from(speakers, index, best):
        return True
    # People the documents tell of, asked what they said ("what did the wounded say?", "what did the residents of Gaza
    # think?"): the fact must have them talking, as "the Egyptian presidency reported" has its office.
    spoken = _SPOKE.match(text)
    # Who speaks is the phrase's head, before any preposition: "what did the residents of Gaza say?" asks the residents;
    # "what did calling for the hostages' release say about them?", "their words on the hostages", what an act told.
    who = _AFTER_HEAD.split(spoken["who"], maxsplit=1)[0] if spoken is not None else ""
    if spoken is None or _PEOPLE_WORDS.isdisjoint(words(who)):
        return False
    own = [t for t in index.normalizer.terms_of_words(words(who)) if t in index.term_ids]
    told = [t for t in own if t not in index.normalizer.name_terms and t not in index.normalizer.role_terms]
    return bool(told) and not _talks_in(best.fact, told, index)


def _not_heard_from(speakers: list[str], index: Index, best: Candidate) -> bool:
    """Whether the words naming who spoke name someone the documents don't know, or only names the `best` fact's
    document mentions in passing (see _unknown_speaker)."""
    terms, _, surface = index.normalizer.question_words(" ".join(speakers))
    if any(t not in index.term_ids and t not in QUESTION_STEMS and not _everyday(t, surface.get(t, t)) for t in terms):
        return True
    names = [t for t in terms if t in index.normalizer.name_terms and t in index.term_ids]
    if names and not any(_speaks_in_document(t, best.number, index) for t in names):
        return True
    return bool(names) and _said_by_another(names, best.fact, index)


def _unknown_reactor(text: str, index: Index, best: Candidate) -> bool:
    """Whether a question asks for someone's reaction or view, by its noun ("Israel's reaction?", "israel response",
    "what was Hamas's take?"), of someone the documents don't hear from (see _unknown_speaker): the fact that names
    them in passing tells nothing they said."""
    lowered = text.lower()
    reacted = _REACTION_OF.match(text) if any(n in lowered for n in _REACTION_NOUNS) else None
    if reacted is None:
        return False
    who = words(reacted["who"])
    names = index.normalizer.name_terms
    if any(t in index.term_ids and t not in names for t in index.normalizer.terms_of_words([w.lower() for w in who])):
        return False  # "palestinian state position?": a thing's, which the documents tell of
    return _not_heard_from(who, index, best)


_REACTION_NOUNS = ("reaction", "response", "reply", "comment", "take", "verdict", "stance", "position", "view")
_REACTION_OF = pattern(
    r"^\W*(?:(?:what|how)\s+(?:was|is|were|s|about)\s+)?(?:the\s+)?"
    r"(?P<who>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*)?)(?:['’]s?)?\s+(?:official\s+)?"
    rf"(?:{'|'.join(_REACTION_NOUNS)})s?\b",
    re.IGNORECASE,
)


# What someone said, asked of them in the active voice: "what did the wounded say?", "what do the hostages think?".
_SPOKE = pattern(
    r"^\W*what\s+(?:did|do|does|have|has)\s+(?P<who>[\w'’ -]+?)\s+"
    r"(?:say|said|tell|told|think|thought|feel|felt|comment|respond|answer|reply)\b",
    re.IGNORECASE,
)
_AFTER_HEAD = pattern(r"\s+(?:of|on|for|about|to|regarding|from|in|with)\s+", re.IGNORECASE)
# Nouns for people, who may speak: of them, only those a fact has talking have said anything.
_PEOPLE_WORDS = frozenset(
    "people civilians residents population populations citizens nationals hostages captives children kids women men "
    "victims wounded injured refugees families prisoners survivors locals inhabitants".split()
)
# Words of saying, besides talk: what a body puts out ("the Egyptian presidency reported …").
_SAYING_WORDS = frozenset("report reported reports announce announced announces state stated states claim "
                          "claimed claims express expressed expresses".split())  # fmt: skip
SPEAKER_REACH = 3  # words between one who talks and the verb of talk ("the Egyptian presidency also reported")
_STATEMENT_PARTS = pattern(r"[.;:!?,]\s+")


def _said_by_another(speakers: list[str], fact: Fact, index: Index) -> bool:
    """Whether a fact's answer opens with one of the documents' people, alone, other than every speaker asked of:
    "Putin thanked his Egyptian counterpart …" tells nothing Sisi said ("what did Sisi say in reply?")."""
    said = words(fact.answer)
    opening = index.normalizer.terms_of_words(said[:3])
    people = _protagonist_people(index)
    if not opening or opening[0] not in people or opening[0] in speakers or not set(speakers) <= people:
        return False
    return len(opening) < 2 or (opening[1] not in people and "and" not in (w.lower() for w in said[1:4]))


def _talks_in(fact: Fact, told: list[str], index: Index) -> bool:
    """Whether one of `told` is who talks in a statement of the fact: followed, within SPEAKER_REACH words of its
    clause, by a verb of talk or saying."""
    normalizer = index.normalizer
    talk = set(normalizer.terms_of_words(sorted(_TALK_WORDS | _SAYING_WORDS)))
    for clause in (c for text in (fact.quote, fact.answer) for c in _STATEMENT_PARTS.split(text)):
        terms = normalizer.terms_of_words(words(clause))
        for at, term in enumerate(terms):
            if term in told and not talk.isdisjoint(terms[at + 1 : at + 2 + SPEAKER_REACH]):
                return True
    return False


def _speaks_in_document(name: str, number: int, index: Index) -> bool:
    """Whether a known name is one of the protagonists of fact `number`'s document: of the whole fact base
    (_protagonist) or of that document's facts (a fact base of many documents has protagonists in each)."""
    return protagonist(name, index) or index.share_in_document(index.term_ids[name], number) >= PROTAGONIST_SHARE


# Not "is/was": "was the Israeli-Palestinian conflict discussed?" names what was spoken of, not who spoke.
_ASKING_WORDS = frozenset((*QUESTION_WORDS, *"did do does has have had whether if".split()))
_TALKED_WITH = pattern(r"^\W*(?:with|to)\b", re.IGNORECASE)


def actor(term_id: int, index: Index) -> bool:
    """Whether a good share of the facts use a term (PROTAGONIST_SHARE): the documents' own people ("Putin",
    "the presidents"), whom a statement's "they" stands for."""
    return index.posting_size(term_id) >= PROTAGONIST_SHARE * len(index.knowledge.facts)


def named_people(index: Index) -> frozenset[str]:
    """The names of the documents' people: names with a title the facts call them by ("Russian president": putin)."""
    titles = index.normalizer.titles
    return frozenset(n for n, own in titles.items() if any(unnamed_protagonist(t, index) for t in own))


def _protagonist_people(index: Index) -> frozenset[str]:
    """The documents' people whose names a good share of the facts use (_protagonist)."""
    return frozenset(n for n in named_people(index) if protagonist(n, index))


def protagonist(term: str, index: Index) -> bool:
    """A name a good share of the facts use."""
    term_id = index.term_ids.get(term)
    return term_id is not None and term in index.normalizer.name_terms and actor(term_id, index)


def unnamed_protagonist(term: str, index: Index) -> bool:
    """A word for people a good share of the facts use, not a name ("the leaders", "the presidents")."""
    term_id = index.term_ids.get(term)
    return term_id is not None and term not in QUESTION_STEMS and term not in EVERYDAY_STEMS and actor(term_id, index)


def _who_spoke(text: str, talk_at: int) -> list[str]:
    """The words between the last question word or auxiliary of the clause that holds a word of talk (at `talk_at`)
    and that word: who spoke ("… could you tell me whether Putin and al-Sisi said …": Putin and al-Sisi)."""
    clause = _CLAUSE_START.split(text[:talk_at])[-1]
    typed = clause.split()
    if typed and typed[-1].lower() in DETERMINERS:
        return []  # "what month was the discussion in?": a talk named by a noun, which no one in the clause held
    opener = max((n for n, w in enumerate(typed) if w.lower().strip(",") in _ASKING_WORDS), default=-1)
    return words(" ".join(typed[opener + 1 :])) if opener >= 0 else []


def _subjects(terms: list[str], surface: dict[str, str], index: Index) -> tuple[list[str], set[str]]:
    """The question's subject terms (not question, everyday or function words), and those whose word could be a
    misspelling of another fact-base word: long enough, and not real English."""
    subjects = [t for t in terms if t not in QUESTION_STEMS and t not in EVERYDAY_STEMS]
    vocabulary = index.normalizer.vocabulary
    typos = {
        t
        for t in subjects
        if len(word := surface.get(t, "")) >= RETYPE_LENGTH
        and not is_english_word(word)
        and (vocabulary is None or vocabulary.has_neighbour(word))
    }
    # An unknown word that can't be a misspelling is wording ("what's the scoop on"), not a subject.
    return [t for t in subjects if t in index.term_ids or t in typos], typos


def _match(
    question: str,
    reading: tuple[list[str], list[str], dict[str, str]],
    index: Index,
    answer_threshold: float,
    exhaustive: bool,
    allowed: Container[int] | None,
    wording: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
    aside: frozenset[str] = frozenset(),
) -> Result:
    """Score the facts for one reading of a question (terms, terms as typed, each term's word) and decide;
    `wording` is _wording's (words around the question, words of what the asker says of themselves), `aside` the
    reading's terms among them (aside_terms), worked out once by the caller."""
    terms, as_typed, surface = reading
    query = _weigh(terms, index, surface, *wording, aside=aside)
    # What each fact shares with the question's known words, kept for a second pass (known words weigh the
    # same in both; only the unknown ones change, and no fact holds those).
    worked = _Worked()
    candidates = _candidates(query, index, allowed, exhaustive, worked)
    result = decide(question, candidates, tuple(terms), answer_threshold)
    unknown = any(term_id is None for term_id, _, _ in query)
    if (
        not result.answered
        and unknown
        and (candidates[0].coverage >= FULL_PHRASING if candidates else _together(query, index))
    ):
        # One of the best fact's own phrasings is all there; the words around it that the fact base
        # has never seen ("what's the story", "I'm trying to recall") are wording, not another subject.
        # With no candidate at all, unknown words outweighed every fact before one was even scored
        # ("Henufol's posture on the vilu difos?" in a very large fact base): the same holds for the best
        # fact of a pass without them, and only if a whole phrasing of it is there.
        around = [(t, FILLER_WEIGHT if t is None else w, e) for t, w, e in query]
        second = _candidates(around, index, allowed, exhaustive, worked)
        retry = decide(question, second, tuple(terms), answer_threshold)
        wanted = candidates[0].fact.id if candidates else None
        if (
            retry.answered
            and retry.best
            and retry.best.coverage >= FULL_PHRASING
            and wanted in (None, retry.best.fact.id)
        ):
            candidates, result = second, retry
    if result.answered and result.best and result.best.precision < NAMES_ONLY_PRECISION and _names_only(query, index):
        # "Where is Sisi from?" names only who the documents are about, and "where" drew the one fact phrased
        # "where does this report come from?" (whose headline names Sisi): what is asked of them is not there.
        return Result(question, Outcome.SUGGEST, candidates, tuple(terms), Reason.LOW_SCORE)
    if result.answered and _only_guesses(terms, as_typed, index) and not _sure_typos(question, index):
        # Every word that matched was a spelling correction ("joke" read as a known "poke"):
        # a guess, so offer it as "did you mean" instead of answering.
        return Result(question, Outcome.SUGGEST, candidates, tuple(terms), Reason.TYPO)
    return result


def _names_only(query: Query, index: Index) -> bool:
    """Whether the only subject words of a question are the documents' protagonists (see PROTAGONIST_SHARE)."""
    subjects = [term_id for term_id, _, evidence in query if evidence]
    # How many facts use a word is at hand; which word it is costs a table of every term, built once if reached.
    if not subjects or any(term_id is None or not actor(term_id, index) for term_id in subjects):
        return False
    names = index.normalizer.name_terms
    return all(index.term_names[term_id] in names for term_id in subjects if term_id is not None)


def _together(query: Query, index: Index) -> bool:
    """Whether one fact holds every known subject word of the question, of which there are two or more (else
    no fact has a whole phrasing of MIN_PHRASING_TERMS subject words there)."""
    known = [term_id for term_id, _, evidence in query if term_id is not None and evidence]
    return len(known) >= 2 and next(index.using_all(known), None) is not None


def _candidates(
    query: Query, index: Index, allowed: Container[int] | None, exhaustive: bool, worked: _Worked
) -> tuple[Candidate, ...]:
    scored = _score_all(query, index, allowed, worked) if exhaustive else _score_pruned(query, index, worked, allowed)
    best = sorted(scored, key=lambda c: (-c.score, c.fact_id))[:KEEP_CANDIDATES]
    return tuple(_candidate(s, index) for s in best)


@dataclass(frozen=True, slots=True)
class _Scored:
    """A fact's score before it becomes a Candidate: only the few kept ever need the Fact itself."""

    number: int
    fact_id: str
    score: float
    phrasing: int  # position of the best-matching phrasing (past the last one: the answer)
    recall: float
    precision: float
    coverage: float


def _candidate(scored: _Scored, index: Index) -> Candidate:
    fact = index.knowledge.facts[scored.number]
    texts = fact.phrasings
    phrasing = texts[scored.phrasing] if scored.phrasing < len(texts) else fact.answer
    return Candidate(fact, scored.score, phrasing, scored.recall, scored.precision, scored.coverage, scored.number)


def _sure_typos(question: str, index: Index) -> bool:
    """Whether the words the corrector changed are no English words and one of them is long: "evacuaton of forign
    nationals" can only hold misspellings, while a real word one letter from a fact-base word may be meant
    ("joke", "poke"), and a short one alone may be another word no fact has."""
    vocabulary = index.normalizer.vocabulary
    if vocabulary is None:
        return False
    typed = spelt_out(words(for_matching(question)))
    changed = [w for w in typed if w not in vocabulary.counts and vocabulary.correct(w) != w]
    # A doer or comparative read as the word it is made from ("callers": call) is no guess, English word or not; nor
    # is a short word whose last letter, doubled, makes a far commoner known word.
    made = [w for w in changed if vocabulary.made_from(w) or vocabulary.undoubled(w)]
    if made and len(made) == len(changed):
        return True
    if not changed or any(is_english_word(w) for w in changed if w not in made):
        return False
    # A word no English text has ("taled", "thankd", "topcs") is a misspelling too, unless it is too short to tell;
    # so is a short one that is a known word with two neighbouring letters swapped ("tlak"), the commonest slip,
    # which keeps every letter the word has.
    # A letter held down ("whaat", "agreee") keeps every letter in order, however often chat text has it.
    return any(len(w) >= SURE_TYPO_LENGTH for w in changed) or all(
        _stretched(w, vocabulary.correct(w))
        or (zipf(w) < MISSPELLING_ZIPF and (len(w) >= MIN_MISSPELLING or _swapped(w, vocabulary.correct(w))))
        for w in changed
    )


_RUN = pattern(r"(.)\1+")


def _stretched(typed: str, word: str) -> bool:
    """Whether `typed` is `word` with a letter held down ("agreee", "whaat"): every letter kept, in order."""
    return len(typed) > len(word) and _RUN.sub(r"\1", typed) == _RUN.sub(r"\1", word)


def _swapped(typed: str, word: str) -> bool:
    """Whether `typed` is `word` with two neighbouring letters swapped."""
    if len(typed) != len(word) or len(typed) < MIN_SWAPPED:
        return False
    slips = [n for n in range(len(word)) if typed[n] != word[n]]
    return (
        len(slips) == 2
        and slips[1] == slips[0] + 1
        and typed[slips[0]] == word[slips[1]]
        and typed[slips[1]] == word[slips[0]]
    )


def _only_guesses(terms: list[str], as_typed: list[str], index: Index) -> bool:
    evidence = {t for t in terms if t not in QUESTION_STEMS and t in index.term_ids}
    return bool(evidence) and not evidence.intersection(as_typed)


def _unusable(question: str) -> Reason:
    if len(question) > MAX_QUESTION_CHARS:
        return Reason.TOO_LONG
    if looks_binary(question):
        return Reason.UNREADABLE
    if not for_matching(question).strip():
        return Reason.EMPTY
    return Reason.NONE


def _one_proof(candidates: tuple[Candidate, ...]) -> bool:
    """Whether every candidate within MIN_MARGIN of the best is proved by the best one's quote."""
    best = candidates[0]
    close = [c for c in candidates[1:] if round(best.score - c.score, 6) < MIN_MARGIN]
    return all(c.fact.quote == best.fact.quote for c in close)


def decide(question: str, candidates: tuple[Candidate, ...], terms: tuple[str, ...], threshold: float) -> Result:
    """Answer, suggest or abstain, from ranked candidates and the answer cut-off."""
    best = candidates[0].score if candidates else 0.0
    runner_up = candidates[1].score if len(candidates) > 1 else 0.0
    margin = round(best - runner_up, 6)  # scores carry float noise
    if best >= threshold and margin >= MIN_MARGIN:
        return Result(question, Outcome.ANSWER, candidates, terms)
    if best >= threshold > runner_up and candidates[0].recall - candidates[1].recall >= RECALL_LEAD:
        # "Was the conversation on the 14th of November?": the date's fact holds every word asked, the runner-up
        # (the conversation's topic) lacks the date, and only a long answer text keeps the two scores close.
        return Result(question, Outcome.ANSWER, candidates, terms)
    if best >= SUGGEST_THRESHOLD and candidates[0].recall >= CLEAR_RECALL and margin >= CLEAR_MARGIN:
        return Result(question, Outcome.ANSWER, candidates, terms)
    if best >= threshold and margin > 0 and len(terms) > 1 and _one_proof(candidates):
        # "What did they discuss doing for the wounded?": the facts that come close are told by the best one's own
        # quote, so its answer comes with the proof of whichever was meant. (A word alone, as "repairs", names a
        # subject and asks nothing of it: which of its facts is wanted is the asker's choice.)
        return Result(question, Outcome.ANSWER, candidates, terms)
    if best >= SUGGEST_THRESHOLD:
        reason = Reason.AMBIGUOUS if best >= threshold else Reason.LOW_SCORE
        return Result(question, Outcome.SUGGEST, candidates, terms, reason)
    return Result(question, Outcome.ABSTAIN, candidates, terms, Reason.NO_MATCH)


def aside_terms(
    terms: list[str], index: Index, wording: frozenset[str] = frozenset(), context: frozenset[str] = frozenset()
) -> frozenset[str]:
    """The known terms of a question that only surround it (see _wording): they weigh like filler and name no
    subject.

    "I'm catching up on the news from last week - ...", "*Important*: what did they say about ...": a common word
    around the question is wording even when a fact uses it ("a lasting solution", "the importance of
    relations"), and so is every word of what the asker says of themselves ("I'm a student of diplomacy"); a
    rarer one ("Ceasefire talks. What did they agree?") may still name the subject."""
    if not wording and not context:
        return frozenset()
    # What the known words around the question became (aliases applied: "Important:" -> importance).
    around = {t: w for w in wording | context for t in index.normalizer.terms_of_words([w])}
    told = frozenset(index.normalizer.terms_of_words(list(context)))
    return frozenset(
        term
        for term in terms
        if term in around
        and term in index.term_ids
        and (term in told or term in EVERYDAY_STEMS or zipf(around[term]) >= EVERYDAY_ZIPF)
    )


def _weigh(
    terms: list[str],
    index: Index,
    surface: dict[str, str],
    wording: frozenset[str] = frozenset(),
    context: frozenset[str] = frozenset(),
    aside: frozenset[str] = frozenset(),
) -> Query:
    """(term id or None if unknown, weight, is evidence) per distinct term, heaviest first.

    A word the fact base has never seen weighs by how rare it is in English: a name or a rare
    word as much as UNKNOWN_FACTOR times the rarest known word, an everyday one like filler, and so
    does one of `wording`: the words around the question itself (see _wording), and every word of
    `context`, what the asker says of themselves; the known terms `aside` (aside_terms) weigh as filler.
    """
    query: dict[str, tuple[int | None, float, bool]] = {}
    for term in terms:
        term_id = index.term_ids.get(term)
        word = surface.get(term, term)
        if term in aside or (term_id is None and (word in wording or word in context)):
            # Not part of the question at all: "(for a memo)" must not make "were practical steps discussed?" a
            # lesser match than it is alone. (A filler word inside the question still counts: it was asked.)
            query[term] = (term_id, AROUND_WEIGHT, False)
        elif term_id is not None:
            weight = index.weights[term_id]
            if (term in EVERYDAY_STEMS or term in GENERIC_QUESTION_STEMS) and not index.normalizer.aliased(term, terms):
                # An everyday word one fact happens to use ("position", "concern", "regarding") is rare in
                # the fact base, so its idf is high; but it frames what is asked more than it names it.
                weight = min(weight, EVERYDAY_SHARE * index.rarest_weight)
            if term in GENERIC_QUESTION_STEMS:
                # "which conflict" asks what "what conflict" asks, and curated phrasings use either at will:
                # both weigh the lighter's weight, so neither word decides between two facts.
                weight = min(weight, index.generic_weight)
            if term in WILDCARD_STEMS:
                # "did they agree on anything?": any one thing, as "what" asks for one; never a subject.
                query[term] = (term_id, FILLER_WEIGHT, False)
                continue
            query[term] = (term_id, weight, term not in QUESTION_STEMS)
        elif _everyday(term, word) or term in QUESTION_STEMS:
            # A question word no fact uses ("whose", "whom") asks for something; it names nothing to find.
            query[term] = (None, FILLER_WEIGHT, False)
        else:
            share = rarity(word)
            query[term] = (None, max(FILLER_WEIGHT, share * index.unknown_weight), False)
    if not any(weight for _, weight, _ in query.values()):
        return [(term_id, FILLER_WEIGHT, False) for term_id, _, _ in query.values()]
    return sorted(query.values(), key=lambda item: -item[1])


# A message's parts: sentences, clauses set off by a dash, colon or semicolon, and asides in brackets ("what did
# they say about gaza (asking for a friend)?"). The colon of "re:" ("did they agree on anything re: gaza?") is no
# clause's end: what follows is what the clause is about.
# A dash set off by spaces, or an em dash: an en dash between two words joins them ("the Putin–Sisi call").
# And where "but" or "so" turns from an aside to the question ("sorry if this is a dumb question but did they ...?").
_PARTS = pattern(
    r"(?<=[.!?])\s+|\s+[-–—]+\s+|\s*—\s*|(?<!\bre)[;:]\s+|[()]|,?\s+(?:but|so)\s+(?=(?:did|do|does|is|are|was|were|what|who|"
    r"when|where|why|how|which|can|could)\b)",
    re.IGNORECASE,
)
# "For context, which conflict was the call about?": a few words set off by a comma before the question open the
# message as a part of their own, as does the asker speaking of themselves ("I have a meeting in 10 min, what did
# they agree to do?"); another longer clause ("if the obstacles are removed, …") is part of what is asked.
_LEAD_IN = pattern(
    # (What the answer is for, however long: "For the references section of my report, which outlet …?")
    r"^(\W*(?:(?:[\w'’-]+\s+){0,2}[\w'’-]+|(?:i|i'm|im|i've|ive|i'd|we|we're|we've|my|our|for)\s[^,;:?!.]{1,80}?)),\s+"
    # The question may open with a preposition before its question word: "For the record, on which date was the call?"
    rf"(?=(?:{PREPOSED_QUESTION}|did|do|does|is|are|was|were|what|who|when|where|why|how|which)\b)",
    re.IGNORECASE,
)
_ASKING = opens_with(*QUESTION_OPENERS)
_PART_MARKS = frozenset(".!?;:()—–-,")  # every split of _PARTS but "but" and "so" holds one
_FIRST_WORD = pattern(r"^\W*[\w'-]+")
# A capitalised word (not "I", nor "Im", "Ive", "Id": "I'm" typed without its apostrophe) or one with a digit, but
# a number joined to the word it counts ("a 2-line brief", "a 10-minute slot"), which says how, not of what.
_NAMED = pattern(r"\b(?!(?:I|Im|Ive|Id)\b)[A-Z][\w'-]*|\w*\d\w*(?![-–]\w)")
# A time of day or a few minutes or hours name nothing asked about: "quick one before the 3pm sync", "by 10:30 pls",
# "I have a meeting in 10 min", and chat's "got a meeting in 10" (minutes, with nothing after the number).
_TIME_OF_DAY = pattern(
    r"\b\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\b\d{1,2}:\d\d\b"
    r"|\b\d{1,3}\s*(?:min|mins|minutes?|hrs?|hours?)\b|(?<=\bin\s)\d{1,3}(?=\s*(?:[.!,;:)\n]|$))",
    re.IGNORECASE,
)
_ASKERS_CALENDAR = pattern(rf"\b(?:(?:{WEEKDAYS})s?|q[1-4]|h[12]|fy\d{{2,4}})\b", re.IGNORECASE)
# A part that says what it is about names a subject ("my boss asked about sanctions.", not "I'm confused about
# something."; "re" is the shorthand, not the end of "we're"), and so does one telling what the asker heard or read
# ("I keep hearing that Russia and Egypt share a vision. What does the article actually say?", "I heard Putin
# thanked Egypt - why?"); a question that points back with a pronoun asks about what another part names ("... did
# they discuss them?").
_TOPICAL = pattern(
    r"(?<!['’])\b(?:about|regarding|concerning|re)\b(?!\s+(?:something|anything|this|that|it|them)\b)"
    r"|\b(?:hear|hears|heard|hearing|read|reading|saw|seen|told|claim|claims|claimed|claiming)\s+that\b"
    # "I heard Putin thanked Egypt. What for?": what was heard of someone named, "that" left out.
    r"|\b(?:heard|read|told)\s+(?-i:[A-Z])\w+\s+\w+ed\b"
    # A question reported, which the part asking after it asks of: "my director is asking how many hostages are
    # still held. Does the article give a number?"
    r"|\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|know)\s+(?:how|what|when|who|whom|whether|why"
    r"|which|where)\b",
    re.IGNORECASE,
)
# "They" as what was talked of, not who talked: "west bank settlements - were they brought up?", "… did they come
# up?" ("… what did they say?" is the documents' people, as most questions' "they" is).
_THEY_TALKED_OF = (
    r"\b(?:were|are)\s+they\s+(?:ever\s+|even\s+|at\s+all\s+)?(?:discussed|mentioned|raised|brought\s+up|covered"
    r"|addressed|talked\s+about|touched\s+on|referred\s+to|cited|named)\b"
    r"|\bdid\s+they\s+(?:ever\s+|even\s+)?(?:come\s+up|feature|get\s+(?:a\s+)?mention(?:ed)?|figure)\b"
)
# "Both of them", "the two of them" count the people asked about ("did the two of them agree on anything?"), who are
# named in the documents whatever the other parts say: no pointing back.
POINTING = pattern(
    r"\b(?<!\bof )(?:it|them|he|she|him|her)\b|\b(?:this|that|these|those)(?:\s+(?:about|for|from|with|on))?\W*$"
    rf"|{_THEY_TALKED_OF}",
    re.IGNORECASE,
)


_BARE_QUESTION = QUESTION_WORDS | STOPWORDS


def message_parts(text: str) -> tuple[list[str], list[str]]:
    """A message's parts (see _PARTS), and those of them that ask: end in "?" or open as a question does."""
    lead_in = _LEAD_IN.match(text)
    opening = [lead_in.group(1)] if lead_in else []
    rest = text[lead_in.end() :] if lead_in else text
    parts = [p for p in (*opening, *_PARTS.split(rest)) if p and any(c.isalnum() for c in p)]
    return parts, [p for p in parts if p.rstrip().endswith("?") or _ASKING.match(p)]


def _wording(
    text: str, known: Container[str] = frozenset(), terms_of: Callable[[list[str]], list[str]] | None = None
) -> tuple[frozenset[str], frozenset[str]]:
    """Words of a message that only surround its question, and those of them that say what the asker was doing.

    In the parts of a longer message that ask nothing ("I'm catching up on last week's news - which presidents
    were on the call?", "does it mention the hostages? I'm trying to figure out if they came up"), the everyday
    English words the fact base lacks say how the asker came to ask, not what. A part that names someone or
    something the fact base doesn't know (a capitalised word past its first, or a number: "I read of Biden's
    call. What did they discuss?") or says what it is about is never wording, nor is any word the question
    itself uses, nor (with `terms_of`, the matching terms of words) any word of the same term as one of them
    ("Egypt-Russia ties" around "what does the article say about their relationship?"). A part in which the asker
    speaks of themselves ("I was reading the Tribune piece and I'm confused - why did Putin thank Egypt?") is where
    they come from, all its words. Empty unless exactly one part asks, and it points back to no other with a
    pronoun."""
    nothing = frozenset[str]()
    parts, asking = message_parts(text)
    if len(parts) < 2:
        return nothing, nothing
    if not asking:
        # "evacuation of russians - need this for a memo": what the asker says of themselves frames the one part
        # that is left, which asks by naming what it wants.
        left = [p for p in parts if not _FIRST_PERSON.match(p)]
        asking = left if len(left) == 1 else []
    if len(asking) != 1 or set(words(asking[0])) <= _BARE_QUESTION:
        return nothing, nothing  # "the call, when?": a bare question word asks about what the rest names
    if POINTING.search(asking[0]) and not all(_frame_only(p, asking[0], known) for p in parts):
        # "For the newsletter, which outlet published this?": only what the asker says of themselves, naming nothing
        # the fact base knows, stands beside it; "this" is the document.
        return nothing, nothing
    around = [p for p in parts if p is not asking[0] and not _TOPICAL.search(p)]
    if _names_nothing(asking[0]):
        # Only a part naming nothing the fact base knows surrounds it ("what was discussed — need this for a memo",
        # "need a one-liner: what was the call about?"), even where the asker speaks of themselves: "my editor wants
        # one line on the Palestinian state. What did they say?" asks about the state.
        around = [p for p in around if _names_nothing_known(p, known)]
        if not around:
            return nothing, nothing
    # Past each part's first word, which is capitalised anyway (all of it when it is "FYI"). A message typed in
    # capitals shows no name by them: there a word English doesn't use is one.
    shouted = not any(c.islower() for c in text)
    if not shouted and any(w in known for n in _NAMED.findall(_FIRST_WORD.sub("", asking[0])) for w in words(n)):
        # Where the question names whom it asks about, a name in what the asker says of themselves is theirs ("our
        # team covers North Africa. What did Egypt's president talk about with Putin?"), nothing it asks about.
        around_named = [p for p in around if not _FIRST_PERSON.match(p)]
    else:
        # A day of the week or a quarter in what the asker says of themselves is when they do something ("we have a
        # donor meeting on Thursday", "a timeline of contacts for Q4"), no one or nothing asked about.
        around_named = [_ASKERS_CALENDAR.sub(" ", p) if _FIRST_PERSON.match(p) else p for p in around]
    named = (
        (
            w
            for p in around
            for w in words(_TIME_OF_DAY.sub("", p))
            if w.isdigit() or (len(w) > 1 and not is_english_word(w))
        )
        if shouted
        else (
            w
            for p in around_named
            for n in _NAMED.findall(_TIME_OF_DAY.sub("", _FIRST_WORD.sub("", p)))
            for w in words(n)
            if len(w) > 1 or w.isdigit()
        )
    )
    if any(w not in known for w in named):
        return nothing, nothing
    asked = set(words(asking[0]))
    if terms_of is not None:
        own = set(terms_of(list(asked)))
        asked |= {w for p in around for w in words(p) if not own.isdisjoint(terms_of([w]))}
    times = {w for p in around for t in _TIME_OF_DAY.findall(p) for w in words(t)}
    wording = frozenset(w for p in around for w in words(p) if w not in asked and (is_wrapping_word(w) or w in times))
    context = frozenset(w for p in around if _FIRST_PERSON.match(p) for w in words(p) if w not in asked)
    return wording, context


def question_alone(text: str, index: Index) -> str:
    """The one part of a message that asks, when the others weigh nothing in matching it (see _wording, aside_terms):
    "Quick context: my manager follows Egypt closely. Did the article say anything about Egypt's role in the
    evacuation?" is its question, which the readers of a question's frame ("did the article say anything about")
    then see as it opens. The message itself otherwise, or where the rest names or asks anything."""
    body = text.strip()
    if _PART_MARKS.isdisjoint(body[:-1]) and " but " not in body and " so " not in body:
        return text  # one part: nothing around it (a few character tests for most questions)
    plain = for_matching(text)
    normalizer = index.normalizer
    wording, context = _wording(plain, normalizer.known_words, normalizer.terms_of_words)
    if not wording and not context:
        return text
    parts, asking = message_parts(plain)
    # A question that opens as one, among statements: not a tag ("what did they agree on - any idea?"). Or a statement
    # asked about, which names something the fact base knows ("Quick sanity check: the call was on the 14th?").
    if len(asking) != 1 or not (_ASKING.match(asking[0]) or _states_known(asking[0], normalizer.known_words)):
        return text
    asked = set(words(asking[0]))
    around = [w for p in parts if p is not asking[0] for w in words(p) if w not in asked]
    if not around or any(w not in wording and w not in context for w in around):
        return text
    terms = normalizer.terms_of_words(around)
    aside = aside_terms(terms, index, wording, context)
    if any(t in index.term_ids and t not in aside for t in terms):
        return text  # a word the fact base knows, rare enough to name the subject ("Ceasefire talks. What ...?")
    return asking[0].strip()


def the_asking_part(text: str, known: Container[str]) -> str | None:
    """The one part of a message of several parts that asks (see message_parts), where the others name no one and
    nothing rare that the fact base (`known` words) lacks; else None. "I follow Ukraine closely. What did they agree
    on?" may ask of whom the other part names."""
    if _PART_MARKS.isdisjoint(text.strip()[:-1]):
        return None
    parts, asking = message_parts(for_matching(text))
    # Not one pointing at what the others name ("my boss asked about taxes. did the mayor mention them?"); "this"
    # is as often the documents' event ("was this a face-to-face meeting?").
    if len(parts) < 2 or len(asking) != 1 or _POINTS_AT_OTHERS.search(asking[0]):
        return None
    others = [part for part in parts if part is not asking[0]]
    # A name ("Ukraine", "Biden") or a rare word the documents lack, around it, may be what the question is about.
    if any(_names_unknown(part, known) for part in others):
        return None
    unknown = (w for part in others for w in words(part.lower()) if w not in known and w not in STOPWORDS)
    if any(stem(w) not in EVERYDAY_STEMS and rarity(w) >= 1.0 for w in unknown):
        return None
    return asking[0].strip()


@dataclass(frozen=True)
class AskedAmong:
    """The question of a message among its statements, and whether it opens the message."""

    question: str
    opens: bool


def question_among_statements(text: str, known: Container[str]) -> AskedAmong | None:
    """The one question of a message whose other parts are whole sentences that state (end in "." or "!") and name
    no one the documents don't (`known` words): "The headline is vague. What does the text itself say marked the
    exchange?" asks its question, whatever the sentence before it remarks, and so does "Who published this? My
    manager forwarded it without a link." None otherwise, or where the question points back to what was said before
    it ("My boss asked about taxes. What did they say about them?")."""
    if "." not in text and "!" not in text:
        return None
    parts, asking = message_parts(for_matching(text))
    if len(parts) < 2 or len(asking) != 1 or not _ASKING.match(asking[0]):
        return None
    others = [part for part in parts if part is not asking[0]]
    if any(not part.rstrip().endswith((".", "!")) for part in others):
        return None
    if asking[0] is not parts[0] and _points_back(asking[0]):
        return None
    if any(_names_unknown(part, known) for part in others):
        return None  # "I follow Ukraine closely. What did they agree on?" may ask of Ukraine
    return AskedAmong(asking[0].strip(), asking[0] is parts[0])


_POINTS_AT_OTHERS = pattern(rf"\b(?:it|its|them|these|those|he|she|him|her|there)\b|{_THEY_TALKED_OF}", re.IGNORECASE)


def asked_apart(text: str, known: Container[str]) -> str | None:
    """The part of a message that asks, where every other part is the asker speaking of themselves ("So I've been
    reading about the Middle East and I'm curious: what did …?"), naming no one the documents don't (`known`
    words), and the question points back to none of them; else None."""
    if _PART_MARKS.isdisjoint(text.strip()[:-1]):
        return None
    parts, asking = message_parts(for_matching(text))
    if len(parts) < 2 or len(asking) != 1 or not _ASKING.match(asking[0]) or _points_back(asking[0]):
        return None
    for part in parts:
        if part is asking[0]:
            continue
        own = _FIRST_PERSON.match(part) or (_OWN_CLAUSE.search(part) and not part.rstrip().endswith("?"))
        # Or a part that names nothing the documents know, of the asker's world ("They asked one thing:", "mostly
        # about visas, ignore that", "they want it precise"): not where it names any of their words ("there was a
        # second call last week").
        if not own and (part.rstrip().endswith("?") or not _names_nothing_known(part, known)):
            return None
        # "I follow Ukraine closely. What did they agree on?" may ask about Ukraine's parties: not asked apart.
        if _names_unknown(part, known):
            return None
    return asking[0].strip()


def _names_unknown(part: str, known: Container[str]) -> bool:
    """Whether a part of a message names someone or something the documents don't (`known` words): a capitalised
    word past its first, or one with a digit ("I follow Ukraine closely.")."""
    return any(w not in known for name in _NAMED.findall(_FIRST_WORD.sub("", part)) for w in words(name))


def without_purpose(text: str, known: Container[str]) -> str:
    """A message without what the answer is for, closing it: "…, for the bibliography please" (one word the
    documents don't know, `known` words, after "the")."""
    purpose = _FOR_THE.search(text) if ", for" in text else None
    return text[: purpose.start()] if purpose is not None and purpose["what"].lower() not in known else text


def asked_before_aside(text: str, known: Container[str]) -> str:
    """A message without what the asker adds of themselves after what it asks, naming nothing the documents know
    (`known` words): "was it a phone call? — need this for a memo", "when was the call? asking for the minutes",
    "hostages number (for a memo)" (nothing said after a question is what it points back to). The message as it is
    otherwise, and where nothing would be left."""
    if text.rstrip().endswith("?"):
        closing = _COURTESY_ASKED.search(text)
        if closing is None or "?" not in text[: closing.start()]:
            return text  # the question ends the message (most messages)
        # "…? one phrase is fine pls?": a courtesy's question mark after the question asks nothing more.
        text = text[: closing.start()]
    text = without_purpose(text, known)
    cut = len(text)
    for found in reversed(list(_PARTS.finditer(text))):
        tail = text[found.end() : cut]
        if not any(c.isalnum() for c in tail):
            continue  # between two marks: ":pray: (for a memo)" keeps its emoji whole
        # (An emoji code closing it is no word of it: "… asking for the conclusion paragraph :pray:".)
        tail = for_matching(tail) if ":" in tail else tail
        own = [w for w in words(tail) if w not in _WORK_PRODUCTS and w not in _FOR_WHOM]  # "for my report"
        if not _FIRST_PERSON.match(tail.strip(" -–—()")) or not _names_nothing_known(" ".join(own), known):
            break  # "Morning. My manager wants to know whether they said anything about aid." asks there
        if "?" in tail:
            break  # "… need this for a memo, can you tell me?" asks there
        cut = found.start()
    head = text[:cut].rstrip()
    return head if cut < len(text) and any(c.isalnum() for c in head) else text


_COURTESY_WORD = rf"(?:{'|'.join(COURTESY_WORDS)})"
_FOR_THE = pattern(rf",\s*for\s+the\s+(?P<what>[\w-]+)(?:\s+{_COURTESY_WORD})?\W*$", re.IGNORECASE)


# A word of a question that stands for something said before it: "I read about the hostages. What about them?"; more
# than replies._BACK holds ("its", "there"), since a question answered apart must point back to nothing at all.
def _points_back(asking: str) -> bool:
    """Whether the part of a message that asks points back to another part ("… Did they discuss it?"): not by the "it"
    a paper published (the document) or the "it" asked what it was ("was it a call?": the event)."""
    return _POINTS_BACK.search(_THE_EVENT_AS_IT.sub(" ", DOCUMENT_ACTED_ON.sub(" ", asking))) is not None


# "Was it a call?", "is it by phone?": the event asked what it was, pointing back to nothing said before.
_THE_EVENT_AS_IT = pattern(
    r"\b(?:was|is)\s+it\s+(?:(?:actually|really|even|in\s+fact)\s+)?(?=(?:a|an|by|in|over|on|via|just|only)\b)"
    # A cleft's "it", which stands for what follows: "was it the Kremlin that reported …?".
    r"|\b(?:was|is)\s+it\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:that|who|which)\b",
    re.IGNORECASE,
)
_POINTS_BACK = pattern(r"\b(?:it|its|them|this|that|these|those|he|she|him|her|there)\b", re.IGNORECASE)


def _names_nothing_known(part: str, known: Container[str]) -> bool:
    """Whether a part holds no word the fact base knows but function and everyday words."""
    return all(w not in known or w in STOPWORDS or stem(w) in EVERYDAY_STEMS for w in words(part))


def _states_known(part: str, known: Container[str]) -> bool:
    """Whether a part is a statement with a question mark that names something the fact base knows: no tag."""
    return part.rstrip().endswith("?") and any(w in known and w not in STOPWORDS for w in words(part))


def _frame_only(part: str, asking: str, known: Container[str]) -> bool:
    """Whether a part of a message is the question itself, or the asker speaking of themselves in words the fact base
    doesn't know (but function words): nothing a question could point back to ("my manager asked me about this
    article. Who wrote it up?" points back to the article)."""
    return part is asking or (
        _FIRST_PERSON.match(part) is not None and all(w not in known or w in STOPWORDS for w in words(part))
    )


def _names_nothing(part: str) -> bool:
    """Whether a part asks without naming anything, nor asking when, who, why, ... ("mentioned?", "what did they
    say?"): it asks about what the other parts name ("children and women - mentioned?"), which are then no wording
    around it."""
    # "What" asks for any one thing, as the wildcards ("anything", "something") do; "the article", "the call" are
    # where it is asked, no subject ("women and children - what does the article say?").
    # (Nor does a courtesy closing it: "… - what does the article say pls?")
    return all(
        w in STOPWORDS
        or w in _TALK_WORDS
        or w in _TOPIC_OF
        or w == "what"
        or stem(w) in WILDCARD_STEMS
        or w in _COURTESY
        for w in words(part)
    )


_COURTESY = frozenset(COURTESY_WORDS)
_COURTESY_ASKED = pattern(rf"\s+{_COURTESY_WORD}\s*\?+\s*$", re.IGNORECASE)


# A part in which the asker speaks of themselves: "I was reading…", "so I've just seen…", "we're confused".
# A clause of the asker's own after another: "the article is long and I only skimmed it", "busy day, so I'll be brief".
_OWN_CLAUSE = pattern(r"(?:,|\band|\bbut|\bso)\s+(?:i|i'm|im|i've|ive|i'd|i'll|we|we're|we've)\s", re.IGNORECASE)
_FIRST_PERSON = pattern(
    # ("Before I send this out: …", "since we're writing it up, …": a clause of the asker's own, by its opener.)
    rf"^\W*(?:(?:so|ok|okay|well|hi|hey|hello|{'|'.join(SUBORDINATORS)})\W+)*"
    r"(?:(?:i|i'm|im|i've|ive|i'd|we|we're|we've|my|our)\b"
    # The same with "I" left out, as chat does: "need this for a memo", "asking for a colleague", "for my report".
    r"|(?:need|needed|needing|want|wanted)\s+(?:this|it|that|these|the\s+answer|an\s+answer)\b"
    r"|(?:asking\s+)?for\s+(?:(?:a|an|my|our)\s+[\w-]+|the\s+(?:record|newsletter|memo|digest|briefing|brief|"
    rf"standup|stand-up|notes|minutes|slides|deck|report|team|boss|manager))(?:\s+{_COURTESY_WORD})?\W*$"
    # The asker's task or purpose: "need to cite this properly", "asking for the conclusion paragraph".
    r"|(?:need|needed|have|got|trying|want)\s+to\s+(?:get|cite|write|finish|send|check|file|draft|prepare|confirm"
    r"|double-check|verify|source|quote|credit|attribute|update|fill|brief|explain)\b"
    r"|asking\s+for\s+(?:the|a|an|my|our|this|that)\s+(?:[\w-]+\s+){0,2}[\w-]+\W*$"
    # What it is for, said of the message: "It's for a caption.", "this is for my report".
    r"|(?:it|this|that)\s*(?:['’]?s|\s+is)\s+(?:just\s+|only\s+)?for\s+(?:a|an|my|our|the)\s+(?:[\w-]+\s+){0,2}[\w-]+\W*$"
    # Where the asker is going or what they have on, "I" left out: "heading into a call in 5", "got a meeting in 10",
    # "off to a briefing", "running late" (a call or a meeting of theirs, not the one the documents tell of).
    r"|(?:heading|headed|running|rushing|hopping|jumping|dashing|going|off|about)\s+(?:in|into|to|onto|on|late|out)\b"
    r"|(?:got|have|had|gotta)\s+(?:a|an|my|the|our)\s+(?:\w+\s+)?(?:meeting|call|sync|standup|stand-up|briefing|"
    r"presentation|interview|deadline|class|exam|flight)\b)",
    re.IGNORECASE,
)


# An adverb's adjective is a word English writes often ("original" 4.6, "public" 5.4; "fami", "supp" 0).
ADVERB_LENGTH = 6
ADVERB_BASE_ZIPF = 3.5
_ADJECTIVE_ENDINGS = ("al", "ate", "ic", "ive", "ous", "ful", "ent", "ant", "ed", "ing", "ar", "ible", "able", "ite")


def _everyday(term: str, word: str) -> bool:
    """Whether an unknown word only wraps the question: an everyday or function word, or shorthand."""
    if term in EVERYDAY_STEMS or len(word) < MIN_SUBJECT_CHARS:
        return True
    # The stemmer keeps a consonant doubled before -ing or -ed ("putting": putt); the everyday word is "put".
    base = verb_stem(word)
    if base != term and (base in EVERYDAY_STEMS or base in STOP_STEMS):
        return True
    # A superlative of an everyday adjective says how much, as the adjective does: "who was hit hardest?"
    if any(stem(adjective) in EVERYDAY_STEMS for adjective in superlative_bases(word)):
        return True
    # An adverb made of an adjective says when or how, not of what: "where was this originally published?", "did
    # they say so publicly?". By the adjective's ending: "friendly", "quarterly" are adjectives made of nouns, which
    # may name what is asked ("was the call friendly?"); "family", "supply" are no adverbs at all.
    if len(word) >= ADVERB_LENGTH and word.endswith("ly"):
        base = f"{word[:-1]}e" if word.endswith(("ably", "ibly")) else word[:-2]
        if base.endswith(_ADJECTIVE_ENDINGS) and zipf(base) >= ADVERB_BASE_ZIPF:
            return True
    # A misspelt everyday word ("concenred", "outocme") is no unknown subject either: a word English has never
    # seen written (wordfreq knows rare words and names: "looting", "Rafah") that an everyday word is an edit or two
    # away from, as typos of the facts' own words are corrected to them.
    return len(word) >= MIN_MISSPELLING and zipf(word) < MISSPELLING_ZIPF and everyday_typo(word)


def _score_pruned(query: Query, index: Index, worked: _Worked, allowed: Container[int] | None = None) -> list[_Scored]:
    """Score only facts that could still make the result (MaxScore-style pruning, exact).

    Terms are visited heaviest (rarest) first. A fact first met at a term can at best match
    that term, all lighter ones and the question words: score <= that share of the question.
    New facts are admitted while that bound reaches the bar: SUGGEST_THRESHOLD at first, and,
    before a long posting list is opened, the higher of the current fourth-best exact score
    and the best exact score minus SUGGEST_WINDOW: a newcomer below the bar could neither be
    suggested, nor narrow the margin, nor win. So the outcome, the best fact and the
    suggestions are exactly those of exhaustive scoring; only weak runners-up may be missing.
    Admitted facts are scored on every term.
    """
    total = sum(weight for _, weight, _ in query)
    # Known question words never admit a fact, but one admitted later may still match them.
    question_words = sum(weight for term_id, weight, evidence in query if term_id is not None and not evidence)
    remaining = sum(weight for _, weight, evidence in query if evidence)
    admitted: set[int] = set()
    scored: dict[int, _Scored] = {}  # a fact's exact score does not change between bar raises
    bar = SUGGEST_THRESHOLD
    for term_id, weight, evidence in query:
        if not evidence or term_id is None:  # evidence is always a known term
            continue
        bound = ((question_words + remaining) / total) ** RECALL_POWER
        if bound < bar:
            break
        size = index.posting_size(term_id)
        if admitted and size > LONG_POSTING:
            best = _rank(query, total, admitted, index, scored, worked, allowed)
            bar = max(bar, best[0].score - SUGGEST_WINDOW if best else bar)
            if len(best) == KEEP_CANDIDATES:
                bar = max(bar, best[-1].score)
            if bound < bar:
                break
        admitted.update(index.postings[term_id])
        admitted.update(index.quote_postings[term_id])
        remaining -= weight
    return _rank(query, total, admitted, index, scored, worked, allowed)


def _score_all(query: Query, index: Index, allowed: Container[int] | None, worked: _Worked) -> list[_Scored]:
    total = sum(weight for _, weight, _ in query)
    # The reference: no fact is skipped on the precision bound (the pruned matcher's, checked against this).
    return _rank(query, total, range(len(index.knowledge.facts)), index, {}, worked, allowed, bounded=False)


def _rank(
    query: Query,
    total: float,
    facts: Iterable[int],
    index: Index,
    scored: dict[int, _Scored],
    worked: _Worked,
    allowed: Container[int] | None = None,
    *,
    bounded: bool = True,
) -> list[_Scored]:
    """Recall for every admitted fact, then precision for the best few only (it costs more).

    `scored` remembers what was worked out in this pass, `worked` what holds for every pass of the question.
    """
    recalled = worked.recalled
    recalls = []
    weights = index.weights
    # Only known words can be in a fact (testing an unknown one against a fact's terms reads them all).
    known = [
        (term_id, weight, evidence, weights[term_id]) for term_id, weight, evidence in query if term_id is not None
    ]
    # Rows sliced here rather than through PackedRows.__getitem__: a method call per fact read, in the loop
    # every question spends most of its time in.
    terms, term_offsets = index.fact_terms.values, index.fact_terms.offsets
    quoted, quote_offsets = index.fact_quote_terms.values, index.fact_quote_terms.offsets
    for number in facts:
        if allowed is not None and number not in allowed:
            continue
        if number in recalled:  # worked out before a bar raise: it has not changed
            found = recalled[number]
            if found is not None:
                recalls.append((found[0] / total, number, found[1]))
            continue
        full, quote_only = terms[term_offsets[number] : term_offsets[number + 1]], None
        matched, shared, evidence_found = 0.0, 0.0, False
        for term_id, weight, evidence, idf in known:
            if term_id in full:
                matched += weight
                shared += idf
            else:
                if quote_only is None:
                    quote_only = quoted[quote_offsets[number] : quote_offsets[number + 1]]
                if term_id not in quote_only:
                    continue
                matched += QUOTE_CREDIT * weight
            evidence_found = evidence_found or evidence
        recalled[number] = (matched, shared) if evidence_found else None
        if evidence_found:
            recalls.append((matched / total, number, shared))
    recalls.sort(key=lambda item: (-item[0], item[1]))
    kept: list[_Scored] = []
    lightest = index.lightest_phrasing
    for recall, number, shared in recalls:
        bound = recall**RECALL_POWER
        if len(kept) >= KEEP_CANDIDATES and bound < kept[-1].score:
            break  # precision <= 1, so no later fact can enter the top
        if bounded and bound < IRRELEVANT:
            break  # nor change the outcome: recalls are in falling order
        if bounded and len(kept) >= KEEP_CANDIDATES and number not in scored:
            # No phrasing can share more weight with the question than the fact does, nor weigh less
            # than its lightest: a bound on precision, so on the score, without reading any phrasing.
            ceiling = min(1.0, shared / lightest[number]) if lightest[number] else 0.0
            if bound * ceiling**PRECISION_POWER < kept[-1].score - ROUNDING:
                continue
        if number not in scored:
            scored[number] = _score(query, recall, number, index, worked.precise)
        kept.append(scored[number])
        kept.sort(key=lambda c: (-c.score, c.fact_id))
        del kept[KEEP_CANDIDATES:]
    return kept


def _score(query: Query, recall: float, number: int, index: Index, precise: Precise) -> _Scored:
    if number not in precise:
        precise[number] = _precision({term_id for term_id, _, _ in query if term_id is not None}, number, index)
    precision, best_phrasing, coverage = precise[number]
    score = recall**RECALL_POWER * precision**PRECISION_POWER
    return _Scored(
        number,
        index.knowledge.facts.id_of(number),
        round(score, 4),
        best_phrasing,
        round(recall, 4),
        round(precision, 4),
        round(coverage, 4),
    )


def _precision(query_ids: set[int], number: int, index: Index) -> tuple[float, int, float]:
    """How much of the fact's phrasings the question's known words make up: (precision, the position of the best
    phrasing, coverage: the share of its best phrasing of MIN_PHRASING_TERMS terms or more)."""
    rows, offsets = index.phrasings.values, index.phrasings.offsets
    weights, sums, sizes = index.weights, index.phrasing_weights, index.phrasing_sizes
    best_precision, best_phrasing, total_precision, coverage = 0.0, 0, 0.0, 0.0
    phrasings = index.phrasing_range(number)
    for position, row in enumerate(phrasings):
        weight = sums[row]
        if weight > 0:
            terms = rows[offsets[row] : offsets[row + 1]]
            precision = sum([weights[t] for t in query_ids if t in terms]) / weight
        else:
            precision = 0.0
        total_precision += precision
        if precision > best_precision:
            best_precision, best_phrasing = precision, position
        if sizes[row] >= MIN_PHRASING_TERMS:
            coverage = max(coverage, precision)
    precision = BEST_PHRASING_SHARE * best_precision + (1 - BEST_PHRASING_SHARE) * total_precision / len(phrasings)
    return precision, best_phrasing, coverage
