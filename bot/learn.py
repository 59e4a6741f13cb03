"""Suggested phrasings from real traffic: wordings people used for a fact, offered to the curator.

When someone picks a "did you mean" suggestion, or marks an answer helpful, their wording is a
candidate phrasing for that fact. `learn --apply` writes candidates into the fact YAML, keeping the
file's comments and order (each phrasing is one new line in the fact's `questions:` list), then
validates the fact base and runs the dev evaluation, and puts the files back as they were if
anything fails or any figure gets worse.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from bot.evaluation import Report, evaluate, load_cases
from bot.knowledge import KnowledgeError, load_knowledge
from bot.knowledge.yamlfile import LineMap, load_yaml
from bot.matching import Index, answer, build_index
from bot.matching.terms import QUESTION_STEMS
from bot.patterns import pattern
from bot.store.questions import QuestionStore, Reaction

MIN_CHARS, MAX_CHARS = 8, 200  # shorter says too little to be a phrasing; longer is a message, not a question


@dataclass
class Candidate:
    fact_id: str
    question: str
    count: int  # how many picks and helpful presses it had
    answered_now: bool  # whether the bot already answers it with this fact
    how: set[str] = field(default_factory=set)  # picked, helpful


def candidates(store: QuestionStore, index: Index, *, since: float = 0.0) -> list[Candidate]:
    """Wordings people confirmed for a fact that are not already one of its phrasings."""
    store.flush()
    found: dict[tuple[str, str], Candidate] = {}
    for row in store.feedback_since(since):
        if row.kind not in (Reaction.PICKED.value, Reaction.HELPFUL.value) or not row.fact_id or not row.question:
            continue
        question = " ".join(str(row.question).split())
        fact = index.knowledge.fact(row.fact_id)
        if fact is None or not MIN_CHARS <= len(question) <= MAX_CHARS or _is_phrasing(question, fact.questions, index):
            continue
        key = (fact.id, question.lower())
        if key not in found:
            result = answer(question, index)
            answered = bool(result.answered and result.best and result.best.fact.id == fact.id)
            found[key] = Candidate(fact.id, question, 0, answered)
        found[key].count += 1
        found[key].how.add(row.kind)
    return sorted(found.values(), key=lambda c: (c.answered_now, -c.count, c.fact_id, c.question))


def _is_phrasing(question: str, phrasings: tuple[str, ...], index: Index) -> bool:
    terms = _content_terms(question, index)
    return any(_content_terms(p, index) == terms for p in phrasings)


def _content_terms(text: str, index: Index) -> frozenset[str]:
    terms, _ = index.normalizer.question_terms(text)
    return frozenset(t for t in terms if t not in QUESTION_STEMS)


@dataclass
class Applied:
    written: list[Candidate]
    skipped: list[tuple[Candidate, str]]
    before: Report | None = None
    after: Report | None = None
    refused: str = ""  # why the change was undone, if it was


def apply(chosen: list[Candidate], folder: Path, eval_file: Path) -> Applied:
    """Write the phrasings into the fact files, then check and evaluate; undo everything on a worse figure."""
    folder = Path(folder)
    originals: dict[Path, bytes] = {}
    outcome = Applied([], [])
    cases = load_cases(eval_file)
    try:
        outcome.before = evaluate(cases, build_index(load_knowledge(folder)))
    except KnowledgeError as err:
        outcome.refused = f"the fact base is invalid before any change:\n{err}"
        return outcome
    by_file = _facts_by_file(folder)
    for candidate in chosen:
        path = by_file.get(candidate.fact_id)
        if path is None:
            outcome.skipped.append((candidate, "fact not found in any file"))
            continue
        originals.setdefault(path, path.read_bytes())
        problem = _insert_phrasing(path, candidate.fact_id, candidate.question)
        if problem:
            outcome.skipped.append((candidate, problem))
        else:
            outcome.written.append(candidate)
    if not outcome.written:
        return outcome
    try:
        outcome.after = evaluate(cases, build_index(load_knowledge(folder)))
    except KnowledgeError as err:
        outcome.refused = f"the fact base would be invalid:\n{err}"
    else:
        worse = _worse(outcome.before, outcome.after)
        if worse:
            outcome.refused = "the evaluation would get worse: " + "; ".join(worse)
    if outcome.refused:
        for path, data in originals.items():
            path.write_bytes(data)
        outcome.written = []
    return outcome


def _worse(before: Report, after: Report) -> list[str]:
    figures = [
        ("in-scope accuracy", before.accuracy, after.accuracy),
        ("off-topic refusal", before.refusal("off-topic"), after.refusal("off-topic")),
        ("near-miss refusal", before.refusal("near-miss"), after.refusal("near-miss")),
        ("precision", before.precision, after.precision),
    ]
    return [f"{name} {old:.1%} → {new:.1%}" for name, old, new in figures if new < old - 1e-9]


def _facts_by_file(folder: Path) -> dict[str, Path]:
    found = {}
    for path in sorted((folder / "facts").glob("*.y*ml")):
        data = load_yaml(path)
        for item in data.get("facts", []) if isinstance(data, LineMap) else []:
            if isinstance(item, LineMap) and isinstance(item.get("id"), str):
                found[item["id"]] = path
    return found


_ITEM = pattern(r"^(\s*)- ")


def _insert_phrasing(path: Path, fact_id: str, question: str) -> str:
    """Add one line to a fact's `questions:` list, after its last item; '' on success, else why not."""
    data = load_yaml(path)
    fact = next((f for f in data.get("facts", []) if isinstance(f, LineMap) and f.get("id") == fact_id), None)
    if fact is None or not fact.item_lines.get("questions"):
        return "no block-style questions list to add to"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    last = fact.item_lines["questions"][-1] - 1  # 0-based line of the last phrasing
    match = _ITEM.match(lines[last])
    if match is None:  # a flow-style list: [a, b, c]
        return "the questions list is written inline ([...]); add this one by hand"
    indent = match.group(1)
    end = last + 1
    while end < len(lines) and lines[end].strip() and len(lines[end]) - len(lines[end].lstrip()) > len(indent):
        end += 1  # a phrasing continued on further lines
    newline = "\n" if lines[last].endswith("\n") else ""
    if not newline:
        lines[last] += "\n"
    lines.insert(end, f"{indent}- {json.dumps(question, ensure_ascii=False)}\n")
    path.write_text("".join(lines), encoding="utf-8")
    return ""


def describe(candidates_found: list[Candidate]) -> str:
    """The candidates, for the terminal."""
    if not candidates_found:
        return "No candidate phrasings: nobody has picked a suggestion or marked a new wording helpful yet."
    by_fact: dict[str, list[Candidate]] = defaultdict(list)
    for candidate in candidates_found:
        by_fact[candidate.fact_id].append(candidate)
    lines = []
    for fact_id, group in by_fact.items():
        lines.append(f"{fact_id}:")
        for c in group:
            state = "answered already" if c.answered_now else "not answered with it today"
            lines.append(f"  + “{c.question}”  ({c.count}× {'/'.join(sorted(c.how))}; {state})")
    return "\n".join(lines)
