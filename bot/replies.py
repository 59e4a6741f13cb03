"""From a message to a reply: chat turns and summary requests first, then the matcher, then what a good
answer to this kind of question needs (a yes that the article affirms, a figure, the future, a date),
and both halves of a two-part question. The terminal, JSON and Slack all render a `Reply`.
"""

from __future__ import annotations

import gc
import itertools
import re
import weakref
from collections.abc import Callable, Collection, Container, Iterable, Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache
from itertools import pairwise

from bot.conversation import (
    ASKED_TO_CONFIRM,
    AUXILIARIES,
    DOCUMENT_NOUNS,
    DOER_NOUNS,
    INITIATING,
    Ask,
    Reading,
    Turn,
    as_request,
    asks_brief,
    asks_outcome,
    date_span,
    for_the_asker,
    kinds_of,
    only_confirms,
    read_chat,
    set_aside,
    when_instead,
    without_addressee,
    without_chat,
    without_date,
    without_source,
    without_tag,
    without_you_please,
)
from bot.knowledge import Fact
from bot.markup import for_matching, without_struck
from bot.matching import (
    ANSWER_THRESHOLD,
    MAX_QUESTION_CHARS,
    MIN_MARGIN,
    SUGGEST_THRESHOLD,
    Index,
    Outcome,
    Reason,
    Result,
    answer,
)
from bot.matching.frequency import common_words
from bot.matching.matcher import (
    EACH_OTHER_WORDS,
    EITHER_WAY,
    REQUEST_OPENING,
    WILDCARD_STEMS,
    actor,
    asked_apart,
    asked_before_aside,
    asks_identity,
    expressed_frame,
    how_held_frame,
    in_own_words,
    named_people,
    need_as_modal,
    protagonist,
    question_alone,
    question_among_statements,
    the_asking_part,
    unnamed_protagonist,
    which_of_them,
    without_issue,
    without_purpose,
)
from bot.matching.terms import EVERYDAY_STEMS, QUESTION_STEMS, Normalizer, respelt
from bot.patterns import compile_all, pattern
from bot.positions import (
    at_position,
    called_in_documents,
    described_in_documents,
    describing_words,
    in_document_order,
    names_noun,
    quoted_in_documents,
    quoted_there,
)
from bot.summaries import Summary, SummaryKind, summarize
from bot.words import (
    DATE_MENTION,
    DESCRIBING,
    DETERMINERS,
    DOCUMENT_ACTED_ON,
    IT,
    MONTHS,
    PEOPLE_DETERMINERS,
    PREPOSED_QUESTION,
    QUESTION_OPENERS,
    QUESTION_WORDS,
    STOPWORDS,
    WEEKDAYS,
    opens_with,
    spelt_dates,
    spelt_questions,
    squeezed,
    stem,
    with_apostrophes,
    words,
)


class Kind(StrEnum):
    """What a reply is; JSON's `outcome`."""

    ANSWER = "answer"  # backed by a fact and its verbatim quote
    SUGGEST = "suggest"  # "did you mean" one of a few facts
    ABSTAIN = "abstain"  # "I don't have that in my documents"
    RELATED = (
        "related"  # the documents don't state what was asked (a figure, the future, a date): a related fact, marked so
    )
    CHAT = "chat"  # a greeting, thanks, a goodbye, an acknowledgement, help
    SUMMARY = "summary"  # the curated summary of a document (or of all)


class Lead(StrEnum):
    """How an answer opens."""

    PLAIN = ""  # a question that is not yes/no
    YES = "yes"  # the article affirms exactly what was asked
    SAYS = "says"  # a yes/no question the article answers, but not with a plain yes


class Gap(StrEnum):
    """What the documents lack for a RELATED reply."""

    FIGURE = "figure"
    FUTURE = "future"
    DATE = "date"
    TIME = "time"  # of day
    WEEKDAY = "weekday"  # the day of the week: a date without its year can't tell it
    YEAR = "year"  # a date given without its year
    PLACE = "place"
    REASON = "reason"  # why
    AGENT = "agent"  # who did what the question names
    WHICH = "which"  # which ones of a group the answer names only as a whole
    ROLES = "roles"  # the documents tell it the other way round: who did it to whom is turned
    ANOTHER_DATE = "another_date"  # a yes/no question names a day; the documents give another
    COMPARISON = "comparison"  # which of several did more, or first: the documents compare none
    NOT_DONE = "not_done"  # what was not said or done: the documents state what was
    JUDGEMENT = "judgement"  # whether something was good, right or what should be: the documents judge none of it
    UNCONFIRMED = "unconfirmed"  # a yes/no question holds a fact's words and a detail the fact doesn't tie to them
    MANNER = "manner"  # how something was or is to be done: the fact says only that it was wanted or agreed
    OUTCOME = "outcome"  # what came of a thing (did it hold, work, succeed): the fact says it was held or wanted


@dataclass(frozen=True)
class Part:
    """One answered question (a two-part question has two)."""

    fact: Fact
    lead: Lead
    asked: str


@dataclass(frozen=True)
class Reply:
    question: str
    kind: Kind
    result: Result  # the matcher's view of the whole question: suggestions, scores, reasons
    parts: tuple[Part, ...] = ()  # the answers, or the related fact
    turn: Turn | None = None
    summary: Summary | None = None
    gap: Gap | None = None
    unanswered: tuple[str, ...] = ()  # parts of a two-part question the documents don't cover
    unclear: tuple[str, ...] = ()  # parts of a two-part question that come near several facts, none outright
    tied: bool = False  # two facts answer the one question equally well: both are given
    # Tied, and neither fact affirms what was asked ("did Russia send aid to Gaza?"): the two passages are what the
    # documents say, which must not read as "yes".
    guarded: bool = False

    @property
    def answered(self) -> bool:
        """True only for an answer backed by a fact and its quote."""
        return self.kind is Kind.ANSWER

    @property
    def reason(self) -> Reason:
        return self.result.reason

    @property
    def facts(self) -> tuple[Fact, ...]:
        return tuple(p.fact for p in self.parts)


_NUMBER = r"\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten"  # a figure, in digits or words
_FIGURE = pattern(
    rf"\b(?:{_NUMBER}|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half|percent)\b",
    re.IGNORECASE,
)
# Plurals of a number ("thousands of children") say how big, not how many: not a figure.
_VAGUE = pattern(r"\b(?:hundreds|thousands|millions|billions|dozens)\b", re.IGNORECASE)
# A rough figure asked for: "roughly", "approximately", "about how many", "ballpark".
_ROUGHLY = pattern(
    r"\b(?:roughly|approximately|approx|ballpark|more or less|give or take|rough (?:number|figure|idea)|"
    r"estimated?|about how (?:many|much)|order of magnitude)\b",
    re.IGNORECASE,
)
# What is to come, or an intention stated now ("agreed to intensify"): either
# answers "will they…?" / "are they going to…?".
_FUTURE = pattern(
    r"\b(?:will|shall|going to|plans?|planned|next|upcoming|future|expected|scheduled|tomorrow|agreed to|agree to|"
    r"decided to|intend(?:s|ed)? to|pledged|promised|committed to)\b",
    re.IGNORECASE,
)
_WILL = pattern(r"\b(?:will|shall|going to|next|upcoming|scheduled)\b", re.IGNORECASE)
_DATE = pattern(
    rf"\b(?:{MONTHS}|{WEEKDAYS}|today|yesterday|tomorrow|\d{{4}}|\d{{1,2}}:\d{{2}}|ago|"
    r"last (?:week|month|year))\b",
    re.IGNORECASE,
)
# A second question joined to the first: "…, and who reported it?", "… and about a Palestinian state?"
_SECOND = pattern(
    r"(?:,\s*|\s+)(?:and|also|plus|as well as|\+|&|n|nd)\s+"  # "n", "nd": chat's "and"
    # The second may be asked with its preposition: "how did they talk, and on what date?", "and with whom?"; not
    # "for what" or "to whom", which ask the rest of the first ("who thanked whom, and for what help?").
    r"(?=(?:(?:on|in|at|with|by|from|since|until)\s+(?:what|which|whom|whose)\b)"
    r"|(?:what|who|whom|whose|when|where|why|how|which|did|do|does|is|are|was|were|will|can|could|about)\b"
    r"|(?:what|who|when|where|how)s\b"  # "whats", "whos": "what's" typed without its apostrophe
    # "…, and didn't they agree on something?": a second question asked the negative way.
    r"|(?:did|do|does|is|are|was|were|has|have|could|would)n['’]?t\b)",
    re.IGNORECASE,
)

# A second subject after the preposition the first was asked with ("on aid, and on the evacuations", "regarding the
# hostages and regarding aid"): "about" is in _SECOND already. The first's is looked for once a joint is found (one
# pattern holding both, the second a back-reference, tried every "on" against the rest: quadratic in the length).
_SECOND_ALIKE = pattern(
    r"(?:,\s*|\s+)(?:and|also|plus|as well as|\+|&)\s+(?=(?P<prep>on|regarding|concerning|re)\s)", re.IGNORECASE
)
_ASKED_WITH = {prep: pattern(rf"\b{prep}\s", re.IGNORECASE) for prep in ("on", "regarding", "concerning", "re")}


def reply_to(
    question: str, index: Index, *, answer_threshold: float = ANSWER_THRESHOLD, allowed: Container[int] | None = None
) -> Reply:
    """Everything the bot concludes about one message; `allowed` limits the facts it may answer from."""
    if len(question) > MAX_QUESTION_CHARS:
        # Nothing longer is read (the matcher asks for a shorter question): the work of reading grows with length.
        result = answer(question, index, answer_threshold=answer_threshold, allowed=allowed)
        return Reply(question, Kind(result.outcome.value), result)
    question = squeezed(question)  # runs of blank space cost the patterns below time, and say nothing
    question = with_apostrophes(question)  # "whats in the second paragraph?": the readings below expect "what's"
    # "how would you descibe …": its wording read as meant; "14/11": November 14, as the documents write dates; "wat
    # time …": what time.
    text = _restated(_after_quoted(_tag_marked(_unshouted(for_the_asker(without_addressee(without_struck(question)))))))
    text = _owned_by_name(text, index.normalizer)
    text = _titles_shared(text, index.normalizer)
    text = respelt(spelt_questions(spelt_dates(text)), index.normalizer.vocabulary)
    bare = _bare_asks(question, text, index, answer_threshold, allowed)
    if bare is not None:
        return bare
    reading = read_chat(text, index)
    if reading is not None:
        # "Recap the article, thanks!", "give me the gist - thanks in advance": a summary asked with thanks for it (its
        # words, "recap", "article", are everyday ones a closing may carry); "thanks for the recap" closes with nothing
        # after it, which thanks for one given. "Could you recap the article asap?": asked of the bot, as a request.
        # A greeting before it ("yo, condense the doc you have") is no closing; "you" in the request is no question
        # about the bot either.
        request = as_request(text) if reading.turn in _REREAD else text
        if request != text and request.strip():
            requested = reply_to(request, index, answer_threshold=answer_threshold, allowed=allowed)
            if requested.kind is Kind.SUMMARY:
                return replace(requested, question=question)
        return _chat(question, reading, index)
    # "Isn't Sisi the Egyptian president?" asks to confirm what "is Sisi the Egyptian president?" asks (the lead
    # reads it so too: see _positive); read the positive way, it is matched as that one is.
    known = index.normalizer.known_words
    # (What the answer is for, again once closings are off: "…, for the bibliography please - thanks!")
    asked = _opening_positive(without_purpose(without_chat(asked_before_aside(text, known)), known))
    framed = read_chat(asked, index) if asked != text else None
    if framed is None and (plain_request := without_you_please(asked)) != asked:
        framed = read_chat(plain_request, index)  # "mind if I ask you to condense the Tribune piece?"
    if framed is not None and framed.turn is Turn.SUMMARY:
        return _chat(question, framed, index)  # "I want to know what they said", "do you know what was said?"
    # A place in the document first: "last paragraph: what was discussed?" is no context before a question.
    asked, allowed = at_position(asked, index.knowledge, allowed)
    alone = question_alone(asked, index)
    if alone != asked and quoted_in_documents(asked, index.knowledge, allowed) is None:
        # The question read again as it opens: "did the article say anything about …" after a line of context. Not
        # where that context quotes the documents: "my draft says they 'unanimously expressed their desire' — desire
        # for what?" asks about the sentence it quotes.
        asked = without_chat(alone)
        if (alone_read := read_chat(asked, index)) is not None and alone_read.turn is Turn.SUMMARY:
            return _chat(question, alone_read, index)  # "I have five minutes - can I get the short version?"
    asked = without_issue(need_as_modal(which_of_them(asked)), index)
    asked = _who_reported(_by_whom(without_source(asked, index.knowledge)), index)
    asked = _when_as_while(_CREDITED_WITH.sub(" ", asked) if "credited" in asked.lower() else asked)
    asked = _body_unqualified(asked, index.normalizer.known_words)
    asked = _trip_asked(_one_name_asked(asked, index.normalizer), index.normalizer)
    if not _has_content(asked) and (there := quoted_there(index.knowledge, allowed)):
        # "What does the second sentence say?": what the facts quoted from there say, in the document's order.
        return _passages(question, asked, there)
    quoted = quoted_in_documents(asked, index.knowledge, allowed) or called_in_documents(text, index.knowledge, allowed)
    if quoted is not None:
        if not quoted.asks_more and len(quoted.facts) <= MAX_QUOTED_FACTS:
            # "What does 'a crucial step' refer to?": the sentences that say it, whatever the matcher makes of the rest.
            return _passages(question, asked, in_document_order(index.knowledge, quoted.facts))
        allowed = quoted.facts
    talked = _whether_they_talked(question, asked, index, answer_threshold, allowed)
    if talked is not None:
        return talked
    # "Was the call in mid-November?" as "... in November?"; "in late November?" and "on November 15?" as "when was
    # the call?".
    span = date_span(asked, index)
    asked, when = span if span is not None else (asked, when_instead(asked, index.normalizer.known_words))
    if when is not None:
        dated = _dated(question, asked, when, index, answer_threshold, allowed)
        if dated is not None:
            return dated
    asked, aside = set_aside(without_date(asked, index.normalizer.known_words))
    if not aside and _WH.match(asked) and not _REASON_OR_MANNER.match(asked):
        # "What did they say about aid, not the hostages?"; "why Russia rather than others?" asks why the one.
        asked, aside = _ruled_out(asked)
    if aside:
        if not _has_content(asked) and (rest := read_chat(asked, index)) is not None:
            return _chat(question, rest, index)  # "what did they say besides the ceasefire?": all they said
        allowed = _NotStating(aside, index, allowed)
    result = answer(asked, index, answer_threshold=answer_threshold, allowed=allowed)
    if (
        result.reason in (Reason.LOW_SCORE, Reason.NO_MATCH)
        and (apart := asked_apart(asked, index.normalizer.known_words)) is not None
    ):
        # "So I've been reading about the Middle East and I'm curious: what did they say about a Palestinian state?":
        # what the asker says of themselves may name the documents' things too ("the Middle East"), which then weigh
        # against the question; asked alone, it is answered where it names a subject of its own ("I'm interested in
        # aid. What did they discuss?" asks about aid).
        by_itself = answer(apart, index, answer_threshold=answer_threshold, allowed=allowed)
        if by_itself.answered and _names_a_subject(by_itself, index):
            asked, result = apart, by_itself
    if (
        result.reason in (Reason.LOW_SCORE, Reason.NO_MATCH)
        and result.best is not None
        and (part := the_asking_part(asked, index.normalizer.known_words)) is not None
    ):
        # "Was this a face-to-face meeting? The headline makes it sound like they met.": the words around the question
        # only weakened the fact they drew as well; asked alone, the question finds that same fact outright.
        by_itself = answer(part, index, answer_threshold=answer_threshold, allowed=allowed)
        if by_itself.answered and by_itself.best is not None and by_itself.best.number == result.best.number:
            asked, result = part, by_itself
    if (result.reason in (Reason.LOW_SCORE, Reason.NO_MATCH, Reason.AMBIGUOUS) or result.answered) and (
        among := question_among_statements(asked, index.normalizer.known_words)
    ) is not None:
        # "The headline is vague. What does the text itself say marked the exchange?": a remark before a question that
        # names two things of its own (not "… What did they agree on?", whose remark may say what it is about).
        by_itself = answer(among.question, index, answer_threshold=answer_threshold, allowed=allowed)
        # (Or one, where it finds the fact the whole message came near: "There's talk about evacuations in our team
        # chat. Which people were supposed to be evacuated?", the remark only weakening it.)
        if (
            by_itself.answered
            and by_itself.best is not None
            and (
                len(set(_subjects(by_itself, index))) >= 2
                or (result.best is not None and not result.answered and by_itself.best.number == result.best.number)
                # Or it opens the message, and what follows only says why it is asked: "Who published this? My
                # manager forwarded it without a link." (the whole found nothing).
                or (not result.answered and among.opens)
            )
            and (
                not result.answered
                or (
                    result.best is not None
                    and by_itself.best.number != result.best.number
                    and by_itself.best.score > result.best.score
                )
            )
        ):
            # (Read without its own frames, as a message is: "is there anything about …?" asks if it was mentioned.)
            asked, result = without_chat(among.question) or among.question, by_itself
    # (A label's colon first: most unanswered messages hold none.)
    if not result.answered and ":" in asked and (labelled := _LABELLED_QUESTION.search(asked)) and labelled.start():
        # "Context:\n- we're a small NGO\n- we focus on children\nQuestion: did the leaders say anything about
        # children?": what the message labels its question is asked, after what it labels context.
        part = without_chat(labelled["question"]) or labelled["question"]
        by_itself = answer(part, index, answer_threshold=answer_threshold, allowed=allowed)
        if by_itself.answered:
            asked, result = part, by_itself
    if quoted is not None and not result.answered:
        # The question quotes the document's own words: the fact that quotes them is what it asks about, however
        # little else of the question its phrasings hold ("what does 'deadly conflict' refer to?"), and its quote
        # shows where the words stand.
        result = answer(asked, index, answer_threshold=0.0, allowed=allowed)
    listed = _three_listed(asked)
    if listed is not None and (three := _listed_parts(question, listed, result, index, answer_threshold, allowed)):
        return three
    if "," in asked:
        # "Did they discuss aid, hostages and a ceasefire?": three subjects under one frame, each asked under it (read
        # as two halves, the first half's two subjects had come to one fact, the other dropped without a word).
        for pair in split_and(asked, joint=r"and|&|as well as")[:MAX_SPLITS]:
            pieces = _listed_under_frame(pair)
            if pieces and (three := _listed_parts(question, pieces, result, index, answer_threshold, allowed)):
                return three
    halves = split_two(asked)
    if halves:
        three = _three_parts(question, halves, result, index, answer_threshold, allowed)
        if three is not None:
            return three
        two = _two_parts(question, asked, halves, result, index, answer_threshold, allowed)
        if two is not None:
            return two
    joined = split_and(asked, joint=r"and|or|plus|&|\+|as well as") if _more_than(result, index) else []
    for pair in joined[:MAX_SPLITS]:
        # "what about the Palestinian state and the ceasefire?": two subjects under one frame. Many "and"s
        # join two names of one subject ("Putin and Sisi", "women and children"), so this split stands only
        # when each half is answered outright, by different facts.
        two = _two_parts(question, asked, pair, result, index, answer_threshold, allowed, strict=True)
        if two is not None:
            return two
    # (A low score too: "anything about prisoners or hostages?" comes near the hostages, its unknown word weighing.)
    if result.outcome is Outcome.ABSTAIN or (result.reason is Reason.LOW_SCORE and " or " in asked.lower()):
        choice = _choice(question, asked, index, answer_threshold, allowed) or _contrast(
            question, asked, index, answer_threshold, allowed
        )
        if choice is not None:
            return choice
    # What kind of question it is, and whether the article affirms it, is read from the sentence that asks: "does
    # the article say anything about the hostages? I'm trying to figure out if they came up" asks a yes/no question.
    asking = _asking_part(asked)
    if result.reason is Reason.AMBIGUOUS:
        tie = _tie(question, asking, result, index, answer_threshold)
        if tie is not None:
            return tie
        # Not two answers to one thing: one fact may still be the one asked in its own words.
        result = in_own_words(result, asking, index, answer_threshold)
    if (fact := _unconfirmed(asking, result)) is not None:
        # "Did the leaders oppose a Palestinian state?", "did Putin and Sisi meet in Sochi?": what the documents do say
        # about it, marked as not confirming what was asked, instead of a "did you mean" list.
        gap = _lacks(kinds_of(asking), asking, result, fact, index) or Gap.UNCONFIRMED
        return Reply(question, Kind.RELATED, result, (Part(fact, Lead.PLAIN, asking),), gap=gap)
    if not result.answered and (opposing := _without_opposing(asking, index, answer_threshold, allowed)) is not None:
        # "Did they reject a ceasefire?": the act asked is the contrary of anything a statement says, and weighs as a
        # word no fact holds. What the documents say of the thing itself is shown, never as a yes (nor as a no).
        plain, fact = opposing
        return Reply(question, Kind.RELATED, plain, (Part(fact, Lead.PLAIN, asking),), gap=Gap.UNCONFIRMED)
    described = _described(question, asking, result, index, allowed)
    if described is not None:
        return described
    if not result.answered or result.best is None:
        return Reply(question, Kind(result.outcome.value), result)
    return _checked(question, asking, result, result.best.fact, index)


# How a thing is described: "how is the conflict described?", "how does the article characterise Egypt's help?",
# "what adjectives describe the conflict?", "what word does the article use to describe the situation in Gaza?".
_DESCRIBE = rf"(?:{DESCRIBING}e?|qualify)"
_DESCRIBED = pattern(
    rf"^\W*how\s+(?:is|was|are|were)\s+(?P<what>.+?)\s+(?:{DESCRIBING}(?:ed|d)?|qualified)\b"
    # Whoever describes it: "how does the article describe …", "how did the presidents characterise the conflict?"
    # (the documents' words for it, whoever's words they report).
    rf"|^\W*how\s+(?:does|did|do|would|will|might|could)\s+(?:[\w'-]+\s+){{1,3}}?"
    rf"{_DESCRIBE}\s+(?P<what2>.+)"
    # What it is called: "what does the article call the conflict?".
    r"|^\W*(?:what|how)\s+(?:does|did|do)\s+(?:the|this)\s+(?:article|author|writer|piece|text|report|story|document)"
    r"\s+(?:call|term|label|dub)\s+(?P<what4>.+)"
    # The word used for it, by any name for a word and any verb of giving a thing one: "which adjective does the
    # piece attach to the aid?", "what label does the article put on the situation?".
    r"|^\W*(?:what|which)\s+(?:\w+\s+)?(?:adjectives?|words?|terms?|phrases?|labels?|descriptors?|epithets?|wording)\s+"
    rf"(?:(?:are|is)\s+used\s+to\s+{_DESCRIBE}|{_DESCRIBE}s?|(?:does|did)\s+(?:the|this)\s+\w+\s+"
    r"(?:use|attach|apply|give|employ|choose|pick|put|pin)\s+"
    rf"(?:to\s+{_DESCRIBE}|for|to|on))\s+(?P<what3>.+)",
    re.IGNORECASE,
)
_PHRASE_WORD = pattern(r"[\w'’-]+")


# A question word asked alone, of the one thing a single document tells of: "when?", "who and when?", "who n when",
# "when was it again?". Each is asked as the plain question it stands for.
_BARE_TEMPLATES = {
    "who": "who took part?",
    "when": "when did it happen?",
    "where": "where did it happen?",
    "how": "how did it happen?",
}
_BARE_WORDS = frozenset(
    (
        *_BARE_TEMPLATES,
        *"and n or then also plus was is it did does again exactly so ok okay this that".split(),
        # How closely, or how frankly, it is asked: "when was this, roughly?", "who was it, actually?".
        *"roughly approximately precisely actually really honestly basically".split(),
        # Who was on it, or in it: the call's people.
        "on",
        "in",
        # Asked of someone: "can someone tell me when?", "does anybody know who?".
        *"can could someone anyone somebody anybody tell me us you know do please pls".split(),
    )
)


def _bare_asks(
    question: str, text: str, index: Index, threshold: float, allowed: Container[int] | None
) -> Reply | None:
    """The reply to question words asked alone (see _BARE_TEMPLATES), where the fact base holds one document: its
    one event is what they ask about. None for any other message."""
    said = words(text)
    others = [w for w in said if w not in _BARE_WORDS]
    if 0 < len(others) <= _MAX_ASIDES and not _BARE_TEMPLATES.keys().isdisjoint(said):
        said = words(without_chat(text))  # "btw when?", "hey bot :wave: who n when"
    if not said or len(said) > _MAX_BARE or len(index.knowledge.documents) != 1 or not _BARE_WORDS.issuperset(said):
        return None
    wanted = list(dict.fromkeys(w for w in said if w in _BARE_TEMPLATES))
    if not wanted:
        return None
    replies = [reply_to(_BARE_TEMPLATES[w], index, answer_threshold=threshold, allowed=allowed) for w in wanted]
    if len(replies) == 1:
        return replace(replies[0], question=question)
    parts = tuple(part for reply in replies if reply.kind is Kind.ANSWER for part in reply.parts)
    if not parts:
        return None
    pairs = zip(wanted, replies, strict=True)
    missing = tuple(_BARE_TEMPLATES[w] for w, reply in pairs if reply.kind is not Kind.ANSWER)
    return Reply(question, Kind.ANSWER, replies[0].result, parts, unanswered=missing)


_MAX_BARE = 8  # "who, when and how was it again?" at most
_MAX_ASIDES = 6  # words around them that may come off as chat does ("btw", "hey bot", an emoji code, an apology)


def _owned_by_name(text: str, normalizer: Normalizer) -> str:
    """A name's possessive typed without its apostrophe ("whats Putins first name?", "Egypts leader") with it, as the
    readings of a possessive look for it: a word no fact holds, a known name with an "s" added, before another word."""
    if "s " not in text:
        return text

    def owned(found: re.Match[str]) -> str:
        word = found.group(1)
        if word.lower() in normalizer.known_words:
            return found.group()  # "Russians", "Egyptians": a name's own plural
        terms = normalizer.terms_of_words([word[:-1].lower()])
        return f"{word[:-1]}'s " if terms and all(t in normalizer.name_terms for t in terms) else found.group()

    return _NAME_S.sub(owned, text)


_NAME_S = pattern(r"\b([^\W\d_]{3,}s) (?=[^\W\d_])")


def _titles_shared(text: str, normalizer: Normalizer) -> str:
    """Two adjectives sharing one title, each with its own, where the aliases name a person by each: "the Russian and
    Egyptian heads of state" -> "the Russian head of state and Egyptian head of state" (Putin and Sisi), as the
    readings of the documents' people named together look for them ("Russian" alone is the country)."""
    if " and " not in text and "&" not in text:
        return text

    def shared(found: re.Match[str]) -> str:
        plural = found["title"]
        title = _HEADS.sub("head", plural) if _HEADS.match(plural) else plural[:-1]
        people = []
        for adjective in (found["first"], found["second"]):
            own = normalizer.terms_of_words(words(adjective.lower()))
            person = normalizer.terms_of_words(words(f"{adjective} {title}".lower()))
            if len(person) != 1 or person == own or person[0] not in normalizer.name_terms:
                return found.group()
            people.append(person[0])
        if people[0] == people[1]:
            return found.group()
        return f"{found['first']} {title} and {found['second']} {title}"

    return _SHARED_TITLE.sub(shared, text)


_SHARED_TITLE = pattern(
    r"\b(?P<first>[^\W\d_][\w-]*)\s+(?:and|&)\s+(?P<second>[^\W\d_][\w-]*)\s+"
    r"(?P<title>heads\s+of\s+(?:state|government)|[^\W\d_][\w-]*s)\b",
    re.IGNORECASE,
)
_HEADS = pattern(r"heads(?=\s)", re.IGNORECASE)


def _tag_marked(question: str) -> str:
    """A statement asked to be confirmed by a tag at its end, its question mark left off ("the call was on the 14th,
    right", "I heard they want to end the bloodshed. true"), with the mark the readers of a tag look for."""
    if question.rstrip().endswith("?") or not _UNMARKED_TAG.search(question):
        return question
    return f"{question.rstrip()}?"


# A tag set off from what it asks about, by a comma, a stop or a dash.
_UNMARKED_TAG = pattern(
    r"\w\s*(?:[,.;:]|\s[-–—])\s*(?:right|true|correct|yes|is (?:that|it|this) (?:right|true|correct|so)"
    r"|(?:is|was) that right|am i right|yeah)\W*$",
    re.IGNORECASE,
)


def _unshouted(question: str) -> str:
    """A message typed all in capitals, in lower case: its capitals mark no name (the readers of a question take a
    capitalised word past the first for a name, and "HOW IS THE CONFLICT DESCRIBED?" names none)."""
    shouted = question.isupper() and sum(c.isalpha() for c in question) > _SHOUTED_LETTERS
    return question.lower() if shouted else question


_SHOUTED_LETTERS = 4  # "OK", "TY", "WHO": a few capitals may be a word as it is written


def _described(
    question: str, asking: str, result: Result, index: Index, allowed: Container[int] | None
) -> Reply | None:
    """The passages that describe what a question asks to be described, where the fact matched (if any) names it
    without a word describing it: "how is the conflict described?" matches "crucial issues related to the
    Israeli-Palestinian conflict", which says which conflict, while other passages call it "devastating" and
    "deadly". None where the matched fact describes it, doesn't name it (the matcher read it in other words:
    "how is the conversation characterised?" of "the discussion was marked by a humanitarian impulse"), or no
    passage describes it."""
    found = _DESCRIBED.match(asking)
    if found is None:
        return None
    noun = _head_noun(found["what"] or found["what2"] or found["what3"] or found["what4"])
    if noun is None:
        return None
    if result.answered and result.best is not None:
        quote = result.best.fact.quote
        if describing_words(noun, quote) or not names_noun(noun, quote):
            return None
    # "The humanitarian aid": what describes it besides what the question says already ("vital humanitarian aid"), where
    # the documents describe the two words together; else what describes the noun.
    given = _given_modifier(found["what"] or found["what2"] or found["what3"] or found["what4"], noun)
    numbers = described_in_documents(f"{given} {noun}", index.knowledge, allowed) if given else frozenset()
    numbers = numbers or described_in_documents(noun, index.knowledge, allowed)
    if not numbers or len(numbers) > MAX_QUOTED_FACTS:
        return None
    facts = in_document_order(index.knowledge, numbers)
    # Facts quoting the same passage: those whose answer says the noun tell it ("practical arrangements").
    naming = [f for f in facts if names_noun(noun, f.answer)]
    places = {(f.document, f.start, f.end) for f in facts}
    if naming and len({(f.document, f.start, f.end) for f in naming}) == len(places):
        facts = naming
    return _passages(question, asking, facts)


def _head_noun(what: str) -> str | None:
    """The noun a phrase is about: "the conflict in the article" -> "conflict", "Egypt's assistance during the
    evacuation" -> "assistance", "the humanitarian impulse" -> "impulse". None for a name or a pronoun."""
    head: str | None = None
    for word in (w for w in _PHRASE_WORD.findall(what) if w.lower() not in DETERMINERS):
        lowered = word.lower()
        if lowered.endswith(("'s", "’s")):
            continue  # "Egypt's": whose, not what
        if lowered in STOPWORDS or (head is not None and lowered.endswith(("ing", "ed"))):
            break
        head = word
    if head is None or head[0].isupper():
        return None
    # The plural as the singular: describing_words finds either ("relations", "arrangements").
    lowered = head.lower()
    return lowered[:-1] if lowered.endswith("s") and not lowered.endswith(("ss", "us", "is")) else lowered


def _given_modifier(what: str, noun: str) -> str | None:
    """The word a phrase puts right before its head noun to describe it ("the humanitarian aid": "humanitarian"), if
    any: not a determiner, a function word, a name or whose it is."""
    found = [w.lower() for w in _PHRASE_WORD.findall(what) if w[0].islower()]
    at = next((n for n, w in enumerate(found) if w in (noun, f"{noun}s")), None)
    if not at:
        return None
    before = found[at - 1]
    return None if before in DETERMINERS or before in STOPWORDS or before.endswith(("'s", "’s")) else before


# A yes/no question below the answer cut-off whose best fact's phrasing it holds at least this much of (precision)
# asks about that fact, with a detail beside it ("oppose", "Sochi", "stable") the fact does not tie to it.
HELD_PHRASING = 0.75


def _unconfirmed(asked: str, result: Result) -> Fact | None:
    """The fact a yes/no question the matcher could not answer asks about, with a detail the fact doesn't state: the
    question holds nearly all of its phrasing (not two facts alike: that is an ambiguous match). None otherwise."""
    best = result.best
    if (
        result.reason is Reason.LOW_SCORE
        and best is not None
        and best.precision >= HELD_PHRASING
        and _asks_whether(asked)
    ):
        return best.fact
    return None


def _asks_whether(asked: str) -> bool:
    """Whether a message asks yes or no of the documents: not a request of the bot ("can you book me a room?")."""
    return Ask.YES_NO in kinds_of(asked) and not _OF_ME.match(asked)


def _without_opposing(
    asked: str, index: Index, threshold: float, allowed: Container[int] | None
) -> tuple[Result, Fact] | None:
    """A yes/no question whose act opposes something ("did they reject / oppose / deny / criticise …?") matched
    without that act, where it then answers; None otherwise."""
    plain = _OPPOSING.sub(" ", asked)
    if plain == asked or not _asks_whether(asked):
        return None
    result = answer(plain, index, answer_threshold=threshold, allowed=allowed)
    return (result, result.best.fact) if result.answered and result.best is not None else None


# Acts that oppose what they act on: no statement of the documents' says one of them was done, so a question asking
# whether one was is matched by the rest of its words.
_OPPOSING_ACTS = (
    r"disagree|disagreed|disagrees|oppose|opposed|opposing|reject|rejected|rejects|rejecting|deny|denied|denies|"
    r"denying|refuse|refused|refuses|refusing|dispute|disputed|disputes|criticise|criticised|criticises|criticize|"
    r"criticized|criticizes|condemn|condemned|condemns|blame|blamed|blames|dismiss|dismissed|dismisses"
)
_OPPOSING = pattern(rf"\b(?:{_OPPOSING_ACTS})\b", re.IGNORECASE)

# "Can you book me a meeting room?" asks the bot to do something, not whether the documents say so.
_OF_ME = pattern(r"^\W*(?:can|could|would|will)\s+(?:you|u)\b", re.IGNORECASE)


def _acts_held(index: Index) -> frozenset[str]:
    """The everyday words' terms that the fact base's answers open with as what their people did, other than
    talking: "thank" ("Putin thanked his Egyptian counterpart …")."""
    normalizer = index.normalizer
    found = _ACTS_HELD.get(normalizer)
    if found is None:
        talked = set(normalizer.terms_of_words(sorted(_TALKED)))
        people = _members(index) | normalizer.name_terms | normalizer.role_terms
        acts = set()
        for fact in index.knowledge.facts:
            terms = [t for t in normalizer.terms_of_words(words(fact.answer)) if t not in people]
            if terms and terms[0] in EVERYDAY_STEMS:
                acts.add(terms[0])
        found = _ACTS_HELD[normalizer] = frozenset(acts - talked - QUESTION_STEMS)
    return found


_ACTS_HELD: weakref.WeakKeyDictionary[Normalizer, frozenset[str]] = weakref.WeakKeyDictionary()


def _whether_they_talked(
    question: str, asked: str, index: Index, threshold: float, allowed: Container[int] | None
) -> Reply | None:
    """ "Did Putin speak with Sisi?", "did the two presidents talk?": a yes/no question naming only people the
    documents are about and that they talked asks whether they did, which the fact saying who talked with whom
    answers, with a yes when it names them all. (Matched as it stands, what they talked about answered it, and
    "Did Putin and Sisi talk about gas prices?" names more than people: it is matched as usual.)"""
    # Being on the call is talking in it: "was Putin on the call?", "was al-Sisi one of the speakers?".
    rest = _ON_THE_CALL.sub(" ", asked)
    typed = words(rest)
    verbs = [w for w in typed if w in _TALKED]
    taking_part = not _TAKING_PART_WORDS.isdisjoint(typed)
    if not verbs and not taking_part and rest == asked:
        return None  # no talk at all: most questions, after one pattern and a few set tests
    normalizer = index.normalizer
    part: set[str] = set()
    if taking_part:
        part = set(normalizer.terms_of_words(_TAKING_PART)).intersection(normalizer.terms_of_words(typed))
    if len(verbs) + bool(part) + (rest != asked) != 1:
        return None
    if not _TOPIC_WORDS.isdisjoint(typed) or not QUESTION_WORDS.isdisjoint(typed):
        return None  # "did they talk about the Gaza Strip?" asks what was said; "... say when they talked?", when
    if verbs and f" {verbs[0]} of " in f" {' '.join(typed)} ":
        return None  # "did they speak of the hostages?" (not "... with the president of Egypt?")
    lowered = [w.lower() for w in typed]
    if any(
        w in _TALKED
        and n >= 2
        and lowered[n - 1] in DETERMINERS
        and lowered[n - 2] not in _HAVING_A_TALK
        and lowered[n - 2] not in STOPWORDS  # "was it a call between …?", "was there a call?"
        for n, w in enumerate(lowered)
    ):
        return None  # "did Sisi end the call early?", "did Putin make the call?": done to the call, not having it
    if kinds_of(asked) != {Ask.YES_NO}:
        return None
    terms, _ = normalizer.question_terms(rest)
    talk = set(normalizer.terms_of_words(verbs)) | part
    # An everyday word the fact base holds may be another act: "did Sisi thank Putin for the call?" ("thanks" is
    # chat's, but thanking is what a fact tells of).
    people = {
        t
        for t in terms
        if t not in talk and t not in QUESTION_STEMS and (t not in EVERYDAY_STEMS or t in _acts_held(index))
    }
    persons = normalizer.name_terms | normalizer.role_terms | _COUNTED
    if not people or not all(t in persons and t in index.term_ids and actor(index.term_ids[t], index) for t in people):
        return None  # "did they speak over the telephone?" asks how
    if not _ANOTHER_TIME.isdisjoint(typed):
        return None  # "did the presidents talk again?", "... yesterday?": another talk than the one told of
    if _BEFORE_OTHERS.search(rest):
        return None  # "did Putin call first?" asks who called before whom, which no one talking tells
    if _WHEREABOUTS.search(rest):
        return None  # "did Putin take the call from the Kremlin?" asks where he was (see _unstated_whereabouts)
    result = answer(f"who {verbs[0] if verbs else 'talked'} with whom?", index, answer_threshold=threshold,
                    allowed=allowed)  # fmt: skip
    if not result.answered or result.best is None:
        return None
    number = _number_of(result.best.fact, result, index)
    named = number is not None and all(index.uses(number, t) for t in people)
    fact = result.best.fact
    directed = len(people) >= 2 and _PHONED_SOMEONE.match(_positive(rest, normalizer)) is not None
    if directed and not _INITIATIVE.search(f"{fact.answer} {fact.quote}"):
        # "Did Sisi call Putin?": that he placed the call, which "a telephone conversation between Putin and Sisi"
        # doesn't say (whose call it was is not given), whichever way round it is asked.
        named = False
    return Reply(question, Kind.ANSWER, result, (Part(fact, Lead.YES if named else Lead.SAYS, asked),))


# Talking, as a verb or as what they had or held ("did Sisi and Putin have a conversation?", "did Putin call Sisi?").
_TALKED = frozenset(
    "speak speaks spoke spoken speaking talk talks talked talking converse conversed conversing conversation "
    "conversations call called phone phoned chat chatted".split()
)
# What comes before a talk named as a thing when the question asks whether they had it ("did they have a call?", "was
# Sisi on the call?").
_HAVING_A_TALK = frozenset(
    "have has had having hold holds held holding join joined attend attended in on during about of after before for "
    "with to from at into".split()
)
_ON_THE_CALL = pattern(
    r"\b(?:on|in|during|part of|one of)\s+(?:the\s+)?(?:(?:tele)?phone\s+)?"
    r"(?:call|conversation|line|phone|talks|discussion|speakers|participants|callers)\b",
    re.IGNORECASE,
)
_TAKING_PART = ["take part", "took part", "participate", "participated", "involved", "join", "joined"]
_TAKING_PART_WORDS = frozenset(w for phrase in _TAKING_PART for w in phrase.split()) - {"part"}
_TOPIC_WORDS = frozenset("about on regarding concerning over re".split())
_ANOTHER_TIME = frozenset(
    "again twice once more yesterday today tonight tomorrow recently lately last next before after earlier later "
    "since still often regularly frequently already week weekend month year morning evening night".split()
)


def _dated(
    question: str, asked: str, when: str, index: Index, threshold: float, allowed: Container[int] | None
) -> Reply | None:
    """ "Was the call on November 15?" (a day no fact gives) as "when was the call?": the date the documents give
    instead, marked as not what was asked; or, where the fact found gives no date ("did they agree on a ceasefire
    on November 20?"), that it gives none. None when nothing answers the question asked as "when"."""
    result = answer(when, index, answer_threshold=threshold, allowed=allowed)
    if not result.answered or result.best is None:
        return None
    reply = _checked(question, when, result, result.best.fact, index)
    if reply.kind is Kind.ANSWER:
        # "On a Tuesday?": the date given names no day of the week, as its own gap says.
        gap = Gap.WEEKDAY if _WEEKDAY.search(asked) and not DATE_MENTION.search(asked) else Gap.ANOTHER_DATE
        return Reply(question, Kind.RELATED, result, (Part(reply.facts[0], Lead.PLAIN, asked),), gap=gap)
    return reply


def _passages(question: str, asked: str, facts: list[Fact]) -> Reply:
    """The reply to a question pointing at a place in the documents: what each fact quoted there says, in turn."""
    nothing = Result(question, Outcome.ABSTAIN, (), reason=Reason.NO_WORDS)
    return Reply(question, Kind.ANSWER, nothing, tuple(Part(fact, Lead.PLAIN, asked) for fact in facts))


# "By whom was the assistance provided?", "the agreement was reported by whom?": the doer asked of a passive, asked
# as "who provided the assistance?", the form the matcher and the check that a fact states the act (_WHO_ACT) read.
_BY_WHOM = pattern(
    r"^(?P<open>\W*)by\s+whom\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be)\s+(?P<what>.+?)\s+"
    r"(?P<act>\w+)(?P<end>\W*$|\s*\?.*)"
    r"|^(?P<open2>\W*)(?P<what2>.+?)\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?P<act2>\w+)\s+by\s+whom"
    r"(?P<end2>\W*$|\s*\?.*)",
    re.IGNORECASE,
)


# "Is Poutine Putin?", "is al-Sissi the same person as Sisi?", "are Poutine and Putin the same?", "Poutine = Putin?"
_SAME_NAMED = pattern(
    r"^\W*(?:(?:is|are)\s+)?(?P<first>[^?=]+?)\s+(?:=|and|is|also|(?:the\s+)?same\s+(?:person\s+)?as|(?:the\s+)?same\s+"
    r"(?:person\s+)?(?:and|as))\s+(?P<second>[^?=]+?)(?:\s+(?:the\s+)?same(?:\s+(?:person|guy|man))?)?\W*$"
    r"|^\W*(?P<one>[^?=]+?)\s*=\s*(?P<other>[^?=]+?)\W*$|^\W*is\s+(?P<one_word>[\w'-]+)\s+(?P<other_word>[\w'-]+)\W*$",
    re.IGNORECASE,
)


_TITLE_WORD = pattern(
    r"\b(?:president|presidents|leader|leaders|head|heads|chief|minister|king|ruler)\b", re.IGNORECASE
)


def _one_name_asked(asked: str, normalizer: Normalizer) -> str:
    """ "Is Poutine Putin?" asked as "who is Poutine?": two spellings of one name the documents use, whose statement
    of who took part names him (whether two names are one person is the curators' alias, which no quote affirms)."""
    found = _SAME_NAMED.match(asked)
    if found is None:
        return asked
    first = found["first"] or found["one"] or found["one_word"]
    second = found["second"] or found["other"] or found["other_word"]
    terms = normalizer.question_terms(first)[0]
    if len(terms) != 1 or terms[0] not in normalizer.name_terms or normalizer.question_terms(second)[0] != terms:
        return asked
    # Spellings of the name: "the Egyptian president" is one of its aliases too, but a title and a country, which
    # the article does affirm of him ("is Sisi the Egyptian president?").
    countries = normalizer.affiliations.get(terms[0], frozenset())
    said = f"{first} {second}"
    if _TITLE_WORD.search(said) or any(
        t in countries for w in words(said) for t in normalizer.terms_of_words([w.lower()])
    ):
        return asked
    return f"who is {first.strip()}?"


# Going somewhere, said with everyday verbs the matcher passes over: "when did Putin go to Egypt?" had asked "when
# Putin Egypt", which the call's date answered.
_GONE_TO = pattern(
    r"\b(?P<who>[\w'-]+)\s+(?:(?:ever|already|recently|actually)\s+)?"
    r"(?P<went>go|goes|going|went|gone|come|comes|coming|came|been|travel(?:l?ed|l?ing|s)?|fly|flies|flew|flown|head(?:ed|ing|s)?)"
    # Not coming to someone's aid ("did Egypt come to Russia's aid?"): a place's name, not its owner's.
    r"\s+(?:over\s+|back\s+)?to\s+(?P<where>[\w-]+)\b(?!['’])",
    re.IGNORECASE,
)
_TRAVELLERS = frozenset("they he she we both".split())


def _trip_asked(asked: str, normalizer: Normalizer) -> str:
    """ "When did Putin go to Egypt?" asked as "when did Putin visit Egypt?": someone named (or "they") going to a place
    named is a trip, which a fact must tell of; the verbs of going weigh nothing to the matcher."""
    found = _GONE_TO.search(asked)
    if found is None:
        return asked
    who, where = found["who"].lower(), normalizer.question_terms(found["where"])[0]
    named = who in _TRAVELLERS or not normalizer.name_terms.isdisjoint(normalizer.question_terms(who)[0])
    if not named or len(where) != 1 or where[0] not in normalizer.name_terms:
        return asked
    return f"{asked[: found.start('went')]}visit {found['where']}{asked[found.end() :]}"


def _by_whom(asked: str) -> str:
    """ "By whom was X provided?" asked as "who provided X?" (see _BY_WHOM), in the order the matcher reads."""
    if "whom" not in asked.lower():
        return asked
    found = _BY_WHOM.match(asked)
    if found is None:
        return asked
    if found["act"] is not None:
        return f"{found['open']}who {found['act']} {found['what']}{found['end']}"
    return f"{found['open2']}who {found['act2']} {found['what2']}{found['end2']}"


# "Who said they agreed to step up ceasefire efforts?": who says that something happened is its source, the one
# who reported it; the matcher drops words of saying, which name no subject.
# Whose office or which body (a source's, never a person's: "which leader said …" asks which of them).
_SOURCE_ASKED = (
    r"(?:whose|which|what)\s+(?:office|ministry|spokes(?:man|woman|person)|government|agency|body|presidency"
    r"|administration|authorit(?:y|ies)|source|statement|press\s+office)"
)
_WHO_SAID = pattern(
    rf"^(\W*(?:who|{_SOURCE_ASKED})\s+)(?:said|says|stated|states|claimed|claims"
    # "Who is saying that …", "who was telling that …": the same, in a learner's tense.
    r"|(?:is|was|s)\s+(?:saying|telling|claiming|stating)(?:\s+that)?"
    r"|told\s+(?:us|me|reporters|the\s+press|the\s+news|the\s+world|the\s+public|everyone))\s+(?=\w)"
    # "According to whom did they agree …?", "according to which office …?" ask the same.
    rf"|^(\W*)according\s+to\s+(?:whom|{_SOURCE_ASKED})\s+(?:did|do|does|was|were|is|are|has|have|had)\s+(?=\w)",
    re.IGNORECASE,
)
_REPORTED = stem("reported")


# "What role did Egypt play when Russians were leaving Gaza?", "what happened when they were evacuated?": a "when"
# opening a clause inside a question that asks something else tells at what time the thing asked happened, no date
# asked for ("When did this happen?" had drawn the call's date). Not after a word that makes it a question of its
# own: "did they say when the ceasefire starts?", "what did they say about when …?". (A yes/no question's clause
# keeps it: "was Putin in the Kremlin when he took the call?" asks of the call's time and place, which the date's
# fact tells the first of.)
_CLAUSE_WHEN = pattern(
    r"\bwhen\s+(?=[a-z])(?!(?:was|is|were|are|did|do|does|will|would|could|can|has|have|had|exactly|precisely|s)\b)",
    re.IGNORECASE,
)
_ASKS_ANOTHER = opens_with("what", "who", "whom", "whose", "which", "how", "why", "where")
_EMBEDS_WHEN = frozenset(
    "about on of to as know knew known knows say said says tell told tells ask asked asks mention mentioned mentions "
    "specify specified specifies decide decided agree agreed announce announced set clear sure idea indicate indicated "
    "reveal revealed disclose disclosed note noted explain explained give gave given state stated report reported "
    "and or exactly for me us you them him her".split()
)
_SENTENCE_BREAK = pattern(r"[?!;•\n]|\s[-–—]\s")


# "Which body is credited with reporting the agreement?": who is said to have done it (the act after "with"), no
# thanks ("what did Putin credit Egypt with?" is his public thanks).
_CREDITED_WITH = pattern(r"\s+(?:is|was|are|were|being|been)\s+credited\s+with\s+(?=\w+ing\b)", re.IGNORECASE)


# "Which official body reported it?": a body by a word the documents don't use is the body asked for, as "which body"
# is (the documents' own words stay: "which Russian body …" names whose).
_QUALIFIED_BODY = pattern(
    r"^(\W*(?:which|what)\s+)((?:[\w-]+\s+){1,2}?)(?=(?:body|organi[sz]ation|institution|agency|office|authority)\b)",
    re.IGNORECASE,
)


_BODY_NOUNS = ("body", "organi", "institution", "agency", "office", "authority")  # substring tests first


def _body_unqualified(asked: str, known: Container[str]) -> str:
    """ "Which official body …?" asked as "which body …?" (see _QUALIFIED_BODY)."""
    lowered = asked.lower()
    found = _QUALIFIED_BODY.match(asked) if any(noun in lowered for noun in _BODY_NOUNS) else None
    # Not a name, nor a word the documents know, which says whose body it is ("what Netanyahus office said", "which
    # Russian body").
    if found is None or found.group(2)[:1].isupper() or any(w in known for w in words(found.group(2))):
        return asked
    return f"{found.group(1)}{asked[found.end() :]}"


def _when_as_while(asked: str) -> str:
    """A clause's "when" inside a question asking something else, read as the time it was done (see _CLAUSE_WHEN)."""
    if "when" not in asked.lower() or _ASKS_ANOTHER.match(asked) is None:
        return asked
    for found in _CLAUSE_WHEN.finditer(asked):
        if _SENTENCE_BREAK.search(asked, 0, found.start()):
            break  # "What did Putin thank Egypt for? When was that?": a question of its own
        before = words(asked[: found.start()])
        if len(before) >= 2 and before[-1] not in _EMBEDS_WHEN:
            return f"{asked[: found.start()]}as {asked[found.end() :]}"
    return asked


def _who_reported(asked: str, index: Index) -> str:
    """ "Who said …" asked as "who reported …", where the fact base knows reporting (see _WHO_SAID)."""
    found = _WHO_SAID.match(asked)
    if found is None or _REPORTED not in index.term_ids or not _has_content(asked[found.end() :]):
        return asked  # "who said what?" names nothing said
    opening = found.group(1) if found.group(1) is not None else f"{found.group(2)}who "
    return f"{opening}reported {asked[found.end() :]}"


class _NotStating:
    """The facts (of those `allowed`) whose answer states nothing of what a question sets aside: "apart from aid,
    what did they call for?" is not answered by the call to let aid through. Read lazily: only the facts a
    question reaches are looked at."""

    def __init__(self, aside: str, index: Index, allowed: Container[int] | None) -> None:
        terms, _ = index.normalizer.question_terms(aside)
        self._aside = frozenset(t for t in terms if t not in QUESTION_STEMS and t not in EVERYDAY_STEMS)
        self._index, self._allowed = index, allowed
        self._seen: dict[int, bool] = {}

    def __contains__(self, number: object) -> bool:
        if not isinstance(number, int) or (self._allowed is not None and number not in self._allowed):
            return False
        found = self._seen.get(number)
        if found is None:
            answer = words(self._index.knowledge.facts[number].answer)
            stated = not self._aside.isdisjoint(self._index.normalizer.terms_of_words(answer))
            found = self._seen[number] = not stated or self._listed(answer)
        return found

    def _listed(self, answer: list[str]) -> bool:
        """Whether an answer lists what was set aside with something else: "foreign nationals and the wounded" still
        answers "who besides foreigners…?" (the aside found by its terms: in its own words or an alias's)."""
        if not self._aside:
            return False
        terms_of = self._index.normalizer.terms_of_words
        for start in range(len(answer)):
            for end in range(start + 1, min(start + _ASIDE_WORDS, len(answer)) + 1):
                if frozenset(terms_of(answer[start:end])) != self._aside:
                    continue
                after = answer[end] if end < len(answer) else ""
                before = [w for w in answer[max(0, start - 2) : start] if w != "the"][-1:]  # "… and the wounded"
                if after in _LISTING or (before and before[0] in _LISTING):
                    return True
        return False


_LISTING = ("and", "or")
_ASIDE_WORDS = 4  # the most words an aside's alias may take in an answer ("foreign nationals" for "foreigners")


def _asking_part(text: str) -> str:
    """The one sentence of a message that asks (ends in "?" or opens as a question or request), or the whole
    message if none or several do, or it points back to another ("I read about the hostages. Did they discuss
    them?")."""
    sentences = [s for s in _SENTENCES.split(text) if s.strip()]
    if len(sentences) < 2:
        # "One of our readers asked about statehood — did both leaders back an independent Palestine?": a remark set
        # off by a dash before a question that names its own subject (not "the aid — was it mentioned?").
        before, dash, after = text.rpartition(" — ") if " — " in text else text.rpartition(" - ")
        if dash and before.strip() and _ASKS.match(after) and not _BACK.search(after) and len(_content(after)) >= 3:
            return after
        return _after_lead_in(text)
    asking = [s for s in sentences if s.rstrip().endswith("?") or _ASKS.match(s)]
    # "Did Putin thank Egypt for something? If so, what for?": what is asked if so follows the question it hangs on.
    asking = [s for s in asking if not _IF_SO.match(s)] or asking
    if len(asking) != 1 or _BACK.search(asking[0]) or only_confirms(words(asking[0])):
        return text  # "someone told me they backed a Palestinian state. true?" asks to confirm the sentence before
    # Its own polite frame comes off as a message's would: "I'm new here. Could someone tell me whether …?"
    return _after_lead_in(without_chat(asking[0]))


_IF_SO = pattern(r"^\W*(?:and\s+)?if\s+(?:so|yes|not|no)\b", re.IGNORECASE)


def _after_lead_in(sentence: str) -> str:
    """A sentence without what leads in to its question: "Quick q from the policy team: did Putin and Sissi say
    anything about the hostages?" asks what follows the colon, and "policy" is no word of it."""
    head, colon, rest = sentence.partition(": ")
    leads_in = colon and head.strip() and "?" not in head  # "Who published it? Second question: …" asks twice
    return rest if leads_in and _ASKS.match(rest) and not _BACK.search(rest) else sentence


# One of two tied facts must be asked for specifically: the question makes up at least this much of its phrasings
# (precision). Tied pairs on the eval sets sit at 0.51-0.79 (the better of the two) for questions each fact
# answers, and at 0.29 for a vague one; anywhere from 0.35 to 0.5 draws the same line.
TIE_PRECISION = 0.5


# What a question asks for by its kind, which a fact gives or lacks: a figure, a date, a time, a place.
_WANTED = frozenset((Gap.FIGURE, Gap.DATE, Gap.TIME, Gap.WEEKDAY, Gap.YEAR, Gap.PLACE, Gap.AGENT))


def _tie(question: str, asked: str, result: Result, index: Index, threshold: float) -> Reply | None:
    """Both of two facts that answer a question equally well (no third close behind) and share a subject word
    of it: the documents say two things about it, and picking one by a hair's breadth of score would be a
    guess, while "did you mean" would withhold two good answers. None otherwise."""
    candidates = result.candidates
    if len(candidates) < 2 or candidates[1].score < threshold:
        return None
    first, second = candidates[:2]
    if len(candidates) > 2 and second.score - candidates[2].score < MIN_MARGIN:
        return None
    subjects = _subjects(result, index)
    if not any(index.uses(first.number, t) and index.uses(second.number, t) for t in subjects):
        return None  # each matched a different part of the question: not two answers to one thing
    replies = [_checked(question, asked, result, c.fact, index, swap=False) for c in (first, second)]
    answers = [reply for reply in replies if reply.kind is Kind.ANSWER]
    if len(answers) == 1 and any(reply.gap in _WANTED for reply in replies):
        # Only one gives what is asked ("how many presidents spoke?": the participants' "two presidents", not the
        # topic's): the question itself breaks the tie.
        return answers[0]
    if max(first.precision, second.precision) < TIE_PRECISION:
        return None  # a vague question ("what did they emphasise?") that neither fact is asked for by: ask back
    if _proves(first.fact, second.fact):
        # The better-matching fact's quote holds the other's: it proves what both say.
        return _checked(question, asked, result, first.fact, index)
    if len(answers) < 2:  # a figure, a date or the future one lacks: say so, as usual
        return None
    parts = [part for reply in replies for part in reply.parts]
    leads = {p.lead for p in parts}
    # The reply opens by saying the documents hold two passages: "here is what the document says" twice over would
    # only repeat it, so the opening says it once, for both, where no passage affirms what was asked. A plain yes
    # is kept.
    plain = tuple(Part(p.fact, Lead.PLAIN if p.lead is Lead.SAYS else p.lead, p.asked) for p in parts)
    guarded = Lead.SAYS in leads and Lead.YES not in leads
    return Reply(question, Kind.ANSWER, result, plain, tied=True, guarded=guarded)


def _subjects(result: Result, index: Index) -> list[str]:
    """The terms of a question the fact base knows that name what it is about: neither question nor everyday words."""
    return [t for t in result.terms if t in index.term_ids and t not in QUESTION_STEMS and t not in EVERYDAY_STEMS]


def _proves(proof: Fact, other: Fact) -> bool:
    """Whether `proof`'s quote takes in all of `other`'s."""
    return proof.document == other.document and proof.start <= other.start and other.end <= proof.end


# A question that goes through every step of the matcher, typo corrector and English word list included, with
# words no fact base is likely to use: on 100,000 facts, "first question" alone had it score 6,000 facts.
WARM_UP = "Was the xqzt warmed up before it arrived?"


def warm_up(index: Index) -> None:
    """Load now what the first questions would otherwise load at once (the patterns, the English word list, the typo
    corrector), so that a served bot's first minute under load is not its slowest."""
    reply_to(WARM_UP, index)
    compile_all()
    common_words()  # the common English words a misspelling may be a slip of
    if index.normalizer.vocabulary is not None:
        index.normalizer.vocabulary.warm()
    # The index and the modules live as long as the bot: moved out of the collector's reach, they are not
    # scanned again at every full collection (a pause of several milliseconds on a large fact base).
    gc.collect()
    gc.freeze()


def split_two(question: str) -> tuple[str, str] | None:
    """The two questions of a two-part question, or None."""
    shown = for_matching(question)
    # A list of two, one a line: "- date of the call\n- who took part".
    items = [found.group(1) for found in _BULLET.finditer(shown)] if "\n" in shown else []
    if items and _BULLET.sub("", shown).strip().endswith("?"):
        # "Context:\n- we're a small NGO\n- we focus on children\nQuestion: did they …?": a list of what the asker
        # says of themselves, then the question, a line of its own.
        items = []
    if len(items) == 2 and _has_content(items[0]):
        if _has_content(items[1]):
            return items[0], items[1]
        if IT.search(items[1]) or _WH.match(items[1]):  # "• who was on the call\n• when was it"
            return _about_first(items[0], items[1])
    # "I have two questions: …", "two things: …" only announce what follows.
    named = _announced_names(shown)
    if named is not None and len(named) == 2:
        return named[0], named[1]  # "two things: the date of the call, and the newspaper"
    # "Jotting this down for the minutes: on what date …, and was …?", "For our country profile, what do …, and how
    # does …?": what leads in to the questions comes off.
    text = _after_lead_in(_ANNOUNCED.sub("", " ".join(shown.split()), count=1))
    text = text[lead_in.end() :] if (lead_in := _COMMA_LEAD_IN.match(text)) else text
    # "When and how did they speak?" asks both of the one rest.
    paired = _PAIRED.match(text)
    if paired:
        return f"{paired.group(1)} {paired.group(3)}", f"{paired.group(2)} {paired.group(3)}"
    # Questions end at "?", or are set apart by ";" or numbers ("1) when was it 2) who was on it"); a part that
    # ends in a colon only announces them ("two things:").
    # Two things named, a slash between, as a list one a line names them; not "when was the Putin / al-Sisi call?".
    # Or two questions, a slash between: "when did they speak / which outlet reported it".
    sides = _SLASH.split(text.rstrip(" ?")) if " / " in text else []
    if (
        len(sides) == 2
        and all(_has_content(side) for side in sides)
        and (
            all(_ASKS.match(side) for side in sides)
            or (not _ASKS.match(text) and all(len(words(side)) <= MAX_NAMING_WORDS for side in sides))
        )
    ):
        return sides[0], sides[1]
    numbered = _FIRST.search(text) and _SECOND_ITEM.search(text)
    pieces = _PARTS.split(text)
    # A piece asks when a "?" or ";" ends it, or it opens as a question or request: "what did they say about
    # aid? I need it for a slide." asks one thing.
    asking = [q for n, q in enumerate(pieces) if n < len(pieces) - 1 or q.rstrip().endswith("?") or _ASKS.match(q)]
    parts = [p.strip() for q in (pieces if numbered else asking) for p in (_NUMBERED.split(q) if numbered else [q])]
    # "First, when did they talk? Then, how?": words that only order the questions come off.
    sentences = [_SEQUENCE.sub("", p) for p in parts if words(p) and not p.endswith(":")]
    if numbered and len(sentences) == 3 and (_LIST_REQUEST.match(sentences[0]) or not _has_content(sentences[0])):
        # "Tell me (a) the date (b) the publisher", "can you give me 1) who spoke 2) when": a request opening the list
        # asks each item ("give" and "need" are words of the facts as well).
        sentences = sentences[1:] if _WH.match(sentences[1]) else [f"tell me {item}" for item in sentences[1:]]
    if len(sentences) == 2 and _has_content(sentences[0]):
        first, second = sentences
        if _has_content(second):
            # "who thanked whom? and what does that show?", "1) when was the call 2) how was it held": what "that"
            # or a wh-question's "it" points back to is the first's subject, as in a question joined by "and" ("who
            # reported it? was it the Kremlin?" guesses the first's answer instead).
            back = _THAT.search(second) or (IT.search(second) and _WH.match(second))
            return _about_first(first, second) if back else (first, second)
        # "1) who was on the call 2) when was it", "...? and when?"; not "...? really?", which asks nothing more.
        if IT.search(second) or _WH.match(second):
            return _about_first(first, second)
    match = _SECOND.search(text)
    if match is None and (alike := _SECOND_ALIKE.search(text)) is not None:
        first = text[: alike.start()]
        if (prep := _ASKED_WITH[alike["prep"].lower()].search(first)) is not None and _has_content(first):
            # "Did they agree on a ceasefire, and on aid?": the first's preposition again, for a second subject, asked
            # as the first is ("did they agree on aid?").
            return first, first[: prep.start()] + text[alike.end() :]
    # The first half must ask too: "I was reading the Tribune piece and couldn't figure out: when was the call?"
    # tells where a question comes from.
    # A statement ending in its question word asks as well: "Putin thanked Egypt for what, and …?".
    first = text[: match.start()] if match else ""
    if match and _has_content(first) and (_ASKS.match(text) or _names_what(first) or _ASKED_LAST.search(first)):
        second = text[match.end() :]
        return _about_first(first, second) if words(second) else None
    return None


_WH = opens_with(rf"(?:and\s+)?(?:{'|'.join(sorted(QUESTION_WORDS))})")
# What the asker puts before a question, set off by a comma: "For our country profile, what do …?".
_COMMA_LEAD_IN = pattern(
    r"^\W*(?:for|as|since|because|given)\s[^,?.!;:]{1,60},\s+(?=(?:what|who|whom|when|where|why|how|which|did|do|does"
    r"|is|are|was|were)\b)",
    re.IGNORECASE,
)
_LIST_JOINT = pattern(r"\s*(?:,\s*(?:(?:and|&|\+)\s+)?|;\s*|\s+(?:and|&|\+)\s+)", re.IGNORECASE)


def _announced_names(text: str) -> list[str] | None:
    """The things a message announces several of and names, none asked as a question ("two things: the date of
    the call, and the newspaper"; "three things: hostages, aid and the date"); None for anything else. Announced,
    a list's items are what is asked, however long each is."""
    if ":" not in text:
        return None  # a substring test first: the pattern would be tried on every message, twice
    joined = " ".join(text.split())
    announced = _ANNOUNCED.match(joined)
    if announced is None or announced.group().rstrip(" :").lower().endswith("question"):
        return None  # "quick question: …" announces one
    items = [item.strip(" ?.!") for item in _LIST_JOINT.split(joined[announced.end() :].strip(" ?.!"))]
    # (A named thing beside a clause that asks: "the leaders' position on a Palestinian state, and what they wanted
    # for civilians".)
    if not 2 <= len(items) <= 3 or not all(_has_content(item) for item in items) or all(map(_ASKS.match, items)):
        return None
    return items


MAX_NAMING_WORDS = 4


def _names_what(text: str) -> bool:
    """Whether a first half asks by naming what it wants, as a few words with no verb do ("date of call + who was on
    it?"); not one that tells where a question comes from ("I read the piece and …")."""
    found = words(text)
    return 0 < len(found) <= MAX_NAMING_WORDS and not _TELLS.match(text)


# "… for what", "… what for": a preposition may stand either side of the question word.
_ASKED_LAST = pattern(
    r"\b(?:what|who|whom|when|where|which|how)(?:\s+(?:for|to|with|about|from|by|of))?\W*$", re.IGNORECASE
)
_TELLS = pattern(r"^\W*(?:i|i'm|im|we|my|our|so|ok|okay|hi|hey|hello|just|they|he|she|it)\b", re.IGNORECASE)


def _about_first(first: str, second: str) -> tuple[str, str]:
    """Two halves, the second asking about the first's subject where it names none of its own: "who was on the
    call and when was it?", "what did Putin thank Egypt for, and what does it show about their relations?". The
    subject stands where the second's "it" is ("what was it about?" -> "what was the ... call about?")."""
    # A half that names what it wants names it before "of" ("date of call"), and what it is about after it.
    about = first.rsplit(" of ", 1)[1] if " of " in first and _names_what(first) else first
    about = REQUEST_OPENING.sub("", about, count=1)  # "explain what Egypt did …": the request is no part of the subject
    # "it" points back at the last thing named, not at the first half's verb: "who took part in the call and when did
    # it happen?" asks when the call happened, not when "took part call" did.
    tokens = about.split()
    named = [n for n, token in enumerate(tokens) if token.lower() in _ARTICLES and _has_content(" ".join(tokens[n:]))]
    if named:
        about = " ".join(tokens[named[-1] :])
    subject = " ".join(_content(about))
    if DOCUMENT_ACTED_ON.search(second):
        return first, second  # "…, and which paper published it?": the document, whatever the first half asked of
    for pointer in (IT, _THAT):
        if pointer.search(second):
            return first, pointer.sub(f"the {subject}", second, count=1)
    if _has_content(second):
        return first, second
    if (framed := _ASKED_FRAME.match(first)) is not None and _BARE_WH.match(second):
        # "What did they say about the hostages? And when?": the second question word asks the first's own question
        # ("when did they say …"), which tells of their act, not only of its subject.
        return first, f"{second.strip(' ?').lower()} {framed['rest']}?"
    return first, f"{second.rstrip(' ?')} {subject}?"


# A question word, then an auxiliary and the rest: the frame another question word can ask again.
_ASKED_FRAME = pattern(
    r"^\W*(?:what|who|whom|where|why|how|which)\s+(?P<rest>(?:did|do|does|was|were|is|are|has|have)\s+\w.*?)\W*$",
    re.IGNORECASE,
)
_BARE_WH = pattern(r"^\W*(?:when|where|why|how)\W*$", re.IGNORECASE)


# "that" or "this" standing alone for what went before ("what does that show?"), not before a noun ("that call").
_THAT = pattern(
    r"\b(?:that|this)\b(?=\s+(?:show|shows|mean|means|say|says|tell|tells|suggest|suggests|"
    r"signify|signifies|underline|underlines|demonstrate|demonstrates|reveal|reveals|imply|implies)\b|\s*\??$)",
    re.IGNORECASE,
)
_IF_SO = pattern(r"if\s+(?:so|yes|not|they\s+did|it\s+was|there\s+was)\b", re.IGNORECASE)
_SENTENCES = pattern(r"(?<=[.!?])\s+")
_BACK = pattern(r"\b(?:it|them|this|that|these|those|he|she|him|her)\b", re.IGNORECASE)
# A question or request; a question may open with a preposition before its question word ("on what date was it?").
_ASKS = opens_with(
    *QUESTION_OPENERS,
    "tell",
    "explain",
    "describe",
    "list",
    "give",
    "show",
    "elaborate",
    "expand",
    "quote",
    "cite",
    r"let\s+(?:me|us)\s+know",
    r"(?:what|who|when|where|how)s",  # "whats the date": "what's" without its apostrophe
    PREPOSED_QUESTION,
)
_PARTS = pattern(r"\?\s+|;\s+")
_SLASH = pattern(r"\s+/\s+")  # "date of the call / newspaper": two things named, a slash between
_SEQUENCE = pattern(
    r"^\W*(?:first(?:ly)?|second(?:ly)?|then|next|also|finally|lastly|and(?:\s+then)?|after\s+that|plus)\s*[,:]?\s+(?=\w)",
    re.IGNORECASE,
)
_PAIRED = pattern(
    # A request may come first: "explain when and how they talked".
    r"^\W*(?:(?:please\s+)?(?:tell\s+(?:me|us)|explain|describe|show\s+(?:me|us)|let\s+(?:me|us)\s+know)\s+)?"
    r"(what|when|where|who|why|how|which)\s*(?:,\s*)?(?:and|&|\+|or)\s+"
    # "When and with whom did Putin speak?": the second may be asked with its preposition.
    r"((?:(?:with|to|from|by|for|about)\s+)?(?:what|when|where|who|whom|why|how|which))\s+(\w.*)$",
    re.IGNORECASE,
)
_BULLET = pattern(r"^[ \t]*[-•*–][ \t]+(\S.*?)[ \t]*$", re.MULTILINE)
# ("Two quick ones for the wiki: …": what they are for may follow.)
_ANNOUNCED = pattern(
    r"^[^:?]{0,60}?\b(?:questions?|qs|things|ones|queries|facts|details|both\s+of\s+these|the\s+following)"
    r"(?:,?\s+for\s+[^:?]{1,30}?)?"
    # Its colon may have been an emoji code, gone by now: "Quick pair of questions :pray: did they …?"; or a stop,
    # before the first of them ("Two separate questions. First: …").
    r"(?:\s*:\s*|\s+(?=(?:did|do|does|is|are|was|were|what|who|when|where|why|how|which)\b)"
    r"|\.\s+(?=(?:first|firstly|1)\b))(?=\S)",
    re.IGNORECASE,
)
# A request that only opens a list of what is asked: "tell me", "can you give us", "I need".
_LIST_REQUEST = pattern(
    r"^\W*(?:(?:(?:can|could|would|will)\s+you\s+)?(?:please\s+)?(?:tell|give|show|send|get|find)\s+(?:me|us)"
    r"|(?:i|we)\s+(?:need|want|d\s+like|would\s+like)(?:\s+to\s+know)?)\W*$",
    re.IGNORECASE,
)
# "1) …", "2. …", "Q1: …", "question 2: …": only where both a 1 and a 2 stand.
# Or lettered: "(a) who spoke, (b) …", "a) …  b) …" (a letter only with its bracket: "a." is too often an initial).
_NUMBERED = pattern(r"(?:^|\s)(?:(?:q|question\s?)?\(?[1-9][.):]|\(?[a-e]\))\s+", re.IGNORECASE)
_FIRST = pattern(r"(?:^|\s)(?:(?:q|question\s?)?\(?1[.):]|\(?a\))\s", re.IGNORECASE)
_SECOND_ITEM = pattern(r"\s(?:(?:q|question\s?)?\(?2[.):]|\(?b\))\s", re.IGNORECASE)


def _more_than(result: Result, index: Index) -> bool:
    """Whether the question holds a known subject word its best fact doesn't use: only then can "X and Y"
    be two subjects (and only then is splitting it worth the time: a half made of common words alone
    reads thousands of facts)."""
    if result.best is None or result.best.number < 0:
        return True
    number = result.best.number
    return any(
        term in index.term_ids and term not in QUESTION_STEMS and not index.uses(number, term) for term in result.terms
    )


# A message of two subjects and nothing asked of them ("participants + date?") names each in this many words at most.
MAX_LISTED = 3


def split_and(question: str, joint: str = r"and|&") -> list[tuple[str, str]]:
    """Ways to read "<frame> X and Y" as two questions, "<frame> X" and "<frame> Y" (the frame being the
    words before the first subject word: "what did they say about"); `joint` may be another conjunction."""
    text = " ".join(for_matching(question).split())
    pairs = []
    for match in re.finditer(rf",?\s+(?:{joint})\s+", text, re.IGNORECASE):
        # Both halves lie in the sentence that holds the "and": one before it only leads up to the question
        # ("I'm catching up on the Middle East news. Did Putin and Sisi say anything about ...?").
        start = max((m.end() for m in _SENTENCES.finditer(text, 0, match.start())), default=0)
        left, right = text[start : match.start()], text[match.end() :]
        if not _ASKS.match(left):
            listed = max(len(left.split()), len(right.split())) <= MAX_LISTED
            listed = listed or (_names_what(left) and _names_what(right)) or _parallel(left, right)
            if start == 0 and listed and _has_content(right):
                # "participants + date?", "hostages and aid", "date of the call and the newspaper": two subjects, no
                # frame.
                pairs.append((left, right))
            elif (
                start == 0
                and len(left.split()) <= MAX_LISTED
                and (shared := _SHARED_TAIL.match(right))
                and len(shared["head"].split()) <= MAX_LISTED
                and _has_content(shared["head"])
            ):
                # "date + medium of the call?": what the second names is of the call, and so is the first.
                pairs.append((f"{left} {shared['tail']}", right))
            continue  # "I was reading the Tribune piece and couldn't figure out when…": the left half asks nothing
        if _IF_SO.match(right):
            continue  # "did they discuss a Palestinian state, and if so what kind?": more of the same subject
        if _BETWEEN.search(left):
            continue  # "the friendship between Russia and Egypt": the two ends of one relation, not two subjects
        if _OF_NAME.search(left) and _NAME_FIRST.match(right):
            continue  # "was the vision of Moscow and Cairo rejected?": the two whose one thing it is
        if _ASKS.match(right) and _has_content(right):
            pairs.append((left, right))  # "which outlet ran it and who reported the deal?": the right asks its own
            continue
        tokens = left.split()
        frame_end = next((i for i, token in enumerate(tokens) if _has_content(token)), len(tokens))
        if frame_end == len(tokens) or not _has_content(right):
            continue
        frame_end = _past_pronoun(tokens, frame_end)
        if len(_content(right)) > len(_content(" ".join(tokens[frame_end:]))) + CONJUNCT_SLACK:
            # What follows "and" says more than a second subject would: "what do Moscow and Cairo agree on
            # regarding the Middle East" names two agents of one question, not two questions.
            continue
        # The frame runs up to where the left conjunct starts: past the verb right after a pronoun ("did they discuss
        # aid or hostages?"), and at its article when the right one has one too ("what did the presidents say about
        # the hostages and the ceasefire?": the frame keeps "the presidents say about").
        articles = [n for n, token in enumerate(tokens) if token.lower() in _ARTICLES]
        if right.split()[0].lower() in _ARTICLES and articles and articles[-1] >= frame_end - 1:
            frame_end = articles[-1]
        while frame_end and tokens[frame_end - 1].lower() in _ARTICLES:
            frame_end -= 1  # the right half brings its own: "what about the X and the Y"
        pairs.append((left, " ".join([*tokens[:frame_end], right])))
    return pairs


def _parallel(left: str, right: str) -> bool:
    """Whether two halves name two things in one shape, asking nothing: "their line on captives plus their take on
    Palestinian statehood?", "the date of the phone call and the name of the newspaper" (a determiner, a noun,
    and what it is of or on), however many words each runs to."""
    first, second = left.lower().split(), right.lower().split()
    return (
        len(first) >= 4
        and len(second) >= 4
        and first[0] == second[0]
        and first[0] in _ARTICLES
        and first[2] in _ABOUT
        and second[2] in _ABOUT
        and max(len(first), len(second)) <= 2 * MAX_NAMING_WORDS
    )


_OF_NAME = pattern(r"\bof\s+[A-Z][\w'’-]*$")
_NAME_FIRST = pattern(r"^[A-Z][\w'’-]*(?:\s|$)")


def _past_pronoun(tokens: list[str], frame_end: int) -> int:
    """Where a frame ends that split_and's first reading ended at a verb right after a pronoun: past the verb and
    a preposition after it ("did they talk about aid …": at "aid")."""
    if frame_end and frame_end < len(tokens) - 1 and tokens[frame_end - 1].lower() in _PRONOUNS:
        frame_end += 1
        while frame_end < len(tokens) - 1 and tokens[frame_end].lower() in _ABOUT:
            frame_end += 1  # "did they talk about aid and hostages?"
    return frame_end


def _names_only_a_thing(item: str) -> bool:
    """Whether a listed item names something in a few words and asks nothing ("the hostages", not "and what vision
    do Moscow")."""
    found = words(item)
    asks = not QUESTION_WORDS.isdisjoint(found)
    return 0 < len(found) <= MAX_LISTED and _has_content(item) and not asks and found[0] != "and"


def _listed_under_frame(pair: tuple[str, str]) -> list[str] | None:
    """Three subjects under one frame, from split_and's reading of the last "and" ("did they discuss aid, hostages",
    "did they discuss a ceasefire"): the first half's two subjects apart, and the last, each under the frame
    ("did they discuss aid", "did they discuss hostages", "did they discuss a ceasefire"); None where the first
    half lists no two."""
    left, right = (half.split() for half in pair)
    start = next((n for n, token in enumerate(left) if _has_content(token)), len(left))
    start = _past_pronoun(left, start)
    listed = " ".join(left[start:]).split(",")
    shared = next((n for n, (a, b) in enumerate(zip(left, right, strict=False)) if a.lower() != b.lower()), 0)
    last = " ".join(right[shared:])
    items = (*listed, last)
    if not start or shared < start or len(listed) != 2 or not all(map(_names_only_a_thing, items)):
        return None
    frame = " ".join(left[:start])
    return [f"{frame} {item.strip()}" for item in items]


# A thing named, and what it belongs to: "medium of the call", "the date for the talks".
_SHARED_TAIL = pattern(r"^(?P<head>.+?)\s+(?P<tail>(?:of|for|in|on)\s+.+)$", re.IGNORECASE)
# At most this many readings of a message's "and"s (or "or"s) are tried, each two more matches: a message that
# strings together dozens of them is no two-part question, and must not cost a second.
MAX_SPLITS = 3
# Words quoted from more places than this ("what does 'conflict' mean?") are too common to be where the answer is
# on their own: the question is matched among those places instead.
MAX_QUOTED_FACTS = 3
# Two subjects under one frame are alike in length: the second may run this many content words longer than
# the first ("the repairs and the ferry to Lindholm") before the words after "and" read as the rest of one
# question instead.
CONJUNCT_SLACK = 2
_ARTICLES = frozenset(("the", "a", "an", "this", "that", "these", "those", "their", "its"))
# "Between" and one end of the relation, its "and" still to come (not "between Russia and Egypt", whole).
_BETWEEN = pattern(r"\bbetween\s+(?:(?!and\b)\S+\s+){0,2}(?!and\b)\S+$", re.IGNORECASE)
_PRONOUNS = frozenset(("they", "he", "she", "we", "you", "i", "it"))
_ABOUT = frozenset(("about", "on", "of", "regarding", "for", "to"))


def _names_a_subject(result: Result, index: Index) -> bool:
    """Whether a question names something the fact base knows (_subjects), besides the words of talk."""
    return not set(_subjects(result, index)) <= _words_of(index.normalizer).talk


def _content(text: str) -> list[str]:
    return [w for w in words(text) if w not in STOPWORDS and w not in QUESTION_WORDS]


def _has_content(text: str) -> bool:
    return bool(_content(text))


# Lines quoted from an earlier message ("> The call took place on November 14"), then the question about them.
_QUOTED_LINES = pattern(r"^(?:[ \t]*(?:>|&gt;)[^\n]*(?:\n|$))+")
# The quote's subject up to its verb: "> the delicate situation in the Gaza Strip was the center of concern".
_QUOTED_WHOLE_SUBJECT = pattern(
    r"^[ \t]*(?:>|&gt;)\s*((?:the|this|that|their)(?:\s+[\w-]+){1,6}?)\s+(?:was|is|were|are|has|had|have)\b",
    re.IGNORECASE,
)
_QUOTED_SUBJECT = pattern(r"^[ \t]*(?:>|&gt;)\s*((?:the|this|that|their)\s+[a-z]+)\b", re.IGNORECASE)


# "Who initiated contact — I mean, who were the parties?": the asker corrects what they asked, and the question after
# the correction is the one asked.
_RESTATING = pattern(
    r"\s*(?:[-–—,;:.]+|\.\.\.)\s*(?:i\s+mean|i\s+meant|or\s+rather|sorry|correction)\s*[,:]?\s+"
    r"(?=(?:who|whom|whose|what|when|where|why|how|which|did|do|does|is|are|was|were|has|have|had|can|could|will)\b)",
    re.IGNORECASE,
)


_RESTATING_WORDS = ("mean", "rather", "sorry", "correction")


def _restated(question: str) -> str:
    """The question a message corrects itself to (see _RESTATING), where it asks on its own: not where it points
    back to what came before ("when did they talk — I mean, was it by phone?" keeps the whole)."""
    lowered = question.lower()
    if not any(word in lowered for word in _RESTATING_WORDS):
        return question  # substring tests first: most messages correct nothing
    found = _RESTATING.search(question)
    if found is None:
        return question
    rest = question[found.end() :]
    return rest if _has_content(rest) and not IT.search(rest) and not _THAT.search(rest) else question


def _after_quoted(question: str) -> str:
    """A reply to quoted lines that asks about them by "it" ("> The call took place on November 14 / and who was on
    it?"): the question, its "it" the quote's subject ("who was on the call?"), the quote's other words no part of
    what is asked. The message as it is otherwise (a quote of the documents' own words is what it asks about)."""
    if "\n" not in question:
        return question
    quoted = _QUOTED_LINES.match(question)
    if quoted is None or not (rest := question[quoted.end() :]).strip():
        return question
    subject = _QUOTED_WHOLE_SUBJECT.match(quoted.group()) or _QUOTED_SUBJECT.match(quoted.group())
    if subject and subject.group(1).lower().startswith(("this ", "that ")) and _REFERS_TO.search(rest):
        # "> This gesture underlines … / which gesture is this referring to?": what the quote's subject stands for,
        # as "what does 'this gesture' refer to?" asks it of the documents' own words.
        return f"what does '{subject.group(1)}' refer to?"
    return IT.sub(subject.group(1), rest, count=1) if subject and IT.search(rest) else question


# A question labelled as one on a line of its own, or after a stop: "…\nQuestion: did they …?", "… . Q: who …?".
_LABELLED_QUESTION = pattern(r"(?:\n|[.!]\s+)\W*(?:my\s+)?(?:question|q)\W*:\s*(?P<question>\S[^\n]*)$", re.IGNORECASE)
_REFERS_TO = pattern(
    r"\b(?:refer|refers|referring|referred)\s+to\b|\bwhat\s+(?:does|did)\s+(?:it|this|that)\s+mean\b", re.IGNORECASE
)


def _two_parts(
    question: str,
    asked: str,
    halves: tuple[str, str],
    whole: Result,
    index: Index,
    threshold: float,
    allowed: Container[int] | None,
    *,
    strict: bool = False,
) -> Reply | None:
    """Both halves answered with different facts: answer both. One answered, the other not covered or asking for
    what its fact lacks (a figure, a date): answer it and say the other is not in the documents (not when
    `strict`). Anything else: None (the whole question decides)."""
    # Each half read as a question of its own is ("… and who said the ceasefire deal was reached?" asks who reported
    # it); the halves as typed are what the reply names.
    # (And without its own frames: "… and how does the article describe their relations?" asks how they are described.)
    read = [_who_reported(_by_whom(without_chat(half) or half), index) for half in halves]
    results = [answer(half, index, answer_threshold=threshold, allowed=allowed) for half in read]
    replies = {
        half: reply
        for half, reading, result in zip(halves, read, results, strict=True)
        if (reply := _half_reply(question, reading, result, index, threshold, strict=strict)) is not None
    }
    # Under one frame, where the whole question is one half's and the other comes near two facts alike ("did they
    # discuss aid and the Palestinian state?": the state's fact, and aid, near two), the other is read as it would be
    # asked alone (_tie), and answered so where its facts are others than the first's.
    choice = "or" in words(asked.lower())  # "a meeting or a call?": _choice answers it, by the side the documents know
    first = _facts_of(next(iter(replies.values()))) if len(replies) == 1 else set()
    if strict and whole.answered and whole.best is not None and whole.best.fact in first and not choice:
        for half, reading, result in zip(halves, read, results, strict=True):
            if half not in replies and result.reason is Reason.AMBIGUOUS:
                alone = _half_reply(question, reading, result, index, threshold, strict=False)
                if alone is not None and (facts := _facts_of(alone)) and not facts & first:
                    replies = {h: alone if h == half else replies[h] for h in halves if h == half or h in replies}
    # A half whose fact lacks what it asks for (a figure, a date, what is to come) is not answered by that fact:
    # "... and how many hostages were freed?" gets no hostages fact as if it gave a number.
    answered = {half: reply for half, reply in replies.items() if reply.kind is Kind.ANSWER}
    if len(answered) == 2:
        parts = tuple(part for reply in answered.values() for part in reply.parts)
        if len({part.fact.id for part in parts}) == len(parts):
            return Reply(question, Kind.ANSWER, whole, parts)
        if strict or any(reply.tied for reply in answered.values()):
            return None  # a half two facts tie for asks back, as the whole would
        # "What about the ferry? When will it run again?": one fact answers both, once (the whole question may find
        # nothing in so many words). "Putin thanked Egypt: what for, and when?": the second's answer holds the
        # first's fact beside the date it was said on; each fact is given once.
        first_seen = {part.fact.id: part for part in reversed(parts)}
        return Reply(question, Kind.ANSWER, whole, tuple(part for part in parts if first_seen[part.fact.id] is part))
    if len(replies) == 2 and len(answered) == 1 and not strict:
        ((half, reply),) = answered.items()
        other = halves[1] if half == halves[0] else halves[0]
        return Reply(question, reply.kind, reply.result, reply.parts, unanswered=_unless_restated(other))
    if len(replies) == 1 and (not strict or not whole.answered):
        ((half, reply),) = replies.items()
        other, other_result = (halves[1], results[1]) if half == halves[0] else (halves[0], results[0])
        if other_result.outcome is not Outcome.ANSWER and _RESTATED.match(other) and half == halves[0]:
            # "How would the writer describe the tone? like was it humanitarian or political?": the second only
            # says again, by example, what the first asks, which its answer answers.
            return Reply(question, reply.kind, reply.result, reply.parts, gap=reply.gap)
        # Two subjects under one frame ("what about Gaza and the West Bank?"), where the whole question found
        # nothing: the one the documents cover is answered, the other named as not covered, when nothing at all
        # comes near it.
        # Not for "X or Y", a choice, which _choice answers by the side the documents know, without a "Yes".
        covered = not strict or (reply.kind is Kind.ANSWER and other_result.reason is Reason.NO_MATCH and not choice)
        if other_result.outcome is Outcome.ABSTAIN and covered:
            return Reply(question, reply.kind, reply.result, reply.parts, gap=reply.gap, unanswered=(other,))
        if not strict and other_result.outcome is Outcome.SUGGEST and _drops(whole, reply, other_result, index):
            # The other half comes near several facts: "what is their stance on Palestine? when did they talk?" got
            # the topic of the call, silently dropping when. The half answered is given, the other named as unclear.
            return Reply(question, reply.kind, reply.result, reply.parts, gap=reply.gap, unclear=(other,))
    return None


def _unless_restated(half: str) -> tuple[str, ...]:
    """The half to name as not answered, unless it only restates the other by example ("… ? like was it …?")."""
    return () if _RESTATED.match(half) else (half,)


# A question said again in other words or by example: "like was it humanitarian?", "i.e. when?", "as in, by phone?".
_RESTATED = pattern(r"^\W*(?:like|i\.?e\.?|e\.?g\.?|as\s+in|meaning|i\s+mean|in\s+other\s+words)\b", re.IGNORECASE)


def _facts_of(reply: Reply) -> set[Fact]:
    return {part.fact for part in reply.parts} if reply.kind is Kind.ANSWER else set()


def _drops(whole: Result, reply: Reply, other: Result, index: Index) -> bool:
    """Whether answering the whole of a two-part question drops one half: its answer is no fact a half was answered
    with, or it is that fact and the other half names a subject the fact doesn't hold ("what's their stance on
    Palestine, and did they agree on a ceasefire?"; not "... and what did Putin say about it?")."""
    answered = {p.fact.id for p in reply.parts}
    if not whole.answered or whole.best is None or whole.best.fact.id not in answered:
        return True
    return not all(index.uses(whole.best.number, t) for t in _subjects(other, index))


# Where a list of questions turns to the next one: "when did they speak, who were they, and …".
_NEXT_QUESTION = pattern(
    r",\s*(?=(?:what|who|whom|whose|when|where|why|how|which|did|do|does|is|are|was|were)\b)", re.IGNORECASE
)


def _three_parts(
    question: str,
    halves: tuple[str, str],
    whole: Result,
    index: Index,
    threshold: float,
    allowed: Container[int] | None,
) -> Reply | None:
    """ "When did they speak, who were they, and what did they agree on?": a two-part question whose first half is
    two questions itself. Each of the three asked as a two-part question's half is; at least two answered by
    different facts, and the one not answered named as such (never dropped). None if not three or fewer answered."""
    pieces = [piece.strip() for half in halves for piece in _NEXT_QUESTION.split(half)]
    if len(pieces) != 3 or not all(_ASKS.match(piece) or _BARE_ASK.match(piece) for piece in pieces):
        return None
    # "Who talked, when, and about what?": a bare "when" or "about what" asks it of the first one's subject.
    first = pieces[0]
    pieces = [first, *(_about_first(first, p)[1] if _BARE_ASK.match(p) else p for p in pieces[1:])]
    return _listed_parts(question, pieces, whole, index, threshold, allowed)


# A question word alone, or after a preposition, with at most the verb a split carried over: "when", "about what".
_BARE_ASK = pattern(
    r"^\W*(?:(?:about|with|for|from|to|on|by)\s+)?(?:what|who|whom|when|where|why|how|which)(?:\s+\w+)?\W*$",
    re.IGNORECASE,
)


def _three_listed(text: str) -> list[str] | None:
    """The three questions of a list of three, one a line ("• who spoke\n• when\n• about what"), the later ones
    asking about the first's subject where they name none of their own; None for any other message."""
    shown = for_matching(text)
    named = _announced_names(shown)
    if named is not None:
        return named if len(named) == 3 else None  # "three things: hostages, aid and the date"
    items = [found.group(1) for found in _BULLET.finditer(shown)] if "\n" in shown else []
    if not items and _FIRST.search(shown) and _SECOND_ITEM.search(shown):
        items = [item.strip() for item in _NUMBERED.split(shown) if words(item)]  # "1. who spoke 2. when 3. why"
        if len(items) == 3 and (_LIST_REQUEST.match(items[0]) or not _has_content(items[0])):
            return None  # "can you give me 1) who spoke 2) when": a request opening two (see split_two)
    elif not items and shown.lower().count(" and ") + shown.count(",") >= 2:
        # "When did the call happen and who was on it and what did they agree?": three questions in a row.
        items = [item.strip() for item in _THEN_ASKS.split(shown)]
        if not all(_ASKS.match(item) or _BARE_ASK.match(item) for item in items):
            return None
    if len(items) != 3 or not _has_content(items[0]):
        return None
    return [items[0], *(_about_first(items[0], item)[1] for item in items[1:])]


# Where one question ends and the next begins in a run of them: a comma or "and" before a question word.
_THEN_ASKS = pattern(
    r"\s*,\s*(?:and\s+)?(?=(?:about\s+)?(?:what|who|whom|whose|when|where|why|how|which|did|do|does|is|are|was|were)\b)"
    r"|\s+and\s+(?=(?:about\s+)?(?:what|who|whom|whose|when|where|why|how|which|did|do|does|is|are|was|were)\b)",
    re.IGNORECASE,
)


def _listed_parts(
    question: str,
    pieces: list[str],
    whole: Result,
    index: Index,
    threshold: float,
    allowed: Container[int] | None,
) -> Reply | None:
    """Three questions in one message, each answered as a two-part question's half is: at least two by different
    facts, and the one not answered named as such (never dropped). None if fewer are answered."""
    results = [answer(piece, index, answer_threshold=threshold, allowed=allowed) for piece in pieces]
    replies = [
        _half_reply(question, piece, result, index, threshold, strict=False)
        for piece, result in zip(pieces, results, strict=True)
    ]
    answered = [reply for reply in replies if reply is not None and reply.kind is Kind.ANSWER]
    parts = tuple(part for reply in answered for part in reply.parts)
    if len(answered) < 2 or len({part.fact.id for part in parts}) != len(parts):
        return None
    unanswered = tuple(
        piece for piece, reply in zip(pieces, replies, strict=True) if reply is None or reply.kind is not Kind.ANSWER
    )
    return Reply(question, Kind.ANSWER, whole, parts, unanswered=unanswered)


def _half_reply(
    question: str, half: str, result: Result, index: Index, threshold: float, *, strict: bool
) -> Reply | None:
    """One half of a two-part question answered as a question of its own would be: checked for what it asks (a
    figure, a date, what is to come), and, where two facts answer it equally well, both or the one that proves the
    other (see _tie: "... and what did they agree on?" is not dropped for a hair's breadth between two facts). Not
    under one frame (`strict`), where each half must be answered outright. None if the half is not answered."""
    if result.reason is Reason.AMBIGUOUS and not strict:
        tie = _tie(question, half, result, index, threshold)
        if tie is not None:
            return tie
        # Not two answers to one thing: one fact may still be the one asked in its own words, as for a whole question
        # ("… and what newspaper covered it?").
        result = in_own_words(result, half, index, threshold)
    if result.answered and result.best:
        return _checked(question, half, result, result.best.fact, index)
    return None


def _choice(question: str, asked: str, index: Index, threshold: float, allowed: Container[int] | None) -> Reply | None:
    """ "Was it a video call or a phone call?": a choice between two things, of which the documents may know only
    one. Words of the other alternative are no subject missing from the answer, so when one alternative is
    answered outright and no fact comes near the other, the answer to the first answers the choice."""
    asked = _lettered_as_listed(asked)
    options = _options(asked)
    splits = [tuple(options)] if options else split_and(asked, joint="or")[:MAX_SPLITS]
    for alternatives in splits:
        results = [answer(one, index, answer_threshold=threshold, allowed=allowed) for one in alternatives]
        answered = [r for r in results if r.answered and r.best]
        others = [r for r in results if not (r.answered and r.best)]
        if len(answered) == 1 and others and all(r.outcome is Outcome.ABSTAIN for r in others) and answered[0].best:
            return _checked(question, asked, answered[0], answered[0].best.fact, index)
    return None


# "a) Ukraine b) Gaza c) Syria": choices lettered in a row, at least two, from "a".
_LETTER = pattern(r"(?:^|\s)\(?([a-e])[).]\s+", re.IGNORECASE)
# The alternatives of a choice of three or more at a question's end: "…, Gaza or Syria?".
_LISTED_OR = pattern(
    r"^(?P<first>[^,?]+?)(?P<rest>(?:\s*,\s*[^,?]+?){1,4}),?\s+or\s+(?P<last>[^,?]+?)\W*$", re.IGNORECASE
)


def _lettered_as_listed(asked: str) -> str:
    """Choices lettered in a row ("was the call about a) Ukraine b) Gaza c) Syria?") as a list ("… Ukraine, Gaza or
    Syria?")."""
    marks = list(_LETTER.finditer(asked))
    if len(marks) < 2 or [m.group(1).lower() for m in marks] != list("abcde"[: len(marks)]):
        return asked
    options = [asked[m.end() : n.start()].strip(" ,;") for m, n in zip(marks, [*marks[1:], None], strict=False) if n]
    options.append(asked[marks[-1].end() :].strip())
    head = asked[: marks[0].start()].rstrip()
    return f"{head} {', '.join(options[:-1])} or {options[-1]}"


def _options(asked: str) -> list[str] | None:
    """The questions of a choice of three or more ("was the call about Ukraine, Gaza or Syria?": "was the call about
    Ukraine", "… about Gaza", "… about Syria"), each alternative in the first one's place; None for anything else.
    The alternatives are taken as long as the last one is."""
    listed = _LISTED_OR.match(asked)
    if listed is None:
        return None
    rest = [o.strip() for o in listed["rest"].split(",") if o.strip()]
    alternatives = [*rest, listed["last"].strip()]
    if any(len(o.split()) > MAX_OPTION_WORDS for o in alternatives):
        return None
    if (mark := _OPTIONS_SET_OFF.search(listed["first"])) is not None:
        # "Which paper ran it: Le Monde, Reuters or La Nouvelle Tribune?": the alternatives start after the colon.
        frame, alternatives = listed["first"][: mark.start()], [listed["first"][mark.end() :].strip(), *alternatives]
    else:
        first = listed["first"].split()
        width = len(alternatives[-1].split())
        if len(first) <= width:
            return None
        frame, alternatives = " ".join(first[:-width]), [" ".join(first[-width:]), *alternatives]
    return [f"{frame.strip()} {o}" for o in alternatives]


_OPTIONS_SET_OFF = pattern(r"\s*(?::|\s[-–—]+)\s*(?=[^:]*$)")


MAX_OPTION_WORDS = 4  # longer "alternatives" are clauses of their own, not a choice


# "It was a phone call, not a visit?", "by phone rather than in person?": what the asker rules out, set against
# what they ask to confirm (up to a comma, or the end).
_RULED_OUT = pattern(
    r"(?:,\s*(?:and\s+|but\s+)?not|\s+(?:and|but)\s+not|,?\s+rather\s+than|,?\s+instead\s+of|,?\s+as\s+opposed\s+to)\s+"
    r"(?P<other>[^,;?.!]+?)(?P<end>\s*,\s*|\W*$)",
    re.IGNORECASE,
)


# "(not the Kremlin)": ruled out in brackets.
_BRACKETED_NOT = pattern(r"\s*\(\s*(?:but\s+|and\s+)?not\s+([^()]+?)\s*\)", re.IGNORECASE)


_REASON_OR_MANNER = opens_with("why", "how")


def _ruled_out(asked: str) -> tuple[str, str]:
    """(the question without what the asker rules out, what they rule out); (the question, "") without any."""
    folded = asked.lower()
    if "(" in asked:
        # "It was the Egyptian presidency (not the Kremlin) that reported it?": ruled out in brackets, as after a comma.
        asked = _BRACKETED_NOT.sub(r", not \1,", asked)
    ruling_out = ("not", "rather", "instead", "opposed")
    found = _RULED_OUT.search(asked) if any(word in folded for word in ruling_out) else None
    if found is None:
        return asked, ""
    kept = asked[: found.start()] + (" " if found["end"].strip() == "," else found["end"]) + asked[found.end() :]
    return kept, found["other"]


def _contrast(
    question: str, asked: str, index: Index, threshold: float, allowed: Container[int] | None
) -> Reply | None:
    """ "It was a phone call, not a visit?": what is asked is the first, the second only what the asker rules
    out. Where the first is answered outright and no fact comes near the other ("visit", a word no fact holds,
    sank the whole), the first is checked alone, as a choice's answered alternative is (_choice). (A question
    word's "what did they say about aid, not the hostages?" sets the hostages aside before matching.)"""
    kept, other = _ruled_out(asked)
    if not other:
        return None
    first = answer(kept, index, answer_threshold=threshold, allowed=allowed)
    if not first.answered or first.best is None:
        return None
    if answer(other, index, answer_threshold=threshold, allowed=allowed).outcome is not Outcome.ABSTAIN:
        return None
    # Checked as asked, ruled-out part and all: a yes must bear that out too (see _lead).
    return _checked(question, question_alone(asked, index), first, first.best.fact, index)


# A question asking what, who or which of something that was not done: its auxiliary negated, a few words from the
# question word ("what didn't they agree on?", "who was not on the call?", "which issues did they never raise?").
# Not "why": "why didn't they …?" asks a reason, which the reason's own check reads.
_DONE_AUXILIARY = r"did|do|does|was|were|is|are|has|have|had|could|can|would|will"
_NOT_DONE = pattern(
    r"^\W*(?:what|who|whom|which|where|when)\b(?:\s+[\w'’-]+){0,3}?\s+"
    rf"(?:(?:{_DONE_AUXILIARY}|wo|ca)n['’]?t|(?:{_DONE_AUXILIARY})(?:\s+[\w'’-]+){{0,2}}?\s+(?:not|never))\b",
    re.IGNORECASE,
)


_OTHER_WAY = pattern(
    r"\bor\s+(?:(?:was|is)\s+it\s+|did\s+it\s+go\s+)?the\s+other\s+way\s+(?:round|around)\b", re.IGNORECASE
)


def _checked(question: str, asked: str, result: Result, fact: Fact, index: Index, *, swap: bool = True) -> Reply:
    """An answer, unless the question wants what the fact lacks: then another candidate that has it (with
    `swap`), or the fact as related, marked so.

    Only the curated answer is read: it states what the fact answers, while a quote's context may
    hold a number or a date about something else ("the two heads of state")."""
    if _WH.match(asked) and (_NOT_DONE.match(asked) or _ABSENT.search(asked)):
        # "What didn't they agree on?", "what was left out?": no statement of what was done answers either.
        return Reply(question, Kind.RELATED, result, (Part(fact, Lead.PLAIN, asked),), gap=Gap.NOT_DONE)
    kinds = kinds_of(asked)
    gap = _lacks(kinds, asked, result, fact, index)
    if gap is Gap.ROLES and _OTHER_WAY.search(asked):
        # "Did Sisi thank Putin, or was it the other way round?" offers both ways: the fact tells which it was.
        gap = None
    if gap is None and _compares(question, asked, fact, index):
        # "Which leader spoke for longer?", "who called whom first?" of "the call was between two presidents, …": the
        # article tells what they did, not which of them did more, or first.
        gap = Gap.COMPARISON
    if gap is None and Ask.YES_NO in kinds and _judges(question, asked, _number_of(fact, result, index), index):
        gap = Gap.JUDGEMENT
    # "How many leaders were on the call?": the telephone fact scores best, but a fact that holds every word asked
    # as well and has the figure ("two presidents") answers it.
    found = result.candidate_of(fact.id) if gap and swap else None
    if found is not None:
        # The subject words the fact matched: another fact must hold them too, not just as much of the question
        # ("when was the article published?": the call's date holds "when" and "article", not "published").
        subjects = [t for t in result.terms if t not in QUESTION_STEMS and index.uses(found.number, t)]
        if gap is Gap.MANNER:
            # "How did they hope to ease people's suffering?" of "a common desire to alleviate the suffering of the
            # affected populations": a fact telling the means ("called for an end to the obstacles to aid, to ease
            # the suffering of Gaza's residents") holds what is asked but the wish and the everyday words, and may
            # match fewer of the question's words for them.
            wished = _words_of(index.normalizer).wish
            subjects = [t for t in subjects if t not in wished and t not in EVERYDAY_STEMS]
        for candidate in result.candidates:
            if (
                candidate is not found
                and candidate.score >= SUGGEST_THRESHOLD
                and (candidate.recall >= found.recall or gap is Gap.MANNER)
                and all(index.uses(candidate.number, t) for t in subjects)
                and _lacks(kinds, asked, result, candidate.fact, index) is None
                and not (gap is Gap.JUDGEMENT and _judges(question, asked, candidate.number, index))
                and not (gap is Gap.COMPARISON and _compares(question, asked, candidate.fact, index))
            ):
                fact, gap = candidate.fact, None
                break
    elif gap is None and swap and Ask.WHO in kinds and not _names_anyone(fact, index):
        fact = _naming_someone(kinds, asked, result, fact, index) or fact
    if gap is Gap.DATE and (dated := _event_date(kinds, asked, fact, index)) is not None:
        # "When did they discuss the hostages?": in the conversation the document reports, whose date another fact
        # gives; both are shown, each with its quote.
        return Reply(question, Kind.ANSWER, result, (Part(dated, Lead.PLAIN, asked), Part(fact, Lead.PLAIN, asked)))
    if gap is Gap.AGENT and swap:
        fact = _telling_of_those_named(asked, result, fact, index)
    if gap is not None:
        return Reply(question, Kind.RELATED, result, (Part(fact, Lead.PLAIN, asked),), gap=gap)
    # The document's own mention is read from the message as typed: the question asked is the documents' people's
    # ("did the article mention …?" is asked as "did they mention …?").
    lead = _lead(asked, kinds, fact, index, by_document=_BY_THE_DOCUMENT.search(question) is not None)
    if lead is Lead.SAYS and Ask.YES_NO in kinds and _names_whom_it_lacks(asked, result, fact, index):
        # "Did they reaffirm support for Israel?" of "both reaffirmed their support for … a Palestinian state": the
        # question names someone or somewhere the fact never does, and no yes came: what the documents do say, marked
        # as not confirming what was asked.
        return Reply(question, Kind.RELATED, result, (Part(fact, Lead.PLAIN, asked),), gap=Gap.UNCONFIRMED)
    return Reply(question, Kind.ANSWER, result, (Part(fact, lead, asked),))


def _names_whom_it_lacks(asked: str, result: Result, fact: Fact, index: Index) -> bool:
    """Whether a question names someone or somewhere that the fact doesn't: one of the aliases' names, other than
    those a good share of the facts name (the documents' own people and places, whom every fact's "they" may stand
    for), or a name no document holds ("… the bloodshed in Sudan?": capitalised past the question's first word)."""
    found = result.candidate_of(fact.id)
    if found is None:
        return False
    names = index.normalizer.name_terms
    if any(
        t in names and t in index.term_ids and not index.uses(found.number, t) and not protagonist(t, index)
        for t in result.terms
    ):
        return True
    # A name ruled out is not claimed: "did they discuss Gaza rather than Ukraine?".
    claimed = _RULED_OUT_NAME.sub(" ", asked)
    unknown = (w for w in _NAME.findall(claimed[1:]) if w.lower() not in index.normalizer.known_words)
    return any(t not in index.term_ids for w in unknown for t in index.normalizer.terms_of_words([w.lower()]))


_NAME = pattern(r"(?<![.!?]\s)(?<=\s)[A-Z][a-z]{2,}\b")
_RULED_OUT_NAME = pattern(
    r"\b(?:rather\s+than|instead\s+of|other\s+than|not|except|besides|apart\s+from|or)\s+(?:\w+\s+){0,2}?[A-Z][a-z]+"
)


def _event_date(kinds: set[Ask], asked: str, fact: Fact, index: Index) -> Fact | None:
    """For a "when" question about what the documents' people did as a fact tells it (its curated answer opens with
    them and what they did: "they spoke about…", "Putin thanked…"), the fact of the same document that gives the date
    of what it reports (see _document_date). None for anything else ("when were the Russian citizens evacuated?" asks
    of what Putin thanked Egypt for, done before)."""
    if Ask.WHEN not in kinds or Ask.YES_NO in kinds or not _done_by_them(asked, fact, index):
        return None
    dated = _document_date(fact.document, index)
    return dated if dated is not None and dated.id != fact.id else None


def _document_date(document: str, index: Index) -> Fact | None:
    """The one fact of a document whose answer gives a date: when what it reports took place. None where none or
    several do (a document of several dated events)."""
    facts = map(index.knowledge.facts.__getitem__, index.document_numbers.get(document, ()))
    dated = [fact for fact in facts if _DATE.search(fact.answer)]
    return dated[0] if len(dated) == 1 else None


def _done_by_them(asked: str, fact: Fact, index: Index) -> bool:
    """Whether a question asks of the act a fact's answer opens with, done by the documents' people: "when did they
    discuss the hostages?" of "They spoke about the need to release the hostages"."""
    said = [w.lower() for w in words(fact.answer)]
    together = _together(said, index)
    terms = index.normalizer.terms_of_words(said[together:])
    members = _members(index)
    if not together:
        if not terms or terms[0] not in members:
            return False
        opening = [w for w in said[:3] if w not in _ARTICLES]
        if len(opening) > 1 and _DEMONYM.search(opening[0]) and terms[1:2] and terms[1] not in members:
            return False  # "The Egyptian presidency reported …": its office, not its president, did it
        while terms and terms[0] in members:
            terms = terms[1:]  # "Putin thanked …": past the name, what he did
    asked_terms = index.normalizer.question_terms(asked)[0]
    if any(t in asked_terms and t not in QUESTION_STEMS for t in terms[:2]):
        return True
    # "When did they say that about the hostages?": saying is an everyday word no fact-base term stands for, but it is
    # the act of a fact that says they spoke of it.
    talked = index.normalizer.terms_of_words(["talked"])
    return bool(talked) and talked[0] in terms[:2] and not _SAYING.isdisjoint(w.lower() for w in words(asked))


_SAYING = frozenset("say says said saying tell tells told".split())


_DEMONYM = pattern(r"(?:ian|ean|ese|ish|i)$")  # "Egyptian", "Russian", "Chinese", "Israeli": a nation's adjective


# Binding oneself to an act: "agree to give", "pledged to send", "promise to work for" (the act, group 1).
_BOUND_TO = pattern(
    r"\b(?:agree|agreed|agrees|pledge|pledged|pledges|promise|promised|promises|vow|vowed|vows|resolve|resolved|"
    r"commit|committed|commits|undertake|undertook)\s+to\s+"
    # Not a thing agreed to ("agree to anything concrete", "commit to a truce"), nor what about ("what did they commit
    # to regarding a ceasefire?"): an act.
    r"(?!(?:do|be|have|the|a|an|their|its|this|that|what|anything|something|nothing|everything|any|more"
    r"|regarding|concerning|about|on|over|re|with|for|in|towards?|as|at|by|from|during)\b)"
    r"([a-z]+(?:\s+[a-z]+){0,2})",
    re.IGNORECASE,
)


# Verbs whose object names the act ("make an effort"), and words of how much that may stand between them.
_LIGHT_ACTS = frozenset(("make", "take", "get", "put", "keep"))
_DEGREE = frozenset(("more", "greater", "further", "extra", "additional", "much", "every", "real", "serious"))


_BINDING = (
    "agree agreed pledge pledged promise promised vow vowed commit committed commitment undertake undertook".split()
)


def _tells_act(act: str, fact: Fact, index: Index, *, bound: bool = False) -> bool:
    """Whether a fact's answer or quote tells of the act a verb names, read with the words after it ("work towards"
    is an effort) and its forms and variants as the matcher reads them; an everyday verb no fact-base word stands
    for ("give", "send") is told only in its own words. With `bound`, as what someone bound themselves to: a
    sentence telling of it must say they agreed, promised or committed ("did they promise to evacuate the
    wounded?" is not told by "they discussed arrangements for … the evacuation of … wounded")."""
    normalizer = index.normalizer
    typed = words(act)
    if typed[0] in _LIGHT_ACTS:
        # "Agree to make more effort": the effort is the act.
        typed = [w for w in typed[1:] if w not in _DEGREE and w not in STOPWORDS]
    read = normalizer.terms_of_words(typed)
    if not read:
        return True  # nothing the matcher reads: no act to look for
    if not bound:
        return read[0] in set(normalizer.terms_of_words(words(f"{fact.answer} {fact.quote}")))
    binding = set(normalizer.terms_of_words(_BINDING))
    return any(
        read[0] in (told := set(normalizer.terms_of_words(words(sentence)))) and not binding.isdisjoint(told)
        for sentence in _SENTENCES.split(f"{fact.answer} {fact.quote}")
    )


_BOTH = pattern(r"\b(?:both|the two)\b", re.IGNORECASE)
# The word counted, and the one after it: "how many countries' leaders …" counts leaders.
_HOW_MANY = pattern(r"\bhow\s+many\s+([\w-]+)(?:['’]s?)?(?:\s+([\w-]+))?", re.IGNORECASE)


def _counts_people(asked: str, index: Index) -> bool:
    """Whether a "how many" question counts what the documents' people are ("how many leaders …?", "how many
    presidents …?"), by the roles their names' variants give them."""
    counted = _HOW_MANY.search(asked)
    if counted is None:
        return False
    roles = index.normalizer.role_terms
    for word in counted.groups():
        terms = index.normalizer.terms_of_words([word.lower()]) if word else []
        if terms and all(t in roles for t in terms):
            return True
    return False


def _purpose_told(asked: str, fact: Fact, index: Index) -> bool:
    """Whether a fact's answer gives the purpose of the act a "why" question asks about: the act, then "to" and what
    it is for ("why did they agree to intensify their efforts?" of "agreed to intensify their efforts to achieve a
    ceasefire"), "so that" or "because". Not "to" before a name, a capitalised place or a determiner ("to Gaza", "to
    the region")."""
    normalizer = index.normalizer
    asked_terms = {
        t for t in normalizer.question_terms(asked)[0] if t not in QUESTION_STEMS and t not in EVERYDAY_STEMS
    }
    said = words(fact.answer)
    capitalised = {w.lower() for w in _TOKEN.findall(fact.answer)[1:] if w[:1].isupper()}
    for at, word in enumerate(said):
        follows = said[at + 1] if at + 1 < len(said) else ""
        if word == "to":
            purpose = (
                bool(follows)
                and follows not in STOPWORDS
                and follows not in _ARTICLES
                # "The ferry to Lindholm", "aid to Gaza": where to, not what for.
                and follows not in capitalised
                and not set(normalizer.terms_of_words([follows])) & normalizer.name_terms
                # Not what a verb of intent takes ("agreed to intensify"): what they meant to do, not what for.
                and not (at and stem(said[at - 1]) in _TAKES_TO)
            )
        else:
            purpose = word == "because" or (word == "so" and follows == "that")
        if purpose and asked_terms & set(normalizer.terms_of_words(said[max(0, at - _PURPOSE_REACH) : at])):
            return True
    return False


# How a thing is done, or is to be: "how do they want to ease …?", "how will they intensify …?" (not how many, how
# long, how come; nor how something is described, which its own reading answers).
_HOW_DONE = pattern(
    r"^\W*how\s+(?:do|does|did|will|would|could|can|should|might|are|were|is|was)\s+"
    r"(?!.*\b(?:describ|characteri[sz]|portray|depict|call(?:ed)?\b))"
    # "How would releasing the hostages help?" asks what good the act does, which what it signified tells.
    r"(?![\w-]+ing\b[^?]*\b(?:help|helps|benefit|benefits|matter|matters|make\s+a\s+difference)\b)",
    re.IGNORECASE,
)


def _only_intended(asked: str, fact: Fact, index: Index) -> bool:
    """Whether the first act a "how" question asks about that the fact's answer tells of, the answer tells only as
    what they wanted, agreed or meant to do ("a desire to alleviate", "agreed to intensify"): the act after a word of
    intent and "to", each time it stands there. A question whose words the answer doesn't hold is not judged here."""
    normalizer = index.normalizer
    said = words(fact.answer)
    # Each word's own term, where it has one (a word at a time: its place in the answer is what tells).
    term_of = _word_term(normalizer)
    placed = [(at, read) for at, word in enumerate(said) if (read := term_of(word)) is not None]
    skipped = QUESTION_STEMS | EVERYDAY_STEMS | normalizer.name_terms | normalizer.role_terms
    skipped |= _words_of(normalizer).wish
    for term in normalizer.question_terms(asked)[0]:
        places = [at for at, found in placed if found == term]
        if term in skipped or not places:
            continue
        return all(at >= 2 and said[at - 1] == "to" and stem(said[at - 2]) in _TAKES_TO for at in places)
    return False


_PURPOSE_REACH = 4  # how many words before "to" the act it gives the purpose of may stand
_TAKES_TO = frozenset(
    stem(w)
    for w in "agree agreed want wanted need needed decide decided promise promised pledge pledged try tried hope hoped "
    "wish wished plan planned aim aimed seek sought intend intended commit committed vow vowed resolve resolved "
    "desire desired called urged asked".split()
)


# An event other than the one told of, by its order or its time from it: "the second call", "their previous
# conversation", "a follow-up meeting", "the call a week later" (not "their last call": the one told of may be it).
_EVENT_NOUN = r"(?:phone\s+|telephone\s+)?(?:call|calls|conversation|talks?|meeting|exchange|discussion)"
_EVENT_HINTS = ("call", "conv", "talk", "meet", "exchang", "discuss")  # substring tests first
_OTHER_EVENT = pattern(
    rf"\b(?:another|second|third|other|next|previous|prior|earlier|later|subsequent|follow-?up)\s+{_EVENT_NOUN}\b"
    rf"|\b{_EVENT_NOUN}\s+(?:a|one|two|three|a\s+few|several)\s+(?:days?|weeks?|months?)\s+(?:later|after|earlier|before)\b",
    re.IGNORECASE,
)


def _lacks(kinds: set[Ask], asked: str, result: Result, fact: Fact, index: Index) -> Gap | None:
    """What a question wants that a fact lacks (see _gap). A reason is what a curator says a fact gives by
    phrasing it as a "why" question. And a date or a reason is one of what the fact itself is about: "when did the
    war start?" is not answered by the date of a call whose quote names the war, nor "why is Gaza important to
    Egypt?" by why a gesture matters, so every subject word of a question asking when or why must be among the
    fact's own words (its phrasings and answer)."""
    matched = result.candidate_of(fact.id) if Ask.FUTURE in kinds else None
    if matched is not None and _tells_what_is_to_come(kinds, matched.phrasing, fact):
        kinds = kinds - {Ask.FUTURE}
    gap = _gap(kinds, asked, fact.answer)
    # (Of the two, not of one of them named: "how many Russian leaders …?" counts one, of whom "both" says nothing.)
    both = (
        gap is Gap.FIGURE
        and _BOTH.search(fact.answer) is not None
        and _counts_people(asked, index)
        and _members(index).isdisjoint(index.normalizer.question_terms(asked)[0])
    )
    if both:
        # "How many leaders backed a Palestinian state?" of "both reaffirmed their support …": both is two of them.
        gap = None
    if gap is Gap.PLACE and _COMES_FROM.search(asked) and any(_COMES_FROM.search(q) for q in fact.phrasings):
        # "Where does the claim about the ceasefire come from?" of a fact its curator phrased "where does the report
        # of the ceasefire efforts come from?": the source it names is where such a thing comes from, as the curator
        # says, not a place (a "why" phrasing says a fact gives a reason the same way).
        gap = None
    if gap is not None:
        return gap
    lowered = asked.lower()
    other = _OTHER_EVENT.search(asked) if any(noun in lowered for noun in _EVENT_HINTS) else None
    if other is not None and not _OTHER_EVENT.search(f"{fact.answer} {fact.quote}"):
        # "What did they discuss in the second call?", "… at the follow-up meeting?": another event than the one the
        # documents tell of, which no statement of theirs is about.
        return Gap.UNCONFIRMED
    if (
        (Ask.YES_NO in kinds or any(w.lower() in AUXILIARIES for w in words(asked)[:1]))
        and _TIME_OF_DAY_NAMED.search(asked)
        and not _TIME.search(fact.answer)
    ):
        # "Did the call happen in the morning?", "was it a morning or evening call?" (a choice, which asks which): the
        # time of day is what is asked, and the fact gives none.
        return Gap.TIME
    outcome = _CAME_OF_IT.search(asked) if Ask.YES_NO in kinds else None
    if outcome is not None and not _states_outcome(outcome["verb"] or outcome["going"], f"{fact.answer} {fact.quote}"):
        # "Did the ceasefire hold?", "did the talks work?": what came of a thing, which a statement that it was held,
        # wanted or agreed doesn't tell.
        return Gap.OUTCOME
    if Ask.YES_NO in kinds and _CAUSED_BY_IT.search(asked) and not _CAUSED_BY_IT.search(fact.quote):
        # "Were any hostages freed thanks to the call?", "was aid delivered as a result of the talks?": what the talk
        # brought about, which a statement of what was said in it doesn't tell.
        return Gap.OUTCOME
    bound = _BOUND_TO.search(asked) if " to " in asked else None
    if bound is not None and not _tells_act(bound.group(1), fact, index, bound=True):
        # "What did Putin agree to give Egypt?" of "agreed to intensify their efforts to achieve a ceasefire": what
        # they bound themselves to do is the act asked, and the fact tells another. "Did they promise to evacuate the
        # wounded?" of "they discussed arrangements for … the evacuation of … wounded": the act, but no promise.
        return Gap.UNCONFIRMED
    if _roles_turned(_active(asked, index)[0], fact, index):
        # "Did Sisi thank Putin?", "what did Sisi thank Putin for?" of "Putin thanked his Egyptian counterpart": the
        # fact tells of the act, done by the other one; what was asked is not in the documents.
        return Gap.ROLES
    if Ask.YES_NO in kinds and (among := _AMONG.search(asked)) is not None:
        named = [t for t in index.normalizer.terms_of_words(words(among["who"].lower())) if t in _people_by_name(index)]
        if named and not _names_all(named, fact, index):
            # "Were any Egyptians among the hostages?" of "the need to release the hostages": who they were, which the
            # fact doesn't say.
            return Gap.UNCONFIRMED
    if not index.normalizer.name_terms.isdisjoint(result.terms) and _owned_otherwise(asked, fact, index):
        # "Did Russia evacuate Egyptian citizens?" of "help in evacuating Russian citizens": the citizens asked of are
        # another country's than the fact's, which tells nothing of them.
        return Gap.UNCONFIRMED
    who_else = _WHO_ELSE.match(asked) is not None
    if who_else and not named_people(index).isdisjoint(index.normalizer.terms_of_words(words(fact.answer))):
        # "Who else did Putin call?" of "the call was between Putin and al-Sisi": the people a fact names are the ones
        # the asker knows of already; anyone else, it doesn't say.
        return Gap.AGENT
    if " or " in asked and EITHER_WAY.search(asked) and not _told_one_way(asked, fact, index):
        # "Did Putin call Sisi or the other way round?" of "a telephone conversation between Putin and al-Sisi": which
        # of them did it is what is asked, and the fact tells of the act done by neither one alone.
        return Gap.AGENT
    if Ask.YES_NO in kinds and _unstated_whereabouts(asked, fact, index):
        # "Was Putin in the Kremlin when he took the call?", "did Sisi call from Cairo?": where someone was, which
        # "the Russian president" (the Kremlin's alias, as a country's name) doesn't say.
        return Gap.PLACE
    first = "first" in words(asked.lower())  # "who called whom first?": a comparison (see _compares)
    if not first and _INITIATOR_ASKED.search(asked) and not _INITIATIVE.search(f"{fact.answer} {fact.quote}"):
        # "Who placed the call?", "was it Putin who called, or Sisi?": who set the event going, of "a telephone
        # conversation between Putin and al-Sisi", which tells who took part, not whose call it was.
        return Gap.AGENT
    if _HOW_DONE.match(asked) and _only_intended(asked, fact, index):
        # "How do they want to ease the suffering?" of "a common desire to alleviate the suffering": that they wanted
        # it, not how; another fact may tell the means ("an end to the obstacles to aid, to ease the suffering").
        return Gap.MANNER
    curated_why = any(_WHY.match(q) for q in fact.phrasings)
    if Ask.WHY in kinds and not curated_why and not _purpose_told(asked, fact, index):
        # "why did Putin call Sisi?" is not answered by "they spoke by telephone".
        return Gap.REASON
    # (Without a curated "why", the purpose told was of the act asked.)
    if Ask.WHY in kinds and curated_why and _reason_of_another_act(asked, result, fact, index):
        # "Why did Egypt help Russia?" of a fact giving why Putin thanked Egypt for its help.
        return Gap.REASON
    if _WHY_THERE.match(asked) and not any(_WHY_THERE.match(q) for q in fact.phrasings):
        # "Why are there hostages?" asks what brought them about, which a reason given for talking of them is not.
        return Gap.REASON
    # And a count of what the fact tells ("how many people did the evacuation involve?" is no count of presidents).
    asks = (
        Gap.REASON
        if Ask.WHY in kinds
        else Gap.DATE
        if Ask.WHEN in kinds
        else Gap.FIGURE
        if Ask.QUANTITY in kinds and not both  # (whose the two are, "how many countries' leaders", is theirs)
        else None
    )
    if asks is not None and not _own_subjects(result, fact, index, dated=asks is Gap.DATE):
        return asks
    if Ask.WHO in kinds and not _states_act(asked, result, fact, index):
        return Gap.AGENT
    if Ask.YES_NO not in kinds and (doer := _named_subject(asked, index)) and not _names_doer(doer, fact, index):
        # "What obstacles did Israel put on aid?" of "they called for an end to the obstacles to aid": the fact tells
        # of the obstacles, not who put them there.
        return Gap.AGENT
    return None


def _tells_what_is_to_come(kinds: set[Ask], phrasing: str, fact: Fact) -> bool:
    """Whether a question of what is to come, matched by one of a fact's phrasings, is answered by it. What is to come
    is what a curator says a fact tells by phrasing it so ("How will aid get into Gaza?" of the arrangements
    discussed), as a reason is by a "why" phrasing: a question matched by that phrasing, and asking what it asks
    ("who will deliver the aid?" asks who as well), is answered; so is one matched by another phrasing that asks the
    rest of what it asks ("who will be evacuated under the arrangements?" by "Who should be evacuated from Gaza?",
    beside "Will injured people be evacuated from Gaza?")."""
    matched = kinds_of(phrasing)
    if matched == kinds:
        return True
    return matched | {Ask.FUTURE} == kinds and any(Ask.FUTURE in kinds_of(q) for q in fact.phrasings)


# What a yes/no question asks to be judged: a word of praise or blame, or what ought to be ("should they have
# agreed?"). Everyday words all, which weigh nothing in matching; only a fact that says the word itself affirms it.
_JUDGED = pattern(
    r"^\W*(?:should|shouldn['’]?t|ought)\b"
    r"|\b(?:good|bad|better|best|worse|worst|great|terrible|awful|successful|unsuccessful|effective|ineffective"
    r"|wise|unwise|smart|foolish|fair|unfair|justified|unjustified|legitimate|competent|incompetent|trustworthy"
    r"|honest|dishonest|moral|immoral|ethical|unethical|admirable|shameful"
    # Of a source: "is La Nouvelle Tribune reliable?", "is the article biased?".
    r"|reliable|unreliable|credible|biased|unbiased|impartial|partisan|objective|balanced)\b"
    r"|\b(?:right|wrong)\s+to\b",
    re.IGNORECASE,
)
# What ought to be in someone's view is what they said: "should the hostages be freed, according to them?".
_IN_THEIR_VIEW = pattern(
    r"\b(?:according to|in (?:their|his|the article['’]?s) (?:view|opinion|words|eyes)"
    r"|(?:do|did|does) (?:they|he|the \w+|both) (?:think|believe|say|feel)|they (?:think|believe|said|felt|feel))\b",
    re.IGNORECASE,
)


def _judges(question: str, asked: str, number: int | None, index: Index) -> bool:
    """Whether a yes/no question asks a judgement fact `number` doesn't make: "Is Putin a good leader?", "should Egypt
    have helped?" ("Egypt's valuable assistance" is the article's own word, and affirms "was the help valuable?")."""
    judged = _JUDGED.search(_TRUE_THAT.sub("", asked, 1))  # "is it fair to say …" asks to confirm, not to judge
    if judged is None:
        return False
    # The message as typed, its slips spelt right: "accordnig to them" is someone's view.
    typed = respelt(question, index.normalizer.vocabulary)
    if _IN_THEIR_VIEW.search(_PER_THE_DOCUMENT.sub("", typed)):
        return False
    # "Should" is a function word, of no term: no fact states it.
    terms = index.normalizer.terms_of_words(words(judged.group()))
    return number is None or not any(index.uses(number, term) for term in terms)


def _names_doer(doer: str, fact: Fact, index: Index) -> bool:
    """Whether a fact says what the one a question names as its doer did: it names them (or a name standing for them),
    or they are one of the documents' people, whom its "they" stands for."""
    return doer in _members(index) or _names_all((doer,), fact, index)


def _names_all(names: Iterable[str], fact: Fact, index: Index, *, answer_only: bool = False) -> bool:
    """Whether a fact's quote or answer (or its answer alone) names each of these (or a name standing for one:
    Putin for Russia)."""
    stands_for = index.normalizer.affiliations
    said = index.normalizer.terms_of_words(words(fact.answer if answer_only else f"{fact.quote} {fact.answer}"))
    return all(any(t == name or name in stands_for.get(t, ()) for t in said) for name in names)


# Who of several did something more, or first: a question opening with "who" or "which", and a word that compares
# ("who is suffering most?" asks whom the article names, not which one of a pair).
_COMPARING = opens_with("who", "which")
_EITHER = pattern(r"\b([\w-]+)\s+or\s+([\w-]+)\b", re.IGNORECASE)


def _between_people(asked: str, index: Index) -> bool:
    """Whether a question offers a choice between two of the documents' people or their countries ("Putin or Sisi",
    "Russia or Egypt")."""
    found = _EITHER.search(asked)
    if found is None:
        return False
    members = _members(index)
    sides = [index.normalizer.terms_of_words([w.lower()]) for w in found.groups()]
    return all(side and side[0] in members for side in sides) and sides[0] != sides[1]


# The documents named as the source of what is asked ("according to the article, who called first?"): the asker's
# frame, which says nothing of whose view or which words are asked about (the article's are, as always).
_PER_THE_DOCUMENT = pattern(
    r"\b(?:according\s+to|per|as\s+per)\s+(?:the|this|that)\s+(?:article|document|report|piece|text|story|source)\b",
    re.IGNORECASE,
)
# Where the comparing word is what someone said ("who announced that they'd work harder on a ceasefire?") or the
# order of the document itself ("which came up first in the article?"), no one is compared.
_NOT_COMPARING = pattern(
    r"\b(?:said|say|says|saying|announc\w*|report\w*|according|claim\w*|stated|article|document|text|piece|"
    r"story|paragraph|sentence)\b",
    re.IGNORECASE,
)


def _compares(question: str, asked: str, fact: Fact, index: Index) -> bool:
    """Whether a question (as asked, and as the message put it) asks which of several did something more, or first
    (see _COMPARED), which a fact's answer doesn't say: asked by "who" or "which", or by a choice between two of the
    documents' people ("did Putin or Sisi speak more?")."""
    compared = _COMPARED.search(asked)  # most questions compare nothing: the one test they need
    if compared is None or compared.group().lower() in words(fact.answer):
        return False
    if _COMPARING.match(asked) is None and not _between_people(asked, index):
        return False
    # As read, too: "who is telling that they'd make more effort?" asks who reported it.
    return not (_NOT_COMPARING.search(_PER_THE_DOCUMENT.sub("", question)) or _NOT_COMPARING.search(asked))


_COMPARED = pattern(
    r"\b(?:more|less|fewer|longer|shorter|first|earlier|sooner|harder|stronger|weaker|better|worse|\w+er\s+than)\b",
    re.IGNORECASE,
)
# The act a "who" question asks the doer of: "who holds the hostages?", "who is keeping them?", "who initiated the
# call?", "who took them?". A word after "who" (and "is", "was" …) that reads as a verb: a regular -s, -ed or -ing
# form or a common irregular past. Not where "who" is the object ("who did Putin thank?": the subject comes first),
# nor "who is al-Sisi?", "who else …", "who wants …" (a wish is no act a fact must state).
_WHO_ACT = pattern(
    r"^\W*who\s+(?:(?:is|was|were|are|s|has|had|have|will|would)\s+)?(?:\w+ly\s+)?"
    r"([a-z]+(?:ing|ed)|[a-z]*[^s\W]s|took|taken|held|kept|caught|made|gave|given|sent|wrote|written|led|brought|"
    r"began|begun|won|ran|told|met|paid|fought|chose|chosen)\b",
    re.IGNORECASE,
)
_NO_ACT = frozenset(
    # "Who gets hurt most?" asks who is hurt: "get" makes a passive as "is" does.
    "needs need needed wants wanted wanting going getting gets get got being trying supposed has was is does".split()
)


# Verbs whose object names the act ("made an announcement", "gave help"), in the forms _WHO_ACT reads ("does" is no
# act there: _NO_ACT), and how many words after one may name it.
_LIGHT_VERBS = frozenset("made makes making gave gives giving given doing".split())
_NOUN_PHRASE = 4


# Who a statement may name besides the words for people: the holders of an office, and those things befell.
_OFFICES = "president presidents presidency leader leaders official officials government minister ministers".split()
_BEFALLEN = "foreigners wounded injured victims refugees evacuees casualties".split()
# How far behind the best fact another may score and still answer a "who" question the best one names no one for:
# twice the margin under which two facts are too close to choose between.
WHO_REACH = 2 * MIN_MARGIN


def _naming_someone(kinds: set[Ask], asked: str, result: Result, fact: Fact, index: Index) -> Fact | None:
    """For a "who" question whose best fact names no one ("who were they most worried about in the fighting?" of
    "the delicate situation in the Gaza Strip was at the centre of their concern"), a fact close behind it that
    names someone and lacks nothing asked ("… the bloodshed affecting civilians, in particular … children and
    women"); None if there is none."""
    best = result.candidate_of(fact.id)
    if best is None:
        return None
    return next(
        (
            c.fact
            for c in result.candidates
            if c is not best
            and c.score >= max(SUGGEST_THRESHOLD, best.score - WHO_REACH)
            and _names_anyone(c.fact, index)
            and _lacks(kinds, asked, result, c.fact, index) is None
        ),
        None,
    )


def _telling_of_those_named(asked: str, result: Result, fact: Fact, index: Index) -> Fact:
    """What to show beside "my documents don't say who": the best fact, or, where its answer doesn't name the
    people the question names, a candidate whose answer does ("did Sisi phone Vladimir or the other way round?" is
    shown who the call was between, not that it was by telephone)."""
    named = [t for t in index.normalizer.terms_of_words(words(asked.lower())) if t in named_people(index)]
    if not named or _names_all(named, fact, index, answer_only=True):
        return fact
    return next(
        (
            c.fact
            for c in result.candidates
            if c.score >= SUGGEST_THRESHOLD
            and c.fact is not fact
            and _names_all(named, c.fact, index, answer_only=True)
        ),
        fact,
    )


def _people_by_name(index: Index) -> frozenset[str]:
    """The name terms of the documents' people and of the countries they stand for (not places: "the Gaza Strip")."""
    countries = (country for owned in index.normalizer.affiliations.values() for country in owned)
    return named_people(index).union(countries)


def _names_anyone(fact: Fact, index: Index) -> bool:
    """Whether a fact's answer names a person or a group of people: one of the documents' people or the country one
    stands for, a word for what they are ("the presidents"), or a word for people ("civilians", "hostages")."""
    normalizer = index.normalizer
    people = _words_of(normalizer).named_as_people | _people_by_name(index)
    return not people.isdisjoint(normalizer.terms_of_words(words(fact.answer)))


def _states_act(asked: str, result: Result, fact: Fact, index: Index) -> bool:
    """Whether a fact states the act a "who" question asks the doer of (see _WHO_ACT), and who does it, as far as the
    fact base can tell: "who holds the hostages?" is not answered by a fact that only says the hostages must be
    released, no fact saying who holds anything, nor "who is blocking aid?" by "an end to the obstacles to aid",
    which says no one blocks it (see _doer_named). True where the question names no act."""
    found = _WHO_ACT.match(_WHICH_DOER.sub("who ", asked, count=1))
    if found is None or found.group(1).lower() in _NO_ACT:
        return True
    normalizer = index.normalizer
    word = found.group(1).lower()
    word = normalizer.read_typo(word, index.in_context)  # "who publishd it?", "who was tlaking …?"
    # With the word after it, for an act of two words ("who called for …": a demand, not a phone call), or with its
    # particle a few words on ("who made the agreement public?": a report).
    following = words(asked[found.end() :])
    particle = normalizer.particle_of(word, following)
    after = [particle] if particle is not None else following[:1]
    terms_of = normalizer.terms_of_words
    done = set(terms_of([word, *after])) - set(terms_of(after))
    phrase = [w for w in following[:_NOUN_PHRASE] if w not in STOPWORDS] if word in _LIGHT_VERBS else []
    if phrase and particle is None and done == set(terms_of([word])):
        # "Who made the announcement?", "who gave valuable assistance?": a verb that says little by itself, whose act
        # is named by the words after it (announcing, assisting), where the two make no phrase ("took part").
        done = set(terms_of(phrase))
    acts = [t for t in done if t not in QUESTION_STEMS and t not in normalizer.name_terms]
    # Only an act no fact states: one some other fact states was weighed by the matcher already, and the fact it
    # chose may state it in other words ("who confirmed the ceasefire efforts?": the presidency reported them). A
    # word of a canonical form of several words is stated only beside the rest ("took" of "took part").
    unstated = [
        t
        for t in acts
        if t not in index.term_ids or (t in normalizer.phrase_targets and not normalizer.aliased(t, acts))
    ]
    number = _number_of(fact, result, index)
    if unstated:
        return number is not None and all(index.uses(number, t) for t in unstated)
    return _PASSIVE_WHO.match(asked) is not None or _doer_named(set(acts), fact, index)


# "Which countries helped …?", "what officials announced …?": who, by the kind of doer asked for.
_WHICH_DOER = pattern(rf"^\W*(?:which|what)\s+{DOER_NOUNS}\s+(?=[a-z]+(?:ed|s)\b)", re.IGNORECASE)
# "Who was evacuated?", "who is affected?": who the act is done to, whom a statement names after it.
_PASSIVE_WHO = pattern(
    r"^\W*who\s+(?:is|was|were|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b", re.IGNORECASE
)
_WHO = pattern(r"^\W*who\b", re.IGNORECASE)
# Whom a statement's act is done by: a name or the documents' people just before it, a pronoun standing for them
# ("they discussed"), or one after "by" or "of" ("assistance provided by Egypt", "the suffering of the residents").
_DOER_REACH = 3
_SUBJECT_PRONOUNS = frozenset("they he she we both who".split())
_DOER_AFTER = frozenset(("by", "of"))
_PEOPLE = "people civilians civilian residents population populations citizens nationals hostages children women"


def _doer_named(acts: set[str], fact: Fact, index: Index) -> bool:
    """Whether the fact's statements name who does one of the acts a "who" question asks the doer of, where they
    tell of it at all: "who is blocking aid to Gaza?" is not answered by "an end to the obstacles to the delivery of
    vital humanitarian aid", which names no one who blocks it. A fact that tells of none of the acts in its
    statements, only in its phrasings, or that a curator phrased as asking who did one ("Who published this
    article?"), is taken at its curator's word."""
    normalizer = index.normalizer
    for question in fact.questions:
        if (
            _WHO.match(question)
            and not _PASSIVE_WHO.match(question)
            and not acts.isdisjoint(normalizer.terms_of_words(words(question)))
        ):
            return True
    people = _words_of(normalizer).people
    told = False
    for statement in (fact.quote, fact.answer):
        typed = [w.lower() for w in words(statement)]
        terms = [normalizer.terms_of_words([w]) for w in typed]
        for at, found in enumerate(terms):
            if acts.isdisjoint(found):
                continue
            told = True
            before = range(max(0, at - _DOER_REACH), at)
            if any(typed[i] in _SUBJECT_PRONOUNS or _is_doer(terms[i], people, index) for i in before):
                return True
            after = typed[at + 1 : at + 1 + _DOER_REACH]
            if any(w in _DOER_AFTER for w in after) and any(
                _is_doer(t, people, index) for t in terms[at + 1 : at + 1 + _DOER_REACH + 2]
            ):
                return True
    return not told


def _is_doer(terms: list[str], people: frozenset[str], index: Index) -> bool:
    names, roles = index.normalizer.name_terms, index.normalizer.role_terms
    # A word many facts use is the documents' people only if it is a word for people ("the leaders"): "delivery" is
    # in as many, and had made "the delivery of humanitarian aid" name who aids.
    return any(t in names or t in people or (t in roles and unnamed_protagonist(t, index)) for t in terms)


def _own_subjects(result: Result, fact: Fact, index: Index, *, dated: bool = False) -> bool:
    """Whether every subject word of the question is among the fact's own words, a name counting as there where a
    name that stands for it is ("Egypt" where "Egyptian President al-Sisi" is). For a date asked (`dated`), so do
    the words of the facts (among the candidates) proved by the same sentence: what it says happened then ("when did
    the presidents address the conflict?" of "Held on November 14, the … presidents addressed crucial issues related
    to the Israeli-Palestinian conflict", whose topic is a fact of its own). Not the sentence's other words alone:
    "reopened on March 3 after three weeks of storm repairs" dates no end of the storm."""
    number = _number_of(fact, result, index)
    own = set(index.fact_terms[number]) if number is not None else set()
    if dated:
        # What the facts proved by the same sentence tell: the curator split what the sentence says between them.
        for candidate in result.candidates:
            if candidate.fact.quote == fact.quote and candidate.fact is not fact:
                sibling = _number_of(candidate.fact, result, index)
                own.update(index.fact_terms[sibling] if sibling is not None else ())
    # Words of talk only say the thing was spoken of ("why does the article mention a gesture of recognition?"). A
    # word of worth is there where any is: "why is ending the obstacles to aid important?" is answered by a fact that
    # calls it a crucial step, and why it is so.
    words_of = _words_of(index.normalizer)
    worth = words_of.worth if any(index.term_ids.get(t) in own for t in words_of.worth) else frozenset()
    subjects = [
        t
        for t in result.terms
        if t in index.term_ids
        and t not in QUESTION_STEMS
        and t not in EVERYDAY_STEMS
        and t not in words_of.talk
        and t not in worth
        and t not in result.aside  # "I'm a student of diplomacy. When did they speak?" asks no date of diplomacy
    ]
    missing = {t for t in subjects if index.term_ids[t] not in own}
    if not missing:
        return True
    named = {
        n
        for t, names in index.normalizer.affiliations.items()
        if t in index.term_ids and index.term_ids[t] in own
        for n in names
    }
    return not missing - named


def _number_of(fact: Fact, result: Result, index: Index) -> int | None:
    """A fact's position in the index. It is one of the result's candidates, so the number is at hand (a look-up by
    id would build a table of every fact's id, tens of milliseconds in a large fact base)."""
    found = result.candidate_of(fact.id)
    return index.knowledge.facts.number_of(fact.id) if found is None or found.number < 0 else found.number


_WHY = opens_with("why")
# "Who did Putin thank, and why?": the why asks the reason of what is answered, naming no act of its own.
_WHY_LAST = pattern(r"\bwhy\W*$", re.IGNORECASE)


def _reason_of_another_act(asked: str, result: Result, fact: Fact, index: Index) -> bool:
    """Whether a "why" question asks the reason of an act other than the one a fact gives the reason of. A curator's
    "why" phrasing names that act ("Why did Putin thank Egypt?"), so "why did Egypt help Russia?" or "why did the
    Russian citizens go to Gaza?", matched by the same fact's other words, ask what it doesn't say: none of their own
    words (the people and countries aside, who take part in any act) is in a "why" phrasing of it. Any word of worth
    stands for any other ("why does the thank-you matter?" of "Why is the gesture important?"). A why put last asks
    the reason of what is answered ("who did Putin thank, and why?"), naming no act of its own."""
    if _WHY_LAST.search(asked):
        return False
    words_of = _words_of(index.normalizer)
    asked_acts = _acts_named(asked, index) - result.aside
    if not asked_acts or asked_acts & words_of.talk:
        # "Why did they mention the evacuation?" (as "why does the article mention …" is read): why it was said, which
        # the fact that says it tells, as far as anything does.
        return False
    return not any(asked_acts & _acts_named(q, index) for q in fact.phrasings if _WHY.match(q))


def _acts_named(text: str, index: Index) -> frozenset[str]:
    """The terms of a question but its question words and the documents' people and countries, any word of worth
    counting as every other (_WORTH_TERM)."""
    normalizer = index.normalizer
    people = _members(index) | normalizer.affiliations.keys()
    found = {t for t in normalizer.question_terms(text)[0] if t not in QUESTION_STEMS and t not in people}
    if found & _words_of(normalizer).worth:
        found.add(_WORTH_TERM)
    return frozenset(found)


_WORTH_TERM = "<worth>"
_WHY_THERE = pattern(r"^\W*why\s+(?:is|are|was|were)\s+there\b", re.IGNORECASE)


def _gap(kinds: set[Ask], asked: str, text: str) -> Gap | None:
    """What a question wants that an answer's text lacks: a figure, what is to come, a date; None if nothing."""
    # A date says when, not how many: "on November 14" answers no "how many times …?". "Thousands" says how big,
    # which is the figure only where a rough one is asked for ("how many children, roughly?").
    if Ask.QUANTITY in kinds:
        undated = DATE_MENTION.sub("", text)
        rough = _ROUGHLY.search(asked) is not None and _VAGUE.search(undated) is not None
        if not rough and not _FIGURE.search(_VAGUE.sub("", undated)):
            return Gap.FIGURE
        if _SPAN_ASKED.search(asked) and not _SPAN.search(text):
            return Gap.FIGURE
    if Ask.FUTURE in kinds and not (_WILL if asks_outcome(asked) else _FUTURE).search(text):
        return Gap.FUTURE
    if Ask.WHEN in kinds and _TIME_ASKED.search(asked) and not _TIME.search(text):
        return Gap.TIME
    if Ask.WHEN in kinds and not _DATE.search(text) and not (_HABIT_ASKED.search(asked) and _HABIT.search(text)):
        return Gap.DATE
    if _WEEKDAY_ASKED.search(asked) and not _WEEKDAY.search(text):
        return Gap.WEEKDAY  # "what day of the week was the call?" of "November 14", with no year to tell it by
    if "year" in asked.lower() and _YEAR_ASKED.search(asked) and not _YEAR.search(text):
        return Gap.YEAR  # "what year was the call?" of "November 14": a day of a year the documents don't name
    if Ask.WHERE in kinds and not _NOT_PLACE_ASKED.search(asked) and not _names_place(asked, text):
        return Gap.PLACE
    if _only_as_a_whole(asked, text):
        return Gap.WHICH
    return None


_WEEKDAY_ASKED = pattern(r"\bday\s+of\s+the\s+week\b|\bweek\s?day\b|\bwhich\s+day\s+of\s+week\b", re.IGNORECASE)
_WEEKDAY = pattern(rf"\b(?:{WEEKDAYS})\b", re.IGNORECASE)
_YEAR_ASKED = pattern(r"\b(?:what|which)\s+year\b|\bthe\s+year\s+(?:of|was|is|when)\b", re.IGNORECASE)
_YEAR = pattern(r"\b(?:1[89]|2[01])\d\d\b")
# "Which hostages …?": which ones of a group, by a plural noun after "which".
# "Which foreign nationals …?": the noun may follow a word or two that the answer repeats without telling which.
# "What specific obstacles …?" (or "what obstacles, specifically?") asks which, as "what obstacles …?" may not ("what
# efforts did they agree to step up?").
_WHICH_ONES = pattern(
    r"^\W*(?:which|what\s+(?=(?:specific|particular|exact|precise)\s"
    # "What obstacles specifically?", "what foreigners exactly?": the adverb at the end asks which, as the adjective.
    r"|[^?]*\b(?:specifically|exactly|in\s+particular|precisely)\W*$"
    # Or right after the noun: "what obstacles exactly are blocking aid?".
    r"|(?:[a-z'-]+\s+){0,2}?[a-z]+s\s+(?:specifically|exactly|in\s+particular|precisely)\b)"
    # Their names asked for: "what were the names of the hostages?", "name the hostages", "list the hostages' names".
    r"|(?:what\s+(?:are|were|is|was|s)\s+)?(?:the\s+)?names?\s+of(?:\s+the)?|name(?:\s+the)?|list\s+the\s+names\s+of"
    r"(?:\s+the)?)"
    r"\s*((?:[a-z'-]+\s+){0,2}?)([a-z]+s)\b",
    re.IGNORECASE,
)
# What a group named "the N" is narrowed by, after it: "the civilians, in particular …", "the hostages held in …".
_NARROWED = pattern(
    r"\s*,?\s*(?:in particular|such as|including|especially|notably|of|in|from|at|who|that|which|held|taken|named|"
    r"related|relating|concerning|regarding|about|on|linked|connected)\b",
    re.IGNORECASE,
)


def _only_as_a_whole(asked: str, text: str) -> bool:
    """Whether a question asks which ones of a group ("which hostages were released?") that an answer names only as
    a whole, "the hostages", with nothing before or after the noun to tell which: no name, number or qualifier.
    ("Which citizens were evacuated?" is answered by "Russian citizens", "which foreigners …?" by a text that says
    "foreign nationals", and a noun the answer lacks is no such group.)"""
    found = _WHICH_ONES.match(asked)
    if found is None:
        return False
    noun = found.group(2).lower()
    # The answer's words before the noun tell which only if the question lacks them: "Russian citizens" answers
    # "which citizens …?", not "which Russian citizens …?".
    told = {"the", *found.group(1).lower().split()}
    tokens = list(_TOKEN.finditer(text))
    # The noun as typed, or one slip from it ("which hostags …?"), as the matcher read it.
    places = [n for n, token in enumerate(tokens) if n and _same_word(token.group().lower(), noun)]
    return bool(places) and all(
        tokens[n - 1].group().lower() in told and not _NARROWED.match(text, tokens[n].end()) for n in places
    )


_TOKEN = pattern(r"[\w'-]+")
MIN_SLIP_NOUN = 6  # a shorter noun one letter from another is as likely another word


def _same_word(word: str, typed: str) -> bool:
    from rapidfuzz.distance import OSA  # noqa: PLC0415 - only "which N …" questions get here

    return word == typed or (len(typed) >= MIN_SLIP_NOUN and OSA.distance(word, typed, score_cutoff=1) <= 1)


# A place in an answer: a name after a word of place ("from the Gaza Strip", "in Cairo") or a word for a place. A name
# alone is no place: "the Egyptian presidency reported" says who, not where; nor is one that qualifies the noun after
# it ("related to the Israeli-Palestinian conflict" says what about, not where): only a function word, or none, follows.
_PLACE_NAME = (
    r"(?P<name>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*)(?![\w'-])"
    r"(?!\s+(?!(?:and|or|but|on|in|at|to|from|for|with|by|of|via|during|after|before|since|until|as|where|when|which|"
    r"who|that|is|was|were|are|has|had|have|will|would|said|says)\b)[a-z])"
)
_PLACE_WORD = (
    r"(?:regions?|countr(?:y|ies)|areas?|city|cities|towns?|villages?|capital|borders?|strip|territory|abroad|"
    r"harbou?rs?|ports?|coast|islands?|provinces?|camps?|crossings?|airports?|streets?|hospitals?)\b"
)
_PLACE = pattern(
    rf"\b(?:in|from|to|at|near|into|inside|within|across|throughout|toward|towards)\s+(?:the\s+)?{_PLACE_NAME}|"
    rf"\b{_PLACE_WORD}"
)


# A question asking where to ("where did they go?", "where were the wounded evacuated to?"; not where something
# took place), and one asking where from, whatever its verb ("where were they evacuated from?").
_DESTINATION = pattern(
    r"\bwhere\b.*\b(?:go|goes|went|gone|going|taken|take(?!\s+place)|sent|send|headed|heading|moved|move|brought|"
    r"bring|fled|flee|travel|travell?ed|transferred|delivered|deliver|destined)\b|\bwhere\b.*\bto\W*$",
    re.IGNORECASE,
)
_ORIGIN = pattern(r"\bfrom\W*$|\bwhere\s+from\b", re.IGNORECASE)
# A place an answer says something went to: after "to", "into", "towards".
_TO_PLACE = pattern(rf"\b(?:to|into|toward|towards)\s+(?:the\s+)?(?:{_PLACE_NAME}|{_PLACE_WORD})")


def _names_place(asked: str, text: str) -> bool:
    """Whether an answer's text gives a place other than what the question names (no word of it): "published in La
    Nouvelle Tribune" tells where the report appeared, not where La Nouvelle Tribune is, and "in the Gaza Strip" not
    where Gaza is. Where to, when asked: "where did
    the evacuated Russians go?" is not answered by "from the Gaza Strip"."""
    named = {w.lower() for w in words(asked)}
    places = _TO_PLACE if _DESTINATION.search(asked) and not _ORIGIN.search(asked) else _PLACE
    for found in places.finditer(text):
        name = found.group("name")
        if name is None or named.isdisjoint(w.lower() for w in words(name)):
            return True
    return False


# "Where is this article from?", "where does the ceasefire information come from?" ask for a source, "where does Egypt
# stand?" for a stance: neither for a place.
_COMES_FROM = pattern(r"\bwhere\b.*\b(?:(?:comes?|came|coming)\s+from|originat(?:e|es|ed|ing))\b", re.IGNORECASE)
_NOT_PLACE_ASKED = pattern(
    r"\b(?:article|report|story|piece|news|information|info|this|that|it)\b.*\b(?:from\W*$|comes? from\b)|"
    r"\b(?:stand|stands|standing)\b",
    re.IGNORECASE,
)


# "How long was the call?" asks for a length of time (or how often, how old: a count of time): "two presidents" is
# a figure, but not that one. So does a count of a unit of time: "how many minutes was the call?".
_SPAN_ASKED = pattern(
    r"\bhow\s+(?:long|often|old|soon)\b"
    r"|\bhow\s+many\s+(?:seconds|minutes|hours|days|weeks|months|years|decades|times)\b",
    re.IGNORECASE,
)
_SPAN = pattern(
    rf"\b(?:once|twice|(?:{_NUMBER}|an?|several|few|many)\s+"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|times))\b",
    re.IGNORECASE,
)


# "When do Russia and Egypt collaborate?" asks when they do as a rule, which "in times of crisis" answers; "when did
# their relations begin?" asks for a date.
_HABIT_ASKED = pattern(r"\bwhen\s+(?:do|does)\b", re.IGNORECASE)
_HABIT = pattern(r"\bin times? of\b", re.IGNORECASE)


# "What time was the call?" asks for a time of day, which a date doesn't give.
_TIME_ASKED = pattern(
    r"\b(?:what|which|at what) (?:time|hour)\b|\bthe (?:exact |precise |actual )?(?:time|hour) (?:of|was|is)\b",
    re.IGNORECASE,
)
# A time of day a yes/no question places something at: "in the morning", "at night", "at 3pm".
_TIME_OF_DAY_NAMED = pattern(
    r"\b(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+(?:night|noon|midnight|dawn|dusk)|overnight"
    r"|at\s+\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|o'?clock)"
    # Or as a noun of the event's ("a morning call", "a morning or evening call", "a late-night conversation").
    r"|(?:morning|afternoon|evening|night|late[- ]night|night[- ]?time)(?=\s+(?:or|call|phone|conversation|talk|talks"
    r"|discussion|chat|meeting|exchange)\b))(?!\w)",
    re.IGNORECASE,
)
_TIME = pattern(
    r"\b(?:\d{1,2}[:.]\d{2}|\d{1,2} ?(?:am|pm|a\.m\.|p\.m\.)|noon|midnight|morning|afternoon|evening|night|o.clock)",
    re.IGNORECASE,
)


# Whose account a yes/no question asks for, after it or before it: "…, per Putin?", "according to Sisi, did …".
_ATTRIBUTED = pattern(
    r"(?:,\s*|\s+)(?:per|according\s+to|in\s+the\s+words\s+of)\s+(?P<who>[\w'’ -]+?)\s*(?=[?.!]*\s*$)"
    r"|^\W*(?:per|according\s+to|in\s+the\s+words\s+of)\s+(?P<first>[\w'’ -]+?)\s*,\s*",
    re.IGNORECASE,
)


def _read_alike(asked: str, normalizer: Normalizer) -> dict[str, frozenset[str]]:
    """The terms two or more different words of a question are read as ("harm", a variant of "affect", and
    "affected"), with the stems of those words; names and question words aside."""
    typed = [w for w in dict.fromkeys(words(asked)) if w not in STOPWORDS]
    read = normalizer.terms_of_words(typed)
    if len(read) == len(set(read)):
        return {}  # no term read twice: most questions, at one look-up
    by_term: dict[str, set[str]] = {}
    for word in typed:
        for term in normalizer.terms_of_words([word]):
            if term not in normalizer.name_terms and term not in QUESTION_STEMS:
                by_term.setdefault(term, set()).add(stem(word))
    return {term: frozenset(stemmed) for term, stemmed in by_term.items() if len(stemmed) > 1}


def _one_word_for_two(alike: dict[str, frozenset[str]], said: list[str], normalizer: Normalizer) -> bool:
    """Whether a statement holds a term two words of a question are read as only in the very word one of them is,
    and nothing for the other: "did they express a desire to harm the affected populations?" of "a common desire to
    alleviate the suffering of the affected populations" has "affected", not "harm". (A statement's own word for them
    both, "telephone" for "the call was by phone", stands for either.)"""
    for term, asked_stems in alike.items():
        found = [stem(w) for w in said if term in normalizer.terms_of_words([w])]
        exact = asked_stems.intersection(found)
        if exact and len(asked_stems) - len(exact) > sum(1 for s in found if s not in asked_stems):
            return True
    return False


# What came of a thing, asked of it: "did the ceasefire hold?", "has the truce held?", "did their efforts pay off?".
_OUTCOME_FORMS = (
    ("hold", "holds", "held", "holding"), ("work", "works", "worked", "working"),
    ("succeed", "succeeds", "succeeded", "succeeding", "success", "successful"),
    ("fail", "fails", "failed", "failing", "failure"), ("collapse", "collapses", "collapsed"),
    ("stick", "sticks", "stuck", "sticking"), ("last", "lasts", "lasted", "lasting"),
    ("pay off", "pays off", "paid off"), ("take effect", "takes effect", "took effect", "taken effect"),
    ("come into force", "comes into force", "came into force"),
    # What a thing brought about: "did the efforts bring a ceasefire?" (not "achieve": "efforts to achieve a
    # ceasefire" states an aim, which _aimed_at reads).
    ("bring", "brings", "brought"), ("lead to", "leads to", "led to"), ("result in", "results in", "resulted in"),
    ("produce", "produces", "produced"), ("yield", "yields", "yielded"),
)  # fmt: skip
_OUTCOME_FAMILY = {form: family for family in _OUTCOME_FORMS for form in family}
# Every one of a kind, asked of: "everything", "every issue", "all the hostages", "all points" (not "they all agreed",
# where "all" is who did it).
_EVERY_ONE = pattern(
    r"\beverything\b|\bevery\s+(?!one\b|body\b)[a-z]+|\ball\s+(?:of\s+)?(?:the\s+|their\s+)?"
    r"(?!of\b|them\b|those\b|these\b|two\b|three\b)[a-z]+s\b",
    re.IGNORECASE,
)
# Someone receiving a thing, not a thing done to them: "did Egypt get anything …?", "did Gaza receive aid?" (not "did
# Egypt get thanked?", "did they get in touch?"); nor getting a thing done ("did they discuss how to get aid
# delivered?", "… get the wounded out of Gaza?").
_RECEIVED_ASKED = pattern(
    r"^\W*(?:did|does|do|has|have|had|was|were|will)\s+(?:(?!(?:to|how)\b)[\w'’-]+\s+){1,4}?"
    r"(?:get|got|receive|obtain|gain|earn|win)\s+"
    r"(?:anything|something|any|some|much|more|money|aid|help|assistance|support|weapons|arms|funds)\b"
    r"(?!\s+(?:in|out|through|into|to|delivered|sent|across)\b)",
    re.IGNORECASE,
)
_RECEIVED_TOLD = pattern(
    r"\b(?:got|received|receive|receives|obtained|gained|earned|won|was given|were given)\b", re.IGNORECASE
)
# One before, or for longer than, the other: "did Putin call first?", "did Sisi speak longer?" ("harder" and "more"
# are how much was agreed: "agree to work harder" is to intensify efforts).
_BEFORE_OTHERS = pattern(r"\b(?:first|earlier|sooner|longer|shorter)\b", re.IGNORECASE)
_ALL_TOLD = pattern(r"\b(?:all|every|everything|each|entire|whole)\b", re.IGNORECASE)
_CAME_OF_IT = pattern(
    r"\b(?:did|does|do|has|have|had)\s+(?:the|a|an|this|that|these|those|their|its|his|her)\s+(?:[\w'-]+\s+){0,3}?"
    # Not working with someone or at something ("do the countries work together in crises?"), which is an act.
    r"(?P<verb>hold|held|(?:work|worked)(?!\s+(?:together|with|on|for|towards?|to|harder|closely|alongside)\b)"
    r"|succeed|succeeded|fail|failed|collapse|collapsed|stick|stuck|last|lasted"
    r"|pay\s+off|paid\s+off|take\s+effect|taken\s+effect|come\s+into\s+force"
    # Not "bring up", which is to mention a thing.
    r"|bring(?!\s+up\b)|brought(?!\s+up\b)|lead\s+to|led\s+to|result\s+in|resulted\s+in|produce|produced|yield"
    r"|yielded)\b"
    # As it goes on: "is the truce holding?", "is there a ceasefire holding at the moment?", "are the talks working?".
    r"|\b(?:is|are)\s+(?:there\s+)?(?:the|a|an|this|that|these|those|their|its|any)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?P<going>holding|working|succeeding|failing|lasting|sticking)\b",
    re.IGNORECASE,
)


# A thing done because of the talk: "… thanks to the call", "as a result of the talks", "following the conversation".
_CAUSED_BY_IT = pattern(
    r"\b(?:thanks\s+to|because\s+of|as\s+a\s+(?:result|consequence)\s+of|owing\s+to|due\s+to|following|in\s+the\s+wake\s+of"
    r"|since)"
    r"\s+(?:the|this|that|their|these)\s+(?:phone\s+)?(?:call|talks?|conversation|discussions?|exchange|agreement|efforts)\b"
    # What happened once they had talked: "were any captives let go after they spoke?" (not "after the call", a time
    # at which the documents tell of things said: "what did the presidency put out after the call?").
    r"|\b(?:after|since|once)\s+(?:they|the\s+(?:two\s+)?(?:leaders|presidents))\s+(?:had\s+)?"
    r"(?:spoke|talked|spoken|talked|met|conferred)\b",
    re.IGNORECASE,
)


def _states_outcome(verb: str, text: str) -> bool:
    """Whether a statement tells of the outcome a verb names, in any of its forms."""
    typed = " ".join(verb.lower().split())
    folded = f" {' '.join(words(text.lower()))} "
    return any(f" {form} " in folded for form in _OUTCOME_FAMILY.get(typed, (typed,)))


# A group, then the part of it a statement picks out: "civilian populations, in particular …".
_NARROWING = r"(?:in\s+particular|particularly|especially|notably|above\s+all)"
_PART_OF_GROUP = pattern(rf"\b(?:[\w-]+\s+)?[\w-]+,?\s+{_NARROWING}\s+", re.IGNORECASE)


def _untitled(asked: str, index: Index) -> str:
    """A question without the titles it puts before names ("did President Sisi talk to President Putin?"): the
    title is who the name is, which a statement naming him needn't repeat. A title is a word for the documents'
    people (see actor), not part of a name ("El Sisi")."""
    if not any(c.isupper() for c in asked[1:]):
        return asked  # a title before a name is written with capitals, as the name is (and most questions have none)
    normalizer = index.normalizer
    typed = asked.split()
    kept = [
        word
        for word, after in zip(typed, [*typed[1:], ""], strict=True)
        if not (
            word[:1].isupper()
            and (title := normalizer.question_terms(word)[0])  # spelt out: "Pres." is a president
            and all(
                t in normalizer.role_terms and t in index.term_ids and actor(index.term_ids[t], index) for t in title
            )
            and (name := normalizer.terms_of_words(words(after)))
            and set(name) <= normalizer.name_terms
        )
    ]
    return " ".join(kept) if len(kept) < len(typed) else asked


def _lead(asked: str, kinds: set[Ask], fact: Fact, index: Index, *, by_document: bool = False) -> Lead:
    """Yes where the article affirms what was asked: the question asks what one of the fact's curated
    `affirms` questions asks, or everything it asks about is stated close together in the quote (the
    article's own words) or the curated answer (aliases, stems and typos folded; question, function and
    everyday words aside), and neither the question nor that statement is negative. Anything both lack
    ("did they meet in person?" of a telephone call) or a negation makes it "here is what the document
    says" instead. `kinds` are the question's (kinds_of), read once by the caller; `by_document`, whether
    the message asks what the document itself mentions."""
    if Ask.YES_NO not in kinds:
        # "What did they say about not letting aid through?": a negation inside what was said stays asked, and a fact
        # only says what they did (what was not done at all is a gap, found before the lead is asked for: see
        # _checked; so is who did what turned round: see _lacks).
        return Lead.SAYS if _negated(asked) and _WH.match(asked) is not None else Lead.PLAIN
    # (What came of a thing, "did the talks work?", is a gap found before the lead is asked for: see _lacks.)
    own = f"{fact.answer} {fact.quote}"
    compared = _BEFORE_OTHERS.search(asked)
    if compared is not None and compared.group().lower() not in (w.lower() for w in words(own)):
        # "Did Putin call first?", "did Sisi speak longer?": one of them before, or beyond, the other, which a statement
        # that they spoke doesn't tell ("first" and "longer" are everyday words the yes would pass over).
        return Lead.SAYS
    if _RECEIVED_ASKED.search(asked) and not _RECEIVED_TOLD.search(own):
        # "Did Egypt get anything from Russia for helping?": what someone was given, which a statement of what they
        # gave or did doesn't tell ("get" and "anything" are everyday words the yes would pass over).
        return Lead.SAYS
    if _EVERY_ONE.search(asked) and not _ALL_TOLD.search(own):
        # "Did they agree on everything?", "were all the hostages freed?": every one of them, which a statement of
        # one agreement, or of "the hostages", doesn't say ("anything" asks for any one, which it does).
        return Lead.SAYS
    attributed = _ATTRIBUTED.search(asked)
    if attributed:
        source, _ = index.normalizer.question_terms(attributed.group("who") or attributed.group("first"))
        if _names_all(source, fact, index):
            # "Was the Egyptian help valuable, per Putin?": whose account it is, which a fact that names him bears out
            # (he expressed his gratitude for the valuable assistance); his name is no role in what was asked.
            asked = _ATTRIBUTED.sub("", asked, count=1)
    kept, other = _ruled_out(asked)
    if other:
        # "Was it a phone call rather than a meeting?" asks to confirm the first and that the second was not so: a yes
        # where the fact affirms the one and says "not" of the other ("a phone conversation, not a meeting"). Of
        # anything it doesn't rule out ("... rather than a video call?") it says nothing, so no yes.
        lead = _lead(kept, kinds, fact, index, by_document=by_document)
        return lead if lead is not Lead.YES or _rules_out(other, fact, index) else Lead.SAYS
    positive = _positive(asked, index.normalizer)
    # Asked the plain way, it is read as the plain way is ("was the call about Gaza?" asks whether they discussed it).
    asked, done = _active(without_chat(positive) if positive != asked else asked, index)
    asked = _untitled(asked, index)
    terms_asked, _ = index.normalizer.question_terms(asked)
    # A word that only stresses the question asks nothing: "was it actually a phone call?" asks what "was it a phone
    # call?" asks.
    terms_asked = [t for t in terms_asked if t not in _STRESS_STEMS]
    if frame := how_held_frame(asked, index.normalizer):
        # "Did the conversation happen over the phone?" asks what "did they talk on the phone?" asks: the taking
        # place is the frame, as the matcher reads it.
        terms_asked = [t for t in terms_asked if t not in frame]
    if not _MONTH_TERMS.isdisjoint(terms_asked):
        # "Is November 14 the day of the conversation?": the date named is what a statement must hold; "day" or "date"
        # only says what it is ("held on November 14" never writes the word).
        terms_asked = [t for t in terms_asked if t != _DATE_TERM]
    if expressing := expressed_frame(asked, index):
        # "Did Sisi express support for a Palestinian state?" asks what "did Sisi support …?" asks: expressing it is
        # the frame, as the matcher reads it ("both leaders reaffirmed their support" says it in other words).
        terms_asked = [t for t in terms_asked if t not in expressing]
    wanted = _asked(terms_asked)
    words_of = _words_of(index.normalizer)
    roles = _roles(terms_asked, asked, index, words_of)
    if (
        not _NAME_TERMS.isdisjoint(terms_asked)
        and not _WHO_TYPED.search(asked)
        and not _names_someone_by_name(own, index)
    ):
        # "Did they discuss the hostages' names?": the names are asked ("names of", "'s names" stand for "who"),
        # which a statement naming no one ("the need to release the hostages") doesn't give.
        return Lead.SAYS
    # Wanting by any of its verbs: "did they call for aid to reach Gaza?" asks what the curated "did they want aid to
    # reach Gaza?" asks.
    wanting = words_of.wanting
    as_wanted = frozenset(_WANTING_CLASS if t in wanting else t for t in wanted)
    for question in fact.affirms:
        affirmed, _ = index.normalizer.question_terms(question)
        # "Did Egypt help evacuate Russians on its own?" asks the curated question and more, in function words that
        # matching weighs as nothing: a yes only where the fact or the curated question says as much.
        if (
            wanted
            and frozenset(_WANTING_CLASS if t in wanting else t for t in _asked(affirmed)) == as_wanted
            and _roles(affirmed, question, index, words_of) == roles
            and not _contrary(asked, f"{own} {question}")
        ):
            return Lead.YES
    names = index.normalizer.name_terms
    if len(terms_asked) == 2 and all(t in names for t in terms_asked) and asks_identity(asked, terms_asked, index):
        # "Is Sisi the president of Egypt?": a name and one of its titles, which a statement gives beside the name
        # ("Egyptian President Abdel Fattah al-Sisi"): the article's own words say who he is. "Is Sisi the Russian
        # president?" names two people, one of whom he is not, whatever a statement naming both holds.
        person, title = terms_asked
        named = [person] * 2
        clauses = (c for text in (fact.quote, fact.answer) for c in _CLAUSE_END.split(text))
        if (title == person or title in index.normalizer.affiliations.get(person, ())) and any(
            _holds_run(index.normalizer.terms_of_words(words(clause)), named) for clause in clauses
        ):
            return Lead.YES
        return Lead.SAYS
    content = frozenset(
        t
        for t in wanted
        if t not in EVERYDAY_STEMS
        or t in index.normalizer.alias_terms
        or t in words_of.main
        or (t in _MEN and not _THE_TWO_MEN.search(asked))
    )
    if content and "-" in asked:
        # "Did they call for a one-state solution?": an everyday word joined to another makes one word with it ("one"
        # tells which state), which the statement must hold as well.
        content |= {t for t in _joined(asked, index.normalizer) if t in wanted}
    if not content or _negated(asked) or _contrary(asked, own):
        return Lead.SAYS
    if _concord(asked, fact, index):
        return Lead.YES
    if _EACH_OTHER.search(asked) and content.isdisjoint(words_of.reciprocal) and not _EACH_OTHER.search(own):
        # "Did they thank each other?" asks that each did it to the other: "Putin thanked his Egyptian counterpart"
        # tells of one way only, and "both reaffirmed their support" for a state is no support of each other. (Talk
        # is mutual: "did they talk to each other about the hostages?" is affirmed by their talking of them.)
        return Lead.SAYS
    existing = _asked_to_exist(asked, index)
    if existing is not None:
        content |= set(index.normalizer.terms_of_words([existing]))  # the plan asked about must be stated too
    if (planned := _TO_BE.search(asked)) is not None:
        # "Did they call for the hostages to be kept?": what is to be done to them is asked, everyday word or not ("the
        # need to release the hostages" is no keeping).
        # With its particle where the two make one ("brought out": evacuated).
        to_be = index.normalizer.terms_of_words([w for w in planned.groups() if w])
        to_be = to_be if len(to_be) == 1 else index.normalizer.terms_of_words([planned.group(1)])
        content |= set(to_be) - QUESTION_STEMS
    future = Ask.FUTURE in kinds
    # A name stands for those of its own variants ("his Egyptian counterpart": Sisi for Egypt) only where the
    # question says who did what to whom, which the statement must then say in the same order: else "did the
    # Kremlin report the agreement?" would be affirmed by "the Egyptian presidency reported Putin and Sisi agree".
    passive = _done_to(asked, index.normalizer)  # "was Egypt thanked?" says to whom, as roles do
    if passive is not None and passive[0] not in words_of.talk:
        content |= {passive[0]}  # "were Russian citizens left behind?": what was done to them, everyday word or not
    if (reported := _SAID_STATE.search(asked)) is not None:
        # "Did the presidents say the conflict was over?": what they said of it is asked, a word of the statement's own
        # or none ("over" is a function word: no statement of theirs says it).
        state = set(index.normalizer.terms_of_words([reported.group(1)])) - QUESTION_STEMS
        if not state:
            return Lead.SAYS
        content |= state
    if (doing := _FOR_DOING.search(asked)) is not None:
        # "Did Putin thank Egypt for sending aid?": what it was for is asked, everyday word or not (for its help
        # evacuating Russians, no sending).
        content |= set(index.normalizer.terms_of_words([doing.group(1)])) - QUESTION_STEMS
    # "Were Russians evacuated from Gaza?": done to the first one named, by no one named; the place after the act
    # does nothing, and is where from (or to) as the statement says it ("to Gaza" is no yes), not a role. Nor does
    # one named after it for whom or what it was done ("was Sisi thanked for helping get Russians out?").
    whither = _whither(asked, index.normalizer) if passive else _moved_to(asked, index.normalizer)
    if passive and roles and roles[0] == passive[1] and (whither or _names_done_to(asked, index.normalizer)):
        roles = []
    stands_for = dict(index.normalizer.affiliations) if roles or passive else {}
    wished = content & words_of.wish
    if wished:
        stands_for.update({w: stands_for.get(w, frozenset()) | wished for w in words_of.wish})
    if main := content & words_of.main:
        stands_for.update({c: stands_for.get(c, frozenset()) | main for c in words_of.centre})
    if _THE_CALL.search(asked) and (held := content & words_of.event):
        # "Was the call humanitarian?" of "this discussion … was marked by an undeniable humanitarian impulse": the
        # documents' talk is the call they tell of, whichever noun names it (not a verb of talk: "marked", standing for
        # the call, had made the statement's "discussion" what they said).
        if _ABOUT_THE_CALL.search(asked) and len(content - held) >= 2:
            # "Did the presidency report on the call?": what is reported of the call is what the statement says, not
            # the call itself, which every statement of the documents tells of.
            content = content - held
        else:
            stands_for.update({t: stands_for.get(t, frozenset()) | held for t in words_of.talks})
    # "Did they discuss X?" asks whether X was spoken of: a statement of what they said or wanted about X anywhere
    # before it affirms that ("they discussed practical arrangements to facilitate the delivery of humanitarian
    # aid" is a yes to "did they discuss humanitarian aid?"), without "discuss" standing next to X.
    topic = _topic(terms_asked, content, words_of.talk, index) or _said_of(asked, content, index)
    # A word of talk stands before what was spoken of in the statement; where the document itself is who mentions it
    # ("did the article mention the Egyptian presidency?"), any statement holding it does; and in "did they agree on
    # anything about a ceasefire?", the act asked of any one thing stands before what it concerns.
    leading = words_of.said
    if topic is None and (acted := _acted_about(asked, content, index)) is not None:
        leading, topic = acted
    elif topic is not None and by_document and not _SAID_HAPPENED.search(asked):
        leading = frozenset()
    # Where no topic of talk is found, the question's everyday words may be what it asks, which the statement must
    # then hold as well (below). "Anything" asks for any one thing.
    everyday = (
        {t for t in wanted if t in EVERYDAY_STEMS and t not in words_of.talk and t not in WILDCARD_STEMS}
        if topic is None
        else set()
    )
    if topic is None and content & words_of.talk:
        # "Were men mentioned?": what was spoken of is named by an everyday word only ("they discussed crucial
        # issues" is no yes to it).
        content |= everyday
    # "Did they say the hostages were released?": what was said is that it happened, no question of intent.
    said_happened = _SAID_HAPPENED.search(asked) is not None
    about_intent = not said_happened and _about_intent(asked, index, existing)
    if (len(content) < 2 or _only_who(asked, content, index)) and topic is None and not about_intent:
        # "Were they concerned about Gaza?": one word names what is asked about, and an everyday word what is asked
        # of it ("at the centre of their concern"). So where the question's words other than everyday ones all say
        # who ("were the two presidents of one mind?"): what it asks of them is in its everyday words.
        content |= everyday
        if len(content) < 2 and (not content or WILDCARD_STEMS.isdisjoint(wanted)):
            # One word asked about, not of what was said ("is it important?"): what "it" is lies in an earlier
            # message, so no statement holding that word can affirm it. "Did they reaffirm anything?" asks of any
            # one thing, which a statement that they did it affirms.
            return Lead.SAYS
    # "Did the leaders agree to push for a truce?": the documents' own people, not named, are whom a statement's
    # "they" stands for; what they did is what must be stated.
    # Two words or more must remain, as above: "were the leaders concerned about civilians?" asks more than whether
    # civilians were spoken of.
    stated = content - _unnamed_subject(asked, content, index) if not roles else content
    if len(stated) < 2:
        stated = content
    # One name as the subject does what is asked as well: "did Russia provide humanitarian aid?" is no yes from
    # "assistance provided by Egypt during the evacuation of Russian citizens".
    agent = _named_subject(asked, index) if not roles else None
    action = _action_of(terms_asked, agent) if agent else None
    if action in words_of.mutual:
        action = None  # "did Poutine talk to al-Sissi?": talk is mutual, whoever stands first
    # "Does Cairo support a Palestinian state?" of "both leaders reaffirmed their support…": a statement whose subject
    # is the documents' people together ("they", "both leaders") says what each of them did, and what each one's
    # country did through its leader.
    doers = _subject_names(asked, index)
    if not doers or not set(doers) <= _members(index):
        doers = []
    # The article's words, or the curator's reading of them, a sentence or clause at a time: a negation elsewhere
    # ("...; the year is not given") says nothing of what a clause states.
    statements = [c for text in (fact.quote, fact.answer) for c in _CLAUSE_END.split(text)]
    # "… affecting civilian populations, in particular the thousands of children and women …": what is said of the
    # group is said of the part it names ("were children and women affected?"), read as if the part stood alone.
    statements += [narrowed for c in statements if (narrowed := _PART_OF_GROUP.sub(" ", c)) != c]
    # Two named together ("do Cairo and Moscow share a vision on the Middle East?") do it together, in whichever order
    # a statement names them ("the shared vision of Moscow and Cairo"): only the first of them comes before the rest.
    # (Not of someone: "did Sisi and Putin thank Egypt?" says each thanked, which one statement of Putin's thanks
    # doesn't.)
    together = len(roles) > 2 and _action(terms_asked, roles[:2]) is None and roles[2] not in _people_by_name(index)
    ordered = [roles[0], roles[2]] if together else roles[:2]
    quality = _quality_asked(asked, index.normalizer)
    alike = _read_alike(asked, index.normalizer)
    absorbed = _absorbed(asked, terms_asked, index)
    # "Did both thank Egypt?", "did they each …?": each of the documents' people did it, which a statement of one named
    # person doing it ("Vladimir Putin expressed his gratitude") doesn't say.
    each = not roles and _EACH_ASKED.match(asked) is not None
    # "Does the article give the date of the call?": a statement that dates it ("held on November 14") gives its date,
    # without the word.
    # Not where a question word asks for the date ("the call was on which day?", "the article mentions a date, what is
    # it?"): a wh-question read as yes/no gets no "Yes".
    dated = _DATE_TERM in content and QUESTION_WORDS.isdisjoint(w.lower() for w in words(asked))
    # "Did they call for aid to be blocked?", "… want obstacles to aid?": the hindrance itself wanted, by any of its
    # words (the alias joins "blocked", "impeded" to the obstacles), where no word of ending it is asked ("unimpeded",
    # "cleared" of hurdles, ask the opposite).
    wants_hindrance = (
        not wanting.isdisjoint(terms_asked)
        and _END_TERM not in terms_asked
        and _names_hindrance(asked, words_of.hindrance, index.normalizer)
    )
    for statement in statements:
        # What is to come is affirmed only by a statement that says it will be ("will resume in April");
        # an intention ("agreed to intensify their efforts") is no yes to "is a ceasefire coming?".
        if not _NEGATION.search(statement) and (not future or _WILL.search(statement)):
            said = words(statement)
            terms = index.normalizer.terms_of_words(said)
            unfolded = _modifiers_kept(said, index.normalizer) if not stated <= set(terms) else None
            if unfolded is not None and not (stated - set(terms)).isdisjoint(unfolded):
                # "Did they ask for barriers to humanitarian deliveries to be removed?" of "… the delivery of vital
                # humanitarian aid": "humanitarian aid" is aid to the aliases, but the statement says humanitarian too.
                terms = unfolded
            if dated and (month_at := next((n for n, t in enumerate(terms) if t in _MONTH_TERMS), None)) is not None:
                terms = [*terms[: month_at + 1], _DATE_TERM, *terms[month_at + 1 :]]
            together_at = _together(said, index) if doers else 0
            if together_at:
                terms = [*doers, *index.normalizer.terms_of_words(said[together_at:])]
            start, length = _span(stated, terms, stands_for)
            if length > len(stated) + max(YES_SLACK, len(stated)):
                if topic is None:
                    continue
                start, length = _span(topic, terms, stands_for)
                if length > len(topic) + YES_SLACK or (leading and leading.isdisjoint(terms[:start])):
                    continue  # what was asked about is not there, or nothing before it says they spoke of it
            if each and len(named_people(index).intersection(terms[:start])) == 1:
                continue  # one of them did it, before what is asked
            if alike and _one_word_for_two(alike, said, index.normalizer):
                continue  # "a desire to harm the affected populations?" of "… alleviate … the affected populations"
            if absorbed and not absorbed <= {*terms, *_own_terms(said, index.normalizer)}:
                continue  # "did Egypt send humanitarian aid?" of "Egypt's … help in evacuating": help is no such aid
            if not words_of.hindrance.isdisjoint(terms[start : start + length]) and words_of.hindrance.isdisjoint(
                terms_asked
            ):
                continue  # "did they call for an end to aid?" of "an end to the obstacles to the delivery of aid"
            if wants_hindrance and _END_TERM in terms[max(0, start - INTENT_REACH) : start + length]:
                continue  # "did they call for aid to be blocked?" of "an end to the obstacles to … aid": the opposite
            # Who did it and to whom: a third name is what the act was for ("did Putin thank Egypt for helping
            # evacuate Russians?"), which Putin, standing for Russia too, would otherwise name out of turn.
            if roles and not _in_order(ordered, _named(terms[start : start + length], stands_for)):
                continue  # "did Sisi thank Putin?" of "Putin thanked his Egyptian counterpart": who did it differs
            if _misnamed(terms_asked, terms, index.normalizer.name_terms, stands_for, words_of.mutual, passive):
                continue  # "did Egypt evacuate Egyptian citizens?" of "evacuating Russian citizens": whose differs
            if roles and not _does(
                roles[0], _action(terms_asked, roles), terms[start : start + length], statement, index
            ):
                continue  # "is Russia helping Gaza?" of "help in evacuating Russian citizens from Gaza": Egypt helps
            if agent and action and not _does(agent, action, terms[start : start + length], statement, index):
                continue  # "did Russia provide aid?" of "assistance provided by Egypt": Egypt provides
            if whither and not _placed_alike(whither, statement, index.normalizer):
                continue  # "were Russians evacuated to Gaza?" of "evacuating Russian citizens from the Gaza Strip"
            if done is not None and done not in terms:
                continue  # "was the article written by the Egyptian presidency?" of "the Egyptian presidency reported"
            # "the need to release the hostages" affirms that they wanted it, not that it happened, and "discussed
            # arrangements for evacuating" that they talked of it: a statement of intent or of talk answers yes only
            # to a question about what they said or wanted ("did they call for…?", "did they discuss…?").
            before = terms[max(0, start - INTENT_REACH) : start]
            # Where what was said is asked to have happened, nor within what is asked about: "did the presidency report
            # that a ceasefire was reached?" of "reported … agree to intensify their efforts to achieve a ceasefire".
            within = set(terms[start : start + length]) - set(terms_asked)
            # Nor between the doer and the act, where the statement's "they" stands for who is asked about: "is Egypt
            # evacuating foreigners?" of "they discussed arrangements for evacuating foreign nationals".
            intended = _INTENT_STEMS if said_happened else _SPEECH_OR_INTENT_STEMS if together_at else frozenset()
            # Nor, where what happened is asked, what a word of striving in the run makes an aim: "did they reach a
            # ceasefire agreement?" of "agreed to intensify their efforts to achieve a ceasefire" ("any agreement
            # reached?" asks only that they agreed, which they did).
            aimed = not intended and _aimed_at(terms[start : start + length], terms_asked)
            if about_intent or (
                _SPEECH_OR_INTENT_STEMS.isdisjoint(before) and within.isdisjoint(intended) and not aimed
            ):
                return Lead.YES
            if within.isdisjoint(intended) and _told_in_relative(stated, statement, stands_for, index.normalizer):
                # "Were civilians affected?" of "their desire to end the bloodshed that is cruelly affecting civilian
                # populations": what was wanted is done to the bloodshed; what the bloodshed does, the relative
                # clause states as so.
                return Lead.YES
            if length > 1 and within.isdisjoint(intended) and _said_of_it(terms[start], statement, index.normalizer):
                # "Is the bloodshed cruel?" of "their desire to end the bloodshed that is cruelly affecting
                # civilians": what was wanted is done to the bloodshed; what it is, a relative clause states as so.
                return Lead.YES
            if (
                quality
                and length in (2, 3)
                and (terms[start], terms[start + length - 1]) == quality
                and _TO_BE_MADE.isdisjoint(before)
            ):
                # "Is the aid vital?" of "an end to the obstacles to the delivery of vital humanitarian aid": what was
                # wanted is done to the aid; that it is vital, the writer says by the adjective before it (another
                # may stand between: "an undeniable humanitarian impulse"). Not of a thing only wanted: "is the
                # Palestinian state independent?" of "support for the creation of an independent Palestinian state".
                return Lead.YES
    return Lead.SAYS


# Words that stress a question, asking nothing of their own.
_STRESS_STEMS = frozenset(
    stem(w) for w in "actually really truly indeed even ever definitely certainly honestly seriously literally".split()
)


def _own_terms(said: list[str], normalizer: Normalizer) -> set[str]:
    """Each word's own term, read alone (no phrase of several words)."""
    term = _word_term(normalizer)
    return {t for w in said if (t := term(w)) is not None}


def _modifier_phrases_in(stemmed: list[str], normalizer: Normalizer) -> list[tuple[int, tuple[str, ...]]]:
    """Where the alias phrases whose first words narrow their last one ("humanitarian aid") stand among stemmed
    words: (position, the phrase's stems), the first such phrase at each position."""
    found = []
    for at, first in enumerate(stemmed):
        key = next(
            (k for k in normalizer.modifier_phrases.get(first, ()) if tuple(stemmed[at : at + len(k)]) == k), None
        )
        if key is not None:
            found.append((at, key))
    return found


def _modifiers_kept(said: list[str], normalizer: Normalizer) -> list[str] | None:
    """A statement's terms with the words that narrow an alias's word kept as terms of their own ("humanitarian" of
    "humanitarian aid", which the aliases read as aid alone); None where it has no such phrase."""
    cuts = [at + len(key) - 1 for at, key in _modifier_phrases_in([stem(w) for w in said], normalizer)]
    if not cuts:
        return None
    bounds = [0, *sorted(set(cuts)), len(said)]
    return [t for start, end in itertools.pairwise(bounds) for t in normalizer.terms_of_words(said[start:end])]


def _absorbed(asked: str, terms_asked: list[str], index: Index) -> frozenset[str]:
    """The terms of the words a question narrows one of the aliases' words with, where the aliases take both as the
    one word ("humanitarian" of "humanitarian aid", a variant of aid): what they add, a statement affirming it must
    say too, as a word of its own or in the phrase ("help" is aid, but no humanitarian aid)."""
    normalizer = index.normalizer
    said = words(asked)
    phrases = _modifier_phrases_in([stem(w) for w in said], normalizer)
    if not phrases:
        return frozenset()  # most questions: a dictionary look-up a word
    skipped = QUESTION_STEMS | EVERYDAY_STEMS | normalizer.name_terms | set(terms_asked)
    found: set[str] = set()
    for at, key in phrases:
        heads = normalizer.terms_of_words(said[at : at + len(key)])
        for term in _own_terms(said[at : at + len(key) - 1], normalizer):
            # Only a distinction the documents draw: a word they use of the thing somewhere ("humanitarian" aid), not
            # one they never put beside it ("held" captive: the documents' "held" is of the call).
            if term not in skipped and term in index.term_ids and _used_together(term, heads, index):
                found.add(term)
    return frozenset(found)


def _used_together(term: str, others: list[str], index: Index) -> bool:
    """Whether some fact uses `term` and one of `others` (its own words or its quote)."""
    term_id = index.term_ids[term]
    return any(index.uses(number, other) for number in index.users(term_id) for other in others)


# Two words made one by a hyphen: "one-state", "face-to-face" (the first two).
_HYPHENED = pattern(r"\b([^\W\d_]+)-([^\W\d_]+)\b")


def _joined(asked: str, normalizer: Normalizer) -> set[str]:
    """The terms of words joined by a hyphen to a word that is not everyday."""
    found: set[str] = set()
    for pair in _HYPHENED.finditer(asked):
        terms = normalizer.terms_of_words(list(pair.groups()))
        if any(t not in EVERYDAY_STEMS for t in terms):
            found.update(terms)
    return found


# A relative clause that states what something is or does: "the bloodshed that is cruelly affecting civilians".
_RELATIVE_BE = pattern(r"\b([^\W\d_]+)\s+(?:that|which|who)\s+(?:is|are|was|were)\b", re.IGNORECASE)


# "Is the aid vital?", "was the situation described as delicate?": one word asked of a thing, as what it is.
_IS_IT_SO = pattern(
    r"^\W*(?:is|was|are|were)\s+(?:the|this|that|their|its)\s+(?P<noun>[^\W\d_][\w'’ -]*?)\s+"
    r"(?:(?:described|considered|called|seen|regarded|deemed|referred\s+to)\s+(?:as\s+)?)?"
    r"(?P<quality>[^\W\d_][\w-]*)\W*$",
    re.IGNORECASE,
)


def _quality_asked(asked: str, normalizer: Normalizer) -> tuple[str, str] | None:
    """The terms of the quality a yes/no question asks of a thing and of the thing ("is the aid vital?": vital, aid),
    which a statement's run affirms by opening with the one and ending with the other (an adjective before its noun);
    None for any other question."""
    found = _IS_IT_SO.match(asked)
    if found is None or _DONE.fullmatch(found["quality"]):
        return None  # "were the hostages released?" asks whether it was done, not what they are
    quality = normalizer.terms_of_words([found["quality"]])
    noun = normalizer.terms_of_words(words(found["noun"]))
    return (quality[0], noun[-1]) if len(quality) == 1 and noun else None


def _told_in_relative(
    wanted: frozenset[str], statement: str, stands_for: Mapping[str, frozenset[str]], normalizer: Normalizer
) -> bool:
    """Whether a relative clause of the statement ("… that is cruelly affecting civilian populations") holds every
    wanted term close together, within the clause up to its next comma or the statement's end."""
    for found in _RELATIVE_BE.finditer(statement):
        # Up to its next comma, past one that only narrows the group to a part of it ("… affecting civilian
        # populations, in particular the thousands of children and women"): the part is affected too.
        clause = _CLAUSE_COMMA.split(statement[found.end() :], 1)[0]
        terms = normalizer.terms_of_words(words(clause))
        if _span(wanted, terms, stands_for)[1] <= len(wanted) + YES_SLACK:
            return True
    return False


def _said_of_it(head: str, statement: str, normalizer: Normalizer) -> bool:
    """Whether the statement says, in a relative clause after a noun whose term is `head`, what that is or does."""
    return any(normalizer.terms_of_words([m.group(1)]) == [head] for m in _RELATIVE_BE.finditer(statement))


def _rules_out(words_of_it: str, fact: Fact, index: Index) -> bool:
    """Whether the fact says "not" of the words: every content term of theirs after a negation in one clause of its
    quote or answer."""
    normalizer = index.normalizer
    wanted = {t for t in normalizer.terms_of_words(words(words_of_it)) if t not in EVERYDAY_STEMS}
    for text in (fact.quote, fact.answer):
        for clause in _CLAUSE_END.split(text):
            negation = _NEGATION.search(clause)
            if wanted and negation and wanted <= set(normalizer.terms_of_words(words(clause[negation.end() :]))):
                return True
    return False


_CLAUSE_END = pattern(r"(?<=[.;!?])\s+")
_CLAUSE_COMMA = pattern(rf",(?!\s*{_NARROWING}\b)", re.IGNORECASE)
_DATE_TERM = stem("date")
_END_TERM = stem("end")  # the alias of ending, stopping, lifting or removing a thing


def _names_hindrance(asked: str, hindrance: frozenset[str], normalizer: Normalizer) -> bool:
    """Whether a question names a hindrance as what it asks about ("did they want obstacles to aid?"), not its absence
    ("unimpeded access", "aid without obstacles")."""
    typed = words(asked)
    return any(
        not hindrance.isdisjoint(normalizer.terms_of_words([word]))
        and not word.lower().startswith(("un", "non"))
        and (n == 0 or typed[n - 1].lower() not in _ABSENT_BEFORE)
        for n, word in enumerate(typed)
    )


_ABSENT_BEFORE = frozenset(("without", "no", "free", "fewer", "less", "zero"))
_MONTH_TERMS = frozenset(stem(m) for m in MONTHS.split("|"))  # "Nov 14th" too: a month's terms, however written
_REREAD = frozenset((Turn.THANKS, Turn.GOODBYE, Turn.GREETING, Turn.HELP))
_EACH_ASKED = pattern(r"^\W*[a-z]+\s+(?:(?:the|they|them)\s+)?(?:both|each)\b(?!\s+other\b)", re.IGNORECASE)
# Everyday words that say which people: "were thousands of men caught in the conflict?" is no yes from "thousands of
# children and women caught in the heart of this devastating conflict" ("people" and "person" say all of them).
_MEN = frozenset(stem(w) for w in ("man", "men"))
_THE_TWO_MEN = pattern(r"\b(?:both|two)\s+men\b", re.IGNORECASE)  # the documents' two leaders, not which people
# Doing these with someone is mutual: "did Sisi speak with Putin?" is "did Putin speak with Sisi?".
_RECIPROCAL = (
    "speak spoke spoken talk talked talks discuss discussed converse conversation meet met meeting agree agreed "
    "negotiate negotiated cooperate cooperated collaborate collaborated chat chatted with together between"
).split()
_EACH_OTHER = pattern(rf"\b(?:{EACH_OTHER_WORDS}|mutual(?:ly)?)\b", re.IGNORECASE)
# "Was Putin thanked by Sisi?", "what was Egypt thanked for by Putin?": the one after "by" did it.
_PASSIVE = pattern(
    r"\b(?:is|are|was|were|been|being|get|gets|got)\b.*\b\w+(?:ed|en)\b(?:\s+[\w'-]+){0,3}?\s+by\b", re.IGNORECASE
)


def _holds_run(terms: list[str], run: list[str]) -> bool:
    """Whether `run` stands in `terms` as it is, term after term."""
    return any(terms[n : n + len(run)] == run for n in range(len(terms) - len(run) + 1))


def _subject_names(asked: str, index: Index) -> list[str]:
    """The names a yes/no question's subject is made of, when it is made of names only ("did Russia and Egypt agree…":
    russia, egypt; "did the leaders agree…", "did Egypt's help…": none)."""
    typed = [w.lower() for w in words(asked)]
    if not _ALONE.isdisjoint(typed):
        return []  # "did only Putin want…?" asks whether the other did not
    start = _subject_start(typed, _ARTICLES)
    names = index.normalizer.name_terms
    found: list[str] = []
    # The longest run of words that is names and "and" alone: a name may take several words ("Abdel Fattah al-Sisi").
    for end in range(start + 1, min(start + _NAME_WORDS, len(typed)) + 1):
        if typed[end - 1] == "s":
            break  # "Egypt's help": whose, not who
        terms = index.normalizer.terms_of_words(typed[start:end])
        if terms and all(t in names for t in terms):
            found = terms
    return found


_NAME_WORDS = 8  # "Abdel Fattah al-Sisi and Vladimir Putin"
_ALONE = frozenset(("only", "alone", "solely", "just", "single", "either", "neither"))


# Of one mind about a thing: "are Moscow and Cairo on the same page about the Mideast?", "did they see eye to eye on a
# Palestinian state?". Agreeing "on" a thing by the bare verb is concluding it ("did they agree on a ceasefire?" asks
# whether one was agreed), so the verb alone counts only "about" a thing or "on" a course ("on ending the bloodshed",
# "on how to resolve the conflict").
_CONCORD = pattern(
    r"^(?P<who>.*?)\b(?:(?:on the same page|see(?:ing)? eye to eye|saw eye to eye|of (?:one|the same) mind"
    r"|in agreement|in accord|in unison|united|aligned|unanimous)\s+(?:on|about|over|regarding|concerning|as to)"
    r"|agreed?\s+(?:about|over|regarding|concerning|on(?=\s+(?:\w+ing|how|what|whether|the need)\b)))"
    r"\s+(?P<what>.+?)\W*$",
    re.IGNORECASE,
)
# A word each of _CONCORD's idioms holds: most yes/no questions hold none, and the substring tests cost less.
_CONCORD_HINTS = ("agree", "page", "eye", "mind", "accord", "unison", "united", "aligned", "unanimous")
# Words that make a question's subject the two of them ("are they …", "were both leaders …", "are the two capitals …").
_TWO_OF_THEM = frozenset(
    "they both two pair duo sides parties capitals countries leaders presidents nations governments".split()
)
# What makes a statement one of their common mind: agreeing, unanimity, a shared (common) vision or desire.
_JOINT_WORDS = ["agree", "unanimously", "common"]


def _concord(asked: str, fact: Fact, index: Index) -> bool:
    """Whether the fact affirms that the two asked of were of one mind about what is asked (see _CONCORD): a clause
    holding what it concerns that says so ("unanimously", "shared vision", "agree") or has both as its subject
    ("both leaders reaffirmed their support …"; not "they discussed …", which tells of talk, not of a common view)."""
    lowered = asked.lower()
    found = _CONCORD.match(asked) if any(hint in lowered for hint in _CONCORD_HINTS) else None
    if found is None:
        return False
    normalizer = index.normalizer
    who = words(found["who"])
    if _TWO_OF_THEM.isdisjoint(who) and len(_members(index).intersection(normalizer.terms_of_words(who))) < 2:
        return False  # "is Sisi on the same page about …": one of them agrees with whom?
    terms, _ = normalizer.question_terms(found["what"])
    about = frozenset(
        t for t in terms if t not in QUESTION_STEMS and (t not in EVERYDAY_STEMS or t in normalizer.alias_terms)
    )
    if not about:
        return False
    joint = frozenset(normalizer.terms_of_words(_JOINT_WORDS))
    for statement in (c for text in (fact.quote, fact.answer) for c in _CLAUSE_END.split(text)):
        if _NEGATION.search(statement):
            continue
        said = words(statement)
        terms = normalizer.terms_of_words(said)
        start, length = _span(about, terms, {})
        # The common mind stands before what it is about: "… arrangements …, thus demonstrating their common desire to
        # alleviate the suffering" tells of no common mind about the arrangements.
        if length <= len(about) + YES_SLACK and (
            not joint.isdisjoint(terms[:start]) or (_together(said, index) and "they" not in said[:2])
        ):
            return True
    return False


def _together(said: list[str], index: Index) -> int:
    """How many words open a statement to name the documents' people together ("they", "both leaders", "the two heads
    of state"): 0 where it opens otherwise."""
    start = 1 if said[:1] == ["the"] else 0
    if said[start : start + 1] == ["they"]:
        return start + 1
    if said[start : start + 1] not in (["both"], ["two"]):
        return 0
    end = start + 1
    for stop in range(start + 2, min(start + 1 + _SUBJECT_WORDS, len(said)) + 1):
        terms = index.normalizer.terms_of_words(said[start + 1 : stop])
        if terms and all(unnamed_protagonist(t, index) for t in terms):
            end = stop  # "both leaders", "the two heads of state"
    return end


def _members(index: Index) -> frozenset[str]:
    """The documents' people, named or by their country: names with a title the facts call them by ("Russian
    president": putin), and the names those stand for ("russia"). Worked out once per fact base."""
    normalizer = index.normalizer
    found = _MEMBERS.get(normalizer)
    if found is None:
        people = named_people(index)
        countries = {c for person in people for c in normalizer.affiliations.get(person, ())}
        found = _MEMBERS[normalizer] = frozenset(people | countries)
    return found


_MEMBERS: weakref.WeakKeyDictionary[Normalizer, frozenset[str]] = weakref.WeakKeyDictionary()


def _unnamed_subject(asked: str, content: frozenset[str], index: Index) -> frozenset[str]:
    """The terms of a yes/no question's subject when it stands for the documents' own people without naming them
    ("did the leaders…", "were the two heads of state…"): the words after its first auxiliary, up to the first that
    is no such term. Empty when the subject is a pronoun or names someone ("did they want aid…", "did Putin…")."""
    typed = [w.lower() for w in words(asked)]
    start = _subject_start(typed, PEOPLE_DETERMINERS)
    subject: frozenset[str] = frozenset()
    if start < len(typed) and typed[start] in STOPWORDS:
        return subject  # "did they…", "was it…"
    counted = start > 0 and typed[start - 1] in _COUNTED
    # "Did both sides commit …?": "both sides" is a variant of the leaders as a whole, count and all.
    first = start - 1 if counted else start
    # "Did the pair agree …?": a variant may hold its article ("the pair", "the duo"), which alone makes it the leaders.
    firsts = (first, start - 1) if not counted and start > 0 and typed[start - 1] in PEOPLE_DETERMINERS else (first,)
    for end in range(start + 1, min(start + _SUBJECT_WORDS, len(typed)) + 1):
        for begin in firsts:
            terms = frozenset(index.normalizer.terms_of_words(typed[begin:end]))
            # Counted, the documents' two countries by any name ("do the two capitals share a vision?"): a statement
            # naming them ("the shared vision of Moscow and Cairo") says what each did, as one naming the leaders does.
            if terms and all(
                _unnamed_actor(t, content, index)
                or (counted and t in content and t in _words_of(index.normalizer).countries)
                for t in terms
            ):
                subject = terms
    if counted:
        # "Did the two agree to …?", "were both worried…": the count alone is the subject, as "the two leaders" is,
        # count and all ("do the two leaders support …?" of "both leaders reaffirmed their support").
        subject |= frozenset(index.normalizer.terms_of_words([typed[first]])) & content
    return subject


_WANTING_CLASS = "\x00wanting"  # no term: the class of the verbs of wanting, for comparing with curated questions


_TOLD_BY = pattern(
    r"\b(?:described|characteri[sz]ed|portrayed|depicted|presented|called|termed|referred\s+to|mentioned)\s+by\b",
    re.IGNORECASE,
)


_WHO_ELSE = pattern(r"^\W*(?:who|whom)\s+else\b", re.IGNORECASE)
# Where someone was: "was Putin in the Kremlin …", "is Sisi at home", "did he call from Cairo", "took the call from …".
_WHEREABOUTS = pattern(
    r"\b(?:was|is|were|are)\s+(?P<who>[\w'-]+(?:\s+[\w'-]+)?)\s+(?:in|at|inside)\s+(?:the\s+)?(?P<place>[\w'-]+)"
    r"|\b(?:call|called|calling|phone|phoned|phoning|speak|spoke|speaking|talk|talked|talking|dial|dialled|dialed|rang)"
    # (Not what they talked about: "did they speak about hostages in Russia?".)
    r"\s+(?:(?!(?:about|regarding|concerning|of|over|re)\b)\w+\s+){0,3}?(?:from|in|at)\s+(?:the\s+)?(?P<place2>[\w'-]+)"
    r"|\b(?:take|took|taken|taking|make|made|making|place|placed|placing)\s+(?:the|this|that|his|her|their)\s+"
    r"(?:phone\s+)?call\s+from\s+(?:the\s+)?(?P<place3>[\w'-]+)",
    re.IGNORECASE,
)


def _unstated_whereabouts(asked: str, fact: Fact, index: Index) -> bool:
    """Whether a question asks if someone was at a place the documents name (a country, a city: a name that is no
    one's), and the fact names that place nowhere as where anything was or went ("from the Gaza Strip" is one)."""
    found = _WHEREABOUTS.search(asked)
    if found is None:
        return False
    normalizer = index.normalizer
    people = named_people(index)
    if found["who"] is not None and not set(normalizer.terms_of_words(words(found["who"].lower()))) & people:
        return False  # "was the call in November?", "is aid in short supply?": no one's whereabouts
    place = found["place"] or found["place2"] or found["place3"]
    places = set(normalizer.terms_of_words([place.lower()])) & (normalizer.name_terms - people)
    if not places:
        return False
    told = (m["name"] or m.group() for m in _PLACE.finditer(f"{fact.answer} {fact.quote}"))
    return not any(places & set(normalizer.terms_of_words(words(name.lower()))) for name in told)


# Who set a call or a meeting going: "who initiated the talks?", "which of them phoned the other?", "who called
# whom?", "was it Putin who placed the call or Sisi?", "did Putin call Sisi or did Sisi call Putin?" (not "who called
# for …", "called on …", "called it …": a demand, a name; nor "who called first?", a comparison). The event, or a
# person, after the verb.
_PHONED = r"(?:called|phoned|rang|rung|dialled|dialed|telephoned|rung\s+up|called\s+up|phoned\s+up)"
_SET_GOING = (
    rf"(?:{INITIATING}|placed|place|made|make|arrange|set\s+up|started)\s+(?:the\s+|this\s+|that\s+|their\s+)?"
    r"(?:phone\s+|telephone\s+)?"
    r"(?:call|conversation|talks?|discussion|exchange|meeting|contact)\b"
)
_INITIATOR_ASKED = pattern(
    r"\b(?:who|which\s+(?:one\s+|leader\s+|president\s+|side\s+)?of\s+(?:them|the\s+two(?:\s+\w+)?|both)"
    # "Which side made the call?", "which country …": one of the two, as "which of them" asks.
    r"|which\s+(?:side|party|country|capital|leader|president|one))\s+"
    rf"(?!first\b)(?:{_SET_GOING}|{_PHONED}(?!\s+(?:for|on|it|out|off|upon|them|him|her|first)\b))"
    # Of two named: "was it Putin who placed the call or Sisi?", "did Putin call Sisi or …", "did Putin or Sisi make
    # the call?" (a choice of two, which a message naming one, "did Putin call Sisi?", asks to confirm).
    rf"|\b(?:was|is)\s+it\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?:who|that)\s+(?:{_SET_GOING}|{_PHONED}).*\bor\b"
    rf"|\bdid\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?:or\s+[\w'-]+(?:\s+[\w'-]+)?\s+)?"
    rf"(?:{_SET_GOING}|(?:call|phone|ring|dial|telephone)\s+(?!for\b|on\b)\w.*\bor\b)",
    re.IGNORECASE,
)
_NAME_TERMS = frozenset((stem("name"), stem("who")))  # "who": what "names of", "'s names", "full name" stand for
_WHO_TYPED = pattern(r"\bwho(?:m|se)?\b", re.IGNORECASE)


def _names_someone_by_name(text: str, index: Index) -> bool:
    """Whether a text names one of the documents' people, or the country one stands for, by name."""
    return not _people_by_name(index).isdisjoint(index.normalizer.terms_of_words(words(text)))


# One named phoning another: "did Sisi call Putin?", "has Putin rung Sisi up?" (not "call for", "call on").
_PHONED_SOMEONE = pattern(
    r"^\W*(?:did|does|do|has|have|had)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+"
    r"(?:call|phone|ring|dial|telephone|called|phoned|rung|rang|dialled|dialed|telephoned)(?:\s+up)?\s+"
    r"(?!(?:for|on|upon|about|off|out|it|them|him|her)\b)\w",
    re.IGNORECASE,
)
# A statement that tells whose the call was: "Putin phoned Sisi", "at the initiative of Cairo", "at Egypt's request".
_INITIATIVE = pattern(rf"\binitiat\w*|\brequest\w*|\binvit\w*|\breached\s+out\b|\b{_PHONED}\b", re.IGNORECASE)


def _owned_otherwise(asked: str, fact: Fact, index: Index) -> bool:
    """Whether a thing the question names as a country's, that country's word right before it ("Egyptian citizens"),
    is in the fact only ever another country's, named right before it too ("Russian citizens"; "the Russian and
    Egyptian presidents" names both). A person's name before a word is who does it ("Sisi agreed"), no owner."""
    normalizer = index.normalizer
    places = normalizer.name_terms - normalizer.affiliations.keys()
    term = _word_term(normalizer)
    typed = [term(w) for w in words(asked)]
    owned = [
        (owner, thing)
        for owner, thing in pairwise(typed)
        if owner in places and thing and thing not in normalizer.name_terms
        and thing not in QUESTION_STEMS and thing not in EVERYDAY_STEMS
    ]  # fmt: skip
    if not owned:
        return False  # most questions name no country's thing
    stands_for = normalizer.affiliations
    for text in (fact.quote, fact.answer):
        said = [(w, term(w)) for w in words(text)]
        for name, thing in owned:
            owners: set[str] = set()
            for at in (n for n, (_, found) in enumerate(said) if found == thing):
                # The names right before the thing, joined ("the Russian and Egyptian presidents"), own it.
                back = at - 1
                while back >= 0 and (said[back][1] in places or said[back][0] in _JOINING):
                    owners.update(t for t in (said[back][1],) if t is not None)
                    back -= 1
            if owners and not any(o == name or name in stands_for.get(o, ()) for o in owners):
                return True
    return False


_AMONG = pattern(r"\b(?:any\s+)?(?P<who>[\w'’-]+)\s+(?:among|amongst|one\s+of)\s+(?:the\s+)?[\w'’-]+", re.IGNORECASE)
_JOINING = frozenset(("and", "or", "&"))
_WORD_TERM: weakref.WeakKeyDictionary[Normalizer, Callable[[str], str | None]] = weakref.WeakKeyDictionary()


def _word_term(normalizer: Normalizer) -> Callable[[str], str | None]:
    """A word's own term read alone (None for a word with none), remembered: the same words of the facts are read for
    many questions."""
    known = _WORD_TERM.get(normalizer)
    if known is not None:
        return known
    held = weakref.ref(normalizer)  # the memo must not keep the normalizer (its key) alive

    @lru_cache(maxsize=50_000)
    def read(word: str) -> str | None:
        reader = held()
        terms = reader.terms_of_words([word]) if reader is not None else []
        return terms[0] if terms else None

    _WORD_TERM[normalizer] = read
    return read


def _told_one_way(asked: str, fact: Fact, index: Index) -> bool:
    """Whether a fact tells one of the two people a question names (first the doer, then the other) doing the act it
    asks of them: "Putin thanked his Egyptian counterpart" tells who thanked whom; "a conversation between Putin
    and al-Sisi" doesn't tell who called whom. A question that names no two people and an act is not judged."""
    terms_asked = [t for t in index.normalizer.terms_of_words(words(asked)) if t in index.term_ids]
    if len({t for t in terms_asked if t in index.normalizer.name_terms}) < 2:
        return True
    roles = _roles(terms_asked, asked, index, _words_of(index.normalizer))
    action = _action(terms_asked, roles, curated=index.normalizer.alias_terms) if len(roles) > 1 else None
    if action is None:
        return True
    return any(
        _named_at(who, terms, index) and _named_at(action, terms, index) and _does(who, action, terms, statement, index)
        for terms, statement in _telling(action, fact, index)
        for who in roles[:2]
    )


def _roles_turned(asked: str, fact: Fact, index: Index) -> bool:
    """Whether a question that names who did what to whom ("what did Sisi thank Putin for?") has the doer the other
    way round in every statement of the fact that tells of it ("Putin thanked his Egyptian counterpart"): its
    answer is then what the document says, not an answer to the question as asked."""
    # The words as typed, not typo-corrected: this only frames a reply, and correcting costs more than the rest. A
    # word the fact base lacks is no act a statement tells of ("fatah", a slip inside "abdel fatah al sisi").
    if _TOLD_BY.search(asked):
        # "How was Egypt's assistance described by Putin?": who describes a thing is no doer of the thing described.
        return False
    terms_asked = [t for t in index.normalizer.terms_of_words(words(asked)) if t in index.term_ids]
    names = index.normalizer.name_terms
    named = {t for t in terms_asked if t in names}
    if len(named) == 1:
        return _doer_turned(asked, terms_asked, named.pop(), fact, index)
    if len(named) < 2:
        return False
    if _names_done_to(asked, index.normalizer):
        # "Was al-Sisi thanked for helping get Russians out?": done to the one named first, by no one named; the
        # others named are what it was done for, no doers.
        return _doer_turned(asked, terms_asked, next(t for t in terms_asked if t in names), fact, index)
    roles = _roles(terms_asked, asked, index, _words_of(index.normalizer))
    if not roles:
        return False
    # "Thank" is an everyday word, and the act asked about: curated words count here.
    action = _action(terms_asked, roles, curated=index.normalizer.alias_terms)
    if action is None:
        return False
    telling = _telling(action, fact, index)
    # Turned only where the other one is seen doing it, named before the act: who does what is read from word order,
    # and "in a gesture of recognition, Putin …" names the act before its doer.
    return (
        bool(telling)
        and len(roles) > 1
        and not any(_does(roles[0], action, terms, statement, index) for terms, statement in telling)
        and any(_named_before(roles[1], action, terms, index) for terms, _ in telling)
    )


def _only_who(asked: str, content: frozenset[str], index: Index) -> bool:
    """Whether every term of a yes/no question's content is in its subject ("were the two presidents of one mind?")."""
    return content <= {*_subject_names(asked, index), *_unnamed_subject(asked, content, index)}


def _as_modifier(name: str, asked: str, normalizer: Normalizer) -> bool:
    """Whether a question names someone between "the" and a noun, as what the noun is about ("the Egypt thank-you",
    "the Putin call"), not as who did anything."""
    typed = words(asked)
    return any(
        0 < at < len(typed) - 1
        and typed[at - 1] in ("the", "this", "that")
        and name in normalizer.terms_of_words([word])
        for at, word in enumerate(typed)
    )


def _doer_turned(asked: str, terms: list[str], name: str, fact: Fact, index: Index) -> bool:
    """Whether a question whose subject is the one name it gives ("was Sisi grateful?", "who did Sisi thank?") asks
    of an act that every statement telling of it has someone else do, done to the one named ("Putin thanked his
    Egyptian counterpart"). Done to him in the question too ("was Sisi thanked?"), or named after the act, he is no
    doer, and nothing is turned."""
    others = index.normalizer.name_terms - {name}
    done_to = _done_to(asked, index.normalizer)
    if done_to is not None and done_to[1] == name:
        # "Was the Russian president thanked?" of "Putin thanked his Egyptian counterpart": he did it, to another.
        runs = [run for run, _ in _telling(done_to[0], fact, index)]
        return (
            bool(runs)
            and all(_named_before(name, done_to[0], run, index) for run in runs)
            and any(_done_to_alone(o, done_to[0], run, index) for run in runs for o in others)
        )
    if _PASSIVE.search(asked) or _GOT_DONE.search(asked):
        return False  # done to someone (_GOT_DONE takes in _DONE_TO's and _PASSIVE_WHO's questions)
    subject = next((n for n, t in enumerate(terms) if t not in QUESTION_STEMS), None)
    if subject is None or terms[subject] != name:
        return False
    if _as_modifier(name, asked, index.normalizer):
        return False  # "what about the Egypt thank-you?": a thank-you to do with Egypt, by no one the name says
    # What was said or meant is the act ("did Sisi express his gratitude?"), and talking with someone is done by both,
    # whoever is named first ("when did Sisi speak with Putin?").
    said = _words_of(index.normalizer).said
    action = _act([t for t in terms[subject + 1 :] if t not in said], curated=index.normalizer.alias_terms)
    if action is None or action in index.normalizer.name_terms:
        return False
    telling = _telling(action, fact, index)
    return (
        bool(telling)
        and not any(_does(name, action, run, statement, index) for run, statement in telling)
        and any(
            _done_to_alone(name, action, run, index) and any(_named_before(o, action, run, index) for o in others)
            for run, _ in telling
        )
    )


def _telling(action: str, fact: Fact, index: Index) -> list[tuple[list[str], str]]:
    """The statements of a fact (quote and answer, clause by clause) that tell of an act, each with its run of terms."""
    texts = (fact.quote, fact.answer)
    statements = (c for text in texts for c in _CLAUSE_END.split(text))
    return [(run, c) for c in statements if action in (run := index.normalizer.terms_of_words(words(c)))]


def _done_to_alone(name: str, action: str, run: list[str], index: Index) -> bool:
    """Whether the names right after the action in a run are the one named alone, its object ("thanked his Egyptian
    counterpart"), not the subjects of what was reported ("reported it Putin and Sisi agree")."""
    start = run.index(action) + 1
    end = next((n for n in range(start, len(run)) if run[n] not in index.normalizer.name_terms), len(run))
    stands_for = index.normalizer.affiliations
    return end > start and all(t == name or name in stands_for.get(t, ()) for t in run[start:end])


# "What was Egypt thanked for?", "did Egypt's president get thanked?": done to the one named, as "was he thanked?" is.
_GOT_DONE = pattern(
    r"\b(?:get|gets|got|getting|gotten|is|are|was|were|been|being)\s+(?:[\w'-]+\s+){0,4}?\w+(?:ed|en)\b", re.IGNORECASE
)


def _named_before(agent: str, action: str, run: list[str], index: Index) -> bool:
    """Whether a statement's run of terms names the agent (or one who stands for it) before the action."""
    named = _named_at(agent, run, index)
    return bool(named) and action in run[named[0] + 1 :]


def _named_at(agent: str, run: list[str], index: Index) -> list[int]:
    """Where a run of terms names the agent, or one who stands for it ("Egyptian" for Egypt)."""
    stands_for = index.normalizer.affiliations
    return [n for n, t in enumerate(run) if t == agent or agent in stands_for.get(t, ())]


def _named_subject(asked: str, index: Index) -> str | None:
    """The name a yes/no question's subject is, when it is one ("did Russia provide…"; "did Egypt's help…" is not):
    the first word after its first auxiliary, a form of "do", past "the"; in a statement asked ("Russia sent aid?"),
    its first word."""
    typed = [w.lower() for w in words(asked)]
    if reported := _SAID_THAT.match(asked):
        # "Did they say that Russia sent aid?": what they said has a doer of its own, who must be the statement's.
        typed = ["did", *(w.lower() for w in words(asked[reported.end() :]))]
    elif (
        len(typed) > 2
        and typed[0] not in AUXILIARIES
        and typed[0] not in QUESTION_WORDS
        and typed[1] not in AUXILIARIES
        and asked.rstrip().endswith("?")
    ):
        # "Russia sent aid?": a statement asked, its doer named first, as "did Russia send aid?" names it.
        typed = ["did", *typed]
    auxiliary = next((n for n, w in enumerate(typed) if w in AUXILIARIES), len(typed))
    if auxiliary > len(typed) - 3:
        return None
    start = _subject_start(typed, _ARTICLES)
    after = typed[start + 1] if start + 1 < len(typed) else ""
    if after in ("s", "and", "or"):
        return None  # "Egypt's help", "Putin and Sisi": not one doer
    # "Is Russia sending aid?", "has Russia sent aid?" ask what it does as "did Russia send aid?" does; "was Gaza at
    # the heart of it?", a "to be" question of no act, says what it is, not what it does.
    progressive = typed[auxiliary] in _BEING and after.endswith("ing") and len(after) > _SHORTEST_PARTICIPLE
    perfect = typed[auxiliary] in _HAVING and after not in ("been", "")
    if typed[auxiliary] not in _DOING and not progressive and not perfect:
        return None
    terms = index.normalizer.terms_of_words(typed[start : start + 1])
    return terms[0] if len(terms) == 1 and terms[0] in index.normalizer.name_terms else None


_DOING = frozenset(("did", "do", "does", "didn", "doesn", "don"))
_BEING = frozenset(("is", "are", "was", "were", "isn", "aren", "wasn", "weren"))
_HAVING = frozenset(("has", "have", "had", "hasn", "haven"))
_SHORTEST_PARTICIPLE = 4  # "sending", not "king" or "sing"
_SAID_THAT = pattern(
    r"^\W*(?:did|do|does)\s+(?:they|the\s+(?:leaders|presidents|two))\s+(?:say|said|state|mention|report)\s+that\s+",
    re.IGNORECASE,
)


def _positive(asked: str, normalizer: Normalizer) -> str:
    """A yes/no question asked the one way the readers of a lead know: positive, inverted, unwrapped.

    Negative only in its opening ("didn't they talk about the hostages?", "did they not…"), it asks to confirm the
    positive, and a yes is followed by the statement that says so, which can't be read as "yes, they didn't"; a
    negation anywhere else stays. "Is it true that the call was about Gaza?", "the call was about Gaza, wasn't it?"
    and "the call was about Gaza?" all ask "was the call about Gaza?", whose subject stands after its auxiliary;
    "Russia sent aid?", "the two agreed to …?" and "the call focused on Gaza?" ask "did Russia send aid?", "did the
    two agree to …?", "did the call focus on Gaza?"."""
    positive = _opening_positive(asked)
    positive = _NOT_AFTER_PRONOUN.sub(r"\g<lead>", positive, 1)
    stated = _TRUE_THAT.sub("", positive, 1)
    stated = without_tag(stated.rstrip().rstrip("?")).rstrip() + "?" if stated.rstrip().endswith("?") else stated
    if (declared := _DECLARED.match(stated)) is None or not _PLAIN_SUBJECT.isdisjoint(
        w.lower() for w in words(declared["subject"])
    ):
        named = _NAME_DID.match(stated)
        if named and _all_names(_JOINED_NAMES.split(named["name"]), normalizer):
            # "Russia sent aid?": one name, then what it did (stems make the tense moot), as "did Russia send aid?"
            # asks, where the doer is read and must be the statement's; or two ("Putin and Sisi back a state?").
            return f"did {named['name']} {named['rest']}"
        if _COUNTED_DID.match(stated):
            return f"did {stated.lstrip()}"  # "the two agreed to …?", "the call focused on …?": as "did …?"
        return stated
    return f"{declared['aux']} {declared['subject']} {declared['rest']}"


_NEGATIVE_OPENING = pattern(
    r"^(?P<lead>\W*)(?P<aux>is|are|was|were|do|does|did|has|have|had|could|would|should|wo|ca)n['’]t\b", re.IGNORECASE
)
_POSITIVE_OF = {"wo": "will", "ca": "can"}  # "won't", "can't"


def _opening_positive(asked: str) -> str:
    """A question opening negative, opening positive: "didn't they …?" -> "did they …?"."""
    return _NEGATIVE_OPENING.sub(lambda m: m["lead"] + _POSITIVE_OF.get(m["aux"].lower(), m["aux"]), asked, 1)


_TRUE_THAT = pattern(
    rf"^\W*{ASKED_TO_CONFIRM}"
    r"\s+(?:that\s+|(?!(?:to|that|of|for|about|or|and)\b)(?=\w))",  # "that" may go unsaid: "is it true the call …?"
    re.IGNORECASE,
)
# A statement asked as a question: its subject, a few words, then its auxiliary ("the call was about Gaza?").
_DECLARED = pattern(
    r"^\W*(?P<subject>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+(?P<aux>is|are|was|were|has|have|had|will|would|did|does|do)"
    r"\s+(?P<rest>\w.*)$",
    re.IGNORECASE | re.DOTALL,
)
# A statement's subject counted, or "the" and a noun or two before a verb in the past ("the call focused on …").
_COUNTED_DID = pattern(
    r"^\W*(?:(?:the\s+)?(?:two|both)\b|the\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?=[a-z]+ed\b))", re.IGNORECASE
)
_NAME_DID = pattern(
    # One name, or two joined ("Putin and Sisi back …?"), each of one word.
    r"^\W*(?P<name>[\w-]+(?:\s+(?:and|&)\s+[\w-]+)?)\s+"
    rf"(?P<rest>(?!(?:{'|'.join(sorted(AUXILIARIES))}|and|or|s)\b)[a-z][\w'’-]*\s+\w.*)$",
    re.IGNORECASE | re.DOTALL,
)
_JOINED_NAMES = pattern(r"\s+(?:and|&)\s+", re.IGNORECASE)


def _all_names(typed: list[str], normalizer: Normalizer) -> bool:
    """Whether every word typed is a name ("Putin", "Cairo"), as the aliases know them."""
    terms = normalizer.terms_of_words([w.lower() for w in typed])
    return len(terms) == len(typed) and all(t in normalizer.name_terms for t in terms)


# Words that make the words before an auxiliary more than a subject ("what was…", "so was…", "and it was…").
_PLAIN_SUBJECT = QUESTION_WORDS | AUXILIARIES | frozenset("so and but or if whether that then yes no ok not".split())
_NOT_AFTER_PRONOUN = pattern(
    r"^(?P<lead>\W*(?:is|are|was|were|do|does|did|has|have|had)\s+(?:they|it|he|she|we|you)\s+)not\s+", re.IGNORECASE
)


def _active(asked: str, index: Index) -> tuple[str, str | None]:
    """A passive yes/no question whose doer is named after "by", asked the active way round, where who does what is
    read: "was the gratitude expressed by Sisi?" -> "did Sisi expressed the gratitude?" (stems make the tense moot),
    which "Putin expressed his gratitude to his Egyptian counterpart" does not affirm; with the term of what was
    done, which a statement must hold, everyday word or not. Any other question as it is, and None."""
    found = _DONE_BY.match(asked)
    if found is None and (whom := _WHO_DONE_BY.match(asked)) is not None:
        # "Who was thanked by Sisi?" asks "who did Sisi thank?", which the statement that Putin thanked him answers not.
        doer = index.normalizer.terms_of_words(words(whom["doer"]))
        if any(t in index.normalizer.name_terms for t in doer):
            return " ".join(f"{whom['wh']} did {whom['doer']} {whom['done']} {whom['rest']}".split()), None
    if found is None:
        cleft = _CLEFT.match(asked)
        if cleft is not None and _names_someone(cleft["who"] or cleft["one"], index):
            # "Was it Egypt that helped?", "was Russia the one that helped?": "did Egypt help?", who did it picked out.
            return f"did {cleft['who'] or cleft['one']} {cleft['rest']}", None
        return asked, None
    doer = index.normalizer.terms_of_words(words(found["doer"]))
    if not any(t in index.normalizer.name_terms for t in doer):
        return asked, None  # "was the call held by phone?"
    done = index.normalizer.terms_of_words(words(found["done"]))
    active = " ".join(f"did {found['doer']} {found['done']} {found['what']} {found['more']} {found['rest']}".split())
    return active, done[0] if len(done) == 1 else None


# The pieces of a passive: its "to be", the participle of what was done, and the doer after "by", one to three words
# past "the" ("by the Egyptian presidency", "by La Nouvelle Tribune"), then the rest.
_PASSIVE_BE = r"(?:is|are|was|were|has\s+been|have\s+been|had\s+been)"
# Participles that end in neither "-ed" nor "-en".
_IRREGULAR_DONE = (
    r"(?:held|made|sent|led|brought|caught|kept|told|said|paid|won|built|put|set|got|bought|sought|left|met)"
)
_PARTICIPLE = rf"(?P<done>[\w'-]+?(?:ed|en)|{_IRREGULAR_DONE})"
_DONE = pattern(_PARTICIPLE, re.IGNORECASE)  # what was done, as _quality_asked tells it from a quality
_BY_DOER = (
    r"\s+by\s+(?:the\s+)?(?P<doer>[\w'-]+(?:\s+(?!to\b|for\b|in\b|on\b|from\b|during\b|with\b)[\w'-]+){0,2})"
    r"(?P<rest>.*)$"
)
# "Who was <done> by <doer> …": the one it was done to asked for.
_WHO_DONE_BY = pattern(rf"^\W*(?P<wh>who|whom)\s+{_PASSIVE_BE}\s+{_PARTICIPLE}{_BY_DOER}", re.IGNORECASE | re.DOTALL)
# "Was <what> <done> [for …] by <doer> …": what was done is a participle, and a few words may come between it and "by"
# ("was Egypt thanked for its help by Putin?": thanked, not "help", is done by Putin).
_DONE_BY = pattern(
    rf"^\W*{_PASSIVE_BE}\s+(?P<what>.+?)\s+{_PARTICIPLE}(?P<more>(?:\s+(?!by\b)[\w'-]+){{0,4}}?){_BY_DOER}",
    re.IGNORECASE | re.DOTALL,
)


_CLEFT = pattern(
    r"^\W*(?:was|is|were|are)\s+(?:it\s+(?P<who>[\w' -]+?)|(?P<one>[\w' -]+?)\s+the\s+(?:[\w-]+\s+)?[\w-]+)\s+"
    r"(?:that|who|which)\s+"
    r"(?P<rest>.+)$",
    re.IGNORECASE | re.DOTALL,
)


def _names_someone(phrase: str, index: Index) -> bool:
    return any(t in index.normalizer.name_terms for t in index.normalizer.terms_of_words(words(phrase)))


def _subject_start(typed: list[str], skipped: Container[str]) -> int:
    """Where a yes/no question's subject starts among its words: after its first auxiliary, past `skipped` words
    ("the", "two")."""
    start = next((n + 1 for n, w in enumerate(typed) if w in AUXILIARIES), len(typed))
    while start < len(typed) and typed[start] in skipped:
        start += 1
    return start


def _action_of(terms: list[str], agent: str) -> str | None:
    """What the one named does in a yes/no question: its first term after the name that is no name, question or
    everyday word ("did Russia provide humanitarian aid?": provide)."""
    return _act(terms[terms.index(agent) + 1 :]) if agent in terms else None


def _act(run: list[str], curated: Container[str] = frozenset()) -> str | None:
    """The first term of a run that is no question word, nor an everyday one unless `curated`: the act asked about."""
    return next((t for t in run if t not in QUESTION_STEMS and (t not in EVERYDAY_STEMS or t in curated)), None)


def _unnamed_actor(term: str, content: frozenset[str], index: Index) -> bool:
    term_id = index.term_ids.get(term)
    return term in content and term_id is not None and term not in index.normalizer.name_terms and actor(term_id, index)


_COUNTED = frozenset(("two", "both"))
_SUBJECT_WORDS = 3  # "heads of state"


def _roles(terms: list[str], asked: str, index: Index, words_of: _WordTerms) -> list[str]:
    """The names a yes/no question (its terms, and its text) gives roles to, in the order of who does what to
    whom ("did Egypt help evacuate Russians?": egypt, russia); [] when it names fewer than two or names them
    together ("did Putin and Sisi speak?", which says nothing of who did what)."""
    names = index.normalizer.name_terms
    first = {t: n for n, t in reversed(list(enumerate(terms))) if t in names}
    if len(first) < 2:
        return []
    order = sorted(first, key=first.__getitem__)
    between = terms[first[order[0]] : first[order[-1]]]
    wording = index.normalizer.alias_terms
    if all(
        t in names or t in QUESTION_STEMS or t in words_of.reciprocal or (t in EVERYDAY_STEMS and t not in wording)
        for t in between
    ):
        return []
    return order[::-1] if _PASSIVE.search(asked) else order


def _misnamed(
    asked: list[str],
    stated: list[str],
    names: frozenset[str],
    stands_for: Mapping[str, frozenset[str]],
    mutual: Container[str] = frozenset(),
    passive: tuple[str, str] | None = None,
) -> bool:
    """Whether a thing the question names as someone's ("Egyptian citizens", "a Russian state") is, in the
    statement, only someone else's ("Russian citizens", "a Palestinian state"), or an act done to someone is done to
    someone else (but a `mutual` one: talking with Sisi is talking with Putin). A `passive` question's (act, name)
    is one more act done to someone ("were Egyptians evacuated?")."""
    for at, (name, thing) in enumerate(pairwise(asked)):
        if name not in names or thing in names or thing in QUESTION_STEMS or thing in EVERYDAY_STEMS:
            continue
        # "Do Egypt and Russia collaborate?": the names together before the thing are whose it is, any one of them.
        whose = {name}
        while at and asked[at - 1] in names:
            at -= 1
            whose.add(asked[at])
        owners = [stated[n - 1] for n, t in enumerate(stated) if t == thing and n and stated[n - 1] in names]
        if owners and not any(o in whose or not whose.isdisjoint(stands_for.get(o, ())) for o in owners):
            return True
    # Whom an act is done to: "did they discuss evacuating Egyptians?" of "evacuating Russian citizens".
    for act, name in (*pairwise(asked), *((passive,) if passive else ())):
        if name not in names or act in names or act in QUESTION_STEMS or act in mutual:
            continue
        if act in EVERYDAY_STEMS and (act, name) != passive:  # "was Putin thanked?": what was done is asked
            continue
        if passive and act == passive[0] and name != passive[1]:
            continue  # "were Russians evacuated from Gaza?": done to the Russians; Gaza, after it, is where from
        objects = [stated[n + 1] for n, t in enumerate(stated[:-1]) if t == act and stated[n + 1] in names]
        if objects and not any(o == name or name in stands_for.get(o, ()) for o in objects):
            return True
    return False


# "Were Egyptians evacuated?", "was Putin thanked?": done to the one named, by no one named ("by" names the doer, whom
# the question's roles then place).
_DONE_TO = pattern(
    r"^\W*(?:was|were|is|are)\s+((?:[\w'’-]+\s+){1,4}?)"
    rf"(\w+(?:ed|en)|{_IRREGULAR_DONE})\b(?:\s+(out|off|away|back|up|on|behind|down|over)\b)?(?!.*\bby\b)",
    re.IGNORECASE,
)


# A place a passive act was done from or to: "evacuated from Gaza", "moved to Egypt", "brought out of the Strip".
_WHITHER = pattern(
    rf"^\W*(?:was|were|is|are)\s+(?:\w+\s+){{1,4}}?(?:\w+(?:ed|en)|{_IRREGULAR_DONE})\s+(?:out\s+)?"
    r"(?P<prep>from|to|into|of|in|inside|within)\s+(?:the\s+)?(?P<place>[\w'-]+)",
    re.IGNORECASE,
)
# One sense each: "out of" is "from", "into" is "to", "inside" is "in".
_PLACE_PREPOSITIONS = {
    "from": "from",
    "of": "from",
    "to": "to",
    "into": "to",
    "in": "in",
    "inside": "in",
    "within": "in",
}


def _whither(asked: str, normalizer: Normalizer) -> tuple[str, str] | None:
    """(preposition, name) of the place a passive question's act was done from or to, where it names one."""
    found = _WHITHER.match(asked)
    if found is None:
        return None
    named = [t for t in normalizer.terms_of_words(words(found.group("place"))) if t in normalizer.name_terms]
    return (_PLACE_PREPOSITIONS[found.group("prep").lower()], named[0]) if named else None


def _moved_to(asked: str, normalizer: Normalizer) -> tuple[str, str] | None:
    """("to", name) of where an act a question names moves people or things to ("did they discuss evacuating Russians
    to Egypt?"), where it names a place; None otherwise."""
    found = _MOVED_TO.search(asked)
    if found is None:
        return None
    people = normalizer.affiliations.keys()  # a person's name is whom something went to, no place
    named = [
        t for t in normalizer.terms_of_words([found["place"].lower()]) if t in normalizer.name_terms and t not in people
    ]
    return ("to", named[0]) if named else None


_MOVED_TO = pattern(r"\b\w+ing\s+(?:[\w'-]+\s+){1,3}?(?:to|into)\s+(?:the\s+)?(?P<place>[\w'-]+)", re.IGNORECASE)


def _placed_alike(whither: tuple[str, str], statement: str, normalizer: Normalizer) -> bool:
    """Whether a statement names the place with the preposition the question does ("from the Gaza Strip")."""
    said = words(statement)
    before = [
        next((w for w in reversed(said[:n]) if w not in ("the", "a", "an")), "")
        for n, word in enumerate(said)
        if whither[1] in normalizer.terms_of_words([word])
    ]
    return whither[0] in {_PLACE_PREPOSITIONS.get(w) for w in before}


def _done_to(asked: str, normalizer: Normalizer) -> tuple[str, str] | None:
    """(act, name) of a passive question done to someone it names, by no one named: ("evacuat", "egypt") of "were
    Egyptians evacuated?"."""
    found = _DONE_TO.match(asked)
    if found is None:
        return None
    named = [t for t in normalizer.terms_of_words(words(found.group(1))) if t in normalizer.name_terms]
    # The act with its particle where the two make one ("pulled out", "taken out": evacuated).
    act = normalizer.terms_of_words([found.group(2), found.group(3)]) if found.group(3) else []
    act = act if len(act) == 1 else normalizer.terms_of_words([found.group(2)])
    return (act[0], named[-1]) if named and len(act) == 1 else None


def _names_done_to(asked: str, normalizer: Normalizer) -> bool:
    """Whether a question opens with a passive done to those it names, by no one named: "was al-Sisi thanked …?" (not
    "is it true that Putin thanked Egypt?", whose words before the verb are more than a name)."""
    found = _DONE_TO.match(asked)
    return found is not None and normalizer.name_terms.issuperset(normalizer.terms_of_words(words(found[1])))


def _action(terms: list[str], roles: list[str], curated: Container[str] = frozenset()) -> str | None:
    """What the first named does to the second in a question with roles: its first term between the two that is
    no name ("did Putin thank Egypt?": thank); None when the two are named together ("do Russia and Egypt share
    a view on the Middle East?")."""
    if roles[0] not in terms or roles[1] not in terms:
        return None
    first, second = sorted((terms.index(roles[0]), terms.index(roles[1])))
    return _act(terms[first + 1 : second], curated)


def _does(agent: str, action: str | None, run: list[str], statement: str, index: Index) -> bool:
    """Whether, in a statement's run of terms, the agent does the action: the one it names as the act's doer (see
    _doers_of), or else one that stands before it."""
    acts = [n for n, t in enumerate(run) if t == action]
    by_agent = _named_at(agent, run, index)
    if not acts or not by_agent or action is None:
        return True
    doers = _doers_of(action, statement, index)
    if doers:
        stands_for = index.normalizer.affiliations
        return any(d == agent or agent in stands_for.get(d, ()) for d in doers)
    return by_agent[0] < acts[0]


def _doers_of(action: str, statement: str, index: Index) -> set[str]:
    """The names a statement gives as the doer of an act, where its words say so: whose act it is ("Egypt's valuable
    and comprehensive help") or by whom it was done, right after it ("assistance provided by Egypt"). Only a "by"
    right after the act counts: in "gratitude to his Egyptian counterpart for the assistance provided by Egypt",
    Egypt provided the assistance, not the gratitude."""
    typed = words(statement)
    terms_of = index.normalizer.terms_of_words
    names = index.normalizer.name_terms
    doers: set[str] = set()
    # From the few "by"s and possessives to the act, not from every word: this runs for each statement a yes/no
    # question with a doer reaches.
    for n, w in enumerate(typed):
        if w.lower() == "by" and any(action in terms_of([typed[a]]) for a in range(max(n - _BY_REACH, 0), n)):
            doers.update(t for t in terms_of(typed[n + 1 : n + 4]) if t in names)
        elif w == "s" and n and any(action in terms_of([after]) for after in typed[n + 1 : n + _WHOSE_REACH + 1]):
            doers.update(t for t in terms_of(typed[max(n - 3, 0) : n])[-1:] if t in names)
    return doers


_BY_REACH = 3  # "assistance provided by", "aid was delivered by"
_WHOSE_REACH = 5  # "Egypt's valuable and comprehensive help"


def _topic(terms: list[str], content: frozenset[str], talk: frozenset[str], index: Index) -> frozenset[str] | None:
    """What a question about talk (its terms) asks was spoken of: its content without the words of talk and
    without the names of those who spoke ("did Putin and Sisi discuss a Palestinian state?": the state); None for
    a question not about talk."""
    if not content & talk:
        return None
    first_talk = next(n for n, t in enumerate(terms) if t in talk)
    before = terms[:first_talk]
    if content.intersection(terms[first_talk + 1 :]) - talk:
        # Who talked, when what they talked about follows: the documents' own actors, by name or not ("did the
        # presidents talk about Gaza?"), whom a statement's "they" stands for. Anyone else ("did the Israelis talk
        # about the hostages?") must be in the statement.
        speakers = {t for t in before if t in index.term_ids and actor(index.term_ids[t], index)}
    else:
        # "Did Putin and Sisi talk?": nothing after the talk, so who talked stands before it, and is no topic. Only the
        # documents' own actors, though: "was aid delivery to Israel discussed?" asks of Israel, as of aid.
        names = index.normalizer.name_terms
        speakers = {t for t in before if t in names and t in index.term_ids and actor(index.term_ids[t], index)}
    rest = content - talk - speakers
    return frozenset(rest) or None


def _said_of(asked: str, content: frozenset[str], index: Index) -> frozenset[str] | None:
    """_topic for a question whose word of talk is a function word the terms leave out ("did Putin and Sisi say
    anything about the hostages?": "say"): what follows it, less the documents' own actors named before it."""
    typed = [w.lower() for w in words(asked)]
    position = next((n for n, w in enumerate(typed) if w in _SAYING), None)
    if position is None:
        return None
    before = index.normalizer.terms_of_words(typed[:position])
    speakers = {t for t in before if t in index.term_ids and actor(index.term_ids[t], index)}
    return frozenset(content - speakers) or None


_SAYING = frozenset("say says said tell tells told".split())
# The documents as who speaks: "did the article mention …?", "does the piece talk about …?", "is X mentioned in the
# report?".
_DOCUMENT_NOUNS = rf"(?:{DOCUMENT_NOUNS}|paper|source|write-?up)"
_BY_THE_DOCUMENT = pattern(
    rf"\b(?:the|this|that|your|ur)\s+{_DOCUMENT_NOUNS}\s+(?:\w+\s+)?(?:mention|discuss|talk|cover|refer|bring|touch)"
    rf"|\b(?:mentioned|discussed|covered|referred\s+to)\s+(?:in|by)\s+(?:the|this|that)\s+{_DOCUMENT_NOUNS}\b",
    re.IGNORECASE,
)
# An act asked of any one thing that concerns another: "did they agree on anything about a ceasefire?"
_ANYTHING_ABOUT = pattern(
    r"\b(?:anything|something)\s+(?:about|regarding|concerning|re|on|over|related\s+to|to\s+do\s+with)\s+(?P<what>[^?.!;]+)",
    re.IGNORECASE,
)


def _acted_about(asked: str, content: frozenset[str], index: Index) -> tuple[frozenset[str], frozenset[str]] | None:
    """(the act asked, what it concerns) of "did they <act> anything about <it>?"; None for any other question, or
    where no act is named ("did they do anything about the hostages?")."""
    found = _ANYTHING_ABOUT.search(asked)
    if found is None:
        return None
    concerned = content.intersection(index.normalizer.question_terms(found["what"])[0])
    acts = frozenset(t for t in content - concerned if t not in index.normalizer.name_terms)
    return (acts, concerned) if acts and concerned else None


_TALK_NOUNS = "call conversation discussion talks exchange dialogue"


@dataclass(frozen=True)
class _WordTerms:
    """The word lists below as one fact base's aliases map them ("talked" is "discuss")."""

    talk: frozenset[str]  # words of talk: only they make a question one about what was said
    said: frozenset[str]  # words of talk or intent ("did they agree on a ceasefire?" asks whether they did)
    reciprocal: frozenset[str]
    wish: frozenset[str]  # words of wanting, any of which states what another asks ("want" of "the need to")
    mutual: frozenset[str]  # talk or reciprocal: done with someone, whoever is named first
    worth: frozenset[str]  # words of worth: "why is X important?" asks why X, as the fact's reason gives it
    main: frozenset[str]  # "the main concern", "mainly about": stated only by what a statement puts at its centre
    centre: frozenset[str]
    hindrance: frozenset[str]  # "an end to the obstacles to aid" is no "end to aid"
    people: frozenset[str]  # words for people, who may do what a "who" question asks (see _doer_named)
    named_as_people: frozenset[str]  # those, the holders of an office and those things befell (see _names_anyone)
    event: frozenset[str]  # "the call": the event a document of talk tells of
    talks: frozenset[str]  # the nouns that name that event in a statement ("this discussion", "the conversation")
    wanting: frozenset[str]  # want, call for, demand, urge: one class when a question is compared with curated ones
    countries: frozenset[str]  # "the two countries", "both capitals": the documents' two, by a word for a country


# Worked out once per normaliser, not per question (a third of a yes/no question's time).
_WORD_TERMS: weakref.WeakKeyDictionary[Normalizer, _WordTerms] = weakref.WeakKeyDictionary()


def _words_of(normalizer: Normalizer) -> _WordTerms:
    found = _WORD_TERMS.get(normalizer)
    if found is None:
        talk = frozenset(normalizer.terms_of_words(_SPEECH.split())) | _SPEECH_STEMS
        said = talk | frozenset(normalizer.terms_of_words(_SAID_WORDS)) | _SPEECH_OR_INTENT_STEMS
        reciprocal = frozenset(normalizer.terms_of_words(_RECIPROCAL))
        wish = frozenset(normalizer.terms_of_words(_WISH.split()))
        worth = frozenset(normalizer.terms_of_words(_WORTH.split()))
        main = frozenset(normalizer.terms_of_words(_MAIN.split()))
        centre = frozenset(normalizer.terms_of_words(_CENTRE.split()))
        hindrance = frozenset(normalizer.terms_of_words(_HINDRANCE.split()))
        people = frozenset(normalizer.terms_of_words(_PEOPLE.split()))
        named_as_people = people.union(normalizer.terms_of_words([*_OFFICES, *_BEFALLEN]))
        event = frozenset(normalizer.terms_of_words(["call"]))
        talks = frozenset(normalizer.terms_of_words(_TALK_NOUNS.split()))
        wanting = frozenset(t for phrase in _WANTING.split(",") for t in normalizer.terms_of_words(phrase.split()))
        countries = frozenset(normalizer.terms_of_words(_COUNTRIES.split()))
        found = _WORD_TERMS[normalizer] = _WordTerms(
            talk,
            said,
            reciprocal,
            wish,
            talk | reciprocal,
            worth,
            main,
            centre,
            hindrance,
            people,
            named_as_people,
            event,
            talks,
            wanting,
            countries,
        )
    return found


def _about_intent(asked: str, index: Index, existing: str | None) -> bool:
    """Whether a question asks what someone said, wanted or meant to do, rather than what happened (a report that it
    happened, _SAID_HAPPENED, is set aside by the caller); `existing` is what it asks to exist (_asked_to_exist),
    a thing rather than an intent."""
    found = words(asked)
    stems_found = {*map(stem, found), *index.normalizer.terms_of_words(found)}
    if _CALL in stems_found and not _CALL_FOR.search(asked):
        stems_found.discard(_CALL)  # "did the call go well?": the telephone call, not a call for something
    if existing is not None:
        stems_found -= {stem(existing), *index.normalizer.terms_of_words([existing])}  # "is there a plan for aid?"
    if reached := _REACHED.search(asked):
        # "Did they reach a ceasefire agreement?" asks whether an agreement came about, which an agreement to try
        # for one ("agreed to intensify their efforts to achieve a ceasefire") is not; "want to reach …" still asks
        # what they wanted.
        stems_found -= {*_AGREED_STEMS, *index.normalizer.terms_of_words(words(asked[reached.end() :]))}
    if not _ASKS_INTENT_STEMS.isdisjoint(stems_found):
        return True
    planned = _TO_BE_DONE.search(asked)
    return planned is not None and stem(planned.group(1).lower()) not in _OUTCOME_STEMS


# Verbs of bringing an agreement about, and the agreement's own words.
_REACHED = pattern(
    r"\b(?:reach|reached|strike|struck|sign|signed|seal|sealed|conclude|concluded|clinch|clinched|finali[sz]e|"
    r"finali[sz]ed)\b",
    re.IGNORECASE,
)
_AGREED_STEMS = frozenset(stem(w) for w in ("agree", "agreed", "agreement", "deal", "accord", "pact", "treaty"))
# Striving for a thing, which makes it an aim, not what happened.
_AIM_STEMS = frozenset(
    stem(w) for w in "effort efforts aim aimed strive seek sought attempt attempts try tried".split()
)


def _aimed_at(run: list[str], asked: Collection[str]) -> bool:
    """Whether a word of striving in a statement's run comes before a thing the question asks about (its verb of
    achieving aside): "efforts to achieve a ceasefire" makes the ceasefire an aim."""
    for number, term in enumerate(run):
        if term in _AIM_STEMS and any(t in asked and t not in _OUTCOME_STEMS for t in run[number + 1 :]):
            return True
    return False


# "Is there a plan for aid?", "was there any pledge on the hostages?": what is asked to exist, a noun after "is there".
_THERE_IS = pattern(
    r"^\W*(?:is|are|was|were)\s+there\s+(?:(?:a|an|any|some)\s+)?([^\W\d_]+(?:[\s-]+[^\W\d_]+){0,2})", re.IGNORECASE
)


def _asked_to_exist(asked: str, index: Index) -> str | None:
    """The word of intent a question asks to exist ("is there a plan for aid?": "plan"), or None. It names a thing,
    not the intent a statement of wanting states: that they called for aid is no plan for it."""
    if "there" not in asked.lower():
        return None  # a substring test first: most questions hold no "there"
    found = _THERE_IS.match(asked)
    if found is None:
        return None
    # The noun may come after what it is of: "is there a peace plan?", "a ceasefire deal?".
    for word in words(found.group(1).lower()):
        if not _INTENT_STEMS.isdisjoint({stem(word), *index.normalizer.terms_of_words([word])}):
            return word
    return None


# What was said of a thing, a word after its "was" or "is": "did they say the conflict was over?".
_SAID_STATE = pattern(
    r"\b(?:say|says|said|claim|claims|claimed|report|reports|reported|state|states|stated)\s+(?:that\s+)?"
    r"(?:the\s+|this\s+|that\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+(?:was|were|is|are)\s+(?:now\s+|already\s+)?"
    r"(?!(?:a|an|the|to|not|being|been)\b)([\w'-]+)\b",
    re.IGNORECASE,
)
# (Not "for something", "for anything"; nor an act with its particle, "for getting Russians out", which the alias of
# the two words reads; nor a verb that has another act done, "for getting aid delivered".)
_FOR_DOING = pattern(
    r"\bfor\s+(?!(?:some|any|no|every)thing\b|(?:getting|having|letting|making)\b)(\w{3,}ing)\b"
    r"(?!(?:\s+[\w'-]+){0,2}\s+(?:out|in|up|off|away|back|through|down|over|on)\b)",
    re.IGNORECASE,
)
_TO_BE_PARTICIPLE = rf"\bto\s+be\s+(\w+(?:ed|en)|{_IRREGULAR_DONE})\b"
# What is to be done to a thing, with its particle where it has one: "… for the hostages to be kept?".
_TO_BE = pattern(rf"{_TO_BE_PARTICIPLE}(?:\s+(out|off|away|back|up)\b)?", re.IGNORECASE)
# "Were foreigners to be evacuated?", "were the wounded among those to be evacuated?": what was to be done is what was
# planned or wanted, which "they discussed arrangements for evacuating foreign nationals" states. Not what is to come
# ("is a ceasefire to be reached?"), nor an outcome ("was a ceasefire to be achieved?" asks whether it was).
_TO_BE_DONE = pattern(rf"\b(?:was|were)\b.*?{_TO_BE_PARTICIPLE}", re.IGNORECASE)


# Something reported as done: a word of saying, then "was/were/has been … -ed" ("should be freed" is a wish).
_SAID_HAPPENED = pattern(
    r"\b(?:say|says|said|tell|tells|told|report|reported|claim|claimed)\b.*\b(?:was|were|has been|have been|had been"
    # Or done, in a perfect: "did they say the bloodshed had ended?".
    r"|had|has|have)\s+\w+(?:ed|en)\b",
    re.IGNORECASE,
)


_CALL = stem("call")


# "Report on the call", "anything about the call": what was said of it.
_ABOUT_THE_CALL = pattern(
    r"\b(?:on|about|regarding|concerning)\s+(?:the|this|that|their)\s+(?:(?:tele)?phone\s+)?call\b", re.IGNORECASE
)
_CALL_FOR = pattern(r"\bcall(?:s|ed|ing)?\s+(?:for|on|upon)\b", re.IGNORECASE)
# The call as a thing, not as what someone did ("did Putin call Sisi?") or called for.
_THE_CALL = pattern(
    r"\b(?:the|this|that|their|a)\s+(?:(?:phone|telephone)\s+)?call\b(?!\s+(?:for|on|upon)\b)", re.IGNORECASE
)


# How many words the quote may put between the terms a yes/no question asks about: YES_SLACK, or as many as the
# question asks about if more, since relating more things takes more words ("Putin thanked his Egyptian
# counterpart for Egypt's valuable and comprehensive help in evacuating…" affirms "did Putin say thanks to Sisi for
# the evacuation?"). Close together they say one thing ("called for an end to the obstacles to aid"); far apart,
# the quote may relate them otherwise than asked ("agree to intensify their efforts to achieve a ceasefire" is not
# agreeing on one).
YES_SLACK = 2


# Words of intent, and of talk (below): a statement's terms this close before what a question asks about make it
# a statement of intent or of talk ("called for an end to…", "agree to intensify their efforts to achieve a
# ceasefire", "discussed arrangements for evacuating…"), not one that it happened.
_INTENT = """need needs needed desire desires want wants wanted wish call calls called urge urged demand demanded
    agree agreed support supported back backed favour favor commit committed commitment effort efforts aim aimed
    seek sought plan planned intend intended hope hoped propose proposed push pushed pledge pledged promise
    promised strive achieve facilitate vision"""
INTENT_REACH = 4
# Wanting something, by any of its words: "did they want the captives freed?" is stated by "the need to release
# the hostages", "did they call for an end to the killing?" by "their desire to end the bloodshed".
_WORTH = "important importance significant significance vital crucial essential matter matters mattered"
# "Was Gaza the main concern?" is stated by "Gaza was the center of concern"; "was the call mainly about the
# hostages?" is not by "they spoke about the hostages", which says nothing of what came first.
# "Mostly about", "most concerned about": as "mainly".
_MAIN = "main mainly chiefly primarily principally primary principal chief foremost most mostly largely"
_CENTRE = "center centre central centred centered focus focused focussed heart core main"
# What stands in a thing's way turns a statement about it round: "called for an end to the obstacles to aid" says
# they want the aid, the opposite of "did they call for an end to aid?", unless the question names the obstacles too.
_WANTING = "want,wanted,call for,called for,demand,demanded,urge,urged"  # phrases, comma-separated
_COUNTRIES = "country countries nation nations capital capitals"
_HINDRANCE = """obstacle obstacles barrier barriers blockade blockades restriction restrictions hindrance hindrances
    impediment impediments hurdle hurdles"""
_WISH = (
    "need needs needed want wants wanted desire desires wish wishes call calls called urge urged demand demanded "
    "favour favours favoured favor favors favored commitment"
)

# ...and the words by which a question asks about such a statement rather than about the event itself (which in a
# statement, before what is asked, make it one of talk).
_SPEECH = """discuss discussed discussion talk talked speak spoke spoken mention mentioned raise raised address
    addressed stress stressed emphasise emphasize emphasised emphasized express expressed advocate advocated ask
    asked try tried work say said says tell told comment commented refer referred reference references describe
    described portray portrayed depict depicted characterise characterised characterize characterized"""
_INTENT_STEMS = frozenset(stem(w) for w in _INTENT.split())
# A thing still to be made: "the creation of an independent state" says what it would be, not that it is so.
_TO_BE_MADE = frozenset(
    stem(w) for w in "create creating creation establish establishing establishment build building".split()
)
_SAID_WORDS = [*_INTENT.split(), *_SPEECH.split(), "reaffirm", "reaffirmed"]
_SPEECH_STEMS = frozenset(stem(w) for w in _SPEECH.split())
_SPEECH_OR_INTENT_STEMS = _INTENT_STEMS | _SPEECH_STEMS
# In a statement, "efforts to achieve a ceasefire" is an aim; in a question, "did they achieve a ceasefire?" asks
# whether it happened. These words mark intent only in what is stated.
_OUTCOME_STEMS = frozenset(stem(w) for w in ("achieve", "facilitate"))
_ASKS_INTENT_STEMS = _SPEECH_OR_INTENT_STEMS - _OUTCOME_STEMS


def _span(wanted: frozenset[str], terms: list[str], stands_for: Mapping[str, frozenset[str]]) -> tuple[int, int]:
    """(start, length) of the shortest run of `terms` holding every wanted term, a name counting for those it
    `stands_for` as well (a length larger than any run if there is none)."""
    best = (0, len(terms) + len(wanted) + YES_SLACK + 1)
    last: dict[str, int] = {}
    for position, term in enumerate(terms):
        found = [t for t in (term, *stands_for.get(term, ())) if t in wanted]
        if not found:
            continue
        for each in found:
            last[each] = position
        if len(last) == len(wanted):
            start = min(last.values())
            if position - start + 1 < best[1]:
                best = (start, position - start + 1)
    return best


def _named(run: list[str], stands_for: Mapping[str, frozenset[str]]) -> list[str]:
    """The names in a run of terms, in order, each with those it stands for after it."""
    return [n for t in run for n in (t, *stands_for.get(t, ()))]


def _in_order(roles: list[str], named: list[str]) -> bool:
    """Whether the statement names each role after the one before ("Putin thanked his Egyptian counterpart for …
    evacuating Russian citizens" has Putin, Sisi, Russia in that order, though Putin stood for Russia first)."""
    rest = iter(t for t in named if t in roles)
    return all(role in rest for role in roles)


# A negation in what is asked ("did they say aid was not blocked?"; a negative opening is read as positive first, see
# _positive) or in a quote ("did not", "never") is not affirmed by term overlap.
_NEGATION = pattern(
    r"\b(?:not|no|never|nor|neither|without|none|nothing|nobody|nowhere|no\s+one)\b|n['’]t\b", re.IGNORECASE
)
# What was left unsaid is asked with no negation ("what was left out of the conversation?", "did they omit the
# hostages?"): what the facts state is no answer to it.
_ABSENT = pattern(
    r"\b(?:left|leave|leaves|leaving)\s+(?:\w+\s+){0,2}out\b"
    r"|\b(?:omit|omits|omitted|omitting|omission|omissions|overlook|overlooked|unmentioned|unaddressed|unsaid)\b",
    re.IGNORECASE,
)


def _negated(asked: str) -> bool:
    """Whether a question asks what was not said or done: a negation, or what was left out ("… or not?" closing it
    asks whether it was)."""
    asked = _OR_NOT_CLOSING.sub("", asked) if " or n" in asked else asked
    return _NEGATION.search(asked) is not None or _ABSENT.search(asked) is not None


# "… or not?" closing a question (conversation's own "or not" comes off inside a reported "whether … or not").
_OR_NOT_CLOSING = pattern(r",?\s*\bor\s+(?:not|no)\b[\s?!.]*$", re.IGNORECASE)


# Words that ask the contrary of what a statement with the same subject words says ("did Moscow and Cairo have
# different visions?" of their "shared vision"): everyday words, so the subject words alone would match.
_CONTRARY = pattern(
    r"\b(?:differ|differs|differed|differing|different|disagreement|opposite|against|contrary|conflicting|divided|"
    rf"{_OPPOSING_ACTS}|"
    # More of something is not what a statement of something says: "did they call for more obstacles to aid?" got
    # "Yes" from "called for an end to the obstacles to … aid"; nor is all of it ("did Egypt evacuate all Russian
    # citizens?"; "anything at all" asks for any one thing). Nor is another one of it: "was another call planned?" got
    # "Yes" from the call that took place; nor "did they speak again?".
    # ("More" before an adverb compares how a thing is done: aid "delivered more easily" is its delivery eased.)
    r"more(?!\s+\w+ly\b)|increase|increased|increasing|additional|extra|(?<!\bat\s)all|every|entire|whole|"
    r"another|second|third|new|next|further|follow-?up|subsequent|repeat|again|"
    # Nor is one of them alone: "did they only discuss Gaza?" is no yes from "Gaza was at the centre of their
    # concern", "did Egypt evacuate Russian citizens on its own?" none from "the assistance provided by Egypt".
    r"only|alone|solely|sole|exclusively|single-?handedly|unaided|on\s+(?:its|his|her|their)\s+own|"
    r"by\s+(?:itself|himself|herself|themselves))\b",
    re.IGNORECASE,
)


def _contrary(asked: str, own: str) -> bool:
    """Whether the question holds a word of the contrary kind, or one asking for more of something or for it alone,
    that the fact's own words (`own`) don't. ("Stop" and "end" are left out: "want the bloodshed to stop" is what
    the article says, "end the ceasefire" its contrary.)"""
    return any(
        not re.search(rf"\b{match.group()}\b", own, re.IGNORECASE)
        and not (match.group().lower() == "against" and _HARM_BEFORE.search(asked, 0, match.start()))
        for match in _CONTRARY.finditer(asked)
    )


# A harm done "against" someone names whom it hurts, no stance against a thing ("ending the violence against
# civilians" is what the leaders wanted; "were they against a ceasefire?" asks the contrary).
_HARM_BEFORE = pattern(
    r"\b(?:violence|attacks?|crimes?|aggression|atrocities|strikes?|wars?|bombings?|killings?|bloodshed|brutality"
    r"|abuses?|hostilities|discrimination|threats?)\s+$",
    re.IGNORECASE,
)


def _asked(terms: list[str]) -> frozenset[str]:
    """What a question asks about: its terms but question words."""
    return frozenset(t for t in terms if t not in QUESTION_STEMS)


def _chat(question: str, reading: Reading, index: Index) -> Reply:
    result = Result(question, Outcome.ABSTAIN, (), reason=Reason.NONE)
    if reading.turn is Turn.SUMMARY:
        query = reading.document.id if reading.document else ""
        summary = summarize(index, query)
        if summary.kind is SummaryKind.DOCUMENT and asks_brief(question):
            summary = replace(summary, brief=True)  # "a one-line summary", "tl;dr": the document's short summary
        return Reply(question, Kind.SUMMARY, result, turn=reading.turn, summary=summary)
    return Reply(question, Kind.CHAT, result, turn=reading.turn)
