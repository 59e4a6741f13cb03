"""Measure the matcher on a labelled question set, and sweep the answer cut-off."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from bot.knowledge.yamlfile import LineMap, YamlError, load_yaml
from bot.matching import ANSWER_THRESHOLD, Index, Result, answer

ABSTAIN = "abstain"
KINDS = ("in-scope", "off-topic", "near-miss")


@dataclass(frozen=True)
class Case:
    question: str
    expect: str  # a fact id or "abstain"
    kind: str
    line: int


@dataclass
class Report:
    """Outcome counts per kind of question, and the questions that went wrong."""

    threshold: float
    counts: dict[str, Counter[str]] = field(default_factory=lambda: {k: Counter() for k in KINDS})
    misses: list[tuple[Case, Result]] = field(default_factory=list)
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)

    def total(self, kind: str) -> int:
        return sum(self.counts[kind].values())

    def rate(self, kind: str, *outcomes: str) -> float:
        total = self.total(kind)
        return sum(self.counts[kind][o] for o in outcomes) / total if total else 1.0

    @property
    def accuracy(self) -> float:
        """In-scope questions answered with the expected fact."""
        return self.rate("in-scope", "correct")

    def refusal(self, kind: str) -> float:
        """Out-of-scope questions not answered (abstained, or only offered suggestions)."""
        return self.rate(kind, "abstained", "suggested")

    @property
    def precision(self) -> float:
        """Of all answers given, the share that were right."""
        answers = sum(c["correct"] + c["wrong"] + c["answered"] for c in self.counts.values())
        return self.counts["in-scope"]["correct"] / answers if answers else 1.0


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
    for index, item in enumerate(items):
        line = data.line_of("questions", index)
        if not isinstance(item, dict) or not isinstance(item.get("q"), str) or not item.get("expect"):
            raise ValueError(f"{path}:{line}: each entry needs 'q' (the question) and 'expect'")
        kind = item.get("kind", "in-scope" if item["expect"] != ABSTAIN else "off-topic")
        if kind not in KINDS:
            raise ValueError(f"{path}:{line}: kind must be one of {', '.join(KINDS)}")
        cases.append(Case(item["q"], str(item["expect"]), kind, line))
    return cases


def evaluate(cases: list[Case], index: Index, *, threshold: float = ANSWER_THRESHOLD) -> Report:
    """Run every case through the matcher at one answer cut-off."""
    report = Report(threshold)
    for case in cases:
        result = answer(case.question, index, answer_threshold=threshold)
        verdict = _verdict(case, result)
        report.counts[case.kind][verdict] += 1
        if verdict == "wrong" and result.best:
            report.confusions[(case.expect, result.best.fact.id)] += 1
        if verdict not in ("correct", "abstained") or (case.kind == "in-scope" and verdict != "correct"):
            report.misses.append((case, result))
    return report


def _verdict(case: Case, result: Result) -> str:
    if case.expect == ABSTAIN:
        return {"answer": "answered", "suggest": "suggested", "abstain": "abstained"}[result.outcome.value]
    if result.answered and result.best:
        return "correct" if result.best.fact.id == case.expect else "wrong"
    return "suggested" if result.suggestions else "abstained"


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
