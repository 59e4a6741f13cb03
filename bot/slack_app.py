"""The Slack app: Bolt listeners as a thin shell over the core (matching, summaries, blocks)."""

from __future__ import annotations

import json
import logging
import re

from slack_bolt import App, BoltResponse
from slack_bolt.logger.messages import warning_client_prioritized_and_token_skipped
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)

from bot.blocks import (
    answer_message,
    neutralize,
    picked_message,
    result_message,
    share_button,
    sources_message,
    summary_message,
)
from bot.config import Settings
from bot.dedupe import SeenKeys
from bot.matching import Index, answer
from bot.summaries import sources, summarize

log = logging.getLogger("briefbot")
SLACK_API = "https://slack.com/api/"
RETRIES = 3
# Posts never unfurl links: a quote's URL must not turn into a preview card.
NO_UNFURL = {"unfurl_links": False, "unfurl_media": False}


def web_client(settings: Settings) -> WebClient:
    """A Web API client that retries on rate limits, server errors and dropped connections."""
    client = WebClient(token=settings.bot_token, base_url=settings.api_url or SLACK_API)
    client.retry_handlers = [
        ConnectionErrorRetryHandler(max_retry_count=RETRIES),
        RateLimitErrorRetryHandler(max_retry_count=RETRIES),
        ServerErrorRetryHandler(max_retry_count=RETRIES),
    ]
    return client


class _DropTokenNotice(logging.Filter):
    """Bolt reads SLACK_BOT_TOKEN itself and warns that our configured client wins; it does, by design."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != warning_client_prioritized_and_token_skipped()


def create_app(settings: Settings, index: Index, *, client: WebClient | None = None) -> App:
    """Build the Bolt app (this calls auth.test) and register every listener."""
    bolt_log = logging.getLogger("briefbot.bolt")
    if not bolt_log.filters:
        bolt_log.addFilter(_DropTokenNotice())
    app = App(
        client=client or web_client(settings),
        signing_secret=settings.signing_secret or None,
        request_verification_enabled=not settings.socket_mode,
        logger=bolt_log,
    )
    register(app, index, SeenKeys())
    return app


def register(app: App, index: Index, seen: SeenKeys) -> None:
    """All listeners, in one place."""
    knowledge = index.knowledge

    @app.middleware
    def drop_duplicates(body, next):
        # Key on event_id, recorded on arrival: a retry whose first delivery got through is
        # dropped, and one whose first delivery was lost is the only copy and is answered.
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if event_id and not seen.first(f"event:{event_id}"):
            log.info(json.dumps({"event": "duplicate_dropped", "event_id": event_id}))
            return BoltResponse(status=200, body="")
        return next()

    def reply(event, client, context) -> None:
        # A mention in a channel the bot also reads may arrive as two events: answer once per message.
        if not seen.first(f"message:{event.get('channel')}:{event.get('ts')}"):
            return
        question = _strip_own_mention(event.get("text") or "", context.bot_user_id)
        result = answer(question, index)
        # One line per question: what curators read to find what people ask that is not covered.
        log.info(json.dumps({
            "event": "question", "outcome": result.outcome.value, "reason": result.reason,
            "fact_id": result.best.fact.id if result.answered else None, "score": result.score,
            "question": question[:500], "user": event.get("user"), "channel": event.get("channel"),
        }))
        client.chat_postMessage(
            channel=event["channel"], thread_ts=event.get("thread_ts") or event["ts"],
            **result_message(result, knowledge), **NO_UNFURL,
        )

    @app.event("app_mention")
    def on_mention(event, client, context):
        if not _is_question(event):
            return
        reply(event, client, context)

    @app.event("message")
    def on_message(event, client, context):
        # Only direct messages are answered without a mention; channel messages are ignored
        # (their mentions come as app_mention).
        if event.get("channel_type") != "im" or not _is_question(event):
            return
        reply(event, client, context)

    @app.action(re.compile(r"^pick_fact_\d$"))
    def on_pick(ack, body, action, client, respond):
        ack()
        fact = knowledge.fact(action.get("value", ""))
        container = body.get("container") or {}
        channel = body.get("channel", {}).get("id") or container.get("channel_id")
        if fact is None or not channel:
            return
        if container.get("is_ephemeral"):
            # A private /ask stays private: the pick replaces the suggestions, for this user only.
            post = answer_message(fact, knowledge, question=fact.questions[0], feedback=False)
            respond(**post, response_type="ephemeral", replace_original=True, **NO_UNFURL)
            return
        post = answer_message(fact, knowledge, question=fact.questions[0])
        client.chat_postMessage(channel=channel, thread_ts=_thread_of(body), **post, **NO_UNFURL)
        if container.get("message_ts"):
            # The buttons have done their job: say which question was picked instead.
            client.chat_update(channel=channel, ts=container["message_ts"], **picked_message(fact))

    @app.action(re.compile(r"^feedback_(helpful|unhelpful)$"))
    def on_feedback(ack, body, action, client):
        ack()
        try:
            value = json.loads(action.get("value") or "{}")
        except ValueError:
            value = {}
        channel = body.get("channel", {}).get("id")
        user = body.get("user", {}).get("id")
        log.info(json.dumps({
            "event": "feedback", "helpful": action["action_id"] == "feedback_helpful",
            "fact_id": value.get("fact"), "question": value.get("q"), "user": user, "channel": channel,
        }))
        if channel and user:
            client.chat_postEphemeral(channel=channel, user=user, thread_ts=_thread_of(body),
                                      text="Thanks for the feedback, it has been recorded.")

    @app.action("share_in_channel")
    def on_share(ack, action, respond):
        ack()
        try:
            value = json.loads(action.get("value") or "{}")
        except ValueError:
            return
        post = _command_message(value.get("kind", ""), value.get("query", ""), index, shared=True)
        if post:
            respond(**post, response_type="in_channel", replace_original=False, **NO_UNFURL)

    @app.command("/summary")
    def on_summary(ack, command, respond):
        ack()
        respond(**_command_message("summary", command.get("text", ""), index), response_type="ephemeral")

    @app.command("/ask")
    def on_ask(ack, command, respond):
        ack()
        respond(**_command_message("ask", command.get("text", ""), index), response_type="ephemeral")

    @app.command("/sources")
    def on_sources(ack, respond):
        ack()
        respond(**sources_message(sources(knowledge)), response_type="ephemeral")

    @app.error
    def on_error(error, body, client):
        log.exception("listener failed: %s", error)
        event = body.get("event") or {}
        if event.get("channel") and event.get("ts"):
            client.chat_postMessage(
                channel=event["channel"], thread_ts=event.get("thread_ts") or event["ts"],
                text="Sorry, something went wrong on my side while answering. Please try again.",
            )
        return BoltResponse(status=200, body="")


def _command_message(kind: str, query: str, index: Index, *, shared: bool = False) -> dict | None:
    """The body of a /summary or /ask reply; private ones carry a button to share them."""
    knowledge = index.knowledge
    if kind == "summary":
        post = summary_message(summarize(index, query), knowledge)
        label = "Share in channel"
    elif kind == "ask":
        result = answer(query, index)
        if result.answered:
            post = answer_message(result.best.fact, knowledge, query, feedback=shared)
        else:
            post = result_message(result, knowledge)
        asked = {"type": "context", "elements": [{"type": "mrkdwn", "text": f"Asked: {neutralize(query)[:2900]}"}]}
        post = {**post, "blocks": [asked, *post["blocks"]]}
        label = "Post in channel"
    else:
        return None
    if not shared:
        post = {**post, "blocks": [*post["blocks"][:49], share_button(kind, query, label)]}
    return post


def _is_question(event: dict) -> bool:
    # Edits, deletions, joins and other subtypes are not questions. Bolt drops the bot's own
    # posts; other bots' posts (and posts made via response_url) are dropped here.
    return not event.get("subtype") and not event.get("bot_id") and not event.get("bot_profile")


def _strip_own_mention(text: str, bot_user_id: str | None) -> str:
    if bot_user_id:
        text = re.sub(rf"<@{re.escape(bot_user_id)}(?:\|[^>]*)?>", " ", text)
    return text.strip()


def _thread_of(body: dict) -> str | None:
    message = body.get("message") or {}
    container = body.get("container") or {}
    return message.get("thread_ts") or container.get("thread_ts") or container.get("message_ts") or message.get("ts")
