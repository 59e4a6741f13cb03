"""The curator report: what people asked that the documents don't cover, which answers they found
wrong and why, which facts nobody asks about, and which "did you mean" picks taught a new wording."""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from typing import Any

from rapidfuzz import fuzz

from bot import messages
from bot.matching import Index
from bot.matching.terms import QUESTION_STEMS
from bot.patterns import pattern
from bot.store.questions import QuestionStore, Reaction

SAME_WORDING = 80  # rapidfuzz token_set_ratio from which two questions' terms count as one wording
EXAMPLES = 3
_DURATION = pattern(r"^(\d+)\s*([mhdw])$")
_UNIT = {"m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


def parse_since(text: str) -> float:
    """Seconds in "30m", "24h", "7d" or "2w"; ValueError otherwise."""
    match = _DURATION.match(text.strip().lower())
    if not match:
        raise ValueError(f"not a duration: {text!r} (use e.g. 30m, 24h, 7d, 2w)")
    return int(match.group(1)) * _UNIT[match.group(2)]


@dataclass
class Group:
    """Questions worded alike, with how often they came and a few of them."""

    wording: str
    count: int
    examples: list[str] = field(default_factory=list)


@dataclass
class Unhelpful:
    fact_id: str
    answer: str
    count: int
    reasons: list[str]
    questions: list[str]


@dataclass
class Pick:
    question: str
    fact_id: str
    count: int


@dataclass
class CuratorReport:
    since: float
    until: float
    questions: int
    answered: int
    unanswered: list[Group]
    did_you_mean: list[Group]
    unhelpful: list[Unhelpful]
    helpful: int
    never_asked: list[str]
    picks: list[Pick]

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["since"] = _iso(self.since)
        data["until"] = _iso(self.until)
        return data


def build_report(
    store: QuestionStore, index: Index, *, since_seconds: float, now: float | None = None
) -> CuratorReport:
    """The report over the last `since_seconds`, against the fact base being served now."""
    until = time.time() if now is None else now
    since = until - since_seconds
    store.flush()
    asked = store.questions_since(since)
    reactions = store.feedback_since(since)
    knowledge = index.knowledge
    unanswered = [row.question for row in asked if row.outcome == "abstain"]
    suggested = [row.question for row in asked if row.outcome == "suggest"]
    asked_facts = {row.fact_id for row in asked if row.fact_id}
    unhelpful: dict[str, Unhelpful] = {}
    picks: Counter[tuple[str, str]] = Counter()
    helpful = 0
    reasons: dict[str, list[str]] = defaultdict(list)
    for row in reactions:
        if row.kind == Reaction.HELPFUL.value:
            helpful += 1
        elif row.kind == Reaction.UNHELPFUL.value and row.fact_id:
            fact = knowledge.fact(row.fact_id)
            entry = unhelpful.setdefault(
                row.fact_id, Unhelpful(row.fact_id, fact.answer if fact else "(no longer in the fact base)", 0, [], [])
            )
            entry.count += 1
            if row.question and row.question not in entry.questions:
                entry.questions.append(row.question)
        elif row.kind == Reaction.REASON.value and row.fact_id and row.reason:
            reasons[row.fact_id].append(row.reason)
        elif row.kind == Reaction.PICKED.value and row.fact_id and row.question:
            picks[(row.question, row.fact_id)] += 1
    for fact_id, texts in reasons.items():
        if fact_id in unhelpful:
            unhelpful[fact_id].reasons = texts
    return CuratorReport(
        since=since,
        until=until,
        questions=len(asked),
        answered=sum(row.outcome == "answer" for row in asked),
        unanswered=group_wordings(unanswered, index),
        did_you_mean=group_wordings(suggested, index),
        unhelpful=sorted(unhelpful.values(), key=lambda u: (-u.count, u.fact_id)),
        helpful=helpful,
        never_asked=[f.id for f in knowledge.facts if f.id not in asked_facts | {f for _, f in picks}],
        picks=[Pick(q, f, n) for (q, f), n in picks.most_common()],
    )


def group_wordings(texts: list[str], index: Index) -> list[Group]:
    """Questions grouped by what they ask about (their matching terms, question words aside), most frequent
    first. Two wordings join when their terms overlap enough (rapidfuzz token_set_ratio >= SAME_WORDING)."""
    by_terms: dict[str, list[str]] = defaultdict(list)
    for text in texts:
        terms, _ = index.normalizer.question_terms(text)
        key = " ".join(sorted({t for t in terms if t not in QUESTION_STEMS})) or text.strip().lower()
        by_terms[key].append(text)
    groups: list[tuple[str, list[str]]] = []
    for key, members in sorted(by_terms.items(), key=lambda item: (-len(item[1]), item[0])):
        for group_key, group_members in groups:
            if fuzz.token_set_ratio(key, group_key) >= SAME_WORDING:
                group_members.extend(members)
                break
        else:
            groups.append((key, list(members)))
    result = []
    for _, members in groups:
        # Most asked wording first; ties alphabetically, so the same traffic always reads the same.
        common = sorted(Counter(members).items(), key=lambda item: (-item[1], item[0]))
        examples = [text for text, _ in common[:EXAMPLES]]
        result.append(Group(examples[0], len(members), examples))
    return sorted(result, key=lambda g: (-g.count, g.wording))


def report_text(report: CuratorReport) -> str:
    """The report for a terminal or an e-mail."""
    lines = [
        f"{messages.REPORT_TITLE}, {_iso(report.since)} to {_iso(report.until)}",
        f"{report.questions} question(s), {report.answered} answered; {report.helpful} marked helpful.",
        "",
        f"{messages.REPORT_UNANSWERED}:",
        *_groups(report.unanswered),
        "",
        f"{messages.REPORT_SUGGESTED}:",
        *_groups(report.did_you_mean),
        "",
        f"{messages.REPORT_UNHELPFUL}:",
    ]
    if not report.unhelpful:
        lines.append(f"  {messages.REPORT_NONE}")
    for entry in report.unhelpful:
        lines.append(f"  {entry.count}× {entry.fact_id}: {entry.answer}")
        lines += [f"      asked: {q}" for q in entry.questions[:EXAMPLES]]
        lines += [f"      why: {r}" for r in entry.reasons]
    lines += ["", f"{messages.REPORT_PICKS}:"]
    lines += [f"  {p.count}× “{p.question}” → {p.fact_id}" for p in report.picks] or [f"  {messages.REPORT_NONE}"]
    lines += ["", f"{messages.REPORT_NEVER_ASKED} ({len(report.never_asked)}):"]
    lines += [f"  {', '.join(report.never_asked)}" if report.never_asked else f"  {messages.REPORT_NONE}"]
    return "\n".join(lines)


def _groups(groups: list[Group]) -> list[str]:
    if not groups:
        return [f"  {messages.REPORT_NONE}"]
    lines = []
    for group in groups:
        lines.append(f"  {group.count}× {group.wording}")
        lines += [f"      also: {text}" for text in group.examples[1:]]
    return lines


def _iso(moment: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(moment))
