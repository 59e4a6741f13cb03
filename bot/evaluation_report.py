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
    special = ("abstain", "chat", "summary")
    unknown = sorted({e for c in cases for e in c.expect if e not in special and not index.knowledge.fact(e)})
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
    if report.total("two-part") and report.two_part < args.min_accuracy:
        missed.append(f"two-part questions with both parts answered {report.two_part:.1%} < {args.min_accuracy:.0%}")
    if report.false_yes:
        missed.append(f"answers led with Yes where the article doesn't affirm it: {report.false_yes}")
    if report.total("chat") and report.refusal("chat") < 1.0:
        missed.append(f"chat turns answered from a fact: {report.counts['chat']['answered']}")
    print("TARGETS MISSED: " + "; ".join(missed) if missed else "All targets met.")
    return 1 if missed else 0


def format_report(report: Report, name: str) -> str:
    """The headline figures, confusions and every miss."""
    in_scope, two, chat = report.counts["in-scope"], report.counts["two-part"], report.counts["chat"]
    lines = [
        f"{name}: {sum(report.total(k) for k in report.counts)} questions, answer cut-off {report.threshold:.2f}",
        f"  in-scope   {report.total('in-scope'):3d}: correct {in_scope['correct']}"
        f"{f' ({report.tied} beside a tied fact)' if report.tied else ''}, wrong {in_scope['wrong']}, "
        f"did-you-mean {in_scope['suggested']}, related {in_scope['related']}, abstained {in_scope['abstained']}"
        f"  → accuracy {report.accuracy:.1%}",
    ]
    if report.total("two-part"):
        lines.append(
            f"  two-part   {report.total('two-part'):3d}: both parts {two['correct']}, one part {two['partial']}, "
            f"wrong {two['wrong']}, other {two['suggested'] + two['related'] + two['abstained']}"
            f"  → both answered {report.two_part:.1%}"
        )
    if report.total("chat"):
        lines.append(
            f"  chat       {report.total('chat'):3d}: handled {chat['correct']}, answered from a fact "
            f"{chat['answered']}, other {chat['other']}  → handled {report.chat:.1%}, "
            f"never from a fact {report.refusal('chat'):.1%}"
        )
    for kind in ("off-topic", "near-miss"):
        if not report.total(kind):
            continue
        counts = report.counts[kind]
        lines.append(
            f"  {kind:10} {report.total(kind):3d}: abstained {counts['abstained']}, "
            f"did-you-mean {counts['suggested']}, answered {counts['answered']}  → refused {report.refusal(kind):.1%} "
            f"(abstained outright {report.rate(kind, 'abstained'):.1%})"
        )
    if report.leads:
        lines.append(
            f"  yes/no leads: {report.leads['ok']} right, {report.leads['wrong']} wrong → {report.lead_rate:.1%}"
        )
    lines.append(f"  precision of answers given: {report.precision:.1%}")
    if report.confusions:
        lines.append("  confusions (expected → answered):")
        lines += [f"    {a} → {b} ×{n}" for (a, b), n in report.confusions.most_common()]
    if report.misses:
        lines.append("  misses:")
        for case, seen in report.misses:
            got = ", ".join(seen.facts) or seen.best or "-"
            lines.append(
                f"    line {case.line}: {case.question!r} expected {'+'.join(case.expect)}, got {seen.outcome} {got}"
            )
    if report.wrong_leads:
        lines.append("  yes/no leads wrong:")
        for case, _ in report.wrong_leads:
            led = (
                "did not lead with Yes"
                if case.lead == "yes"
                else "led with Yes" + (f" (a {case.kind} question)" if case.kind in ("off-topic", "near-miss") else "")
            )
            lines.append(f"    line {case.line}: {case.question!r} {led}")
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
