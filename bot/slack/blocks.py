"""Slack Block Kit messages, as plain data: the words of bot.messages, escaped and within Slack's limits."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from slack_sdk.models.blocks import ContextActionsBlock, FeedbackButtonObject, FeedbackButtonsElement

from bot import messages
from bot.knowledge import ChannelRule, Fact, KnowledgeBase
from bot.markup import escape, neutralize, plain
from bot.matching import Outcome, Result
from bot.patterns import pattern
from bot.replies import Kind, Reply
from bot.report import CuratorReport, report_text
from bot.summaries import Source, Summary, SummaryKind, sample_questions, summary_of

Block = dict[str, Any]

SECTION_LIMIT = 3000  # characters of one section's text
BLOCK_LIMIT = 50  # blocks per message
TEXT_LIMIT = 39_000  # top-level text; Slack truncates at 40,000
BUTTON_TEXT_LIMIT = 75
VALUE_LIMIT = 2000  # a button's value
QUESTION_IN_VALUE = 1500  # room for the question inside a button value, leaving some for the JSON around it
_PARTIAL_ESCAPE = pattern(r"&[a-z]{0,4}$")


def cut(text: str, limit: int = SECTION_LIMIT) -> str:
    """Shorten text to `limit` characters with a note, never mid-way through an escape."""
    if len(text) <= limit:
        return text
    head = text[: limit - len(messages.CUT_NOTE)]
    return _PARTIAL_ESCAPE.sub("", head) + messages.CUT_NOTE


def section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": cut(text)}}


def context(text: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": cut(text)}]}


def button(text: str, action_id: str, value: str, style: str | None = None) -> Block:
    label = text if len(text) <= BUTTON_TEXT_LIMIT else text[: BUTTON_TEXT_LIMIT - 1] + "…"
    element: Block = {
        "type": "button",
        "text": {"type": "plain_text", "text": label},
        "action_id": action_id,
        "value": value[:VALUE_LIMIT],
    }
    if style:
        element["style"] = style
    return element


def message(blocks: list[Block], text: str) -> dict[str, Any]:
    """A chat message body within Slack's limits: blocks plus the plain-text fallback."""
    if len(blocks) > BLOCK_LIMIT:
        blocks = [*blocks[: BLOCK_LIMIT - 1], context(messages.CUT_SHORT)]
    return {"blocks": blocks, "text": cut(text, TEXT_LIMIT)}


def with_blocks(post: dict[str, Any], *, before: Sequence[Block] = (), after: Sequence[Block] = ()) -> dict[str, Any]:
    """The same message with blocks added around its own, trimmed so the added ones always fit."""
    room = BLOCK_LIMIT - len(before) - len(after)
    return {**post, "blocks": [*before, *post["blocks"][:room], *after]}


def quote_block(quote: str) -> str:
    return "\n".join("> " + escape(line) for line in quote.splitlines() or [""])


def citation(fact: Fact, knowledge: KnowledgeBase) -> str:
    return escape(messages.cited_from(knowledge.document_of(fact).citation()))


def question_value(question: str, **fields: str) -> str:
    """A button value carrying the question (pings removed, cut to fit) and a few fields."""
    return json.dumps({**fields, "q": plain(question)[:QUESTION_IN_VALUE]})


def feedback_block(fact: Fact, question: str, question_id: str | None) -> Block:
    """Slack's native thumbs up / down under an answer; each value names the question and the fact."""
    ids = {"fact": fact.id, **({"qid": question_id} if question_id else {})}
    block = ContextActionsBlock(
        block_id="feedback",
        elements=[
            FeedbackButtonsElement(
                action_id="answer_feedback",
                positive_button=FeedbackButtonObject(
                    text=messages.HELPFUL, value=question_value(question, r="helpful", **ids),
                    accessibility_label=messages.HELPFUL_LABEL,
                ),
                negative_button=FeedbackButtonObject(
                    text=messages.NOT_HELPFUL, value=question_value(question, r="unhelpful", **ids),
                    accessibility_label=messages.NOT_HELPFUL_LABEL,
                ),
            )
        ],
    )  # fmt: skip
    return dict(block.to_dict())


def answer_message(
    fact: Fact, knowledge: KnowledgeBase, question: str, *, feedback: bool = True, question_id: str | None = None
) -> dict[str, Any]:
    """The answer, its verbatim quote and the document, with feedback buttons."""
    blocks = [section(escape(fact.answer)), section(quote_block(fact.quote)), context(citation(fact, knowledge))]
    if feedback:
        blocks.append(feedback_block(fact, question, question_id))
    text = f"{escape(fact.answer)}\n{quote_block(fact.quote)}\n{citation(fact, knowledge)}"
    return message(blocks, text)


def result_message(result: Result, knowledge: KnowledgeBase, question_id: str | None = None) -> dict[str, Any]:
    """Whatever the matcher concluded, as a Slack message."""
    if result.answered and result.best:
        return answer_message(result.best.fact, knowledge, result.question, question_id=question_id)
    if result.outcome is Outcome.SUGGEST:
        intro = messages.suggestion_intro(result.reason)
        buttons = [
            button(c.offered, f"pick_fact_{n}", json.dumps({"fact": c.fact.id, "qid": question_id or ""}))
            for n, c in enumerate(result.suggestions)
        ]
        lines = "\n".join(f"• {escape(c.offered)}" for c in result.suggestions)
        return message(
            [section(intro), {"type": "actions", "block_id": "suggestions", "elements": buttons}], f"{intro}\n{lines}"
        )
    samples = sample_questions(knowledge.facts)
    text = escape(messages.no_answer(result.reason, samples, messages.SOURCES_SLACK))
    return message([section(text)], text)


def reply_message(
    reply: Reply, knowledge: KnowledgeBase, question_id: str | None = None, *, feedback: bool = True
) -> dict[str, Any]:
    """Whatever the bot concluded about a message, as a Slack message: the same words as the terminal."""
    if reply.kind is Kind.CHAT and reply.turn:
        titles = [d.title for d in knowledge.documents.values()]
        text = escape(
            messages.chat(reply.turn.value, titles, sample_questions(knowledge.facts), messages.SOURCES_SLACK)
        )
        return message([section(text)], text)
    if reply.kind is Kind.SUMMARY and reply.summary:
        return summary_message(reply.summary, knowledge)
    if reply.kind is Kind.RELATED and reply.gap:
        fact = reply.parts[0].fact
        intro = escape(f"{messages.GAPS[reply.gap.value]} {messages.WHAT_THEY_SAY}")
        body = answer_message(fact, knowledge, reply.question, feedback=False)
        return with_blocks(body, before=[section(intro)]) | {"text": cut(f"{intro}\n{body['text']}", TEXT_LIMIT)}
    if reply.kind is Kind.ANSWER and reply.parts:
        heading = messages.tied(reply.guarded)
        found: list[Block] = [section(escape(heading))] if reply.tied else []
        texts = [escape(heading)] if reply.tied else []
        for number, part in enumerate(reply.parts, 1):
            opening = messages.lead(part.lead.value)
            answer_line = f"{opening + ' ' if opening else ''}{part.fact.answer}"
            if len(reply.parts) > 1:
                answer_line = f"{number}. {answer_line}"
            found += [section(escape(answer_line)), section(quote_block(part.fact.quote)),
                      context(citation(part.fact, knowledge))]  # fmt: skip
            texts.append(f"{escape(answer_line)}\n{quote_block(part.fact.quote)}\n{citation(part.fact, knowledge)}")
        for line in [*map(messages.not_covered, reply.unanswered), *map(messages.unclear, reply.unclear)]:
            found.append(section(escape(line)))
            texts.append(escape(line))
        if feedback:
            found.append(feedback_block(reply.parts[0].fact, reply.question, question_id))
        return message(found, "\n\n".join(texts))
    return result_message(reply.result, knowledge, question_id)


def asked_context(question: str) -> Block:
    """A line showing the question a private reply answers (pings defused)."""
    return context(messages.asked(neutralize(question)))


def picked_message(fact: Fact) -> dict[str, Any]:
    """What a "did you mean" message becomes once a question is picked (the answer follows below)."""
    text = escape(messages.answering(fact.questions[0]))
    return message([context(text)], text)


def share_button(kind: str, query: str, label: str = messages.SHARE) -> Block:
    value = json.dumps({"kind": kind, "query": plain(query)[:QUESTION_IN_VALUE]})
    return {"type": "actions", "block_id": "share", "elements": [button(label, "share_in_channel", value)]}


def summary_message(summary: Summary, knowledge: KnowledgeBase) -> dict[str, Any]:
    """/summary: every document, one document, or the facts on a topic."""
    if summary.kind is SummaryKind.ALL:
        blocks = [
            section(f"*{escape(d.title)}* ({escape(d.publisher)})\n{escape(d.summary_short)}")
            for d in summary.documents
        ]
    elif summary.kind is SummaryKind.DOCUMENT:
        document = summary.documents[0]
        blocks = [
            section(f"*{escape(document.title)}*\n{escape(summary_of(document, brief=summary.brief))}"),
            context(escape(document.citation())),
        ]
    elif summary.kind is SummaryKind.TOPIC:
        blocks = [section(f"*{messages.topic_heading(neutralize(summary.query), len(summary.facts))}*")]
        for fact in summary.facts:
            blocks += [section(f"{escape(fact.answer)}\n{quote_block(fact.quote)}"), context(citation(fact, knowledge))]
    else:
        # The query is the user's: defuse its pings along with the rest.
        text = neutralize(messages.no_such_summary(summary.query, knowledge.documents, summary.topics))
        return message([section(text)], text)
    fallback = "\n\n".join(b["text"]["text"] for b in blocks if b["type"] == "section")
    return message(blocks, fallback)


def sources_message(entries: tuple[Source, ...], channels: dict[str, ChannelRule] | None = None) -> dict[str, Any]:
    """/sources: each document, what it covers and sample questions; channels with their own rules."""
    blocks = []
    for entry in entries:
        samples = "\n".join(f"• {escape(q)}" for q in entry.samples)
        document = entry.document
        blocks.append(
            section(
                f"*{escape(document.title)}* — {escape(document.citation())}\n"
                f"{escape(document.covers)}\n_{messages.fact_count_try(entry.fact_count)}_\n{samples}"
            )
        )
    if channels:
        lines = [
            messages.channel_line(f"<#{r.channel}>", r.documents, r.tags, r.answering.value, escape(r.note))
            for r in channels.values()
        ]
        blocks.append(section(f"*{messages.HOME_CHANNELS}*\n" + "\n".join(lines)))
    fallback = "\n\n".join(b["text"]["text"] for b in blocks)
    return message(blocks, fallback)


def error_message() -> dict[str, Any]:
    return {"text": messages.SOMETHING_WENT_WRONG}


REASON_CALLBACK = "feedback_reason"
REASON_LIMIT = 1000  # characters of a reason: a sentence or a paragraph, not an essay


def reason_modal(private_metadata: str) -> dict[str, Any]:
    """The optional "what was wrong?" form opened by a Not helpful press."""
    return text_modal(
        REASON_CALLBACK, "reason", private_metadata, title=messages.REASON_TITLE, label=messages.REASON_LABEL,
        submit=messages.REASON_SEND, hint=messages.REASON_HINT, limit=REASON_LIMIT, optional=True,
    )  # fmt: skip


def text_modal(
    callback_id: str,
    block_id: str,
    private_metadata: str,
    *,
    title: str,
    label: str,
    submit: str,
    limit: int,
    hint: str = "",
    initial: str = "",
    optional: bool = False,
) -> dict[str, Any]:
    """A modal with one multi-line text input; `modal_value(view, block_id)` reads it back."""
    element: Block = {"type": "plain_text_input", "action_id": "text", "multiline": True, "max_length": limit}
    if initial:
        element["initial_value"] = initial[:limit]
    field: Block = {"type": "input", "block_id": block_id, "optional": optional,
                    "label": {"type": "plain_text", "text": label}, "element": element}  # fmt: skip
    if hint:
        field["hint"] = {"type": "plain_text", "text": hint}
    return {
        "type": "modal",
        "callback_id": callback_id,
        "private_metadata": private_metadata[:3000],
        "title": {"type": "plain_text", "text": title},
        "submit": {"type": "plain_text", "text": submit},
        "close": {"type": "plain_text", "text": messages.REASON_CANCEL},
        "blocks": [field],
    }


def notice_message(text: str) -> dict[str, Any]:
    """A notice to curators (reload problems, changed answers): the text as-is, escaped."""
    return message([section(escape(text))], escape(text))


def report_message(report: CuratorReport) -> dict[str, Any]:
    """The curator report as a Block Kit digest: the same parts as the terminal's, most frequent first."""
    questions = escape(report_text(report).split("\n", 2)[1])  # the totals line
    blocks: list[Block] = [
        {"type": "header", "text": {"type": "plain_text", "text": messages.REPORT_TITLE[:150]}},
        context(escape(report_text(report).split("\n", 1)[0])),
        section(questions),
    ]
    parts = [
        (messages.REPORT_UNANSWERED, [f"{g.count}× {escape(g.wording)}" for g in report.unanswered]),
        (messages.REPORT_SUGGESTED, [f"{g.count}× {escape(g.wording)}" for g in report.did_you_mean]),
        (
            messages.REPORT_UNHELPFUL,
            [
                f"{u.count}× `{escape(u.fact_id)}`: {escape(u.answer)}"
                + "".join(f"\n      _why:_ {escape(r)}" for r in u.reasons[:3])
                for u in report.unhelpful
            ],
        ),
        (messages.REPORT_PICKS, [f"{p.count}× “{escape(p.question)}” → `{escape(p.fact_id)}`" for p in report.picks]),
        (
            messages.REPORT_NEVER_ASKED,
            [", ".join(f"`{escape(f)}`" for f in report.never_asked)] if report.never_asked else [],
        ),
    ]
    for title, lines in parts:
        body = "\n".join(f"• {line}" for line in lines[:15]) or messages.REPORT_NONE
        blocks.append(section(f"*{title}*\n{body}"))
    return message(blocks, escape(report_text(report)))


HOME_BLOCK_LIMIT = 100  # a Home tab view's blocks
HOME_DOCUMENTS = 10  # documents shown in full; the rest are counted
HOME_RECENT = 5


@dataclass(frozen=True)
class CuratorView:
    """What a curator sees in addition on the Home tab."""

    status: dict[str, object]
    counts: dict[str, int] | None


def home_view(knowledge: KnowledgeBase, recent: list[tuple[str, str]], curator: CuratorView | None) -> dict[str, Any]:
    """The App Home tab: each document with what it covers, its topics and sample questions as buttons; the
    person's own recent questions; for curators, the fact base's state. Within Slack's 100 blocks."""
    found: list[Block] = [{"type": "header", "text": {"type": "plain_text", "text": messages.HOME_TITLE}}]
    by_document: dict[str, list[Fact]] = {d: [] for d in knowledge.documents}
    for fact in knowledge.facts:
        by_document[fact.document].append(fact)
    for number, (doc_id, facts) in enumerate(by_document.items()):
        if number == HOME_DOCUMENTS:
            found.append(context(escape(f"… and {len(by_document) - HOME_DOCUMENTS} more: /sources lists them all.")))
            break
        document = knowledge.documents[doc_id]
        topics = sorted({t for f in facts for t in f.tags})
        found.append(section(
            f"*{escape(document.title)}* — {escape(document.citation())}\n{escape(document.covers)}"
            + (f"\n_Topics: {escape(', '.join(topics))}_" if topics else "")
        ))  # fmt: skip
        samples = sample_questions(facts)
        if samples:
            found.append(context(escape(messages.HOME_TRY)))
            buttons = [button(q, f"home_ask_{n}", q[:QUESTION_IN_VALUE]) for n, q in enumerate(samples)]
            found.append({"type": "actions", "block_id": f"home_samples_{number}", "elements": buttons})
    if knowledge.channels:
        lines = [
            messages.channel_line(f"<#{r.channel}>", r.documents, r.tags, r.answering.value, escape(r.note))
            for r in list(knowledge.channels.values())[:20]
        ]
        found += [{"type": "divider"}, section(f"*{messages.HOME_CHANNELS}*\n" + "\n".join(lines))]
    found += [{"type": "divider"}, {"type": "header", "text": {"type": "plain_text", "text": messages.HOME_YOURS}}]
    if recent:
        marks = {"answer": messages.ANSWERED_MARK}
        lines = [
            f"• {neutralize(q)[:200]} — _{marks.get(o, messages.NOT_ANSWERED_MARK)}_" for q, o in recent[:HOME_RECENT]
        ]
        found.append(section("\n".join(lines)))
    else:
        found.append(section(escape(messages.HOME_NONE_YET)))
    if curator is not None:
        heading = {"type": "header", "text": {"type": "plain_text", "text": messages.HOME_CURATORS}}
        found += [{"type": "divider"}, heading, section(escape(messages.curator_line(curator.status, curator.counts)))]
    if len(found) > HOME_BLOCK_LIMIT:
        found = [*found[: HOME_BLOCK_LIMIT - 1], context(messages.CUT_SHORT)]
    return {"type": "home", "blocks": found}


ASK_CALLBACK = "ask_from_message"
QUESTION_LIMIT = 2000  # characters of a question typed in a form (the matcher reads no more)


def ask_modal(question: str, private_metadata: str) -> dict[str, Any]:
    """The message shortcut's form: the message's text as an editable question."""
    return text_modal(
        ASK_CALLBACK, "question", private_metadata, title=messages.ASK_TITLE, label=messages.ASK_LABEL,
        submit=messages.ASK_SEND, limit=QUESTION_LIMIT, initial=question,
    )  # fmt: skip


def modal_value(view: dict[str, Any], block_id: str) -> str | None:
    """The text typed into a modal's input block (None if absent or not text)."""
    state = ((view.get("state") or {}).get("values") or {}).get(block_id) or {}
    value = (state.get("text") or {}).get("value") if isinstance(state, dict) else None
    return value if isinstance(value, str) else None
