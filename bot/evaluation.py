"""Measure replies on a labelled question set, and sweep the answer cut-off.

A case expects a fact id; a list of fact ids (a two-part question: every one must be answered);
`abstain`; `chat` (a greeting, thanks, help: never a fact) or `summary`. `lead: yes` means the answer
must open with "Yes" (the document affirms exactly that); `lead: not-yes` means it must not.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bot.knowledge.yamlfile import LineMap, YamlError, load_yaml
from bot.matching import ANSWER_THRESHOLD, Index
from bot.replies import Kind, Lead, Reply, reply_to

ABSTAIN, CHAT, SUMMARY = "abstain", "chat", "summary"
KINDS = ("in-scope", "two-part", "chat", "off-topic", "near-miss")
LEADS = ("yes", "not-yes")


@dataclass(frozen=True)
class Case:
    question: str
    expect: tuple[str, ...]  # fact ids, or ("abstain",), ("chat",), ("summary",)
    kind: str
    line: int
    lead: str | None = None


@dataclass(frozen=True)
class Seen:
    """What the bot did with a question, in terms any version of it can be judged by."""

    outcome: str  # answer, suggest, abstain, related, chat, summary
    facts: tuple[str, ...]  # facts answered with
    text: str  # how the answer opens
    best: str | None = None  # the matcher's best fact, answered or not
    tied: bool = False  # answered with two facts that matched equally well


def seen_of(reply: Reply) -> Seen:
    first = reply.parts[0] if reply.parts else None
    opening = "Yes" if first and first.lead is Lead.YES else ""
    best = reply.result.best.fact.id if reply.result.best else None
    facts = tuple(f.id for f in reply.facts) if reply.kind is Kind.ANSWER else ()
    return Seen(reply.kind.value, facts, opening, best, reply.tied)


@dataclass
class Report:
    """Outcome counts per kind of question, and the questions that went wrong."""

    threshold: float
    counts: dict[str, Counter[str]] = field(default_factory=lambda: {k: Counter() for k in KINDS})
    leads: Counter[str] = field(default_factory=Counter)  # ok / wrong, for cases that say how to lead
    misses: list[tuple[Case, Seen]] = field(default_factory=list)
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)
    wrong_leads: list[tuple[Case, Seen]] = field(default_factory=list)  # answers that led with yes, or didn't, wrongly
    tied: int = 0  # in-scope questions answered right alongside a second, tied fact

    def total(self, kind: str) -> int:
        return sum(self.counts[kind].values())

    def rate(self, kind: str, *verdicts: str) -> float:
        total = self.total(kind)
        return sum(self.counts[kind][v] for v in verdicts) / total if total else 1.0

    @property
    def accuracy(self) -> float:
        """In-scope questions answered with the expected fact."""
        return self.rate("in-scope", "correct")

    @property
    def two_part(self) -> float:
        """Two-part questions with every part answered right."""
        return self.rate("two-part", "correct")

    @property
    def chat(self) -> float:
        """Chat turns and summary requests handled as such."""
        return self.rate("chat", "correct")

    def refusal(self, kind: str) -> float:
        """Questions of `kind` not answered from a fact (all of none: a set without such questions misses nothing)."""
        return 1.0 - self.rate(kind, "answered") if self.total(kind) else 1.0

    @property
    def lead_rate(self) -> float:
        total = self.leads["ok"] + self.leads["wrong"]
        return self.leads["ok"] / total if total else 1.0

    @property
    def false_yes(self) -> int:
        """Answers that led with "Yes" where the article doesn't affirm what was asked (a near miss's among them)."""
        return sum(case.lead != "yes" for case, _ in self.wrong_leads)

    @property
    def precision(self) -> float:
        """Of all answers given from facts, the share that were right."""
        right = self.counts["in-scope"]["correct"] + self.counts["two-part"]["correct"]
        answers = right + sum(self.counts[k]["wrong"] + self.counts[k]["answered"] for k in KINDS)
        return right / answers if answers else 1.0


def load_cases(path: Path) -> list[Case]:
    """Read an evaluation file; raise ValueError naming file and line on a bad entry."""
    try:
        data = load_yaml(path)
    except YamlError as err:
        raise ValueError(str(err)) from None
    items = data.get("questions") if isinstance(data, LineMap) else None
    if not isinstance(items, list):
        raise ValueError(f"{path}:1: expected a top-level 'questions:' list")
    cases = []
    for position, item in enumerate(items):
        line = data.line_of("questions", position)
        if not isinstance(item, dict) or not isinstance(item.get("q"), str) or not item.get("expect"):
            raise ValueError(f"{path}:{line}: each entry needs 'q' (the question) and 'expect'")
        raw = item["expect"]
        expect = tuple(str(e) for e in raw) if isinstance(raw, list) else (str(raw),)
        default = "two-part" if len(expect) > 1 else "chat" if expect[0] in (CHAT, SUMMARY) else (
            "off-topic" if expect[0] == ABSTAIN else "in-scope")  # fmt: skip
        kind = item.get("kind", default)
        if kind not in KINDS:
            raise ValueError(f"{path}:{line}: kind must be one of {', '.join(KINDS)}")
        lead = "yes" if item.get("lead") is True else item.get("lead")  # YAML reads a bare yes as true
        if lead is not None and lead not in LEADS:
            raise ValueError(f"{path}:{line}: lead must be one of {', '.join(LEADS)}")
        cases.append(Case(item["q"], expect, kind, line, lead))
    return cases


def evaluate(cases: list[Case], index: Index, *, threshold: float = ANSWER_THRESHOLD) -> Report:
    """Run every case through the bot at one answer cut-off."""
    return judge(cases, lambda q: seen_of(reply_to(q, index, answer_threshold=threshold)), threshold)


def judge(cases: list[Case], respond: Callable[[str], Seen], threshold: float = ANSWER_THRESHOLD) -> Report:
    """Score what `respond` does with each case (any version of the bot can be judged)."""
    report = Report(threshold)
    for case in cases:
        seen = respond(case.question)
        verdict = _verdict(case, seen)
        report.counts[case.kind][verdict] += 1
        report.tied += verdict == "correct" and seen.tied and case.kind == "in-scope"
        if verdict == "wrong" and seen.facts:
            report.confusions[(case.expect[0], seen.facts[0])] += 1
        if seen.outcome == "answer" and case.kind in ("off-topic", "near-miss") and seen.text.startswith("Yes"):
            # A yes to what the article doesn't say is the worst reply there is, whatever the case says of leads.
            report.wrong_leads.append((case, seen))
        elif case.lead and seen.outcome == "answer":
            led_yes = seen.text.startswith("Yes")
            right = led_yes == (case.lead == "yes")
            report.leads["ok" if right else "wrong"] += 1
            if not right:
                report.wrong_leads.append((case, seen))
        good = verdict == "correct" or (case.kind in ("off-topic", "near-miss") and verdict == "abstained")
        if not good:
            report.misses.append((case, seen))
    return report


def _verdict(case: Case, seen: Seen) -> str:
    if case.kind in ("off-topic", "near-miss"):
        return {"answer": "answered", "suggest": "suggested"}.get(seen.outcome, "abstained")
    if case.kind == "chat":
        if seen.outcome == case.expect[0]:
            return "correct"
        return "answered" if seen.outcome == "answer" else "other"
    if seen.outcome == "answer":
        if set(case.expect) <= set(seen.facts):
            return "correct"
        return "partial" if set(case.expect) & set(seen.facts) else "wrong"
    return {"suggest": "suggested", "related": "related"}.get(seen.outcome, "abstained")


def sweep(cases: list[Case], index: Index, thresholds: list[float]) -> list[Report]:
    """One report per cut-off."""
    return [evaluate(cases, index, threshold=t) for t in thresholds]


# A confident wrong answer costs this many unanswered questions: users must be able to trust answers.
WRONG_ANSWER_COST = 3


def cost(report: Report) -> int:
    """Unanswered in-scope questions, plus WRONG_ANSWER_COST for every wrong or out-of-scope answer."""
    in_scope = report.counts["in-scope"]
    wrong = in_scope["wrong"] + sum(report.counts[k]["answered"] for k in ("off-topic", "near-miss"))
    return report.total("in-scope") - in_scope["correct"] - in_scope["wrong"] + WRONG_ANSWER_COST * wrong


def recommend(reports: list[Report], *, min_near_miss: float) -> Report | None:
    """The cut-off that refuses every off-topic question and enough near misses at the lowest cost.

    Cost counts the cut-off itself and the next one below it: a cut-off whose lower neighbour
    already answers wrongly sits on a knife edge, and real questions vary more than a test set.
    Reports must be in increasing cut-off order. Ties go to the middle of the tied range.
    """
    fit = []
    for position, report in enumerate(reports):
        if report.refusal("off-topic") == 1.0 and report.refusal("near-miss") >= min_near_miss:
            below = reports[position - 1] if position else report
            fit.append((cost(report) + cost(below), report))
    if not fit:
        return None
    cheapest = min(total for total, _ in fit)
    tied = [report for total, report in fit if total == cheapest]
    return tied[len(tied) // 2]
