"""Bolt listeners: each one a module-level function that acks, calls the core, renders, and calls Slack once.

What a listener needs beyond Bolt's own arguments arrives as `briefbot` (a `Deps`, put in Bolt's
context by `Deps.attach`), so each reads the fact base that is current when its request comes in.
"""

from __future__ import annotations

import html
import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from slack_bolt import Ack, BoltContext, BoltResponse, Respond
from slack_bolt.error import BoltUnhandledRequestError
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import messages
from bot.factbase import FactBase
from bot.markup import plain, without_mention
from bot.matching import Index
from bot.replies import Kind, Reply, reply_to
from bot.slack import blocks
from bot.slack.channels import listens_in
from bot.slack.work import InFlight, RecentKeys, already_posted, reply_metadata, unhandled
from bot.store.journal import Journal
from bot.store.questions import Asked, Feedback, QuestionStore, Reaction
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
    store: QuestionStore | None = None
    curators: tuple[str, ...] = ()  # user ids who see the curator part of the Home tab
    recent: RecentKeys = field(default_factory=RecentKeys)  # dedupe while the journal is unreachable
    home_users: set[str] = field(default_factory=set)  # whose Home tab to rebuild when the fact base changes
    thinking: Thinking = field(default_factory=lambda: Thinking())

    def record(self, reply: Reply, surface: str, *, channel: str | None, user: str | None) -> str:
        """Keep a question for the curators (when the store is on); its id, for the buttons."""
        asked = Asked.of(reply, surface, channel=channel, user=user, version=self.factbase.current.version)
        if self.store is not None:
            self.store.add(asked)
        return asked.id

    def react(self, record: Feedback) -> None:
        if self.store is not None:
            self.store.add(record)

    def attach(self, context: BoltContext, next: Callable[[], Any]) -> Any:
        """Global middleware: hand these to every listener as `briefbot`."""
        context["briefbot"] = self
        return next()


def app_mention(event: Body, client: WebClient, context: BoltContext, briefbot: Deps) -> None:
    """A mention in a channel: answer in its thread."""
    if _is_question(event):
        _reply(event, client, context, briefbot, surface="mention")


def message(event: Body, client: WebClient, context: BoltContext, briefbot: Deps) -> None:
    """A direct message is a question without a mention. In a channel that opts in (channels.yaml,
    `answer: questions`), so is a message ending in "?" and any reply in a thread the bot answered in;
    elsewhere channel messages are left alone (their mentions come as app_mention)."""
    if not _is_question(event):
        return
    if event.get("channel_type") == "im":
        _reply(event, client, context, briefbot, surface="dm")
    elif listens_in(event, briefbot.factbase.knowledge) and f"<@{context.bot_user_id}" not in str(event.get("text")):
        _reply(event, client, context, briefbot, surface="channel")


def home_opened(event: Body, client: WebClient, context: BoltContext, briefbot: Deps) -> None:
    """The App Home tab: what the bot knows, the person's own questions, and for curators the fact base's state."""
    if event.get("tab") == "home" and isinstance(event.get("user"), str):
        publish_home(client, event["user"], briefbot)


def publish_home(client: WebClient, user: str, briefbot: Deps) -> None:
    """Build and publish one person's Home tab."""
    briefbot.home_users.add(user)
    knowledge = briefbot.factbase.knowledge
    mine = briefbot.store.questions_of(user) if briefbot.store else []
    curator = None
    if user in briefbot.curators:
        counts = briefbot.store.week_counts() if briefbot.store else None
        curator = blocks.CuratorView(briefbot.factbase.status(), counts)
    view = blocks.home_view(knowledge, [(row.question, row.outcome) for row in mine], curator)
    client.views_publish(user_id=user, view=view)


def home_ask(ack: Ack, body: Body, action: Body, client: WebClient, context: BoltContext, briefbot: Deps) -> None:
    """A sample question pressed in the Home tab: answered privately, as a direct message."""
    ack()
    user = (body.get("user") or {}).get("id")
    question = str(action.get("value") or "")[: blocks.QUESTION_IN_VALUE]
    if not isinstance(user, str) or not question:
        return
    index = briefbot.factbase.index
    reply = reply_to(question, index)
    question_id = briefbot.record(reply, "home", channel=None, user=user)
    client.chat_postMessage(channel=user, **blocks.reply_message(reply, index.knowledge, question_id), **NO_UNFURL)
    publish_home(client, user, briefbot)


def ask_about_message(ack: Ack, shortcut: Body, client: WebClient, context: BoltContext, briefbot: Deps) -> None:
    """The message shortcut "Ask Briefbot about this": a form with the message's text as the question."""
    ack()
    message_text = str((shortcut.get("message") or {}).get("text") or "")
    where = json.dumps({"channel": (shortcut.get("channel") or {}).get("id"),
                        "ts": (shortcut.get("message") or {}).get("ts")})  # fmt: skip
    trigger = shortcut.get("trigger_id")
    if isinstance(trigger, str):
        # Slack sends the text encoded ("&amp;", "<@U1>"): the form shows it as a person reads it, pings defused.
        client.views_open(trigger_id=trigger, view=blocks.ask_modal(html.unescape(plain(message_text)), where))


def ask_from_message(ack: Ack, body: Body, view: Body, client: WebClient, context: BoltContext, briefbot: Deps) -> None:
    """The shortcut's form was sent: answer privately where the message is, with a Share button."""
    question = str(blocks.modal_value(view, "question") or "").strip()
    if not question:
        ack(response_action="errors", errors={"question": messages.EMPTY_QUESTION})
        return
    ack()
    where = _json_object(view.get("private_metadata"), limit=3000)
    user = (body.get("user") or {}).get("id")
    channel = where.get("channel")
    index = briefbot.factbase.index
    reply = reply_to(question, index, allowed=index.allowed_by(index.knowledge.channels.get(str(channel))))
    question_id = briefbot.record(reply, "shortcut", channel=channel if isinstance(channel, str) else None, user=user)
    post = ask_reply(question, index, reply=reply, question_id=question_id)
    if isinstance(channel, str) and isinstance(user, str):
        client.chat_postEphemeral(channel=channel, user=user, **post)
    elif isinstance(user, str):
        client.chat_postMessage(channel=user, **post, **NO_UNFURL)


def pick_suggestion(
    ack: Ack, body: Body, action: Body, client: WebClient, respond: Respond, context: BoltContext, briefbot: Deps
) -> None:
    """A "did you mean" button: post that fact's answer where the question was asked."""
    ack()
    knowledge = briefbot.factbase.knowledge
    value = action.get("value")
    picked = _json_object(value) or {"fact": value}  # older buttons carried the bare fact id
    fact = knowledge.fact(str(picked.get("fact") or ""))
    container = body.get("container") or {}
    channel = (body.get("channel") or {}).get("id") or container.get("channel_id")
    if fact is None or not channel:
        return
    user = (body.get("user") or {}).get("id")
    question_id = str(picked.get("qid") or "") or None
    briefbot.react(Feedback(Reaction.PICKED, question_id, fact.id, channel=channel, user=user))
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
    """Helpful / Not helpful (Slack's feedback buttons): stored for curators, thanked privately; a
    Not helpful press opens a short optional form asking why."""
    ack()
    value = _json_object(action.get("value"))
    helpful = value.get("r") == "helpful" if "r" in value else action.get("action_id") == "feedback_helpful"
    channel = (body.get("channel") or {}).get("id")
    user = (body.get("user") or {}).get("id")
    fact_id = value.get("fact") if isinstance(value.get("fact"), str) else None
    question_id = value.get("qid") if isinstance(value.get("qid"), str) else None
    kind = Reaction.HELPFUL if helpful else Reaction.UNHELPFUL
    briefbot.react(Feedback(kind, question_id, fact_id, channel=channel, user=user))
    log.info(json.dumps({"event": "feedback", "helpful": helpful, "fact_id": fact_id, "question_id": question_id}))
    trigger = body.get("trigger_id")
    if not helpful and isinstance(trigger, str):
        # The trigger expires in 3 seconds: open the form before anything slower.
        about = json.dumps({"qid": question_id, "fact": fact_id, "channel": channel})
        client.views_open(trigger_id=trigger, view=blocks.reason_modal(about))
    if channel and user:
        client.chat_postEphemeral(channel=channel, user=user, thread_ts=_thread_of(body), text=messages.FEEDBACK_THANKS)


def feedback_reason(ack: Ack, body: Body, view: Body, context: BoltContext, briefbot: Deps) -> None:
    """The Not helpful form was sent: store the reason (if one was written)."""
    ack()
    about = _json_object(view.get("private_metadata"), limit=3000)
    text = blocks.modal_value(view, "reason")
    if isinstance(text, str) and text.strip():
        user = (body.get("user") or {}).get("id")
        question_id = about.get("qid") if isinstance(about.get("qid"), str) else None
        fact_id = about.get("fact") if isinstance(about.get("fact"), str) else None
        channel = about.get("channel") if isinstance(about.get("channel"), str) else None
        reason = text.strip()[: blocks.REASON_LIMIT]
        briefbot.react(Feedback(Reaction.REASON, question_id, fact_id, reason=reason, channel=channel, user=user))


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
    query, index = str(command.get("text") or ""), briefbot.factbase.index
    reply = reply_to(query, index)
    channel, user = command.get("channel_id"), command.get("user_id")
    question_id = briefbot.record(reply, "ask", channel=channel, user=user)
    respond(**ask_reply(query, index, reply=reply, question_id=question_id), response_type="ephemeral")


def sources_command(ack: Ack, respond: Respond, context: BoltContext, briefbot: Deps) -> None:
    """/sources: the documents, what each covers, sample questions."""
    ack()
    knowledge = briefbot.factbase.knowledge
    respond(**blocks.sources_message(sources(knowledge), knowledge.channels), response_type="ephemeral")


def apologize(error: Exception, body: Body, client: WebClient, context: BoltContext) -> BoltResponse:
    """One error handler for every listener: a log line, and a polite reply in the question's thread.

    A request no listener takes is answered 200 (a 404 would only make Slack send it again) and its
    journal entry closed.
    """
    if isinstance(error, BoltUnhandledRequestError):
        unhandled(context)
        return BoltResponse(status=200, body="")
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


def ask_reply(
    query: str, index: Index, *, shared: bool = False, reply: Reply | None = None, question_id: str | None = None
) -> dict[str, Any]:
    """An /ask reply headed by the question; a private one carries a button to post it for everyone."""
    reply = reply or reply_to(query, index)
    post = blocks.reply_message(reply, index.knowledge, question_id, feedback=shared)
    post = blocks.with_blocks(post, before=[blocks.asked_context(query)])
    return post if shared else blocks.with_blocks(post, after=[blocks.share_button("ask", query, messages.POST)])


COMMAND_REPLIES: dict[str, Callable[..., dict[str, Any]]] = {"summary": summary_reply, "ask": ask_reply}


def _reply(event: Body, client: WebClient, context: BoltContext, briefbot: Deps, *, surface: str) -> None:
    # A mention in a channel the bot also reads may arrive as two events: answer once per message.
    holder = str(context.get("work_key") or "")
    message = f"message:{event.get('channel')}:{event.get('ts')}"
    if holder and not briefbot.journal.claim(message, holder):
        return
    if not holder and not briefbot.recent.first(message):
        return
    thread = event.get("thread_ts") or event["ts"]
    if already_posted(client, context, event["channel"], thread):
        return
    thinking = briefbot.thinking.start(client, event["channel"], event["ts"])
    try:
        index = briefbot.factbase.index  # one fact base for the whole question, even during a reload
        question = without_mention(event.get("text") or "", context.bot_user_id)
        allowed = index.allowed_by(index.knowledge.channels.get(str(event.get("channel"))))
        reply = reply_to(question, index, allowed=allowed)
        if not reply.answered and event.get("thread_ts") and event.get("thread_ts") != event.get("ts"):
            reply = follow_up(reply, question, event, client, context, index, allowed)
        question_id = briefbot.record(reply, surface, channel=event.get("channel"), user=event.get("user"))
        log.info(json.dumps({"event": "question", "id": question_id, "outcome": reply.kind.value}))
        client.chat_postMessage(
            channel=event["channel"],
            thread_ts=thread,
            metadata=reply_metadata(context),
            **blocks.reply_message(reply, index.knowledge, question_id),
            **NO_UNFURL,
        )
    finally:
        briefbot.thinking.done(thinking)


THINKING_AFTER = 1.0  # seconds: a reply slower than this gets an :eyes: reaction while it is worked on
CONTEXT_MESSAGES = 20  # messages of a thread read back for a follow-up (and at most this many characters each:)
CONTEXT_CHARS = 500


@dataclass
class _Waiting:
    client: WebClient
    channel: str
    ts: str
    since: float
    shown: bool = False
    lock: threading.Lock = field(default_factory=threading.Lock)


class Thinking:
    """An :eyes: reaction on a question whose answer takes longer than `after` seconds (a fact base being
    loaded, a slow Web API), removed once the answer is posted. Fast answers never get one.

    One watcher thread serves every question (a timer thread per question would cost a thread start
    each, and under load those add up).
    """

    def __init__(self, after: float = THINKING_AFTER) -> None:
        self.after = after
        self._waiting: dict[int, _Waiting] = {}
        self._lock = threading.Lock()
        self._next = 0
        self._thread: threading.Thread | None = None

    def start(self, client: WebClient, channel: str, ts: str) -> int:
        """Start timing one answer; the token for `done`."""
        with self._lock:
            self._next += 1
            self._waiting[self._next] = _Waiting(client, channel, ts, time.monotonic())
            if self._thread is None:
                self._thread = threading.Thread(target=self._watch, name="thinking", daemon=True)
                self._thread.start()
            return self._next

    def done(self, token: int) -> None:
        """The answer is posted: take the reaction off if it was put on."""
        with self._lock:
            waiting = self._waiting.pop(token, None)
        if waiting is None:
            return
        with waiting.lock:
            if waiting.shown:
                try:
                    waiting.client.reactions_remove(channel=waiting.channel, timestamp=waiting.ts, name="eyes")
                except (SlackApiError, OSError) as err:
                    log.info("could not remove the thinking reaction: %s", err)

    def _watch(self) -> None:
        while True:
            time.sleep(min(0.25, self.after / 4))
            late = time.monotonic() - self.after
            with self._lock:
                due = [w for w in self._waiting.values() if not w.shown and w.since <= late]
            for waiting in due:
                with waiting.lock:
                    try:
                        waiting.client.reactions_add(channel=waiting.channel, timestamp=waiting.ts, name="eyes")
                        waiting.shown = True
                    except (SlackApiError, OSError) as err:
                        log.info("could not add the thinking reaction: %s", err)
                        waiting.shown = True  # don't try again for this one


def follow_up(
    reply: Reply,
    question: str,
    event: Body,
    client: WebClient,
    context: BoltContext,
    index: Index,
    allowed: frozenset[int] | None,
) -> Reply:
    """A reply in a thread read with the thread's context: "and when was that?" or "what about the
    hostages?" after an earlier question, tried with that question's words when it can't stand alone."""
    try:
        found = client.conversations_replies(channel=event["channel"], ts=event["thread_ts"], limit=CONTEXT_MESSAGES)
    except SlackApiError as err:
        log.info("could not read the thread for context: %s", err)
        return reply
    earlier = [
        without_mention(str(m.get("text") or ""), context.bot_user_id)[:CONTEXT_CHARS]
        for m in (found.get("messages") or [])[:CONTEXT_MESSAGES]
        if m.get("ts") != event.get("ts") and not m.get("bot_id") and m.get("user") != context.bot_user_id
    ]
    for previous in reversed(earlier):
        combined = reply_to(f"{previous} {question}", index, allowed=allowed)
        if combined.answered or combined.kind is Kind.RELATED:
            return Reply(question, combined.kind, combined.result, combined.parts, gap=combined.gap)
    return reply


def _is_question(event: Body) -> bool:
    # Edits, deletions, joins and other subtypes are not questions. Bolt drops the bot's own
    # posts; other bots' posts (and posts made via response_url) are dropped here.
    return not event.get("subtype") and not event.get("bot_id") and not event.get("bot_profile")


def _json_object(value: Any, limit: int = blocks.VALUE_LIMIT) -> dict[str, Any]:
    """A button value parsed as a JSON object; anything else (a list, a number, garbage) is empty."""
    if not isinstance(value, str) or len(value) > limit:
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
