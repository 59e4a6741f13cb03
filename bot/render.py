"""What the bot says, as plain text and JSON. Slack's Block Kit version (blocks.py) uses the same words."""

from __future__ import annotations

from bot.knowledge import Fact, KnowledgeBase
from bot.matching import MAX_QUESTION_CHARS, Outcome, Result
from bot.summaries import Source, Summary, sample_questions

CONTEXT_CHARS = 60

ABSTAIN = "I don't have that in my documents."
TOO_LONG = (
    f"That is too long for me to read as one question (over {MAX_QUESTION_CHARS:,} characters). "
    "Please ask it in a sentence or two."
)
UNREADABLE = "I couldn't read that as text. Please ask your question in words."
WHICH_ONE = "I'm not sure which of these you mean:"
NOT_EXACTLY = "I don't have exactly that in my documents. Did you mean one of these?"


def suggestion_intro(result: Result) -> str:
    """How a "did you mean" opens: two close answers, or only something near the question."""
    return WHICH_ONE if result.reason == "ambiguous" else NOT_EXACTLY


def sources_hint(command: str) -> str:
    """Where to look when the bot abstains; `command` is "/sources" in Slack, the CLI's own in a shell."""
    return f"See what my documents cover with {command}."


def help_text(knowledge: KnowledgeBase, command: str) -> str:
    """Shown for an empty question: what to ask, with examples from the fact base."""
    examples = "\n".join(f"• {q}" for q in sample_questions(knowledge.facts))
    return f"Ask me a question about my documents, for example:\n{examples}\n{sources_hint(command)}"


def no_answer_text(result: Result, knowledge: KnowledgeBase, command: str) -> str:
    """Why there is no answer, in the user's terms."""
    if result.reason == "too_long":
        return TOO_LONG
    if result.reason == "unreadable":
        return UNREADABLE
    if result.reason in ("empty", "no_words"):
        return help_text(knowledge, command)
    return f"{ABSTAIN} {sources_hint(command)}"


def context(fact: Fact, knowledge: KnowledgeBase, width: int = CONTEXT_CHARS) -> tuple[str, str]:
    """Up to `width` characters of the document before and after the quote."""
    text = knowledge.document_of(fact).text
    before = " ".join(text[max(0, fact.start - width) : fact.start].split())
    after = " ".join(text[fact.end : fact.end + width].split())
    return before, after


def answer_text(fact: Fact, knowledge: KnowledgeBase) -> str:
    """An answer with its proof: the short answer, the verbatim quote, the document."""
    document = knowledge.document_of(fact)
    return (
        f"{fact.answer}\n\n"
        f"  “{fact.quote}”\n"
        f"  — {document.citation()}\n"
        f"    {document.path}, characters {fact.start}–{fact.end}"
    )


def result_text(result: Result, knowledge: KnowledgeBase, *, command: str, explain: bool = False) -> str:
    """Everything the terminal shows for one question."""
    if result.answered:
        body = answer_text(result.best.fact, knowledge)
    elif result.outcome is Outcome.SUGGEST:
        body = suggestion_intro(result) + "\n" + "\n".join(f"• {c.phrasing}" for c in result.suggestions)
    else:
        body = no_answer_text(result, knowledge, command)
    return body + ("\n\n" + explanation(result, knowledge) if explain else "")


def explanation(result: Result, knowledge: KnowledgeBase) -> str:
    """Why the matcher decided what it did: terms, matched phrasing, scores, runner-up, margin."""
    lines = [f"outcome: {result.outcome.value}" + (f" ({result.reason})" if result.reason else "")]
    lines.append(f"terms: {' '.join(result.terms) or '(none)'}")
    for label, candidate in (("best", result.best), ("runner-up", result.runner_up)):
        if candidate:
            lines.append(
                f"{label}: {candidate.fact.id} score {candidate.score:.3f} "
                f"(recall {candidate.recall:.2f}, precision {candidate.precision:.2f}) "
                f"via “{candidate.phrasing}”"
            )
    lines.append(f"margin: {result.margin:.3f}")
    if result.best:
        before, after = context(result.best.fact, knowledge)
        lines.append(f"context: …{before} [{result.best.fact.quote}] {after}…")
    return "\n".join(lines)


def result_json(result: Result, knowledge: KnowledgeBase, *, explain: bool = False) -> dict:
    """One JSON-ready object per question (the harness's --json output)."""
    fact = result.best.fact if result.answered else None
    document = knowledge.document_of(fact) if fact else None
    data = {
        "question": result.question,
        "answered": result.answered,
        "outcome": result.outcome.value,
        "reason": result.reason,
        "answer": fact.answer if fact else None,
        "quote": fact.quote if fact else None,
        "document": document.title if document else None,
        "document_id": document.id if document else None,
        "publisher": document.publisher if document else None,
        "date": (document.date or None) if document else None,
        "quote_offsets": [fact.start, fact.end] if fact else None,
        "fact_id": fact.id if fact else None,
        "score": round(result.score, 4),
        "suggestions": [{"fact_id": c.fact.id, "question": c.phrasing, "score": c.score} for c in result.suggestions],
    }
    if not result.answered:
        data["message"] = no_answer_text(result, knowledge, "/sources") if result.outcome is Outcome.ABSTAIN else None
    if explain:
        data["explain"] = {
            "terms": list(result.terms),
            "candidates": [
                {"fact_id": c.fact.id, "score": c.score, "recall": c.recall, "precision": c.precision,
                 "phrasing": c.phrasing}
                for c in result.candidates
            ],
            "margin": round(result.margin, 4),
        }
    return data


def summary_text(summary: Summary, knowledge: KnowledgeBase) -> str:
    """A summary for the terminal."""
    if summary.kind == "all":
        return "\n\n".join(f"{d.title} ({d.publisher})\n{d.summary_short}" for d in summary.documents)
    if summary.kind == "document":
        document = summary.documents[0]
        return f"{document.title}\n{document.citation()}\n\n{document.summary_long}"
    if summary.kind == "topic":
        parts = [f"On “{summary.query}”: {len(summary.facts)} fact(s)"]
        for fact in summary.facts:
            parts.append(f"• {fact.answer}\n  “{fact.quote}”\n  — {knowledge.document_of(fact).citation()}")
        return "\n\n".join(parts)
    return unknown_summary_text(summary, knowledge)


def unknown_summary_text(summary: Summary, knowledge: KnowledgeBase) -> str:
    names = ", ".join(d.id for d in knowledge.documents.values())
    return (
        f"No document or topic matches “{summary.query}”.\n"
        f"Documents: {names}\nTopics: {', '.join(summary.topics)}"
    )


def sources_text(entries: tuple[Source, ...]) -> str:
    """The documents the bot knows, for the terminal."""
    parts = []
    for entry in entries:
        samples = "\n".join(f"  • {q}" for q in entry.samples)
        parts.append(
            f"{entry.document.title} [{entry.document.id}]\n  {entry.document.citation()}\n"
            f"  Covers: {entry.document.covers}\n  {entry.fact_count} facts. Try:\n{samples}"
        )
    return "\n\n".join(parts)
