"""Slack Block Kit messages, as plain data: the same words as render.py, escaped and within Slack's limits."""

from __future__ import annotations

import html
import json
import re

from bot.knowledge import Fact, KnowledgeBase
from bot.matching import Outcome, Result
from bot.render import no_answer_text, suggestion_intro, unknown_summary_text
from bot.summaries import Source, Summary

SECTION_LIMIT = 3000  # characters of one section's text
BLOCK_LIMIT = 50  # blocks per message
TEXT_LIMIT = 39_000  # top-level text; Slack truncates at 40,000
BUTTON_TEXT_LIMIT = 75
VALUE_LIMIT = 2000
CUT_NOTE = "… (cut to fit Slack's limits)"
SOURCES = "/sources"

_SPECIAL = re.compile(r"<!(here|channel|everyone)(?:\|[^>]*)?>")
_SUBTEAM = re.compile(r"<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>")
_USER = re.compile(r"<@[A-Z0-9]+(?:\|([^>]*))?>")
_OTHER = re.compile(r"<[!#][^>]*?(?:\|([^>]*))?>")
_LINK = re.compile(r"<([^>|]+)(?:\|([^>]*))?>")


def escape(text: str) -> str:
    """Escape the three characters mrkdwn gives meaning to."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unping(text: str) -> str:
    """Slack's encoded text with every mention and link token turned into plain words."""
    text = _SPECIAL.sub(lambda m: m.group(1), text)
    text = _SUBTEAM.sub(lambda m: (m.group(1) or "a group").lstrip("@"), text)
    text = _USER.sub(lambda m: m.group(1) or "someone", text)
    text = _OTHER.sub(lambda m: m.group(1) or "", text)
    return _LINK.sub(lambda m: m.group(1), text)  # show where a link really goes, never its label


def neutralize(text: str) -> str:
    """Make user text safe to echo: no @here/@channel/user-group/user pings, no disguised links."""
    return escape(html.unescape(unping(text)))


def cut(text: str, limit: int = SECTION_LIMIT) -> str:
    """Shorten text to `limit` characters with a note, never mid-way through an escape."""
    if len(text) <= limit:
        return text
    head = text[: limit - len(CUT_NOTE)]
    head = re.sub(r"&[a-z]{0,4}$", "", head)
    return head + CUT_NOTE


def section(text: str) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": cut(text)}}


def context(text: str) -> dict:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": cut(text)}]}


def button(text: str, action_id: str, value: str, style: str | None = None) -> dict:
    plain = text if len(text) <= BUTTON_TEXT_LIMIT else text[: BUTTON_TEXT_LIMIT - 1] + "…"
    element = {"type": "button", "text": {"type": "plain_text", "text": plain}, "action_id": action_id,
               "value": value[:VALUE_LIMIT]}
    if style:
        element["style"] = style
    return element


def message(blocks: list[dict], text: str) -> dict:
    """A chat message body within Slack's limits: blocks plus the plain-text fallback."""
    if len(blocks) > BLOCK_LIMIT:
        blocks = [*blocks[: BLOCK_LIMIT - 1], context(CUT_NOTE.strip("… "))]
    return {"blocks": blocks, "text": cut(text, TEXT_LIMIT)}


def quote_block(quote: str) -> str:
    return "\n".join("> " + escape(line) for line in quote.splitlines() or [""])


def citation(fact: Fact, knowledge: KnowledgeBase) -> str:
    document = knowledge.document_of(fact)
    return escape(f"From {document.citation()}")


def answer_message(fact: Fact, knowledge: KnowledgeBase, question: str, *, feedback: bool = True) -> dict:
    """The answer, its verbatim quote and the document, with feedback buttons."""
    blocks = [section(escape(fact.answer)), section(quote_block(fact.quote)), context(citation(fact, knowledge))]
    if feedback:
        value = json.dumps({"fact": fact.id, "q": unping(question)[:1500]})
        blocks.append({"type": "actions", "block_id": "feedback", "elements": [
            button("Helpful", "feedback_helpful", value),
            button("Not helpful", "feedback_unhelpful", value),
        ]})
    text = f"{escape(fact.answer)}\n{quote_block(fact.quote)}\n{citation(fact, knowledge)}"
    return message(blocks, text)


def result_message(result: Result, knowledge: KnowledgeBase) -> dict:
    """Whatever the matcher concluded, as a Slack message."""
    if result.answered:
        return answer_message(result.best.fact, knowledge, result.question)
    if result.outcome is Outcome.SUGGEST:
        buttons = [button(c.phrasing, f"pick_fact_{n}", c.fact.id) for n, c in enumerate(result.suggestions)]
        lines = "\n".join(f"• {escape(c.phrasing)}" for c in result.suggestions)
        return message(
            [section(suggestion_intro(result)), {"type": "actions", "block_id": "suggestions", "elements": buttons}],
            f"{suggestion_intro(result)}\n{lines}",
        )
    text = escape(no_answer_text(result, knowledge, SOURCES))
    return message([section(text)], text)


def picked_message(fact: Fact) -> dict:
    """What a "did you mean" message becomes once a question is picked (the answer follows below)."""
    text = f"Answering: “{escape(fact.questions[0])}”"
    return message([context(text)], text)


def share_button(kind: str, query: str, label: str = "Share in channel") -> dict:
    return {"type": "actions", "block_id": "share",
            "elements": [button(label, "share_in_channel", json.dumps({"kind": kind, "query": unping(query)[:1500]}))]}


def summary_message(summary: Summary, knowledge: KnowledgeBase) -> dict:
    """/summary: every document, one document, or the facts on a topic."""
    if summary.kind == "all":
        blocks = [section(f"*{escape(d.title)}* ({escape(d.publisher)})\n{escape(d.summary_short)}")
                  for d in summary.documents]
    elif summary.kind == "document":
        document = summary.documents[0]
        blocks = [section(f"*{escape(document.title)}*\n{escape(document.summary_long)}"),
                  context(escape(document.citation()))]
    elif summary.kind == "topic":
        blocks = [section(f"*{len(summary.facts)} fact(s) on “{neutralize(summary.query)}”*")]
        for fact in summary.facts:
            blocks += [section(f"{escape(fact.answer)}\n{quote_block(fact.quote)}"), context(citation(fact, knowledge))]
    else:
        text = neutralize(unknown_summary_text(summary, knowledge))  # the query is the user's: no pings
        return message([section(text)], text)
    fallback = "\n\n".join(b["text"]["text"] for b in blocks if b["type"] == "section")
    return message(blocks, fallback)


def sources_message(entries: tuple[Source, ...]) -> dict:
    """/sources: each document, what it covers and sample questions."""
    blocks = []
    for entry in entries:
        samples = "\n".join(f"• {escape(q)}" for q in entry.samples)
        blocks += [
            section(f"*{escape(entry.document.title)}* — {escape(entry.document.citation())}\n"
                    f"{escape(entry.document.covers)}\n_{entry.fact_count} facts. Try:_\n{samples}"),
        ]
    fallback = "\n\n".join(b["text"]["text"] for b in blocks)
    return message(blocks, fallback)
