"""The terminal's and the JSON output's rendering of answers, summaries and sources (words from messages)."""

from __future__ import annotations

from typing import Any

from bot import messages
from bot.knowledge import ChannelRule, Fact, KnowledgeBase
from bot.matching import Outcome, Result
from bot.replies import Kind, Reply
from bot.summaries import Source, Summary, SummaryKind, sample_questions, summary_of

CONTEXT_CHARS = 60


def no_answer_text(result: Result, knowledge: KnowledgeBase, command: str) -> str:
    """Why there is no answer, in the user's terms."""
    return messages.no_answer(result.reason, sample_questions(knowledge.facts), command)


def context(fact: Fact, knowledge: KnowledgeBase, width: int = CONTEXT_CHARS) -> tuple[str, str]:
    """Up to `width` characters of the document before and after the quote."""
    text = knowledge.document_of(fact).text
    before = " ".join(text[max(0, fact.start - width) : fact.start].split())
    after = " ".join(text[fact.end : fact.end + width].split())
    return before, after


def answer_text(fact: Fact, knowledge: KnowledgeBase, *, opening: str = "") -> str:
    """An answer with its proof: the short answer, the verbatim quote, the document."""
    document = knowledge.document_of(fact)
    return (
        f"{opening + ' ' if opening else ''}{fact.answer}\n\n"
        f"  “{fact.quote}”\n"
        f"  — {document.citation()}\n"
        f"    {messages.quote_location(document.path, fact.start, fact.end)}"
    )


def result_text(result: Result, knowledge: KnowledgeBase, *, command: str, explain: bool = False) -> str:
    """Everything the terminal shows for one question."""
    if result.answered and result.best:
        body = answer_text(result.best.fact, knowledge)
    elif result.outcome is Outcome.SUGGEST:
        lines = "\n".join(f"• {c.offered}" for c in result.suggestions)
        body = messages.suggestion_intro(result.reason) + "\n" + lines
    else:
        body = no_answer_text(result, knowledge, command)
    return body + ("\n\n" + explanation(result, knowledge) if explain else "")


def explanation(result: Result, knowledge: KnowledgeBase) -> str:
    """Why the matcher decided what it did: terms, matched phrasing, scores, runner-up, margin."""
    lines = [f"outcome: {result.outcome.value}" + (f" ({result.reason.value})" if result.reason else "")]
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


def result_json(result: Result, knowledge: KnowledgeBase, *, explain: bool = False) -> dict[str, Any]:
    """One JSON-ready object per question (the harness's --json output)."""
    fact = result.best.fact if result.answered and result.best else None
    document = knowledge.document_of(fact) if fact else None
    data: dict[str, Any] = {
        "question": result.question,
        "answered": result.answered,
        "outcome": result.outcome.value,
        "reason": result.reason.value,
        "answer": fact.answer if fact else None,
        "quote": fact.quote if fact else None,
        "document": document.title if document else None,
        "document_id": document.id if document else None,
        "publisher": document.publisher if document else None,
        "date": (document.date or None) if document else None,
        "quote_offsets": [fact.start, fact.end] if fact else None,
        "fact_id": fact.id if fact else None,
        "score": round(result.score, 4),
        "suggestions": [{"fact_id": c.fact.id, "question": c.offered, "score": c.score} for c in result.suggestions],
    }
    if not result.answered:
        abstained = result.outcome is Outcome.ABSTAIN
        data["message"] = no_answer_text(result, knowledge, messages.SOURCES_SLACK) if abstained else None
    if explain:
        data["explain"] = {
            "terms": list(result.terms),
            "candidates": [
                {
                    "fact_id": c.fact.id,
                    "score": c.score,
                    "recall": c.recall,
                    "precision": c.precision,
                    "phrasing": c.phrasing,
                }
                for c in result.candidates
            ],
            "margin": round(result.margin, 4),
        }
    return data


def summary_text(summary: Summary, knowledge: KnowledgeBase) -> str:
    """A summary for the terminal."""
    if summary.kind is SummaryKind.ALL:
        return "\n\n".join(f"{d.title} ({d.publisher})\n{d.summary_short}" for d in summary.documents)
    if summary.kind is SummaryKind.DOCUMENT:
        document = summary.documents[0]
        return f"{document.title}\n{document.citation()}\n\n{summary_of(document, brief=summary.brief)}"
    if summary.kind is SummaryKind.TOPIC:
        parts = [messages.topic_heading(summary.query, len(summary.facts))]
        for fact in summary.facts:
            parts.append(f"• {fact.answer}\n  “{fact.quote}”\n  — {knowledge.document_of(fact).citation()}")
        return "\n\n".join(parts)
    return messages.no_such_summary(summary.query, knowledge.documents, summary.topics)


def sources_text(entries: tuple[Source, ...], channels: dict[str, ChannelRule] | None = None) -> str:
    """The documents the bot knows (and channels with their own rules), for the terminal."""
    parts = []
    for entry in entries:
        samples = "\n".join(f"  • {q}" for q in entry.samples)
        parts.append(
            f"{entry.document.title} [{entry.document.id}]\n  {entry.document.citation()}\n"
            f"  {messages.covers(entry.document.covers)}\n  {messages.fact_count_try(entry.fact_count)}\n{samples}"
        )
    if channels:
        lines = [
            messages.channel_line(f"#{r.channel}", r.documents, r.tags, r.answering.value, r.note)
            for r in channels.values()
        ]
        parts.append(f"{messages.HOME_CHANNELS}:\n" + "\n".join(f"  {line}" for line in lines))
    if channels:
        lines = [
            messages.channel_line(f"#{r.channel}", r.documents, r.tags, r.answering.value, r.note)
            for r in channels.values()
        ]
        parts.append(f"{messages.HOME_CHANNELS}:\n" + "\n".join(f"  {line}" for line in lines))
    return "\n\n".join(parts)


def reply_text(reply: Reply, knowledge: KnowledgeBase, *, command: str, explain: bool = False) -> str:
    """Everything the terminal shows for one message (and JSON's `reply`)."""
    if reply.kind is Kind.CHAT and reply.turn:
        titles = [d.title for d in knowledge.documents.values()]
        body = messages.chat(reply.turn.value, titles, sample_questions(knowledge.facts), command)
    elif reply.kind is Kind.SUMMARY and reply.summary:
        body = summary_text(reply.summary, knowledge)
    elif reply.kind is Kind.RELATED and reply.gap:
        fact = reply.parts[0].fact
        body = f"{messages.GAPS[reply.gap.value]} {messages.WHAT_THEY_SAY}\n\n{answer_text(fact, knowledge)}"
    elif reply.kind is Kind.ANSWER:
        numbered = len(reply.parts) > 1
        pieces = [messages.tied(reply.guarded)] if reply.tied else []
        for number, part in enumerate(reply.parts, 1):
            opening = messages.lead(part.lead.value)
            text = answer_text(part.fact, knowledge, opening=opening)
            pieces.append(f"{number}. {text}" if numbered else text)
        pieces += [messages.not_covered(p) for p in reply.unanswered]
        pieces += [messages.unclear(p) for p in reply.unclear]
        body = "\n\n".join(pieces)
    else:
        return result_text(reply.result, knowledge, command=command, explain=explain)
    return body + ("\n\n" + explanation(reply.result, knowledge) if explain else "")


def reply_json(reply: Reply, knowledge: KnowledgeBase, *, explain: bool = False) -> dict[str, Any]:
    """One JSON-ready object per message (the harness's --json output); documented in the README."""
    data = result_json(reply.result, knowledge, explain=explain)
    first = reply.parts[0].fact if reply.parts and reply.kind in (Kind.ANSWER, Kind.RELATED) else None
    document = knowledge.document_of(first) if first else None
    data.update({
        "question": reply.question, "answered": reply.answered, "outcome": reply.kind.value,
        "reply": reply_text(reply, knowledge, command=messages.SOURCES_CLI),
        "answer": first.answer if first else None, "quote": first.quote if first else None,
        "document": document.title if document else None, "document_id": document.id if document else None,
        "publisher": document.publisher if document else None,
        "date": (document.date or None) if document else None,
        "quote_offsets": [first.start, first.end] if first else None, "fact_id": first.id if first else None,
        "answers": [
            {"fact_id": p.fact.id, "answer": p.fact.answer, "quote": p.fact.quote, "lead": p.lead.value or None,
             "asked": p.asked, "document_id": p.fact.document, "quote_offsets": [p.fact.start, p.fact.end]}
            for p in reply.parts
        ],
        "gap": reply.gap.value if reply.gap else None,
        "turn": reply.turn.value if reply.turn else None,
        "not_covered": list(reply.unanswered), "unclear": list(reply.unclear), "tied": reply.tied,
    })  # fmt: skip
    if reply.kind is not Kind.ABSTAIN:
        data.pop("message", None)
    if reply.answered:  # answered from facts (both halves, or two tied facts), whatever the whole question scored
        data.update(reason="", suggestions=[])
    return data
