"""`python -m bot eval`: print accuracy, refusals, confusions and misses; optionally sweep cut-offs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.evaluation import Report, evaluate, load_cases, recommend, sweep
from bot.matching import ANSWER_THRESHOLD, Index

SWEEP = [round(0.30 + 0.02 * i, 2) for i in range(31)]  # 0.30 .. 0.90


def run_eval(args: argparse.Namespace, index: Index) -> int:
    """Print the report for one file; exit status 1 when a target is missed."""
    try:
        cases = load_cases(Path(args.file))
    except (OSError, ValueError) as err:
        print(err, file=sys.stderr)
        return 1
    unknown = sorted({c.expect for c in cases if c.expect != "abstain" and not index.knowledge.fact(c.expect)})
    if unknown:
        print(f"{args.file}: unknown fact id(s) expected: {', '.join(unknown)}", file=sys.stderr)
        return 1
    report = evaluate(cases, index)
    print(format_report(report, args.file))
    if args.sweep:
        print(format_sweep(sweep(cases, index, SWEEP), min_near_miss=args.min_near_miss))
    missed = []
    if report.accuracy < args.min_accuracy:
        missed.append(f"in-scope accuracy {report.accuracy:.1%} < {args.min_accuracy:.0%}")
    for kind, target in (("off-topic", args.min_off_topic), ("near-miss", args.min_near_miss)):
        if report.refusal(kind) < target:
            missed.append(f"{kind} refusal {report.refusal(kind):.1%} < {target:.0%}")
    print("TARGETS MISSED: " + "; ".join(missed) if missed else "All targets met.")
    return 1 if missed else 0


def format_report(report: Report, name: str) -> str:
    """The headline figures, confusions and every miss."""
    in_scope = report.counts["in-scope"]
    lines = [
        f"{name}: {sum(report.total(k) for k in report.counts)} questions, answer cut-off {report.threshold:.2f}",
        f"  in-scope   {report.total('in-scope'):3d}: correct {in_scope['correct']}, wrong {in_scope['wrong']}, "
        f"did-you-mean {in_scope['suggested']}, abstained {in_scope['abstained']}  → accuracy {report.accuracy:.1%}",
    ]
    for kind in ("off-topic", "near-miss"):
        counts = report.counts[kind]
        lines.append(
            f"  {kind:10} {report.total(kind):3d}: abstained {counts['abstained']}, "
            f"did-you-mean {counts['suggested']}, answered {counts['answered']}  → refused {report.refusal(kind):.1%} "
            f"(abstained outright {report.rate(kind, 'abstained'):.1%})"
        )
    lines.append(f"  precision of answers given: {report.precision:.1%}")
    if report.confusions:
        lines.append("  confusions (expected → answered):")
        lines += [f"    {a} → {b} ×{n}" for (a, b), n in report.confusions.most_common()]
    if report.misses:
        lines.append("  misses:")
        for case, result in report.misses:
            got = result.best.fact.id if result.best else "-"
            lines.append(
                f"    line {case.line}: {case.question!r} expected {case.expect}, got {result.outcome.value} "
                f"{got} ({result.score:.2f})"
            )
    return "\n".join(lines)


def format_sweep(reports: list[Report], *, min_near_miss: float) -> str:
    """One row per cut-off, and the recommendation."""
    lines = ["", "cut-off  precision  coverage  off-topic refused  near-miss refused"]
    for r in reports:
        lines.append(
            f"  {r.threshold:.2f}    {r.precision:7.1%}  {r.accuracy:8.1%}  {r.refusal('off-topic'):17.1%}  "
            f"{r.refusal('near-miss'):17.1%}"
        )
    best = recommend(reports, min_near_miss=min_near_miss)
    if best is None:
        lines.append("No cut-off refuses every off-topic question and enough near misses.")
    else:
        lines.append(
            f"Recommended cut-off: {best.threshold:.2f} "
            f"(coverage {best.accuracy:.1%}, precision {best.precision:.1%}); in use: {ANSWER_THRESHOLD:.2f}"
        )
    return "\n".join(lines)
