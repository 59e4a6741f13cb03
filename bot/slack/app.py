"""The Bolt app: built by a factory (building it calls auth.test), every listener registered in one place."""

from __future__ import annotations

import logging
import re
from concurrent.futures import Executor, ThreadPoolExecutor

from slack_bolt import App
from slack_bolt.logger.messages import warning_client_prioritized_and_token_skipped
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler, ServerErrorRetryHandler

from bot.config import Settings
from bot.factbase import FactBase
from bot.slack import blocks, listeners
from bot.slack.listeners import Deps
from bot.slack.work import InFlight, RefusedConnectionRetryHandler, journaled, record_work
from bot.store.journal import Journal
from bot.store.questions import QuestionStore

SLACK_API = "https://slack.com/api/"
CALL_TIMEOUT = 10  # seconds per Web API call; a slower answer is treated as lost and tried again later


def web_client(settings: Settings) -> WebClient:
    """A Web API client that retries rate limits, server errors and refused connections within a call;
    anything longer (an outage, a lost response) is retried by the journal."""
    client = WebClient(token=settings.bot_token, base_url=settings.api_url or SLACK_API, timeout=CALL_TIMEOUT)
    retries = settings.api_retries
    client.retry_handlers = [
        RefusedConnectionRetryHandler(max_retry_count=retries),
        RateLimitErrorRetryHandler(max_retry_count=retries),
        ServerErrorRetryHandler(max_retry_count=retries),
    ]
    return client


class _DropTokenNotice(logging.Filter):
    """Bolt reads SLACK_BOT_TOKEN itself and warns that our configured client wins; it does, by design."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != warning_client_prioritized_and_token_skipped()


LISTENER_THREADS = 32  # listeners mostly wait on the Web API: enough that a slow one doesn't cap replies


def create_app(
    settings: Settings,
    factbase: FactBase,
    journal: Journal,
    *,
    store: QuestionStore | None = None,
    client: WebClient | None = None,
    executor: Executor | None = None,
) -> tuple[App, Deps]:
    """Build the Bolt app (this calls auth.test) and register every listener.

    `executor` runs listeners after the ack (a pool of LISTENER_THREADS when None).
    """
    bolt_log = logging.getLogger("briefbot.bolt")
    if not bolt_log.filters:
        bolt_log.addFilter(_DropTokenNotice())
    app = App(
        client=client or web_client(settings),
        signing_secret=settings.signing_secret or None,
        request_verification_enabled=not settings.socket_mode,
        logger=bolt_log,
        listener_executor=executor or ThreadPoolExecutor(LISTENER_THREADS, thread_name_prefix="listener"),
        raise_error_for_unhandled_request=True,  # so the error handler can close its journal entry
    )
    deps = Deps(factbase, journal, InFlight(), store, settings.curators)
    register(app, deps)
    return app, deps


def register(app: App, deps: Deps) -> None:
    """Every middleware, listener and the error handler, in one place."""
    app.middleware(deps.attach)
    app.middleware(record_work)  # after attach: it needs the journal
    # Each listener's outcome goes to the journal: done, or due again after a passing failure.
    app.event("app_mention")(journaled(listeners.app_mention))
    app.event("message")(journaled(listeners.message))
    app.event("app_home_opened")(journaled(listeners.home_opened))
    app.action(re.compile(r"^home_ask_\d+$"))(journaled(listeners.home_ask))
    app.shortcut({"callback_id": "ask_about_message", "type": "message_action"})(journaled(listeners.ask_about_message))
    app.view(blocks.ASK_CALLBACK)(journaled(listeners.ask_from_message))
    app.action(re.compile(r"^pick_fact_\d$"))(journaled(listeners.pick_suggestion))
    app.action("answer_feedback")(journaled(listeners.feedback))
    app.action(re.compile(r"^feedback_(helpful|unhelpful)$"))(journaled(listeners.feedback))  # buttons before Nov 2026
    app.view(blocks.REASON_CALLBACK)(journaled(listeners.feedback_reason))
    app.action("share_in_channel")(journaled(listeners.share_in_channel))
    app.command("/summary")(journaled(listeners.summary_command))
    app.command("/ask")(journaled(listeners.ask_command))
    app.command("/sources")(journaled(listeners.sources_command))
    app.error(listeners.apologize)
