"""The Bolt app: built by a factory (building it calls auth.test), every listener registered in one place."""

from __future__ import annotations

import logging
import re
from concurrent.futures import Executor

from slack_bolt import App
from slack_bolt.logger.messages import warning_client_prioritized_and_token_skipped
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)

from bot.config import Settings
from bot.factbase import FactBase
from bot.slack import listeners
from bot.slack.dedupe import SeenKeys
from bot.slack.listeners import Deps

SLACK_API = "https://slack.com/api/"


def web_client(settings: Settings) -> WebClient:
    """A Web API client that retries on rate limits, server errors and dropped connections."""
    client = WebClient(token=settings.bot_token, base_url=settings.api_url or SLACK_API)
    retries = settings.api_retries
    client.retry_handlers = [
        ConnectionErrorRetryHandler(max_retry_count=retries),
        RateLimitErrorRetryHandler(max_retry_count=retries),
        ServerErrorRetryHandler(max_retry_count=retries),
    ]
    return client


class _DropTokenNotice(logging.Filter):
    """Bolt reads SLACK_BOT_TOKEN itself and warns that our configured client wins; it does, by design."""

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() != warning_client_prioritized_and_token_skipped()


def create_app(
    settings: Settings, factbase: FactBase, *, client: WebClient | None = None, executor: Executor | None = None
) -> App:
    """Build the Bolt app (this calls auth.test) and register every listener.

    `executor` runs listeners after the ack (Bolt's own pool when None).
    """
    bolt_log = logging.getLogger("briefbot.bolt")
    if not bolt_log.filters:
        bolt_log.addFilter(_DropTokenNotice())
    app = App(
        client=client or web_client(settings),
        signing_secret=settings.signing_secret or None,
        request_verification_enabled=not settings.socket_mode,
        logger=bolt_log,
        listener_executor=executor,
    )
    register(app, Deps(factbase, SeenKeys()))
    return app


def register(app: App, deps: Deps) -> None:
    """Every middleware, listener and the error handler, in one place."""
    app.middleware(deps.attach)
    app.middleware(listeners.drop_duplicate_events)
    app.event("app_mention")(listeners.app_mention)
    app.event("message")(listeners.direct_message)
    app.action(re.compile(r"^pick_fact_\d$"))(listeners.pick_suggestion)
    app.action(re.compile(r"^feedback_(helpful|unhelpful)$"))(listeners.feedback)
    app.action("share_in_channel")(listeners.share_in_channel)
    app.command("/summary")(listeners.summary_command)
    app.command("/ask")(listeners.ask_command)
    app.command("/sources")(listeners.sources_command)
    app.error(listeners.apologize)
