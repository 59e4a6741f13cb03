"""Bolt listeners: each one a module-level function that acks, calls the core, renders, and calls Slack once.

What a listener needs beyond Bolt's own arguments arrives as `briefbot` (a `Deps`, put in Bolt's
context by `Deps.attach`), so each reads the fact base that is current when its request comes in.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from slack_bolt import Ack, BoltContext, BoltResponse, Respond
from slack_sdk import WebClient

from bot import messages
from bot.factbase import FactBase
from bot.markup import without_mention
from bot.matching import Index, answer
from bot.slack import blocks
from bot.slack.work import InFlight, already_posted, reply_metadata
from bot.store.journal import Journal
from bot.summaries import sources, summarize

log = logging.getLogger("briefbot")
# Posts never unfurl links: a quote's URL must not turn into a preview card.
NO_UNFURL: dict[str, Any] = {"unfurl_links": False, "unfurl_media": False}
Body = dict[str, Any]


@dataclass
class Deps:
    """What the listeners share: the current fact base and the journal of work."""

    factbase: FactBase
    journal: Journal
    in_flight: InFlight

    def attach(self, context: BoltContext, next: Callable[[], Any]) -> Any:
        """Global middleware: hand these to every listener as `briefbot`."""
        context["briefbot"] = self
        return next()


def app_mention(event: Body, client: WebClient, context: BoltContext, briefbot: Deps) -> None:
    """A mention in a channel: answer in its thread."""
    if _is_question(event):
        _reply(event, client, context, briefbot)


def direct_message(event: Body, client: WebClient, context: BoltContext, briefbot: Deps) -> None:
    """A direct message is a question without a mention; channel messages come as app_mention."""
    if event.get("channel_type") == "im" and _is_question(event):
        _reply(event, client, context, briefbot)


def pick_suggestion(
    ack: Ack, body: Body, action: Body, client: WebClient, respond: Respond, context: BoltContext, briefbot: Deps
) -> None:
    """A "did you mean" button: post that fact's answer where the question was asked."""
    ack()
    knowledge = briefbot.factbase.knowledge
    fact = knowledge.fact(str(action.get("value") or ""))
    container = body.get("container") or {}
    channel = (body.get("channel") or {}).get("id") or container.get("channel_id")
    if fact is None or not channel:
        return
    if container.get("is_ephemeral"):
        # A private /ask stays private: the pick replaces the suggestions, for this user only.
        post = blocks.answer_message(fact, knowledge, question=fact.questions[0], feedback=False)
        respond(**post, response_type="ephemeral", replace_original=True, **NO_UNFURL)
        return
    post = blocks.answer_message(fact, knowledge, question=fact.questions[0])
    thread = _thread_of(body)
    if not (thread and already_posted(client, context, channel, thread)):
        client.chat_postMessage(
            channel=channel, thread_ts=thread, metadata=reply_metadata(context), **post, **NO_UNFURL
        )
    if container.get("message_ts"):
        # The buttons have done their job: say which question was picked instead.
        client.chat_update(channel=channel, ts=container["message_ts"], **blocks.picked_message(fact))


def feedback(ack: Ack, body: Body, action: Body, client: WebClient, context: BoltContext, briefbot: Deps) -> None:
    """Helpful / Not helpful: recorded for curators, acknowledged to the person privately."""
    ack()
    value = _json_object(action.get("value"))
    channel = (body.get("channel") or {}).get("id")
    user = (body.get("user") or {}).get("id")
    record = {
        "event": "feedback",
        "helpful": action.get("action_id") == "feedback_helpful",
        "fact_id": value.get("fact"),
        "question": value.get("q"),
        "user": user,
        "channel": channel,
    }
    log.info(json.dumps(record))
    if channel and user:
        client.chat_postEphemeral(channel=channel, user=user, thread_ts=_thread_of(body), text=messages.FEEDBACK_THANKS)


def share_in_channel(ack: Ack, action: Body, respond: Respond, context: BoltContext, briefbot: Deps) -> None:
    """Post a private /summary or /ask reply for everyone in the channel."""
    ack()
    value = _json_object(action.get("value"))
    reply = COMMAND_REPLIES.get(str(value.get("kind")))
    if reply:
        post = reply(str(value.get("query") or ""), briefbot.factbase.index, shared=True)
        respond(**post, response_type="in_channel", replace_original=False, **NO_UNFURL)


def summary_command(ack: Ack, command: Body, respond: Respond, context: BoltContext, briefbot: Deps) -> None:
    """/summary [document or topic], privately."""
    ack()
    respond(**summary_reply(str(command.get("text") or ""), briefbot.factbase.index), response_type="ephemeral")


def ask_command(ack: Ack, command: Body, respond: Respond, context: BoltContext, briefbot: Deps) -> None:
    """/ask QUESTION, privately, with a button to post the answer for everyone."""
    ack()
    respond(**ask_reply(str(command.get("text") or ""), briefbot.factbase.index), response_type="ephemeral")


def sources_command(ack: Ack, respond: Respond, context: BoltContext, briefbot: Deps) -> None:
    """/sources: the documents, what each covers, sample questions."""
    ack()
    respond(**blocks.sources_message(sources(briefbot.factbase.knowledge)), response_type="ephemeral")


def apologize(error: Exception, body: Body, client: WebClient) -> BoltResponse:
    """One error handler for every listener: a log line, and a polite reply in the question's thread."""
    log.error("listener failed: %s: %s", type(error).__name__, error)
    event = body.get("event") if isinstance(body, dict) else None
    if isinstance(event, dict) and isinstance(event.get("channel"), str) and isinstance(event.get("ts"), str):
        thread = event.get("thread_ts") if isinstance(event.get("thread_ts"), str) else event["ts"]
        client.chat_postMessage(channel=event["channel"], thread_ts=thread, **blocks.error_message())
    return BoltResponse(status=200, body="")


def summary_reply(query: str, index: Index, *, shared: bool = False) -> dict[str, Any]:
    """A /summary reply; a private one carries a button to share it."""
    post = blocks.summary_message(summarize(index, query), index.knowledge)
    return post if shared else blocks.with_blocks(post, after=[blocks.share_button("summary", query, messages.SHARE)])


def ask_reply(query: str, index: Index, *, shared: bool = False) -> dict[str, Any]:
    """An /ask reply headed by the question; a private one carries a button to post it for everyone."""
    result = answer(query, index)
    if result.answered and result.best:
        post = blocks.answer_message(result.best.fact, index.knowledge, query, feedback=shared)
    else:
        post = blocks.result_message(result, index.knowledge)
    post = blocks.with_blocks(post, before=[blocks.asked_context(query)])
    return post if shared else blocks.with_blocks(post, after=[blocks.share_button("ask", query, messages.POST)])


COMMAND_REPLIES: dict[str, Callable[..., dict[str, Any]]] = {"summary": summary_reply, "ask": ask_reply}


def _reply(event: Body, client: WebClient, context: BoltContext, briefbot: Deps) -> None:
    # A mention in a channel the bot also reads may arrive as two events: answer once per message.
    holder = str(context.get("work_key") or "")
    if holder and not briefbot.journal.claim(f"message:{event.get('channel')}:{event.get('ts')}", holder):
        return
    thread = event.get("thread_ts") or event["ts"]
    if already_posted(client, context, event["channel"], thread):
        return
    index = briefbot.factbase.index  # one fact base for the whole question, even during a reload
    question = without_mention(event.get("text") or "", context.bot_user_id)
    result = answer(question, index)
    # One line per question: what curators read to find what people ask that is not covered.
    record = {
        "event": "question",
        "outcome": result.outcome.value,
        "reason": result.reason.value,
        "fact_id": result.best.fact.id if result.answered and result.best else None,
        "score": result.score,
        "question": question[:500],
        "user": event.get("user"),
        "channel": event.get("channel"),
    }
    log.info(json.dumps(record))
    client.chat_postMessage(
        channel=event["channel"],
        thread_ts=thread,
        metadata=reply_metadata(context),
        **blocks.result_message(result, index.knowledge),
        **NO_UNFURL,
    )


def _is_question(event: Body) -> bool:
    # Edits, deletions, joins and other subtypes are not questions. Bolt drops the bot's own
    # posts; other bots' posts (and posts made via response_url) are dropped here.
    return not event.get("subtype") and not event.get("bot_id") and not event.get("bot_profile")


def _json_object(value: Any) -> dict[str, Any]:
    """A button value parsed as a JSON object; anything else (a list, a number, garbage) is empty."""
    if not isinstance(value, str) or len(value) > blocks.VALUE_LIMIT:
        return {}
    try:
        parsed = json.loads(value)
    except ValueError:
        return {}
    return parsed if isinstance(parsed, dict) else {}


def _thread_of(body: Body) -> str | None:
    message = body.get("message") or {}
    container = body.get("container") or {}
    return message.get("thread_ts") or container.get("thread_ts") or container.get("message_ts") or message.get("ts")
