"""Matching a question to a fact: words to terms, the inverted index, scoring with abstention, the cache."""

from bot.matching.cache import load_index
from bot.matching.index import Index, build_index
from bot.matching.matcher import (
    ANSWER_THRESHOLD,
    MAX_QUESTION_CHARS,
    MIN_MARGIN,
    SUGGEST_THRESHOLD,
    Candidate,
    Outcome,
    Reason,
    Result,
    answer,
)

__all__ = [
    "ANSWER_THRESHOLD",
    "MAX_QUESTION_CHARS",
    "MIN_MARGIN",
    "SUGGEST_THRESHOLD",
    "Candidate",
    "Index",
    "Outcome",
    "Reason",
    "Result",
    "answer",
    "build_index",
    "load_index",
]
